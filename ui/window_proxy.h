#pragma once

// The window's one proxy setting, for every connection the window makes: the target bar's
// Session and Scan, the Simulate dialog, Compare's live targets, the Fleet view and the Domain
// view's SMTP sessions to the MX hosts (their DNS queries go to the resolver directly). The
// target bar owns it (QSettings "network/proxy", the URL without password; the password typed
// in its options dialog lives in memory alone) and hands every change here; the views read it
// when they start a run. Every connection through the proxy shares one budget of connections at
// once (core: net/proxy_budget.h; the window uses the default, 4).

#include <QString>

#include "model/proxy_settings.h"

class QLabel;

namespace mailtls::ui {

// The setting now: the target bar's, with the password typed this session; before a target
// bar exists, the stored URL (no password).
core::ProxySettings windowProxy();
void setWindowProxy(const core::ProxySettings &proxy);

// "via SOCKS5 127.0.0.1:1080", "via HTTP proxy [::1]:3128" (translated); empty without a proxy.
QString windowProxyNote(const core::ProxySettings &proxy);
// Shows the note in `label` (objectName "proxyNote"), hidden without a proxy; `suffix` is
// appended to a shown note (the Domain view says DNS stays direct).
void showProxyNote(QLabel *label, const core::ProxySettings &proxy, const QString &suffix = QString());

} // namespace mailtls::ui
