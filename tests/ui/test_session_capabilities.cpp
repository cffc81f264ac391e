// The session's report in the window (issue 14 and 18): the Handshake tab's "SMTP extensions
// before and after STARTTLS" table against a real Exim that offers AUTH only inside TLS, and
// its title per dialect against a real Dovecot (IMAP, POP3, ManageSieve); the
// console's help (lines go out as typed, unlike openssl s_client's R and Q); and a real
// server-initiated renegotiation (`openssl s_server`, its "r" command) explained on the ladder.
#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "explain/message_explanations.h"
#include "main_window.h"
#include "models/handshake_model.h"
#include "models/ladder_model.h"
#include "models/transcript_model.h"
#include "dovecot_server.h"
#include "test_pki.h"
#include "test_servers.h"
#include "views/capabilities_view.h"
#include "views/command_line_widget.h"
#include "views/handshake_view.h"
#include "views/ladder_details.h"
#include "views/ladder_panel.h"
#include "views/target_bar.h"
#include "test_registry.h"

using namespace mailtls;
using State = ui::SessionController::State;
using ui::CapabilitiesView;

namespace {

// s_server whose stdin the test writes to: a line "r" makes it send a HelloRequest.
class SteerableOpensslServer : public test::OpensslServer
{
public:
    using test::OpensslServer::OpensslServer;
    bool type(const QByteArray &line) { return process_ && process_->write(line) == line.size() && process_->waitForBytesWritten(2000); }
};

} // namespace

class TestSessionCapabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eximAuthOnlyAfterTls();
    void consoleHelpTellsTheSClientStory();
    void serverRenegotiationOnTheLadder();
    void boxTitlePerDialect();
    void dovecotCapabilitiesTitled();
};

void TestSessionCapabilities::eximAuthOnlyAfterTls()
{
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    test::EximOptions eximOptions;
    eximOptions.certFile = pki.rsaLeaf().chainFile;
    eximOptions.keyFile = pki.rsaLeaf().keyFile;
    eximOptions.authAfterTls = true;   // AUTH PLAIN LOGIN once TLS is up, not before
    test::EximServer exim(eximOptions);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));

    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.handshakeView()->capabilitiesShown());   // nothing before a session
    core::SessionOptions options = window.targetBar()->options();
    options.host = QStringLiteral("127.0.0.1");
    options.port = exim.port();
    options.servername = QStringLiteral("localhost");
    options.caFile = pki.caFile();
    options.ehloName = QStringLiteral("workbench.test");
    window.targetBar()->setOptions(options);
    window.connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 20000);

    const core::SmtpFacts &smtp = window.report().smtp;
    QVERIFY(!smtp.ehloBeforeTls.isEmpty());
    QVERIFY(!smtp.ehloAfterTls.isEmpty());
    QVERIFY(window.handshakeView()->capabilitiesShown());
    CapabilitiesView *caps = window.handshakeView()->capabilitiesView();
    // Every keyword of either list once.
    QCOMPARE(caps->table()->rowCount(), int(core::compareCapabilities(smtp.ehloBeforeTls, smtp.ehloAfterTls).size()));
    // AUTH: only after TLS, marked as added (and why that is good).
    QCOMPARE(caps->changeWord(QStringLiteral("AUTH")), QStringLiteral("added"));
    QCOMPARE(caps->cellText(QStringLiteral("AUTH"), CapabilitiesView::BeforeColumn), QStringLiteral("—"));
    QVERIFY2(caps->cellText(QStringLiteral("AUTH"), CapabilitiesView::AfterColumn).contains(QLatin1String("PLAIN")),
             qPrintable(caps->cellText(QStringLiteral("AUTH"), CapabilitiesView::AfterColumn)));
    QVERIFY(caps->cellText(QStringLiteral("AUTH"), CapabilitiesView::ChangeColumn).startsWith(QLatin1String("+ added after TLS")));
    // STARTTLS: only before TLS, which RFC 3207 expects.
    QCOMPARE(caps->changeWord(QStringLiteral("STARTTLS")), QStringLiteral("removed"));
    QCOMPARE(caps->cellText(QStringLiteral("STARTTLS"), CapabilitiesView::BeforeColumn), QStringLiteral("offered"));
    QCOMPARE(caps->cellText(QStringLiteral("STARTTLS"), CapabilitiesView::ChangeColumn), QStringLiteral("gone after TLS (expected)"));
    // Exim's SIZE and PIPELINING do not change with TLS.
    for (const char *keyword : {"SIZE", "PIPELINING"}) {
        QCOMPARE(caps->changeWord(QLatin1String(keyword)), QStringLiteral("same"));
        QCOMPARE(caps->cellText(QLatin1String(keyword), CapabilitiesView::ChangeColumn), QString());
        QCOMPARE(caps->cellText(QLatin1String(keyword), CapabilitiesView::BeforeColumn),
                 caps->cellText(QLatin1String(keyword), CapabilitiesView::AfterColumn));
    }
    QVERIFY2(caps->summaryText().contains(QLatin1String("1 keyword changed with TLS")), qPrintable(caps->summaryText()));

    window.tabs()->setCurrentIndex(ui::MainWindow::HandshakeTab);
    QTest::qWait(50);
    const QDir artifacts(QStringLiteral(MAILTLS_ARTIFACTS_DIR));
    QVERIFY(window.grab().save(artifacts.filePath(QStringLiteral("session_capabilities_window.png"))));
    QVERIFY(window.handshakeView()->grab().save(artifacts.filePath(QStringLiteral("session_capabilities_tab.png"))));

    window.disconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Idle, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->finishingThreadCount(), 0, 5000);
    // The report stays on screen after the disconnect; a new, empty one clears it.
    QVERIFY(window.handshakeView()->capabilitiesShown());
    auto *box = window.handshakeView()->findChild<QGroupBox *>(QStringLiteral("capabilitiesBox"));
    QVERIFY(box);
    QCOMPARE(box->title(), QStringLiteral("SMTP extensions (EHLO) before and after STARTTLS"));
    window.handshakeView()->setReport(core::Report());
    QVERIFY(!window.handshakeView()->capabilitiesShown());
}

void TestSessionCapabilities::boxTitlePerDialect()
{
    QCOMPARE(CapabilitiesView::titleFor(QStringLiteral("smtp")), QStringLiteral("SMTP extensions (EHLO) before and after STARTTLS"));
    QCOMPARE(CapabilitiesView::titleFor(QStringLiteral("lmtp")), QStringLiteral("LMTP extensions (LHLO) before and after STARTTLS"));
    QCOMPARE(CapabilitiesView::titleFor(QStringLiteral("imap")), QStringLiteral("IMAP capabilities (CAPABILITY) before and after STARTTLS"));
    QCOMPARE(CapabilitiesView::titleFor(QStringLiteral("pop3")), QStringLiteral("POP3 capabilities (CAPA) before and after STLS"));
    QCOMPARE(CapabilitiesView::titleFor(QStringLiteral("sieve")), QStringLiteral("ManageSieve capabilities before and after STARTTLS"));
}

// Real Dovecot sessions (IMAP, POP3, ManageSieve with STARTTLS): the box names the lists as
// that protocol calls them, never "SMTP extensions".
void TestSessionCapabilities::dovecotCapabilitiesTitled()
{
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    test::DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.error()));

    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *box = window.handshakeView()->findChild<QGroupBox *>(QStringLiteral("capabilitiesBox"));
    QVERIFY(box);
    const struct {
        const char *dialect;
        quint16 port;
        const char *title;
        const char *starttlsKeyword;
    } sessions[] = {
        {"imap", dovecot.imapPort(), "IMAP capabilities (CAPABILITY) before and after STARTTLS", "STARTTLS"},
        {"pop3", dovecot.pop3Port(), "POP3 capabilities (CAPA) before and after STLS", "STLS"},
        {"sieve", dovecot.sievePort(), "ManageSieve capabilities before and after STARTTLS", "STARTTLS"},
    };
    for (const auto &s : sessions) {
        core::SessionOptions options = window.targetBar()->options();
        options.host = dovecot.host();
        options.port = s.port;
        options.dialect = QLatin1String(s.dialect);
        options.implicitTls = false;
        options.servername = QStringLiteral("localhost");
        options.caFile = pki.caFile();
        window.targetBar()->setOptions(options);
        window.connectAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 20000);
        QCOMPARE(window.report().target.dialect, QLatin1String(s.dialect));
        QVERIFY2(!window.report().smtp.ehloBeforeTls.isEmpty(), s.dialect);
        QVERIFY2(window.handshakeView()->capabilitiesShown(), s.dialect);
        QCOMPARE(box->title(), QLatin1String(s.title));
        QVERIFY2(!box->title().contains(QLatin1String("SMTP")), s.dialect);
        CapabilitiesView *caps = window.handshakeView()->capabilitiesView();
        QVERIFY2(caps->rowOf(QLatin1String(s.starttlsKeyword)) >= 0, s.dialect);
        if (QLatin1String(s.dialect) == QLatin1String("imap")) {
            window.tabs()->setCurrentIndex(ui::MainWindow::HandshakeTab);
            QTest::qWait(50);
            QVERIFY(window.handshakeView()->grab().save(QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR))
                                                            .filePath(QStringLiteral("capabilities_imap_tab.png"))));
        }
        window.disconnectAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Idle, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.controller()->finishingThreadCount(), 0, 5000);
    }
}

void TestSessionCapabilities::consoleHelpTellsTheSClientStory()
{
    ui::CommandLineWidget console;
    const QString help = console.lineEdit()->toolTip();
    QCOMPARE(help, ui::CommandLineWidget::helpText());
    for (const char *fact : {"exactly as typed", "openssl s_client", "<b>R</b>", "RCPT TO", "<b>Q</b>", "-ign_eof", "-nocommands"})
        QVERIFY2(help.contains(QLatin1String(fact)), fact);
}

void TestSessionCapabilities::serverRenegotiationOnTheLadder()
{
    // TLS 1.2 only (TLS 1.3 has no renegotiation); implicit TLS, no SMTP.
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    test::OpensslServerOptions serverOptions;
    serverOptions.certFile = pki.rsaLeaf().certFile;
    serverOptions.keyFile = pki.rsaLeaf().keyFile;
    serverOptions.chainFile = pki.intermediateFile();
    serverOptions.extraArgs = {QStringLiteral("-tls1_2")};
    SteerableOpensslServer server(serverOptions);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    core::SessionOptions options = window.targetBar()->options();
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.dialect = QStringLiteral("none");
    options.servername = QStringLiteral("localhost");
    options.caFile = pki.caFile();
    window.targetBar()->setOptions(options);
    window.connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 20000);
    const int before = window.handshakeModel()->rowCount();
    QVERIFY(before >= 6);
    QVERIFY(core::renegotiationStarts(window.report().handshake).isEmpty());

    // s_server's "r": a HelloRequest; our client answers with a new handshake when it next reads.
    QVERIFY(server.type("r\n"));
    QTest::qWait(300);
    QLineEdit *edit = window.commandLine()->lineEdit();
    QTest::keyClicks(edit, QStringLiteral("hello"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.handshakeModel()->rowCount() > before + 2, 10000);

    // The ladder marks the HelloRequest and explains the story.
    ui::LadderModel *ladder = window.ladderModel();
    int renegotiationRow = -1;
    for (int r = 0; r < ladder->rowCount(); ++r)
        if (ladder->row(r).renegotiation) {
            renegotiationRow = r;
            break;
        }
    QVERIFY2(renegotiationRow >= 0, qPrintable(server.outputText()));
    QCOMPARE(ladder->row(renegotiationRow).label, QStringLiteral("HelloRequest"));
    QVERIFY(ladder->row(renegotiationRow).detail.startsWith(QLatin1String("starts a renegotiation")));
    QVERIFY(window.ladderPanel()->selectHandshakeMessage(ladder->row(renegotiationRow).messageIndex));
    window.tabs()->setCurrentIndex(ui::MainWindow::LadderTab);
    QTest::qWait(50);
    const QString text = window.ladderPanel()->details()->plainText();
    QVERIFY2(text.contains(QLatin1String("This starts a renegotiation")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("RCPT TO")), qPrintable(text));
    QVERIFY(window.grab().save(QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(QStringLiteral("ladder_renegotiation.png"))));

    window.disconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Idle, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->finishingThreadCount(), 0, 5000);
}

MAILTLS_TEST_MAIN(TestSessionCapabilities)
#include "test_session_capabilities.moc"
