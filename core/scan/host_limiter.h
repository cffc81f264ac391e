#pragma once

// How many connections one host gets from us at once, and how fast they start. One limiter per
// host: a scan makes its own; a fleet run makes one per host and hands it to every scan (and
// every session) of that host's targets, so two targets on one server share the budget, and a
// busy answer seen by one slows all of them down.
//
// At most `limit` connections are open at once; starts are at least delayMs apart. A busy
// answer (a 421, a close before the greeting) lowers the limit to what was open minus one and
// spaces the starts out (doubling, up to 2 s); each connection that gets through relaxes that
// spacing by a tenth. Thread-safe.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

#include "base/cancel_token.h"

namespace mailtls::core {

class HostLimiter
{
public:
    HostLimiter(int limit, int delayMs);

    // Waits for a free slot and the next allowed start; false when cancelled meanwhile, or when
    // `abandon` (checked at least every 100 ms) says the caller's work has ended otherwise.
    bool acquire(const CancelToken &cancel, const std::function<bool()> &abandon = {});
    void release();
    // The holder's connection was turned away as busy.
    void serverBusy();
    // The holder's connection got through.
    void serverAnswered();

    int limit() const;
    int busyAnswers() const;     // serverBusy() calls so far, by every holder
    int pacingMs() const;        // the extra spacing between starts now

private:
    using Clock = std::chrono::steady_clock;
    mutable std::mutex m_;
    std::condition_variable cv_;
    int limit_;
    int inUse_ = 0;
    int busy_ = 0;
    std::chrono::milliseconds delay_;
    std::chrono::milliseconds pacing_ {0};
    Clock::time_point nextStart_ {};
};

// Sleeps up to ms, waking early when `cancel` fires; false when cancelled.
bool sleepCancellable(const CancelToken &cancel, int ms);

} // namespace mailtls::core
