#include "protocol/smtp_dialogue.h"

#include <QElapsedTimer>
#include <QHostInfo>

#include "net/connection.h"
#include "protocol/redaction.h"
#include "tls/tls_client.h"

namespace mailtls::core {

QString ehloNameOrDefault(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    const QString local = QHostInfo::localHostName();
    return local.isEmpty() ? QStringLiteral("mailtls.invalid") : local;
}

SmtpDialogue::SmtpDialogue(Connection &connection, int timeoutMs) : connection_(connection), timeoutMs_(timeoutMs) {}

bool SmtpDialogue::usingTls() const
{
    return tls_ && tls_->isEstablished();
}

void SmtpDialogue::show(LineDirection dir, const QString &text)
{
    if (transcript_)
        transcript_(dir, text);
}

bool SmtpDialogue::write(const QByteArray &bytes, Error *error)
{
    if (usingTls())
        return tls_->write(bytes, timeoutMs_, error);
    return connection_.writeAll(bytes, timeoutMs_, error);
}

bool SmtpDialogue::send(const QString &line, Error *error)
{
    // Through the redactor even when nobody watches: it follows AUTH exchanges line by line.
    const QString shown = redactor_ ? redactor_->clientLine(line) : line;
    show(LineDirection::Client, shown);
    return write(line.toUtf8() + "\r\n", error);
}

bool SmtpDialogue::readMore(int timeoutMs, Error *error)
{
    QByteArray bytes;
    const bool ok = usingTls() ? tls_->read(&bytes, timeoutMs, error) : connection_.readSome(&bytes, timeoutMs, error);
    if (ok)
        parser_.feed(bytes);
    return ok;
}

void SmtpDialogue::flushServerLines()
{
    const QStringList lines = parser_.takeNewLines();
    if (!transcript_)
        return;
    for (const QString &line : lines)
        show(LineDirection::Server, redactor_ ? redactor_->serverLine(line) : line);
}

// The line the parser refused still belongs in the transcript, cut and made printable.
void SmtpDialogue::showUnparsedLine()
{
    const QByteArray raw = parser_.rejectedLine();
    if (raw.isEmpty() || !transcript_)
        return;
    QString text;
    const int shown = qMin<int>(int(raw.size()), 200);
    for (int i = 0; i < shown; ++i) {
        const uchar c = uchar(raw.at(i));
        text += (c >= 0x20 && c < 0x7f) ? QString(QLatin1Char(char(c))) : QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    if (raw.size() > shown)
        text += QStringLiteral("… (%1 bytes without a line end)").arg(raw.size());
    show(LineDirection::Server, redactor_ ? redactor_->serverLine(text) : text);
}

bool SmtpDialogue::readReply(SmtpReply *reply, int timeoutMs, Error *error)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const ReplyParser::Result result = parser_.next(reply);
        flushServerLines();
        if (result == ReplyParser::Result::Reply) {
            if (redactor_)
                redactor_->serverReply(reply->code);
            return true;
        }
        if (result == ReplyParser::Result::Error) {
            showUnparsedLine();
            return fail(error, ErrorKind::Protocol, QStringLiteral("the server does not speak SMTP: %1").arg(parser_.error()));
        }
        const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        Error readError;
        if (!readMore(left, &readError)) {
            if (readError.kind == ErrorKind::Timeout && timeoutWording_ == TimeoutWording::Reply)
                readError.message = QStringLiteral("no complete reply within %1 s").arg(timeoutMs / 1000.0);
            return fail(error, readError);
        }
    }
}

bool SmtpDialogue::command(const QString &line, SmtpReply *reply, Error *error)
{
    return send(line, error) && readReply(reply, timeoutMs_, error);
}

bool SmtpDialogue::hello(bool lmtp, const QString &name, bool heloFallback, EhloCapabilities *caps, SmtpReply *reply,
                         Error *error)
{
    if (!command(QStringLiteral("%1 %2").arg(lmtp ? QStringLiteral("LHLO") : QStringLiteral("EHLO"), name), reply, error))
        return false;
    *caps = parseEhlo(*reply);
    if (caps->ok || lmtp || !heloFallback)
        return true;
    show(LineDirection::Note, QStringLiteral("EHLO refused; trying HELO (no extensions, so no STARTTLS)"));
    if (!command(QStringLiteral("HELO %1").arg(name), reply, error))
        return false;
    if (reply->code == 250) {
        caps->ok = true;
        caps->greeting = reply->texts.value(0);
    }
    return true;
}

bool SmtpDialogue::startTls(SmtpReply *reply, int *discarded, Error *error)
{
    *discarded = 0;
    if (!command(QStringLiteral("STARTTLS"), reply, error))
        return false;
    if (reply->code == 220)
        *discarded = int(takePendingBytes().size());
    return true;
}

QByteArray SmtpDialogue::takePendingBytes()
{
    const QByteArray pending = parser_.pendingBytes();
    parser_.reset();
    return pending;
}

} // namespace mailtls::core
