// `mailtls scan --starttls none` against `openssl s_server` offering only DHE suites with a
// 1024-bit prime (implicit TLS): kex.dh_weak, dh_bits 1024, the server's order, and the same
// suites as sslscan and testssl (without STARTTLS) see on the same server.
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

class TestScanDhe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensslDhe1024();
    void cleanupTestCase();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    bool startExim(EximServer &exim);
    static QList<Exclusion> exclusions();

    ReferenceComparison compare_;
};

void TestScanDhe::initTestCase()
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

void TestScanDhe::cleanupTestCase()
{
    // What was excluded, and how long each tool took, in the test log.
    compare_.printSummary();
}

bool TestScanDhe::startExim(EximServer &exim)
{
    QString error;
    if (!exim.start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QList<Exclusion> TestScanDhe::exclusions()
{
    return {};
}

void TestScanDhe::opensslDhe1024()
{
    const QString dh = pki().dhParam1024File();
    QVERIFY2(!dh.isEmpty(), qPrintable(pki().error()));
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.dhParamFile = dh;
    // Every DHE suite with RSA authentication this OpenSSL has (AES, CHACHA20, CAMELLIA, ARIA, CCM).
    options.cipher = QStringLiteral("kEDH+aRSA:@SECLEVEL=0");
    options.extraArgs = {QStringLiteral("-no_tls1_3"), QStringLiteral("-serverpref")};
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ScanOutcome o;
    compare_.run(QStringLiteral("openssl-dhe1024"), server.port(), false, true, exclusions(), &o);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject scan = o.report.value(QStringLiteral("scan")).toObject();
    QCOMPARE(scan.value(QStringLiteral("dh_bits")).toInt(), 1024);
    QCOMPARE(o.mailtls.protocols.value(QStringLiteral("TLSv1.3"), true), false);
    for (auto it = o.mailtls.names.constBegin(); it != o.mailtls.names.constEnd(); ++it)
        QVERIFY2(it.value().startsWith(QLatin1String("TLS_DHE_RSA_")), qPrintable(it.value()));
    QVERIFY(o.mailtls.at(QStringLiteral("TLSv1.2")).contains(0x009F));   // DHE-RSA-AES256-GCM-SHA384
    // -serverpref: the server's order is enforced and reported.
    QCOMPARE(scan.value(QStringLiteral("server_preference")).toObject().value(QStringLiteral("TLSv1.2")).toBool(), true);
    const QStringList ids = findingIds(o.report);
    QVERIFY2(ids.contains(QStringLiteral("kex.dh_weak")), qPrintable(ids.join(QLatin1Char(','))));
    for (const QJsonValue &f : o.report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = f.toObject();
        if (finding.value(QStringLiteral("id")).toString() == QLatin1String("kex.dh_weak"))
            QVERIFY2(finding.value(QStringLiteral("detail")).toString().contains(QLatin1String("1024")),
                     qPrintable(finding.value(QStringLiteral("detail")).toString()));
    }
}

MAILTLS_TEST_MAIN(TestScanDhe)
#include "test_scan_dhe.moc"
