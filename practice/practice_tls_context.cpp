#include "practice/practice_tls_context.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/ssl.h>

#include "ossl/error.h"

namespace mailtls::core {

namespace {

using Id = PracticePersonalityId;

// ECDHE with AES-GCM and ChaCha20 for both key types, as current guides recommend.
const char *const kModernCiphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                   "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                   "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
// What a TLS 1.0 server of its time negotiated with current clients: CBC suites with SHA-1.
const char *const kLegacyCiphers = "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA";
const char *const kEcdsaCiphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                                  "ECDHE-ECDSA-CHACHA20-POLY1305";
const char *const kDheCiphers = "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
                                "DHE-RSA-AES128-SHA:DHE-RSA-AES256-SHA";

bool fail(QString *error, const QString &context)
{
    if (error)
        *error = ossl::drainErrors(context).message;
    return false;
}

// The 1024-bit MODP prime of RFC 2409 ("Oakley group 2"), generator 2: the prime countless
// servers shipped with and the one Logjam showed to be precomputable.
ossl::EvpPkeyPtr oakleyGroup2()
{
    std::unique_ptr<BIGNUM, ossl::Deleter<BIGNUM, BN_free>> p(BN_get_rfc2409_prime_1024(nullptr));
    std::unique_ptr<BIGNUM, ossl::Deleter<BIGNUM, BN_free>> g(BN_new());
    if (!p || !g || BN_set_word(g.get(), 2) != 1)
        return nullptr;
    std::unique_ptr<OSSL_PARAM_BLD, ossl::Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>> build(OSSL_PARAM_BLD_new());
    if (!build || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_FFC_P, p.get()) != 1
        || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_FFC_G, g.get()) != 1)
        return nullptr;
    std::unique_ptr<OSSL_PARAM, ossl::Deleter<OSSL_PARAM, OSSL_PARAM_free>> params(OSSL_PARAM_BLD_to_param(build.get()));
    ossl::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_KEY_PARAMETERS, params.get()) != 1)
        return nullptr;
    return ossl::EvpPkeyPtr(pkey);
}

bool useIdentity(SSL_CTX *ctx, const PracticeIdentity &identity, QString *error)
{
    ossl::X509StackPtr chain(sk_X509_new_null());
    if (!chain)
        return fail(error, QStringLiteral("practice server: chain"));
    for (const Certificate &cert : identity.chain) {
        X509_up_ref(cert.handle());
        sk_X509_push(chain.get(), cert.handle());
    }
    // One call per key type: OpenSSL keeps an RSA and an ECDSA certificate side by side, each
    // with its own chain, and picks per handshake.
    if (SSL_CTX_use_cert_and_key(ctx, identity.certificate.handle(), identity.key.handle(), chain.get(), 1) != 1)
        return fail(error, QStringLiteral("practice server: loading the %1 certificate").arg(identity.key.info().type));
    return true;
}

} // namespace

PracticeTlsProfile practiceTlsProfile(const PracticePersonality &personality)
{
    PracticeTlsProfile p;
    p.minVersion = QStringLiteral("TLSv1.2");
    p.maxVersion = QStringLiteral("TLSv1.3");
    p.keyTypes = {QStringLiteral("RSA")};
    p.cipherList = QString::fromLatin1(kModernCiphers);
    switch (personality.id) {
    case Id::Modern:
        p.keyTypes = {QStringLiteral("RSA"), QStringLiteral("ECDSA")};
        p.securityLevel = 2;
        break;
    case Id::LegacyTls10:
        p.minVersion = p.maxVersion = QStringLiteral("TLSv1");
        p.cipherList = QString::fromLatin1(kLegacyCiphers);
        p.securityLevel = 0;   // TLS 1.0 signs with MD5+SHA-1, which level 1 and up refuse
        break;
    case Id::EcdsaOnly:
        p.keyTypes = {QStringLiteral("ECDSA")};
        p.cipherList = QString::fromLatin1(kEcdsaCiphers);
        break;
    case Id::WeakDh:
        p.maxVersion = QStringLiteral("TLSv1.2");   // TLS 1.3 has no finite-field DHE with custom primes
        p.cipherList = QString::fromLatin1(kDheCiphers);
        p.dhPrimeBits = 1024;
        p.securityLevel = 0;
        break;
    default:
        break;
    }
    return p;
}

ossl::SslCtxPtr makePracticeTlsContext(const PracticePersonality &personality, const PracticePki &pki, QString *error)
{
    const PracticeTlsProfile profile = practiceTlsProfile(personality);
    ossl::drainErrors();
    ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_server_method()));
    if (!ctx) {
        fail(error, QStringLiteral("practice server: SSL_CTX_new"));
        return nullptr;
    }
    const auto version = [](const QString &name) {
        return name == QLatin1String("TLSv1") ? TLS1_VERSION
             : name == QLatin1String("TLSv1.2") ? TLS1_2_VERSION
                                                : TLS1_3_VERSION;
    };
    // Set explicitly: the system openssl.cnf (Debian: MinProtocol TLSv1.2, SECLEVEL=2) would
    // otherwise decide what the legacy personalities can do.
    SSL_CTX_set_security_level(ctx.get(), profile.securityLevel);
    if (SSL_CTX_set_min_proto_version(ctx.get(), version(profile.minVersion)) != 1
        || SSL_CTX_set_max_proto_version(ctx.get(), version(profile.maxVersion)) != 1) {
        fail(error, QStringLiteral("practice server: protocol versions"));
        return nullptr;
    }
    if (SSL_CTX_set_cipher_list(ctx.get(), profile.cipherList.toLatin1().constData()) != 1) {
        fail(error, QStringLiteral("practice server: cipher list %1").arg(profile.cipherList));
        return nullptr;
    }
    SSL_CTX_set_options(ctx.get(), SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
    // Needed once a client certificate is verified and a session resumed; harmless otherwise.
    static const unsigned char sessionContext[] = "mailtls-practice";
    SSL_CTX_set_session_id_context(ctx.get(), sessionContext, sizeof sessionContext - 1);

    switch (personality.id) {
    case Id::Modern:
        if (!useIdentity(ctx.get(), pki.rsaLeaf(), error) || !useIdentity(ctx.get(), pki.ecdsaLeaf(), error))
            return nullptr;
        break;
    case Id::EcdsaOnly:
        if (!useIdentity(ctx.get(), pki.ecdsaLeaf(), error))
            return nullptr;
        break;
    case Id::SelfSigned:
        if (!useIdentity(ctx.get(), pki.selfSignedLeaf(), error))
            return nullptr;
        break;
    case Id::MisorderedChain:
        if (!useIdentity(ctx.get(), pki.misorderedLeaf(), error))
            return nullptr;
        break;
    case Id::Expired:
        if (!useIdentity(ctx.get(), pki.expiredLeaf(), error))
            return nullptr;
        break;
    default:
        if (!useIdentity(ctx.get(), pki.rsaLeaf(), error))
            return nullptr;
        break;
    }

    if (profile.dhPrimeBits > 0) {
        ossl::EvpPkeyPtr dh = oakleyGroup2();
        if (!dh || SSL_CTX_set0_tmp_dh_pkey(ctx.get(), dh.get()) != 1) {
            fail(error, QStringLiteral("practice server: DH parameters"));
            return nullptr;
        }
        (void)dh.release();   // the context owns it now
    }

    if (personality.requiresClientCertificate) {
        X509_STORE *store = SSL_CTX_get_cert_store(ctx.get());
        if (X509_STORE_add_cert(store, pki.root().handle()) != 1
            || X509_STORE_add_cert(store, pki.intermediate().handle()) != 1) {
            fail(error, QStringLiteral("practice server: client CA"));
            return nullptr;
        }
        STACK_OF(X509_NAME) *names = sk_X509_NAME_new_null();
        if (names) {
            sk_X509_NAME_push(names, X509_NAME_dup(X509_get_subject_name(pki.root().handle())));
            SSL_CTX_set_client_CA_list(ctx.get(), names);
        }
        SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
    }
    ossl::drainErrors();
    return ctx;
}

} // namespace mailtls::core
