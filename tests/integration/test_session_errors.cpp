// The session engine against peers that misbehave: nothing listening, silence, a web server,
// an endless line, a hang-up in the middle of the handshake. Each must end quickly with the
// right kind of error and a sentence for the user — never a hang, never a crash.

#include <QTest>

#include <QElapsedTimer>

#include <thread>

#include "model/finding.h"
#include "jobs/session_job.h"
#include "scripted_peer.h"
#include "session_checks.h"
#include "test_pki.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;
using core::LineDirection;

namespace {

// Greets, answers EHLO with STARTTLS, accepts STARTTLS; `afterReady` decides what happens next.
ScriptedPeer::Script starttlsThen(std::function<void(PeerConnection &)> afterReady)
{
    return [afterReady](PeerConnection &c) {
        c.sendLine("220 scripted.test ESMTP");
        QByteArray line;
        if (!c.readLine(&line))
            return;
        c.sendLine("250-scripted.test");
        c.sendLine("250-PIPELINING");
        c.sendLine("250 STARTTLS");
        if (!c.readLine(&line) || !line.toUpper().startsWith("STARTTLS"))
            return;
        c.sendLine("220 2.0.0 go ahead");
        afterReady(c);
    };
}

} // namespace

class TestSessionErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionRefused();
    void silentServerTimesOut();
    void httpBannerIsNotSmtp();
    void refusingGreeting();
    void megabyteLine();
    void endlessLineWithoutNewline();
    void closedAfterClientHello_data();
    void closedAfterClientHello();
    void garbageInsteadOfServerHello();
    void truncatedServerHelloIsNotSilence();
    void dataAfterStarttlsGoAhead();
    void starttlsRefused();
    void cancelWhileWaiting();
};

void TestSessionErrors::initTestCase()
{
    QVERIFY2(TestPki::instance().ok(), qPrintable(TestPki::instance().error()));
}

void TestSessionErrors::connectionRefused()
{
    const RefusingPort refusing;
    QElapsedTimer clock;
    clock.start();
    const core::Report r = runSession(localSessionOptions(refusing.port()));
    VERIFY_REPORT(clock.elapsed() < 2000, r);
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("connect"));
    VERIFY_REPORT(!r.outcome.connected && !r.outcome.completed, r);
    VERIFY_REPORT(!r.outcome.error.isEmpty(), r);
    VERIFY_REPORT(!r.tls.attempted, r);
    // An unreachable server is an error of the run, not a diagnosis of the server.
    VERIFY_REPORT(r.findings.isEmpty(), r);
}

void TestSessionErrors::silentServerTimesOut()
{
    ScriptedPeer peer([](PeerConnection &c) { c.holdUntilClosed(); });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));

    core::SessionOptions o = localSessionOptions(peer.port());
    o.timeoutMs = 1500;
    QElapsedTimer clock;
    clock.start();
    const core::Report r = runSession(o);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("timeout"));
    VERIFY_REPORT(elapsed >= 1400 && elapsed < 3000, r);
    VERIFY_REPORT(r.outcome.connected && !r.outcome.completed, r);
    VERIFY_REPORT(!r.outcome.error.isEmpty(), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("starttls.not_offered")), r);
}

void TestSessionErrors::httpBannerIsNotSmtp()
{
    ScriptedPeer peer([](PeerConnection &c) {
        c.send("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        c.holdUntilClosed(5000);
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const core::Report r = runSession(localSessionOptions(peer.port()));
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("protocol"));
    VERIFY_REPORT(r.outcome.error.contains(QLatin1String("SMTP")), r);
    VERIFY_REPORT(clock.elapsed() < 3000, r);
    VERIFY_REPORT(transcriptContains(r, QStringLiteral("HTTP/1.1 400 Bad Request")), r);   // what it said instead
    VERIFY_REPORT(firstLineOf(r, LineDirection::Client) < 0, r);   // we said nothing to it
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("starttls.not_offered")), r);
}

void TestSessionErrors::refusingGreeting()
{
    ScriptedPeer peer([](PeerConnection &c) {
        c.sendLine("421 4.7.0 scripted.test too many connections, try later");
        c.holdUntilClosed(5000);
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    const core::Report r = runSession(localSessionOptions(peer.port()));
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("protocol"));
    VERIFY_REPORT(r.outcome.error.contains(QLatin1String("421")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("starttls.not_offered")), r);
    // Busy, not a refusal of TLS: a fleet retries it; the reply is kept and read for its cause.
    QCOMPARE(r.outcome.errorKind, core::ErrorKind::Busy);
    QCOMPARE(r.outcome.refusal.step, QStringLiteral("greeting"));
    QCOMPARE(r.outcome.refusal.reply, QStringLiteral("421 4.7.0 scripted.test too many connections, try later"));
    QCOMPARE(r.outcome.refusal.cause, QStringLiteral("rate_limit"));
}

void TestSessionErrors::megabyteLine()
{
    ScriptedPeer peer([](PeerConnection &c) {
        c.send("220-" + QByteArray(1024 * 1024, 'A') + "\r\n220 scripted.test ESMTP\r\n");
        c.holdUntilClosed(10000);
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const core::Report r = runSession(localSessionOptions(peer.port()));   // 10 s deadline per step
    VERIFY_REPORT(clock.elapsed() < 5000, r);
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("protocol"));
    VERIFY_REPORT(!r.outcome.error.isEmpty() && r.outcome.error.size() < 400, r);
    VERIFY_REPORT(r.outcome.error.contains(QLatin1String("line"), Qt::CaseInsensitive), r);
    // The transcript does not carry a megabyte of 'A's.
    qsizetype transcriptBytes = 0;
    for (const core::TranscriptLine &line : r.transcript)
        transcriptBytes += line.text.size();
    VERIFY_REPORT(transcriptBytes < 64 * 1024, r);
}

void TestSessionErrors::endlessLineWithoutNewline()
{
    // A stream that never ends a line must be cut off at the line limit, not buffered until the
    // deadline (or until memory runs out).
    ScriptedPeer peer([](PeerConnection &c) {
        const QByteArray chunk(64 * 1024, 'B');
        c.send("220-");
        for (int i = 0; i < 256 && !c.stopping(); ++i) {   // up to 16 MiB
            if (!c.send(chunk))
                return;   // the client hung up: good
        }
        c.holdUntilClosed(10000);
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const core::Report r = runSession(localSessionOptions(peer.port()));   // 10 s deadline per step
    VERIFY_REPORT(clock.elapsed() < 5000, r);
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("protocol"));
    VERIFY_REPORT(r.outcome.error.size() < 400, r);
}

void TestSessionErrors::closedAfterClientHello_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("FIN") << false;
    QTest::newRow("RST") << true;
}

void TestSessionErrors::closedAfterClientHello()
{
    QFETCH(bool, reset);
    QByteArray clientHello;
    ScriptedPeer peer(starttlsThen([&clientHello, reset](PeerConnection &c) {
        QByteArray record;
        if (c.readTlsRecord(&record))
            clientHello = record;
        c.close(reset);
    }));
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const core::Report r = runSession(localSessionOptions(peer.port()));
    peer.stop();

    VERIFY_REPORT(clock.elapsed() < 5000, r);
    QVERIFY2(clientHello.size() > 5 && clientHello.at(0) == 0x16 && clientHello.at(5) == 0x01,
             qPrintable(QString::fromLatin1(clientHello.left(16).toHex())));   // it was a ClientHello
    VERIFY_REPORT(r.smtp.starttlsAccepted, r);
    VERIFY_REPORT(r.tls.attempted && !r.tls.established, r);
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("tls"));
    VERIFY_REPORT(!r.outcome.error.isEmpty() && !r.tls.error.isEmpty(), r);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("C"), QStringLiteral("ClientHello")), r);
    VERIFY_REPORT(!handshakeHas(r, QStringLiteral("S"), QStringLiteral("ServerHello")), r);
    // "TLS cannot start after 220" is starttls.rejected; tls.handshake_failed is also fair.
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("starttls.rejected"))
                      || core::hasFinding(r.findings, QStringLiteral("tls.handshake_failed")),
                  r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("client_cert.required")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("starttls.not_offered")), r);
}

void TestSessionErrors::garbageInsteadOfServerHello()
{
    ScriptedPeer peer(starttlsThen([](PeerConnection &c) {
        QByteArray record;
        c.readTlsRecord(&record);
        c.sendLine("500 5.5.1 this is not TLS at all");
        c.holdUntilClosed(5000);
    }));
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const core::Report r = runSession(localSessionOptions(peer.port()));
    VERIFY_REPORT(clock.elapsed() < 5000, r);
    VERIFY_REPORT(r.tls.attempted && !r.tls.established, r);
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("tls"));
    VERIFY_REPORT(!r.outcome.error.isEmpty(), r);
}

// 16 bytes of a ServerHello, then the close: the finding says bytes came, not "nothing".
void TestSessionErrors::truncatedServerHelloIsNotSilence()
{
    ScriptedPeer peer(starttlsThen([](PeerConnection &c) {
        QByteArray record;
        c.readTlsRecord(&record);
        c.send(QByteArray::fromHex("160303004a") + QByteArray::fromHex("020000460303aabbccddee"));
        c.close();
    }));
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    const core::Report r = runSession(localSessionOptions(peer.port()));
    VERIFY_REPORT(r.tls.attempted && !r.tls.established, r);
    QCOMPARE(r.tls.serverBytes, qint64(16));
    const auto f = std::find_if(r.findings.cbegin(), r.findings.cend(),
                                [](const core::Finding &x) { return x.id == QLatin1String("starttls.rejected"); });
    QVERIFY(f != r.findings.cend());
    QVERIFY2(f->detail.contains(QLatin1String("16 byte(s)")), qPrintable(f->detail));
    QVERIFY2(!f->detail.contains(QLatin1String("no TLS handshake at all")), qPrintable(f->detail));
}

// "220 go ahead" followed by a reply that belongs to no command: the bytes are discarded, noted,
// and raised as starttls.data_after_220 (the STARTTLS command-injection flaw's sign).
void TestSessionErrors::dataAfterStarttlsGoAhead()
{
    ScriptedPeer peer([](PeerConnection &c) {
        c.sendLine("220 inject.test ESMTP");
        QByteArray line;
        while (c.readLine(&line)) {
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO") {
                c.send("250-inject.test\r\n250 STARTTLS\r\n");
            } else if (verb == "STAR") {
                c.send("220 go ahead\r\n250 injected-before-tls\r\n");
                c.readSome(2000);
                c.close();
                return;
            } else {
                c.sendLine("250 ok");
            }
        }
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    const core::Report r = runSession(localSessionOptions(peer.port()));
    QCOMPARE(r.smtp.bytesAfterStarttls, 25);
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("starttls.data_after_220")), r);
}

void TestSessionErrors::starttlsRefused()
{
    ScriptedPeer peer([](PeerConnection &c) {
        c.sendLine("220 scripted.test ESMTP");
        QByteArray line;
        while (c.readLine(&line)) {
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO")
                c.send("250-scripted.test\r\n250 STARTTLS\r\n");
            else if (verb == "STAR")
                c.sendLine("454 4.7.0 TLS not available due to temporary reason");
            else if (verb == "QUIT") {
                c.sendLine("221 bye");
                return;
            } else
                c.sendLine("250 ok");
        }
    });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    const core::Report r = runSession(localSessionOptions(peer.port()));
    VERIFY_REPORT(r.smtp.starttlsOffered && !r.smtp.starttlsAccepted, r);
    VERIFY_REPORT(r.smtp.starttlsReply.startsWith(QLatin1String("454")), r);
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("starttls.rejected")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("starttls.not_offered")), r);
    VERIFY_REPORT(!r.tls.established, r);
    QCOMPARE(r.outcome.refusal.step, QStringLiteral("starttls"));
    QCOMPARE(r.outcome.refusal.cause, QStringLiteral("tls_unavailable"));
    VERIFY_REPORT(r.outcome.errorKind == core::ErrorKind::None, r);
}

void TestSessionErrors::cancelWhileWaiting()
{
    ScriptedPeer peer([](PeerConnection &c) { c.holdUntilClosed(); });
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    core::SessionOptions o = localSessionOptions(peer.port());
    o.timeoutMs = 20000;
    core::CancelToken cancel;
    std::thread canceller([cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    const core::Report r = core::runSession(o, cancel);
    canceller.join();
    VERIFY_REPORT(clock.elapsed() < 2000, r);
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("cancelled"));
}

MAILTLS_TEST_MAIN(TestSessionErrors)
#include "test_session_errors.moc"
