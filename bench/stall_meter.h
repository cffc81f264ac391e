#pragma once

// The event-loop stall meter the workbench benchmarks share (bench/event_loop_stall.cpp,
// bench/fleet_stall.cpp): a 1 ms timer on the GUI thread notes the gap between its own ticks,
// and every gap above the tick is a stall.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace mailtls::bench {

// Ticks every millisecond on the GUI thread; a late tick means the loop was busy elsewhere.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(1);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] {
            const qint64 now = clock_.nsecsElapsed();
            if (last_ >= 0) {
                const double gap = double(now - last_) / 1e6;
                gaps_.push_back(gap);
                if (gap > worst_) {
                    worst_ = gap;
                    worstAtMs_ = double(last_) / 1e6;
                }
            }
            last_ = now;
        });
    }
    void start()
    {
        gaps_.clear();
        worst_ = 0;
        worstAtMs_ = 0;
        last_ = -1;
        clock_.start();
        timer_.start();
    }
    std::vector<double> stop()
    {
        timer_.stop();
        return gaps_;
    }
    // When (ms after start()) the longest gap began: to tell which step of a phase stalled.
    double worstAtMs() const { return worstAtMs_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = -1;
    std::vector<double> gaps_;
    double worst_ = 0;
    double worstAtMs_ = 0;
};

struct Phase {
    const char *name;
    std::vector<double> gaps;
    double seconds = 0;
    double worstAtMs = -1;   // -1: not recorded (the total)
};

inline void print(const Phase &p)
{
    std::vector<double> g = p.gaps;
    std::sort(g.begin(), g.end());
    const double longest = g.empty() ? 0 : g.back();
    const double p99 = g.empty() ? 0 : g[size_t(double(g.size() - 1) * 0.99)];
    const long over50 = long(std::count_if(g.begin(), g.end(), [](double ms) { return ms > 50.0; }));
    std::printf("%-12s %8.1f s %9zu ticks   longest %7.1f ms", p.name, p.seconds, g.size(), longest);
    if (p.worstAtMs >= 0)
        std::printf(" (at %6.0f ms)", p.worstAtMs);
    else
        std::printf("              ");
    std::printf("   p99 %6.2f ms   stalls > 50 ms: %ld\n", p99, over50);
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
inline bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace mailtls::bench
