#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include "main_window.h"
#include "workspace_controller.h"

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

    mailtls::ui::MainWindow window;
    // A practice server on loopback as the first target, so Connect shows something real on a
    // machine without a mail server. MAILTLS_NO_PRACTICE_SERVER=1 leaves it off.
    if (qEnvironmentVariableIsEmpty("MAILTLS_NO_PRACTICE_SERVER"))
        window.startPracticeServer();
    window.show();
    // `mailtls-workbench FILE` opens a workspace (or a JSON report); otherwise a copy autosaved
    // before a crash is offered.
    const QStringList args = QApplication::arguments();
    if (args.size() > 1) {
        QString error;
        if (!window.workspaceController()->openFile(args.at(1), &error))
            QMessageBox::warning(&window, QObject::tr("Open Workspace"), error);
    } else {
        window.workspaceController()->offerRecovery();
    }
    return app.exec();
}
