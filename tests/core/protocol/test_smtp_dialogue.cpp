// SmtpDialogue against scripted servers: every line sent and received in the transcript (AUTH
// secrets redacted), multi-line replies, the HELO fallback and its note, STARTTLS dropping what
// the server sent after its 220, a line the parser refuses shown in the transcript, and reply
// timeouts worded either way.

#include <QtTest>

#include "net/connection.h"
#include "protocol/redaction.h"
#include "protocol/smtp_dialogue.h"
#include "scripted_peer.h"
#include "test_registry.h"

using namespace mailtls::core;
using mailtls::test::PeerConnection;
using mailtls::test::ScriptedPeer;

namespace {

struct Line {
    LineDirection dir;
    QString text;
};

QStringList texts(const QList<Line> &lines, LineDirection dir)
{
    QStringList out;
    for (const Line &l : lines)
        if (l.dir == dir)
            out << l.text;
    return out;
}

// A dialogue with a scripted server on a fresh connection, its transcript kept in `lines`.
struct Talk {
    Connection connection {CancelToken()};
    SmtpDialogue dialogue {connection, 3000};
    QList<Line> lines;
    Error error;
    SmtpReply reply;
    bool connected = false;

    explicit Talk(const ScriptedPeer &peer)
    {
        connected = connection.connectTo(QStringLiteral("127.0.0.1"), peer.port(), 3000, &error);
        dialogue.setTranscript([this](LineDirection dir, const QString &text) { lines << Line {dir, text}; });
    }
    bool read(int timeoutMs = 3000) { return dialogue.readReply(&reply, timeoutMs, &error); }
};

} // namespace

class TestSmtpDialogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcriptAndRedaction()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("220 mx.test ESMTP");
            QByteArray line;
            while (c.readLine(&line)) {
                if (line.startsWith("EHLO")) {
                    c.sendLine("250-mx.test");
                    c.sendLine("250 AUTH PLAIN");
                } else if (line.startsWith("AUTH")) {
                    c.sendLine("235 2.7.0 ok");
                } else {
                    c.sendLine("221 bye");
                    c.close();
                    return;
                }
            }
        });
        QVERIFY(peer.start());
        Talk t(peer);
        QVERIFY(t.connected);
        Redactor redactor;
        t.dialogue.setRedactor(&redactor);
        SmtpDialogue &dialogue = t.dialogue;
        SmtpReply &reply = t.reply;
        Error &error = t.error;
        const QList<Line> &lines = t.lines;

        QVERIFY(t.read());
        QCOMPARE(reply.code, 220);
        EhloCapabilities caps;
        QVERIFY(dialogue.hello(false, QStringLiteral("client.test"), true, &caps, &reply, &error));
        QVERIFY(caps.ok);
        QCOMPARE(caps.authMechanisms, QStringList{QStringLiteral("PLAIN")});
        QCOMPARE(reply.lines, (QStringList{QStringLiteral("250-mx.test"), QStringLiteral("250 AUTH PLAIN")}));
        const QByteArray blob = QByteArray("\0alice\0Swordfish-7319", 21).toBase64();
        QVERIFY(dialogue.command(QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(blob), &reply, &error));
        QCOMPARE(reply.code, 235);
        QVERIFY(dialogue.command(QStringLiteral("QUIT"), &reply, &error));
        QCOMPARE(reply.code, 221);

        QCOMPARE(texts(lines, LineDirection::Server),
                 (QStringList{QStringLiteral("220 mx.test ESMTP"), QStringLiteral("250-mx.test"), QStringLiteral("250 AUTH PLAIN"),
                              QStringLiteral("235 2.7.0 ok"), QStringLiteral("221 bye")}));
        const QStringList sent = texts(lines, LineDirection::Client);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0), QStringLiteral("EHLO client.test"));
        QVERIFY2(sent.at(1).startsWith(QLatin1String("AUTH PLAIN <redacted")), qPrintable(sent.at(1)));
        QVERIFY(!sent.at(1).contains(QString::fromLatin1(blob)));
        QCOMPARE(sent.at(2), QStringLiteral("QUIT"));
        peer.stop();
        QVERIFY(peer.received().contains(blob));   // the server got the real thing
    }

    void heloFallback()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("220 old.test");
            QByteArray line;
            while (c.readLine(&line)) {
                if (line.startsWith("EHLO") || line.startsWith("LHLO"))
                    c.sendLine("502 5.5.2 what?");
                else if (line.startsWith("HELO"))
                    c.sendLine("250 old.test hello");
            }
        });
        QVERIFY(peer.start());
        Talk t(peer);
        QVERIFY(t.connected);
        QVERIFY(t.read());
        SmtpDialogue &dialogue = t.dialogue;
        SmtpReply &reply = t.reply;
        Error &error = t.error;
        EhloCapabilities caps;
        // Without the fallback: EHLO's refusal is the answer.
        QVERIFY(dialogue.hello(false, QStringLiteral("c.test"), false, &caps, &reply, &error));
        QVERIFY(!caps.ok);
        QCOMPARE(reply.code, 502);
        // With it: a note, then HELO, whose 250 is a greeting without extensions.
        QVERIFY(dialogue.hello(false, QStringLiteral("c.test"), true, &caps, &reply, &error));
        QVERIFY(caps.ok);
        QVERIFY(!caps.starttls);
        QCOMPARE(caps.greeting, QStringLiteral("old.test hello"));
        QCOMPARE(texts(t.lines, LineDirection::Note), QStringList{QStringLiteral("EHLO refused; trying HELO (no extensions, so no STARTTLS)")});
        QCOMPARE(texts(t.lines, LineDirection::Client),
                 (QStringList{QStringLiteral("EHLO c.test"), QStringLiteral("EHLO c.test"), QStringLiteral("HELO c.test")}));
        // LMTP has no HELO to fall back to.
        QVERIFY(dialogue.hello(true, QStringLiteral("c.test"), true, &caps, &reply, &error));
        QVERIFY(!caps.ok);
    }

    void starttlsDropsWhatFollowsThe220()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("220 mx.test");
            QByteArray line;
            if (!c.readLine(&line))
                return;
            c.send("220 go ahead\r\n250 injected\r\n");
            c.holdUntilClosed(5000);
        });
        QVERIFY(peer.start());
        Talk t(peer);
        QVERIFY(t.connected);
        QVERIFY(t.read());
        int discarded = -1;
        QVERIFY(t.dialogue.startTls(&t.reply, &discarded, &t.error));
        QCOMPARE(t.reply.code, 220);
        QCOMPARE(discarded, 14);   // "250 injected\r\n"
        QVERIFY(t.dialogue.parser().pendingBytes().isEmpty());
    }

    void refusedLineIsShown()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.send("hello\x01 there\r\n");
            c.holdUntilClosed(5000);
        });
        QVERIFY(peer.start());
        Talk t(peer);
        QVERIFY(t.connected);
        QVERIFY(!t.read());
        QCOMPARE(t.error.kind, ErrorKind::Protocol);
        QCOMPARE(t.error.message, QStringLiteral("the server does not speak SMTP: %1").arg(t.dialogue.parserError()));
        QVERIFY(!t.dialogue.parserError().isEmpty());
        QCOMPARE(texts(t.lines, LineDirection::Server), QStringList{QStringLiteral("hello\\x01 there")});
    }

    void replyTimeoutWording()
    {
        ScriptedPeer peer([](PeerConnection &c) { c.holdUntilClosed(5000); });
        QVERIFY(peer.start());
        for (const auto wording : {SmtpDialogue::TimeoutWording::Connection, SmtpDialogue::TimeoutWording::Reply}) {
            Talk t(peer);
            QVERIFY(t.connected);
            t.dialogue.setTimeoutWording(wording);
            QVERIFY(!t.read(200));
            QCOMPARE(t.error.kind, ErrorKind::Timeout);
            QCOMPARE(t.error.message, wording == SmtpDialogue::TimeoutWording::Reply
                                        ? QStringLiteral("no complete reply within 0.2 s")
                                        : QStringLiteral("timed out after 0.2 s waiting to read from the server"));
        }
    }

    void ehloName()
    {
        QCOMPARE(ehloNameOrDefault(QStringLiteral("mx.example.org")), QStringLiteral("mx.example.org"));
        QVERIFY(!ehloNameOrDefault(QString()).isEmpty());
        // The default is worked out once and is what an unset name gives; a bare one is noted.
        const DefaultEhloName d = defaultEhloName();
        QCOMPARE(ehloNameOrDefault(QString()), d.name);
        QCOMPARE(d.bare, !d.name.contains(QLatin1Char('.')));
        QCOMPARE(bareEhloNote(QString()).isEmpty(), !d.bare);
        QVERIFY(bareEhloNote(QStringLiteral("mx.example.org")).isEmpty());
    }

    void fqdnFromHostsFile()
    {
        const QByteArray hosts = "# a comment naming vm.wrong.example\n"
                                 "127.0.0.1\tlocalhost\n"
                                 "127.0.1.1   vm.example.org   vm   # the usual Debian line\n"
                                 "::1 localhost ip6-localhost\n";
        QCOMPARE(fqdnFromHostsText(hosts, QStringLiteral("vm")), QStringLiteral("vm.example.org"));
        QCOMPARE(fqdnFromHostsText(hosts, QStringLiteral("VM")), QStringLiteral("vm.example.org"));
        // The short name itself only as "name.domain" on the line.
        QCOMPARE(fqdnFromHostsText("10.0.0.5 mx1.lab.test\n", QStringLiteral("mx1")), QStringLiteral("mx1.lab.test"));
        // Lines that list the host only under a bare name give nothing, nor do other hosts'.
        QCOMPARE(fqdnFromHostsText("127.0.0.1 localhost\n127.0.0.1 vm\n", QStringLiteral("vm")), QString());
        QCOMPARE(fqdnFromHostsText("10.0.0.9 other.example.org other\n", QStringLiteral("vm")), QString());
        QCOMPARE(fqdnFromHostsText("garbage\n\n   \n127.0.0.1\n", QStringLiteral("vm")), QString());
        QCOMPARE(fqdnFromHostsText(hosts, QString()), QString());
    }
};

MAILTLS_TEST_MAIN(TestSmtpDialogue)
#include "test_smtp_dialogue.moc"
