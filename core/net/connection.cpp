#include "net/connection.h"

#include "base/limits.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <arpa/inet.h>

namespace mailtls::core {

namespace {

QString addressText(const sockaddr *sa)
{
    char buf[INET6_ADDRSTRLEN] = {};
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(sa)->sin_addr, buf, sizeof buf);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(sa)->sin6_addr, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

int remaining(const QElapsedTimer &timer, int timeoutMs)
{
    const qint64 left = timeoutMs - timer.elapsed();
    return left > 0 ? int(left) : 0;
}

} // namespace

Connection::Connection(CancelToken cancel) : cancel_(std::move(cancel)) {}

Connection::~Connection() { close(); }

void Connection::close()
{
    if (fd_ >= 0 && proxySlot_.held())
        lingerForProxy();
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    proxySlot_.release();
}

void Connection::lingerForProxy()
{
    // A proxy counts a client until it has closed its own side (tinyproxy's MaxClients): our
    // place in its budget is given back only once it has, or after kProxyLingerMs.
    ::shutdown(fd_, SHUT_WR);
    QDeadlineTimer deadline(limits::kProxyLingerMs);
    char buf[4096];
    for (;;) {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {cancel_.wakeFd(), POLLIN, 0}};
        const int left = int(deadline.remainingTime());
        if (left <= 0 || cancel_.isCancelled())
            return;
        const int rc = ::poll(fds, 2, left);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc <= 0 || (fds[1].revents & POLLIN))
            return;
        const ssize_t got = ::recv(fd_, buf, sizeof buf, 0);
        if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK))
            return;
    }
}

void Connection::adopt(int fd, const QString &peerAddress)
{
    close();
    if (fd < 0)
        return;
    const int flags = ::fcntl(fd, F_GETFL, 0);
    if (flags >= 0 && !(flags & O_NONBLOCK))
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    fd_ = fd;
    peerAddress_ = peerAddress;
}

bool Connection::connectTo(const QString &host, quint16 port, int timeoutMs, Error *error)
{
    if (!proxy_.isSet()) {
        close();
        return connectDirect(host, port, timeoutMs, error);
    }
    close();
    // The proxy's budget first (the wait is not part of the connect timeout).
    if (!proxySlot_.acquire(proxy_, cancel_, error))
        return false;
    Error reach;
    if (!connectDirect(proxy_.host, proxy_.port, timeoutMs, &reach)) {
        proxySlot_.release();
        if (reach.kind != ErrorKind::Cancelled)
            reach = makeError(reach.kind, phrase("Errors", "cannot reach the %1: %2").arg(proxy_.labelPhrase()).arg(messageOf(reach)));
        *error = reach;
        return false;
    }
    // The proxy's own connect to the server is one more step: it gets a timeout of its own.
    const bool ok = proxy_.protocol == ProxyHop::Protocol::Socks5 ? socks5Handshake(host, port, timeoutMs, error)
                                                                   : httpConnectHandshake(host, port, timeoutMs, error);
    if (!ok) {
        close();
        return false;
    }
    peerAddress_ = proxy_.via();
    return true;
}

bool Connection::connectDirect(const QString &host, quint16 port, int timeoutMs, Error *error)
{
    // The socket only: a place in the proxy's budget taken for this connect stays held.
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (cancel_.isCancelled()) {
        *error = makeError(ErrorKind::Cancelled, phrase("Errors", "cancelled"));
        return false;
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *list = nullptr;
    const QByteArray hostBytes = host.toUtf8();
    const QByteArray portBytes = QByteArray::number(port);
    int rc = ::getaddrinfo(hostBytes.constData(), portBytes.constData(), &hints, &list);
    if (rc != 0 && (hints.ai_flags & AI_ADDRCONFIG)) {
        // Loopback-only machines report no configured address family; ask again without it.
        hints.ai_flags = 0;
        rc = ::getaddrinfo(hostBytes.constData(), portBytes.constData(), &hints, &list);
    }
    if (rc != 0) {
        *error = makeError(ErrorKind::Resolve,
                           phrase("Errors", "cannot resolve %1: %2").arg(host, QString::fromUtf8(gai_strerror(rc))));
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    Error last = makeError(ErrorKind::Unreachable, phrase("Errors", "no address for %1").arg(host));
    for (addrinfo *ai = list; ai; ai = ai->ai_next) {
        const QString address = addressText(ai->ai_addr);
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
        if (fd < 0) {
            last = makeError(ErrorKind::Io, phrase("Errors", "socket: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            continue;
        }
        int result = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (result != 0 && errno != EINPROGRESS) {
            const int err = errno;
            ::close(fd);
            last = makeError(err == ECONNREFUSED ? ErrorKind::Refused : ErrorKind::Unreachable,
                             phrase("Errors", "cannot connect to %1 port %2: %3")
                                 .arg(address).arg(port).arg(QString::fromLocal8Bit(strerror(err))));
            continue;
        }
        fd_ = fd;
        Error waitError;
        if (result != 0 && !waitFor(POLLOUT, remaining(timer, timeoutMs), &waitError, phrase("Errors", "connect"))) {
            close();
            if (waitError.kind == ErrorKind::Cancelled) {
                ::freeaddrinfo(list);
                *error = waitError;
                return false;
            }
            if (waitError.kind == ErrorKind::Timeout)
                waitError = makeError(ErrorKind::Timeout, phrase("Errors", "timed out after %1 s connecting to %2 port %3")
                                                              .arg(timeoutMs / 1000.0).arg(address).arg(port));
            last = waitError;
            continue;
        }
        int soError = 0;
        socklen_t len = sizeof soError;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
        if (soError != 0) {
            close();
            last = makeError(soError == ECONNREFUSED ? ErrorKind::Refused : ErrorKind::Unreachable,
                             phrase("Errors", "cannot connect to %1 port %2: %3")
                                 .arg(address).arg(port).arg(QString::fromLocal8Bit(strerror(soError))));
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        peerAddress_ = address;
        ::freeaddrinfo(list);
        return true;
    }
    ::freeaddrinfo(list);
    *error = last;
    return false;
}

bool Connection::waitFor(short events, int timeoutMs, Error *error, const Phrase &what)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (cancel_.isCancelled()) {
            *error = makeError(ErrorKind::Cancelled, phrase("Errors", "cancelled"));
            return false;
        }
        pollfd fds[2] = {{fd_, events, 0}, {cancel_.wakeFd(), POLLIN, 0}};
        const int left = remaining(timer, timeoutMs);
        const int rc = ::poll(fds, 2, left);
        if (rc < 0) {
            if (errno == EINTR)
                continue;
            *error = makeError(ErrorKind::Io, phrase("Errors", "poll: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            return false;
        }
        if (rc == 0) {
            *error = makeError(ErrorKind::Timeout,
                               phrase("Errors", "timed out after %1 s waiting to %2").arg(timeoutMs / 1000.0).arg(what));
            return false;
        }
        if (fds[0].revents)
            return true;
        if (fds[1].revents) {
            if (cancel_.isCancelled())
                continue; // reported at the top of the loop
            // A plain wake-up is not for us here; leave it pending for interactive waits.
            if (left == 0) {
                *error = makeError(ErrorKind::Timeout, phrase("Errors", "timed out"));
                return false;
            }
            // Avoid spinning on a pending wake-up: wait on the socket alone for a moment.
            pollfd only{fd_, events, 0};
            const int rc2 = ::poll(&only, 1, qMin(left, 50));
            if (rc2 > 0)
                return true;
        }
    }
}

Connection::Wait Connection::waitReadable(int timeoutMs)
{
    if (cancel_.isCancelled())
        return Wait::Cancelled;
    pollfd fds[2] = {{fd_, POLLIN, 0}, {cancel_.wakeFd(), POLLIN, 0}};
    for (;;) {
        const int rc = ::poll(fds, 2, timeoutMs);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc < 0)
            return Wait::Error;
        if (rc == 0)
            return Wait::Timeout;
        if (cancel_.isCancelled())
            return Wait::Cancelled;
        if (fds[0].revents)
            return Wait::Readable;
        return Wait::Woken;
    }
}

bool Connection::readAvailable(QByteArray *out, Error *error)
{
    char buf[16384];
    const qsizetype before = out->size();   // the caller's buffer may hold earlier reads
    for (;;) {
        const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
        if (n > 0) {
            out->append(buf, int(n));
            if (n < ssize_t(sizeof buf) || out->size() - before >= limits::kPeerReadChunk)
                return true;   // the rest waits for the next call, after the caller has looked
            continue;
        }
        if (n == 0) {
            // What arrived before the close is delivered first; the close shows on the next call.
            if (out->size() > before)
                return true;
            *error = makeError(ErrorKind::Closed, phrase("Errors", "the server closed the connection"));
            return false;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return true;
        *error = makeError(errno == ECONNRESET ? ErrorKind::Closed : ErrorKind::Io,
                           errno == ECONNRESET ? phrase("Errors", "the server reset the connection")
                                               : phrase("Errors", "read: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
}

bool Connection::readSome(QByteArray *out, int timeoutMs, Error *error)
{
    if (fd_ < 0) {
        *error = makeError(ErrorKind::Closed, phrase("Errors", "not connected"));
        return false;
    }
    const int before = out->size();
    if (!waitFor(POLLIN, timeoutMs, error, phrase("Errors", "read from the server")))
        return false;
    if (!readAvailable(out, error))
        return false;
    if (out->size() == before) {
        // Readable but nothing there (spurious wake-up): count it as a short wait.
        return readSome(out, qMax(0, timeoutMs - 1), error);
    }
    return true;
}

bool Connection::writeAll(const QByteArray &bytes, int timeoutMs, Error *error)
{
    if (fd_ < 0) {
        *error = makeError(ErrorKind::Closed, phrase("Errors", "not connected"));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(fd_, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!waitFor(POLLOUT, remaining(timer, timeoutMs), error, phrase("Errors", "write to the server")))
                return false;
            continue;
        }
        const int err = errno;
        *error = makeError((err == EPIPE || err == ECONNRESET) ? ErrorKind::Closed : ErrorKind::Io,
                           (err == EPIPE || err == ECONNRESET) ? phrase("Errors", "the server closed the connection")
                                                               : phrase("Errors", "write: %1").arg(QString::fromLocal8Bit(strerror(err))));
        return false;
    }
    return true;
}

void Connection::writeWithoutWaiting(const QByteArray &bytes)
{
    if (fd_ >= 0 && !bytes.isEmpty())
        (void)!::send(fd_, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
}

} // namespace mailtls::core
