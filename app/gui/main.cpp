#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include "main_window.h"

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
    window.show();
    return app.exec();
}
