// `mailtls scan` protocol-hygiene checks (scan.hygiene) against real peers: `openssl s_server`
// with its renegotiation and encrypt-then-MAC switches, with TLS 1.2 as its highest version,
// with TLS 1.3 only, and Exim (GnuTLS) as Debian ships it. Each case asserts the concrete
// result and evidence of every check, and the findings they raise.
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

namespace {

QJsonObject runScan(quint16 port, bool starttls, const QStringList &extra, QString *failure)
{
    QStringList args{QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--starttls"),
                     starttls ? QStringLiteral("smtp") : QStringLiteral("none"), QStringLiteral("--json"), QStringLiteral("-")};
    args += extra;
    const ToolResult cli = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, 300000);
    const QJsonDocument doc = QJsonDocument::fromJson(cli.out);
    if (!cli.finished || (cli.exitCode != 0 && cli.exitCode != 1) || !doc.isObject()) {
        *failure = cli.describe();
        return {};
    }
    return doc.object();
}

struct Hygiene {
    QJsonObject all;
    QString result(const char *check) const { return all.value(QLatin1String(check)).toObject().value(QStringLiteral("result")).toString(); }
    QString evidence(const char *check) const { return all.value(QLatin1String(check)).toObject().value(QStringLiteral("evidence")).toString(); }
    QString dump() const { return QString::fromUtf8(QJsonDocument(all).toJson()); }
};

Hygiene hygieneOf(const QJsonObject &report)
{
    return {report.value(QStringLiteral("scan")).toObject().value(QStringLiteral("hygiene")).toObject()};
}

const QStringList kHygieneIds = {QStringLiteral("tls.no_secure_renegotiation"), QStringLiteral("tls.client_renegotiation"),
                                 QStringLiteral("tls.no_fallback_scsv"), QStringLiteral("tls.no_downgrade_sentinel"),
                                 QStringLiteral("tls.no_ems"), QStringLiteral("tls.no_etm")};

QStringList hygieneFindings(const QJsonObject &report)
{
    QStringList out;
    for (const QString &id : findingIds(report))
        if (kHygieneIds.contains(id))
            out << id;
    out.sort();
    return out;
}

} // namespace

class TestScanHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensslDefault();
    void opensslClientRenegotiationNoEtm();
    void opensslNoRenegotiationLegacy();
    void opensslTls12HighestNoAttackChecks();
    void opensslTls13Only();
    void gnutlsWithoutSafeRenegotiationEmsEtm();
    void eximDefault();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    QJsonObject scanOpenssl(const QStringList &serverArgs, const QStringList &cliArgs = {}, const QString &cipher = {});
};

void TestScanHygiene::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
}

QJsonObject TestScanHygiene::scanOpenssl(const QStringList &serverArgs, const QStringList &cliArgs, const QString &cipher)
{
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.cipher = cipher;
    options.extraArgs = serverArgs;
    OpensslServer server(options);
    QString error;
    if (!server.start(&error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QString failure;
    const QJsonObject report = runScan(server.port(), false, cliArgs, &failure);
    if (report.isEmpty())
        qWarning("%s", qPrintable(failure));
    saveArtifact(QStringLiteral("scan-hygiene-openssl%1.json").arg(serverArgs.join(QString())), QJsonDocument(report).toJson());
    return report;
}

// OpenSSL 3.0's defaults: secure renegotiation, client-initiated renegotiation refused with a
// warning alert, TLS_FALLBACK_SCSV honoured, the sentinel written, EMS and ETM echoed.
void TestScanHygiene::opensslDefault()
{
    const QJsonObject report = scanOpenssl({});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.all.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.2"));
    // The probes' connections are counted in the scan's: the first handshake, the CBC-only one
    // (OpenSSL picks an AEAD suite first) and one fallback hello; then the resumption probes'
    // five (test_scan_resumption: TLS 1.3 full + resumed, TLS 1.2 full + by id + by ticket).
    QCOMPARE(h.all.value(QStringLiteral("connections")).toInt(), 3 + 5);
    QVERIFY(report.value(QStringLiteral("scan")).toObject().value(QStringLiteral("connections")).toInt() > 3);
    QCOMPARE(h.result("secure_renegotiation"), QStringLiteral("yes"));
    QVERIFY2(h.evidence("secure_renegotiation").contains(QLatin1String("renegotiation_info (0xff01)")), qPrintable(h.dump()));
    QCOMPARE(h.result("client_renegotiation"), QStringLiteral("no"));
    QCOMPARE(h.evidence("client_renegotiation"), QStringLiteral("refused: alert warning no_renegotiation (100)"));
    const QJsonObject reneg = h.all.value(QStringLiteral("client_renegotiation")).toObject();
    QCOMPARE(reneg.value(QStringLiteral("tried")).toInt(), 1);
    QCOMPARE(reneg.value(QStringLiteral("accepted")).toInt(), 0);
    QCOMPARE(h.result("fallback_scsv"), QStringLiteral("yes"));
    QCOMPARE(h.evidence("fallback_scsv"), QStringLiteral("a TLSv1.2 hello with TLS_FALLBACK_SCSV got alert inappropriate_fallback (86)"));
    QCOMPARE(h.result("downgrade_sentinel"), QStringLiteral("yes"));
    QVERIFY2(h.evidence("downgrade_sentinel").contains(QLatin1String("44 4F 57 4E 47 52 44 01")), qPrintable(h.dump()));
    QCOMPARE(h.result("extended_master_secret"), QStringLiteral("yes"));
    QCOMPARE(h.result("encrypt_then_mac"), QStringLiteral("yes"));
    QVERIFY2(h.evidence("encrypt_then_mac").contains(QLatin1String("_CBC_")), qPrintable(h.dump()));
    QCOMPARE(hygieneFindings(report), QStringList());
}

// -client_renegotiation: every one of the five renegotiations in a row is accepted; -no_etm:
// CBC without encrypt-then-MAC.
void TestScanHygiene::opensslClientRenegotiationNoEtm()
{
    const QJsonObject report = scanOpenssl({QStringLiteral("-client_renegotiation"), QStringLiteral("-no_etm")});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("secure_renegotiation"), QStringLiteral("yes"));
    QCOMPARE(h.result("client_renegotiation"), QStringLiteral("yes"));
    QCOMPARE(h.evidence("client_renegotiation"), QStringLiteral("5 client-initiated renegotiations in a row accepted (5 asked for)"));
    const QJsonObject reneg = h.all.value(QStringLiteral("client_renegotiation")).toObject();
    QCOMPARE(reneg.value(QStringLiteral("tried")).toInt(), 5);
    QCOMPARE(reneg.value(QStringLiteral("accepted")).toInt(), 5);
    QCOMPARE(h.result("encrypt_then_mac"), QStringLiteral("no"));
    QVERIFY2(h.evidence("encrypt_then_mac").startsWith(QLatin1String("no encrypt_then_mac (22) in the TLSv1.2 ServerHello with TLS_")),
             qPrintable(h.dump()));
    QCOMPARE(h.result("extended_master_secret"), QStringLiteral("yes"));
    QCOMPARE(h.result("fallback_scsv"), QStringLiteral("yes"));
    QCOMPARE(hygieneFindings(report), (QStringList{QStringLiteral("tls.client_renegotiation"), QStringLiteral("tls.no_etm")}));
    // The fix names the setting where one exists.
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = f.toObject();
        if (finding.value(QStringLiteral("id")).toString() != QLatin1String("tls.client_renegotiation"))
            continue;
        QVERIFY(finding.value(QStringLiteral("fix")).toObject().value(QStringLiteral("postfix")).toString().contains(
            QLatin1String("tls_ssl_options = NO_RENEGOTIATION")));
    }
}

// -no_renegotiation refuses with the same warning; -legacy_renegotiation (insecure legacy
// renegotiation allowed) changes nothing for a client that asks securely.
void TestScanHygiene::opensslNoRenegotiationLegacy()
{
    const QJsonObject none = scanOpenssl({QStringLiteral("-no_renegotiation")});
    QVERIFY(!none.isEmpty());
    const Hygiene h = hygieneOf(none);
    QCOMPARE(h.result("secure_renegotiation"), QStringLiteral("yes"));
    QCOMPARE(h.result("client_renegotiation"), QStringLiteral("no"));
    QCOMPARE(h.evidence("client_renegotiation"), QStringLiteral("refused: alert warning no_renegotiation (100)"));
    QCOMPARE(hygieneFindings(none), QStringList());

    const QJsonObject legacy = scanOpenssl({QStringLiteral("-legacy_renegotiation")});
    QVERIFY(!legacy.isEmpty());
    const Hygiene l = hygieneOf(legacy);
    QCOMPARE(l.result("secure_renegotiation"), QStringLiteral("yes"));
    QCOMPARE(l.result("client_renegotiation"), QStringLiteral("no"));
    QCOMPARE(l.evidence("client_renegotiation"), QStringLiteral("refused: alert warning no_renegotiation (100)"));
}

// TLS 1.2 as the highest version (TLS 1.0 and 1.1 allowed at security level 0): the fallback
// hello at TLS 1.2 is rightly accepted, the one at TLS 1.1 refused; no sentinel without TLS
// 1.3. --no-attack-checks: no renegotiation asked for.
void TestScanHygiene::opensslTls12HighestNoAttackChecks()
{
    const QJsonObject report = scanOpenssl({QStringLiteral("-no_tls1_3")}, {QStringLiteral("--no-attack-checks")},
                                           QStringLiteral("ALL:@SECLEVEL=0"));
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.all.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.2"));
    // handshake, CBC, fallback 1.2 and 1.1; resumption: TLS 1.2 with a ticket (and so no
    // session id), TLS 1.2 without one, resumed by id, resumed by ticket
    QCOMPARE(h.all.value(QStringLiteral("connections")).toInt(), 4 + 4);
    QCOMPARE(h.result("client_renegotiation"), QStringLiteral("untested"));
    QCOMPARE(h.evidence("client_renegotiation"), QStringLiteral("not tried: --no-attack-checks"));
    QCOMPARE(h.result("fallback_scsv"), QStringLiteral("yes"));
    QCOMPARE(h.evidence("fallback_scsv"), QStringLiteral("a TLSv1.1 hello with TLS_FALLBACK_SCSV got alert inappropriate_fallback (86)"));
    QCOMPARE(h.result("downgrade_sentinel"), QStringLiteral("not_applicable"));
    QCOMPARE(h.result("secure_renegotiation"), QStringLiteral("yes"));
    QCOMPARE(h.result("extended_master_secret"), QStringLiteral("yes"));
    QCOMPARE(h.result("encrypt_then_mac"), QStringLiteral("yes"));
    QCOMPARE(hygieneFindings(report), QStringList());
}

// TLS 1.3 only: nothing at TLS 1.2 or below to check; one refused probe.
void TestScanHygiene::opensslTls13Only()
{
    const QJsonObject report = scanOpenssl({QStringLiteral("-tls1_3")});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QVERIFY(h.all.value(QStringLiteral("version")).isNull());
    // one refused probe; resumption: TLS 1.3 full + resumed, and a refused TLS 1.2 hello
    QCOMPARE(h.all.value(QStringLiteral("connections")).toInt(), 1 + 3);
    for (const char *check : {"secure_renegotiation", "client_renegotiation", "fallback_scsv", "downgrade_sentinel",
                              "extended_master_secret", "encrypt_then_mac"}) {
        QVERIFY2(h.result(check) == QLatin1String("not_applicable"), qPrintable(h.dump()));
        QVERIFY2(h.evidence(check).startsWith(QLatin1String("the server accepts no TLS 1.0-1.2 hello (fatal protocol_version (70))")),
                 qPrintable(h.dump()));
    }
    QCOMPARE(hygieneFindings(report), QStringList());
}

// gnutls-serv with safe renegotiation, the session hash (EMS) and encrypt-then-MAC turned off in
// its priority string: the three "no" answers and their findings; no renegotiation is asked of
// a server without secure renegotiation.
void TestScanHygiene::gnutlsWithoutSafeRenegotiationEmsEtm()
{
    GnutlsServerOptions options;
    options.certFile = pki().rsaLeaf().chainFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.priority = QStringLiteral("NORMAL:%DISABLE_SAFE_RENEGOTIATION:%NO_SESSION_HASH:%NO_ETM");
    GnutlsServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QString failure;
    const QJsonObject report = runScan(server.port(), false, {}, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("scan-hygiene-gnutls.json"), QJsonDocument(report).toJson());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.all.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.2"));
    QCOMPARE(h.result("secure_renegotiation"), QStringLiteral("no"));
    QCOMPARE(h.evidence("secure_renegotiation"),
             QStringLiteral("no renegotiation_info (0xff01) in the TLSv1.2 ServerHello, though the hello carried the SCSV 0x00FF"));
    QCOMPARE(h.result("client_renegotiation"), QStringLiteral("untested"));
    QCOMPARE(h.evidence("client_renegotiation"),
             QStringLiteral("not tried: without secure renegotiation a renegotiation would be the insecure kind"));
    QCOMPARE(h.result("extended_master_secret"), QStringLiteral("no"));
    QCOMPARE(h.result("encrypt_then_mac"), QStringLiteral("no"));
    QCOMPARE(h.result("fallback_scsv"), QStringLiteral("yes"));
    QCOMPARE(h.result("downgrade_sentinel"), QStringLiteral("yes"));
    QCOMPARE(hygieneFindings(report), (QStringList{QStringLiteral("tls.no_ems"), QStringLiteral("tls.no_etm"),
                                                   QStringLiteral("tls.no_secure_renegotiation")}));
}

// Exim 4 with GnuTLS over STARTTLS, as Debian configures it.
void TestScanHygiene::eximDefault()
{
    EximServer exim(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    QString failure;
    const QJsonObject report = runScan(exim.port(), true, {}, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("scan-hygiene-exim.json"), QJsonDocument(report).toJson());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.all.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.2"));
    QCOMPARE(h.result("secure_renegotiation"), QStringLiteral("yes"));
    QCOMPARE(h.result("fallback_scsv"), QStringLiteral("yes"));
    QCOMPARE(h.result("downgrade_sentinel"), QStringLiteral("yes"));
    QCOMPARE(h.result("extended_master_secret"), QStringLiteral("yes"));
    QCOMPARE(h.result("encrypt_then_mac"), QStringLiteral("yes"));
    // GnuTLS hands Exim the request as an error ("Rehandshake was requested by the peer" in its
    // log); Exim ends TLS and answers in cleartext, which our client reads as not TLS.
    QVERIFY2(h.result("client_renegotiation") == QLatin1String("no"), qPrintable(h.dump()));
    QCOMPARE(h.evidence("client_renegotiation"), QStringLiteral("refused: the server broke off TLS instead (its answer was not a TLS record)"));
    QCOMPARE(h.all.value(QStringLiteral("client_renegotiation")).toObject().value(QStringLiteral("tried")).toInt(), 1);
    QFile mainlog(QDir(exim.workDir()).filePath(QStringLiteral("log/mainlog")));
    QVERIFY2(mainlog.open(QIODevice::ReadOnly), qPrintable(mainlog.fileName()));
    QVERIFY2(mainlog.readAll().contains("Rehandshake was requested by the peer"), qPrintable(exim.logText().right(2000)));
    QCOMPARE(hygieneFindings(report), QStringList());
}

MAILTLS_TEST_MAIN(TestScanHygiene)
#include "test_scan_hygiene.moc"
