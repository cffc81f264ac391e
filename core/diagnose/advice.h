#pragma once

// What to change in Exim and Postfix for each finding id the rules raise, and what the change
// does to partners. Every line says where it goes (Exim: main section / smtp transport / retry section
// / ACL; Postfix: main.cf / master.cf / a tls_policy map) and, where Exim's two builds differ,
// which build it is for: Debian's exim4 links GnuTLS, where tls_require_ciphers is a GnuTLS
// priority string; an OpenSSL build takes an OpenSSL cipher list there and alone knows
// openssl_options.

#include <QList>
#include <QString>
#include <QStringList>

#include "model/finding.h"

namespace mailtls::core {

// Keys of Finding::facts: what a rule saw that its fix needs beyond the id. Rules write facts
// only; writeFix() and applyAdvice() turn id and facts into fixExim / fixPostfix.
namespace fixfacts {
// Which rule set raised the finding: a session sees one negotiated version and key exchange, a
// scan every version and suite, so the fixes they word differ in reach. Without it (a finding
// built by hand) the advice table's lines apply.
inline constexpr const char *kRules = "rules";
inline constexpr const char *kSessionRules = "session", *kScanRules = "scan", *kCertificateRules = "certificate",
                            *kSimulation = "simulation";
// The facts of single ids:
//  cert.differs_from_file    kFile: the certificate file the server should serve
//  compat.cert_type_mismatch kNeededTypes, kServedTypes: the key types the partner needs and the
//                            server serves, comma-separated
//  compat.dh_too_small       kMinDhBits: the smallest DH prime the partner accepts, in bits
//  compat.protocol_mismatch  kServerTooOld "yes" when the server's versions are all older than
//                            the partner's; else kPartnerNewestVersion ("TLSv1.1"), the one the
//                            server would accept again
//  compat.no_shared_cipher   kLacking: what the sides have none of in common, "suite" or "group";
//                            kSuggestedSuite: the partner's suite the server would have to accept
//                            ("0x0005"), absent when none fits
inline constexpr const char *kFile = "file", *kNeededTypes = "needed_types", *kServedTypes = "served_types",
                            *kMinDhBits = "min_dh_bits", *kServerTooOld = "server_too_old",
                            *kPartnerNewestVersion = "partner_newest_version", *kLacking = "lacking",
                            *kSuggestedSuite = "suggested_suite";
} // namespace fixfacts

struct Advice {
    QString id;
    QString exim;          // lines that fix it on the server being checked
    QString postfix;
    QString consequence;   // one or two sentences: what partners notice after the change
    // Lines for the other side of the connection (this server is a partner you deliver to),
    // e.g. insisting on TLS or accepting its small DH prime. Empty when there is nothing to say.
    QString eximSending;
    QString postfixSending;
};

// Every entry, in the order of the ids: connection, versions, suites, key exchange, certificates,
// chain, the rest, compatibility.
const QList<Advice> &adviceTable();
// nullptr for an id without advice.
const Advice *adviceFor(const QString &id);
QStringList advisedIds();

// The marker that starts the consequence note inside a fix; applyAdvice never adds it twice.
inline constexpr const char *kConsequenceMarker = "# Consequence:";

// The one writer of fix text. Fills an empty fixExim / fixPostfix from the id and the facts
// (the file, the bit count, the build split the rule set saw), or from the table's lines when
// the rule set words no fix of its own; a text already there (read back from a report) is kept.
// No consequence note: this is what a prediction shows before the findings pipeline runs.
void writeFix(Finding *finding);

// writeFix, then the consequence note (and the sending-side lines) below the fix as comments
// and configuration lines. Idempotent: a report read back from JSON, which carries the texts
// and no facts, can be advised again.
void applyAdvice(Finding *finding);
void applyAdvice(Findings *findings);

// For a server that speaks IMAP, POP3 or ManageSieve (Dovecot): the certificate, version,
// cipher and DH findings get their Dovecot settings in fixDovecot and lose the Exim/Postfix
// lines, which do not apply there. Ids without a Dovecot equivalent keep what they have.
void applyDovecotAdvice(Findings *findings);

} // namespace mailtls::core
