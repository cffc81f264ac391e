#pragma once

#include <QList>
#include <QString>

namespace mailtls::core {

// Ordered from least to most serious; comparisons rely on that order.
enum class Severity { Info, Low, Medium, High, Critical };

QString severityName(Severity severity);             // "info", "low", "medium", "high", "critical"
bool parseSeverity(const QString &name, Severity *out);

// One diagnosis with stable id (see DESIGN.md "Finding ids"), written for a newcomer.
struct Finding {
    QString id;          // e.g. "cert.self_signed"
    Severity severity = Severity::Info;
    QString title;       // one line
    QString detail;      // what it means and why it matters
    QString evidence;    // the transcript line or certificate field that shows it
    QString fixExim;     // configuration that fixes it (may be empty until advise/ exists)
    QString fixPostfix;
};

using Findings = QList<Finding>;

bool hasFinding(const Findings &findings, const QString &id);
const Finding *findFinding(const Findings &findings, const QString &id);

} // namespace mailtls::core
