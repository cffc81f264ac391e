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
// A HostLimiter keeps at most maxConnections open and paces starts; a busy server (421, closed
// before the banner, tarpit) is retried with exponential back-off and never read as "refused".

#include <QString>

#include <functional>
#include <memory>

#include "net/cancel_token.h"
#include "protocol/starttls_opener.h"
#include "report/report.h"

namespace mailtls::core {

struct ScanOptions {
    ScanTarget target;
    int maxConnections = 4;        // open at once against the host
    int delayMs = 0;               // at least this long between two connection starts
    int maxBusyRetries = 8;        // per job, when the server says it is busy
    int backoffInitialMs = 250;    // first wait after a busy answer; doubles up to backoffMaxMs
    int backoffMaxMs = 16000;
    QStringList versions;          // subset of scanVersions(); empty: all
    // Server order per version with two or more suites: free when the enumeration already
    // shows it, otherwise one extra connection.
    bool probePreference = true;
    // Groups: in TLS 1.3 learned in the suite hellos themselves (max(suites, groups) + ~2
    // connections in all); without TLS 1.3, from ECDHE suites (accepted curves + 1).
    bool probeGroups = true;
    // true: suites the linked OpenSSL can offer go out in their own hellos through TlsClient
    // (full handshakes), the rest raw: about one extra refused hello per version.
    // false: every hello is filled to 128 suites regardless of path (fewest connections); the
    // raw path reads version, suite, chain (TLS <= 1.2), curve and DH prime just as well.
    bool opensslWhenPossible = false;
    // cert.differs_from_file when the served leaf of the same key type is not this file's.
    QString expectCertFile;
    // The certificate rules: trust anchors (empty: the system store) and the name the
    // certificate must carry (empty: the host scanned).
    QString caFile;
    QString servername;
};

struct ScanCallbacks {
    // done / estimated total connections; called from worker threads (serialise yourself).
    std::function<void(int done, int total)> progress;
    // A line for the transcript as it happens (also kept in Report::transcript).
    std::function<void(const TranscriptLine &)> line;
};

class Scanner
{
public:
    Scanner(ScanOptions options, CancelToken cancel, ScanCallbacks callbacks = {});
    ~Scanner();
    Scanner(const Scanner &) = delete;
    Scanner &operator=(const Scanner &) = delete;

    // Runs the whole scan on worker threads and returns when it is done or cancelled. The
    // report has kind "scan", the scan section, scan findings, and outcome.errorKind set when
    // the host could not be scanned at all ("connect", "timeout", "protocol", "cancelled").
    Report run();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Suite codes the linked OpenSSL can put into a ClientHello of `version` ("TLSv1" … "TLSv1.3")
// at security level 0; computed once.
QList<quint16> opensslOfferableSuites(const QString &version);

} // namespace mailtls::core
