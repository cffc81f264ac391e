#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include "base/phrase.h"

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
    QString title;       // one line (English: the contract text, written to JSON)
    QString detail;      // what it means and why it matters (English)
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
    // The title and detail as the rule wrote them (template and values), for the faces to
    // show in the admin's language: shownTitle(), shownDetail(). Never written to JSON; a
    // finding read back from a report has plain text here.
    Phrase titlePhrase;
    Phrase detailPhrase;
};

using Findings = QList<Finding>;

// A finding as a rule raises it: the facts, no fix yet.
Finding makeFinding(const QString &id, Severity severity, const Phrase &title, const Phrase &detail,
                    const QString &evidence);

// Changes a finding's title or detail, keeping the English and the translatable form together.
void setTitle(Finding *finding, const Phrase &title);
void setDetail(Finding *finding, const Phrase &detail);

// The title and detail in the language the program runs in (the CLI's human output, the
// window); English when no translation is installed or the text was changed by hand.
QString shownTitle(const Finding &finding);
QString shownDetail(const Finding &finding);

// Most severe first; equal severities keep their order (the rules' order). The one order every
// list of findings is shown in.
void sortBySeverity(Findings *findings);

bool hasFinding(const Findings &findings, const QString &id);
const Finding *findFinding(const Findings &findings, const QString &id);

} // namespace mailtls::core
