// IMAP, POP3 and ManageSieve against a real Dovecot (tests/support/dovecot_server.h): a session
// in each dialect, with STARTTLS and with implicit TLS; the capability lists before and after
// TLS; a login whose password stays out of the JSON, the text and the HTML; the cleartext-login
// findings with plaintext auth allowed and their absence with it disabled; --starttls auto; and
// `mailtls scan` in IMAP finding TLS versions. Submission (587 defaults) against Exim.
#include "dovecot_server.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

#include "model/session_options.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

namespace {

struct CliRun {
    ToolResult tool;
    QJsonObject json;
    bool ok = false;
};

CliRun runCli(const QStringList &args, int timeoutMs = 60000)
{
    CliRun r;
    r.tool = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, timeoutMs);
    const QJsonDocument doc = QJsonDocument::fromJson(r.tool.out);
    r.ok = r.tool.finished && (r.tool.exitCode == 0 || r.tool.exitCode == 1) && doc.isObject();
    r.json = doc.object();
    return r;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QString transcriptText(const QJsonObject &report)
{
    QStringList lines;
    for (const QJsonValue &l : report.value(QStringLiteral("transcript")).toArray())
        lines << l.toObject().value(QStringLiteral("text")).toString();
    return lines.join(QLatin1Char('\n'));
}

QJsonObject findingById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("id")).toString() == id)
            return f.toObject();
    return {};
}

} // namespace

class TestDialectsDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sessions_data();
    void sessions();
    void findingsWithPlaintextAuth_data();
    void findingsWithPlaintextAuth();
    void starttlsAuto_data();
    void starttlsAuto();
    void scanImap();
    void certificateFixesNameDovecot();
    void submissionDefaultsAgainstExim();

private:
    QStringList sessionArgs(const DovecotServer &server, quint16 port, const QString &dialect, bool implicit,
                            bool login) const;
    DovecotServer strict_;      // disable_plaintext_auth = yes, ssl = required
    DovecotServer plaintext_;   // passwords accepted in clear
};

void TestDialectsDovecot::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(TestPki::instance().ok(), qPrintable(TestPki::instance().error()));
    if (!QFileInfo(QStringLiteral("/usr/sbin/dovecot")).isExecutable())
        QSKIP("dovecot is not installed (.ci/packages: dovecot-core, -imapd, -pop3d, -managesieved)");
    QVERIFY2(strict_.start(), qPrintable(strict_.error()));
    DovecotOptions open;
    open.plaintextAuth = true;
    QVERIFY2(plaintext_.start(open), qPrintable(plaintext_.error()));
}

void TestDialectsDovecot::cleanupTestCase()
{
    strict_.stop();
    plaintext_.stop();
}

QStringList TestDialectsDovecot::sessionArgs(const DovecotServer &server, quint16 port, const QString &dialect, bool implicit,
                                             bool login) const
{
    QStringList args{QStringLiteral("session"), QStringLiteral("%1:%2").arg(server.host()).arg(port),
                     QStringLiteral("--ca-file"), TestPki::instance().caFile(), QStringLiteral("--servername"),
                     QStringLiteral("localhost"), QStringLiteral("--json"), QStringLiteral("-")};
    if (!dialect.isEmpty())
        args << QStringLiteral("--starttls") << dialect;
    if (implicit)
        args << QStringLiteral("--implicit-tls");
    if (login)
        args << QStringLiteral("--auth-user") << server.options().user << QStringLiteral("--auth-pass-file") << server.passwordFile();
    return args;
}

void TestDialectsDovecot::sessions_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("implicit");
    QTest::addColumn<QString>("before");        // a keyword only the cleartext list has
    QTest::addColumn<QString>("after");         // one the list under TLS has
    QTest::addColumn<QString>("loginLine");     // the transcript's (redacted) credential line
    QTest::newRow("imap starttls") << "imap" << false << "LOGINDISABLED" << "AUTH=PLAIN" << "<redacted: PLAIN response for \"mailtls\">";
    QTest::newRow("imap implicit") << "imap" << true << "" << "AUTH=PLAIN" << "<redacted: PLAIN response for \"mailtls\">";
    QTest::newRow("pop3 starttls") << "pop3" << false << "STLS" << "SASL PLAIN LOGIN" << "<redacted: PLAIN response for \"mailtls\">";
    QTest::newRow("pop3 implicit") << "pop3" << true << "" << "USER" << "<redacted: PLAIN response for \"mailtls\">";
    QTest::newRow("sieve starttls") << "sieve" << false << "STARTTLS" << "SASL PLAIN LOGIN"
                                    << "AUTHENTICATE \"PLAIN\" <redacted: PLAIN response for \"mailtls\">";
}

void TestDialectsDovecot::sessions()
{
    QFETCH(QString, dialect);
    QFETCH(bool, implicit);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, loginLine);
    const quint16 port = dialect == QLatin1String("imap") ? (implicit ? strict_.imapsPort() : strict_.imapPort())
                       : dialect == QLatin1String("pop3") ? (implicit ? strict_.pop3sPort() : strict_.pop3Port())
                                                          : strict_.sievePort();
    const QString html = QDir(QDir::tempPath()).filePath(QStringLiteral("mailtls-dialect-%1-%2.html").arg(dialect).arg(implicit));
    QStringList args = sessionArgs(strict_, port, dialect, implicit, true);
    args << QStringLiteral("--html") << html;
    const CliRun run = runCli(args);
    QVERIFY2(run.ok, qPrintable(run.tool.describe()));
    const QJsonObject &r = run.json;
    const QJsonObject target = r.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("dialect")).toString(), dialect);
    QCOMPARE(target.value(QStringLiteral("implicit_tls")).toBool(), implicit);
    QVERIFY2(r.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("completed")).toBool(), qPrintable(run.tool.outText()));
    const QJsonObject tls = r.value(QStringLiteral("tls")).toObject();
    QVERIFY(tls.value(QStringLiteral("established")).toBool());
    QVERIFY2(tls.value(QStringLiteral("version")).toString().startsWith(QLatin1String("TLSv1.")), qPrintable(run.tool.outText()));
    const QJsonObject smtp = r.value(QStringLiteral("smtp")).toObject();
    const QStringList beforeList = strings(smtp.value(QStringLiteral("ehlo_before_tls")));
    const QStringList afterList = strings(smtp.value(QStringLiteral("ehlo_after_tls")));
    if (implicit) {
        QVERIFY(beforeList.isEmpty());
    } else {
        QVERIFY2(beforeList.contains(before), qPrintable(beforeList.join(QLatin1Char('|'))));
        QVERIFY2(!afterList.contains(before), qPrintable(afterList.join(QLatin1Char('|'))));
        QVERIFY(smtp.value(QStringLiteral("starttls_offered")).toBool());
        QVERIFY(smtp.value(QStringLiteral("starttls_accepted")).toBool());
        // No password mechanism in clear (disable_plaintext_auth = yes, ssl = required).
        QVERIFY2(strings(smtp.value(QStringLiteral("auth_before_tls"))).isEmpty(), qPrintable(beforeList.join(QLatin1Char('|'))));
    }
    QVERIFY2(afterList.contains(after), qPrintable(afterList.join(QLatin1Char('|'))));
    QVERIFY(strings(smtp.value(QStringLiteral("auth_after_tls"))).contains(QStringLiteral("PLAIN")));

    const QString transcript = transcriptText(r);
    QVERIFY2(transcript.contains(QStringLiteral("authenticated as mailtls")), qPrintable(transcript));
    QVERIFY2(transcript.contains(loginLine), qPrintable(transcript));
    // The password, and the base64 PLAIN blob that carries it, appear nowhere.
    const QByteArray password = strict_.options().password.toUtf8();
    const QByteArray blob = QByteArray("\0mailtls\0", 9).append(password).toBase64();
    QVERIFY(!run.tool.out.contains(password));
    QVERIFY(!run.tool.out.contains(blob));
    const QString htmlText = readTextFile(html, 4 * 1024 * 1024);
    QFile::remove(html);
    QVERIFY2(htmlText.contains(QStringLiteral("mailtls")), qPrintable(html));
    QVERIFY(!htmlText.contains(QString::fromUtf8(password)));
    for (const QString &id : {QStringLiteral("imap.login_before_tls"), QStringLiteral("pop3.plaintext_auth"),
                              QStringLiteral("sieve.auth_before_tls"), QStringLiteral("auth.plaintext_before_tls")})
        QVERIFY2(!findingIds(r).contains(id), qPrintable(id));

    // The text output the admin reads, with --show-secrets: the password is shown on request.
    QStringList shown = sessionArgs(strict_, port, dialect, implicit, true);
    shown.removeAll(QStringLiteral("--json"));
    shown.removeAll(QStringLiteral("-"));
    shown << QStringLiteral("--show-secrets");
    const ToolResult text = runTool(QStringLiteral(MAILTLS_CLI_PATH), shown, {}, 60000);
    QVERIFY2(text.finished && text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(password) || text.out.contains(blob), qPrintable(text.outText()));
}

void TestDialectsDovecot::findingsWithPlaintextAuth_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("finding");
    QTest::newRow("imap") << "imap" << "imap.login_before_tls";
    QTest::newRow("pop3") << "pop3" << "pop3.plaintext_auth";
    QTest::newRow("sieve") << "sieve" << "sieve.auth_before_tls";
}

void TestDialectsDovecot::findingsWithPlaintextAuth()
{
    QFETCH(QString, dialect);
    QFETCH(QString, finding);
    auto portOf = [&dialect](const DovecotServer &s) {
        return dialect == QLatin1String("imap") ? s.imapPort() : dialect == QLatin1String("pop3") ? s.pop3Port() : s.sievePort();
    };
    const CliRun open = runCli(sessionArgs(plaintext_, portOf(plaintext_), dialect, false, false));
    QVERIFY2(open.ok, qPrintable(open.tool.describe()));
    const QJsonObject f = findingById(open.json, finding);
    QVERIFY2(!f.isEmpty(), qPrintable(findingIds(open.json).join(QLatin1Char(' '))));
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QVERIFY2(f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("dovecot")).toString().contains(
                 QStringLiteral("disable_plaintext_auth = yes")),
             qPrintable(QString::fromUtf8(QJsonDocument(f).toJson())));
    QVERIFY(strings(open.json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("auth_before_tls"))).contains(QStringLiteral("PLAIN")));
    QVERIFY(!findingIds(open.json).contains(QStringLiteral("auth.plaintext_before_tls")));

    const CliRun strict = runCli(sessionArgs(strict_, portOf(strict_), dialect, false, false));
    QVERIFY2(strict.ok, qPrintable(strict.tool.describe()));
    QVERIFY2(!findingIds(strict.json).contains(finding), qPrintable(findingIds(strict.json).join(QLatin1Char(' '))));
}

void TestDialectsDovecot::starttlsAuto_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("imap") << "imap";
    QTest::newRow("pop3") << "pop3";
    QTest::newRow("sieve") << "sieve";
}

void TestDialectsDovecot::starttlsAuto()
{
    QFETCH(QString, dialect);
    const quint16 port = dialect == QLatin1String("imap") ? strict_.imapPort()
                       : dialect == QLatin1String("pop3") ? strict_.pop3Port() : strict_.sievePort();
    const CliRun run = runCli(sessionArgs(strict_, port, QStringLiteral("auto"), false, true));
    QVERIFY2(run.ok, qPrintable(run.tool.describe()));
    QCOMPARE(run.json.value(QStringLiteral("target")).toObject().value(QStringLiteral("dialect")).toString(), dialect);
    QVERIFY(run.json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("established")).toBool());
    QVERIFY2(transcriptText(run.json).contains(QStringLiteral("authenticated as mailtls")), qPrintable(transcriptText(run.json)));
}

void TestDialectsDovecot::scanImap()
{
    const CliRun run = runCli({QStringLiteral("scan"), QStringLiteral("%1:%2").arg(strict_.host()).arg(strict_.imapPort()),
                               QStringLiteral("--starttls"), QStringLiteral("imap"), QStringLiteral("--json"), QStringLiteral("-")},
                              300000);
    QVERIFY2(run.ok, qPrintable(run.tool.describe()));
    const Matrix m = parseMailtls(run.json);
    QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
    QVERIFY2(m.protocols.value(QStringLiteral("TLSv1.2")) && m.protocols.value(QStringLiteral("TLSv1.3")),
             qPrintable(run.tool.outText().left(4000)));
    QVERIFY(!m.suites.value(QStringLiteral("TLSv1.2")).isEmpty());

    // --starttls auto on the ManageSieve port: the report names what the greeting showed.
    const CliRun sieve = runCli({QStringLiteral("scan"), QStringLiteral("%1:%2").arg(strict_.host()).arg(strict_.sievePort()),
                                 QStringLiteral("--starttls"), QStringLiteral("auto"), QStringLiteral("--json"), QStringLiteral("-")},
                                300000);
    QVERIFY2(sieve.ok, qPrintable(sieve.tool.describe()));
    QCOMPARE(sieve.json.value(QStringLiteral("target")).toObject().value(QStringLiteral("dialect")).toString(), QStringLiteral("sieve"));
    QVERIFY(parseMailtls(sieve.json).protocols.value(QStringLiteral("TLSv1.3")));
}

void TestDialectsDovecot::certificateFixesNameDovecot()
{
    // Without --ca-file the test CA is unknown: the certificate finding's fix is Dovecot's.
    const CliRun run = runCli({QStringLiteral("session"), QStringLiteral("%1:%2").arg(strict_.host()).arg(strict_.imapsPort()),
                               QStringLiteral("--starttls"), QStringLiteral("imap"), QStringLiteral("--implicit-tls"),
                               QStringLiteral("--servername"), QStringLiteral("localhost"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.ok, qPrintable(run.tool.describe()));
    bool seen = false;
    for (const QJsonValue &v : run.json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (!f.value(QStringLiteral("id")).toString().startsWith(QLatin1String("cert.")))
            continue;
        seen = true;
        const QJsonObject fix = f.value(QStringLiteral("fix")).toObject();
        QVERIFY2(fix.value(QStringLiteral("dovecot")).toString().contains(QStringLiteral("ssl_cert = <")),
                 qPrintable(QString::fromUtf8(QJsonDocument(f).toJson())));
        QVERIFY(fix.value(QStringLiteral("exim")).isNull());
        QVERIFY(fix.value(QStringLiteral("postfix")).isNull());
    }
    QVERIFY2(seen, qPrintable(findingIds(run.json).join(QLatin1Char(' '))));
}

void TestDialectsDovecot::submissionDefaultsAgainstExim()
{
    // 587 names SMTP with STARTTLS (submission); 465 SMTP inside TLS; the IMAP/POP3 ports their own.
    using namespace mailtls::core;
    QCOMPARE(defaultDialectForPort(587), QStringLiteral("smtp"));
    QVERIFY(!defaultImplicitTlsForPort(587));
    QVERIFY(defaultImplicitTlsForPort(465));
    QCOMPARE(defaultDialectForPort(143), QStringLiteral("imap"));
    QCOMPARE(defaultDialectForPort(993), QStringLiteral("imap"));
    QVERIFY(defaultImplicitTlsForPort(993));
    QCOMPARE(defaultDialectForPort(110), QStringLiteral("pop3"));
    QCOMPARE(defaultDialectForPort(995), QStringLiteral("pop3"));
    QVERIFY(defaultImplicitTlsForPort(995));
    QCOMPARE(defaultDialectForPort(4190), QStringLiteral("sieve"));
    QVERIFY(!defaultImplicitTlsForPort(4190));
    // On a port that names nothing, --starttls auto reads Exim's 220 as SMTP and goes on as usual.
    const TestPki &pki = TestPki::instance();
    EximServer exim(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const CliRun run = runCli({QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(exim.port()),
                               QStringLiteral("--starttls"), QStringLiteral("auto"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.ok, qPrintable(run.tool.describe()));
    QCOMPARE(run.json.value(QStringLiteral("target")).toObject().value(QStringLiteral("dialect")).toString(), QStringLiteral("smtp"));
    QVERIFY(run.json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("starttls_accepted")).toBool());
    QVERIFY(run.json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("established")).toBool());
}

MAILTLS_TEST_MAIN(TestDialectsDovecot)
#include "test_dialects_dovecot.moc"
