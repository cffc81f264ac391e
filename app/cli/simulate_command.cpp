#include "simulate_command.h"
#include "cli_tr.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <mutex>

#include <unistd.h>

#include "common_options.h"
#include "console.h"
#include "catalog/cipher_list_parser.h"
#include "diagnose/client_profile.h"
#include "interrupt_guard.h"
#include "model/session_options.h"
#include "pdf/pdf_report.h"
#include "report/json_report.h"
#include "report/simulation_html.h"
#include "catalog/cipher_catalog.h"
#include "catalog/groups.h"
#include "session_args.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Predicts whether a mail partner can make a TLS connection to a server: the version and suite\n"
    "they would agree on, or why they cannot (compat.no_shared_cipher, compat.protocol_mismatch,\n"
    "compat.dh_too_small, compat.cert_type_mismatch) in a sentence to forward to the partner, with\n"
    "the Exim and Postfix lines that fix it. The server is a live target (scanned first, then one\n"
    "real handshake with exactly the partner's offer confirms the prediction) or a saved\n"
    "'mailtls scan --json' report. The partner is a built-in profile or a pasted cipher list.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Cipher lists (--cipher-list):\n"
    "  OpenSSL  ECDHE-RSA-AES128-SHA:RC4-SHA  (names map one by one; keywords such as HIGH:!aNULL\n"
    "           are expanded by the linked OpenSSL, which has no RC4/3DES)\n"
    "  IANA     TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA\n"
    "  GnuTLS   NORMAL:-VERS-ALL:+VERS-TLS1.2:+3DES-CBC  (expanded by gnutls-cli when installed,\n"
    "           else by a built-in table; versions, groups and signatures come with it)\n"
    "  Without --versions a pasted list is offered with TLS 1.0 - 1.2 (and 1.3 when it names\n"
    "  TLS 1.3 suites); a GnuTLS string brings its own versions.\n"
    "\n"
    "Exit codes:\n"
    "  0    the partner connects\n"
    "  1    the partner fails (compat.* findings are 'high'; --fail-on critical keeps exit 0)\n"
    "  2    usage error (including an unwritable --json, --html or --pdf path)\n"
    "  3    no answer to judge: unreachable, no reply in time (also during the TLS handshake),\n"
    "       or no STARTTLS or no mail server. A server that answers and refuses or breaks\n"
    "       the handshake has answered: that is a finding (0, or 1 with --fail-on)\n"
    "  130  interrupted (Ctrl-C)\n"
    "\n"
    "Examples:\n"
    "  mailtls simulate --list-profiles\n"
    "  mailtls simulate --server mx.example.org --client gateway-rsa-legacy\n"
    "  mailtls simulate --report scan.json --client gnutls-normal-dh2048\n"
    "  mailtls simulate --server mx.example.org --client gateway-rsa-legacy --pdf for-partner.pdf\n"
    "  mailtls simulate --server 127.0.0.1:2525 --cipher-list 'NORMAL:-VERS-ALL:+VERS-TLS1.2' --json -\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption server{QStringLiteral("server"), Cli::tr("Live mail server to scan and try (PORT defaults to 25)."),
                              QStringLiteral("HOST[:PORT]")};
    QCommandLineOption report{QStringLiteral("report"), Cli::tr("Saved 'mailtls scan --json' report to predict from."),
                              QStringLiteral("FILE.json")};
    QCommandLineOption client{QStringLiteral("client"), Cli::tr("Built-in partner profile (see --list-profiles)."),
                              QStringLiteral("PROFILE")};
    QCommandLineOption cipherList{QStringLiteral("cipher-list"),
                                  Cli::tr("The partner's suites: OpenSSL or IANA names, or a GnuTLS priority string."),
                                  QStringLiteral("LIST")};
    QCommandLineOption syntax{QStringLiteral("syntax"), Cli::tr("How to read --cipher-list: auto (default), openssl, iana, gnutls."),
                              QStringLiteral("SYNTAX")};
    QCommandLineOption versions{QStringLiteral("versions"),
                                Cli::tr("Versions the partner offers, e.g. 1.0,1.1,1.2 (replaces the profile's)."),
                                QStringLiteral("LIST")};
    QCommandLineOption groups{QStringLiteral("groups"), Cli::tr("Groups the partner offers, e.g. x25519:secp256r1."),
                              QStringLiteral("LIST")};
    QCommandLineOption minDhBits{QStringLiteral("min-dh-bits"), Cli::tr("Smallest DHE prime the partner accepts (0: any)."),
                                 QStringLiteral("N")};
    QCommandLineOption sigalgs{QStringLiteral("sigalgs"),
                               Cli::tr("Signature algorithms the partner accepts, e.g. RSA+SHA256:rsa_pss_rsae_sha256."),
                               QStringLiteral("LIST")};
    QCommandLineOption listProfiles{QStringLiteral("list-profiles"), Cli::tr("List the built-in profiles and exit.")};
    QCommandLineOption predictOnly{QStringLiteral("predict-only"),
                                   Cli::tr("With --server: scan and predict, but make no confirming handshake.")};
    QCommandLineOption starttls = starttlsOption();
    QCommandLineOption implicitTls{QStringLiteral("implicit-tls"), Cli::tr("Start TLS with the first byte (SMTPS).")};
    QCommandLineOption sni{QStringLiteral("sni"), Cli::tr("Server name sent in the handshake (default: HOST when a name)."),
                           QStringLiteral("NAME")};
    QCommandLineOption noSni = noSniOption();
    QCommandLineOption timeout{QStringLiteral("timeout"), Cli::tr("Deadline for each network step (default: 10)."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption maxConn{QStringLiteral("max-conn"), Cli::tr("Connections open at once during the scan (default: 4)."),
                               QStringLiteral("N")};
    QCommandLineOption proxy = proxyOption();
    QCommandLineOption proxyPassFile = proxyPassFileOption();
    QCommandLineOption proxyConnections = proxyConnectionsOption();
    QCommandLineOption json = jsonOption(Cli::tr("the JSON report (kind \"simulate\")"));
    QCommandLineOption html{QStringLiteral("html"),
                            Cli::tr("Also write the simulation as one self-contained, printable HTML file."),
                            QStringLiteral("FILE")};
    QCommandLineOption pdf{QStringLiteral("pdf"),
                           Cli::tr("Write the simulation as a PDF file (A4: the verdict, the reason and the fix, then "
                                          "what each side offers), to forward to the partner's admin."),
                           QStringLiteral("FILE")};
    QCommandLineOption failOn{QStringLiteral("fail-on"),
                              Cli::tr("Exit 1 when a finding is at least this severe (default: high)."), QStringLiteral("SEVERITY")};
    QCommandLineOption noColor{QStringLiteral("no-color"), Cli::tr("No colours.")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")}, Cli::tr("Print only the verdict line.")};

    QList<QCommandLineOption> all() const
    {
        return {help, server, report, client, cipherList, syntax, versions, groups, minDhBits, sigalgs, listProfiles, predictOnly,
                starttls, implicitTls, sni, noSni, timeout, maxConn, proxy, proxyPassFile, proxyConnections, json, html, pdf, failOn, noColor, quiet};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
}

QStringList splitItems(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[:,\\s]+")), Qt::SkipEmptyParts);
}

QString indent(const QString &text, const QString &prefix)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = prefix + l;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString suiteText(const SuiteInfo &s)
{
    const QString ossl = opensslNameOf(s);
    return ossl.isEmpty() || ossl == s.iana ? s.iana : QStringLiteral("%1 (%2)").arg(ossl, s.iana);
}

} // namespace

QString simulateHelpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser,
                          QStringLiteral("mailtls simulate (--server HOST[:PORT] | --report FILE.json) "
                                         "(--client PROFILE | --cipher-list LIST) [options]"),
                          kEpilogue);
}

QString profileListText()
{
    QString out = Cli::tr("Built-in partner profiles (mailtls simulate --client NAME):\n\n");
    for (const ClientProfile &p : builtinProfiles()) {
        const ClientOffer &o = p.offer;
        out += Cli::tr("  %1\n      %2\n      offers %3; %4 suites up to TLS 1.2, %5 TLS 1.3 suites; minimum DH %6\n")
                   .arg(o.name, o.title, o.versionRangeText())
                   .arg(o.ciphers.size())
                   .arg(o.tls13Suites.size())
                   .arg(o.minDhBits > 0 ? Cli::tr("%1 bits").arg(o.minDhBits) : Cli::tr("not checked"));
        out += indent(Cli::tr("source: ") + o.source, QStringLiteral("      "));
    }
    for (const QString &e : profileLoadErrors())
        out += Cli::tr("  (a profile file did not load: %1)\n").arg(e);
    return out;
}

bool parseSimulateArgs(const QStringList &args, SimulateSettings *settings, QString *error)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    if (!parseCommandLine(parser, args, QStringLiteral("simulate"), error))
        return false;
    SimulateSettings s;
    s.cli.failOn = Severity::High;
    s.cli.failOnSet = true;
    if (parser.isSet(opt.help)) {
        s.cli.showHelp = true;
        s.cli.helpText = simulateHelpText();
        *settings = s;
        return true;
    }
    if (parser.isSet(opt.listProfiles)) {
        s.listProfiles = true;
        *settings = s;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Cli::tr("unexpected '%1': name the server with --server or --report").arg(parser.positionalArguments().first());
        return false;
    }
    // The server.
    if (parser.isSet(opt.server) == parser.isSet(opt.report)) {
        *error = Cli::tr("name the server with either --server HOST[:PORT] or --report FILE.json");
        return false;
    }
    SimulationRequest &r = s.request;
    if (parser.isSet(opt.server)) {
        r.live = true;
        r.target.port = 25;
        r.target.timeoutMs = 10000;
        if (!parseHostPort(parser.value(opt.server), &r.target.host, &r.target.port, error))
            return false;
        if (!readDialect(parser, opt.starttls, &opt.implicitTls, r.target.port, &r.target.dialect, &r.target.implicitTls, error)
            || !readSni(parser, opt.sni, opt.noSni, r.target.host, &r.target.sni, error)
            || !readTimeout(parser, opt.timeout, &r.target.timeoutMs, error)
            || !readInt(parser, opt.maxConn, 1, 64, &r.maxConnections, error))
            return false;
        r.target.bannerTimeoutMs = r.target.timeoutMs;
        if (!readProxyOptions(parser, opt.proxy, opt.proxyPassFile, &r.target.proxy, error))
            return false;
        s.predictOnly = parser.isSet(opt.predictOnly);
    } else {
        for (const QCommandLineOption *o : {&opt.starttls, &opt.implicitTls, &opt.sni, &opt.noSni, &opt.maxConn, &opt.predictOnly,
                                            &opt.proxy, &opt.proxyPassFile, &opt.proxyConnections})
            if (parser.isSet(*o)) {
                *error = Cli::tr("--%1 needs --server (a report is not contacted)").arg(o->names().last());
                return false;
            }
        r.reportFile = parser.value(opt.report);
        Error readError;
        if (!loadReportFile(r.reportFile, &r.savedReport, &readError)) {
            *error = Cli::tr("--report %1").arg(shownMessage(readError));
            return false;
        }
        if (!r.savedReport.scan.present) {
            *error = Cli::tr("--report %1: holds no scan section (make one with 'mailtls scan HOST --json FILE')").arg(r.reportFile);
            return false;
        }
    }
    // The partner.
    if (parser.isSet(opt.client) == parser.isSet(opt.cipherList)) {
        *error = Cli::tr("name the partner with either --client PROFILE or --cipher-list LIST");
        return false;
    }
    ClientOffer &offer = r.offer;
    if (parser.isSet(opt.client)) {
        const ClientProfile *profile = findProfile(parser.value(opt.client));
        if (!profile) {
            QStringList names;
            for (const ClientProfile &p : builtinProfiles())
                names << p.offer.name;
            *error = Cli::tr("unknown profile '%1'; built-in: %2").arg(parser.value(opt.client), names.join(QLatin1String(", ")));
            return false;
        }
        offer = profile->offer;
        if (parser.isSet(opt.syntax)) {
            *error = Cli::tr("--syntax applies to --cipher-list only");
            return false;
        }
    } else {
        CipherListSyntax syntax = CipherListSyntax::Auto;
        if (parser.isSet(opt.syntax) && !parseCipherListSyntax(parser.value(opt.syntax), &syntax)) {
            *error = Cli::tr("--syntax must be auto, openssl, iana or gnutls, not '%1'").arg(parser.value(opt.syntax));
            return false;
        }
        const ParsedCipherList list = parseCipherList(parser.value(opt.cipherList), syntax);
        if (!list.ok()) {
            *error = Cli::tr("--cipher-list: %1").arg(shownPhrase(list.errorPhrase, list.error));
            return false;
        }
        offer = offerFromCipherList(list);
        offer.source = QStringLiteral("--cipher-list, %1").arg(list.method);
        s.offerMethod = list.method;
    }
    // Overrides.
    if (parser.isSet(opt.versions)) {
        QStringList versions;
        for (const QString &v : splitItems(parser.value(opt.versions))) {
            const QString canonical = canonicalVersion(v);
            if (canonical.isEmpty() || canonical == QLatin1String("SSLv2")) {
                *error = Cli::tr("--versions: unknown version '%1' (use 1.0, 1.1, 1.2, 1.3 or SSLv3)").arg(v);
                return false;
            }
            if (!versions.contains(canonical))
                versions << canonical;
        }
        const QStringList &order = scanVersions();
        std::sort(versions.begin(), versions.end(), [&order](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
        offer.versions = versions;
    }
    if (parser.isSet(opt.groups)) {
        QStringList groups;
        for (const QString &g : splitItems(parser.value(opt.groups))) {
            const quint16 code = groupFromName(g);
            if (!code) {
                *error = Cli::tr("--groups: unknown group '%1'").arg(g);
                return false;
            }
            groups << groupName(code);
        }
        offer.groups = groups;
    }
    if (parser.isSet(opt.sigalgs)) {
        QStringList sigalgs;
        for (const QString &a : splitItems(parser.value(opt.sigalgs))) {
            const QString canonical = canonicalSigalg(a);
            if (canonical.isEmpty()) {
                *error = Cli::tr("--sigalgs: unknown signature algorithm '%1'").arg(a);
                return false;
            }
            sigalgs << canonical;
        }
        offer.sigalgs = sigalgs;
    }
    if (parser.isSet(opt.minDhBits)) {
        bool ok = false;
        offer.minDhBits = parser.value(opt.minDhBits).toInt(&ok);
        if (!ok || offer.minDhBits < 0 || offer.minDhBits > 16384) {
            *error = Cli::tr("--min-dh-bits must be a whole number from 0 to 16384, not '%1'").arg(parser.value(opt.minDhBits));
            return false;
        }
    }
    if (offer.effectiveVersions().isEmpty()) {
        *error = Cli::tr("the partner offers no suite for any of its versions (%1)").arg(offer.versions.join(QLatin1String(", ")));
        return false;
    }
    // Output.
    if (!readOutputOptions(parser, {&opt.json, &opt.html, &opt.failOn, &opt.noColor, &opt.quiet, &opt.pdf}, &s.cli, error))
        return false;
    *settings = s;
    return true;
}

QString simulationText(const SimulationResult &result, const QString &offerMethod)
{
    const ClientOffer &o = result.offer;
    const Prediction &p = result.prediction;
    const ScanResult &scan = result.report.scan;
    QString out;
    out += padColumns(Cli::tr("Partner"), 10) + QStringLiteral("%1 — %2\n").arg(o.name, o.title);
    out += Cli::tr("          offers %1; %2 suites up to TLS 1.2, %3 TLS 1.3 suites; groups: %4; minimum DH: %5\n")
               .arg(o.versionRangeText())
               .arg(o.ciphers.size())
               .arg(o.tls13Suites.size())
               .arg(o.groups.isEmpty() ? Cli::tr("not known") : o.groups.join(QLatin1String(", ")),
                    o.minDhBits > 0 ? Cli::tr("%1 bits").arg(o.minDhBits) : Cli::tr("not checked"));
    out += indent(Cli::tr("source: ") + o.source, QStringLiteral("          "));
    if (!o.unknownNames.isEmpty())
        out += Cli::tr("          not understood (left out): %1\n").arg(o.unknownNames.join(QLatin1String(", ")));
    Q_UNUSED(offerMethod);
    QStringList serverVersions;
    for (auto it = scan.protocols.cbegin(); it != scan.protocols.cend(); ++it)
        if (it.value())
            serverVersions << tlsVersionLabel(it.key());
    out += padColumns(Cli::tr("Server"), 10) + QStringLiteral("%1 — %2\n").arg(hostPortText(result.report.target.host, result.report.target.port), result.serverSource);
    out += Cli::tr("          accepts %1; certificates: %2; DH prime: %3\n")
               .arg(serverVersions.isEmpty() ? Cli::tr("no version") : serverVersions.join(QLatin1String(", ")),
                    scan.certificateTypes.isEmpty() ? Cli::tr("unknown") : scan.certificateTypes.join(QLatin1String(" + ")),
                    scan.dhBits > 0 ? Cli::tr("%1 bits").arg(scan.dhBits) : Cli::tr("none seen"));
    out += QLatin1Char('\n');
    if (p.connects) {
        out += Cli::tr("Prediction: CONNECTS — %1 with %2%3\n")
                   .arg(tlsVersionLabel(p.version), suiteText(p.suite),
                        p.group.isEmpty() ? QString() : Cli::tr(", group %1").arg(p.group));
    } else {
        out += Cli::tr("Prediction: FAILS — %1\n").arg(p.finding.id);
    }
    out += indent(shownPhrase(p.sentencePhrase, p.sentence), QStringLiteral("  "));
    out += Cli::tr("  How:\n");
    for (int i = 0; i < p.steps.size(); ++i)
        out += QStringLiteral("    - %1\n").arg(shownPhrase(p.stepPhrases.value(i), p.steps.at(i)));
    for (int i = 0; i < p.caveats.size(); ++i)
        out += QStringLiteral("    ! %1\n").arg(shownPhrase(p.caveatPhrases.value(i), p.caveats.at(i)));
    if (!p.connects) {
        if (!p.finding.fixExim.isEmpty())
            out += Cli::tr("\nFix for Exim:\n") + indent(p.finding.fixExim, QStringLiteral("    "));
        if (!p.finding.fixPostfix.isEmpty())
            out += Cli::tr("Fix for Postfix:\n") + indent(p.finding.fixPostfix, QStringLiteral("    "));
    }
    const LiveHandshake &l = result.live;
    if (l.ran) {
        out += Cli::tr("\nLive handshake (%1)\n")
                   .arg(l.path == QLatin1String("raw") ? Cli::tr("mailtls's own ClientHello: the exact offer")
                                                       : Cli::tr("OpenSSL client with the partner's offer"));
        if (!l.omitted.isEmpty())
            out += Cli::tr("  left out (this OpenSSL cannot send them): %1\n").arg(l.omitted.join(QLatin1String(", ")));
        if (l.serverAccepted)
            out += Cli::tr("  server chose %1 with %2%3\n")
                       .arg(tlsVersionLabel(l.version), suiteText(l.suite),
                            l.dhBits > 0 ? Cli::tr(", %1-bit DH prime").arg(l.dhBits)
                                         : (l.group.isEmpty() ? QString() : Cli::tr(", group %1").arg(l.group)));
        else if (!l.alert.isEmpty())
            out += QStringLiteral("  %1\n").arg(liveEndingPhrase(l).localized());
        if (!l.clientAbortReason.isEmpty())
            out += Cli::tr("  the partner would stop here: %1\n").arg(shownPhrase(l.clientAbortReasonPhrase, l.clientAbortReason));
        if (!l.error.isEmpty())
            out += Cli::tr("  error: %1\n").arg(shownPhrase(l.errorPhrase, l.error));
        out += QStringLiteral("  %1\n").arg(shownPhrase(l.verdictPhrase, l.verdict));
    }
    return out;
}

int simulateExitCode(const SimulationResult &result, const CliSettings &settings)
{
    if (result.cancelled)
        return ExitInterrupted;
    if (result.unreachable)
        return ExitUnreachable;
    if (result.partnerFails()) {
        const Severity severity = result.prediction.connects ? Severity::High : result.prediction.finding.severity;
        if (!settings.failOnSet || severity >= settings.failOn)
            return ExitFindings;
    }
    return ExitOk;
}

int runSimulateCommand(const QStringList &args)
{
    SimulateSettings settings;
    QString error;
    if (!parseSimulateArgs(args, &settings, &error)) {
        printError(QStringLiteral("simulate"), error + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls simulate")));
        return ExitUsage;
    }
    if (settings.cli.showHelp) {
        writeOut(settings.cli.helpText);
        return ExitOk;
    }
    if (settings.listProfiles) {
        writeOut(profileListText());
        return ExitOk;
    }
    const bool jsonToStdout = settings.cli.jsonPath == QLatin1String("-");
    const bool showProgress = !settings.cli.quiet && settings.request.live && ::isatty(STDERR_FILENO) == 1;
    std::mutex progressMutex;
    auto progress = [&](int done, int total) {
        if (!showProgress)
            return;
        std::lock_guard<std::mutex> lock(progressMutex);
        writeErr(eraseLine() + Cli::tr("  scanning the server: %1/%2 connections ").arg(done).arg(qMax(done, total)));
    };
    CancelToken cancel;
    SimulationResult result;
    {
        InterruptGuard guard(cancel);
        SimulationRequest request = settings.request;
        request.confirmLive = !settings.predictOnly;
        result = runSimulation(request, cancel, progress);
    }
    if (showProgress)
        writeErr(eraseLine());

    if (result.unreachable) {
        printError(QString(), Cli::tr("cannot scan %1: %2")
                                  .arg(hostPortText(settings.request.target.host, settings.request.target.port),
                                       shownPhrase(result.report.outcome.errorPhrase, result.report.outcome.error)));
    } else if (!result.cancelled) {
        if (!jsonToStdout && !settings.cli.quiet)
            writeOut(simulationText(result, settings.offerMethod));
        else if (settings.cli.quiet && !jsonToStdout)
            writeOut(shownPhrase(result.prediction.sentencePhrase, result.prediction.sentence) + QLatin1Char('\n'));
    }
    bool jsonFailed = false;
    if (!result.cancelled) {
        const QByteArray bytes = simulationReportBytes(result);
        if (jsonToStdout) {
            writeOut(QString::fromUtf8(bytes));
        } else if (!settings.cli.jsonPath.isEmpty()) {
            QString writeError;
            if (!writeOutputFile(settings.cli.jsonPath, bytes, &writeError)) {
                printError(QStringLiteral("simulate"), Cli::tr("cannot write --json %1: %2").arg(settings.cli.jsonPath, writeError));
                jsonFailed = true;
            }
        }
        if (!settings.cli.htmlPath.isEmpty()) {
            Error why;
            if (!writeHtmlFile(settings.cli.htmlPath, simulationToHtml(result), &why)) {
                printError(QStringLiteral("simulate"), Cli::tr("cannot write --html %1: %2").arg(settings.cli.htmlPath, shownMessage(why)));
                jsonFailed = true;
            }
        }
        if (!settings.cli.pdfPath.isEmpty()) {
            QByteArray bytes;
            Error why;
            if (!pdf::simulationToPdf(result, HtmlReportOptions(), &bytes, &why) || !pdf::writePdfFile(settings.cli.pdfPath, bytes, &why)) {
                printError(QStringLiteral("simulate"), Cli::tr("cannot write --pdf %1: %2").arg(settings.cli.pdfPath, shownMessage(why)));
                jsonFailed = true;
            }
        }
    }
    int code = simulateExitCode(result, settings.cli);
    if (result.cancelled)
        printError(QString(), Cli::tr("interrupted"));
    if (jsonFailed && (code == ExitOk || code == ExitFindings))
        code = ExitUsage;
    return code;
}

} // namespace mailtls::cli
