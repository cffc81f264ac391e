// The `mailtls session` command line: argument parsing, exit-code mapping, the text printer,
// and the finished binary's contract (usage errors, unreachable target, --json).
//
// The CLI's code is the mailtls_cli library this test links.

#include "console.h"
#include "report_printer.h"
#include "session_args.h"
#include "session_command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::cli;

namespace {

struct Parsed {
    bool ok = false;
    core::SessionOptions options;
    CliSettings settings;
    QString error;
};

Parsed parse(const QStringList &args)
{
    Parsed p;
    p.ok = parseSessionArgs(QStringList{QStringLiteral("session")} + args, &p.options, &p.settings, &p.error);
    return p;
}

} // namespace

class TestCliArgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void defaults();
    void hostAndPort_data();
    void hostAndPort();
    void badTargets_data();
    void badTargets();
    void dialectFollowsPortAndFlags();
    void tlsVersions_data();
    void tlsVersions();
    void tlsOptions();
    void authOptions();
    void mailOptions();
    void outputOptions();
    void usageErrorsAreOneLine_data();
    void usageErrorsAreOneLine();
    void helpText();

    void exitCodes();

    void printerFormats();
    void printerSections();
    void printerColour();
    void terminalFilter();

    void binaryUsageAndVersion();
    void binaryUnreachableTarget();
    void binaryJsonToStdout();
    void binaryUnwritableJson();

private:
    QString write(const QString &name, const QByteArray &content);
    core::Report sampleReport() const;
    int runCli(const QStringList &args, QByteArray *out, QByteArray *err);
    quint16 closedPort();

    QTemporaryDir dir_;
    core::Certificate leaf_;
};

void TestCliArgs::initTestCase()
{
    QVERIFY(dir_.isValid());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return;   // printer tests that need a certificate skip themselves
    QProcess p;
    p.setWorkingDirectory(dir_.path());
    p.start(openssl, {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                      "-keyout", "leaf.key", "-out", "leaf.pem", "-days", "20", "-subj", "/CN=mail.example.org",
                      "-addext", "subjectAltName=DNS:mail.example.org,DNS:mx.example.org"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QFile f(dir_.filePath(QStringLiteral("leaf.pem")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<core::Certificate> certs = core::Certificate::listFromPem(f.readAll());
    QCOMPARE(certs.size(), 1);
    leaf_ = certs.first();
}

QString TestCliArgs::write(const QString &name, const QByteArray &content)
{
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(content);
    return path;
}

void TestCliArgs::defaults()
{
    const Parsed p = parse({"mx.example.org"});
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.options.host, QStringLiteral("mx.example.org"));
    QCOMPARE(p.options.port, quint16(25));
    QCOMPARE(p.options.dialect, QStringLiteral("smtp"));
    QCOMPARE(p.options.implicitTls, false);
    QCOMPARE(p.options.timeoutMs, 15000);
    QCOMPARE(p.options.securityLevel, 0);
    QCOMPARE(p.options.redactSecrets, true);
    QCOMPARE(p.options.sendSni, true);
    QVERIFY(p.options.sni.isEmpty());
    QVERIFY(p.options.tlsMin.isEmpty());
    QVERIFY(p.options.rcptTo.isEmpty());
    QCOMPARE(p.options.sendData, false);
    QVERIFY(p.settings.jsonPath.isEmpty());
    QCOMPARE(p.settings.failOnSet, false);
    QCOMPARE(p.settings.quiet, false);
    QCOMPARE(p.settings.showHelp, false);
}

void TestCliArgs::hostAndPort_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("name") << "mx.example.org" << "mx.example.org" << 25;
    QTest::newRow("name:port") << "mx.example.org:587" << "mx.example.org" << 587;
    QTest::newRow("ipv4:port") << "127.0.0.1:2525" << "127.0.0.1" << 2525;
    QTest::newRow("[ipv6]:port") << "[2001:db8::1]:465" << "2001:db8::1" << 465;
    QTest::newRow("[ipv6]") << "[::1]" << "::1" << 25;
    QTest::newRow("bare ipv6") << "2001:db8::25" << "2001:db8::25" << 25;
}

void TestCliArgs::hostAndPort()
{
    QFETCH(QString, arg);
    QFETCH(QString, host);
    QFETCH(int, port);
    const Parsed p = parse({arg});
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.options.host, host);
    QCOMPARE(int(p.options.port), port);
    QCOMPARE(hostPortText(p.options.host, p.options.port),
             host.contains(':') ? QStringLiteral("[%1]:%2").arg(host).arg(port) : QStringLiteral("%1:%2").arg(host).arg(port));
}

void TestCliArgs::badTargets_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty port") << "mx.example.org:" << "empty port";
    QTest::newRow("port 0") << "mx.example.org:0" << "1-65535";
    QTest::newRow("port too big") << "mx.example.org:70000" << "1-65535";
    QTest::newRow("port not a number") << "mx.example.org:smtp" << "1-65535";
    QTest::newRow("unclosed bracket") << "[::1:25" << "missing ']'";
    QTest::newRow("junk after bracket") << "[::1]25" << "':PORT'";
    QTest::newRow("ipv4 in brackets") << "[192.0.2.1]:25" << "not an IPv6";
    QTest::newRow("not an address") << "2001:db8:zz::1" << "[ADDRESS]:PORT";
    QTest::newRow("no host") << ":25" << "no host";
    QTest::newRow("spaces") << "mx example" << "not a host name";
}

void TestCliArgs::badTargets()
{
    QFETCH(QString, arg);
    QFETCH(QString, expected);
    const Parsed p = parse({arg});
    QVERIFY(!p.ok);
    QVERIFY2(p.error.contains(expected), qPrintable(p.error));
}

void TestCliArgs::dialectFollowsPortAndFlags()
{
    Parsed p = parse({"mx:465"});
    QVERIFY(p.ok);
    QCOMPARE(p.options.dialect, QStringLiteral("smtp"));
    QCOMPARE(p.options.implicitTls, true);

    p = parse({"mx:587"});
    QCOMPARE(p.options.implicitTls, false);

    p = parse({"mx:24"});
    QCOMPARE(p.options.dialect, QStringLiteral("lmtp"));

    p = parse({"mx:465", "--starttls", "smtp"});   // the user asks for STARTTLS on 465
    QCOMPARE(p.options.implicitTls, false);

    p = parse({"mx:2465", "--implicit-tls"});
    QCOMPARE(p.options.dialect, QStringLiteral("smtp"));
    QCOMPARE(p.options.implicitTls, true);

    p = parse({"mx:2424", "--starttls", "LMTP"});
    QCOMPARE(p.options.dialect, QStringLiteral("lmtp"));
    QCOMPARE(p.options.implicitTls, false);

    p = parse({"mx:993", "--starttls", "none"});
    QCOMPARE(p.options.dialect, QStringLiteral("none"));
    QCOMPARE(p.options.implicitTls, true);

    // IMAP, POP3, ManageSieve: by port, by name, and --starttls auto.
    p = parse({"mx", "--starttls", "imap"});
    QVERIFY(p.ok);
    QCOMPARE(p.options.dialect, QStringLiteral("imap"));
    QCOMPARE(p.options.implicitTls, false);
    p = parse({"mx:993"});
    QCOMPARE(p.options.dialect, QStringLiteral("imap"));
    QCOMPARE(p.options.implicitTls, true);
    p = parse({"mx:995"});
    QCOMPARE(p.options.dialect, QStringLiteral("pop3"));
    QCOMPARE(p.options.implicitTls, true);
    p = parse({"mx:110"});
    QCOMPARE(p.options.dialect, QStringLiteral("pop3"));
    QCOMPARE(p.options.implicitTls, false);
    p = parse({"mx:4190"});
    QCOMPARE(p.options.dialect, QStringLiteral("sieve"));
    p = parse({"mx:993", "--starttls", "auto"});   // the port names it
    QCOMPARE(p.options.dialect, QStringLiteral("imap"));
    QCOMPARE(p.options.implicitTls, true);
    p = parse({"mx:10143", "--starttls", "auto"});  // the greeting will
    QCOMPARE(p.options.dialect, QStringLiteral("auto"));
    QCOMPARE(p.options.implicitTls, false);
    p = parse({"mx:143", "--starttls", "imap", "--mail-from", "a@example.org"});
    QVERIFY(!p.ok);
    p = parse({"mx", "--starttls", "ftp"});
    QVERIFY(!p.ok);
    QVERIFY(p.error.contains("smtp, lmtp, imap, pop3, sieve, none or auto"));
}

void TestCliArgs::tlsVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("1.0") << "1.0" << "TLSv1";
    QTest::newRow("1") << "1" << "TLSv1";
    QTest::newRow("1.1") << "1.1" << "TLSv1.1";
    QTest::newRow("1.2") << "1.2" << "TLSv1.2";
    QTest::newRow("1.3") << "1.3" << "TLSv1.3";
    QTest::newRow("TLSv1") << "TLSv1" << "TLSv1";
    QTest::newRow("TLSv1.2") << "TLSv1.2" << "TLSv1.2";
    QTest::newRow("tlsv1.3") << "tlsv1.3" << "TLSv1.3";
    QTest::newRow("tls1_2") << "tls1_2" << "TLSv1.2";
    QTest::newRow("tls1") << "tls1" << "TLSv1";
    QTest::newRow("TLS1.1") << "TLS1.1" << "TLSv1.1";
    QTest::newRow("SSLv3") << "SSLv3" << "";
    QTest::newRow("1.4") << "1.4" << "";
    QTest::newRow("empty") << "" << "";
}

void TestCliArgs::tlsVersions()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QCOMPARE(normaliseTlsVersion(text), normalised);
}

void TestCliArgs::tlsOptions()
{
    Parsed p = parse({"mx", "--tls-min", "tls1_2", "--tls-max", "1.3", "--ciphers", "ECDHE-RSA-AES128-GCM-SHA256",
                      "--ciphersuites", "TLS_AES_128_GCM_SHA256", "--groups", "X25519:P-256", "--security-level", "2",
                      "--timeout", "2.5", "--sni", "mail.example.org", "--servername", "mx.example.org",
                      "--ehlo", "client.example"});
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.options.tlsMin, QStringLiteral("TLSv1.2"));
    QCOMPARE(p.options.tlsMax, QStringLiteral("TLSv1.3"));
    QCOMPARE(p.options.ciphers, QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"));
    QCOMPARE(p.options.ciphersuites, QStringLiteral("TLS_AES_128_GCM_SHA256"));
    QCOMPARE(p.options.groups, QStringLiteral("X25519:P-256"));
    QCOMPARE(p.options.securityLevel, 2);
    QCOMPARE(p.options.timeoutMs, 2500);
    QCOMPARE(p.options.sni, QStringLiteral("mail.example.org"));
    QCOMPARE(p.options.servername, QStringLiteral("mx.example.org"));
    QCOMPARE(p.options.ehloName, QStringLiteral("client.example"));

    p = parse({"mx", "--no-sni"});
    QVERIFY(p.ok);
    QCOMPARE(p.options.sendSni, false);

    QVERIFY(parse({"mx", "--tls-min", "1.3", "--tls-max", "1.2"}).error.contains("above --tls-max"));
    QVERIFY(parse({"mx", "--tls-max", "SSLv3"}).error.contains("--tls-max"));
    QVERIFY(parse({"mx", "--security-level", "6"}).error.contains("0-5"));
    QVERIFY(parse({"mx", "--security-level", "high"}).error.contains("0-5"));
    QVERIFY(parse({"mx", "--timeout", "0"}).error.contains("--timeout"));
    QVERIFY(parse({"mx", "--timeout", "soon"}).error.contains("--timeout"));
    QVERIFY(parse({"mx", "--sni", "a", "--no-sni"}).error.contains("contradict"));
    QVERIFY(parse({"mx", "--ehlo", "two words"}).error.contains("--ehlo"));

    const QString cert = write(QStringLiteral("client.pem"), "not really a certificate");
    p = parse({"mx", "--client-cert", cert});
    QVERIFY(p.ok);
    QCOMPARE(p.options.clientKeyFile, cert);   // the key may be in the same PEM file
    QVERIFY(parse({"mx", "--client-key", cert}).error.contains("needs --client-cert"));
    QVERIFY(parse({"mx", "--ca-file", dir_.filePath("missing.pem")}).error.contains("no such file"));
    QVERIFY(parse({"mx", "--ca-file", dir_.path()}).error.contains("is a directory"));
}

void TestCliArgs::authOptions()
{
    const QString pw = write(QStringLiteral("pw"), "s3cret pass\r\nsecond line\n");
    Parsed p = parse({"mx", "--auth-user", "alice", "--auth-pass-file", pw, "--auth-mech", "login"});
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.options.authUser, QStringLiteral("alice"));
    QCOMPARE(p.options.authPassword, QStringLiteral("s3cret pass"));
    QCOMPARE(p.options.authMechanism, QStringLiteral("LOGIN"));

    p = parse({"mx", "--auth-user", "alice", "--auth-pass-file", dir_.filePath("nope")});
    QVERIFY(!p.ok);
    QVERIFY2(p.error.contains("--auth-pass-file") && p.error.contains("no such file"), qPrintable(p.error));

    const QString unreadable = write(QStringLiteral("pw-locked"), "x\n");
    QFile::setPermissions(unreadable, QFileDevice::Permissions());
    QFile probe(unreadable);
    if (!probe.open(QIODevice::ReadOnly)) {   // root can read anything; then this case cannot be made
        p = parse({"mx", "--auth-user", "alice", "--auth-pass-file", unreadable});
        QVERIFY(!p.ok);
        QVERIFY2(p.error.contains("cannot read"), qPrintable(p.error));
    }

    const QString empty = write(QStringLiteral("pw-empty"), "\nsecond\n");
    QVERIFY(parse({"mx", "--auth-user", "alice", "--auth-pass-file", empty}).error.contains("empty"));
    QVERIFY(parse({"mx", "--auth-user", "alice"}).error.contains("needs --auth-pass-file"));
    QVERIFY(parse({"mx", "--auth-pass-file", pw}).error.contains("needs --auth-user"));
    QVERIFY(parse({"mx", "--auth-user", "alice", "--auth-pass-file", pw, "--auth-mech", "CRAM-MD5"})
                .error.contains("PLAIN or LOGIN"));

    p = parse({"mx", "--show-secrets"});
    QCOMPARE(p.options.redactSecrets, false);
}

void TestCliArgs::mailOptions()
{
    Parsed p = parse({"mx", "--mail-from", "<a@example.org>", "--rcpt-to", "b@example.org", "--rcpt-to", "<c@example.org>"});
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.options.mailFrom, QStringLiteral("a@example.org"));
    QCOMPARE(p.options.rcptTo, QStringList({"b@example.org", "c@example.org"}));
    // No --data: the engine's generated test message is sent.
    QCOMPARE(p.options.sendData, true);
    QVERIFY(p.options.data.isEmpty());
    QCOMPARE(p.settings.generateTestMessage, true);

    const QString msg = write(QStringLiteral("msg.eml"), "Subject: hi\r\n\r\nbody\r\n");
    p = parse({"mx", "--mail-from", "a@example.org", "--rcpt-to", "b@example.org", "--data", msg});
    QVERIFY(p.ok);
    QCOMPARE(p.options.data, QByteArray("Subject: hi\r\n\r\nbody\r\n"));
    QCOMPARE(p.options.sendData, true);
    QCOMPARE(p.settings.generateTestMessage, false);

    p = parse({"mx", "--mail-from", "a@example.org", "--rcpt-to", "b@example.org", "--data", "-"});
    QVERIFY(p.ok);
    QCOMPARE(p.settings.dataFromStdin, true);

    p = parse({"mx", "--mail-from", ""});   // the null sender, MAIL FROM:<>
    QVERIFY(p.ok);
    QVERIFY(p.options.mailFrom.isEmpty());
    QCOMPARE(p.options.sendData, false);

    QVERIFY(parse({"mx", "--rcpt-to", "b@example.org"}).error.contains("needs --mail-from"));
    QVERIFY(parse({"mx", "--mail-from", "a@example.org", "--data", msg}).error.contains("--rcpt-to"));
    QVERIFY(parse({"mx", "--mail-from", "a@example.org", "--rcpt-to", "b@x", "--data", write("empty.eml", "")})
                .error.contains("empty"));
    QVERIFY(parse({"mx", "--mail-from", "a@x\r\nRCPT TO:<evil@x>"}).error.contains("line breaks"));
    QVERIFY(parse({"mx", "--mail-from", "a@x", "--rcpt-to", "b@x\nDATA"}).error.contains("line breaks"));
    QVERIFY(parse({"mx:465", "--starttls", "none", "--mail-from", "a@x"}).error.contains("mail protocol"));
}

void TestCliArgs::outputOptions()
{
    Parsed p = parse({"mx", "--json", "-", "--fail-on", "Medium", "--no-color", "--quiet"});
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.settings.jsonPath, QStringLiteral("-"));
    QCOMPARE(p.settings.failOnSet, true);
    QCOMPARE(p.settings.failOn, core::Severity::Medium);
    QCOMPARE(p.settings.noColor, true);
    QCOMPARE(p.settings.quiet, true);

    p = parse({"mx", "--json", dir_.filePath("out.json")});
    QVERIFY(p.ok);
    QCOMPARE(p.settings.jsonPath, dir_.filePath("out.json"));

    QVERIFY(parse({"mx", "--json", dir_.filePath("no/such/dir/out.json")}).error.contains("does not exist"));
    QVERIFY(parse({"mx", "--json", dir_.path()}).error.contains("is a directory"));
    QVERIFY(parse({"mx", "--fail-on", "severe"}).error.contains("info, low, medium, high or critical"));
}

void TestCliArgs::usageErrorsAreOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no target") << QStringList{} << "missing HOST[:PORT]";
    QTest::newRow("two targets") << QStringList{"a", "b"} << "one target only";
    QTest::newRow("unknown option") << QStringList{"mx", "--bogus"} << "bogus";
    QTest::newRow("missing value") << QStringList{"mx", "--timeout"} << "timeout";
}

void TestCliArgs::usageErrorsAreOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Parsed p = parse(args);
    QVERIFY(!p.ok);
    QVERIFY2(p.error.contains(expected), qPrintable(p.error));
    QVERIFY(!p.error.contains('\n'));
    QVERIFY(!p.error.endsWith('.'));
}

void TestCliArgs::helpText()
{
    const Parsed p = parse({"--help"});
    QVERIFY(p.ok);
    QVERIFY(p.settings.showHelp);
    QVERIFY(p.settings.helpText.startsWith("Usage: mailtls session [options] HOST[:PORT]\n"));
    for (const char *option : {"--starttls", "--implicit-tls", "--ehlo", "--sni", "--no-sni", "--servername",
                               "--ca-file", "--client-cert", "--client-key", "--auth-user", "--auth-pass-file",
                               "--auth-mech", "--mail-from", "--rcpt-to", "--data", "--timeout", "--tls-min",
                               "--tls-max", "--ciphers", "--ciphersuites", "--groups", "--security-level",
                               "--show-secrets", "--json", "--fail-on", "--no-color", "--quiet"})
        QVERIFY2(p.settings.helpText.contains(QLatin1String(option)), option);
    QVERIFY(p.settings.helpText.contains("Exit codes:"));
    QVERIFY(parse({"mx", "-h"}).settings.showHelp);
}

void TestCliArgs::exitCodes()
{
    core::Report r;
    r.target.host = QStringLiteral("127.0.0.1");
    r.target.port = 2525;
    CliSettings settings;
    QString line;

    r.outcome.errorKind = core::ErrorKind::Refused;
    r.outcome.error = QStringLiteral("cannot connect to 127.0.0.1 port 2525: Connection refused");
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitUnreachable));
    QCOMPARE(line, QStringLiteral("cannot connect to 127.0.0.1:2525: connection refused"));

    r.outcome.error = QStringLiteral("cannot resolve nx.example: Name or service not known");
    r.target.host = QStringLiteral("nx.example");
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitUnreachable));
    QCOMPARE(line, r.outcome.error);
    r.target.host = QStringLiteral("127.0.0.1");

    r.outcome.errorKind = core::ErrorKind::Timeout;
    r.outcome.error = QStringLiteral("timed out (waiting for the greeting)");
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitUnreachable));
    QCOMPARE(line, QStringLiteral("timed out talking to 127.0.0.1:2525: timed out (waiting for the greeting)"));

    r.outcome.errorKind = core::ErrorKind::Protocol;
    r.outcome.error = QStringLiteral("unexpected greeting (expected 220): 554 go away");
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitUnreachable));
    QVERIFY(line.startsWith("protocol failure with 127.0.0.1:2525: "));

    r.outcome.errorKind = core::ErrorKind::Usage;
    r.outcome.error = QStringLiteral("no cipher matches 'FOO'");
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitUsage));

    r.outcome.errorKind = core::ErrorKind::Cancelled;
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitInterrupted));

    // A failed handshake is a property of the server: findings and --fail-on decide.
    r.outcome.errorKind = core::ErrorKind::Tls;
    core::Finding f;
    f.id = QStringLiteral("tls.handshake_failed");
    f.severity = core::Severity::High;
    r.findings << f;
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitOk));
    QVERIFY(line.isEmpty());
    settings.failOnSet = true;
    settings.failOn = core::Severity::Critical;
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitOk));
    settings.failOn = core::Severity::High;
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitFindings));
    settings.failOn = core::Severity::Info;
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitFindings));
    r.findings.clear();
    QCOMPARE(sessionExitCode(r, settings, &line), int(ExitOk));
}

core::Report TestCliArgs::sampleReport() const
{
    core::Report r;
    r.target.host = QStringLiteral("mail.example.org");
    r.target.port = 25;
    r.target.address = QStringLiteral("192.0.2.10");
    r.target.dialect = QStringLiteral("smtp");
    r.target.sni = QStringLiteral("mail.example.org");
    r.target.servername = QStringLiteral("mail.example.org");
    r.startedAt = QDateTime(QDate(2024, 3, 5), QTime(8, 9, 10), Qt::UTC);
    r.durationMs = 842;
    r.transcript = {
        {0, core::LineDirection::Note, QStringLiteral("connected to 192.0.2.10")},
        {12, core::LineDirection::Server, QStringLiteral("220 mail.example.org ESMTP")},
        {13, core::LineDirection::Client, QStringLiteral("EHLO client.example")},
        {15, core::LineDirection::Server, QStringLiteral("250-mail.example.org")},
        {15, core::LineDirection::Server, QStringLiteral("250 STARTTLS")},
        {16, core::LineDirection::Client, QStringLiteral("STARTTLS")},
        {17, core::LineDirection::Server, QStringLiteral("220 2.0.0 Ready to start TLS")},
        {40, core::LineDirection::Tls, QStringLiteral("TLS established: TLSv1.2, ECDHE-RSA-AES128-GCM-SHA256")},
        {1234, core::LineDirection::Client, QStringLiteral("QUIT")},
    };
    r.smtp.banner = QStringLiteral("220 mail.example.org ESMTP");
    r.smtp.starttlsOffered = true;
    r.smtp.starttlsAccepted = true;
    core::HandshakeMessage hello;
    hello.tMs = 18; hello.dir = QStringLiteral("C"); hello.type = QStringLiteral("ClientHello"); hello.length = 412;
    hello.summary = QStringLiteral("offers TLSv1.3,TLSv1.2; 75 suites");
    core::HandshakeMessage serverHello;
    serverHello.tMs = 25; serverHello.dir = QStringLiteral("S"); serverHello.type = QStringLiteral("ServerHello");
    serverHello.length = 89; serverHello.summary = QStringLiteral("TLSv1.2, ECDHE-RSA-AES128-GCM-SHA256");
    r.handshake = {hello, serverHello};
    r.tls.attempted = r.tls.established = true;
    r.tls.version = QStringLiteral("TLSv1.2");
    r.tls.cipher.code = 0xC02F;
    r.tls.cipher.iana = QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    r.tls.cipher.openssl = QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256");
    r.tls.group = QStringLiteral("x25519");
    r.tls.tempKeyType = QStringLiteral("X25519");
    r.tls.tempKeyBits = 253;
    r.tls.peerSignatureType = QStringLiteral("RSA-PSS");
    r.tls.peerSignatureDigest = QStringLiteral("SHA256");
    r.tls.verifyOk = false;
    r.tls.verifyCode = 20;
    r.tls.verifyMessage = QStringLiteral("unable to get local issuer certificate");
    if (!leaf_.isNull())
        r.certificates << leaf_;
    core::Finding f;
    f.id = QStringLiteral("cert.untrusted");
    f.severity = core::Severity::High;
    f.title = QStringLiteral("The certificate chain does not lead to a trusted root");
    f.detail = QStringLiteral("Partners that verify certificates (DANE, MTA-STS, or a configured CA list) refuse to "
                              "deliver, or fall back to cleartext where that is allowed.");
    f.evidence = QStringLiteral("verify code 20 (unable to get local issuer certificate)");
    f.fixExim = QStringLiteral("tls_certificate = /etc/exim4/fullchain.pem");
    f.fixPostfix = QStringLiteral("smtpd_tls_chain_files =\n    /etc/postfix/key.pem,\n    /etc/postfix/fullchain.pem");
    core::Finding info;
    info.id = QStringLiteral("protocol.tls13_missing");
    info.severity = core::Severity::Low;
    info.title = QStringLiteral("TLS 1.3 is not accepted");
    r.findings = {info, f};
    r.outcome.connected = r.outcome.completed = true;
    return r;
}

void TestCliArgs::printerFormats()
{
    QCOMPARE(ReportPrinter::secondsText(12), QStringLiteral("+0.012s"));
    QCOMPARE(ReportPrinter::secondsText(61234), QStringLiteral("+61.234s"));
    QCOMPARE(ReportPrinter::secondsText(0), QStringLiteral("+0.000s"));
    QCOMPARE(ReportPrinter::securityLevelNote(0),
             QStringLiteral("client ran at OpenSSL security level 0 (accepts legacy servers)"));
    QVERIFY(ReportPrinter::securityLevelNote(2).contains("2048"));
}

void TestCliArgs::printerSections()
{
    if (leaf_.isNull())
        QSKIP("needs the openssl command for a certificate");
    PrinterOptions options;
    options.now = QDateTime(leaf_.notBefore()).addDays(5);   // the certificate runs 20 days
    const ReportPrinter printer(options);
    const QString text = printer.render(sampleReport());

    // Keep a copy for people reading the build output.
    QFile sample(QStringLiteral(MAILTLS_ARTIFACTS_DIR "/cli_session_sample.txt"));
    if (sample.open(QIODevice::WriteOnly))
        sample.write(text.toUtf8());

    const QStringList headings = {"Target\n", "Transcript\n", "TLS\n", "Handshake\n", "Certificate chain (1 certificate)\n",
                                  "Findings (2)\n"};
    int last = -1;
    for (const QString &h : headings) {
        const int at = text.indexOf(QLatin1Char('\n') + h) + 1;
        QVERIFY2(at > last, qPrintable(h));
        last = at;
    }
    QVERIFY(text.startsWith("Target\n"));
    QVERIFY(text.contains("  Address             192.0.2.10\n"));
    QVERIFY(text.contains("  Mode                SMTP with STARTTLS\n"));
    QVERIFY(text.contains("  +0.012s  S: 220 mail.example.org ESMTP\n"));
    QVERIFY(text.contains("  +0.013s  C: EHLO client.example\n"));
    QVERIFY(text.contains("  +0.040s  tls: TLS established"));
    QVERIFY(text.contains("  +0.000s  note: connected to 192.0.2.10\n"));
    QVERIFY(text.contains("  +1.234s  C: QUIT\n"));
    QVERIFY(text.contains("  Protocol            TLSv1.2\n"));
    QVERIFY(text.contains("  Cipher              TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256  (OpenSSL ECDHE-RSA-AES128-GCM-SHA256, code 0xC02F)\n"));
    QVERIFY(text.contains("  Key exchange group  x25519\n"));
    QVERIFY(text.contains("  Server temp key     X25519 253 bits\n"));
    QVERIFY(text.contains("  Peer signature      RSA-PSS with SHA256\n"));
    QVERIFY(text.contains("  Compression         none\n"));
    QVERIFY(text.contains("  Verification        failed: code 20 (unable to get local issuer certificate)\n"));
    QVERIFY(text.contains("client ran at OpenSSL security level 0 (accepts legacy servers)"));
    QVERIFY(text.contains(QStringLiteral("C→S  ClientHello")));
    QVERIFY(text.contains(QStringLiteral("S→C  ServerHello")));
    QVERIFY(text.contains("      Key           EC 256 (prime256v1)\n"));
    QVERIFY(text.contains("      SAN           DNS:mail.example.org, DNS:mx.example.org\n"));
    QVERIFY(text.contains("(15 days left)"));
    QVERIFY(text.contains("      Flags         CA, self-signed\n"));
    QVERIFY(text.contains("      Subject hash  " + leaf_.subjectHash() + "\n"));
    // Most serious finding first, wrapped detail, evidence and both fixes.
    QVERIFY(text.indexOf("[HIGH]") < text.indexOf("[LOW]"));
    QVERIFY(text.contains("  [HIGH]     cert.untrusted  The certificate chain does not lead to a trusted root\n"));
    QVERIFY(text.contains("             Evidence: verify code 20"));
    QVERIFY(text.contains("             Exim:    tls_certificate = /etc/exim4/fullchain.pem\n"));
    QVERIFY(text.contains("             Postfix: smtpd_tls_chain_files =\n                          /etc/postfix/key.pem,\n"));
    // Prose wraps at the width, under its own indent.
    const QStringList lines = text.split('\n');
    const int detail = lines.indexOf(QRegularExpression(QStringLiteral("^ {13}Partners that verify.*")));
    QVERIFY(detail > 0);
    QVERIFY(lines.at(detail).size() <= options.width);
    QVERIFY(lines.at(detail + 1).startsWith(QString(13, ' ') + QChar(' ')) == false);
    QVERIFY(lines.at(detail + 1).startsWith(QString(13, ' ')));
    QVERIFY(text.endsWith("mail.example.org:25: TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, certificate not verified "
                          "(code 20), 2 findings (1 high, 1 low)\n"));
    QVERIFY(!text.contains("\x1b["));

    // Nothing found; no TLS; a refused connection.
    core::Report clean = sampleReport();
    clean.findings.clear();
    QVERIFY(printer.findingsSection(clean.findings).contains("  No findings.\n"));
    QVERIFY(printer.summaryLine(clean).endsWith(", no findings\n"));

    core::Report cleartext;
    cleartext.target = clean.target;
    cleartext.smtp.banner = QStringLiteral("220 old.example.org");
    cleartext.outcome.connected = true;
    const QString plain = printer.render(cleartext);
    QVERIFY(plain.contains("not attempted: the server does not offer STARTTLS"));
    QVERIFY(!plain.contains("Handshake\n"));
    QVERIFY(!plain.contains("Certificate chain"));

    core::Report refused;
    refused.target = clean.target;
    refused.outcome.errorKind = core::ErrorKind::Refused;
    refused.outcome.error = QStringLiteral("cannot connect to 192.0.2.10 port 25: Connection refused");
    const QString refusedText = printer.render(refused);
    QVERIFY(!refusedText.contains("\nTLS\n"));
    QVERIFY(!refusedText.contains("No findings."));
    QVERIFY(refusedText.endsWith("mail.example.org:25: failed: cannot connect to 192.0.2.10 port 25: Connection refused\n"));

    core::Report failed = clean;
    failed.tls.established = false;
    failed.tls.alert = QStringLiteral("handshake_failure");
    failed.tls.alertDirection = QStringLiteral("received");
    failed.tls.error = QStringLiteral("no shared cipher");
    failed.tls.verifyCode = -1;
    const QString failedText = printer.tlsSection(failed);
    QVERIFY(failedText.contains("  Handshake           failed: no shared cipher\n"));
    QVERIFY(failedText.contains("  Alert               handshake_failure (sent by the server)\n"));
    QVERIFY(!failedText.contains("Cipher"));
}

void TestCliArgs::printerColour()
{
    PrinterOptions options;
    options.color = true;
    // The printer marks its styles; the terminal filter (writeOut) turns them into escapes.
    const QString text = terminalText(ReportPrinter(options).render(sampleReport()));
    QVERIFY(text.contains("\x1b[1mTarget\x1b[0m\n"));
    QVERIFY(text.contains("\x1b[31m[HIGH]"));
}

// Whatever a server sent reaches the terminal escaped: an OSC title, a line rewrite, NUL,
// C1 and bidi controls; the program's own styles pass, a forged marker does not.
void TestCliArgs::terminalFilter()
{
    core::Report report = sampleReport();
    report.smtp.banner = QString::fromUtf16(u"220 mx \x1b]0;pwned\x07\x1b[2K\rcertificate verified \0 \u0085 \u202e");
    core::TranscriptLine line;
    line.dir = core::LineDirection::Server;
    line.text = report.smtp.banner;
    report.transcript.append(line);
    PrinterOptions options;
    options.color = true;
    const QString text = terminalText(ReportPrinter(options).render(report));
    QVERIFY(!text.contains(QChar(0x07)));
    QVERIFY(!text.contains(QChar(0)));
    QVERIFY(!text.contains(QChar(0x85)));
    QVERIFY(!text.contains(QChar(0x202e)));
    QVERIFY(!text.contains(QLatin1String("\x1b]")));
    QVERIFY(!text.contains(QLatin1String("\x1b[2K")));
    QVERIFY(!text.contains(QLatin1Char('\r')));
    QVERIFY2(text.contains(QLatin1String("\\x1b]0;pwned\\x07\\x1b[2K\\x0dcertificate verified")), qPrintable(text));
    QVERIFY(text.contains("\x1b[1mTarget\x1b[0m\n"));   // our own styles still work
    // A stray marker with a dangerous sequence after it is shown, not obeyed.
    const QString forged = QString(QChar(0xDC1B)) + QStringLiteral("[2J") + QChar(0xDC1B) + QStringLiteral("[8m");
    QCOMPARE(terminalText(forged), QStringLiteral("\\udc1b[2J\\udc1b[8m"));
    QCOMPARE(terminalText(styled(QStringLiteral("x"), "1;31")), QStringLiteral("\x1b[1;31mx\x1b[0m"));
    QCOMPARE(terminalText(eraseLine() + QStringLiteral("a\tb\n")), QStringLiteral("\r\x1b[Ka\tb\n"));
}

int TestCliArgs::runCli(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(MAILTLS_CLI_PATH), args);
    if (!p.waitForFinished(30000))
        return -1;
    *out = p.readAllStandardOutput();
    *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

quint16 TestCliArgs::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void TestCliArgs::binaryUsageAndVersion()
{
    QByteArray out, err;
    QCOMPARE(runCli({"--version"}, &out, &err), 0);
    QVERIFY(out.startsWith("mailtls " MAILTLS_VERSION " (Qt "));
    QVERIFY(out.contains("OpenSSL 3."));

    QCOMPARE(runCli({"--help"}, &out, &err), 0);
    QVERIFY(out.contains("session HOST[:PORT]"));

    QCOMPARE(runCli({"session", "--help"}, &out, &err), 0);
    QVERIFY(out.startsWith("Usage: mailtls session [options] HOST[:PORT]"));

    QCOMPARE(runCli({"session"}, &out, &err), 2);
    QCOMPARE(err, QByteArray("mailtls session: missing HOST[:PORT] (try 'mailtls session --help')\n"));
    QVERIFY(out.isEmpty());

    QCOMPARE(runCli({"session", "mx", "--tls-max", "4"}, &out, &err), 2);
    QCOMPARE(err.count('\n'), 1);

    QCOMPARE(runCli({"frobnicate"}, &out, &err), 2);
    QCOMPARE(err, QByteArray("mailtls: unknown command 'frobnicate' (try 'mailtls --help')\n"));

    QCOMPARE(runCli({}, &out, &err), 2);
}

void TestCliArgs::binaryUnreachableTarget()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const QString json = dir_.filePath(QStringLiteral("refused.json"));
    QByteArray out, err;
    QCOMPARE(runCli({"session", QStringLiteral("127.0.0.1:%1").arg(port), "--json", json, "--timeout", "5"}, &out, &err), 3);
    QCOMPARE(QString::fromUtf8(err), QStringLiteral("mailtls: cannot connect to 127.0.0.1:%1: connection refused\n").arg(port));
    QVERIFY(out.contains("Transcript\n"));
    // The report is still written, and says what happened.
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value("schema").toString(), QStringLiteral("mailtls.report/1"));
    QCOMPARE(o.value("outcome").toObject().value("error_kind").toString(), QStringLiteral("connect"));
    QCOMPARE(o.value("outcome").toObject().value("connected"), QJsonValue(false));
    QCOMPARE(o.value("tls"), QJsonValue(QJsonValue::Null));
    QCOMPARE(o.value("target").toObject().value("port").toInt(), int(port));

    QCOMPARE(runCli({"session", QStringLiteral("127.0.0.1:%1").arg(port), "--quiet"}, &out, &err), 3);
    QCOMPARE(out.count('\n'), 1);   // only the summary line
}

void TestCliArgs::binaryJsonToStdout()
{
    const quint16 port = closedPort();
    QByteArray out, err;
    QCOMPARE(runCli({"session", QStringLiteral("127.0.0.1:%1").arg(port), "--json", "-"}, &out, &err), 3);
    // stdout holds the JSON and nothing else.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(out.startsWith("{\n  \"schema\": \"mailtls.report/1\""));
    QCOMPARE(err.count('\n'), 1);
}

void TestCliArgs::binaryUnwritableJson()
{
    const QString json = dir_.filePath(QStringLiteral("missing-dir/out.json"));
    QByteArray out, err;
    QCOMPARE(runCli({"session", "127.0.0.1:1", "--json", json}, &out, &err), 2);
    QVERIFY2(err.contains("does not exist"), err.constData());
    QVERIFY(out.isEmpty());   // refused before connecting
    QVERIFY(!QFile::exists(json));
}

MAILTLS_TEST_MAIN(TestCliArgs)
#include "test_cli_args.moc"
