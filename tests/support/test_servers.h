#pragma once

// Real TLS peers for integration tests: Exim (SMTP, STARTTLS or implicit TLS, via GnuTLS),
// `openssl s_server` and `gnutls-serv` (implicit TLS only). Each one runs on a free port on
// loopback, is waited for until it answers, and is stopped by its PID together with every
// process it forked (its own process group): by stop(), or by the destructor. If the test
// process dies, s_server and gnutls-serv die with it (PR_SET_PDEATHSIG, bound to the thread
// that started them: use the test function's thread); Exim drops to Debian-exim, which clears
// that, so the next harness user kills it (cleanUpAfterCrashedRuns() in test_process.h).
// When the current test failed, stop() copies the peer's config and logs to
// MAILTLS_ARTIFACTS_DIR/<test binary>-<function>-<label>-<port>/.

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace mailtls::test {

// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0, read, closed).
quint16 freeTcpPort();

// A port on 127.0.0.1 that refuses connections for as long as this object lives: bound, never
// listening, so no parallel test can take it (unlike a port from freeTcpPort()).
class RefusingPort
{
public:
    RefusingPort();
    ~RefusingPort();
    RefusingPort(const RefusingPort &) = delete;
    RefusingPort &operator=(const RefusingPort &) = delete;
    quint16 port() const { return port_; }   // 0 if binding failed

private:
    int fd_ = -1;
    quint16 port_ = 0;
};

// True once a TCP connection to host:port succeeds (retrying until timeoutMs).
bool waitForListening(quint16 port, int timeoutMs, const QString &host = QStringLiteral("127.0.0.1"));

// True once host:port accepts a connection and sends a complete 220 greeting (single or
// multi-line). The greeting's last line goes to *banner. The probe then sends QUIT.
bool waitForBanner(quint16 port, int timeoutMs, QString *banner = nullptr,
                   const QString &host = QStringLiteral("127.0.0.1"));

// One cleartext greeting + EHLO + QUIT with a plain socket, for checking what a server
// advertises before TLS.
struct PlainEhlo {
    QString banner;          // last line of the greeting
    QStringList ehloLines;   // every reply line, codes included ("250-STARTTLS", ...)
    QString error;           // empty on success
    bool ok() const { return error.isEmpty(); }
    // True when a keyword line ("STARTTLS", "AUTH PLAIN LOGIN") starts with `keyword`.
    bool advertises(const QString &keyword) const;
};
PlainEhlo plainEhlo(quint16 port, int timeoutMs = 5000, const QString &ehloName = QStringLiteral("harness.test"));

// Common process handling for the peers below.
class PeerProcess
{
public:
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;
    virtual ~PeerProcess();

    quint16 port() const { return port_; }
    qint64 pid() const { return pid_; }
    bool isRunning() const;
    QString error() const { return error_; }   // why start() failed
    QString workDir() const;                   // the peer's own temporary directory
    QString outputText() const;                // the process's stdout + stderr so far

    // Stops the peer and everything it forked. Safe to call twice.
    void stop();

protected:
    explicit PeerProcess(const QString &label);

    enum class Readiness { Listening, SmtpBanner };
    // Starts program with args (built per attempt for `port`) and waits up to timeoutMs for it
    // to become ready. Retries on a fresh port when the port turned out to be taken.
    bool launch(const QString &program, const std::function<QStringList(quint16 port)> &args,
                Readiness readiness, int timeoutMs, QString *error);
    void setError(const QString &error) { error_ = error; }
    virtual QString diagnostics() const;   // appended to start() errors; defaults to outputText()
    // Hook run before each attempt with the chosen port (e.g. to write a config file).
    virtual bool prepareAttempt(quint16 /*port*/, QString * /*error*/) { return true; }
    // The peer's own word that it listens (PID file, "ACCEPT", ...): guards against a stranger
    // that grabbed the port between freeTcpPort() and our bind answering the readiness probe.
    virtual bool confirmsListening(quint16 /*port*/) const { return true; }
    // Preferred PID source (e.g. a PID file); empty falls back to QProcess::processId().
    virtual qint64 pidFromFile() const { return 0; }
    // Copy outputs into MAILTLS_ARTIFACTS_DIR when the current test failed.
    virtual void saveArtifacts() const;

    // Where launch() probes for readiness, and a fixed port instead of a free one per attempt
    // (0: a free port of 127.0.0.1; a fixed port taken by someone else fails at once).
    QString probeHost_ = QStringLiteral("127.0.0.1");
    quint16 fixedPort_ = 0;

    QString label_;
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<QProcess> process_;
    quint16 port_ = 0;
    qint64 pid_ = 0;
    QString error_;
    QString outputFile_;
};

// ---------------------------------------------------------------------------------------------
// Exim 4 (Debian exim4-daemon-heavy, GnuTLS) as a foreground daemon with a generated config.
struct EximOptions {
    QString certFile;              // served chain, leaf first (PEM); empty: no TLS configured
    QString keyFile;
    bool starttls = true;          // advertise STARTTLS (tls_advertise_hosts = *)
    bool implicitTls = false;      // TLS on connect on the daemon's port (tls_on_connect_ports)
    QString tlsRequireCiphers;     // GnuTLS priority string, e.g. "NORMAL:+VERS-TLS1.0"
    bool requireClientCert = false;
    QString clientCaFile;          // CA for client certificates (required with requireClientCert)
    bool authBeforeTls = false;    // AUTH PLAIN LOGIN advertised before (and after) STARTTLS
    bool authAfterTls = false;     // AUTH PLAIN LOGIN advertised only once TLS is up
    QString authUser = QStringLiteral("mailtls-user");      // [A-Za-z0-9._@-] only
    QString authPassword = QStringLiteral("Swordfish-7319"); // [A-Za-z0-9._@-] only
    QString extraMain;             // appended verbatim to the main section
    // Listen on this one address alone (e.g. "127.0.0.21", for several Exims on one port)
    // instead of 127.0.0.1 and ::1; with port != 0 on that port instead of a free one.
    QString listenAddress;
    quint16 port = 0;

    // The usual start: serve this chain (leaf first) and key, STARTTLS advertised.
    static EximOptions serving(const QString &certFile, const QString &keyFile);
};

class EximServer : public PeerProcess
{
public:
    explicit EximServer(EximOptions options = {});
    ~EximServer() override;

    // Writes the config, starts `exim4 -C CONFIG -bdf -oX PORT -oP PIDFILE` as root and waits
    // until the port answers (a 220 banner; a TCP accept for implicit TLS). On failure *error
    // says why, with Exim's stderr, paniclog and mainlog.
    bool start(QString *error = nullptr);

    const EximOptions &options() const { return options_; }
    QString configFile() const;
    QString configText() const;
    QString logText() const;   // mainlog + rejectlog + paniclog + stderr, for diagnostics

    static QString eximBinary() { return QStringLiteral("/usr/sbin/exim4"); }
    static QString eximUser() { return QStringLiteral("Debian-exim"); }

protected:
    bool prepareAttempt(quint16 port, QString *error) override;
    bool confirmsListening(quint16 port) const override;
    qint64 pidFromFile() const override;
    QString diagnostics() const override;
    void saveArtifacts() const override;

private:
    QString buildConfig(quint16 port) const;
    QString pidFile() const;

    EximOptions options_;
};

// ---------------------------------------------------------------------------------------------
// `openssl s_server`: an implicit-TLS peer (it speaks no SMTP) that completes handshakes and
// echoes application data to its log.
struct OpensslServerOptions {
    QString certFile;          // -cert (the leaf)
    QString keyFile;           // -key
    QString chainFile;         // -cert_chain: further certificates to serve (optional)
    QString dhParamFile;       // -dhparam
    QString cipher;            // -cipher, TLS <= 1.2 (add ":@SECLEVEL=0" for weak parameters)
    QString ciphersuites;      // -ciphersuites, TLS 1.3
    QStringList extraArgs;     // anything else, e.g. "-no_tls1_3", "-Verify", "1"
};

class OpensslServer : public PeerProcess
{
public:
    explicit OpensslServer(OpensslServerOptions options);
    ~OpensslServer() override;

    bool start(QString *error = nullptr);
    const OpensslServerOptions &options() const { return options_; }

protected:
    bool confirmsListening(quint16 port) const override;

private:
    OpensslServerOptions options_;
};

// ---------------------------------------------------------------------------------------------
// `gnutls-serv` (echo mode): an implicit-TLS peer with GnuTLS priority strings. Note: it cannot
// be bound to loopback only; it listens on every address of the chosen port.
struct GnutlsServerOptions {
    QString certFile;          // --x509certfile (may hold the chain)
    QString keyFile;           // --x509keyfile
    QString priority;          // --priority, e.g. "NORMAL:-VERS-TLS1.3"
    QString dhParamFile;       // --dhparams
    QStringList extraArgs;
};

class GnutlsServer : public PeerProcess
{
public:
    explicit GnutlsServer(GnutlsServerOptions options);
    ~GnutlsServer() override;

    bool start(QString *error = nullptr);
    const GnutlsServerOptions &options() const { return options_; }

protected:
    bool confirmsListening(quint16 port) const override;

private:
    GnutlsServerOptions options_;
};

} // namespace mailtls::test
