#include "x509/subject_alt_names.h"

#include "x509/general_names.h"

#include <QHostAddress>
#include <QUrl>

#include <openssl/x509v3.h>

namespace mailtls::core {

namespace {

bool validDnsLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

// The DNS name in ASCII form, or empty with *error.
QString checkDnsName(const QString &raw, Error *error)
{
    QString name = raw;
    bool wildcard = false;
    if (name.startsWith(QLatin1String("*."))) {
        wildcard = true;
        name = name.mid(2);
    }
    bool plainAscii = true;
    for (const QChar c : name)
        plainAscii = plainAscii && c.unicode() < 128;
    // Only internationalised names go through IDNA; plain ones get our label check's message.
    const QString ascii = plainAscii ? name : QString::fromLatin1(QUrl::toAce(name));
    if (ascii.isEmpty()) {
        fail(error, ErrorKind::Usage, phrase("Errors", "'%1' is not a valid DNS name").arg(raw));
        return QString();
    }
    if (ascii.size() > 253) {
        fail(error, ErrorKind::Usage, phrase("Errors", "DNS name '%1' is longer than 253 characters").arg(raw));
        return QString();
    }
    const QStringList labels = ascii.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!validDnsLabel(label)) {
            if (label.contains(QLatin1Char('*')))
                fail(error, ErrorKind::Usage,
                     phrase("Errors", "DNS name '%1': a wildcard may only be the whole leftmost label (*.example.org)").arg(raw));
            else
                fail(error, ErrorKind::Usage,
                     phrase("Errors", "DNS name '%1' has an invalid label '%2' (letters, digits and '-' only, 1-63 characters)")
                         .arg(raw, label));
            return QString();
        }
    }
    if (wildcard && labels.size() < 2) {
        fail(error, ErrorKind::Usage, phrase("Errors", "wildcard '%1' covers a whole top-level domain").arg(raw));
        return QString();
    }
    return (wildcard ? QStringLiteral("*.") : QString()) + ascii.toLower();
}

ASN1_IA5STRING *ia5(const QString &text)
{
    ASN1_IA5STRING *s = ASN1_IA5STRING_new();
    const QByteArray bytes = text.toUtf8();
    if (s && ASN1_STRING_set(s, bytes.constData(), int(bytes.size())) != 1) {
        ASN1_IA5STRING_free(s);
        return nullptr;
    }
    return s;
}

} // namespace

bool SubjectAltNames::append(Kind kind, const QString &rawValue, Error *error)
{
    const QString value = rawValue.trimmed();
    Entry entry{kind, QString()};
    switch (kind) {
    case Kind::Dns:
        entry.value = checkDnsName(value, error);
        if (entry.value.isEmpty())
            return false;
        break;
    case Kind::Ip: {
        QString literal = value;
        if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
            literal = literal.mid(1, literal.size() - 2);
        const QHostAddress address(literal);
        if (address.isNull() || literal.contains(QLatin1Char('%'))) {
            return fail(error, ErrorKind::Usage, phrase("Errors", "'%1' is not an IPv4 or IPv6 address").arg(value));
        }
        entry.value = address.toString();
        break;
    }
    case Kind::Email: {
        const int at = value.indexOf(QLatin1Char('@'));
        if (at <= 0 || at != value.lastIndexOf(QLatin1Char('@')) || at == value.size() - 1 || value.contains(QLatin1Char(' '))) {
            return fail(error, ErrorKind::Usage, phrase("Errors", "'%1' is not an e-mail address (local@domain)").arg(value));
        }
        entry.value = value;
        break;
    }
    case Kind::Uri: {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty()) {
            return fail(error, ErrorKind::Usage, phrase("Errors", "'%1' is not an absolute URI (scheme:...)").arg(value));
        }
        entry.value = url.toString(QUrl::FullyEncoded);
        break;
    }
    }
    if (!entries_.contains(entry))
        entries_.append(entry);
    return true;
}

SubjectAltNames SubjectAltNames::parse(const QString &text, Error *error)
{
    SubjectAltNames names;
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        const int colon = item.indexOf(QLatin1Char(':'));
        const QString type = colon > 0 ? item.left(colon).trimmed().toLower() : QString();
        const QString value = colon > 0 ? item.mid(colon + 1).trimmed() : QString();
        Kind kind;
        if (type == QLatin1String("dns"))
            kind = Kind::Dns;
        else if (type == QLatin1String("ip"))
            kind = Kind::Ip;
        else if (type == QLatin1String("email"))
            kind = Kind::Email;
        else if (type == QLatin1String("uri"))
            kind = Kind::Uri;
        else {
            fail(error, ErrorKind::Usage, phrase("Errors", "'%1': give the type of each SAN (DNS:, IP:, email: or URI:)").arg(item));
            return SubjectAltNames();
        }
        if (value.isEmpty()) {
            fail(error, ErrorKind::Usage, phrase("Errors", "'%1' has an empty value").arg(item));
            return SubjectAltNames();
        }
        if (!names.append(kind, value, error))
            return SubjectAltNames();
    }
    return names;
}

SubjectAltNames SubjectAltNames::fromGeneralNames(const GENERAL_NAMES *names)
{
    SubjectAltNames result;
    for (const GeneralName &name : decodeGeneralNames(names)) {
        // Read back as toGeneralNames() wrote them: text as UTF-8, addresses of 4 or 16 bytes.
        Entry entry;
        switch (name.type) {
        case GeneralName::Type::Dns: entry = {Kind::Dns, QString::fromUtf8(name.bytes)}; break;
        case GeneralName::Type::Email: entry = {Kind::Email, QString::fromUtf8(name.bytes)}; break;
        case GeneralName::Type::Uri: entry = {Kind::Uri, QString::fromUtf8(name.bytes)}; break;
        case GeneralName::Type::Ip:
            if (name.bytes.size() != 4 && name.bytes.size() != 16)
                continue;
            entry = {Kind::Ip, name.value};
            break;
        default: continue;
        }
        if (!result.entries_.contains(entry))
            result.entries_.append(entry);
    }
    return result;
}

QStringList SubjectAltNames::dnsNames() const
{
    QStringList names;
    for (const Entry &e : entries_)
        if (e.kind == Kind::Dns)
            names << e.value;
    return names;
}

QStringList SubjectAltNames::toStringList() const
{
    QStringList out;
    for (const Entry &e : entries_) {
        switch (e.kind) {
        case Kind::Dns: out << QStringLiteral("DNS:") + e.value; break;
        case Kind::Ip: out << QStringLiteral("IP:") + e.value; break;
        case Kind::Email: out << QStringLiteral("email:") + e.value; break;
        case Kind::Uri: out << QStringLiteral("URI:") + e.value; break;
        }
    }
    return out;
}

GENERAL_NAMES *SubjectAltNames::toGeneralNames() const
{
    GENERAL_NAMES *names = sk_GENERAL_NAME_new_null();
    if (!names)
        return nullptr;
    for (const Entry &e : entries_) {
        GENERAL_NAME *gn = GENERAL_NAME_new();
        bool ok = gn != nullptr;
        if (ok) {
            switch (e.kind) {
            case Kind::Dns:
            case Kind::Email:
            case Kind::Uri: {
                ASN1_IA5STRING *s = ia5(e.value);
                ok = s != nullptr;
                if (ok)
                    GENERAL_NAME_set0_value(gn, e.kind == Kind::Dns ? GEN_DNS : e.kind == Kind::Email ? GEN_EMAIL : GEN_URI, s);
                break;
            }
            case Kind::Ip: {
                ASN1_OCTET_STRING *ip = a2i_IPADDRESS(e.value.toLatin1().constData());
                ok = ip != nullptr;
                if (ok)
                    GENERAL_NAME_set0_value(gn, GEN_IPADD, ip);
                break;
            }
            }
        }
        if (!ok || sk_GENERAL_NAME_push(names, gn) == 0) {
            GENERAL_NAME_free(gn);
            GENERAL_NAMES_free(names);
            return nullptr;
        }
    }
    return names;
}

} // namespace mailtls::core
