#pragma once

// Human-readable text of a Report for a mail admin at a terminal. Reads the Report only (no
// session state), so `scan`, `compare` and saved reports can print through it too. Returns
// text; writing it is the caller's business.

#include <QDateTime>
#include <QString>

#include "model/report.h"

namespace mailtls::cli {

struct PrinterOptions {
    bool color = false;     // ANSI colours (the caller decides: a terminal and no --no-color)
    int width = 100;        // wrap long prose at this column
    QDateTime now;          // for "days left"; invalid: the current time
};

class ReportPrinter
{
public:
    explicit ReportPrinter(PrinterOptions options = {});

    // Every section, in order, then the summary line.
    QString render(const core::Report &report) const;

    // The sections one by one (each ends with a blank line), for callers that stream the
    // transcript while the session runs.
    QString targetSection(const core::Target &target) const;
    QString transcriptHeading() const;
    QString transcriptLine(const core::TranscriptLine &line) const;   // one line, with "\n"
    QString transcriptSection(const QList<core::TranscriptLine> &lines) const;
    QString tlsSection(const core::Report &report) const;
    // EHLO before and after STARTTLS side by side, changes marked; empty unless both were seen.
    // `dialect`: imap, pop3 and sieve head it as their capability lists, the rest as EHLO.
    QString capabilitySection(const core::SmtpFacts &smtp, const QString &dialect = QString()) const;
    QString handshakeSection(const QList<core::HandshakeMessage> &messages) const;
    QString certificateSection(const core::CertificateChain &chain) const;
    QString findingsSection(const core::Findings &findings) const;
    // Everything after the transcript: TLS, Handshake, Certificate chain, Findings, summary.
    QString afterTranscript(const core::Report &report) const;
    // One line without colour codes in its words: "mail.example.org:25  TLSv1.3 ... 2 findings (1 high, 1 info)".
    QString summaryLine(const core::Report &report) const;
    // The scan section (`mailtls scan`): protocols, suites per version in order with grade,
    // preference, groups, DH prime, certificate types, connections; and its one-line summary.
    QString scanSection(const core::Report &report) const;
    QString scanSummaryLine(const core::Report &report) const;

    // Shared helpers, public so other printers (scan tables) phrase things the same way.
    static QString securityLevelNote(int level);        // "client ran at OpenSSL security level 0 (...)"
    static QString secondsText(qint64 ms);              // "+0.012s"

private:
    QString heading(const QString &title) const;
    QString paint(const QString &text, const char *ansi) const;
    QString field(const QString &label, const QString &value, int labelWidth = 20) const;
    QString wrapped(const QString &text, int indent) const;
    QString severityTag(core::Severity severity) const;
    QDateTime now() const;

    PrinterOptions options_;
};

} // namespace mailtls::cli
