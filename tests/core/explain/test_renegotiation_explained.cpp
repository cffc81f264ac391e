// Renegotiation on the ladder (issue 18): which recorded messages start one, and the
// explanation with the openssl s_client R/Q story. Message lists as the recorder writes them.
#include <QTest>

#include "explain/message_explanations.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

HandshakeMessage hs(const char *dir, const char *type, int handshakeType)
{
    HandshakeMessage m;
    m.dir = QString::fromLatin1(dir);
    m.type = QString::fromLatin1(type);
    m.contentType = 22;
    m.handshakeType = handshakeType;
    return m;
}

HandshakeMessage ccs(const char *dir)
{
    HandshakeMessage m;
    m.dir = QString::fromLatin1(dir);
    m.type = QStringLiteral("ChangeCipherSpec");
    m.contentType = 20;
    return m;
}

// A full TLS 1.2 handshake: ClientHello … server Finished (indexes 0 … 10).
QList<HandshakeMessage> tls12()
{
    return {hs("C", "ClientHello", 1), hs("S", "ServerHello", 2), hs("S", "Certificate", 11), hs("S", "ServerKeyExchange", 12),
            hs("S", "ServerHelloDone", 14), hs("C", "ClientKeyExchange", 16), ccs("C"), hs("C", "Finished", 20),
            hs("S", "NewSessionTicket", 4), ccs("S"), hs("S", "Finished", 20)};
}

} // namespace

class TestRenegotiationExplained : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRenegotiationInOneHandshake();
    void serverHelloRequest();
    void clientInitiated();
    void helloRetryIsNoRenegotiation();
    void olderReportsByName();
    void explanationTellsTheSClientStory();
};

void TestRenegotiationExplained::noRenegotiationInOneHandshake()
{
    QCOMPARE(renegotiationStarts(tls12()), QList<int>());
    QCOMPARE(renegotiationStarts({}), QList<int>());
}

void TestRenegotiationExplained::serverHelloRequest()
{
    // The server asks (HelloRequest), the client's new ClientHello belongs to the same renegotiation.
    QList<HandshakeMessage> m = tls12();
    m << hs("S", "HelloRequest", 0) << hs("C", "ClientHello", 1) << hs("S", "ServerHello", 2) << hs("C", "Finished", 20)
      << hs("S", "Finished", 20);
    QCOMPARE(renegotiationStarts(m), QList<int>{11});
}

void TestRenegotiationExplained::clientInitiated()
{
    // Twice in a row from the client (what s_client's "R" line does), the second refused by an alert.
    QList<HandshakeMessage> m = tls12();
    m << hs("C", "ClientHello", 1) << hs("S", "ServerHello", 2) << hs("C", "Finished", 20) << hs("S", "Finished", 20);
    HandshakeMessage alert;
    alert.dir = QStringLiteral("S");
    alert.type = QStringLiteral("Alert");
    alert.contentType = 21;
    m << hs("C", "ClientHello", 1) << alert;
    QCOMPARE(renegotiationStarts(m), (QList<int>{11, 15}));
}

void TestRenegotiationExplained::helloRetryIsNoRenegotiation()
{
    // TLS 1.3: ClientHello, HelloRetryRequest (a ServerHello on the wire), ClientHello again.
    const QList<HandshakeMessage> m = {hs("C", "ClientHello", 1), hs("S", "HelloRetryRequest", 2), hs("C", "ClientHello", 1),
                                       hs("S", "ServerHello", 2), hs("S", "EncryptedExtensions", 8), hs("S", "Finished", 20),
                                       hs("C", "Finished", 20), hs("S", "NewSessionTicket", 4)};
    QCOMPARE(renegotiationStarts(m), QList<int>());
}

void TestRenegotiationExplained::olderReportsByName()
{
    // Reports without the type number (contentType 0, handshakeType -1): by name.
    QList<HandshakeMessage> m;
    for (const char *type : {"ClientHello", "ServerHello", "Finished", "Finished", "HelloRequest", "ClientHello"}) {
        HandshakeMessage x;
        x.type = QString::fromLatin1(type);
        m << x;
    }
    QCOMPARE(renegotiationStarts(m), QList<int>{4});
}

void TestRenegotiationExplained::explanationTellsTheSClientStory()
{
    const MessageExplanation e = explainRenegotiation();
    QVERIFY(e.known());
    QCOMPARE(e.title, QStringLiteral("Renegotiation"));
    // The facts of OpenSSL 3's s_client (openssl-s_client(1), CONNECTED COMMANDS and options).
    for (const char *fact : {"HelloRequest", "RCPT TO", "capital R", "Q as quit", "-ign_eof", "-quiet", "-nocommands",
                             "no_renegotiation", "as it is"})
        QVERIFY2(e.text.contains(QLatin1String(fact)), fact);
    QVERIFY(e.tls13Note.startsWith(QLatin1String("In TLS 1.3:")));
    QVERIFY(e.tls13Note.contains(QLatin1String("KeyUpdate")));
}

MAILTLS_TEST_MAIN(TestRenegotiationExplained)
#include "test_renegotiation_explained.moc"
