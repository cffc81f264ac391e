// The rdata decoders (dns/rdata.h): presentation forms of A, AAAA, CNAME, MX, TXT and TLSA, and
// refusal of every truncated, overlong or otherwise malformed buffer; names from whole messages
// with compression pointers, pointer loops refused; CNAME chains followed, loops refused.

#include <QtTest>

#include "base/limits.h"
#include "model/dns_lookup.h"
#include "dns/rdata.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

QByteArray name(const QList<QByteArray> &labels)
{
    QByteArray wire;
    for (const QByteArray &label : labels)
        wire.append(char(label.size())).append(label);
    wire.append('\0');
    return wire;
}

QByteArray u16(int value)
{
    QByteArray b;
    b.append(char(value >> 8)).append(char(value & 0xff));
    return b;
}

// One answer record with an already encoded owner and rdata.
QByteArray record(const QByteArray &owner, int type, const QByteArray &rdata)
{
    return owner + u16(type) + u16(1) + QByteArray("\0\0\1\x2c", 4) + u16(int(rdata.size())) + rdata;
}

QByteArray header(int answers)
{
    return QByteArray("\x12\x34\x81\x80", 4) + u16(1) + u16(answers) + u16(0) + u16(0);
}

} // namespace

class TestRdata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addresses()
    {
        QString out;
        QVERIFY(decodeA(QByteArray("\xc0\x00\x02\x01", 4), &out));
        QCOMPARE(out, QStringLiteral("192.0.2.1"));
        QVERIFY(!decodeA(QByteArray("\xc0\x00\x02", 3), &out));
        QVERIFY(!decodeA(QByteArray(5, '\1'), &out));
        QByteArray v6(16, '\0');
        v6[0] = char(0x20); v6[1] = char(0x01); v6[2] = char(0x0d); v6[3] = char(0xb8); v6[15] = char(0x10);
        QVERIFY(decodeAaaa(v6, &out));
        QCOMPARE(out, QStringLiteral("2001:db8::10"));
        QVERIFY(!decodeAaaa(v6.left(15), &out));
        QVERIFY(!decodeAaaa(QByteArray(), &out));
    }

    void mxLowerCaseWithoutDot()
    {
        QString out;
        QVERIFY(decodeMx(u16(10) + name({"MX1", "Example", "ORG"}), &out));
        QCOMPARE(out, QStringLiteral("10 mx1.example.org"));
        QVERIFY(decodeMx(u16(0) + name({}), &out));
        QCOMPARE(out, QStringLiteral("0 ."));   // RFC 7505 null MX
        QVERIFY(decodeMx(u16(65535) + name({"a"}), &out));
        QCOMPARE(out, QStringLiteral("65535 a"));
    }

    void mxMalformed()
    {
        QString out = QStringLiteral("untouched");
        QVERIFY(!decodeMx(QByteArray(), &out));
        QVERIFY(!decodeMx(u16(10), &out));                                   // no name
        QVERIFY(!decodeMx(u16(10) + QByteArray("\x03mx1", 4), &out));        // no root label
        QVERIFY(!decodeMx(u16(10) + QByteArray("\x09mx1", 4), &out));        // label past the end
        QVERIFY(!decodeMx(u16(10) + name({"mx1"}) + "x", &out));             // trailing byte
        QVERIFY(!decodeMx(u16(10) + QByteArray("\xc0\x00", 2), &out));       // pointer in rdata
        QVERIFY(!decodeMx(u16(10) + QByteArray("\x41", 1) + "x", &out));     // extended label type
        QCOMPARE(out, QStringLiteral("untouched"));
    }

    void namesAreBoundedAndEscaped()
    {
        // 4 labels of 63 bytes: 4 * 64 + 1 = 257 wire bytes, over the 255 of RFC 1035.
        const QByteArray label(63, 'a');
        QString out;
        QVERIFY(!decodeCname(name({label, label, label, label}), &out));
        QVERIFY(decodeCname(name({label, label, label, QByteArray(61, 'a')}), &out));
        QCOMPARE(out.size(), 63 * 3 + 61 + 3);
        QVERIFY(decodeCname(name({QByteArray("a.b\\c\x01 d", 8), "Org"}), &out));
        QCOMPARE(out, QStringLiteral("a\\046b\\092c\\001\\032d.org"));
    }

    void txtJoinsStringsAndEscapes()
    {
        QString out;
        QVERIFY(decodeTxt(QByteArray("\x09v=STSv1; \x07id=2024", 18), &out));
        QCOMPARE(out, QStringLiteral("v=STSv1; id=2024"));
        QVERIFY(decodeTxt(QByteArray("\x04" "a\\\"\x7f", 5), &out));
        QCOMPARE(out, QStringLiteral("a\\092\"\\127"));
        QVERIFY(decodeTxt(QByteArray("\x00", 1), &out));   // one empty string
        QCOMPARE(out, QString());
    }

    void txtMalformed()
    {
        QString out;
        QVERIFY(!decodeTxt(QByteArray(), &out));
        QVERIFY(!decodeTxt(QByteArray("\x05" "abc", 4), &out));
        QVERIFY(!decodeTxt(QByteArray("\x03" "abc\x02" "x", 6), &out));
    }

    void txtCutAtTheLimitNeverInsideAnEscape()
    {
        // 20 strings of 255 bytes: 5100 characters, more than kTxtRecordChars.
        QByteArray rdata;
        for (int i = 0; i < 20; ++i)
            rdata.append(char(255)).append(QByteArray(255, 'x'));
        QString out;
        bool cut = false;
        QVERIFY(decodeTxt(rdata, &out, &cut));
        QVERIFY(cut);
        QCOMPARE(out.size(), limits::kTxtRecordChars);

        QByteArray escapes;
        for (int i = 0; i < 20; ++i)
            escapes.append(char(255)).append(QByteArray(255, '\x01'));
        QVERIFY(decodeTxt(escapes, &out, &cut));
        QVERIFY(cut);
        QVERIFY(out.size() <= limits::kTxtRecordChars);
        QCOMPARE(out.size() % 4, 0);
        QVERIFY(out.endsWith(QLatin1String("\\001")));

        QVERIFY(decodeTxt(QByteArray("\x02ok", 3), &out, &cut));
        QVERIFY(!cut);
    }

    void tlsa()
    {
        QString out;
        QVERIFY(decodeTlsa(QByteArray("\x03\x01\x01\x0a\x1b\xff", 6), &out));
        QCOMPARE(out, QStringLiteral("3 1 1 0A1BFF"));
        QVERIFY(!decodeTlsa(QByteArray("\x03\x01\x01", 3), &out));   // no association data
        QVERIFY(!decodeTlsa(QByteArray(), &out));
    }

    void dispatchAndNames()
    {
        RrType type;
        QVERIFY(rrTypeFromName(QStringLiteral("tlsa"), &type));
        QCOMPARE(type, RrType::Tlsa);
        QVERIFY(!rrTypeFromName(QStringLiteral("SRV"), &type));
        QCOMPARE(rrTypeName(RrType::Aaaa), QStringLiteral("AAAA"));
        QString out;
        QVERIFY(decodeRdata(RrType::A, QByteArray("\x7f\0\0\1", 4), &out));
        QCOMPARE(out, QStringLiteral("127.0.0.1"));
        QVERIFY(!decodeRdata(RrType::Mx, QByteArray("\0", 1), &out));
        QCOMPARE(rcodeName(0), QStringLiteral("NOERROR"));
        QCOMPARE(rcodeName(2), QStringLiteral("SERVFAIL"));
        QCOMPARE(rcodeName(3), QStringLiteral("NXDOMAIN"));
        QCOMPARE(rcodeName(5), QStringLiteral("REFUSED"));
        QCOMPARE(rcodeName(9), QStringLiteral("RCODE9"));
        QCOMPARE(normalizedName(QStringLiteral("Mail.Example.ORG.")), QStringLiteral("mail.example.org"));
        QCOMPARE(normalizedName(QStringLiteral(".")), QStringLiteral("."));
    }

    void dnssecStatusWords()
    {
        for (DnssecStatus s : {DnssecStatus::Unknown, DnssecStatus::Secure, DnssecStatus::Insecure, DnssecStatus::Bogus}) {
            DnssecStatus back = DnssecStatus::Unknown;
            QVERIFY(parseDnssecStatus(dnssecStatusName(s), &back));
            QCOMPARE(back, s);
        }
        DnssecStatus back;
        QVERIFY(!parseDnssecStatus(QStringLiteral("Secure"), &back));
        QCOMPARE(dnssecStatusName(DnssecStatus::Bogus), QStringLiteral("bogus"));
    }

    void compressedNamesInAMessage()
    {
        // "www.example.org" at 12, then "mail" + pointer to "example.org" (offset 16).
        QByteArray msg = header(0) + name({"www", "example", "org"});
        const int second = int(msg.size());
        msg += QByteArray("\x04mail\xc0\x10", 7);
        int pos = second;
        QString out;
        QVERIFY(readDomainName(msg, &pos, true, &out));
        QCOMPARE(out, QStringLiteral("mail.example.org"));
        QCOMPARE(pos, second + 7);
        pos = second;
        QVERIFY(!readDomainName(msg, &pos, false, &out));   // pointers only where allowed
    }

    void pointerLoopsAndForwardPointersAreRefused()
    {
        QByteArray msg = header(0);
        msg += QByteArray("\xc0\x0c", 2);   // points at itself
        int pos = 12;
        QString out;
        QVERIFY(!readDomainName(msg, &pos, true, &out));
        QByteArray forward = header(0) + QByteArray("\xc0\x0e\x00", 3);   // points forwards
        pos = 12;
        QVERIFY(!readDomainName(forward, &pos, true, &out));
        // A label, then a pointer back to that label: a loop through a label.
        QByteArray viaLabel = header(0) + QByteArray("\x01" "a\xc0\x0c", 4);
        pos = 12;
        QVERIFY(!readDomainName(viaLabel, &pos, true, &out));
        QByteArray truncated = header(0) + QByteArray("\xc0", 1);
        pos = 12;
        QVERIFY(!readDomainName(truncated, &pos, true, &out));
    }

    void cnameChainFollowed()
    {
        const QByteArray www = name({"www", "example", "org"});
        const QByteArray web = name({"web", "example", "org"});
        const QByteArray cdn = name({"cdn", "example", "net"});
        QByteArray msg = header(3) + www + u16(15) + u16(1);
        msg += record(www, 5, web);
        msg += record(web, 5, cdn);
        msg += record(cdn, 15, u16(10) + name({"mx", "example", "net"}));
        QStringList chain;
        bool loop = true;
        QVERIFY(cnameChainInMessage(msg, QStringLiteral("WWW.example.org."), 8, &chain, &loop));
        QVERIFY(!loop);
        QCOMPARE(chain, QStringList({QStringLiteral("web.example.org"), QStringLiteral("cdn.example.net")}));
        QVERIFY(!cnameChainInMessage(msg, QStringLiteral("www.example.org"), 1, &chain, &loop));
        QVERIFY(loop);
    }

    void cnameLoopRefused()
    {
        const QByteArray a = name({"a", "test"});
        const QByteArray b = name({"b", "test"});
        QByteArray msg = header(2) + a + u16(1) + u16(1);
        msg += record(a, 5, b);
        msg += record(b, 5, a);
        QStringList chain;
        bool loop = false;
        QVERIFY(!cnameChainInMessage(msg, QStringLiteral("a.test"), 8, &chain, &loop));
        QVERIFY(loop);
    }

    void malformedMessagesRefused()
    {
        QStringList chain;
        bool loop = false;
        QVERIFY(!cnameChainInMessage(QByteArray("\x12\x34", 2), QStringLiteral("a.test"), 8, &chain, &loop));
        const QByteArray a = name({"a", "test"});
        QByteArray msg = header(1) + a + u16(1) + u16(1) + record(a, 5, name({"b", "test"}));
        for (int cut = 12; cut < msg.size(); ++cut)
            QVERIFY2(!cnameChainInMessage(msg.left(cut), QStringLiteral("a.test"), 8, &chain, &loop),
                     qPrintable(QString::number(cut)));
        QVERIFY(cnameChainInMessage(msg, QStringLiteral("a.test"), 8, &chain, &loop));
        // An rdlength shorter than the CNAME's target name.
        QByteArray shortRd = header(1) + a + u16(1) + u16(1) + a + u16(5) + u16(1)
            + QByteArray("\0\0\1\x2c", 4) + u16(2) + name({"b", "test"});
        QVERIFY(!cnameChainInMessage(shortRd, QStringLiteral("a.test"), 8, &chain, &loop));
    }

    void randomBytesNeverCrash()
    {
        // A small in-process fuzz: every decoder over every prefix of pseudo-random buffers.
        quint32 seed = 12345;
        for (int round = 0; round < 300; ++round) {
            QByteArray buf;
            const int len = int(seed % 300);
            for (int i = 0; i < len; ++i) {
                seed = seed * 1103515245u + 12345u;
                buf.append(char(seed >> 16));
            }
            QString out;
            QStringList chain;
            bool loop;
            for (RrType t : {RrType::A, RrType::Aaaa, RrType::Cname, RrType::Mx, RrType::Txt, RrType::Tlsa})
                decodeRdata(t, buf, &out);
            cnameChainInMessage(buf, QStringLiteral("a.test"), 8, &chain, &loop);
            int pos = 0;
            readDomainName(buf, &pos, true, &out);
        }
    }
};

MAILTLS_TEST_MAIN(TestRdata)
#include "test_rdata.moc"
