// ByteReader: big-endian integers of every width, vectors with 1/2/3-byte lengths, a short read
// that turns the reader bad for good (zeros and nothing from then on), a reader that keeps its
// bytes when built from a temporary, the extensions block with its three outcomes, and the
// bit length of a big-endian number.

#include <QtTest>

#include "wire/byte_reader.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

QByteArray u16(int v) { return QByteArray(1, char((v >> 8) & 0xff)) + QByteArray(1, char(v & 0xff)); }
QByteArray ext(int type, const QByteArray &data) { return u16(type) + u16(int(data.size())) + data; }

} // namespace

class TestByteReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integersAreBigEndian()
    {
        ByteReader r(QByteArray::fromHex("01 0203 040506 0708090a"));
        QCOMPARE(r.left(), 10);
        QCOMPARE(r.u(1), quint32(0x01));
        QCOMPARE(r.u(2), quint32(0x0203));
        QCOMPARE(r.u(3), quint32(0x040506));
        QCOMPARE(r.u(4), quint32(0x0708090a));
        QVERIFY(r.ok());
        QCOMPARE(r.left(), 0);
        QCOMPARE(ByteReader(QByteArray::fromHex("ffff")).u(2), quint32(0xffff));
    }

    void vectorsOfEveryLengthWidth()
    {
        ByteReader r(QByteArray::fromHex("02aabb 0003ccddee 000001ff"));
        QCOMPARE(r.vector(1), QByteArray::fromHex("aabb"));
        QCOMPARE(r.vector(2), QByteArray::fromHex("ccddee"));
        QCOMPARE(r.vector(3), QByteArray::fromHex("ff"));
        QVERIFY(r.ok());
        QCOMPARE(r.left(), 0);
        ByteReader empty(QByteArray::fromHex("00"));
        QCOMPARE(empty.vector(1), QByteArray());
        QVERIFY(empty.ok());   // an empty vector is a vector
    }

    void shortReadTurnsTheReaderBadForGood()
    {
        ByteReader r(QByteArray::fromHex("0102"));
        QCOMPARE(r.u(4), quint32(0));
        QVERIFY(!r.ok());
        QCOMPARE(r.left(), 0);
        // Nothing more comes out, even what would have fitted.
        QCOMPARE(r.u(1), quint32(0));
        QCOMPARE(r.bytes(1), QByteArray());
        QVERIFY(!r.ok());

        ByteReader overrun(QByteArray::fromHex("05aabb"));   // says 5, holds 2
        QCOMPARE(overrun.vector(1), QByteArray());
        QVERIFY(!overrun.ok());

        ByteReader negative(QByteArray::fromHex("aabb"));
        QCOMPARE(negative.bytes(-1), QByteArray());
        QVERIFY(!negative.ok());
    }

    void aCopyReadsOnItsOwn()
    {
        ByteReader r(QByteArray::fromHex("0001 0002"));
        r.u(2);
        ByteReader probe = r;
        QCOMPARE(probe.u(2), quint32(2));
        QCOMPARE(probe.left(), 0);
        QCOMPARE(r.left(), 2);   // the original has not moved
    }

    void readsATemporarySafely()
    {
        // A reader made from a function's result must keep those bytes alive: reading a
        // vector's vector in one expression is how every extension is parsed.
        ByteReader outer(QByteArray::fromHex("0006 001d 0002 abcd"));
        ByteReader inner(outer.vector(2));
        QByteArray noise(4096, '\x5a');   // reuse the stack and heap the temporary had
        Q_UNUSED(noise);
        QCOMPARE(inner.u(2), quint32(0x001d));
        QCOMPARE(inner.vector(2), QByteArray::fromHex("abcd"));
        QVERIFY(inner.ok());
    }

    void extensionsBlock()
    {
        const QByteArray block = ext(0, QByteArray::fromHex("aa")) + ext(43, QByteArray::fromHex("0304"));
        ByteReader r(u16(int(block.size())) + block);
        ExtensionsStatus status = ExtensionsStatus::BadEntry;
        const QList<TlsExtension> list = readExtensions(r, &status);
        QCOMPARE(status, ExtensionsStatus::Ok);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).type, 0);
        QCOMPARE(list.at(0).data, QByteArray::fromHex("aa"));
        QCOMPARE(list.at(1).type, 43);
        QCOMPARE(list.at(1).data, QByteArray::fromHex("0304"));
        QVERIFY(r.ok());
        QCOMPARE(r.left(), 0);
    }

    void extensionsAbsentOverrunOrBroken()
    {
        ByteReader none(QByteArray::fromHex("00"));   // fewer than two bytes: no extensions
        ExtensionsStatus status = ExtensionsStatus::BadEntry;
        QVERIFY(readExtensions(none, &status).isEmpty());
        QCOMPARE(status, ExtensionsStatus::Ok);

        ByteReader overrun(QByteArray::fromHex("0010 0000 0000"));   // says 16, holds 4
        QVERIFY(readExtensions(overrun, &status).isEmpty());
        QCOMPARE(status, ExtensionsStatus::Overrun);
        QVERIFY(!overrun.ok());

        // The second entry claims 9 bytes inside a block that has 2 left: the first survives.
        const QByteArray block = ext(23, {}) + u16(10) + u16(9) + QByteArray::fromHex("0102");
        ByteReader broken(u16(int(block.size())) + block);
        const QList<TlsExtension> list = readExtensions(broken, &status);
        QCOMPARE(status, ExtensionsStatus::BadEntry);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().type, 23);
        QVERIFY(broken.ok());   // the block itself was whole

        ByteReader quiet(u16(0));
        QVERIFY(readExtensions(quiet).isEmpty());   // the status is optional
    }

    void bitLength()
    {
        QCOMPARE(bigEndianBitLength(QByteArray()), 0);
        QCOMPARE(bigEndianBitLength(QByteArray::fromHex("0000")), 0);
        QCOMPARE(bigEndianBitLength(QByteArray::fromHex("01")), 1);
        QCOMPARE(bigEndianBitLength(QByteArray::fromHex("0101")), 9);
        QCOMPARE(bigEndianBitLength(QByteArray::fromHex("00ff")), 8);
        QCOMPARE(bigEndianBitLength(QByteArray(128, '\xff')), 1024);
        QCOMPARE(bigEndianBitLength(QByteArray(1, '\x7f') + QByteArray(127, '\xff')), 1023);
    }
};

MAILTLS_TEST_MAIN(TestByteReader)
#include "test_byte_reader.moc"
