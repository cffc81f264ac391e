#pragma once

// The cipher matrix scan: versions SSLv2 … TLS 1.3, every catalog suite per version, server
// preference, groups, DH prime sizes and the certificate types the server serves.
//
// Plan: one lane per protocol version, run in parallel; each lane is a sequence of jobs of one
// connection each ("offer up to 128 untested suites, remove the one chosen, repeat until
// refused": accepted + ceil(rejected / 128) connections per version). The linked OpenSSL
// (TlsClient) sends a hello whose suites it can all offer; our own ClientHelloBuilder and
// ServerHelloParser send the rest (SSLv2, SSLv3, EXPORT, RC4, static DH, ...). Certificates,
// DH primes and ECDHE curves come with the enumeration handshakes, at no extra connection.
// A HostLimiter (scan/host_limiter.h) keeps at most maxConnections open and paces starts; a busy server (421, closed
// before the banner, tarpit) is retried with exponential back-off and never read as "refused".

#include <QString>

#include <functional>
#include <memory>

#include "base/cancel_token.h"
#include "model/scan_options.h"
#include "model/report.h"

namespace mailtls::core {

class HostLimiter;

struct ScanCallbacks {
    // done / estimated total connections; called from worker threads (serialise yourself).
    std::function<void(int done, int total)> progress;
    // A line for the transcript as it happens (also kept in Report::transcript).
    std::function<void(const TranscriptLine &)> line;
};

class Scanner
{
public:
    // `limiter`: the host's connection budget shared with other work on the same host (a fleet
    // run's); without one the scan makes its own from options.maxConnections and delayMs.
    Scanner(ScanOptions options, CancelToken cancel, ScanCallbacks callbacks = {},
            std::shared_ptr<HostLimiter> limiter = {});
    ~Scanner();
    Scanner(const Scanner &) = delete;
    Scanner &operator=(const Scanner &) = delete;

    // Runs the whole scan on worker threads and returns when it is done or cancelled. The
    // report has kind "scan", the scan section and outcome.errorKind set when the host could not
    // be scanned at all (a kind whose outcomeWord is "connect", "timeout", "protocol" or
    // "cancelled"). No findings: those are diagnose/'s (jobs/scan_job runs both).
    Report run();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Suite codes the linked OpenSSL can put into a ClientHello of `version` ("TLSv1" … "TLSv1.3")
// at security level 0; computed once.
QList<quint16> opensslOfferableSuites(const QString &version);

} // namespace mailtls::core
