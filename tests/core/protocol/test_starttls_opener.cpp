// openForTls against scripted SMTP servers: how far the opening got, as status + error kind,
// word for word as scans print it. Ready after 220 to STARTTLS; busy (never "refused") for a
// 421 at any step, a hang-up before the greeting or during the dialogue, and a silent banner;
// STARTTLS not offered or refused (454); a greeting or EHLO refused; a server that does not
// speak SMTP; LMTP's LHLO; no dialogue at all for implicit TLS.

#include <QtTest>

#include <functional>

#include "protocol/starttls_opener.h"
#include "scripted_peer.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::core;
using mailtls::test::PeerConnection;
using mailtls::test::RefusingPort;
using mailtls::test::ScriptedPeer;

// What the scripted server says (outside any namespace, so it can travel in test data).
struct OpenerScript {
    QByteArray banner = "220 mx.test ESMTP";   // empty: close at once; "-": say nothing
    QList<QByteArray> ehloReply = {"250-mx.test", "250-PIPELINING", "250 STARTTLS"};
    QByteArray starttlsReply = "220 2.0.0 Ready to start TLS";
    bool closeAfterEhlo = false;
};
Q_DECLARE_METATYPE(OpenerScript)
Q_DECLARE_METATYPE(mailtls::core::AttemptStatus)
Q_DECLARE_METATYPE(mailtls::core::ErrorKind)

namespace {

ScriptedPeer::Script smtp(const OpenerScript &s)
{
    return [s](PeerConnection &c) {
        if (s.banner.isEmpty()) {
            c.close();
            return;
        }
        if (s.banner == "-") {
            c.holdUntilClosed(5000);
            return;
        }
        if (!c.sendLine(s.banner))
            return;
        QByteArray line;
        if (!c.readLine(&line))
            return;
        if (s.closeAfterEhlo) {
            c.close();
            return;
        }
        for (const QByteArray &l : s.ehloReply)
            c.sendLine(l);
        if (!c.readLine(&line))
            return;
        c.sendLine(s.starttlsReply);
        c.holdUntilClosed(5000);
    };
}

ScanTarget targetFor(quint16 port)
{
    ScanTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.ehloName = QStringLiteral("opener.test");
    t.timeoutMs = 3000;
    t.bannerTimeoutMs = 3000;
    return t;
}

OpenResult open(ScriptedPeer &peer, ScanTarget target = {})
{
    if (target.port == 25)
        target = targetFor(peer.port());
    Connection connection {CancelToken()};
    return openForTls(target, connection);
}

} // namespace

class TestStarttlsOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyAfterStarttls()
    {
        ScriptedPeer peer(smtp(OpenerScript()));
        QVERIFY(peer.start());
        ScanTarget target = targetFor(peer.port());
        Connection connection {CancelToken()};
        const OpenResult r = openForTls(target, connection);
        QCOMPARE(r.status, AttemptStatus::Completed);
        QVERIFY(r.ready());
        QCOMPARE(r.error.kind, ErrorKind::None);
        QVERIFY(r.connected);
        QCOMPARE(r.peerAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.banner, QStringLiteral("220 mx.test ESMTP"));
        QCOMPARE(r.lastReply.code, 220);
        QVERIFY(connection.isOpen());
        connection.close();
        peer.stop();
        QCOMPARE(peer.received(), QByteArray("EHLO opener.test\r\nSTARTTLS\r\n"));
    }

    void lmtpSaysLhlo()
    {
        ScriptedPeer peer(smtp(OpenerScript()));
        QVERIFY(peer.start());
        ScanTarget target = targetFor(peer.port());
        target.dialect = QStringLiteral("lmtp");
        QVERIFY(open(peer, target).ready());
        peer.stop();
        QVERIFY(peer.received().startsWith("LHLO opener.test\r\n"));
    }

    void implicitTlsNeedsNoDialogue()
    {
        ScriptedPeer peer([](PeerConnection &c) { c.holdUntilClosed(5000); });
        QVERIFY(peer.start());
        for (const bool bare : {true, false}) {
            ScanTarget target = targetFor(peer.port());
            if (bare)
                target.dialect = QStringLiteral("none");
            else
                target.implicitTls = true;
            const OpenResult r = open(peer, target);
            QCOMPARE(r.status, AttemptStatus::Completed);
            QVERIFY(r.banner.isEmpty());
        }
        peer.stop();
        QVERIFY(peer.received().isEmpty());
    }

    void howFarItGot_data()
    {
        QTest::addColumn<OpenerScript>("script");
        QTest::addColumn<AttemptStatus>("status");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("message");   // ending in ": " when only the start is certain
        auto row = [](const char *name, const std::function<void(OpenerScript &)> &change, AttemptStatus status, ErrorKind kind,
                      const QString &message) {
            OpenerScript s;
            change(s);
            QTest::newRow(name) << s << status << kind << message;
        };
        // Busy, never "refused": the server limits us.
        row("421 greeting", [](OpenerScript &s) { s.banner = "421 4.7.0 mx.test Too many connections, try again later"; },
            AttemptStatus::Busy, ErrorKind::Busy, QStringLiteral("the server is busy: 421 4.7.0 mx.test Too many connections, try again later"));
        row("closed before the greeting", [](OpenerScript &s) { s.banner.clear(); }, AttemptStatus::Busy, ErrorKind::Busy,
            QStringLiteral("the server closed the connection before its greeting"));
        row("silent banner", [](OpenerScript &s) { s.banner = "-"; }, AttemptStatus::Busy, ErrorKind::Busy,
            QStringLiteral("no greeting within 0.3 s"));
        row("hang-up after EHLO", [](OpenerScript &s) { s.closeAfterEhlo = true; }, AttemptStatus::Busy, ErrorKind::Busy,
            QStringLiteral("the server closed the connection after EHLO"));
        row("421 to EHLO", [](OpenerScript &s) { s.ehloReply = {"421 4.3.2 shutting down"}; }, AttemptStatus::Busy, ErrorKind::Busy,
            QStringLiteral("the server is busy: 421 4.3.2 shutting down"));
        row("421 to STARTTLS", [](OpenerScript &s) { s.starttlsReply = "421 4.7.0 try later"; }, AttemptStatus::Busy, ErrorKind::Busy,
            QStringLiteral("the server is busy: 421 4.7.0 try later"));
        // STARTTLS unavailable: a no from the server, not an error of ours.
        row("no STARTTLS", [](OpenerScript &s) { s.ehloReply = {"250-mx.test", "250 PIPELINING"}; }, AttemptStatus::Rejected,
            ErrorKind::StarttlsUnavailable, QStringLiteral("the server does not offer STARTTLS"));
        row("454 to STARTTLS", [](OpenerScript &s) { s.starttlsReply = "454 4.7.0 TLS not available due to local problem"; },
            AttemptStatus::Rejected, ErrorKind::StarttlsUnavailable,
            QStringLiteral("STARTTLS was refused: 454 4.7.0 TLS not available due to local problem"));
        // A dialogue that cannot go on.
        row("554 greeting", [](OpenerScript &s) { s.banner = "554 5.7.1 no service for you"; }, AttemptStatus::Failed, ErrorKind::Protocol,
            QStringLiteral("the server refused the session in its greeting: 554 5.7.1 no service for you"));
        row("EHLO refused", [](OpenerScript &s) { s.ehloReply = {"500 5.5.1 command unrecognized"}; }, AttemptStatus::Failed,
            ErrorKind::Protocol, QStringLiteral("EHLO was refused: 500 5.5.1 command unrecognized"));
        row("not SMTP", [](OpenerScript &s) { s.banner = "SSH-2.0-OpenSSH_9.2"; }, AttemptStatus::Failed, ErrorKind::Protocol,
            QStringLiteral("the server does not speak SMTP: "));
    }

    void howFarItGot()
    {
        QFETCH(OpenerScript, script);
        QFETCH(AttemptStatus, status);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, message);
        ScriptedPeer peer(smtp(script));
        QVERIFY(peer.start());
        ScanTarget target = targetFor(peer.port());
        target.bannerTimeoutMs = 300;
        const OpenResult r = open(peer, target);
        QCOMPARE(r.status, status);
        QCOMPARE(r.error.kind, kind);
        if (message.endsWith(QLatin1String(": ")))
            QVERIFY2(r.error.message.startsWith(message), qPrintable(r.error.message));
        else
            QCOMPARE(r.error.message, message);
        QVERIFY(r.connected);
        QVERIFY(!r.ready());
        // Only silence is "no greeting": no word from the server, so no evidence of a limit.
        QCOMPARE(r.noGreeting, message.startsWith(QLatin1String("no greeting within")));
    }

    void nothingListens()
    {
        RefusingPort refusing;
        QVERIFY(refusing.port() != 0);
        Connection connection {CancelToken()};
        const OpenResult r = openForTls(targetFor(refusing.port()), connection);
        QCOMPARE(r.status, AttemptStatus::Failed);
        QCOMPARE(r.error.kind, ErrorKind::Refused);
        QVERIFY(!r.connected);
        QCOMPARE(r.error.message, QStringLiteral("cannot connect to 127.0.0.1 port %1: Connection refused").arg(refusing.port()));
    }

    void cancelled()
    {
        ScriptedPeer peer([](PeerConnection &c) { c.holdUntilClosed(5000); });
        QVERIFY(peer.start());
        CancelToken cancel;
        cancel.cancel();
        Connection connection(cancel);
        const OpenResult r = openForTls(targetFor(peer.port()), connection);
        QCOMPARE(r.status, AttemptStatus::Cancelled);
        QCOMPARE(r.error.kind, ErrorKind::Cancelled);
    }
};

MAILTLS_TEST_MAIN(TestStarttlsOpener)
#include "test_starttls_opener.moc"
