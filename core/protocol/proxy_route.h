#pragma once

// The user's proxy setting (model) as the connection's hop (net): one place that knows both.

#include "model/proxy_settings.h"
#include "net/proxy_hop.h"

namespace mailtls::core {

inline ProxyHop proxyHopFor(const ProxySettings &s)
{
    ProxyHop hop;
    switch (s.kind) {
    case ProxySettings::Kind::None: return hop;
    case ProxySettings::Kind::Socks5: hop.protocol = ProxyHop::Protocol::Socks5; break;
    case ProxySettings::Kind::HttpConnect: hop.protocol = ProxyHop::Protocol::HttpConnect; break;
    }
    hop.host = s.host;
    hop.port = s.port;
    hop.user = s.user;
    hop.password = s.password;
    hop.maxConnections = s.maxConnections;
    return hop;
}

} // namespace mailtls::core
