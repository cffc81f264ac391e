#include "models/compare_model.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QGuiApplication>

namespace mailtls::ui {

using core::CompareRow;

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

QColor CompareModel::differsBackground() { return QColor(0xff, 0xf1, 0xc7); }
QColor CompareModel::differsValueBackground() { return QColor(0xff, 0xd8, 0x80); }

void CompareModel::addReport(const core::Report &report, const QString &label)
{
    QString name = label;
    if (name.isEmpty()) {
        name = report.target.port ? QStringLiteral("%1:%2").arg(report.target.host).arg(report.target.port) : report.target.host;
        if (name.isEmpty())
            name = tr("report %1").arg(reports_.size() + 1);
    }
    // Two columns with one name would be unreadable: number the later one.
    const QString base = name;
    for (int n = 2; labels_.contains(name); ++n)
        name = QStringLiteral("%1 #%2").arg(base).arg(n);
    beginResetModel();
    reports_ << report;
    labels_ << name;
    recompute();
    endResetModel();
    Q_EMIT comparisonChanged();
}

bool CompareModel::removeReport(int reportIndex)
{
    if (reportIndex < 0 || reportIndex >= reports_.size())
        return false;
    beginResetModel();
    reports_.removeAt(reportIndex);
    labels_.removeAt(reportIndex);
    recompute();
    endResetModel();
    Q_EMIT comparisonChanged();
    return true;
}

void CompareModel::clear()
{
    beginResetModel();
    reports_.clear();
    labels_.clear();
    recompute();
    endResetModel();
    Q_EMIT comparisonChanged();
}

void CompareModel::recompute()
{
    // A single report has nothing to be compared with; show no rows rather than "all incomparable".
    if (reports_.size() >= 2) {
        comparison_ = core::compareReports(reports_, labels_);
    } else {
        comparison_ = core::Comparison();
        comparison_.labels = labels_;
    }
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(comparison_.rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstReportColumn + int(reports_.size());
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= comparison_.rows.size() || index.column() >= columnCount())
        return {};
    const CompareRow &row = comparison_.rows.at(index.row());
    const int report = index.column() - FirstReportColumn;
    const bool valueCell = report >= 0 && report < row.values.size();
    const bool missing = valueCell && row.values.at(report).missing;

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == AspectColumn)
            return core::localizedAspect(row.aspect);
        if (index.column() == WhatColumn)
            return core::shownKey(row);
        if (valueCell)
            return missing ? QStringLiteral("(%1)").arg(core::shownText(row.values.at(report))) : core::shownText(row.values.at(report));
        return {};
    case Qt::ToolTipRole:
        if (row.state == CompareRow::State::Differs)
            return tr("The servers differ here");
        if (row.state == CompareRow::State::Incomparable)
            return tr("Only one report holds this fact");
        return tr("The same on every server that reports it");
    case Qt::BackgroundRole:
        if (row.state == CompareRow::State::Differs)
            return valueCell && !missing ? differsValueBackground() : differsBackground();
        return {};
    case Qt::ForegroundRole:
        if (row.state == CompareRow::State::Differs)
            return QColor(0x20, 0x20, 0x20);   // readable on the highlight in dark themes too
        if (missing || row.state == CompareRow::State::Incomparable)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (row.state == CompareRow::State::Differs && (valueCell || index.column() == AspectColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case StateRole:
        return core::compareStateName(row.state);
    case MissingRole:
        return missing;
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && section >= 0 && section < comparison_.rows.size()) {
        // A marker per row, so differences stand out even without colour.
        const CompareRow::State state = comparison_.rows.at(section).state;
        if (role == Qt::DisplayRole)
            return state == CompareRow::State::Differs ? QStringLiteral("≠")
                 : state == CompareRow::State::Same    ? QStringLiteral("=")
                                                       : QStringLiteral("·");
        if (role == Qt::BackgroundRole && state == CompareRow::State::Differs)
            return differsValueBackground();
        if (role == Qt::ToolTipRole)
            return data(index(section, AspectColumn), Qt::ToolTipRole);
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == AspectColumn)
        return tr("Aspect");
    if (section == WhatColumn)
        return tr("What");
    const int report = section - FirstReportColumn;
    if (report >= 0 && report < labels_.size())
        return labels_.at(report);
    return {};
}

} // namespace mailtls::ui
