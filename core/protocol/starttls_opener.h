#pragma once

// "Open a connection ready for TLS": connect, and for a mail dialect read the banner, EHLO/LHLO
// and STARTTLS until the 220 — everything a probe needs before its ClientHello. One function
// so the scanner and a simulation's live handshake share one way of getting there.

#include <QString>

#include "base/error.h"
#include "model/targets.h"
#include "net/connection.h"
#include "protocol/reply_parser.h"

namespace mailtls::core {

// How far the opening got, as status + reason:
//   Completed  ready: the next byte on the connection is the ClientHello
//   Busy       the server limits us (421, closed before or during the dialogue) or sent no
//              banner in time (noGreeting; error.kind Busy): try again later, never "TLS refused"
//   Rejected   STARTTLS not offered or refused (error.kind StarttlsUnavailable)
//   Failed     no connection (Resolve, Refused, Unreachable, Timeout, Io) or a broken
//              dialogue (Protocol, Timeout, Io)
//   Cancelled
struct OpenResult {
    AttemptStatus status = AttemptStatus::Failed;
    Error error;             // kind and one line for the user when not Completed
    SmtpReply lastReply;     // the last reply read (banner, EHLO, STARTTLS answer)
    QString banner;          // first banner line
    QString dialect;         // the dialect spoken: the target's, or what "auto" read from the greeting
    bool connected = false;
    QString peerAddress;
    int bytesAfterStarttls = 0;   // cleartext the server sent after its 220 to STARTTLS (discarded)
    // Busy without a word from the server: the TCP connect completed but no greeting came within
    // the banner timeout. Either a tarpit, or a server that had not yet taken the connection from
    // its listen queue (a loaded machine: the kernel completes the handshake, the daemon accepts
    // late); unlike a 421 or a close, it is not evidence of a limit.
    bool noGreeting = false;
    qint64 connectMs = 0;         // how long the TCP connect took

    bool ready() const { return status == AttemptStatus::Completed; }
};

// Connects `connection` (fresh, not connected) and brings it to the point where the next byte
// is the ClientHello. Never throws; check result.status.
OpenResult openForTls(const ScanTarget &target, Connection &connection);

} // namespace mailtls::core
