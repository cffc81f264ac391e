#include "models/findings_model.h"

#include <QFontDatabase>

#include "models/severity_style.h"

namespace mailtls::ui {

using core::Finding;
using core::Severity;

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        severityIcons_.append(SeverityStyle::icon(s));
}

void FindingsModel::setFindings(const core::Findings &findings)
{
    beginResetModel();
    findings_ = findings;
    core::sortBySeverity(&findings_);
    endResetModel();
}

void FindingsModel::clear()
{
    setFindings({});
}

Finding FindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= findings_.size())
        return {};
    return findings_.at(index.row());
}

Severity FindingsModel::worstSeverity() const
{
    return findings_.isEmpty() ? Severity::Info : findings_.first().severity;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : findings_.size();
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = findings_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return SeverityStyle::label(f.severity);
        case IdColumn: return f.id;
        case TitleColumn: return core::shownTitle(f);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcons_.value(int(f.severity));
        break;
    case Qt::ToolTipRole:
        return f.detail.isEmpty() ? core::shownTitle(f) : core::shownDetail(f);
    case Qt::FontRole:
        if (index.column() == IdColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::BackgroundRole:
        if (index.column() == SeverityColumn)
            return SeverityStyle::color(f.severity);
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return SeverityStyle::textColor(f.severity);
        break;
    case SeverityRole:
        return int(f.severity);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case IdColumn: return tr("Id");
    case TitleColumn: return tr("Finding");
    }
    return {};
}

} // namespace mailtls::ui
