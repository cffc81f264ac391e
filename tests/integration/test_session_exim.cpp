// The session engine against a real Exim 4 (GnuTLS) on loopback: what a user would read in the
// report — transcript, negotiated TLS, served chain — and the findings, present and absent.

#include <QTest>

#include <QElapsedTimer>

#include <memory>

#include "model/finding.h"
#include "jobs/session_job.h"
#include "session_checks.h"
#include "test_pki.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;
using core::LineDirection;

namespace {

// The findings a healthy session against a well-configured test peer must not raise.
const QStringList kTroublePrefixes = {QStringLiteral("cert."), QStringLiteral("chain."), QStringLiteral("tls."),
                                      QStringLiteral("starttls."), QStringLiteral("protocol."), QStringLiteral("kex."),
                                      QStringLiteral("client_cert."), QStringLiteral("auth.")};

} // namespace

class TestSessionExim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void starttlsRsaChain();
    void tls12HandshakeMessages();
    void tls10OnLegacyPriority();
    void implicitTls();
    void ecdsaLeaf();
    void starttlsNotOffered();
    void clientCertificateRequired_data();
    void clientCertificateRequired();
    void clientCertificateSent();
    void authBeforeTls();
    void authAfterTlsRedactsSecret_data();
    void authAfterTlsRedactsSecret();
    void messageTransaction();
    void selfSignedLeaf();
    void intermediateMissing();
    void hostnameMismatch();
    void weakRsaKey();
    void ipv6Loopback();

private:
    // Starts an Exim for this test function; QVERIFY-fails the caller on error.
    bool startExim(EximServer &exim);

    const TestPki &pki() const { return TestPki::instance(); }
    // One STARTTLS Exim with the RSA leaf + intermediate, shared by several functions.
    std::unique_ptr<EximServer> rsaExim_;
};

bool TestSessionExim::startExim(EximServer &exim)
{
    QString error;
    const bool ok = exim.start(&error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestSessionExim::initTestCase()
{
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    rsaExim_ = std::make_unique<EximServer>(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QVERIFY(startExim(*rsaExim_));
}

void TestSessionExim::cleanupTestCase()
{
    rsaExim_.reset();
}

void TestSessionExim::starttlsRsaChain()
{
    const core::Report r = runSession(localSessionOptions(rsaExim_->port()));

    VERIFY_REPORT(r.outcome.connected && r.outcome.completed && r.outcome.errorKind == core::ErrorKind::None, r);

    // The conversation as it happened: banner, EHLO, STARTTLS/220, handshake, EHLO again, QUIT.
    const int banner = transcriptIndexOf(r, LineDirection::Server, QStringLiteral("220 "));
    const int ehlo1 = transcriptIndexOf(r, LineDirection::Client, QStringLiteral("EHLO mailtls.test"), banner);
    const int starttls = transcriptIndexOf(r, LineDirection::Client, QStringLiteral("STARTTLS"), ehlo1);
    const int ready = transcriptIndexOf(r, LineDirection::Server, QStringLiteral("220 "), starttls);
    const int tlsLine = firstLineOf(r, LineDirection::Tls);
    const int ehlo2 = transcriptIndexOf(r, LineDirection::Client, QStringLiteral("EHLO mailtls.test"), ready + 1);
    const int quit = transcriptIndexOf(r, LineDirection::Client, QStringLiteral("QUIT"), ehlo2);
    VERIFY_REPORT(banner >= 0 && ehlo1 > banner && starttls > ehlo1 && ready > starttls, r);
    VERIFY_REPORT(tlsLine > ready && ehlo2 > tlsLine && quit > ehlo2, r);
    VERIFY_REPORT(r.transcript.at(banner).text.contains(QLatin1String("ESMTP Exim")), r);
    VERIFY_REPORT(r.smtp.banner.contains(QLatin1String("ESMTP Exim")), r);

    QVERIFY(r.smtp.starttlsOffered);
    QVERIFY(r.smtp.starttlsAccepted);
    VERIFY_REPORT(r.smtp.starttlsReply.startsWith(QLatin1String("220")), r);
    VERIFY_REPORT(r.smtp.ehloBeforeTls.join(QLatin1Char(' ')).contains(QLatin1String("STARTTLS")), r);
    VERIFY_REPORT(!r.smtp.ehloAfterTls.isEmpty(), r);
    VERIFY_REPORT(!r.smtp.ehloAfterTls.join(QLatin1Char(' ')).contains(QLatin1String("STARTTLS")), r);

    // Negotiated TLS.
    const core::TlsFacts &t = r.tls;
    QVERIFY(t.attempted);
    VERIFY_REPORT(t.established, r);
    QCOMPARE(t.version, QStringLiteral("TLSv1.3"));
    VERIFY_REPORT(t.cipher.iana.startsWith(QLatin1String("TLS_")), r);
    VERIFY_REPORT(t.cipher.code != 0 && !t.cipher.openssl.isEmpty(), r);
    VERIFY_REPORT(t.cipher.codeHex().startsWith(QLatin1String("0x13")), r);   // a TLS 1.3 suite
    VERIFY_REPORT(!t.group.isEmpty(), r);
    VERIFY_REPORT(t.tempKeyBits > 0 && !t.tempKeyType.isEmpty(), r);
    VERIFY_REPORT(!t.peerSignatureType.isEmpty(), r);
    VERIFY_REPORT(t.verifyOk && t.verifyCode == 0, r);
    VERIFY_REPORT(t.error.isEmpty() && t.alert.isEmpty(), r);
    VERIFY_REPORT(!t.clientCertificateRequested && !t.clientCertificateSent, r);
    VERIFY_REPORT(t.compression.isEmpty(), r);

    // Handshake messages both ways.
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("C"), QStringLiteral("ClientHello")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("ServerHello")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("Certificate")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("Finished")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("C"), QStringLiteral("Finished")), r);
    QCOMPARE(r.handshake.first().type, QStringLiteral("ClientHello"));

    // The chain as served: leaf, then intermediate.
    QCOMPARE(r.certificates.size(), 2);
    VERIFY_REPORT(r.certificates.at(0).subject().contains(QLatin1String("CN=localhost")), r);
    QCOMPARE(r.certificates.at(0).key().type, QStringLiteral("RSA"));
    QCOMPARE(r.certificates.at(0).key().bits, 2048);
    VERIFY_REPORT(r.certificates.at(1).subject().contains(QLatin1String("CN=MailTLS Test Intermediate CA")), r);

    // Nothing wrong with this server.
    VERIFY_REPORT(findingIdsWithPrefix(r, kTroublePrefixes).isEmpty(), r);

    QCOMPARE(r.target.port, rsaExim_->port());
    QCOMPARE(r.target.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.target.servername, QStringLiteral("localhost"));
    QVERIFY(!r.target.implicitTls);
}

void TestSessionExim::tls12HandshakeMessages()
{
    core::SessionOptions o = localSessionOptions(rsaExim_->port());
    o.tlsMax = QStringLiteral("TLSv1.2");
    const core::Report r = runSession(o);

    VERIFY_REPORT(r.tls.established && r.outcome.completed, r);
    QCOMPARE(r.tls.version, QStringLiteral("TLSv1.2"));
    VERIFY_REPORT(r.tls.cipher.openssl.startsWith(QLatin1String("ECDHE-RSA-")), r);
    VERIFY_REPORT(r.tls.cipher.iana.startsWith(QLatin1String("TLS_ECDHE_RSA_WITH_")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("ServerKeyExchange")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("ServerHelloDone")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("C"), QStringLiteral("ClientKeyExchange")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("C"), QStringLiteral("ChangeCipherSpec")), r);
    // The server's CCS reaches OpenSSL's message callback only as a record header; the recorder
    // turns that header into the message, and it must come after our Finished.
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("ChangeCipherSpec")), r);
    {
        int clientFinished = -1, serverCcs = -1;
        for (int i = 0; i < r.handshake.size(); ++i) {
            const core::HandshakeMessage &m = r.handshake.at(i);
            if (m.dir == QLatin1String("C") && m.type == QLatin1String("Finished") && clientFinished < 0)
                clientFinished = i;
            if (m.dir == QLatin1String("S") && m.type == QLatin1String("ChangeCipherSpec") && serverCcs < 0)
                serverCcs = i;
        }
        VERIFY_REPORT(clientFinished >= 0 && serverCcs > clientFinished, r);
    }
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("Finished")), r);
    VERIFY_REPORT(!handshakeHas(r, QStringLiteral("S"), QStringLiteral("EncryptedExtensions")), r);
    VERIFY_REPORT(r.tls.verifyOk, r);
    QCOMPARE(r.certificates.size(), 2);
    VERIFY_REPORT(findingIdsWithPrefix(r, kTroublePrefixes).isEmpty(), r);
}

void TestSessionExim::tls10OnLegacyPriority()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.tlsRequireCiphers = QStringLiteral("NORMAL:+VERS-TLS1.0");
    EximServer exim(options);
    QVERIFY(startExim(exim));

    core::SessionOptions o = localSessionOptions(exim.port());
    o.tlsMax = QStringLiteral("TLSv1");
    const core::Report r = runSession(o);
    VERIFY_REPORT(r.tls.established && r.outcome.completed, r);
    QCOMPARE(r.tls.version, QStringLiteral("TLSv1"));
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("protocol.tls10_enabled")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("protocol.tls11_enabled")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("tls.handshake_failed")), r);

    // The same server with the client's defaults still negotiates TLS 1.3 and raises nothing.
    const core::Report modern = runSession(localSessionOptions(exim.port()));
    QCOMPARE(modern.tls.version, QStringLiteral("TLSv1.3"));
    VERIFY_REPORT(findingIdsWithPrefix(modern, {QStringLiteral("protocol.")}).isEmpty(), modern);
}

void TestSessionExim::implicitTls()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.implicitTls = true;
    options.starttls = false;
    EximServer exim(options);
    QVERIFY(startExim(exim));

    core::SessionOptions o = localSessionOptions(exim.port());
    o.implicitTls = true;
    const core::Report r = runSession(o);

    VERIFY_REPORT(r.outcome.completed && r.tls.established, r);
    QVERIFY(r.target.implicitTls);
    // TLS first, then the greeting and EHLO inside it.
    const int tlsLine = firstLineOf(r, LineDirection::Tls);
    const int banner = transcriptIndexOf(r, LineDirection::Server, QStringLiteral("220 "));
    const int ehlo = transcriptIndexOf(r, LineDirection::Client, QStringLiteral("EHLO "), banner);
    VERIFY_REPORT(tlsLine >= 0 && banner > tlsLine && ehlo > banner, r);
    VERIFY_REPORT(firstLineOf(r, LineDirection::Client) == ehlo, r);   // nothing sent in cleartext
    VERIFY_REPORT(transcriptIndexOf(r, LineDirection::Client, QStringLiteral("STARTTLS")) < 0, r);
    VERIFY_REPORT(r.smtp.banner.contains(QLatin1String("ESMTP Exim")), r);
    VERIFY_REPORT(r.smtp.ehloBeforeTls.isEmpty() && !r.smtp.ehloAfterTls.isEmpty(), r);
    VERIFY_REPORT(r.tls.verifyOk, r);
    QCOMPARE(r.certificates.size(), 2);
    // No STARTTLS is expected on an implicit-TLS port.
    VERIFY_REPORT(findingIdsWithPrefix(r, kTroublePrefixes).isEmpty(), r);
}

void TestSessionExim::ecdsaLeaf()
{
    EximServer exim(EximOptions::serving(pki().ecdsaLeaf().chainFile, pki().ecdsaLeaf().keyFile));
    QVERIFY(startExim(exim));
    const core::Report r = runSession(localSessionOptions(exim.port()));

    VERIFY_REPORT(r.tls.established && r.outcome.completed, r);
    QCOMPARE(r.certificates.size(), 2);
    const core::KeyInfo key = r.certificates.at(0).key();
    QCOMPARE(key.type, QStringLiteral("EC"));
    QCOMPARE(key.bits, 256);
    VERIFY_REPORT(key.curve == QLatin1String("prime256v1") || key.curve == QLatin1String("P-256"), r);
    QCOMPARE(r.tls.peerSignatureType, QStringLiteral("ECDSA"));
    VERIFY_REPORT(r.tls.verifyOk, r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("cert.key_weak")), r);
    VERIFY_REPORT(findingIdsWithPrefix(r, {QStringLiteral("chain."), QStringLiteral("tls."),
                                           QStringLiteral("starttls."), QStringLiteral("cert.untrusted"),
                                           QStringLiteral("cert.self_signed"), QStringLiteral("cert.hostname")})
                      .isEmpty(),
                  r);
}

void TestSessionExim::starttlsNotOffered()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.starttls = false;
    EximServer exim(options);
    QVERIFY(startExim(exim));
    const core::Report r = runSession(localSessionOptions(exim.port()));

    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("starttls.not_offered")), r);
    QVERIFY(!r.smtp.starttlsOffered);
    QVERIFY(!r.tls.attempted);
    QVERIFY(!r.tls.established);
    QVERIFY(r.handshake.isEmpty());
    QVERIFY(r.certificates.isEmpty());
    VERIFY_REPORT(r.outcome.completed && r.outcome.errorKind == core::ErrorKind::None, r);   // the session itself worked
    VERIFY_REPORT(transcriptIndexOf(r, LineDirection::Client, QStringLiteral("STARTTLS")) < 0, r);
    VERIFY_REPORT(transcriptIndexOf(r, LineDirection::Client, QStringLiteral("QUIT")) > 0, r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("tls.handshake_failed")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("starttls.rejected")), r);
    VERIFY_REPORT(findingIdsWithPrefix(r, {QStringLiteral("cert."), QStringLiteral("chain.")}).isEmpty(), r);
}

void TestSessionExim::clientCertificateRequired_data()
{
    QTest::addColumn<QString>("tlsMax");
    QTest::newRow("TLS 1.3: refused after the handshake") << QString();
    QTest::newRow("TLS 1.2: refused in the handshake") << QStringLiteral("TLSv1.2");
}

void TestSessionExim::clientCertificateRequired()
{
    QFETCH(QString, tlsMax);
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.requireClientCert = true;
    options.clientCaFile = pki().caFile();
    EximServer exim(options);
    QVERIFY(startExim(exim));

    core::SessionOptions o = localSessionOptions(exim.port());
    o.tlsMax = tlsMax;
    QElapsedTimer clock;
    clock.start();
    const core::Report r = runSession(o);

    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("client_cert.required")), r);
    VERIFY_REPORT(r.tls.clientCertificateRequested, r);
    VERIFY_REPORT(!r.tls.clientCertificateSent, r);
    VERIFY_REPORT(!r.outcome.completed, r);
    VERIFY_REPORT(core::outcomeWord(r.outcome.errorKind) == QLatin1String("tls"), r);
    VERIFY_REPORT(!r.outcome.error.isEmpty(), r);
    // The server never answered an EHLO inside TLS.
    VERIFY_REPORT(r.smtp.ehloAfterTls.isEmpty(), r);
    // One diagnosis, not two.
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("tls.handshake_failed")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("starttls.rejected")), r);
    VERIFY_REPORT(clock.elapsed() < 8000, r);   // an alert, not a timeout
}

void TestSessionExim::clientCertificateSent()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.requireClientCert = true;
    options.clientCaFile = pki().caFile();
    EximServer exim(options);
    QVERIFY(startExim(exim));

    core::SessionOptions o = localSessionOptions(exim.port());
    o.clientCertFile = pki().clientCert().certFile;
    o.clientKeyFile = pki().clientCert().keyFile;
    const core::Report r = runSession(o);

    VERIFY_REPORT(r.tls.established && r.outcome.completed, r);
    VERIFY_REPORT(r.tls.clientCertificateRequested && r.tls.clientCertificateSent, r);
    VERIFY_REPORT(!r.smtp.ehloAfterTls.isEmpty(), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("CertificateRequest")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("C"), QStringLiteral("Certificate")), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("C"), QStringLiteral("CertificateVerify")), r);
    VERIFY_REPORT(findingIdsWithPrefix(r, kTroublePrefixes).isEmpty(), r);
}

void TestSessionExim::authBeforeTls()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.authBeforeTls = true;
    EximServer exim(options);
    QVERIFY(startExim(exim));
    const core::Report r = runSession(localSessionOptions(exim.port()));

    VERIFY_REPORT(r.outcome.completed && r.tls.established, r);
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("auth.plaintext_before_tls")), r);
    VERIFY_REPORT(r.smtp.authBeforeTls.contains(QStringLiteral("PLAIN")), r);
    VERIFY_REPORT(r.smtp.authBeforeTls.contains(QStringLiteral("LOGIN")), r);
    VERIFY_REPORT(r.smtp.authAfterTls.contains(QStringLiteral("PLAIN")), r);
    // Without credentials the engine never sends AUTH, least of all in cleartext.
    VERIFY_REPORT(transcriptIndexOf(r, LineDirection::Client, QStringLiteral("AUTH")) < 0, r);
}

void TestSessionExim::authAfterTlsRedactsSecret_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("default (PLAIN)") << QString();
    QTest::newRow("LOGIN") << QStringLiteral("LOGIN");
}

void TestSessionExim::authAfterTlsRedactsSecret()
{
    QFETCH(QString, mechanism);
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.authAfterTls = true;
    EximServer exim(options);
    QVERIFY(startExim(exim));

    core::SessionOptions o = localSessionOptions(exim.port());
    o.authUser = options.authUser;
    o.authPassword = options.authPassword;
    o.authMechanism = mechanism;
    const core::Report r = runSession(o);

    VERIFY_REPORT(r.outcome.completed && r.tls.established, r);
    VERIFY_REPORT(r.smtp.authBeforeTls.isEmpty(), r);
    VERIFY_REPORT(r.smtp.authAfterTls.contains(QStringLiteral("PLAIN")) && r.smtp.authAfterTls.contains(QStringLiteral("LOGIN")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("auth.plaintext_before_tls")), r);

    const QString expectedCommand = mechanism.isEmpty() ? QStringLiteral("AUTH PLAIN") : QStringLiteral("AUTH ") + mechanism;
    const int auth = transcriptIndexOf(r, LineDirection::Client, expectedCommand);
    const int tlsUp = firstLineOf(r, LineDirection::Tls);
    VERIFY_REPORT(auth > tlsUp && tlsUp >= 0, r);
    VERIFY_REPORT(transcriptIndexOf(r, LineDirection::Server, QStringLiteral("235 "), auth) > auth, r);

    // The secret never appears, neither as typed nor in any base64 form the wire carried.
    const QByteArray password = o.authPassword.toUtf8();
    const QByteArray user = o.authUser.toUtf8();
    const QStringList secrets = {
        o.authPassword,
        QString::fromLatin1(password.toBase64()),
        QString::fromLatin1(QByteArray('\0' + user + '\0' + password).toBase64()),
        QString::fromLatin1(QByteArray(user + '\0' + password).toBase64()),
    };
    for (const QString &secret : secrets) {
        VERIFY_REPORT(!transcriptContains(r, secret), r);
        for (const core::Finding &f : r.findings)
            VERIFY_REPORT(!f.evidence.contains(secret) && !f.detail.contains(secret), r);
    }
    // Exim agrees that we logged in.
    QTRY_VERIFY2_WITH_TIMEOUT(exim.logText().contains(QLatin1String("closed by QUIT")), qPrintable(exim.logText()), 3000);
    QVERIFY2(!exim.logText().contains(QLatin1String("authenticator failed")), qPrintable(exim.logText()));
}

void TestSessionExim::messageTransaction()
{
    core::SessionOptions o = localSessionOptions(rsaExim_->port());
    o.mailFrom = QStringLiteral("sender@localhost");
    o.rcptTo = QStringList{QStringLiteral("first@localhost"), QStringLiteral("second@mail.test.example")};
    o.sendData = true;
    o.data = QByteArray("Subject: integration test\r\n\r\nline one\r\n.starts with a dot\r\n");
    const core::Report r = runSession(o);

    VERIFY_REPORT(r.outcome.completed && r.tls.established, r);
    const int mail = transcriptIndexOf(r, LineDirection::Client, QStringLiteral("MAIL FROM:<sender@localhost>"));
    const int data = transcriptIndexOf(r, LineDirection::Client, QStringLiteral("DATA"), mail);
    const int go = transcriptIndexOf(r, LineDirection::Server, QStringLiteral("354 "), data);
    const int queued = transcriptIndexOf(r, LineDirection::Server, QStringLiteral("250 OK id="), go);
    VERIFY_REPORT(mail > firstLineOf(r, LineDirection::Tls) && data > mail && go > data && queued > go, r);
    // Exim received the whole message over TLS (the dot-stuffed line did not end it early).
    QTRY_VERIFY2_WITH_TIMEOUT(rsaExim_->logText().contains(QLatin1String("<= sender@localhost")), qPrintable(rsaExim_->logText()), 3000);
    QVERIFY2(rsaExim_->logText().contains(QLatin1String("P=esmtps X=TLS1.3")), qPrintable(rsaExim_->logText()));
}

void TestSessionExim::selfSignedLeaf()
{
    EximServer exim(EximOptions::serving(pki().selfSignedLeaf().chainFile, pki().selfSignedLeaf().keyFile));
    QVERIFY(startExim(exim));
    const core::Report r = runSession(localSessionOptions(exim.port()));

    VERIFY_REPORT(r.tls.established && r.outcome.completed, r);   // opportunistic: verification does not stop it
    QCOMPARE(r.certificates.size(), 1);
    VERIFY_REPORT(!r.tls.verifyOk && r.tls.verifyCode == 18, r);   // X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("cert.self_signed")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("cert.hostname_mismatch")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("cert.key_weak")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("chain.intermediate_missing")), r);
}

void TestSessionExim::intermediateMissing()
{
    EximServer exim(EximOptions::serving(pki().rsaLeaf().certFile, pki().rsaLeaf().keyFile));   // the leaf alone
    QVERIFY(startExim(exim));
    const core::Report r = runSession(localSessionOptions(exim.port()));

    VERIFY_REPORT(r.tls.established, r);
    QCOMPARE(r.certificates.size(), 1);
    VERIFY_REPORT(!r.tls.verifyOk && r.tls.verifyCode == 20, r);   // X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("chain.intermediate_missing")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("cert.self_signed")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("chain.order_wrong")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("cert.hostname_mismatch")), r);
}

void TestSessionExim::hostnameMismatch()
{
    core::SessionOptions o = localSessionOptions(rsaExim_->port());
    o.servername = QStringLiteral("wrong.example");
    const core::Report r = runSession(o);

    VERIFY_REPORT(r.tls.established && r.outcome.completed, r);
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("cert.hostname_mismatch")), r);
    VERIFY_REPORT(!r.tls.verifyOk, r);
    const core::Finding *f = core::findFinding(r.findings, QStringLiteral("cert.hostname_mismatch"));
    VERIFY_REPORT(f && f->title.contains(QLatin1String("wrong.example")), r);
    VERIFY_REPORT(f && f->evidence.contains(QLatin1String("mail.test.example")), r);
    // The chain itself is fine.
    VERIFY_REPORT(findingIdsWithPrefix(r, {QStringLiteral("chain."), QStringLiteral("cert.self_signed"),
                                           QStringLiteral("cert.untrusted"), QStringLiteral("cert.key_weak")})
                      .isEmpty(),
                  r);
    // The SAN names and IP addresses do match.
    o.servername = QStringLiteral("mail.test.example");
    const core::Report byAlias = runSession(o);
    VERIFY_REPORT(byAlias.tls.verifyOk && !core::hasFinding(byAlias.findings, QStringLiteral("cert.hostname_mismatch")), byAlias);
    o.servername = QStringLiteral("127.0.0.1");
    const core::Report byIp = runSession(o);
    VERIFY_REPORT(byIp.tls.verifyOk && !core::hasFinding(byIp.findings, QStringLiteral("cert.hostname_mismatch")), byIp);
}

void TestSessionExim::weakRsaKey()
{
    EximServer exim(EximOptions::serving(pki().weakRsaLeaf().chainFile, pki().weakRsaLeaf().keyFile));
    QVERIFY(startExim(exim));
    const core::Report r = runSession(localSessionOptions(exim.port()));

    VERIFY_REPORT(r.tls.established, r);
    QCOMPARE(r.certificates.at(0).key().bits, 1024);
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("cert.key_weak")), r);
    const core::Finding *f = core::findFinding(r.findings, QStringLiteral("cert.key_weak"));
    VERIFY_REPORT(f && f->evidence.contains(QLatin1String("1024")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("cert.self_signed")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("chain.intermediate_missing")), r);
}

void TestSessionExim::ipv6Loopback()
{
    core::SessionOptions o = localSessionOptions(rsaExim_->port());
    o.host = QStringLiteral("::1");
    o.servername = QStringLiteral("::1");   // matched against the IP:::1 SAN
    const core::Report r = runSession(o);

    VERIFY_REPORT(r.outcome.completed && r.tls.established, r);
    QCOMPARE(r.target.address, QStringLiteral("::1"));
    VERIFY_REPORT(r.target.sni.isEmpty(), r);   // no SNI for an IP literal (RFC 6066)
    VERIFY_REPORT(r.tls.verifyOk, r);
    VERIFY_REPORT(findingIdsWithPrefix(r, kTroublePrefixes).isEmpty(), r);
}

MAILTLS_TEST_MAIN(TestSessionExim)
#include "test_session_exim.moc"
