#pragma once

// The proxy every connection of a session, scan, simulation or fleet run goes through, as the
// user sets it: `--proxy URL` on the command line, the workbench's proxy setting. SOCKS5 (the
// proxy resolves host names: remote DNS) or an HTTP proxy's CONNECT. The password never comes
// from the URL (it would show in `ps` and shell history): a file, the environment or the
// window's password field fill it, and nothing prints or saves it.

#include <QString>

#include "base/phrase.h"

namespace mailtls::core {

struct ProxySettings {
    enum class Kind { None, Socks5, HttpConnect };
    Kind kind = Kind::None;
    QString host;
    quint16 port = 0;
    QString user;        // empty: no authentication
    QString password;    // never printed, never written to a report or settings file
    // At most this many connections through the proxy at once, for the whole process (every
    // scan lane, session and fleet target shares it; `--proxy-connections N`); 0: the default,
    // limits::kProxyConnectionsDefault (4).
    int maxConnections = 0;

    bool isSet() const { return kind != Kind::None; }
};

// "socks5://[USER@]HOST[:PORT]" (default port 1080; "socks5h://" is the same: names always go
// to the proxy), "http://[USER@]HOST[:PORT]" (default port 8080); HOST may be "[IPv6]". The user
// may be percent-encoded. Empty text: no proxy. A password in the URL ("USER:PASS@") is refused,
// as are other schemes, paths and queries. False with one sentence in *error (and, when asked
// for, the same sentence as a phrase in *errorPhrase, for the faces).
bool parseProxyUrl(const QString &text, ProxySettings *out, QString *error, Phrase *errorPhrase = nullptr);

// The URL without a password, as reports and settings keep it ("socks5://user@127.0.0.1:1080");
// empty for no proxy.
QString proxyUrl(const ProxySettings &proxy);

// The transcript's first note: "via SOCKS5 127.0.0.1:1080 (user NAME)", "via HTTP CONNECT proxy
// 127.0.0.1:3128"; empty for no proxy.
QString proxyNote(const ProxySettings &proxy);

} // namespace mailtls::core
