#include "scan_command.h"
#include "cli_tr.h"

#include <QElapsedTimer>

#include <csignal>
#include <mutex>

#include <unistd.h>

#include "common_options.h"
#include "console.h"
#include "interrupt_guard.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report_printer.h"
#include "jobs/scan_job.h"
#include "scan_args.h"
#include "session_args.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {


// "[########............]  23/51 connections" on one stderr line, redrawn in place.
// On a terminal it is redrawn in place; with --progress and stderr not a terminal (a log, a
// pipe) it is a plain line now and then: every tenth of the work, or every five seconds.
class ProgressBar
{
public:
    ProgressBar(bool enabled, bool lines) : enabled_(enabled || lines), lines_(lines && !enabled) { clock_.start(); }
    void update(int done, int total)
    {
        if (!enabled_)
            return;
        std::lock_guard<std::mutex> lock(m_);
        total = qMax(total, done);
        if (lines_) {
            const int step = qMax(1, total / 10);
            if (done - lastLine_ < step && clock_.elapsed() - lastTime_ < 5000 && done != total)
                return;
            lastLine_ = done;
            lastTime_ = clock_.elapsed();
            writeErr(Cli::tr("scanning: %1/%2 connections, %3 s\n").arg(done).arg(total).arg(clock_.elapsed() / 1000));
            return;
        }
        const int width = 30;
        const int filled = total > 0 ? width * done / total : 0;
        writeErr(eraseLine() + Cli::tr("  scanning [%1%2] %3/%4 connections ")
                     .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                     .arg(done).arg(total));
        drawn_ = true;
    }
    void clear()
    {
        std::lock_guard<std::mutex> lock(m_);
        if (drawn_ && !lines_)
            writeErr(eraseLine());
        drawn_ = false;
    }

private:
    bool enabled_;
    bool lines_;
    bool drawn_ = false;
    QElapsedTimer clock_;
    int lastLine_ = -1;
    qint64 lastTime_ = 0;
    std::mutex m_;
};

} // namespace

int scanExitCode(const Report &report, const CliSettings &settings, QString *errorLine)
{
    errorLine->clear();
    const OutcomeClass kind = report.outcome.errorClass();
    const QString where = hostPortText(report.target.host, report.target.port);
    const QString reason = shownPhrase(report.outcome.errorPhrase, report.outcome.error);
    if (kind == OutcomeClass::Usage) {
        *errorLine = reason;
        return ExitUsage;
    }
    if (kind == OutcomeClass::Cancelled) {
        *errorLine = Cli::tr("interrupted");
        return ExitInterrupted;
    }
    if (kind == OutcomeClass::Connect || kind == OutcomeClass::Timeout || kind == OutcomeClass::Protocol) {
        *errorLine = Cli::tr("cannot scan %1: %2").arg(where, reason);
        return ExitUnreachable;
    }
    return failsOn(report.findings, settings) ? ExitFindings : ExitOk;
}

int runScanCommand(const QStringList &args)
{
    ScanOptions options;
    CliSettings settings;
    QString error;
    if (!parseScanArgs(args, &options, &settings, &error)) {
        printError(QStringLiteral("scan"), error + QLatin1Char(' ') + Cli::tr("(try 'mailtls scan --help')"));
        return ExitUsage;
    }
    if (settings.showHelp) {
        writeOut(settings.helpText);
        return ExitOk;
    }
    const bool jsonToStdout = settings.jsonPath == QLatin1String("-");
    const bool human = !jsonToStdout && !settings.quiet;
    PrinterOptions printerOptions;
    printerOptions.color = !settings.noColor && stdoutWantsColor();
    printerOptions.width = stdoutColumns(100);
    const ReportPrinter printer(printerOptions);

    ProgressBar bar(!settings.quiet && ::isatty(STDERR_FILENO) == 1, settings.progressLines);
    ScanEvents events;
    events.progress = [&bar](int done, int total) { bar.update(done, total); };

    CancelToken cancel;
    Report report;
    {
        InterruptGuard guard(cancel);
        report = runScan(options, cancel, events);
    }
    bar.clear();

    if (human) {
        // Without a single connection there is no matrix to show, and "No findings." would read
        // as a clean bill of health: the target and the one-line reason are the whole story.
        // Connected but never once brought to TLS (busy, silent): the matrix says what was tried,
        // and still no "No findings." under it.
        const bool nothingSeen = !report.outcome.connected && report.findings.isEmpty();
        const bool noHandshake = report.scan.handshakes == 0 && report.findings.isEmpty();
        writeOut(printer.targetSection(report.target)
                 + (nothingSeen ? QString()
                                : printer.scanSection(report) + (noHandshake ? QString() : printer.findingsSection(report.findings)))
                 + printer.scanSummaryLine(report));
    }
    else if (settings.quiet && !jsonToStdout)
        writeOut(printer.scanSummaryLine(report));

    const bool jsonFailed = !writeReportOutputs(QStringLiteral("scan"), report, settings);
    QString errorLine;
    int code = scanExitCode(report, settings, &errorLine);
    if (!errorLine.isEmpty())
        printError(QString(), errorLine);
    if (jsonFailed && (code == ExitOk || code == ExitFindings))
        code = ExitUsage;
    return code;
}

} // namespace mailtls::cli
