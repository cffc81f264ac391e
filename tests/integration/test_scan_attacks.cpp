// `mailtls scan` known-attack probes (scan/attack_probes.h): Heartbleed, CCS injection, ROBOT and
// Ticketbleed. Real servers (`openssl s_server`, Exim with GnuTLS as Debian ships it) are not
// vulnerable, and each says so with evidence ("no", never "untested"). The vulnerable side comes
// from tests/integration/vulnerable_tls_peer.py, which answers at the byte level as a vulnerable
// server would (for ROBOT it really decrypts the premaster with the private key). Also:
// --no-attack-checks and --skip-checks leave the probes out, an unknown check name is a usage error.
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

namespace {

const char *const kChecks[] = {"heartbleed_leak", "ccs_injection_accepted", "robot_oracle", "ticketbleed_leak"};
const QStringList kAttackIds = {QStringLiteral("tls.heartbleed"), QStringLiteral("tls.ccs_injection"), QStringLiteral("tls.robot"),
                                QStringLiteral("tls.ticketbleed")};

struct Scan {
    ToolResult tool;
    QJsonObject report;
    QJsonObject hygiene() const { return report.value(QStringLiteral("scan")).toObject().value(QStringLiteral("hygiene")).toObject(); }
    QString result(const char *check) const { return hygiene().value(QLatin1String(check)).toObject().value(QStringLiteral("result")).toString(); }
    QString evidence(const char *check) const { return hygiene().value(QLatin1String(check)).toObject().value(QStringLiteral("evidence")).toString(); }
    QStringList attackFindings() const
    {
        QStringList out;
        for (const QString &id : findingIds(report))
            if (kAttackIds.contains(id))
                out << id;
        out.sort();
        return out;
    }
    QString describe() const
    {
        return tool.describe().left(3000) + QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(hygiene()).toJson()).left(6000);
    }
};

Scan runScan(quint16 port, bool starttls, const QStringList &extra = {})
{
    QStringList args{QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--starttls"),
                     starttls ? QStringLiteral("smtp") : QStringLiteral("none"), QStringLiteral("--json"), QStringLiteral("-"),
                     QStringLiteral("--no-color")};
    args += extra;
    Scan s;
    s.tool = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, 300000);
    s.report = QJsonDocument::fromJson(s.tool.out).object();
    return s;
}

class VulnerablePeer : public PeerProcess
{
public:
    VulnerablePeer() : PeerProcess(QStringLiteral("vulnerable-tls")) {}
    ~VulnerablePeer() override { stop(); }

    bool start(const QString &mode, QString *error)
    {
        const TestPki &pki = TestPki::instance();
        return launch(QStringLiteral("python3"),
                      [=, &pki](quint16 p) {
                          return QStringList{QStringLiteral(MAILTLS_SOURCE_DIR "/tests/integration/vulnerable_tls_peer.py"),
                                             QStringLiteral("--port"), QString::number(p), QStringLiteral("--mode"), mode,
                                             QStringLiteral("--cert"), pki.rsaLeaf().certFile,
                                             QStringLiteral("--key"), pki.rsaLeaf().keyFile};
                      },
                      Readiness::Listening, 15000, error);
    }

protected:
    bool confirmsListening(quint16) const override { return outputText().contains(QLatin1String("READY")); }
};

} // namespace

class TestScanAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensslNotVulnerable();
    void eximNotVulnerable();
    void noAttackChecks();
    void skipChecks();
    void unknownCheckIsUsageError();
    void vulnerablePeer_data();
    void vulnerablePeer();

private:
    const TestPki &pki() const { return TestPki::instance(); }
};

void TestScanAttacks::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
}

// OpenSSL 3 has no heartbeat, refuses an early CCS, answers every RSA premaster alike and
// starts a new session for a made-up ticket.
void TestScanAttacks::opensslNotVulnerable()
{
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const Scan s = runScan(server.port(), false);
    QVERIFY2(!s.report.isEmpty(), qPrintable(s.tool.describe()));
    saveArtifact(QStringLiteral("scan-attacks-openssl.json"), QJsonDocument(s.report).toJson());
    for (const char *check : kChecks)
        QVERIFY2(s.result(check) == QLatin1String("no"), qPrintable(s.describe()));
    QVERIFY2(s.evidence("heartbleed_leak").contains(QLatin1String("no heartbeat extension (15)")), qPrintable(s.describe()));
    QVERIFY2(s.evidence("ccs_injection_accepted").contains(QLatin1String("unexpected_message (10)")), qPrintable(s.describe()));
    QVERIFY2(s.evidence("robot_oracle").contains(QLatin1String("all got alert")), qPrintable(s.describe()));
    QVERIFY2(s.evidence("ticketbleed_leak").contains(QLatin1String("1-byte session id")), qPrintable(s.describe()));
    // One hello for heartbleed and ticketbleed, one for CCS, five for ROBOT.
    QCOMPARE(s.hygiene().value(QStringLiteral("attack_connections")).toInt(), 7);
    QCOMPARE(s.attackFindings(), QStringList());
}

// Exim with GnuTLS (Debian's exim4-daemon-heavy), after STARTTLS.
void TestScanAttacks::eximNotVulnerable()
{
    EximServer exim(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const Scan s = runScan(exim.port(), true);
    QVERIFY2(!s.report.isEmpty(), qPrintable(s.tool.describe()));
    saveArtifact(QStringLiteral("scan-attacks-exim.json"), QJsonDocument(s.report).toJson());
    for (const char *check : kChecks)
        QVERIFY2(s.result(check) == QLatin1String("no"), qPrintable(s.describe()));
    QVERIFY2(s.evidence("heartbleed_leak").contains(QLatin1String("no heartbeat extension (15)")), qPrintable(s.describe()));
    QVERIFY2(!s.evidence("robot_oracle").isEmpty(), qPrintable(s.describe()));
    QCOMPARE(s.attackFindings(), QStringList());
}

void TestScanAttacks::noAttackChecks()
{
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const Scan s = runScan(server.port(), false, {QStringLiteral("--no-attack-checks")});
    QVERIFY2(!s.report.isEmpty(), qPrintable(s.tool.describe()));
    for (const char *check : kChecks) {
        QVERIFY2(s.result(check) == QLatin1String("untested"), qPrintable(s.describe()));
        QVERIFY2(s.evidence(check) == QLatin1String("not tried: skipped (--no-attack-checks)"), qPrintable(s.describe()));
    }
    QCOMPARE(s.hygiene().value(QStringLiteral("attack_connections")).toInt(), 0);
}

void TestScanAttacks::skipChecks()
{
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const Scan s = runScan(server.port(), false, {QStringLiteral("--skip-checks"), QStringLiteral("robot, heartbleed")});
    QVERIFY2(!s.report.isEmpty(), qPrintable(s.tool.describe()));
    QCOMPARE(s.result("robot_oracle"), QStringLiteral("untested"));
    QCOMPARE(s.evidence("robot_oracle"), QStringLiteral("not tried: skipped (--skip-checks robot)"));
    QCOMPARE(s.result("heartbleed_leak"), QStringLiteral("untested"));
    QCOMPARE(s.result("ccs_injection_accepted"), QStringLiteral("no"));
    QCOMPARE(s.result("ticketbleed_leak"), QStringLiteral("no"));
    QCOMPARE(s.hygiene().value(QStringLiteral("attack_connections")).toInt(), 2);
}

void TestScanAttacks::unknownCheckIsUsageError()
{
    const ToolResult cli = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                   {QStringLiteral("scan"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--skip-checks"),
                                    QStringLiteral("robot,poodle")},
                                   {}, 30000);
    QVERIFY2(cli.finished, qPrintable(cli.describe()));
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(QString::fromUtf8(cli.err).contains(QLatin1String("unknown check 'poodle'")), qPrintable(cli.describe()));
}

void TestScanAttacks::vulnerablePeer_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("heartbleed") << "heartbleed" << "heartbleed_leak" << "tls.heartbleed"
                                << "heartbeat response of 1043 bytes (payload_length 1024) to a request carrying 16";
    QTest::newRow("ccs") << "ccs" << "ccs_injection_accepted" << "tls.ccs_injection" << "bad_record_mac (20)";
    QTest::newRow("robot") << "robot" << "robot_oracle" << "tls.robot"
                           << "the well-formed RSA premaster got alert fatal bad_record_mac (20), but block type 0x17";
    QTest::newRow("ticketbleed") << "ticketbleed" << "ticketbleed_leak" << "tls.ticketbleed"
                                 << "32-byte session id starting with ours: 31 bytes that are not ours";
}

// Each peer is vulnerable in its own mode only: that check is "yes" with its finding, the others "no".
void TestScanAttacks::vulnerablePeer()
{
    QFETCH(QString, mode);
    QFETCH(QString, check);
    QFETCH(QString, finding);
    QFETCH(QString, evidence);
    VulnerablePeer peer;
    QString error;
    QVERIFY2(peer.start(mode, &error), qPrintable(error));
    const Scan s = runScan(peer.port(), true);
    QVERIFY2(!s.report.isEmpty(), qPrintable(s.tool.describe()));
    saveArtifact(QStringLiteral("scan-attacks-%1.json").arg(mode), QJsonDocument(s.report).toJson());
    const QByteArray checkName = check.toLatin1();
    QVERIFY2(s.result(checkName.constData()) == QLatin1String("yes"), qPrintable(s.describe()));
    QVERIFY2(s.evidence(checkName.constData()).contains(evidence), qPrintable(s.describe()));
    for (const char *other : kChecks)
        if (check != QLatin1String(other))
            QVERIFY2(s.result(other) == QLatin1String("no"), qPrintable(QStringLiteral("%1\n%2").arg(QLatin1String(other), s.describe())));
    QCOMPARE(s.attackFindings(), QStringList{finding});
    // The leaked bytes (the peer's filler) are neither kept nor shown.
    QVERIFY2(!s.tool.out.contains("MEMORY-OF-THE-SERVER"), qPrintable(s.describe()));
    QVERIFY2(!s.tool.err.contains("MEMORY-OF-THE-SERVER"), qPrintable(s.describe()));
}

MAILTLS_TEST_MAIN(TestScanAttacks)
#include "test_scan_attacks.moc"
