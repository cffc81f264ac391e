// `mailtls scan` against Exim with 3DES and RC4 enabled next to TLS 1.0
// (NORMAL:+3DES-CBC:+ARCFOUR-128:+VERS-TLS1.0), checked suite for suite against sslscan and
// testssl run in the same test on the same server (see test_scan_support.h).
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

class TestScanLegacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eximLegacy3desRc4();
    void cleanupTestCase();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    bool startExim(EximServer &exim);
    static QList<Exclusion> exclusions();

    ReferenceComparison compare_;
};

void TestScanLegacy::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    for (const char *tool : {"sslscan", "testssl"}) {
        const ToolResult which = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("command -v %1").arg(QLatin1String(tool))});
        QVERIFY2(which.ok(), qPrintable(QStringLiteral("%1 is not installed (Debian packages sslscan, testssl.sh)").arg(QLatin1String(tool))));
    }
    const ToolResult help = runTool(QStringLiteral(MAILTLS_CLI_PATH), {QStringLiteral("scan"), QStringLiteral("--help")});
    QVERIFY2(help.ok(), qPrintable(QStringLiteral("`mailtls scan` is not available:\n") + help.describe()));
}

void TestScanLegacy::cleanupTestCase()
{
    // What was excluded, and how long each tool took, in the test log.
    compare_.printSummary();
}

bool TestScanLegacy::startExim(EximServer &exim)
{
    QString error;
    if (!exim.start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QList<Exclusion> TestScanLegacy::exclusions()
{
    return {};
}

void TestScanLegacy::eximLegacy3desRc4()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.tlsRequireCiphers = QStringLiteral("NORMAL:+3DES-CBC:+ARCFOUR-128:+VERS-TLS1.0");
    EximServer exim(options);
    QVERIFY(startExim(exim));
    ScanOutcome o;
    compare_.run(QStringLiteral("exim-legacy"), exim.port(), true, true, exclusions(), &o);
    if (QTest::currentTestFailed())
        return;
    const QStringList ids = findingIds(o.report);
    QVERIFY2(o.mailtls.at(QStringLiteral("TLSv1")).contains(0x000A), "TLS_RSA_WITH_3DES_EDE_CBC_SHA with TLS 1.0");
    QVERIFY2(ids.contains(QStringLiteral("cipher.3des")), qPrintable(ids.join(QLatin1Char(','))));
    const bool rc4 = o.mailtls.at(QStringLiteral("TLSv1")).contains(0x0005) || o.mailtls.at(QStringLiteral("TLSv1")).contains(0x0004);
    QCOMPARE(ids.contains(QStringLiteral("cipher.rc4")), rc4);
}

MAILTLS_TEST_MAIN(TestScanLegacy)
#include "test_scan_legacy.moc"
