#include "x509/hostname.h"

#include "ossl/error.h"
#include "ossl/handles.h"
#include "x509/certificate.h"
#include "x509/general_names.h"

#include <QHostAddress>
#include <QUrl>

#include <openssl/x509v3.h>

namespace mailtls::core {

namespace {

// OpenSSL's own rules (the CN only without DNS SANs, one label per wildcard, no wildcard in
// the last two labels), and no partial-label wildcards: see hostname.h.
constexpr unsigned int kHostFlags = X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;

// The name as OpenSSL is to compare it: trimmed, without the trailing dot of a fully qualified
// name, non-ASCII labels in ACE form. Empty when it is no host name: empty, or with an empty
// label (OpenSSL would take a leading dot to mean "any name below").
QByteArray hostQuery(const QString &name)
{
    QString n = name.trimmed();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    bool ascii = true;
    for (QChar c : n)
        ascii = ascii && c.unicode() <= 0x7f;
    if (!ascii)
        n = QString::fromLatin1(QUrl::toAce(n));
    if (n.isEmpty())
        return QByteArray();
    for (const QString &label : n.split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return QByteArray();
    }
    return n.toLatin1();
}

// "192.0.2.1", "2001:db8::1" and "[2001:db8::1]" give the address in the form OpenSSL parses;
// false for anything else.
bool parseIpLiteral(const QString &name, QString *address)
{
    QString text = name.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    if (text.isEmpty())
        return false;
    // QHostAddress also accepts shorthand like "10.1"; a DNS name is never all digits and dots
    // with fewer than four parts in practice, so insist on the canonical IPv4 shape.
    if (!text.contains(QLatin1Char(':')) && text.count(QLatin1Char('.')) != 3)
        return false;
    QHostAddress addr;
    if (!addr.setAddress(text))
        return false;
    if (addr.protocol() != QAbstractSocket::IPv4Protocol && addr.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    addr.setScopeId(QString());
    *address = addr.toString();
    return true;
}

QByteArray addressOctets(const QByteArray &address)
{
    ASN1_OCTET_STRING *octets = a2i_IPADDRESS(address.constData());
    if (!octets) {
        ossl::drainErrors();
        return QByteArray();
    }
    const QByteArray bytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(octets)), ASN1_STRING_length(octets));
    ASN1_OCTET_STRING_free(octets);
    return bytes;
}

// A certificate whose one name is the DNS SAN `dnsName`: nothing else is needed for
// X509_check_host, and no key or signature.
Certificate certificateNaming(const QByteArray &dnsName)
{
    ossl::X509Ptr x509(X509_new());
    ossl::GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    GENERAL_NAME *name = GENERAL_NAME_new();
    ASN1_IA5STRING *text = ASN1_IA5STRING_new();
    const bool built = x509 && names && name && text
                       && ASN1_STRING_set(text, dnsName.constData(), int(dnsName.size())) == 1;
    if (built) {
        GENERAL_NAME_set0_value(name, GEN_DNS, text);
        text = nullptr;
    }
    if (!built || sk_GENERAL_NAME_push(names.get(), name) == 0) {
        ASN1_IA5STRING_free(text);
        GENERAL_NAME_free(name);
        ossl::drainErrors();
        return Certificate();
    }
    const bool added = X509_add1_ext_i2d(x509.get(), NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
    ossl::drainErrors();
    return added ? Certificate::fromX509(x509.get()) : Certificate();
}

} // namespace

bool hostnameMatchesPattern(const QString &pattern, const QString &host)
{
    // The pattern is the caller's text, prepared like the host; then OpenSSL decides on a
    // certificate carrying it, exactly as for a served one.
    const QByteArray dnsName = hostQuery(pattern);
    if (dnsName.isEmpty())
        return false;
    return checkHostname(certificateNaming(dnsName), host).matched;
}

HostnameCheck checkHostname(const Certificate &cert, const QString &name)
{
    HostnameCheck check;
    if (cert.isNull())
        return check;
    const QList<GeneralName> sans = subjectAltNamesOf(cert.handle());

    QString address;
    if (parseIpLiteral(name, &address)) {
        const QByteArray text = address.toLatin1();
        check.matched = X509_check_ip_asc(cert.handle(), text.constData(), 0) == 1;
        const QByteArray octets = check.matched ? addressOctets(text) : QByteArray();
        for (const GeneralName &san : sans) {
            if (san.type != GeneralName::Type::Ip)
                continue;
            check.candidates << san.toString();
            if (check.matched && check.matchedBy.isEmpty() && san.bytes == octets)
                check.matchedBy = san.toString();
        }
        ossl::drainErrors();
        return check;
    }

    bool hasDnsSan = false;
    for (const GeneralName &san : sans) {
        if (san.type != GeneralName::Type::Dns)
            continue;
        hasDnsSan = true;
        check.candidates << san.toString();
    }
    if (!hasDnsSan) {
        for (const QString &cn : cert.commonNames()) {
            if (cn.isEmpty())
                continue;
            check.usedCommonName = true;
            check.candidates << QStringLiteral("CN=") + cn;
        }
    }
    const QByteArray host = hostQuery(name);
    char *peer = nullptr;
    if (!host.isEmpty()
        && X509_check_host(cert.handle(), host.constData(), size_t(host.size()), kHostFlags, &peer) == 1) {
        check.matched = true;
        // OpenSSL names the entry that matched, as the certificate stores it.
        check.matchedBy = hasDnsSan ? QStringLiteral("DNS:") + QString::fromLatin1(peer)
                                    : QStringLiteral("CN=") + QString::fromUtf8(peer);
    }
    OPENSSL_free(peer);
    ossl::drainErrors();
    return check;
}

bool setVerifyName(X509_VERIFY_PARAM *param, const QString &name)
{
    QString address;
    if (parseIpLiteral(name, &address)) {
        const bool set = X509_VERIFY_PARAM_set1_ip_asc(param, address.toLatin1().constData()) == 1;
        ossl::drainErrors();
        return set;
    }
    const QByteArray host = hostQuery(name);
    if (host.isEmpty())
        return false;
    X509_VERIFY_PARAM_set_hostflags(param, kHostFlags);
    const bool set = X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size())) == 1;
    ossl::drainErrors();
    return set;
}

} // namespace mailtls::core
