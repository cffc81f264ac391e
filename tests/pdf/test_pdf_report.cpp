// Reports as PDF (pdf/pdf_report.h): a real PDF on A4 with at least one page, whose text (read
// back with poppler's pdftotext, as a partner's mail client or viewer would index it) holds the
// verdict, every finding id with its fixes, the certificate subject and the matrix. The pages
// are also turned into PNGs (pdftoppm) in the test artifacts, to look at.

#include <QtTest>

#include "test_registry.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include "../core/report/sample_reports.h"
#include "pdf/pdf_report.h"

using namespace mailtls::core;

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

// pdftotext's text of `path`, with every run of white space as one space: table cells may wrap.
QString pdfText(const QString &path)
{
    QByteArray out;
    if (!run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &out))
        return QString();
    return QString::fromUtf8(out).simplified();
}

int pdfPages(const QString &path)
{
    QByteArray out;
    if (!run(QStringLiteral("pdfinfo"), {path}, &out))
        return -1;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QString pageSize(const QString &path)
{
    QByteArray out;
    if (!run(QStringLiteral("pdfinfo"), {path}, &out))
        return QString();
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("Page size:"))
            return QString::fromUtf8(line.mid(10)).simplified();
    return QString();
}

DomainReport sampleDomain()
{
    DomainReport d;
    d.toolVersion = QStringLiteral("0.1.0");
    d.domain = QStringLiteral("example.org");
    d.startedAt = QDateTime(QDate(2024, 3, 5), QTime(8, 0), Qt::UTC);
    d.resolver = QStringLiteral("127.0.0.1:53");
    MxHost h;
    h.name = QStringLiteral("mail.example.org");
    h.preference = 10;
    h.addresses = {QStringLiteral("192.0.2.10")};
    d.hosts << h;
    MxAddressCheck a;
    a.mx = h.name;
    a.address = QStringLiteral("192.0.2.10");
    a.session = mailtls::test::sessionAndScanReport();
    a.chainTrusted = false;
    a.nameMatches = true;
    d.addresses << a;
    SenderVerdict opportunistic;
    opportunistic.sender = QStringLiteral("opportunistic");
    opportunistic.verdict = DeliveryVerdict::Delivers;
    opportunistic.line = QStringLiteral("STARTTLS works on every MX address.");
    SenderVerdict dane;
    dane.sender = QStringLiteral("dane");
    dane.verdict = DeliveryVerdict::Defers;
    dane.line = QStringLiteral("The TLSA records match no served certificate.");
    d.verdicts = {opportunistic, dane};
    Finding f;
    f.id = QStringLiteral("dane.no_match");
    f.severity = Severity::Critical;
    f.title = QStringLiteral("No TLSA record matches");
    f.fixDns = QStringLiteral("_25._tcp.mail.example.org. IN TLSA 3 1 1 ...");
    d.findings = {f};
    return d;
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionWithScan();
    void severalReportsOnePdf();
    void domainReport();
    void printHtmlKeepsTheFacts();
    void writesAtomically();
    void rendersOnAWorkerThread();
    void cliWritesPdf();
    void cliRefusesBadPdfPath();

private:
    QString artifact(const QString &name) const { return QStringLiteral(MAILTLS_ARTIFACTS_DIR "/") + name; }
    void toPngs(const QString &pdf, const QString &prefix);
};

void TestPdfReport::initTestCase()
{
    QVERIFY(mailtls::pdf::canRenderPdf());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestPdfReport::toPngs(const QString &pdf, const QString &prefix)
{
    // For people: the pages as pictures beside the test's other artifacts.
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QVERIFY(run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, artifact(prefix)}));
}

void TestPdfReport::sessionWithScan()
{
    const Report r = mailtls::test::sessionAndScanReport();
    QByteArray pdf;
    Error error;
    HtmlReportOptions options;
    options.generatedAt = QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC);
    QVERIFY2(mailtls::pdf::reportToPdf(r, options, &pdf, &error), qPrintable(error.message));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = artifact(QStringLiteral("sample_report.pdf"));
    QVERIFY2(mailtls::pdf::writePdfFile(path, pdf, &error), qPrintable(error.message));
    toPngs(path, QStringLiteral("sample_report_pdf"));

    QVERIFY(pdfPages(path) >= 1);
    QVERIFY2(pageSize(path).contains(QLatin1String("595")) && pageSize(path).contains(QLatin1String("842")), qPrintable(pageSize(path)));
    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    // The verdict, first: the worst severity and the counts.
    QVERIFY2(text.contains(QLatin1String("Verdict:")), qPrintable(text.left(400)));
    QVERIFY(text.indexOf(QLatin1String("Verdict:")) < text.indexOf(QLatin1String("Findings (3)")));
    QVERIFY(text.contains(QLatin1String("3 findings to fix, the worst critical."), Qt::CaseInsensitive));
    for (const char *word : {"1 critical", "1 high", "1 medium", "completed"})
        QVERIFY2(text.contains(QLatin1String(word), Qt::CaseInsensitive), word);
    // Every finding with its fixes.
    for (const Finding &f : r.findings) {
        QVERIFY2(text.contains(f.id), qPrintable(f.id));
        QVERIFY2(text.contains(f.title), qPrintable(f.title));
    }
    QVERIFY(text.contains(QLatin1String("smtpd_tls_auth_only = yes")));
    QVERIFY(text.contains(QLatin1String("smtpd_tls_exclude_ciphers = RC4, aNULL")));
    QVERIFY(text.contains(QLatin1String("Fix for Exim"), Qt::CaseInsensitive));
    // The chain, after the findings: subject, issuer, fingerprint.
    const Certificate leaf = r.certificates.first();
    QVERIFY(text.indexOf(QLatin1String("Certificate chain (2)")) > text.indexOf(QLatin1String("Findings (3)")));
    QVERIFY2(text.contains(leaf.subject().simplified()), qPrintable(leaf.subject()));
    QVERIFY(text.contains(r.certificates.at(1).subject().simplified()));
    QVERIFY(text.contains(QLatin1String("unable to get local issuer certificate")));
    // The matrix, after the chain.
    QVERIFY(text.indexOf(QLatin1String("Cipher matrix")) > text.indexOf(QLatin1String("Certificate chain (2)")));
    QVERIFY(text.contains(QLatin1String("TLS_RSA_WITH_RC4_128_SHA")));
    QVERIFY(text.contains(QLatin1String("ECDHE-RSA-AES256-GCM-SHA384")));
    // The footer of every page, and the transcript's escaped server text as text.
    QVERIFY(text.contains(QLatin1String("page 1 of")));
    QVERIFY(text.contains(QLatin1String("<script>alert(1)</script>")));
}

void TestPdfReport::severalReportsOnePdf()
{
    Report inspection = mailtls::test::sessionAndScanReport();
    inspection.kind = QStringLiteral("cert-inspect");
    inspection.target.host = QStringLiteral("leaf.pem");
    inspection.scan = ScanResult();
    inspection.findings.clear();
    HtmlReportOptions options;
    options.notes = QStringLiteral("Partner asked on Monday; ticket 4711.");
    QByteArray pdf;
    Error error;
    QVERIFY2(mailtls::pdf::reportsToPdf({mailtls::test::sessionAndScanReport(), inspection}, options, &pdf, &error),
             qPrintable(error.message));
    const QString path = artifact(QStringLiteral("sample_investigation.pdf"));
    QVERIFY(mailtls::pdf::writePdfFile(path, pdf, &error));
    QVERIFY(pdfPages(path) >= 2);   // each report starts a page
    const QString text = pdfText(path);
    QVERIFY(text.contains(QLatin1String("ticket 4711")));
    QVERIFY(text.contains(QStringLiteral("Certificate inspection — leaf.pem")));
    QVERIFY(text.contains(QLatin1String("No findings: nothing to fix was found.")));
}

void TestPdfReport::domainReport()
{
    const DomainReport d = sampleDomain();
    QByteArray pdf;
    Error error;
    QVERIFY2(mailtls::pdf::domainReportToPdf(d, HtmlReportOptions(), &pdf, &error), qPrintable(error.message));
    const QString path = artifact(QStringLiteral("sample_domain_report.pdf"));
    QVERIFY(mailtls::pdf::writePdfFile(path, pdf, &error));
    toPngs(path, QStringLiteral("sample_domain_report_pdf"));
    QVERIFY(pdfPages(path) >= 2);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("MailTLS domain report — example.org")));
    QVERIFY(text.contains(QLatin1String("Would a sender deliver?")));
    QVERIFY(text.contains(deliveryVerdictName(DeliveryVerdict::Delivers)));
    QVERIFY(text.contains(deliveryVerdictName(DeliveryVerdict::Defers)));
    QVERIFY(text.contains(QLatin1String("dane.no_match")));
    QVERIFY(text.contains(QLatin1String("cipher.rc4")));
}

void TestPdfReport::printHtmlKeepsTheFacts()
{
    // The print flavour is for Qt's engine: no CSS variables, but every fact of the browser page.
    const Report r = mailtls::test::sessionAndScanReport();
    HtmlReportOptions print;
    print.print = true;
    const QString html = reportToHtml(r, print);
    QVERIFY(!html.contains(QLatin1String("var(--")));
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    for (const QString &needle : {r.certificates.first().sha256Fingerprint(), QStringLiteral("x25519, secp256r1, ffdhe2048"),
                                  QStringLiteral("AUTH PLAIN ****"), QStringLiteral("TLS_AES_256_GCM_SHA384")})
        QVERIFY2(html.contains(needle), qPrintable(needle));
    // The browser page is what it was.
    QVERIFY(reportToHtml(r).contains(QLatin1String("var(--ink)")));
    QVERIFY(!reportToHtml(r).contains(QLatin1String("Verdict:")));
}

void TestPdfReport::writesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    Error error;
    QVERIFY(!mailtls::pdf::writePdfFile(dir.filePath(QStringLiteral("missing/r.pdf")), "%PDF-1.4", &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QVERIFY(mailtls::pdf::writePdfFile(path, "%PDF-1.4 new", &error));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("%PDF-1.4 new"));
}

void TestPdfReport::rendersOnAWorkerThread()
{
    // The window lays the PDF out in a Job, off the GUI thread: same bytes' worth of pages.
    const Report r = mailtls::test::sessionAndScanReport();
    QByteArray pdf;
    bool ok = false;
    QThread *thread = QThread::create([&] {
        Error error;
        ok = mailtls::pdf::reportToPdf(r, HtmlReportOptions(), &pdf, &error);
    });
    thread->start();
    QVERIFY(thread->wait(60000));
    delete thread;
    QVERIFY(ok);
    const QString path = artifact(QStringLiteral("sample_report_thread.pdf"));
    QVERIFY(mailtls::pdf::writePdfFile(path, pdf, nullptr));
    QCOMPARE(pdfPages(path), pdfPages(artifact(QStringLiteral("sample_report.pdf"))));
    QVERIFY(pdfText(path).contains(QLatin1String("cipher.rc4")));
}

void TestPdfReport::cliWritesPdf()
{
    // mailtls makes a QGuiApplication on the offscreen platform for --pdf: no display needed.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("inspect.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAILTLS_CLI_PATH),
            {QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/leaf-rsa2048.pem"),
             QStringLiteral("--servername"), QStringLiteral("mail.example.org"), QStringLiteral("--pdf"), out});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, p.readAllStandardError().constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(pdfPages(out) >= 1);
    const QString text = pdfText(out);
    QVERIFY2(text.contains(QLatin1String("Verdict:")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QLatin1String("CN=mail.example.org,O=Example Mail,C=DE")));
}

void TestPdfReport::cliRefusesBadPdfPath()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(MAILTLS_CLI_PATH),
            {QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/leaf-rsa2048.pem"),
             QStringLiteral("--pdf"), dir.path()});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("--pdf")));
}

MAILTLS_TEST_MAIN(TestPdfReport)
#include "test_pdf_report.moc"
