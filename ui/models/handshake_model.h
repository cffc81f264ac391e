#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "model/report.h"

namespace mailtls::ui {

// The TLS handshake as recorded: one row per message (direction, type, length, summary).
class HandshakeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, TypeColumn, LengthColumn, SummaryColumn, ColumnCount };

    explicit HandshakeModel(QObject *parent = nullptr);

    void appendMessage(const core::HandshakeMessage &message);
    void appendMessages(const QList<core::HandshakeMessage> &messages);
    void setMessages(const QList<core::HandshakeMessage> &messages);
    void clear();
    const QList<core::HandshakeMessage> &messages() const { return messages_; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::HandshakeMessage> messages_;
};

} // namespace mailtls::ui
