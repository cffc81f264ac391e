#pragma once

// Matching the name we asked for (the MX host) against a certificate, after RFC 6125.

#include <QString>
#include <QStringList>

namespace mailtls::core {

class Certificate;

// Whether one DNS name pattern from a certificate covers `host`.
// - Case-insensitive; one trailing dot on either side is ignored; non-ASCII hosts are compared
//   in their ACE form ("xn--…").
// - A wildcard is honoured only as the entire left-most label ("*.example.org"). It stands
//   for exactly one non-empty label: it matches "mx.example.org", never "example.org" and never
//   "a.b.example.org".
// - Wildcard patterns with fewer than three labels ("*.com", "*.co") never match.
// - Partial-label wildcards ("f*o.example.org", "mx*.example.org") and wildcards anywhere
//   but the left-most label are rejected: they never match. RFC 6125 allows clients to accept
//   them, but mail clients mostly do not, and a certificate relying on them is a problem worth
//   seeing.
// - An IP literal host never matches a wildcard pattern.
bool hostnameMatchesPattern(const QString &pattern, const QString &host);

struct HostnameCheck {
    bool matched = false;
    QString matchedBy;        // the entry that matched: "DNS:*.example.org", "IP:127.0.0.1", "CN=mx.example.org"
    QStringList candidates;   // every entry compared, in the same form as matchedBy
    bool usedCommonName = false; // the subject CN was consulted (the certificate has no DNS SANs)
};

// IP literals ("192.0.2.1", "2001:db8::1", "[2001:db8::1]") are compared with IP SANs only.
// Other names are compared with DNS SANs; the subject CN is consulted only when the
// certificate carries no DNS SAN at all.
HostnameCheck checkHostname(const Certificate &cert, const QString &name);

} // namespace mailtls::core
