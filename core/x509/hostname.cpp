#include "x509/hostname.h"

#include "x509/certificate.h"

#include <QHostAddress>
#include <QUrl>

namespace mailtls::core {

namespace {

// Lower case, ACE form, without the trailing dot of a fully qualified name.
QString normalizedName(const QString &name)
{
    QString n = name.trimmed();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    bool ascii = true;
    for (QChar c : n) {
        if (c.unicode() > 0x7f) {
            ascii = false;
            break;
        }
    }
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(n);
        if (ace.isEmpty())
            return QString();
        n = QString::fromLatin1(ace);
    }
    return n.toLower();
}

// Parses "192.0.2.1", "2001:db8::1" and "[2001:db8::1]"; false for anything else.
bool parseIpLiteral(const QString &name, QHostAddress *out)
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
    *out = addr;
    return true;
}

} // namespace

bool hostnameMatchesPattern(const QString &pattern, const QString &host)
{
    const QString p = normalizedName(pattern);
    const QString h = normalizedName(host);
    if (p.isEmpty() || h.isEmpty())
        return false;

    const QStringList hostLabels = h.split(QLatin1Char('.'));
    const QStringList patternLabels = p.split(QLatin1Char('.'));
    for (const QString &label : hostLabels) {
        if (label.isEmpty())
            return false;
    }
    for (const QString &label : patternLabels) {
        if (label.isEmpty())
            return false;
    }

    if (!p.contains(QLatin1Char('*')))
        return p == h;

    // Only "*" as the whole left-most label, and nowhere else.
    if (patternLabels.first() != QLatin1String("*") || p.count(QLatin1Char('*')) != 1)
        return false;
    if (patternLabels.size() < 3)
        return false;
    QHostAddress ip;
    if (parseIpLiteral(host, &ip))
        return false;
    if (hostLabels.size() != patternLabels.size())
        return false;
    for (int i = 1; i < patternLabels.size(); ++i) {
        if (patternLabels.at(i) != hostLabels.at(i))
            return false;
    }
    return true;
}

HostnameCheck checkHostname(const Certificate &cert, const QString &name)
{
    HostnameCheck check;
    if (cert.isNull())
        return check;

    const QStringList sans = cert.subjectAltNames();
    const QString ipPrefix = QStringLiteral("IP:");
    const QString dnsPrefix = QStringLiteral("DNS:");

    QHostAddress wanted;
    if (parseIpLiteral(name, &wanted)) {
        for (const QString &san : sans) {
            if (!san.startsWith(ipPrefix))
                continue;
            check.candidates << san;
            QHostAddress have;
            if (check.matched || !have.setAddress(san.mid(ipPrefix.size())))
                continue;
            // Same family and same bytes; an IPv4-mapped IPv6 SAN is not an IPv4 SAN.
            if (have.protocol() == wanted.protocol() && have.isEqual(wanted, QHostAddress::StrictConversion)) {
                check.matched = true;
                check.matchedBy = san;
            }
        }
        return check;
    }

    bool hasDnsSan = false;
    for (const QString &san : sans) {
        if (!san.startsWith(dnsPrefix))
            continue;
        hasDnsSan = true;
        check.candidates << san;
        if (!check.matched && hostnameMatchesPattern(san.mid(dnsPrefix.size()), name)) {
            check.matched = true;
            check.matchedBy = san;
        }
    }
    if (hasDnsSan)
        return check;

    const QString cn = cert.commonName();
    if (cn.isEmpty())
        return check;
    check.usedCommonName = true;
    const QString entry = QStringLiteral("CN=") + cn;
    check.candidates << entry;
    if (hostnameMatchesPattern(cn, name)) {
        check.matched = true;
        check.matchedBy = entry;
    }
    return check;
}

} // namespace mailtls::core
