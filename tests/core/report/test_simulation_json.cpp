// The JSON of a simulation: the partner, the prediction with its finding, no live part when
// none ran, and the whole report around it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../diagnose/sample_facts.h"   // scanServing()
#include "diagnose/client_profile.h"
#include "diagnose/simulator.h"
#include "report/simulation_json.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestSimulationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasTheDocumentedKeys();
};

void TestSimulationJson::jsonHasTheDocumentedKeys()
{
    SimulationResult r;
    r.offer = findProfile(QStringLiteral("gateway-rsa-legacy"))->offer;
    r.report.kind = QStringLiteral("simulate");
    r.report.scan = scanServing({QStringLiteral("TLSv1.2")}, catalogSuites({0xC02C}), {QStringLiteral("ECDSA")});
    r.prediction = predictCompatibility(r.report.scan, r.offer);
    r.serverSource = QStringLiteral("report x.json");
    r.report.findings << r.prediction.finding;
    const QByteArray bytes = simulationReportBytes(r);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + QString::fromUtf8(bytes)));
    const QJsonObject sim = doc.object().value(QStringLiteral("simulation")).toObject();
    QCOMPARE(doc.object().value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.report/1"));
    QCOMPARE(sim.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("gateway-rsa-legacy"));
    QCOMPARE(sim.value(QStringLiteral("client")).toObject().value(QStringLiteral("ciphers")).toArray().at(12).toObject()
                 .value(QStringLiteral("openssl")).toString(), QStringLiteral("RC4-SHA"));
    QCOMPARE(sim.value(QStringLiteral("prediction")).toObject().value(QStringLiteral("finding_id")).toString(),
             QStringLiteral("compat.cert_type_mismatch"));
    // The prediction's own fix, without the consequence note the report's finding gets.
    const QJsonObject fix = sim.value(QStringLiteral("prediction")).toObject().value(QStringLiteral("fix")).toObject();
    QCOMPARE(fix.value(QStringLiteral("exim")).toString(), r.prediction.finding.fixExim);
    QVERIFY(fix.value(QStringLiteral("exim")).toString().contains(QLatin1String("tls_certificate = /etc/exim4/rsa.pem : /etc/exim4/ecdsa.pem")));
    QVERIFY(sim.value(QStringLiteral("live")).isNull());
    QCOMPARE(sim.value(QStringLiteral("partner_fails")).toBool(), true);
    QVERIFY(bytes.startsWith("{\n  \"schema\""));
}

MAILTLS_TEST_MAIN(TestSimulationJson)
#include "test_simulation_json.moc"
