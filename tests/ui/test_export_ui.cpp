// File export from the simulate dialog and the compare window: a real simulation against an
// ECDSA-only Exim and a real comparison (the same Exim scanned live beside a saved report),
// each exported as HTML and as PDF through the buttons; the files hold the verdict (the PDF
// read back with pdftotext) and the GUI stayed free while they were written. Screenshots go to
// MAILTLS_ARTIFACTS_DIR (export_simulate.png, export_compare.png).
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "catalog/cipher_catalog.h"
#include "dialogs/simulate_dialog.h"
#include "models/compare_model.h"
#include "test_pki.h"
#include "test_servers.h"
#include "views/compare_view.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    QDir().mkpath(QStringLiteral(MAILTLS_ARTIFACTS_DIR));
    const QString path = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text of a PDF as pdftotext reads it, lines joined by spaces (a heading may wrap).
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

core::Report ecdsaReport()
{
    core::Report r;
    r.kind = QStringLiteral("scan");
    r.target.host = QStringLiteral("mx2.example.org");
    r.target.port = 25;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.outcome.connected = r.outcome.completed = true;
    r.scan.present = true;
    r.scan.protocols.insert(QStringLiteral("TLSv1.2"), true);
    r.scan.protocols.insert(QStringLiteral("TLSv1.3"), true);
    const core::CipherCatalog &catalog = core::CipherCatalog::instance();
    r.scan.ciphers.insert(QStringLiteral("TLSv1.2"), {*catalog.byCode(0xC02C)});
    r.scan.ciphers.insert(QStringLiteral("TLSv1.3"), {*catalog.byCode(0x1302), *catalog.byCode(0x1301)});
    r.scan.groups = {QStringLiteral("x25519")};
    r.scan.certificateTypes = {QStringLiteral("ECDSA")};
    return r;
}

} // namespace

class TestExportUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void simulateExportsHtmlAndPdf();
    void compareExportsHtmlAndPdf();
    void exportToAnUnwritablePlaceSaysWhy();
};

void TestExportUi::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the exported PDFs back");
}

void TestExportUi::simulateExportsHtmlAndPdf()
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
    auto *htmlButton = dialog.findChild<QPushButton *>(QStringLiteral("exportHtmlButton"));
    auto *pdfButton = dialog.findChild<QPushButton *>(QStringLiteral("exportPdfButton"));
    QVERIFY(htmlButton && pdfButton);
    QVERIFY(!htmlButton->isEnabled());   // nothing to export yet
    dialog.selectProfile(QStringLiteral("gateway-rsa-legacy"));
    dialog.setUseLiveTarget(true);
    QSignalSpy done(&dialog, &ui::SimulateDialog::simulationFinished);
    dialog.start();
    QVERIFY(done.wait(180000));
    QVERIFY2(dialog.verdictText().contains(QLatin1String("compat.cert_type_mismatch")), qPrintable(dialog.verdictText()));
    QVERIFY(htmlButton->isEnabled());
    QVERIFY(pdfButton->isEnabled());

    QTemporaryDir dir;
    QString suggested;
    QString answer;
    dialog.setExportPrompt([&](const QString &path, bool) {
        suggested = path;
        return answer;
    });
    QSignalSpy exported(&dialog, &ui::SimulateDialog::exportFinished);

    answer = dir.filePath(QStringLiteral("simulation.html"));
    QTest::mouseClick(htmlButton, Qt::LeftButton);
    QVERIFY(suggested.endsWith(QLatin1String(".html")));
    QVERIFY2(suggested.contains(QLatin1String("gateway-rsa-legacy")), qPrintable(suggested));
    // The file is written by a job: the dialog is back before the disk is touched.
    QVERIFY(dialog.isExporting());
    QVERIFY(!pdfButton->isEnabled());
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.last().at(1).toString(), QString());
    const QString html = QString::fromUtf8(readAll(answer));
    QVERIFY2(html.contains(QLatin1String("NO, it cannot connect.")), qPrintable(html.left(400)));
    QVERIFY(html.contains(QLatin1String("compat.cert_type_mismatch")));
    QVERIFY(html.contains(QLatin1String("Checked by a real handshake")));
    QVERIFY2(dialog.hintText().contains(QLatin1String("Written to")), qPrintable(dialog.hintText()));

    answer = dir.filePath(QStringLiteral("simulation.pdf"));
    QTest::mouseClick(pdfButton, Qt::LeftButton);
    QVERIFY(suggested.endsWith(QLatin1String(".pdf")));
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.last().at(1).toString(), QString());
    QVERIFY(readAll(answer).startsWith("%PDF-"));
    const QString text = pdfText(answer);
    QVERIFY2(text.contains(QLatin1String("NO, it cannot connect.")), qPrintable(text.left(600)));
    QVERIFY(text.contains(QLatin1String("compat.cert_type_mismatch")));
    saveScreenshot(dialog, QStringLiteral("export_simulate.png"));

    // Cancelling the prompt writes nothing and starts no job.
    answer.clear();
    QTest::mouseClick(htmlButton, Qt::LeftButton);
    QVERIFY(!dialog.isExporting());
    QVERIFY(htmlButton->isEnabled());
}

void TestExportUi::compareExportsHtmlAndPdf()
{
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    EximServer exim(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));

    ui::CompareView view;
    view.resize(1300, 620);
    view.show();
    auto *htmlButton = view.findChild<QPushButton *>(QStringLiteral("compareExportHtmlButton"));
    auto *pdfButton = view.findChild<QPushButton *>(QStringLiteral("compareExportPdfButton"));
    QVERIFY(htmlButton && pdfButton);
    QSignalSpy finished(&view, &ui::CompareView::scanFinished);
    QVERIFY(view.addLiveTarget(QStringLiteral("127.0.0.1:%1").arg(exim.port())));
    QVERIFY(finished.wait(240000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!htmlButton->isEnabled());   // one server: nothing to compare yet
    view.addReport(ecdsaReport(), QStringLiteral("mx2-ecdsa.json"));
    QVERIFY(htmlButton->isEnabled());
    const int differences = view.model()->differenceCount();
    QVERIFY(differences > 0);
    const QString verdict = QStringLiteral("%1 %2").arg(differences).arg(differences == 1 ? QStringLiteral("difference") : QStringLiteral("differences"));

    QTemporaryDir dir;
    QString answer;
    view.setExportPrompt([&](const QString &, bool) { return answer; });
    QSignalSpy exported(&view, &ui::CompareView::exportFinished);

    answer = dir.filePath(QStringLiteral("compare.html"));
    QTest::mouseClick(htmlButton, Qt::LeftButton);
    QVERIFY(view.isExporting());
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.last().at(1).toString(), QString());
    const QString html = QString::fromUtf8(readAll(answer));
    QVERIFY2(html.contains(verdict), qPrintable(verdict));
    QVERIFY(html.contains(QStringLiteral("127.0.0.1:%1").arg(exim.port())));
    QVERIFY(html.contains(QLatin1String("saved report mx2-ecdsa.json")));
    QVERIFY(html.contains(QLatin1String("live scan")));
    QVERIFY2(view.hintLabel()->text().contains(QLatin1String("Written to")), qPrintable(view.hintLabel()->text()));

    answer = dir.filePath(QStringLiteral("compare.pdf"));
    QTest::mouseClick(pdfButton, Qt::LeftButton);
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.last().at(1).toString(), QString());
    QVERIFY(readAll(answer).startsWith("%PDF-"));
    const QString text = pdfText(answer);
    QVERIFY2(text.contains(verdict), qPrintable(text.left(600)));
    saveScreenshot(view, QStringLiteral("export_compare.png"));
}

void TestExportUi::exportToAnUnwritablePlaceSaysWhy()
{
    ui::CompareView view;
    view.addReport(ecdsaReport(), QStringLiteral("a.json"));
    core::Report other = ecdsaReport();
    other.target.host = QStringLiteral("mx3.example.org");
    other.scan.certificateTypes = {QStringLiteral("RSA")};
    view.addReport(other, QStringLiteral("b.json"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/compare.html"));
    view.setExportPrompt([&](const QString &, bool) { return path; });
    QSignalSpy exported(&view, &ui::CompareView::exportFinished);
    view.exportHtml();
    QVERIFY(exported.wait(30000));
    QVERIFY(!exported.last().at(1).toString().isEmpty());
    QVERIFY2(view.hintLabel()->text().contains(QLatin1String("Could not write")), qPrintable(view.hintLabel()->text()));
    QVERIFY(!QFile::exists(path));
}

MAILTLS_TEST_MAIN(TestExportUi)
#include "test_export_ui.moc"
