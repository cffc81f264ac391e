#include "x509/key_info.h"

#include "ossl/error.h"

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace mailtls::core {

namespace {

// OpenSSL's short name of a curve, whichever of its names the key carries.
QString curveShortName(const char *group)
{
    int nid = OBJ_sn2nid(group);
    if (nid == NID_undef)
        nid = EC_curve_nist2nid(group);
    return nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : QString::fromLatin1(group);
}

// "P-256" for prime256v1; empty for curves NIST did not name.
QString nistName(const QString &curve)
{
    const int nid = OBJ_sn2nid(curve.toLatin1().constData());
    const char *nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
    return nist ? QString::fromLatin1(nist) : QString();
}

} // namespace

KeyInfo keyInfoOf(EVP_PKEY *pkey)
{
    KeyInfo info;
    if (!pkey)
        return info;
    info.bits = EVP_PKEY_get_bits(pkey);
    switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA: info.type = QStringLiteral("RSA"); break;
    case EVP_PKEY_RSA_PSS: info.type = QStringLiteral("RSA-PSS"); break;
    case EVP_PKEY_DSA: info.type = QStringLiteral("DSA"); break;
    case EVP_PKEY_DH:
    case EVP_PKEY_DHX: info.type = QStringLiteral("DH"); break;
    case EVP_PKEY_ED25519: info.type = QStringLiteral("Ed25519"); break;
    case EVP_PKEY_ED448: info.type = QStringLiteral("Ed448"); break;
    case EVP_PKEY_EC: {
        info.type = QStringLiteral("EC");
        char group[80] = {};
        size_t groupLen = 0;
        if (EVP_PKEY_get_group_name(pkey, group, sizeof group, &groupLen) == 1)
            info.curve = curveShortName(group);
        break;
    }
    default: {
        const char *name = EVP_PKEY_get0_type_name(pkey);
        info.type = name ? QString::fromLatin1(name) : QStringLiteral("unknown");
        break;
    }
    }
    ossl::drainErrors();
    return info;
}

QString keyInfoText(const KeyInfo &key, KeyTextForm form)
{
    if (key.type.isEmpty())
        return QStringLiteral("unknown");
    if (key.type.startsWith(QLatin1String("Ed")) || key.bits <= 0)
        return key.type;
    if (form == KeyTextForm::Short && !key.curve.isEmpty()) {
        const QString nist = nistName(key.curve);
        return QStringLiteral("%1 %2").arg(key.type, nist.isEmpty() ? key.curve : nist);
    }
    QString text = QStringLiteral("%1 %2").arg(key.type).arg(key.bits);
    if (!key.curve.isEmpty())
        text += QStringLiteral(" (%1)").arg(key.curve);
    return text;
}

QString subjectPublicKeyInfoSha256(const QByteArray &der)
{
    if (der.isEmpty())
        return QString();
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    const bool ok = EVP_Digest(der.constData(), size_t(der.size()), md, &mdLen, EVP_sha256(), nullptr) == 1;
    ossl::drainErrors();
    if (!ok)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(mdLen)).toHex(':').toUpper());
}

QString publicKeySha256(EVP_PKEY *pkey)
{
    if (!pkey)
        return QString();
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(pkey, &der);
    const QByteArray spki = len > 0 && der ? QByteArray(reinterpret_cast<const char *>(der), len) : QByteArray();
    OPENSSL_free(der);
    ossl::drainErrors();
    return subjectPublicKeyInfoSha256(spki);
}

} // namespace mailtls::core
