#include "session_command.h"

#include <QFile>

#include <csignal>

#include "cli_tr.h"
#include "common_options.h"
#include "console.h"
#include "interactive_console.h"
#include "interrupt_guard.h"
#include "base/limits.h"
#include "base/read_file.h"
#include "jobs/session_job.h"
#include "model/targets.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report_printer.h"
#include "session_args.h"

using namespace mailtls::core;

namespace mailtls::cli {

int sessionExitCode(const Report &report, const CliSettings &settings, QString *errorLine)
{
    errorLine->clear();
    const QString where = hostPortText(report.target.host, report.target.port);
    const OutcomeClass kind = report.outcome.errorClass();
    // The English reason (core's contract text) is what is looked at; the shown one is what the
    // admin reads: core's sentence in their language, or the English when it has no translation.
    const QString reason = report.outcome.error.isEmpty() ? outcomeWord(report.outcome.errorKind) : report.outcome.error;
    const QString shown = report.outcome.error.isEmpty() ? reason : shownPhrase(report.outcome.errorPhrase, report.outcome.error);
    auto failure = [&](const char *sentence) {   // "cannot connect to %1: %2" (target, reason)
        static const QString cannotConnect = QStringLiteral("cannot connect to ");
        const int colon = reason.indexOf(QLatin1String(": "));
        if (kind == OutcomeClass::Connect && reason.startsWith(cannotConnect) && colon > 0) {
            if (shown != reason) {
                *errorLine = shown;   // core's translated sentence names the address and port itself
            } else {
                // "cannot connect to 127.0.0.1 port 2525: Connection refused" -> host:port form.
                QString why = reason.mid(colon + 2);
                if (why.size() > 1 && why.at(0).isUpper() && why.at(1).isLower())
                    why[0] = why.at(0).toLower();
                *errorLine = Cli::tr(sentence).arg(where, why);
            }
        } else if (!report.target.host.isEmpty() && reason.contains(report.target.host)) {
            *errorLine = shown;   // already names the target ("cannot resolve mx.example: ...")
        } else {
            *errorLine = Cli::tr(sentence).arg(where, shown);
        }
        return int(ExitUnreachable);
    };
    if (kind == OutcomeClass::Usage) {
        *errorLine = shown;   // the engine refused an option (cipher list, client key, ...)
        return ExitUsage;
    }
    if (kind == OutcomeClass::Connect)
        return failure(QT_TRANSLATE_NOOP("mailtls", "cannot connect to %1: %2"));
    if (kind == OutcomeClass::Timeout)
        return failure(QT_TRANSLATE_NOOP("mailtls", "timed out talking to %1: %2"));
    if (kind == OutcomeClass::Protocol)
        return failure(QT_TRANSLATE_NOOP("mailtls", "protocol failure with %1: %2"));
    if (kind == OutcomeClass::Cancelled) {
        *errorLine = Cli::tr("interrupted");
        return ExitInterrupted;
    }
    return failsOn(report.findings, settings) ? ExitFindings : ExitOk;
}

int runSessionCommand(const QStringList &args)
{
    SessionOptions options;
    CliSettings settings;
    QString error;
    if (!parseSessionArgs(args, &options, &settings, &error)) {
        printError(QStringLiteral("session"), error + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls session")));
        return ExitUsage;
    }
    if (settings.showHelp) {
        writeOut(settings.helpText);
        return ExitOk;
    }
    if (settings.interactive && settings.dataFromStdin) {
        printError(QStringLiteral("session"), Cli::tr("--interactive reads the console from stdin; use --data FILE, "
                                                      "not --data - (try 'mailtls session --help')"));
        return ExitUsage;
    }
    if (settings.dataFromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(QStringLiteral("session"), Cli::tr("--data -: cannot read stdin"));
            return ExitUsage;
        }
        core::Error readError;
        if (!core::readDeviceBounded(&in, QStringLiteral("stdin"), core::limits::kMessageFileBytes, core::phrase("Errors", "message"),
                                     &options.data, &readError)) {
            printError(QStringLiteral("session"), Cli::tr("--data -: %1").arg(shownMessage(readError)));
            return ExitUsage;
        }
        if (options.data.isEmpty()) {
            printError(QStringLiteral("session"), Cli::tr("--data -: stdin was empty"));
            return ExitUsage;
        }
    }

    const bool jsonToStdout = settings.jsonPath == QLatin1String("-");
    const bool human = !jsonToStdout && !settings.quiet;
    PrinterOptions printerOptions;
    printerOptions.color = !settings.noColor && stdoutWantsColor();
    printerOptions.width = stdoutColumns(100);
    const ReportPrinter printer(printerOptions);
    // On a terminal the transcript appears as it happens; a pipe gets the finished report.
    // --interactive is live wherever stdout goes: the console prints the conversation itself.
    const bool live = human && (stdoutIsTerminal() || settings.interactive);

    SessionEvents events;
    if (live) {
        writeOut(printer.targetSection(plannedTarget(options)));
        writeOut(printer.transcriptHeading());
        if (!settings.interactive)
            events.line = [&printer](const TranscriptLine &line) { writeOut(printer.transcriptLine(line)); };
    }

    CancelToken cancel;
    Report report;
    ConsoleResult console;
    {
        InterruptGuard guard(cancel);
        if (settings.interactive) {
            ConsoleSettings consoleSettings;
            consoleSettings.toStderr = jsonToStdout;
            console = runInteractiveConsole(options, cancel, printer, consoleSettings);
            report = console.report;
        } else {
            report = runSession(options, cancel, events);
        }
    }
    if (report.toolVersion.isEmpty())
        report.toolVersion = QStringLiteral(MAILTLS_VERSION);

    if (human) {
        QString text;
        if (live) {
            if (report.transcript.isEmpty())
                text += Cli::tr("  (nothing was exchanged)\n");
            text += QLatin1Char('\n') + printer.afterTranscript(report);
        } else {
            text = printer.render(report);
        }
        writeOut(text);
    } else if (settings.quiet && !jsonToStdout) {
        writeOut(printer.summaryLine(report));
    }

    // Written for failed sessions too: "cannot connect" is worth attaching to a ticket as well.
    const bool jsonFailed = !writeReportOutputs(QStringLiteral("session"), report, settings);

    QString errorLine;
    int code = sessionExitCode(report, settings, &errorLine);
    if (settings.interactive && (code == ExitOk || code == ExitFindings)) {
        // The planned part went well; how the console ended decides (docs/CONTRACTS.md).
        if (cancel.isCancelled()) {
            errorLine = Cli::tr("interrupted");
            code = ExitInterrupted;
        } else if (console.closedByServer) {
            errorLine = Cli::tr("%1 ended the console: %2")
                            .arg(hostPortText(report.target.host, report.target.port), console.closedText);
            code = ExitUnreachable;
        }
    }
    if (!errorLine.isEmpty())
        printError(QString(), errorLine);
    if (jsonFailed && (code == ExitOk || code == ExitFindings))
        code = ExitUsage;
    return code;
}

} // namespace mailtls::cli
