#include "workbench_args.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <openssl/crypto.h>

#include <memory>

#include "base/phrase.h"
#include "main_window.h"
#include "model/session_options.h"
#include "views/target_bar.h"
#include "workspace_controller.h"

namespace mailtls::app {

namespace {

using core::phrase;   // written unqualified: lupdate finds phrase("Errors", ...) as it is

const char kDescription[] =
    "MailTLS Workbench: the TLS side of mail servers (STARTTLS sessions, handshakes, certificate\n"
    "chains, cipher scans, findings with Exim and Postfix fixes).\n"
    "\n"
    "FILE is a workspace (*.mailtls-workspace) or a JSON report saved by the workbench or by\n"
    "`mailtls ... --json`. TARGET goes into the target bar (nothing connects until Connect):\n"
    "  smtp://HOST[:PORT]          SMTP with STARTTLS, port 25 unless given\n"
    "  submission://HOST[:PORT]    SMTP submission with STARTTLS, port 587 unless given\n"
    "  smtps://HOST[:PORT]         SMTP inside implicit TLS, port 465 unless given\n"
    "  submissions://HOST[:PORT]   the same (submission inside implicit TLS), port 465\n"
    "  lmtp://HOST[:PORT]          LMTP with STARTTLS, port 24 unless given\n"
    "  imap://HOST[:PORT]          IMAP with STARTTLS, port 143 unless given\n"
    "  imaps://HOST[:PORT]         IMAP inside implicit TLS, port 993 unless given\n"
    "  pop3://HOST[:PORT]          POP3 with STLS, port 110 unless given\n"
    "  pop3s://HOST[:PORT]         POP3 inside implicit TLS, port 995 unless given\n"
    "  sieve://HOST[:PORT]         ManageSieve with STARTTLS, port 4190 unless given\n"
    "  HOST[:PORT]                 the mode follows from the port as in the CLI (465, 993, 995\n"
    "                              implicit TLS; 24 LMTP; 143 IMAP; 110 POP3; 4190 ManageSieve;\n"
    "                              else SMTP with STARTTLS), 25 unless given\n"
    "IPv6 addresses go in brackets: [2001:db8::25]:587.\n"
    "Without FILE or TARGET the built-in practice server starts on 127.0.0.1 as the first\n"
    "target (MAILTLS_NO_PRACTICE_SERVER=1 leaves it off) and a recovery copy left by a crash is\n"
    "offered.";

bool fail(core::Phrase *error, const core::Phrase &message)
{
    if (error)
        *error = message;
    return false;
}

// A name a user means as a file, not a host: a path, or one of the workbench's file types.
bool looksLikeFileName(const QString &text)
{
    return text.contains(QLatin1Char('/')) || text.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || text.endsWith(QStringLiteral(".mailtls-workspace"), Qt::CaseInsensitive);
}

// The message in the language installed when it is shown (English before a translator is).
WorkbenchArgs usageError(const QString &program, const core::Phrase &message)
{
    WorkbenchArgs a;
    a.action = WorkbenchArgs::Action::UsageError;
    a.text = core::phrase("Errors", "%1: %2\nTry '%1 --help'.\n").arg(program).arg(message).localized();
    return a;
}

} // namespace

bool isQtGuiOption(const QString &option)
{
    // QGuiApplication's and QApplication's command-line options (Qt 6), as QCommandLineParser
    // names them: without the leading dashes.
    static const QStringList options = {
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qmljsdebugger"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("geometry"), QStringLiteral("qwindowicon"), QStringLiteral("icon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("title"), QStringLiteral("reverse"),
        QStringLiteral("session"), QStringLiteral("display"), QStringLiteral("name"),
        QStringLiteral("dialogs"), QStringLiteral("nograb"), QStringLiteral("dograb"),
        QStringLiteral("sync"), QStringLiteral("style"), QStringLiteral("stylesheet"),
        QStringLiteral("widgetcount"), QStringLiteral("qdebug"),
    };
    return options.contains(option);
}

namespace {

// parseWorkbenchTarget, with why it failed as a phrase.
bool parseTarget(const QString &text, WorkbenchTarget *target, core::Phrase *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(error, phrase("Errors", "empty target"));
    WorkbenchTarget out;
    QString scheme;
    QString rest = t;
    const int separator = t.indexOf(QLatin1String("://"));
    if (separator >= 0) {
        scheme = t.left(separator).toLower();
        rest = t.mid(separator + 3);
        // The scheme names a port; the mode is the one that port stands for (core's one table),
        // also when the URL gives another port: imaps://host:10993 is IMAP inside TLS.
        const quint16 schemePort = core::defaultPortForScheme(scheme);
        if (schemePort == 0)
            return fail(error, phrase("Errors", "'%1': unknown scheme '%2://' (%3)").arg(text, scheme, core::knownSchemesText()));
        out.port = schemePort;
        out.dialect = core::defaultDialectForPort(schemePort);
        out.implicitTls = core::defaultImplicitTlsForPort(schemePort);
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);   // smtp://host:25/ as a browser would write it
    }
    if (rest.isEmpty())
        return fail(error, phrase("Errors", "'%1': no host").arg(text));

    int port = -1;
    if (!rest.startsWith(QLatin1Char('[')) && rest.count(QLatin1Char(':')) > 1) {
        // A bare IPv6 address: all of it is the address, there is no port.
        if (QHostAddress(rest).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error, phrase("Errors", "'%1': write IPv6 addresses with a port as [ADDRESS]:PORT").arg(text));
        out.host = rest;
    } else {
        if (rest.startsWith(QLatin1Char('['))) {
            const int close = rest.indexOf(QLatin1Char(']'));
            if (close < 0)
                return fail(error, phrase("Errors", "'%1': missing ']' after the IPv6 address").arg(text));
            const QString inside = rest.mid(1, close - 1);
            if (QHostAddress(inside).protocol() != QAbstractSocket::IPv6Protocol)
                return fail(error, phrase("Errors", "'%1': '%2' is not an IPv6 address").arg(text, inside));
        }
        // QUrl takes the authority apart (brackets, port range) and refuses what a host cannot hold.
        const QUrl url(QStringLiteral("x://") + rest, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(error, phrase("Errors", "'%1' is not a target (HOST[:PORT], [IPv6]:PORT or SCHEME://HOST[:PORT] "
                                              "with a scheme of %2)").arg(text, core::knownSchemesText()));
        if (!url.userInfo().isEmpty() || !url.path().isEmpty() || url.hasQuery() || url.hasFragment())
            return fail(error, phrase("Errors", "'%1': a target is a host and a port, nothing more").arg(text));
        if (rest.endsWith(QLatin1Char(':')))
            return fail(error, phrase("Errors", "'%1': empty port").arg(text));
        out.host = url.host();
        port = url.port();
        if (port == 0)
            return fail(error, phrase("Errors", "'%1': port 0 is not a port to connect to").arg(text));
    }
    if (port > 0)
        out.port = quint16(port);
    if (scheme.isEmpty()) {
        // HOST[:PORT]: the mode the port stands for, as the target bar and the CLI pick it.
        out.dialect = core::defaultDialectForPort(out.port);
        out.implicitTls = core::defaultImplicitTlsForPort(out.port);
    }
    *target = out;
    return true;
}

} // namespace

bool parseWorkbenchTarget(const QString &text, WorkbenchTarget *target, QString *error)
{
    core::Phrase why;
    if (parseTarget(text, target, &why))
        return true;
    if (error)
        *error = why.localized();
    return false;
}

WorkbenchArgs parseWorkbenchArgs(const QStringList &arguments)
{
    const QString program = arguments.isEmpty() ? QStringLiteral("mailtls-workbench")
                                                : QFileInfo(arguments.first()).fileName();
    QCommandLineParser parser;
    // "-style" is one option (Qt's own), not -s -t -y -l -e.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(QString::fromLatin1(kDescription));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A workspace or saved JSON report to open."), QStringLiteral("[FILE]"));
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QStringLiteral("A server for the target bar (see above)."), QStringLiteral("[TARGET]"));

    const bool parsed = parser.parse(arguments);
    // --help and --version answer even next to a mistake, as most programs do.
    if (parser.isSet(help)) {
        WorkbenchArgs a;
        a.action = WorkbenchArgs::Action::Help;
        a.text = parser.helpText();
        // Qt names the program by the path it was started with; the name alone reads better.
        const QString started = QCoreApplication::arguments().value(0);
        if (!started.isEmpty())
            a.text.replace(QStringLiteral("Usage: ") + started, QStringLiteral("Usage: ") + program);
        return a;
    }
    if (parser.isSet(version)) {
        WorkbenchArgs a;
        a.action = WorkbenchArgs::Action::Version;
        a.text = QStringLiteral("mailtls-workbench %1 (Qt %2, %3)\n")
                     .arg(QLatin1String(MAILTLS_VERSION), QLatin1String(qVersion()),
                          QLatin1String(OpenSSL_version(OPENSSL_VERSION)));
        return a;
    }
    if (!parsed) {
        // Name only the options nobody knows: Qt's own (-platform) are fine beside them.
        QStringList unknown;
        for (const QString &option : parser.unknownOptionNames()) {
            if (!isQtGuiOption(option))
                unknown << option;
        }
        const core::Phrase message = unknown.isEmpty() ? core::Phrase(parser.errorText())
                                   : unknown.size() == 1 ? phrase("Errors", "unknown option '%1'").arg(unknown.first())
                                                         : phrase("Errors", "unknown options: %1").arg(unknown.join(QStringLiteral(", ")));
        WorkbenchArgs a = usageError(program, message);
        a.unknownOptions = parser.unknownOptionNames();
        return a;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return usageError(program, phrase("Errors", "too many arguments (at most a FILE and a TARGET): %1")
                                       .arg(positional.mid(2).join(QLatin1Char(' '))));
    WorkbenchArgs a;
    for (const QString &arg : positional) {
        const QFileInfo info(arg);
        const bool isUrl = arg.contains(QLatin1String("://"));
        if (!isUrl && info.exists()) {
            if (info.isDir())
                return usageError(program, phrase("Errors", "'%1' is a folder, not a workspace or report file").arg(arg));
            if (!a.file.isEmpty())
                return usageError(program, phrase("Errors", "one file at a time: '%1' and '%2'").arg(a.file, arg));
            a.file = info.absoluteFilePath();
            continue;
        }
        if (!isUrl && looksLikeFileName(arg))
            return usageError(program, phrase("Errors", "'%1': no such file").arg(arg));
        WorkbenchTarget target;
        core::Phrase error;
        if (!parseTarget(arg, &target, &error))
            return usageError(program, isUrl ? error
                                             : phrase("Errors", "'%1' is neither a file nor a target: %2").arg(arg).arg(error));
        if (a.hasTarget)
            return usageError(program, phrase("Errors", "one target at a time: '%1' and '%2'").arg(positional.first(), arg));
        a.hasTarget = true;
        a.target = target;
    }
    return a;
}

void applyWorkbenchTarget(ui::MainWindow *window, const WorkbenchTarget &target)
{
    core::SessionOptions options = window->targetBar()->options();
    options.host = target.host;
    options.port = target.port;
    options.dialect = target.dialect;
    options.implicitTls = target.implicitTls;
    window->targetBar()->setOptions(options);
}

void applyWorkbenchArgs(ui::MainWindow *window, const WorkbenchArgs &args)
{
    if (args.file.isEmpty()) {
        if (args.hasTarget)
            applyWorkbenchTarget(window, args.target);
        return;
    }
    ui::WorkspaceController *workspace = window->workspaceController();
    if (args.hasTarget) {
        // Opening puts the file's own target into the bar once the Job has read it: ours goes
        // in after that, once (also when the file could not be read).
        auto connection = std::make_shared<QMetaObject::Connection>();
        const WorkbenchTarget target = args.target;
        *connection = QObject::connect(workspace, &ui::WorkspaceController::fileOpened, window,
                                       [window, target, connection](const QString &, const QString &) {
                                           QObject::disconnect(*connection);
                                           applyWorkbenchTarget(window, target);
                                       });
    }
    workspace->openFile(args.file);   // read in a Job; errors are shown in the window
}

} // namespace mailtls::app
