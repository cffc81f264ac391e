// ClientHelloBuilder: the bytes a server sees. Parsed back here field by field.

#include <QtTest>

#include "wire/client_hello_builder.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

struct ParsedHello {
    int recordType = 0, recordVersion = 0, handshakeType = 0, handshakeLength = 0, legacyVersion = 0;
    QByteArray random, sessionId;
    QList<quint16> suites;
    QMap<int, QByteArray> extensions;
    bool ok = false;
};

quint32 be(const QByteArray &b, int pos, int n)
{
    quint32 v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | quint8(b.at(pos + i));
    return v;
}

ParsedHello parse(const QByteArray &record)
{
    ParsedHello h;
    if (record.size() < 9)
        return h;
    h.recordType = int(be(record, 0, 1));
    h.recordVersion = int(be(record, 1, 2));
    if (int(be(record, 3, 2)) != record.size() - 5)
        return h;
    const QByteArray m = record.mid(5);
    h.handshakeType = int(be(m, 0, 1));
    h.handshakeLength = int(be(m, 1, 3));
    if (h.handshakeLength != m.size() - 4)
        return h;
    int p = 4;
    h.legacyVersion = int(be(m, p, 2));
    p += 2;
    h.random = m.mid(p, 32);
    p += 32;
    const int sid = int(be(m, p, 1));
    h.sessionId = m.mid(p + 1, sid);
    p += 1 + sid;
    const int suitesLength = int(be(m, p, 2));
    p += 2;
    for (int i = 0; i < suitesLength; i += 2)
        h.suites << quint16(be(m, p + i, 2));
    p += suitesLength;
    p += 1 + int(be(m, p, 1));   // compression methods
    if (p < m.size()) {
        const int extLength = int(be(m, p, 2));
        p += 2;
        if (p + extLength != m.size())
            return h;
        while (p < m.size()) {
            const int type = int(be(m, p, 2));
            const int len = int(be(m, p + 2, 2));
            h.extensions.insert(type, m.mid(p + 4, len));
            p += 4 + len;
        }
        if (p != m.size())
            return h;
    }
    h.ok = true;
    return h;
}

} // namespace

class TestClientHello : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tls12Hello()
    {
        ClientHelloSpec spec;
        spec.version = 0x0303;
        spec.suites = {0xC030, 0x009E, 0x000A};
        spec.sni = QStringLiteral("mail.example.org");
        const ParsedHello h = parse(ClientHelloBuilder::build(spec));
        QVERIFY(h.ok);
        QCOMPARE(h.recordType, 22);
        QCOMPARE(h.recordVersion, 0x0301);
        QCOMPARE(h.handshakeType, 1);
        QCOMPARE(h.legacyVersion, 0x0303);
        QCOMPARE(h.suites, (QList<quint16> {0xC030, 0x009E, 0x000A, 0x00FF}));   // order kept, SCSV last
        QCOMPARE(h.sessionId.size(), 32);
        QVERIFY(h.extensions.contains(0));
        QVERIFY(h.extensions.value(0).endsWith("mail.example.org"));
        QVERIFY(h.extensions.contains(10));
        QVERIFY(h.extensions.contains(11));
        QVERIFY(h.extensions.contains(13));
        QVERIFY(!h.extensions.contains(43));   // no supported_versions below TLS 1.3
        QVERIFY(!h.extensions.contains(51));
        const QByteArray groups = h.extensions.value(10);
        QCOMPARE(int(be(groups, 0, 2)), int(groups.size()) - 2);
        QVERIFY(groups.contains(QByteArray::fromHex("001d")));   // x25519
    }

    void tls13HelloHasRealKeyShare()
    {
        ClientHelloSpec spec;
        spec.version = 0x0304;
        spec.suites = {0x1301, 0x1302};
        const ParsedHello a = parse(ClientHelloBuilder::build(spec));
        const ParsedHello b = parse(ClientHelloBuilder::build(spec));
        QVERIFY(a.ok && b.ok);
        QCOMPARE(a.legacyVersion, 0x0303);
        QCOMPARE(a.extensions.value(43), QByteArray::fromHex("020304"));
        QCOMPARE(a.suites, (QList<quint16> {0x1301, 0x1302}));   // no SCSV in TLS 1.3
        const QByteArray share = a.extensions.value(51);
        QCOMPARE(share.size(), 2 + 2 + 2 + 32);
        QCOMPARE(share.mid(2, 2), QByteArray::fromHex("001d"));
        QCOMPARE(int(be(share, 4, 2)), 32);
        // Real randomness: fresh random, session id and key each time.
        QVERIFY(a.random != b.random);
        QVERIFY(a.sessionId != b.sessionId);
        QVERIFY(share != b.extensions.value(51));
        QVERIFY(share.mid(6) != QByteArray(32, '\0'));

        spec.keyShareGroups.clear();   // empty client_shares: the server must name its group
        const ParsedHello empty = parse(ClientHelloBuilder::build(spec));
        QVERIFY(empty.ok);
        QCOMPARE(empty.extensions.value(51), QByteArray::fromHex("0000"));
        spec.keyShareGroups = {group::secp256r1};
        Error error;
        QVERIFY(ClientHelloBuilder::build(spec, &error).isEmpty());
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.kind, ErrorKind::Usage);   // a share we cannot make is a bad spec, not a crypto failure
    }

    void sslv3HasNoExtensions()
    {
        ClientHelloSpec spec;
        spec.version = 0x0300;
        spec.suites = {0x0004, 0x000A};
        const ParsedHello h = parse(ClientHelloBuilder::build(spec));
        QVERIFY(h.ok);
        QCOMPARE(h.recordVersion, 0x0300);
        QCOMPARE(h.legacyVersion, 0x0300);
        QVERIFY(h.extensions.isEmpty());
    }

    void paddingAvoidsF5Range()
    {
        // Every suite count and SNI length must keep the handshake out of 256..511 bytes.
        for (int n = 1; n <= ClientHelloBuilder::kMaxSuites; ++n) {
            for (const QString &sni : {QString(), QStringLiteral("mx.example.org")}) {
                ClientHelloSpec spec;
                spec.sni = sni;
                for (int i = 0; i < n; ++i)
                    spec.suites << quint16(0xC000 + i);
                const QByteArray msg = ClientHelloBuilder::handshakeMessage(spec);
                QVERIFY(!msg.isEmpty());
                QVERIFY2(msg.size() < 256 || msg.size() >= 512, qPrintable(QStringLiteral("%1 suites: %2 bytes").arg(n).arg(msg.size())));
                QVERIFY(parse(ClientHelloBuilder::build(spec)).ok);
            }
        }
        ClientHelloSpec off;
        off.padding = false;
        for (int i = 0; i < 40; ++i)
            off.suites << quint16(0xC000 + i);
        const ParsedHello h = parse(ClientHelloBuilder::build(off));
        QVERIFY(h.ok);
        QVERIFY(!h.extensions.contains(21));
    }

    void refusesBadSpecs()
    {
        ClientHelloSpec spec;
        Error error;
        QVERIFY(ClientHelloBuilder::build(spec, &error).isEmpty());   // no suites
        QCOMPARE(error.kind, ErrorKind::Usage);
        for (int i = 0; i < 129; ++i)
            spec.suites << quint16(i);
        error = Error();
        QVERIFY(ClientHelloBuilder::build(spec, &error).isEmpty());
        QVERIFY(error.message.contains(QLatin1String("128")));
        QCOMPARE(error.kind, ErrorKind::Usage);
        spec.suites = {0x002F};
        spec.version = 0x0200;
        error = Error();
        QVERIFY(ClientHelloBuilder::build(spec, &error).isEmpty());
        QCOMPARE(error.message, QStringLiteral("unsupported version 0x0200"));
        QCOMPARE(error.kind, ErrorKind::Usage);
    }

    void sslv2ClientHello()
    {
        const QList<quint32> kinds = {0x010080, 0x0700C0};
        const QByteArray b = ClientHelloBuilder::buildSslv2(kinds);
        QCOMPARE(b.size(), 2 + 9 + 6 + 16);
        QCOMPARE(quint8(b.at(0)) & 0x80, 0x80);
        QCOMPARE(int(be(b, 0, 2) & 0x7fff), int(b.size()) - 2);
        QCOMPARE(int(b.at(2)), 1);                       // CLIENT-HELLO
        QCOMPARE(int(be(b, 3, 2)), 0x0002);
        QCOMPARE(int(be(b, 5, 2)), 6);                   // cipher specs length
        QCOMPARE(int(be(b, 7, 2)), 0);                   // session id length
        QCOMPARE(int(be(b, 9, 2)), 16);                  // challenge length
        QCOMPARE(be(b, 11, 3), quint32(0x010080));
        QCOMPARE(be(b, 14, 3), quint32(0x0700C0));
        QVERIFY(b.mid(17, 16) != ClientHelloBuilder::buildSslv2(kinds).mid(17, 16));
    }

    void groupNames()
    {
        QCOMPARE(groupName(group::x25519), QStringLiteral("x25519"));
        QCOMPARE(groupName(group::ffdhe2048), QStringLiteral("ffdhe2048"));
        QCOMPARE(groupName(group::x25519Mlkem768), QStringLiteral("X25519MLKEM768"));
        QCOMPARE(groupFromName(QStringLiteral("SECP384R1")), group::secp384r1);
        QCOMPARE(groupFromName(QStringLiteral("nonsense")), quint16(0));
        QVERIFY(scanGroups().contains(group::x25519Mlkem768));
        QVERIFY(scanGroups().contains(group::ffdhe8192));
    }
};

MAILTLS_TEST_MAIN(TestClientHello)
#include "test_client_hello_builder.moc"
