#include "model/proxy_settings.h"

#include <QUrl>

#include "base/display_text.h"
#include "model/targets.h"

namespace mailtls::core {

namespace {

QString hostPort(const ProxySettings &p)
{
    const QString host = p.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(p.host) : p.host;
    return QStringLiteral("%1:%2").arg(host).arg(p.port);
}

} // namespace

bool parseProxyUrl(const QString &text, ProxySettings *out, QString *error, Phrase *errorPhrase)
{
    const auto refuse = [&](const Phrase &why) {
        *error = why.english();
        if (errorPhrase)
            *errorPhrase = why;
        return false;
    };
    *out = ProxySettings();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    const qsizetype schemeEnd = t.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        return refuse(phrase("Errors", "a proxy is a URL: socks5://[USER@]HOST:PORT or http://[USER@]HOST:PORT"));
    }
    const QString scheme = t.left(schemeEnd).toLower();
    ProxySettings p;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        p.kind = ProxySettings::Kind::Socks5;
        p.port = 1080;
    } else if (scheme == QLatin1String("http")) {
        p.kind = ProxySettings::Kind::HttpConnect;
        p.port = 8080;
    } else {
        return refuse(phrase("Errors", "unknown proxy scheme \"%1\" (socks5://, socks5h:// or http://)")
                     .arg(escapeControls(scheme.left(20))));
    }
    QString rest = t.mid(schemeEnd + 3);
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    if (rest.contains(QLatin1Char('/')) || rest.contains(QLatin1Char('?')) || rest.contains(QLatin1Char('#'))) {
        return refuse(phrase("Errors", "a proxy URL has no path or query: %1://[USER@]HOST:PORT").arg(scheme));
    }
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userPart = rest.left(at);
        rest = rest.mid(at + 1);
        if (userPart.contains(QLatin1Char(':'))) {
            return refuse(phrase("Errors", "no password in the proxy URL (it would show in the process list and the shell history): "
                                           "give it with --proxy-pass-file FILE or MAILTLS_PROXY_PASSWORD"));
        }
        p.user = QUrl::fromPercentEncoding(userPart.toUtf8());
        if (p.user.isEmpty()) {
            return refuse(phrase("Errors", "the proxy URL names an empty user"));
        }
    }
    QString why;
    Phrase whyPhrase;
    if (rest.isEmpty() || !parseHostPort(rest, &p.host, &p.port, &why, &whyPhrase)) {
        return refuse(phrase("Errors", "the proxy URL's host: %1").arg(why.isEmpty() ? phrase("Errors", "missing") : whyPhrase));
    }
    if (p.port == 0) {
        return refuse(phrase("Errors", "the proxy URL's port must be 1 to 65535"));
    }
    *out = p;
    return true;
}

QString proxyUrl(const ProxySettings &p)
{
    if (!p.isSet())
        return QString();
    const QString scheme = p.kind == ProxySettings::Kind::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
    const QString user = p.user.isEmpty() ? QString()
                                          : QString::fromLatin1(QUrl::toPercentEncoding(p.user)) + QLatin1Char('@');
    return QStringLiteral("%1://%2%3").arg(scheme, user, hostPort(p));
}

QString proxyNote(const ProxySettings &p)
{
    if (!p.isSet())
        return QString();
    QString note = p.kind == ProxySettings::Kind::Socks5 ? QStringLiteral("via SOCKS5 %1").arg(hostPort(p))
                                                         : QStringLiteral("via HTTP CONNECT proxy %1").arg(hostPort(p));
    if (!p.user.isEmpty())
        note += QStringLiteral(" (user %1)").arg(escapeControls(p.user));
    return note;
}

} // namespace mailtls::core
