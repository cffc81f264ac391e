#include "x509/general_names.h"

#include "ossl/error.h"
#include "ossl/handles.h"
#include "x509/bio_output.h"

#include <QHostAddress>

#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace mailtls::core {

namespace {

QByteArray asn1Bytes(const ASN1_STRING *str)
{
    if (!str)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(str)), ASN1_STRING_length(str));
}

QString addressText(const QByteArray &octets)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(octets.constData());
    if (octets.size() == 4) {
        const quint32 v4 = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8)
                           | quint32(bytes[3]);
        return QHostAddress(v4).toString();
    }
    if (octets.size() == 16)
        return QHostAddress(bytes).toString();
    // Not an address (e.g. an address/mask pair): show the bytes rather than inventing one.
    return QString::fromLatin1(octets.toHex(':').toUpper());
}

} // namespace

QString GeneralName::toString() const
{
    switch (type) {
    case Type::Dns: return QStringLiteral("DNS:") + value;
    case Type::Ip: return QStringLiteral("IP:") + value;
    case Type::Email: return QStringLiteral("email:") + value;
    case Type::Uri: return QStringLiteral("URI:") + value;
    case Type::DirName: return QStringLiteral("DirName:") + value;
    case Type::Rid: return QStringLiteral("RID:") + value;
    case Type::OtherName: return QStringLiteral("othername:<unsupported>");
    case Type::Other: break;
    }
    return QStringLiteral("other:<unsupported>");
}

GeneralName decodeGeneralName(const GENERAL_NAME *gen)
{
    GeneralName name;
    if (!gen)
        return name;
    auto ia5 = [&name](GeneralName::Type type, const ASN1_IA5STRING *str) {
        name.type = type;
        name.bytes = asn1Bytes(str);
        name.value = QString::fromLatin1(name.bytes);
    };
    switch (gen->type) {
    case GEN_DNS: ia5(GeneralName::Type::Dns, gen->d.dNSName); break;
    case GEN_EMAIL: ia5(GeneralName::Type::Email, gen->d.rfc822Name); break;
    case GEN_URI: ia5(GeneralName::Type::Uri, gen->d.uniformResourceIdentifier); break;
    case GEN_IPADD:
        name.type = GeneralName::Type::Ip;
        name.bytes = asn1Bytes(gen->d.iPAddress);
        name.value = addressText(name.bytes);
        break;
    case GEN_DIRNAME:
        name.type = GeneralName::Type::DirName;
        name.value = distinguishedNameText(gen->d.directoryName);
        break;
    case GEN_RID: {
        char buf[128] = {};
        OBJ_obj2txt(buf, sizeof buf, gen->d.registeredID, 1);
        name.type = GeneralName::Type::Rid;
        name.value = QString::fromLatin1(buf);
        break;
    }
    case GEN_OTHERNAME: name.type = GeneralName::Type::OtherName; break;
    default: break;
    }
    return name;
}

QList<GeneralName> decodeGeneralNames(const GENERAL_NAMES *names)
{
    QList<GeneralName> list;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i)
        list << decodeGeneralName(sk_GENERAL_NAME_value(names, i));
    return list;
}

QList<GeneralName> subjectAltNamesOf(X509 *x509)
{
    if (!x509)
        return {};
    ossl::GeneralNamesPtr names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr)));
    ossl::drainErrors();
    return decodeGeneralNames(names.get());
}

QString distinguishedNameText(const X509_NAME *name)
{
    if (!name)
        return QString();
    const unsigned long flags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
    return QString::fromUtf8(bioOutput([&](BIO *bio) { return X509_NAME_print_ex(bio, name, 0, flags) >= 0; }));
}

} // namespace mailtls::core
