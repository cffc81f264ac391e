#include "model/targets.h"

#include <QHostAddress>

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
    if (o.sendSni)
        t.sni = !o.sni.isEmpty() ? o.sni : defaultSniFor(o.host);
    return t;
}

} // namespace mailtls::core
