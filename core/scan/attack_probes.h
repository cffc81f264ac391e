#pragma once

// The scan's known-attack probes (issue 18), a lane of their own beside the matrix and the
// hygiene probes. Raw hellos (TLS <= 1.2) after the dialect's STARTTLS; no key exchange is ever
// finished. Each probe runs only when ScanOptions::runsCheck() names it:
//
//   "heartbleed" + "ticketbleed" (one connection, a second only to confirm a ticketbleed echo):
//       a hello offering heartbeat (15) and session_ticket (35) with a made-up ticket and a
//       1-byte session id. Ticketbleed (CVE-2016-9244): a ServerHello whose session id is
//       longer than ours yet starts with our byte (twice, with two different bytes). Heartbleed
//       (CVE-2014-0160): when the ServerHello echoes heartbeat, after ServerHelloDone a
//       plaintext HeartbeatRequest carrying 16 bytes but claiming limits::kHeartbeatClaimBytes;
//       a response longer than 16 bytes of payload is a leak. Its bytes are never kept or shown,
//       only their count.
//   "ccs_injection" (one connection; CVE-2014-0224): a ChangeCipherSpec right after
//       ServerHelloDone. An alert or a close is the right answer; silence is followed by a
//       plaintext Finished, and only a bad_record_mac / decryption_failed (or an encrypted
//       alert) for it counts as vulnerable. Anything else is untested.
//   "robot" (five connections, up to five more to confirm; the Bleichenbacher oracle): hellos
//       offering TLS_RSA_* suites only; under the served RSA key a well-formed PKCS #1 v1.5
//       premaster and four malformed ones (block type, no separator, wrong length, wrong
//       version), each followed by ChangeCipherSpec and a garbage Finished. Different answers
//       (alert, close, reset, silence) that repeat are an oracle.
//
// The verdicts go into HygieneResult (heartbleedLeak, ccsInjectionAccepted, robotOracle,
// ticketbleedLeak): Yes always means "the server does the vulnerable thing".

#include "model/report.h"
#include "model/scan_options.h"
#include "scan/hygiene_probes.h"

namespace mailtls::core {

struct AttackFacts {
    bool ran = false;          // at least one check was asked for
    int connections = 0;
    HygieneCheck heartbleedLeak;
    HygieneCheck ccsInjectionAccepted;
    HygieneCheck robotOracle;
    HygieneCheck ticketbleedLeak;
};

// Runs the probes the options ask for, on the calling thread (setup.connect as for the hygiene
// lane); a check not asked for stays Untested with "skipped" evidence.
AttackFacts runAttackProbes(const HygieneProbeSetup &setup, const ScanOptions &options);

// Copies the facts into the result (their connections as attackConnections).
void mergeAttackFacts(const AttackFacts &facts, HygieneResult *result);

} // namespace mailtls::core
