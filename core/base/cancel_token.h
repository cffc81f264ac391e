#pragma once

#include <memory>

namespace mailtls::core {

// Shared cancellation flag with a pollable wake-up descriptor, so a thread blocked in a
// network wait returns at once when another thread cancels. Copies share one state.
class CancelToken
{
public:
    CancelToken();
    void cancel() const;
    bool isCancelled() const;
    // Readable (via poll) once cancel() was called; also usable as a generic wake-up.
    int wakeFd() const;
    // Wake a waiting poll without cancelling (used to hand work to an interactive loop).
    void wake() const;
    // Clear a pending wake() (never clears cancellation).
    void drainWake() const;

private:
    struct State;
    std::shared_ptr<State> state_;
};

} // namespace mailtls::core
