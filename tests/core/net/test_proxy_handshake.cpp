// The proxy handshakes' reaction to what a proxy sends, byte by byte: a scripted peer on loopback
// plays the proxy (success through real proxies is tests/integration/test_proxy.cpp). SOCKS5:
// what we ask for (a name for the proxy to resolve, address literals), every reply code as a
// clear Error of the right kind (general failure: Busy), wrong versions, truncated and unknown
// answers, silence (timeout) and cancel. HTTP CONNECT: the Basic credentials sent, 2xx with the
// server's first bytes right behind it (not one byte of them swallowed), 407 / 429 / 503, a head
// without end or with too many lines (limits.h), a status line with control characters escaped.

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <thread>

#include "base/limits.h"
#include "net/connection.h"
#include "scripted_peer.h"
#include "test_registry.h"

using namespace mailtls::core;
using mailtls::test::PeerConnection;
using mailtls::test::ScriptedPeer;

namespace {

ProxyHop hop(ProxyHop::Protocol protocol, quint16 port, const QString &user = QString(), const QString &password = QString())
{
    ProxyHop h;
    h.protocol = protocol;
    h.host = QStringLiteral("127.0.0.1");
    h.port = port;
    h.user = user;
    h.password = password;
    return h;
}

// A SOCKS5 proxy that takes the greeting (no authentication) and the CONNECT request, then
// answers with `reply` (and whatever follows it).
ScriptedPeer::Script socksAnswering(const QByteArray &reply, bool thenClose = true)
{
    return [reply, thenClose](PeerConnection &c) {
        QByteArray greeting;
        if (!c.readExactly(3, &greeting))
            return;
        c.send(QByteArray("\x05\x00", 2));
        QByteArray head;
        if (!c.readExactly(4, &head))
            return;
        QByteArray rest;
        if (head.at(3) == 0x01)
            c.readExactly(4 + 2, &rest);
        else if (head.at(3) == 0x04)
            c.readExactly(16 + 2, &rest);
        else if (head.at(3) == 0x03 && c.readExactly(1, &rest))
            c.readExactly(uchar(rest.at(0)) + 2, &rest);
        c.send(reply);
        if (thenClose)
            c.close();
        else
            c.holdUntilClosed(5000);
    };
}

// An HTTP proxy that reads the request head and answers `answer`.
ScriptedPeer::Script httpAnswering(const QByteArray &answer, bool hold = false)
{
    return [answer, hold](PeerConnection &c) {
        QByteArray line;
        while (c.readLine(&line) && !line.isEmpty()) {
        }
        c.send(answer);
        if (hold)
            c.holdUntilClosed(5000);
        else
            c.close();
    };
}

Error connectThrough(ScriptedPeer &peer, ProxyHop::Protocol protocol, const QString &host = QStringLiteral("mail.example.org"),
                     int timeoutMs = 3000, Connection *keep = nullptr, const QString &user = QString())
{
    Connection own {CancelToken()};
    Connection &c = keep ? *keep : own;
    c.setProxy(hop(protocol, peer.port(), user, QStringLiteral("pw")));
    Error error;
    if (c.connectTo(host, 25, timeoutMs, &error))
        return Error();
    return error;
}

// What the client sent: the peer hands it over once its connection has ended.
QByteArray sentBy(const ScriptedPeer &peer)
{
    QElapsedTimer timer;
    timer.start();
    while (peer.received().isEmpty() && timer.elapsed() < 3000)
        QThread::msleep(10);
    return peer.received();
}

} // namespace

class TestProxyHandshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void socksSendsNamesForTheProxyToResolve()
    {
        ScriptedPeer peer(socksAnswering(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x19", 10) + "220 banner\r\n", false));
        QVERIFY(peer.start());
        Connection c {CancelToken()};
        const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5, QStringLiteral("mail.example.org"), 3000, &c);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(c.peerAddress(), QStringLiteral("via SOCKS5 127.0.0.1:%1").arg(peer.port()));
        // The server's first bytes came in the same segment as the reply: none is lost.
        QByteArray in;
        Error readError;
        while (!in.endsWith("\r\n"))
            QVERIFY2(c.readSome(&in, 2000, &readError), qPrintable(readError.message));
        QCOMPARE(in, QByteArray("220 banner\r\n"));
        c.close();
        // Greeting (no authentication only), then CONNECT with ATYP 3: the name, not an address.
        const QByteArray sent = sentBy(peer);
        QCOMPARE(sent.left(3), QByteArray("\x05\x01\x00", 3));
        QCOMPARE(sent.mid(3), QByteArray("\x05\x01\x00\x03\x10", 5) + "mail.example.org" + QByteArray("\x00\x19", 2));
    }

    void socksSendsAddressLiteralsAsAddresses()
    {
        const QByteArray ok("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x19", 10);
        {
            ScriptedPeer peer(socksAnswering(ok, false));
            QVERIFY(peer.start());
            QVERIFY(!connectThrough(peer, ProxyHop::Protocol::Socks5, QStringLiteral("192.0.2.7")).isError());
            QCOMPARE(sentBy(peer).mid(3), QByteArray("\x05\x01\x00\x01\xc0\x00\x02\x07\x00\x19", 10));
        }
        {
            ScriptedPeer peer(socksAnswering(ok, false));
            QVERIFY(peer.start());
            QVERIFY(!connectThrough(peer, ProxyHop::Protocol::Socks5, QStringLiteral("2001:db8::1")).isError());
            const QByteArray request = sentBy(peer).mid(3);
            QCOMPARE(request.left(4), QByteArray("\x05\x01\x00\x04", 4));
            QCOMPARE(request.size(), 4 + 16 + 2);
            QCOMPARE(request.mid(4, 2), QByteArray("\x20\x01", 2));
        }
    }

    void socksReplyCodesAreClearErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("1 general failure: busy") << 1 << int(ErrorKind::Busy) << QStringLiteral("general SOCKS server failure");
        QTest::newRow("2 ruleset") << 2 << int(ErrorKind::Refused) << QStringLiteral("not allowed by its rules");
        QTest::newRow("3 network") << 3 << int(ErrorKind::Unreachable) << QStringLiteral("network unreachable");
        QTest::newRow("4 host") << 4 << int(ErrorKind::Unreachable) << QStringLiteral("host unreachable");
        QTest::newRow("5 refused") << 5 << int(ErrorKind::Refused) << QStringLiteral("connection refused by destination");
        QTest::newRow("6 ttl") << 6 << int(ErrorKind::Timeout) << QStringLiteral("TTL expired");
        QTest::newRow("7 command") << 7 << int(ErrorKind::Protocol) << QStringLiteral("command not supported");
        QTest::newRow("8 address type") << 8 << int(ErrorKind::Protocol) << QStringLiteral("address type not supported");
        QTest::newRow("9 unassigned") << 9 << int(ErrorKind::Protocol) << QStringLiteral("unassigned");
        QTest::newRow("255 unassigned") << 255 << int(ErrorKind::Protocol) << QStringLiteral("unassigned");
    }

    void socksReplyCodesAreClearErrors()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        QFETCH(QString, words);
        // Only the first two bytes: a proxy may hang up right after the code.
        QByteArray reply("\x05", 1);
        reply.append(char(code));
        ScriptedPeer peer(socksAnswering(reply));
        QVERIFY(peer.start());
        const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5);
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.startsWith(QStringLiteral("the SOCKS5 proxy 127.0.0.1:%1 refused: ").arg(peer.port())), qPrintable(error.message));
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QVERIFY2(error.message.endsWith(QStringLiteral("(reply %1)").arg(code)), qPrintable(error.message));
    }

    void socksHostileAnswers()
    {
        {   // An HTTP proxy answering our SOCKS5 greeting.
            ScriptedPeer peer([](PeerConnection &c) {
                c.readSome(2000);
                c.send("HTTP/1.0 400 Bad Request\r\n\r\n");
                c.close();
            });
            QVERIFY(peer.start());
            const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5);
            QCOMPARE(error.kind, ErrorKind::Protocol);
            QVERIFY2(error.message.contains(QStringLiteral("does not speak SOCKS5")) && error.message.contains(QStringLiteral("http://")),
                     qPrintable(error.message));
        }
        {   // Truncated: one byte, then a close.
            ScriptedPeer peer([](PeerConnection &c) {
                c.readSome(2000);
                c.send(QByteArray("\x05", 1));
                c.close();
            });
            QVERIFY(peer.start());
            const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5);
            QCOMPARE(error.kind, ErrorKind::Closed);
            QVERIFY2(error.message.contains(QStringLiteral("in the middle of its answer")), qPrintable(error.message));
        }
        {   // A method we did not offer.
            ScriptedPeer peer([](PeerConnection &c) {
                c.readSome(2000);
                c.send(QByteArray("\x05\x02", 2));
                c.holdUntilClosed(3000);
            });
            QVERIFY(peer.start());
            const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5);
            QCOMPARE(error.kind, ErrorKind::Protocol);
            QVERIFY2(error.message.contains(QStringLiteral("did not offer")), qPrintable(error.message));
        }
        {   // Success with an unknown address type in the reply.
            ScriptedPeer peer(socksAnswering(QByteArray("\x05\x00\x00\x09\x01\x02\x03\x04", 8)));
            QVERIFY(peer.start());
            const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5);
            QCOMPARE(error.kind, ErrorKind::Protocol);
            QVERIFY2(error.message.contains(QStringLiteral("unknown address type")), qPrintable(error.message));
        }
        {   // Success whose bound address is cut short.
            ScriptedPeer peer(socksAnswering(QByteArray("\x05\x00\x00\x04\x20\x01", 6)));
            QVERIFY(peer.start());
            QCOMPARE(connectThrough(peer, ProxyHop::Protocol::Socks5).kind, ErrorKind::Closed);
        }
        {   // No methods acceptable, without and with a user.
            ScriptedPeer peer([](PeerConnection &c) {
                c.readSome(2000);
                c.send(QByteArray("\x05\xff", 2));
                c.holdUntilClosed(3000);
            });
            QVERIFY(peer.start());
            const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5);
            QCOMPARE(error.kind, ErrorKind::Refused);
            QVERIFY2(error.message.contains(QStringLiteral("wants a user name and password")), qPrintable(error.message));
        }
    }

    void socksUserNameAndPassword()
    {
        // RFC 1929: the sub-negotiation carries both; a non-zero status is a refusal naming the user.
        ScriptedPeer peer([](PeerConnection &c) {
            QByteArray greeting;
            if (!c.readExactly(4, &greeting))
                return;
            c.send(QByteArray("\x05\x02", 2));
            QByteArray auth;
            c.readExactly(1 + 1 + 5 + 1 + 2, &auth);
            c.send(QByteArray("\x01\x01", 2));
            c.close();
        });
        QVERIFY(peer.start());
        const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5, QStringLiteral("mx.example.org"), 3000, nullptr,
                                           QStringLiteral("alice"));
        QCOMPARE(error.kind, ErrorKind::Refused);
        QVERIFY2(error.message.contains(QStringLiteral("refused the user name or password (user alice)")), qPrintable(error.message));
        QVERIFY(!error.message.contains(QStringLiteral("pw")));
        QCOMPARE(sentBy(peer), QByteArray("\x05\x02\x00\x02\x01\x05" "alice\x02pw", 4 + 2 + 5 + 1 + 2));

        // Over-long credentials are refused before anything is sent.
        Connection c {CancelToken()};
        c.setProxy(hop(ProxyHop::Protocol::Socks5, peer.port(), QString(300, QLatin1Char('u')), QStringLiteral("pw")));
        Error longError;
        QVERIFY(!c.connectTo(QStringLiteral("mx.example.org"), 25, 2000, &longError));
        QCOMPARE(longError.kind, ErrorKind::Usage);
    }

    void silentProxyTimesOutAndCancelWakes()
    {
        ScriptedPeer peer([](PeerConnection &c) { c.holdUntilClosed(10000); });
        QVERIFY(peer.start());
        QElapsedTimer timer;
        timer.start();
        const Error error = connectThrough(peer, ProxyHop::Protocol::Socks5, QStringLiteral("mx.example.org"), 400);
        QCOMPARE(error.kind, ErrorKind::Timeout);
        QVERIFY2(error.message.contains(QStringLiteral("did not answer in time")), qPrintable(error.message));
        QVERIFY(timer.elapsed() < 3000);

        CancelToken token;
        Connection c {token};
        c.setProxy(hop(ProxyHop::Protocol::HttpConnect, peer.port()));
        std::thread canceller([token]() mutable {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            token.cancel();
        });
        timer.restart();
        Error cancelError;
        QVERIFY(!c.connectTo(QStringLiteral("mx.example.org"), 25, 10000, &cancelError));
        canceller.join();
        QCOMPARE(cancelError.kind, ErrorKind::Cancelled);
        QVERIFY(timer.elapsed() < 2000);
    }

    void httpConnectSendsBasicAndKeepsTheServersBytes()
    {
        ScriptedPeer peer(httpAnswering("HTTP/1.1 200 Connection established\r\nVia: test\r\n\r\n220 banner\r\n", true));
        QVERIFY(peer.start());
        Connection c {CancelToken()};
        const Error error = connectThrough(peer, ProxyHop::Protocol::HttpConnect, QStringLiteral("mx.example.org"), 3000, &c,
                                           QStringLiteral("bob"));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(c.peerAddress(), QStringLiteral("via HTTP CONNECT proxy 127.0.0.1:%1").arg(peer.port()));
        QByteArray in;
        Error readError;
        while (!in.endsWith("\r\n"))
            QVERIFY2(c.readSome(&in, 2000, &readError), qPrintable(readError.message));
        QCOMPARE(in, QByteArray("220 banner\r\n"));
        c.close();
        const QByteArray sent = sentBy(peer);
        QVERIFY2(sent.startsWith("CONNECT mx.example.org:25 HTTP/1.1\r\nHost: mx.example.org:25\r\n"), sent.constData());
        QVERIFY(sent.contains("Proxy-Authorization: Basic " + QByteArray("bob:pw").toBase64() + "\r\n"));
    }

    void httpRefusalsAndBusy_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("407") << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n") << int(ErrorKind::Refused)
                             << QStringLiteral("wants a user name and password");
        QTest::newRow("429") << QByteArray("HTTP/1.1 429 Too Many Requests\r\n\r\n") << int(ErrorKind::Busy)
                             << QStringLiteral("is busy: 429 Too Many Requests");
        QTest::newRow("503") << QByteArray("HTTP/1.0 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n") << int(ErrorKind::Busy)
                             << QStringLiteral("is busy: 503 Service Unavailable");
        QTest::newRow("403") << QByteArray("HTTP/1.1 403 Forbidden\r\n\r\n") << int(ErrorKind::Refused)
                             << QStringLiteral("refused: 403 Forbidden");
        QTest::newRow("504") << QByteArray("HTTP/1.1 504 Gateway Timeout\r\n\r\n") << int(ErrorKind::Timeout)
                             << QStringLiteral("in time: 504 Gateway Timeout");
        QTest::newRow("control characters escaped") << QByteArray("HTTP/1.1 500 \x1b[31mEVIL\r\n\r\n") << int(ErrorKind::Refused)
                                                    << QStringLiteral("500 \\x1b[31mEVIL");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << int(ErrorKind::Protocol)
                                  << QStringLiteral("did not answer as an HTTP proxy: \"SSH-2.0-OpenSSH\"");
        QTest::newRow("no code") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << int(ErrorKind::Protocol)
                                 << QStringLiteral("did not answer as an HTTP proxy");
        QTest::newRow("truncated") << QByteArray("HTTP/1.1 200 Conn") << int(ErrorKind::Closed)
                                   << QStringLiteral("in the middle of its answer");
        QTest::newRow("too many lines") << QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray("X: y\r\n").repeated(limits::kProxyReplyLines + 5) + "\r\n"
                                        << int(ErrorKind::Protocol) << QStringLiteral("header lines");
    }

    void httpRefusalsAndBusy()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        QFETCH(QString, words);
        ScriptedPeer peer(httpAnswering(answer));
        QVERIFY(peer.start());
        const Error error = connectThrough(peer, ProxyHop::Protocol::HttpConnect);
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
    }

    void httpEndlessHeadIsBounded()
    {
        // A head that never ends: cut at kProxyReplyBytes, not read on until memory runs out.
        ScriptedPeer peer([](PeerConnection &c) {
            QByteArray line;
            while (c.readLine(&line) && !line.isEmpty()) {
            }
            c.send("HTTP/1.1 200 OK\r\nX: ");
            const QByteArray chunk(4096, 'a');
            for (int i = 0; i < 64 && c.send(chunk); ++i) {
            }
            c.holdUntilClosed(5000);
        });
        QVERIFY(peer.start());
        const Error error = connectThrough(peer, ProxyHop::Protocol::HttpConnect);
        QCOMPARE(error.kind, ErrorKind::Protocol);
        QVERIFY2(error.message.contains(QStringLiteral("more than %1 bytes").arg(limits::kProxyReplyBytes)), qPrintable(error.message));
    }

    void unreachableProxyIsNamed()
    {
        ScriptedPeer peer([](PeerConnection &) {});
        QVERIFY(peer.start());
        const quint16 port = peer.port();
        peer.stop();
        Connection c {CancelToken()};
        c.setProxy(hop(ProxyHop::Protocol::Socks5, port));
        Error error;
        QVERIFY(!c.connectTo(QStringLiteral("mx.example.org"), 25, 2000, &error));
        QCOMPARE(error.kind, ErrorKind::Refused);
        QVERIFY2(error.message.startsWith(QStringLiteral("cannot reach the SOCKS5 proxy 127.0.0.1:%1").arg(port)), qPrintable(error.message));
        QVERIFY(error.messagePhrase.translatable());
        QCOMPARE(error.messagePhrase.english(), error.message);
    }
};

MAILTLS_TEST_MAIN(TestProxyHandshake)
#include "test_proxy_handshake.moc"
