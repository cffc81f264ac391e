#pragma once

// What a domain's admin publishes so that senders protect mail to it, written out ready to
// paste (`mailtls records`): the DNS zone lines (TLSA per MX for DANE, RFC 7672; the MTA-STS
// TXT record, RFC 8461; the TLS-RPT TXT record, RFC 8460), the MTA-STS policy file, and the
// sending side's settings in Exim and Postfix. As plain text and as JSON
// ("schema": "mailtls.records/1", docs/CONTRACTS.md).

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "base/error.h"
#include "model/domain_report.h"
#include "x509/dane.h"

namespace mailtls::core {

inline constexpr const char *kDomainRecordsSchema = "mailtls.records/1";

// RFC 8461 §3.2: max_age is at most 31557600 seconds (a year). A week is where a policy that
// stays put is usually set.
inline constexpr qint64 kStsMaxAgeLimit = 31557600;
inline constexpr qint64 kStsDefaultMaxAge = 604800;

// One TLSA record to publish and where it came from (pki/dane_records makes them; this layer
// does not link pki, so the CLI hands them over in this form).
struct PublishedTlsa {
    TlsaRecord record;
    bool next = false;       // the next key's record (a rollover), not what is served now
    QString source;          // the file it was made from
    QString what;            // "leaf CN=mx1.example.org", "public key EC 256 (prime256v1)"
    QString note;            // what to know before publishing it; empty when nothing
};

struct DomainRecordsInput {
    QString domain;                  // example.org (a trailing dot and upper case are fine)
    QStringList mxHosts;             // the MX host names, in the order to list them
    // TLSA records for every MX; an MX named in tlsaPerMx (lower case, no trailing dot) gets
    // those instead. Empty everywhere: no TLSA lines (tlsaSkippedNote says why).
    QList<PublishedTlsa> tlsa;
    QHash<QString, QList<PublishedTlsa>> tlsaPerMx;
    QString tlsaSkippedNote;         // e.g. "no --cert or --key given"
    QString stsMode = QStringLiteral("testing");   // "enforce", "testing", "none"; empty: no MTA-STS at all
    qint64 stsMaxAge = kStsDefaultMaxAge;
    QString stsId;                   // empty: stsIdFor(now)
    QStringList rua;                 // TLS-RPT reporting URIs (mailto: or https:); empty: no TLS-RPT record
    QDateTime now;                   // for the default id; invalid: the current time
};

// One line of the zone, its parts apart.
struct ZoneRecord {
    QString owner;     // fully qualified, with the trailing dot: "_25._tcp.mx1.example.org."
    QString type;      // "TLSA", "TXT"
    QString data;      // the record data in presentation form ("3 1 1 AB..", "\"v=STSv1; id=..\"")
    QString comment;   // one line shown above it (without "; "); empty when none
    // TLSA only: which MX, and where the record came from.
    QString mx;
    bool hasTlsa = false;
    PublishedTlsa tlsa;

    QString line() const;   // "OWNER IN TYPE DATA"
};

struct DomainRecords {
    QString domain;                  // lower case, no trailing dot
    QStringList mxHosts;             // likewise
    QList<ZoneRecord> zone;          // in the order written: TLSA per MX, MTA-STS, TLS-RPT
    bool hasSts = false;
    QString stsMode;
    qint64 stsMaxAge = 0;
    QString stsId;
    QString stsPolicyUrl;            // https://mta-sts.DOMAIN/.well-known/mta-sts.txt
    QString stsPolicy;               // the policy file, CRLF line ends
    QStringList rua;
    QString zoneText;                // BIND zone lines with their comments, LF line ends
    QString exim;                    // the sending side, Exim
    QString postfix;                 // the sending side, Postfix
    QStringList notes;               // what to know (DNSSEC, the policy host, what was skipped)
};

// What a checked domain should publish as it stands (`mailtls domain --records`): its MX hosts
// in MX order (the domain itself when it has no MX), per MX the 3 1 1 record of every key its
// addresses serve now, the policy's mode and max_age when one is published (else testing and a
// week), and the TLS-RPT addresses already published.
DomainRecordsInput domainRecordsInputFor(const DomainReport &report);

// An MTA-STS id from a time: "20261206T093000" (UTC, RFC 8461 §3.1: 1-32 letters and digits).
QString stsIdFor(const QDateTime &time);

// Checks and writes everything. False with ErrorKind::Usage for a name that is no host name,
// an unknown mode, max_age out of range, an id that is not 1-32 letters and digits, or a
// reporting URI that is neither mailto: nor https: (or holds a comma, a semicolon or a space,
// which RFC 8460's list syntax reserves).
bool buildDomainRecords(const DomainRecordsInput &input, DomainRecords *out, Error *error);

// The readable text: the zone lines, the policy file (shown with LF line ends and where it is
// served), Exim, Postfix, then the notes.
QString domainRecordsText(const DomainRecords &records);

// The JSON document (keys in docs/CONTRACTS.md order through OrderedJsonWriter).
QJsonObject domainRecordsToJson(const DomainRecords &records, const QString &toolVersion,
                                const QDateTime &createdAt = QDateTime());
QByteArray domainRecordsToJsonBytes(const QJsonObject &json);   // ordered keys, indented

} // namespace mailtls::core
