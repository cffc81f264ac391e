// The handshake as the ladder shows it, from real sessions against Exim (GnuTLS): the decoded
// message sequence of a TLS 1.3 and of a forced TLS 1.2 handshake is in protocol order, the
// right messages count as encrypted, the decoded fields match what was negotiated, and a
// report saved as JSON reopens with the same decoded messages.

#include <QTest>

#include "report/json_report.h"
#include "session_checks.h"
#include "test_pki.h"
#include "test_servers.h"
#include "wire/handshake_decoder.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;

namespace {

// "C ClientHello", "S ServerHello", ... in recorded order.
QStringList sequence(const QList<core::DecodedHandshake> &messages, bool withCcs = true)
{
    QStringList out;
    for (const core::DecodedHandshake &d : messages) {
        if (!withCcs && d.type == QLatin1String("ChangeCipherSpec"))
            continue;
        out << d.dir + QLatin1Char(' ') + d.type;
    }
    return out;
}

const core::DecodedHandshake *find(const QList<core::DecodedHandshake> &messages, const QString &dir, const QString &type)
{
    for (const core::DecodedHandshake &d : messages)
        if (d.dir == dir && d.type == type)
            return &d;
    return nullptr;
}

// The key_share groups of a ClientHello, read from its bytes here, independently of the
// project's decoder: 4-byte header, version, random, session id, suites, compression, then the
// extensions; key_share (51) holds a list of (group, key) entries. Empty on any damage.
QList<quint16> clientKeyShareGroups(const QByteArray &raw)
{
    const auto u8 = [&raw](int at) { return int(quint8(raw.at(at))); };
    const auto u16 = [&raw, &u8](int at) { return (u8(at) << 8) | u8(at + 1); };
    int at = 4 + 2 + 32;
    if (raw.size() < at + 1)
        return {};
    at += 1 + u8(at);                       // session id
    if (raw.size() < at + 2)
        return {};
    at += 2 + u16(at);                      // cipher suites
    if (raw.size() < at + 1)
        return {};
    at += 1 + u8(at);                       // compression methods
    if (raw.size() < at + 2)
        return {};
    const int extEnd = at + 2 + u16(at);
    at += 2;
    while (at + 4 <= extEnd && extEnd <= raw.size()) {
        const int type = u16(at);
        const int len = u16(at + 2);
        const int body = at + 4;
        if (type == 51 && body + 2 <= raw.size()) {
            QList<quint16> groups;
            const int end = body + 2 + u16(body);
            for (int e = body + 2; e + 4 <= end && end <= raw.size(); e += 4 + u16(e + 2))
                groups << quint16(u16(e));
            return groups;
        }
        at = body + len;
    }
    return {};
}

QString groupWord(quint16 code)
{
    switch (code) {
    case 23: return QStringLiteral("secp256r1");
    case 24: return QStringLiteral("secp384r1");
    case 25: return QStringLiteral("secp521r1");
    case 29: return QStringLiteral("x25519");
    case 30: return QStringLiteral("x448");
    default: return QStringLiteral("0x%1").arg(code, 4, 16, QLatin1Char('0'));
    }
}

} // namespace

class TestLadderExim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tls13MessagesInOrder();
    void tls12MessagesInOrder();
    void savedReportDecodesAgain();
    void keyShareSummaryMatchesTheWire();

private:
    core::Report sessionWith(const QString &tlsMax);
    std::unique_ptr<EximServer> exim_;
};

void TestLadderExim::initTestCase()
{
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    exim_ = std::make_unique<EximServer>(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim_->start(&error), qPrintable(error));
}

core::Report TestLadderExim::sessionWith(const QString &tlsMax)
{
    core::SessionOptions o = localSessionOptions(exim_->port());
    o.sni = QStringLiteral("localhost");
    o.tlsMax = tlsMax;
    return runSession(o);
}

void TestLadderExim::tls13MessagesInOrder()
{
    const core::Report r = sessionWith(QString());
    VERIFY_REPORT(r.tls.established, r);
    QCOMPARE(r.tls.version, QStringLiteral("TLSv1.3"));
    for (const core::HandshakeMessage &m : r.handshake)
        QVERIFY2(!m.raw.isEmpty(), qPrintable(m.type + QLatin1String(" was recorded without its bytes")));

    const QList<core::DecodedHandshake> decoded = core::HandshakeDecoder::decodeAll(r.handshake);
    const QStringList seq = sequence(decoded, false);
    const QStringList expected = {QStringLiteral("C ClientHello"),       QStringLiteral("S ServerHello"),
                                  QStringLiteral("S EncryptedExtensions"), QStringLiteral("S Certificate"),
                                  QStringLiteral("S CertificateVerify"), QStringLiteral("S Finished"),
                                  QStringLiteral("C Finished")};
    VERIFY_REPORT(seq.mid(0, expected.size()) == expected, r);
    // After the handshake only tickets and alerts (close_notify at QUIT) may follow.
    for (const QString &rest : seq.mid(expected.size()))
        QVERIFY2(rest == QLatin1String("S NewSessionTicket") || rest.endsWith(QLatin1String(" Alert")), qPrintable(rest));
    // Middlebox-compatibility ChangeCipherSpec, if any, sits between the hellos and the client's Finished.
    const QStringList full = sequence(decoded);
    const int ccs = int(full.indexOf(QStringLiteral("C ChangeCipherSpec")));
    if (ccs >= 0)
        QVERIFY(ccs > full.indexOf(QStringLiteral("S ServerHello")) && ccs < full.indexOf(QStringLiteral("C Finished")));

    // Encrypted from EncryptedExtensions on, in clear before.
    for (const core::DecodedHandshake &d : decoded) {
        const bool shouldBeEncrypted = d.type != QLatin1String("ClientHello") && d.type != QLatin1String("ServerHello")
                                       && d.type != QLatin1String("ChangeCipherSpec");
        QVERIFY2(d.encrypted == shouldBeEncrypted, qPrintable(d.dir + QLatin1Char(' ') + d.type));
        QVERIFY(d.decoded);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.type + QLatin1String(": ") + d.error));
    }
    const core::DecodedHandshake *ch = find(decoded, QStringLiteral("C"), QStringLiteral("ClientHello"));
    QVERIFY(ch);
    QVERIFY(ch->versions.contains(QStringLiteral("TLSv1.3")));
    QVERIFY(ch->versions.contains(QStringLiteral("TLSv1.2")));
    QCOMPARE(ch->sni, QStringLiteral("localhost"));
    QVERIFY(!ch->keyShareGroups.isEmpty());
    QVERIFY(ch->signatureAlgorithms.size() > 3);
    const core::DecodedHandshake *sh = find(decoded, QStringLiteral("S"), QStringLiteral("ServerHello"));
    QVERIFY(sh);
    QCOMPARE(sh->versions, QStringList{QStringLiteral("TLSv1.3")});
    QCOMPARE(sh->suites.value(0), r.tls.cipher.code);
    QCOMPARE(sh->keyShareGroups.value(0), r.tls.group);
    const core::DecodedHandshake *cert = find(decoded, QStringLiteral("S"), QStringLiteral("Certificate"));
    QVERIFY(cert);
    QCOMPARE(cert->certificateSubjects.size(), 2);
    QVERIFY2(cert->certificateSubjects.first().contains(QLatin1String("CN=localhost")), qPrintable(cert->certificateSubjects.first()));
    const core::DecodedHandshake *cv = find(decoded, QStringLiteral("S"), QStringLiteral("CertificateVerify"));
    QVERIFY(cv && cv->signatureScheme.startsWith(QLatin1String("rsa_pss")));
}

void TestLadderExim::tls12MessagesInOrder()
{
    const core::Report r = sessionWith(QStringLiteral("TLSv1.2"));
    VERIFY_REPORT(r.tls.established, r);
    QCOMPARE(r.tls.version, QStringLiteral("TLSv1.2"));
    VERIFY_REPORT(r.tls.cipher.iana.startsWith(QLatin1String("TLS_ECDHE_RSA_")), r);

    const QList<core::DecodedHandshake> decoded = core::HandshakeDecoder::decodeAll(r.handshake);
    QStringList seq = sequence(decoded);
    // A server may hand out a ticket before its ChangeCipherSpec (TLS 1.2 order).
    seq.removeAll(QStringLiteral("S NewSessionTicket"));
    const QStringList expected = {QStringLiteral("C ClientHello"),      QStringLiteral("S ServerHello"),
                                  QStringLiteral("S Certificate"),      QStringLiteral("S ServerKeyExchange"),
                                  QStringLiteral("S ServerHelloDone"),  QStringLiteral("C ClientKeyExchange"),
                                  QStringLiteral("C ChangeCipherSpec"), QStringLiteral("C Finished"),
                                  QStringLiteral("S ChangeCipherSpec"), QStringLiteral("S Finished")};
    VERIFY_REPORT(seq.mid(0, expected.size()) == expected, r);
    for (const QString &rest : seq.mid(expected.size()))
        QVERIFY2(rest.endsWith(QLatin1String(" Alert")), qPrintable(rest));

    // Only the two Finished messages (and later alerts) are encrypted in TLS 1.2.
    for (const core::DecodedHandshake &d : decoded) {
        const bool shouldBeEncrypted = d.type == QLatin1String("Finished") || d.type == QLatin1String("Alert");
        QVERIFY2(d.encrypted == shouldBeEncrypted, qPrintable(d.dir + QLatin1Char(' ') + d.type));
        QVERIFY(!d.tls13);
    }
    const core::DecodedHandshake *sh = find(decoded, QStringLiteral("S"), QStringLiteral("ServerHello"));
    QVERIFY(sh);
    QCOMPARE(sh->versions, QStringList{QStringLiteral("TLSv1.2")});
    QCOMPARE(sh->suites.value(0), r.tls.cipher.code);
    // GnuTLS speaks TLS 1.3 too, so it marks the lower version in its random (RFC 8446 4.1.3).
    QVERIFY2(sh->field(QStringLiteral("Downgrade marker")).startsWith(QLatin1String("present")), qPrintable(describeReport(r)));
    const core::DecodedHandshake *ske = find(decoded, QStringLiteral("S"), QStringLiteral("ServerKeyExchange"));
    QVERIFY(ske);
    QCOMPARE(ske->keyExchange, QStringLiteral("ECDHE"));
    QCOMPARE(ske->curve, r.tls.group);
    QVERIFY(!ske->signatureScheme.isEmpty());
    const core::DecodedHandshake *cke = find(decoded, QStringLiteral("C"), QStringLiteral("ClientKeyExchange"));
    QVERIFY(cke && cke->field(QStringLiteral("Content")).startsWith(QLatin1String("client's ECDH public key")));
    const core::DecodedHandshake *fin = find(decoded, QStringLiteral("S"), QStringLiteral("Finished"));
    QCOMPARE(fin->field(QStringLiteral("Verify data")), QStringLiteral("12 bytes"));
}

void TestLadderExim::savedReportDecodesAgain()
{
    const core::Report r = sessionWith(QString());
    VERIFY_REPORT(r.tls.established, r);
    core::Report back;
    core::Error error;
    QVERIFY2(core::reportFromJson(core::reportToJsonBytes(r), &back, &error), qPrintable(error.message));
    QCOMPARE(back.handshake.size(), r.handshake.size());
    for (int i = 0; i < r.handshake.size(); ++i)
        QCOMPARE(back.handshake.at(i).raw, r.handshake.at(i).raw);
    const QList<core::DecodedHandshake> before = core::HandshakeDecoder::decodeAll(r.handshake);
    const QList<core::DecodedHandshake> after = core::HandshakeDecoder::decodeAll(back.handshake);
    QCOMPARE(sequence(after), sequence(before));
    for (int i = 0; i < after.size(); ++i) {
        QVERIFY(after.at(i).decoded);
        QCOMPARE(after.at(i).fields.size(), before.at(i).fields.size());
        QCOMPARE(after.at(i).encrypted, before.at(i).encrypted);
    }
}

// Issue 15, item 6: the ClientHello summary once named key shares that were never sent
// ("x25519,group(0x0000),group(0x147c)", the last value changing from run to run). The summary
// must name exactly the groups on the wire, in every run.
void TestLadderExim::keyShareSummaryMatchesTheWire()
{
    for (int run = 0; run < 5; ++run) {
        const core::Report r = sessionWith(QString());
        VERIFY_REPORT(r.tls.established, r);
        int hellos = 0;
        for (const core::HandshakeMessage &m : r.handshake) {
            if (m.type != QLatin1String("ClientHello"))
                continue;
            ++hellos;
            const QList<quint16> onWire = clientKeyShareGroups(m.raw);
            QVERIFY2(!onWire.isEmpty(), qPrintable(m.summary));
            QStringList words;
            for (quint16 g : onWire)
                words << groupWord(g);
            const QString expected = QStringLiteral("key share ") + words.join(QLatin1Char(','));
            QVERIFY2(m.summary.contains(expected + QLatin1Char(';')) || m.summary.endsWith(expected),
                     qPrintable(QStringLiteral("run %1: wire has [%2], summary: %3").arg(run).arg(words.join(QLatin1Char(',')), m.summary)));
            QVERIFY2(!m.summary.contains(QLatin1String("group(0x")), qPrintable(m.summary));
        }
        QCOMPARE(hellos, 1);
    }
}

MAILTLS_TEST_MAIN(TestLadderExim)
#include "test_ladder_exim.moc"
