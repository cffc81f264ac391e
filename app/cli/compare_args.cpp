#include "compare_args.h"

#include "cli_tr.h"
#include "common_options.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include "model/session_options.h"
#include "report/json_report.h"
#include "session_args.h"

namespace mailtls::cli {

namespace {

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Compares two or more mail servers side by side: the members of one cluster, or one server\n"
    "before and after a change. Each TARGET is a live server (HOST[:PORT], scanned now) or a\n"
    "report saved with 'mailtls scan --json FILE' (or session). Differences come first, the\n"
    "certificate types leading: versions, suites, preference, groups, DH size, certificate\n"
    "types, chain, key sizes, validity, findings. Then what is the same.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Exit codes:\n"
    "  0    compared (and nothing reached --fail-on)\n"
    "  1    a finding at or above --fail-on SEVERITY in any report, or a difference with\n"
    "       --fail-on difference\n"
    "  2    usage error, an unreadable or foreign report file, an unwritable --json, --html or --pdf path\n"
    "  3    no answer to judge from a live server: unreachable, no reply in time (also during the TLS handshake),\n"
    "       or no STARTTLS or no mail server. A server that answers and refuses or breaks\n"
    "       the handshake has answered: that is a finding (0, or 1 with --fail-on)\n"
    "  130  interrupted (Ctrl-C)\n"
    "\n"
    "Examples:\n"
    "  mailtls compare mx1.example.org mx2.example.org\n"
    "  mailtls compare before.json mx.example.org          # a saved scan against the server now\n"
    "  mailtls compare mx1.example.org mx2.example.org --pdf cluster.pdf\n"
    "  mailtls compare 127.0.0.1:2525 127.0.0.1:2526 --json - | jq .differences\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption starttls = starttlsOption(Cli::tr("Mail protocol before TLS for live servers"));
    QCommandLineOption timeout = timeoutOption(10);
    QCommandLineOption maxConn{QStringLiteral("max-conn"),
                               Cli::tr("Connections open at once against each live server (default: 4)."),
                               QStringLiteral("N")};
    QCommandLineOption json = jsonOption(Cli::tr("the comparison as JSON (kind \"compare\")"));
    QCommandLineOption html{QStringLiteral("html"),
                            Cli::tr("Also write the comparison as one self-contained, printable HTML file."),
                            QStringLiteral("FILE")};
    QCommandLineOption pdf{QStringLiteral("pdf"),
                           Cli::tr("Write the comparison as a PDF file (A4: the differences side by side, each server's "
                                          "findings with their fixes), to forward to a partner's admin."),
                           QStringLiteral("FILE")};
    QCommandLineOption failOn{QStringLiteral("fail-on"),
                              Cli::tr("Exit 1 when a finding is at least this severe (info, low, medium, high, critical), "
                                             "or with 'difference' when the servers differ at all."),
                              QStringLiteral("SEVERITY|difference")};
    QCommandLineOption noColor = noColorOption();
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             Cli::tr("Print only the one-line summary.")};

    QCommandLineOption proxy = proxyOption();
    QCommandLineOption proxyPassFile = proxyPassFileOption();
    QCommandLineOption proxyConnections = proxyConnectionsOption();

    QList<QCommandLineOption> all() const
    {
        return {help, starttls, timeout, maxConn, proxy, proxyPassFile, proxyConnections, json, html, pdf, failOn, noColor, quiet};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
    parser->addPositionalArgument(QStringLiteral("TARGET"),
                                  Cli::tr("HOST[:PORT] (PORT defaults to 25) or a saved report FILE.json; two or more."));
}

// A saved report: an existing file, or anything named *.json (then it must exist).
bool looksLikeFile(const QString &argument)
{
    return QFileInfo(argument).isFile() || argument.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || argument.contains(QLatin1Char('/'));
}

} // namespace

QString compareHelpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser, QStringLiteral("mailtls compare [options] TARGET TARGET [TARGET...]"), kEpilogue);
}

bool parseCompareArgs(const QStringList &args, QList<CompareInput> *inputs, CompareSettings *settings, QString *error)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    if (!parseCommandLine(parser, args, QStringLiteral("compare"), error))
        return false;
    CompareSettings s;
    if (parser.isSet(opt.help)) {
        settings->cli.showHelp = true;
        settings->cli.helpText = compareHelpText();
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        *error = positional.isEmpty() ? Cli::tr("missing TARGETs: name two or more servers or saved reports")
                                      : Cli::tr("one TARGET is not a comparison: name at least two");
        return false;
    }

    int timeoutMs = 10000;
    int maxConn = 4;
    if (!readTimeout(parser, opt.timeout, &timeoutMs, error) || !readInt(parser, opt.maxConn, 1, 64, &maxConn, error))
        return false;
    core::ProxySettings proxy;
    if (!readProxyOptions(parser, opt.proxy, opt.proxyPassFile, &proxy, error))
        return false;
    // A dialect named here holds for every live target; without one each follows its port.
    QString dialect;
    if (parser.isSet(opt.starttls)) {
        bool implicit = false;
        if (!readDialect(parser, opt.starttls, nullptr, 25, &dialect, &implicit, error))
            return false;
    }

    QList<CompareInput> list;
    for (const QString &argument : positional) {
        CompareInput in;
        in.argument = argument;
        if (looksLikeFile(argument)) {
            core::Error readError;
            if (!core::loadReportFile(argument, &in.saved, &readError)) {
                *error = core::shownMessage(readError);
                return false;
            }
            list << in;
            continue;
        }
        in.live = true;
        QString host;
        quint16 port = 25;
        if (!parseHostPort(argument, &host, &port, error))
            return false;
        in.scan.target = core::scanTargetForHost(host, port, dialect, timeoutMs);
        in.scan.target.proxy = proxy;
        in.scan.maxConnections = maxConn;
        list << in;
    }

    if (!readOutputOptions(parser, {&opt.json, &opt.html, nullptr, &opt.noColor, &opt.quiet, &opt.pdf}, &s.cli, error))
        return false;
    if (parser.isSet(opt.failOn)) {
        const QString value = parser.value(opt.failOn).trimmed().toLower();
        if (value == QLatin1String("difference") || value == QLatin1String("differences")) {
            s.failOnDifference = true;
        } else if (core::parseSeverity(value, &s.cli.failOn)) {
            s.cli.failOnSet = true;
        } else {
            *error = Cli::tr("--fail-on must be info, low, medium, high, critical or difference, not '%1'")
                         .arg(parser.value(opt.failOn));
            return false;
        }
    }
    *inputs = list;
    *settings = s;
    return true;
}

} // namespace mailtls::cli
