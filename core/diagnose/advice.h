#pragma once

// What to change in Exim and Postfix for each finding id (DESIGN.md "Finding ids" plus
// key.mismatch, chain.root_included, cert.differs_from_file), and what the change does to
// partners. Every line says where it goes (Exim: main section / smtp transport / retry section
// / ACL; Postfix: main.cf / master.cf / a tls_policy map) and, where Exim's two builds differ,
// which build it is for: Debian's exim4 links GnuTLS, where tls_require_ciphers is a GnuTLS
// priority string; an OpenSSL build takes an OpenSSL cipher list there and alone knows
// openssl_options.

#include <QList>
#include <QString>
#include <QStringList>

#include "model/finding.h"

namespace mailtls::core {

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

// Every entry, in DESIGN.md order.
const QList<Advice> &adviceTable();
// nullptr for an id without advice.
const Advice *adviceFor(const QString &id);
QStringList advisedIds();

// The marker that starts the consequence note inside a fix; applyAdvice never adds it twice.
inline constexpr const char *kConsequenceMarker = "# Consequence:";

// Fills fixExim / fixPostfix from the table where a rule left them empty. Where a rule already
// wrote a specific fix (a file name, a bit count, the build split) it is kept as it is, and the
// consequence note (and the sending-side lines) are appended below it as comments and
// configuration lines. Idempotent: a report read back from JSON can be advised again.
void applyAdvice(Finding *finding);
void applyAdvice(Findings *findings);

} // namespace mailtls::core
