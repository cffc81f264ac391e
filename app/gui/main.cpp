#include <QApplication>
#include <QLocale>
#include <QSocketNotifier>
#include <QTranslator>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

#include "jobs/job.h"
#include "main_window.h"
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailTLS Workbench"));
    QApplication::setOrganizationName(QStringLiteral("MailTLS"));
    QApplication::setApplicationVersion(QStringLiteral(MAILTLS_VERSION));

    // :/i18n/mailtls_de.qm, mailtls_zh_TW.qm, mailtls_zh_CN.qm — the first match for the system locale.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mailtls"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    int exitCode = 0;
    {
        mailtls::ui::MainWindow window;
        installTerminationHandler(&window);
        // A practice server on loopback as the first target, so Connect shows something real on a
        // machine without a mail server. MAILTLS_NO_PRACTICE_SERVER=1 leaves it off.
        if (qEnvironmentVariableIsEmpty("MAILTLS_NO_PRACTICE_SERVER"))
            window.startPracticeServer();
        window.show();
        // `mailtls-workbench FILE` opens a workspace (or a JSON report); otherwise a copy autosaved
        // before a crash is offered.
        const QStringList args = QApplication::arguments();
        if (args.size() > 1) {
            window.workspaceController()->openFile(args.at(1));   // read in a Job; errors are shown
        } else {
            window.workspaceController()->offerRecovery();
        }
        exitCode = app.exec();
    }
    // What the window left running (a practice server stopping and removing its certificates,
    // an autosave being written, a cancelled session's last poll) ends before the process does.
    mailtls::core::Job::waitForAll(10000);
    return exitCode;
}
