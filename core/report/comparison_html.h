#pragma once

// A comparison of servers (`mailtls compare`) as one self-contained HTML document, laid out for
// a partner's admin: the differences first (the servers side by side, the differing cells
// marked), what they share, then each server's findings with their fixes. Every text from a
// server or a saved report is escaped. HtmlReportOptions::print gives the flavour
// pdf/pdf_report.h lays out.

#include <QList>
#include <QString>
#include <QStringList>

#include "diagnose/compare.h"
#include "model/report.h"
#include "report/html_report.h"

namespace mailtls::core {

// `reports` in the comparison's column order; `sources` says per report where it came from
// ("live" or a file path; may be empty).
QString comparisonToHtml(const Comparison &comparison, const QList<Report> &reports, const QStringList &sources,
                         const HtmlReportOptions &options = HtmlReportOptions());

} // namespace mailtls::core
