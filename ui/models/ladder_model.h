#pragma once

// The conversation as ladder rows, built from a Report: the SMTP lines up to the STARTTLS
// go-ahead, the STARTTLS boundary, each handshake message (decoded), then the encrypted SMTP
// that followed as one summary row. Fed whole (setReport) or live (appendLine /
// appendHandshakeMessage); live updates insert rows instead of resetting when they can.

#include <QAbstractListModel>
#include <QList>

#include "model/report.h"
#include "wire/handshake_decoder.h"

namespace mailtls::ui {

struct LadderRow {
    enum Kind { SmtpLine, Boundary, TlsMessage, Summary };
    enum Direction { NoDirection, ClientToServer, ServerToClient };

    Kind kind = SmtpLine;
    Direction direction = NoDirection;
    qint64 tMs = -1;          // since the session started; -1 unknown
    int size = -1;            // bytes on the wire (SMTP: text + CRLF); -1 unknown
    QString label;            // "ClientHello", "EHLO mailtls.test", "250-mx.example Hello"
    QString detail;           // the line under the arrow (summary, further reply lines)
    bool encrypted = false;   // sent inside TLS records
    bool alert = false;       // a TLS alert
    bool fatal = false;       // a fatal alert (or a failed handshake's boundary)
    bool renegotiation = false;   // starts a renegotiation (explain/message_explanations.h)
    int messageIndex = -1;    // into Report::handshake
    QList<int> lineIndexes;   // into Report::transcript
    QStringList lines;        // the transcript text this row stands for
    core::DecodedHandshake decoded;   // TlsMessage rows
};

class LadderModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        DirectionRole,
        TimeRole,
        SizeRole,
        DetailRole,
        EncryptedRole,
        AlertRole,
        MessageIndexRole,
    };

    explicit LadderModel(QObject *parent = nullptr);

    void setReport(const core::Report &report);
    void appendLine(const core::TranscriptLine &line);
    void appendHandshakeMessage(const core::HandshakeMessage &message);
    void clear();

    const core::Report &report() const { return report_; }
    const QList<LadderRow> &rows() const { return rows_; }
    const LadderRow &row(int index) const { return rows_.at(index); }
    // Row of a handshake message (Report::handshake index), -1 when not shown.
    int rowOfMessage(int messageIndex) const;
    // "127.0.0.1:2525 · TLSv1.3 · TLS_AES_256_GCM_SHA384", for exports and headings.
    QString title() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The rows for a report, without a model (tests, exports).
    static QList<LadderRow> buildRows(const core::Report &report);

private:
    void rebuild();

    core::Report report_;
    QList<LadderRow> rows_;
};

} // namespace mailtls::ui
