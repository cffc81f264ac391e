// The simulation as HTML (report/simulation_html.h): self-contained, the verdict first (connects
// or not, what it gets, why, the Exim and Postfix fix), then the details; a hostile banner and
// partner text stay text, in both flavours (the browser's and the PDF's).
#include <QRegularExpression>
#include <QTest>

#include "../diagnose/sample_facts.h"   // scanServing(), catalogSuites()
#include "diagnose/client_profile.h"
#include "diagnose/simulator.h"
#include "report/simulation_html.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

const QString kHostileBanner = QStringLiteral("220 mx.example.org <script>alert(1)</script> \x1b[31mred\x07 <b>bold</b>");

SimulationResult failingSimulation()
{
    SimulationResult r;
    r.offer = findProfile(QStringLiteral("gateway-rsa-legacy"))->offer;
    r.report.kind = QStringLiteral("simulate");
    r.report.target.host = QStringLiteral("mx.example.org");
    r.report.target.port = 25;
    r.report.smtp.banner = kHostileBanner;
    r.report.scan = scanServing({QStringLiteral("TLSv1.2")}, catalogSuites({0xC02C}), {QStringLiteral("ECDSA")});
    r.prediction = predictCompatibility(r.report.scan, r.offer);
    r.serverSource = QStringLiteral("report </td><iframe>.json");
    r.report.findings << r.prediction.finding;
    return r;
}

void checkBalanced(const QString &html)
{
    for (const char *tag : {"table", "div", "pre", "h2", "tr", "ol", "ul", "style", "body", "html"}) {
        const QString name = QString::fromLatin1(tag);
        const int open = int(html.count(QRegularExpression(QStringLiteral("<%1[\\s>]").arg(name))));
        const int close = int(html.count(QStringLiteral("</%1>").arg(name)));
        QVERIFY2(open == close, qPrintable(QStringLiteral("<%1>: %2 opened, %3 closed").arg(name).arg(open).arg(close)));
    }
}

} // namespace

class TestSimulationHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureVerdictFirstWithItsFix();
    void connectingPartnerGetsVersionAndSuite();
    void hostileTextStaysText();
};

void TestSimulationHtml::failureVerdictFirstWithItsFix()
{
    const SimulationResult r = failingSimulation();
    QVERIFY(!r.prediction.connects);
    for (bool print : {false, true}) {
        HtmlReportOptions options;
        options.print = print;
        const QString html = simulationToHtml(r, options);
        checkBalanced(html);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        const int verdict = int(html.indexOf(QLatin1String("NO, it cannot connect.")));
        QVERIFY2(verdict > 0, qPrintable(html));
        QVERIFY(html.indexOf(QLatin1String("compat.cert_type_mismatch"), verdict) > verdict);
        QVERIFY(html.indexOf(htmlEscape(r.prediction.sentence), verdict) > verdict);
        // The fix follows the verdict, before the details.
        const int exim = int(html.indexOf(QStringLiteral("<pre class=\"fix-exim\">%1</pre>").arg(htmlEscape(r.prediction.finding.fixExim))));
        const int postfix = int(html.indexOf(QStringLiteral("<pre class=\"fix-postfix\">%1</pre>").arg(htmlEscape(r.prediction.finding.fixPostfix))));
        QVERIFY2(exim > verdict && postfix > exim, qPrintable(html));
        const int details = int(html.indexOf(QLatin1String("Offered and accepted")));
        QVERIFY(details > postfix);
        // What the partner offers against what the server accepts.
        QVERIFY(html.indexOf(QLatin1String("Only the server accepts (1)"), details) > details);
        QVERIFY(html.indexOf(QLatin1String("ECDHE-ECDSA-AES256-GCM-SHA384"), details) > details);
        QVERIFY(html.contains(QLatin1String("gateway-rsa-legacy")));
        QVERIFY(html.contains(QLatin1String("A prediction from report &lt;/td&gt;&lt;iframe&gt;.json")));
    }
}

void TestSimulationHtml::connectingPartnerGetsVersionAndSuite()
{
    SimulationResult r;
    r.offer = findProfile(QStringLiteral("gateway-rsa-legacy"))->offer;
    r.report.kind = QStringLiteral("simulate");
    r.report.target.host = QStringLiteral("mx.example.org");
    r.report.target.port = 25;
    r.report.scan = scanServing({QStringLiteral("TLSv1.2")}, catalogSuites({0xC030, 0xC02C}), {QStringLiteral("RSA"), QStringLiteral("ECDSA")});
    r.prediction = predictCompatibility(r.report.scan, r.offer);
    r.serverSource = QStringLiteral("live scan");
    QVERIFY2(r.prediction.connects, qPrintable(r.prediction.sentence));
    const QString html = simulationToHtml(r);
    checkBalanced(html);
    const int verdict = int(html.indexOf(QLatin1String("YES, it connects.")));
    QVERIFY2(verdict > 0, qPrintable(html));
    QVERIFY(html.indexOf(QLatin1String("It gets <b>TLS 1.2</b> with <code>ECDHE-RSA-AES256-GCM-SHA384</code>"), verdict) > verdict);
    QVERIFY(!html.contains(QLatin1String("What to change")));
    QVERIFY(html.contains(QStringLiteral("<b>← chosen</b>")));
}

void TestSimulationHtml::hostileTextStaysText()
{
    SimulationResult r = failingSimulation();
    r.offer.name = QStringLiteral("p\"><img src=x>");
    r.offer.title = QStringLiteral("<h1>partner</h1>");
    r.report.target.host = QStringLiteral("evil<iframe>");
    for (bool print : {false, true}) {
        HtmlReportOptions options;
        options.print = print;
        const QString html = simulationToHtml(r, options);
        checkBalanced(html);
        for (const char *tag : {"<script", "<img", "<iframe", "<b>bold"})
            QVERIFY2(!html.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
        QCOMPARE(int(html.count(QLatin1String("<h1"))), 1);
        QVERIFY(html.contains(QLatin1String("220 mx.example.org &lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(html.contains(QLatin1String("p&quot;&gt;&lt;img src=x&gt;")));
        QVERIFY(html.contains(QLatin1String("evil&lt;iframe&gt;")));
        // Control characters become U+FFFD.
        QVERIFY(!html.contains(QChar(0x1b)) && !html.contains(QChar(0x07)));
        QVERIFY(html.contains(QStringLiteral("\uFFFD[31mred\uFFFD")));
    }
}

MAILTLS_TEST_MAIN(TestSimulationHtml)
#include "test_simulation_html.moc"
