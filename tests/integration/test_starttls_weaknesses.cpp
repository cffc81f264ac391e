// STARTTLS's own weaknesses (issue 14, scan.starttls) against real peers, through the CLI as an
// admin runs it: Exim (GnuTLS) as an MX that takes cleartext mail, as a submission server that
// offers AUTH in cleartext, and as one whose ACL refuses MAIL until TLS; and the practice server's
// starttls-injection (runs cleartext sent behind STARTTLS inside TLS) and
// starttls-response-injection (a fake reply right after its 220) personalities. Each case checks
// the concrete results, their evidence and the findings, and that nothing was delivered.
#include <QFile>
#include <QJsonArray>

#include "model/finding.h"
#include "practice/practice_server.h"
#include "report/json_report.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;
using namespace mailtls::test::scan;

namespace {

QJsonObject runCli(const QStringList &args, QString *failure)
{
    const ToolResult cli = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, 300000);
    const QJsonDocument doc = QJsonDocument::fromJson(cli.out);
    if (!cli.finished || (cli.exitCode != 0 && cli.exitCode != 1) || !doc.isObject()) {
        *failure = cli.describe();
        return {};
    }
    return doc.object();
}

QJsonObject runScan(quint16 port, const QStringList &extra, QString *failure)
{
    QStringList args{QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--starttls"),
                     QStringLiteral("smtp"), QStringLiteral("--ehlo"), QStringLiteral("probe.test"), QStringLiteral("--json"),
                     QStringLiteral("-")};
    return runCli(args + extra, failure);
}

struct Checks {
    QJsonObject all;
    QString result(const char *check) const { return all.value(QLatin1String(check)).toObject().value(QStringLiteral("result")).toString(); }
    QString evidence(const char *check) const { return all.value(QLatin1String(check)).toObject().value(QStringLiteral("evidence")).toString(); }
    QString dump() const { return QString::fromUtf8(QJsonDocument(all).toJson()); }
};

Checks starttlsOf(const QJsonObject &report)
{
    return {report.value(QStringLiteral("scan")).toObject().value(QStringLiteral("starttls")).toObject()};
}

const QStringList kIds = {QStringLiteral("starttls.command_injection"), QStringLiteral("submission.mail_before_tls"),
                          QStringLiteral("submission.auth_before_tls")};

QStringList starttlsFindings(const QJsonObject &report)
{
    QStringList out;
    for (const QString &id : findingIds(report))
        if (kIds.contains(id))
            out << id;
    out.sort();
    return out;
}

QJsonObject finding(const QJsonObject &report, const QString &id)
{
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &f : findings)
        if (f.toObject().value(QStringLiteral("id")).toString() == id)
            return f.toObject();
    return {};
}

// The report read back by core and written again: scan.starttls comes out the same.
bool roundTrips(const QJsonObject &report, QString *why)
{
    core::Report read;
    core::Error error;
    if (!core::reportFromJson(QJsonDocument(report).toJson(), &read, &error)) {
        *why = error.message;
        return false;
    }
    const QJsonObject again = core::reportToJson(read);
    const QJsonValue before = report.value(QStringLiteral("scan")).toObject().value(QStringLiteral("starttls"));
    const QJsonValue after = again.value(QStringLiteral("scan")).toObject().value(QStringLiteral("starttls"));
    if (before != after) {
        *why = QString::fromUtf8(QJsonDocument(after.toObject()).toJson());
        return false;
    }
    return true;
}

QString mainlogOf(const EximServer &exim)
{
    QFile mainlog(QDir(exim.workDir()).filePath(QStringLiteral("log/mainlog")));
    return mainlog.open(QIODevice::ReadOnly) ? QString::fromUtf8(mainlog.readAll()) : QString();
}

} // namespace

class TestStarttlsWeaknesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eximMx();
    void eximSubmissionAuthInCleartext();
    void eximSubmissionRequiresTls();
    void practiceInjection();
    void practiceResponseInjection();

private:
    const TestPki &pki() const { return TestPki::instance(); }
};

void TestStarttlsWeaknesses::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
}

// Exim as Debian ships it, judged as an MX (port 25's role): cleartext MAIL is accepted (normal
// opportunistic TLS: reported, no finding), no AUTH, and the NOOP behind STARTTLS is not run.
void TestStarttlsWeaknesses::eximMx()
{
    EximServer exim(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    QString failure;
    const QJsonObject report = runScan(exim.port(), {QStringLiteral("--role"), QStringLiteral("mx")}, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("starttls-exim-mx.json"), QJsonDocument(report).toJson());
    const Checks c = starttlsOf(report);
    QCOMPARE(c.all.value(QStringLiteral("role")).toString(), QStringLiteral("mx"));
    QCOMPARE(c.all.value(QStringLiteral("connections")).toInt(), 2);
    QVERIFY2(c.result("mail_before_tls") == QLatin1String("yes"), qPrintable(c.dump()));
    QVERIFY2(c.evidence("mail_before_tls").startsWith(QLatin1String("MAIL FROM:<> before STARTTLS was accepted: \"250 OK\"")), qPrintable(c.dump()));
    QVERIFY2(c.result("auth_before_tls") == QLatin1String("no"), qPrintable(c.dump()));
    QCOMPARE(c.evidence("auth_before_tls"), QStringLiteral("the EHLO answer before STARTTLS advertises no AUTH"));
    QVERIFY2(c.result("command_injection") == QLatin1String("no"), qPrintable(c.dump()));
    QVERIFY2(c.evidence("command_injection").contains(QLatin1String("exactly one reply")), qPrintable(c.dump()));
    QCOMPARE(c.all.value(QStringLiteral("command_injection")).toObject().value(QStringLiteral("bytes_after_220")).toInt(), 0);
    QCOMPARE(starttlsFindings(report), QStringList());
    QString why;
    QVERIFY2(roundTrips(report, &why), qPrintable(why));
    // The accepted MAIL was reset: nothing was received.
    QVERIFY2(!mainlogOf(exim).contains(QLatin1String(" <= ")), qPrintable(exim.logText().right(3000)));
}

// Exim offering AUTH before TLS, judged as submission: both findings, AUTH LOGIN answered 334
// and cancelled, never a credential.
void TestStarttlsWeaknesses::eximSubmissionAuthInCleartext()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.authBeforeTls = true;
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    QString failure;
    const QJsonObject report = runScan(exim.port(), {QStringLiteral("--role"), QStringLiteral("submission")}, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("starttls-exim-submission-auth.json"), QJsonDocument(report).toJson());
    const Checks c = starttlsOf(report);
    QCOMPARE(c.all.value(QStringLiteral("role")).toString(), QStringLiteral("submission"));
    QVERIFY2(c.result("mail_before_tls") == QLatin1String("yes"), qPrintable(c.dump()));
    QVERIFY2(c.result("auth_before_tls") == QLatin1String("yes"), qPrintable(c.dump()));
    QVERIFY2(c.evidence("auth_before_tls").contains(QLatin1String("AUTH LOGIN in cleartext was answered \"334 ")), qPrintable(c.dump()));
    QVERIFY2(c.evidence("auth_before_tls").contains(QLatin1String("no credentials sent")), qPrintable(c.dump()));
    QVERIFY2(c.result("command_injection") == QLatin1String("no"), qPrintable(c.dump()));
    QCOMPARE(starttlsFindings(report), (QStringList{QStringLiteral("submission.auth_before_tls"), QStringLiteral("submission.mail_before_tls")}));
    const QJsonObject mail = finding(report, QStringLiteral("submission.mail_before_tls"));
    QCOMPARE(mail.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QVERIFY(mail.value(QStringLiteral("fix")).toObject().value(QStringLiteral("exim")).toString().contains(QLatin1String("$tls_in_cipher")));
    QVERIFY(mail.value(QStringLiteral("fix")).toObject().value(QStringLiteral("postfix")).toString().contains(QLatin1String("smtpd_tls_security_level=encrypt")));
    const QJsonObject auth = finding(report, QStringLiteral("submission.auth_before_tls"));
    QVERIFY(auth.value(QStringLiteral("fix")).toObject().value(QStringLiteral("exim")).toString().contains(QLatin1String("auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}")));
    QVERIFY(auth.value(QStringLiteral("fix")).toObject().value(QStringLiteral("postfix")).toString().contains(QLatin1String("smtpd_tls_auth_only = yes")));
    // Exim logs the cancelled exchange and no login, and received nothing.
    const QString log = mainlogOf(exim);
    QVERIFY2(!log.contains(QLatin1String(" <= ")) && !log.contains(QLatin1String("A=")), qPrintable(exim.logText().right(3000)));
}

// Exim with the advised fixes on a submission role: AUTH only under TLS, and an acl_smtp_mail
// that refuses MAIL without TLS. Both checks "no", no finding.
void TestStarttlsWeaknesses::eximSubmissionRequiresTls()
{
    QTemporaryDir aclDir;
    QVERIFY(aclDir.isValid());
    QFile::setPermissions(aclDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                             | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString aclFile = aclDir.filePath(QStringLiteral("mail.acl"));
    {
        QFile f(aclFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("deny    condition = ${if eq{$tls_in_cipher}{}}\n"
                "        message   = 530 5.7.0 Must issue a STARTTLS command first\n"
                "accept\n");
    }
    QFile::setPermissions(aclFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.authAfterTls = true;
    options.extraMain = QStringLiteral("acl_smtp_mail = %1").arg(aclFile);
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    QString failure;
    const QJsonObject report = runScan(exim.port(), {QStringLiteral("--role"), QStringLiteral("submission")}, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("starttls-exim-submission-tls.json"), QJsonDocument(report).toJson());
    const Checks c = starttlsOf(report);
    QVERIFY2(c.result("mail_before_tls") == QLatin1String("no"), qPrintable(c.dump() + exim.logText().right(2000)));
    QVERIFY2(c.evidence("mail_before_tls").contains(QLatin1String("\"530 5.7.0 Must issue a STARTTLS command first\"")), qPrintable(c.dump()));
    QVERIFY2(c.result("auth_before_tls") == QLatin1String("no"), qPrintable(c.dump()));
    QVERIFY2(c.result("command_injection") == QLatin1String("no"), qPrintable(c.dump()));
    QCOMPARE(starttlsFindings(report), QStringList());
}

// The practice server that keeps what it read behind STARTTLS: the NOOP is answered inside TLS.
void TestStarttlsWeaknesses::practiceInjection()
{
    core::PracticeServerOptions options;
    options.personality = QStringLiteral("starttls-injection");
    core::PracticeServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QString failure;
    const QJsonObject report = runScan(server.smtpPort(), {QStringLiteral("--ca-file"), server.caFile()}, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("starttls-practice-injection.json"), QJsonDocument(report).toJson());
    const Checks c = starttlsOf(report);
    QCOMPARE(c.all.value(QStringLiteral("role")).toString(), QStringLiteral("unknown"));
    QVERIFY2(c.result("command_injection") == QLatin1String("yes"), qPrintable(c.dump()));
    QVERIFY2(c.evidence("command_injection").contains(QLatin1String("answered inside TLS")), qPrintable(c.dump()));
    QVERIFY2(c.evidence("command_injection").contains(QLatin1String("\"250 2.0.0 Ok\"")), qPrintable(c.dump()));
    // Its port is no submission port: MAIL in cleartext is reported, not judged.
    QVERIFY2(c.result("mail_before_tls") == QLatin1String("yes"), qPrintable(c.dump()));
    QCOMPARE(starttlsFindings(report), QStringList{QStringLiteral("starttls.command_injection")});
    const QJsonObject f = finding(report, QStringLiteral("starttls.command_injection"));
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QVERIFY(!f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("postfix")).toString().isEmpty());
    QString why;
    QVERIFY2(roundTrips(report, &why), qPrintable(why));

    // --no-attack-checks leaves the injection out: untested, never passed.
    const QJsonObject quiet = runScan(server.smtpPort(), {QStringLiteral("--no-attack-checks")}, &failure);
    QVERIFY2(!quiet.isEmpty(), qPrintable(failure));
    const Checks q = starttlsOf(quiet);
    QCOMPARE(q.result("command_injection"), QStringLiteral("untested"));
    QCOMPARE(q.evidence("command_injection"), QStringLiteral("not run: --no-attack-checks"));
    QCOMPARE(q.all.value(QStringLiteral("connections")).toInt(), 1);
    QCOMPARE(starttlsFindings(quiet), QStringList());
}

// The practice server that writes a fake "250 AUTH PLAIN" behind its 220: the session shows the
// bytes, raises starttls.data_after_220, and its EHLO after TLS is the one read inside TLS.
void TestStarttlsWeaknesses::practiceResponseInjection()
{
    core::PracticeServerOptions options;
    options.personality = QStringLiteral("starttls-response-injection");
    core::PracticeServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QString failure;
    const QJsonObject session = runCli({QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(server.smtpPort()),
                                        QStringLiteral("--ehlo"), QStringLiteral("probe.test"), QStringLiteral("--ca-file"),
                                        server.caFile(), QStringLiteral("--json"), QStringLiteral("-")},
                                       &failure);
    QVERIFY2(!session.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("starttls-practice-response-injection-session.json"), QJsonDocument(session).toJson());
    const QJsonObject smtp = session.value(QStringLiteral("smtp")).toObject();
    QCOMPARE(smtp.value(QStringLiteral("bytes_after_starttls")).toInt(), 70);
    QVERIFY(findingIds(session).contains(QStringLiteral("starttls.data_after_220")));
    // The real EHLO answer from inside TLS (SIZE, both AUTH mechanisms), not the fake line.
    QCOMPARE(smtp.value(QStringLiteral("auth_after_tls")).toArray(), (QJsonArray{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QVERIFY(smtp.value(QStringLiteral("ehlo_after_tls")).toArray().contains(QStringLiteral("SIZE 10485760")));
    // The transcript shows the discarded bytes escaped, and the EHLO after TLS comes after the
    // handshake and its answer after that.
    const QJsonArray transcript = session.value(QStringLiteral("transcript")).toArray();
    int shownAt = -1, establishedAt = -1, ehloAfterAt = -1, answerAt = -1;
    for (int i = 0; i < transcript.size(); ++i) {
        const QJsonObject line = transcript.at(i).toObject();
        const QString text = line.value(QStringLiteral("text")).toString();
        const QString dir = line.value(QStringLiteral("dir")).toString();
        if (text.contains(QLatin1String("after its 220")) && text.contains(QLatin1String("250 AUTH PLAIN\\x0d\\x0a")))
            shownAt = i;
        if (dir == QLatin1String("tls") && text.startsWith(QLatin1String("TLS established")))
            establishedAt = i;
        if (establishedAt >= 0 && ehloAfterAt < 0 && dir == QLatin1String("C") && text.startsWith(QLatin1String("EHLO ")))
            ehloAfterAt = i;
        if (ehloAfterAt >= 0 && answerAt < 0 && dir == QLatin1String("S") && text.startsWith(QLatin1String("250-localhost Hello")))
            answerAt = i;
    }
    QVERIFY2(shownAt >= 0 && shownAt < establishedAt && establishedAt < ehloAfterAt && ehloAfterAt < answerAt,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(shownAt).arg(establishedAt).arg(ehloAfterAt).arg(answerAt)));

    // The scan: data after 220 on its connections, and the injection probe says the NOOP was
    // not run inside TLS while showing the cleartext it got.
    const QJsonObject report = runScan(server.smtpPort(), {QStringLiteral("--ca-file"), server.caFile()}, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("starttls-practice-response-injection-scan.json"), QJsonDocument(report).toJson());
    const Checks c = starttlsOf(report);
    QVERIFY2(c.result("command_injection") == QLatin1String("no"), qPrintable(c.dump()));
    QVERIFY2(c.evidence("command_injection").contains(QLatin1String("70 byte(s) in cleartext after its 220")), qPrintable(c.dump()));
    QCOMPARE(c.all.value(QStringLiteral("command_injection")).toObject().value(QStringLiteral("bytes_after_220")).toInt(), 70);
    QVERIFY(findingIds(report).contains(QStringLiteral("starttls.data_after_220")));
    QCOMPARE(starttlsFindings(report), QStringList());
}

MAILTLS_TEST_MAIN(TestStarttlsWeaknesses)
#include "test_starttls_weaknesses.moc"
