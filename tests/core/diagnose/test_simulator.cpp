// The simulator's prediction from hand-built scan sections: each compat.* outcome, the server's
// order versus the client's, TLS 1.3 first, curves for ECDHE. (The JSON: report/test_simulation_json.)
#include <QTest>

#include "diagnose/client_profile.h"
#include "diagnose/simulator.h"
#include "sample_facts.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

QList<SuiteInfo> suites(std::initializer_list<quint16> codes)
{
    return mailtls::test::catalogSuites(codes);
}

ScanResult server(const QStringList &versions, const QList<SuiteInfo> &tls12, const QStringList &certTypes,
                  bool serverOrder = true)
{
    return mailtls::test::scanServing(versions, tls12, certTypes, serverOrder);
}

const ClientOffer &profile(const char *name)
{
    return findProfile(QString::fromLatin1(name))->offer;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatewayAgainstEcdsaOnly();
    void gatewayAgainstDualCertificates();
    void dhTooSmall();
    void dhLargeEnough();
    void protocolMismatchBothWays();
    void tls13Preferred();
    void clientOrderWhenServerHasNone();
    void noSharedCipherSuggestsASuite();
    void noSharedCurveDropsEcdhe();
    void liveAlertSentByUs();
    void liveAlertSentByTheServer();
};

void TestSimulator::gatewayAgainstEcdsaOnly()
{
    const ScanResult scan = server({QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}, suites({0xC02C, 0xC02B, 0xCCA9, 0xC00A}),
                                   {QStringLiteral("ECDSA")});
    const Prediction p = predictCompatibility(scan, profile("gateway-rsa-legacy"));
    QVERIFY(!p.connects);
    QCOMPARE(p.finding.id, QString::fromLatin1(kCompatCertTypeMismatch));
    QCOMPARE(p.sentence, QStringLiteral("No shared cipher: every suite this client offers needs an RSA certificate; serve an RSA "
                                        "certificate alongside the ECDSA one."));
    QVERIFY(p.finding.fixExim.contains(QLatin1String("tls_certificate = /etc/exim4/rsa.pem : /etc/exim4/ecdsa.pem")));
    QVERIFY(p.finding.fixExim.contains(QLatin1String("tls_privatekey = /etc/exim4/rsa.key : /etc/exim4/ecdsa.key")));
    QVERIFY(p.finding.fixPostfix.contains(QLatin1String("smtpd_tls_chain_files = /etc/postfix/rsa-key.pem, /etc/postfix/rsa-chain.pem")));
    QCOMPARE(p.finding.severity, Severity::High);
    QCOMPARE(p.failedVersion, QStringLiteral("TLSv1.2"));
}

void TestSimulator::gatewayAgainstDualCertificates()
{
    const ScanResult scan = server({QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")},
                                   suites({0xC02C, 0xC030, 0xC02F, 0xC02B}), {QStringLiteral("RSA"), QStringLiteral("ECDSA")});
    const Prediction p = predictCompatibility(scan, profile("gateway-rsa-legacy"));
    QVERIFY2(p.connects, qPrintable(p.sentence));
    QCOMPARE(p.version, QStringLiteral("TLSv1.2"));
    QCOMPARE(p.suite.code, quint16(0xC030));   // the server's first RSA suite
    QCOMPARE(p.group, QStringLiteral("x25519"));   // gateway groups unknown: caveat, the server's first group
    QVERIFY(!p.caveats.isEmpty());
}

void TestSimulator::dhTooSmall()
{
    ScanResult scan = server({QStringLiteral("TLSv1.2")}, suites({0x009F, 0x009E, 0x0039}), {QStringLiteral("RSA")});
    scan.dhBits = 1024;
    const Prediction p = predictCompatibility(scan, profile("gnutls-normal-dh2048"));
    QVERIFY(!p.connects);
    QCOMPARE(p.finding.id, QString::fromLatin1(kCompatDhTooSmall));
    QVERIFY2(p.sentence.contains(QLatin1String("1024-bit DH prime")) && p.sentence.contains(QLatin1String("at least 2048 bits")),
             qPrintable(p.sentence));
    QVERIFY(p.finding.fixExim.contains(QLatin1String("tls_dhparam = ffdhe2048")));
    QVERIFY(p.finding.fixExim.contains(QLatin1String("tls_dh_min_bits")));
    QVERIFY(p.finding.fixPostfix.contains(QLatin1String("smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem")));
}

void TestSimulator::dhLargeEnough()
{
    ScanResult scan = server({QStringLiteral("TLSv1.2")}, suites({0x009F, 0x009E}), {QStringLiteral("RSA")});
    scan.dhBits = 2048;
    const Prediction p = predictCompatibility(scan, profile("gnutls-normal-dh2048"));
    QVERIFY2(p.connects, qPrintable(p.sentence));
    QCOMPARE(p.suite.code, quint16(0x009F));
    QCOMPARE(p.dhBits, 2048);
    // Exim's 1024-bit default accepts the small prime.
    scan.dhBits = 1024;
    QVERIFY(predictCompatibility(scan, profile("exim4-gnutls")).connects);
}

void TestSimulator::protocolMismatchBothWays()
{
    const ScanResult old = server({QStringLiteral("TLSv1")}, suites({0xC014, 0x0035}), {QStringLiteral("RSA")});
    const Prediction p = predictCompatibility(old, profile("openssl3-default"));
    QVERIFY(!p.connects);
    QCOMPARE(p.finding.id, QString::fromLatin1(kCompatProtocolMismatch));
    QCOMPARE(p.sentence, QStringLiteral("Protocol mismatch: the partner offers TLS 1.2 – TLS 1.3, but this server accepts only TLS 1.0; "
                                        "enable TLS 1.2 on the server."));
    QVERIFY(p.finding.fixPostfix.contains(QLatin1String("smtpd_tls_protocols")));

    const ScanResult modern = server({QStringLiteral("TLSv1.3")}, {}, {QStringLiteral("RSA")});
    ClientOffer legacy = profile("openssl102-default");
    legacy.versions = {QStringLiteral("TLSv1")};
    const Prediction q = predictCompatibility(modern, legacy);
    QCOMPARE(q.finding.id, QString::fromLatin1(kCompatProtocolMismatch));
    QVERIFY2(q.sentence.contains(QLatin1String("the partner must enable TLS 1.3")), qPrintable(q.sentence));
}

void TestSimulator::tls13Preferred()
{
    const ScanResult scan = server({QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}, suites({0xC030}), {QStringLiteral("RSA")});
    const Prediction p = predictCompatibility(scan, profile("openssl3-default"));
    QVERIFY(p.connects);
    QCOMPARE(p.version, QStringLiteral("TLSv1.3"));
    QCOMPARE(p.suite.code, quint16(0x1302));   // server order: AES-256-GCM first
    QCOMPARE(p.group, QStringLiteral("x25519"));
}

void TestSimulator::clientOrderWhenServerHasNone()
{
    // No server preference: the partner's first suite that the server accepts wins.
    const ScanResult scan = server({QStringLiteral("TLSv1.2")}, suites({0x002F, 0xC030, 0xC02F}), {QStringLiteral("RSA")}, false);
    const Prediction p = predictCompatibility(scan, profile("gateway-rsa-legacy"));
    QVERIFY(p.connects);
    QCOMPARE(p.suite.code, quint16(0xC030));
    const ScanResult ordered = server({QStringLiteral("TLSv1.2")}, suites({0x002F, 0xC030, 0xC02F}), {QStringLiteral("RSA")}, true);
    QCOMPARE(predictCompatibility(ordered, profile("gateway-rsa-legacy")).suite.code, quint16(0x002F));
}

void TestSimulator::noSharedCipherSuggestsASuite()
{
    // The server has an RSA certificate but accepts only CHACHA20 suites; the gateway has none.
    const ScanResult scan = server({QStringLiteral("TLSv1.2")}, suites({0xCCA8}), {QStringLiteral("RSA")});
    const Prediction p = predictCompatibility(scan, profile("gateway-rsa-legacy"));
    QVERIFY(!p.connects);
    QCOMPARE(p.finding.id, QString::fromLatin1(kCompatNoSharedCipher));
    QVERIFY2(p.sentence.contains(QLatin1String("ECDHE-RSA-AES256-GCM-SHA384")), qPrintable(p.sentence));
    QVERIFY2(p.finding.fixExim.contains(QLatin1String("+ECDHE-RSA")), qPrintable(p.finding.fixExim));
}

void TestSimulator::noSharedCurveDropsEcdhe()
{
    ScanResult scan = server({QStringLiteral("TLSv1.2")}, suites({0xC030, 0x009D}), {QStringLiteral("RSA")});
    scan.groups = {QStringLiteral("secp521r1")};
    ClientOffer offer = profile("gateway-rsa-legacy");
    offer.groups = {QStringLiteral("x25519")};
    const Prediction p = predictCompatibility(scan, offer);
    QVERIFY(p.connects);
    QCOMPARE(p.suite.code, quint16(0x009D));   // ECDHE impossible without a common curve: plain RSA
}

// Our client ended the live handshake because the server's bytes broke TLS: the text says who
// sent the alert, and the partner still fails (an answer, not "no verdict").
void TestSimulator::liveAlertSentByUs()
{
    Prediction failing;
    failing.connects = false;
    failing.finding.id = QString::fromLatin1(kCompatProtocolMismatch);
    LiveHandshake live;
    live.ran = true;
    live.connected = true;
    live.alert = QStringLiteral("record_overflow");
    live.alertDirection = QStringLiteral("sent");
    live.alertReason = QStringLiteral("packet length too long");
    judgeLiveHandshake(&live, profile("openssl3-default"), failing);
    QCOMPARE(liveEndingText(live),
             QStringLiteral("our client gave up: the server's reply broke TLS (record_overflow sent by us: packet length too long)"));
    QVERIFY2(live.predictionHeld, qPrintable(live.verdict));
    QVERIFY2(live.verdict.contains(QLatin1String("(record_overflow sent by us")), qPrintable(live.verdict));
    QVERIFY2(!live.verdict.contains(QLatin1String("server answered")), qPrintable(live.verdict));
    QVERIFY2(!live.verdict.startsWith(QLatin1String("no verdict")), qPrintable(live.verdict));
    SimulationResult result;
    result.prediction = failing;
    result.live = live;
    QVERIFY(result.partnerFails());
    // Any other alert of ours is a refusal of the server's reply, said as ours.
    live.alert = QStringLiteral("handshake_failure");
    live.alertReason.clear();
    QCOMPARE(liveEndingText(live), QStringLiteral("our client refused the server's reply (handshake_failure sent by us)"));
    // A connection closed without an alert.
    live.alert = QStringLiteral("closed");
    live.alertDirection.clear();
    QCOMPARE(liveEndingText(live), QStringLiteral("the connection closed during the handshake (no alert)"));
}

// The server itself refused: its alert, named as the server's (the verdict as before).
void TestSimulator::liveAlertSentByTheServer()
{
    const ScanResult scan = server({QStringLiteral("TLSv1.2")}, suites({0xC02C}), {QStringLiteral("ECDSA")});
    const Prediction p = predictCompatibility(scan, profile("gateway-rsa-legacy"));
    QVERIFY(!p.connects);
    LiveHandshake live;
    live.ran = true;
    live.connected = true;
    live.alert = QStringLiteral("handshake_failure");
    live.alertDirection = QStringLiteral("received");
    judgeLiveHandshake(&live, profile("gateway-rsa-legacy"), p);
    QCOMPARE(liveEndingText(live), QStringLiteral("server refused: handshake_failure"));
    QCOMPARE(live.verdict, QStringLiteral("prediction held: the real handshake failed too (the server answered handshake_failure)"));
    // A weak DH prime the partner refuses is the partner's own reason, whoever ends the connection.
    const Prediction connects = predictCompatibility(server({QStringLiteral("TLSv1.2")}, suites({0x009E}), {QStringLiteral("RSA")}),
                                                     profile("openssl3-default"));
    LiveHandshake weak;
    weak.ran = true;
    weak.connected = true;
    weak.serverAccepted = true;
    weak.version = QStringLiteral("TLSv1.2");
    weak.suite = mailtls::test::catalogSuite(0x009E);
    weak.dhBits = 512;
    judgeLiveHandshake(&weak, profile("openssl3-default"), connects);
    QVERIFY(!weak.clientWouldAccept);
    QVERIFY2(weak.verdict.contains(QLatin1String("512-bit DH prime")), qPrintable(weak.verdict));
    QVERIFY(liveEndingText(weak).isEmpty());
}

MAILTLS_TEST_MAIN(TestSimulator)
#include "test_simulator.moc"
