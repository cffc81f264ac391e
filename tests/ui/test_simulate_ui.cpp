// Tools → Simulate Partner… offscreen: a saved report and a live Exim serving only ECDSA, both
// against the hosted-gateway profile; cancel; the menu entry. Screenshots go to
// MAILTLS_ARTIFACTS_DIR (simulate_report.png, simulate_live.png).
#include <QDir>
#include <QFile>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs/simulate_dialog.h"
#include "main_window.h"
#include "report/json_report.h"
#include "catalog/cipher_catalog.h"
#include "test_pki.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(MAILTLS_ARTIFACTS_DIR));
    const QString path = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

core::Report ecdsaOnlyScan()
{
    core::Report r;
    r.kind = QStringLiteral("scan");
    r.target.host = QStringLiteral("mx.example.test");
    r.target.port = 25;
    r.scan.present = true;
    for (const QString &v : core::scanVersions())
        r.scan.protocols.insert(v, v == QLatin1String("TLSv1.2") || v == QLatin1String("TLSv1.3"));
    for (quint16 code : {quint16(0xC02C), quint16(0xC02B), quint16(0xCCA9)})
        r.scan.ciphers[QStringLiteral("TLSv1.2")] << *core::CipherCatalog::instance().byCode(code);
    for (quint16 code : {quint16(0x1302), quint16(0x1301)})
        r.scan.ciphers[QStringLiteral("TLSv1.3")] << *core::CipherCatalog::instance().byCode(code);
    r.scan.serverPreference.insert(QStringLiteral("TLSv1.2"), true);
    r.scan.certificateTypes = {QStringLiteral("ECDSA")};
    r.scan.groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1")};
    return r;
}

} // namespace

class TestSimulateUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromSavedReport();
    void badReportFileSaysWhy();
    void liveAgainstEcdsaOnlyExim();
    void cancelReturnsAtOnce();
    void menuOpensTheDialog();
};

void TestSimulateUi::fromSavedReport()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ecdsa-scan.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(core::reportToJsonBytes(ecdsaOnlyScan()));
    f.close();

    ui::SimulateDialog dialog{core::SessionOptions()};
    dialog.show();
    dialog.selectProfile(QStringLiteral("gateway-rsa-legacy"));
    dialog.setReportFile(file);
    QSignalSpy done(&dialog, &ui::SimulateDialog::simulationFinished);
    dialog.start();
    QVERIFY(done.wait(10000));
    QVERIFY2(dialog.verdictText().contains(QLatin1String("compat.cert_type_mismatch")), qPrintable(dialog.verdictText()));
    auto *sentence = dialog.findChild<QLabel *>(QStringLiteral("sentenceLabel"));
    QVERIFY(sentence->text().contains(QLatin1String("serve an RSA certificate alongside the ECDSA one")));
    auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("detailsText"));
    QVERIFY(details->toPlainText().contains(QLatin1String("tls_certificate = /etc/exim4/rsa.pem : /etc/exim4/ecdsa.pem")));
    QVERIFY(details->toPlainText().contains(QLatin1String("smtpd_tls_chain_files")));
    QVERIFY(dialog.hintText().contains(QLatin1String("Forward the sentence")));
    saveScreenshot(dialog, QStringLiteral("simulate_report.png"));
}

void TestSimulateUi::badReportFileSaysWhy()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("not-a-report.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not json");
    f.close();
    ui::SimulateDialog dialog{core::SessionOptions()};
    dialog.setReportFile(file);
    dialog.start();
    // The file is read off the GUI thread; the answer comes back through the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 5000);
    QVERIFY2(dialog.hintText().contains(QLatin1String("not a mailtls report")), qPrintable(dialog.hintText()));
    // Nothing was lost: the file name stays for the user to correct.
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("reportPath"))->text(), file);
}

void TestSimulateUi::liveAgainstEcdsaOnlyExim()
{
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    EximServer exim(EximOptions::serving(pki.ecdsaLeaf().chainFile, pki.ecdsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    core::SessionOptions target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = exim.port();
    target.dialect = QStringLiteral("smtp");
    target.timeoutMs = 10000;
    ui::SimulateDialog dialog(target);
    dialog.show();
    dialog.selectProfile(QStringLiteral("gateway-rsa-legacy"));
    dialog.setUseLiveTarget(true);
    QSignalSpy done(&dialog, &ui::SimulateDialog::simulationFinished);
    dialog.start();
    QVERIFY(dialog.isRunning());
    // The GUI stays responsive while the worker scans: the dialog still answers events.
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
    QVERIFY(done.wait(180000));
    QVERIFY2(dialog.verdictText().contains(QLatin1String("compat.cert_type_mismatch")), qPrintable(dialog.verdictText()));
    QVERIFY(dialog.result().live.ran);
    QVERIFY2(dialog.result().live.predictionHeld, qPrintable(dialog.result().live.verdict));
    auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("detailsText"));
    QVERIFY(details->toPlainText().contains(QLatin1String("prediction held")));
    saveScreenshot(dialog, QStringLiteral("simulate_live.png"));
}

void TestSimulateUi::cancelReturnsAtOnce()
{
    // A port that accepts nothing quickly is not needed: cancel right after start.
    const TestPki &pki = TestPki::instance();
    EximServer exim(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    core::SessionOptions target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = exim.port();
    ui::SimulateDialog dialog(target);
    dialog.selectProfile(QStringLiteral("openssl3-default"));
    dialog.setUseLiveTarget(true);
    dialog.start();
    QVERIFY(dialog.isRunning());
    dialog.cancel();
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
}

void TestSimulateUi::menuOpensTheDialog()
{
    ui::MainWindow window;
    QVERIFY(window.simulateAction());
    QCOMPARE(window.simulateAction()->text(), QStringLiteral("Simulate &Partner…"));
    ui::SimulateDialog *dialog = window.showSimulatePartner();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

MAILTLS_TEST_MAIN(TestSimulateUi)
#include "test_simulate_ui.moc"
