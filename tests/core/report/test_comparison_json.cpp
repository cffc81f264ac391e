// The JSON of a comparison ("mailtls.compare/1"): servers with their sources, the differences
// first, null where a report lacks the fact; and a saved report compares like the live one.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../diagnose/sample_facts.h"   // scanReport()
#include "diagnose/compare.h"
#include "report/comparison_json.h"
#include "report/json_report.h"
#include "test_registry.h"

using namespace mailtls::core;

using namespace mailtls::test;

class TestComparisonJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json();
    void savedReportKeepsEveryChain();
};

void TestComparisonJson::json()
{
    Report session;
    session.kind = QStringLiteral("session");
    session.target.host = QStringLiteral("mx1");
    session.target.port = 25;
    const QList<Report> reports{scanReport(QStringLiteral("mx1"), QStringLiteral("RSA")),
                                scanReport(QStringLiteral("mx2"), QStringLiteral("ECDSA")), session};
    const Comparison c = compareReports(reports);
    const QByteArray bytes = comparisonToJsonBytes(comparisonToJson(c, reports, {QStringLiteral("live"), QStringLiteral("b.json")}, QStringLiteral("1.0")));
    QVERIFY(bytes.startsWith("{\n  \"schema\": \"mailtls.compare/1\""));
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("compare"));
    const QJsonArray servers = o.value(QStringLiteral("servers")).toArray();
    QCOMPARE(servers.size(), 3);
    QCOMPARE(servers.at(1).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("b.json"));
    QCOMPARE(servers.at(2).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("live"));
    const QJsonArray differences = o.value(QStringLiteral("differences")).toArray();
    QCOMPARE(differences.size(), c.count(CompareRow::State::Differs));
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("differences")).toInt(), differences.size());
    const QJsonObject first = differences.first().toObject();
    QCOMPARE(first.value(QStringLiteral("aspect")).toString(), QStringLiteral("certificate types"));
    const QJsonArray values = first.value(QStringLiteral("values")).toArray();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(0).toString(), QStringLiteral("RSA"));
    QVERIFY(values.at(2).isNull());   // the session report has no scan: null, not ""
    QVERIFY(!o.value(QStringLiteral("notes")).toArray().isEmpty());
}

void TestComparisonJson::savedReportKeepsEveryChain()
{
    // A dual-type server's saved report compares like the live one: scan.served_chains holds both.
    Report live = scanReport(QStringLiteral("mx1"), QStringLiteral("RSA"));
    live.scan.certificateTypes = {QStringLiteral("RSA"), QStringLiteral("ECDSA")};
    live.scan.servedChains << CertificateChain{loadOne("leaf-ec-p256.pem")};
    Report saved;
    Error error;
    QVERIFY2(reportFromJson(reportToJsonBytes(live), &saved, &error), qPrintable(error.message));
    QCOMPARE(saved.scan.servedChains.size(), 2);
    const Comparison whole = compareReports({saved, live});
    QCOMPARE(whole.count(CompareRow::State::Differs), 0);
    QCOMPARE(whole.count(CompareRow::State::Incomparable), 0);
}

MAILTLS_TEST_MAIN(TestComparisonJson)
#include "test_comparison_json.moc"
