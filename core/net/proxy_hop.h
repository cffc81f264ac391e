#pragma once

// The proxy a Connection reaches its server through, as the connection needs it: SOCKS5
// (RFC 1928, with RFC 1929 user name and password) or an HTTP proxy's CONNECT (RFC 9110
// 9.3.6, with Basic Proxy-Authorization, RFC 7617). The destination goes to the proxy as
// written: a host name as a name, so the proxy resolves it (remote DNS), an IPv4 or IPv6
// literal as an address. The user's setting (a URL, parsed and printed) is
// model/proxy_settings.h; protocol/ turns one into the other.

#include <QString>

#include "base/phrase.h"

namespace mailtls::core {

struct ProxyHop {
    enum class Protocol { None, Socks5, HttpConnect };
    Protocol protocol = Protocol::None;
    QString host;
    quint16 port = 0;
    QString user;        // empty: no authentication offered
    QString password;    // never printed
    // The budget of connections open at once through this proxy, process-wide
    // (net/proxy_budget.h); 0: limits::kProxyConnectionsDefault.
    int maxConnections = 0;

    bool isSet() const { return protocol != Protocol::None; }
    // "SOCKS5 proxy 127.0.0.1:1080", "HTTP CONNECT proxy [::1]:3128": how messages name it.
    QString label() const;
    // The same as a phrase ("SOCKS5 proxy %1"), for messages the faces translate.
    Phrase labelPhrase() const;
    // "via SOCKS5 127.0.0.1:1080", "via HTTP CONNECT proxy [::1]:3128": the peer a connection
    // through it shows (the server's own address is known to the proxy alone).
    QString via() const;
};

} // namespace mailtls::core
