// The compare window: the model through QAbstractItemModelTester, differing rows first and
// highlighted, saved and live columns added and removed, bad files refused with a reason, and
// an offscreen screenshot of an RSA Exim scanned live beside a saved ECDSA-only report.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "main_window.h"
#include "models/compare_model.h"
#include "report/json_report.h"
#include "catalog/cipher_catalog.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"
#include "views/compare_view.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::core;

namespace {

Certificate fixture(const char *name)
{
    QFile file(QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? Certificate::listFromPem(file.readAll()).value(0) : Certificate();
}

Report scanReport(const QString &host, const QString &type)
{
    Report r;
    r.kind = QStringLiteral("scan");
    r.target.host = host;
    r.target.port = 25;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.outcome.connected = r.outcome.completed = true;
    r.scan.present = true;
    r.scan.protocols.insert(QStringLiteral("TLSv1.1"), false);
    r.scan.protocols.insert(QStringLiteral("TLSv1.2"), true);
    r.scan.protocols.insert(QStringLiteral("TLSv1.3"), true);
    const CipherCatalog &catalog = CipherCatalog::instance();
    r.scan.ciphers.insert(QStringLiteral("TLSv1.2"), {*catalog.byCode(type == QLatin1String("RSA") ? 0xC030 : 0xC02C)});
    r.scan.ciphers.insert(QStringLiteral("TLSv1.3"), {*catalog.byCode(0x1302), *catalog.byCode(0x1301)});
    r.scan.groups = {QStringLiteral("x25519")};
    r.scan.certificateTypes = {type};
    r.scan.servedChains = {type == QLatin1String("RSA") ? CertificateChain{fixture("leaf-rsa2048.pem"), fixture("intermediate-ca.pem")}
                                                        : CertificateChain{fixture("leaf-ec-p256.pem")}};
    r.certificates = r.scan.servedChains.first();
    return r;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString path = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelUnderTester();
    void differencesFirstAndHighlighted();
    void badFilesAreRefused();
    void savedReportColumn();
    void removeColumn();
    void liveExim();
    void menuOpensWithCurrentReport();
};

void TestCompareView::initTestCase()
{
    test::cleanUpAfterCrashedRuns();
    QVERIFY(!fixture("leaf-ec-p256.pem").isNull());
}

void TestCompareView::modelUnderTester()
{
    ui::CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.addReport(scanReport(QStringLiteral("mx1"), QStringLiteral("RSA")));
    QCOMPARE(model.rowCount(), 0);   // one server: nothing to compare yet
    QCOMPARE(model.columnCount(), 3);
    model.addReport(scanReport(QStringLiteral("mx2"), QStringLiteral("ECDSA")));
    QVERIFY(model.rowCount() > 5);
    QCOMPARE(model.columnCount(), 4);
    model.addReport(scanReport(QStringLiteral("mx2"), QStringLiteral("ECDSA")));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("mx2:25 #2"));
    QVERIFY(model.removeReport(0));
    QCOMPARE(model.differenceCount(), 0);   // the two ECDSA copies agree
    QVERIFY(!model.removeReport(7));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
}

void TestCompareView::differencesFirstAndHighlighted()
{
    ui::CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addReport(scanReport(QStringLiteral("mx1"), QStringLiteral("RSA")));
    model.addReport(scanReport(QStringLiteral("mx2"), QStringLiteral("ECDSA")));
    QVERIFY(model.differenceCount() > 0);
    QCOMPARE(model.index(0, ui::CompareModel::AspectColumn).data().toString(), QStringLiteral("certificate types"));
    QCOMPARE(model.index(0, ui::CompareModel::FirstReportColumn).data().toString(), QStringLiteral("RSA"));
    QCOMPARE(model.index(0, ui::CompareModel::FirstReportColumn + 1).data().toString(), QStringLiteral("ECDSA"));
    for (int r = 0; r < model.rowCount(); ++r) {
        const bool differs = r < model.differenceCount();
        QCOMPARE(model.index(r, 0).data(ui::CompareModel::StateRole).toString() == QLatin1String("differs"), differs);
        const QVariant background = model.index(r, ui::CompareModel::FirstReportColumn).data(Qt::BackgroundRole);
        QCOMPARE(background.isValid(), differs);
        QCOMPARE(model.headerData(r, Qt::Vertical).toString() == QStringLiteral("≠"), differs);
    }
    QVERIFY(model.index(0, ui::CompareModel::FirstReportColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(0, ui::CompareModel::FirstReportColumn).data(Qt::BackgroundRole).value<QColor>(),
             ui::CompareModel::differsValueBackground());
}

void TestCompareView::badFilesAreRefused()
{
    ui::CompareView view;
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.json"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QString error;
    QVERIFY(!view.addReportFile(garbage, &error));
    QVERIFY2(error.contains(QLatin1String("garbage.json is not a MailTLS report")), qPrintable(error));
    QCOMPARE(view.hintLabel()->text(), error);
    QVERIFY(!view.addReportFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QLatin1String("Cannot read missing.json")), qPrintable(error));
    QVERIFY(!view.addLiveTarget(QStringLiteral("host:99999"), &error));
    QVERIFY(!view.addLiveTarget(QStringLiteral("  "), &error));
    QCOMPARE(view.model()->reportCount(), 0);
    QVERIFY(!view.isScanning());
}

void TestCompareView::savedReportColumn()
{
    ui::CompareView view;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mx2-ecdsa.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(reportToJsonBytes(scanReport(QStringLiteral("mx2"), QStringLiteral("ECDSA"))));
    file.close();
    view.addReport(scanReport(QStringLiteral("mx1"), QStringLiteral("RSA")));
    QVERIFY(view.addReportFile(path));
    QCOMPARE(view.model()->headerData(ui::CompareModel::FirstReportColumn + 1, Qt::Horizontal).toString(), QStringLiteral("mx2-ecdsa.json"));
    QVERIFY(view.summaryLabel()->text().contains(QLatin1String("differences")));
    QCOMPARE(view.model()->index(0, ui::CompareModel::AspectColumn).data().toString(), QStringLiteral("certificate types"));
}

void TestCompareView::removeColumn()
{
    ui::CompareView view;
    view.addReport(scanReport(QStringLiteral("mx1"), QStringLiteral("RSA")));
    view.addReport(scanReport(QStringLiteral("mx2"), QStringLiteral("ECDSA")));
    QVERIFY(!view.removeSelectedColumn());   // nothing selected
    view.table()->setCurrentIndex(view.model()->index(0, ui::CompareModel::FirstReportColumn + 1));
    QVERIFY(view.removeSelectedColumn());
    QCOMPARE(view.model()->reportCount(), 1);
    QCOMPARE(view.model()->labels(), QStringList{QStringLiteral("mx1:25")});
    QVERIFY(view.summaryLabel()->text().contains(QLatin1String("add another")));
    QVERIFY(view.hintLabel()->text().contains(QLatin1String("Add two or more servers")));
}

void TestCompareView::liveExim()
{
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    test::EximServer exim(test::EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));

    ui::CompareView view;
    view.resize(1100, 620);
    view.show();
    QSignalSpy finished(&view, &ui::CompareView::scanFinished);
    view.targetEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(exim.port()));
    QTest::keyClick(view.targetEdit(), Qt::Key_Return);
    QVERIFY(view.isScanning());
    QVERIFY(view.targetEdit()->text().isEmpty());
    // The GUI stays responsive while the worker scans: this wait runs the event loop.
    QVERIFY(finished.wait(240000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(view.model()->reportCount(), 1);
    QCOMPARE(view.model()->labels().first(), QStringLiteral("127.0.0.1:%1").arg(exim.port()));

    Report ecdsa = scanReport(QStringLiteral("mx2.example.org"), QStringLiteral("ECDSA"));
    view.addReport(ecdsa, QStringLiteral("mx2-ecdsa.json"));
    QCOMPARE(view.model()->index(0, ui::CompareModel::AspectColumn).data().toString(), QStringLiteral("certificate types"));
    QCOMPARE(view.model()->index(0, ui::CompareModel::FirstReportColumn).data().toString(), QStringLiteral("RSA"));
    QVERIFY2(view.hintLabel()->text().contains(QLatin1String("Differences are listed first")), qPrintable(view.hintLabel()->text()));
    saveScreenshot(view, QStringLiteral("compare-view.png"));

    // An unreachable server is reported, not added.
    test::RefusingPort refusing;
    QVERIFY(view.addLiveTarget(QStringLiteral("127.0.0.1:%1").arg(refusing.port())));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY2(view.hintLabel()->text().contains(QLatin1String("Cannot scan")), qPrintable(view.hintLabel()->text()));
    QCOMPARE(view.model()->reportCount(), 2);
}

void TestCompareView::menuOpensWithCurrentReport()
{
    ui::MainWindow window;
    QVERIFY(window.compareAction());
    window.onScanFinished(scanReport(QStringLiteral("mx1"), QStringLiteral("RSA")));
    QVERIFY(window.hasReport());
    ui::CompareView *view = window.showCompareServers();
    QVERIFY(view);
    QVERIFY(view->isWindow());
    QCOMPARE(view->model()->reportCount(), 1);
    QCOMPARE(view->model()->labels().first(), QStringLiteral("mx1:25"));
    view->close();
}

MAILTLS_TEST_MAIN(TestCompareView)
#include "test_compare_view.moc"
