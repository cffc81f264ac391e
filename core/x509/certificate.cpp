#include "x509/certificate.h"

#include "ossl/error.h"
#include "ossl/handles.h"
#include "x509/bio_output.h"
#include "x509/general_names.h"

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace mailtls::core {

namespace {

QString asn1StringToUtf8(const ASN1_STRING *str)
{
    if (!str)
        return QString();
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, str);
    if (len < 0) {
        ossl::drainErrors();
        return QString();
    }
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return result;
}

QDateTime asn1TimeToUtc(const ASN1_TIME *time)
{
    if (!time)
        return QDateTime();
    struct tm tm = {};
    if (ASN1_TIME_to_tm(time, &tm) != 1) {
        ossl::drainErrors();
        return QDateTime();
    }
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    const QTime clock(tm.tm_hour, tm.tm_min, tm.tm_sec);
    return QDateTime(date, clock, Qt::UTC);
}

QString hash32ToHex(unsigned long hash)
{
    return QStringLiteral("%1").arg(qulonglong(hash & 0xffffffffUL), 8, 16, QLatin1Char('0'));
}

bool signatureVerifiesWith(X509 *subject, X509 *issuer)
{
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer);
    if (!issuerKey) {
        ossl::drainErrors();
        return false;
    }
    const bool ok = X509_verify(subject, issuerKey) == 1;
    ossl::drainErrors();
    return ok;
}

} // namespace

Certificate Certificate::fromX509(X509 *x509)
{
    Certificate cert;
    if (!x509)
        return cert;
    X509_up_ref(x509);
    cert.x509_ = std::shared_ptr<X509>(x509, X509_free);
    return cert;
}

Certificate Certificate::fromDer(const QByteArray &der)
{
    Certificate cert;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &p, long(der.size()));
    if (!x509) {
        ossl::drainErrors();
        return cert;
    }
    cert.x509_ = std::shared_ptr<X509>(x509, X509_free);
    return cert;
}

QList<Certificate> Certificate::listFromPem(const QByteArray &pem)
{
    QList<Certificate> result;
    if (pem.isEmpty())
        return result;
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio) {
        ossl::drainErrors();
        return result;
    }
    // A damaged block is skipped; reading stops when no further "-----BEGIN" line is found.
    // The bound guards against a reader that fails without consuming input.
    for (int attempts = 0; attempts <= pem.size(); ++attempts) {
        X509 *x509 = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (x509) {
            Certificate cert;
            cert.x509_ = std::shared_ptr<X509>(x509, X509_free);
            result << cert;
            continue;
        }
        const unsigned long err = ERR_peek_last_error();
        ossl::drainErrors();
        if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE)
            break;
        if (BIO_eof(bio.get()) || err == 0)
            break;
    }
    ossl::drainErrors();
    return result;
}

QString Certificate::subject() const
{
    return x509_ ? distinguishedNameText(X509_get_subject_name(x509_.get())) : QString();
}

QString Certificate::issuer() const
{
    return x509_ ? distinguishedNameText(X509_get_issuer_name(x509_.get())) : QString();
}

QString Certificate::commonName() const
{
    const QStringList names = commonNames();
    return names.isEmpty() ? QString() : names.last();
}

QStringList Certificate::commonNames() const
{
    QStringList names;
    if (!x509_)
        return names;
    const X509_NAME *name = X509_get_subject_name(x509_.get());
    for (int i = X509_NAME_get_index_by_NID(name, NID_commonName, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(name, NID_commonName, i))
        names << asn1StringToUtf8(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
    return names;
}

QString Certificate::serialHex() const
{
    if (!x509_)
        return QString();
    const ASN1_INTEGER *serial = X509_get0_serialNumber(x509_.get());
    if (!serial)
        return QString();
    const QByteArray bytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(serial)),
                           ASN1_STRING_length(serial));
    QString hex = bytes.isEmpty() ? QStringLiteral("00") : QString::fromLatin1(bytes.toHex().toUpper());
    if (ASN1_STRING_type(serial) == V_ASN1_NEG_INTEGER)
        hex.prepend(QLatin1Char('-'));
    return hex;
}

QDateTime Certificate::notBefore() const
{
    return x509_ ? asn1TimeToUtc(X509_get0_notBefore(x509_.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return x509_ ? asn1TimeToUtc(X509_get0_notAfter(x509_.get())) : QDateTime();
}

KeyInfo Certificate::key() const
{
    if (!x509_)
        return KeyInfo();
    EVP_PKEY *pkey = X509_get0_pubkey(x509_.get());
    if (!pkey) {
        ossl::drainErrors();
        return KeyInfo();
    }
    return keyInfoOf(pkey);
}

QString Certificate::signatureAlgorithm() const
{
    if (!x509_)
        return QString();
    const int nid = X509_get_signature_nid(x509_.get());
    if (nid == NID_undef) {
        const X509_ALGOR *alg = nullptr;
        X509_get0_signature(nullptr, &alg, x509_.get());
        if (!alg)
            return QString();
        const ASN1_OBJECT *oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, alg);
        char buf[128] = {};
        OBJ_obj2txt(buf, sizeof buf, oid, 1);
        return QString::fromLatin1(buf);
    }
    return QString::fromLatin1(OBJ_nid2ln(nid));
}

QString Certificate::signatureDigest() const
{
    if (!x509_)
        return QString();
    int mdNid = NID_undef;
    // X509_get_signature_info also sees through RSA-PSS parameters.
    if (X509_get_signature_info(x509_.get(), &mdNid, nullptr, nullptr, nullptr) != 1) {
        ossl::drainErrors();
        mdNid = NID_undef;
        if (OBJ_find_sigid_algs(X509_get_signature_nid(x509_.get()), &mdNid, nullptr) != 1)
            mdNid = NID_undef;
    }
    ossl::drainErrors();
    if (mdNid == NID_undef)
        return QString();
    const char *sn = OBJ_nid2sn(mdNid);
    return sn ? QString::fromLatin1(sn).toUpper() : QString();
}

QStringList Certificate::subjectAltNames() const
{
    QStringList names;
    for (const GeneralName &name : subjectAltNamesOf(x509_.get()))
        names << name.toString();
    return names;
}

QStringList Certificate::dnsNames() const
{
    QStringList names;
    const QString prefix = QStringLiteral("DNS:");
    for (const QString &san : subjectAltNames()) {
        if (san.startsWith(prefix))
            names << san.mid(prefix.size());
    }
    return names;
}

QString Certificate::sha256Fingerprint() const
{
    if (!x509_)
        return QString();
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(x509_.get(), EVP_sha256(), md, &len) != 1) {
        ossl::drainErrors();
        return QString();
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex(':').toUpper());
}

QString Certificate::subjectHash() const
{
    if (!x509_)
        return QString();
    return hash32ToHex(X509_subject_name_hash(x509_.get()));
}

QString Certificate::issuerHash() const
{
    if (!x509_)
        return QString();
    return hash32ToHex(X509_issuer_name_hash(x509_.get()));
}

bool Certificate::isSelfSigned() const
{
    if (!x509_)
        return false;
    X509 *x = x509_.get();
    if (X509_NAME_cmp(X509_get_subject_name(x), X509_get_issuer_name(x)) != 0)
        return false;
    // X509_self_signed rather than X509_check_issued(x, x): the latter also demands the
    // keyCertSign usage, which many self-signed server certificates rightly lack.
    const bool selfSigned = X509_self_signed(x, 1) == 1;
    ossl::drainErrors();
    return selfSigned;
}

bool Certificate::isCa() const
{
    if (!x509_)
        return false;
    const uint32_t flags = X509_get_extension_flags(x509_.get());
    ossl::drainErrors();
    return (flags & EXFLAG_CA) != 0;
}

int Certificate::version() const
{
    return x509_ ? int(X509_get_version(x509_.get())) + 1 : 0;
}

QByteArray Certificate::toDer() const
{
    if (!x509_)
        return QByteArray();
    const int len = i2d_X509(x509_.get(), nullptr);
    if (len <= 0) {
        ossl::drainErrors();
        return QByteArray();
    }
    QByteArray der(len, Qt::Uninitialized);
    unsigned char *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(x509_.get(), &p);
    return der;
}

QByteArray Certificate::toPem() const
{
    return x509_ ? bioOutput([this](BIO *bio) { return PEM_write_bio_X509(bio, x509_.get()) == 1; }) : QByteArray();
}

bool Certificate::isIssuedBy(const Certificate &issuerCandidate) const
{
    if (!x509_ || !issuerCandidate.x509_)
        return false;
    if (X509_NAME_cmp(X509_get_issuer_name(x509_.get()),
                      X509_get_subject_name(issuerCandidate.x509_.get())) != 0)
        return false;
    return signatureVerifiesWith(x509_.get(), issuerCandidate.x509_.get());
}

QString Certificate::toText() const
{
    if (!x509_)
        return QString();
    const unsigned long nameFlags = XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB;
    // What was printed before a failure is still worth showing.
    return QString::fromUtf8(bioOutput([&](BIO *bio) {
        X509_print_ex(bio, x509_.get(), nameFlags, 0);
        return true;
    }));
}

bool Certificate::operator==(const Certificate &other) const
{
    if (x509_ == other.x509_)
        return true;
    if (!x509_ || !other.x509_)
        return false;
    return toDer() == other.toDer();
}

namespace {

// Owners for the decoded extension structures (local: only this file decodes them).
struct ExtFree {
    void operator()(BASIC_CONSTRAINTS *p) const noexcept { BASIC_CONSTRAINTS_free(p); }
    void operator()(EXTENDED_KEY_USAGE *p) const noexcept { EXTENDED_KEY_USAGE_free(p); }
    void operator()(AUTHORITY_INFO_ACCESS *p) const noexcept { AUTHORITY_INFO_ACCESS_free(p); }
    void operator()(CRL_DIST_POINTS *p) const noexcept { CRL_DIST_POINTS_free(p); }
};

template <typename T>
std::unique_ptr<T, ExtFree> decodeExtension(X509 *x509, int nid, int *critical = nullptr)
{
    int crit = -1;
    T *decoded = static_cast<T *>(X509_get_ext_d2i(x509, nid, &crit, nullptr));
    ossl::drainErrors();
    if (critical)
        *critical = crit;
    return std::unique_ptr<T, ExtFree>(decoded);
}

QString octetsToHex(const ASN1_OCTET_STRING *octets)
{
    if (!octets)
        return QString();
    const QByteArray bytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(octets)),
                           ASN1_STRING_length(octets));
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

QString objectName(const ASN1_OBJECT *object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef) {
        if (const char *sn = OBJ_nid2sn(nid))
            return QString::fromLatin1(sn);
    }
    char buf[128] = {};
    OBJ_obj2txt(buf, sizeof buf, object, 1);
    return QString::fromLatin1(buf);
}

// A URI as it is (the usual case), any other kind of name with its type.
QString locationText(const GENERAL_NAME *location)
{
    const GeneralName name = decodeGeneralName(location);
    return name.type == GeneralName::Type::Uri ? name.value : name.toString();
}

QStringList accessLocations(X509 *x509, int methodNid)
{
    QStringList urls;
    const auto aia = decodeExtension<AUTHORITY_INFO_ACCESS>(x509, NID_info_access);
    if (!aia)
        return urls;
    for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(aia.get()); ++i) {
        const ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia.get(), i);
        if (!ad || !ad->method || !ad->location || OBJ_obj2nid(ad->method) != methodNid)
            continue;
        urls << locationText(ad->location);
    }
    return urls;
}

} // namespace

BasicConstraints Certificate::basicConstraints() const
{
    BasicConstraints bc;
    if (!x509_)
        return bc;
    int critical = -1;
    const auto decoded = decodeExtension<BASIC_CONSTRAINTS>(x509_.get(), NID_basic_constraints, &critical);
    if (!decoded)
        return bc;
    bc.present = true;
    bc.critical = critical == 1;
    bc.ca = decoded->ca != 0;
    if (decoded->pathlen) {
        const long length = ASN1_INTEGER_get(decoded->pathlen);
        ossl::drainErrors();
        bc.pathLength = length >= 0 && length < 1000000 ? int(length) : -1;
    }
    return bc;
}

QStringList Certificate::keyUsage() const
{
    QStringList names;
    if (!x509_)
        return names;
    const uint32_t flags = X509_get_extension_flags(x509_.get());
    ossl::drainErrors();
    if (!(flags & EXFLAG_KUSAGE))
        return names;
    const uint32_t usage = X509_get_key_usage(x509_.get());
    static const struct {
        uint32_t bit;
        const char *name;
    } kBits[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},   {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},         {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},                   {KU_ENCIPHER_ONLY, "encipherOnly"},
        {KU_DECIPHER_ONLY, "decipherOnly"},
    };
    for (const auto &entry : kBits) {
        if (usage & entry.bit)
            names << QString::fromLatin1(entry.name);
    }
    return names;
}

bool Certificate::keyUsageCritical() const
{
    if (!x509_)
        return false;
    const int index = X509_get_ext_by_NID(x509_.get(), NID_key_usage, -1);
    if (index < 0)
        return false;
    return X509_EXTENSION_get_critical(X509_get_ext(x509_.get(), index)) == 1;
}

QStringList Certificate::extendedKeyUsage() const
{
    QStringList names;
    if (!x509_)
        return names;
    const auto eku = decodeExtension<EXTENDED_KEY_USAGE>(x509_.get(), NID_ext_key_usage);
    if (!eku)
        return names;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i)
        names << objectName(sk_ASN1_OBJECT_value(eku.get(), i));
    return names;
}

QStringList Certificate::ocspUrls() const
{
    return x509_ ? accessLocations(x509_.get(), NID_ad_OCSP) : QStringList();
}

QStringList Certificate::caIssuerUrls() const
{
    return x509_ ? accessLocations(x509_.get(), NID_ad_ca_issuers) : QStringList();
}

QStringList Certificate::crlDistributionPoints() const
{
    QStringList points;
    if (!x509_)
        return points;
    const auto dps = decodeExtension<CRL_DIST_POINTS>(x509_.get(), NID_crl_distribution_points);
    if (!dps)
        return points;
    for (int i = 0; i < sk_DIST_POINT_num(dps.get()); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(dps.get(), i);
        if (!dp || !dp->distpoint)
            continue;
        if (dp->distpoint->type == 0) {
            const GENERAL_NAMES *names = dp->distpoint->name.fullname;
            for (int j = 0; names && j < sk_GENERAL_NAME_num(names); ++j) {
                points << locationText(sk_GENERAL_NAME_value(names, j));
            }
        } else {
            points << QStringLiteral("(name relative to the CRL issuer)");
        }
    }
    return points;
}

QString Certificate::subjectKeyIdentifier() const
{
    return x509_ ? octetsToHex(X509_get0_subject_key_id(x509_.get())) : QString();
}

QString Certificate::authorityKeyIdentifier() const
{
    return x509_ ? octetsToHex(X509_get0_authority_key_id(x509_.get())) : QString();
}

QList<CertificateExtension> Certificate::extensions() const
{
    QList<CertificateExtension> list;
    if (!x509_)
        return list;
    const int count = X509_get_ext_count(x509_.get());
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION *ext = X509_get_ext(x509_.get(), i);
        if (!ext)
            continue;
        CertificateExtension e;
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(ext);
        char oid[128] = {};
        OBJ_obj2txt(oid, sizeof oid, object, 1);
        e.oid = QString::fromLatin1(oid);
        const int nid = OBJ_obj2nid(object);
        const char *longName = nid != NID_undef ? OBJ_nid2ln(nid) : nullptr;
        e.name = longName ? QString::fromLatin1(longName) : e.oid;
        e.critical = X509_EXTENSION_get_critical(ext) == 1;
        e.value = QString::fromUtf8(bioOutput([ext](BIO *bio) { return X509V3_EXT_print(bio, ext, 0, 0) == 1; })).trimmed();
        list << e;
    }
    return list;
}

QString Certificate::publicKeySha256() const
{
    if (!x509_)
        return QString();
    // The SubjectPublicKeyInfo exactly as the certificate carries it.
    unsigned char *der = nullptr;
    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509_.get()), &der);
    const QByteArray spki = len > 0 && der ? QByteArray(reinterpret_cast<const char *>(der), len) : QByteArray();
    OPENSSL_free(der);
    ossl::drainErrors();
    return subjectPublicKeyInfoSha256(spki);
}

} // namespace mailtls::core
