#include "fleet_command.h"
#include "cli_tr.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <unistd.h>

#include <algorithm>

#include "common_options.h"
#include "console.h"
#include "fleet_args.h"
#include "interrupt_guard.h"
#include "jobs/fleet_job.h"
#include "report/report_jsonl.h"
#include "session_args.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

const QString kCommand = QStringLiteral("fleet");

// What the table, the totals and --baseline need of a report (a fleet may hold 100,000
// targets: whole reports are not kept).
struct Facts {
    bool reached = false;            // an answer to judge (not unreachable, not stopped)
    bool cancelled = false;
    bool notRun = false;             // a usage error: the target was never tried
    QString failure;                 // why it is not reached
    QString verdict;                 // "TLSv1.3 TLS_AES_256_GCM_SHA384" or the failure
    QMap<QString, Severity> findings;   // id -> severity
    bool hasWorst = false;
    Severity worst = Severity::Info;
    QString worstId;
    QStringList versions;            // negotiated (session) or accepted (scan)
    QString leafSha256;
    QDateTime notAfter;
    qint64 durationMs = 0;
};

QString shortFingerprint(const QString &sha256)
{
    return sha256.left(23);   // "AB:CD:EF:01:23:45:67:89"
}

Facts factsOf(const Report &report)
{
    Facts f;
    f.durationMs = report.durationMs;
    const OutcomeClass kind = report.outcome.errorClass();
    f.cancelled = kind == OutcomeClass::Cancelled;
    f.reached = kind == OutcomeClass::None || kind == OutcomeClass::Tls;
    f.notRun = kind == OutcomeClass::Usage;
    const QString reason = report.outcome.error.isEmpty() ? outcomeWord(report.outcome.errorKind)
                                                          : shownPhrase(report.outcome.errorPhrase, report.outcome.error);
    if (f.cancelled)
        f.failure = Cli::tr("stopped before it finished");
    else if (kind == OutcomeClass::Usage)
        f.failure = Cli::tr("not run: %1").arg(reason);
    else if (!f.reached)
        f.failure = QStringLiteral("%1: %2").arg(outcomeWord(report.outcome.errorKind), reason);

    for (const Finding &finding : report.findings) {
        f.findings.insert(finding.id, finding.severity);
        if (!f.hasWorst || int(finding.severity) > int(f.worst)) {
            f.hasWorst = true;
            f.worst = finding.severity;
            f.worstId = finding.id;
        }
    }

    Certificate leaf;
    if (report.kind == QLatin1String("scan")) {
        for (auto it = report.scan.protocols.begin(); it != report.scan.protocols.end(); ++it) {
            if (it.value())
                f.versions << it.key();
        }
        static const QStringList order = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                                          QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
        std::sort(f.versions.begin(), f.versions.end(),
                  [](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
        if (!report.scan.servedChains.isEmpty() && !report.scan.servedChains.first().isEmpty())
            leaf = report.scan.servedChains.first().first();
        int suites = 0;
        for (const auto &list : report.scan.ciphers)
            suites += int(list.size());
        if (!f.failure.isEmpty())
            f.verdict = f.failure;
        else if (f.versions.isEmpty())
            f.verdict = Cli::tr("no TLS version accepted");
        else
            f.verdict = Cli::tr("%1, %2 suites").arg(f.versions.join(QLatin1Char(' '))).arg(suites);
    } else {
        const TlsFacts &t = report.tls;
        if (t.established)
            f.versions << t.version;
        if (!report.certificates.isEmpty())
            leaf = report.certificates.first();
        if (!f.failure.isEmpty())
            f.verdict = f.failure;
        else if (t.established)
            f.verdict = QStringLiteral("%1 %2").arg(t.version, t.cipher.iana.isEmpty() ? t.cipher.openssl : t.cipher.iana);
        else if (t.attempted)
            f.verdict = t.alert.isEmpty() ? Cli::tr("TLS handshake failed")
                                          : Cli::tr("TLS handshake failed (%1)").arg(t.alert);
        else
            f.verdict = report.smtp.starttlsOffered ? Cli::tr("no TLS") : Cli::tr("no TLS (STARTTLS not offered)");
    }
    if (!leaf.isNull()) {
        f.leafSha256 = leaf.sha256Fingerprint();
        f.notAfter = leaf.notAfter();
    }
    return f;
}

// What changed for one target since the baseline run.
QStringList changesSince(const Facts &before, const Facts &now)
{
    QStringList out;
    if (before.reached != now.reached) {
        out << (now.reached ? Cli::tr("answers again (was: %1)").arg(before.failure)
                            : Cli::tr("no longer answers: %1").arg(now.failure));
        return out;
    }
    if (!now.reached)
        return out;
    for (auto it = now.findings.begin(); it != now.findings.end(); ++it) {
        if (!before.findings.contains(it.key()))
            out << Cli::tr("new finding %1 (%2)").arg(it.key(), severityName(it.value()));
    }
    for (auto it = before.findings.begin(); it != before.findings.end(); ++it) {
        if (!now.findings.contains(it.key()))
            out << Cli::tr("finding gone %1 (%2)").arg(it.key(), severityName(it.value()));
    }
    for (const QString &v : now.versions) {
        if (!before.versions.contains(v))
            out << Cli::tr("version gained %1").arg(v);
    }
    for (const QString &v : before.versions) {
        if (!now.versions.contains(v))
            out << Cli::tr("version lost %1").arg(v);
    }
    if (!before.leafSha256.isEmpty() && !now.leafSha256.isEmpty() && before.leafSha256 != now.leafSha256)
        out << Cli::tr("certificate changed: SHA-256 %1… -> %2…")
                   .arg(shortFingerprint(before.leafSha256), shortFingerprint(now.leafSha256));
    else if (before.leafSha256.isEmpty() != now.leafSha256.isEmpty())
        out << (now.leafSha256.isEmpty() ? Cli::tr("no certificate seen any more")
                                         : Cli::tr("certificate seen (none before)"));
    return out;
}

struct Row {
    bool done = false;
    Facts facts;
    QStringList changes;
    bool inBaseline = false;
};

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

QString daysLeft(const QDateTime &notAfter)
{
    if (!notAfter.isValid())
        return QStringLiteral("-");
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(notAfter);
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    return days < 0 ? Cli::tr("expired %1 d ago").arg(-days) : Cli::tr("%1 d").arg(days);
}

const char *severityStyle(Severity s)
{
    switch (s) {
    case Severity::Critical:
    case Severity::High:
        return "1;31";
    case Severity::Medium:
        return "33";
    default:
        return "0";
    }
}

// Pads or cuts a cell to `width` terminal columns (a translated CJK text takes two a character).
QString cell(const QString &text, int width)
{
    const int columns = displayColumns(text);
    if (columns <= width)
        return text + QString(width - columns, QLatin1Char(' '));
    QString cut;
    for (const QChar c : text) {
        if (displayColumns(cut + c) > width - 1)
            break;
        cut += c;
    }
    return cut + QString(width - 1 - displayColumns(cut), QLatin1Char(' ')) + QChar(0x2026);
}

bool openJsonl(const FleetSettings &s, QFile *file, QString *error)
{
    if (s.jsonlPath.isEmpty() || s.jsonlPath == QLatin1String("-"))
        return true;
    file->setFileName(s.jsonlPath);
    const bool append = !s.resumePath.isEmpty();
    if (!file->open(append ? (QIODevice::WriteOnly | QIODevice::Append) : (QIODevice::WriteOnly | QIODevice::Truncate))) {
        *error = Cli::tr("cannot write --jsonl %1: %2").arg(s.jsonlPath, file->errorString());
        return false;
    }
    // A run killed while writing may have left a cut last line: start on a fresh one.
    if (append && file->size() > 0) {
        QFile reader(s.jsonlPath);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) && reader.read(1) != "\n")
            file->write("\n");
        file->flush();
    }
    return true;
}

} // namespace

int runFleetCommand(const QStringList &args)
{
    FleetSettings s;
    QString error;
    if (!parseFleetArgs(args, &s, &error)) {
        printError(kCommand, error + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls fleet")));
        return ExitUsage;
    }
    if (s.cli.showHelp) {
        writeOut(s.cli.helpText);
        return ExitOk;
    }

    // The list.
    QList<FleetTarget> targets;
    QStringList problems;
    QList<core::Phrase> problemPhrases;
    {
        QFile in;
        const bool fromStdin = s.listPath == QLatin1String("-");
        const bool opened = fromStdin ? in.open(stdin, QIODevice::ReadOnly) : (in.setFileName(s.listPath), in.open(QIODevice::ReadOnly));
        if (!opened) {
            printError(kCommand, Cli::tr("%1: cannot read (%2)").arg(s.listPath, in.errorString()));
            return ExitUsage;
        }
        parseFleetList(&in, fromStdin ? QStringLiteral("stdin") : s.listPath, &targets, &problems, &problemPhrases);
    }
    for (int i = 0; i < problems.size(); ++i)
        printError(kCommand, core::shownPhrase(problemPhrases.value(i), problems.at(i)));
    if (targets.isEmpty()) {
        printError(kCommand, Cli::tr("%1: no target in the list").arg(s.listPath));
        return ExitUsage;
    }

    // --resume: what the file already holds.
    int skipped = 0;
    if (!s.resumePath.isEmpty() && QFileInfo::exists(s.resumePath)) {
        QSet<QString> done;
        QList<core::Phrase> resumeProblems;
        Error readError;
        if (!readReportLines(s.resumePath, [&done](int, const Report &r) {
                if (r.outcome.errorClass() != OutcomeClass::Cancelled)
                    done.insert(fleetTargetKey(r.target));
            }, &resumeProblems, &readError)) {
            printError(kCommand, Cli::tr("--resume %1").arg(shownMessage(readError)));
            return ExitUsage;
        }
        for (const core::Phrase &problem : resumeProblems)
            printError(kCommand, Cli::tr("--resume %1 (ignored)").arg(problem.localized()));
        QList<FleetTarget> left;
        for (const FleetTarget &t : targets) {
            if (done.contains(fleetTargetKey(t)))
                ++skipped;
            else
                left << t;
        }
        targets = left;
    }

    // --baseline: the earlier run, as facts.
    QHash<QString, Facts> baseline;
    QSet<QString> baselineKeys;
    if (!s.baselinePath.isEmpty()) {
        QList<core::Phrase> baselineProblems;
        Error readError;
        if (!readReportLines(s.baselinePath, [&baseline](int, const Report &r) {
                baseline.insert(fleetTargetKey(r.target), factsOf(r));
            }, &baselineProblems, &readError)) {
            printError(kCommand, Cli::tr("--baseline %1").arg(shownMessage(readError)));
            return ExitUsage;
        }
        for (const core::Phrase &problem : baselineProblems)
            printError(kCommand, Cli::tr("--baseline %1 (ignored)").arg(problem.localized()));
    }

    QFile jsonl;
    if (!openJsonl(s, &jsonl, &error)) {
        printError(kCommand, error);
        return ExitUsage;
    }
    const bool jsonlToStdout = s.jsonlPath == QLatin1String("-");
    const bool table = !jsonlToStdout && !s.cli.quiet;
    const bool color = !s.cli.noColor && stdoutWantsColor();
    const bool progressLines = !s.cli.quiet && (s.cli.progressLines || !stdoutIsTerminal());

    s.request.targets = targets;
    QVector<Row> rows(targets.size());
    bool writeFailed = false;
    int finishedCount = 0;

    auto onResult = [&](int index, const Report &report) {
        Row &row = rows[index];
        row.done = true;
        row.facts = factsOf(report);
        const FleetTarget &target = targets.at(index);
        if (!row.facts.cancelled) {
            const QByteArray line = reportToJsonLine(report);
            if (jsonlToStdout) {
                writeOut(QString::fromUtf8(line));
            } else if (jsonl.isOpen() && !writeFailed) {
                if (jsonl.write(line) != line.size() || !jsonl.flush()) {
                    writeFailed = true;
                    printError(kCommand, Cli::tr("cannot write --jsonl %1: %2").arg(s.jsonlPath, jsonl.errorString()));
                }
            }
            if (!s.baselinePath.isEmpty()) {
                const QString key = fleetTargetKey(target);
                row.inBaseline = baseline.contains(key);
                if (row.inBaseline)
                    row.changes = changesSince(baseline.value(key), row.facts);
            }
        }
        ++finishedCount;
        if (progressLines) {
            writeErr(QStringLiteral("fleet: %1/%2 %3 %4 (%5)\n")
                         .arg(finishedCount).arg(targets.size())
                         .arg(target.text, row.facts.verdict, seconds(row.facts.durationMs)));
        }
    };

    CancelToken cancel;
    FleetOutcome outcome;
    {
        InterruptGuard guard(cancel);
        outcome = runFleet(s.request, cancel, onResult);
    }
    if (jsonl.isOpen())
        jsonl.close();

    // Totals.
    int ok = 0, unreachable = 0, stopped = 0, notRun = 0, checked = 0;
    QMap<int, int> bySeverity;   // -severity -> targets whose worst finding it is
    bool failOn = false;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        if (!row.done) {
            ++notRun;
            continue;
        }
        if (row.facts.cancelled) {
            ++stopped;
            continue;
        }
        ++checked;
        if (!row.facts.reached && row.facts.notRun)
            ++notRun;
        else if (!row.facts.reached)
            ++unreachable;
        if (row.facts.hasWorst)
            ++bySeverity[-int(row.facts.worst)];
        else if (row.facts.reached)
            ++ok;
        if (s.cli.failOnSet) {
            for (auto it = row.facts.findings.begin(); it != row.facts.findings.end(); ++it) {
                if (int(it.value()) >= int(s.cli.failOn))
                    failOn = true;
            }
        }
    }

    QString out;
    auto paint = [color](const QString &text, const char *sgr) { return color ? styled(text, sgr) : text; };
    if (table && !rows.isEmpty()) {
        int targetWidth = 6;
        for (const FleetTarget &t : targets)
            targetWidth = qMax(targetWidth, int(t.text.size()));
        targetWidth = qMin(targetWidth, 40);
        const int verdictWidth = 52;
        out += paint(QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(cell(Cli::tr("TARGET"), targetWidth), cell(Cli::tr("RESULT"), verdictWidth),
                              cell(Cli::tr("WORST FINDING"), 36), cell(Cli::tr("CERT"), 8),
                              Cli::tr("TIME")), "1")
               + QLatin1Char('\n');
        for (int i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            const Facts &f = row.facts;
            QString worst = QStringLiteral("-");
            QString worstCell;
            if (!row.done) {
                worstCell = cell(QString(), 36);
            } else if (f.hasWorst) {
                worst = severityName(f.worst) + QLatin1Char(' ') + f.worstId;
                worstCell = paint(cell(worst, 36), severityStyle(f.worst));
            } else {
                worstCell = cell(f.reached ? Cli::tr("none") : QStringLiteral("-"), 36);
            }
            const QString verdict = !row.done ? Cli::tr("not checked") : f.verdict;
            out += QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(cell(targets.at(i).text, targetWidth), cell(verdict, verdictWidth), worstCell,
                            cell(row.done ? daysLeft(f.notAfter) : QString(), 8),
                            row.done ? seconds(f.durationMs) : QString());
        }
        out += QLatin1Char('\n');
    }
    if (!s.baselinePath.isEmpty() && table) {
        out += paint(Cli::tr("Changes since %1").arg(s.baselinePath), "1") + QLatin1Char('\n');
        int unchanged = 0, fresh = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            if (!row.done || row.facts.cancelled)
                continue;
            if (!row.inBaseline) {
                ++fresh;
                out += Cli::tr("  %1: not in the baseline\n").arg(targets.at(i).text);
                continue;
            }
            if (row.changes.isEmpty()) {
                ++unchanged;
                continue;
            }
            for (const QString &change : row.changes)
                out += QStringLiteral("  %1: %2\n").arg(targets.at(i).text, change);
        }
        out += Cli::tr("  %1 unchanged, %2 not in the baseline\n\n").arg(unchanged).arg(fresh);
    }
    if (!jsonlToStdout) {
        QStringList parts;
        parts << Cli::tr("%1 targets").arg(groupedNumber(targets.size() + skipped));
        if (skipped > 0)
            parts << Cli::tr("%1 already in %2").arg(groupedNumber(skipped)).arg(s.resumePath);
        parts << Cli::tr("%1 ok").arg(groupedNumber(ok));
        QStringList severities;
        for (auto it = bySeverity.begin(); it != bySeverity.end(); ++it)
            severities << QStringLiteral("%1 %2").arg(groupedNumber(it.value())).arg(severityName(Severity(-it.key())));
        if (!severities.isEmpty())
            parts << Cli::tr("with findings: %1").arg(severities.join(QLatin1String(", ")));
        parts << Cli::tr("%1 unreachable").arg(groupedNumber(unreachable));
        if (stopped + notRun > 0)
            parts << Cli::tr("%1 not checked").arg(groupedNumber(stopped + notRun));
        out += Cli::tr("Total: %1; %2\n").arg(parts.join(QLatin1String(", ")), seconds(outcome.elapsedMs));
        writeOut(out);
    }

    if (outcome.cancelled) {
        printError(kCommand, Cli::tr("interrupted: %1 of %2 targets checked").arg(checked).arg(targets.size()));
        return ExitInterrupted;
    }
    if (writeFailed)
        return ExitUsage;
    if (failOn)
        return ExitFindings;
    if (outcome.timedOut && (stopped + notRun) > 0) {
        printError(kCommand, Cli::tr("--max-time reached: %1 of %2 targets not checked")
                                 .arg(stopped + notRun).arg(targets.size()));
        return ExitUnreachable;
    }
    if (checked > 0 && unreachable == checked) {
        printError(kCommand, Cli::tr("no answer to judge: every target was unreachable"));
        return ExitUnreachable;
    }
    return ExitOk;
}

} // namespace mailtls::cli
