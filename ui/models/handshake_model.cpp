#include "models/handshake_model.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

#include "models/severity_style.h"
#include "models/transcript_model.h"

namespace mailtls::ui {

using core::HandshakeMessage;
using core::LineDirection;

HandshakeModel::HandshakeModel(QObject *parent) : QAbstractTableModel(parent) {}

void HandshakeModel::appendMessage(const HandshakeMessage &message)
{
    appendMessages({message});
}

void HandshakeModel::appendMessages(const QList<HandshakeMessage> &messages)
{
    if (messages.isEmpty())
        return;
    const int first = messages_.size();
    beginInsertRows(QModelIndex(), first, first + messages.size() - 1);
    messages_.append(messages);
    endInsertRows();
}

void HandshakeModel::setMessages(const QList<HandshakeMessage> &messages)
{
    beginResetModel();
    messages_ = messages;
    endResetModel();
}

void HandshakeModel::clear()
{
    setMessages({});
}

int HandshakeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : messages_.size();
}

int HandshakeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static LineDirection messageDirection(const HandshakeMessage &message)
{
    if (message.dir == QLatin1String("C"))
        return LineDirection::Client;
    if (message.dir == QLatin1String("S"))
        return LineDirection::Server;
    return LineDirection::Note;
}

QVariant HandshakeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HandshakeMessage &message = messages_.at(index.row());
    const LineDirection dir = messageDirection(message);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return TranscriptModel::formatTime(message.tMs);
        case DirectionColumn: return SeverityStyle::marker(dir);
        case TypeColumn: return message.type;
        case LengthColumn: return message.length;
        case SummaryColumn: return message.summary;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DirectionColumn)
            return dir == LineDirection::Client ? tr("Sent by the workbench (client)")
                                                : tr("Sent by the server");
        if (index.column() == LengthColumn)
            return message.length == 1 ? tr("1 byte") : tr("%1 bytes").arg(message.length);
        if (index.column() == SummaryColumn)
            return message.summary;
        break;
    case Qt::ForegroundRole:
        if (index.column() == DirectionColumn || index.column() == TypeColumn)
            return SeverityStyle::directionColor(dir, QApplication::palette().color(QPalette::Base));
        if (message.type == QLatin1String("Alert"))
            return QColor(0xb8, 0x1d, 0x2a);
        break;
    case Qt::FontRole:
        if (index.column() == TypeColumn) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        if (index.column() == TimeColumn || index.column() == LengthColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == LengthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    }
    return {};
}

QVariant HandshakeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time (s)");
    case DirectionColumn: return tr("Dir");
    case TypeColumn: return tr("Message");
    case LengthColumn: return tr("Bytes");
    case SummaryColumn: return tr("Summary");
    }
    return {};
}

} // namespace mailtls::ui
