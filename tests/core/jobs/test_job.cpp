// The one off-thread runner: work runs on a thread of its own, results and posts come back on
// the owner's thread in order, cancel reaches the work at once, a dropped job reaches nobody,
// and main() can wait for every job thread. JobSlot: one current job, older ones ignored.

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <poll.h>

#include <atomic>
#include <memory>

#include "jobs/job.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

// Blocks like a network wait does: until the token's descriptor is readable or ms pass.
bool waitCancelled(const CancelToken &cancel, int ms)
{
    pollfd p {cancel.wakeFd(), POLLIN, 0};
    ::poll(&p, 1, ms);
    return cancel.isCancelled();
}

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultArrivesOnTheOwnersThread();
    void postsArriveInOrderBeforeTheResult();
    void cancelReachesABlockedWaitAtOnce();
    void droppedJobReachesNobody();
    void waitForAllWaitsForDroppedThreads();
    void slotIgnoresOlderJobs();
};

void TestJob::resultArrivesOnTheOwnersThread()
{
    QObject owner;
    Qt::HANDLE workThread = nullptr;
    Qt::HANDLE doneThread = nullptr;
    int result = 0;
    Job *job = Job::start<int>(
        &owner,
        [&workThread](JobContext &) {
            workThread = QThread::currentThreadId();
            return 42;
        },
        [&](const int &value) {
            doneThread = QThread::currentThreadId();
            result = value;
        });
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(job->isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(result, 42);
    QCOMPARE(doneThread, QThread::currentThreadId());
    QVERIFY(workThread != QThread::currentThreadId());
    QVERIFY(!job->isRunning());
}

void TestJob::postsArriveInOrderBeforeTheResult()
{
    QObject owner;
    QStringList seen;
    // Posts carrying data, like the lines of a transcript as they happen, then the result.
    Job *job = Job::start<QString>(
        &owner,
        [&seen](JobContext &ctx) {
            for (int i = 0; i < 50; ++i)
                ctx.post([i, &seen] { seen << QString::number(i); });
            return QStringLiteral("done");
        },
        [&seen](const QString &value) { seen << value; });
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(seen.size(), 51);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(seen.at(i), QString::number(i));
    QCOMPARE(seen.last(), QStringLiteral("done"));
}

void TestJob::cancelReachesABlockedWaitAtOnce()
{
    QObject owner;
    bool sawCancel = false;
    Job *job = Job::start<bool>(
        &owner, [](JobContext &ctx) { return waitCancelled(ctx.cancelToken(), 30000); },
        [&sawCancel](const bool &cancelled) { sawCancel = cancelled; });
    QSignalSpy finished(job, &Job::finished);
    QTest::qWait(50);
    QElapsedTimer timer;
    timer.start();
    job->cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(sawCancel);
}

void TestJob::droppedJobReachesNobody()
{
    auto reached = std::make_shared<std::atomic<int>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    {
        QObject owner;
        Job::start<int>(
            &owner,
            [cancelled](JobContext &ctx) {
                *cancelled = waitCancelled(ctx.cancelToken(), 10000);
                ctx.post([] {});
                return 1;
            },
            [reached](const int &) { ++*reached; });
        QTest::qWait(20);
    }   // the owner goes: its job is cancelled and cut off
    QVERIFY(Job::waitForAll(5000));
    QTest::qWait(50);   // anything posted would be delivered by now
    QVERIFY(cancelled->load());
    QCOMPARE(reached->load(), 0);
}

void TestJob::waitForAllWaitsForDroppedThreads()
{
    auto ended = std::make_shared<std::atomic<bool>>(false);
    {
        QObject owner;
        Job::run(&owner, [ended](JobContext &) {
            QThread::msleep(300);   // work that does not watch its token (a file being written)
            *ended = true;
        });
    }
    QVERIFY(!ended->load());
    QVERIFY(Job::runningThreads() >= 1);
    QVERIFY(Job::waitForAll(5000));
    QVERIFY(ended->load());
    QCOMPARE(Job::runningThreads(), 0);
}

void TestJob::slotIgnoresOlderJobs()
{
    QObject owner;
    JobSlot slot;
    QStringList delivered;
    auto startOne = [&](const QString &name, int ms) {
        const std::function<bool()> current = slot.next();
        slot.hold(Job::start<QString>(
            &owner,
            [name, ms](JobContext &ctx) {
                waitCancelled(ctx.cancelToken(), ms);
                return name;
            },
            [&delivered, &slot, current](const QString &value) {
                if (!current())
                    return;
                slot.finished();
                delivered << value;
            }));
    };
    startOne(QStringLiteral("first"), 10000);
    QVERIFY(slot.isBusy());
    startOne(QStringLiteral("second"), 100);   // the first is cancelled and dropped
    QVERIFY(slot.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!slot.isBusy(), 5000);
    QCOMPARE(delivered, QStringList{QStringLiteral("second")});
    QTRY_COMPARE_WITH_TIMEOUT(slot.finishingCount(), 0, 5000);

    startOne(QStringLiteral("third"), 10000);
    slot.cancelAll();
    QVERIFY(!slot.isBusy());
    QVERIFY(Job::waitForAll(5000));
    QTest::qWait(50);
    QCOMPARE(delivered, QStringList{QStringLiteral("second")});
}

MAILTLS_TEST_MAIN(TestJob)
#include "test_job.moc"
