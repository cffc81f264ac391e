#pragma once

// "Open a connection ready for TLS": connect, and for a mail dialect read the banner, EHLO/LHLO
// and STARTTLS until the 220 — everything a probe needs before its ClientHello. One function
// so the scanner (and later the session engine) share one way of getting there.

#include <QString>

#include "net/connection.h"
#include "protocol/reply_parser.h"

namespace mailtls::core {

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
};

// How far the opening got. Busy is the server limiting us (421, closed before the banner,
// no banner in time): try again later, never "TLS refused".
enum class OpenOutcome { Ready, Busy, StarttlsUnavailable, Failed, Cancelled };

struct OpenResult {
    OpenOutcome outcome = OpenOutcome::Failed;
    QString error;           // one line for the user when not Ready
    NetError net;            // the network error behind Failed/Busy, if any
    SmtpReply lastReply;     // the last reply read (banner, EHLO, STARTTLS answer)
    QString banner;          // first banner line
    bool connected = false;
    QString peerAddress;
};

// Connects `connection` (fresh, not connected) and brings it to the point where the next byte
// is the ClientHello. Never throws; check result.outcome.
OpenResult openForTls(const ScanTarget &target, Connection &connection);

} // namespace mailtls::core
