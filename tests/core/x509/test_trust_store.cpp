// The trust anchors a chain is verified against: a CA file as --ca-file names it (and the
// one-line reason when it cannot be used), given certificates, and the system store.

#include <QTemporaryDir>
#include <QtTest>

#include "certificate_fixtures.h"
#include "ossl/handles.h"
#include "x509/chain_analysis.h"
#include "x509/trust_store.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestTrustStore : public QObject, private ChainFixtures
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(loadChainFixtures()); }

    void trustStoreFromFile()
    {
        QCOMPARE(rootFile_.anchors().size(), 1);
        QVERIFY(rootFile_.anchors().first() == root_);
        QCOMPARE(rootFile_.description(), QStringLiteral("CA file ") + fixturePath(QStringLiteral("root-ca.pem")));
        mailtls::core::ossl::X509StorePtr store(rootFile_.createStore());
        QVERIFY(store);

        Error error;
        const TrustStore missing = TrustStore::fromFile(QStringLiteral("/nonexistent/ca.pem"), &error);
        QVERIFY(!missing.isValid());
        QVERIFY(error.message.contains(QStringLiteral("/nonexistent/ca.pem")));
        QVERIFY(error.message.contains(QStringLiteral("no such file")));
        QVERIFY(!missing.createStore());

        QTemporaryDir dir;
        const QString garbagePath = dir.filePath(QStringLiteral("garbage.pem"));
        QVERIFY(writeAll(garbagePath, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"));
        error = Error();
        const TrustStore bad = TrustStore::fromFile(garbagePath, &error);
        QVERIFY(!bad.isValid());
        QVERIFY(error.message.contains(QStringLiteral("no PEM certificate")));

        // Verifying against an invalid store is an answer, not a crash.
        const ChainAnalysis a = analyzeChain({leaf_, inter_}, bad, now_);
        QVERIFY(!a.trusted);
        QVERIFY(a.verifyMessage.contains(QStringLiteral("no usable trust store")));

        // A bundle file: every certificate is an anchor.
        const QString bundlePath = dir.filePath(QStringLiteral("bundle.pem"));
        QVERIFY(writeAll(bundlePath, other_.toPem() + root_.toPem()));
        const TrustStore both = TrustStore::fromFile(bundlePath, &error);
        QCOMPARE(both.anchors().size(), 2);
        QVERIFY(!error.isError());   // success clears an earlier error
        QVERIFY(analyzeChain({leaf_, inter_}, both, now_).trusted);
    }

    void fileErrorsSayWhatAndWhy_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QString() << int(ErrorKind::Usage) << QStringLiteral("CA file : no file name given");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/ca.pem") << int(ErrorKind::FileUnreadable)
                                 << QStringLiteral("CA file /nonexistent/ca.pem: no such file");
        QTest::newRow("directory") << QStringLiteral("/") << int(ErrorKind::FileUnreadable)
                                   << QStringLiteral("CA file /: not a regular file");
        QTest::newRow("a key, no certificate") << QStringLiteral("KEY") << int(ErrorKind::BadFormat)
                                               << QStringLiteral("contains no PEM certificate (expected \"-----BEGIN CERTIFICATE-----\" blocks)");
    }

    void fileErrorsSayWhatAndWhy()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        if (path == QLatin1String("KEY")) {
            path = dir.filePath(QStringLiteral("key.pem"));
            QVERIFY(writeAll(path, "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n"));
        }
        Error error;
        QVERIFY(!TrustStore::fromFile(path, &error).isValid());
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.endsWith(message), qPrintable(error.message));
        QVERIFY(error.message.startsWith(QStringLiteral("CA file ") + path));
        // Without a place for the reason the store is just as invalid.
        QVERIFY(!TrustStore::fromFile(path, nullptr).isValid());
    }

    void systemStore()
    {
        const TrustStore system = TrustStore::systemDefault();
        QVERIFY(system.isValid());
        QVERIFY(system.description().startsWith(QStringLiteral("system trust store (")));
        mailtls::core::ossl::X509StorePtr store(system.createStore());
        QVERIFY(store);
        // Our private test root is in no system store.
        const ChainAnalysis a = analyzeChain({leaf_, inter_}, system, now_);
        QVERIFY(!a.trusted);
    }

    void givenCertificates()
    {
        const TrustStore given = TrustStore::fromCertificates({root_, Certificate()}, QStringLiteral("the partner's CA"));
        QVERIFY(given.isValid());
        QCOMPARE(given.anchors().size(), 1);   // the null certificate is dropped
        QCOMPARE(given.description(), QStringLiteral("the partner's CA"));
        QVERIFY(analyzeChain({leaf_, inter_}, given, now_).trusted);
        QCOMPARE(TrustStore().description(), QStringLiteral("no trust store"));
    }
};

MAILTLS_TEST_MAIN(TestTrustStore)
#include "test_trust_store.moc"
