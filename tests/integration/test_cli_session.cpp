// The `mailtls session` command against a real Exim: the JSON contract of docs/CONTRACTS.md on stdout
// and the documented exit codes.

#include <QTest>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

#include "report/json_report.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;

namespace {

QString cliPath()
{
    return QStringLiteral(MAILTLS_CLI_PATH);
}

ToolResult runCli(const QStringList &args, int timeoutMs = 30000)
{
    return runTool(cliPath(), args, {}, timeoutMs);
}

} // namespace

class TestCliSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonToStdout();
    void humanOutput();
    void failOnSeverity();
    void refusedPortExits3();
    void scanOfRefusedPortSaysSo();
    void authPasswordNeverPrinted();
    void refusalsExplained();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    QStringList targetArgs(quint16 port) const;
    std::unique_ptr<EximServer> exim_;
};

QStringList TestCliSession::targetArgs(quint16 port) const
{
    return {QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--ca-file"),
            pki().caFile(), QStringLiteral("--servername"), QStringLiteral("localhost"), QStringLiteral("--ehlo"),
            QStringLiteral("mailtls.test"), QStringLiteral("--timeout"), QStringLiteral("10")};
}

void TestCliSession::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.authAfterTls = true;
    exim_ = std::make_unique<EximServer>(options);
    QString error;
    QVERIFY2(exim_->start(&error), qPrintable(error));
}

void TestCliSession::jsonToStdout()
{
    const ToolResult run = runCli(targetArgs(exim_->port()) + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isObject(),
             qPrintable(parseError.errorString() + QLatin1Char('\n') + run.describe()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.report/1"));
    QCOMPARE(root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("mailtls"));

    const QJsonObject target = root.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(target.value(QStringLiteral("port")).toInt(), int(exim_->port()));
    QCOMPARE(target.value(QStringLiteral("implicit_tls")).toBool(), false);

    const QJsonObject smtp = root.value(QStringLiteral("smtp")).toObject();
    QCOMPARE(smtp.value(QStringLiteral("starttls_offered")).toBool(), true);
    QVERIFY(smtp.value(QStringLiteral("banner")).toString().contains(QLatin1String("Exim")));

    const QJsonObject tls = root.value(QStringLiteral("tls")).toObject();
    QCOMPARE(tls.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.3"));
    const QJsonObject cipher = tls.value(QStringLiteral("cipher")).toObject();
    QVERIFY2(cipher.value(QStringLiteral("code")).toString().startsWith(QLatin1String("0x13")), qPrintable(run.outText()));
    QVERIFY(cipher.value(QStringLiteral("iana")).toString().startsWith(QLatin1String("TLS_")));
    QCOMPARE(tls.value(QStringLiteral("verify")).toObject().value(QStringLiteral("ok")).toBool(), true);

    const QJsonArray certificates = root.value(QStringLiteral("certificates")).toArray();
    QCOMPARE(certificates.size(), 2);
    QCOMPARE(certificates.at(0).toObject().value(QStringLiteral("position")).toInt(), 0);
    QVERIFY(certificates.at(0).toObject().value(QStringLiteral("subject")).toString().contains(QLatin1String("CN=localhost")));

    const QJsonArray transcript = root.value(QStringLiteral("transcript")).toArray();
    QVERIFY(!transcript.isEmpty());
    QStringList dirs;
    for (const QJsonValue &line : transcript)
        dirs << line.toObject().value(QStringLiteral("dir")).toString();
    QVERIFY2(dirs.contains(QStringLiteral("C")) && dirs.contains(QStringLiteral("S")) && dirs.contains(QStringLiteral("tls")),
             qPrintable(dirs.join(QLatin1Char(','))));
    QVERIFY(!root.value(QStringLiteral("handshake")).toArray().isEmpty());
    QVERIFY(root.value(QStringLiteral("findings")).isArray());
    QVERIFY(root.value(QStringLiteral("findings")).toArray().isEmpty());
}

void TestCliSession::humanOutput()
{
    const ToolResult run = runCli(targetArgs(exim_->port()) + QStringList{QStringLiteral("--no-color")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QString out = run.outText();
    QVERIFY2(out.contains(QLatin1String("STARTTLS")) && out.contains(QLatin1String("TLSv1.3")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("\x1b[")), qPrintable(out));   // --no-color
}

void TestCliSession::failOnSeverity()
{
    // servername wrong.example: cert.hostname_mismatch (medium).
    QStringList args = targetArgs(exim_->port());
    args[args.indexOf(QStringLiteral("localhost"))] = QStringLiteral("wrong.example");
    const ToolResult medium = runCli(args + QStringList{QStringLiteral("--fail-on"), QStringLiteral("medium"),
                                                        QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(medium.finished && medium.exitCode == 1, qPrintable(medium.describe()));
    QVERIFY2(medium.outText().contains(QLatin1String("cert.hostname_mismatch")), qPrintable(medium.describe()));
    const ToolResult high = runCli(args + QStringList{QStringLiteral("--fail-on"), QStringLiteral("high"), QStringLiteral("-q")});
    QVERIFY2(high.finished && high.exitCode == 0, qPrintable(high.describe()));
}

void TestCliSession::refusedPortExits3()
{
    const RefusingPort refusing;
    const ToolResult run = runCli(targetArgs(refusing.port()) + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < 5000, qPrintable(run.describe()));
    // The report still says what happened.
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    QVERIFY2(doc.isObject(), qPrintable(run.describe()));
    QCOMPARE(doc.object().value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.report/1"));
    // ECONNREFUSED is "refused" under "connect", and stays so when the saved report is read back
    // and written again (it once came back as "unreachable").
    const QJsonObject outcome = doc.object().value(QStringLiteral("outcome")).toObject();
    QCOMPARE(outcome.value(QStringLiteral("error_kind")).toString(), QStringLiteral("connect"));
    QCOMPARE(outcome.value(QStringLiteral("error_reason")).toString(), QStringLiteral("refused"));
    mailtls::core::Report back;
    mailtls::core::Error error;
    QVERIFY2(mailtls::core::reportFromJson(run.out, &back, &error), qPrintable(error.message));
    QVERIFY(back.outcome.errorKind == mailtls::core::ErrorKind::Refused);
    const QJsonObject again = QJsonDocument::fromJson(mailtls::core::reportToJsonBytes(back)).object();
    QCOMPARE(again, doc.object());
}

void TestCliSession::scanOfRefusedPortSaysSo()
{
    const RefusingPort refusing;
    const ToolResult run = runCli({QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(refusing.port()),
                                   QStringLiteral("--no-color")});
    QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
    // One line on stderr says what happened; stdout shows no empty matrix and no "No findings.".
    QVERIFY2(run.errText().contains(QStringLiteral("refused")), qPrintable(run.describe()));
    QVERIFY2(!run.outText().contains(QStringLiteral("No findings")), qPrintable(run.describe()));
    QVERIFY2(!run.outText().contains(QStringLiteral("not tested")), qPrintable(run.describe()));
}

void TestCliSession::authPasswordNeverPrinted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString passFile = dir.filePath(QStringLiteral("pass"));
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exim_->options().authPassword.toUtf8() + '\n');
    file.close();

    const QByteArray user = exim_->options().authUser.toUtf8();
    const QByteArray password = exim_->options().authPassword.toUtf8();
    const QList<QByteArray> secrets = {password, password.toBase64(), QByteArray('\0' + user + '\0' + password).toBase64()};
    for (const QStringList &output : {QStringList{QStringLiteral("--json"), QStringLiteral("-")}, QStringList{QStringLiteral("--no-color")}}) {
        const ToolResult run = runCli(targetArgs(exim_->port())
                                      + QStringList{QStringLiteral("--auth-user"), QString::fromUtf8(user),
                                                    QStringLiteral("--auth-pass-file"), passFile}
                                      + output);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY2(run.out.contains("235"), qPrintable(run.describe()));
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret), qPrintable(run.describe()));
        }
    }
}

// Real Exim refusing in two common ways, and the outcome line saying why: a certificate file
// that vanished after a renewal (STARTTLS answered 454, the session goes on in cleartext), and
// a HELO ACL that refuses this client by a blocklist (550 to EHLO and HELO).
void TestCliSession::refusalsExplained()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The certificate is gone by the time a client asks for TLS.
    const QString certCopy = dir.filePath(QStringLiteral("renewed.pem"));
    QVERIFY(QFile::copy(pki().rsaLeaf().chainFile, certCopy));
    EximServer noCert(EximOptions::serving(certCopy, pki().rsaLeaf().keyFile));
    QString error;
    QVERIFY2(noCert.start(&error), qPrintable(error));
    QVERIFY(QFile::remove(certCopy));
    ToolResult run = runCli(targetArgs(noCert.port()) + QStringList{QStringLiteral("--no-color"), QStringLiteral("-q")});
    QVERIFY2(run.started && run.finished, qPrintable(run.describe()));
    QString out = run.outText();
    QVERIFY2(out.contains(QLatin1String("no TLS (STARTTLS refused: 454")), qPrintable(out + noCert.logText()));
    QVERIFY2(out.contains(QLatin1String("likely: the server offers STARTTLS but cannot start TLS")), qPrintable(out));
    run = runCli(targetArgs(noCert.port()) + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
    const QJsonObject refusal = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("outcome")).toObject()
                                    .value(QStringLiteral("refusal")).toObject();
    QCOMPARE(refusal.value(QStringLiteral("step")).toString(), QStringLiteral("starttls"));
    QVERIFY2(refusal.value(QStringLiteral("reply")).toString().startsWith(QLatin1String("454")), qPrintable(run.outText()));
    QCOMPARE(refusal.value(QStringLiteral("cause")).toString(), QStringLiteral("tls_unavailable"));

    // A HELO ACL that refuses the client as listed on a blocklist.
    EximOptions listed = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    listed.extraMain = QStringLiteral("acl_smtp_helo = deny message = Client host [$sender_host_address] blocked using "
                                      "zen.spamhaus.org");
    EximServer blocking(listed);
    QVERIFY2(blocking.start(&error), qPrintable(error));
    run = runCli(targetArgs(blocking.port()) + QStringList{QStringLiteral("--no-color"), QStringLiteral("-q")});
    QCOMPARE(run.exitCode, 3);
    out = run.outText();
    QVERIFY2(out.contains(QLatin1String("blocked using zen.spamhaus.org")), qPrintable(out + blocking.logText()));
    QVERIFY2(out.contains(QLatin1String("likely: your address appears to be on zen.spamhaus.org")), qPrintable(out));
}

MAILTLS_TEST_MAIN(TestCliSession)
#include "test_cli_session.moc"
