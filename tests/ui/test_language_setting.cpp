// Tools > Language: the choice is stored in QSettings ("ui/language"), a window built after
// installTranslatorFor() with that setting (or MAILTLS_LANGUAGE) speaks it, the restart
// question comes in the chosen language, and the restart goes through the window's normal
// close (unsaved work asked about; cancelling there keeps the workbench). Screenshots of the
// German and Simplified Chinese windows go to MAILTLS_ARTIFACTS_DIR (language_*.png). Why a
// session failed (core's error message) is shown in the window's language too.

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QLineEdit>
#include <QTcpServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

#include "language.h"
#include "model/report.h"
#include "models/findings_model.h"
#include "report/json_report.h"
#include "views/findings_view.h"
#include "workbench_args.h"
#include "language_menu.h"
#include "main_window.h"
#include "views/notes_view.h"
#include "views/target_bar.h"
#include "workspace_controller.h"
#include "test_registry.h"

using namespace mailtls;
using Answer = ui::WorkspaceController::Answer;

namespace {

QString artifact(const QString &name)
{
    return QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
}

QStringList menuTitles(const ui::MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

void useLanguage(const QString &code)
{
    QSettings settings;
    ui::storeLanguageSetting(settings, code);
    ui::installTranslatorFor(settings);
}

} // namespace

class TestLanguageSetting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void normalizesCodes_data();
    void normalizesCodes();
    void systemLanguageIsTheFirstWithATranslation();
    void choiceIsStoredAndAsksOnlyWhenItChangesSomething();
    void germanWindowFromTheSetting();
    void environmentOverridesTheSetting();
    void savedReportFindingsInGerman();
    void connectionErrorInGerman();
    void questionComesInTheChosenLanguage();
    void restartClosesTheWindowTheNormalWay();

private:
    QTemporaryDir settingsDir_;
};

void TestLanguageSetting::initTestCase()
{
    QVERIFY(settingsDir_.isValid());
    // Settings and recovery copies away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailTLS"));
    QCoreApplication::setApplicationName(QStringLiteral("MailTLS Workbench language test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir_.path());
    qunsetenv(ui::kLanguageEnvironmentVariable);
    useLanguage(QStringLiteral("en"));
}

void TestLanguageSetting::cleanup()
{
    qunsetenv(ui::kLanguageEnvironmentVariable);
    useLanguage(QStringLiteral("en"));
}

void TestLanguageSetting::cleanupTestCase()
{
    QDir(ui::WorkspaceController::recoveryDirectory()).removeRecursively();
}

void TestLanguageSetting::normalizesCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("C") << QStringLiteral("C") << QString();
    QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8") << QString();
    QTest::newRow("English") << QStringLiteral("EN") << QStringLiteral("en");
    QTest::newRow("en_GB") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("en");
    QTest::newRow("German locale") << QStringLiteral("de_DE.UTF-8@euro") << QStringLiteral("de");
    QTest::newRow("Swiss German") << QStringLiteral("de-CH") << QStringLiteral("de");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
    QTest::newRow("zh_SG") << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
    QTest::newRow("zh_tw") << QStringLiteral("zh_tw") << QStringLiteral("zh_TW");
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK.UTF-8") << QStringLiteral("zh_TW");
    QTest::newRow("zh-Hant") << QStringLiteral("zh-Hant") << QStringLiteral("zh_TW");
}

void TestLanguageSetting::normalizesCodes()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(ui::normalizedLanguageCode(text), code);
}

void TestLanguageSetting::systemLanguageIsTheFirstWithATranslation()
{
    // QLocale::uiLanguages() of LANGUAGE=fr:de, LANG=zh_HK.UTF-8, LANG=zh_SG.UTF-8, LANGUAGE=en:de.
    QCOMPARE(ui::languageOfUiLanguages({QStringLiteral("fr"), QStringLiteral("fr-Latn-FR"), QStringLiteral("de"),
                                        QStringLiteral("de-DE")}), QStringLiteral("de"));
    QCOMPARE(ui::languageOfUiLanguages({QStringLiteral("zh-HK"), QStringLiteral("zh-Hant-HK")}), QStringLiteral("zh_TW"));
    QCOMPARE(ui::languageOfUiLanguages({QStringLiteral("zh-SG"), QStringLiteral("zh-Hans-SG")}), QStringLiteral("zh_CN"));
    QCOMPARE(ui::languageOfUiLanguages({QStringLiteral("en"), QStringLiteral("de")}), QStringLiteral("en"));
    QCOMPARE(ui::languageOfUiLanguages({QStringLiteral("C")}), QString());
    QCOMPARE(ui::translationFor(QStringLiteral("en")), QString());
    QCOMPARE(ui::translationFor(QStringLiteral("de_CH")), QStringLiteral("de"));
    QCOMPARE(ui::translationFor(QStringLiteral("zh_TW")), QStringLiteral("zh_TW"));
}

void TestLanguageSetting::choiceIsStoredAndAsksOnlyWhenItChangesSomething()
{
    QCOMPARE(ui::installedTranslation(), QString());   // English
    ui::MainWindow window;
    ui::LanguageMenu *menu = window.languageMenu();
    QVERIFY(menu);
    QStringList names;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names << action->text();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                                 QStringLiteral("简体中文"), QStringLiteral("繁體中文")}));
    QVERIFY(menu->actionFor(QStringLiteral("en"))->isChecked());

    QStringList asked;
    menu->askRestart = [&asked](const QString &code) {
        asked << code;
        return false;   // Later
    };
    menu->startAgain = [] {
        qWarning("restarted although the answer was Later");
        return false;
    };
    menu->actionFor(QStringLiteral("de"))->trigger();
    QCOMPARE(QSettings().value(QLatin1String(ui::kLanguageSettingKey)).toString(), QStringLiteral("de"));
    QCOMPARE(asked, QStringList{QStringLiteral("de")});
    QVERIFY(menu->actionFor(QStringLiteral("de"))->isChecked());
    QVERIFY(!menu->actionFor(QStringLiteral("en"))->isChecked());
    QVERIFY(window.isEnabled());

    // Back to English, which is on screen already: stored, nothing asked.
    menu->actionFor(QStringLiteral("en"))->trigger();
    QCOMPARE(QSettings().value(QLatin1String(ui::kLanguageSettingKey)).toString(), QStringLiteral("en"));
    QCOMPARE(asked.size(), 1);

    menu->actionFor(QStringLiteral("zh_TW"))->trigger();
    QCOMPARE(QSettings().value(QLatin1String(ui::kLanguageSettingKey)).toString(), QStringLiteral("zh_TW"));
    QCOMPARE(asked.last(), QStringLiteral("zh_TW"));

    // System default is stored as "", and a new menu shows the stored choice.
    menu->actionFor(QString())->trigger();
    QCOMPARE(QSettings().value(QLatin1String(ui::kLanguageSettingKey)).toString(), QString());
    QCOMPARE(ui::languageSetting(QSettings()), QString());
    {
        QSettings settings;
        ui::storeLanguageSetting(settings, QStringLiteral("zh_CN"));
    }
    ui::MainWindow second;
    QVERIFY(second.languageMenu()->actionFor(QStringLiteral("zh_CN"))->isChecked());
    // A setting nobody wrote through the menu (edited by hand) is read the same way.
    QSettings().setValue(QLatin1String(ui::kLanguageSettingKey), QStringLiteral("de_AT.UTF-8"));
    QCOMPARE(ui::languageSetting(QSettings()), QStringLiteral("de"));
}

void TestLanguageSetting::germanWindowFromTheSetting()
{
    useLanguage(QStringLiteral("de"));
    QCOMPARE(ui::installedTranslation(), QStringLiteral("de"));
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.contains(QStringLiteral("E&xtras")), qPrintable(titles.join(QLatin1Char(' '))));
    ui::LanguageMenu *menu = window.languageMenu();
    QCOMPARE(menu->title(), QStringLiteral("&Sprache"));
    QCOMPARE(menu->actionFor(QString())->text(), QStringLiteral("Systemstandard"));
    QVERIFY(menu->actionFor(QStringLiteral("de"))->isChecked());
    QVERIFY(window.grab().save(artifact(QStringLiteral("language_de_main_window.png"))));
    QMenu *tools = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QLatin1String("E&xtras"))
            tools = action->menu();
    }
    QVERIFY(tools);
    QVERIFY(tools->actions().contains(menu->menuAction()));   // Extras > Sprache
    tools->adjustSize();
    QVERIFY(tools->grab().save(artifact(QStringLiteral("language_de_tools_menu.png"))));
    menu->adjustSize();
    QVERIFY(menu->grab().save(artifact(QStringLiteral("language_de_menu.png"))));
}

void TestLanguageSetting::savedReportFindingsInGerman()
{
    // A report saved by `mailtls session --json` (in any language) and opened in a German
    // window: the findings table and pane show the German title and detail with the report's
    // values, while the report itself keeps core's English.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    core::Report r;
    r.kind = QStringLiteral("session");
    r.target.host = QStringLiteral("mx1.example.org");
    r.target.port = 25;
    r.target.dialect = QStringLiteral("smtp");
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.findings << core::makeFinding(
        QStringLiteral("kex.dh_weak"), core::Severity::High, core::phrase("Findings", "Diffie-Hellman prime of only %1 bits").arg(1024),
        core::phrase("Findings", "The server's DHE key exchange uses a %1-bit prime. GnuTLS clients (Exim on Debian among them) "
                                 "refuse primes under their minimum (often 2048 bits) and the handshake fails; primes this "
                                 "small are also within reach of precomputation attacks (Logjam).")
            .arg(1024),
        QStringLiteral("server temp key DH, 1024 bits"));
    const QString path = dir.filePath(QStringLiteral("dh.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(core::reportToJsonBytes(r)) > 0);
    }
    useLanguage(QStringLiteral("de"));
    ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(window.workspaceController(), &ui::WorkspaceController::fileOpened);
    app::applyWorkbenchArgs(&window, app::parseWorkbenchArgs({QStringLiteral("mailtls-workbench"), path}));
    QVERIFY(opened.wait(20000));
    QCOMPARE(window.report().findings.value(0).title, QStringLiteral("Diffie-Hellman prime of only 1024 bits"));
    ui::FindingsView *view = window.findChild<ui::FindingsView *>();
    QVERIFY(view);
    QTableView *table = view->findChild<QTableView *>();
    QVERIFY(table && table->model() && table->model()->rowCount() == 1);
    const QString shown = table->model()->index(0, ui::FindingsModel::TitleColumn).data().toString();
    QCOMPARE(shown, QStringLiteral("Diffie-Hellman-Primzahl mit nur 1024 Bit"));
    table->selectRow(0);
    QTextBrowser *pane = view->findChild<QTextBrowser *>();
    QVERIFY(pane);
    QTRY_VERIFY2(pane->toPlainText().contains(QStringLiteral("Primzahl mit 1024 Bit")), qPrintable(pane->toPlainText()));
    for (QWidget *w = view; w; w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            tabs->setCurrentWidget(w);
    QVERIFY(view->isVisible());
    QVERIFY(window.grab().save(artifact(QStringLiteral("language_de_findings.png"))));
}

void TestLanguageSetting::connectionErrorInGerman()
{
    // A session against a loopback port nothing listens on: the connect is refused, and the
    // banner and the status line say so in German, while the report keeps core's English.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    useLanguage(QStringLiteral("de"));
    ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.targetBar()->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    window.targetBar()->portSpin()->setValue(port);
    window.connectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.bannerText().isEmpty() && window.connectAction()->isEnabled()
                                 && window.targetBar()->hostEdit()->isEnabled(), 15000);
    const core::SessionOutcome &outcome = window.report().outcome;
    QCOMPARE(outcome.errorKind, core::ErrorKind::Refused);
    // The contract text stays English ("cannot connect to 127.0.0.1 port N: Connection refused").
    QVERIFY2(outcome.error.startsWith(QStringLiteral("cannot connect to 127.0.0.1 port %1").arg(port)), qPrintable(outcome.error));
    const QString german = core::shownPhrase(outcome.errorPhrase, outcome.error);
    QVERIFY2(german != outcome.error,
             qPrintable(QStringLiteral("not translated: %1 (template \"%2\", %3)")
                            .arg(german, outcome.errorPhrase.source(),
                                 outcome.errorPhrase.translatable() ? QStringLiteral("no German in the .qm yet")
                                                                    : QStringLiteral("plain text, no template"))));
    QVERIFY2(german.contains(QString::number(port)), qPrintable(german));
    const QString banner = window.bannerText();
    const QString status = window.statusText();
    QVERIFY2(banner.contains(german), qPrintable(banner));
    QVERIFY2(!banner.contains(QStringLiteral("cannot connect")), qPrintable(banner));
    QVERIFY2(status.startsWith(QStringLiteral("Fehlgeschlagen — ")), qPrintable(status));
    QVERIFY2(status.contains(german), qPrintable(status));
    QTest::qWait(50);   // let pending layouts settle, as they would on screen
    QVERIFY(window.grab().save(artifact(QStringLiteral("language_de_connection_refused.png"))));
}

void TestLanguageSetting::environmentOverridesTheSetting()
{
    {
        QSettings settings;
        ui::storeLanguageSetting(settings, QStringLiteral("de"));
    }
    qputenv(ui::kLanguageEnvironmentVariable, "zh_CN.UTF-8");
    QSettings settings;
    QCOMPARE(ui::effectiveLanguage(settings), QStringLiteral("zh_CN"));
    QVERIFY(ui::installTranslatorFor(settings));
    QCOMPARE(ui::installedTranslation(), QStringLiteral("zh_CN"));
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("文件(&F)")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY(window.languageMenu()->actionFor(QStringLiteral("de"))->isChecked());   // the stored choice
    QVERIFY(window.grab().save(artifact(QStringLiteral("language_zh_CN_main_window.png"))));

    // "en" forces English over the German setting; an unknown value leaves the setting in charge.
    qputenv(ui::kLanguageEnvironmentVariable, "en");
    QCOMPARE(ui::installTranslatorFor(settings), nullptr);
    QCOMPARE(ui::installedTranslation(), QString());
    qputenv(ui::kLanguageEnvironmentVariable, "xx");
    QVERIFY(ui::installTranslatorFor(settings));
    QCOMPARE(ui::installedTranslation(), QStringLiteral("de"));
}

void TestLanguageSetting::questionComesInTheChosenLanguage()
{
    useLanguage(QStringLiteral("de"));
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::LanguageMenu *menu = window.languageMenu();
    menu->startAgain = [] {
        qWarning("restarted although the answer was Later");
        return false;
    };
    QString title;
    QString text;
    bool saved = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        title = box->windowTitle();
        text = box->text() + QLatin1Char('\n') + box->informativeText();
        saved = box->grab().save(artifact(QStringLiteral("language_question_zh_TW.png")));
        box->escapeButton()->click();   // Later
    });
    menu->actionFor(QStringLiteral("zh_TW"))->trigger();   // the default question, modal
    QCOMPARE(title, QStringLiteral("語言"));
    QVERIFY2(text.contains(QStringLiteral("繁體中文")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("重新啟動")), qPrintable(text));
    QVERIFY(saved);
    QVERIFY(window.isVisible());   // Later: the window stays
    QCOMPARE(QSettings().value(QLatin1String(ui::kLanguageSettingKey)).toString(), QStringLiteral("zh_TW"));
}

void TestLanguageSetting::restartClosesTheWindowTheNormalWay()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::LanguageMenu *menu = window.languageMenu();
    int starts = 0;
    menu->askRestart = [](const QString &) { return true; };   // Restart Now
    menu->startAgain = [&starts] {
        ++starts;
        return true;
    };
    // Unsaved notes: the close asks, and Cancel keeps the workbench without a restart.
    QTest::keyClicks(window.notesView()->editor(), QStringLiteral("Partner X: ask about TLS 1.0"));
    QTRY_VERIFY(window.workspaceController()->isModified());
    QStringList questions;
    Answer answer = Answer::Cancel;
    window.workspaceController()->setSavePrompt([&questions, &answer](const QString &question) {
        questions << question;
        return answer;
    });
    menu->actionFor(QStringLiteral("de"))->trigger();
    QCOMPARE(questions.size(), 1);
    QCOMPARE(starts, 0);
    QVERIFY(window.isVisible());
    QCOMPARE(QSettings().value(QLatin1String(ui::kLanguageSettingKey)).toString(), QStringLiteral("de"));

    // Discard: the window closes, then the workbench starts again.
    answer = Answer::Discard;
    menu->actionFor(QStringLiteral("zh_CN"))->trigger();
    QCOMPARE(questions.size(), 2);
    QCOMPARE(starts, 1);
    QVERIFY(!window.isVisible());
    QCOMPARE(QSettings().value(QLatin1String(ui::kLanguageSettingKey)).toString(), QStringLiteral("zh_CN"));
}

MAILTLS_TEST_MAIN(TestLanguageSetting)
#include "test_language_setting.moc"
