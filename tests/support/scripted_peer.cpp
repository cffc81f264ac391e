#include "scripted_peer.h"

#include <QElapsedTimer>
#include <QThread>

#include "tls_bytes.h"

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

bool PeerConnection::pause(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!stopping()) {
        const qint64 left = ms - clock.elapsed();
        if (left <= 0)
            return true;
        QThread::msleep(unsigned(qMin<qint64>(left, kSliceMs)));
    }
    return false;
}

bool PeerConnection::clientGone()
{
    if (fd_ < 0)
        return true;
    pollfd pfd{fd_, short(POLLIN | POLLRDHUP), 0};
    if (::poll(&pfd, 1, 0) <= 0)
        return false;
    if (pfd.revents & (POLLRDHUP | POLLHUP | POLLERR))
        return true;
    char chunk[4096];
    const ssize_t n = ::recv(fd_, chunk, sizeof(chunk), MSG_DONTWAIT);
    if (n == 0)
        return true;
    if (n > 0) {
        received_ += QByteArray(chunk, int(n));
        buffer_ += QByteArray(chunk, int(n));
    }
    return false;
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

// ---------------------------------------------------------------------------------------------

bool serveSmtpUntilTls(PeerConnection &c, const SmtpOpening &opening)
{
    if (opening.bannerByteDelayMs > 0) {
        for (const char byte : opening.banner) {
            if (!c.send(QByteArray(1, byte)) || !c.pause(opening.bannerByteDelayMs) || c.clientGone())
                return false;
        }
    } else if (!c.send(opening.banner)) {
        return false;
    }
    QByteArray line;
    while (c.readLine(&line)) {
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "EHLO" || verb == "LHLO" || verb == "HELO") {
            if (!c.send(opening.ehloReply))
                return false;
        } else if (verb == "STAR") {
            return c.send(opening.goAhead);
        } else if (verb == "QUIT") {
            c.sendLine("221 2.0.0 bye");
            return false;
        } else if (!c.sendLine("250 2.0.0 ok")) {
            return false;
        }
    }
    return false;
}

ScriptedPeer::Script smtpThenTls(SmtpOpening opening, std::function<void(PeerConnection &, const QByteArray &)> tls)
{
    return [opening, tls](PeerConnection &c) {
        if (!serveSmtpUntilTls(c, opening))
            return;
        QByteArray hello;
        if (c.readTlsRecord(&hello) && tls)
            tls(c, hello);
    };
}

namespace hostile {

namespace {

constexpr int kHandshake = 22;
constexpr int kRsaAes128Gcm = 0x009C;   // TLS_RSA_WITH_AES_128_GCM_SHA256: no key exchange message

// Sends records of junk until `total` bytes went out, the client hung up, or the peer stopped.
void streamJunkRecords(PeerConnection &c, qint64 total, qint64 *sent)
{
    const QByteArray junk = record(kHandshake, QByteArray(16384, '\x5a'));
    while (*sent < total && !c.stopping() && !c.clientGone()) {
        if (!c.send(junk))
            return;
        *sent += junk.size();
    }
}

QByteArray tls12ServerHello()
{
    return serverHello(kRsaAes128Gcm, 0x0303, 0);
}

} // namespace

void oversizedRecord(PeerConnection &c, int length)
{
    if (!c.send(u8(kHandshake) + u16(0x0303) + u16(length)))
        return;
    if (!c.send(QByteArray(length, '\x5a')))
        return;
    c.holdUntilClosed(20000);
}

void hugeServerHello(PeerConnection &c, qint64 maxBytes)
{
    // The first record carries the handshake header (type 2, length 0xFFFFFF) and the start of
    // the "body"; the rest follows in full-size records.
    const QByteArray first = u8(2) + u24(0xFFFFFF) + u16(0x0303) + QByteArray(16380 - 2, '\x11');
    qint64 sent = 0;
    if (!c.send(record(kHandshake, first)))
        return;
    sent += first.size() + 5;
    streamJunkRecords(c, maxBytes, &sent);
    c.holdUntilClosed(5000);
}

void oneByteRecords(PeerConnection &c, int copies)
{
    const QByteArray der = fixtureCertificateDer();
    QByteArray list;
    for (int i = 0; i < qMax(1, copies); ++i)
        list += vec24(der);
    const QByteArray flight = tls12ServerHello() + handshake(11, vec24(list)) + handshake(14, {});
    QByteArray records;
    records.reserve(flight.size() * 6);
    for (const char byte : flight)
        records += record(kHandshake, QByteArray(1, byte));
    if (!c.send(records))
        return;
    c.readSome(1000);   // the client's key exchange, or its alert
    c.close();
}

void absurdCertificate(PeerConnection &c, qint64 maxBytes)
{
    qint64 sent = 0;
    const QByteArray hello = record(kHandshake, tls12ServerHello());
    const QByteArray certificateStart = record(kHandshake, u8(11) + u24(0xFFFFFF) + u24(0xFFFFFC) + u24(0xFFFFF9)
                                                                + QByteArray(16000, '\x30'));
    if (!c.send(hello + certificateStart))
        return;
    sent += hello.size() + certificateStart.size();
    streamJunkRecords(c, maxBytes, &sent);
    c.holdUntilClosed(5000);
}

void closeAfterServerHello(PeerConnection &c)
{
    c.send(record(kHandshake, tls12ServerHello()));
    c.close();
}

void refuseHandshake(PeerConnection &c)
{
    c.send(QByteArray::fromHex("15030300020228"));   // fatal handshake_failure
    c.readSome(500);
    c.close();
}

} // namespace hostile

} // namespace mailtls::test
