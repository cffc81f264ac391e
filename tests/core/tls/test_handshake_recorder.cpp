// HandshakeRecorder over recorded bytes: the one-line summaries the transcript shows for every
// message (the ClientHello's key shares as sent, one name per share on the wire), what the
// ServerHello chose (named by OpenSSL when a connection is at hand), ChangeCipherSpec before
// and in TLS 1.3, alerts in both directions, certificates, key exchange parameters, and the
// facts the TLS client reads back (last alert, DH prime, client certificate requested / sent).

#include <QtTest>

#include <openssl/ssl.h>

#include "ossl/handles.h"
#include "tls/handshake_recorder.h"
#include "wire/client_hello_builder.h"
#include "test_registry.h"
#include "tls_bytes.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

// A TLS 1.3 ClientHello by hand, with as many key shares as given (group, key length).
QByteArray clientHelloWithShares(const QList<QPair<int, int>> &shares)
{
    QByteArray entries;
    for (const auto &s : shares)
        entries += u16(s.first) + vec16(QByteArray(s.second, '\x42'));
    const QByteArray exts = ext(43, vec8(u16(0x0304) + u16(0x0303))) + ext(10, vec16(u16(29) + u16(23) + u16(24)))
        + ext(13, vec16(u16(0x0804) + u16(0x0403))) + ext(51, vec16(entries));
    const QByteArray body = u16(0x0303) + QByteArray(32, '\x01') + vec8({}) + vec16(u16(0x1301) + u16(0x1302)) + vec8(u8(0))
        + vec16(exts);
    return handshake(1, body);
}

// An SSL object of a client context at security level 0: OpenSSL's names for the suites.
struct ClientSsl {
    ossl::SslCtxPtr ctx {SSL_CTX_new(TLS_client_method())};
    ossl::SslPtr ssl;
    ClientSsl()
    {
        SSL_CTX_set_security_level(ctx.get(), 0);
        SSL_CTX_set_cipher_list(ctx.get(), "ALL:COMPLEMENTOFALL");
        ssl.reset(SSL_new(ctx.get()));
    }
};

constexpr int kHandshake = 22;
constexpr int kAlert = 21;
constexpr int kChangeCipherSpec = 20;

} // namespace

class TestHandshakeRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientHelloNamesTheKeyShareItSent()
    {
        // TLS 1.3, three suites, SNI, three groups, two signature schemes, one x25519 share.
        const ClientHelloSpec spec {0x0304, {0x1301, 0x1302, 0xC02F}, QStringLiteral("mx.example.org"),
                                    {group::x25519, group::secp256r1, group::ffdhe2048}, {0x0804, 0x0403}};
        // Many times over: the old summary read the share list from a buffer already freed,
        // and named groups that were never sent ("x25519,group(0x0000),group(0x14dc)").
        for (int i = 0; i < 50; ++i) {
            Error error;
            const QByteArray raw = ClientHelloBuilder::handshakeMessage(spec, &error);
            QVERIFY2(!raw.isEmpty(), qPrintable(error.message));
            HandshakeRecorder recorder;
            const HandshakeMessage m = recorder.decode(true, kHandshake, raw, nullptr);
            QCOMPARE(m.type, QStringLiteral("ClientHello"));
            QCOMPARE(m.handshakeType, 1);
            QCOMPARE(m.dir, QStringLiteral("C"));
            QCOMPARE(m.raw, raw);
            QCOMPARE(m.summary, QStringLiteral("offers TLSv1.3; 3 suites; SNI mx.example.org; groups x25519,secp256r1,ffdhe2048; "
                                               "key share x25519; 2 signature algorithms"));
        }
    }

    void clientHelloWithTwoSharesAndNone()
    {
        HandshakeRecorder recorder;
        QCOMPARE(recorder.decode(true, kHandshake, clientHelloWithShares({{29, 32}, {23, 65}}), nullptr).summary,
                 QStringLiteral("offers TLSv1.3,TLSv1.2; 2 suites; groups x25519,secp256r1,secp384r1; key share x25519,secp256r1; "
                                "2 signature algorithms"));
        HandshakeRecorder empty;
        QCOMPARE(empty.decode(true, kHandshake, clientHelloWithShares({}), nullptr).summary,
                 QStringLiteral("offers TLSv1.3,TLSv1.2; 2 suites; groups x25519,secp256r1,secp384r1; 2 signature algorithms"));
        // A hello without supported_versions offers its legacy version; a cut one is malformed.
        const ClientHelloSpec tls12 {0x0303, {0xC02F}, QString(), {group::secp256r1}, {0x0401}};
        const QByteArray raw = ClientHelloBuilder::handshakeMessage(tls12);
        HandshakeRecorder legacy;
        QCOMPARE(legacy.decode(true, kHandshake, raw, nullptr).summary,
                 QStringLiteral("offers TLSv1.2; 2 suites; groups secp256r1; 1 signature algorithms"));
        HandshakeRecorder cut;
        QCOMPARE(cut.decode(true, kHandshake, raw.left(40), nullptr).summary, QStringLiteral("malformed"));
    }

    void aRealOpensslClientHello()
    {
        // OpenSSL's own hello, caught by the message callback as in a live session.
        ClientSsl client;
        SSL *ssl = client.ssl.get();
        BIO *rbio = BIO_new(BIO_s_mem());
        BIO *wbio = BIO_new(BIO_s_mem());
        SSL_set_bio(ssl, rbio, wbio);
        SSL_set_connect_state(ssl);
        SSL_set_tlsext_host_name(ssl, "mx.example.org");
        QVERIFY(SSL_set1_groups_list(ssl, "X25519:P-256") == 1);
        HandshakeRecorder recorder;
        QList<HandshakeMessage> heard;
        recorder.setListener([&heard](const HandshakeMessage &m) { heard << m; });
        recorder.attach(ssl);
        SSL_do_handshake(ssl);   // writes the ClientHello, then wants to read
        QCOMPARE(recorder.messages().size(), 1);
        QCOMPARE(heard.size(), 1);
        const HandshakeMessage &m = recorder.messages().first();
        QCOMPARE(m.type, QStringLiteral("ClientHello"));
        QVERIFY2(m.summary.startsWith(QLatin1String("offers TLSv1.3,TLSv1.2")), qPrintable(m.summary));
        QVERIFY2(m.summary.contains(QLatin1String("; SNI mx.example.org; groups x25519,secp256r1; key share x25519; ")),
                 qPrintable(m.summary));
    }

    void serverHelloChoices()
    {
        ClientSsl client;
        HandshakeRecorder recorder;
        HandshakeMessage m = recorder.decode(false, kHandshake, serverHello(0x1302, 0x0304, 29), client.ssl.get());
        QCOMPARE(m.type, QStringLiteral("ServerHello"));
        QCOMPARE(m.dir, QStringLiteral("S"));
        QCOMPARE(m.summary, QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384, key share x25519"));

        HandshakeRecorder tls12;
        m = tls12.decode(false, kHandshake, serverHello(0xC030, 0x0303, 0), client.ssl.get());
        QCOMPARE(m.summary, QStringLiteral("TLSv1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
        // Without a connection the suite keeps its code.
        HandshakeRecorder bare;
        QCOMPARE(bare.decode(false, kHandshake, serverHello(0xC030, 0x0303, 0), nullptr).summary,
                 QStringLiteral("TLSv1.2, 0xC030"));

        HandshakeRecorder retry;
        m = retry.decode(false, kHandshake, serverHello(0x1301, 0x0304, 23, kHelloRetryRandom), client.ssl.get());
        QCOMPARE(m.type, QStringLiteral("HelloRetryRequest"));
        QCOMPARE(m.handshakeType, 2);
        QCOMPARE(m.summary, QStringLiteral("TLSv1.3, TLS_AES_128_GCM_SHA256, asks for key share secp256r1"));

        HandshakeRecorder cut;
        QCOMPARE(cut.decode(false, kHandshake, serverHello(0x1301, 0x0304, 29).left(20), nullptr).summary,
                 QStringLiteral("malformed"));
    }

    void changeCipherSpecBeforeAndInTls13()
    {
        HandshakeRecorder tls12;
        tls12.decode(false, kHandshake, serverHello(0xC02F, 0x0303, 0), nullptr);
        HandshakeMessage ccs = tls12.decode(true, kChangeCipherSpec, QByteArray(1, '\x01'), nullptr);
        QCOMPARE(ccs.type, QStringLiteral("ChangeCipherSpec"));
        QCOMPARE(ccs.contentType, kChangeCipherSpec);
        QCOMPARE(ccs.summary, QStringLiteral("switching to the negotiated keys"));

        HandshakeRecorder tls13;
        tls13.decode(false, kHandshake, serverHello(0x1301, 0x0304, 29), nullptr);
        ccs = tls13.decode(false, kChangeCipherSpec, QByteArray(1, '\x01'), nullptr);
        QCOMPARE(ccs.summary, QStringLiteral("middlebox compatibility only (TLS 1.3)"));
    }

    void alertsBothWays()
    {
        HandshakeRecorder recorder;
        QVERIFY(recorder.lastAlert().isEmpty());
        HandshakeMessage a = recorder.decode(false, kAlert, QByteArray::fromHex("0228"), nullptr);
        QCOMPARE(a.type, QStringLiteral("Alert"));
        QCOMPARE(a.summary, QStringLiteral("fatal handshake_failure"));
        QCOMPARE(recorder.lastAlert(), QStringLiteral("handshake_failure"));
        QCOMPARE(recorder.lastAlertLevel(), 2);
        QVERIFY(recorder.lastAlertReceived());

        a = recorder.decode(true, kAlert, QByteArray::fromHex("0100"), nullptr);
        QCOMPARE(a.summary, QStringLiteral("warning close_notify"));
        QCOMPARE(recorder.lastAlert(), QStringLiteral("close_notify"));
        QCOMPARE(recorder.lastAlertLevel(), 1);
        QVERIFY(!recorder.lastAlertReceived());

        a = recorder.decode(false, kAlert, QByteArray::fromHex("02"), nullptr);
        QCOMPARE(a.summary, QStringLiteral("truncated alert"));
        QCOMPARE(recorder.lastAlert(), QStringLiteral("close_notify"));   // a cut alert changes nothing
    }

    void certificates()
    {
        const QByteArray der = fixtureCertificateDer();
        QVERIFY(!der.isEmpty());
        HandshakeRecorder tls12;
        tls12.decode(false, kHandshake, serverHello(0xC02F, 0x0303, 0), nullptr);
        QCOMPARE(tls12.decode(false, kHandshake, handshake(11, vec24(vec24(der) + vec24(der))), nullptr).summary,
                 QStringLiteral("2 certificates"));
        QCOMPARE(tls12.decode(false, kHandshake, handshake(11, vec24(vec24(der))), nullptr).summary, QStringLiteral("1 certificate"));
        QVERIFY(!tls12.clientSentCertificate());
        QCOMPARE(tls12.decode(true, kHandshake, handshake(11, vec24({})), nullptr).summary,
                 QStringLiteral("empty: no client certificate"));
        QVERIFY(!tls12.clientSentCertificate());
        QCOMPARE(tls12.decode(true, kHandshake, handshake(11, vec24(vec24(der))), nullptr).summary,
                 QStringLiteral("client certificate chain of 1"));
        QVERIFY(tls12.clientSentCertificate());
        QCOMPARE(tls12.decode(false, kHandshake, handshake(11, u24(500) + der.left(10)), nullptr).summary, QStringLiteral("malformed"));

        // TLS 1.3: a request context first, extensions after each entry.
        HandshakeRecorder tls13;
        tls13.decode(false, kHandshake, serverHello(0x1301, 0x0304, 29), nullptr);
        QCOMPARE(tls13.decode(false, kHandshake, handshake(11, vec8({}) + vec24(vec24(der) + vec16({}))), nullptr).summary,
                 QStringLiteral("1 certificate"));
    }

    void keyExchangeParameters()
    {
        ClientSsl client;
        HandshakeRecorder ecdhe;
        ecdhe.decode(false, kHandshake, serverHello(0xC02F, 0x0303, 0), client.ssl.get());
        const QByteArray signature = u16(0x0401) + vec16(QByteArray(256, '\x55'));
        QCOMPARE(ecdhe.decode(false, kHandshake, handshake(12, u8(3) + u16(29) + vec8(QByteArray(32, '\x44')) + signature),
                              client.ssl.get()).summary,
                 QStringLiteral("ECDHE on x25519"));
        QCOMPARE(ecdhe.dhPrimeBits(), 0);

        HandshakeRecorder dhe;
        dhe.decode(false, kHandshake, serverHello(0x009E, 0x0303, 0), client.ssl.get());
        const QByteArray p = QByteArray(1, '\x7f') + QByteArray(255, '\xff');
        QCOMPARE(dhe.decode(false, kHandshake, handshake(12, vec16(p) + vec16(u8(2)) + vec16(QByteArray(256, '\x66')) + signature),
                            client.ssl.get()).summary,
                 QStringLiteral("DHE with a 2047-bit prime"));
        QCOMPARE(dhe.dhPrimeBits(), 2047);

        HandshakeRecorder cut;
        cut.decode(false, kHandshake, serverHello(0x009E, 0x0303, 0), client.ssl.get());
        QCOMPARE(cut.decode(false, kHandshake, handshake(12, u16(256) + p.left(8)), client.ssl.get()).summary,
                 QStringLiteral("malformed DH parameters"));
        QCOMPARE(cut.dhPrimeBits(), 0);

        // Without OpenSSL's word on the suite, only the size is certain.
        HandshakeRecorder bare;
        bare.decode(false, kHandshake, serverHello(0xC02F, 0x0303, 0), nullptr);
        QCOMPARE(bare.decode(false, kHandshake, handshake(12, u8(3) + u16(29) + vec8(QByteArray(32, '\x44'))), nullptr).summary,
                 QStringLiteral("36 bytes of key exchange parameters"));
    }

    void theRestOfTheHandshake()
    {
        HandshakeRecorder r;
        r.decode(false, kHandshake, serverHello(0x1301, 0x0304, 29), nullptr);
        QCOMPARE(r.decode(false, kHandshake, handshake(8, vec16(ext(0, {}) + ext(16, vec16(vec8("smtp"))))), nullptr).summary,
                 QStringLiteral("server_name,application_layer_protocol_negotiation"));
        QCOMPARE(r.decode(false, kHandshake, handshake(8, vec16({})), nullptr).summary, QStringLiteral("no extensions"));
        QVERIFY(!r.certificateRequested());
        const HandshakeMessage request = r.decode(false, kHandshake, handshake(13, vec8({}) + vec16(ext(13, vec16(u16(0x0804))))), nullptr);
        QCOMPARE(request.type, QStringLiteral("CertificateRequest"));
        QCOMPARE(request.summary, QStringLiteral("the server asks for a client certificate"));
        QVERIFY(r.certificateRequested());
        QCOMPARE(r.decode(false, kHandshake, handshake(15, u16(0x0804) + vec16(QByteArray(256, '\x01'))), nullptr).summary,
                 QStringLiteral("signed with rsa_pss_rsae_sha256"));
        QCOMPARE(r.decode(false, kHandshake, handshake(20, QByteArray(32, '\x02')), nullptr).summary,
                 QStringLiteral("handshake verified (32 bytes)"));
        QCOMPARE(r.decode(false, kHandshake, handshake(4, u16(0) + u16(0x1c20) + QByteArray(4, '\0') + vec8(u8(1))
                                                             + vec16("ticket") + vec16({})),
                          nullptr).summary,
                 QStringLiteral("session ticket, lifetime 7200 s"));
        QCOMPARE(r.decode(false, kHandshake, handshake(14, {}), nullptr).summary, QStringLiteral("server hello complete"));
        QCOMPARE(r.decode(true, kHandshake, handshake(16, QByteArray(33, '\x03')), nullptr).summary,
                 QStringLiteral("33 bytes of key exchange data"));
        const HandshakeMessage cut = r.decode(false, kHandshake, QByteArray::fromHex("0b00"), nullptr);
        QCOMPARE(cut.type, QStringLiteral("Handshake"));
        QCOMPARE(cut.summary, QStringLiteral("truncated message"));
    }
};

MAILTLS_TEST_MAIN(TestHandshakeRecorder)
#include "test_handshake_recorder.moc"
