#include "scan_args.h"

#include "x509/certificate_loader.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include "model/session_options.h"
#include "report/html_report.h"
#include "cli_tr.h"
#include "common_options.h"
#include "session_args.h"

namespace mailtls::cli {

namespace {

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Scans the TLS side of a mail server: which protocol versions (SSLv2 ... TLS 1.3) and which\n"
    "cipher suites of the whole IANA registry it accepts, whether it enforces its own suite order,\n"
    "the key exchange groups, the DH prime size and the certificate types it serves. Suites the\n"
    "linked OpenSSL cannot offer are probed with mailtls's own ClientHello. Each version costs\n"
    "about one connection per accepted suite plus one.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Politeness:\n"
    "  At most --max-conn connections are open at once. A server that answers 421, closes before\n"
    "  its greeting or sends no greeting in time is busy, not refusing: the scan waits (doubling\n"
    "  the pause), retries with fewer connections and reports smtp.rate_limited.\n"
    "\n"
    "Exit codes:\n"
    "  0    the scan ran (findings below --fail-on, if any)\n"
    "  1    a finding at or above --fail-on\n"
    "  2    usage error (including an unwritable --json, --html or --pdf path)\n"
    "  3    no answer to judge: unreachable, no reply in time (also during the TLS handshake),\n"
    "       or no STARTTLS or no mail server. A server that answers and refuses or breaks\n"
    "       the handshake has answered: that is a finding (0, or 1 with --fail-on)\n"
    "  130  interrupted (Ctrl-C)\n"
    "\n"
    "Examples:\n"
    "  mailtls scan mx.example.org\n"
    "  mailtls scan 127.0.0.1:2525 --json - | jq .scan.ciphers\n"
    "  mailtls scan mx.example.org --html mx-scan.html\n"
    "  mailtls scan smtp.example.org:465 --max-conn 2 --delay 200 --fail-on medium\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption starttls = starttlsOption();
    QCommandLineOption implicitTls = implicitTlsOption();
    QCommandLineOption sni = sniOption();
    QCommandLineOption noSni = noSniOption();
    QCommandLineOption ehlo = ehloOption();
    QCommandLineOption timeout = timeoutOption(10);
    QCommandLineOption proxy = proxyOption();
    QCommandLineOption proxyPassFile = proxyPassFileOption();
    QCommandLineOption proxyConnections = proxyConnectionsOption();
    QCommandLineOption maxConn{QStringLiteral("max-conn"),
                               Cli::tr("Connections open at once against the server (default: 4)."),
                               QStringLiteral("N")};
    QCommandLineOption delay{QStringLiteral("delay"),
                             Cli::tr("Pause of at least MS milliseconds between two connection starts (default: 0)."),
                             QStringLiteral("MS")};
    QCommandLineOption maxTime{QStringLiteral("max-time"),
                               Cli::tr("Stop the whole scan after SECONDS and report it as incomplete (exit 3)."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption noAttackChecks{QStringLiteral("no-attack-checks"),
                                      Cli::tr("Leave out the probes a server may log as an attack (client-initiated "
                                                     "renegotiation, heartbleed, ccs_injection, robot, ticketbleed, "
                                                     "starttls_injection); reported as not tested.")};
    QCommandLineOption skipChecks{QStringLiteral("skip-checks"),
                                  Cli::tr("Leave out these checks (comma list; reported as not tested): %1.")
                                      .arg(core::ScanOptions::checkNames().join(QLatin1String(", "))),
                                  QStringLiteral("LIST")};
    QCommandLineOption role{QStringLiteral("role"),
                            Cli::tr("The server's role for the STARTTLS checks: submission (MAIL and AUTH must wait "
                                           "for TLS), mx or lmtp (default: from the port, 587 submission, 25 mx)."),
                            QStringLiteral("ROLE")};
    QCommandLineOption progress{QStringLiteral("progress"),
                                Cli::tr("Progress on stderr as plain lines also when it is not a terminal.")};
    QCommandLineOption json = jsonOption();
    QCommandLineOption html{QStringLiteral("html"),
                            Cli::tr("Also write a self-contained, printable HTML report to FILE (for a ticket)."),
                            QStringLiteral("FILE")};
    QCommandLineOption pdf = pdfOption();
    QCommandLineOption failOn = failOnOption();
    QCommandLineOption expectCert{QStringLiteral("expect-cert"),
                                  Cli::tr("Certificate file the server should serve (e.g. the one it is configured "
                                                 "with); cert.differs_from_file when it serves another."),
                                  QStringLiteral("FILE")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              Cli::tr("Trust anchors (PEM) for judging the served chains (default: the system store)."),
                              QStringLiteral("FILE")};
    QCommandLineOption servername{QStringLiteral("servername"),
                                  Cli::tr("Name the certificates must carry, e.g. the MX name (default: HOST)."),
                                  QStringLiteral("NAME")};
    QCommandLineOption noColor = noColorOption();
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             Cli::tr("Print only the one-line summary and no progress bar.")};

    QList<QCommandLineOption> all() const
    {
        return {help, starttls, implicitTls, sni, noSni, ehlo, timeout, proxy, proxyPassFile, proxyConnections, maxConn, delay, maxTime, noAttackChecks, skipChecks, role, progress, expectCert, caFile,
                servername, json, html, pdf, failOn, noColor, quiet};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
    parser->addPositionalArgument(QStringLiteral("HOST[:PORT]"),
                                  Cli::tr("Mail server; PORT defaults to 25. IPv6: [2001:db8::1]:587."));
}

} // namespace

QString scanHelpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser, QStringLiteral("mailtls scan [options] HOST[:PORT]"), kEpilogue);
}

bool parseScanArgs(const QStringList &args, core::ScanOptions *options, CliSettings *settings, QString *error)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    if (!parseCommandLine(parser, args, QStringLiteral("scan"), error))
        return false;
    CliSettings s;
    if (parser.isSet(opt.help)) {
        settings->showHelp = true;
        settings->helpText = scanHelpText();
        return true;
    }
    core::ScanOptions o;
    o.target.timeoutMs = 10000;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = Cli::tr("missing HOST[:PORT]");
        return false;
    }
    if (positional.size() > 1) {
        *error = Cli::tr("one target only, got '%1'").arg(positional.join(QLatin1String("' '")));
        return false;
    }
    o.target.port = 25;
    if (!parseHostPort(positional.first(), &o.target.host, &o.target.port, error))
        return false;
    if (!readDialect(parser, opt.starttls, &opt.implicitTls, o.target.port, &o.target.dialect, &o.target.implicitTls, error))
        return false;
    if (parser.isSet(opt.ehlo)) {
        o.target.ehloName = parser.value(opt.ehlo).trimmed();
        if (!checkSingleName(o.target.ehloName, QStringLiteral("ehlo"), error))
            return false;
    }
    if (!readSni(parser, opt.sni, opt.noSni, o.target.host, &o.target.sni, error)
        || !readTimeout(parser, opt.timeout, &o.target.timeoutMs, error))
        return false;
    o.target.bannerTimeoutMs = o.target.timeoutMs;
    if (!readProxyOptions(parser, opt.proxy, opt.proxyPassFile, &o.target.proxy, error))
        return false;
    if (!readInt(parser, opt.maxConn, 1, 64, &o.maxConnections, error)
        || !readInt(parser, opt.delay, 0, 600000, &o.delayMs, error))
        return false;
    if (parser.isSet(opt.maxTime)) {
        // Same forms and bounds as --timeout, for the whole run.
        if (!readTimeout(parser, opt.maxTime, &o.maxTimeMs, error))
            return false;
    }
    o.attackChecks = !parser.isSet(opt.noAttackChecks);
    for (const QString &value : parser.values(opt.skipChecks)) {
        for (const QString &part : value.split(QLatin1Char(','))) {
            const QString name = part.trimmed();
            if (name.isEmpty())
                continue;
            if (!core::ScanOptions::checkNames().contains(name)) {
                *error = Cli::tr("--skip-checks: unknown check '%1' (known: %2)")
                             .arg(name, core::ScanOptions::checkNames().join(QLatin1String(", ")));
                return false;
            }
            if (!o.skipChecks.contains(name))
                o.skipChecks << name;
        }
    }
    if (parser.isSet(opt.role)) {
        const QString role = parser.value(opt.role).trimmed().toLower();
        if (role != QLatin1String("submission") && role != QLatin1String("mx") && role != QLatin1String("lmtp")) {
            *error = Cli::tr("--role must be submission, mx or lmtp, not '%1'").arg(parser.value(opt.role));
            return false;
        }
        o.role = role;
    }
    s.progressLines = parser.isSet(opt.progress);
    if (parser.isSet(opt.expectCert)) {
        o.expectCertFile = parser.value(opt.expectCert);
        // Unreadable content is a usage error now, not a surprise after the scan.
        const core::CertificateLoadResult expected = core::loadCertificateFiles(QStringList{o.expectCertFile});
        if (!expected.ok()) {
            *error = Cli::tr("--expect-cert %1").arg(expected.shownErrors().value(0));
            return false;
        }
        if (expected.certificates.isEmpty()) {
            *error = Cli::tr("--expect-cert %1: holds no certificate").arg(o.expectCertFile);
            return false;
        }
    }
    if (parser.isSet(opt.caFile)) {
        o.caFile = parser.value(opt.caFile);
        const QFileInfo info(o.caFile);
        if (!info.isFile() || !info.isReadable()) {
            *error = Cli::tr("--ca-file %1: no readable file there").arg(o.caFile);
            return false;
        }
    }
    if (parser.isSet(opt.servername)) {
        o.servername = parser.value(opt.servername).trimmed();
        if (!checkSingleName(o.servername, QStringLiteral("servername"), error))
            return false;
    }
    if (!readOutputOptions(parser, {&opt.json, &opt.html, &opt.failOn, &opt.noColor, &opt.quiet, &opt.pdf}, &s, error))
        return false;
    *options = o;
    *settings = s;
    return true;
}

} // namespace mailtls::cli
