#include "pki/pkcs12_bundle.h"

#include "ossl/error.h"
#include "ossl/handles.h"

#include <openssl/pkcs12.h>

namespace mailtls::core {

namespace {
using Pkcs12Ptr = std::unique_ptr<PKCS12, ossl::Deleter<PKCS12, PKCS12_free>>;
constexpr int kIterations = 2048;
} // namespace

QByteArray Pkcs12Bundle::create(const Certificate &certificate, const PrivateKey &key, const CertificateChain &chain,
                                const QByteArray &passphrase, const QString &friendlyName, Error *error)
{
    if (certificate.isNull() || key.isNull()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "a PKCS#12 bundle needs a certificate and its key"));
        return QByteArray();
    }
    if (passphrase.isEmpty()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "a PKCS#12 bundle needs a passphrase"));
        return QByteArray();
    }
    if (!key.matches(certificate)) {
        fail(error, ErrorKind::KeyMismatch,
             phrase("Errors", "the key does not belong to the certificate (%1)").arg(certificate.subject()));
        return QByteArray();
    }
    ossl::X509StackPtr extra(sk_X509_new_null());
    for (const Certificate &c : chain) {
        if (c.isNull() || c == certificate)
            continue;
        if (!extra || X509_up_ref(c.handle()) != 1 || sk_X509_push(extra.get(), c.handle()) == 0) {
            fail(error, ossl::drainErrors(phrase("Errors", "collecting the chain")));
            return QByteArray();
        }
    }
    const QByteArray name = (friendlyName.isEmpty() ? certificate.commonName() : friendlyName).toUtf8();
    // mac_iter -1: no MAC here; set explicitly below with SHA-256.
    Pkcs12Ptr p12(PKCS12_create(passphrase.constData(), name.isEmpty() ? nullptr : name.constData(), key.handle(),
                                certificate.handle(), extra.get(), NID_aes_256_cbc, NID_aes_256_cbc, kIterations, -1, 0));
    if (!p12 || PKCS12_set_mac(p12.get(), passphrase.constData(), int(passphrase.size()), nullptr, 0, kIterations, EVP_sha256()) != 1) {
        fail(error, ossl::drainErrors(phrase("Errors", "building the PKCS#12 bundle")));
        return QByteArray();
    }
    unsigned char *der = nullptr;
    const int len = i2d_PKCS12(p12.get(), &der);
    if (len <= 0) {
        fail(error, ossl::drainErrors(phrase("Errors", "encoding the PKCS#12 bundle")));
        return QByteArray();
    }
    const QByteArray bytes(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return bytes;
}

} // namespace mailtls::core
