#include "protocol/smtp_dialogue.h"

#include <QElapsedTimer>
#include <QHostInfo>

#include "base/limits.h"
#include "base/read_file.h"
#include "net/connection.h"
#include "protocol/redaction.h"
#include "tls/tls_client.h"

namespace mailtls::core {

QString fqdnFromHostsText(const QByteArray &hosts, const QString &shortName)
{
    if (shortName.isEmpty())
        return QString();
    const QString prefix = shortName + QLatin1Char('.');
    for (const QByteArray &raw : hosts.split('\n')) {
        QByteArray line = raw;
        const int hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        QStringList names;
        for (int i = 1; i < fields.size(); ++i)
            names << QString::fromLatin1(fields.at(i)).toLower();
        bool mentions = false;
        for (const QString &n : std::as_const(names))
            mentions = mentions || n == shortName.toLower() || n.startsWith(prefix.toLower());
        if (!mentions)
            continue;
        for (const QString &n : std::as_const(names)) {
            if (n.contains(QLatin1Char('.')) && !n.endsWith(QLatin1Char('.')) && !n.startsWith(QLatin1Char('.'))
                && n != QLatin1String("localhost.localdomain"))
                return n;
        }
    }
    return QString();
}

DefaultEhloName defaultEhloName()
{
    static const DefaultEhloName name = [] {
        DefaultEhloName d;
        const QString local = QHostInfo::localHostName().toLower();
        if (local.isEmpty()) {
            d.name = QStringLiteral("mailtls.invalid");
            d.source = QStringLiteral("no host name is set");
            return d;
        }
        if (local.contains(QLatin1Char('.'))) {
            d.name = local;
            d.source = QStringLiteral("the host name");
            return d;
        }
        QByteArray hosts;
        Error error;
        if (readFileBounded(QStringLiteral("/etc/hosts"), limits::kHostsFileBytes, phrase("Errors", "hosts file"), &hosts, &error)) {
            const QString fqdn = fqdnFromHostsText(hosts, local);
            if (!fqdn.isEmpty()) {
                d.name = fqdn;
                d.source = QStringLiteral("/etc/hosts");
                return d;
            }
        }
        const QString domain = QHostInfo::localDomainName().toLower();
        if (!domain.isEmpty()) {
            d.name = local + QLatin1Char('.') + domain;
            d.source = QStringLiteral("the host name and /etc/resolv.conf's domain");
            return d;
        }
        d.name = local;
        d.bare = true;
        d.source = QStringLiteral("the host name; no domain in /etc/hosts or /etc/resolv.conf");
        return d;
    }();
    return name;
}

QString ehloNameOrDefault(const QString &configured)
{
    return configured.isEmpty() ? defaultEhloName().name : configured;
}

QString bareEhloNote(const QString &configured)
{
    if (!configured.isEmpty())
        return QString();
    const DefaultEhloName d = defaultEhloName();
    if (!d.bare)
        return QString();
    return QStringLiteral("EHLO name \"%1\": only this machine's bare host name is known (%2); receivers that check "
                          "the EHLO name may refuse it - give a fully qualified name with --ehlo NAME")
        .arg(d.name, d.source);
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
            return fail(error, ErrorKind::Protocol, phrase("Errors", "the server does not speak SMTP: %1").arg(parser_.errorPhrase()));
        }
        const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        Error readError;
        if (!readMore(left, &readError)) {
            if (readError.kind == ErrorKind::Timeout && timeoutWording_ == TimeoutWording::Reply)
                readError = makeError(readError.kind, phrase("Errors", "no complete reply within %1 s").arg(timeoutMs / 1000.0));
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
    discardedAfterStarttls_.clear();
    if (reply->code == 220) {
        discardedAfterStarttls_ = takePendingBytes();
        *discarded = int(discardedAfterStarttls_.size());
    }
    return true;
}

QByteArray SmtpDialogue::takePendingBytes()
{
    const QByteArray pending = parser_.pendingBytes();
    parser_.reset();
    return pending;
}

} // namespace mailtls::core
