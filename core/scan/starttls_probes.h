#pragma once

// STARTTLS's own weaknesses (issue 14), one lane beside the matrix, for STARTTLS dialects only:
//
//   1. enforcement ("starttls_enforcement"): banner, EHLO, and before STARTTLS: is AUTH
//      advertised (then AUTH LOGIN, or PLAIN, is asked for and a 334 challenge cancelled with
//      "*": no credentials are ever sent), is MAIL FROM:<> accepted (then RSET: never RCPT or
//      DATA), then QUIT. Whether an accepted MAIL is a fault depends on the role (submission on
//      587 must refuse it; an MX on 25 accepting it is normal opportunistic TLS).
//   2. command injection ("starttls_injection", CVE-2011-0411 kind): "STARTTLS\r\nNOOP\r\n" in
//      one write; after the 220 the TLS handshake; a reply the server volunteers inside TLS
//      before we send anything (within kStarttlsInjectionWaitMs) means it executed the NOOP it
//      had buffered in cleartext. Without one, EHLO inside TLS must get exactly one reply.
//      Cleartext after the 220 (an answer to the NOOP before TLS, or bytes sent unasked) is
//      counted and shown, never read as said under TLS.
//
// IMAP, POP3 and ManageSieve (no mail transaction; mailBeforeTls is n/a): enforcement reads the
// capability list before STARTTLS (IMAP LOGINDISABLED missing, AUTH=PLAIN/LOGIN; POP3 USER,
// SASL PLAIN/LOGIN; Sieve any SASL) and sends AUTHENTICATE PLAIN (POP3 AUTH PLAIN, Sieve
// AUTHENTICATE "PLAIN"), cancelling a challenge with "*" (RFC 9051 6.2.2, RFC 5034, RFC 5804
// 2.1): never a credential. Injection writes STARTTLS (STLS) and NOOP at once, as for SMTP; a
// ManageSieve server re-sends its capability list under TLS, which is read first.
//
// One connection each, both at once (two threads; the scanner's limiter still bounds them).

#include <QString>

#include <functional>

#include "base/error.h"
#include "model/report.h"
#include "model/targets.h"
#include "net/connection.h"

namespace mailtls::core {

// What one connection's work tells the scanner's bookkeeping.
struct StartTlsAttempt {
    AttemptStatus status = AttemptStatus::Failed;   // Completed: the work ran
    bool greeted = false;     // the server sent a 220 greeting
    bool busy = false;        // a 421 or a close before the greeting
    Error error;
};

struct StartTlsProbeSetup {
    ScanTarget target;
    QString role;                   // ScanOptions::role; empty: from the port
    bool runEnforcement = true;
    QString enforcementSkipped;     // why not, when runEnforcement is false
    bool runInjection = true;
    QString injectionSkipped;
    // One TCP connection to the target (scanner's limits and pacing), not yet greeted; then
    // `work` on it. Status Failed or Cancelled without running the work when none could be made.
    std::function<StartTlsAttempt(const std::function<StartTlsAttempt(Connection &)> &work)> connect;
    std::function<void(const QString &)> note;       // a transcript line
    std::function<void(int remaining)> estimate;     // connections still expected
};

// "submission", "mx", "lmtp" or "unknown": `configured` when set, else from the port and dialect.
QString starttlsRoleFor(const ScanTarget &target, const QString &configured);

// True for the dialects these probes speak before TLS (smtp, lmtp, imap, pop3, sieve; not with
// implicit TLS).
bool starttlsProbesApply(const ScanTarget &target);

// Runs the probes (enforcement on the calling thread, injection on a second one, joined before
// it returns); present is set. setup.connect, note and estimate must be callable from both.
StartTlsChecks runStartTlsProbes(const StartTlsProbeSetup &setup);

} // namespace mailtls::core
