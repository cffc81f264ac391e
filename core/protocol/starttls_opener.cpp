#include "protocol/starttls_opener.h"

#include <QElapsedTimer>
#include <QHostInfo>

#include "protocol/ehlo.h"

namespace mailtls::core {

namespace {

enum class ReadResult { Reply, Closed, Timeout, Cancelled, Error };

ReadResult readReply(Connection &connection, ReplyParser &parser, int timeoutMs, SmtpReply *reply, NetError *net)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const ReplyParser::Result r = parser.next(reply);
        if (r == ReplyParser::Result::Reply)
            return ReadResult::Reply;
        if (r == ReplyParser::Result::Error) {
            net->kind = NetError::Kind::Io;
            net->message = QStringLiteral("the server does not speak SMTP: %1").arg(parser.error());
            return ReadResult::Error;
        }
        const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        QByteArray bytes;
        if (!connection.readSome(&bytes, left, net)) {
            switch (net->kind) {
            case NetError::Kind::Closed: return ReadResult::Closed;
            case NetError::Kind::Timeout: return ReadResult::Timeout;
            case NetError::Kind::Cancelled: return ReadResult::Cancelled;
            default: return ReadResult::Error;
            }
        }
        parser.feed(bytes);
    }
}

OpenResult fail(OpenResult r, OpenOutcome outcome, const QString &error)
{
    r.outcome = outcome;
    r.error = error;
    return r;
}

} // namespace

OpenResult openForTls(const ScanTarget &target, Connection &connection)
{
    OpenResult r;
    if (!connection.connectTo(target.host, target.port, target.timeoutMs, &r.net))
        return fail(r, r.net.kind == NetError::Kind::Cancelled ? OpenOutcome::Cancelled : OpenOutcome::Failed, r.net.message);
    r.connected = true;
    r.peerAddress = connection.peerAddress();
    const bool speaksMail = target.dialect == QLatin1String("smtp") || target.dialect == QLatin1String("lmtp");
    if (!speaksMail || target.implicitTls) {
        r.outcome = OpenOutcome::Ready;
        return r;
    }

    ReplyParser parser;
    SmtpReply reply;
    switch (readReply(connection, parser, target.bannerTimeoutMs, &reply, &r.net)) {
    case ReadResult::Reply: break;
    case ReadResult::Closed:
        return fail(r, OpenOutcome::Busy, QStringLiteral("the server closed the connection before its greeting"));
    case ReadResult::Timeout:
        return fail(r, OpenOutcome::Busy, QStringLiteral("no greeting within %1 s (tarpit?)").arg(target.bannerTimeoutMs / 1000.0));
    case ReadResult::Cancelled: return fail(r, OpenOutcome::Cancelled, QStringLiteral("cancelled"));
    case ReadResult::Error: return fail(r, OpenOutcome::Failed, r.net.message);
    }
    r.lastReply = reply;
    r.banner = reply.firstLine();
    if (reply.code == 421)
        return fail(r, OpenOutcome::Busy, QStringLiteral("the server is busy: %1").arg(reply.firstLine()));
    if (reply.code != 220)
        return fail(r, OpenOutcome::Failed, QStringLiteral("the server refused the session in its greeting: %1").arg(reply.firstLine()));

    auto command = [&](const QByteArray &line, SmtpReply *out) -> bool {
        if (!connection.writeAll(line + "\r\n", target.timeoutMs, &r.net))
            return false;
        const ReadResult rr = readReply(connection, parser, target.timeoutMs, out, &r.net);
        if (rr == ReadResult::Closed && r.net.message.isEmpty())
            r.net.message = QStringLiteral("the server closed the connection");
        return rr == ReadResult::Reply;
    };
    auto ioFailure = [&](const QString &during) {
        if (r.net.kind == NetError::Kind::Cancelled)
            return fail(r, OpenOutcome::Cancelled, QStringLiteral("cancelled"));
        // A server that hangs up mid-dialogue is usually enforcing a limit.
        if (r.net.kind == NetError::Kind::Closed)
            return fail(r, OpenOutcome::Busy, QStringLiteral("%1 %2").arg(r.net.message, during));
        return fail(r, OpenOutcome::Failed, QStringLiteral("%1 (%2)").arg(r.net.message, during));
    };

    QString name = target.ehloName;
    if (name.isEmpty())
        name = QHostInfo::localHostName();
    if (name.isEmpty())
        name = QStringLiteral("mailtls.invalid");
    const bool lmtp = target.dialect == QLatin1String("lmtp");
    if (!command((lmtp ? "LHLO " : "EHLO ") + name.toUtf8(), &reply))
        return ioFailure(QStringLiteral("after EHLO"));
    r.lastReply = reply;
    if (reply.code == 421)
        return fail(r, OpenOutcome::Busy, QStringLiteral("the server is busy: %1").arg(reply.firstLine()));
    const EhloCapabilities caps = parseEhlo(reply);
    if (!caps.ok)
        return fail(r, OpenOutcome::Failed, QStringLiteral("EHLO was refused: %1").arg(reply.firstLine()));
    if (!caps.starttls)
        return fail(r, OpenOutcome::StarttlsUnavailable, QStringLiteral("the server does not offer STARTTLS"));
    if (!command("STARTTLS", &reply))
        return ioFailure(QStringLiteral("after STARTTLS"));
    r.lastReply = reply;
    if (reply.code == 421)
        return fail(r, OpenOutcome::Busy, QStringLiteral("the server is busy: %1").arg(reply.firstLine()));
    if (reply.code != 220)
        return fail(r, OpenOutcome::StarttlsUnavailable, QStringLiteral("STARTTLS was refused: %1").arg(reply.firstLine()));
    r.outcome = OpenOutcome::Ready;
    return r;
}

} // namespace mailtls::core
