#pragma once

// The one TLS client of the project: OpenSSL over memory BIOs on a Connection that may
// already have carried plaintext (STARTTLS). Sessions, scan probes and a simulation's live
// handshake all use it.

#include <QByteArray>
#include <QString>

#include <memory>

#include "net/connection.h"
#include "model/report.h"
#include "ossl/handles.h"
#include "tls/handshake_recorder.h"

namespace mailtls::core {

struct TlsClientConfig {
    QString minVersion;      // "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"; empty: lowest available
    QString maxVersion;      // empty: highest available
    QString ciphers;         // TLS <= 1.2 suites, OpenSSL syntax; empty: everything but anon/NULL
    QString ciphersuites;    // TLS 1.3 suites; empty: OpenSSL's default
    QString groups;          // empty: OpenSSL's default
    QString sigalgs;         // signature algorithms, SSL_CTX_set1_sigalgs_list syntax
                             // ("ECDSA+SHA256:RSA-PSS+SHA256"); empty: OpenSSL's default
    int securityLevel = 0;
    QString sni;             // empty: no SNI; an IP address is never sent (defaultSniFor)
    QString verifyName;      // host name or IP the certificate must match; empty: not checked
    QString caFile;          // empty: system trust store
    QString clientCertFile;  // PEM, may hold the chain after the leaf
    QString clientKeyFile;   // PEM; empty: the key is in clientCertFile
    // Complete a first handshake with a server that lacks secure renegotiation (RFC 5746);
    // OpenSSL 3 refuses one by default. The scan's hygiene probes look at such servers.
    bool legacyServerConnect = false;
    // The scan's resumption probes: ask for a stapled OCSP response (status_request), and
    // leave session tickets out of the hello (a TLS <= 1.2 session is then resumed by its id).
    bool requestOcspStaple = false;
    bool sessionTickets = true;
};

class TlsClient
{
public:
    explicit TlsClient(Connection &connection);
    ~TlsClient();

    // Builds the SSL_CTX and SSL; false with a one-line error: Usage for a list or version this
    // OpenSSL cannot use, FileUnreadable for a CA file / client certificate / key that does not
    // load, KeyMismatch, Crypto when OpenSSL itself fails.
    bool configure(const TlsClientConfig &config, Error *error);
    HandshakeRecorder &recorder() { return recorder_; }
    // Whether the server answered in TLS: a handshake message of its own or an alert (bytes that
    // are not TLS, e.g. an HTTP error page after the 220 to STARTTLS, do not count).
    bool serverSpokeTls() const;

    // Drives the handshake to completion; `error` says why not: Tls with the alert's name when
    // one ended it, Closed, Timeout, Cancelled, or Io (with OpenSSL's reasons) otherwise.
    bool handshake(int timeoutMs, Error *error);
    bool isEstablished() const { return established_; }

    // Negotiated facts (version, cipher, group, temp key, peer signature, verify result ...).
    void fillFacts(TlsFacts *facts) const;
    CertificateChain peerChain() const;

    // TLS <= 1.2, after handshake(): asks the server for a new handshake on this connection
    // (SSL_renegotiate) and drives it to completion. Application data that arrives meanwhile is
    // read and dropped. False with `error` as handshake()'s when the server refuses (its alert,
    // then ours), closes, or stays silent for timeoutMs.
    bool renegotiate(int timeoutMs, Error *error);
    bool write(const QByteArray &plaintext, int timeoutMs, Error *error);
    // Waits up to timeoutMs for application data and returns what there is.
    bool read(QByteArray *plaintext, int timeoutMs, Error *error);
    // Non-blocking: takes whatever the socket holds now and decrypts it.
    bool pump(QByteArray *plaintext, Error *error);
    void shutdown(int timeoutMs);

    // Resumption (after configure()): the session to offer in handshake(), a copy is taken;
    // false when OpenSSL will not take it.
    bool offerSession(SSL_SESSION *session);
    // The session this connection holds now (in TLS 1.3 the latest NewSessionTicket's); null
    // before a handshake.
    ossl::SslSessionPtr currentSession() const;
    // The stapled OCSP response (DER) the server sent for requestOcspStaple; empty: none.
    QByteArray ocspStaple() const;
    // TLS 1.3 0-RTT, instead of starting with handshake(): the ClientHello (with the offered
    // session) and `plaintext` as early data go out; then handshake() completes it.
    bool writeEarlyData(const QByteArray &plaintext, int timeoutMs, Error *error);
    // After handshake(): "accepted", "rejected" or "not_sent".
    QString earlyDataStatus() const;

private:
    bool flushOutgoing(int timeoutMs, Error *error);
    bool readIncoming(int timeoutMs, Error *error);
    bool drainPlaintext(QByteArray *plaintext, Error *error, bool *wantRead);
    Error sslFailure(int sslError, int rc, const Phrase &during);

    struct Handles;
    Connection &connection_;
    std::unique_ptr<Handles> h_;
    HandshakeRecorder recorder_;
    bool established_ = false;
    qint64 serverBytes_ = 0;   // read from the server since the TLS layer started
    int securityLevel_ = 0;
};

} // namespace mailtls::core
