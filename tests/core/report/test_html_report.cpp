// The HTML report: one self-contained file (nothing fetched, no script), every section an admin
// needs, the fixes verbatim, and nothing a server sent able to become markup.

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "report/html_report.h"
#include "sample_reports.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::core;

namespace {

int count(const QString &html, const QString &what)
{
    return int(html.count(what));
}

// Tags that must open and close in pairs for the page to render as sections.
void checkBalanced(const QString &html)
{
    for (const char *tag : {"table", "div", "section", "pre", "h2", "h3", "tr", "ol", "style", "body", "html"}) {
        const QString name = QString::fromLatin1(tag);
        const int open = int(html.count(QRegularExpression(QStringLiteral("<%1[\\s>]").arg(name))));
        const int close = count(html, QStringLiteral("</%1>").arg(name));
        QVERIFY2(open == close, qPrintable(QStringLiteral("<%1>: %2 opened, %3 closed").arg(name).arg(open).arg(close)));
    }
}

void checkSelfContained(const QString &html)
{
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QLatin1String("<style>")));
    QVERIFY(html.contains(QLatin1String("@media print")));
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("@import"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("url("), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\bsrc\\s*="), QRegularExpression::CaseInsensitiveOption)));
    // A URL may appear as text (a certificate's URI SAN), never as an attribute to load.
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("=\\s*[\"']?\\s*(https?:)?//"), QRegularExpression::CaseInsensitiveOption)));
    // Links only jump inside the page.
    const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target));
    }
}

} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data();
    void escapes();
    void sessionWithScanHasEverySection();
    void serverTextCannotInjectMarkup();
    void findingsCarryTheirFixes();
    void matrixShowsGradesAndServerOrder();
    void sessionWithoutScanHasNoMatrix();
    void certificateInspection();
    void severalReportsWithNotes();
    void writesAtomically();
    void checksOutputPath();
};

void TestHtmlReport::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("250 OK") << QStringLiteral("250 OK");
    QTest::newRow("markup") << QStringLiteral("<b>x</b>") << QStringLiteral("&lt;b&gt;x&lt;/b&gt;");
    QTest::newRow("ampersand first") << QStringLiteral("&lt;") << QStringLiteral("&amp;lt;");
    QTest::newRow("quotes") << QStringLiteral("a=\"b\" 'c'") << QStringLiteral("a=&quot;b&quot; &#39;c&#39;");
    QTest::newRow("newline kept") << QStringLiteral("a\nb") << QStringLiteral("a\nb");
    QTest::newRow("control char") << QStringLiteral("a") + QChar(0x01) + QStringLiteral("b") << QStringLiteral("a\uFFFDb");
    QTest::newRow("unicode") << QStringLiteral("Grüße 你好") << QStringLiteral("Grüße 你好");
}

void TestHtmlReport::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(htmlEscape(text), escaped);
}

void TestHtmlReport::sessionWithScanHasEverySection()
{
    const Report r = test::sessionAndScanReport();
    QVERIFY(r.certificates.size() == 2);
    const QString html = reportToHtml(r);
    // Kept as an artifact so a person can open it in a browser.
    QVERIFY(writeHtmlFile(QStringLiteral(MAILTLS_ARTIFACTS_DIR "/sample_report.html"), html, nullptr));
    checkSelfContained(html);
    checkBalanced(html);
    for (const char *id : {"r0-summary", "r0-findings", "r0-matrix", "r0-chain", "r0-tls", "r0-handshake", "r0-transcript"})
        QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id))), id);
    // Summary: target, time, outcome, negotiated TLS, counts by severity.
    QVERIFY(html.contains(QLatin1String("mail.example.org:25")));
    QVERIFY(html.contains(QLatin1String("2024-03-05 08:09:10 UTC")));
    QVERIFY(html.contains(QLatin1String(">completed<")));
    QVERIFY(html.contains(QStringLiteral("<b>TLSv1.3</b> · <code>TLS_AES_256_GCM_SHA384</code>")));
    QVERIFY(html.contains(QLatin1String("1 critical</span>")));
    QVERIFY(html.contains(QLatin1String("1 high</span>")));
    QVERIFY(html.contains(QLatin1String("1 medium</span>")));
    // Chain: subject, key, validity, SANs and fingerprints of both certificates.
    for (const Certificate &c : r.certificates) {
        QVERIFY(html.contains(htmlEscape(c.subject())));
        QVERIFY(html.contains(c.sha256Fingerprint()));
        QVERIFY(html.contains(c.publicKeySha256()));
        QVERIFY(html.contains(c.notAfter().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    QVERIFY(html.contains(QLatin1String("<tr><th>Key</th><td>RSA 2048</td></tr>")));
    QVERIFY(html.contains(htmlEscape(r.certificates.first().subjectAltNames().join(QStringLiteral(", ")))));
    QVERIFY(html.contains(QLatin1String("unable to get local issuer certificate")));
    // Handshake rows and transcript rows, one table row each.
    QVERIFY(html.contains(QLatin1String("<td>ClientHello</td>")));
    QVERIFY(html.contains(QLatin1String("TLS 1.3, TLS_AES_256_GCM_SHA384, x25519")));
    QCOMPARE(count(html, QStringLiteral("<tr class=\"dir-")), r.transcript.size());
    QVERIFY(html.contains(QLatin1String("AUTH PLAIN ****")));
    QVERIFY(html.contains(QLatin1String("Hello &amp; welcome")));
    // Scan extras: groups, DH, certificate types and the leaf per type.
    QVERIFY(html.contains(QLatin1String("x25519, secp256r1, ffdhe2048")));
    QVERIFY(html.contains(QLatin1String("2048 bits (smallest seen)")));
    QVERIFY(html.contains(QLatin1String("RSA, ECDSA")));
    QVERIFY(html.contains(QLatin1String("ECDSA leaf")));
    QVERIFY(html.contains(QLatin1String("14 connections, 12 handshakes, 1 retries")));
}

void TestHtmlReport::serverTextCannotInjectMarkup()
{
    Report r = test::sessionAndScanReport();
    r.target.host = QStringLiteral("evil\"><img src=x onerror=alert(1)>");
    r.certificates.clear();
    Finding f;
    f.id = QStringLiteral("x.y");
    f.title = QStringLiteral("</h3><script>boom()</script>");
    f.fixExim = QStringLiteral("</pre><iframe>");
    r.findings << f;
    const QString html = reportToHtml(r);
    // The hostile text is there, as text: no tag of it survived.
    checkBalanced(html);
    for (const char *tag : {"<script", "<img", "<iframe"})
        QVERIFY2(!html.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("evil&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;/h3&gt;&lt;script&gt;boom()&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;/pre&gt;&lt;iframe&gt;")));
}

void TestHtmlReport::findingsCarryTheirFixes()
{
    const Report r = test::sessionAndScanReport();
    const QString html = reportToHtml(r);
    for (const Finding &f : r.findings) {
        QVERIFY2(html.contains(htmlEscape(f.title)), qPrintable(f.id));
        QVERIFY2(html.contains(QStringLiteral(">%1</span>").arg(f.id)), qPrintable(f.id));
        if (!f.fixExim.isEmpty())
            QVERIFY(html.contains(QStringLiteral("<pre class=\"fix-exim\">%1</pre>").arg(htmlEscape(f.fixExim))));
        if (!f.fixPostfix.isEmpty())
            QVERIFY(html.contains(QStringLiteral("<pre class=\"fix-postfix\">%1</pre>").arg(htmlEscape(f.fixPostfix))));
        if (!f.evidence.isEmpty())
            QVERIFY(html.contains(QStringLiteral("<pre>%1</pre>").arg(htmlEscape(f.evidence))));
    }
    QVERIFY(html.contains(QLatin1String("RC4 is broken &lt;b&gt;and&lt;/b&gt; forbidden")));
    QCOMPARE(count(html, QStringLiteral("class=\"badge sev-critical\">critical</span>")), 1);
    // Worst first.
    QVERIFY(html.indexOf(QLatin1String("cipher.rc4")) < html.indexOf(QLatin1String("auth.plaintext_before_tls")));
    QVERIFY(html.indexOf(QLatin1String("auth.plaintext_before_tls")) < html.indexOf(QLatin1String("protocol.tls10_enabled")));
}

void TestHtmlReport::matrixShowsGradesAndServerOrder()
{
    const QString html = reportToHtml(test::sessionAndScanReport());
    // One row per accepted suite and version, each with its coloured grade.
    QCOMPARE(count(html, QStringLiteral("<span class=\"grade grade-")), 5);
    QCOMPARE(count(html, QStringLiteral("grade-insecure\">insecure")), 1);
    QCOMPARE(count(html, QStringLiteral("grade-weak\">weak")), 1);
    QVERIFY(html.contains(QLatin1String(".grade-insecure {")) || html.contains(QLatin1String(".grade-insecure{")));
    QVERIFY(html.contains(QStringLiteral("TLS 1.2 — 2 suites, listed in the server's order of preference")));
    QVERIFY(html.contains(QStringLiteral("TLS 1.0 — 1 suite, the server follows the client's order")));
    // Server order: the preferred suite is ranked 1 and comes first.
    QVERIFY(html.indexOf(QLatin1String("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")) < html.indexOf(QLatin1String("TLS_RSA_WITH_3DES_EDE_CBC_SHA")));
    QVERIFY(html.contains(QLatin1String("<tr><td>1</td><td><span class=\"grade grade-strong\">strong</span></td><td class=\"mono\">0xC030</td>")));
    QVERIFY(html.contains(QLatin1String("<td>TLS 1.0</td><td><span class=\"bad\">yes (legacy)</span>")));
    QVERIFY(html.contains(QLatin1String("<td>SSL 3.0</td><td><span class=\"no\">no</span>")));
    QVERIFY(!html.contains(QLatin1String("Protocol hygiene")));   // a scan without the checks

    // The hygiene checks: good and bad answers coloured by what they mean, evidence beside them.
    Report withHygiene = test::sessionAndScanReport();
    HygieneResult &h = withHygiene.scan.hygiene;
    h.present = true;
    h.version = QStringLiteral("TLSv1.2");
    h.connections = 3;
    h.secureRenegotiation = {CheckState::Yes, QStringLiteral("renegotiation_info <0xff01>")};
    h.clientRenegotiation = {CheckState::Yes, QStringLiteral("5 accepted")};
    h.fallbackScsv = {CheckState::Untested, QStringLiteral("no answer within 10 s")};
    h.encryptThenMac = {CheckState::No, QStringLiteral("no encrypt_then_mac")};
    const QString hh = reportToHtml(withHygiene);
    checkBalanced(hh);
    QVERIFY(hh.contains(QStringLiteral("<h3>Protocol hygiene</h3>")));
    QVERIFY(hh.contains(QStringLiteral("<tr><th>Checked at</th><td>TLSv1.2, 3 connections</td></tr>")));
    QVERIFY(hh.contains(QStringLiteral("<th>Secure renegotiation (RFC 5746)</th><td><span class=\"ok\">yes</span> — renegotiation_info &lt;0xff01&gt;</td>")));
    QVERIFY(hh.contains(QStringLiteral("<th>Client-initiated renegotiation</th><td><span class=\"bad\">yes</span> — 5 accepted</td>")));
    QVERIFY(hh.contains(QStringLiteral("<td><span class=\"no\">not tested</span> — no answer within 10 s</td>")));
    QVERIFY(hh.contains(QStringLiteral("<th>Encrypt-then-MAC with CBC (RFC 7366)</th><td><span class=\"bad\">no</span>")));
    // Resumption, OCSP stapling, 0-RTT: a revoked staple is bad, no resumption merely neutral.
    h.ticketResumption = {CheckState::No, QStringLiteral("no NewSessionTicket")};
    h.ocspStapling = {CheckState::Yes, QStringLiteral("a staple: revoked")};
    h.ocspStatus = QStringLiteral("revoked");
    h.mustStaple = true;
    h.earlyData = {CheckState::Yes, QStringLiteral("2 bytes accepted")};
    const QString hr = reportToHtml(withHygiene);
    checkBalanced(hr);
    QVERIFY(hr.contains(QStringLiteral("<th>Session-ticket resumption (TLS 1.2, RFC 5077)</th><td><span class=\"no\">no</span> — no NewSessionTicket</td>")));
    QVERIFY(hr.contains(QStringLiteral("<th>OCSP stapling (status_request)</th><td><span class=\"bad\">yes</span> — a staple: revoked</td>")));
    QVERIFY(hr.contains(QStringLiteral("<th>Must-staple certificate (RFC 7633)</th><td>yes</td>")));
    QVERIFY(hr.contains(QStringLiteral("<th>0-RTT early data accepted (replayable)</th><td><span class=\"no\">yes</span> — 2 bytes accepted</td>")));
}

void TestHtmlReport::sessionWithoutScanHasNoMatrix()
{
    Report r = test::sessionAndScanReport();
    r.scan = ScanResult();
    const QString html = reportToHtml(r);
    checkBalanced(html);
    QVERIFY(!html.contains(QLatin1String("r0-matrix")));
    QVERIFY(!html.contains(QLatin1String("class=\"grade ")));
    QVERIFY(html.contains(QLatin1String("r0-handshake")));
}

void TestHtmlReport::certificateInspection()
{
    Report r;
    r.kind = QStringLiteral("cert-inspect");
    r.target.host = QStringLiteral("/etc/exim4/fullchain.pem");
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.certificates = test::fixtureChain({"leaf-expired.pem"});
    QCOMPARE(r.certificates.size(), 1);
    r.transcript = {{0, LineDirection::Note, QStringLiteral("/etc/exim4/fullchain.pem: PEM, 1 certificate")}};
    Finding expired;
    expired.id = QStringLiteral("cert.expired");
    expired.severity = Severity::Critical;
    expired.title = QStringLiteral("The certificate has expired");
    r.findings << expired;
    const QString html = reportToHtml(r);
    checkSelfContained(html);
    checkBalanced(html);
    QVERIFY(html.contains(QStringLiteral("Certificate inspection — /etc/exim4/fullchain.pem")));
    QVERIFY(html.contains(QLatin1String("Notes from reading the files")));
    QVERIFY(html.contains(QLatin1String("expired ")));
    QVERIFY(!html.contains(QLatin1String("r0-handshake")));
    QVERIFY(!html.contains(QLatin1String("Negotiated TLS")));
    QVERIFY(html.contains(r.certificates.first().sha256Fingerprint()));
}

void TestHtmlReport::severalReportsWithNotes()
{
    Report session = test::sessionAndScanReport();
    session.scan = ScanResult();
    Report scan = test::sessionAndScanReport();
    scan.kind = QStringLiteral("scan");
    scan.target.host = QStringLiteral("mx2.example.org");
    HtmlReportOptions options;
    options.title = QStringLiteral("Partner X cannot deliver");
    options.notes = QStringLiteral("Ticket #4711 <urgent>\nsecond line");
    const QString html = reportsToHtml({session, scan}, options);
    checkSelfContained(html);
    checkBalanced(html);
    QVERIFY(html.contains(QLatin1String("<title>Partner X cannot deliver</title>")));
    QVERIFY(html.contains(QLatin1String("Ticket #4711 &lt;urgent&gt;\nsecond line")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"#r0\">Session — mail.example.org:25</a>")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"#r1\">Scan — mx2.example.org:25</a>")));
    QVERIFY(html.contains(QLatin1String("id=\"r1-matrix\"")));
    QVERIFY(!html.contains(QLatin1String("id=\"r0-matrix\"")));
    QCOMPARE(count(html, QStringLiteral("<section class=\"report\"")), 2);
}

void TestHtmlReport::writesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.html"));
    Error error;
    QVERIFY2(writeHtmlFile(path, reportToHtml(test::sessionAndScanReport()), &error), qPrintable(error.message));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(written.readAll()).contains(QLatin1String("TLS_AES_256_GCM_SHA384")));
    written.close();

    // A directory that does not exist: a clear error, nothing created.
    error = Error();
    QVERIFY(!writeHtmlFile(dir.filePath(QStringLiteral("missing/report.html")), QStringLiteral("<p>x</p>"), &error));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing"))));

    // A name too long for the temporary file QSaveFile writes first: the old file stays whole.
    const QString longName = dir.filePath(QString(250, QLatin1Char('r')) + QStringLiteral(".html"));
    QFile old(longName);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old report");
    old.close();
    error = Error();
    QVERIFY(!writeHtmlFile(longName, QStringLiteral("<p>new</p>"), &error));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old report"));
}

// The check a command runs on --html before the work: no name is a usage error, a path that
// cannot be written is FileUnwritable, each with the reason alone (the caller names the option).
void TestHtmlReport::checksOutputPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Error error;
    QVERIFY2(checkHtmlOutputPath(dir.filePath(QStringLiteral("report.html")), &error), qPrintable(error.message));
    QCOMPARE(error.kind, ErrorKind::None);

    QVERIFY(!checkHtmlOutputPath(QStringLiteral("-"), &error));
    QCOMPARE(error.kind, ErrorKind::Usage);
    QCOMPARE(error.message, QStringLiteral("needs a file name"));

    QVERIFY(!checkHtmlOutputPath(dir.path(), &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QCOMPARE(error.message, QStringLiteral("is a directory"));

    const QString missing = dir.filePath(QStringLiteral("missing"));
    QVERIFY(!checkHtmlOutputPath(missing + QStringLiteral("/report.html"), &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QCOMPARE(error.message, QStringLiteral("directory %1 does not exist").arg(missing));

    QVERIFY(!checkHtmlOutputPath(QString(), nullptr));   // a null Error is allowed
}

MAILTLS_TEST_MAIN(TestHtmlReport)
#include "test_html_report.moc"
