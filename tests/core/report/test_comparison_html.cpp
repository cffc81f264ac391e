// The comparison as HTML (report/comparison_html.h): the differences first, side by side with
// the differing cells marked, then each server's findings with their fixes; a hostile banner
// or label stays text, in both flavours (the browser's and the PDF's).
#include <QRegularExpression>
#include <QTest>

#include "../diagnose/sample_facts.h"   // scanReport()
#include "diagnose/compare.h"
#include "report/comparison_html.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

void checkBalanced(const QString &html)
{
    for (const char *tag : {"table", "div", "pre", "h2", "tr", "ul", "style", "body", "html"}) {
        const QString name = QString::fromLatin1(tag);
        const int open = int(html.count(QRegularExpression(QStringLiteral("<%1[\\s>]").arg(name))));
        const int close = int(html.count(QStringLiteral("</%1>").arg(name)));
        QVERIFY2(open == close, qPrintable(QStringLiteral("<%1>: %2 opened, %3 closed").arg(name).arg(open).arg(close)));
    }
}

QList<Report> rsaAndEcdsa()
{
    Report rsa = scanReport(QStringLiteral("mx1.example.org"), QStringLiteral("RSA"));
    Report ecdsa = scanReport(QStringLiteral("mx2.example.org"), QStringLiteral("ECDSA"));
    ecdsa.findings.first().title = QStringLiteral("Only an ECDSA certificate is served");
    ecdsa.findings.first().fixExim = QStringLiteral("tls_certificate = /etc/exim4/rsa.pem : /etc/exim4/ecdsa.pem");
    ecdsa.findings.first().fixPostfix = QStringLiteral("smtpd_tls_chain_files = /etc/postfix/rsa.pem, /etc/postfix/ecdsa.pem");
    return {rsa, ecdsa};
}

} // namespace

class TestComparisonHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differencesFirstThenFindings();
    void threeServersMarkTheOddOneOut();
    void hostileTextStaysText();
};

void TestComparisonHtml::differencesFirstThenFindings()
{
    const QList<Report> reports = rsaAndEcdsa();
    const Comparison c = compareReports(reports, {QStringLiteral("mx1"), QStringLiteral("mx2")});
    QVERIFY(c.count(CompareRow::State::Differs) > 0);
    for (bool print : {false, true}) {
        HtmlReportOptions options;
        options.print = print;
        const QString html = comparisonToHtml(c, reports, {QStringLiteral("live"), QStringLiteral("/tmp/before.json")}, options);
        checkBalanced(html);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<title>MailTLS comparison — mx1 vs mx2</title>")));
        const int differences = int(html.indexOf(QStringLiteral("Differences (%1)").arg(c.count(CompareRow::State::Differs))));
        QVERIFY2(differences > 0, qPrintable(html));
        // Both columns, the first difference the certificate types, each differing cell marked.
        QVERIFY(html.indexOf(QLatin1String("<th width=\"20%\">[1] mx1</th><th width=\"20%\">[2] mx2</th>"), differences) > differences);
        const int types = int(html.indexOf(QLatin1String("<b>certificate types</b>"), differences));
        QVERIFY2(types > differences, qPrintable(html));
        QVERIFY(html.indexOf(QLatin1String("<td class=\"differs\" bgcolor=\"#fff1c2\"><b>RSA</b></td>"
                                           "<td class=\"differs\" bgcolor=\"#fff1c2\"><b>ECDSA</b></td>"), types) > types);
        // What is the same comes after the findings, unmarked.
        const int same = int(html.indexOf(QLatin1String("The same on all servers (")));
        QVERIFY(same > differences);
        QVERIFY(!html.mid(same).contains(QLatin1String("class=\"differs\"")));
        // Each server's findings with their fixes, after the differences.
        const int second = int(html.indexOf(QLatin1String("Findings of [2] mx2 (1)")));
        QVERIFY2(second > differences && second < same, qPrintable(html));
        QVERIFY(html.indexOf(QLatin1String("Findings of [1] mx1 (0)")) > differences);
        QVERIFY(html.indexOf(QLatin1String("cert.ecdsa_only"), second) > second);
        QVERIFY(html.indexOf(QLatin1String("<pre class=\"fix-exim\">tls_certificate = /etc/exim4/rsa.pem : /etc/exim4/ecdsa.pem</pre>"), second) > second);
        QVERIFY(html.indexOf(QLatin1String("<pre class=\"fix-postfix\">smtpd_tls_chain_files"), second) > second);
        QVERIFY(html.contains(QLatin1String("saved report /tmp/before.json")));
    }
}

void TestComparisonHtml::threeServersMarkTheOddOneOut()
{
    const QList<Report> reports = {scanReport(QStringLiteral("a"), QStringLiteral("RSA")), scanReport(QStringLiteral("b"), QStringLiteral("RSA")),
                                   scanReport(QStringLiteral("c"), QStringLiteral("ECDSA"))};
    const Comparison c = compareReports(reports);
    const QString html = comparisonToHtml(c, reports, {});
    checkBalanced(html);
    // Two servers share RSA: only the ECDSA one is marked in the certificate types' row.
    const int types = int(html.indexOf(QLatin1String("<b>certificate types</b>")));
    QVERIFY2(types > 0, qPrintable(html));
    const QString row = html.mid(types, html.indexOf(QLatin1String("</tr>"), types) - types);
    QCOMPARE(int(row.count(QLatin1String("class=\"differs\""))), 1);
    QVERIFY(row.contains(QLatin1String("<td class=\"differs\" bgcolor=\"#fff1c2\"><b>ECDSA</b></td>")));
    QCOMPARE(int(row.count(QLatin1String("<td>RSA</td>"))), 2);
}

void TestComparisonHtml::hostileTextStaysText()
{
    QList<Report> reports = rsaAndEcdsa();
    reports[0].smtp.banner = QStringLiteral("220 <script>alert(1)</script> \x1b[2J\x07 ready");
    reports[1].target.host = QStringLiteral("mx2\"><img src=x>");
    reports[1].findings.first().title = QStringLiteral("</h3><iframe>");
    const Comparison c = compareReports(reports, {QStringLiteral("<b>one</b>"), QString()});
    for (bool print : {false, true}) {
        HtmlReportOptions options;
        options.print = print;
        const QString html = comparisonToHtml(c, reports, {}, options);
        checkBalanced(html);
        for (const char *tag : {"<script", "<img", "<iframe", "<b>one"})
            QVERIFY2(!html.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
        QVERIFY(html.contains(QLatin1String("220 &lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;one&lt;/b&gt;")));
        QVERIFY(html.contains(QLatin1String("mx2&quot;&gt;&lt;img src=x&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;/h3&gt;&lt;iframe&gt;")));
        QVERIFY(!html.contains(QChar(0x1b)) && !html.contains(QChar(0x07)));
        QVERIFY(html.contains(QStringLiteral("\uFFFD[2J\uFFFD ready")));
    }
}

MAILTLS_TEST_MAIN(TestComparisonHtml)
#include "test_comparison_html.moc"
