// A proxy at its limit is a busy answer, not the server refusing: the STARTTLS opening (what
// every scan connection goes through) reports AttemptStatus::Busy for a SOCKS5 general failure
// and for HTTP 429 / 503, so the scanner backs off and retries; a SOCKS5 "connection refused
// by destination" stays a failure. The proxy is a scripted loopback peer (its bytes are the
// point); sessions and scans through real proxies are tests/integration/test_proxy.cpp.

#include <QtTest>

#include "protocol/starttls_opener.h"
#include "scripted_peer.h"
#include "test_registry.h"

using namespace mailtls::core;
using mailtls::test::PeerConnection;
using mailtls::test::ScriptedPeer;

namespace {

ScriptedPeer::Script socksReplying(char code)
{
    return [code](PeerConnection &c) {
        QByteArray bytes;
        if (!c.readExactly(3, &bytes))
            return;
        c.send(QByteArray("\x05\x00", 2));
        if (!c.readExactly(4 + 1, &bytes))   // VER CMD RSV ATYP=3 LEN
            return;
        c.readExactly(uchar(bytes.at(4)) + 2, &bytes);
        QByteArray reply("\x05", 1);
        reply.append(code);
        reply.append(QByteArray("\x00\x01\x00\x00\x00\x00\x00\x00", 8));
        c.send(reply);
        c.close();
    };
}

ScriptedPeer::Script httpAnswering(const QByteArray &status)
{
    return [status](PeerConnection &c) {
        QByteArray line;
        while (c.readLine(&line) && !line.isEmpty()) {
        }
        c.send(status + "\r\nContent-Length: 0\r\n\r\n");
        c.close();
    };
}

OpenResult openThrough(const ScriptedPeer &peer, ProxySettings::Kind kind)
{
    ScanTarget target = scanTargetForHost(QStringLiteral("mx.example.org"), 25, QString(), 3000);
    target.proxy.kind = kind;
    target.proxy.host = QStringLiteral("127.0.0.1");
    target.proxy.port = peer.port();
    Connection connection {CancelToken()};
    return openForTls(target, connection);
}

} // namespace

class TestProxyBusy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void busyProxyIsBusy_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("SOCKS5 general failure") << int(ProxySettings::Kind::Socks5) << QByteArray("\x01", 1);
        QTest::newRow("HTTP 429") << int(ProxySettings::Kind::HttpConnect) << QByteArray("HTTP/1.1 429 Too Many Requests");
        QTest::newRow("HTTP 503") << int(ProxySettings::Kind::HttpConnect) << QByteArray("HTTP/1.1 503 Service Unavailable");
    }

    void busyProxyIsBusy()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, answer);
        ScriptedPeer peer(kind == int(ProxySettings::Kind::Socks5) ? socksReplying(answer.at(0)) : httpAnswering(answer));
        QVERIFY(peer.start());
        const OpenResult r = openThrough(peer, ProxySettings::Kind(kind));
        QCOMPARE(r.status, AttemptStatus::Busy);
        QCOMPARE(r.error.kind, ErrorKind::Busy);
        QVERIFY(!r.connected);
    }

    void refusedDestinationIsAFailure()
    {
        ScriptedPeer peer(socksReplying(0x05));
        QVERIFY(peer.start());
        const OpenResult r = openThrough(peer, ProxySettings::Kind::Socks5);
        QCOMPARE(r.status, AttemptStatus::Failed);
        QCOMPARE(r.error.kind, ErrorKind::Refused);
        QVERIFY2(r.error.message.contains(QStringLiteral("connection refused by destination (reply 5)")), qPrintable(r.error.message));
    }
};

MAILTLS_TEST_MAIN(TestProxyBusy)
#include "test_proxy_busy.moc"
