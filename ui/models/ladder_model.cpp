#include "models/ladder_model.h"

#include <QRegularExpression>

#include "explain/message_explanations.h"

namespace mailtls::ui {

using core::LineDirection;

namespace {

bool isSmtp(const core::TranscriptLine &line)
{
    return line.dir == LineDirection::Client || line.dir == LineDirection::Server;
}

bool isStarttlsCommand(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    return t == QLatin1String("STARTTLS") || t == QLatin1String("STLS") || t.endsWith(QLatin1String(" STARTTLS"));
}

// "250-..." continues a multi-line reply; "250 ..." (or a bare code) ends it.
bool continuesReply(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{3}-"));
    return re.match(text).hasMatch();
}

QString commandWord(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper.startsWith(QLatin1String("MAIL FROM")))
        return QStringLiteral("MAIL FROM");
    if (upper.startsWith(QLatin1String("RCPT TO")))
        return QStringLiteral("RCPT TO");
    return upper.section(QLatin1Char(' '), 0, 0);
}

// SMTP lines [from, to) as rows; a multi-line reply becomes one row.
void appendSmtpRows(const QList<core::TranscriptLine> &lines, int from, int to, QList<LadderRow> *rows)
{
    int i = from;
    while (i < to) {
        const core::TranscriptLine &line = lines.at(i);
        if (!isSmtp(line)) {
            ++i;
            continue;
        }
        LadderRow row;
        row.kind = LadderRow::SmtpLine;
        row.direction = line.dir == LineDirection::Client ? LadderRow::ClientToServer : LadderRow::ServerToClient;
        row.tMs = line.tMs;
        row.label = line.text;
        row.size = int(line.text.toUtf8().size()) + 2;
        row.lineIndexes << i;
        row.lines << line.text;
        int next = i + 1;
        if (line.dir == LineDirection::Server && continuesReply(line.text)) {
            QStringList rest;
            while (next < to && lines.at(next).dir == LineDirection::Server) {
                const QString &text = lines.at(next).text;
                row.lineIndexes << next;
                row.lines << text;
                row.size += int(text.toUtf8().size()) + 2;
                rest << text.mid(4);
                ++next;
                if (!continuesReply(text))
                    break;
            }
            row.detail = rest.join(QStringLiteral(" · "));
        }
        *rows << row;
        i = next;
    }
}

} // namespace

LadderModel::LadderModel(QObject *parent) : QAbstractListModel(parent) {}

QList<LadderRow> LadderModel::buildRows(const core::Report &report)
{
    QList<LadderRow> rows;
    const QList<core::TranscriptLine> &lines = report.transcript;
    const bool implicit = report.target.implicitTls;

    // Where the clear-text part ends: the reply to STARTTLS (its last line).
    int starttlsCommand = -1;
    int boundaryAfter = -1;
    bool accepted = false;
    if (!implicit) {
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).dir == LineDirection::Client && isStarttlsCommand(lines.at(i).text)) {
                starttlsCommand = i;
                break;
            }
        }
        if (starttlsCommand >= 0) {
            for (int i = starttlsCommand + 1; i < lines.size(); ++i) {
                if (lines.at(i).dir == LineDirection::Server && !continuesReply(lines.at(i).text)) {
                    boundaryAfter = i;
                    accepted = lines.at(i).text.startsWith(QLatin1Char('2'));
                    break;
                }
                if (lines.at(i).dir == LineDirection::Client)
                    break;
            }
        }
    }
    const bool tls = implicit || accepted || !report.handshake.isEmpty();
    int clearEnd = int(lines.size());   // first transcript index after the clear-text part
    if (implicit)
        clearEnd = 0;
    else if (tls && boundaryAfter >= 0)
        clearEnd = boundaryAfter + 1;
    appendSmtpRows(lines, 0, clearEnd, &rows);
    if (!tls)
        return rows;

    LadderRow boundary;
    boundary.kind = LadderRow::Boundary;
    if (implicit) {
        boundary.label = tr("Implicit TLS: the handshake starts with the first byte");
        boundary.tMs = report.handshake.isEmpty() ? -1 : report.handshake.first().tMs;
    } else {
        boundary.label = tr("STARTTLS accepted: TLS starts here");
        boundary.tMs = boundaryAfter >= 0 ? lines.at(boundaryAfter).tMs : -1;
        if (boundaryAfter >= 0)
            boundary.lineIndexes << boundaryAfter;
    }
    if (report.tls.attempted && !report.tls.established && !report.tls.error.isEmpty()) {
        boundary.detail = tr("the handshake failed: %1").arg(core::shownPhrase(report.tls.errorPhrase, report.tls.error));
        boundary.fatal = true;
    } else if (report.tls.established) {
        boundary.detail = QStringLiteral("%1 · %2").arg(report.tls.version,
                                                         report.tls.cipher.iana.isEmpty() ? report.tls.cipher.openssl : report.tls.cipher.iana);
    }
    rows << boundary;

    core::HandshakeDecoder decoder;
    const QList<int> renegotiations = core::renegotiationStarts(report.handshake);
    for (int i = 0; i < report.handshake.size(); ++i) {
        const core::HandshakeMessage &m = report.handshake.at(i);
        LadderRow row;
        row.kind = LadderRow::TlsMessage;
        row.direction = m.dir == QLatin1String("C") ? LadderRow::ClientToServer : LadderRow::ServerToClient;
        row.tMs = m.tMs;
        row.size = m.length;
        row.decoded = decoder.decode(m);
        row.label = row.decoded.type.isEmpty() ? m.type : row.decoded.type;
        row.detail = m.summary;
        row.encrypted = row.decoded.encrypted;
        row.alert = m.contentType == 21 || m.type == QLatin1String("Alert");
        row.fatal = row.alert && (row.decoded.alertLevel == QLatin1String("fatal") || m.summary.startsWith(QLatin1String("fatal")));
        row.messageIndex = i;
        if (renegotiations.contains(i)) {
            row.renegotiation = true;
            row.detail = m.summary.isEmpty() ? tr("starts a renegotiation")
                                             : tr("starts a renegotiation · %1").arg(m.summary);
        }
        rows << row;
    }

    // The SMTP that ran inside TLS, summarised: the ladder is about the handshake.
    LadderRow summary;
    summary.kind = LadderRow::Summary;
    summary.encrypted = true;
    summary.size = 0;
    QStringList commands;
    for (int i = clearEnd; i < lines.size(); ++i) {
        const core::TranscriptLine &line = lines.at(i);
        if (!isSmtp(line))
            continue;
        if (summary.tMs < 0)
            summary.tMs = line.tMs;
        summary.lineIndexes << i;
        summary.lines << (line.dir == LineDirection::Client ? QStringLiteral("C: ") : QStringLiteral("S: ")) + line.text;
        summary.size += int(line.text.toUtf8().size()) + 2;
        if (line.dir == LineDirection::Client) {
            const QString word = commandWord(line.text);
            if (!word.isEmpty() && !commands.contains(word))
                commands << word;
        }
    }
    if (!summary.lines.isEmpty()) {
        summary.label = tr("Encrypted SMTP: %n line(s)", nullptr, int(summary.lines.size()));
        summary.detail = commands.join(QStringLiteral(" · "));
        // After the last Finished, tickets, the SMTP summary and closing alerts go in time order.
        int handshakeEnd = -1;
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).kind == LadderRow::TlsMessage && rows.at(i).label == QLatin1String("Finished"))
                handshakeEnd = i;
        int at = int(rows.size());
        if (handshakeEnd >= 0) {
            at = handshakeEnd + 1;
            while (at < rows.size() && rows.at(at).tMs >= 0 && rows.at(at).tMs <= summary.tMs)
                ++at;
        }
        rows.insert(at, summary);
    }
    return rows;
}

void LadderModel::setReport(const core::Report &report)
{
    report_ = report;
    rebuild();
}

void LadderModel::appendLine(const core::TranscriptLine &line)
{
    report_.transcript << line;
    rebuild();
}

void LadderModel::appendHandshakeMessage(const core::HandshakeMessage &message)
{
    report_.handshake << message;
    rebuild();
}

void LadderModel::clear()
{
    setReport(core::Report());
}

namespace {

bool sameRow(const LadderRow &a, const LadderRow &b)
{
    return a.kind == b.kind && a.direction == b.direction && a.label == b.label && a.detail == b.detail
           && a.lineIndexes == b.lineIndexes && a.messageIndex == b.messageIndex && a.tMs == b.tMs
           && a.size == b.size && a.encrypted == b.encrypted && a.fatal == b.fatal;
}

} // namespace

void LadderModel::rebuild()
{
    const QList<LadderRow> fresh = buildRows(report_);
    // Rows keep their place while a session grows (the view keeps its selection): changed
    // rows are reported as changed, new rows as inserted; only a shrink resets.
    if (fresh.size() < rows_.size()) {
        beginResetModel();
        rows_ = fresh;
        endResetModel();
        return;
    }
    const int old = int(rows_.size());
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < old; ++i) {
        if (!sameRow(rows_.at(i), fresh.at(i))) {
            if (firstChanged < 0)
                firstChanged = i;
            lastChanged = i;
            rows_[i] = fresh.at(i);
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged));
    if (fresh.size() > old) {
        beginInsertRows(QModelIndex(), old, int(fresh.size()) - 1);
        rows_ = fresh;
        endInsertRows();
    }
}

int LadderModel::rowOfMessage(int messageIndex) const
{
    for (int i = 0; i < rows_.size(); ++i) {
        if (rows_.at(i).messageIndex == messageIndex)
            return i;
    }
    return -1;
}

QString LadderModel::title() const
{
    QStringList parts;
    if (!report_.target.host.isEmpty())
        parts << QStringLiteral("%1:%2").arg(report_.target.host).arg(report_.target.port);
    if (!report_.tls.version.isEmpty())
        parts << report_.tls.version;
    const QString cipher = report_.tls.cipher.iana.isEmpty() ? report_.tls.cipher.openssl : report_.tls.cipher.iana;
    if (!cipher.isEmpty())
        parts << cipher;
    return parts.join(QStringLiteral(" · "));
}

int LadderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant LadderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rows_.size() || index.column() != 0)
        return {};
    const LadderRow &r = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return r.label;
    case Qt::ToolTipRole: return r.detail.isEmpty() ? r.label : r.label + QLatin1Char('\n') + r.detail;
    case KindRole: return int(r.kind);
    case DirectionRole: return int(r.direction);
    case TimeRole: return r.tMs;
    case SizeRole: return r.size;
    case DetailRole: return r.detail;
    case EncryptedRole: return r.encrypted;
    case AlertRole: return r.alert;
    case MessageIndexRole: return r.messageIndex;
    default: return {};
    }
}

QHash<int, QByteArray> LadderModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(DirectionRole, "direction");
    names.insert(TimeRole, "time");
    names.insert(SizeRole, "size");
    names.insert(DetailRole, "detail");
    names.insert(EncryptedRole, "encrypted");
    names.insert(AlertRole, "alert");
    names.insert(MessageIndexRole, "messageIndex");
    return names;
}

} // namespace mailtls::ui
