#include "pki/certificate_factory.h"

#include "ossl/error.h"
#include "ossl/handles.h"

#include <openssl/bn.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace mailtls::core {

namespace {

using BignumPtr = std::unique_ptr<BIGNUM, ossl::Deleter<BIGNUM, BN_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, ossl::Deleter<X509_NAME, X509_NAME_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, ossl::Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

// One extension from OpenSSL's config syntax ("critical,CA:FALSE"), added to `cert`.
bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value, Error *error)
{
    ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    if (!ext || X509_add_ext(cert, ext.get(), -1) != 1)
        return fail(error, ossl::drainErrors(phrase("Errors", "adding %1 = %2").arg(QLatin1String(OBJ_nid2sn(nid))).arg(QLatin1String(value))));
    return true;
}

bool setDates(X509 *cert, const CertificateSpec &spec)
{
    QDateTime from = spec.notBefore.isValid() ? spec.notBefore.toUTC()
                                              : QDateTime::currentDateTimeUtc().addSecs(-60);
    QDateTime until = spec.notAfter.isValid() ? spec.notAfter.toUTC() : from.addDays(spec.days);
    return ASN1_TIME_set(X509_getm_notBefore(cert), time_t(from.toSecsSinceEpoch())) != nullptr
        && ASN1_TIME_set(X509_getm_notAfter(cert), time_t(until.toSecsSinceEpoch())) != nullptr;
}

// Everything but issuer-dependent parts and the signature.
Certificate build(EVP_PKEY *subjectKey, const CertificateSpec &spec, X509 *issuerCert, const PrivateKey &signingKey,
                  const QByteArray &serial, Error *error)
{
    if (!CertificateFactory::validate(spec, error))
        return Certificate();
    if (!subjectKey || signingKey.isNull()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "no key to certify or to sign with"));
        return Certificate();
    }
    ossl::X509Ptr cert(X509_new());
    X509NamePtr subject(spec.subject.toX509Name());
    BignumPtr serialBn(BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()), int(serial.size()), nullptr));
    if (!cert || !subject || !serialBn || X509_set_version(cert.get(), X509_VERSION_3) != 1
        || !BN_to_ASN1_INTEGER(serialBn.get(), X509_get_serialNumber(cert.get()))
        || X509_set_subject_name(cert.get(), subject.get()) != 1
        || X509_set_issuer_name(cert.get(), issuerCert ? X509_get_subject_name(issuerCert) : subject.get()) != 1
        || X509_set_pubkey(cert.get(), subjectKey) != 1 || !setDates(cert.get(), spec)) {
        fail(error, ossl::drainErrors(phrase("Errors", "building the certificate")));
        return Certificate();
    }

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuerCert ? issuerCert : cert.get(), cert.get(), nullptr, nullptr, 0);
    const bool ca = spec.usage == CertificateUsage::Ca;
    const QByteArray basic = ca ? (spec.pathLength >= 0 ? QByteArray("critical,CA:TRUE,pathlen:") + QByteArray::number(spec.pathLength)
                                                        : QByteArray("critical,CA:TRUE"))
                                : QByteArray("critical,CA:FALSE");
    const bool rsa = EVP_PKEY_get_base_id(subjectKey) == EVP_PKEY_RSA;
    const char *keyUsage = ca ? "critical,digitalSignature,keyCertSign,cRLSign"
                              : rsa ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature";
    const char *eku = nullptr;
    switch (spec.usage) {
    case CertificateUsage::Server: eku = "serverAuth"; break;
    case CertificateUsage::Client: eku = "clientAuth"; break;
    case CertificateUsage::ServerAndClient: eku = "serverAuth,clientAuth"; break;
    case CertificateUsage::Ca: break;
    }
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, basic.constData(), error)
        || !addExtension(cert.get(), &ctx, NID_key_usage, keyUsage, error)
        || (eku && !addExtension(cert.get(), &ctx, NID_ext_key_usage, eku, error))
        || !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash", error)
        || !addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always", error))
        return Certificate();
    if (!spec.altNames.isEmpty()) {
        ossl::GeneralNamesPtr names(spec.altNames.toGeneralNames());
        if (!names || X509_add1_ext_i2d(cert.get(), NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1) {
            fail(error, ossl::drainErrors(phrase("Errors", "adding subjectAltName")));
            return Certificate();
        }
    }
    const EVP_MD *md = signingKey.signsWithoutDigest() ? nullptr : EVP_sha256();
    if (X509_sign(cert.get(), signingKey.handle(), md) <= 0) {
        fail(error, ossl::drainErrors(phrase("Errors", "signing the certificate")));
        return Certificate();
    }
    return Certificate::fromX509(cert.get());
}

} // namespace

bool certificateUsageFromName(const QString &name, CertificateUsage *usage)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("server"))
        *usage = CertificateUsage::Server;
    else if (n == QLatin1String("client"))
        *usage = CertificateUsage::Client;
    else if (n == QLatin1String("both"))
        *usage = CertificateUsage::ServerAndClient;
    else if (n == QLatin1String("ca"))
        *usage = CertificateUsage::Ca;
    else
        return false;
    return true;
}

QString certificateUsageName(CertificateUsage usage)
{
    switch (usage) {
    case CertificateUsage::Server: return QStringLiteral("server");
    case CertificateUsage::Client: return QStringLiteral("client");
    case CertificateUsage::ServerAndClient: return QStringLiteral("both");
    case CertificateUsage::Ca: return QStringLiteral("ca");
    }
    return QString();
}

bool CertificateFactory::validate(const CertificateSpec &spec, Error *error)
{
    const bool needsSan = spec.usage == CertificateUsage::Server || spec.usage == CertificateUsage::ServerAndClient;
    if (needsSan && spec.altNames.isEmpty())
        return fail(error, ErrorKind::Usage,
                    phrase("Errors", "a server certificate needs at least one subjectAltName, e.g. "
                                     "--san DNS:mail.example.org (mail clients ignore the CN)"));
    if (spec.subject.isEmpty() && spec.altNames.isEmpty())
        return fail(error, ErrorKind::Usage, phrase("Errors", "the certificate needs a subject (--cn)"));
    if (spec.usage == CertificateUsage::Ca && spec.subject.isEmpty())
        return fail(error, ErrorKind::Usage, phrase("Errors", "a CA certificate needs a subject (--cn)"));
    if (!spec.notAfter.isValid() && (spec.days < 1 || spec.days > 36500))
        return fail(error, ErrorKind::Usage,
                    phrase("Errors", "validity of %1 days is out of range (1 to 36500)").arg(spec.days));
    if (spec.notAfter.isValid()) {
        const QDateTime from = spec.notBefore.isValid() ? spec.notBefore : QDateTime::currentDateTimeUtc();
        if (spec.notAfter <= from)
            return fail(error, ErrorKind::Usage,
                        phrase("Errors", "not-after (%1) is not later than not-before (%2)")
                            .arg(spec.notAfter.toUTC().toString(Qt::ISODate), from.toUTC().toString(Qt::ISODate)));
    }
    return true;
}

QByteArray CertificateFactory::randomSerial()
{
    QByteArray serial(16, '\0');
    do {
        if (RAND_bytes(reinterpret_cast<unsigned char *>(serial.data()), int(serial.size())) != 1)
            ossl::drainErrors();
        serial[0] = char(serial.at(0) & 0x7f);
        // A leading 0x00 octet would shorten the number; keep it a full 127-bit value at least.
        if (serial.at(0) == 0)
            serial[0] = 0x01;
    } while (serial.count('\0') == serial.size());
    return serial;
}

Certificate CertificateFactory::selfSigned(const PrivateKey &key, const CertificateSpec &spec, Error *error)
{
    return build(key.handle(), spec, nullptr, key, randomSerial(), error);
}

Certificate CertificateFactory::issue(EVP_PKEY *subjectKey, const CertificateSpec &spec, const Certificate &issuer,
                                      const PrivateKey &issuerKey, const QByteArray &serial, Error *error)
{
    if (issuer.isNull()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "no issuer certificate"));
        return Certificate();
    }
    if (!issuerKey.matches(issuer)) {
        fail(error, ErrorKind::KeyMismatch, phrase("Errors", "the CA key does not belong to the CA certificate"));
        return Certificate();
    }
    if (serial.isEmpty()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "no serial number"));
        return Certificate();
    }
    return build(subjectKey, spec, issuer.handle(), issuerKey, serial, error);
}

} // namespace mailtls::core
