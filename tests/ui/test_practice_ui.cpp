// The workbench as a newcomer meets it: the practice server starts with the window and becomes
// the target, the first Connect shows a full session with a verified chain, and the Practice
// server menu switches personality (ecdsa-only: the scan's finding; expired: the session's).

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTest>

#include "model/finding.h"
#include "main_window.h"
#include "models/certificate_chain_model.h"
#include "models/findings_model.h"
#include "models/handshake_model.h"
#include "models/transcript_model.h"
#include "practice_controller.h"
#include "scan_controller.h"
#include "views/handshake_view.h"
#include "views/target_bar.h"
#include "test_registry.h"

using namespace mailtls;
using State = ui::SessionController::State;
using PracticeState = ui::PracticeController::State;

namespace {

void screenshot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString path = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QString transcriptText(const ui::MainWindow &window)
{
    QStringList lines;
    for (const core::TranscriptLine &line : window.transcriptModel()->lines())
        lines << line.text;
    return lines.join(QLatin1Char('\n'));
}

QStringList findingIds(const ui::MainWindow &window)
{
    QStringList ids;
    for (const core::Finding &f : window.findingsModel()->findings())
        ids << f.id;
    return ids;
}

} // namespace

class TestPracticeUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstLaunchConnectAndSwitch();
    void withoutAutostartNothingListens();
};

void TestPracticeUi::firstLaunchConnectAndSwitch()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QElapsedTimer timer;
    timer.start();
    window.startPracticeServer();   // what app/gui/main.cpp does at launch
    ui::PracticeController *practice = window.practiceController();
    QCOMPARE(practice->state(), PracticeState::Starting);   // the GUI thread did not wait for it
    QTRY_COMPARE_WITH_TIMEOUT(practice->state(), PracticeState::Running, 30000);
    qInfo("practice server running %lld ms after launch", timer.elapsed());

    // The target bar holds the practice server; the menu and the status bar say so.
    QCOMPARE(window.targetBar()->options().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(window.targetBar()->options().port, practice->smtpPort());
    QCOMPARE(window.targetBar()->dialect(), ui::TargetBar::SmtpStartTls);
    QVERIFY(window.practiceMenu()->findChild<QAction *>(QStringLiteral("practice-modern"))->isChecked());
    QVERIFY2(window.statusText().contains(QStringLiteral("Practice server “modern” is the target")), qPrintable(window.statusText()));
    auto *label = window.findChild<QLabel *>(QStringLiteral("practiceLabel"));
    QVERIFY(label && label->text().contains(QString::number(practice->smtpPort())));
    QVERIFY(window.connectAction()->isEnabled());
    screenshot(window, QStringLiteral("practice_launch.png"));

    // First Connect: a full session, verified against the practice CA, no findings.
    window.connectAction()->trigger();
    QVERIFY(!window.practiceMenu()->findChild<QAction *>(QStringLiteral("practice-expired"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 20000);
    QVERIFY2(transcriptText(window).contains(QLatin1String("MailTLS practice server (modern)")), qPrintable(transcriptText(window)));
    QCOMPARE(window.handshakeView()->fieldText(QStringLiteral("protocol")), QStringLiteral("TLSv1.3"));
    QVERIFY2(window.handshakeView()->fieldText(QStringLiteral("verify")).startsWith(QLatin1String("ok")),
             qPrintable(window.handshakeView()->fieldText(QStringLiteral("verify"))));
    QCOMPARE(window.chainModel()->chain().size(), 2);
    QCOMPARE(window.chainModel()->index(0, 0).data().toString(), QStringLiteral("localhost"));
    QVERIFY(window.handshakeModel()->rowCount() >= 6);
    QCOMPARE(window.findingsModel()->rowCount(), 0);
    window.tabs()->setCurrentIndex(ui::MainWindow::CertificatesTab);
    screenshot(window, QStringLiteral("practice_modern_session.png"));
    window.disconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Idle, 10000);
    QVERIFY(window.practiceMenu()->findChild<QAction *>(QStringLiteral("practice-expired"))->isEnabled());

    // Practice server > ecdsa-only: restarted, target follows; the scan names the problem.
    const quint16 modernPort = practice->smtpPort();
    window.practiceMenu()->findChild<QAction *>(QStringLiteral("practice-ecdsa-only"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(practice->state() == PracticeState::Running && practice->personality() == QLatin1String("ecdsa-only"), 20000);
    QVERIFY(window.practiceMenu()->findChild<QAction *>(QStringLiteral("practice-ecdsa-only"))->isChecked());
    QVERIFY(!window.practiceMenu()->findChild<QAction *>(QStringLiteral("practice-modern"))->isChecked());
    QCOMPARE(window.targetBar()->options().port, practice->smtpPort());
    qInfo("modern was on %u, ecdsa-only is on %u", modernPort, practice->smtpPort());
    window.connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 20000);
    QCOMPARE(window.chainModel()->chain().value(0).key().type, QStringLiteral("EC"));
    window.disconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Idle, 10000);
    window.scanAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isScanning(), 60000);
    QCOMPARE(findingIds(window), QStringList{QStringLiteral("cert.ecdsa_only")});   // nothing about trust: the practice CA is used
    window.tabs()->setCurrentIndex(ui::MainWindow::FindingsTab);
    screenshot(window, QStringLiteral("practice_ecdsa_only_scan.png"));

    // Practice server > expired: the session's own finding, shown in the Findings tab.
    window.practiceMenu()->findChild<QAction *>(QStringLiteral("practice-expired"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(practice->state() == PracticeState::Running && practice->personality() == QLatin1String("expired"), 20000);
    QCOMPARE(window.targetBar()->options().port, practice->smtpPort());
    window.connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 20000);
    QVERIFY2(findingIds(window).contains(QStringLiteral("cert.expired")), qPrintable(findingIds(window).join(QLatin1Char(','))));
    QVERIFY(!findingIds(window).contains(QStringLiteral("cert.untrusted")));
    window.tabs()->setCurrentIndex(ui::MainWindow::FindingsTab);
    screenshot(window, QStringLiteral("practice_expired_findings.png"));
    window.disconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Idle, 10000);

    // Stop from the menu: nothing listens any more.
    const quint16 port = practice->smtpPort();
    window.practiceMenu()->findChild<QAction *>(QStringLiteral("practiceStopAction"))->trigger();
    QCOMPARE(practice->state(), PracticeState::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(!practice->isPracticeTarget(window.targetBar()->options()), 1000);
    QTcpSocket probe;
    QTRY_VERIFY_WITH_TIMEOUT((probe.abort(), probe.connectToHost(QHostAddress::LocalHost, port), !probe.waitForConnected(300)), 5000);
}

void TestPracticeUi::withoutAutostartNothingListens()
{
    // Tests (and MAILTLS_NO_PRACTICE_SERVER=1) get a window without the practice server.
    ui::MainWindow window;
    QCOMPARE(window.practiceController()->state(), PracticeState::Stopped);
    QCOMPARE(window.targetBar()->options().port, quint16(25));
    // Quick start-and-close: the window must not hang on a start under way.
    window.startPracticeServer(QStringLiteral("weak-dh"));
    window.startPracticeServer(QStringLiteral("no-starttls"));   // queued behind the first
    QTRY_VERIFY_WITH_TIMEOUT(window.practiceController()->state() == PracticeState::Running
                                 && window.practiceController()->personality() == QLatin1String("no-starttls"), 30000);
}

MAILTLS_TEST_MAIN(TestPracticeUi)
#include "test_practice_ui.moc"
