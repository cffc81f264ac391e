#include "base/cancel_token.h"

#include <atomic>

#include <sys/eventfd.h>
#include <unistd.h>

namespace mailtls::core {

struct CancelToken::State {
    std::atomic<bool> cancelled{false};
    int fd = -1;
    State() { fd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK); }
    ~State()
    {
        if (fd >= 0)
            ::close(fd);
    }
    void signal() const
    {
        const uint64_t one = 1;
        if (fd >= 0)
            (void)!::write(fd, &one, sizeof one);
    }
};

CancelToken::CancelToken() : state_(std::make_shared<State>()) {}

void CancelToken::cancel() const
{
    state_->cancelled.store(true);
    state_->signal();
}

bool CancelToken::isCancelled() const { return state_->cancelled.load(); }

int CancelToken::wakeFd() const { return state_->fd; }

void CancelToken::wake() const { state_->signal(); }

void CancelToken::drainWake() const
{
    if (state_->cancelled.load())
        return; // keep the descriptor readable so every later wait returns at once
    uint64_t value = 0;
    if (state_->fd >= 0)
        (void)!::read(state_->fd, &value, sizeof value);
}

} // namespace mailtls::core
