// The Cipher matrix tab's "Protocol hygiene" panel (issue 18): a real scan of `openssl s_server`
// through the window (Scan button), then the panel's rows: each check's answer, whether that
// answer is good for this check, the evidence and the finding raised on it. Also the rows'
// table itself (one line per check, each with a good answer) and a report without checks.
#include <QAction>
#include <QDir>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <memory>

#include "language.h"
#include "main_window.h"
#include "model/finding.h"
#include "models/cipher_matrix_model.h"
#include "models/findings_model.h"
#include "scan_controller.h"
#include "test_pki.h"
#include "test_servers.h"
#include "views/cipher_grid_view.h"
#include "views/hygiene_panel.h"
#include "views/target_bar.h"
#include "test_registry.h"

using namespace mailtls;
using ui::HygienePanel;
using ui::HygieneVerdict;

class TestHygienePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAreOneLineEach();
    void verdictDependsOnTheCheck();
    void scanOfOpensslServer();
    void reportWithoutChecks();
    void starttlsRowsSpeakTheDialect();
};

void TestHygienePanel::rowsAreOneLineEach()
{
    const QList<ui::HygieneRowSpec> &rows = ui::hygieneRows();
    QVERIFY(rows.size() >= 6);
    QStringList keys;
    for (const ui::HygieneRowSpec &row : rows) {
        QVERIFY(row.key && *row.key);
        QVERIFY2(!keys.contains(QLatin1String(row.key)), row.key);
        keys << QLatin1String(row.key);
        QVERIFY(row.label && row.about && row.check);
        QVERIFY(row.good == core::CheckState::Yes || row.good == core::CheckState::No || row.good == core::CheckState::NotApplicable);
        if (row.findingIds)
            for (const QByteArray &id : QByteArray(row.findingIds).split(','))
                QVERIFY2(id.trimmed().startsWith("tls.") || id.trimmed().startsWith("starttls.")
                             || id.trimmed().startsWith("submission.") || id.trimmed().startsWith("imap.")
                             || id.trimmed().startsWith("pop3.") || id.trimmed().startsWith("sieve."), row.findingIds);
    }
    for (const char *key : {"secure_renegotiation", "client_renegotiation", "fallback_scsv", "downgrade_sentinel",
                            "extended_master_secret", "encrypt_then_mac", "session_id_resumption", "ticket_resumption",
                            "tls13_resumption", "ocsp_stapling", "early_data", "heartbleed_leak", "ccs_injection_accepted",
                            "robot_oracle", "ticketbleed_leak", "starttls_command_injection"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
}

void TestHygienePanel::verdictDependsOnTheCheck()
{
    using core::CheckState;
    QCOMPARE(ui::hygieneVerdict(CheckState::Yes, CheckState::Yes), HygieneVerdict::Good);
    QCOMPARE(ui::hygieneVerdict(CheckState::Yes, CheckState::No), HygieneVerdict::Bad);
    QCOMPARE(ui::hygieneVerdict(CheckState::No, CheckState::No), HygieneVerdict::Good);
    QCOMPARE(ui::hygieneVerdict(CheckState::No, CheckState::Yes), HygieneVerdict::Bad);
    QCOMPARE(ui::hygieneVerdict(CheckState::Untested, CheckState::Yes), HygieneVerdict::Untested);
    QCOMPARE(ui::hygieneVerdict(CheckState::NotApplicable, CheckState::No), HygieneVerdict::NotApplicable);
    // A check whose answer is information only (good: NotApplicable), e.g. resumption.
    QCOMPARE(ui::hygieneVerdict(CheckState::Yes, CheckState::NotApplicable), HygieneVerdict::Information);
    QCOMPARE(ui::hygieneVerdict(CheckState::No, CheckState::NotApplicable), HygieneVerdict::Information);
    QCOMPARE(ui::hygieneVerdict(CheckState::Untested, CheckState::NotApplicable), HygieneVerdict::Untested);
}

void TestHygienePanel::scanOfOpensslServer()
{
    // s_server accepting every client-initiated renegotiation and without encrypt-then-MAC: two
    // bad answers (one a "Yes", one a "No") among good ones, each with its finding.
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    test::OpensslServerOptions serverOptions;
    serverOptions.certFile = pki.rsaLeaf().certFile;
    serverOptions.keyFile = pki.rsaLeaf().keyFile;
    serverOptions.chainFile = pki.intermediateFile();
    serverOptions.extraArgs = {QStringLiteral("-client_renegotiation"), QStringLiteral("-no_etm")};
    test::OpensslServer server(serverOptions);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    ui::MainWindow window;
    window.resize(1500, 940);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    HygienePanel *panel = window.cipherGridView()->hygienePanel();
    QVERIFY(panel);
    QCOMPARE(panel->table()->rowCount(), 0);

    core::SessionOptions options = window.targetBar()->options();
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.port();
    options.dialect = QStringLiteral("none");
    options.servername = QStringLiteral("localhost");
    options.caFile = pki.caFile();
    window.targetBar()->setOptions(options);
    QVERIFY(window.scanAction()->isEnabled());
    window.scanAction()->trigger();
    QVERIFY(window.scanController()->isScanning());
    QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isScanning(), 240000);
    QVERIFY2(window.report().scan.present, qPrintable(window.statusText()));
    QVERIFY(window.report().scan.hygiene.present);
    QVERIFY(window.cipherMatrixModel()->acceptedSuiteCount() > 0);

    // One row per check, in the table's order.
    // (the STARTTLS rows only when that lane ran)
    const core::ScanResult &scan = window.report().scan;
    const auto shown = std::count_if(ui::hygieneRows().cbegin(), ui::hygieneRows().cend(),
                                     [&scan](const ui::HygieneRowSpec &row) { return row.check(scan) != nullptr; });
    QCOMPARE(panel->table()->rowCount(), int(shown));
    QCOMPARE(panel->rowOf(QStringLiteral("starttls_command_injection")) >= 0, scan.starttls.present);
    QVERIFY(panel->rowOf(QStringLiteral("heartbleed_leak")) >= 0);
    QCOMPARE(panel->verdict(QStringLiteral("heartbleed_leak")), HygieneVerdict::Good);
    QVERIFY2(panel->noteText().contains(QLatin1String("TLSv1.2")), qPrintable(panel->noteText()));

    // Secure renegotiation: "Yes" is good.
    QCOMPARE(panel->resultText(QStringLiteral("secure_renegotiation")), QStringLiteral("Yes"));
    QCOMPARE(panel->verdict(QStringLiteral("secure_renegotiation")), HygieneVerdict::Good);
    QVERIFY(panel->evidenceText(QStringLiteral("secure_renegotiation")).contains(QLatin1String("renegotiation_info (0xff01)")));
    QCOMPARE(panel->findingText(QStringLiteral("secure_renegotiation")), QString());
    // Client-initiated renegotiation: "Yes" is bad, with the counts and the finding.
    QCOMPARE(panel->resultText(QStringLiteral("client_renegotiation")), QStringLiteral("Yes (5 of 5 accepted)"));
    QCOMPARE(panel->verdict(QStringLiteral("client_renegotiation")), HygieneVerdict::Bad);
    QCOMPARE(panel->evidenceText(QStringLiteral("client_renegotiation")),
             QStringLiteral("5 client-initiated renegotiations in a row accepted (5 asked for)"));
    QCOMPARE(panel->findingText(QStringLiteral("client_renegotiation")), QStringLiteral("tls.client_renegotiation"));
    // Encrypt-then-MAC: "No" is bad.
    QCOMPARE(panel->resultText(QStringLiteral("encrypt_then_mac")), QStringLiteral("No"));
    QCOMPARE(panel->verdict(QStringLiteral("encrypt_then_mac")), HygieneVerdict::Bad);
    QCOMPARE(panel->findingText(QStringLiteral("encrypt_then_mac")), QStringLiteral("tls.no_etm"));
    // The rest as OpenSSL 3 does them.
    for (const char *key : {"fallback_scsv", "downgrade_sentinel", "extended_master_secret"}) {
        QCOMPARE(panel->resultText(QLatin1String(key)), QStringLiteral("Yes"));
        QCOMPARE(panel->verdict(QLatin1String(key)), HygieneVerdict::Good);
        QCOMPARE(panel->findingText(QLatin1String(key)), QString());
    }
    QVERIFY(core::hasFinding(window.findingsModel()->findings(), QStringLiteral("tls.client_renegotiation")));
    // The check's tooltip says what it asks and which answer is good.
    const int row = panel->rowOf(QStringLiteral("client_renegotiation"));
    QVERIFY(panel->table()->item(row, HygienePanel::CheckColumn)->toolTip().contains(QLatin1String("No is good")));

    QCOMPARE(window.tabs()->currentIndex(), int(ui::MainWindow::CipherMatrixTab));
    QTest::qWait(50);
    const QDir artifacts(QStringLiteral(MAILTLS_ARTIFACTS_DIR));
    QVERIFY(window.grab().save(artifacts.filePath(QStringLiteral("hygiene_panel_window.png"))));
    QVERIFY(window.cipherGridView()->grab().save(artifacts.filePath(QStringLiteral("hygiene_panel_tab.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(window.scanController()->finishingThreadCount(), 0, 10000);

    // The same rows in German (translations/mailtls_de.ts): the words fit, the keys stay.
    std::unique_ptr<QTranslator> german = ui::loadTranslator(QStringLiteral("de"));
    QVERIFY(german);
    QCoreApplication::installTranslator(german.get());
    {
        HygienePanel de;
        de.resize(1000, 260);
        de.setScan(window.report().scan, window.findingsModel()->findings());
        QCOMPARE(de.resultText(QStringLiteral("secure_renegotiation")), QStringLiteral("Ja"));
        QCOMPARE(de.resultText(QStringLiteral("client_renegotiation")), QStringLiteral("Ja (5 von 5 angenommen)"));
        QCOMPARE(de.resultText(QStringLiteral("encrypt_then_mac")), QStringLiteral("Nein"));
        QCOMPARE(de.table()->item(de.rowOf(QStringLiteral("client_renegotiation")), HygienePanel::CheckColumn)->text(),
                 QStringLiteral("Vom Client angestoßene Neuverhandlung"));
        de.show();
        QVERIFY(QTest::qWaitForWindowExposed(&de));
        QVERIFY(de.grab().save(artifacts.filePath(QStringLiteral("hygiene_panel_de.png"))));
    }
    QCoreApplication::removeTranslator(german.get());
}

void TestHygienePanel::reportWithoutChecks()
{
    // A scan without the hygiene section (an older report): no rows, a note that says why.
    HygienePanel panel;
    core::ScanResult none;
    panel.setScan(none);
    QCOMPARE(panel.table()->rowCount(), 0);
    QVERIFY(panel.noteText().contains(QLatin1String("not checked")));
    // Untested and not applicable are neither good nor bad.
    core::ScanResult scan;
    core::HygieneResult &h = scan.hygiene;
    h.present = true;
    h.version = QStringLiteral("TLSv1.2");
    h.connections = 2;
    h.clientRenegotiation.evidence = QStringLiteral("not tried: --no-attack-checks");
    h.downgradeSentinel.state = core::CheckState::NotApplicable;
    h.secureRenegotiation.state = core::CheckState::No;
    core::Finding f;
    f.id = QStringLiteral("tls.no_secure_renegotiation");
    panel.setScan(scan, {f});
    QCOMPARE(panel.resultText(QStringLiteral("client_renegotiation")), QStringLiteral("Untested"));
    QCOMPARE(panel.verdict(QStringLiteral("client_renegotiation")), HygieneVerdict::Untested);
    QCOMPARE(panel.evidenceText(QStringLiteral("client_renegotiation")), QStringLiteral("not tried: --no-attack-checks"));
    QCOMPARE(panel.resultText(QStringLiteral("downgrade_sentinel")), QStringLiteral("Not applicable"));
    QCOMPARE(panel.verdict(QStringLiteral("downgrade_sentinel")), HygieneVerdict::NotApplicable);
    QCOMPARE(panel.verdict(QStringLiteral("secure_renegotiation")), HygieneVerdict::Bad);
    QCOMPARE(panel.findingText(QStringLiteral("secure_renegotiation")), QStringLiteral("tls.no_secure_renegotiation"));
    QCOMPARE(panel.findingText(QStringLiteral("encrypt_then_mac")), QString());   // no such finding in the list
    QVERIFY(panel.noteText().contains(QLatin1String("2 connections")));
}

// The STARTTLS rows in the words of the scan's dialect; no MAIL FROM row outside SMTP.
void TestHygienePanel::starttlsRowsSpeakTheDialect()
{
    HygienePanel panel;
    core::ScanResult scan;
    scan.hygiene.present = true;
    core::StartTlsChecks &st = scan.starttls;
    st.present = true;
    st.dialect = QStringLiteral("smtp");
    st.authBeforeTls.state = core::CheckState::Yes;
    const auto label = [&panel](const char *key) {
        const int row = panel.rowOf(QLatin1String(key));
        return row < 0 ? QString() : panel.table()->item(row, HygienePanel::CheckColumn)->text();
    };
    panel.setScan(scan);
    QCOMPARE(label("starttls_auth_before_tls"), QStringLiteral("AUTH offered before STARTTLS"));
    QVERIFY(panel.rowOf(QStringLiteral("starttls_mail_before_tls")) >= 0);
    st.dialect = QStringLiteral("imap");
    core::Finding f;
    f.id = QStringLiteral("imap.login_before_tls");
    panel.setScan(scan, {f});
    QCOMPARE(label("starttls_auth_before_tls"), QStringLiteral("LOGIN offered before STARTTLS"));
    QCOMPARE(panel.findingText(QStringLiteral("starttls_auth_before_tls")), QStringLiteral("imap.login_before_tls"));
    QCOMPARE(panel.rowOf(QStringLiteral("starttls_mail_before_tls")), -1);
    st.dialect = QStringLiteral("pop3");
    panel.setScan(scan);
    QCOMPARE(label("starttls_auth_before_tls"), QStringLiteral("USER or SASL PLAIN offered before STLS"));
    QCOMPARE(label("starttls_command_injection"), QStringLiteral("STLS command injection"));
    st.dialect = QStringLiteral("sieve");
    panel.setScan(scan);
    QCOMPARE(label("starttls_auth_before_tls"), QStringLiteral("SASL offered before STARTTLS"));
}

MAILTLS_TEST_MAIN(TestHygienePanel)
#include "test_hygiene_panel.moc"
