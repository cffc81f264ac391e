#include "model/finding.h"

#include <algorithm>

namespace mailtls::core {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Low: return QStringLiteral("low");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::High: return QStringLiteral("high");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

bool parseSeverity(const QString &name, Severity *out)
{
    const QString n = name.trimmed().toLower();
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (severityName(s) == n) {
            *out = s;
            return true;
        }
    }
    return false;
}

Finding makeFinding(const QString &id, Severity severity, const Phrase &title, const Phrase &detail,
                    const QString &evidence)
{
    Finding f;
    f.id = id;
    f.severity = severity;
    setTitle(&f, title);
    setDetail(&f, detail);
    f.evidence = evidence;
    return f;
}

void setTitle(Finding *finding, const Phrase &title)
{
    finding->titlePhrase = title;
    finding->title = title.english();
}

void setDetail(Finding *finding, const Phrase &detail)
{
    finding->detailPhrase = detail;
    finding->detail = detail.english();
}

QString shownTitle(const Finding &finding)
{
    return shownPhrase(finding.titlePhrase, finding.title);
}

QString shownDetail(const Finding &finding)
{
    return shownPhrase(finding.detailPhrase, finding.detail);
}

void sortBySeverity(Findings *findings)
{
    std::stable_sort(findings->begin(), findings->end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
}

const Finding *findFinding(const Findings &findings, const QString &id)
{
    for (const Finding &f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

bool hasFinding(const Findings &findings, const QString &id)
{
    return findFinding(findings, id) != nullptr;
}

} // namespace mailtls::core
