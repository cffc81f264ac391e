#include "compare_command.h"
#include "cli_tr.h"

#include <QElapsedTimer>
#include <QFileInfo>


#include <unistd.h>

#include "compare_args.h"
#include "common_options.h"
#include "console.h"
#include "interrupt_guard.h"
#include "jobs/compare_job.h"
#include "pdf/pdf_report.h"
#include "report/comparison_html.h"
#include "report/comparison_json.h"
#include "session_args.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

// A cell's text cut into lines of at most `width` characters, at spaces where possible.
QStringList wrapCell(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (word.size() > width) {
            if (!line.isEmpty()) {
                lines << line;
                line.clear();
            }
            lines << word.left(width);
            word = word.mid(width);
        }
        if (line.isEmpty())
            line = word;
        else if (line.size() + 1 + word.size() <= width)
            line += QLatin1Char(' ') + word;
        else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

QString cellText(const CompareCell &cell)
{
    return cell.missing ? QStringLiteral("(%1)").arg(shownText(cell)) : shownText(cell);
}

QString whatText(const CompareRow &row)
{
    return row.key.isEmpty() ? localizedAspect(row.aspect) : QStringLiteral("%1: %2").arg(localizedAspect(row.aspect), shownKey(row));
}

class TableWriter
{
public:
    TableWriter(const Comparison &c, int width, bool color) : c_(c), color_(color)
    {
        const int n = qMax(1, int(c.labels.size()));
        int longestWhat = 0;
        int longestValue = 0;
        for (const CompareRow &row : c.rows) {
            longestWhat = qMax(longestWhat, int(whatText(row).size()));
            for (const CompareCell &cell : row.values)
                longestValue = qMax(longestValue, int(cellText(cell).size()));
        }
        for (int i = 0; i < c.labels.size(); ++i)
            longestValue = qMax(longestValue, int(header(i).size()));
        // The first column as wide as its longest entry while every value column keeps 24.
        whatWidth_ = qBound(16, longestWhat, qMax(24, width - 2 - n * (24 + 2)));
        valueWidth_ = qMax(12, (width - 2 - whatWidth_ - 2 * n) / n);
        valueWidth_ = qMin(valueWidth_, qMax(12, longestValue));
    }

    QString header(int i) const { return QStringLiteral("[%1] %2").arg(i + 1).arg(c_.labels.at(i)); }

    QString headerLine() const
    {
        QList<QStringList> cells;
        for (int i = 0; i < c_.labels.size(); ++i)
            cells << wrapCell(header(i), valueWidth_);
        return lines(QStringList{QString()}, cells, false);
    }

    QString row(const CompareRow &row) const
    {
        QList<QStringList> cells;
        for (const CompareCell &cell : row.values)
            cells << wrapCell(cellText(cell), valueWidth_);
        return lines(wrapCell(whatText(row), whatWidth_), cells, row.differs());
    }

private:
    QString lines(const QStringList &what, const QList<QStringList> &cells, bool highlight) const
    {
        int height = int(what.size());
        for (const QStringList &c : cells)
            height = qMax(height, int(c.size()));
        QString out;
        for (int l = 0; l < height; ++l) {
            QString line = QStringLiteral("  ") + what.value(l).leftJustified(whatWidth_);
            for (const QStringList &c : cells) {
                const QString text = c.value(l).leftJustified(valueWidth_);
                line += QStringLiteral("  ") + (highlight && color_ ? styled(text, "1;33") : text);
            }
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
        return out;
    }

    const Comparison &c_;
    bool color_;
    int whatWidth_ = 24;
    int valueWidth_ = 20;
};

QString heading(const QString &title, bool color)
{
    return (color ? styled(title, "1") : title) + QLatin1Char('\n');
}

QString summaryLine(const Comparison &c)
{
    return Cli::tr("compared %1 servers: %2 difference(s), %3 the same, %4 not comparable\n")
        .arg(c.labels.size())
        .arg(c.count(CompareRow::State::Differs))
        .arg(c.count(CompareRow::State::Same))
        .arg(c.count(CompareRow::State::Incomparable));
}

} // namespace

QString compareText(const Comparison &c, const QStringList &descriptions, int width, bool color)
{
    const TableWriter table(c, width, color);
    QString out = heading(Cli::tr("Servers"), color);
    for (int i = 0; i < c.labels.size(); ++i)
        out += QStringLiteral("  %1   %2\n").arg(table.header(i), descriptions.value(i));
    out += QLatin1Char('\n');

    const QList<CompareRow> differences = c.rowsIn(CompareRow::State::Differs);
    if (differences.isEmpty()) {
        out += heading(Cli::tr("Differences: none"), color);
        out += Cli::tr("  The servers agree on everything the reports hold in common.\n\n");
    } else {
        out += heading(Cli::tr("Differences (%1)").arg(differences.size()), color);
        out += table.headerLine();
        for (const CompareRow &row : differences)
            out += table.row(row);
        out += QLatin1Char('\n');
    }
    const QList<CompareRow> same = c.rowsIn(CompareRow::State::Same);
    if (!same.isEmpty()) {
        out += heading(Cli::tr("Same (%1)").arg(same.size()), color);
        out += table.headerLine();
        for (const CompareRow &row : same)
            out += table.row(row);
        out += QLatin1Char('\n');
    }
    const QList<CompareRow> incomparable = c.rowsIn(CompareRow::State::Incomparable);
    if (!incomparable.isEmpty()) {
        out += heading(Cli::tr("Not comparable: held by one report only (%1)").arg(incomparable.size()), color);
        out += table.headerLine();
        for (const CompareRow &row : incomparable)
            out += table.row(row);
        out += QLatin1Char('\n');
    }
    if (!c.notes.isEmpty()) {
        out += heading(Cli::tr("Notes"), color);
        for (int i = 0; i < c.notes.size(); ++i) {
            const QString note = shownPhrase(c.notePhrases.value(i), c.notes.at(i));
            const QStringList lines = wrapCell(note, qMax(40, width - 4));
            out += QStringLiteral("  - %1\n").arg(lines.join(QStringLiteral("\n    ")));
        }
        out += QLatin1Char('\n');
    }
    return out + summaryLine(c);
}

int runCompareCommand(const QStringList &args)
{
    QList<CompareInput> inputs;
    CompareSettings settings;
    QString error;
    if (!parseCompareArgs(args, &inputs, &settings, &error)) {
        printError(QStringLiteral("compare"), error + QLatin1Char(' ') + Cli::tr("(try 'mailtls compare --help')"));
        return ExitUsage;
    }
    if (settings.cli.showHelp) {
        writeOut(settings.cli.helpText);
        return ExitOk;
    }
    const bool jsonToStdout = settings.cli.jsonPath == QLatin1String("-");
    const bool progress = !settings.cli.quiet && ::isatty(STDERR_FILENO) == 1;

    // Live servers are scanned in parallel, each with its own per-host connection limit.
    QList<Report> reports;
    for (const CompareInput &in : inputs)
        reports << in.saved;
    CancelToken cancel;
    {
        InterruptGuard guard(cancel);
        QList<int> live;
        QList<ScanOptions> targets;
        for (int i = 0; i < inputs.size(); ++i) {
            if (inputs.at(i).live) {
                live << i;
                targets << inputs.at(i).scan;
            }
        }
        if (progress && !targets.isEmpty())
            writeErr(Cli::tr("  scanning %1 server(s)...\n").arg(targets.size()));
        const QList<Report> scanned =
            scanAllForComparison(targets, cancel, [&](int n, const Report &r, qint64 elapsedMs) {
                if (progress)
                    writeErr(Cli::tr("  scanned %1 (%2 connections, %3 s)\n")
                                 .arg(inputs.at(live.at(n)).argument)
                                 .arg(r.scan.connections)
                                 .arg(double(elapsedMs) / 1000.0, 0, 'f', 1));
            });
        for (int n = 0; n < live.size(); ++n)
            reports[live.at(n)] = scanned.at(n);
    }
    if (cancel.isCancelled()) {
        printError(QString(), Cli::tr("interrupted"));
        return ExitInterrupted;
    }
    for (int i = 0; i < inputs.size(); ++i) {
        if (!inputs.at(i).live)
            continue;
        const Report &r = reports.at(i);
        if (comparisonScanFailed(r)) {
            printError(QString(), Cli::tr("cannot scan %1: %2").arg(hostPortText(r.target.host, r.target.port), shownPhrase(r.outcome.errorPhrase, r.outcome.error)));
            return ExitUnreachable;
        }
    }

    QStringList labels;
    QStringList sources;     // JSON: "live" or the file
    QStringList described;   // text: how each column came about
    for (int i = 0; i < inputs.size(); ++i) {
        const CompareInput &in = inputs.at(i);
        const Report &r = reports.at(i);
        QString label = in.live ? hostPortText(r.target.host, r.target.port) : QFileInfo(in.argument).fileName();
        const QString base = label;
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 #%2").arg(base).arg(n);
        labels << label;
        sources << (in.live ? QStringLiteral("live") : in.argument);
        if (in.live) {
            described << Cli::tr("live scan now");
        } else {
            const QString when = r.startedAt.isValid() ? r.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : Cli::tr("time unknown");
            described << Cli::tr("saved %1 report of %2, %3").arg(r.kind, hostPortText(r.target.host, r.target.port), when);
        }
    }

    const Comparison comparison = compareReports(reports, labels);
    const bool color = !settings.cli.noColor && stdoutWantsColor();
    if (!jsonToStdout) {
        if (settings.cli.quiet)
            writeOut(summaryLine(comparison));
        else
            writeOut(compareText(comparison, described, stdoutColumns(120), color));
    }
    const QByteArray json = comparisonToJsonBytes(comparisonToJson(comparison, reports, sources, QStringLiteral(MAILTLS_VERSION)));
    bool jsonFailed = false;
    if (jsonToStdout) {
        writeOut(QString::fromUtf8(json));
    } else if (!settings.cli.jsonPath.isEmpty()) {
        QString writeError;
        if (!writeOutputFile(settings.cli.jsonPath, json, &writeError)) {
            printError(QStringLiteral("compare"), Cli::tr("cannot write --json %1: %2").arg(settings.cli.jsonPath, writeError));
            jsonFailed = true;
        }
    }
    if (!settings.cli.htmlPath.isEmpty()) {
        Error why;
        if (!writeHtmlFile(settings.cli.htmlPath, comparisonToHtml(comparison, reports, sources), &why)) {
            printError(QStringLiteral("compare"), Cli::tr("cannot write --html %1: %2").arg(settings.cli.htmlPath, shownMessage(why)));
            jsonFailed = true;
        }
    }
    if (!settings.cli.pdfPath.isEmpty()) {
        QByteArray bytes;
        Error why;
        if (!pdf::comparisonToPdf(comparison, reports, sources, HtmlReportOptions(), &bytes, &why) ||
            !pdf::writePdfFile(settings.cli.pdfPath, bytes, &why)) {
            printError(QStringLiteral("compare"), Cli::tr("cannot write --pdf %1: %2").arg(settings.cli.pdfPath, shownMessage(why)));
            jsonFailed = true;
        }
    }
    if (jsonFailed)
        return ExitUsage;
    if (settings.failOnDifference && comparison.count(CompareRow::State::Differs) > 0)
        return ExitFindings;
    if (settings.cli.failOnSet)
        for (const Report &r : std::as_const(reports))
            for (const Finding &f : r.findings)
                if (f.severity >= settings.cli.failOn)
                    return ExitFindings;
    return ExitOk;
}

} // namespace mailtls::cli
