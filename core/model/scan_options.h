#pragma once

// What a scan is told to do (the scanner in core/scan reads it; the CLI and the window fill it).

#include <QString>
#include <QStringList>

#include "base/limits.h"
#include "model/targets.h"

namespace mailtls::core {

struct ScanOptions {
    ScanTarget target;
    int maxConnections = 4;        // open at once against the host
    int delayMs = 0;               // at least this long between two connection starts
    int maxBusyRetries = 8;        // per job, when the server says it is busy
    int backoffInitialMs = 250;    // first wait after a busy answer; doubles up to backoffMaxMs
    int backoffMaxMs = 16000;
    // The whole scan's time bound (0: none): past it, every lane stops and the scan fails as
    // timed out, saying how far it got.
    int maxTimeMs = 0;
    // A host that has never once answered (silent, or busy on every connection) is given up
    // after this many such connections in a row, instead of being retried for minutes.
    int unansweredLimit = limits::kUnansweredConnections;
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
    // The protocol-hygiene probes (scan/hygiene_probes.h: secure and client-initiated
    // renegotiation, TLS_FALLBACK_SCSV, the downgrade sentinel, EMS, ETM): two to four
    // connections beside the matrix. attackChecks false (`--no-attack-checks`): no
    // renegotiation is asked for (the one probe a server may count as an attack).
    bool probeHygiene = true;
    bool attackChecks = true;
    // Checks left out by name (`--skip-checks LIST`), each the name of one probe with its own
    // connection budget: "renegotiation", "fallback", "resumption", "ocsp", "early_data",
    // "heartbleed", "ccs_injection", "robot", "ticketbleed", "starttls_injection",
    // "starttls_enforcement". A skipped check is reported as untested, never as passed.
    QStringList skipChecks;
    // Every name skipChecks may hold (the CLI refuses others).
    static const QStringList &checkNames()
    {
        static const QStringList names{QStringLiteral("renegotiation"), QStringLiteral("fallback"), QStringLiteral("resumption"),
                                       QStringLiteral("ocsp"), QStringLiteral("early_data"), QStringLiteral("heartbleed"),
                                       QStringLiteral("ccs_injection"), QStringLiteral("robot"), QStringLiteral("ticketbleed"),
                                       QStringLiteral("starttls_injection"), QStringLiteral("starttls_enforcement")};
        return names;
    }
    // The server's role for the STARTTLS checks (`--role`): "submission" (MAIL and AUTH must wait
    // for TLS), "mx" (cleartext mail is normal opportunistic TLS), "lmtp"; empty: from the port
    // (587 submission, 25 mx, LMTP dialect lmtp, else "unknown").
    QString role;
    // The probes a server may log as an attack (`--no-attack-checks` leaves them all out).
    static bool isAttackCheck(const QString &name)
    {
        static const QStringList attacks{QStringLiteral("renegotiation"), QStringLiteral("heartbleed"),
                                         QStringLiteral("ccs_injection"), QStringLiteral("robot"),
                                         QStringLiteral("ticketbleed"), QStringLiteral("starttls_injection")};
        return attacks.contains(name);
    }
    // Whether the probe named so runs in this scan.
    bool runsCheck(const QString &name) const
    {
        return probeHygiene && !skipChecks.contains(name) && (attackChecks || !isAttackCheck(name));
    }
    // cert.differs_from_file when the served leaf of the same key type is not this file's.
    QString expectCertFile;
    // The certificate rules: trust anchors (empty: the system store) and the name the
    // certificate must carry (empty: the host scanned).
    QString caFile;
    QString servername;
};

} // namespace mailtls::core
