// STARTTLS's own weaknesses in IMAP, POP3 and ManageSieve (scan/starttls_probes.h, issue 14).
// Against a real Dovecot (tests/support/dovecot_server.h) once with disable_plaintext_auth = yes
// (LOGINDISABLED, AUTHENTICATE PLAIN refused before TLS: no finding) and once with it = no
// (imap.login_before_tls, pop3.plaintext_auth, sieve.auth_before_tls from the scan's own
// evidence); Dovecot discards what came with STARTTLS (command_injection "no"). The vulnerable
// side comes from tests/integration/starttls_injection_peer.py (real TLS), which keeps the
// command written behind STARTTLS/STLS and answers it inside TLS. A capability list without
// STARTTLS raises starttls.not_offered in a session and in the scan's lane.
#include "dovecot_server.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

namespace {

struct Run {
    ToolResult tool;
    QJsonObject json;
    QJsonObject starttls() const { return json.value(QStringLiteral("scan")).toObject().value(QStringLiteral("starttls")).toObject(); }
    QString result(const char *check) const { return starttls().value(QLatin1String(check)).toObject().value(QStringLiteral("result")).toString(); }
    QString evidence(const char *check) const { return starttls().value(QLatin1String(check)).toObject().value(QStringLiteral("evidence")).toString(); }
    QString dump() const
    {
        return tool.describe().left(2000) + QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(starttls()).toJson())
            + QLatin1Char('\n') + findingIds(json).join(QLatin1Char(' '));
    }
};

Run runCli(const QStringList &args)
{
    Run r;
    r.tool = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, 300000);
    r.json = QJsonDocument::fromJson(r.tool.out).object();
    return r;
}

Run scanOf(const QString &host, quint16 port, const QString &dialect)
{
    return runCli({QStringLiteral("scan"), QStringLiteral("%1:%2").arg(host).arg(port), QStringLiteral("--starttls"), dialect,
                   QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--no-color")});
}

class InjectionPeer : public PeerProcess
{
public:
    InjectionPeer() : PeerProcess(QStringLiteral("starttls-injection")) {}
    ~InjectionPeer() override { stop(); }

    bool start(const QString &dialect, const QStringList &flags, QString *error)
    {
        const TestPki &pki = TestPki::instance();
        return launch(QStringLiteral("python3"),
                      [=, &pki](quint16 p) {
                          return QStringList{QStringLiteral(MAILTLS_SOURCE_DIR "/tests/integration/starttls_injection_peer.py"),
                                             QStringLiteral("--port"), QString::number(p), QStringLiteral("--dialect"), dialect,
                                             QStringLiteral("--cert"), pki.rsaLeaf().certFile,
                                             QStringLiteral("--key"), pki.rsaLeaf().keyFile}
                              + flags;
                      },
                      Readiness::Listening, 15000, error);
    }

protected:
    bool confirmsListening(quint16) const override { return outputText().contains(QLatin1String("READY")); }
};

const QStringList kLoginIds = {QStringLiteral("imap.login_before_tls"), QStringLiteral("pop3.plaintext_auth"),
                               QStringLiteral("sieve.auth_before_tls")};

} // namespace

class TestScanStarttlsDialects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dovecot_data();
    void dovecot();
    void autoDialect();
    void injectionPeer_data();
    void injectionPeer();
    void notOffered_data();
    void notOffered();

private:
    DovecotServer strict_;
    DovecotServer plaintext_;
    bool haveDovecot_ = false;
};

void TestScanStarttlsDialects::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(TestPki::instance().ok(), qPrintable(TestPki::instance().error()));
    haveDovecot_ = QFileInfo(QStringLiteral("/usr/sbin/dovecot")).isExecutable();
    if (!haveDovecot_)
        return;
    QVERIFY2(strict_.start(), qPrintable(strict_.error()));
    DovecotOptions open;
    open.plaintextAuth = true;
    QVERIFY2(plaintext_.start(open), qPrintable(plaintext_.error()));
}

void TestScanStarttlsDialects::cleanupTestCase()
{
    strict_.stop();
    plaintext_.stop();
}

void TestScanStarttlsDialects::dovecot_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("plaintextAuth");
    QTest::addColumn<QString>("id");
    for (const bool open : {false, true}) {
        const char *how = open ? "plaintext" : "strict";
        QTest::addRow("imap-%s", how) << QStringLiteral("imap") << open << QStringLiteral("imap.login_before_tls");
        QTest::addRow("pop3-%s", how) << QStringLiteral("pop3") << open << QStringLiteral("pop3.plaintext_auth");
        QTest::addRow("sieve-%s", how) << QStringLiteral("sieve") << open << QStringLiteral("sieve.auth_before_tls");
    }
}

void TestScanStarttlsDialects::dovecot()
{
    if (!haveDovecot_)
        QSKIP("dovecot is not installed (.ci/packages: dovecot-core, -imapd, -pop3d, -managesieved)");
    QFETCH(QString, dialect);
    QFETCH(bool, plaintextAuth);
    QFETCH(QString, id);
    const DovecotServer &server = plaintextAuth ? plaintext_ : strict_;
    const quint16 port = dialect == QLatin1String("imap") ? server.imapPort()
                       : dialect == QLatin1String("pop3") ? server.pop3Port()
                                                          : server.sievePort();
    const Run r = scanOf(server.host(), port, dialect);
    QVERIFY2(!r.json.isEmpty(), qPrintable(r.tool.describe()));
    saveArtifact(QStringLiteral("scan-starttls-dovecot-%1-%2.json").arg(dialect, plaintextAuth ? QStringLiteral("plaintext")
                                                                                                 : QStringLiteral("strict")),
                 QJsonDocument(r.json).toJson());
    QCOMPARE(r.starttls().value(QStringLiteral("connections")).toInt(), 2);
    // No mail transaction outside SMTP.
    QVERIFY2(r.result("mail_before_tls") == QLatin1String("not_applicable"), qPrintable(r.dump()));
    // Dovecot runs nothing that came with STARTTLS: it drops a connection with a command
    // pipelined behind STARTTLS during the handshake (or, elsewhere, answers only our own NOOP).
    QVERIFY2(r.result("command_injection") == QLatin1String("no"), qPrintable(r.dump()));
    QVERIFY2(r.evidence("command_injection").contains(QLatin1String("closed the connection during the TLS handshake"))
                 || r.evidence("command_injection").contains(QLatin1String("exactly one reply")),
             qPrintable(r.dump()));
    QVERIFY2(!findingIds(r.json).contains(QStringLiteral("starttls.command_injection")), qPrintable(r.dump()));
    QVERIFY2(!findingIds(r.json).contains(QStringLiteral("starttls.not_offered")), qPrintable(r.dump()));
    const QString evidence = r.evidence("auth_before_tls");
    // No credentials ever: a challenge is cancelled, a password is never in the transcript.
    QVERIFY2(!QString::fromUtf8(r.tool.out).contains(server.options().password), "the password appeared in the output");
    if (plaintextAuth) {
        QVERIFY2(r.result("auth_before_tls") == QLatin1String("yes"), qPrintable(r.dump()));
        QVERIFY2(evidence.contains(QLatin1String("no credentials sent")), qPrintable(r.dump()));
        if (dialect == QLatin1String("imap"))
            QVERIFY2(evidence.contains(QLatin1String("LOGINDISABLED missing")) && evidence.contains(QLatin1String("AUTH=PLAIN")),
                     qPrintable(r.dump()));
        if (dialect == QLatin1String("pop3"))
            QVERIFY2(evidence.contains(QLatin1String("USER advertised")), qPrintable(r.dump()));
        QVERIFY2(findingIds(r.json).contains(id), qPrintable(r.dump()));
    } else {
        QVERIFY2(r.result("auth_before_tls") == QLatin1String("no"), qPrintable(r.dump()));
        QVERIFY2(evidence.contains(QLatin1String("was refused")), qPrintable(r.dump()));
        if (dialect == QLatin1String("imap"))
            QVERIFY2(r.json.value(QStringLiteral("transcript")).toArray().size() > 0, qPrintable(r.dump()));
        for (const QString &other : kLoginIds)
            QVERIFY2(!findingIds(r.json).contains(other), qPrintable(r.dump()));
    }
}

// --starttls auto: the lane speaks the dialect the greeting showed.
void TestScanStarttlsDialects::autoDialect()
{
    if (!haveDovecot_)
        QSKIP("dovecot is not installed (.ci/packages: dovecot-core, -imapd, -pop3d, -managesieved)");
    const Run r = scanOf(plaintext_.host(), plaintext_.pop3Port(), QStringLiteral("auto"));
    QVERIFY2(!r.json.isEmpty(), qPrintable(r.tool.describe()));
    QCOMPARE(r.json.value(QStringLiteral("target")).toObject().value(QStringLiteral("dialect")).toString(), QStringLiteral("pop3"));
    QVERIFY2(r.result("auth_before_tls") == QLatin1String("yes"), qPrintable(r.dump()));
    QVERIFY2(r.evidence("auth_before_tls").startsWith(QLatin1String("CAPA before STLS")), qPrintable(r.dump()));
    QVERIFY2(findingIds(r.json).contains(QStringLiteral("pop3.plaintext_auth")), qPrintable(r.dump()));
}

void TestScanStarttlsDialects::injectionPeer_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("vulnerable");
    QTest::addRow("imap-vulnerable") << QStringLiteral("imap") << true;
    QTest::addRow("pop3-vulnerable") << QStringLiteral("pop3") << true;
    QTest::addRow("imap-discards") << QStringLiteral("imap") << false;
    QTest::addRow("pop3-discards") << QStringLiteral("pop3") << false;
}

void TestScanStarttlsDialects::injectionPeer()
{
    QFETCH(QString, dialect);
    QFETCH(bool, vulnerable);
    InjectionPeer peer;
    QString error;
    QVERIFY2(peer.start(dialect, vulnerable ? QStringList{QStringLiteral("--vulnerable")} : QStringList{}, &error), qPrintable(error));
    const Run r = scanOf(QStringLiteral("127.0.0.1"), peer.port(), dialect);
    QVERIFY2(!r.json.isEmpty(), qPrintable(r.tool.describe()));
    saveArtifact(QStringLiteral("scan-starttls-peer-%1-%2.json").arg(dialect, vulnerable ? QStringLiteral("vulnerable") : QStringLiteral("discards")),
                 QJsonDocument(r.json).toJson());
    // The peer lists LOGINDISABLED (IMAP) or no USER/SASL (POP3) and refuses the PLAIN exchange.
    QVERIFY2(r.result("auth_before_tls") == QLatin1String("no"), qPrintable(r.dump()));
    if (vulnerable) {
        QVERIFY2(r.result("command_injection") == QLatin1String("yes"), qPrintable(r.dump()));
        QVERIFY2(r.evidence("command_injection").contains(QLatin1String("NOOP")), qPrintable(r.dump()));
        QVERIFY2(findingIds(r.json).contains(QStringLiteral("starttls.command_injection")), qPrintable(r.dump()));
    } else {
        QVERIFY2(r.result("command_injection") == QLatin1String("no"), qPrintable(r.dump()));
        QVERIFY2(!findingIds(r.json).contains(QStringLiteral("starttls.command_injection")), qPrintable(r.dump()));
    }
}

void TestScanStarttlsDialects::notOffered_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addRow("imap") << QStringLiteral("imap");
    QTest::addRow("pop3") << QStringLiteral("pop3");
}

// Without STARTTLS/STLS in the list: a session stays in cleartext and raises starttls.not_offered.
void TestScanStarttlsDialects::notOffered()
{
    QFETCH(QString, dialect);
    InjectionPeer peer;
    QString error;
    QVERIFY2(peer.start(dialect, {QStringLiteral("--no-starttls")}, &error), qPrintable(error));
    const Run s = runCli({QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(peer.port()), QStringLiteral("--starttls"), dialect,
                          QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(!s.json.isEmpty(), qPrintable(s.tool.describe()));
    QVERIFY2(findingIds(s.json).contains(QStringLiteral("starttls.not_offered")), qPrintable(s.dump()));
    const Run r = scanOf(QStringLiteral("127.0.0.1"), peer.port(), dialect);
    QVERIFY2(!r.json.isEmpty(), qPrintable(r.tool.describe()));
    saveArtifact(QStringLiteral("scan-starttls-not-offered-%1.json").arg(dialect), QJsonDocument(r.json).toJson());
    // The scan stops (nothing to scan without STARTTLS) and says why with the same id.
    QVERIFY2(findingIds(r.json).contains(QStringLiteral("starttls.not_offered")), qPrintable(r.dump()));
}

MAILTLS_TEST_MAIN(TestScanStarttlsDialects)
#include "test_scan_starttls_dialects.moc"
