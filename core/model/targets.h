#pragma once

// Where to connect and how to get to TLS there: the target record a scan, a simulation's live
// handshake and a comparison share. A session has its richer SessionOptions
// (model/session_options.h); scanTargetFor() turns those into this.

#include <QString>

#include "model/proxy_settings.h"

namespace mailtls::core {

struct SessionOptions;

// Where to scan and how to get to TLS there.
struct ScanTarget {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 25;
    QString dialect = QStringLiteral("smtp");   // "smtp", "lmtp", "none" (bare TLS)
    bool implicitTls = false;                   // TLS from the first byte (dialect spoken inside)
    QString ehloName;                           // empty: this host's name
    QString sni;                                // empty: no SNI
    int timeoutMs = 15000;                      // per connect / read / write step
    // Longest wait for the banner before the server counts as tarpitting (busy, not broken).
    int bannerTimeoutMs = 15000;
    ProxySettings proxy;                        // every connection goes through it; none: direct
};

// The target for HOST:PORT as a user types it: `dialect` empty means the dialect (and implicit
// TLS) that follows from the port; SNI for a host name, never for an address; `timeoutMs` for
// every step and the banner wait.
ScanTarget scanTargetForHost(const QString &host, quint16 port, const QString &dialect = QString(),
                             int timeoutMs = 15000);

// The scan target for the server a session talks to: same host, port, dialect, EHLO name and
// timeout (the banner wait too), and SNI only for a host name (never for an IP literal), as the session sends it.
ScanTarget scanTargetFor(const SessionOptions &options);

struct Target;
// The Target a session reports, as far as it is known before connecting (no address yet): the
// dialect, implicit TLS (also for a bare TLS service), the SNI it sends and the name the
// certificate must match (the host unless one was named).
Target plannedTarget(const SessionOptions &options);

// The SNI a session sends for `host` when the user named none: the host when it is a name,
// nothing for an IP literal (RFC 6066 3: "Literal IPv4 and IPv6 addresses are not permitted").
QString defaultSniFor(const QString &host);

// "HOST", "HOST:PORT", "[IPv6]:PORT", "[IPv6]" or a bare IPv6 address (the CLI's and the
// fleet list's one reading). *port is left alone when the text names none. False with the reason
// (and, when asked for, the reason as a phrase in *errorPhrase, for the faces).
bool parseHostPort(const QString &text, QString *host, quint16 *port, QString *error, Phrase *errorPhrase = nullptr);

} // namespace mailtls::core
