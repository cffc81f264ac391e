// A scan as the CLI and the workbench run it (jobs/scan_job): the scanner's facts judged by the
// findings pipeline. A busy server ends up as smtp.rate_limited with the server's own answer
// as evidence; a host never reached gets no findings at all.

#include <QtTest>

#include <atomic>

#include "jobs/scan_job.h"
#include "scripted_peer.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::core;
using mailtls::test::RefusingPort;
using mailtls::test::ScriptedPeer;

class TestScanJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void busyServerIsReportedAsRateLimited()
    {
        std::atomic<int> accepted {0};
        ScriptedPeer peer(mailtls::test::busyThenRefusingTls(&accepted, 2));
        QVERIFY(peer.start());
        ScanOptions options;
        options.target = scanTargetForHost(QStringLiteral("127.0.0.1"), peer.port(), QStringLiteral("smtp"), 5000);
        options.versions = {QStringLiteral("TLSv1.2")};   // one lane: the two busy answers come first
        const Report r = runScan(options, CancelToken());

        QVERIFY2(r.outcome.completed, qPrintable(r.outcome.error));
        QCOMPARE(r.scan.retries, 2);
        QVERIFY(hasFinding(r.findings, QStringLiteral("smtp.rate_limited")));
        QVERIFY(findFinding(r.findings, QStringLiteral("smtp.rate_limited"))->evidence.contains(QLatin1String("421")));
    }

    void unreachableHostHasNoFindings()
    {
        RefusingPort refusing;   // nothing listens there
        QVERIFY(refusing.port() != 0);
        ScanOptions options;
        options.target = scanTargetForHost(QStringLiteral("127.0.0.1"), refusing.port(), QStringLiteral("smtp"), 2000);
        const Report r = runScan(options, CancelToken());
        QCOMPARE(outcomeWord(r.outcome.errorKind), QStringLiteral("connect"));
        QVERIFY(r.findings.isEmpty());   // nothing judged about a server we never reached
    }
};

MAILTLS_TEST_MAIN(TestScanJob)
#include "test_scan_job.moc"
