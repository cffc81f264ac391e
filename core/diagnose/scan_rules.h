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
};

Findings scanFindings(const ScanResult &scan, const ScanRuleContext &context = {});

} // namespace mailtls::core
