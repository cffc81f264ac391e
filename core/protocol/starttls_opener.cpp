#include "protocol/starttls_opener.h"

#include <QElapsedTimer>

#include <memory>

#include "base/limits.h"

#include "protocol/proxy_route.h"
#include "protocol/smtp_dialogue.h"
#include "protocol/text_dialogue.h"

namespace mailtls::core {

namespace {

OpenResult stop(OpenResult r, AttemptStatus status, ErrorKind kind, const Phrase &message)
{
    r.status = status;
    r.error = makeError(kind, message);
    return r;
}

OpenResult busy(const OpenResult &r, const Phrase &message)
{
    return stop(r, AttemptStatus::Busy, ErrorKind::Busy, message);
}

// No greeting in time; a slow TCP connect is named, as it may explain the silence.
Phrase noGreeting(int bannerTimeoutMs, qint64 connectMs)
{
    if (connectMs >= 900)
        return phrase("Errors", "no greeting within %1 s (the TCP connect itself took %2 s)")
            .arg(bannerTimeoutMs / 1000.0)
            .arg(QString::number(connectMs / 1000.0, 'f', 1));
    return phrase("Errors", "no greeting within %1 s").arg(bannerTimeoutMs / 1000.0);
}

} // namespace

OpenResult openForTls(const ScanTarget &target, Connection &connection)
{
    OpenResult r;
    Error error;
    QElapsedTimer connecting;
    connecting.start();
    connection.setProxy(proxyHopFor(target.proxy));
    const bool connected = connection.connectTo(target.host, target.port, target.timeoutMs, &error);
    r.connectMs = connecting.elapsed();
    if (!connected) {
        // A proxy at its limit (SOCKS5 general failure, HTTP 429/503) says Busy: back off.
        r.status = error.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled
                 : error.kind == ErrorKind::Busy      ? AttemptStatus::Busy
                                                      : AttemptStatus::Failed;
        r.error = error;
        return r;
    }
    r.connected = true;
    r.peerAddress = connection.peerAddress();
    QString dialect = target.dialect;
    r.dialect = dialect == QLatin1String("auto") ? QString() : dialect;
    const bool speaksMail = dialect == QLatin1String("smtp") || dialect == QLatin1String("lmtp") || dialect == QLatin1String("auto")
        || isTextDialect(dialect);
    if (!speaksMail || target.implicitTls) {
        r.status = AttemptStatus::Completed;
        return r;
    }

    auto greetingFailure = [&]() {
        switch (error.kind) {
        case ErrorKind::Closed: return busy(r, phrase("Errors", "the server closed the connection before its greeting"));
        case ErrorKind::Timeout: {
            r.noGreeting = true;
            return busy(r, noGreeting(target.bannerTimeoutMs, r.connectMs));
        }
        case ErrorKind::Cancelled: return stop(r, AttemptStatus::Cancelled, ErrorKind::Cancelled, phrase("Errors", "cancelled"));
        default: return stop(r, AttemptStatus::Failed, error.kind, messageOf(error));
        }
    };

    // --starttls auto: the first line of the greeting names the dialect.
    QByteArray sniffed;
    if (dialect == QLatin1String("auto")) {
        QElapsedTimer waiting;
        waiting.start();
        while (!sniffed.contains('\n') && sniffed.size() <= limits::kDialectLineBytes) {
            QByteArray more;
            if (!connection.readSome(&more, int(qMax<qint64>(0, target.bannerTimeoutMs - waiting.elapsed())), &error))
                return greetingFailure();
            sniffed += more;
        }
        const int nl = int(sniffed.indexOf('\n'));
        dialect = dialectFromGreeting(nl < 0 ? sniffed.left(200) : sniffed.left(nl));
        if (dialect.isEmpty())
            return stop(r, AttemptStatus::Failed, ErrorKind::Protocol,
                        phrase("Errors", "the greeting is not SMTP, IMAP, POP3 or ManageSieve"));
        r.dialect = dialect;
    }

    if (isTextDialect(dialect)) {
        const QString name = dialectDisplayName(dialect);
        std::unique_ptr<TextDialogue> text = makeTextDialogue(dialect, connection, target.timeoutMs);
        text->feed(sniffed);
        DialectReply reply;
        if (!text->greeting(&reply, &error))
            return greetingFailure();
        r.banner = reply.statusLine;
        r.lastReply.lines = reply.lines;
        if (!reply.ok())
            return busy(r, phrase("Errors", "the server refused the session in its greeting: %1").arg(reply.statusLine));
        auto textFailure = [&](const Phrase &during) {
            if (error.kind == ErrorKind::Cancelled)
                return stop(r, AttemptStatus::Cancelled, ErrorKind::Cancelled, phrase("Errors", "cancelled"));
            if (error.kind == ErrorKind::Closed)
                return busy(r, phrase("Errors", "%1 %2").arg(messageOf(error)).arg(during));
            return stop(r, AttemptStatus::Failed, error.kind, phrase("Errors", "%1 (%2)").arg(messageOf(error)).arg(during));
        };
        DialectCapabilities caps;
        if (!text->capabilities(&caps, &error))
            return textFailure(phrase("Errors", "after CAPABILITY"));
        if (caps.ok && !caps.starttls)
            return stop(r, AttemptStatus::Rejected, ErrorKind::StarttlsUnavailable,
                        phrase("Errors", "the %1 server does not offer STARTTLS").arg(name));
        int discarded = 0;
        if (!text->startTls(&reply, &discarded, &error))
            return textFailure(phrase("Errors", "after STARTTLS"));
        r.lastReply.lines = reply.lines;
        r.bytesAfterStarttls = discarded;
        if (reply.status == DialectStatus::Bye)
            return busy(r, phrase("Errors", "the server ended the session: %1").arg(reply.statusLine));
        if (!reply.ok())
            return stop(r, AttemptStatus::Rejected, ErrorKind::StarttlsUnavailable,
                        phrase("Errors", "STARTTLS was refused: %1").arg(reply.statusLine));
        r.status = AttemptStatus::Completed;
        return r;
    }

    SmtpDialogue dialogue(connection, target.timeoutMs);
    dialogue.parser().feed(sniffed);
    SmtpReply reply;
    if (!dialogue.readReply(&reply, target.bannerTimeoutMs, &error)) {
        switch (error.kind) {
        case ErrorKind::Closed: return busy(r, phrase("Errors", "the server closed the connection before its greeting"));
        case ErrorKind::Timeout: {
            // Silence says nothing about limits: a tarpit holds the greeting back, but so does a
            // loaded server whose daemon has not accepted the connection yet (the kernel finished
            // the handshake; a full listen queue even drops the SYN, making the connect slow too).
            r.noGreeting = true;
            return busy(r, noGreeting(target.bannerTimeoutMs, r.connectMs));
        }
        case ErrorKind::Cancelled: return stop(r, AttemptStatus::Cancelled, ErrorKind::Cancelled, phrase("Errors", "cancelled"));
        default: return stop(r, AttemptStatus::Failed, error.kind, messageOf(error));
        }
    }
    r.lastReply = reply;
    r.banner = reply.firstLine();
    if (reply.code == 421)
        return busy(r, phrase("Errors", "the server is busy: %1").arg(reply.firstLine()));
    if (reply.code != 220)
        return stop(r, AttemptStatus::Failed, ErrorKind::Protocol,
                    phrase("Errors", "the server refused the session in its greeting: %1").arg(reply.firstLine()));

    auto dialogueFailure = [&](const Phrase &during) {
        if (error.kind == ErrorKind::Cancelled)
            return stop(r, AttemptStatus::Cancelled, ErrorKind::Cancelled, phrase("Errors", "cancelled"));
        // A server that hangs up mid-dialogue is usually enforcing a limit.
        if (error.kind == ErrorKind::Closed)
            return busy(r, phrase("Errors", "%1 %2").arg(messageOf(error)).arg(during));
        return stop(r, AttemptStatus::Failed, error.kind, phrase("Errors", "%1 (%2)").arg(messageOf(error)).arg(during));
    };

    const bool lmtp = dialect == QLatin1String("lmtp");
    EhloCapabilities caps;
    if (!dialogue.hello(lmtp, ehloNameOrDefault(target.ehloName), false, &caps, &reply, &error))
        return dialogueFailure(phrase("Errors", "after EHLO"));
    r.lastReply = reply;
    if (reply.code == 421)
        return busy(r, phrase("Errors", "the server is busy: %1").arg(reply.firstLine()));
    if (!caps.ok)
        return stop(r, AttemptStatus::Failed, ErrorKind::Protocol, phrase("Errors", "EHLO was refused: %1").arg(reply.firstLine()));
    if (!caps.starttls)
        return stop(r, AttemptStatus::Rejected, ErrorKind::StarttlsUnavailable, phrase("Errors", "the server does not offer STARTTLS"));
    int discarded = 0;
    if (!dialogue.startTls(&reply, &discarded, &error))
        return dialogueFailure(phrase("Errors", "after STARTTLS"));
    r.lastReply = reply;
    r.bytesAfterStarttls = discarded;
    if (reply.code == 421)
        return busy(r, phrase("Errors", "the server is busy: %1").arg(reply.firstLine()));
    if (reply.code != 220)
        return stop(r, AttemptStatus::Rejected, ErrorKind::StarttlsUnavailable,
                    phrase("Errors", "STARTTLS was refused: %1").arg(reply.firstLine()));
    r.status = AttemptStatus::Completed;
    return r;
}

} // namespace mailtls::core
