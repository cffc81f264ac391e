#include "models/transcript_model.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

#include "base/display_text.h"
#include "models/severity_style.h"

namespace mailtls::ui {

using core::LineDirection;
using core::TranscriptLine;

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent), monoFont_(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    noteFont_ = monoFont_;
    noteFont_.setItalic(true);
}

void TranscriptModel::appendLine(const TranscriptLine &line)
{
    const int row = lines_.size();
    beginInsertRows(QModelIndex(), row, row);
    lines_.append(line);
    endInsertRows();
}

void TranscriptModel::appendLines(const QList<TranscriptLine> &lines)
{
    if (lines.isEmpty())
        return;
    const int first = lines_.size();
    beginInsertRows(QModelIndex(), first, first + lines.size() - 1);
    lines_.append(lines);
    endInsertRows();
}

void TranscriptModel::setLines(const QList<TranscriptLine> &lines)
{
    beginResetModel();
    lines_ = lines;
    endResetModel();
}

void TranscriptModel::clear()
{
    setLines({});
}

QString TranscriptModel::formatTime(qint64 ms)
{
    return QStringLiteral("+%1.%2")
        .arg(ms / 1000)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString TranscriptModel::plainText(const QList<int> &rows) const
{
    QStringList out;
    for (int row : rows) {
        if (row < 0 || row >= lines_.size())
            continue;
        const TranscriptLine &line = lines_.at(row);
        out << QStringLiteral("%1  %2  %3")
                   .arg(formatTime(line.tMs), 8)
                   .arg(SeverityStyle::marker(line.dir), -3)
                   .arg(line.text);
    }
    return out.join(QLatin1Char('\n'));
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : lines_.size();
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString directionDescription(LineDirection dir)
{
    switch (dir) {
    case LineDirection::Client: return TranscriptModel::tr("Sent by the workbench (client)");
    case LineDirection::Server: return TranscriptModel::tr("Sent by the server");
    case LineDirection::Tls: return TranscriptModel::tr("TLS event");
    case LineDirection::Note: return TranscriptModel::tr("Note from the workbench");
    }
    return QString();
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptLine &line = lines_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return formatTime(line.tMs);
        case DirectionColumn: return SeverityStyle::marker(line.dir);
        case TextColumn: return core::visibleControls(line.text);   // a server's ESC or NUL stays visible
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DirectionColumn)
            return directionDescription(line.dir);
        if (index.column() == TimeColumn)
            return tr("%1 ms after the session started").arg(line.tMs);
        break;
    case Qt::ForegroundRole: {
        const QColor base = QApplication::palette().color(QPalette::Base);
        return SeverityStyle::directionColor(line.dir, base);
    }
    case Qt::FontRole:
        return line.dir == LineDirection::Note ? noteFont_ : monoFont_;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case DirectionRole:
        return int(line.dir);
    case TimeMsRole:
        return line.tMs;
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time (s)");
    case DirectionColumn: return tr("Dir");
    case TextColumn: return tr("Line");
    }
    return {};
}

} // namespace mailtls::ui
