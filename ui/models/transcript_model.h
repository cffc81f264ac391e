#pragma once

#include <QAbstractTableModel>
#include <QFont>
#include <QList>

#include "model/report.h"

namespace mailtls::ui {

// The live SMTP/TLS conversation: one row per TranscriptLine, appended as the worker reports it.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, TextColumn, ColumnCount };
    enum Role { DirectionRole = Qt::UserRole + 1, TimeMsRole };

    explicit TranscriptModel(QObject *parent = nullptr);

    void appendLine(const core::TranscriptLine &line);
    void appendLines(const QList<core::TranscriptLine> &lines);
    void setLines(const QList<core::TranscriptLine> &lines);
    void clear();
    const QList<core::TranscriptLine> &lines() const { return lines_; }

    // "+0.123"
    static QString formatTime(qint64 ms);
    // Rows as plain text ("+0.123  C→  EHLO client"), for the clipboard.
    QString plainText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::TranscriptLine> lines_;
    QFont monoFont_;
    QFont noteFont_;
};

} // namespace mailtls::ui
