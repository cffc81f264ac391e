// Where the faces point the engines: SNI only for host names (RFC 6066 3), the dialect and
// implicit TLS that follow from a port, the target a session reports before it connects, and the
// scan target a session's settings mean. These rules used to be written in six places.

#include <QtTest>

#include "model/report.h"
#include "model/session_options.h"
#include "model/targets.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sniOnlyForNames_data();
    void sniOnlyForNames();
    void hostTargetFollowsThePort();
    void namedDialectOverridesThePort();
    void sessionBecomesScanTarget();
    void sessionWithoutSni();
    void plannedTargetBeforeConnecting();
};

void TestTargets::sniOnlyForNames_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("sni");
    QTest::newRow("name") << QStringLiteral("mx.example.org") << QStringLiteral("mx.example.org");
    QTest::newRow("bare word") << QStringLiteral("localhost") << QStringLiteral("localhost");
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.25") << QString();
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << QString();
    QTest::newRow("IPv6") << QStringLiteral("2001:db8::25") << QString();
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << QString();
}

void TestTargets::sniOnlyForNames()
{
    QFETCH(QString, host);
    QFETCH(QString, sni);
    QCOMPARE(defaultSniFor(host), sni);
    QCOMPARE(scanTargetForHost(host, 25).sni, sni);
}

void TestTargets::hostTargetFollowsThePort()
{
    const ScanTarget smtp = scanTargetForHost(QStringLiteral("mx.example.org"), 25);
    QCOMPARE(smtp.dialect, QStringLiteral("smtp"));
    QVERIFY(!smtp.implicitTls);
    const ScanTarget smtps = scanTargetForHost(QStringLiteral("mx.example.org"), 465);
    QCOMPARE(smtps.dialect, QStringLiteral("smtp"));
    QVERIFY(smtps.implicitTls);
    const ScanTarget lmtp = scanTargetForHost(QStringLiteral("mx.example.org"), 24);
    QCOMPARE(lmtp.dialect, QStringLiteral("lmtp"));
    QVERIFY(!lmtp.implicitTls);
    const ScanTarget slow = scanTargetForHost(QStringLiteral("mx.example.org"), 587, QString(), 2500);
    QCOMPARE(slow.timeoutMs, 2500);
    QCOMPARE(slow.bannerTimeoutMs, 2500);
    QCOMPARE(slow.port, quint16(587));
}

void TestTargets::namedDialectOverridesThePort()
{
    // Naming a dialect drops the port's implicit-TLS default; "none" is TLS from the first byte.
    const ScanTarget starttls = scanTargetForHost(QStringLiteral("mx.example.org"), 465, QStringLiteral("smtp"));
    QCOMPARE(starttls.dialect, QStringLiteral("smtp"));
    QVERIFY(!starttls.implicitTls);
    const ScanTarget bare = scanTargetForHost(QStringLiteral("mx.example.org"), 443, QStringLiteral("none"));
    QCOMPARE(bare.dialect, QStringLiteral("none"));
    QVERIFY(bare.implicitTls);
}

void TestTargets::sessionBecomesScanTarget()
{
    SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = 2525;
    o.dialect = QStringLiteral("lmtp");
    o.implicitTls = true;
    o.ehloName = QStringLiteral("probe.example");
    o.timeoutMs = 7000;
    o.sni = QStringLiteral("mx.example.org");   // a name given for an address: sent
    const ScanTarget t = scanTargetFor(o);
    QCOMPARE(t.host, o.host);
    QCOMPARE(t.port, o.port);
    QCOMPARE(t.dialect, o.dialect);
    QCOMPARE(t.implicitTls, true);
    QCOMPARE(t.ehloName, o.ehloName);
    QCOMPARE(t.timeoutMs, 7000);
    QCOMPARE(t.bannerTimeoutMs, 7000);
    QCOMPARE(t.sni, QStringLiteral("mx.example.org"));

    o.sni.clear();   // the host is an address: nothing to send
    QVERIFY(scanTargetFor(o).sni.isEmpty());
    o.host = QStringLiteral("mx.example.org");
    QCOMPARE(scanTargetFor(o).sni, QStringLiteral("mx.example.org"));
}

void TestTargets::sessionWithoutSni()
{
    SessionOptions o;
    o.host = QStringLiteral("mx.example.org");
    o.sendSni = false;
    QVERIFY(scanTargetFor(o).sni.isEmpty());
    QVERIFY(plannedTarget(o).sni.isEmpty());
}

void TestTargets::plannedTargetBeforeConnecting()
{
    SessionOptions o;
    o.host = QStringLiteral("mx.example.org");
    o.port = 25;
    Target t = plannedTarget(o);
    QCOMPARE(t.host, o.host);
    QCOMPARE(t.port, quint16(25));
    QCOMPARE(t.sni, QStringLiteral("mx.example.org"));
    QCOMPARE(t.servername, QStringLiteral("mx.example.org"));   // the certificate must match the host
    QVERIFY(t.address.isEmpty());                                  // not connected yet

    o.servername = QStringLiteral("mail.example.org");
    o.dialect = QStringLiteral("none");
    t = plannedTarget(o);
    QCOMPARE(t.servername, QStringLiteral("mail.example.org"));
    QVERIFY(t.implicitTls);   // a bare TLS service speaks TLS from the first byte

    o.host = QStringLiteral("192.0.2.1");
    QVERIFY(plannedTarget(o).sni.isEmpty());
}

MAILTLS_TEST_MAIN(TestTargets)
#include "test_targets.moc"
