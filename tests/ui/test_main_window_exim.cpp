// The workbench against a real Exim (STARTTLS, RSA leaf + intermediate from the test PKI):
// Connect through the window, wait for chain and findings, use the console, disconnect.

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

#include "main_window.h"
#include "models/certificate_chain_model.h"
#include "models/findings_model.h"
#include "models/handshake_model.h"
#include "models/transcript_model.h"
#include "test_pki.h"
#include "test_servers.h"
#include "views/command_line_widget.h"
#include "views/handshake_view.h"
#include "views/target_bar.h"
#include "test_registry.h"

using namespace mailtls;
using State = ui::SessionController::State;

class TestMainWindowExim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionAgainstExim();
};

void TestMainWindowExim::sessionAgainstExim()
{
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    test::EximOptions eximOptions;
    eximOptions.certFile = pki.rsaLeaf().chainFile;
    eximOptions.keyFile = pki.rsaLeaf().keyFile;
    eximOptions.authBeforeTls = true;   // gives the findings pane something to say
    test::EximServer exim(eximOptions);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));

    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    core::SessionOptions options = window.targetBar()->options();
    options.host = QStringLiteral("127.0.0.1");
    options.port = exim.port();
    options.servername = QStringLiteral("localhost");
    options.caFile = pki.caFile();
    options.ehloName = QStringLiteral("workbench.test");
    window.targetBar()->setOptions(options);
    QCOMPARE(window.targetBar()->options().port, exim.port());

    window.connectAction()->trigger();
    QVERIFY(window.cancelAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 20000);

    // Served chain: leaf and intermediate; the handshake and the findings are in.
    QCOMPARE(window.chainModel()->chain().size(), 2);
    QCOMPARE(window.chainModel()->index(0, 0).data().toString(), QStringLiteral("localhost"));
    QVERIFY(window.handshakeModel()->rowCount() >= 4);
    QVERIFY(window.handshakeView()->fieldText(QStringLiteral("protocol")).startsWith(QStringLiteral("TLSv1.")));
    QVERIFY2(window.handshakeView()->fieldText(QStringLiteral("verify")).startsWith(QStringLiteral("ok")),
             qPrintable(window.handshakeView()->fieldText(QStringLiteral("verify"))));
    QVERIFY(window.findingsModel()->rowCount() >= 1);
    QVERIFY(core::hasFinding(window.findingsModel()->findings(), QStringLiteral("auth.plaintext_before_tls")));
    QVERIFY(window.transcriptModel()->rowCount() > 10);

    // The console talks to Exim over TLS.
    QLineEdit *edit = window.commandLine()->lineEdit();
    QVERIFY(edit->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("NOOP"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.transcriptModel()->lines().constLast().text.startsWith(QStringLiteral("250")), 5000);

    window.tabs()->setCurrentIndex(ui::MainWindow::FindingsTab);
    QTest::qWait(50);
    const QString shot = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(QStringLiteral("main_window_exim.png"));
    QVERIFY(window.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    window.disconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Idle, 10000);
    QVERIFY(window.connectAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->finishingThreadCount(), 0, 5000);
}

MAILTLS_TEST_MAIN(TestMainWindowExim)
#include "test_main_window_exim.moc"
