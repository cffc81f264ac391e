#pragma once

// Findings from a cipher matrix scan: protocol.*, cipher.*, kex.dh_weak, cert.ecdsa_only,
// starttls.rejected, starttls.data_after_220, tls.handshake_failed,
// smtp.rate_limited (docs/CONTRACTS.md "Finding ids"). Pure: reads the ScanResult, nothing else.

#include "model/finding.h"
#include "model/report.h"

namespace mailtls::core {

// What the scan itself saw beyond the result (for smtp.rate_limited).
struct ScanRuleContext {
    bool rateLimited = false;
    int retries = 0;
    QString busyReason;   // e.g. "the server is busy: 421 too many connections"
    bool starttls = false; // TLS was started with STARTTLS (not implicit TLS)
    int noGreetingRetries = 0;   // of the retries, connections that got no greeting in time (not a busy answer)
    QString noGreetingReason;    // the first, e.g. "no greeting within 10 s"
    QString dialect = QString(); // the target's dialect ("smtp", "imap", "pop3", "sieve", ...)
};

Findings scanFindings(const ScanResult &scan, const ScanRuleContext &context = {});

// starttls.not_offered from a scan: the STARTTLS lane saw no STARTTLS (STLS), or the scan
// stopped because the server does not offer it (`evidence` says which).
Finding scanStarttlsNotOffered(const QString &evidence);

} // namespace mailtls::core
