// `mailtls scan` against real Exim servers (GnuTLS), checked suite for suite against sslscan and
// testssl run in the same test on the same server (see test_scan_support.h): the default
// configuration, TLS 1.0 only, an ECDSA certificate only, and one connection per host (the same
// matrix as without the limit, and smtp.rate_limited).
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

class TestScanExim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eximDefault();
    void eximTls10Only();
    void eximEcdsaOnly();
    void eximRateLimited();
    void cleanupTestCase();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    bool startExim(EximServer &exim);
    static QList<Exclusion> exclusions();
    Matrix unlimitedDefault_;   // eximDefault's matrix, for the rate-limited comparison

    ReferenceComparison compare_;
};

void TestScanExim::initTestCase()
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

void TestScanExim::cleanupTestCase()
{
    // What was excluded, and how long each tool took, in the test log.
    compare_.printSummary();
}

bool TestScanExim::startExim(EximServer &exim)
{
    QString error;
    if (!exim.start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QList<Exclusion> TestScanExim::exclusions()
{
    // None needed: on these GnuTLS configurations sslscan 2.0.7 and testssl 3.0.8 see every
    // suite mailtls sees (checked on Debian 12, OpenSSL 3.0).
    return {};
}

void TestScanExim::eximDefault()
{
    EximServer exim(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QVERIFY(startExim(exim));
    ScanOutcome o;
    compare_.run(QStringLiteral("exim-default"), exim.port(), true, true, exclusions(), &o);
    if (QTest::currentTestFailed())
        return;
    unlimitedDefault_ = o.mailtls;
    QCOMPARE(o.mailtls.protocols.value(QStringLiteral("TLSv1.3")), true);
    QCOMPARE(o.mailtls.protocols.value(QStringLiteral("TLSv1.2")), true);
    QCOMPARE(o.mailtls.protocols.value(QStringLiteral("SSLv3")), false);
    QCOMPARE(o.mailtls.protocols.value(QStringLiteral("SSLv2")), false);
    // GnuTLS' NORMAL: ECDHE and DHE with RSA; no RC4, no 3DES, no anonymous suites.
    QVERIFY(o.mailtls.at(QStringLiteral("TLSv1.2")).contains(0xC030));
    for (const QString &v : versions())
        for (quint16 code : {quint16(0x0005), quint16(0x000A), quint16(0x0034)})
            QVERIFY2(!o.mailtls.at(v).contains(code), qPrintable(v + QLatin1Char(' ') + codeHex(code)));
    const QStringList ids = findingIds(o.report);
    QVERIFY2(!ids.contains(QStringLiteral("protocol.tls13_missing")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY2(!ids.contains(QStringLiteral("cipher.rc4")) && !ids.contains(QStringLiteral("cipher.3des")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY2(!ids.contains(QStringLiteral("smtp.rate_limited")), qPrintable(ids.join(QLatin1Char(','))));
}

void TestScanExim::eximTls10Only()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.tlsRequireCiphers = QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.0");
    EximServer exim(options);
    QVERIFY(startExim(exim));
    ScanOutcome o;
    compare_.run(QStringLiteral("exim-tls10"), exim.port(), true, true, exclusions(), &o);
    if (QTest::currentTestFailed())
        return;
    for (const QString &v : versions())
        QCOMPARE(o.mailtls.protocols.value(v, false), v == QLatin1String("TLSv1"));
    QVERIFY(o.mailtls.at(QStringLiteral("TLSv1")).contains(0xC014));   // ECDHE-RSA-AES256-SHA
    const QStringList ids = findingIds(o.report);
    QVERIFY2(ids.contains(QStringLiteral("protocol.tls10_enabled")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY2(ids.contains(QStringLiteral("protocol.tls13_missing")), qPrintable(ids.join(QLatin1Char(','))));
}

void TestScanExim::eximEcdsaOnly()
{
    EximServer exim(EximOptions::serving(pki().ecdsaLeaf().chainFile, pki().ecdsaLeaf().keyFile));
    QVERIFY(startExim(exim));
    ScanOutcome o;
    // testssl adds nothing sslscan does not check here (same GnuTLS suites, ECDSA instead of RSA).
    compare_.run(QStringLiteral("exim-ecdsa"), exim.port(), true, false, exclusions(), &o);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject scan = o.report.value(QStringLiteral("scan")).toObject();
    QStringList types;
    for (const QJsonValue &t : scan.value(QStringLiteral("certificate_types")).toArray())
        types << t.toString();
    QCOMPARE(types, QStringList{QStringLiteral("ECDSA")});
    for (const QString &v : {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")})
        for (const QJsonValue &s : scan.value(QStringLiteral("ciphers")).toObject().value(v).toArray())
            QVERIFY2(s.toObject().value(QStringLiteral("auth")).toString() == QLatin1String("ECDSA"),
                     qPrintable(v + QLatin1Char(' ') + s.toObject().value(QStringLiteral("iana")).toString()));
    const QStringList ids = findingIds(o.report);
    QVERIFY2(ids.contains(QStringLiteral("cert.ecdsa_only")), qPrintable(ids.join(QLatin1Char(','))));
}

void TestScanExim::eximRateLimited()
{
    if (unlimitedDefault_.total() == 0) {
        // Run on its own (e.g. `-functions` or a filter): scan an unlimited Exim first.
        EximServer unlimited(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
        QVERIFY(startExim(unlimited));
        QString failure;
        const QJsonObject report = runMailtlsScan(unlimited.port(), true, &failure);
        QVERIFY2(!report.isEmpty(), qPrintable(failure));
        unlimitedDefault_ = parseMailtls(report);
        QVERIFY(unlimitedDefault_.total() > 0);
    }
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    // One connection per host; every further one gets "421 Too many concurrent SMTP connections".
    options.extraMain = QStringLiteral("smtp_accept_max_per_host = 1");
    EximServer exim(options);
    QVERIFY(startExim(exim));

    QString failure;
    const QJsonObject report = runMailtlsScan(exim.port(), true, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("exim-ratelimited-mailtls.json"), QJsonDocument(report).toJson());
    const Matrix mailtls = parseMailtls(report);
    // The same matrix as without the limit, version for version.
    QCOMPARE(mailtls.protocols, unlimitedDefault_.protocols);
    for (const QString &v : versions())
        QVERIFY2(mailtls.at(v) == unlimitedDefault_.at(v),
                 qPrintable(v + QStringLiteral(": ") + compareMatrices(mailtls, unlimitedDefault_, {})));
    const QStringList ids = findingIds(report);
    QVERIFY2(ids.contains(QStringLiteral("smtp.rate_limited")), qPrintable(ids.join(QLatin1Char(','))));
    // Exim really turned connections away, and the scan repeated them rather than count a refusal.
    const QString log = exim.logText();
    QVERIFY2(log.contains(QLatin1String("too many connections from that IP address")) || log.contains(QLatin1String("Too many concurrent")),
             qPrintable(log.right(3000)));
    const QJsonObject scan = report.value(QStringLiteral("scan")).toObject();
    QVERIFY2(scan.value(QStringLiteral("connections")).toInt() > mailtls.total(), qPrintable(QJsonDocument(scan).toJson()));

    // Documented reference-tool weakness: sslscan reads Exim's "421 too many connections" as
    // "suite rejected", or as "did not appear to be an SMTP service" (exit 1, versions marked
    // disabled): its next connection often arrives before Exim has reaped the previous one. So
    // on this server it reports a subset, varying from run to run. Asserted: never a suite
    // mailtls missed; logged: how much it lost.
    const ToolResult sslscan = runTool(QStringLiteral("sslscan"),
                                       {QStringLiteral("--no-colour"), QStringLiteral("--xml=-"), QStringLiteral("--starttls-smtp"),
                                        QStringLiteral("127.0.0.1:%1").arg(exim.port())}, {}, 300000);
    QVERIFY2(sslscan.started && sslscan.finished, qPrintable(sslscan.describe()));
    const int xmlStart = sslscan.out.indexOf("<?xml");
    QVERIFY2(xmlStart >= 0, qPrintable(sslscan.describe()));
    const int notSmtp = int(sslscan.out.count("did not appear to be an SMTP service"));
    saveArtifact(QStringLiteral("exim-ratelimited-sslscan.xml"), sslscan.out.mid(xmlStart));
    const Matrix reference = parseSslscan(sslscan.out.mid(xmlStart));
    int lost = 0;
    for (const QString &v : versions()) {
        const QSet<quint16> theirs = reference.at(v);
        QVERIFY2(mailtls.at(v).contains(theirs), qPrintable(v + QStringLiteral(": sslscan saw a suite mailtls did not")));
        lost += mailtls.at(v).size() - theirs.size();
    }
    qInfo("rate-limited Exim: sslscan (exit %d) lost %d of %d accepted suites to 421 replies and took the server for "
          "\"not SMTP\" %d times; mailtls lost none", sslscan.exitCode, lost, mailtls.total(), notSmtp);
}

MAILTLS_TEST_MAIN(TestScanExim)
#include "test_scan_exim.moc"
