#include "fleet_args.h"

#include <QCommandLineParser>
#include <QHash>

#include <tuple>

#include "base/limits.h"
#include "cli_tr.h"
#include "common_options.h"
#include "model/session_options.h"
#include "session_args.h"

namespace mailtls::cli {

namespace {

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Checks every partner at once: one session (or scan) per target of FILE ('-': stdin), many\n"
    "at once but politely per host, each report streamed as one JSON line as it finishes, then a\n"
    "table: per target the TLS version and cipher (or the failure), the worst finding, the days\n"
    "the certificate has left and the time it took; then the totals.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "The list:\n"
    "  One target a line: HOST[:PORT], [IPv6]:PORT, smtp://HOST[:PORT] (STARTTLS, port 25),\n"
    "  smtps://HOST[:PORT] (implicit TLS, 465) or lmtp://HOST[:PORT] (LMTP, 24). Without a scheme\n"
    "  the port decides, as for 'mailtls session'. '#' starts a comment; blank lines are ignored.\n"
    "  A bad line is reported as FILE:LINE: why and skipped. A host is the name or address as\n"
    "  written: --per-host and --delay count connections to it.\n"
    "\n"
    "Busy hosts:\n"
    "  A 421 greeting or a close before the greeting is 'busy', not a refusal. The host's targets\n"
    "  share one back-off: each busy answer lowers the connections allowed at once to that host\n"
    "  and spaces their starts out; a session turned away is retried after 0.25 s, 0.5 s, 1 s...\n"
    "  (up to 8 times), with each earlier attempt noted in its transcript.\n"
    "\n"
    "JSON Lines (--jsonl):\n"
    "  One mailtls.report/1 object per line, the same keys as 'mailtls session --json' (or scan),\n"
    "  written and flushed as each target finishes, in the order they finish. A target stopped by\n"
    "  Ctrl-C or --max-time is not written, so --resume checks it again. --resume FILE skips the\n"
    "  targets FILE already holds (matched on host, port, dialect and implicit TLS) and appends\n"
    "  to it. --baseline OLD.jsonl prints per target what changed since that run: findings new\n"
    "  and gone, TLS versions gained and lost, the certificate's fingerprint, reachability.\n"
    "\n"
    "Exit codes:\n"
    "  0    the fleet ran (findings below --fail-on, if any)\n"
    "  1    a target has a finding at or above --fail-on\n"
    "  2    usage error (bad option, unreadable list, unwritable --jsonl, no target in the list)\n"
    "  3    no answer to judge: every target checked was unreachable, timed out or broke the\n"
    "       mail protocol; or --max-time stopped the run before every target was checked\n"
    "  130  interrupted (Ctrl-C); every finished target is in the --jsonl file\n"
    "\n"
    "Examples:\n"
    "  mailtls fleet partners.txt --jsonl today.jsonl\n"
    "  mailtls fleet partners.txt --jsonl today.jsonl --baseline yesterday.jsonl --fail-on high\n"
    "  mailtls fleet partners.txt --resume today.jsonl          # carry on after Ctrl-C\n"
    "  mailtls fleet partners.txt --mode scan --concurrency 4 --delay 500 --max-time 3600\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption mode{QStringLiteral("mode"),
                            Cli::tr("What to run per target: session (one handshake) or scan (every version "
                                           "and suite) (default: session)."),
                            QStringLiteral("session|scan")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   Cli::tr("Targets checked at once, overall (default: 8)."), QStringLiteral("N")};
    QCommandLineOption perHost{QStringLiteral("per-host"),
                               Cli::tr("Targets, and connections over all of them, at once against one host "
                                              "(default: 1: mail servers rate-limit scanners)."),
                               QStringLiteral("N")};
    QCommandLineOption delay{QStringLiteral("delay"),
                             Cli::tr("At least MS milliseconds between two connection starts to one host "
                                            "(default: 0)."),
                             QStringLiteral("MS")};
    QCommandLineOption timeout = timeoutOption(10);
    QCommandLineOption proxy = proxyOption();
    QCommandLineOption proxyPassFile = proxyPassFileOption();
    QCommandLineOption proxyConnections = proxyConnectionsOption();
    QCommandLineOption maxTime{QStringLiteral("max-time"),
                               Cli::tr("Stop the whole run after SECONDS: running targets are stopped, the rest "
                                              "not started (exit 3)."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption ehlo = ehloOption();
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              Cli::tr("Trust these PEM certificates instead of the system store."),
                              QStringLiteral("FILE")};
    QCommandLineOption tlsMin{QStringLiteral("tls-min"),
                              Cli::tr("Lowest TLS version to offer (a scan: to test): 1.0, 1.1, 1.2 or 1.3."),
                              QStringLiteral("V")};
    QCommandLineOption tlsMax{QStringLiteral("tls-max"),
                              Cli::tr("Highest TLS version to offer (a scan: to test)."), QStringLiteral("V")};
    QCommandLineOption jsonl{QStringLiteral("jsonl"),
                             Cli::tr("Write each target's report as one JSON line to FILE as it finishes; "
                                            "'-' writes them to stdout instead of the table."),
                             QStringLiteral("FILE|-")};
    QCommandLineOption resume{QStringLiteral("resume"),
                              Cli::tr("Skip the targets FILE (an earlier --jsonl) already holds and append the "
                                             "rest to it."),
                              QStringLiteral("FILE")};
    QCommandLineOption baseline{QStringLiteral("baseline"),
                                Cli::tr("Print per target what changed since this earlier --jsonl run."),
                                QStringLiteral("FILE")};
    QCommandLineOption failOn = failOnOption();
    QCommandLineOption progress{QStringLiteral("progress"),
                                Cli::tr("A line on stderr per finished target (default: when stdout is not a "
                                               "terminal).")};
    QCommandLineOption noColor = noColorOption();
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             Cli::tr("Print only the totals, no table and no progress.")};

    QList<QCommandLineOption> all() const
    {
        return {help, mode, concurrency, perHost, delay, timeout, proxy, proxyPassFile, proxyConnections, maxTime, ehlo, caFile, tlsMin, tlsMax,
                jsonl, resume, baseline, failOn, progress, noColor, quiet};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
    parser->addPositionalArgument(QStringLiteral("FILE|-"), Cli::tr("The targets, one a line ('-': stdin)."));
}

const QStringList &versionOrder()
{
    static const QStringList order = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                                      QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return order;
}

} // namespace

QString fleetHelpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser, QStringLiteral("mailtls fleet [options] FILE|-"), kEpilogue);
}

bool parseFleetArgs(const QStringList &args, FleetSettings *out, QString *error)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    if (!parseCommandLine(parser, args, QStringLiteral("fleet"), error))
        return false;
    if (parser.isSet(opt.help)) {
        out->cli.showHelp = true;
        out->cli.helpText = fleetHelpText();
        return true;
    }
    FleetSettings f;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = Cli::tr("missing FILE (the targets, one a line; '-' for stdin)");
        return false;
    }
    if (positional.size() > 1) {
        *error = Cli::tr("one list only, got '%1'").arg(positional.join(QLatin1String("' '")));
        return false;
    }
    f.listPath = positional.first();
    if (f.listPath != QLatin1String("-") && !readableFile(f.listPath, QString(), error, FileKind::Stream))
        return false;

    if (parser.isSet(opt.mode)) {
        const QString mode = parser.value(opt.mode).trimmed().toLower();
        if (mode == QLatin1String("session"))
            f.request.mode = core::FleetMode::Session;
        else if (mode == QLatin1String("scan"))
            f.request.mode = core::FleetMode::Scan;
        else {
            *error = Cli::tr("--mode must be session or scan, not '%1'").arg(parser.value(opt.mode));
            return false;
        }
    }
    if (!readInt(parser, opt.concurrency, 1, 256, &f.request.concurrency, error)
        || !readInt(parser, opt.perHost, 1, 64, &f.request.perHost, error)
        || !readInt(parser, opt.delay, 0, 600000, &f.request.delayMs, error))
        return false;
    if (!readTimeout(parser, opt.timeout, &f.timeoutMs, error))
        return false;
    if (parser.isSet(opt.maxTime)) {
        int seconds = 0;
        if (!readInt(parser, opt.maxTime, 1, 7 * 24 * 3600, &seconds, error))
            return false;
        f.request.maxTimeMs = seconds * 1000;
    }

    core::SessionOptions &session = f.request.session;
    core::ScanOptions &scan = f.request.scan;
    session.timeoutMs = f.timeoutMs;
    scan.target.timeoutMs = f.timeoutMs;
    scan.target.bannerTimeoutMs = f.timeoutMs;
    if (!readProxyOptions(parser, opt.proxy, opt.proxyPassFile, &session.proxy, error))
        return false;
    scan.target.proxy = session.proxy;
    if (parser.isSet(opt.ehlo)) {
        const QString name = parser.value(opt.ehlo).trimmed();
        if (!checkSingleName(name, QStringLiteral("ehlo"), error))
            return false;
        session.ehloName = name;
        scan.target.ehloName = name;
    }
    if (parser.isSet(opt.caFile)) {
        const QString path = parser.value(opt.caFile);
        if (!readableFile(path, QStringLiteral("--ca-file "), error))
            return false;
        session.caFile = path;
        scan.caFile = path;
    }
    QString tlsMin;
    QString tlsMax;
    for (const auto &[option, target, name] : {std::tuple{&opt.tlsMin, &tlsMin, "tls-min"},
                                               std::tuple{&opt.tlsMax, &tlsMax, "tls-max"}}) {
        if (!parser.isSet(*option))
            continue;
        *target = normaliseTlsVersion(parser.value(*option));
        if (target->isEmpty()) {
            *error = Cli::tr("--%1 must be 1.0, 1.1, 1.2 or 1.3, not '%2'").arg(QLatin1String(name), parser.value(*option));
            return false;
        }
    }
    const QStringList &order = versionOrder();
    if (!tlsMin.isEmpty() && !tlsMax.isEmpty() && order.indexOf(tlsMin) > order.indexOf(tlsMax)) {
        *error = Cli::tr("--tls-min %1 is above --tls-max %2").arg(tlsMin, tlsMax);
        return false;
    }
    session.tlsMin = tlsMin;
    session.tlsMax = tlsMax;
    if (!tlsMin.isEmpty() || !tlsMax.isEmpty()) {
        const int from = tlsMin.isEmpty() ? 0 : int(order.indexOf(tlsMin));
        const int to = tlsMax.isEmpty() ? int(order.size()) - 1 : int(order.indexOf(tlsMax));
        scan.versions = order.mid(from, to - from + 1);
    }

    if (parser.isSet(opt.jsonl)) {
        f.jsonlPath = parser.value(opt.jsonl);
        if (f.jsonlPath.isEmpty()) {
            *error = Cli::tr("--jsonl needs a FILE or '-'");
            return false;
        }
    }
    if (parser.isSet(opt.resume)) {
        f.resumePath = parser.value(opt.resume);
        if (f.jsonlPath.isEmpty())
            f.jsonlPath = f.resumePath;
        else if (f.jsonlPath != f.resumePath) {
            *error = Cli::tr("--resume appends to its own file: leave out --jsonl or name the same file");
            return false;
        }
        // A resume file that does not exist yet is a first run.
    }
    if (!f.jsonlPath.isEmpty() && f.jsonlPath != QLatin1String("-") && f.jsonlPath != f.resumePath
        && !writableJsonPath(f.jsonlPath, error)) {
        error->replace(QLatin1String("--json "), QLatin1String("--jsonl "));
        return false;
    }
    if (parser.isSet(opt.baseline)) {
        f.baselinePath = parser.value(opt.baseline);
        if (!readableFile(f.baselinePath, QStringLiteral("--baseline "), error))
            return false;
    }

    if (!readOutputOptions(parser, {nullptr, nullptr, &opt.failOn, &opt.noColor, &opt.quiet}, &f.cli, error))
        return false;
    f.cli.progressLines = parser.isSet(opt.progress);
    *out = f;
    return true;
}

} // namespace mailtls::cli
