#pragma once

// The workbench's command line, apart from main() so tests/ui can check it:
//
//     mailtls-workbench [OPTIONS] [FILE] [TARGET]
//
// FILE is a workspace (*.mailtls-workspace) or a saved JSON report; TARGET is a server for the
// target bar, as SCHEME://HOST[:PORT] (smtp, submission, smtps, submissions, lmtp, imap, imaps,
// pop3, pop3s, sieve) or HOST[:PORT] (the mode follows from the scheme's or the given port, as
// everywhere: core/model/session_options.h). Either
// may come first; an existing file is a FILE even when its name looks like a host.

#include <QString>
#include <QStringList>

namespace mailtls::ui {
class MainWindow;
}

namespace mailtls::app {

// A server as the command line names it, before it goes into the target bar.
struct WorkbenchTarget {
    QString host;
    quint16 port = 25;
    QString dialect = QStringLiteral("smtp");   // "smtp", "lmtp", "imap", "pop3" or "sieve"
    bool implicitTls = false;                   // smtps://, submissions://, imaps://, pop3s:// or port 465/993/995
};

struct WorkbenchArgs {
    enum class Action {
        Run,          // open the window
        Help,         // print `text` to stdout, exit 0
        Version,      // print `text` to stdout, exit 0
        UsageError,   // print `text` to stderr, exit kUsageExitCode
    };
    Action action = Action::Run;
    QString text;
    QString file;   // absolute path of the workspace or report to open; empty: none
    bool hasTarget = false;
    WorkbenchTarget target;
    // Options QCommandLineParser did not know (UsageError). Some may be Qt's own (-platform,
    // -style), which only a QApplication takes off the command line.
    QStringList unknownOptions;
};

// As the CLI (docs/CONTRACTS.md): a usage error exits with 2.
constexpr int kUsageExitCode = 2;

// `arguments` includes the program name first, as QCoreApplication::arguments(). Needs a
// QCoreApplication (the help text names the program from it).
WorkbenchArgs parseWorkbenchArgs(const QStringList &arguments);

// SCHEME://HOST[:PORT] with a scheme core::defaultPortForScheme knows (smtp 25, submission 587,
// smtps/submissions 465, lmtp 24, imap 143, imaps 993, pop3 110, pop3s 995, sieve 4190; the mode
// is the one the scheme's port stands for, whatever port is given), or HOST[:PORT] /
// [IPv6]:PORT with the mode that follows from the port (25 when none is given). False with
// `error` set otherwise.
bool parseWorkbenchTarget(const QString &text, WorkbenchTarget *target, QString *error);

// True when `option` (as QCommandLineParser reports an unknown one, without dashes) is one of
// the options QGuiApplication / QApplication handle themselves.
bool isQtGuiOption(const QString &option);

// Puts the target into the window's target bar (host, port, mode; the bar's other options stay).
void applyWorkbenchTarget(ui::MainWindow *window, const WorkbenchTarget &target);
// Opens the file (in a Job, as File > Open does) and fills in the target; with both, the target
// goes in after the file has been read, so it wins over the target the file holds.
void applyWorkbenchArgs(ui::MainWindow *window, const WorkbenchArgs &args);

} // namespace mailtls::app
