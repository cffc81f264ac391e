// The practice server seen from outside: the `mailtls practice-server` command itself (start
// text, a session against it, SIGTERM, usage errors), and every personality probed with
// `openssl s_client -starttls smtp` and `swaks --tls`, which must see what the project's own
// session saw: protocol version, suite, DH size, chain order, verification result, STARTTLS
// and AUTH before TLS.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <csignal>

#include "model/finding.h"
#include "practice/practice_personality.h"
#include "practice/practice_server.h"
#include "session_checks.h"
#include "test_process.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;

namespace {

const QString cli() { return QStringLiteral(MAILTLS_CLI_PATH); }

core::SessionOptions practiceSession(const core::PracticeServer &server)
{
    core::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.smtpPort();
    o.caFile = server.caFile();
    o.ehloName = QStringLiteral("practice.test");
    o.timeoutMs = 10000;
    return o;
}

// What `openssl s_client` printed, taken apart.
struct SClientView {
    QString protocol;          // "TLSv1.3", "TLSv1"
    QString cipher;            // OpenSSL name; "0000" / "(NONE)" when no handshake
    QString tempKey;           // "X25519, 253 bits", "DH, 1024 bits"
    long verifyCode = -1;
    QStringList servedSubjects;   // " 0 s:CN = localhost, ..." in order
    QString text;
};

SClientView parseSClient(const QString &text)
{
    SClientView v;
    v.text = text;
    // "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384" (the session block lacks it in TLS 1.3).
    const QRegularExpression negotiated(QStringLiteral("^New, (\\S+), Cipher is (\\S+)"), QRegularExpression::MultilineOption);
    const QRegularExpression tempKey(QStringLiteral("^Server Temp Key: (.+)$"), QRegularExpression::MultilineOption);
    const QRegularExpression verify(QStringLiteral("Verify return code: (\\d+)"));
    const QRegularExpression subject(QStringLiteral("^\\s*(\\d+) s:(.+)$"), QRegularExpression::MultilineOption);
    if (const auto m = negotiated.match(text); m.hasMatch()) {
        v.protocol = m.captured(1) == QLatin1String("TLSv1.0") ? QStringLiteral("TLSv1") : m.captured(1);
        v.cipher = m.captured(2);
    }
    if (const auto m = tempKey.match(text); m.hasMatch())
        v.tempKey = m.captured(1).trimmed();
    if (const auto m = verify.match(text); m.hasMatch())
        v.verifyCode = m.captured(1).toLong();
    for (auto it = subject.globalMatch(text); it.hasNext();)
        v.servedSubjects << it.next().captured(2).trimmed();
    return v;
}

// "CN = localhost, O = ..." and "O=...,CN=localhost" compare equal.
QString normalisedDn(QString dn)
{
    QStringList parts = dn.remove(QLatin1Char(' ')).split(QLatin1Char(','));
    parts.sort();
    return parts.join(QLatin1Char(','));
}

} // namespace

class TestPracticeServerTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliServesUntilTerminated();
    void cliUsageErrors();
    void cliPortInUse();
    void opensslSeesTheSame_data();
    void opensslSeesTheSame();
    void swaksSeesTheSame_data();
    void swaksSeesTheSame();
};

void TestPracticeServerTools::initTestCase()
{
    QVERIFY2(QFileInfo(cli()).isExecutable(), qPrintable(cli()));
    for (const char *tool : {"openssl", "swaks"}) {
        const ToolResult which = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("command -v %1").arg(QLatin1String(tool))});
        QVERIFY2(which.ok(), qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
    }
}

void TestPracticeServerTools::cliServesUntilTerminated()
{
    QProcess server;
    prepareOwnedProcess(server);
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(cli(), {QStringLiteral("practice-server"), QStringLiteral("--personality"), QStringLiteral("auth-before-tls"),
                         QStringLiteral("--verbose")});
    QVERIFY(server.waitForStarted(5000));
    QString out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains(QLatin1String("Ctrl-C stops it.")) && timer.elapsed() < 15000) {
        server.waitForReadyRead(500);
        out += QString::fromUtf8(server.readAllStandardOutput());
    }
    qInfo("practice-server ready after %lld ms", timer.elapsed());
    QVERIFY2(out.contains(QLatin1String("Ctrl-C stops it.")), qPrintable(out + QString::fromUtf8(server.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("personality \"auth-before-tls\"")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("expected findings     auth.plaintext_before_tls")), qPrintable(out));

    // The ready-to-paste session line, run as printed.
    const QRegularExpression sessionLine(QStringLiteral("^  (mailtls session 127\\.0\\.0\\.1:(\\d+) --ca-file (\\S+))$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = sessionLine.match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    const QString port = m.captured(2);
    const QString caFile = m.captured(3);
    QVERIFY(QFileInfo::exists(caFile));
    QVERIFY2(out.contains(QStringLiteral("SMTP with STARTTLS    127.0.0.1:%1").arg(port)), qPrintable(out));
    QCOMPARE(QFileInfo(QFileInfo(caFile).path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    const ToolResult session = runTool(cli(), {QStringLiteral("session"), QStringLiteral("127.0.0.1:") + port,
                                              QStringLiteral("--ca-file"), caFile, QStringLiteral("--ehlo"),
                                              QStringLiteral("practice.test"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(session.ok(), qPrintable(session.describe()));
    const QJsonObject report = QJsonDocument::fromJson(session.out).object();
    QCOMPARE(report.value(QStringLiteral("tls")).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.3"));
    QVERIFY(report.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verify")).toObject().value(QStringLiteral("ok")).toBool());
    QStringList ids;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids, QStringList{QStringLiteral("auth.plaintext_before_tls")});

    // --verbose: the server logged that connection.
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(server.readAllStandardOutput())).contains(QLatin1String(" smtp: ")), 5000);
    QVERIFY2(out.contains(QLatin1String("smtp: EHLO, STARTTLS, TLSv1.3")), qPrintable(out));

    // SIGTERM (what service managers and the test harness send): clean stop, certificates gone.
    ::kill(pid_t(server.processId()), SIGTERM);
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    out += QString::fromUtf8(server.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("Stopped after")), qPrintable(out));
    QVERIFY2(!QFileInfo::exists(QFileInfo(caFile).path()), qPrintable(caFile));
}

void TestPracticeServerTools::cliUsageErrors()
{
    const ToolResult bad = runTool(cli(), {QStringLiteral("practice-server"), QStringLiteral("--personality"), QStringLiteral("shiny")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.errText().contains(QLatin1String("unknown personality 'shiny'")), qPrintable(bad.describe()));
    for (const QString &name : core::practicePersonalityNames())
        QVERIFY2(bad.errText().contains(name), qPrintable(name));

    const ToolResult list = runTool(cli(), {QStringLiteral("practice-server"), QStringLiteral("--list")});
    QVERIFY2(list.ok(), qPrintable(list.describe()));
    for (const QString &name : core::practicePersonalityNames())
        QVERIFY2(list.outText().contains(QStringLiteral("  ") + name + QLatin1Char(' ')), qPrintable(name));

    const ToolResult help = runTool(cli(), {QStringLiteral("practice-server"), QStringLiteral("--help")});
    QVERIFY2(help.ok(), qPrintable(help.describe()));
    for (const char *word : {"--personality", "--port", "--tls-port", "--list", "misordered-chain", "Exit codes"})
        QVERIFY2(help.outText().contains(QLatin1String(word)), word);

    const ToolResult port = runTool(cli(), {QStringLiteral("practice-server"), QStringLiteral("--port"), QStringLiteral("70000")});
    QCOMPARE(port.exitCode, 2);
    QVERIFY2(port.errText().contains(QLatin1String("--port must be a port")), qPrintable(port.describe()));

    const ToolResult same = runTool(cli(), {QStringLiteral("practice-server"), QStringLiteral("--port"), QStringLiteral("2525"),
                                            QStringLiteral("--tls-port"), QStringLiteral("2525")});
    QCOMPARE(same.exitCode, 2);

    const ToolResult stray = runTool(cli(), {QStringLiteral("practice-server"), QStringLiteral("0.0.0.0")});
    QCOMPARE(stray.exitCode, 2);
    QVERIFY2(stray.errText().contains(QLatin1String("127.0.0.1")), qPrintable(stray.describe()));

    const ToolResult usage = runTool(cli(), {QStringLiteral("--help")});
    QVERIFY(usage.outText().contains(QLatin1String("practice-server")));
}

void TestPracticeServerTools::cliPortInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const ToolResult r = runTool(cli(), {QStringLiteral("practice-server"), QStringLiteral("--port"), QString::number(taken.serverPort())},
                                 {}, 20000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("127.0.0.1:%1 is already in use").arg(taken.serverPort())), qPrintable(r.describe()));
}

void TestPracticeServerTools::opensslSeesTheSame_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : core::practicePersonalityNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPracticeServerTools::opensslSeesTheSame()
{
    QFETCH(QString, name);
    core::PracticeServerOptions options;
    options.personality = name;
    core::PracticeServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const core::Report ours = runSession(practiceSession(server));

    // Security level 0 like our client, so legacy personalities are seen rather than refused.
    const QStringList args{QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(server.smtpPort()),
                           QStringLiteral("-starttls"), QStringLiteral("smtp"), QStringLiteral("-CAfile"), server.caFile(),
                           QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0"), QStringLiteral("-verify_ip"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("-ign_eof"), QStringLiteral("-crlf")};
    // QUIT inside TLS, then wait for the server to close: also lets a late alert arrive.
    const ToolResult r = runTool(QStringLiteral("openssl"), args, QByteArray("QUIT\n"), 20000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    const SClientView v = parseSClient(r.allText());

    if (name == QLatin1String("no-starttls")) {
        VERIFY_REPORT(hasFinding(ours.findings, QStringLiteral("starttls.not_offered")), ours);
        QVERIFY2(r.exitCode != 0 && r.allText().contains(QLatin1String("STARTTLS"), Qt::CaseInsensitive), qPrintable(r.describe()));
        QVERIFY2(r.allText().contains(QLatin1String("Didn't find STARTTLS")), qPrintable(r.describe()));
        QVERIFY2(r.allText().contains(QLatin1String("no peer certificate available")) && v.servedSubjects.isEmpty(),
                 qPrintable(r.describe()));
        return;
    }
    if (name == QLatin1String("client-cert-required")) {
        VERIFY_REPORT(ours.tls.alert == QLatin1String("certificate_required"), ours);
        QVERIFY2(r.allText().contains(QLatin1String("alert certificate required")), qPrintable(r.describe()));
        QVERIFY2(!r.allText().contains(QLatin1String("221 ")), qPrintable(r.describe()));
        return;
    }
    // Same version and suite as our session negotiated.
    QVERIFY2(v.protocol == ours.tls.version, qPrintable(QStringLiteral("s_client %1, mailtls %2\n%3").arg(v.protocol, ours.tls.version, r.describe())));
    QVERIFY2(v.cipher == ours.tls.cipher.openssl, qPrintable(QStringLiteral("s_client %1, mailtls %2").arg(v.cipher, ours.tls.cipher.openssl)));
    // The same chain in the same order as served.
    QCOMPARE(v.servedSubjects.size(), ours.certificates.size());
    for (int i = 0; i < ours.certificates.size(); ++i)
        QCOMPARE(normalisedDn(v.servedSubjects.at(i)), normalisedDn(ours.certificates.at(i).subject()));
    // The same verification verdict (s_client sorts a misordered chain itself, as ours does).
    VERIFY_REPORT(v.verifyCode == ours.tls.verifyCode, ours);
    if (name == QLatin1String("expired"))
        QCOMPARE(v.verifyCode, 10L);   // X509_V_ERR_CERT_HAS_EXPIRED
    else if (name == QLatin1String("self-signed"))
        QCOMPARE(v.verifyCode, 18L);   // X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
    else
        QCOMPARE(v.verifyCode, 0L);
    // SMTP goes on inside TLS: QUIT gets its 221.
    QVERIFY2(r.allText().contains(QLatin1String("221 2.0.0")), qPrintable(r.describe()));
    if (name == QLatin1String("weak-dh"))
        QCOMPARE(v.tempKey, QStringLiteral("DH, 1024 bits"));
    if (name == QLatin1String("legacy-tls10"))
        QCOMPARE(v.protocol, QStringLiteral("TLSv1"));
    if (name == QLatin1String("misordered-chain")) {
        QVERIFY(v.servedSubjects.value(1).contains(QLatin1String("Intermediate")));
        QVERIFY(v.servedSubjects.value(2).contains(QLatin1String("Issuing")));
    }
    if (name == QLatin1String("ecdsa-only"))
        QVERIFY2(r.allText().contains(QLatin1String("Peer signature type: ECDSA")), qPrintable(r.describe()));
}

void TestPracticeServerTools::swaksSeesTheSame_data()
{
    opensslSeesTheSame_data();
}

void TestPracticeServerTools::swaksSeesTheSame()
{
    QFETCH(QString, name);
    core::PracticeServerOptions options;
    options.personality = name;
    core::PracticeServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const core::Report ours = runSession(practiceSession(server));

    // swaks as a mail client would run it: system OpenSSL defaults, verify against the CA.
    const QStringList base{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.smtpPort()),
                           QStringLiteral("--ehlo"), QStringLiteral("practice.test"), QStringLiteral("--tls"),
                           QStringLiteral("--quit-after"), QStringLiteral("TLS")};
    const ToolResult strict = runTool(QStringLiteral("swaks"), base + QStringList{QStringLiteral("--tls-verify"), QStringLiteral("--tls-ca-path"), server.caFile()},
                                      QByteArray(), 30000);
    QVERIFY2(strict.finished, qPrintable(strict.describe()));
    const QString text = strict.allText();

    // STARTTLS and AUTH before TLS: what swaks saw in the first EHLO reply.
    const int starttlsAt = text.indexOf(QLatin1String(" -> STARTTLS"));
    const QString beforeTls = starttlsAt >= 0 ? text.left(starttlsAt) : text;
    QCOMPARE(beforeTls.contains(QLatin1String("250-STARTTLS")), ours.smtp.starttlsOffered);
    QCOMPARE(beforeTls.contains(QLatin1String("AUTH PLAIN LOGIN")), !ours.smtp.authBeforeTls.isEmpty());
    if (name == QLatin1String("no-starttls")) {
        QVERIFY2(text.contains(QLatin1String("STARTTLS")) && !text.contains(QLatin1String("TLS started")), qPrintable(text));
        return;
    }

    const QRegularExpression started(QStringLiteral("=== TLS started with cipher (\\S+):(\\S+):"));
    const QRegularExpressionMatch m = started.match(text);
    if (name == QLatin1String("modern") || name == QLatin1String("auth-before-tls") || name == QLatin1String("ecdsa-only")
        || name == QLatin1String("misordered-chain") || name == QLatin1String("starttls-injection")
        || name == QLatin1String("starttls-response-injection")) {
        // A strict, verifying client is happy, and agrees with our session on version and suite.
        QVERIFY2(m.hasMatch(), qPrintable(strict.describe()));
        QCOMPARE(m.captured(1), ours.tls.version);
        QCOMPARE(m.captured(2), ours.tls.cipher.openssl);
        VERIFY_REPORT(ours.tls.verifyOk, ours);
    } else if (name == QLatin1String("expired") || name == QLatin1String("self-signed")) {
        // A verifying client refuses what our findings call expired / self-signed.
        QVERIFY2(!m.hasMatch() && text.contains(QLatin1String("certificate verify failed")), qPrintable(strict.describe()));
        VERIFY_REPORT(!ours.tls.verifyOk, ours);
    } else if (name == QLatin1String("legacy-tls10") || name == QLatin1String("weak-dh")) {
        // Current OpenSSL defaults refuse TLS 1.0 and a 1024-bit prime: the partners the findings
        // warn about. At security level 0 swaks gets through and sees what we saw.
        QVERIFY2(!m.hasMatch() && text.contains(QLatin1String("TLS startup failed")), qPrintable(strict.describe()));
        QVERIFY2(text.contains(name == QLatin1String("weak-dh") ? QLatin1String("dh key too small") : QLatin1String("legacy sigalg")),
                 qPrintable(strict.describe()));
        const ToolResult lax = runTool(QStringLiteral("swaks"), base + QStringList{QStringLiteral("--tls-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")},
                                       QByteArray(), 30000);
        const QRegularExpressionMatch lm = started.match(lax.allText());
        QVERIFY2(lm.hasMatch(), qPrintable(lax.describe()));
        QCOMPARE(lm.captured(1), ours.tls.version);
        QCOMPARE(lm.captured(2), ours.tls.cipher.openssl);
    } else if (name == QLatin1String("client-cert-required")) {
        // Without a certificate swaks gets no further than our session did; with the practice
        // client certificate it does.
        VERIFY_REPORT(hasFinding(ours.findings, QStringLiteral("client_cert.required")), ours);
        QVERIFY2(!text.contains(QLatin1String("221 ")), qPrintable(strict.describe()));
        const ToolResult withCert = runTool(QStringLiteral("swaks"),
                                            base + QStringList{QStringLiteral("--tls-cert"), server.clientCertFile(),
                                                               QStringLiteral("--tls-key"), server.clientKeyFile()},
                                            QByteArray(), 30000);
        QVERIFY2(started.match(withCert.allText()).hasMatch() && withCert.allText().contains(QLatin1String("221 ")),
                 qPrintable(withCert.describe()));
    } else {
        QFAIL(qPrintable(QStringLiteral("no swaks expectation for %1").arg(name)));
    }
}

MAILTLS_TEST_MAIN(TestPracticeServerTools)
#include "test_practice_server_tools.moc"
