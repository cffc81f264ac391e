#pragma once

// What a domain publishes for senders, as text: the MTA-STS TXT record and policy (RFC 8461)
// and the TLS-RPT TXT record (RFC 8460). Pure functions over text; problems are stated as
// facts (diagnose/domain_rules judges them).

#include <QList>
#include <QString>
#include <QStringList>

namespace mailtls::core {

// `_mta-sts.DOMAIN` TXT, one record's text (the character-strings already joined).
struct StsTxtRecord {
    bool isSts = false;        // starts with "v=STSv1" (exactly that, case-sensitive)
    QString id;                // 1-32 alphanumerics; empty when missing
    QStringList problems;      // e.g. "id= is missing", "id=\"a-b\" has characters other than letters and digits"
};
StsTxtRecord parseStsTxtRecord(const QString &text);

// The policy at https://mta-sts.DOMAIN/.well-known/mta-sts.txt.
struct StsPolicyText {
    QString version;           // "STSv1" expected
    QString mode;              // "enforce", "testing", "none" (as written)
    qint64 maxAge = -1;        // seconds; -1 when missing or not a number
    QStringList mx;            // every mx: pattern, in order, as written
    QStringList problems;      // syntax and RFC rules broken: missing/duplicate keys, unknown
                               // mode, max_age over 31557600, an mx pattern with a wildcard
                               // not as the whole left-most label, an IP literal, a CR without LF
    QStringList unknownKeys;   // keys RFC 8461 does not define (allowed, listed)
};
StsPolicyText parseStsPolicy(const QByteArray &body);

// Whether an mx: pattern covers a host name (RFC 8461 §4.1): case-insensitive, trailing dots
// ignored, "*.example.org" covers exactly one more label ("mx.example.org", not
// "a.mx.example.org" and not "example.org").
bool stsPatternMatches(const QString &pattern, const QString &hostName);
// The patterns that cover hostName, empty when none.
QStringList stsPatternsMatching(const QStringList &patterns, const QString &hostName);

// `_smtp._tls.DOMAIN` TXT, one record's text.
struct TlsRptRecord {
    bool isTlsRpt = false;     // starts with "v=TLSRPTv1"
    QStringList rua;           // each reporting URI, as written
    QStringList problems;      // no rua=, a URI that is neither mailto: nor https:, bad mailto
};
TlsRptRecord parseTlsRptRecord(const QString &text);

} // namespace mailtls::core
