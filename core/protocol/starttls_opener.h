#pragma once

// "Open a connection ready for TLS": connect, and for a mail dialect read the banner, EHLO/LHLO
// and STARTTLS until the 220 — everything a probe needs before its ClientHello. One function
// so the scanner (and later the session engine) share one way of getting there.

#include <QString>

#include "model/targets.h"
#include "net/connection.h"
#include "protocol/reply_parser.h"

namespace mailtls::core {

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
