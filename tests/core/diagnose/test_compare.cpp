// Compare: rows per fact, differences first with the certificate types leading, same suites
// folded per version, findings worst first, and facts a report lacks never counted as a
// difference. (The JSON: report/test_comparison_json.)
#include <QTest>

#include "diagnose/compare.h"
#include "sample_facts.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

const CompareRow *row(const Comparison &c, const QString &aspect, const QString &key)
{
    for (const CompareRow &r : c.rows)
        if (r.aspect == aspect && r.key == key)
            return &r;
    return nullptr;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificateTypeDifferenceComesFirst();
    void identicalServersHaveNoDifferences();
    void suitesFoldedWhenSame();
    void savedReportOfDualTypeServer();
    void sessionReportAgainstScan();
    void threeReports();
    void findingsWorstFirst();
};

void TestCompare::initTestCase()
{
    QVERIFY(!loadOne("leaf-rsa2048.pem").isNull());
    QVERIFY(!loadOne("leaf-ec-p256.pem").isNull());
    QVERIFY(CipherCatalog::instance().byCode(0xC030));
}

void TestCompare::certificateTypeDifferenceComesFirst()
{
    const Comparison c = compareReports({scanReport(QStringLiteral("mx1"), QStringLiteral("RSA")),
                                         scanReport(QStringLiteral("mx2"), QStringLiteral("ECDSA"))});
    QCOMPARE(c.labels, (QStringList{QStringLiteral("mx1:25"), QStringLiteral("mx2:25")}));
    QVERIFY(!c.rows.isEmpty());
    const CompareRow &first = c.rows.first();
    QCOMPARE(first.aspect, QStringLiteral("certificate types"));
    QVERIFY(first.differs());
    QCOMPARE(first.values.at(0).text, QStringLiteral("RSA"));
    QCOMPARE(first.values.at(1).text, QStringLiteral("ECDSA"));

    // Differences form one block at the top; after the certificate types, the order.
    bool seenOther = false;
    QStringList diffAspects;
    for (const CompareRow &r : c.rows) {
        if (!r.differs())
            seenOther = true;
        else {
            QVERIFY2(!seenOther, qPrintable(r.aspect + QLatin1Char(' ') + r.key));
            diffAspects << r.aspect;
        }
    }
    const QStringList order = compareAspects();
    for (int i = 2; i < diffAspects.size(); ++i)
        QVERIFY2(order.indexOf(diffAspects.at(i - 1)) <= order.indexOf(diffAspects.at(i)), qPrintable(diffAspects.join(QLatin1Char(','))));

    // The RSA suites, the chains, key sizes and the ECDSA-only finding differ; TLS 1.3 does not.
    const CompareRow *rsaSuite = row(c, QStringLiteral("suites"), QStringLiteral("TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
    QVERIFY(rsaSuite && rsaSuite->differs());
    QCOMPARE(rsaSuite->values.at(1).text, QStringLiteral("no"));
    QVERIFY(row(c, QStringLiteral("key sizes"), QStringLiteral("RSA keys"))->differs());
    QCOMPARE(row(c, QStringLiteral("key sizes"), QStringLiteral("RSA keys"))->values.at(1).text, QStringLiteral("not served"));
    const CompareRow *finding = row(c, QStringLiteral("findings"), QStringLiteral("cert.ecdsa_only"));
    QVERIFY(finding && finding->differs());
    QCOMPARE(finding->values.at(0).text, QStringLiteral("none"));
    QCOMPARE(finding->values.at(1).text, QStringLiteral("medium"));
    QCOMPARE(row(c, QStringLiteral("versions"), QStringLiteral("TLSv1.3"))->state, CompareRow::State::Same);
    QCOMPARE(row(c, QStringLiteral("suites"), QStringLiteral("TLSv1.3"))->values.at(0).text, QStringLiteral("3 suites"));
    QCOMPARE(row(c, QStringLiteral("preference"), QStringLiteral("TLSv1.2 first choice"))->values.at(1).text,
             QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384"));
}

void TestCompare::identicalServersHaveNoDifferences()
{
    const Report a = scanReport(QStringLiteral("mx1"), QStringLiteral("RSA"));
    const Comparison c = compareReports({a, a}, {QStringLiteral("before"), QStringLiteral("after")});
    QCOMPARE(c.count(CompareRow::State::Differs), 0);
    QVERIFY(c.count(CompareRow::State::Same) > 10);
    QCOMPARE(c.labels, (QStringList{QStringLiteral("before"), QStringLiteral("after")}));
    QVERIFY(c.notes.isEmpty());

    // One change: a new certificate with a new key size. Exactly the chain rows move.
    Report b = a;
    b.scan.servedChains = {{loadOne("leaf-rsa1024-sha1.pem")}};
    b.certificates = b.scan.servedChains.first();
    const Comparison d = compareReports({a, b});
    QVERIFY(d.count(CompareRow::State::Differs) > 0);
    for (const CompareRow &r : d.rowsIn(CompareRow::State::Differs))
        QVERIFY2(r.aspect == QLatin1String("chain") || r.aspect == QLatin1String("key sizes") || r.aspect == QLatin1String("validity"),
                 qPrintable(r.aspect + QLatin1Char(' ') + r.key));
    QVERIFY(row(d, QStringLiteral("key sizes"), QStringLiteral("RSA keys"))->values.at(1).text.startsWith(QLatin1String("RSA 1024")));
}

void TestCompare::suitesFoldedWhenSame()
{
    const Report a = scanReport(QStringLiteral("mx1"), QStringLiteral("RSA"));
    const Comparison c = compareReports({a, a});
    int suiteRows = 0;
    for (const CompareRow &r : c.rows)
        suiteRows += r.aspect == QLatin1String("suites") ? 1 : 0;
    QCOMPARE(suiteRows, 2);   // one per accepted version, not one per suite
    QCOMPARE(row(c, QStringLiteral("suites"), QStringLiteral("TLSv1.2"))->values.at(0).text, QStringLiteral("2 suites"));
}

void TestCompare::savedReportOfDualTypeServer()
{
    // Live: RSA and ECDSA chains. A saved report keeps them all (scan.served_chains; that the
    // JSON carries them is report/test_comparison_json's)...
    Report live = scanReport(QStringLiteral("mx1"), QStringLiteral("RSA"));
    live.scan.certificateTypes = {QStringLiteral("RSA"), QStringLiteral("ECDSA")};
    live.scan.servedChains << CertificateChain{loadOne("leaf-ec-p256.pem")};
    Report saved = live;
    const Comparison whole = compareReports({saved, live});
    QCOMPARE(whole.count(CompareRow::State::Differs), 0);
    QCOMPARE(whole.count(CompareRow::State::Incomparable), 0);
    QCOMPARE(row(whole, QStringLiteral("chain"), QStringLiteral("ECDSA chain"))->state, CompareRow::State::Same);

    // ... but one written before that key existed holds only `certificates`, the first chain.
    saved.scan.servedChains.clear();

    const Comparison c = compareReports({saved, live}, {QStringLiteral("saved.json"), QStringLiteral("mx1:25")});
    QCOMPARE(c.count(CompareRow::State::Differs), 0);
    const CompareRow *ecdsaChain = row(c, QStringLiteral("chain"), QStringLiteral("ECDSA chain"));
    QVERIFY(ecdsaChain);
    QVERIFY(ecdsaChain->values.at(0).missing);
    QCOMPARE(ecdsaChain->state, CompareRow::State::Incomparable);
    QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QLatin1String("saved.json holds the chain of its first certificate type only")));
    QCOMPARE(row(c, QStringLiteral("chain"), QStringLiteral("RSA chain"))->state, CompareRow::State::Same);
}

void TestCompare::sessionReportAgainstScan()
{
    Report session;
    session.kind = QStringLiteral("session");
    session.target.host = QStringLiteral("mx1");
    session.target.port = 25;
    session.tls.attempted = session.tls.established = true;
    session.tls.version = QStringLiteral("TLSv1.3");
    session.tls.cipher.iana = QStringLiteral("TLS_AES_256_GCM_SHA384");
    session.tls.group = QStringLiteral("x25519");
    session.certificates = {loadOne("leaf-rsa2048.pem"), loadOne("intermediate-ca.pem")};
    const Report scan = scanReport(QStringLiteral("mx1"), QStringLiteral("RSA"));

    const Comparison c = compareReports({session, scan}, {QStringLiteral("session.json"), QStringLiteral("mx1:25")});
    QCOMPARE(c.count(CompareRow::State::Differs), 0);
    QCOMPARE(row(c, QStringLiteral("versions"), QStringLiteral("TLSv1.3"))->state, CompareRow::State::Same);
    QCOMPARE(row(c, QStringLiteral("versions"), QStringLiteral("TLSv1.2"))->state, CompareRow::State::Incomparable);
    QCOMPARE(row(c, QStringLiteral("groups"), QStringLiteral("x25519"))->state, CompareRow::State::Same);
    const CompareRow *types = row(c, QStringLiteral("certificate types"), QStringLiteral("served"));
    QVERIFY(types->values.at(0).missing);
    QCOMPARE(row(c, QStringLiteral("chain"), QStringLiteral("RSA leaf SHA-256"))->state, CompareRow::State::Same);
    QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QLatin1String("session.json is a session report without a scan")));
    // A scan raises no session findings: comparing them would be a false difference.
    QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QLatin1String("mx1:25 is a scan")));

    // A different leaf in the session shows up.
    session.certificates = {loadOne("leaf-cn-and-san.pem")};
    const Comparison d = compareReports({session, scan});
    QVERIFY(d.count(CompareRow::State::Differs) > 0);
}

void TestCompare::threeReports()
{
    const Report rsa = scanReport(QStringLiteral("mx1"), QStringLiteral("RSA"));
    Report rsa2 = scanReport(QStringLiteral("mx2"), QStringLiteral("RSA"));
    Report rsa3 = scanReport(QStringLiteral("mx3"), QStringLiteral("RSA"));
    rsa3.scan.dhBits = 1024;
    const Comparison c = compareReports({rsa, rsa2, rsa3});
    QCOMPARE(c.labels.size(), 3);
    QCOMPARE(c.count(CompareRow::State::Differs), 1);
    const CompareRow &first = c.rows.first();
    QCOMPARE(first.aspect, QStringLiteral("DH size"));
    QCOMPARE(first.values.size(), 3);
    QCOMPARE(first.values.at(0).text, QStringLiteral("no DHE"));
    QCOMPARE(first.values.at(2).text, QStringLiteral("1024 bits"));
}

void TestCompare::findingsWorstFirst()
{
    // One row per id, at its worst severity in any report; ties by id.
    auto withFindings = [](const QString &host, const QList<QPair<const char *, Severity>> &found) {
        Report r = scanReport(host, QStringLiteral("RSA"));
        for (const auto &f : found)
            r.findings << makeFinding(QString::fromLatin1(f.first), f.second, QString(), QString(), QString());
        return r;
    };
    const Comparison c = compareReports(
        {withFindings(QStringLiteral("mx1"), {{"protocol.tls10_enabled", Severity::Low}, {"kex.dh_weak", Severity::Medium}}),
         withFindings(QStringLiteral("mx2"), {{"cipher.rc4", Severity::Medium}, {"kex.dh_weak", Severity::High},
                                              {"cipher.3des", Severity::Low}})});
    QStringList keys;
    for (const CompareRow &r : c.rows)
        if (r.aspect == QLatin1String("findings"))
            keys << r.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("kex.dh_weak"), QStringLiteral("cipher.rc4"), QStringLiteral("cipher.3des"),
                                QStringLiteral("protocol.tls10_enabled")}));
    QCOMPARE(row(c, QStringLiteral("findings"), QStringLiteral("kex.dh_weak"))->values.at(0).text, QStringLiteral("medium"));
    QCOMPARE(row(c, QStringLiteral("findings"), QStringLiteral("kex.dh_weak"))->values.at(1).text, QStringLiteral("high"));
}

MAILTLS_TEST_MAIN(TestCompare)
#include "test_compare.moc"
