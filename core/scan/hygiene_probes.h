#pragma once

// The scan's protocol-hygiene probes (issue 18), one lane beside the matrix:
//
//   1. a full handshake at the highest TLS <= 1.2 version the server accepts (OpenSSL, SCSV
//      0x00FF and extended_master_secret / encrypt_then_mac offered): renegotiation_info,
//      extended_master_secret and encrypt_then_mac in the ServerHello, and its random (the
//      TLS 1.3 downgrade sentinel); then, on the same connection, client-initiated
//      renegotiation, up to limits::kRenegotiationsInARow in a row while the server accepts
//      (skipped with attackChecks off);
//   2. when that handshake did not pick a CBC suite: one more with CBC suites only, for
//      encrypt_then_mac;
//   3. raw hellos carrying TLS_FALLBACK_SCSV (0x5600): at that version, and when the server
//      accepts it there, one version lower.
//
// Two to four connections in all. The probes gather facts; the downgrade checks are concluded
// once the matrix knows whether the server speaks TLS 1.3 (concludeHygiene()).

#include <QMap>
#include <QString>

#include <functional>

#include "base/error.h"
#include "model/report.h"
#include "model/targets.h"
#include "net/connection.h"
#include "wire/server_hello_facts.h"

namespace mailtls::core {

// What one connection's work tells the scanner's bookkeeping (TLS answers, timeouts).
struct HygieneAttempt {
    AttemptStatus status = AttemptStatus::Failed;   // Completed / Rejected: the work ran
    bool serverSpokeTls = false;
    Error error;
};

struct HygieneProbeSetup {
    ScanTarget target;            // SNI and the step timeout
    bool attackChecks = true;     // false: no renegotiation is asked for
    // One connection made ready for TLS (with the scanner's limits, pacing and busy retries),
    // then `work` on it. Status Failed or Cancelled without running the work when no
    // connection could be made.
    std::function<HygieneAttempt(const std::function<HygieneAttempt(Connection &)> &work)> connect;
    std::function<void(const QString &)> note;       // a transcript line
    std::function<void(int remaining)> estimate;     // connections still expected
    // Whether the check so named runs (ScanOptions::runsCheck); empty: every check runs.
    std::function<bool(const QString &name)> runsCheck;
};

// How a raw hello with TLS_FALLBACK_SCSV was answered.
enum class FallbackAnswer { NotSent, Refused, Accepted, OtherAlert, NoAnswer };

// What the lane saw, before the matrix is known.
struct HygieneFacts {
    HygieneResult result;             // the checks settled in the lane (renegotiation, EMS, ETM)
    bool firstHandshake = false;      // a ServerHello at TLS <= 1.2 was read
    bool refusedAll = false;          // every TLS <= 1.2 hello was refused by an alert
    QString refusal;                  // that alert, or why the first probe failed
    int negotiated = 0;               // wire version of that ServerHello
    DowngradeSentinel sentinel = DowngradeSentinel::None;
    QByteArray randomTail;            // its last 8 bytes
    FallbackAnswer fallbackAtVersion = FallbackAnswer::NotSent;
    QString fallbackAtVersionEvidence;
    FallbackAnswer fallbackBelow = FallbackAnswer::NotSent;
    int belowVersion = 0;
    QString fallbackBelowEvidence;
};

// Runs the probes on the calling thread; returns when done or when connect() gives up.
HygieneFacts runHygieneProbes(const HygieneProbeSetup &setup);

// The checks that depend on the server's highest version (fallback SCSV, downgrade sentinel),
// given the matrix's protocols ("TLSv1.3" -> accepted; absent: not tested).
HygieneResult concludeHygiene(const HygieneFacts &facts, const QMap<QString, bool> &protocols);

} // namespace mailtls::core
