#pragma once

// One DNS question and what came back, as facts: the answer's records in presentation form,
// its DNSSEC status as a validating resolver decided it, or why there was no answer.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "base/phrase.h"

namespace mailtls::core {

// RFC 4035 §4.3 states, as libunbound reports them.
enum class DnssecStatus {
    Unknown,     // no answer to judge (resolver unreachable, timeout)
    Secure,      // validated from a trust anchor
    Insecure,    // provably unsigned (no DS on the way down), or no trust anchor covers it
    Bogus,       // signed, but validation failed: a validating sender must not use it
};
QString dnssecStatusName(DnssecStatus status);   // "unknown", "secure", "insecure", "bogus"
bool parseDnssecStatus(const QString &name, DnssecStatus *out);

struct DnsLookup {
    QString name;                // as asked, lower case, no trailing dot
    QString type;                // "MX", "A", "AAAA", "TLSA", "TXT", "CNAME"
    bool answered = false;       // the resolver answered (any rcode)
    QString rcode;               // "NOERROR", "NXDOMAIN", "SERVFAIL", "REFUSED", ...; empty when not answered
    DnssecStatus dnssec = DnssecStatus::Unknown;
    QString whyBogus;            // the validator's reason, when bogus
    QString canonicalName;       // owner of the answer after CNAMEs (lower case, no dot); empty: same as name
    QStringList cnameChain;      // the CNAME targets followed, in order (empty: none)
    QStringList records;         // each record's rdata in presentation form ("10 mx1.example.org",
                                 // "192.0.2.1", "3 1 1 0A1B...", TXT as its joined text)
    QList<QByteArray> rdata;     // the same records as wire rdata
    int droppedRecords = 0;      // records beyond limits::kDnsRecords, counted, not kept
    int ttl = 0;
    qint64 elapsedMs = 0;
    QString error;               // why there is no usable answer, one sentence naming the
                                 // resolver ("the resolver 127.0.0.1:5353 did not answer within 8 s")
    Phrase errorPhrase;          // `error` as written, for the faces (not in JSON)

    bool hasData() const { return answered && rcode == QLatin1String("NOERROR") && !records.isEmpty(); }
    bool nxdomain() const { return rcode == QLatin1String("NXDOMAIN"); }
    // NOERROR without records of the type (NODATA).
    bool noData() const { return answered && rcode == QLatin1String("NOERROR") && records.isEmpty(); }
};

} // namespace mailtls::core
