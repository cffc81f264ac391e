#pragma once

// A tiny TCP server on 127.0.0.1 whose every connection runs a script on its own thread:
// the misbehaving peers real servers will not imitate (silent, garbage banner, endless line,
// hang-up in the middle of a handshake, 421 rate limits, ...). Blocking sockets with short
// poll slices, so stop() (and the destructor) always returns promptly.

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace mailtls::test {

// The server side of one accepted connection, handed to the script.
class PeerConnection
{
public:
    PeerConnection(int fd, const std::atomic<bool> &stopping);
    ~PeerConnection();
    PeerConnection(const PeerConnection &) = delete;
    PeerConnection &operator=(const PeerConnection &) = delete;

    bool send(const QByteArray &bytes);
    bool sendLine(const QByteArray &line) { return send(line + "\r\n"); }
    // One line without its CR LF; false on close, timeout or stop.
    bool readLine(QByteArray *line, int timeoutMs = 5000);
    // Whatever arrives within timeoutMs (empty on close/timeout/stop).
    QByteArray readSome(int timeoutMs = 5000);
    // Exactly n bytes; false on close, timeout or stop.
    bool readExactly(int n, QByteArray *out, int timeoutMs = 5000);
    // One TLS record (5-byte header + body), e.g. the client's ClientHello.
    bool readTlsRecord(QByteArray *record, int timeoutMs = 5000);
    // Keep the connection open, reading and discarding, until the client closes, the peer is
    // stopped, or timeoutMs passes (-1: no limit).
    void holdUntilClosed(int timeoutMs = -1);
    // Close now (FIN); `reset` sends RST instead.
    void close(bool reset = false);

    bool stopping() const { return stopping_.load(); }
    QByteArray received() const { return received_; }   // everything read so far

private:
    // Waits for readability; false on timeout or stop.
    bool waitReadable(int timeoutMs);
    // Bytes straight from the socket (not the buffer); empty on close/timeout/stop.
    QByteArray receiveMore(int timeoutMs);

    int fd_ = -1;
    const std::atomic<bool> &stopping_;
    QByteArray buffer_;      // read but not yet consumed
    QByteArray received_;
};

class ScriptedPeer
{
public:
    using Script = std::function<void(PeerConnection &)>;

    explicit ScriptedPeer(Script script);
    ~ScriptedPeer();
    ScriptedPeer(const ScriptedPeer &) = delete;
    ScriptedPeer &operator=(const ScriptedPeer &) = delete;

    // Binds 127.0.0.1 on a kernel-chosen port and starts accepting.
    bool start(QString *error = nullptr);
    void stop();

    quint16 port() const { return port_; }
    int connectionCount() const { return connections_.load(); }
    // Everything clients sent, over all connections so far.
    QByteArray received() const;

private:
    void acceptLoop();
    void serve(int fd);

    Script script_;
    int listenFd_ = -1;
    quint16 port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<int> connections_{0};
    std::thread acceptThread_;
    mutable std::mutex mutex_;
    std::vector<std::thread> workers_;
    QByteArray received_;
};

// An SMTP server a scan can run against without TLS behind it: the first `busyAnswers`
// connections get "421 ... Too many connections" and a hang-up (*accepted counts every
// connection), the others a greeting, EHLO with STARTTLS, 220 to STARTTLS, and a fatal
// handshake_failure alert for their ClientHello.
ScriptedPeer::Script busyThenRefusingTls(std::atomic<int> *accepted, int busyAnswers);

} // namespace mailtls::test
