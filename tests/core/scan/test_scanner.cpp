// The scanner's plan and facts without a real TLS server: which suites go through OpenSSL, the
// hello count per version (ceil(suites / 128) per path when everything is refused), a busy
// server retried and counted rather than read as refusing, an unreachable host, and a prompt
// stop on cancel. The scanner judges nothing: findings from a scan are tested in
// tests/core/diagnose/test_scan_rules.cpp and tests/core/jobs/test_scan_job.cpp.

#include <QtTest>

#include <atomic>
#include <thread>

#include "catalog/cipher_catalog.h"
#include "scan/scanner.h"
#include "scripted_peer.h"
#include "test_servers.h"
#include "base/limits.h"
#include "test_registry.h"

using namespace mailtls::core;
using mailtls::test::PeerConnection;
using mailtls::test::RefusingPort;
using mailtls::test::ScriptedPeer;

namespace {

int hellosToRefuseAll(const QString &version)
{
    // Hellos are filled to 128 suites whichever path sends them (ScanOptions::opensslWhenPossible false).
    const int suites = int(CipherCatalog::instance().forVersion(version).size());
    return (suites + 127) / 128;
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensslOfferableSets()
    {
        const QList<quint16> tls13 = opensslOfferableSuites(QStringLiteral("TLSv1.3"));
        QCOMPARE(QSet<quint16>(tls13.begin(), tls13.end()), (QSet<quint16> {0x1301, 0x1302, 0x1303, 0x1304, 0x1305}));
        const QList<quint16> tls12 = opensslOfferableSuites(QStringLiteral("TLSv1.2"));
        QVERIFY(tls12.contains(0xC030));
        QVERIFY(tls12.contains(0x009E));
        for (quint16 code : tls12)
            QVERIFY((code >> 8) != 0x13);
        QVERIFY(!opensslOfferableSuites(QStringLiteral("TLSv1")).contains(0xC030));   // GCM needs TLS 1.2
        QVERIFY(opensslOfferableSuites(QStringLiteral("SSLv3")).isEmpty());
    }

    void busyServerIsRetriedNotRefused()
    {
        std::atomic<int> accepted {0};
        ScriptedPeer peer(mailtls::test::busyThenRefusingTls(&accepted, 2));
        QString error;
        QVERIFY2(peer.start(&error), qPrintable(error));

        ScanOptions options;
        options.target.host = QStringLiteral("127.0.0.1");
        options.target.port = peer.port();
        options.target.ehloName = QStringLiteral("scanner.test");
        options.target.timeoutMs = 5000;
        options.versions = {QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
        options.maxConnections = 1;
        options.backoffInitialMs = 20;
        options.probeGroups = false;
        options.probeHygiene = false;   // the matrix's plan alone (hygiene: tests/integration/test_scan_hygiene.cpp)
        int lastDone = -1, lastTotal = -1;
        ScanCallbacks callbacks;
        callbacks.progress = [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        };
        Scanner scanner(options, CancelToken(), callbacks);
        const Report r = scanner.run();

        QCOMPARE(r.kind, QStringLiteral("scan"));
        QVERIFY2(r.outcome.completed, qPrintable(r.outcome.error));
        QCOMPARE(r.outcome.errorKind, ErrorKind::None);
        QVERIFY(r.scan.present);
        QCOMPARE(r.scan.retries, 2);
        const int hellos = hellosToRefuseAll(QStringLiteral("TLSv1.2")) + hellosToRefuseAll(QStringLiteral("TLSv1.3"));
        QCOMPARE(r.scan.handshakes, hellos);
        QCOMPARE(r.scan.connections, hellos + 2);
        QCOMPARE(peer.connectionCount(), hellos + 2);
        // Refused by alert: known "no"; the busy answers changed nothing.
        QCOMPARE(r.scan.protocols.value(QStringLiteral("TLSv1.2"), true), false);
        QCOMPARE(r.scan.protocols.value(QStringLiteral("TLSv1.3"), true), false);
        QVERIFY(!r.scan.protocols.contains(QStringLiteral("SSLv3")));   // not asked for: absent, not false
        QVERIFY(r.scan.ciphers.isEmpty());
        // The facts behind smtp.rate_limited; the finding itself is diagnose's.
        QVERIFY(r.scan.rateLimited);
        QVERIFY2(r.scan.busyReason.contains(QLatin1String("421")), qPrintable(r.scan.busyReason));
        QVERIFY(r.findings.isEmpty());
        QCOMPARE(lastDone, hellos);
        QCOMPARE(lastTotal, hellos);
    }

    void unreachableHostIsAnError()
    {
        RefusingPort refusing;   // nothing listens there
        QVERIFY(refusing.port() != 0);
        ScanOptions options;
        options.target.port = refusing.port();
        options.target.timeoutMs = 2000;
        options.versions = {QStringLiteral("TLSv1.2")};
        Scanner scanner(options, CancelToken());
        const Report r = scanner.run();
        QCOMPARE(outcomeWord(r.outcome.errorKind), QStringLiteral("connect"));
        QCOMPARE(r.outcome.errorKind, ErrorKind::Refused);
        QVERIFY2(r.outcome.error.startsWith(QLatin1String("cannot connect to 127.0.0.1 port")), qPrintable(r.outcome.error));
        QVERIFY(!r.outcome.completed);
        QVERIFY(!r.outcome.connected);
        QVERIFY(r.scan.protocols.isEmpty());   // nothing claimed about a server we never reached
        QCOMPARE(r.scan.handshakes, 0);
    }

    // A host that never greets is given up after kUnansweredConnections connections, in about
    // one --timeout when they run side by side, not after rounds of back-off.
    void silentHostGivenUpPromptly()
    {
        ScriptedPeer peer([](PeerConnection &c) { c.holdUntilClosed(10000); });
        QVERIFY(peer.start());
        ScanOptions options;
        options.target.port = peer.port();
        options.target.timeoutMs = 1000;
        options.target.bannerTimeoutMs = 1000;
        QElapsedTimer timer;
        timer.start();
        Scanner scanner(options, CancelToken());
        const Report r = scanner.run();
        QVERIFY(!r.outcome.completed);
        QVERIFY2(r.outcome.error.startsWith(QLatin1String("the server answered none of 3 connection(s) in a row: no greeting")),
                 qPrintable(r.outcome.error));
        // The property is the count: given up at the limit (plus the connections already on
        // their way), not after rounds of back-off (10 connections before). The time bound is
        // loose on purpose: a loaded CI machine must not make it fail.
        QVERIFY2(r.scan.connections <= limits::kUnansweredConnections + 3, qPrintable(QString::number(r.scan.connections)));
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.scan.handshakes, 0);
        // Silence is a timeout, as a session reports it; not "protocol".
        QCOMPARE(r.outcome.errorKind, ErrorKind::Timeout);
    }

    // A host busy for a moment (421 to every connection for its first 2 s, as an Exim full of
    // other clients' connections): the scan backs off, waits it out and scans, instead of giving
    // up after three quick busy answers.
    void busyForAMomentIsWaitedOut()
    {
        const auto refuse = mailtls::test::smtpThenTls({}, [](PeerConnection &c, const QByteArray &) {
            mailtls::test::hostile::refuseHandshake(c);
        });
        QElapsedTimer sinceStart;
        sinceStart.start();
        ScriptedPeer peer([&sinceStart, refuse](PeerConnection &c) {
            if (sinceStart.elapsed() < 2000) {
                c.sendLine("421 4.7.0 too many concurrent SMTP connections; please try again later");
                c.readSome(200);
                return;
            }
            refuse(c);
        });
        QVERIFY(peer.start());
        ScanOptions options;
        options.target.port = peer.port();
        options.target.timeoutMs = 3000;
        options.versions = {QStringLiteral("TLSv1.2")};
        options.probeGroups = false;
        options.probeHygiene = false;
        sinceStart.restart();
        Scanner scanner(options, CancelToken());
        const Report r = scanner.run();
        QVERIFY2(r.outcome.completed, qPrintable(r.outcome.error));
        QVERIFY2(r.scan.retries >= 3, qPrintable(QString::number(r.scan.retries)));
        QVERIFY(r.scan.rateLimited);
        QCOMPARE(r.scan.protocols.value(QStringLiteral("TLSv1.2"), true), false);
    }

    // A host busy on every connection is still given up, once the patience is spent: a busy
    // kind, not a timeout, after at least kBusyPatienceMs.
    void alwaysBusyGivenUpAfterPatience()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("421 4.7.0 too many connections");
            c.readSome(200);
        });
        QVERIFY(peer.start());
        ScanOptions options;
        options.target.port = peer.port();
        options.target.timeoutMs = 2000;
        options.versions = {QStringLiteral("TLSv1.2")};
        options.probeHygiene = false;
        QElapsedTimer timer;
        timer.start();
        Scanner scanner(options, CancelToken());
        const Report r = scanner.run();
        QVERIFY(!r.outcome.completed);
        QCOMPARE(r.outcome.errorKind, ErrorKind::Busy);
        QVERIFY2(r.outcome.error.contains(QRegularExpression(QStringLiteral(
                     "^the server answered none of \\d+ connection\\(s\\) in a row over [0-9.]+ s: the server is busy: 421"))),
                 qPrintable(r.outcome.error));
        QVERIFY2(timer.elapsed() >= limits::kBusyPatienceMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < limits::kBusyPatienceMs + 10000, qPrintable(QString::number(timer.elapsed())));
    }

    // Three busy answers while a fourth connection is still on its way, and that one is let in:
    // the host answered, so it is scanned, not given up.
    void answeredOnceIsNotGivenUp()
    {
        std::atomic<int> accepted {0};
        const auto refuse = mailtls::test::smtpThenTls({}, [](PeerConnection &c, const QByteArray &) {
            mailtls::test::hostile::refuseHandshake(c);
        });
        ScriptedPeer peer([&accepted, refuse](PeerConnection &c) {
            const int n = ++accepted;
            if (n <= 3) {
                c.pause(100);
                c.sendLine("421 4.7.0 too many connections");
                c.readSome(200);
                return;
            }
            if (n == 4)
                c.pause(600);   // greets after the three busy answers are in
            refuse(c);
        });
        QVERIFY(peer.start());
        ScanOptions options;
        options.target.port = peer.port();
        options.target.timeoutMs = 3000;
        options.versions = {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
        options.backoffInitialMs = 20;
        options.probeGroups = false;
        Scanner scanner(options, CancelToken());
        const Report r = scanner.run();
        QVERIFY2(r.outcome.completed, qPrintable(r.outcome.error));
        QVERIFY(r.scan.retries >= 3);
        QCOMPARE(r.scan.protocols.value(QStringLiteral("TLSv1.2"), true), false);
    }

    // Cleartext after the 220 to STARTTLS is counted per connection, as the session counts it.
    void bytesAfter220Counted()
    {
        mailtls::test::SmtpOpening opening;
        opening.goAhead = "220 2.0.0 go ahead\r\n250 injected-before-tls\r\n";
        ScriptedPeer peer(mailtls::test::smtpThenTls(opening, [](PeerConnection &c, const QByteArray &) {
            mailtls::test::hostile::refuseHandshake(c);
        }));
        QVERIFY(peer.start());
        ScanOptions options;
        options.target.port = peer.port();
        options.target.timeoutMs = 2000;
        options.versions = {QStringLiteral("TLSv1.2")};
        options.probeGroups = false;
        Scanner scanner(options, CancelToken());
        const Report r = scanner.run();
        QVERIFY2(r.outcome.completed, qPrintable(r.outcome.error));
        QVERIFY(r.scan.handshakes > 0);
        QCOMPARE(r.scan.bytesAfterStarttlsConnections, r.scan.handshakes);
        QCOMPARE(r.scan.bytesAfterStarttlsLargest, 25);
        QCOMPARE(r.scan.bytesAfterStarttls, 25 * r.scan.handshakes);
        QVERIFY(r.findings.isEmpty());   // facts only
    }

    // A ServerHello and then a close: neither accepted nor refused by alert; the fact says so.
    void brokenAfterServerHelloCounted()
    {
        ScriptedPeer peer(mailtls::test::smtpThenTls({}, [](PeerConnection &c, const QByteArray &) {
            mailtls::test::hostile::closeAfterServerHello(c);
        }));
        QVERIFY(peer.start());
        ScanOptions options;
        options.target.port = peer.port();
        options.target.timeoutMs = 2000;
        options.versions = {QStringLiteral("TLSv1.2")};
        options.probeGroups = false;
        options.opensslWhenPossible = true;   // as the CLI: OpenSSL's hello goes on after the ServerHello
        Scanner scanner(options, CancelToken());
        const Report r = scanner.run();
        QVERIFY2(r.outcome.completed, qPrintable(r.outcome.error));
        QVERIFY(r.scan.brokenAfterHello >= 1);
        QVERIFY2(r.scan.brokenAfterHelloFirst.startsWith(
                     QLatin1String("ServerHello received (TLSv1.2, TLS_RSA_WITH_AES_128_GCM_SHA256), then the server closed")),
                 qPrintable(r.scan.brokenAfterHelloFirst));
    }

    void cancelStopsPromptly()
    {
        ScriptedPeer peer([](PeerConnection &c) { c.holdUntilClosed(10000); });   // a tarpit: no banner
        QVERIFY(peer.start());
        ScanOptions options;
        options.target.port = peer.port();
        options.target.bannerTimeoutMs = 10000;
        CancelToken cancel;
        QElapsedTimer timer;
        timer.start();
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.cancel();
        });
        Scanner scanner(options, cancel);
        const Report r = scanner.run();
        canceller.join();
        QCOMPARE(outcomeWord(r.outcome.errorKind), QStringLiteral("cancelled"));
        QCOMPARE(r.outcome.error, QStringLiteral("cancelled by the user"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

MAILTLS_TEST_MAIN(TestScanner)
#include "test_scanner.moc"
