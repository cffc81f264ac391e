#pragma once

// The MTA-STS policy fetch (RFC 8461 §3.3) with Qt Network: HTTPS GET of
// https://HOST/.well-known/mta-sts.txt on an address our own resolver found (the name is kept
// for SNI, the Host header and certificate verification), certificate verified against the
// system store or a given CA file, no redirect followed (a 3xx is recorded with its Location),
// Content-Type recorded, the body bounded by limits::kStsPolicyBytes, the whole fetch by
// limits::kStsFetchTimeoutMs (or the given timeout) and the cancel token. Runs on the calling
// thread with a local event loop; call it from a worker thread (a Job), never the GUI thread.

#include <QString>

#include "base/cancel_token.h"
#include "model/domain_report.h"

namespace mailtls::core {

struct PolicyFetchRequest {
    QString host;            // "mta-sts.example.org"
    QString address;         // where to connect ("127.0.0.5", "::1")
    quint16 port = 443;
    QString path = QStringLiteral("/.well-known/mta-sts.txt");
    QString caFile;          // empty: the system store
    int timeoutMs = 0;       // 0: limits::kStsFetchTimeoutMs
};

// Fills everything in StsPolicyFetch except hostA/hostAaaa (the caller's lookups).
StsPolicyFetch fetchStsPolicy(const PolicyFetchRequest &request, const CancelToken &cancel);

} // namespace mailtls::core
