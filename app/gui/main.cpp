#include <QApplication>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#include "jobs/job.h"
#include "language.h"
#include "main_window.h"
#include "workbench_args.h"
#include "workspace_controller.h"

namespace {

int terminationPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(terminationPipe[1], &byte, 1);
}

// SIGTERM, SIGHUP and SIGINT end the workbench as a close would, minus the question: the
// practice server stops and removes its throwaway certificates, and unsaved work is kept in
// the recovery copy. The handler only writes a byte; the event loop does the rest.
void installTerminationHandler(mailtls::ui::MainWindow *window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, terminationPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(terminationPipe[0], QSocketNotifier::Read, window);
    QObject::connect(notifier, &QSocketNotifier::activated, window, [window, notifier] {
        notifier->setEnabled(false);
        window->workspaceController()->preserveForRecovery();
        QCoreApplication::exit(0);   // not quit(): that would ask about unsaved work and wait
    });
    struct sigaction action {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGHUP, SIGINT})
        sigaction(sig, &action, nullptr);
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("MailTLS Workbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailTLS"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTLS_VERSION));
}

// Help, version and usage errors; the exit code, or -1 when the window should open.
int answerWithoutWindow(const mailtls::app::WorkbenchArgs &args)
{
    using Action = mailtls::app::WorkbenchArgs::Action;
    switch (args.action) {
    case Action::Run:
        return -1;
    case Action::Help:
    case Action::Version:
        std::fputs(args.text.toLocal8Bit().constData(), stdout);
        return 0;
    case Action::UsageError:
        std::fputs(args.text.toLocal8Bit().constData(), stderr);
        return mailtls::app::kUsageExitCode;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    // --help, --version and plain usage errors are answered before the GUI starts, so they
    // need no display. Options only QApplication knows (-platform, -style, ...) make this
    // first look fail; those are left to the second look below, after QApplication took them.
    {
        QCoreApplication probe(argc, argv);
        setApplicationNames();
        // Usage errors in the language the window would speak (the translator is the probe's
        // child and goes with it; the window installs its own below).
        {
            const QSettings settings;
            mailtls::ui::installTranslatorFor(settings);
        }
        const mailtls::app::WorkbenchArgs early = mailtls::app::parseWorkbenchArgs(QCoreApplication::arguments());
        bool onlyQtOptions = !early.unknownOptions.isEmpty();
        for (const QString &option : early.unknownOptions)
            onlyQtOptions = onlyQtOptions && mailtls::app::isQtGuiOption(option);
        if (early.action != mailtls::app::WorkbenchArgs::Action::Run && !onlyQtOptions)
            return answerWithoutWindow(early);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    // The desktop entry this window belongs to (resources/desktop/; the Wayland app id).
    QGuiApplication::setDesktopFileName(QStringLiteral(MAILTLS_APP_ID));
    const mailtls::app::WorkbenchArgs args = mailtls::app::parseWorkbenchArgs(QApplication::arguments());
    if (const int code = answerWithoutWindow(args); code >= 0)
        return code;

    // :/i18n/mailtls_de.qm, mailtls_zh_TW.qm, mailtls_zh_CN.qm: the language chosen in Tools >
    // Language (or MAILTLS_LANGUAGE), else the first match for the system locale.
    {
        const QSettings settings;
        mailtls::ui::installTranslatorFor(settings);
    }

    int exitCode = 0;
    {
        mailtls::ui::MainWindow window;
        installTerminationHandler(&window);
        // A practice server on loopback as the first target, so Connect shows something real on a
        // machine without a mail server. MAILTLS_NO_PRACTICE_SERVER=1 leaves it off, and so does a
        // FILE or TARGET on the command line: the target they bring stays in the bar (the
        // Practice server menu still starts it).
        if (qEnvironmentVariableIsEmpty("MAILTLS_NO_PRACTICE_SERVER") && args.file.isEmpty() && !args.hasTarget)
            window.startPracticeServer();
        window.show();
        // `mailtls-workbench FILE` opens a workspace (or a JSON report); otherwise a copy autosaved
        // before a crash is offered. A TARGET goes into the target bar after either.
        if (args.file.isEmpty())
            window.workspaceController()->offerRecovery();
        mailtls::app::applyWorkbenchArgs(&window, args);
        exitCode = app.exec();
    }
    // What the window left running (a practice server stopping and removing its certificates,
    // an autosave being written, a cancelled session's last poll) ends before the process does.
    mailtls::core::Job::waitForAll(10000);
    return exitCode;
}
