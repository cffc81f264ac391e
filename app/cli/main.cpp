// mailtls: the command-line twin of the workbench. This file only dispatches to the
// subcommands (one file each); they parse their own arguments.

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <memory>

#include <openssl/crypto.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cert_command.h"
#include "cli_language.h"
#include "cli_tr.h"
#include "compare_command.h"
#include "cli_settings.h"
#include "common_options.h"
#include "console.h"
#include "domain_command.h"
#include "explain_command.h"
#include "fleet_command.h"
#include "log_command.h"
#include "practice_command.h"
#include "queue_command.h"
#include "records_command.h"
#include "scan_command.h"
#include "session_args.h"
#include "session_command.h"
#include "simulate_command.h"

namespace {

const char *const kUsage = QT_TRANSLATE_NOOP("mailtls",
    "Usage: mailtls COMMAND [options]\n"
    "\n"
    "The TLS side of mail servers: SMTP/STARTTLS sessions, the TLS handshake, certificate\n"
    "chains, findings and the Exim/Postfix settings that fix them.\n"
    "\n"
    "Commands:\n"
    "  session HOST[:PORT]   one real session: transcript, handshake, chain, findings\n"
    "  scan HOST[:PORT]      versions, every IANA suite, preference, groups, DH size, cert types\n"
    "  cert SUBCOMMAND       inspect certificate files; make keys, CSRs, a small CA, DH params\n"
    "  explain SUITE         a cipher suite taken apart: kex, auth, cipher, MAC, grade, certificate\n"
    "  simulate              will a partner (profile or cipher list) connect? outcome, reason, fix\n"
    "  compare TARGET...     two or more servers or saved reports side by side, differences first\n"
    "  practice-server       a loopback SMTP/TLS server to practise on (--list: personalities)\n"
    "  log FILE...           mail logs read for TLS: partners, versions, failures by cause, what breaks if\n"
    "  queue FILE|-          a queue listing (exim -bp, postqueue -j/-p): what is stuck, by domain and age\n"
    "  fleet FILE|-          every partner at once: a session or scan per target, JSON Lines, a table\n"
    "  domain DOMAIN         can mail for a domain be delivered securely? MX, DANE, MTA-STS, TLS-RPT\n"
    "  records               what a domain publishes for DANE, MTA-STS, TLS-RPT; senders' DANE settings\n"
    "\n"
    "Options:\n"
    "  -h, --help            show this help; 'mailtls COMMAND --help' for a command\n"
    "  -V, --version         show the version of mailtls, Qt and OpenSSL\n"
    "\n"
    "Exit codes: 0 ok, 1 a finding at or above --fail-on, 2 usage error,\n"
    "3 no answer to judge (unreachable, no reply in time, not a mail server; a refused TLS\n"
    "handshake is an answer, and a finding), 130 interrupted.\n");

// Subcommands an open issue plans (docs/ARCHITECTURE.md "What comes next") but this build lacks.
const QStringList kPlanned = {};

} // namespace

int main(int argc, char **argv)
{
    // A PDF is laid out with Qt Gui's fonts, which need a QGuiApplication; it runs on the
    // offscreen platform (unless the user chose one), so no display is needed. Every other run
    // stays a QCoreApplication.
#ifdef __GLIBC__
    // A scan runs many short-lived worker threads (matrix lanes, hygiene, attack and STARTTLS
    // lanes; compare and fleet run several scans at once). glibc gives each thread that
    // allocates its own malloc arena, reserving 64 MB of address space apiece: under an admin's
    // `ulimit -v` a compare of two hosts then failed with bad_alloc while using ~40 MB. Four
    // arenas keep the reservations bounded; the threads mostly wait on the network anyway.
    mallopt(M_ARENA_MAX, 4);
#endif
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (mailtls::cli::argumentsAskForPdf(rawArgs)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("mailtls"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTLS_VERSION));
    using namespace mailtls::cli;
    // Human-readable output in the user's language (cli_language.h); JSON stays as it is.
    installCliTranslation();

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty()) {
        writeErr(Cli::tr(kUsage));
        return ExitUsage;
    }
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        if (command == QLatin1String("help") && args.value(2) == QLatin1String("session")) {
            writeOut(sessionHelpText());
            return ExitOk;
        }
        writeOut(Cli::tr(kUsage));
        return ExitOk;
    }
    if (command == QLatin1String("-V") || command == QLatin1String("--version")) {
        writeOut(QStringLiteral("mailtls %1 (Qt %2, %3)\n")
                     .arg(QLatin1String(MAILTLS_VERSION), QLatin1String(qVersion()),
                          QLatin1String(OpenSSL_version(OPENSSL_VERSION))));
        return ExitOk;
    }
    // The subcommand sees itself as argv[0], like a program of its own.
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("session"))
        return runSessionCommand(rest);
    if (command == QLatin1String("scan"))
        return runScanCommand(rest);
    if (command == QLatin1String("cert"))
        return runCertCommand(rest);
    if (command == QLatin1String("explain"))
        return runExplainCommand(rest);
    if (command == QLatin1String("simulate"))
        return runSimulateCommand(rest);
    if (command == QLatin1String("compare"))
        return runCompareCommand(rest);
    if (command == QLatin1String("log"))
        return runLogCommand(rest);
    if (command == QLatin1String("queue"))
        return runQueueCommand(rest);
    if (command == QLatin1String("fleet"))
        return runFleetCommand(rest);
    if (command == QLatin1String("records"))
        return runRecordsCommand(rest);
    if (command == QLatin1String("domain"))
        return runDomainCommand(rest);
    if (command == QLatin1String("practice-server"))
        return runPracticeCommand(rest);
    if (kPlanned.contains(command)) {
        printError(QString(), Cli::tr("'%1' is not available in this build yet (try 'mailtls --help')").arg(command));
        return ExitUsage;
    }
    printError(QString(), Cli::tr("unknown command '%1' (try 'mailtls --help')").arg(command));
    return ExitUsage;
}
