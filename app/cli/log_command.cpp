#include "log_command.h"
#include "cli_tr.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include "base/display_text.h"
#include "catalog/versions.h"
#include "common_options.h"
#include "console.h"
#include "interrupt_guard.h"
#include "jobs/log_job.h"
#include "report/json_report.h"
#include "report/log_json.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

// A text core wrote, in the admin's language (its English when it came without a phrase).
QString localText(const Phrase &phrase, const QString &english)
{
    return shownPhrase(phrase, english);
}

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Reads a mail server's own logs (Exim main log, Exim or Postfix lines in syslog, journalctl\n"
    "-o short-iso or -o json exports; plain, .gz, .xz or .bz2, several files read in time order)\n"
    "and tells the TLS story of every partner: who delivers to us and whom we deliver to, with\n"
    "which TLS versions and ciphers (IANA names, whatever the log's library wrote), verified or\n"
    "not, who stays in cleartext or fell back to it after a failed handshake, and every TLS\n"
    "failure grouped by cause with the finding it points to. With a proposed change (--drop,\n"
    "--cipher-list, --only-cert, --dh-bits), it plays every partner's observed version and suite\n"
    "through the simulator and lists the partners who would lose TLS.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Counting:\n"
    "  A message is an arrival from a partner (inbound) or a delivery to it (outbound). A partner\n"
    "  'fell back' when a cleartext message followed a TLS failure with it within an hour.\n"
    "  Lines of other programs in a shared syslog file count as parsed; a line of the file's\n"
    "  format that could not be read is counted as unparsed and the first ones are listed.\n"
    "\n"
    "Exit codes:\n"
    "  0    read (also when partners fail: the report says so)\n"
    "  2    usage error, or no input file could be opened\n"
    "  3    a file was damaged part-way (truncated, binary): everything before it is reported\n"
    "  130  interrupted (Ctrl-C): what was read so far is reported\n"
    "\n"
    "Examples:\n"
    "  mailtls log /var/log/exim4/mainlog /var/log/exim4/mainlog.1 /var/log/exim4/mainlog.2.gz\n"
    "  mailtls log /var/log/mail.log --direction out --partner example.net\n"
    "  journalctl -u postfix -o json | mailtls log - --since 2026-12-01\n"
    "  mailtls log mainlog --drop TLSv1,TLSv1.1 --json report.json\n"
    "  mailtls log mainlog --only-cert ECDSA --server-report scan.json\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption json = jsonOption(Cli::tr("the JSON document (schema \"mailtls.log/1\")"));
    QCommandLineOption since{QStringLiteral("since"),
                             Cli::tr("Only events from then on: 2026-12-01, 2026-12-01T08:00, or 24h / 7d ago."),
                             QStringLiteral("TIME")};
    QCommandLineOption until{QStringLiteral("until"), Cli::tr("Only events up to then (same forms as --since)."),
                             QStringLiteral("TIME")};
    QCommandLineOption partner{QStringLiteral("partner"),
                               Cli::tr("Only this partner: an address, or a host name (its subdomains too)."),
                               QStringLiteral("HOST|ADDRESS")};
    QCommandLineOption direction{QStringLiteral("direction"), Cli::tr("in, out or both (default)."),
                                 QStringLiteral("DIR")};
    QCommandLineOption year{QStringLiteral("year"),
                            Cli::tr("Year of classic syslog time stamps (default: the file's modification year)."),
                            QStringLiteral("YYYY")};
    QCommandLineOption top{QStringLiteral("top"), Cli::tr("Partners listed in the table (default: 25; 0: all)."),
                           QStringLiteral("N")};
    QCommandLineOption drop{QStringLiteral("drop"),
                            Cli::tr("What breaks if these versions go, e.g. TLSv1,TLSv1.1 (or 1.0,1.1)."),
                            QStringLiteral("VERSIONS")};
    QCommandLineOption cipherList{QStringLiteral("cipher-list"),
                                  Cli::tr("What breaks with this suite list: OpenSSL list, IANA names or GnuTLS "
                                                 "priority string."),
                                  QStringLiteral("LIST")};
    QCommandLineOption onlyCert{QStringLiteral("only-cert"),
                                Cli::tr("What breaks if the server serves only these certificate types (RSA, ECDSA)."),
                                QStringLiteral("TYPES")};
    QCommandLineOption dhBits{QStringLiteral("dh-bits"), Cli::tr("What breaks with a DHE prime of this size."),
                              QStringLiteral("BITS")};
    QCommandLineOption serverReport{QStringLiteral("server-report"),
                                    Cli::tr("A saved 'mailtls scan --json' of the server: the change starts from it."),
                                    QStringLiteral("FILE.json")};
    QCommandLineOption noColor = noColorOption();

    QList<QCommandLineOption> all() const
    {
        return {help, json, since, until, partner, direction, year, top, drop, cipherList, onlyCert, dhBits, serverReport, noColor};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
    parser->addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Log files; - reads standard input."),
                                  QStringLiteral("FILE..."));
}

// "2026-12-01", "2026-12-01T08:00[:00][+01:00]", "2026-12-01 08:00", or "24h"/"7d"/"30m" ago.
bool readTime(const QString &text, QDateTime *out)
{
    static const QRegularExpression ago(QStringLiteral("^(\\d{1,6})([smhdw])$"));
    const QRegularExpressionMatch m = ago.match(text);
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const char unit = m.captured(2).at(0).toLatin1();
        const qint64 secs = unit == 's' ? n : unit == 'm' ? n * 60 : unit == 'h' ? n * 3600 : unit == 'd' ? n * 86400 : n * 604800;
        *out = QDateTime::currentDateTimeUtc().addSecs(-secs);
        return true;
    }
    QString t = text;
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    for (const Qt::DateFormat f : {Qt::ISODateWithMs, Qt::ISODate}) {
        const QDateTime d = QDateTime::fromString(t, f);
        if (d.isValid()) {
            *out = d;
            return true;
        }
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) {
        *out = QDateTime(day, QTime(0, 0));
        return true;
    }
    return false;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("?");
}

QString safe(const QString &text)
{
    return escapeControls(text);
}

QString versionsText(const QMap<QString, qint64> &versions)
{
    QList<QPair<QString, qint64>> list;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return versionRank(a.first) > versionRank(b.first); });
    QStringList parts;
    for (const auto &v : list) {
        const QString label = canonicalVersion(v.first).isEmpty() ? safe(v.first) : tlsVersionLabel(canonicalVersion(v.first));
        parts << QStringLiteral("%1 ×%2").arg(label, groupedNumber(v.second));
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QString topOf(const QMap<QString, qint64> &map)
{
    QString best;
    qint64 count = -1;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it.value() > count) {
            best = it.key();
            count = it.value();
        }
    }
    return best.isEmpty() ? QStringLiteral("-") : safe(best);
}

QString percent(qint64 part, qint64 whole)
{
    return whole <= 0 ? QStringLiteral("-") : QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 1);
}

QString wrap(const QString &text, const QString &indent, int width)
{
    QString out, line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
            out += indent + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += indent + line + QLatin1Char('\n');
    return out;
}

QString inventoryText(const LogInventory &inv, const ChangeImpact *impact, int top, bool color)
{
    const int width = std::max(80, stdoutColumns(100));
    auto bold = [&](const QString &s) { return color ? styled(s, "1") : s; };
    auto red = [&](const QString &s) { return color ? styled(s, "31") : s; };
    QString out;
    qint64 messages = 0, tls = 0, cleartext = 0, fellBack = 0;
    int in = 0, outCount = 0, cleartextPartners = 0;
    for (const LogPartner &p : inv.partners) {
        messages += p.messages;
        tls += p.tlsMessages;
        cleartext += p.cleartext;
        fellBack += p.fellBackToCleartext;
        (p.outgoing ? outCount : in) += 1;
        if (p.cleartext > 0)
            ++cleartextPartners;
    }
    out += bold(Cli::tr("Mail logs: %1 file(s), %2 lines (%3 not understood), %4 distinct messages, %5 – %6\n")
                    .arg(inv.files.size())
                    .arg(groupedNumber(inv.totalLines()), groupedNumber(inv.totalUnparsed()), groupedNumber(inv.messages), when(inv.first),
                         when(inv.last)));
    for (const LogFileSummary &f : inv.files) {
        out += Cli::tr("  %1  %2%3  %4 lines, %5 parsed, %6 not understood%7%8\n")
                   .arg(safe(f.path), logFormatName(f.format),
                        f.compression.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.compression), groupedNumber(f.lines),
                        groupedNumber(f.parsed), groupedNumber(f.unparsed),
                        f.skipped ? Cli::tr(", %1 outside the time range").arg(groupedNumber(f.skipped)) : QString(),
                        f.longLines ? Cli::tr(", %1 cut at the line limit").arg(groupedNumber(f.longLines)) : QString());
        if (f.error.kind != ErrorKind::None)
            out += red(Cli::tr("    stopped: %1\n").arg(safe(shownMessage(f.error))));
        if (f.format == LogFormat::Unknown && f.lines > 0)
            out += red(Cli::tr("    no known log format in the first lines (Exim main log, syslog with Exim or Postfix, journalctl short-iso or json)\n"));
        for (const auto &e : f.unparsedExamples)
            out += Cli::tr("    line %1: %2\n").arg(e.first).arg(safe(e.second.left(width - 16)));
        if (f.unparsed > f.unparsedExamples.size() && !f.unparsedExamples.isEmpty())
            out += Cli::tr("    … and %1 more not understood\n").arg(groupedNumber(f.unparsed - f.unparsedExamples.size()));
    }
    out += Cli::tr("\nPartners: %1 inbound, %2 outbound; %3 messages, TLS %4; %5 cleartext (%6 partner(s)), %7 after a TLS failure\n")
               .arg(in)
               .arg(outCount)
               .arg(groupedNumber(messages), percent(tls, messages), groupedNumber(cleartext))
               .arg(cleartextPartners)
               .arg(groupedNumber(fellBack));

    const QList<LogCauseGroup> causes = failuresByCause(inv);
    if (!causes.isEmpty()) {
        out += bold(Cli::tr("\nTLS failures by cause\n"));
        for (const LogCauseGroup &g : causes) {
            const LogCauseInfo info = logCauseInfo(g.cause);
            out += red(QStringLiteral("  %1").arg(localText(info.titlePhrase, info.title)))
                   + Cli::tr(" [%1%2]: %3 failure(s), %4 partner(s)\n")
                         .arg(g.cause, info.finding.isEmpty() ? QString() : QStringLiteral(" → ") + info.finding)
                         .arg(groupedNumber(g.count))
                         .arg(g.partners.size());
            int shown = 0;
            for (int index : g.partners) {
                if (shown++ == 5) {
                    out += Cli::tr("      … and %1 more\n").arg(g.partners.size() - 5);
                    break;
                }
                const LogPartner &p = inv.partners.at(index);
                for (const LogFailure &f : p.failures) {
                    if (f.cause != g.cause)
                        continue;
                    out += Cli::tr("      %1 %2  ×%3, last %4\n")
                               .arg(p.outgoing ? QStringLiteral("out") : QStringLiteral("in "), safe(p.label()), groupedNumber(f.count),
                                    when(f.last));
                    if (shown == 1)
                        out += Cli::tr("        e.g. %1 (%2)\n").arg(safe(f.example.left(width - 20)), safe(f.where));
                }
            }
            out += wrap(localText(info.meaningPhrase, info.meaning), QStringLiteral("    "), width);
            out += Cli::tr("    next: %1\n").arg(info.nextStep);
        }
    }

    QList<const LogPartner *> clear;
    for (const LogPartner &p : inv.partners) {
        if (p.cleartext > 0)
            clear.append(&p);
    }
    std::stable_sort(clear.begin(), clear.end(), [](const LogPartner *a, const LogPartner *b) {
        return a->fellBackToCleartext != b->fellBackToCleartext ? a->fellBackToCleartext > b->fellBackToCleartext
                                                                 : a->cleartext > b->cleartext;
    });
    if (!clear.isEmpty()) {
        out += bold(Cli::tr("\nCleartext partners\n"));
        int shown = 0;
        for (const LogPartner *p : clear) {
            if (top > 0 && shown++ == top) {
                out += Cli::tr("  … and %1 more\n").arg(clear.size() - top);
                break;
            }
            out += Cli::tr("  %1 %2  %3 of %4 message(s) in cleartext%5, last %6\n")
                       .arg(p->outgoing ? QStringLiteral("out") : QStringLiteral("in "), safe(p->label()), groupedNumber(p->cleartext),
                            groupedNumber(p->messages),
                            p->fellBackToCleartext ? red(Cli::tr(", %1 after a TLS failure").arg(groupedNumber(p->fellBackToCleartext)))
                                                   : QString(),
                            when(p->lastSeen));
        }
    }

    if (!inv.partners.isEmpty()) {
        out += bold(Cli::tr("\nPartners (most failures first, then most messages)\n"));
        int shown = 0;
        for (const LogPartner &p : inv.partners) {
            if (top > 0 && shown++ == top) {
                out += Cli::tr("  … and %1 more (--top 0 lists all)\n").arg(inv.partners.size() - top);
                break;
            }
            QStringList verified;
            for (auto it = p.verified.constBegin(); it != p.verified.constEnd(); ++it)
                verified << QStringLiteral("%1 ×%2").arg(safe(it.key()), groupedNumber(it.value()));
            out += QStringLiteral("  %1 %2%3\n")
                       .arg(p.outgoing ? QStringLiteral("out") : QStringLiteral("in "), bold(safe(p.label())),
                            p.authenticatedMessages == p.messages && p.messages > 0
                                ? Cli::tr("  (authenticated submission: a user's client)")
                                : p.authenticatedMessages > 0
                                      ? Cli::tr("  (%1 authenticated submission(s))").arg(groupedNumber(p.authenticatedMessages))
                                      : QString());
            out += Cli::tr("      %1 message(s), %2 connection(s), TLS %3: %4\n")
                       .arg(groupedNumber(p.messages), groupedNumber(p.connections), percent(p.tlsMessages, p.messages), versionsText(p.tlsVersions));
            out += Cli::tr("      cipher %1; verified %2; first %3, last %4\n")
                       .arg(topOf(p.ciphers), verified.isEmpty() ? QStringLiteral("-") : verified.join(QStringLiteral(", ")),
                            when(p.firstSeen), when(p.lastSeen));
            if (!p.peerDns.isEmpty())
                out += QStringLiteral("      DN %1\n").arg(safe(p.peerDns.join(QStringLiteral("; "))));
            if (!p.snis.isEmpty())
                out += QStringLiteral("      SNI %1\n").arg(safe(p.snis.join(QStringLiteral(", "))));
            if (p.failureCount() > 0) {
                QStringList fails;
                for (const LogFailure &f : p.failures)
                    fails << QStringLiteral("%1 ×%2").arg(f.cause, groupedNumber(f.count));
                out += red(Cli::tr("      failures: %1\n").arg(fails.join(QStringLiteral(", "))));
            }
        }
    }

    if (impact) {
        out += bold(Cli::tr("\nWhat breaks if: %1\n").arg(safe(localText(impact->descriptionPhrase, impact->description))));
        if (!impact->error.isEmpty()) {
            out += red(Cli::tr("  cannot simulate: %1\n").arg(safe(localText(impact->errorPhrase, impact->error))));
        } else {
            out += Cli::tr("  server as simulated: %1\n").arg(safe(localText(impact->serverSummaryPhrase, impact->serverSummary)));
            auto list = [&](const QList<PartnerImpact> &items, const QString &title) {
                if (items.isEmpty())
                    return;
                out += red(QStringLiteral("  %1 (%2)\n").arg(title).arg(items.size()));
                for (const PartnerImpact &pi : items) {
                    const LogPartner &p = inv.partners.at(pi.partner);
                    out += Cli::tr("    %1 %2  %3 message(s), last seen %4%5\n")
                               .arg(p.outgoing ? QStringLiteral("out") : QStringLiteral("in "), safe(p.label()), groupedNumber(pi.messages),
                                    when(pi.lastSeen), pi.findingId.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(pi.findingId));
                    out += wrap(safe(localText(pi.reasonPhrase, pi.reason)), QStringLiteral("      "), width);
                }
            };
            list(impact->losing, Cli::tr("Would lose TLS"));
            list(impact->atRisk, Cli::tr("At risk"));
            out += Cli::tr("  unaffected: %1 partner(s) keep a version and suite they used; %2 never used TLS here\n")
                       .arg(impact->unaffected)
                       .arg(impact->cleartextOnly);
            for (int i = 0; i < impact->caveats.size(); ++i)
                out += wrap(Cli::tr("note: ") + localText(impact->caveatPhrases.value(i), impact->caveats.at(i)), QStringLiteral("  "), width);
        }
    }
    return out;
}

} // namespace

QString logHelpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser, QStringLiteral("mailtls log [options] FILE... | -"), kEpilogue);
}

int runLogCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    QString error;
    if (!parseCommandLine(parser, args, QStringLiteral("log"), &error)) {
        printError(QStringLiteral("log"), error);
        return ExitUsage;
    }
    if (parser.isSet(opt.help)) {
        writeOut(logHelpText());
        return ExitOk;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printError(QStringLiteral("log"), Cli::tr("no log file given (FILE..., or - for standard input)"));
        return ExitUsage;
    }
    if (paths.count(QStringLiteral("-")) > 1) {
        printError(QStringLiteral("log"), Cli::tr("standard input (-) can be read only once"));
        return ExitUsage;
    }
    for (const QString &p : paths) {
        if (p != QLatin1String("-") && !readableFile(p, QString(), &error, FileKind::Stream)) {
            printError(QStringLiteral("log"), error);
            return ExitUsage;
        }
    }
    CliSettings settings;
    const OutputOptions outputs{&opt.json, nullptr, nullptr, &opt.noColor, nullptr};
    if (!readOutputOptions(parser, outputs, &settings, &error)) {
        printError(QStringLiteral("log"), error);
        return ExitUsage;
    }

    LogRequest request;
    request.paths = paths;
    if (parser.isSet(opt.since) && !readTime(parser.value(opt.since), &request.filter.since)) {
        printError(QStringLiteral("log"), Cli::tr("--since: '%1' is no time (2026-12-01, 2026-12-01T08:00, 24h, 7d)")
                                              .arg(parser.value(opt.since)));
        return ExitUsage;
    }
    if (parser.isSet(opt.until) && !readTime(parser.value(opt.until), &request.filter.until)) {
        printError(QStringLiteral("log"), Cli::tr("--until: '%1' is no time (2026-12-01, 2026-12-01T08:00, 24h, 7d)")
                                              .arg(parser.value(opt.until)));
        return ExitUsage;
    }
    request.filter.partner = parser.value(opt.partner).trimmed();
    const QString dir = parser.value(opt.direction).toLower();
    if (dir == QLatin1String("in") || dir == QLatin1String("inbound"))
        request.filter.direction = 1;
    else if (dir == QLatin1String("out") || dir == QLatin1String("outbound"))
        request.filter.direction = 2;
    else if (!dir.isEmpty() && dir != QLatin1String("both")) {
        printError(QStringLiteral("log"), Cli::tr("--direction: '%1' is none of in, out, both").arg(parser.value(opt.direction)));
        return ExitUsage;
    }
    if (!readInt(parser, opt.year, 1970, 9999, &request.year, &error)) {
        printError(QStringLiteral("log"), error);
        return ExitUsage;
    }
    int top = 25;
    if (!readInt(parser, opt.top, 0, 1000000, &top, &error)) {
        printError(QStringLiteral("log"), error);
        return ExitUsage;
    }

    ServerChange change;
    if (parser.isSet(opt.drop)) {
        for (const QString &v : parser.value(opt.drop).split(QRegularExpression(QStringLiteral("[,:\\s]+")), Qt::SkipEmptyParts)) {
            const QString canonical = canonicalVersion(v);
            if (canonical.isEmpty()) {
                printError(QStringLiteral("log"), Cli::tr("--drop: '%1' is no TLS version (TLSv1, TLSv1.1, 1.2, ...)").arg(v));
                return ExitUsage;
            }
            change.dropVersions << canonical;
        }
    }
    if (parser.isSet(opt.cipherList)) {
        change.hasCipherList = true;
        change.cipherList = parser.value(opt.cipherList);
    }
    if (parser.isSet(opt.onlyCert)) {
        for (const QString &t : parser.value(opt.onlyCert).split(QRegularExpression(QStringLiteral("[,:+\\s]+")), Qt::SkipEmptyParts)) {
            const QString upper = t.toUpper();
            if (upper != QLatin1String("RSA") && upper != QLatin1String("ECDSA")) {
                printError(QStringLiteral("log"), Cli::tr("--only-cert: '%1' is neither RSA nor ECDSA").arg(t));
                return ExitUsage;
            }
            change.certificateTypes << upper;
        }
    }
    if (!readInt(parser, opt.dhBits, 512, 16384, &change.dhBits, &error)) {
        printError(QStringLiteral("log"), error);
        return ExitUsage;
    }
    if (parser.isSet(opt.serverReport)) {
        const QString path = parser.value(opt.serverReport);
        if (!readableFile(path, QStringLiteral("--server-report "), &error)) {
            printError(QStringLiteral("log"), error);
            return ExitUsage;
        }
        Report report;
        Error why;
        if (!loadReportFile(path, &report, &why) || !report.scan.present) {
            printError(QStringLiteral("log"),
                       why.message.isEmpty()
                           ? Cli::tr("--server-report %1: no scan section (save one with 'mailtls scan --json')").arg(path)
                           : Cli::tr("--server-report %1").arg(shownMessage(why)));
            return ExitUsage;
        }
        change.hasBase = true;
        change.base = report.scan;
    }

    CancelToken cancel;
    LogInventory inventory;
    {
        InterruptGuard guard(cancel);
        inventory = runLogAnalysis(request, cancel);
    }
    ChangeImpact impact;
    const bool wantImpact = !change.isEmpty();
    if (wantImpact)
        impact = whatBreaksIf(inventory, change, request.filter.direction == 2 ? 2 : 1);

    if (!settings.jsonPath.isEmpty()) {
        const QByteArray bytes = logInventoryToJsonBytes(
            logInventoryToJson(inventory, request.filter, wantImpact ? &impact : nullptr, QStringLiteral(MAILTLS_VERSION)));
        if (settings.jsonPath == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
                printError(QStringLiteral("log"), Cli::tr("cannot write the JSON to standard output"));
                return ExitUsage;
            }
        } else if (!writeOutputFile(settings.jsonPath, bytes, &error)) {
            printError(QStringLiteral("log"), Cli::tr("cannot write --json %1: %2").arg(settings.jsonPath, error));
            return ExitUsage;
        }
    }
    if (settings.jsonPath != QLatin1String("-"))
        writeOut(inventoryText(inventory, wantImpact ? &impact : nullptr, top, !settings.noColor && stdoutWantsColor()));

    bool opened = false, damaged = false;
    for (const LogFileSummary &f : inventory.files) {
        if (f.error.kind == ErrorKind::FileUnreadable && f.lines == 0) {
            printError(QStringLiteral("log"), escapeControls(shownMessage(f.error)));
            continue;
        }
        opened = true;
        if (f.error.kind != ErrorKind::None) {
            printError(QStringLiteral("log"), escapeControls(shownMessage(f.error)));
            damaged = true;
        }
    }
    if (inventory.cancelled)
        return ExitInterrupted;
    if (!opened)
        return ExitUsage;
    return damaged ? ExitUnreachable : ExitOk;
}

} // namespace mailtls::cli
