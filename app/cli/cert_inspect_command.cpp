// `mailtls cert inspect FILE...`: the chain in certificate files exactly as a server would send
// it, judged like a served chain, with the same report shape (kind "cert-inspect").

#if __has_include("cert_inspect_command.h")
#include "cert_inspect_command.h"
#include "cli_tr.h"
#endif

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include "cli_settings.h"
#include "console.h"
#include "common_options.h"
#include "jobs/certificate_job.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report_printer.h"
#include "x509/certificate_loader.h"
#include "x509/chain_analysis.h"
#include "x509/trust_store.h"

using namespace mailtls::core;

namespace mailtls::cli {

int runCertInspect(const QStringList &args);

namespace {

const char *const kCommand = "cert inspect";

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Reads certificate files (PEM or DER: certificates, chain bundles, private keys, PKCS#7,\n"
    "PKCS#12) and reports the chain exactly as a server configured with them would send it:\n"
    "certificates in file order, files in the order given. Checks the order (leaf first, then\n"
    "each issuer), missing intermediates (against --ca-file or the system store), extra\n"
    "certificates, an included root, whether a private key matches the leaf, and every\n"
    "certificate finding of a live session (trust, dates, name, key and signature strength).");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Finding ids beyond those of a session: chain.root_included (info), key.mismatch.\n"
    "\n"
    "Exit codes:\n"
    "  0    inspected (findings below --fail-on, if any)\n"
    "  1    a finding at or above --fail-on\n"
    "  2    usage error, or a file that cannot be read (damaged, wrong passphrase, no certificate)\n"
    "\n"
    "Examples:\n"
    "  mailtls cert inspect /etc/exim4/exim.crt /etc/exim4/exim.key --servername mx.example.org\n"
    "  mailtls cert inspect fullchain.pem --ca-file private-root.pem --json -\n"
    "  mailtls cert inspect bundle.p12 --passphrase-file p12.pass --fail-on medium\n");

struct Options {
    QStringList files;
    QByteArray passphrase;
    QString caFile;
    QString servername;
    int warnDays = 30;
    CliSettings settings;
};

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption passphraseFile{QStringLiteral("passphrase-file"),
                                      Cli::tr("Passphrase for encrypted keys and PKCS#12 (first line of FILE)."),
                                      QStringLiteral("FILE")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              Cli::tr("Trust these PEM certificates instead of the system store."),
                              QStringLiteral("FILE")};
    QCommandLineOption servername{QStringLiteral("servername"),
                                  Cli::tr("Name the certificate must match, e.g. the MX name (default: no name check)."),
                                  QStringLiteral("NAME")};
    QCommandLineOption warnDays{QStringLiteral("warn-days"),
                                Cli::tr("cert.expires_soon when fewer days than this remain (default: 30)."),
                                QStringLiteral("N")};
    QCommandLineOption json = jsonOption();
    QCommandLineOption html{QStringLiteral("html"),
                            Cli::tr("Also write a self-contained, printable HTML report to FILE."),
                            QStringLiteral("FILE")};
    QCommandLineOption pdf = pdfOption(Cli::tr("the inspection"));
    QCommandLineOption failOn = failOnOption();
    QCommandLineOption noColor = noColorOption();
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             Cli::tr("Print only the one-line summary (errors still go to stderr).")};

    QList<QCommandLineOption> all() const
    {
        return {help, passphraseFile, caFile, servername, warnDays, json, html, pdf, failOn, noColor, quiet};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
    parser->addPositionalArgument(QStringLiteral("FILE"),
                                  Cli::tr("Certificate, chain, key, PKCS#7 or PKCS#12 file; several in serving order."),
                                  QStringLiteral("FILE..."));
}

QString helpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser, QStringLiteral("mailtls cert inspect [options] FILE..."), kEpilogue);
}

bool parseArgs(const QStringList &args, Options *out, QString *error)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    if (!parseCommandLine(parser, args, QStringLiteral("inspect"), error))
        return false;
    Options o;
    if (parser.isSet(opt.help)) {
        o.settings.showHelp = true;
        o.settings.helpText = helpText();
        *out = o;
        return true;
    }
    o.files = parser.positionalArguments();
    if (o.files.isEmpty()) {
        *error = Cli::tr("missing FILE");
        return false;
    }
    for (const QString &file : std::as_const(o.files)) {
        if (!readableFile(file, QString(), error))
            return false;
    }
    if (parser.isSet(opt.passphraseFile)) {
        const QString path = parser.value(opt.passphraseFile);
        if (!readableFile(path, QStringLiteral("--passphrase-file "), error, FileKind::Stream))
            return false;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QByteArray line = file.readLine(65536);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *error = Cli::tr("--passphrase-file %1: the first line is empty").arg(path);
            return false;
        }
        o.passphrase = line;
    }
    if (parser.isSet(opt.caFile)) {
        o.caFile = parser.value(opt.caFile);
        if (!readableFile(o.caFile, QStringLiteral("--ca-file "), error))
            return false;
    }
    if (parser.isSet(opt.servername)) {
        o.servername = parser.value(opt.servername).trimmed();
        if (!checkSingleName(o.servername, QStringLiteral("servername"), error))
            return false;
    }
    if (!readInt(parser, opt.warnDays, 0, 36500, &o.warnDays, error))
        return false;
    if (!readOutputOptions(parser, {&opt.json, &opt.html, &opt.failOn, &opt.noColor, &opt.quiet, &opt.pdf}, &o.settings, error))
        return false;
    *out = o;
    return true;
}

QString extensionLines(const CertificateChain &chain, bool color)
{
    auto bold = [color](const QString &text) {
        return color ? styled(text, "1") : text;
    };
    QString out = bold(Cli::tr("Extensions")) + QLatin1Char('\n');
    for (int i = 0; i < chain.size(); ++i) {
        const Certificate &c = chain.at(i);
        out += QStringLiteral("  #%1\n").arg(i);
        auto line = [&out](const QString &label, const QString &value) {
            if (!value.isEmpty())
                out += QStringLiteral("      ") + padColumns(label, 22) + value + QLatin1Char('\n');
        };
        const BasicConstraints bc = c.basicConstraints();
        if (bc.present) {
            QString text = bc.ca ? QStringLiteral("CA") : Cli::tr("not a CA");
            if (bc.ca && bc.pathLength >= 0)
                text += Cli::tr(", path length %1").arg(bc.pathLength);
            if (bc.critical)
                text += Cli::tr(" (critical)");
            line(Cli::tr("Basic constraints"), text);
        }
        QString usage = c.keyUsage().join(QStringLiteral(", "));
        if (!usage.isEmpty() && c.keyUsageCritical())
            usage += Cli::tr(" (critical)");
        line(Cli::tr("Key usage"), usage);
        line(Cli::tr("Extended key usage"), c.extendedKeyUsage().join(QStringLiteral(", ")));
        line(QStringLiteral("OCSP"), c.ocspUrls().join(QStringLiteral(", ")));
        line(Cli::tr("CA issuers"), c.caIssuerUrls().join(QStringLiteral(", ")));
        line(Cli::tr("CRL distribution"), c.crlDistributionPoints().join(QStringLiteral(", ")));
        line(Cli::tr("Subject key id"), c.subjectKeyIdentifier());
        line(Cli::tr("Authority key id"), c.authorityKeyIdentifier());
    }
    return out + QLatin1Char('\n');
}

QString summaryLine(const Report &report, const CertificateLoadResult &loaded)
{
    QStringList parts;
    parts << (report.certificates.size() == 1 ? Cli::tr("1 certificate") : Cli::tr("%1 certificates").arg(report.certificates.size()));
    if (!loaded.keys.isEmpty())
        parts << (hasFinding(report.findings, QStringLiteral("key.mismatch")) ? Cli::tr("key does not match")
                                                                               : Cli::tr("key matches"));
    if (report.findings.isEmpty()) {
        parts << Cli::tr("no findings");
    } else {
        QStringList bySeverity;
        for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
            int n = 0;
            for (const Finding &f : report.findings)
                n += f.severity == s ? 1 : 0;
            if (n)
                bySeverity << QStringLiteral("%1 %2").arg(n).arg(severityName(s));
        }
        parts << QStringLiteral("%1 (%2)").arg((report.findings.size() == 1 ? Cli::tr("1 finding") : Cli::tr("%1 findings").arg(report.findings.size())),
                                               bySeverity.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1  %2\n").arg(report.target.host, parts.join(QStringLiteral("  ")));
}

} // namespace

int runCertInspect(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    Options options;
    QString error;
    if (!parseArgs(args, &options, &error)) {
        printError(command, error + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls cert inspect")));
        return ExitUsage;
    }
    if (options.settings.showHelp) {
        writeOut(options.settings.helpText);
        return ExitOk;
    }

    QElapsedTimer clock;
    clock.start();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();

    TrustStore trust;
    if (options.caFile.isEmpty()) {
        trust = TrustStore::systemDefault();
    } else {
        Error trustError;
        trust = TrustStore::fromFile(options.caFile, &trustError);
        if (!trust.isValid()) {
            printError(command, Cli::tr("--ca-file %1: %2").arg(options.caFile, shownMessage(trustError)));
            return ExitUsage;
        }
    }

    CertificateCheckOptions check;
    check.servername = options.servername;
    check.now = startedAt;
    check.warnDays = options.warnDays;
    const InspectedFiles inspected = inspectCertificateFiles(options.files, options.passphrase, trust, check);
    const CertificateLoadResult &loaded = inspected.loaded;
    if (!loaded.ok()) {
        for (const QString &line : loaded.shownErrors())
            printError(command, line);
        return ExitUsage;
    }
    if (!inspected.hasReport()) {
        printError(command, Cli::tr("no certificate in %1 (only private keys)").arg(options.files.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    Report report = inspected.report;
    report.durationMs = clock.elapsed();

    const CliSettings &settings = options.settings;
    const bool jsonToStdout = settings.jsonPath == QLatin1String("-");
    if (!jsonToStdout && !settings.quiet) {
        PrinterOptions printerOptions;
        printerOptions.color = !settings.noColor && stdoutWantsColor();
        printerOptions.width = stdoutColumns(100);
        printerOptions.now = startedAt;
        const ReportPrinter printer(printerOptions);
        QString text = printerOptions.color ? styled(Cli::tr("Files"), "1") + QLatin1Char('\n') : Cli::tr("Files\n");
        for (const TranscriptLine &line : std::as_const(report.transcript))
            text += QStringLiteral("  ") + line.text + QLatin1Char('\n');
        text += QLatin1Char('\n');
        text += printer.certificateSection(report.certificates);
        text += extensionLines(report.certificates, printerOptions.color);
        text += printer.findingsSection(report.findings);
        text += summaryLine(report, loaded);
        writeOut(text);
    } else if (settings.quiet && !jsonToStdout) {
        writeOut(summaryLine(report, loaded));
    }

    if (!writeReportOutputs(command, report, settings))
        return ExitUsage;
    return failsOn(report.findings, settings) ? ExitFindings : ExitOk;
}

} // namespace mailtls::cli
