#include "pki/subject_name.h"

#include "ossl/error.h"

#include <openssl/objects.h>
#include <openssl/x509.h>

namespace mailtls::core {

namespace {

// Canonical short name for a user-typed attribute name, or empty when OpenSSL knows none.
QString canonicalField(const QString &field)
{
    const QByteArray name = field.trimmed().toLatin1();
    int nid = OBJ_txt2nid(name.constData());
    if (nid == NID_undef) {
        // Accept the usual upper/lower-case variants: "cn", "ou", "EMAILADDRESS".
        static const char *const known[] = {"CN", "C", "O", "OU", "ST", "L", "DC", "emailAddress", "serialNumber",
                                            "street", "title", "givenName", "SN", "UID", "postalCode"};
        for (const char *k : known)
            if (field.trimmed().compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
                nid = OBJ_txt2nid(k);
    }
    if (nid == NID_undef)
        return QString();
    const char *sn = OBJ_nid2sn(nid);
    return sn ? QString::fromLatin1(sn) : QString();
}

QString escapeValue(const QString &value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool edgeSpace = c == QLatin1Char(' ') && (i == 0 || i == value.size() - 1);
        if (c == QLatin1Char(',') || c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('=') || edgeSpace)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

bool SubjectName::append(const QString &field, const QString &value, Error *error)
{
    const QString canonical = canonicalField(field);
    if (canonical.isEmpty())
        return fail(error, ErrorKind::Usage, phrase("Errors", "unknown subject attribute '%1' (use CN, O, OU, C, ST, L, emailAddress, ...)").arg(field.trimmed()));
    if (value.isEmpty())
        return fail(error, ErrorKind::Usage, phrase("Errors", "subject attribute %1 has an empty value").arg(canonical));
    if (canonical == QLatin1String("C")) {
        if (value.size() != 2 || !value.at(0).isLetter() || !value.at(1).isLetter() || value.at(0).unicode() > 127
            || value.at(1).unicode() > 127)
            return fail(error, ErrorKind::Usage, phrase("Errors", "C must be a two-letter country code such as DE or TW, not '%1'").arg(value));
    }
    if (canonical == QLatin1String("CN") && value.size() > 64) {
        return fail(error, ErrorKind::Usage,
                    phrase("Errors", "CN is %1 characters long; at most 64 are allowed (put long names in --san)").arg(value.size()));
    }
    attributes_.append({canonical, canonical == QLatin1String("C") ? value.toUpper() : value});
    return true;
}

SubjectName SubjectName::parse(const QString &text, Error *error)
{
    SubjectName name;
    QString field;
    QString value;
    bool inValue = false;
    bool quoted = false;
    bool sawQuote = false;
    int trailingSpaces = 0;   // unescaped whitespace at the end of `value`, trimmed at the end

    auto finish = [&]() -> bool {
        const QString f = field.trimmed();
        if (!inValue) {
            if (f.isEmpty())
                return true;   // tolerate an empty element (trailing comma)
            return fail(error, ErrorKind::Usage, phrase("Errors", "'%1' in the subject has no '=' (write NAME=VALUE, e.g. O=Example)").arg(f));
        }
        if (f.isEmpty())
            return fail(error, ErrorKind::Usage, phrase("Errors", "an attribute in the subject has no name before '='"));
        const QString v = sawQuote ? value : value.left(value.size() - trailingSpaces);
        if (!name.append(f, v, error))
            return false;
        field.clear();
        value.clear();
        inValue = false;
        sawQuote = false;
        trailingSpaces = 0;
        return true;
    };

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size()) {
                fail(error, ErrorKind::Usage, phrase("Errors", "the subject ends with a lone backslash"));
                return SubjectName();
            }
            (inValue ? value : field) += text.at(++i);
            trailingSpaces = 0;
            continue;
        }
        if (quoted) {
            if (c == QLatin1Char('"'))
                quoted = false;
            else
                value += c;
            continue;
        }
        if (inValue && c == QLatin1Char('"') && value.trimmed().isEmpty() && !sawQuote) {
            value.clear();
            quoted = true;
            sawQuote = true;
            continue;
        }
        if (c == QLatin1Char(',')) {
            if (!finish())
                return SubjectName();
            continue;
        }
        if (!inValue && c == QLatin1Char('=')) {
            inValue = true;
            continue;
        }
        if (sawQuote) {
            if (!c.isSpace()) {
                fail(error, ErrorKind::Usage, phrase("Errors", "unexpected '%1' after a quoted value in the subject").arg(c));
                return SubjectName();
            }
            continue;
        }
        if (inValue && c.isSpace()) {
            if (value.isEmpty())
                continue;   // leading whitespace
            ++trailingSpaces;
        } else if (inValue) {
            trailingSpaces = 0;
        }
        (inValue ? value : field) += c;
    }
    if (quoted) {
        fail(error, ErrorKind::Usage, phrase("Errors", "a quoted value in the subject is not closed"));
        return SubjectName();
    }
    if (!finish())
        return SubjectName();
    return name;
}

SubjectName SubjectName::fromX509Name(const X509_NAME *x509Name)
{
    SubjectName name;
    if (!x509Name)
        return name;
    for (int i = 0; i < X509_NAME_entry_count(x509Name); ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(x509Name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        if (len < 0)
            continue;
        const char *sn = OBJ_nid2sn(nid);
        name.attributes_.append({sn ? QString::fromLatin1(sn) : QStringLiteral("?"),
                                 QString::fromUtf8(reinterpret_cast<const char *>(utf8), len)});
        OPENSSL_free(utf8);
    }
    ossl::drainErrors();
    return name;
}

QString SubjectName::value(const QString &field) const
{
    for (int i = attributes_.size() - 1; i >= 0; --i)
        if (attributes_.at(i).field == field)
            return attributes_.at(i).value;
    return QString();
}

QString SubjectName::toString() const
{
    QStringList parts;
    for (const Attribute &a : attributes_)
        parts << a.field + QLatin1Char('=') + escapeValue(a.value);
    return parts.join(QLatin1Char(','));
}

X509_NAME *SubjectName::toX509Name() const
{
    X509_NAME *name = X509_NAME_new();
    if (!name)
        return nullptr;
    for (const Attribute &a : attributes_) {
        const QByteArray value = a.value.toUtf8();
        if (X509_NAME_add_entry_by_txt(name, a.field.toLatin1().constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(value.constData()), int(value.size()), -1, 0)
            != 1) {
            X509_NAME_free(name);
            return nullptr;
        }
    }
    return name;
}

} // namespace mailtls::core
