#include "protocol/starttls_opener.h"

#include <QElapsedTimer>
#include <QHostInfo>

#include "protocol/ehlo.h"

namespace mailtls::core {

namespace {

enum class ReadResult { Reply, Closed, Timeout, Cancelled, Failed };

ReadResult readReply(Connection &connection, ReplyParser &parser, int timeoutMs, SmtpReply *reply, Error *net)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const ReplyParser::Result r = parser.next(reply);
        if (r == ReplyParser::Result::Reply)
            return ReadResult::Reply;
        if (r == ReplyParser::Result::Error) {
            *net = makeError(ErrorKind::Protocol, QStringLiteral("the server does not speak SMTP: %1").arg(parser.error()));
            return ReadResult::Failed;
        }
        const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        QByteArray bytes;
        if (!connection.readSome(&bytes, left, net)) {
            switch (net->kind) {
            case ErrorKind::Closed: return ReadResult::Closed;
            case ErrorKind::Timeout: return ReadResult::Timeout;
            case ErrorKind::Cancelled: return ReadResult::Cancelled;
            default: return ReadResult::Failed;
            }
        }
        parser.feed(bytes);
    }
}

OpenResult stop(OpenResult r, AttemptStatus status, ErrorKind kind, const QString &message)
{
    r.status = status;
    r.error = makeError(kind, message);
    return r;
}

OpenResult busy(const OpenResult &r, const QString &message)
{
    return stop(r, AttemptStatus::Busy, ErrorKind::Busy, message);
}

} // namespace

OpenResult openForTls(const ScanTarget &target, Connection &connection)
{
    OpenResult r;
    Error net;
    if (!connection.connectTo(target.host, target.port, target.timeoutMs, &net)) {
        r.status = net.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled : AttemptStatus::Failed;
        r.error = net;
        return r;
    }
    r.connected = true;
    r.peerAddress = connection.peerAddress();
    const bool speaksMail = target.dialect == QLatin1String("smtp") || target.dialect == QLatin1String("lmtp");
    if (!speaksMail || target.implicitTls) {
        r.status = AttemptStatus::Completed;
        return r;
    }

    ReplyParser parser;
    SmtpReply reply;
    switch (readReply(connection, parser, target.bannerTimeoutMs, &reply, &net)) {
    case ReadResult::Reply: break;
    case ReadResult::Closed: return busy(r, QStringLiteral("the server closed the connection before its greeting"));
    case ReadResult::Timeout:
        return busy(r, QStringLiteral("no greeting within %1 s (tarpit?)").arg(target.bannerTimeoutMs / 1000.0));
    case ReadResult::Cancelled: return stop(r, AttemptStatus::Cancelled, ErrorKind::Cancelled, QStringLiteral("cancelled"));
    case ReadResult::Failed: return stop(r, AttemptStatus::Failed, net.kind, net.message);
    }
    r.lastReply = reply;
    r.banner = reply.firstLine();
    if (reply.code == 421)
        return busy(r, QStringLiteral("the server is busy: %1").arg(reply.firstLine()));
    if (reply.code != 220)
        return stop(r, AttemptStatus::Failed, ErrorKind::Protocol,
                    QStringLiteral("the server refused the session in its greeting: %1").arg(reply.firstLine()));

    auto command = [&](const QByteArray &line, SmtpReply *out) -> bool {
        if (!connection.writeAll(line + "\r\n", target.timeoutMs, &net))
            return false;
        const ReadResult rr = readReply(connection, parser, target.timeoutMs, out, &net);
        if (rr == ReadResult::Closed && net.message.isEmpty())
            net.message = QStringLiteral("the server closed the connection");
        return rr == ReadResult::Reply;
    };
    auto ioFailure = [&](const QString &during) {
        if (net.kind == ErrorKind::Cancelled)
            return stop(r, AttemptStatus::Cancelled, ErrorKind::Cancelled, QStringLiteral("cancelled"));
        // A server that hangs up mid-dialogue is usually enforcing a limit.
        if (net.kind == ErrorKind::Closed)
            return busy(r, QStringLiteral("%1 %2").arg(net.message, during));
        return stop(r, AttemptStatus::Failed, net.kind, QStringLiteral("%1 (%2)").arg(net.message, during));
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
        return busy(r, QStringLiteral("the server is busy: %1").arg(reply.firstLine()));
    const EhloCapabilities caps = parseEhlo(reply);
    if (!caps.ok)
        return stop(r, AttemptStatus::Failed, ErrorKind::Protocol, QStringLiteral("EHLO was refused: %1").arg(reply.firstLine()));
    if (!caps.starttls)
        return stop(r, AttemptStatus::Rejected, ErrorKind::StarttlsUnavailable, QStringLiteral("the server does not offer STARTTLS"));
    if (!command("STARTTLS", &reply))
        return ioFailure(QStringLiteral("after STARTTLS"));
    r.lastReply = reply;
    if (reply.code == 421)
        return busy(r, QStringLiteral("the server is busy: %1").arg(reply.firstLine()));
    if (reply.code != 220)
        return stop(r, AttemptStatus::Rejected, ErrorKind::StarttlsUnavailable,
                    QStringLiteral("STARTTLS was refused: %1").arg(reply.firstLine()));
    r.status = AttemptStatus::Completed;
    return r;
}

} // namespace mailtls::core
