#pragma once

// Dovecot (Debian dovecot-core, -imapd, -pop3d, -managesieved) as a foreground test peer:
// IMAP (STARTTLS and implicit), POP3 (STLS and implicit) and ManageSieve on free ports of
// 127.0.0.2, a passwd-file user, the test PKI's RSA leaf. It listens on 127.0.0.2 and not on
// 127.0.0.1 on purpose: Dovecot counts a connection whose two ends share one address as
// secure and would then offer plaintext logins whatever disable_plaintext_auth says; a client
// connecting to 127.0.0.2 speaks from 127.0.0.1.

#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace mailtls::test {

struct DovecotOptions {
    // false: disable_plaintext_auth = yes and ssl = required (no password before TLS);
    // true: disable_plaintext_auth = no, ssl = yes (LOGIN, USER and SASL PLAIN offered in clear).
    bool plaintextAuth = false;
    // false: no ssl_dh line (a config that lacks it, as hand-written ones often do): Dovecot
    // then ends every handshake in which it picks a DHE suite, the other suites work.
    bool sslDh = true;
    QString user = QStringLiteral("mailtls");
    QString password = QStringLiteral("Dovecot-s3cret-pw");
};

class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    // Starts dovecot -F and waits until every listener accepts; error() says why not.
    bool start(const DovecotOptions &options = {}, int timeoutMs = 20000);
    void stop();
    QString error() const { return error_; }
    QString logText() const;            // Dovecot's own log file
    QString host() const { return QStringLiteral("127.0.0.2"); }
    QString passwordFile() const;       // holds the password alone, for --auth-pass-file
    const DovecotOptions &options() const { return options_; }

    quint16 imapPort() const { return imap_; }
    quint16 imapsPort() const { return imaps_; }
    quint16 pop3Port() const { return pop3_; }
    quint16 pop3sPort() const { return pop3s_; }
    quint16 sievePort() const { return sieve_; }

private:
    bool attempt(int timeoutMs);

    DovecotOptions options_;
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<QProcess> process_;
    qint64 pid_ = 0;
    quint16 imap_ = 0, imaps_ = 0, pop3_ = 0, pop3s_ = 0, sieve_ = 0;
    QString error_;
};

} // namespace mailtls::test
