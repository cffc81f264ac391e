#pragma once

// A domain as a sending MTA sees it (`mailtls domain`, the Domain tab): its MX set, every MX
// address's STARTTLS session, DANE TLSA records and how the served chains match them, the
// MTA-STS record and policy, the TLS-RPT record; then the findings and one verdict line per
// kind of sender. The gathering (jobs/domain_job) fills everything above `findings`;
// diagnose/domain_rules writes the findings and the verdicts.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "base/error.h"
#include "model/dns_lookup.h"
#include "model/finding.h"
#include "model/mail_policy.h"
#include "model/report.h"
#include "x509/dane.h"

namespace mailtls::core {

inline constexpr const char *kDomainReportSchema = "mailtls.domain/1";

// One MX host (or the domain itself when it has no MX: RFC 5321 §5.1).
struct MxHost {
    QString name;                  // lower case, no trailing dot
    int preference = 0;
    bool implicit = false;         // no MX record: the domain's own A/AAAA stand in for one
    DnsLookup a;
    DnsLookup aaaa;
    QStringList addresses;         // A then AAAA, as checked (at most limits::kMxAddressesPerHost)
    int addressesNotChecked = 0;   // beyond that bound
    DnsLookup tlsa;                // _25._tcp.NAME
    QList<TlsaRecord> tlsaRecords; // the usable parse of tlsa.records (same order)
    QStringList tlsaUnparsed;      // records that are not TLSA presentation form
    bool checked = true;           // false beyond limits::kMxHosts
};

// One address of one MX: the STARTTLS session with SNI = the MX name, judged by the session
// rules like any session, plus what the domain view adds.
struct MxAddressCheck {
    QString mx;                    // the MX host name
    QString address;
    Report session;                // a full session report (findings included)
    bool nameMatches = false;      // the served leaf is valid for the MX name (OpenSSL's check)
    bool chainTrusted = false;     // verified against the system store (or --ca-file)
    DaneVerification dane;         // against the MX's TLSA records (attempted only if there are any)
};

// The MTA-STS policy as fetched over HTTPS.
struct StsPolicyFetch {
    bool attempted = false;
    QString url;                   // https://mta-sts.DOMAIN/.well-known/mta-sts.txt
    QString host;                  // mta-sts.DOMAIN
    QString address;               // the address connected to (resolved through our resolver)
    DnsLookup hostA;               // the policy host's A / AAAA lookups
    DnsLookup hostAaaa;
    int httpStatus = 0;            // 0: no HTTP answer
    QString contentType;           // as sent
    QString redirectLocation;      // a 3xx's Location: (never followed, RFC 8461 §3.3)
    qint64 bodyBytes = 0;          // bytes of body read (bounded by limits::kStsPolicyBytes)
    bool bodyTooLarge = false;     // the body went past the bound: refused
    QByteArray body;               // the policy text (empty when refused)
    bool certificateValid = false; // the HTTPS certificate verified for `host` (system store or --policy-ca-file)
    QString certificateError;      // why not, in the TLS library's words
    CertificateChain chain;        // as served
    ErrorKind errorKind = ErrorKind::None;
    QString error;                 // why there is no policy (connect, TLS, timeout, HTTP)
    Phrase errorPhrase;            // `error` as written, for the faces (not in JSON)
    qint64 elapsedMs = 0;
};

struct StsFacts {
    DnsLookup txt;                     // _mta-sts.DOMAIN TXT
    QList<StsTxtRecord> records;       // one per TXT record (same order as txt.records)
    StsPolicyFetch fetch;              // attempted when an STS record is there
    bool policyParsed = false;
    StsPolicyText policy;
};

struct TlsRptFacts {
    DnsLookup txt;                     // _smtp._tls.DOMAIN TXT
    QList<TlsRptRecord> records;       // one per TXT record
};

// Would this kind of sender deliver mail to the domain?
enum class DeliveryVerdict {
    Delivers,            // with the protection this sender asks for
    DeliversUnprotected, // delivers, but without that protection (e.g. no DANE published: a DANE
                         // sender falls back to opportunistic TLS)
    Defers,              // would queue the mail and retry (then bounce)
    Unknown,             // the evidence does not decide it (e.g. no MX answered)
};
QString deliveryVerdictName(DeliveryVerdict verdict);   // "delivers", "delivers_unprotected", "defers", "unknown"
bool parseDeliveryVerdict(const QString &name, DeliveryVerdict *out);

struct SenderVerdict {
    QString sender;          // "opportunistic", "dane", "mta-sts"
    DeliveryVerdict verdict = DeliveryVerdict::Unknown;
    QString line;            // one sentence: what it would do and why
    QString fix;             // what the domain's admin changes, empty when nothing
    QStringList findingIds;  // the findings the line rests on
};

struct DomainReport {
    QString schema = QString::fromLatin1(kDomainReportSchema);
    QString toolVersion;
    QDateTime startedAt;     // UTC
    qint64 durationMs = 0;
    QString domain;          // as asked, lower case, no trailing dot
    QString resolver;        // what answered (ResolverOptions as used)
    QString trustAnchor;

    DnsLookup mx;            // DOMAIN MX
    bool nullMx = false;     // RFC 7505: a single "0 ." MX: the domain accepts no mail
    bool implicitMx = false; // no MX record: the domain's A/AAAA are used (RFC 5321 §5.1)
    QList<MxHost> hosts;     // by preference, then name
    QList<MxAddressCheck> addresses;   // every checked address of every checked host
    bool sessionsSkipped = false;      // --no-sessions: DNS and policy only
    StsFacts sts;
    TlsRptFacts tlsRpt;

    ErrorKind errorKind = ErrorKind::None;   // why the run stopped early (cancel, bad resolver)
    QString error;
    Phrase errorPhrase;      // `error` as written, for the faces (not in JSON)

    Findings findings;       // diagnose/domain_rules, most severe first
    QList<SenderVerdict> verdicts;   // opportunistic, dane, mta-sts (in that order)
};

} // namespace mailtls::core
