#pragma once

// Matching the name we asked for (the MX host) against a certificate. OpenSSL decides, with the
// code that judges the name in a TLS handshake (X509_check_host, X509_check_ip_asc), so a
// report and a handshake never disagree; this unit prepares the name and lists what was
// compared, for the explanation.

#include <QString>
#include <QStringList>

#include <openssl/types.h>

namespace mailtls::core {

class Certificate;

// Whether a certificate whose one name is the DNS pattern `pattern` covers `host`:
// - case-insensitive; one trailing dot on either side is ignored; non-ASCII names are compared
//   in their ACE form ("xn--…");
// - a wildcard is honoured only as the entire left-most label ("*.example.org"). It stands for
//   exactly one non-empty label: it matches "mx.example.org", never "example.org" and never
//   "a.b.example.org";
// - wildcard patterns with fewer than three labels ("*.com", "*.co") never match;
// - partial-label wildcards ("f*o.example.org", "mx*.example.org") and wildcards anywhere but
//   the left-most label never match. RFC 6125 allows clients to accept them, but mail clients
//   mostly do not, and a certificate relying on them is a problem worth seeing;
// - an IP literal host never matches: IP literals are compared with IP SANs only.
// Inside a certificate OpenSSL compares a DNS SAN as written: one ending in a dot covers no host.
bool hostnameMatchesPattern(const QString &pattern, const QString &host);

struct HostnameCheck {
    bool matched = false;
    QString matchedBy;        // the entry that matched: "DNS:*.example.org", "IP:127.0.0.1", "CN=mx.example.org"
    QStringList candidates;   // every entry compared, in the same form as matchedBy
    bool usedCommonName = false; // the subject CN was consulted (the certificate has no DNS SANs)
};

// IP literals ("192.0.2.1", "2001:db8::1", "[2001:db8::1]") are compared with IP SANs only.
// Other names are compared with DNS SANs, by the rules above; the subject CNs are consulted
// only when the certificate carries no DNS SAN at all.
HostnameCheck checkHostname(const Certificate &cert, const QString &name);

// Makes a handshake's verification (OpenSSL's X509_VERIFY_PARAM of an SSL) check `name` with
// exactly the flags and name preparation of checkHostname(), so the verdict of a live session
// and that of a certificate read from a file are the same. False when `name` is no host name
// or address (nothing is set then).
bool setVerifyName(X509_VERIFY_PARAM *param, const QString &name);

} // namespace mailtls::core
