// `mailtls explain --json`: the keys of one explained suite, null for a missing name, the
// suggestions of an unknown one, and legacy OpenSSL names as the linked OpenSSL lacks them.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "explain/suite_explainer.h"
#include "report/explanation_json.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestExplanationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json();
    void legacyName();
};

void TestExplanationJson::json()
{
    const SuiteExplanation e = explainSuite(QStringLiteral("DHE-RSA-AES128-GCM-SHA256"));
    const QJsonObject o = explanationToJson(e);
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("0x009E"));
    QCOMPARE(o.value(QStringLiteral("kex")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("DHE"));
    QCOMPARE(o.value(QStringLiteral("forward_secrecy")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("versions")).toArray().size(), 1);
    const QJsonObject missing = explanationToJson(explainSuite(QStringLiteral("AES128-SHAA")));
    QCOMPARE(missing.value(QStringLiteral("found")).toBool(), false);
    QVERIFY(missing.value(QStringLiteral("suggestions")).toArray().contains(QStringLiteral("AES128-SHA")));
}

void TestExplanationJson::legacyName()
{
    const QJsonObject o = explanationToJson(explainSuite(QStringLiteral("DES-CBC3-SHA")));
    QCOMPARE(o.value(QStringLiteral("notation")).toString(), QStringLiteral("OpenSSL"));
    QCOMPARE(o.value(QStringLiteral("openssl")).toString(), QStringLiteral("DES-CBC3-SHA"));
    QCOMPARE(o.value(QStringLiteral("gnutls")).toString(), QStringLiteral("TLS_RSA_3DES_EDE_CBC_SHA1"));
    QVERIFY(explanationToJson(explainSuite(QStringLiteral("TLS_SM4_GCM_SM3"))).value(QStringLiteral("openssl")).isNull());
}

MAILTLS_TEST_MAIN(TestExplanationJson)
#include "test_explanation_json.moc"
