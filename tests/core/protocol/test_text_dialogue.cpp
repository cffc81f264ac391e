// The IMAP, POP3 and ManageSieve dialogues (protocol/text_dialogue.h) against scripted servers
// for what Dovecot never sends (tests/integration/test_dialects_dovecot.cpp has the real one):
// literals, servers without CAPA, a BYE greeting, an endless line, dot-stuffing; and the pure
// helpers (greeting sniffing, Sieve strings).
#include <QtTest>

#include "base/limits.h"
#include "net/connection.h"
#include "protocol/imap_dialogue.h"
#include "protocol/pop3_dialogue.h"
#include "protocol/redaction.h"
#include "protocol/sieve_dialogue.h"
#include "scripted_peer.h"
#include "test_registry.h"

using namespace mailtls::core;
using mailtls::test::PeerConnection;
using mailtls::test::ScriptedPeer;

class TestTextDialogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greetingSniffing()
    {
        QCOMPARE(dialectFromGreeting("* OK [CAPABILITY IMAP4rev1] ready"), QStringLiteral("imap"));
        QCOMPARE(dialectFromGreeting("* PREAUTH hi"), QStringLiteral("imap"));
        QCOMPARE(dialectFromGreeting("+OK Dovecot ready."), QStringLiteral("pop3"));
        QCOMPARE(dialectFromGreeting("\"IMPLEMENTATION\" \"Dovecot Pigeonhole\""), QStringLiteral("sieve"));
        QCOMPARE(dialectFromGreeting("220 mx.test ESMTP"), QStringLiteral("smtp"));
        QCOMPARE(dialectFromGreeting("220-mx.test ESMTP"), QStringLiteral("smtp"));
        QCOMPARE(dialectFromGreeting("SSH-2.0-OpenSSH_9.2"), QString());
        QCOMPARE(dialectFromGreeting(""), QString());
    }

    void sieveStrings()
    {
        QStringList s;
        int literal = 0;
        QVERIFY(SieveDialogue::splitStrings(QStringLiteral("\"SASL\" \"PLAIN LOGIN\""), &s, &literal));
        QCOMPARE(s, (QStringList{QStringLiteral("SASL"), QStringLiteral("PLAIN LOGIN")}));
        QCOMPARE(literal, -1);
        s.clear();
        QVERIFY(SieveDialogue::splitStrings(QStringLiteral("\"a\\\"b\" {12+}"), &s, &literal));
        QCOMPARE(s, QStringList{QStringLiteral("a\"b")});
        QCOMPARE(literal, 12);
        s.clear();
        QVERIFY(!SieveDialogue::splitStrings(QStringLiteral("\"unterminated"), &s, &literal));
        const DialectCapabilities caps = SieveDialogue::capabilitiesFrom(
            {{QStringLiteral("SASL"), QString()}, {QStringLiteral("STARTTLS")}, {QStringLiteral("VERSION"), QStringLiteral("1.0")}},
            QStringLiteral("OK"), true);
        QCOMPARE(caps.lines, (QStringList{QStringLiteral("STARTTLS"), QStringLiteral("VERSION 1.0")}));
        QVERIFY(caps.starttls);
        QVERIFY(caps.authMechanisms.isEmpty());
    }

    void imapLiteralAndLoginDisabled()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("* OK ready");
            QByteArray line;
            if (!c.readLine(&line))
                return;
            c.sendLine("* ID (\"name\" {7}");
            c.send("Dove\r\nt");
            c.sendLine(")");
            c.sendLine("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED");
            c.sendLine(line.left(line.indexOf(' ')) + " OK done");
            c.holdUntilClosed(3000);
        });
        QVERIFY(peer.start());
        Connection connection {CancelToken()};
        Error error;
        QVERIFY(connection.connectTo(QStringLiteral("127.0.0.1"), peer.port(), 3000, &error));
        ImapDialogue imap(connection, 3000);
        DialectReply greeting;
        QVERIFY2(imap.greeting(&greeting, &error), qPrintable(error.message));
        QVERIFY(greeting.ok());
        DialectCapabilities caps;
        QVERIFY2(imap.capabilities(&caps, &error), qPrintable(error.message));
        QVERIFY(caps.ok);
        QVERIFY(caps.starttls);
        QVERIFY(!caps.plaintextLogin);
        QCOMPARE(caps.lines, (QStringList{QStringLiteral("IMAP4rev1"), QStringLiteral("STARTTLS"), QStringLiteral("LOGINDISABLED")}));
    }

    void imapByeGreeting()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("* BYE too many connections");
            c.close();
        });
        QVERIFY(peer.start());
        Connection connection {CancelToken()};
        Error error;
        QVERIFY(connection.connectTo(QStringLiteral("127.0.0.1"), peer.port(), 3000, &error));
        ImapDialogue imap(connection, 3000);
        DialectReply greeting;
        QVERIFY(imap.greeting(&greeting, &error));
        QCOMPARE(greeting.status, DialectStatus::Bye);
    }

    void pop3WithoutCapaAndDotStuffing()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("+OK old server");
            QByteArray line;
            if (!c.readLine(&line))
                return;
            c.sendLine("-ERR unknown command");
            if (!c.readLine(&line))
                return;
            c.sendLine("+OK");
            c.sendLine("..DOT");
            c.sendLine("STLS");
            c.sendLine(".");
            c.holdUntilClosed(3000);
        });
        QVERIFY(peer.start());
        Connection connection {CancelToken()};
        Error error;
        QVERIFY(connection.connectTo(QStringLiteral("127.0.0.1"), peer.port(), 3000, &error));
        Pop3Dialogue pop3(connection, 3000);
        DialectReply greeting;
        QVERIFY(pop3.greeting(&greeting, &error));
        QVERIFY(greeting.ok());
        DialectCapabilities caps;
        QVERIFY(pop3.capabilities(&caps, &error));
        QVERIFY(!caps.ok);
        QVERIFY(caps.lines.isEmpty());
        QVERIFY(pop3.capabilities(&caps, &error));
        QCOMPARE(caps.lines, (QStringList{QStringLiteral(".DOT"), QStringLiteral("STLS")}));
        QVERIFY(caps.starttls);
    }

    void endlessLineIsBounded()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.send("* OK ");
            c.send(QByteArray(limits::kDialectLineBytes + 4096, 'A'));
            c.holdUntilClosed(5000);
        });
        QVERIFY(peer.start());
        Connection connection {CancelToken()};
        Error error;
        QVERIFY(connection.connectTo(QStringLiteral("127.0.0.1"), peer.port(), 3000, &error));
        ImapDialogue imap(connection, 3000);
        QStringList shown;
        imap.setTranscript([&shown](LineDirection, const QString &text) { shown << text; });
        DialectReply greeting;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!imap.greeting(&greeting, &error));
        QCOMPARE(error.kind, ErrorKind::Protocol);
        QVERIFY2(error.message.startsWith(QLatin1String("the server does not speak IMAP")), qPrintable(error.message));
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().size() < 400);
    }

    void sieveLiteralCapabilitiesAndRedaction()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("\"IMPLEMENTATION\" {9+}");
            c.send("Test Side\r\n");
            c.sendLine("\"SASL\" \"PLAIN\"");
            c.sendLine("\"STARTTLS\"");
            c.sendLine("OK \"ready\"");
            QByteArray line;
            if (!c.readLine(&line))
                return;
            c.sendLine("OK \"Logged in.\"");
            c.holdUntilClosed(3000);
        });
        QVERIFY(peer.start());
        Connection connection {CancelToken()};
        Error error;
        QVERIFY(connection.connectTo(QStringLiteral("127.0.0.1"), peer.port(), 3000, &error));
        SieveDialogue sieve(connection, 3000);
        Redactor redactor;
        redactor.addSecret(QStringLiteral("Sw0rdfish-77"));
        sieve.setRedactor(&redactor);
        QStringList sent;
        sieve.setTranscript([&sent](LineDirection dir, const QString &text) {
            if (dir == LineDirection::Client)
                sent << text;
        });
        DialectReply greeting;
        QVERIFY2(sieve.greeting(&greeting, &error), qPrintable(error.message));
        DialectCapabilities caps;
        QVERIFY(sieve.capabilities(&caps, &error));
        QCOMPARE(caps.lines, (QStringList{QStringLiteral("IMPLEMENTATION Test Side"), QStringLiteral("SASL PLAIN"),
                                          QStringLiteral("STARTTLS")}));
        QCOMPARE(caps.authMechanisms, QStringList{QStringLiteral("PLAIN")});
        DialectReply reply;
        QString used;
        QVERIFY(sieve.authenticate(QStringLiteral("alice"), QStringLiteral("Sw0rdfish-77"), QString(), caps, &reply, &used, &error));
        QVERIFY(reply.ok());
        QCOMPARE(sent, QStringList{QStringLiteral("AUTHENTICATE \"PLAIN\" <redacted: PLAIN response for \"alice\">")});
        peer.stop();
        QVERIFY(peer.received().contains(QByteArray("\0alice\0Sw0rdfish-77", 19).toBase64()));
    }
};

MAILTLS_TEST_MAIN(TestTextDialogue)
#include "test_text_dialogue.moc"
