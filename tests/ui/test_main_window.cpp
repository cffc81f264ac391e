// The workbench window: opens, fills from the worker's signals (pushed by hand here), stays
// responsive against a server that never answers, cancels at once, survives reconnects and
// being closed mid-connect; a scripted SMTP peer checks the interactive console end to end.

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <atomic>
#include <memory>
#include <mutex>

#include "base/limits.h"
#include "main_window.h"
#include "models/certificate_chain_model.h"
#include "models/findings_model.h"
#include "models/handshake_model.h"
#include "models/transcript_model.h"
#include "scripted_peer.h"
#include "test_pki.h"
#include "views/certificate_chain_view.h"
#include "views/command_line_widget.h"
#include "views/findings_view.h"
#include "views/handshake_view.h"
#include "views/target_bar.h"
#include "test_registry.h"

using namespace mailtls;
using core::LineDirection;
using core::Severity;
using State = ui::SessionController::State;

namespace {

core::CertificateChain loadChain(const QStringList &files)
{
    core::CertificateChain chain;
    for (const QString &name : files) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            chain << core::Certificate::listFromPem(file.readAll());
    }
    return chain;
}

// A report as the engine would produce it for an Exim with a self-signed-root chain.
core::Report sampleReport()
{
    core::Report r;
    r.toolVersion = QStringLiteral("0.1.0");
    r.target.host = QStringLiteral("mx1.example.org");
    r.target.port = 25;
    r.target.address = QStringLiteral("192.0.2.25");
    r.target.dialect = QStringLiteral("smtp");
    r.target.sni = QStringLiteral("mx1.example.org");
    r.target.servername = QStringLiteral("mx1.example.org");
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.durationMs = 412;
    const auto line = [&r](qint64 t, LineDirection d, const char *text) {
        r.transcript.append({t, d, QString::fromUtf8(text)});
    };
    line(0, LineDirection::Note, "connecting to mx1.example.org port 25");
    line(18, LineDirection::Note, "connected to 192.0.2.25");
    line(61, LineDirection::Server, "220 mx1.example.org ESMTP Exim 4.96 Sat, 22 Nov 2025 17:02:11 +0000");
    line(62, LineDirection::Client, "EHLO workbench.example.net");
    line(80, LineDirection::Server, "250-mx1.example.org Hello workbench.example.net [198.51.100.7]");
    line(80, LineDirection::Server, "250-SIZE 52428800");
    line(80, LineDirection::Server, "250-8BITMIME");
    line(80, LineDirection::Server, "250-PIPELINING");
    line(80, LineDirection::Server, "250-AUTH PLAIN LOGIN");
    line(80, LineDirection::Server, "250-CHUNKING");
    line(80, LineDirection::Server, "250-STARTTLS");
    line(80, LineDirection::Server, "250 HELP");
    line(81, LineDirection::Client, "STARTTLS");
    line(99, LineDirection::Server, "220 TLS go ahead");
    line(163, LineDirection::Tls, "handshake done: TLSv1.3 TLS_AES_256_GCM_SHA384, group x25519");
    line(164, LineDirection::Tls, "certificate verify failed: self-signed certificate in certificate chain (19)");
    line(165, LineDirection::Client, "EHLO workbench.example.net");
    line(184, LineDirection::Server, "250-mx1.example.org Hello workbench.example.net [198.51.100.7]");
    line(184, LineDirection::Server, "250-SIZE 52428800");
    line(184, LineDirection::Server, "250-AUTH PLAIN LOGIN");
    line(184, LineDirection::Server, "250 HELP");
    line(185, LineDirection::Client, "QUIT");
    line(203, LineDirection::Server, "221 mx1.example.org closing connection");

    r.smtp.banner = QStringLiteral("220 mx1.example.org ESMTP Exim 4.96");
    r.smtp.starttlsOffered = true;
    r.smtp.starttlsAccepted = true;
    r.smtp.authBeforeTls = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};

    r.handshake = {
        {100, QStringLiteral("C"), QStringLiteral("ClientHello"), 517, QStringLiteral("TLS 1.3, 62 suites, SNI mx1.example.org"), 22, 1, {}},
        {141, QStringLiteral("S"), QStringLiteral("ServerHello"), 122, QStringLiteral("TLS 1.3, TLS_AES_256_GCM_SHA384, x25519"), 22, 2, {}},
        {141, QStringLiteral("S"), QStringLiteral("EncryptedExtensions"), 10, QStringLiteral("server_name"), 22, 8, {}},
        {142, QStringLiteral("S"), QStringLiteral("Certificate"), 3120, QStringLiteral("3 certificates"), 22, 11, {}},
        {142, QStringLiteral("S"), QStringLiteral("CertificateVerify"), 264, QStringLiteral("rsa_pss_rsae_sha256"), 22, 15, {}},
        {142, QStringLiteral("S"), QStringLiteral("Finished"), 52, QString(), 22, 20, {}},
        {162, QStringLiteral("C"), QStringLiteral("Finished"), 52, QString(), 22, 20, {}},
    };

    r.tls.attempted = true;
    r.tls.established = true;
    r.tls.version = QStringLiteral("TLSv1.3");
    r.tls.cipher = {0x1302, QStringLiteral("TLS_AES_256_GCM_SHA384"), QStringLiteral("TLS_AES_256_GCM_SHA384")};
    r.tls.group = QStringLiteral("x25519");
    r.tls.tempKeyType = QStringLiteral("X25519");
    r.tls.tempKeyBits = 253;
    r.tls.peerSignatureType = QStringLiteral("RSA-PSS");
    r.tls.peerSignatureDigest = QStringLiteral("SHA256");
    r.tls.verifyOk = false;
    r.tls.verifyCode = 19;
    r.tls.verifyMessage = QStringLiteral("self-signed certificate in certificate chain");
    r.tls.securityLevel = 0;

    const test::TestPki &pki = test::TestPki::instance();
    r.certificates = loadChain({pki.rsaChainWithRootFile()});

    r.outcome.connected = true;
    r.outcome.completed = true;

    core::Finding untrusted;
    untrusted.id = QStringLiteral("cert.untrusted");
    untrusted.severity = Severity::High;
    untrusted.title = QStringLiteral("The certificate chain does not lead to a trusted root");
    untrusted.detail = QStringLiteral("Partners that verify certificates (DANE or MTA-STS domains, many large providers) "
                                      "will refuse to deliver or fall back to cleartext.");
    untrusted.evidence = QStringLiteral("verify error 19: self-signed certificate in certificate chain");
    untrusted.fixExim = QStringLiteral("tls_certificate = /etc/exim4/mx1.fullchain.pem\ntls_privatekey = /etc/exim4/mx1.key");
    untrusted.fixPostfix = QStringLiteral("smtpd_tls_chain_files = /etc/postfix/mx1.key, /etc/postfix/mx1.fullchain.pem");
    core::Finding extra;
    extra.id = QStringLiteral("chain.extra_certificate");
    extra.severity = Severity::Low;
    extra.title = QStringLiteral("The server sends the root certificate too");
    extra.detail = QStringLiteral("Clients ignore a served root; it only costs bytes in every handshake.");
    extra.evidence = QStringLiteral("position 2: CN=MailTLS Test Root CA (self-signed)");
    core::Finding auth;
    auth.id = QStringLiteral("auth.plaintext_before_tls");
    auth.severity = Severity::Medium;
    auth.title = QStringLiteral("AUTH PLAIN/LOGIN offered before STARTTLS");
    auth.detail = QStringLiteral("A client may send its password in cleartext before TLS starts.");
    auth.evidence = QStringLiteral("250-AUTH PLAIN LOGIN (before STARTTLS)");
    auth.fixExim = QStringLiteral("auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}");
    auth.fixPostfix = QStringLiteral("smtpd_tls_auth_only = yes");
    r.findings = {extra, untrusted, auth};
    return r;
}

void pushThroughSlots(ui::MainWindow &window, const core::Report &report)
{
    window.onPhaseChanged(QStringLiteral("connecting"));
    for (const core::TranscriptLine &line : report.transcript)
        window.onLineAdded(line);
    for (const core::HandshakeMessage &message : report.handshake)
        window.onHandshakeMessageAdded(message);
    window.onSessionReady(report, false);
    window.onSessionFinished(report);
}

bool isIdle(const ui::MainWindow &window)
{
    return window.controller()->state() == State::Idle && window.connectAction()->isEnabled()
        && !window.cancelAction()->isEnabled() && window.targetBar()->hostEdit()->isEnabled();
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);   // let pending layouts settle, as they would on screen
    const QString path = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

// A listener that accepts and then says nothing at all.
struct SilentServer {
    QTcpServer server;
    QList<QTcpSocket *> accepted;
    bool listen()
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                accepted << socket;
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensIdle();
    void fillsFromWorkerSignals();
    void savesReportAsJson();
    void cancelAgainstSilentServer();
    void reconnectWhileOldThreadFinishes();
    void closeDuringConnect();
    void interactiveConsoleSendsLinesVerbatim();
    void interactiveConsoleBoundsAFlood();
    void connectionRefusedShowsBanner();
    void refusedStarttlsExplained();
    void translationsLoad_data();
    void translationsLoad();
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(test::TestPki::instance().ok(), qPrintable(test::TestPki::instance().error()));
}

void TestMainWindow::opensIdle()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("MailTLS Workbench"));
    QVERIFY(!window.windowIcon().isNull());
    // The icon files come from the static ui library's resources: they must be registered.
    QVERIFY(QFile::exists(QStringLiteral(":/icons/mailtls-workbench-32.png")));
    QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
    QCOMPARE(window.size(), QSize(1280, 800));
    QVERIFY(isIdle(window));
    QVERIFY(!window.disconnectAction()->isEnabled());
    QVERIFY(!window.saveReportAction()->isEnabled());
    QVERIFY(!window.commandLine()->lineEdit()->isEnabled());
    QCOMPARE(window.targetBar()->hostEdit()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(window.targetBar()->portSpin()->value(), 25);
    // Handshake, Ladder, Certificates, Findings, Cipher matrix (tabs added later come after them).
    QVERIFY(window.tabs()->count() >= 5);
    QVERIFY(window.tabs()->tabText(ui::MainWindow::CipherMatrixTab).startsWith(QStringLiteral("Cipher matrix")));
    QVERIFY(window.statusText().contains(QStringLiteral("Idle")));

    // An empty host cannot be connected to.
    window.targetBar()->hostEdit()->clear();
    QVERIFY(!window.connectAction()->isEnabled());
    window.targetBar()->hostEdit()->setText(QStringLiteral("mx.example.org"));
    QVERIFY(window.connectAction()->isEnabled());
}

void TestMainWindow::fillsFromWorkerSignals()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const core::Report report = sampleReport();
    QCOMPARE(report.certificates.size(), 3);
    pushThroughSlots(window, report);

    // Transcript: every line once (live lines are not doubled by the final report).
    QCOMPARE(window.transcriptModel()->rowCount(), report.transcript.size());
    QCOMPARE(window.transcriptModel()->index(3, ui::TranscriptModel::TextColumn).data().toString(),
             QStringLiteral("EHLO workbench.example.net"));
    QCOMPARE(window.transcriptModel()->index(3, ui::TranscriptModel::DirectionColumn).data().toString(), QStringLiteral("C→"));
    QCOMPARE(window.handshakeModel()->rowCount(), report.handshake.size());

    // Handshake summary.
    ui::HandshakeView *hs = window.handshakeView();
    QCOMPARE(hs->fieldText(QStringLiteral("protocol")), QStringLiteral("TLSv1.3"));
    QCOMPARE(hs->fieldText(QStringLiteral("cipher")), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(hs->fieldText(QStringLiteral("code")), QStringLiteral("0x1302"));
    QCOMPARE(hs->fieldText(QStringLiteral("group")), QStringLiteral("x25519"));
    QCOMPARE(hs->fieldText(QStringLiteral("tempKey")), QStringLiteral("X25519, 253 bits"));
    QCOMPARE(hs->fieldText(QStringLiteral("signature")), QStringLiteral("RSA-PSS with SHA256"));
    QVERIFY(hs->fieldText(QStringLiteral("verify")).contains(QStringLiteral("code 19")));
    QVERIFY(hs->fieldText(QStringLiteral("clientCert")).contains(QStringLiteral("not requested")));
    QVERIFY(hs->fieldText(QStringLiteral("security")).startsWith(QStringLiteral("0")));

    // Chain: a tree leaf -> intermediate -> root; the leaf's details are shown.
    QCOMPARE(window.chainModel()->chain().size(), 3);
    ui::CertificateChainView *chain = window.chainView();
    QCOMPARE(chain->tree()->currentIndex().data(ui::CertificateChainModel::PositionRole).toInt(), 0);
    QVERIFY(chain->fieldText(QStringLiteral("subject")).contains(QStringLiteral("CN=localhost")));
    QVERIFY(chain->fieldText(QStringLiteral("san")).contains(QStringLiteral("DNS:mail.test.example")));
    QVERIFY(chain->fieldText(QStringLiteral("validity")).contains(QStringLiteral("days left")));
    QCOMPARE(chain->fieldText(QStringLiteral("sha256")).count(QLatin1Char(':')), 31);
    QCOMPARE(chain->fieldText(QStringLiteral("hash")).size(), 8);
    QVERIFY(chain->dumpText().contains(QStringLiteral("Certificate:")));
    const QModelIndex root = window.chainModel()->indexForPosition(2);
    chain->tree()->setCurrentIndex(root);
    QVERIFY(chain->fieldText(QStringLiteral("position")).contains(QStringLiteral("self-signed")));
    QVERIFY(chain->fieldText(QStringLiteral("subject")).contains(QStringLiteral("MailTLS Test Root CA")));
    chain->tree()->setCurrentIndex(window.chainModel()->indexForPosition(0));

    // Findings: sorted by severity, the first one selected with its fix.
    QCOMPARE(window.findingsModel()->rowCount(), 3);
    QCOMPARE(window.findingsModel()->index(0, ui::FindingsModel::IdColumn).data().toString(), QStringLiteral("cert.untrusted"));
    QCOMPARE(window.findingsModel()->index(2, ui::FindingsModel::IdColumn).data().toString(), QStringLiteral("chain.extra_certificate"));
    const QString detail = window.findingsView()->detailText();
    QVERIFY2(detail.contains(QStringLiteral("tls_certificate = /etc/exim4/mx1.fullchain.pem")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("smtpd_tls_chain_files")));
    QVERIFY(detail.contains(QStringLiteral("verify error 19")));
    window.findingsView()->table()->selectRow(1);
    QVERIFY(window.findingsView()->detailText().contains(QStringLiteral("smtpd_tls_auth_only = yes")));
    window.findingsView()->table()->selectRow(0);

    // Tabs and status say what happened.
    QCOMPARE(window.tabs()->tabText(ui::MainWindow::FindingsTab), QStringLiteral("Findings (3)"));
    QCOMPARE(window.tabs()->tabText(ui::MainWindow::CertificatesTab), QStringLiteral("Certificates (3)"));
    QCOMPARE(window.tabs()->tabText(ui::MainWindow::HandshakeTab), QStringLiteral("Handshake (TLSv1.3)"));
    QVERIFY2(window.statusText().contains(QStringLiteral("3 findings")), qPrintable(window.statusText()));
    QVERIFY(window.saveReportAction()->isEnabled());
    QVERIFY(isIdle(window));

    window.tabs()->setCurrentIndex(ui::MainWindow::FindingsTab);
    saveScreenshot(window, QStringLiteral("main_window.png"));
    window.tabs()->setCurrentIndex(ui::MainWindow::HandshakeTab);
    saveScreenshot(window, QStringLiteral("main_window_handshake.png"));
    window.tabs()->setCurrentIndex(ui::MainWindow::CertificatesTab);
    saveScreenshot(window, QStringLiteral("main_window_certificates.png"));

    // A report that arrives without live lines (e.g. lines missed) still fills everything once.
    ui::MainWindow second;
    second.onSessionFinished(report);
    QCOMPARE(second.transcriptModel()->rowCount(), report.transcript.size());
    QCOMPARE(second.handshakeModel()->rowCount(), report.handshake.size());
    second.onSessionFinished(report);
    QCOMPARE(second.transcriptModel()->rowCount(), report.transcript.size());
}

void TestMainWindow::savesReportAsJson()
{
    ui::MainWindow window;
    pushThroughSlots(window, sampleReport());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("report.json"));
    QSignalSpy saved(&window, &ui::MainWindow::reportSaved);
    window.saveReport(file);   // written in a Job: the window does not wait for the disk
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(0).toString(), file);
    QVERIFY2(saved.first().at(1).toString().isEmpty(), qPrintable(saved.first().at(1).toString()));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.report/1"));
    QCOMPARE(json.value(QStringLiteral("target")).toObject().value(QStringLiteral("host")).toString(), QStringLiteral("mx1.example.org"));

    saved.clear();
    window.saveReport(dir.filePath(QStringLiteral("missing/dir/report.json")));
    QVERIFY(saved.wait(10000));
    QVERIFY(!saved.first().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/dir/report.json"))));
    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);   // said, without blocking the window
    QVERIFY(boxes.first()->text().contains(QLatin1String("missing")));
}

void TestMainWindow::cancelAgainstSilentServer()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.targetBar()->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    window.targetBar()->portSpin()->setValue(silent.server.serverPort());

    window.connectAction()->trigger();
    QCOMPARE(window.controller()->state(), State::Connecting);
    QVERIFY(window.cancelAction()->isEnabled());
    QVERIFY(!window.connectAction()->isEnabled());
    QVERIFY(!window.targetBar()->hostEdit()->isEnabled());
    // The worker reaches the server and waits for a banner that never comes; the GUI keeps
    // running its event loop meanwhile (QTRY spins it).
    QTRY_VERIFY_WITH_TIMEOUT(!silent.accepted.isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window.transcriptModel()->rowCount() >= 1, 5000);
    QVERIFY(window.statusText().contains(QString::number(silent.server.serverPort())));
    QCOMPARE(window.controller()->state(), State::Connecting);
    QVERIFY(window.cancelAction()->isEnabled());

    // Click Cancel on the tool bar.
    QToolButton *cancelButton = nullptr;
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(window.cancelAction())))
            cancelButton = button;
    QVERIFY(cancelButton);
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(isIdle(window), 100);
    QVERIFY(window.statusText().contains(QStringLiteral("Cancelled")));
    QVERIFY(window.bannerText().contains(QStringLiteral("cancelled")));

    // The worker thread ends and deletes itself in the background.
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->finishingThreadCount(), 0, 5000);
}

void TestMainWindow::reconnectWhileOldThreadFinishes()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    ui::MainWindow window;
    window.targetBar()->portSpin()->setValue(silent.server.serverPort());
    for (int i = 0; i < 5; ++i) {
        window.connectAction()->trigger();
        QCOMPARE(window.controller()->state(), State::Connecting);
        window.cancelAction()->trigger();
        QVERIFY(isIdle(window));
    }
    window.connectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(silent.accepted.size() >= 1, 5000);
    // Lines of the cancelled sessions never show up in the new one.
    QTRY_VERIFY_WITH_TIMEOUT(window.transcriptModel()->rowCount() >= 1, 5000);
    QTest::qWait(100);
    for (const core::TranscriptLine &line : window.transcriptModel()->lines())
        QVERIFY2(!line.text.contains(QStringLiteral("cancel")), qPrintable(line.text));
    QCOMPARE(window.controller()->state(), State::Connecting);
    window.cancelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->finishingThreadCount(), 0, 5000);
}

void TestMainWindow::closeDuringConnect()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    auto *window = new ui::MainWindow;
    window->show();
    window->targetBar()->portSpin()->setValue(silent.server.serverPort());
    window->connectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!silent.accepted.isEmpty(), 5000);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(window->close());
    delete window;
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestMainWindow::interactiveConsoleSendsLinesVerbatim()
{
    // An SMTP peer without STARTTLS: the session completes in cleartext and turns interactive.
    auto linesMutex = std::make_shared<std::mutex>();
    auto linesSeen = std::make_shared<QList<QByteArray>>();
    const auto seen = [linesMutex, linesSeen](const QByteArray &line) {
        std::lock_guard<std::mutex> lock(*linesMutex);
        return linesSeen->contains(line);
    };
    test::ScriptedPeer peer([linesMutex, linesSeen](test::PeerConnection &c) {
        c.sendLine("220 peer.test ESMTP scripted");
        QByteArray line;
        while (c.readLine(&line, 10000)) {
            {
                std::lock_guard<std::mutex> lock(*linesMutex);
                linesSeen->append(line);
            }
            if (line.startsWith("EHLO")) {
                c.send("250-peer.test greets you\r\n250 HELP\r\n");
            } else if (line == "QUIT") {
                c.sendLine("221 bye");
                c.close();
                return;
            } else {
                c.sendLine("250 OK got " + line);
            }
        }
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));

    ui::MainWindow window;
    window.show();
    window.targetBar()->portSpin()->setValue(peer.port());
    window.connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 10000);
    QVERIFY(window.commandLine()->lineEdit()->isEnabled());
    QVERIFY(window.disconnectAction()->isEnabled());
    QVERIFY(window.cancelAction()->isEnabled());
    QVERIFY(window.statusText().contains(QStringLiteral("interactive")));
    QVERIFY(window.hasReport());
    QVERIFY(core::hasFinding(window.report().findings, QStringLiteral("starttls.not_offered")));
    QVERIFY(window.findingsModel()->rowCount() >= 1);

    // "RSET" and "QUIT"-like text typed by the user go out exactly as typed.
    QLineEdit *edit = window.commandLine()->lineEdit();
    QTest::keyClicks(edit, QStringLiteral("RSET"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(seen("RSET"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window.transcriptModel()->plainText({window.transcriptModel()->rowCount() - 1})
                                 .contains(QStringLiteral("250 OK got RSET")), 5000);
    QTest::keyClicks(edit, QStringLiteral("Random text"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(seen("Random text"), 5000);

    bool sawClientLine = false;
    for (const core::TranscriptLine &line : window.transcriptModel()->lines())
        sawClientLine |= line.dir == LineDirection::Client && line.text == QLatin1String("RSET");
    QVERIFY(sawClientLine);

    window.disconnectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isIdle(window), 10000);
    QVERIFY(!window.commandLine()->lineEdit()->isEnabled());
    QVERIFY(window.statusText().contains(QStringLiteral("Disconnected")));
    saveScreenshot(window, QStringLiteral("main_window_interactive.png"));
}

// The window's console against a server that floods: 8 MiB without a line end, then a million
// short lines with an escape sequence in each. What the window keeps (transcript model, ladder,
// report) stays under base/limits.h's kConsoleKeptBytes, a note says how much was not shown, and
// no control character reaches the screen.
void TestMainWindow::interactiveConsoleBoundsAFlood()
{
    constexpr qint64 kWithoutLineEnd = 8 * 1024 * 1024;
    constexpr int kShortLines = 1000000;
    auto floodDone = std::make_shared<std::atomic<bool>>(false);
    test::ScriptedPeer peer([floodDone](test::PeerConnection &c) {
        c.sendLine("220 peer.test ESMTP scripted");
        QByteArray line;
        while (c.readLine(&line, 30000)) {
            if (line.startsWith("EHLO")) {
                c.send("250-peer.test\r\n250 HELP\r\n");
            } else if (line == "FLOOD") {
                if (!c.send(QByteArray(kWithoutLineEnd, 'x')) || !c.send("\r\n"))
                    return;
                QByteArray chunk;
                for (int i = 0; i < kShortLines; ++i) {
                    chunk += "250-flood \x1b[31m " + QByteArray::number(i) + "\r\n";
                    if (chunk.size() > 256 * 1024) {
                        if (!c.send(chunk))
                            return;
                        chunk.clear();
                    }
                }
                c.send(chunk + "250 flood done\r\n");
                floodDone->store(true);
            } else if (line == "QUIT") {
                c.sendLine("221 bye");
                c.close();
                return;
            } else {
                c.sendLine("250 OK got " + line);
            }
        }
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));

    ui::MainWindow window;
    window.show();
    window.targetBar()->portSpin()->setValue(peer.port());
    window.connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Interactive, 10000);
    QLineEdit *edit = window.commandLine()->lineEdit();
    QTest::keyClicks(edit, QStringLiteral("FLOOD"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(floodDone->load(), 60000);
    // The flood is read; the next line sent ends the burst, and its note shows.
    QTest::qWait(500);
    QTest::keyClicks(edit, QStringLiteral("NOOP"));
    QTest::keyClick(edit, Qt::Key_Return);
    const auto hasNote = [&window] {
        for (const core::TranscriptLine &line : window.transcriptModel()->lines())
            if (line.dir == LineDirection::Note && line.text.contains(QLatin1String(" bytes not shown]")))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasNote(), 10000);
    window.disconnectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isIdle(window), 20000);

    qint64 serverText = 0;
    qint64 notShown = 0;
    for (const core::TranscriptLine &line : window.transcriptModel()->lines()) {
        if (line.dir == LineDirection::Server)
            serverText += line.text.toUtf8().size();
        const int at = line.text.indexOf(QStringLiteral("[… "));
        if (line.dir == LineDirection::Note && at == 0) {
            notShown += line.text.mid(3).section(QLatin1Char(' '), 0, 0).toLongLong();
        }
    }
    const int rows = window.transcriptModel()->rowCount();
    qInfo("window kept %lld bytes of server text in %d rows; %lld bytes not shown", serverText, rows, notShown);
    // The flood is one burst (until NOOP): at most one burst's budget of it is kept.
    QVERIFY2(serverText <= core::limits::kConsoleBurstKeptBytes + 1024, qPrintable(QString::number(serverText)));
    QVERIFY2(rows <= core::limits::kConsoleBurstKeptLines + 50, qPrintable(QString::number(rows)));
    QCOMPARE(window.report().transcript.size(), rows);
    QVERIFY2(notShown >= kWithoutLineEnd, qPrintable(QString::number(notShown)));
    // Shown escaped: the view's text holds no control character.
    for (int r = 0; r < rows; ++r) {
        for (int col = 0; col < window.transcriptModel()->columnCount(); ++col) {
            const QString shown = window.transcriptModel()->data(window.transcriptModel()->index(r, col)).toString();
            QVERIFY2(!shown.contains(QChar(0x1b)), qPrintable(shown.left(200)));
        }
    }
}

void TestMainWindow::connectionRefusedShowsBanner()
{
    // A port that was free a moment ago: nothing listens, the connect is refused.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ui::MainWindow window;
    window.show();
    window.targetBar()->portSpin()->setValue(port);
    window.connectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isIdle(window), 10000);
    QVERIFY2(!window.bannerText().isEmpty(), qPrintable(window.statusText()));
    QVERIFY(window.statusText().startsWith(QStringLiteral("Failed")));
    saveScreenshot(window, QStringLiteral("main_window_refused.png"));
}

// A server that offers STARTTLS and then answers it with 454 (the certificate it cannot load):
// the banner quotes its reply and says what that most likely means, as plain text.
void TestMainWindow::refusedStarttlsExplained()
{
    test::ScriptedPeer peer([](test::PeerConnection &c) {
        c.sendLine("220 mx.partner.test ESMTP <b>not bold</b>");
        QByteArray line;
        while (c.readLine(&line)) {
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO")
                c.send("250-mx.partner.test\r\n250-SIZE 52428800\r\n250 STARTTLS\r\n");
            else if (verb == "STAR")
                c.sendLine("454 4.7.0 TLS not available due to local problem");
            else if (verb == "QUIT") {
                c.sendLine("221 bye");
                return;
            } else
                c.sendLine("250 ok");
        }
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    ui::MainWindow window;
    window.resize(1200, 760);
    window.show();
    window.targetBar()->portSpin()->setValue(peer.port());
    window.connectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isIdle(window), 10000);
    const QString banner = window.bannerText();
    QVERIFY2(banner.contains(QStringLiteral("454 4.7.0 TLS not available due to local problem")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("cannot start TLS")), qPrintable(banner));
    saveScreenshot(window, QStringLiteral("main_window_starttls_refused.png"));
}

void TestMainWindow::translationsLoad_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("connect");
    QTest::addColumn<QString>("findings");
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("&Verbinden") << QStringLiteral("Befunde");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("連線(&C)") << QStringLiteral("發現");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("连接(&C)") << QStringLiteral("发现");
}

void TestMainWindow::translationsLoad()
{
    QFETCH(QString, locale);
    QFETCH(QString, connect);
    QFETCH(QString, findings);
    // The same lookup app/gui/main.cpp does for the system locale.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(locale), QStringLiteral("mailtls"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    {
        ui::MainWindow window;
        QCOMPARE(window.connectAction()->text(), connect);
        QCOMPARE(window.tabs()->tabText(ui::MainWindow::FindingsTab), findings);
        if (locale == QLatin1String("de_DE")) {
            window.show();
            pushThroughSlots(window, sampleReport());
            window.tabs()->setCurrentIndex(ui::MainWindow::HandshakeTab);
            saveScreenshot(window, QStringLiteral("main_window_de.png"));
        }
        if (locale == QLatin1String("zh_TW")) {
            window.show();
            pushThroughSlots(window, sampleReport());
            window.tabs()->setCurrentIndex(ui::MainWindow::CertificatesTab);
            saveScreenshot(window, QStringLiteral("main_window_zh_TW.png"));
        }
    }
    QCoreApplication::removeTranslator(&translator);
}

MAILTLS_TEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
