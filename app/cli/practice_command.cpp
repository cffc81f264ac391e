#include "practice_command.h"
#include "cli_tr.h"

#include <QCommandLineParser>

#include <poll.h>

#include "cli_settings.h"
#include "common_options.h"
#include "console.h"
#include "interrupt_guard.h"
#include "base/cancel_token.h"
#include "practice/practice_personality.h"
#include "practice/practice_server.h"
#include "practice/practice_tls_context.h"

namespace mailtls::cli {

namespace {

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Runs the built-in practice server: SMTP with STARTTLS and an implicit-TLS (SMTPS) port on\n"
    "127.0.0.1 (and [::1]) only, with one TLS personality and throwaway certificates made at\n"
    "start and removed at exit. It accepts any AUTH password and discards every message. Point\n"
    "`mailtls session`, `mailtls scan`, openssl s_client or swaks at it to see what the\n"
    "workbench says about a well-configured server or a typical mistake. Ctrl-C stops it.");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption personality{QStringLiteral("personality"),
                                   Cli::tr("The server to play (default: modern; --list shows all)."),
                                   QStringLiteral("NAME")};
    QCommandLineOption port{QStringLiteral("port"),
                            Cli::tr("SMTP port with STARTTLS (default 0: a free port, printed at start)."),
                            QStringLiteral("N")};
    QCommandLineOption tlsPort{QStringLiteral("tls-port"),
                               Cli::tr("Implicit-TLS (SMTPS) port (default 0: a free port)."),
                               QStringLiteral("N")};
    QCommandLineOption list{QStringLiteral("list"), Cli::tr("List the personalities and what each one teaches.")};
    QCommandLineOption verbose{{QStringLiteral("v"), QStringLiteral("verbose")},
                               Cli::tr("Print one line per connection: peer, TLS version and suite, commands.")};
    QCommandLineOption ipv4Only{QStringLiteral("ipv4-only"), Cli::tr("Listen on 127.0.0.1 only, not on [::1].")};
    QList<QCommandLineOption> all() const { return {help, personality, port, tlsPort, list, verbose, ipv4Only}; }
};

QString personalityTable()
{
    QString text;
    // The name column: at least 22 wide, and two spaces after the longest name.
    int width = 22;
    for (const core::PracticePersonality &p : core::practicePersonalities())
        width = qMax(width, int(p.name.size()) + 2);
    for (const core::PracticePersonality &p : core::practicePersonalities()) {
        text += QStringLiteral("  %1%2\n").arg(p.name.leftJustified(width), QString::fromLatin1(p.summary));
        text += Cli::tr("  %1expected findings: %2\n")
                    .arg(QString(width, QLatin1Char(' ')),
                         p.expectedFindings.isEmpty() ? Cli::tr("none") : p.expectedFindings.join(QStringLiteral(", ")));
    }
    return text;
}

bool portOption(const QCommandLineParser &parser, const QCommandLineOption &option, quint16 *out, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0 || value > 65535) {
        *error = Cli::tr("--%1 must be a port from 0 to 65535, not '%2'").arg(option.names().last(), parser.value(option));
        return false;
    }
    *out = quint16(value);
    return true;
}

QString versionText(const QString &version)
{
    if (version == QLatin1String("TLSv1"))
        return QStringLiteral("TLS 1.0");
    return QString(version).replace(QLatin1String("TLSv"), QLatin1String("TLS "));
}

} // namespace

QString practiceHelpText()
{
    Opt opt;
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(kDescription));
    parser.addOptions(opt.all());
    QString text = parser.helpText();
    text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("mailtls practice-server"));
    text.replace(QCoreApplication::applicationName() + QStringLiteral(" [options]"), QStringLiteral("mailtls practice-server [options]"));
    return text + Cli::tr("\nPersonalities:\n") + personalityTable()
        + Cli::tr("\nExit codes:\n"
                         "  0    stopped with Ctrl-C or SIGTERM\n"
                         "  2    usage error (unknown personality, bad port, port already in use)\n"
                         "  3    the server could not start (certificates, TLS setup)\n"
                         "\nExamples:\n"
                         "  mailtls practice-server\n"
                         "  mailtls practice-server --personality weak-dh --port 2525 --tls-port 4650\n"
                         "  mailtls practice-server --list\n");
}

bool parsePracticeArgs(const QStringList &args, PracticeArgs *out, QString *error)
{
    Opt opt;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(opt.all());
    if (!parser.parse(args)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(opt.help)) {
        out->showHelp = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Cli::tr("unexpected argument '%1' (the server always listens on 127.0.0.1; use --port)")
                     .arg(parser.positionalArguments().first());
        return false;
    }
    out->list = parser.isSet(opt.list);
    out->verbose = parser.isSet(opt.verbose);
    out->ipv4Only = parser.isSet(opt.ipv4Only);
    if (parser.isSet(opt.personality)) {
        const QString name = parser.value(opt.personality).trimmed();
        const core::PracticePersonality *p = core::findPracticePersonality(name);
        if (!p) {
            out->unknownPersonality = true;
            *error = Cli::tr("unknown personality '%1'; choose one of: %2")
                         .arg(name, core::practicePersonalityNames().join(QStringLiteral(", ")));
            return false;
        }
        out->personality = p->name;
    }
    if (!portOption(parser, opt.port, &out->smtpPort, error) || !portOption(parser, opt.tlsPort, &out->tlsPort, error))
        return false;
    if (out->smtpPort != 0 && out->smtpPort == out->tlsPort) {
        *error = Cli::tr("--port and --tls-port must differ (both %1)").arg(out->smtpPort);
        return false;
    }
    return true;
}

int runPracticeCommand(const QStringList &args)
{
    PracticeArgs a;
    QString error;
    if (!parsePracticeArgs(args, &a, &error)) {
        printError(QStringLiteral("practice-server"), error);
        if (a.unknownPersonality)
            writeErr(Cli::tr("\nPersonalities:\n") + personalityTable());
        return ExitUsage;
    }
    if (a.showHelp) {
        writeOut(practiceHelpText());
        return ExitOk;
    }
    if (a.list) {
        writeOut(personalityTable());
        return ExitOk;
    }

    core::PracticeServerOptions options;
    options.personality = a.personality;
    options.smtpPort = a.smtpPort;
    options.tlsPort = a.tlsPort;
    options.alsoIpv6 = !a.ipv4Only;
    if (a.verbose)
        options.log = [](const QString &line) { writeOut(line + QLatin1Char('\n')); };
    // The guard first: a Ctrl-C or SIGTERM while the certificates are being made must still
    // end in stop(), which removes them, not in the default action.
    core::CancelToken interrupted;
    InterruptGuard guard(interrupted, true);
    core::PracticeServer server(options);
    if (!server.start(&error)) {
        printError(QStringLiteral("practice-server"), error);
        // A port the user named that is taken or forbidden is a usage problem; the rest is ours.
        const bool portProblem = error.contains(QLatin1String("already in use")) || error.contains(QLatin1String("permission denied"));
        return portProblem ? ExitUsage : ExitUnreachable;
    }

    const core::PracticePersonality &p = server.personality();
    const core::PracticeTlsProfile profile = core::practiceTlsProfile(p);
    const quint16 smtp = server.smtpPort();
    const quint16 smtps = server.tlsPort();
    const bool v6 = server.listenAddresses().contains(QStringLiteral("::1"));
    QString text;
    text += Cli::tr("MailTLS practice server, personality \"%1\": %2\n").arg(p.name, QString::fromLatin1(p.summary));
    text += QStringLiteral("  %1 127.0.0.1:%2%3\n")
                .arg(padColumns(p.offersStarttls ? Cli::tr("SMTP with STARTTLS") : Cli::tr("SMTP, no STARTTLS"), 21))
                .arg(smtp)
                .arg(v6 ? QStringLiteral("  [::1]:%1").arg(smtp) : QString());
    text += Cli::tr("  SMTPS (implicit TLS)  127.0.0.1:%1%2\n").arg(smtps).arg(v6 ? QStringLiteral("  [::1]:%1").arg(smtps) : QString());
    text += (profile.keyTypes.size() > 1 ? Cli::tr("  TLS                   %1%2, %3 certificates%4\n")
                                         : Cli::tr("  TLS                   %1%2, %3 certificate%4\n"))
                .arg(versionText(profile.minVersion),
                     profile.minVersion == profile.maxVersion ? QString() : Cli::tr(" to ") + versionText(profile.maxVersion),
                     profile.keyTypes.join(QStringLiteral(" + ")),
                     profile.dhPrimeBits ? Cli::tr(", DHE with a %1-bit prime").arg(profile.dhPrimeBits) : QString());
    text += Cli::tr("  practice CA           %1\n").arg(server.caFile());
    if (p.requiresClientCertificate)
        text += Cli::tr("  client certificate    %1 (key %2)\n").arg(server.clientCertFile(), server.clientKeyFile());
    text += Cli::tr("  expected findings     %1\n")
                .arg(p.expectedFindings.isEmpty() ? Cli::tr("none") : p.expectedFindings.join(QStringLiteral(", ")));
    text += Cli::tr("\nTry:\n");
    text += QStringLiteral("  mailtls session 127.0.0.1:%1 --ca-file %2\n").arg(smtp).arg(server.caFile());
    if (p.requiresClientCertificate)
        text += QStringLiteral("  mailtls session 127.0.0.1:%1 --ca-file %2 --client-cert %3 --client-key %4\n")
                    .arg(smtp).arg(server.caFile(), server.clientCertFile(), server.clientKeyFile());
    text += QStringLiteral("  mailtls session 127.0.0.1:%1 --implicit-tls --ca-file %2\n").arg(smtps).arg(server.caFile());
    text += QStringLiteral("  mailtls scan 127.0.0.1:%1\n").arg(smtp);
    text += QStringLiteral("  openssl s_client -connect 127.0.0.1:%1 -starttls smtp -CAfile %2\n").arg(smtp).arg(server.caFile());
    text += Cli::tr("The certificates are throwaway: made now, deleted when the server stops. Ctrl-C stops it.\n");
    writeOut(text);

    pollfd fd{interrupted.wakeFd(), POLLIN, 0};
    while (!interrupted.isCancelled())
        ::poll(&fd, 1, -1);
    server.stop();
    writeOut(Cli::tr("Stopped after %1 connection(s); the practice certificates are removed.\n")
                 .arg(server.connectionsAccepted()));
    return ExitOk;
}

} // namespace mailtls::cli
