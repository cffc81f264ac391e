#pragma once

// The domain view as the CLI and the workbench run it (`mailtls domain`, the Domain tab):
// resolve the MX set, every address, the TLSA, MTA-STS and TLS-RPT records through a validating
// resolver (dns/resolver.h), fetch the MTA-STS policy (domain/policy_fetch.h), run a STARTTLS
// session on port 25 to every address (SNI = the MX name; at most `concurrency` at once),
// verify each served chain against the MX's TLSA records (x509/dane.h), then judge it all
// (diagnose/domain_rules.h). Runs on the calling thread; the workbench calls it in a Job.

#include <QString>

#include <functional>

#include "base/cancel_token.h"
#include "model/domain_report.h"
#include "model/proxy_settings.h"

namespace mailtls::core {

struct DomainOptions {
    QString domain;
    QString resolver;          // "ADDR[:PORT]"; empty: the system's (/etc/resolv.conf)
    QString trustAnchorFile;   // empty: /usr/share/dns/root.key
    QString policyCaFile;      // CA for the MTA-STS HTTPS host; empty: the system store
    QString caFile;            // CA for the MX certificates; empty: the system store
    QString ehloName;          // empty: the local host name
    int concurrency = 4;       // sessions at once
    int timeoutMs = 0;         // per step of a session / per lookup; 0: the defaults
    bool sessions = true;      // false: DNS and the policy only
    quint16 smtpPort = 25;     // RFC 7672 / RFC 8461 senders use 25; other ports only for labs
    quint16 policyPort = 443;
    // The SMTP sessions to the MX addresses go through this proxy (none: direct); the DNS
    // lookups and the MTA-STS policy fetch stay direct.
    ProxySettings proxy;
};

struct DomainEvents {
    std::function<void(const QString &)> phase;                    // "mx", "addresses", "tlsa", "mta-sts", "sessions", "done"
    std::function<void(const MxAddressCheck &)> addressChecked;    // each address as its session ends
};

DomainReport runDomainCheck(const DomainOptions &options, const CancelToken &cancel,
                            const DomainEvents &events = {});

} // namespace mailtls::core
