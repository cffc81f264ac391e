#include "scan/host_limiter.h"

#include <QtGlobal>

#include <poll.h>

namespace mailtls::core {

HostLimiter::HostLimiter(int limit, int delayMs)
    : limit_(qMax(1, limit)), delay_(std::chrono::milliseconds(qMax(0, delayMs)))
{
}

bool HostLimiter::acquire(const CancelToken &cancel, const std::function<bool()> &abandon)
{
    std::unique_lock<std::mutex> lock(m_);
    for (;;) {
        if (cancel.isCancelled() || (abandon && abandon()))
            return false;
        const auto now = Clock::now();
        if (inUse_ < limit_ && now >= nextStart_) {
            ++inUse_;
            nextStart_ = now + qMax(delay_, pacing_);
            return true;
        }
        // Wake for the next start, a release, or (in slices) a cancel.
        const auto slice = now + std::chrono::milliseconds(100);
        const auto wakeAt = inUse_ < limit_ ? qMin(nextStart_, slice) : slice;
        cv_.wait_until(lock, wakeAt);
    }
}

void HostLimiter::release()
{
    std::lock_guard<std::mutex> lock(m_);
    --inUse_;
    cv_.notify_all();
}

void HostLimiter::serverBusy()
{
    std::lock_guard<std::mutex> lock(m_);
    ++busy_;
    limit_ = qMax(1, inUse_ - 1);
    // Space the starts out too: a server process often lingers after our close.
    pacing_ = qMin(std::chrono::milliseconds(2000), qMax(pacing_ * 2, std::chrono::milliseconds(50)));
}

void HostLimiter::serverAnswered()
{
    std::lock_guard<std::mutex> lock(m_);
    pacing_ = pacing_ * 9 / 10;
}

int HostLimiter::limit() const
{
    std::lock_guard<std::mutex> lock(m_);
    return limit_;
}

int HostLimiter::busyAnswers() const
{
    std::lock_guard<std::mutex> lock(m_);
    return busy_;
}

int HostLimiter::pacingMs() const
{
    std::lock_guard<std::mutex> lock(m_);
    return int(pacing_.count());
}

bool sleepCancellable(const CancelToken &cancel, int ms)
{
    if (cancel.isCancelled())
        return false;
    pollfd p {cancel.wakeFd(), POLLIN, 0};
    ::poll(&p, 1, ms);
    return !cancel.isCancelled();
}

} // namespace mailtls::core
