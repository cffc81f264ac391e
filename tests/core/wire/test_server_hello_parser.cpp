// ServerHelloParser: byte fixtures for every answer kind, fed whole, byte by byte and split
// across records; then random, truncated and bit-flipped input, which must never crash or
// read out of bounds (run under ASan/valgrind to see the latter), and must end Malformed or
// NeedMore rather than invent a ServerHello.

#include <QRandomGenerator>
#include <QtTest>

#include "wire/server_hello_parser.h"
#include "test_registry.h"
#include "tls_bytes.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

QByteArray serverHelloBody(int version, quint16 suite, const QByteArray &extensions = QByteArray(),
                           const QByteArray &random = QByteArray(32, '\x11'))
{
    QByteArray b = u16(version) + random + QByteArray(1, 32) + QByteArray(32, '\x22') + u16(suite) + QByteArray(1, 0);
    if (!extensions.isNull())
        b += u16(int(extensions.size())) + extensions;
    return b;
}

ServerResponse feedAll(ServerHelloParser &p, const QByteArray &bytes, int chunk)
{
    for (int i = 0; i < bytes.size() && !p.isDone(); i += chunk)
        p.feed(bytes.mid(i, chunk));
    return p.response();
}

// A TLS 1.2 DHE flight: ServerHello, Certificate, ServerKeyExchange (p of pBits), ServerHelloDone.
QByteArray dheFlight(int pBits, const QByteArray &certDer)
{
    QByteArray p(pBits / 8, '\xff');
    const QByteArray ske = u16(int(p.size())) + p + u16(1) + QByteArray(1, 2) + u16(4) + QByteArray(4, '\x33')
        + QByteArray::fromHex("0401") + u16(4) + QByteArray(4, '\x44');
    const QByteArray certs = u24(int(certDer.size())) + certDer;
    const QByteArray messages = handshake(2, serverHelloBody(0x0303, 0x009E, QByteArray()))
        + handshake(11, u24(int(certs.size())) + certs) + handshake(12, ske) + handshake(14, QByteArray());
    // Split the handshake stream across two records, mid-message.
    const int cut = int(messages.size()) / 2;
    return record(22, messages.left(cut)) + record(22, messages.mid(cut));
}

} // namespace

class TestServerHelloParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tls12ServerHelloAnyChunking()
    {
        const QByteArray bytes = record(22, handshake(2, serverHelloBody(0x0303, 0xC030, ext(0xff01, QByteArray(1, 0)))));
        for (int chunk : {1, 2, 5, 7, 1000}) {
            ServerHelloParser p({0xC02F, 0xC030});
            const ServerResponse r = feedAll(p, bytes, chunk);
            QVERIFY(p.isDone());
            QCOMPARE(r.kind, ServerResponse::Kind::ServerHello);
            QCOMPARE(r.version, 0x0303);
            QCOMPARE(r.suite, quint16(0xC030));
            QVERIFY(r.suiteWasOffered);
        }
        ServerHelloParser notOffered({0x002F});
        QVERIFY(!feedAll(notOffered, bytes, 3).suiteWasOffered);
    }

    void tls13ServerHelloAndHelloRetry()
    {
        const QByteArray sh = record(22, handshake(2, serverHelloBody(0x0303, 0x1302, ext(43, u16(0x0304)) + ext(51, u16(29) + u16(32) + QByteArray(32, 'k')))));
        ServerHelloParser p({0x1301, 0x1302});
        ServerResponse r = feedAll(p, sh + record(20, QByteArray(1, 1)) + record(23, QByteArray(40, 'x')), 4);
        QCOMPARE(r.kind, ServerResponse::Kind::ServerHello);
        QCOMPARE(r.version, 0x0304);
        QCOMPARE(r.legacyVersion, 0x0303);
        QCOMPARE(r.selectedGroup, 29);

        const QByteArray hrr = record(22, handshake(2, serverHelloBody(0x0303, 0x1301, ext(43, u16(0x0304)) + ext(51, u16(24)), kHelloRetryRandom)));
        ServerHelloParser q({0x1301});
        r = feedAll(q, hrr, 1);
        QCOMPARE(r.kind, ServerResponse::Kind::HelloRetryRequest);
        QCOMPARE(r.suite, quint16(0x1301));
        QCOMPARE(r.selectedGroup, 24);
    }

    void alerts()
    {
        ServerHelloParser p;
        ServerResponse r = feedAll(p, QByteArray::fromHex("150303000202") + QByteArray(1, 40), 1);
        QCOMPARE(r.kind, ServerResponse::Kind::Alert);
        QCOMPARE(r.alertLevel, 2);
        QCOMPARE(r.alertDescription, 40);
        QCOMPARE(r.alertName, QStringLiteral("handshake_failure"));
        ServerHelloParser q;
        r = feedAll(q, QByteArray::fromHex("15030100020246"), 100);
        QCOMPARE(r.alertName, QStringLiteral("protocol_version"));
    }

    void fullFlightGivesCertificateAndDhPrime()
    {
        const QByteArray der = fixtureCertificateDer();
        QVERIFY(!der.isEmpty());
        const QByteArray flight = dheFlight(1024, der);
        for (int chunk : {1, 13, 100000}) {
            ServerHelloParser p({0x009E}, true);
            const ServerResponse r = feedAll(p, flight, chunk);
            QVERIFY(p.isDone());
            QCOMPARE(r.kind, ServerResponse::Kind::ServerHello);
            QVERIFY(r.serverHelloDone);
            QCOMPARE(r.certificatesDer.size(), 1);
            QCOMPARE(r.certificatesDer.first(), der);
            QCOMPARE(dhPrimeBitsFromServerKeyExchange(r.serverKeyExchange), 1024);
        }
        // Without readFlight the parser stops at the ServerHello.
        ServerHelloParser shOnly({0x009E});
        QCOMPARE(feedAll(shOnly, flight, 1).certificatesDer.size(), 0);
        // ECDHE parameters name their curve.
        QCOMPARE(namedCurveFromServerKeyExchange(QByteArray::fromHex("030017") + QByteArray(1, 65)), 23);
        QCOMPARE(namedCurveFromServerKeyExchange(QByteArray::fromHex("01")), 0);
        QCOMPARE(dhPrimeBitsFromServerKeyExchange(QByteArray::fromHex("0080")), 0);   // truncated
        QByteArray odd = u16(2) + QByteArray::fromHex("0101") + u16(1) + QByteArray(1, 2) + u16(1) + QByteArray(1, 5);
        QCOMPARE(dhPrimeBitsFromServerKeyExchange(odd), 9);   // 0x0101 has 9 significant bits
    }

    void sslv2ServerHello()
    {
        const QByteArray cert("CERT");
        const QByteArray specs = QByteArray::fromHex("0100800700C0");
        QByteArray body = QByteArray(1, 4) + QByteArray(1, 0) + QByteArray(1, 1) + u16(0x0002) + u16(int(cert.size()))
            + u16(int(specs.size())) + u16(16) + cert + specs + QByteArray(16, 'c');
        const QByteArray bytes = u16(0x8000 | int(body.size())) + body;
        ServerHelloParser p;
        p.setSslv2(true);
        const ServerResponse r = feedAll(p, bytes, 3);
        QCOMPARE(r.kind, ServerResponse::Kind::Sslv2ServerHello);
        QCOMPARE(r.sslv2Kinds, (QList<quint32> {0x010080, 0x0700C0}));
        // A TLS-only server answering an SSLv2 hello with a TLS alert.
        ServerHelloParser q;
        q.setSslv2(true);
        QCOMPARE(feedAll(q, QByteArray::fromHex("15030100020228"), 1).kind, ServerResponse::Kind::Alert);
    }

    void notTlsAndClose()
    {
        ServerHelloParser p;
        QCOMPARE(p.feed("220 mail.example.org ESMTP\r\n"), ServerHelloParser::State::Done);
        QCOMPARE(p.response().kind, ServerResponse::Kind::Malformed);
        ServerHelloParser q;
        q.feed(QByteArray::fromHex("160303"));
        q.finishOnClose();
        QCOMPARE(q.response().kind, ServerResponse::Kind::Malformed);
        ServerHelloParser silent;
        silent.finishOnClose();
        QCOMPARE(silent.response().kind, ServerResponse::Kind::Malformed);
        QCOMPARE(silent.response().error, QStringLiteral("closed"));
        // A handshake message other than ServerHello first is an error, not a hello.
        ServerHelloParser wrong;
        QCOMPARE(feedAll(wrong, record(22, handshake(11, u24(0))), 100).kind, ServerResponse::Kind::Malformed);
        // An oversized record length is refused before buffering it.
        ServerHelloParser huge;
        QCOMPARE(feedAll(huge, QByteArray::fromHex("160303ffff"), 100).kind, ServerResponse::Kind::Malformed);
    }

    void truncationsNeverInventAHello()
    {
        const QByteArray der = fixtureCertificateDer();
        const QList<QByteArray> fixtures = {
            record(22, handshake(2, serverHelloBody(0x0303, 0xC030, ext(43, u16(0x0304))))),
            dheFlight(2048, der),
            QByteArray::fromHex("15030300020228"),
        };
        for (const QByteArray &f : fixtures) {
            for (int cut = 0; cut < f.size(); ++cut) {
                ServerHelloParser p({0xC030, 0x009E}, true);
                p.feed(f.left(cut));
                // A cut inside the first message can never be a complete answer.
                if (cut < 9 + 38)
                    QVERIFY2(p.response().kind == ServerResponse::Kind::None || p.response().kind == ServerResponse::Kind::Malformed,
                             qPrintable(QString::number(cut)));
                p.finishOnClose();
                QVERIFY(p.isDone());
            }
        }
    }

    void randomAndMutatedInput()
    {
        QRandomGenerator rng(20240607);
        const QByteArray der = fixtureCertificateDer();
        const QList<QByteArray> seeds = {dheFlight(1024, der),
                                         record(22, handshake(2, serverHelloBody(0x0303, 0x1301, ext(43, u16(0x0304)) + ext(51, u16(29) + u16(1) + "k"))))};
        int finished = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray input;
            if (i % 3 == 0) {
                input.resize(int(rng.bounded(1, 600)));
                for (char &c : input)
                    c = char(rng.bounded(256));
                if (i % 2)
                    input[0] = char(22);   // look like a handshake record to get further in
            } else {
                input = seeds.at(i % seeds.size());
                const int flips = int(rng.bounded(1, 8));
                for (int f = 0; f < flips; ++f)
                    input[int(rng.bounded(int(input.size())))] = char(rng.bounded(256));
            }
            for (bool sslv2 : {false, true}) {
                ServerHelloParser p({0x009E, 0x1301}, true);
                p.setSslv2(sslv2);
                int pos = 0;
                while (pos < input.size() && !p.isDone()) {
                    const int n = int(rng.bounded(1, 64));
                    p.feed(input.mid(pos, n));
                    pos += n;
                }
                p.finishOnClose();
                QVERIFY(p.isDone());
                ++finished;
            }
        }
        QCOMPARE(finished, 6000);
    }
};

MAILTLS_TEST_MAIN(TestServerHelloParser)
#include "test_server_hello_parser.moc"
