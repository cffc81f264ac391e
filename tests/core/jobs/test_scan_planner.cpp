// The scan's plan without a real TLS server: which suites go through OpenSSL, the
// hello count per version (ceil(suites / 128) per path when everything is refused), busy
// servers retried and reported rather than read as refusals, and the scan section's JSON.

#include <QtTest>

#include <atomic>

#include "report/json_report.h"
#include "catalog/cipher_catalog.h"
#include "jobs/scan_job.h"
#include "scan/scanner.h"
#include "scripted_peer.h"
#include "test_registry.h"

using namespace mailtls::core;
using mailtls::test::PeerConnection;
using mailtls::test::ScriptedPeer;

namespace {

int hellosToRefuseAll(const QString &version)
{
    // Hellos are filled to 128 suites whichever path sends them (ScanOptions::opensslWhenPossible false).
    const int suites = int(CipherCatalog::instance().forVersion(version).size());
    return (suites + 127) / 128;
}

SuiteInfo catalogSuite(quint16 code)
{
    const SuiteInfo *s = CipherCatalog::instance().byCode(code);
    return s ? *s : SuiteInfo();
}

} // namespace

class TestScanPlanner : public QObject
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
        ScriptedPeer peer([&accepted](PeerConnection &c) {
            if (accepted.fetch_add(1) < 2) {
                c.sendLine("421 4.7.0 mx.test Too many connections, try again later");
                c.close();
                return;
            }
            QByteArray line;
            c.sendLine("220 mx.test ESMTP");
            if (!c.readLine(&line))
                return;
            c.sendLine("250-mx.test");
            c.sendLine("250 STARTTLS");
            if (!c.readLine(&line) || line != "STARTTLS")
                return;
            c.sendLine("220 2.0.0 go ahead");
            QByteArray hello;
            if (!c.readTlsRecord(&hello))
                return;
            c.send(QByteArray::fromHex("15030300020228"));   // fatal handshake_failure
            c.close();
        });
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
        int lastDone = -1, lastTotal = -1;
        ScanEvents events;
        events.progress = [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        };
        const Report r = runScan(options, CancelToken(), events);

        QCOMPARE(r.kind, QStringLiteral("scan"));
        QVERIFY2(r.outcome.completed, qPrintable(r.outcome.error));
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
        QVERIFY(hasFinding(r.findings, QStringLiteral("smtp.rate_limited")));
        QVERIFY(findFinding(r.findings, QStringLiteral("smtp.rate_limited"))->evidence.contains(QLatin1String("421")));
        QCOMPARE(lastDone, hellos);
        QCOMPARE(lastTotal, hellos);
    }

    void unreachableHostIsAnError()
    {
        ScriptedPeer peer([](PeerConnection &) {});
        QVERIFY(peer.start());
        const quint16 port = peer.port();
        peer.stop();   // nothing listens there any more
        ScanOptions options;
        options.target.port = port;
        options.target.timeoutMs = 2000;
        options.versions = {QStringLiteral("TLSv1.2")};
        const Report r = runScan(options, CancelToken());
        QCOMPARE(r.outcome.errorKind, QStringLiteral("connect"));
        QVERIFY(!r.outcome.completed);
        QVERIFY(r.scan.protocols.isEmpty());   // nothing claimed about a server we never reached
        QVERIFY(r.findings.isEmpty());
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
        const Report r = runScan(options, cancel);
        canceller.join();
        QCOMPARE(r.outcome.errorKind, QStringLiteral("cancelled"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void jsonRoundTrip()
    {
        Report report;
        report.kind = QStringLiteral("scan");
        report.target.host = QStringLiteral("127.0.0.1");
        report.target.port = 25;
        ScanResult &scan = report.scan;
        scan.present = true;
        scan.protocols = {{QStringLiteral("SSLv2"), true}, {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), false}};
        scan.ciphers.insert(QStringLiteral("SSLv2"), {CipherCatalog::instance().sslv2ByCode(0x0700C0)->info});
        scan.ciphers.insert(QStringLiteral("TLSv1.2"), {catalogSuite(0xC030), catalogSuite(0x000A)});
        scan.serverPreference.insert(QStringLiteral("TLSv1.2"), true);
        scan.groups = {QStringLiteral("x25519"), QStringLiteral("ffdhe2048")};
        scan.dhBits = 2048;
        scan.certificateTypes = {QStringLiteral("RSA")};
        scan.connections = 12;
        scan.handshakes = 11;
        scan.retries = 1;
        const QByteArray json = reportToJsonBytes(report);
        QVERIFY(json.contains("\"code\": \"0xC030\""));
        QVERIFY(json.contains("\"code\": \"0x0700C0\""));
        QVERIFY(json.indexOf("\"scan\"") < json.indexOf("\"findings\""));
        Report back;
        QString error;
        QVERIFY2(reportFromJson(json, &back, &error), qPrintable(error));
        QVERIFY(back.scan.present);
        QCOMPARE(back.scan.protocols, scan.protocols);
        QCOMPARE(back.scan.serverPreference, scan.serverPreference);
        QCOMPARE(back.scan.groups, scan.groups);
        QCOMPARE(back.scan.dhBits, 2048);
        QCOMPARE(back.scan.certificateTypes, scan.certificateTypes);
        QCOMPARE(back.scan.connections, 12);
        QCOMPARE(back.scan.handshakes, 11);
        QCOMPARE(back.scan.retries, 1);
        const QList<SuiteInfo> tls12 = back.scan.ciphers.value(QStringLiteral("TLSv1.2"));
        QCOMPARE(tls12.size(), 2);
        QCOMPARE(tls12.at(0).code, quint16(0xC030));
        QCOMPARE(tls12.at(0).openssl, QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));
        QCOMPARE(tls12.at(0).grade, QStringLiteral("strong"));      // from the catalog
        QCOMPARE(tls12.at(1).enc, QStringLiteral("3DES-EDE-CBC"));
        QCOMPARE(back.scan.ciphers.value(QStringLiteral("SSLv2")).first().iana, QStringLiteral("SSL_CK_DES_192_EDE3_CBC_WITH_MD5"));
        QCOMPARE(reportToJsonBytes(back), json);
        // No scan: no "scan" key at all.
        Report session;
        QVERIFY(!reportToJsonBytes(session).contains("\"scan\""));
    }
};

MAILTLS_TEST_MAIN(TestScanPlanner)
#include "test_scan_planner.moc"
