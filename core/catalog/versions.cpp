#include "catalog/versions.h"

namespace mailtls::core {

const QStringList &scanVersions()
{
    static const QStringList versions = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                                         QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return versions;
}

int versionWireCode(const QString &version)
{
    static const int codes[] = {0x0002, 0x0300, 0x0301, 0x0302, 0x0303, 0x0304};
    const int i = int(scanVersions().indexOf(version));
    return i < 0 ? 0 : codes[i];
}

QString versionFromWireCode(int code)
{
    for (const QString &v : scanVersions())
        if (versionWireCode(v) == code)
            return v;
    return QString();
}

int versionRank(const QString &version)
{
    return int(scanVersions().indexOf(version));
}

QString protocolVersionName(int wireCode)
{
    const QString known = versionFromWireCode(wireCode);
    if (!known.isEmpty())
        return known;
    if ((wireCode & 0x0f0f) == 0x0a0a)
        return QStringLiteral("GREASE");
    return QStringLiteral("0x%1").arg(wireCode, 4, 16, QLatin1Char('0'));
}

QString canonicalVersion(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1String("vers-"));
    t.replace(QLatin1Char('_'), QLatin1Char('.'));
    t.remove(QLatin1Char(' '));
    if (t == QLatin1String("sslv3") || t == QLatin1String("ssl3.0") || t == QLatin1String("ssl3"))
        return QStringLiteral("SSLv3");
    if (t == QLatin1String("sslv2") || t == QLatin1String("ssl2"))
        return QStringLiteral("SSLv2");
    if (t.startsWith(QLatin1String("tlsv")))
        t = t.mid(4);
    else if (t.startsWith(QLatin1String("tls")))
        t = t.mid(3);
    if (t.startsWith(QLatin1Char('.')))
        t.remove(0, 1);   // "tls.1.2" after "tls_1_2"
    if (t == QLatin1String("1") || t == QLatin1String("1.0") || t == QLatin1String("10"))
        return QStringLiteral("TLSv1");
    if (t == QLatin1String("1.1") || t == QLatin1String("11"))
        return QStringLiteral("TLSv1.1");
    if (t == QLatin1String("1.2") || t == QLatin1String("12"))
        return QStringLiteral("TLSv1.2");
    if (t == QLatin1String("1.3") || t == QLatin1String("13"))
        return QStringLiteral("TLSv1.3");
    return QString();
}

QString tlsVersionLabel(const QString &version)
{
    if (version == QLatin1String("TLSv1"))
        return QStringLiteral("TLS 1.0");
    if (version.startsWith(QLatin1String("TLSv")))
        return QStringLiteral("TLS ") + version.mid(4);
    if (version.startsWith(QLatin1String("SSLv")))
        return QStringLiteral("SSL ") + version.mid(4) + QStringLiteral(".0");
    return version;
}

} // namespace mailtls::core
