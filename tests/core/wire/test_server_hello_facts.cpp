// serverHelloFacts() and downgradeSentinelOf(): the hygiene facts of a recorded ServerHello
// (renegotiation_info, extended_master_secret, encrypt_then_mac, supported_versions, the
// TLS 1.3 downgrade sentinel), and truncated or foreign bytes refused without reading past
// the message.

#include <QtTest>

#include "wire/server_hello_facts.h"
#include "test_registry.h"
#include "tls_bytes.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

QByteArray helloMessage(int version, quint16 suite, const QByteArray &extensions, const QByteArray &random)
{
    QByteArray body = u16(version) + random + vec8(QByteArray(32, '\x22')) + u16(suite) + u8(0);
    if (!extensions.isNull())
        body += vec16(extensions);
    return handshake(2, body);
}

QByteArray randomEndingIn(const QByteArray &tail)
{
    return QByteArray(32 - int(tail.size()), '\x5a') + tail;
}

} // namespace

class TestServerHelloFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extensionsOfATls12Hello()
    {
        const QByteArray exts = ext(0xff01, QByteArray(1, 0)) + ext(23, {}) + ext(22, {}) + ext(11, QByteArray::fromHex("0100"));
        const ServerHelloFacts f = serverHelloFacts(helloMessage(0x0303, 0xC027, exts, randomEndingIn(QByteArray("DOWNGRD\x01", 8))));
        QVERIFY2(f.ok, qPrintable(f.error));
        QCOMPARE(f.version, 0x0303);
        QCOMPARE(f.suite, quint16(0xC027));
        QCOMPARE(f.extensions, (QList<int>{0xff01, 23, 22, 11}));
        QVERIFY(f.has(extension::kRenegotiationInfo));
        QVERIFY(f.has(extension::kExtendedMasterSecret));
        QVERIFY(f.has(extension::kEncryptThenMac));
        QVERIFY(f.renegotiationInfo.isEmpty());
        QCOMPARE(downgradeSentinelOf(f.random), DowngradeSentinel::Tls12);
    }

    void noExtensionsAtAll()
    {
        // TLS <= 1.2 hellos may end after the compression method.
        const ServerHelloFacts f = serverHelloFacts(helloMessage(0x0301, 0x002F, QByteArray(), QByteArray(32, '\x01')));
        QVERIFY2(f.ok, qPrintable(f.error));
        QVERIFY(f.extensions.isEmpty());
        QVERIFY(!f.has(extension::kRenegotiationInfo));
        QCOMPARE(downgradeSentinelOf(f.random), DowngradeSentinel::None);
    }

    void supportedVersionsAndNonEmptyRenegotiationInfo()
    {
        const QByteArray exts = ext(43, u16(0x0304)) + ext(0xff01, vec8(QByteArray(12, '\x07')));
        const ServerHelloFacts f = serverHelloFacts(helloMessage(0x0303, 0x1301, exts, QByteArray(32, '\x01')));
        QVERIFY(f.ok);
        QCOMPARE(f.legacyVersion, 0x0303);
        QCOMPARE(f.version, 0x0304);
        QCOMPARE(f.renegotiationInfo.size(), 12);
    }

    void sentinels()
    {
        QCOMPARE(downgradeSentinelOf(randomEndingIn(QByteArray::fromHex("444F574E47524401"))), DowngradeSentinel::Tls12);
        QCOMPARE(downgradeSentinelOf(randomEndingIn(QByteArray::fromHex("444F574E47524400"))), DowngradeSentinel::Tls11OrBelow);
        QCOMPARE(downgradeSentinelOf(randomEndingIn(QByteArray::fromHex("444F574E47524402"))), DowngradeSentinel::None);
        QCOMPARE(downgradeSentinelOf(randomEndingIn(QByteArray::fromHex("444F574E47525401"))), DowngradeSentinel::None);
        QCOMPARE(downgradeSentinelOf(QByteArray::fromHex("444F574E47524401")), DowngradeSentinel::None);   // not 32 bytes
    }

    void refusesWhatIsNotAWholeServerHello()
    {
        const QByteArray whole = helloMessage(0x0303, 0xC02F, ext(23, {}), QByteArray(32, '\x01'));
        for (int cut = 0; cut < whole.size(); ++cut)
            QVERIFY2(!serverHelloFacts(whole.left(cut)).ok, qPrintable(QString::number(cut)));
        QVERIFY(serverHelloFacts(whole).ok);
        QByteArray client = whole;
        client[0] = 1;   // a ClientHello
        QCOMPARE(serverHelloFacts(client).error, QStringLiteral("not a ServerHello"));
        // An extension whose length runs past the block.
        const QByteArray bad = helloMessage(0x0303, 0xC02F, u16(23) + u16(9), QByteArray(32, '\x01'));
        QCOMPARE(serverHelloFacts(bad).error, QStringLiteral("malformed ServerHello extensions"));
    }
};

MAILTLS_TEST_MAIN(TestServerHelloFacts)
#include "test_server_hello_facts.moc"
