#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace mailtls::core {

// Ordered from least to most serious; comparisons rely on that order.
enum class Severity { Info, Low, Medium, High, Critical };

QString severityName(Severity severity);             // "info", "low", "medium", "high", "critical"
bool parseSeverity(const QString &name, Severity *out);

// One diagnosis with a stable id, written for a newcomer. Rules fill in the facts (id down to
// `facts`); diagnose/advice alone writes the two fixes from them.
struct Finding {
    QString id;          // e.g. "cert.self_signed"
    Severity severity = Severity::Info;
    QString title;       // one line
    QString detail;      // what it means and why it matters
    QString evidence;    // the transcript line or certificate field that shows it
    // What the fix needs beyond the id (the expected file, the partner's minimum DH bits, the
    // certificate types, ...); the keys are diagnose/advice.h's. Never written to JSON.
    QMap<QString, QString> facts;
    QString fixExim;     // configuration that fixes it: written by diagnose/advice, or read back
    QString fixPostfix;
    // What to publish or change in DNS (or in the MTA-STS policy file) instead: the domain view's
    // findings, whose cause is a record rather than a server setting. Empty for the others.
    QString fixDns;
    // The IMAP/POP3/ManageSieve findings: what to change in Dovecot (the access server admins
    // run beside Exim and Postfix). Empty for the others.
    QString fixDovecot;
};

using Findings = QList<Finding>;

// A finding as a rule raises it: the facts, no fix yet.
Finding makeFinding(const QString &id, Severity severity, const QString &title, const QString &detail,
                    const QString &evidence);

// Most severe first; equal severities keep their order (the rules' order). The one order every
// list of findings is shown in.
void sortBySeverity(Findings *findings);

bool hasFinding(const Findings &findings, const QString &id);
const Finding *findFinding(const Findings &findings, const QString &id);

} // namespace mailtls::core
