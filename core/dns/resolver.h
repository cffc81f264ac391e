#pragma once

// DNS through a validating stub: libunbound (Debian libunbound-dev) validates every answer
// itself from a trust anchor, so a record's DNSSEC status does not depend on the upstream
// resolver's AD bit. Lookups are bounded (limits::kDnsLookupTimeoutMs, limits::kDnsRecords,
// limits::kDnsCnameChain) and wake at once when the CancelToken fires.
//
// Bogus answers behind a validating forwarder (measured with libunbound 1.17, tests/integration
// test_dns_resolver): libunbound's first query to the forwarder goes without CD, so a validating
// forwarder withholds a bogus answer (SERVFAIL); libunbound then asks again with CD set, gets
// the data, validates it itself and reports it bogus with its own reason ("validation failure
// <bogus.example. MX IN>: signature expired ..."), in a few milliseconds. The lookup then has
// rcode NOERROR, the records, dnssec Bogus and whyBogus: the data is there, a validating sender
// must not use it.
//
// SERVFAIL: libunbound answers SERVFAIL both when the resolver said SERVFAIL and when no resolver
// answered at all. On a SERVFAIL the lookup asks the same question once more itself (plain UDP,
// RD+CD, within the time left): a resolver that answers makes the lookup `answered` with rcode
// SERVFAIL (or REFUSED, ... as it said); one that does not makes it unanswered with an error
// naming it. A lookup whose rcode is neither NOERROR nor NXDOMAIN has dnssec Unknown and an
// `error` sentence; NXDOMAIN is an answer, not an error (its denial is Secure when signed). A
// CNAME loop comes back from the resolver as SERVFAIL; a chain longer than kDnsCnameChain in an
// answer is refused with an error.
//
// test.: libunbound answers RFC 6761 names itself (NXDOMAIN); `test.` is passed on to the
// resolver instead, so a lab's resolver (and the test fixture) can serve it.

#include <QString>

#include <memory>

#include "base/cancel_token.h"
#include "base/error.h"
#include "model/dns_lookup.h"

namespace mailtls::core {

struct ResolverOptions {
    QString forwarder;        // "ADDR" or "ADDR:PORT" / "[v6]:PORT" (port 53 by default); empty:
                              // the nameservers of /etc/resolv.conf
    QString trustAnchorFile;  // DNSKEY or DS records in zone-file form (a root key or a test
                              // zone's key); empty: /usr/share/dns/root.key (Debian dns-root-data)
    int timeoutMs = 0;        // per lookup; 0: limits::kDnsLookupTimeoutMs
};

class Resolver
{
public:
    Resolver();
    ~Resolver();
    Resolver(const Resolver &) = delete;
    Resolver &operator=(const Resolver &) = delete;

    // Sets up the validator. False with *error (Usage for a bad forwarder, FileUnreadable /
    // BadFormat for the trust anchor) when it cannot.
    bool open(const ResolverOptions &options, Error *error);

    // "127.0.0.1:5353", or "system (/etc/resolv.conf: 192.0.2.53)": what the report names.
    QString resolverText() const;
    QString trustAnchorText() const;   // the file used

    // One question. Thread-safe: lookups from several threads share one libunbound context
    // (its cache, its trust anchor, its one background thread); see resolver.cpp.
    // type: "MX", "A", "AAAA", "TLSA", "TXT", "CNAME". Never throws, never blocks past the
    // timeout or the cancel token; failures are in the lookup's `error`.
    DnsLookup lookup(const QString &name, const QString &type, const CancelToken &cancel) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtls::core
