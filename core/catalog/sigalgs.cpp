#include "catalog/sigalgs.h"

#include <QList>
#include <QPair>

namespace mailtls::core {

namespace {

struct SigalgEntry {
    const char *name;
    quint16 code;
    const char *certType;
};

// TLS SignatureScheme code points with the names OpenSSL's sigalgs lists take.
constexpr SigalgEntry kSigalgs[] = {
    {"rsa_pkcs1_sha256", 0x0401, "RSA"},         {"rsa_pkcs1_sha384", 0x0501, "RSA"},
    {"rsa_pkcs1_sha512", 0x0601, "RSA"},         {"rsa_pkcs1_sha1", 0x0201, "RSA"},
    {"rsa_pkcs1_sha224", 0x0301, "RSA"},         {"rsa_pkcs1_md5", 0x0101, "RSA"},
    {"ecdsa_secp256r1_sha256", 0x0403, "ECDSA"}, {"ecdsa_secp384r1_sha384", 0x0503, "ECDSA"},
    {"ecdsa_secp521r1_sha512", 0x0603, "ECDSA"}, {"ecdsa_sha1", 0x0203, "ECDSA"},
    {"ecdsa_sha224", 0x0303, "ECDSA"},
    {"rsa_pss_rsae_sha256", 0x0804, "RSA"},      {"rsa_pss_rsae_sha384", 0x0805, "RSA"},
    {"rsa_pss_rsae_sha512", 0x0806, "RSA"},      {"rsa_pss_pss_sha256", 0x0809, "RSA-PSS"},
    {"rsa_pss_pss_sha384", 0x080a, "RSA-PSS"},   {"rsa_pss_pss_sha512", 0x080b, "RSA-PSS"},
    {"ed25519", 0x0807, "Ed25519"},              {"ed448", 0x0808, "Ed448"},
    {"dsa_sha256", 0x0402, "DSA"},               {"dsa_sha1", 0x0202, "DSA"},
};

const SigalgEntry *byName(const QString &canonical)
{
    for (const SigalgEntry &e : kSigalgs)
        if (canonical == QLatin1String(e.name))
            return &e;
    return nullptr;
}

const SigalgEntry *byCode(int code)
{
    for (const SigalgEntry &e : kSigalgs)
        if (e.code == code)
            return &e;
    return nullptr;
}

} // namespace

QString signatureSchemeName(int code)
{
    if (const SigalgEntry *e = byCode(code))
        return QString::fromLatin1(e->name);
    return QStringLiteral("0x%1").arg(code, 4, 16, QLatin1Char('0'));
}

QString canonicalSigalg(const QString &name)
{
    QString n = name.trimmed();
    if (n.startsWith(QLatin1String("SIGN-"), Qt::CaseInsensitive))
        n = n.mid(5);
    const QString lower = n.toLower();
    if (byName(lower))
        return lower;
    // "RSA+SHA256" (OpenSSL), "RSA-SHA256" / "ECDSA-SECP256R1-SHA256" / "EdDSA-Ed25519" (GnuTLS)
    QString key = n.toUpper();
    key.replace(QLatin1Char('+'), QLatin1Char('-'));
    static const QList<QPair<QString, QString>> aliases = {
        {QStringLiteral("RSA-SHA256"), QStringLiteral("rsa_pkcs1_sha256")},
        {QStringLiteral("RSA-SHA384"), QStringLiteral("rsa_pkcs1_sha384")},
        {QStringLiteral("RSA-SHA512"), QStringLiteral("rsa_pkcs1_sha512")},
        {QStringLiteral("RSA-SHA1"), QStringLiteral("rsa_pkcs1_sha1")},
        {QStringLiteral("ECDSA-SHA256"), QStringLiteral("ecdsa_secp256r1_sha256")},
        {QStringLiteral("ECDSA-SECP256R1-SHA256"), QStringLiteral("ecdsa_secp256r1_sha256")},
        {QStringLiteral("ECDSA-SHA384"), QStringLiteral("ecdsa_secp384r1_sha384")},
        {QStringLiteral("ECDSA-SECP384R1-SHA384"), QStringLiteral("ecdsa_secp384r1_sha384")},
        {QStringLiteral("ECDSA-SHA512"), QStringLiteral("ecdsa_secp521r1_sha512")},
        {QStringLiteral("ECDSA-SECP521R1-SHA512"), QStringLiteral("ecdsa_secp521r1_sha512")},
        {QStringLiteral("ECDSA-SHA1"), QStringLiteral("ecdsa_sha1")},
        {QStringLiteral("RSA-PSS-SHA256"), QStringLiteral("rsa_pss_pss_sha256")},   // GnuTLS: PSS with an RSA-PSS key
        {QStringLiteral("RSA-PSS-SHA384"), QStringLiteral("rsa_pss_pss_sha384")},
        {QStringLiteral("RSA-PSS-SHA512"), QStringLiteral("rsa_pss_pss_sha512")},
        {QStringLiteral("RSA-PSS-RSAE-SHA256"), QStringLiteral("rsa_pss_rsae_sha256")},
        {QStringLiteral("RSA-PSS-RSAE-SHA384"), QStringLiteral("rsa_pss_rsae_sha384")},
        {QStringLiteral("RSA-PSS-RSAE-SHA512"), QStringLiteral("rsa_pss_rsae_sha512")},
        {QStringLiteral("EDDSA-ED25519"), QStringLiteral("ed25519")},
        {QStringLiteral("EDDSA-ED448"), QStringLiteral("ed448")},
        {QStringLiteral("DSA-SHA256"), QStringLiteral("dsa_sha256")},
        {QStringLiteral("DSA-SHA1"), QStringLiteral("dsa_sha1")},
    };
    for (const auto &a : aliases)
        if (a.first == key)
            return a.second;
    return QString();
}

quint16 sigalgCode(const QString &canonicalName)
{
    const SigalgEntry *e = byName(canonicalName);
    return e ? e->code : 0;
}

QString sigalgCertificateType(const QString &canonicalName)
{
    const SigalgEntry *e = byName(canonicalName);
    if (!e)
        return QString();
    return QLatin1String(e->certType) == QLatin1String("RSA-PSS") ? QStringLiteral("RSA") : QString::fromLatin1(e->certType);
}

} // namespace mailtls::core
