#pragma once

// What the facts of a mail log (logs/log_inventory) mean: which finding a TLS failure cause
// points to and how to tell the possible explanations apart, and "what breaks if I change X":
// every partner's observed (version, cipher) pairs played against the proposed server through
// the simulator (diagnose/simulator), listing the partners who would lose TLS.

#include <QList>
#include <QString>
#include <QStringList>

#include "base/phrase.h"
#include "logs/log_inventory.h"
#include "model/report.h"

namespace mailtls::core {

struct LogCauseInfo {
    QString cause;        // log_cause id
    QString finding;      // the workbench's finding id it points to; empty when none fits
    QString title;        // one line: "No cipher suite in common"
    QString meaning;      // what was observed and what may explain it; names the other causes
                          // when the evidence fits several, and how to tell them apart
    QString nextStep;     // what to run next ("mailtls simulate --server ... --cipher-list ...")
    // title and meaning as written, for the faces to show in the admin's language.
    Phrase titlePhrase;
    Phrase meaningPhrase;
};
LogCauseInfo logCauseInfo(const QString &cause);
// Every cause id, in a fixed order (for legends and filters).
QStringList logCauseIds();

// A proposed change to our server (inbound partners are its clients) or to our outgoing TLS
// (outbound partners are its servers). Unset parts keep what the server does now, which the
// log only partly shows: without `base`, "now" is taken as every catalog suite of every TLS
// version and both certificate types, so only the named change takes anything away.
struct ServerChange {
    bool hasBase = false;
    ScanResult base;              // a saved scan of the server (mailtls scan --json), the starting point
    QStringList dropVersions;     // "TLSv1", "TLSv1.1"
    bool hasCipherList = false;
    QString cipherList;           // OpenSSL list, IANA names or GnuTLS priority string: the new suites
    QStringList certificateTypes; // only these ("ECDSA"); empty: unchanged
    int dhBits = 0;               // the DHE prime the server will use; 0: unchanged
    QString description() const;  // "drop TLSv1, TLSv1.1; serve only ECDSA"
    Phrase descriptionPhrase() const;   // the same, translatable (description() is its English)
    bool isEmpty() const;
};

struct PartnerImpact {
    int partner = -1;             // index into LogInventory::partners
    QString verdict;              // "loses-tls", "at-risk", "keeps-tls"
    QString findingId;            // the compat.* finding of the failing prediction
    QString reason;               // one sentence: why (from the simulator), and what the log cannot tell
    QList<LogTlsUse> stillWorking; // observed pairs the changed server still accepts
    qint64 messages = 0;
    QDateTime lastSeen;
    Phrase reasonPhrase;          // `reason` as written, for the faces (the English is what JSON writes)
};

struct ChangeImpact {
    QString description;
    Phrase descriptionPhrase;     // `description` as written, for the faces
    QString serverSummary;        // the proposed server as simulated: versions, suite count, cert types, DH
    QList<PartnerImpact> losing;  // none of what the partner used would still be accepted
    QList<PartnerImpact> atRisk;  // something it used still works, or the log cannot tell (DH limits)
    int unaffected = 0;           // partners with TLS that keep a pair they used
    int cleartextOnly = 0;        // partners that never used TLS here (a change of TLS does not reach them)
    QStringList caveats;
    QString error;                // the change could not be read (a cipher list that names nothing)
    // serverSummary, caveats and error as written, for the faces (the English is what JSON writes).
    Phrase serverSummaryPhrase;
    QList<Phrase> caveatPhrases;
    Phrase errorPhrase;
};

// `direction`: 1 inbound partners (our server changes), 2 outbound (our client changes).
ChangeImpact whatBreaksIf(const LogInventory &inventory, const ServerChange &change, int direction = 1);

} // namespace mailtls::core
