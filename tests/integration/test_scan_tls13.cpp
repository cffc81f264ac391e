// `mailtls scan --starttls none` against an `openssl s_server` that speaks TLS 1.3 only and
// holds an RSA and an ECDSA certificate side by side. TLS 1.3 encrypts the Certificate message,
// so the raw enumeration hellos never see a chain; the scan has to ask once per key type by
// naming only that type's signature schemes. Also: suites and groups learned in the same hellos,
// at no more than 1.25x the fewest connections that can find them.
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

class TestScanTls13 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tls13OnlyDualCertificate();
    void tls13OnlyEcdsaCertificate();

private:
    const TestPki &pki() const { return TestPki::instance(); }
};

void TestScanTls13::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
}

static QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

void TestScanTls13::tls13OnlyDualCertificate()
{
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.extraArgs = {QStringLiteral("-tls1_3"), QStringLiteral("-dcert"), pki().ecdsaLeaf().certFile,
                         QStringLiteral("-dkey"), pki().ecdsaLeaf().keyFile};
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    QString failure;
    const QJsonObject report = runMailtlsScan(server.port(), false, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("scan-tls13-dual.json"), QJsonDocument(report).toJson());
    const QJsonObject scan = report.value(QStringLiteral("scan")).toObject();
    const Matrix mine = parseMailtls(report);

    // Only TLS 1.3, with OpenSSL's three default suites.
    for (const QString &v : {QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"),
                             QStringLiteral("TLSv1.2")})
        QCOMPARE(mine.protocols.value(v, true), false);
    QCOMPARE(mine.protocols.value(QStringLiteral("TLSv1.3")), true);
    const QSet<quint16> expected13 = {0x1301, 0x1302, 0x1303};
    QCOMPARE(mine.at(QStringLiteral("TLSv1.3")), expected13);

    // Both certificates, each in its own chain.
    QCOMPARE(stringList(scan.value(QStringLiteral("certificate_types"))),
             (QStringList{QStringLiteral("RSA"), QStringLiteral("ECDSA")}));

    // The groups OpenSSL 3 serves by default, found in the suite hellos.
    const QStringList groups = stringList(scan.value(QStringLiteral("groups")));
    for (const char *g : {"x25519", "x448", "secp256r1", "secp384r1", "secp521r1"})
        QVERIFY2(groups.contains(QLatin1String(g)), qPrintable(groups.join(QLatin1Char(','))));

    // Fewest connections: per refused version one probe; TLS 1.3 needs one hello per accepted
    // group (each names one new suite and one new group at most) plus one refusal.
    const int minimum = 5 + qMax(int(expected13.size()), int(groups.size())) + 1;
    // The hygiene probes' connections (one refused TLS 1.2 hello here) are not the matrix's, nor
    // are the attack probes' (one more refused hello).
    const QJsonObject hygiene = scan.value(QStringLiteral("hygiene")).toObject();
    const int connections = scan.value(QStringLiteral("connections")).toInt()
        - hygiene.value(QStringLiteral("connections")).toInt() - hygiene.value(QStringLiteral("attack_connections")).toInt();
    QVERIFY2(connections * 4 <= minimum * 5,
             qPrintable(QStringLiteral("%1 connections, minimum %2").arg(connections).arg(minimum)));
}

void TestScanTls13::tls13OnlyEcdsaCertificate()
{
    OpensslServerOptions options;
    options.certFile = pki().ecdsaLeaf().certFile;
    options.keyFile = pki().ecdsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.extraArgs = {QStringLiteral("-tls1_3")};
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    QString failure;
    const QJsonObject report = runMailtlsScan(server.port(), false, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    const QJsonObject scan = report.value(QStringLiteral("scan")).toObject();
    QCOMPARE(stringList(scan.value(QStringLiteral("certificate_types"))), QStringList{QStringLiteral("ECDSA")});
    const QStringList ids = findingIds(report);
    QVERIFY2(ids.contains(QStringLiteral("cert.ecdsa_only")), qPrintable(ids.join(QLatin1Char(','))));
    // The chain came through the scan's own handshake and is judged like a session's: the test
    // CA is not in the system store.
    QVERIFY2(ids.contains(QStringLiteral("cert.untrusted")), qPrintable(ids.join(QLatin1Char(','))));
}

MAILTLS_TEST_MAIN(TestScanTls13)
#include "test_scan_tls13.moc"
