#include "scripted_peer.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mailtls::test {

namespace {
constexpr int kSliceMs = 50;   // how often blocked waits look at the stop flag
}

PeerConnection::PeerConnection(int fd, const std::atomic<bool> &stopping)
    : fd_(fd)
    , stopping_(stopping)
{
}

PeerConnection::~PeerConnection()
{
    close();
}

bool PeerConnection::send(const QByteArray &bytes)
{
    qsizetype offset = 0;
    while (offset < bytes.size() && fd_ >= 0 && !stopping()) {
        pollfd pfd{fd_, POLLOUT, 0};
        const int ready = ::poll(&pfd, 1, kSliceMs);
        if (ready < 0 && errno != EINTR)
            return false;
        if (ready <= 0)
            continue;
        const ssize_t n = ::send(fd_, bytes.constData() + offset, size_t(bytes.size() - offset), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return false;
        }
        offset += n;
    }
    return offset == bytes.size();
}

bool PeerConnection::waitReadable(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (fd_ >= 0 && !stopping()) {
        const int left = timeoutMs < 0 ? kSliceMs : qMin(kSliceMs, timeoutMs - int(clock.elapsed()));
        if (timeoutMs >= 0 && left <= 0)
            return false;
        pollfd pfd{fd_, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, left);
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR)
            return false;
    }
    return false;
}

QByteArray PeerConnection::readSome(int timeoutMs)
{
    if (!buffer_.isEmpty()) {
        QByteArray out;
        out.swap(buffer_);
        return out;
    }
    return receiveMore(timeoutMs);
}

QByteArray PeerConnection::receiveMore(int timeoutMs)
{
    if (!waitReadable(timeoutMs))
        return {};
    char chunk[16384];
    const ssize_t n = ::recv(fd_, chunk, sizeof(chunk), 0);
    if (n <= 0)
        return {};
    const QByteArray data(chunk, int(n));
    received_ += data;
    return data;
}

bool PeerConnection::readLine(QByteArray *line, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const int newline = buffer_.indexOf('\n');
        if (newline >= 0) {
            *line = buffer_.left(newline);
            if (line->endsWith('\r'))
                line->chop(1);
            buffer_.remove(0, newline + 1);
            return true;
        }
        const int left = timeoutMs - int(clock.elapsed());
        if (left <= 0)
            return false;
        const QByteArray more = receiveMore(left);
        if (more.isEmpty())
            return false;
        buffer_ += more;
    }
}

bool PeerConnection::readExactly(int n, QByteArray *out, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (buffer_.size() < n) {
        const int left = timeoutMs - int(clock.elapsed());
        if (left <= 0)
            return false;
        const QByteArray more = receiveMore(left);
        if (more.isEmpty())
            return false;
        buffer_ += more;
    }
    *out = buffer_.left(n);
    buffer_.remove(0, n);
    return true;
}

bool PeerConnection::readTlsRecord(QByteArray *record, int timeoutMs)
{
    QByteArray header;
    if (!readExactly(5, &header, timeoutMs))
        return false;
    const int length = (quint8(header.at(3)) << 8) | quint8(header.at(4));
    QByteArray body;
    if (!readExactly(length, &body, timeoutMs))
        return false;
    *record = header + body;
    return true;
}

void PeerConnection::holdUntilClosed(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    buffer_.clear();
    while (fd_ >= 0 && !stopping()) {
        const int left = timeoutMs < 0 ? kSliceMs : timeoutMs - int(clock.elapsed());
        if (timeoutMs >= 0 && left <= 0)
            return;
        if (!waitReadable(qMin(left, kSliceMs)))
            continue;
        char chunk[4096];
        const ssize_t n = ::recv(fd_, chunk, sizeof(chunk), 0);
        if (n <= 0)
            return;   // client closed
        received_ += QByteArray(chunk, int(n));
    }
}

void PeerConnection::close(bool reset)
{
    if (fd_ < 0)
        return;
    if (reset) {
        linger lg{1, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
    }
    ::close(fd_);
    fd_ = -1;
}

// ---------------------------------------------------------------------------------------------

ScriptedPeer::ScriptedPeer(Script script)
    : script_(std::move(script))
{
}

ScriptedPeer::~ScriptedPeer()
{
    stop();
}

bool ScriptedPeer::start(QString *error)
{
    auto fail = [&](const char *what) {
        if (error)
            *error = QStringLiteral("scripted peer: %1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(strerror(errno)));
        if (listenFd_ >= 0)
            ::close(listenFd_);
        listenFd_ = -1;
        return false;
    };
    listenFd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (listenFd_ < 0)
        return fail("socket");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(addr);
    if (::bind(listenFd_, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0)
        return fail("bind");
    if (::listen(listenFd_, 16) != 0)
        return fail("listen");
    if (::getsockname(listenFd_, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return fail("getsockname");
    port_ = ntohs(addr.sin_port);
    stopping_ = false;
    acceptThread_ = std::thread([this] { acceptLoop(); });
    return true;
}

void ScriptedPeer::acceptLoop()
{
    while (!stopping_.load()) {
        pollfd pfd{listenFd_, POLLIN, 0};
        if (::poll(&pfd, 1, kSliceMs) <= 0)
            continue;
        const int fd = ::accept(listenFd_, nullptr, nullptr);
        if (fd < 0)
            continue;
        ++connections_;
        std::lock_guard<std::mutex> lock(mutex_);
        workers_.emplace_back([this, fd] { serve(fd); });
    }
}

void ScriptedPeer::serve(int fd)
{
    PeerConnection connection(fd, stopping_);
    if (script_)
        script_(connection);
    connection.close();
    std::lock_guard<std::mutex> lock(mutex_);
    received_ += connection.received();
}

void ScriptedPeer::stop()
{
    if (!acceptThread_.joinable())
        return;
    stopping_ = true;
    acceptThread_.join();
    std::vector<std::thread> workers;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        workers.swap(workers_);
    }
    for (std::thread &worker : workers)
        worker.join();
    if (listenFd_ >= 0)
        ::close(listenFd_);
    listenFd_ = -1;
}

QByteArray ScriptedPeer::received() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return received_;
}

ScriptedPeer::Script busyThenRefusingTls(std::atomic<int> *accepted, int busyAnswers)
{
    return [accepted, busyAnswers](PeerConnection &c) {
        if (accepted->fetch_add(1) < busyAnswers) {
            c.sendLine("421 4.7.0 mx.test Too many connections, try again later");
            c.close();
            return;
        }
        QByteArray line;
        c.sendLine("220 mx.test ESMTP");
        if (!c.readLine(&line))
            return;
        c.sendLine("250-mx.test");
        c.sendLine("250 STARTTLS");
        if (!c.readLine(&line) || line != "STARTTLS")
            return;
        c.sendLine("220 2.0.0 go ahead");
        QByteArray hello;
        if (!c.readTlsRecord(&hello))
            return;
        c.send(QByteArray::fromHex("15030300020228"));   // fatal handshake_failure
        c.close();
    };
}

} // namespace mailtls::test
