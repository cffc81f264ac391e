#include "model/targets.h"

#include <QHostAddress>
#include <QRegularExpression>

#include "model/report.h"
#include "model/session_options.h"

namespace mailtls::core {

QString defaultSniFor(const QString &host)
{
    return QHostAddress(host).isNull() ? host : QString();
}

ScanTarget scanTargetForHost(const QString &host, quint16 port, const QString &dialect, int timeoutMs)
{
    ScanTarget t;
    t.host = host;
    t.port = port;
    t.dialect = dialect.isEmpty() ? defaultDialectForPort(port) : dialect;
    t.implicitTls = dialect.isEmpty() ? defaultImplicitTlsForPort(port) : dialect == QLatin1String("none");
    t.sni = defaultSniFor(host);
    t.timeoutMs = timeoutMs;
    t.bannerTimeoutMs = timeoutMs;
    return t;
}

ScanTarget scanTargetFor(const SessionOptions &options)
{
    ScanTarget t;
    t.host = options.host;
    t.port = options.port;
    t.dialect = options.dialect;
    t.implicitTls = options.implicitTls;
    t.ehloName = options.ehloName;
    t.timeoutMs = options.timeoutMs;
    t.bannerTimeoutMs = options.timeoutMs;
    t.proxy = options.proxy;
    if (options.sendSni)
        t.sni = defaultSniFor(options.sni.isEmpty() ? options.host : options.sni);
    return t;
}

Target plannedTarget(const SessionOptions &o)
{
    Target t;
    t.host = o.host;
    t.port = o.port;
    t.dialect = o.dialect;
    t.implicitTls = o.implicitTls || o.dialect == QLatin1String("none");
    t.servername = o.servername.isEmpty() ? o.host : o.servername;
    t.proxy = proxyUrl(o.proxy);
    if (o.sendSni)
        t.sni = !o.sni.isEmpty() ? o.sni : defaultSniFor(o.host);
    return t;
}

bool parseHostPort(const QString &text, QString *host, quint16 *port, QString *error, Phrase *errorPhrase)
{
    const auto refuse = [&](const Phrase &why) {
        *error = why.english();
        if (errorPhrase)
            *errorPhrase = why;
        return false;
    };
    const QString t = text.trimmed();
    QString hostPart;
    QString portPart;
    if (t.startsWith(QLatin1Char('['))) {
        const int close = t.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return refuse(phrase("Errors", "'%1': missing ']' after the IPv6 address").arg(text));
        }
        hostPart = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                return refuse(phrase("Errors", "'%1': expected ':PORT' after ']'").arg(text));
            }
            portPart = rest.mid(1);
            if (portPart.isEmpty()) {
                return refuse(phrase("Errors", "'%1': empty port").arg(text));
            }
        }
        if (QHostAddress(hostPart).protocol() != QAbstractSocket::IPv6Protocol) {
            return refuse(phrase("Errors", "'%1': '%2' is not an IPv6 address").arg(text, hostPart));
        }
    } else if (t.count(QLatin1Char(':')) > 1) {
        // Bare IPv6 without brackets: the whole text is the address, there is no port.
        if (QHostAddress(t).protocol() != QAbstractSocket::IPv6Protocol) {
            return refuse(phrase("Errors", "'%1': write IPv6 addresses with a port as [ADDRESS]:PORT").arg(text));
        }
        hostPart = t;
    } else {
        const int colon = t.indexOf(QLatin1Char(':'));
        hostPart = colon < 0 ? t : t.left(colon);
        if (colon >= 0) {
            portPart = t.mid(colon + 1);
            if (portPart.isEmpty()) {
                return refuse(phrase("Errors", "'%1': empty port").arg(text));
            }
        }
    }
    if (hostPart.isEmpty()) {
        return refuse(phrase("Errors", "'%1': no host name").arg(text));
    }
    static const QRegularExpression hostChars(QStringLiteral("^[A-Za-z0-9._:%-]+$"));
    if (!hostChars.match(hostPart).hasMatch()) {
        return refuse(phrase("Errors", "'%1' is not a host name or address").arg(hostPart));
    }
    if (!portPart.isEmpty()) {
        bool ok = false;
        const uint value = portPart.toUInt(&ok, 10);
        if (!ok || value == 0 || value > 65535) {
            return refuse(phrase("Errors", "'%1': port must be 1-65535").arg(text));
        }
        *port = quint16(value);
    }
    *host = hostPart;
    return true;
}

} // namespace mailtls::core
