// The host's connection budget (scan/host_limiter.h) on its own: the limit holds across
// threads, a busy answer lowers it to what was open minus one and spaces starts out, answers
// relax the spacing, the delay between starts holds, and a cancel ends a wait at once.

#include <QtTest>

#include <QElapsedTimer>

#include <atomic>
#include <thread>
#include <vector>

#include "base/cancel_token.h"
#include "scan/host_limiter.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestHostLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitHoldsAcrossThreads()
    {
        HostLimiter limiter(3, 0);
        CancelToken cancel;
        std::atomic<int> open{0}, most{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back([&] {
                for (int j = 0; j < 5; ++j) {
                    if (!limiter.acquire(cancel))
                        return;
                    const int now = ++open;
                    int seen = most.load();
                    while (now > seen && !most.compare_exchange_weak(seen, now)) {
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                    --open;
                    limiter.release();
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(most.load(), 3);
        QCOMPARE(limiter.limit(), 3);
    }

    void busyLowersLimitAndPaces()
    {
        HostLimiter limiter(4, 0);
        CancelToken cancel;
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.acquire(cancel));
        limiter.serverBusy();   // three were open when the server said busy
        QCOMPARE(limiter.limit(), 2);
        QCOMPARE(limiter.busyAnswers(), 1);
        QCOMPARE(limiter.pacingMs(), 50);
        limiter.serverBusy();
        QCOMPARE(limiter.pacingMs(), 100);
        QCOMPARE(limiter.busyAnswers(), 2);
        for (int i = 0; i < 3; ++i)
            limiter.release();
        limiter.serverAnswered();
        QCOMPARE(limiter.pacingMs(), 90);
        // Never below one connection, never more than 2 s between starts.
        for (int i = 0; i < 20; ++i)
            limiter.serverBusy();
        QCOMPARE(limiter.limit(), 1);
        QCOMPARE(limiter.pacingMs(), 2000);
    }

    void delaySpacesStarts()
    {
        HostLimiter limiter(4, 120);
        CancelToken cancel;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(limiter.acquire(cancel));
        QVERIFY(limiter.acquire(cancel));
        QVERIFY(limiter.acquire(cancel));
        QVERIFY2(clock.elapsed() >= 2 * 120 - 5, qPrintable(QString::number(clock.elapsed())));
    }

    void cancelEndsAWait()
    {
        HostLimiter limiter(1, 0);
        CancelToken cancel;
        QVERIFY(limiter.acquire(cancel));
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            cancel.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!limiter.acquire(cancel));   // the slot stays taken; the cancel ends the wait
        stopper.join();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!sleepCancellable(cancel, 1000));
    }
};

MAILTLS_TEST_MAIN(TestHostLimiter)
#include "test_host_limiter.moc"
