#pragma once

// Reports as PDF, for forwarding to a partner's admin: the print flavour of the HTML report
// (report/html_report.h, HtmlReportOptions::print) laid out by Qt's rich-text engine on A4,
// with a footer on every page (the title, "page N of M"). Beside core, not in it: this needs
// Qt Gui (fonts, QPdfWriter), which no core layer links. The CLI and the window both link it.
//
// Rendering needs a QGuiApplication (the CLI makes one, on the offscreen platform, when --pdf
// is asked for). It may run on a worker thread (a Job): it touches no widget.

#include <QByteArray>
#include <QList>
#include <QString>

#include "base/error.h"
#include "model/domain_report.h"
#include "model/report.h"
#include "report/comparison_html.h"
#include "report/html_report.h"
#include "report/simulation_html.h"

namespace mailtls::pdf {

// HTML (the print flavour: the functions below set HtmlReportOptions::print) on A4 pages;
// `title` (empty: the HTML's <title>) goes into the PDF's metadata and the footer of every
// page. False with the reason
// when there is no QGuiApplication or the writer fails.
bool htmlToPdf(const QString &html, const QString &title, QByteArray *pdf, core::Error *error);

// One report, several (a workspace), the domain view: as reportToHtml, reportsToHtml and
// domainReportToHtml, but as PDF bytes.
bool reportToPdf(const core::Report &report, const core::HtmlReportOptions &options, QByteArray *pdf, core::Error *error);
bool reportsToPdf(const QList<core::Report> &reports, const core::HtmlReportOptions &options, QByteArray *pdf,
                  core::Error *error);
bool domainReportToPdf(const core::DomainReport &report, const core::HtmlReportOptions &options, QByteArray *pdf,
                       core::Error *error);

// A simulation and a comparison: as simulationToHtml and comparisonToHtml, but as PDF bytes.
bool simulationToPdf(const core::SimulationResult &result, const core::HtmlReportOptions &options, QByteArray *pdf,
                     core::Error *error);
bool comparisonToPdf(const core::Comparison &comparison, const QList<core::Report> &reports, const QStringList &sources,
                     const core::HtmlReportOptions &options, QByteArray *pdf, core::Error *error);

// Renders and writes with saveFileAtomically (base/save_file.h): the old file stays whole when
// anything fails. On failure the reason alone as the message.
bool writePdfFile(const QString &path, const QByteArray &pdf, core::Error *error);

// Whether a PDF can be made in this process (a QGuiApplication exists).
bool canRenderPdf();

} // namespace mailtls::pdf
