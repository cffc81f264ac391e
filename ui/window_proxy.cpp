#include "window_proxy.h"

#include <QCoreApplication>
#include <QLabel>

#include <mutex>
#include <optional>

#include "base/display_text.h"
#include "views/target_bar.h"

namespace mailtls::ui {

namespace {

std::mutex &proxyMutex()
{
    static std::mutex m;
    return m;
}

std::optional<core::ProxySettings> &current()
{
    static std::optional<core::ProxySettings> proxy;
    return proxy;
}

QString hostPort(const core::ProxySettings &p)
{
    const QString host = p.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + p.host + QLatin1Char(']') : p.host;
    return core::visibleControls(host) + QLatin1Char(':') + QString::number(p.port);
}

} // namespace

core::ProxySettings windowProxy()
{
    {
        std::lock_guard<std::mutex> lock(proxyMutex());
        if (current())
            return *current();
    }
    return TargetBar::storedProxySetting();
}

void setWindowProxy(const core::ProxySettings &proxy)
{
    std::lock_guard<std::mutex> lock(proxyMutex());
    current() = proxy;
}

QString windowProxyNote(const core::ProxySettings &proxy)
{
    switch (proxy.kind) {
    case core::ProxySettings::Kind::None: return QString();
    case core::ProxySettings::Kind::Socks5:
        return QCoreApplication::translate("WindowProxy", "via SOCKS5 %1").arg(hostPort(proxy));
    case core::ProxySettings::Kind::HttpConnect:
        return QCoreApplication::translate("WindowProxy", "via HTTP proxy %1").arg(hostPort(proxy));
    }
    return QString();
}

void showProxyNote(QLabel *label, const core::ProxySettings &proxy, const QString &suffix)
{
    if (!label)
        return;
    const QString note = windowProxyNote(proxy);
    label->setObjectName(QStringLiteral("proxyNote"));
    label->setText(note.isEmpty() ? QString() : note + suffix);
    label->setVisible(!note.isEmpty());
}

} // namespace mailtls::ui
