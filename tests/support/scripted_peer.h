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
    // Sleeps ms in short slices; false when the peer is stopped meanwhile.
    bool pause(int ms);
    // Whether the client has closed its side (or the connection is gone), without waiting.
    bool clientGone();

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

// ---- hostile servers, one behaviour each (tests/integration/test_hostile_matrix.cpp) ----

// An SMTP opening up to the point where TLS begins: the greeting (sent as is, CR LF included;
// with byteDelayMs > 0 one byte at a time that far apart), EHLO answered with ehloReply,
// STARTTLS with goAhead (anything after its CR LF is cleartext injected before TLS), QUIT with
// 221, anything else with 250.
struct SmtpOpening {
    QByteArray banner = "220 hostile.test ESMTP\r\n";
    QByteArray ehloReply = "250-hostile.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n";
    QByteArray goAhead = "220 2.0.0 go ahead\r\n";
    int bannerByteDelayMs = 0;
};
// Plays `opening` on c; true once the go-ahead is out (TLS would start now).
bool serveSmtpUntilTls(PeerConnection &c, const SmtpOpening &opening);
// The opening, then `tls` with the client's ClientHello record already read (empty when the
// client sent none within 5 s: `tls` is not called then).
ScriptedPeer::Script smtpThenTls(SmtpOpening opening, std::function<void(PeerConnection &, const QByteArray &hello)> tls);

// What a hostile server does with a ClientHello (for smtpThenTls). Streams stop when the client
// hangs up, after `maxBytes`, or when the peer is stopped.
namespace hostile {
// A record header announcing `length` bytes (0xFFFF: over any limit), then that many bytes of
// junk, then silence until the client hangs up.
void oversizedRecord(PeerConnection &c, int length = 0xFFFF);
// A ServerHello whose handshake header announces 0xFFFFFF bytes (16 MiB), then records of junk
// continuing it, up to maxBytes.
void hugeServerHello(PeerConnection &c, qint64 maxBytes = 32 * 1024 * 1024);
// A real TLS 1.2 flight (ServerHello for TLS_RSA_WITH_AES_128_GCM_SHA256, a Certificate of
// `copies` test certificates, ServerHelloDone) cut into records of one byte each, sent at once;
// then the peer reads what the client sends for a moment and closes.
void oneByteRecords(PeerConnection &c, int copies = 40);
// A ServerHello (TLS 1.2, TLS_RSA_WITH_AES_128_GCM_SHA256), then a Certificate message whose
// header announces 0xFFFFFF bytes, continued by junk records up to maxBytes.
void absurdCertificate(PeerConnection &c, qint64 maxBytes = 32 * 1024 * 1024);
// A ServerHello (TLS 1.2), then the close.
void closeAfterServerHello(PeerConnection &c);
// A fatal handshake_failure alert, then the close.
void refuseHandshake(PeerConnection &c);
} // namespace hostile

} // namespace mailtls::test
