// HandshakeDecoder over byte fixtures: what a ClientHello offered, what the ServerHello chose
// (TLS 1.2, TLS 1.3, HelloRetryRequest), certificate entries, key exchange parameters,
// tickets and alerts, which messages count as encrypted, and no crash on truncated bytes.

#include <QFile>
#include <QTest>

#include "model/report.h"
#include "wire/client_hello_builder.h"
#include "wire/handshake_decoder.h"
#include "x509/certificate.h"
#include "test_registry.h"
#include "tls_bytes.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

HandshakeMessage message(const QString &dir, const QString &type, const QByteArray &raw, int contentType = 22)
{
    HandshakeMessage m;
    m.dir = dir;
    m.type = type;
    m.raw = raw;
    m.length = int(raw.size());
    m.contentType = contentType;
    if (contentType == 22 && !raw.isEmpty())
        m.handshakeType = quint8(raw[0]);
    return m;
}

} // namespace

class TestHandshakeDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clientHelloOffers();
    void serverHelloTls13ChoosesAndEncryptsTheRest();
    void helloRetryRequest();
    void tls12FlowWithEcdheAndDhe();
    void certificateEntries();
    void certificateRequestTls12();
    void alertsAndTickets();
    void reportWithoutRawKeepsSummary();
    void truncatedBytesNeverCrash();
};

void TestHandshakeDecoder::clientHelloOffers()
{
    ClientHelloSpec spec;
    spec.version = 0x0304;
    spec.suites = {0x1301, 0x1302, 0xC02F, 0x009E};
    spec.sni = QStringLiteral("mx.example.org");
    spec.groups = {group::x25519, group::secp256r1, group::ffdhe2048};
    spec.signatureSchemes = {0x0804, 0x0403};
    Error error;
    const QByteArray raw = ClientHelloBuilder::handshakeMessage(spec, &error);
    QVERIFY2(!raw.isEmpty(), qPrintable(error.message));

    HandshakeDecoder decoder;
    const DecodedHandshake d = decoder.decode(message(QStringLiteral("C"), QStringLiteral("ClientHello"), raw));
    QVERIFY(d.decoded);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.type, QStringLiteral("ClientHello"));
    QCOMPARE(d.legacyVersion, 0x0303);
    QCOMPARE(d.versions, QStringList{QStringLiteral("TLSv1.3")});
    QCOMPARE(d.suites.mid(0, 4), (QList<quint16>{0x1301, 0x1302, 0xC02F, 0x009E}));
    QCOMPARE(d.sni, QStringLiteral("mx.example.org"));
    QCOMPARE(d.groups, (QStringList{QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("ffdhe2048")}));
    QCOMPARE(d.keyShareGroups.size(), 1);
    QVERIFY(d.keyShareGroups.first().startsWith(QLatin1String("x25519")));
    QCOMPARE(d.signatureAlgorithms, (QStringList{QStringLiteral("rsa_pss_rsae_sha256"), QStringLiteral("ecdsa_secp256r1_sha256")}));
    QVERIFY(d.extensions.contains(QStringLiteral("server_name")));
    QVERIFY(d.extensions.contains(QStringLiteral("key_share")));
    QCOMPARE(d.field(QStringLiteral("Offered versions")), QStringLiteral("TLSv1.3"));
    QCOMPARE(d.field(QStringLiteral("Server name (SNI)")), QStringLiteral("mx.example.org"));
    // The suite list names each suite as the catalog does.
    bool named = false;
    for (const DecodedField &f : d.fields)
        if (f.name == QLatin1String("Cipher suites"))
            named = f.items.contains(QStringLiteral("0xc02f TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
    QVERIFY(named);
    QVERIFY(!d.encrypted);
    QVERIFY(!decoder.isTls13());   // not known before the ServerHello
}

void TestHandshakeDecoder::serverHelloTls13ChoosesAndEncryptsTheRest()
{
    HandshakeDecoder decoder;
    const DecodedHandshake sh = decoder.decode(message(QStringLiteral("S"), QStringLiteral("ServerHello"), serverHello(0x1302, 0x0304, 29)));
    QVERIFY(sh.decoded);
    QCOMPARE(sh.type, QStringLiteral("ServerHello"));
    QCOMPARE(sh.versions, QStringList{QStringLiteral("TLSv1.3")});
    QCOMPARE(sh.suites, QList<quint16>{0x1302});
    QCOMPARE(sh.keyShareGroups, QStringList{QStringLiteral("x25519")});
    QVERIFY(sh.field(QStringLiteral("Chosen suite")).contains(QLatin1String("TLS_AES_256_GCM_SHA384")));
    QVERIFY(!sh.encrypted);
    QVERIFY(decoder.isTls13());

    const DecodedHandshake ccs = decoder.decode(message(QStringLiteral("C"), QStringLiteral("ChangeCipherSpec"), QByteArray(1, '\x01'), 20));
    QVERIFY(!ccs.encrypted);
    QVERIFY(ccs.field(QStringLiteral("Purpose")).contains(QLatin1String("middlebox")));

    const QByteArray ee = handshake(8, vec16(ext(0, {}) + ext(10, vec16(u16(29) + u16(23)))));
    const DecodedHandshake d = decoder.decode(message(QStringLiteral("S"), QStringLiteral("EncryptedExtensions"), ee));
    QVERIFY(d.encrypted);
    QVERIFY(d.tls13);
    QCOMPARE(d.extensions, (QStringList{QStringLiteral("server_name"), QStringLiteral("supported_groups")}));
    QCOMPARE(d.groups, (QStringList{QStringLiteral("x25519"), QStringLiteral("secp256r1")}));

    const QByteArray cv = handshake(15, u16(0x0804) + vec16(QByteArray(256, '\x5a')));
    const DecodedHandshake v = decoder.decode(message(QStringLiteral("S"), QStringLiteral("CertificateVerify"), cv));
    QCOMPARE(v.signatureScheme, QStringLiteral("rsa_pss_rsae_sha256"));
    QCOMPARE(v.field(QStringLiteral("Signature")), QStringLiteral("256 bytes"));
    QVERIFY(v.encrypted);

    const DecodedHandshake fin = decoder.decode(message(QStringLiteral("C"), QStringLiteral("Finished"), handshake(20, QByteArray(48, '\x01'))));
    QVERIFY(fin.encrypted);
    QCOMPARE(fin.field(QStringLiteral("Verify data")), QStringLiteral("48 bytes"));

    // TLS 1.3 ticket: lifetime, age add, nonce, ticket, extensions.
    const QByteArray nst = handshake(4, u16(0) + u16(7200) + QByteArray(4, '\x09') + vec8(QByteArray(8, '\x01'))
                                            + vec16(QByteArray(100, '\x02')) + vec16({}));
    const DecodedHandshake t = decoder.decode(message(QStringLiteral("S"), QStringLiteral("NewSessionTicket"), nst));
    QCOMPARE(t.ticketLifetime, qint64(7200));
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.field(QStringLiteral("Ticket")), QStringLiteral("100 bytes, nonce 8 bytes"));
}

void TestHandshakeDecoder::helloRetryRequest()
{
    HandshakeDecoder decoder;
    const DecodedHandshake d = decoder.decode(message(QStringLiteral("S"), QStringLiteral("HelloRetryRequest"),
                                                      serverHello(0x1301, 0x0304, 23, kHelloRetryRandom)));
    QVERIFY(d.helloRetryRequest);
    QCOMPARE(d.type, QStringLiteral("HelloRetryRequest"));
    QCOMPARE(d.field(QStringLiteral("Asks for key share")), QStringLiteral("secp256r1"));
    // After a retry request the second ClientHello still travels in clear.
    const DecodedHandshake again = decoder.decode(message(QStringLiteral("C"), QStringLiteral("ClientHello"),
                                                          ClientHelloBuilder::handshakeMessage(ClientHelloSpec())));
    QVERIFY(!again.encrypted);
}

void TestHandshakeDecoder::tls12FlowWithEcdheAndDhe()
{
    HandshakeDecoder decoder;
    const QByteArray random = QByteArray(24, '\x44') + QByteArray("DOWNGRD") + u8(1);
    const DecodedHandshake sh = decoder.decode(message(QStringLiteral("S"), QStringLiteral("ServerHello"), serverHello(0xC030, 0x0303, 0, random)));
    QCOMPARE(sh.versions, QStringList{QStringLiteral("TLSv1.2")});
    QVERIFY(sh.field(QStringLiteral("Chosen suite")).contains(QLatin1String("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")));
    QVERIFY(sh.field(QStringLiteral("Downgrade marker")).startsWith(QLatin1String("present")));
    QVERIFY(sh.extensions.contains(QStringLiteral("extended_master_secret")));

    const QByteArray ske = handshake(12, u8(3) + u16(29) + vec8(QByteArray(32, '\x07')) + u16(0x0401) + vec16(QByteArray(256, '\x08')));
    const DecodedHandshake k = decoder.decode(message(QStringLiteral("S"), QStringLiteral("ServerKeyExchange"), ske));
    QCOMPARE(k.keyExchange, QStringLiteral("ECDHE"));
    QCOMPARE(k.curve, QStringLiteral("x25519"));
    QCOMPARE(k.signatureScheme, QStringLiteral("rsa_pkcs1_sha256"));
    QVERIFY(!k.encrypted);

    const DecodedHandshake done = decoder.decode(message(QStringLiteral("S"), QStringLiteral("ServerHelloDone"), handshake(14, {})));
    QVERIFY(!done.field(QStringLiteral("Content")).isEmpty());
    const DecodedHandshake cke = decoder.decode(message(QStringLiteral("C"), QStringLiteral("ClientKeyExchange"), handshake(16, vec8(QByteArray(32, '\x01')))));
    QCOMPARE(cke.field(QStringLiteral("Content")), QStringLiteral("client's ECDH public key, 32 bytes"));
    QVERIFY(!cke.encrypted);

    // The client encrypts after its ChangeCipherSpec, the server only after its own.
    const DecodedHandshake ccs = decoder.decode(message(QStringLiteral("C"), QStringLiteral("ChangeCipherSpec"), QByteArray(1, '\x01'), 20));
    QVERIFY(!ccs.encrypted);
    QVERIFY(decoder.decode(message(QStringLiteral("C"), QStringLiteral("Finished"), handshake(20, QByteArray(12, '\x01')))).encrypted);
    const DecodedHandshake ticket = decoder.decode(message(QStringLiteral("S"), QStringLiteral("NewSessionTicket"),
                                                           handshake(4, u16(0) + u16(300) + vec16(QByteArray(160, '\x03')))));
    QVERIFY(!ticket.encrypted);
    QCOMPARE(ticket.ticketLifetime, qint64(300));
    decoder.decode(message(QStringLiteral("S"), QStringLiteral("ChangeCipherSpec"), QByteArray(1, '\x01'), 20));
    QVERIFY(decoder.decode(message(QStringLiteral("S"), QStringLiteral("Finished"), handshake(20, QByteArray(12, '\x01')))).encrypted);

    // DHE: the prime's size in bits, even with a leading zero byte.
    HandshakeDecoder dhe;
    dhe.decode(message(QStringLiteral("S"), QStringLiteral("ServerHello"), serverHello(0x009F, 0x0303, 0)));
    QByteArray prime = u8(0) + u8(0x7f) + QByteArray(127, '\xff');   // 1023 bits
    const QByteArray dheSke = handshake(12, vec16(prime) + vec16(u8(2)) + vec16(QByteArray(128, '\x05')) + u16(0x0804) + vec16(QByteArray(256, '\x06')));
    const DecodedHandshake p = dhe.decode(message(QStringLiteral("S"), QStringLiteral("ServerKeyExchange"), dheSke));
    QCOMPARE(p.keyExchange, QStringLiteral("DHE"));
    QCOMPARE(p.dhPrimeBits, 1023);
    QCOMPARE(p.field(QStringLiteral("Generator")), QStringLiteral("2"));
    QCOMPARE(p.signatureScheme, QStringLiteral("rsa_pss_rsae_sha256"));
}

void TestHandshakeDecoder::certificateEntries()
{
    const QByteArray der = fixtureCertificateDer();
    QVERIFY(!der.isEmpty());
    // TLS 1.2 form: a plain list.
    HandshakeDecoder tls12;
    tls12.decode(message(QStringLiteral("S"), QStringLiteral("ServerHello"), serverHello(0xC02F, 0x0303, 0)));
    const DecodedHandshake c = tls12.decode(message(QStringLiteral("S"), QStringLiteral("Certificate"), handshake(11, vec24(vec24(der) + vec24(der)))));
    QCOMPARE(c.certificateSubjects.size(), 2);
    QVERIFY2(c.certificateSubjects.first().contains(QLatin1String("CN=")), qPrintable(c.certificateSubjects.first()));
    QCOMPARE(c.field(QStringLiteral("Certificates")), QStringLiteral("2 in the chain"));

    // TLS 1.3 form: request context and per-entry extensions.
    HandshakeDecoder tls13;
    tls13.decode(message(QStringLiteral("S"), QStringLiteral("ServerHello"), serverHello(0x1301, 0x0304, 29)));
    const DecodedHandshake c13 = tls13.decode(message(QStringLiteral("S"), QStringLiteral("Certificate"),
                                                      handshake(11, vec8({}) + vec24(vec24(der) + vec16({})))));
    QCOMPARE(c13.certificateSubjects.size(), 1);
    QVERIFY(c13.error.isEmpty());
    QVERIFY(c13.encrypted);
    // An empty client certificate list is a statement, not an error.
    const DecodedHandshake none = tls13.decode(message(QStringLiteral("C"), QStringLiteral("Certificate"), handshake(11, vec8({}) + vec24({}))));
    QVERIFY(none.certificateSubjects.isEmpty());
    QVERIFY(none.field(QStringLiteral("Certificates")).startsWith(QLatin1String("none")));
}

void TestHandshakeDecoder::certificateRequestTls12()
{
    HandshakeDecoder decoder;
    decoder.decode(message(QStringLiteral("S"), QStringLiteral("ServerHello"), serverHello(0xC02F, 0x0303, 0)));
    const QByteArray cr = handshake(13, vec8(u8(1) + u8(64)) + vec16(u16(0x0401) + u16(0x0403)) + vec16(vec16(QByteArray(20, '\x30'))));
    const DecodedHandshake d = decoder.decode(message(QStringLiteral("S"), QStringLiteral("CertificateRequest"), cr));
    QCOMPARE(d.field(QStringLiteral("Certificate types")), QStringLiteral("rsa_sign, ecdsa_sign"));
    QCOMPARE(d.signatureAlgorithms.size(), 2);
    QCOMPARE(d.field(QStringLiteral("Accepted CAs")), QStringLiteral("1 names"));
}

void TestHandshakeDecoder::alertsAndTickets()
{
    HandshakeDecoder decoder;
    const DecodedHandshake a = decoder.decode(message(QStringLiteral("S"), QStringLiteral("Alert"), QByteArray::fromHex("0228"), 21));
    QCOMPARE(a.alertLevel, QStringLiteral("fatal"));
    QCOMPARE(a.alertDescription, QStringLiteral("handshake_failure"));
    QCOMPARE(a.field(QStringLiteral("Description")), QStringLiteral("handshake_failure (40)"));
    const DecodedHandshake close = decoder.decode(message(QStringLiteral("C"), QStringLiteral("Alert"), QByteArray::fromHex("0100"), 21));
    QCOMPARE(close.alertLevel, QStringLiteral("warning"));
    QCOMPARE(close.alertDescription, QStringLiteral("close_notify"));
}

void TestHandshakeDecoder::reportWithoutRawKeepsSummary()
{
    HandshakeMessage sh;
    sh.dir = QStringLiteral("S");
    sh.type = QStringLiteral("ServerHello");
    sh.summary = QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384, key share x25519");
    sh.contentType = 22;
    HandshakeMessage ee = sh;
    ee.type = QStringLiteral("EncryptedExtensions");
    ee.summary = QStringLiteral("server_name");
    const QList<DecodedHandshake> all = HandshakeDecoder::decodeAll({sh, ee});
    QCOMPARE(all.size(), 2);
    QVERIFY(!all[0].decoded);
    QCOMPARE(all[0].field(QStringLiteral("Summary")), sh.summary);
    QVERIFY(all[1].encrypted);   // TLS 1.3 followed from the summary
}

void TestHandshakeDecoder::truncatedBytesNeverCrash()
{
    ClientHelloSpec spec;
    spec.version = 0x0304;
    spec.suites = {0x1301, 0xC02F};
    spec.sni = QStringLiteral("a.example");
    const QByteArray ch = ClientHelloBuilder::handshakeMessage(spec);
    const QByteArray der = fixtureCertificateDer();
    const QList<QByteArray> samples = {
        ch,
        serverHello(0x1301, 0x0304, 29),
        serverHello(0xC030, 0x0303, 0),
        handshake(11, vec24(vec24(der))),
        handshake(12, u8(3) + u16(29) + vec8(QByteArray(32, '\x07')) + u16(0x0401) + vec16(QByteArray(64, '\x08'))),
        handshake(13, vec8(u8(1)) + vec16(u16(0x0401)) + vec16({})),
        handshake(4, u16(0) + u16(300) + vec16(QByteArray(16, '\x03'))),
    };
    int truncatedSeen = 0;
    for (const QByteArray &full : samples) {
        for (int cut = 0; cut < full.size(); ++cut) {
            HandshakeDecoder decoder;
            decoder.decode(message(QStringLiteral("S"), QStringLiteral("ServerHello"), serverHello(0xC030, 0x0303, 0)));
            const DecodedHandshake d = decoder.decode(message(QStringLiteral("S"), QStringLiteral("Handshake"), full.left(cut)));
            if (cut >= 1 && cut < 4)
                QVERIFY(!d.error.isEmpty());
            else if (!d.error.isEmpty())
                ++truncatedSeen;
        }
    }
    QVERIFY(truncatedSeen > 100);
}

MAILTLS_TEST_MAIN(TestHandshakeDecoder)
#include "test_handshake_decoder.moc"
