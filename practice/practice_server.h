#pragma once

// The built-in practice server: an SMTP server with STARTTLS and an implicit-TLS (SMTPS) port,
// made from this project's core with OpenSSL as the server side, serving one personality
// (practice_personality.h) with throwaway certificates (practice_pki.h). It listens on
// 127.0.0.1 (and [::1] when the host has IPv6) and nowhere else, accepts any AUTH, and
// discards every message.
//
// Threads: start() binds and starts an acceptor thread; each connection gets a thread of its
// own with a deadline on every wait (handshake, each command, each DATA chunk), so odd
// ClientHellos, SSLv2 hellos, garbage or silent clients cost one thread for a bounded time.
// stop() wakes every wait at once, closes the listeners and every connection, and joins all
// threads. start() and stop() block (start: up to about a second the first time, for the
// certificates), so the workbench calls them from a worker thread.

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "base/limits.h"
#include "practice/practice_personality.h"

namespace mailtls::core {

class PracticePki;

struct PracticeServerOptions {
    QString personality = QStringLiteral("modern");
    quint16 smtpPort = 0;              // SMTP with STARTTLS; 0: a free port
    quint16 tlsPort = 0;               // SMTP inside TLS from the first byte; 0: a free port
    bool alsoIpv6 = true;              // also [::1] on the same ports, when that address exists
    QString hostname = QStringLiteral("localhost");   // in the banner and the EHLO reply
    int commandTimeoutMs = core::limits::kPracticeCommandTimeoutMs;   // wait for the next command (RFC 5321: 5 minutes)
    int handshakeTimeoutMs = core::limits::kStepTimeoutMs;           // TLS handshake, start to end
    int maxConnections = core::limits::kPracticeConnections;          // more get "421 too many connections"
    int maxLineLength = core::limits::kPracticeCommandBytes;          // longer command lines get 500 and are skipped
    qint64 maxMessageBytes = 10 * 1024 * 1024;   // SIZE; DATA beyond it is read and refused (552)
    // One line per connection when it ends ("127.0.0.1:40522 smtp STARTTLS TLSv1.3 ... QUIT"),
    // called from connection threads (serialise yourself).
    std::function<void(const QString &)> log;
};

class PracticeServer
{
public:
    explicit PracticeServer(PracticeServerOptions options = {});
    ~PracticeServer();   // stop()
    PracticeServer(const PracticeServer &) = delete;
    PracticeServer &operator=(const PracticeServer &) = delete;

    // Certificates, TLS context, listeners, acceptor thread. False with *error (unknown
    // personality, port in use, ...); nothing keeps running then.
    bool start(QString *error);
    // Closes the listeners and every open connection and joins every thread. Safe to repeat.
    void stop();
    bool isRunning() const;

    const PracticePersonality &personality() const;
    quint16 smtpPort() const;
    quint16 tlsPort() const;
    QStringList listenAddresses() const;   // "127.0.0.1", and "::1" when bound there too
    QString caFile() const;                 // trust this to verify the served chains
    QString clientCertFile() const;         // a certificate client-cert-required accepts
    QString clientKeyFile() const;
    std::shared_ptr<const PracticePki> pki() const;

    int connectionsAccepted() const;        // since start()
    int activeConnections() const;
    int tlsHandshakesCompleted() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtls::core
