#include "tls/tls_client.h"

#include <QElapsedTimer>
#include <algorithm>
#include <QFile>
#include <QRegularExpression>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "base/limits.h"
#include "ossl/error.h"
#include "ossl/handles.h"
#include "catalog/versions.h"
#include "model/targets.h"
#include "x509/hostname.h"
#include "x509/trust_store.h"

namespace mailtls::core {

namespace {

// OpenSSL's version constants are the wire codes; SSLv2 is beyond this OpenSSL.
int versionNumber(const QString &name)
{
    const int wire = versionWireCode(name);
    return wire >= SSL3_VERSION ? wire : -1;
}

QString tempKeyTypeName(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_id(key)) {
    case EVP_PKEY_DH:
    case EVP_PKEY_DHX:
        return QStringLiteral("DH");
    case EVP_PKEY_EC: {
        char name[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_group_name(key, name, sizeof name, &len) == 1)
            return QStringLiteral("ECDH %1").arg(QString::fromLatin1(name));
        return QStringLiteral("ECDH");
    }
    case EVP_PKEY_X25519:
        return QStringLiteral("X25519");
    case EVP_PKEY_X448:
        return QStringLiteral("X448");
    default:
        if (const char *type = EVP_PKEY_get0_type_name(key))
            return QString::fromLatin1(type);
        return QStringLiteral("unknown");
    }
}

QString signatureTypeName(int nid)
{
    switch (nid) {
    case EVP_PKEY_RSA: return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS: return QStringLiteral("RSA-PSS");
    case EVP_PKEY_EC: return QStringLiteral("ECDSA");
    case EVP_PKEY_ED25519: return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448: return QStringLiteral("Ed448");
    case EVP_PKEY_DSA: return QStringLiteral("DSA");
    default:
        if (const char *sn = OBJ_nid2sn(nid))
            return QString::fromLatin1(sn);
        return QString();
    }
}

// Another sentence for an Error, its kind and OpenSSL entries kept.
void reword(Error *e, const Phrase &message)
{
    e->message = message.english();
    e->messagePhrase = message;
}

} // namespace

struct TlsClient::Handles {
    ossl::SslCtxPtr ctx;
    ossl::SslPtr ssl;
    BIO *rbio = nullptr;   // owned by ssl
    BIO *wbio = nullptr;   // owned by ssl
};

TlsClient::TlsClient(Connection &connection) : connection_(connection), h_(std::make_unique<Handles>()) {}

TlsClient::~TlsClient() = default;

bool TlsClient::configure(const TlsClientConfig &config, Error *error)
{
    ERR_clear_error();
    h_->ctx.reset(SSL_CTX_new(TLS_client_method()));
    if (!h_->ctx) {
        return fail(error, ossl::drainErrors(phrase("Errors", "cannot create a TLS context")));
    }
    SSL_CTX *ctx = h_->ctx.get();
    securityLevel_ = config.securityLevel;

    const QString cipherList = config.ciphers.isEmpty() ? QStringLiteral("ALL:!aNULL:!eNULL") : config.ciphers;
    if (SSL_CTX_set_cipher_list(ctx, cipherList.toLatin1().constData()) != 1) {
        ERR_clear_error();
        return fail(error, ErrorKind::Usage, phrase("Errors", "no usable cipher in the list \"%1\"").arg(cipherList));
    }
    if (!config.ciphersuites.isEmpty() && SSL_CTX_set_ciphersuites(ctx, config.ciphersuites.toLatin1().constData()) != 1) {
        ERR_clear_error();
        return fail(error, ErrorKind::Usage, phrase("Errors", "no usable TLS 1.3 suite in \"%1\"").arg(config.ciphersuites));
    }
    // After the cipher list: a "@SECLEVEL" in a list must not override the chosen level.
    SSL_CTX_set_security_level(ctx, config.securityLevel);

    int minVersion = 0;
    if (!config.minVersion.isEmpty() && (minVersion = versionNumber(config.minVersion)) < 0) {
        return fail(error, ErrorKind::Usage, phrase("Errors", "unknown TLS version \"%1\"").arg(config.minVersion));
    }
    int maxVersion = 0;
    if (!config.maxVersion.isEmpty() && (maxVersion = versionNumber(config.maxVersion)) < 0) {
        return fail(error, ErrorKind::Usage, phrase("Errors", "unknown TLS version \"%1\"").arg(config.maxVersion));
    }
    if (SSL_CTX_set_min_proto_version(ctx, minVersion) != 1 || SSL_CTX_set_max_proto_version(ctx, maxVersion) != 1) {
        ERR_clear_error();
        return fail(error, ErrorKind::Usage,
                    phrase("Errors", "this OpenSSL cannot use the TLS version range %1 .. %2")
                        .arg(config.minVersion.isEmpty() ? phrase("Errors", "lowest") : Phrase(config.minVersion))
                        .arg(config.maxVersion.isEmpty() ? phrase("Errors", "highest") : Phrase(config.maxVersion)));
    }
    if (!config.groups.isEmpty() && SSL_CTX_set1_groups_list(ctx, config.groups.toLatin1().constData()) != 1) {
        ERR_clear_error();
        return fail(error, ErrorKind::Usage, phrase("Errors", "unknown group in \"%1\"").arg(config.groups));
    }
    if (!config.sigalgs.isEmpty() && SSL_CTX_set1_sigalgs_list(ctx, config.sigalgs.toLatin1().constData()) != 1) {
        ERR_clear_error();
        return fail(error, ErrorKind::Usage, phrase("Errors", "unknown signature algorithm in \"%1\"").arg(config.sigalgs));
    }

    // Verification is recorded, never enforced: the workbench must see bad servers through.
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    if (config.legacyServerConnect)
        SSL_CTX_set_options(ctx, SSL_OP_LEGACY_SERVER_CONNECT);
    if (!config.sessionTickets)
        SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    // The bounds on what a server may send (base/limits.h), stated rather than left to defaults.
    SSL_CTX_set_max_cert_list(ctx, long(limits::kHandshakeMessageBytes));
    SSL_CTX_set_verify_depth(ctx, limits::kChainCertificates);
    if (config.caFile.isEmpty()) {
        // The system store, read once per process and shared (X509_STORE locks itself): reading
        // the bundle (~140 certificates) for every connection cost a fleet run ~80% of its CPU.
        if (X509_STORE *system = sharedSystemStore())
            SSL_CTX_set1_cert_store(ctx, system);
    } else if (SSL_CTX_load_verify_locations(ctx, QFile::encodeName(config.caFile).constData(), nullptr) != 1) {
        return fail(error, ossl::drainErrors(phrase("Errors", "cannot load CA file %1").arg(config.caFile), ErrorKind::FileUnreadable));
    }

    if (!config.clientCertFile.isEmpty()) {
        const QByteArray certPath = QFile::encodeName(config.clientCertFile);
        const QByteArray keyPath = QFile::encodeName(config.clientKeyFile.isEmpty() ? config.clientCertFile : config.clientKeyFile);
        if (SSL_CTX_use_certificate_chain_file(ctx, certPath.constData()) != 1) {
            return fail(error, ossl::drainErrors(phrase("Errors", "cannot load client certificate %1").arg(config.clientCertFile),
                                                 ErrorKind::FileUnreadable));
        }
        if (SSL_CTX_use_PrivateKey_file(ctx, keyPath.constData(), SSL_FILETYPE_PEM) != 1) {
            Error e = ossl::drainErrors(phrase("Errors", "cannot load client key %1").arg(QString::fromLocal8Bit(keyPath)),
                                        ErrorKind::FileUnreadable);
            // OpenSSL reads the key and then finds it does not fit the certificate loaded before.
            for (const OpenSslErrorEntry &entry : std::as_const(e.openssl))
                if (ERR_GET_LIB(entry.code) == ERR_LIB_X509 && ERR_GET_REASON(entry.code) == X509_R_KEY_VALUES_MISMATCH)
                    e.kind = ErrorKind::KeyMismatch;
            return fail(error, e);
        }
        if (SSL_CTX_check_private_key(ctx) != 1) {
            ERR_clear_error();
            return fail(error, ErrorKind::KeyMismatch,
                        phrase("Errors", "the client key %1 does not belong to the client certificate %2")
                            .arg(QString::fromLocal8Bit(keyPath), config.clientCertFile));
        }
    }

    h_->ssl.reset(SSL_new(ctx));
    if (!h_->ssl) {
        return fail(error, ossl::drainErrors(phrase("Errors", "cannot create a TLS connection")));
    }
    SSL *ssl = h_->ssl.get();
    h_->rbio = BIO_new(BIO_s_mem());
    h_->wbio = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(h_->rbio, -1);
    SSL_set_bio(ssl, h_->rbio, h_->wbio);
    SSL_set_connect_state(ssl);

    // The one rule for SNI (model/targets.h): a host name is sent, an address never.
    if (const QString sni = defaultSniFor(config.sni); !sni.isEmpty())
        SSL_set_tlsext_host_name(ssl, sni.toUtf8().constData());
    // The rules of x509/hostname, so the handshake and the report agree; a name those rules
    // cannot take still goes to OpenSSL as it is, which then fails the check (never skips it).
    if (!config.verifyName.isEmpty() && !setVerifyName(SSL_get0_param(ssl), config.verifyName))
        SSL_set1_host(ssl, config.verifyName.toUtf8().constData());
    if (config.requestOcspStaple)
        SSL_set_tlsext_status_type(ssl, TLSEXT_STATUSTYPE_ocsp);
    recorder_.attach(ssl);
    return true;
}

bool TlsClient::flushOutgoing(int timeoutMs, Error *error)
{
    char buf[16384];
    for (;;) {
        const int n = BIO_read(h_->wbio, buf, sizeof buf);
        if (n <= 0)
            return true;
        if (!connection_.writeAll(QByteArray(buf, n), timeoutMs, error))
            return false;
    }
}

bool TlsClient::readIncoming(int timeoutMs, Error *error)
{
    QByteArray bytes;
    if (!connection_.readSome(&bytes, timeoutMs, error))
        return false;
    serverBytes_ += bytes.size();
    BIO_write(h_->rbio, bytes.constData(), int(bytes.size()));
    return true;
}

Error TlsClient::sslFailure(int sslError, int rc, const Phrase &during)
{
    const Error queued = ossl::drainErrors();
    QString alert;
    if (!recorder_.lastAlert().isEmpty() && recorder_.lastAlertLevel() == 2)
        alert = recorder_.lastAlert();
    if (sslError == SSL_ERROR_ZERO_RETURN)
        return makeError(ErrorKind::Closed, phrase("Errors", "the server closed the TLS connection (close_notify) %1").arg(during));
    Error e;
    if (!alert.isEmpty()) {
        const bool received = recorder_.lastAlertReceived();
        if (queued.openssl.isEmpty())
            e = makeError(ErrorKind::Tls, (received ? phrase("Errors", "the server sent a fatal %1 alert %2")
                                                    : phrase("Errors", "we sent a fatal %1 alert %2"))
                                              .arg(alert).arg(during));
        else
            e = makeError(ErrorKind::Tls, (received ? phrase("Errors", "the server sent a fatal %1 alert %2 (%3)")
                                                    : phrase("Errors", "we sent a fatal %1 alert %2 (%3)"))
                                              .arg(alert).arg(during).arg(queued.message));
    } else if (sslError == SSL_ERROR_SYSCALL && rc == 0) {
        return makeError(ErrorKind::Closed, phrase("Errors", "the server closed the connection %1").arg(during));
    } else if (!queued.openssl.isEmpty()) {
        e = makeError(ErrorKind::Io, phrase("Errors", "TLS error %1: %2").arg(during).arg(queued.message));
    } else {
        e = makeError(ErrorKind::Io, phrase("Errors", "TLS error %1 (OpenSSL error %2)").arg(during).arg(sslError));
    }
    e.openssl = queued.openssl;
    return e;
}

bool TlsClient::handshake(int timeoutMs, Error *error)
{
    QElapsedTimer timer;
    timer.start();
    ERR_clear_error();
    SSL *ssl = h_->ssl.get();
    for (;;) {
        const int rc = SSL_do_handshake(ssl);
        const int sslError = rc == 1 ? SSL_ERROR_NONE : SSL_get_error(ssl, rc);
        Error ioError;
        // Whatever OpenSSL produced (ClientHello, Finished, or an alert) goes out first.
        if (!flushOutgoing(timeoutMs, &ioError) && sslError != SSL_ERROR_SSL) {
            *error = ioError;
            return false;
        }
        if (rc == 1) {
            established_ = true;
            return true;
        }
        if (sslError == SSL_ERROR_WANT_READ) {
            const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
            if (!readIncoming(left, &ioError)) {
                if (ioError.kind == ErrorKind::Closed)
                    reword(&ioError, phrase("Errors", "the server closed the connection during the TLS handshake"));
                else if (ioError.kind == ErrorKind::Timeout)
                    reword(&ioError, phrase("Errors", "the TLS handshake timed out after %1 s").arg(timeoutMs / 1000.0));
                *error = ioError;
                return false;
            }
            continue;
        }
        if (sslError == SSL_ERROR_WANT_WRITE)
            continue;
        *error = sslFailure(sslError, rc, phrase("Errors", "during the handshake"));
        return false;
    }
}

bool TlsClient::renegotiate(int timeoutMs, Error *error)
{
    SSL *ssl = h_->ssl.get();
    if (!ssl || !established_) {
        *error = makeError(ErrorKind::Closed, phrase("Errors", "TLS is not established"));
        return false;
    }
    ERR_clear_error();
    if (SSL_renegotiate(ssl) != 1) {
        *error = sslFailure(SSL_ERROR_SSL, 0, phrase("Errors", "asking for a renegotiation"));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    char dropped[16384];
    for (;;) {
        if (timer.elapsed() > timeoutMs) {   // a server that keeps sending data but never answers
            *error = makeError(ErrorKind::Timeout, phrase("Errors", "no answer to the renegotiation within %1 s").arg(timeoutMs / 1000.0));
            return false;
        }
        int rc = SSL_do_handshake(ssl);
        int sslError = rc == 1 ? SSL_ERROR_NONE : SSL_get_error(ssl, rc);
        if (sslError == SSL_ERROR_WANT_READ) {
            // Application data (a banner on implicit TLS) may stand before the server's answer.
            const int n = SSL_read(ssl, dropped, sizeof dropped);
            if (n > 0)
                continue;
            rc = n;
            sslError = SSL_get_error(ssl, n);
        }
        Error ioError;
        if (!flushOutgoing(timeoutMs, &ioError) && sslError != SSL_ERROR_SSL) {
            *error = ioError;
            return false;
        }
        if (sslError == SSL_ERROR_NONE && !SSL_renegotiate_pending(ssl))
            return true;
        if (sslError == SSL_ERROR_NONE || sslError == SSL_ERROR_WANT_WRITE)
            continue;
        if (sslError == SSL_ERROR_WANT_READ) {
            const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
            if (!readIncoming(left, &ioError)) {
                if (ioError.kind == ErrorKind::Closed)
                    reword(&ioError, phrase("Errors", "the server closed the connection during the renegotiation"));
                else if (ioError.kind == ErrorKind::Timeout)
                    reword(&ioError, phrase("Errors", "no answer to the renegotiation within %1 s").arg(timeoutMs / 1000.0));
                *error = ioError;
                return false;
            }
            continue;
        }
        *error = sslFailure(sslError, rc, phrase("Errors", "during the renegotiation"));
        return false;
    }
}

void TlsClient::fillFacts(TlsFacts *facts) const
{
    SSL *ssl = h_->ssl.get();
    facts->attempted = true;
    facts->established = established_;
    facts->serverBytes = serverBytes_;
    facts->securityLevel = securityLevel_;
    facts->clientCertificateRequested = recorder_.certificateRequested();
    facts->clientCertificateSent = recorder_.clientSentCertificate();
    if (!recorder_.lastAlert().isEmpty() && recorder_.lastAlertLevel() == 2) {
        facts->alert = recorder_.lastAlert();
        facts->alertDirection = recorder_.lastAlertReceived() ? QStringLiteral("received") : QStringLiteral("sent");
    }
    if (!ssl)
        return;
    if (SSL_get_peer_cert_chain(ssl) || SSL_get0_peer_certificate(ssl)) {
        facts->verifyCode = SSL_get_verify_result(ssl);
        facts->verifyOk = facts->verifyCode == X509_V_OK;
        facts->verifyMessage = QString::fromUtf8(X509_verify_cert_error_string(facts->verifyCode));
    }
    if (!established_)
        return;
    facts->version = QString::fromLatin1(SSL_get_version(ssl));
    if (const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl)) {
        facts->cipher.code = quint16(SSL_CIPHER_get_protocol_id(cipher));
        facts->cipher.openssl = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
        if (const char *iana = SSL_CIPHER_standard_name(cipher))
            facts->cipher.iana = QString::fromLatin1(iana);
    }
    const int group = SSL_get_negotiated_group(ssl);
    if (group > 0) {
        if (const char *name = SSL_group_to_name(ssl, group))
            facts->group = QString::fromLatin1(name);
    }
    EVP_PKEY *tempKey = nullptr;
    if (SSL_get_peer_tmp_key(ssl, &tempKey) && tempKey) {
        facts->tempKeyType = tempKeyTypeName(tempKey);
        facts->tempKeyBits = EVP_PKEY_get_bits(tempKey);
        if (facts->group.isEmpty() && facts->tempKeyType == QLatin1String("DH"))
            facts->group = QStringLiteral("DH %1").arg(facts->tempKeyBits);
        EVP_PKEY_free(tempKey);
    }
    int nid = NID_undef;
    if (SSL_get_peer_signature_type_nid(ssl, &nid) && nid != NID_undef)
        facts->peerSignatureType = signatureTypeName(nid);
    nid = NID_undef;
    if (SSL_get_peer_signature_nid(ssl, &nid) && nid != NID_undef) {
        if (const char *sn = OBJ_nid2sn(nid))
            facts->peerSignatureDigest = QString::fromLatin1(sn).toUpper();
    }
    if (const COMP_METHOD *comp = SSL_get_current_compression(ssl)) {
        if (const char *name = SSL_COMP_get_name(comp))
            facts->compression = QString::fromLatin1(name);
    }
    facts->sessionReused = SSL_session_reused(ssl) == 1;
}

CertificateChain TlsClient::peerChain() const
{
    CertificateChain chain;
    if (!h_->ssl)
        return chain;
    // On the client side the peer chain includes the leaf at position 0, as served.
    if (STACK_OF(X509) *stack = SSL_get_peer_cert_chain(h_->ssl.get())) {
        for (int i = 0; i < sk_X509_num(stack); ++i)
            chain << Certificate::fromX509(sk_X509_value(stack, i));
    } else if (X509 *leaf = SSL_get0_peer_certificate(h_->ssl.get())) {
        chain << Certificate::fromX509(leaf);
    }
    return chain;
}

bool TlsClient::write(const QByteArray &plaintext, int timeoutMs, Error *error)
{
    if (!established_) {
        *error = makeError(ErrorKind::Closed, phrase("Errors", "TLS is not established"));
        return false;
    }
    ERR_clear_error();
    int offset = 0;
    while (offset < plaintext.size()) {
        const int rc = SSL_write(h_->ssl.get(), plaintext.constData() + offset, int(plaintext.size() - offset));
        if (rc > 0) {
            offset += rc;
            continue;
        }
        const int sslError = SSL_get_error(h_->ssl.get(), rc);
        if (sslError == SSL_ERROR_WANT_READ) {
            if (!flushOutgoing(timeoutMs, error) || !readIncoming(timeoutMs, error))
                return false;
            continue;
        }
        *error = sslFailure(sslError, rc, phrase("Errors", "while sending"));
        return false;
    }
    return flushOutgoing(timeoutMs, error);
}

bool TlsClient::drainPlaintext(QByteArray *plaintext, Error *error, bool *wantRead)
{
    char buf[16384];
    *wantRead = false;
    for (;;) {
        const int rc = SSL_read(h_->ssl.get(), buf, sizeof buf);
        if (rc > 0) {
            plaintext->append(buf, rc);
            continue;
        }
        const int sslError = SSL_get_error(h_->ssl.get(), rc);
        if (sslError == SSL_ERROR_WANT_READ) {
            *wantRead = true;
            return true;
        }
        if (sslError == SSL_ERROR_WANT_WRITE)
            continue;
        if (!plaintext->isEmpty()) {
            // Deliver what arrived first; the error shows up on the next call.
            return true;
        }
        *error = sslFailure(sslError, rc, phrase("Errors", "while reading"));
        return false;
    }
}

bool TlsClient::read(QByteArray *plaintext, int timeoutMs, Error *error)
{
    QElapsedTimer timer;
    timer.start();
    ERR_clear_error();
    for (;;) {
        bool wantRead = false;
        const int before = int(plaintext->size());
        if (!drainPlaintext(plaintext, error, &wantRead))
            return false;
        // Session tickets or key updates may need an answer.
        if (!flushOutgoing(timeoutMs, error))
            return false;
        if (plaintext->size() > before)
            return true;
        const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        if (!readIncoming(left, error))
            return false;
    }
}

bool TlsClient::pump(QByteArray *plaintext, Error *error)
{
    QByteArray bytes;
    if (!connection_.readAvailable(&bytes, error))
        return false;
    serverBytes_ += bytes.size();
    if (!bytes.isEmpty())
        BIO_write(h_->rbio, bytes.constData(), int(bytes.size()));
    bool wantRead = false;
    if (!drainPlaintext(plaintext, error, &wantRead))
        return false;
    return flushOutgoing(1000, error);
}

void TlsClient::shutdown(int timeoutMs)
{
    if (!h_->ssl || !established_)
        return;
    SSL_shutdown(h_->ssl.get());
    Error ignored;
    flushOutgoing(timeoutMs, &ignored);
    ERR_clear_error();
}

bool TlsClient::offerSession(SSL_SESSION *session)
{
    if (!h_->ssl || !session)
        return false;
    const bool ok = SSL_set_session(h_->ssl.get(), session) == 1;   // takes its own reference
    ERR_clear_error();
    return ok;
}

ossl::SslSessionPtr TlsClient::currentSession() const
{
    return ossl::SslSessionPtr(h_->ssl ? SSL_get1_session(h_->ssl.get()) : nullptr);
}

QByteArray TlsClient::ocspStaple() const
{
    if (!h_->ssl)
        return QByteArray();
    const unsigned char *der = nullptr;
    const long len = SSL_get_tlsext_status_ocsp_resp(h_->ssl.get(), &der);
    if (len <= 0 || !der)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(der), int(len));
}

bool TlsClient::writeEarlyData(const QByteArray &plaintext, int timeoutMs, Error *error)
{
    SSL *ssl = h_->ssl.get();
    if (!ssl) {
        *error = makeError(ErrorKind::Usage, phrase("Errors", "TLS is not configured"));
        return false;
    }
    ERR_clear_error();
    size_t written = 0;
    const int rc = SSL_write_early_data(ssl, plaintext.constData(), size_t(plaintext.size()), &written);
    Error ioError;
    if (!flushOutgoing(timeoutMs, &ioError)) {
        *error = ioError;
        return false;
    }
    if (rc == 1)
        return true;
    const int sslError = SSL_get_error(ssl, rc);
    if (sslError == SSL_ERROR_WANT_READ || sslError == SSL_ERROR_WANT_WRITE)
        return true;   // the ClientHello is out; handshake() goes on from here
    *error = sslFailure(sslError, rc, phrase("Errors", "sending early data"));
    return false;
}

QString TlsClient::earlyDataStatus() const
{
    if (!h_->ssl)
        return QStringLiteral("not_sent");
    switch (SSL_get_early_data_status(h_->ssl.get())) {
    case SSL_EARLY_DATA_ACCEPTED: return QStringLiteral("accepted");
    case SSL_EARLY_DATA_REJECTED: return QStringLiteral("rejected");
    default: return QStringLiteral("not_sent");
    }
}

bool TlsClient::serverSpokeTls() const
{
    if (recorder_.lastAlertReceived())
        return true;
    const auto &messages = recorder_.messages();
    return std::any_of(messages.cbegin(), messages.cend(),
                       [](const HandshakeMessage &m) { return m.dir == QLatin1String("S"); });
}

} // namespace mailtls::core
