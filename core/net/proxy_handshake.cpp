// The proxy handshakes of Connection: SOCKS5 (RFC 1928, user name and password RFC 1929) and
// HTTP CONNECT. Every byte from the proxy is hostile input: each answer is read to its exact
// length (SOCKS5) or to the end of its head within limits::kProxyReplyBytes (HTTP), all of it
// within one step timeout, and every wait watches the cancel token like the connect itself.

#include "net/connection.h"

#include "base/display_text.h"
#include "base/limits.h"

#include <QUrl>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>

namespace mailtls::core {

namespace {

QString hostForDisplay(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
}

// A name goes to the proxy in its ASCII form (IDNA), as DNS wants it.
QByteArray asciiName(const QString &host)
{
    const QByteArray ace = QUrl::toAce(host);
    return ace.isEmpty() ? host.toUtf8() : ace;
}

QString quoted(const QByteArray &bytes)
{
    return escapeControls(QString::fromLatin1(bytes.left(limits::kQuotedChars)));
}

QString hexBytes(const QByteArray &bytes)
{
    QStringList parts;
    for (const char c : bytes)
        parts << QStringLiteral("0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    return parts.join(QLatin1Char(' '));
}

int msLeft(const QDeadlineTimer &deadline)
{
    const qint64 left = deadline.remainingTime();
    return left < 0 ? 0 : int(qMin<qint64>(left, 1 << 30));
}

} // namespace

QString ProxyHop::label() const
{
    const QString where = QStringLiteral("%1:%2").arg(hostForDisplay(host)).arg(port);
    switch (protocol) {
    case Protocol::Socks5: return QStringLiteral("SOCKS5 proxy %1").arg(where);
    case Protocol::HttpConnect: return QStringLiteral("HTTP CONNECT proxy %1").arg(where);
    case Protocol::None: break;
    }
    return where;
}

Phrase ProxyHop::labelPhrase() const
{
    const QString where = QStringLiteral("%1:%2").arg(hostForDisplay(host)).arg(port);
    switch (protocol) {
    case Protocol::Socks5: return phrase("Errors", "SOCKS5 proxy %1").arg(where);
    case Protocol::HttpConnect: return phrase("Errors", "HTTP CONNECT proxy %1").arg(where);
    case Protocol::None: break;
    }
    return where;
}

QString ProxyHop::via() const
{
    if (protocol == Protocol::Socks5)
        return QStringLiteral("via SOCKS5 %1:%2").arg(hostForDisplay(host)).arg(port);
    return QStringLiteral("via %1").arg(label());
}

bool Connection::proxyWrite(const QByteArray &bytes, const QDeadlineTimer &deadline, Error *error)
{
    Error e;
    if (writeAll(bytes, msLeft(deadline), &e))
        return true;
    if (e.kind == ErrorKind::Closed)
        e = makeError(e.kind, phrase("Errors", "the %1 closed the connection").arg(proxy_.labelPhrase()));
    else if (e.kind == ErrorKind::Timeout)
        e = makeError(e.kind, phrase("Errors", "the %1 did not take our request in time").arg(proxy_.labelPhrase()));
    return fail(error, e);
}

bool Connection::proxyReadExactly(QByteArray *out, int n, const QDeadlineTimer &deadline, Error *error)
{
    while (out->size() < n) {
        Error e;
        if (!waitFor(POLLIN, msLeft(deadline), &e, phrase("Errors", "read the proxy's answer"))) {
            if (e.kind == ErrorKind::Timeout)
                e = makeError(e.kind, proxy_.protocol == ProxyHop::Protocol::Socks5 && out->isEmpty()
                                          ? phrase("Errors", "the %1 did not answer in time (is it a SOCKS5 proxy?)").arg(proxy_.labelPhrase())
                                          : phrase("Errors", "the %1 did not answer in time").arg(proxy_.labelPhrase()));
            return fail(error, e);
        }
        char buf[512];
        const size_t want = size_t(qMin<qsizetype>(qsizetype(sizeof buf), n - out->size()));
        const ssize_t got = ::recv(fd_, buf, want, 0);
        if (got > 0) {
            out->append(buf, int(got));
            continue;
        }
        if (got == 0)
            return fail(error, ErrorKind::Closed,
                        phrase("Errors", "the %1 closed the connection in the middle of its answer").arg(proxy_.labelPhrase()));
        if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
            continue;
        return fail(error, errno == ECONNRESET ? ErrorKind::Closed : ErrorKind::Io,
                    phrase("Errors", "reading the %1's answer: %2").arg(proxy_.labelPhrase()).arg(QString::fromLocal8Bit(strerror(errno))));
    }
    return true;
}

bool Connection::proxyReadHead(QByteArray *head, const QDeadlineTimer &deadline, Error *error)
{
    // Peek, then take exactly up to the blank line that ends the head: the server's first
    // bytes may already be queued behind it.
    for (;;) {
        const qsizetype room = limits::kProxyReplyBytes - head->size();
        if (room <= 0)
            return fail(error, ErrorKind::Protocol,
                        phrase("Errors", "the %1 sent more than %2 bytes without ending its answer")
                            .arg(proxy_.labelPhrase()).arg(limits::kProxyReplyBytes));
        Error e;
        if (!waitFor(POLLIN, msLeft(deadline), &e, phrase("Errors", "read the proxy's answer"))) {
            if (e.kind == ErrorKind::Timeout)
                e = makeError(e.kind, phrase("Errors", "the %1 did not answer in time").arg(proxy_.labelPhrase()));
            return fail(error, e);
        }
        char buf[2048];
        const ssize_t got = ::recv(fd_, buf, size_t(qMin<qsizetype>(qsizetype(sizeof buf), room)), MSG_PEEK);
        if (got == 0 && !head->isEmpty() && head->at(0) == 0x05)
            return fail(error, ErrorKind::Protocol,
                        phrase("Errors", "the proxy at %1:%2 answered like a SOCKS5 proxy, not an HTTP proxy (use socks5://)")
                            .arg(hostForDisplay(proxy_.host)).arg(proxy_.port));
        // A proxy at its own connection limit (tinyproxy's MaxClients) accepts and hangs up at
        // once: busy, not broken.
        if (got == 0 && head->isEmpty())
            return fail(error, ErrorKind::Busy,
                        phrase("Errors", "the %1 closed the connection without an answer (a proxy at its connection limit does this)").arg(proxy_.labelPhrase()));
        if (got == 0)
            return fail(error, ErrorKind::Closed,
                        phrase("Errors", "the %1 closed the connection in the middle of its answer").arg(proxy_.labelPhrase()));
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
                continue;
            if (errno == ECONNRESET && head->isEmpty())
                return fail(error, ErrorKind::Busy,
                            phrase("Errors", "the %1 reset the connection without an answer (a proxy at its connection limit does this)").arg(proxy_.labelPhrase()));
            return fail(error, errno == ECONNRESET ? ErrorKind::Closed : ErrorKind::Io,
                        phrase("Errors", "reading the %1's answer: %2").arg(proxy_.labelPhrase()).arg(QString::fromLocal8Bit(strerror(errno))));
        }
        const QByteArray joined = *head + QByteArray(buf, int(got));
        const qsizetype from = qMax<qsizetype>(0, head->size() - 3);
        qsizetype end = -1;
        const qsizetype crlf = joined.indexOf("\r\n\r\n", from);
        const qsizetype lf = joined.indexOf("\n\n", qMax<qsizetype>(0, head->size() - 1));
        if (crlf >= 0)
            end = crlf + 4;
        if (lf >= 0 && (end < 0 || lf + 2 < end))
            end = lf + 2;
        const qsizetype take = end >= 0 ? end - head->size() : qsizetype(got);
        const ssize_t taken = ::recv(fd_, buf, size_t(take), 0);
        if (taken != ssize_t(take))
            return fail(error, ErrorKind::Io, phrase("Errors", "reading the %1's answer failed").arg(proxy_.labelPhrase()));
        head->append(buf, int(taken));
        if (end >= 0)
            return true;
    }
}

bool Connection::socks5Handshake(const QString &host, quint16 port, int timeoutMs, Error *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    const Phrase who = proxy_.labelPhrase();
    const bool withUser = !proxy_.user.isEmpty();

    // Everything we will send is checked before the first byte goes out.
    QByteArray address;
    in_addr v4{};
    in6_addr v6{};
    const QByteArray hostBytes = host.toUtf8();
    if (::inet_pton(AF_INET, hostBytes.constData(), &v4) == 1) {
        address.append(char(0x01));
        address.append(reinterpret_cast<const char *>(&v4), 4);
    } else if (::inet_pton(AF_INET6, hostBytes.constData(), &v6) == 1) {
        address.append(char(0x04));
        address.append(reinterpret_cast<const char *>(&v6), 16);
    } else {
        const QByteArray name = asciiName(host);
        if (name.isEmpty() || name.size() > 255)
            return fail(error, ErrorKind::Usage, phrase("Errors", "the host name is too long for SOCKS5 (at most 255 bytes)"));
        address.append(char(0x03));
        address.append(char(name.size()));
        address.append(name);
    }
    const QByteArray user = proxy_.user.toUtf8();
    const QByteArray password = proxy_.password.toUtf8();
    if (withUser && (user.size() > 255 || password.size() > 255))
        return fail(error, ErrorKind::Usage,
                    phrase("Errors", "a SOCKS5 user name and password are at most 255 bytes each (RFC 1929)"));

    // Method selection: no authentication, and user name/password when we have a user.
    const QByteArray greeting = withUser ? QByteArray("\x05\x02\x00\x02", 4) : QByteArray("\x05\x01\x00", 3);
    if (!proxyWrite(greeting, deadline, error))
        return false;
    QByteArray reply;
    if (!proxyReadExactly(&reply, 2, deadline, error)) {
        // A proxy at its own connection limit accepts and hangs up at once: busy, not broken.
        if (error && error->kind == ErrorKind::Closed && reply.isEmpty()) {
            *error = makeError(ErrorKind::Busy,
                               phrase("Errors", "the %1 closed the connection without an answer (a proxy at its connection limit does this)").arg(who));
        }
        return false;
    }
    if (reply.at(0) != 0x05) {
        return fail(error, ErrorKind::Protocol,
                    (reply.startsWith("HT")
                         ? phrase("Errors", "the proxy at %1:%2 does not speak SOCKS5: it answered %3 (it sounds like an HTTP proxy: use http://)")
                         : phrase("Errors", "the proxy at %1:%2 does not speak SOCKS5: it answered %3"))
                        .arg(hostForDisplay(proxy_.host)).arg(proxy_.port).arg(hexBytes(reply)));
    }
    const uchar method = uchar(reply.at(1));
    if (method == 0xFF)
        return fail(error, ErrorKind::Refused,
                    withUser ? phrase("Errors", "the %1 accepts none of our authentication methods (no authentication, user name and password)").arg(who)
                             : phrase("Errors", "the %1 wants a user name and password (socks5://USER@HOST:PORT with the password from a file or the environment)").arg(who));
    if (method == 0x02 && withUser) {
        QByteArray auth;
        auth.append(char(0x01));
        auth.append(char(user.size()));
        auth.append(user);
        auth.append(char(password.size()));
        auth.append(password);
        if (!proxyWrite(auth, deadline, error))
            return false;
        QByteArray status;
        if (!proxyReadExactly(&status, 2, deadline, error)) {
            // Some proxies hang up instead of answering a wrong password.
            if (error && error->kind == ErrorKind::Closed)
                *error = makeError(error->kind, phrase("Errors", "the %1 closed the connection after the user name and password (user %2): wrong password?")
                                                    .arg(who).arg(escapeControls(proxy_.user)));
            return false;
        }
        // RFC 1929 says version 1; some proxies answer with 5. Anything else is not SOCKS5.
        if (status.at(0) != 0x01 && status.at(0) != 0x05)
            return fail(error, ErrorKind::Protocol,
                        phrase("Errors", "the %1 answered the user name and password with %2, not RFC 1929").arg(who).arg(hexBytes(status)));
        if (status.at(1) != 0x00)
            return fail(error, ErrorKind::Refused,
                        phrase("Errors", "the %1 refused the user name or password (user %2)").arg(who).arg(escapeControls(proxy_.user)));
    } else if (method != 0x00) {
        return fail(error, ErrorKind::Protocol,
                    phrase("Errors", "the %1 chose an authentication method we did not offer (0x%2)").arg(who).arg(QStringLiteral("%1").arg(method, 2, 16, QLatin1Char('0'))));
    }

    QByteArray request("\x05\x01\x00", 3);   // CONNECT
    request.append(address);
    request.append(char(port >> 8));
    request.append(char(port & 0xFF));
    if (!proxyWrite(request, deadline, error))
        return false;
    QByteArray answer;
    if (!proxyReadExactly(&answer, 2, deadline, error))
        return false;
    if (answer.at(0) != 0x05)
        return fail(error, ErrorKind::Protocol,
                    phrase("Errors", "the %1 answered CONNECT with %2, not SOCKS5").arg(who).arg(hexBytes(answer)));
    const int code = uchar(answer.at(1));
    if (code != 0x00) {
        // RFC 1928 6: the reply codes. A general failure is what busy or limited proxies say.
        ErrorKind kind = ErrorKind::Protocol;
        Phrase text;
        switch (code) {
        case 1: kind = ErrorKind::Busy; text = phrase("Errors", "general SOCKS server failure (a busy or limited proxy says this too)"); break;
        case 2: kind = ErrorKind::Refused; text = phrase("Errors", "connection not allowed by its rules"); break;
        case 3: kind = ErrorKind::Unreachable; text = phrase("Errors", "network unreachable"); break;
        case 4: kind = ErrorKind::Unreachable; text = phrase("Errors", "host unreachable (or its name does not resolve there)"); break;
        case 5: kind = ErrorKind::Refused; text = phrase("Errors", "connection refused by destination"); break;
        case 6: kind = ErrorKind::Timeout; text = phrase("Errors", "TTL expired (the destination did not answer in time)"); break;
        case 7: text = phrase("Errors", "command not supported"); break;
        case 8: text = phrase("Errors", "address type not supported"); break;
        default: text = phrase("Errors", "an unassigned reply code"); break;
        }
        return fail(error, kind, phrase("Errors", "the %1 refused: %2 (reply %3)").arg(who).arg(text).arg(code));
    }
    QByteArray rest;
    if (!proxyReadExactly(&rest, 2, deadline, error))
        return false;
    int addressBytes = 0;
    switch (uchar(rest.at(1))) {
    case 0x01: addressBytes = 4; break;
    case 0x04: addressBytes = 16; break;
    case 0x03: {
        QByteArray length;
        if (!proxyReadExactly(&length, 1, deadline, error))
            return false;
        addressBytes = uchar(length.at(0));
        break;
    }
    default:
        return fail(error, ErrorKind::Protocol,
                    phrase("Errors", "the %1's answer carries an unknown address type (0x%2)").arg(who).arg(QStringLiteral("%1").arg(uchar(rest.at(1)), 2, 16, QLatin1Char('0'))));
    }
    QByteArray bound;
    return proxyReadExactly(&bound, addressBytes + 2, deadline, error);   // BND.ADDR, BND.PORT: not needed
}

bool Connection::httpConnectHandshake(const QString &host, quint16 port, int timeoutMs, Error *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    const Phrase who = proxy_.labelPhrase();
    const bool withUser = !proxy_.user.isEmpty();
    const QByteArray authority = (host.contains(QLatin1Char(':')) ? "[" + host.toLatin1() + "]" : asciiName(host))
                                 + ':' + QByteArray::number(port);
    for (const QChar c : host) {
        if (c.unicode() < 0x21 || c == QLatin1Char('/') || c == QLatin1Char('@'))
            return fail(error, ErrorKind::Usage, phrase("Errors", "the host name cannot be sent to an HTTP proxy"));
    }
    QByteArray request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n";
    if (withUser) {
        const QString both = proxy_.user + proxy_.password;
        for (const QChar c : both) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                return fail(error, ErrorKind::Usage, phrase("Errors", "the proxy user name or password contains a control character"));
        }
        if (proxy_.user.contains(QLatin1Char(':')))
            return fail(error, ErrorKind::Usage, phrase("Errors", "an HTTP proxy user name cannot contain ':' (RFC 7617)"));
        request += "Proxy-Authorization: Basic " + (proxy_.user + QLatin1Char(':') + proxy_.password).toUtf8().toBase64() + "\r\n";
    }
    request += "\r\n";
    if (!proxyWrite(request, deadline, error))
        return false;

    QByteArray head;
    if (!proxyReadHead(&head, deadline, error))
        return false;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.size() > limits::kProxyReplyLines + 2)
        return fail(error, ErrorKind::Protocol,
                    phrase("Errors", "the %1 answered with more than %2 header lines").arg(who).arg(limits::kProxyReplyLines));
    QByteArray status = lines.value(0);
    if (status.endsWith('\r'))
        status.chop(1);
    // "HTTP/1.1 200 Connection established"
    const QList<QByteArray> parts = status.split(' ');
    bool numeric = false;
    const int code = parts.value(1).size() == 3 ? parts.value(1).toInt(&numeric) : 0;
    if (!status.startsWith("HTTP/1.") || parts.size() < 2 || !numeric) {
        return fail(error, ErrorKind::Protocol,
                    (!head.isEmpty() && head.at(0) == 0x05
                         ? phrase("Errors", "the proxy at %1:%2 did not answer as an HTTP proxy: \"%3\" (it sounds like a SOCKS5 proxy: use socks5://)")
                         : phrase("Errors", "the proxy at %1:%2 did not answer as an HTTP proxy: \"%3\""))
                        .arg(hostForDisplay(proxy_.host)).arg(proxy_.port).arg(quoted(status)));
    }
    if (code >= 200 && code < 300)
        return true;
    const QString said = quoted(status.mid(status.indexOf(' ') + 1));
    switch (code) {
    case 401:   // some proxies (tinyproxy) answer a wrong password with 401
        if (!withUser)
            break;
        [[fallthrough]];
    case 407:
        return fail(error, ErrorKind::Refused,
                    withUser ? phrase("Errors", "the %1 refused the user name or password (user %2): %3").arg(who).arg(escapeControls(proxy_.user)).arg(said)
                             : phrase("Errors", "the %1 wants a user name and password (http://USER@HOST:PORT with the password from a file or the environment): %2").arg(who).arg(said));
    case 429:
    case 503:
        return fail(error, ErrorKind::Busy, phrase("Errors", "the %1 is busy: %2").arg(who).arg(said));
    case 504:
        return fail(error, ErrorKind::Timeout, phrase("Errors", "the %1 could not reach the server in time: %2").arg(who).arg(said));
    case 502:
        return fail(error, ErrorKind::Unreachable, phrase("Errors", "the %1 could not reach the server: %2").arg(who).arg(said));
    default:
        break;
    }
    return fail(error, ErrorKind::Refused, phrase("Errors", "the %1 refused: %2").arg(who).arg(said));
}

} // namespace mailtls::core
