// Proves the test peers are what they claim, with reference clients only (openssl s_client,
// swaks, plain sockets): if these fail, a failing engine test says nothing about the engine.

#include <QTest>

#include <QFileInfo>
#include <QHostAddress>
#include <QTcpSocket>
#include <QElapsedTimer>

#include <csignal>
#include <cerrno>
#include <sys/stat.h>

#include "scripted_peer.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;

namespace {

const QByteArray kEhloQuit = "EHLO harness.test\r\nQUIT\r\n";

// s_client against an SMTP peer (-ign_eof): sends `input` after the handshake and waits until
// the server closes (after QUIT, or on an alert).
ToolResult sClient(quint16 port, const QStringList &extra, const QByteArray &input = kEhloQuit)
{
    QStringList args{QStringLiteral("s_client"), QStringLiteral("-connect"),
                     QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-ign_eof")};
    return runTool(QStringLiteral("openssl"), args + extra, input, 20000);
}

// s_client against a TLS-only peer that never hangs up by itself: handshake, send `input`,
// close at end of input.
ToolResult sClientOnce(quint16 port, const QStringList &extra, const QByteArray &input = "ping\n")
{
    QStringList args{QStringLiteral("s_client"), QStringLiteral("-connect"),
                     QStringLiteral("127.0.0.1:%1").arg(port)};
    return runTool(QStringLiteral("openssl"), args + extra, input, 20000);
}

QStringList starttlsArgs()
{
    return {QStringLiteral("-starttls"), QStringLiteral("smtp"), QStringLiteral("-name"),
            QStringLiteral("harness.test")};
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

class TestHarness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pkiFilesAreConsistent();
    void freePortAndWaits();
    void eximStarttlsRsaVerifiesAndDelivers();
    void eximStopLeavesNothing();
    void eximImplicitTlsSpeaksTlsFirst();
    void eximEcdsaServesEcKey();
    void eximWithoutStarttls();
    void eximTls10Priority();
    void eximRequiresClientCert();
    void eximAuthBeforeTls();
    void eximAuthOnlyAfterTls();
    void opensslServerDh1024();
    void gnutlsServerHandshakes();
    void scriptedPeerRunsScriptAndStops();

private:
    const TestPki &pki() const { return TestPki::instance(); }
};

void TestHarness::initTestCase()
{
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    qInfo("test PKI in %s (%lld ms)", qPrintable(pki().dir()), clock.elapsed());
}

void TestHarness::pkiFilesAreConsistent()
{
    // Chain: leaf <- intermediate <- root, hostname and IP SANs present.
    for (const LeafFiles &leaf : {pki().rsaLeaf(), pki().ecdsaLeaf(), pki().weakRsaLeaf()}) {
        const ToolResult verify = runTool(QStringLiteral("openssl"),
                                          {QStringLiteral("verify"), QStringLiteral("-CAfile"), pki().caFile(),
                                           QStringLiteral("-untrusted"), pki().intermediateFile(),
                                           QStringLiteral("-verify_hostname"), QStringLiteral("mail.test.example"),
                                           QStringLiteral("-verify_ip"), QStringLiteral("::1"),
                                           QStringLiteral("-auth_level"), QStringLiteral("0"), leaf.certFile});
        QVERIFY2(verify.ok() && verify.outText().contains(QLatin1String(": OK")), qPrintable(verify.describe()));
        // The chain file is leaf first, then the intermediate.
        const ToolResult chain = runTool(QStringLiteral("openssl"),
                                         {QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                                          QStringLiteral("-certfile"), leaf.chainFile});
        QVERIFY2(chain.ok(), qPrintable(chain.describe()));
        const ToolResult subjects = runTool(QStringLiteral("openssl"),
                                            {QStringLiteral("pkcs7"), QStringLiteral("-print_certs"),
                                             QStringLiteral("-noout")},
                                            chain.out);
        const QString text = subjects.outText();
        const int leafAt = text.indexOf(QLatin1String("CN = localhost"));
        const int intermediateAt = text.indexOf(QLatin1String("CN = MailTLS Test Intermediate CA"));
        QVERIFY2(leafAt >= 0 && intermediateAt > leafAt, qPrintable(text));
    }
    // Client certificate directly under the root; self-signed leaf verifies only against itself.
    const ToolResult client = runTool(QStringLiteral("openssl"),
                                      {QStringLiteral("verify"), QStringLiteral("-CAfile"), pki().caFile(),
                                       QStringLiteral("-purpose"), QStringLiteral("sslclient"),
                                       pki().clientCert().certFile});
    QVERIFY2(client.ok(), qPrintable(client.describe()));
    const ToolResult selfSigned = runTool(QStringLiteral("openssl"),
                                          {QStringLiteral("verify"), QStringLiteral("-CAfile"), pki().caFile(),
                                           pki().selfSignedLeaf().certFile});
    QVERIFY2(!selfSigned.ok(), qPrintable(selfSigned.describe()));

    // Key types and sizes.
    auto keyText = [](const QString &cert) {
        return runTool(QStringLiteral("openssl"),
                       {QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-noout"),
                        QStringLiteral("-text")})
            .outText();
    };
    QVERIFY(keyText(pki().rsaLeaf().certFile).contains(QLatin1String("Public-Key: (2048 bit)")));
    QVERIFY(keyText(pki().weakRsaLeaf().certFile).contains(QLatin1String("Public-Key: (1024 bit)")));
    const QString ec = keyText(pki().ecdsaLeaf().certFile);
    QVERIFY2(ec.contains(QLatin1String("Public-Key: (256 bit)")) && ec.contains(QLatin1String("prime256v1")),
             qPrintable(ec));
    QVERIFY(ec.contains(QLatin1String("IP Address:0:0:0:0:0:0:0:1")));

    // DH parameters: 1024-bit safe-prime group.
    const QString dh = pki().dhParam1024File();
    QVERIFY2(!dh.isEmpty(), qPrintable(pki().error()));
    const ToolResult dhCheck = runTool(QStringLiteral("openssl"),
                                       {QStringLiteral("dhparam"), QStringLiteral("-in"), dh,
                                        QStringLiteral("-noout"), QStringLiteral("-text"), QStringLiteral("-check")});
    QVERIFY2(dhCheck.ok() && dhCheck.allText().contains(QLatin1String("1024 bit")), qPrintable(dhCheck.describe()));

    // Readable by the Debian-exim user.
    QCOMPARE(QFileInfo(pki().dir()).permissions() & QFileDevice::ExeOther, QFileDevice::ExeOther);
    for (const QString &file : {pki().rsaLeaf().keyFile, pki().rsaLeaf().chainFile, pki().caFile()})
        QVERIFY2(QFileInfo(file).permissions() & QFileDevice::ReadOther, qPrintable(file));
}

void TestHarness::freePortAndWaits()
{
    QVERIFY(freeTcpPort() > 1024);
    const RefusingPort refusing;
    QVERIFY(refusing.port() > 1024);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!waitForListening(refusing.port(), 300));
    QVERIFY(!waitForBanner(refusing.port(), 300));
    QVERIFY(clock.elapsed() < 3000);
}

void TestHarness::eximStarttlsRsaVerifiesAndDelivers()
{
    EximServer exim(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));

    const PlainEhlo ehlo = plainEhlo(exim.port());
    QVERIFY2(ehlo.ok(), qPrintable(ehlo.error));
    QVERIFY2(ehlo.banner.startsWith(QLatin1String("220 localhost ESMTP Exim")), qPrintable(ehlo.banner));
    QVERIFY2(ehlo.advertises(QStringLiteral("STARTTLS")), qPrintable(ehlo.ehloLines.join(QLatin1Char('\n'))));
    QVERIFY(!ehlo.advertises(QStringLiteral("AUTH")));

    const ToolResult tls = sClient(exim.port(), starttlsArgs() + QStringList{
        QStringLiteral("-CAfile"), pki().caFile(), QStringLiteral("-verify_hostname"), QStringLiteral("localhost"),
        QStringLiteral("-showcerts")});
    const QString out = tls.allText();
    QVERIFY2(out.contains(QLatin1String("Verify return code: 0 (ok)")), qPrintable(tls.describe()));
    QVERIFY2(out.contains(QLatin1String(" 0 s:O = MailTLS Tests, CN = localhost")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(" 1 s:O = MailTLS Tests, CN = MailTLS Test Intermediate CA")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("221 ")), qPrintable(out));

    // A whole message over STARTTLS: DATA must complete.
    const ToolResult swaks = runTool(QStringLiteral("swaks"),
                                     {QStringLiteral("--to"), QStringLiteral("user@localhost"),
                                      QStringLiteral("--from"), QStringLiteral("tester@localhost"),
                                      QStringLiteral("--helo"), QStringLiteral("harness.test"),
                                      QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(exim.port()),
                                      QStringLiteral("-tls")},
                                     {}, 30000);
    QVERIFY2(swaks.ok(), qPrintable(swaks.describe() + exim.logText()));
    QVERIFY2(swaks.outText().contains(QLatin1String("250 OK id=")), qPrintable(swaks.describe()));
    QTRY_VERIFY2_WITH_TIMEOUT(exim.logText().contains(QLatin1String("P=esmtps X=TLS1.3")), qPrintable(exim.logText()), 5000);
}

void TestHarness::eximStopLeavesNothing()
{
    EximServer exim(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const qint64 pid = exim.pid();
    QVERIFY(pid > 0);
    // A connection held by a child process must not outlive the server either.
    QTcpSocket hanging;
    hanging.connectToHost(QHostAddress::LocalHost, exim.port());
    QVERIFY(hanging.waitForConnected(2000));
    QVERIFY(hanging.waitForReadyRead(2000));   // the child sent its banner
    exim.stop();
    QVERIFY(!exim.isRunning());
    QVERIFY(processGone(pid));
    exim.stop();   // twice is fine
    // The child was killed too: our connection is closed, and the process group is empty.
    QVERIFY(hanging.state() == QAbstractSocket::UnconnectedState || hanging.waitForDisconnected(3000));
    QTRY_VERIFY_WITH_TIMEOUT(::kill(-pid_t(pid), 0) != 0 && errno == ESRCH, 3000);
}

void TestHarness::eximImplicitTlsSpeaksTlsFirst()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.implicitTls = true;
    options.starttls = false;
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));

    // No cleartext greeting.
    const PlainEhlo plain = plainEhlo(exim.port(), 1500);
    QVERIFY(!plain.ok());

    const ToolResult tls = sClient(exim.port(), {QStringLiteral("-CAfile"), pki().caFile(),
                                                 QStringLiteral("-verify_hostname"), QStringLiteral("localhost")});
    const QString out = tls.allText();
    QVERIFY2(out.contains(QLatin1String("Verify return code: 0 (ok)")), qPrintable(tls.describe()));
    QVERIFY2(out.contains(QLatin1String("220 localhost ESMTP Exim")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("250-localhost Hello")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("221 ")), qPrintable(out));
}

void TestHarness::eximEcdsaServesEcKey()
{
    EximServer exim(EximOptions::serving(pki().ecdsaLeaf().chainFile, pki().ecdsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const ToolResult tls = sClient(exim.port(), starttlsArgs() + QStringList{QStringLiteral("-CAfile"), pki().caFile()});
    const QString out = tls.allText();
    QVERIFY2(out.contains(QLatin1String("Verify return code: 0 (ok)")), qPrintable(tls.describe()));
    QVERIFY2(out.contains(QLatin1String("Peer signature type: ECDSA")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Server public key is 256 bit")), qPrintable(out));
}

void TestHarness::eximWithoutStarttls()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.starttls = false;
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const PlainEhlo ehlo = plainEhlo(exim.port());
    QVERIFY2(ehlo.ok(), qPrintable(ehlo.error));
    QVERIFY2(!ehlo.advertises(QStringLiteral("STARTTLS")), qPrintable(ehlo.ehloLines.join(QLatin1Char('\n'))));
    QVERIFY(ehlo.advertises(QStringLiteral("PIPELINING")));   // a real EHLO answer otherwise
    const ToolResult tls = sClient(exim.port(), starttlsArgs());
    QVERIFY2(tls.allText().contains(QLatin1String("Didn't find STARTTLS"))
                 && tls.allText().contains(QLatin1String("no peer certificate available")),
             qPrintable(tls.describe()));
}

void TestHarness::eximTls10Priority()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.tlsRequireCiphers = QStringLiteral("NORMAL:+VERS-TLS1.0");
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const ToolResult tls = sClient(exim.port(), starttlsArgs() + QStringList{
        QStringLiteral("-tls1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0")});
    QVERIFY2(tls.allText().contains(QLatin1String("Protocol  : TLSv1\n")), qPrintable(tls.describe()));
}

void TestHarness::eximRequiresClientCert()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.requireClientCert = true;
    options.clientCaFile = pki().caFile();
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));

    // Without a certificate the session never gets to answer our EHLO: TLS 1.2 fails in the
    // handshake, TLS 1.3 right after it (certificate_required alert).
    for (const QString &version : {QStringLiteral("-tls1_2"), QStringLiteral("-tls1_3")}) {
        const ToolResult bare = sClient(exim.port(), starttlsArgs() + QStringList{version});
        QVERIFY2(!bare.allText().contains(QLatin1String("221 ")), qPrintable(bare.describe()));
        QVERIFY2(bare.allText().contains(QLatin1String("alert")), qPrintable(bare.describe()));
    }
    // With the PKI's client certificate it works and Exim logs the verified peer.
    const ToolResult withCert = sClient(exim.port(), starttlsArgs() + QStringList{
        QStringLiteral("-cert"), pki().clientCert().certFile, QStringLiteral("-key"), pki().clientCert().keyFile});
    QVERIFY2(withCert.allText().contains(QLatin1String("221 ")), qPrintable(withCert.describe() + exim.logText()));
    QVERIFY2(exim.logText().count(QLatin1String("TLS error on connection")) == 2, qPrintable(exim.logText()));
}

void TestHarness::eximAuthBeforeTls()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.authBeforeTls = true;
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const PlainEhlo ehlo = plainEhlo(exim.port());
    QVERIFY2(ehlo.ok(), qPrintable(ehlo.error));
    QVERIFY2(ehlo.advertises(QStringLiteral("AUTH PLAIN LOGIN")), qPrintable(ehlo.ehloLines.join(QLatin1Char('\n'))));
    QVERIFY(ehlo.advertises(QStringLiteral("STARTTLS")));

    for (const QString &mechanism : {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}) {
        const ToolResult swaks = runTool(QStringLiteral("swaks"),
                                         {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(exim.port()),
                                          QStringLiteral("--helo"), QStringLiteral("harness.test"),
                                          QStringLiteral("--quit-after"), QStringLiteral("AUTH"),
                                          QStringLiteral("--auth"), mechanism,
                                          QStringLiteral("--auth-user"), options.authUser,
                                          QStringLiteral("--auth-password"), options.authPassword},
                                         {}, 30000);
        QVERIFY2(swaks.ok() && swaks.outText().contains(QLatin1String("235 Authentication succeeded")),
                 qPrintable(swaks.describe() + exim.logText()));
    }
    const ToolResult wrong = runTool(QStringLiteral("swaks"),
                                     {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(exim.port()),
                                      QStringLiteral("--quit-after"), QStringLiteral("AUTH"),
                                      QStringLiteral("--auth"), QStringLiteral("PLAIN"),
                                      QStringLiteral("--auth-user"), options.authUser,
                                      QStringLiteral("--auth-password"), QStringLiteral("wrong")},
                                     {}, 30000);
    QVERIFY2(!wrong.ok() && wrong.outText().contains(QLatin1String("535 ")), qPrintable(wrong.describe()));
}

void TestHarness::eximAuthOnlyAfterTls()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.authAfterTls = true;
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const PlainEhlo ehlo = plainEhlo(exim.port());
    QVERIFY2(ehlo.ok(), qPrintable(ehlo.error));
    QVERIFY2(!ehlo.advertises(QStringLiteral("AUTH")), qPrintable(ehlo.ehloLines.join(QLatin1Char('\n'))));

    const ToolResult swaks = runTool(QStringLiteral("swaks"),
                                     {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(exim.port()),
                                      QStringLiteral("-tls"), QStringLiteral("--quit-after"), QStringLiteral("AUTH"),
                                      QStringLiteral("--auth"), QStringLiteral("PLAIN"),
                                      QStringLiteral("--auth-user"), options.authUser,
                                      QStringLiteral("--auth-password"), options.authPassword},
                                     {}, 30000);
    QVERIFY2(swaks.ok() && swaks.outText().contains(QLatin1String("250-AUTH PLAIN LOGIN"))
                 && swaks.outText().contains(QLatin1String("235 ")),
             qPrintable(swaks.describe() + exim.logText()));
}

void TestHarness::opensslServerDh1024()
{
    const QString dh = pki().dhParam1024File();
    QVERIFY2(!dh.isEmpty(), qPrintable(pki().error()));
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.dhParamFile = dh;
    options.cipher = QStringLiteral("DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:@SECLEVEL=0");
    options.extraArgs = {QStringLiteral("-no_tls1_3")};
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    // Twice: the server keeps serving after the first connection (and after our readiness probe).
    for (int i = 0; i < 2; ++i) {
        const ToolResult tls = sClientOnce(server.port(), {QStringLiteral("-cipher"), QStringLiteral("ALL:@SECLEVEL=0"),
                                                           QStringLiteral("-CAfile"), pki().caFile()});
        const QString out = tls.allText();
        QVERIFY2(out.contains(QLatin1String("Server Temp Key: DH, 1024 bits")), qPrintable(tls.describe()));
        QVERIFY2(out.contains(QLatin1String("Cipher is DHE-RSA-AES")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Verify return code: 0 (ok)")), qPrintable(out));
    }
    // A client that insists on TLS 1.3 finds nothing.
    const ToolResult tls13 = sClientOnce(server.port(), {QStringLiteral("-tls1_3")});
    QVERIFY2(!tls13.allText().contains(QLatin1String("Server Temp Key")), qPrintable(tls13.describe()));
}

void TestHarness::gnutlsServerHandshakes()
{
    GnutlsServerOptions options;
    options.certFile = pki().ecdsaLeaf().chainFile;
    options.keyFile = pki().ecdsaLeaf().keyFile;
    options.priority = QStringLiteral("NORMAL:-VERS-TLS1.3");
    GnutlsServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const ToolResult tls = sClientOnce(server.port(), {QStringLiteral("-CAfile"), pki().caFile()});
    const QString out = tls.allText();
    QVERIFY2(out.contains(QLatin1String("Verify return code: 0 (ok)")), qPrintable(tls.describe()));
    QVERIFY2(out.contains(QLatin1String("Protocol  : TLSv1.2")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Peer signature type: ECDSA")), qPrintable(out));
}

void TestHarness::scriptedPeerRunsScriptAndStops()
{
    ScriptedPeer peer([](PeerConnection &c) {
        c.sendLine("220 scripted ESMTP");
        QByteArray line;
        if (c.readLine(&line))
            c.sendLine("250 you said " + line);
        c.holdUntilClosed();
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    QVERIFY(peer.port() > 0);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, peer.port());
    QVERIFY(socket.waitForConnected(2000));
    QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine() || socket.waitForReadyRead(100), 2000);
    QCOMPARE(socket.readLine(), QByteArray("220 scripted ESMTP\r\n"));
    socket.write("EHLO x\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine() || socket.waitForReadyRead(100), 2000);
    QCOMPARE(socket.readLine(), QByteArray("250 you said EHLO x\r\n"));
    QCOMPARE(peer.connectionCount(), 1);

    // stop() returns promptly although the script is holding the connection open.
    QElapsedTimer clock;
    clock.start();
    peer.stop();
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(peer.received().contains("EHLO x"));
    QVERIFY(socket.waitForDisconnected(2000) || socket.state() == QAbstractSocket::UnconnectedState);
}

MAILTLS_TEST_MAIN(TestHarness)
#include "test_harness.moc"
