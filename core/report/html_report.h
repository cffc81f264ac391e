#pragma once

// Report -> one self-contained HTML file an admin can attach to a ticket or print: inline CSS
// (with print rules), no scripts, no fonts, images or style sheets fetched from anywhere.
// Every text taken from a report (server banners, certificate names, transcript lines) is
// escaped: a hostile server must not be able to inject markup into the page.

#include <QDateTime>
#include <QList>
#include <QString>

#include "base/error.h"
#include "model/domain_report.h"
#include "model/report.h"

namespace mailtls::core {

struct HtmlReportOptions {
    QString title;              // empty: "MailTLS report — HOST:PORT"
    QDateTime generatedAt;      // invalid: now
    QString notes;              // the investigator's notes, shown before the reports; may be empty
    // For the PDF (pdf/pdf_report.h), not a browser: the same facts for Qt's rich-text engine
    // (a style sheet it reads, tables where the browser page draws boxes) and in the order a
    // partner's admin reads them: the verdict, the findings with their fixes, the chain, the
    // matrix, then the connection, the handshake and the transcript.
    bool print = false;
};

// &, <, >, " and ' replaced; line breaks kept as they are (use inside <pre> or with CSS).
QString htmlEscape(const QString &text);

// One report (kind "session", "scan" or "cert-inspect") as a full HTML document.
QString reportToHtml(const Report &report, const HtmlReportOptions &options = HtmlReportOptions());

// Several reports in one document (a workspace, a comparison): notes, a contents list, then
// each report's sections in turn.
QString reportsToHtml(const QList<Report> &reports, const HtmlReportOptions &options = HtmlReportOptions());

// The domain view (`mailtls domain --html`): verdicts, MX addresses, DANE, MTA-STS, TLS-RPT,
// the findings, then each address's session.
QString domainReportToHtml(const DomainReport &report, const HtmlReportOptions &options = HtmlReportOptions());

// Whether `path` could be written (not a directory, its directory exists and is writable), so a
// command can refuse a bad --html before the work. `error` gets a reason without the option:
// ErrorKind::Usage for no file name, FileUnwritable for everything else.
bool checkHtmlOutputPath(const QString &path, Error *error);

// Writes `html` as UTF-8 with saveFileAtomically (base/save_file.h): the old file stays whole
// when anything fails. On failure ErrorKind::FileUnwritable, the reason alone as the message.
bool writeHtmlFile(const QString &path, const QString &html, Error *error);

} // namespace mailtls::core
