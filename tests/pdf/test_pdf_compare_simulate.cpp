// The simulation and the comparison as PDF (pdf::simulationToPdf, pdf::comparisonToPdf): real A4
// PDFs whose text, read back with pdftotext, holds what the partner's admin reads first (the
// verdict with its reason and fix; the differences side by side), then the details. The pages
// are also turned into PNGs (pdftoppm) in the test artifacts, to look at.
#include <QtTest>

#include "test_registry.h"

#include <QProcess>
#include <QStandardPaths>

#include "../core/diagnose/sample_facts.h"
#include "diagnose/client_profile.h"
#include "pdf/pdf_report.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

QString pdfText(const QString &path)
{
    QByteArray out;
    if (!run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &out))
        return QString();
    return QString::fromUtf8(out).simplified();
}

QString artifact(const QString &name)
{
    return QStringLiteral(MAILTLS_ARTIFACTS_DIR "/") + name;
}

void toPngs(const QString &pdf, const QString &prefix)
{
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, artifact(prefix)});
}

} // namespace

class TestPdfCompareSimulate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void simulation();
    void comparison();
};

void TestPdfCompareSimulate::initTestCase()
{
    QVERIFY(mailtls::pdf::canRenderPdf());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestPdfCompareSimulate::simulation()
{
    SimulationResult r;
    r.offer = findProfile(QStringLiteral("gateway-rsa-legacy"))->offer;
    r.report.kind = QStringLiteral("simulate");
    r.report.target.host = QStringLiteral("mx.example.org");
    r.report.target.port = 25;
    r.report.smtp.banner = QStringLiteral("220 mx.example.org <b>ESMTP</b>");
    r.report.scan = scanServing({QStringLiteral("TLSv1.2")}, catalogSuites({0xC02C}), {QStringLiteral("ECDSA")});
    r.prediction = predictCompatibility(r.report.scan, r.offer);
    r.serverSource = QStringLiteral("report scan.json");
    r.report.findings << r.prediction.finding;

    QByteArray pdf;
    Error error;
    QVERIFY2(mailtls::pdf::simulationToPdf(r, HtmlReportOptions(), &pdf, &error), qPrintable(error.message));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = artifact(QStringLiteral("sample_simulation.pdf"));
    QVERIFY2(mailtls::pdf::writePdfFile(path, pdf, &error), qPrintable(error.message));
    toPngs(path, QStringLiteral("sample_simulation_pdf"));
    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    const int verdict = int(text.indexOf(QLatin1String("NO, it cannot connect.")));
    QVERIFY2(verdict >= 0, qPrintable(text.left(600)));
    QVERIFY(text.indexOf(QLatin1String("compat.cert_type_mismatch"), verdict) > verdict);
    QVERIFY(text.indexOf(QLatin1String("Why: No shared cipher"), verdict) > verdict);
    const int exim = int(text.indexOf(QLatin1String("tls_certificate = /etc/exim4/rsa.pem : /etc/exim4/ecdsa.pem")));
    QVERIFY2(exim > verdict, qPrintable(text));
    QVERIFY(text.indexOf(QLatin1String("smtpd_tls_chain_files"), verdict) > verdict);
    const int details = int(text.indexOf(QLatin1String("Offered and accepted")));
    QVERIFY(details > exim);
    QVERIFY(text.indexOf(QLatin1String("ECDHE-ECDSA-AES256-GCM-SHA384"), details) > details);
    // The banner is text in the PDF too, tags and all.
    QVERIFY2(text.contains(QLatin1String("220 mx.example.org <b>ESMTP</b>")), qPrintable(text));
}

void TestPdfCompareSimulate::comparison()
{
    const QList<Report> reports = {scanReport(QStringLiteral("mx1.example.org"), QStringLiteral("RSA")),
                                   scanReport(QStringLiteral("mx2.example.org"), QStringLiteral("ECDSA"))};
    const Comparison c = compareReports(reports, {QStringLiteral("mx1.example.org:25"), QStringLiteral("mx2.example.org:25")});
    QByteArray pdf;
    Error error;
    QVERIFY2(mailtls::pdf::comparisonToPdf(c, reports, {}, HtmlReportOptions(), &pdf, &error), qPrintable(error.message));
    const QString path = artifact(QStringLiteral("sample_comparison.pdf"));
    QVERIFY2(mailtls::pdf::writePdfFile(path, pdf, &error), qPrintable(error.message));
    toPngs(path, QStringLiteral("sample_comparison_pdf"));
    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    const int differences = int(text.indexOf(QStringLiteral("Differences (%1)").arg(c.count(CompareRow::State::Differs))));
    QVERIFY2(differences >= 0, qPrintable(text.left(600)));
    QVERIFY(text.indexOf(QLatin1String("[1] mx1.example.org:25"), differences) > differences);
    QVERIFY(text.indexOf(QLatin1String("[2] mx2.example.org:25"), differences) > differences);
    QVERIFY(text.indexOf(QLatin1String("certificate"), differences) > differences);   // the aspect column wraps "types"
    const int findings = int(text.indexOf(QLatin1String("Findings of [2] mx2.example.org:25 (1)")));
    QVERIFY2(findings > differences, qPrintable(text));
    QVERIFY(text.indexOf(QLatin1String("cert.ecdsa_only"), findings) > findings);
    QVERIFY(text.indexOf(QLatin1String("The same on all servers")) > findings);
}

MAILTLS_TEST_MAIN(TestPdfCompareSimulate)
#include "test_pdf_compare_simulate.moc"
