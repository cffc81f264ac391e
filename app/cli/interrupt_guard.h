#pragma once

#include <csignal>

#include "base/cancel_token.h"

namespace mailtls::cli {

// Ctrl-C cancels the token for as long as the guard lives. The handler only calls
// CancelToken::cancel() (an atomic store plus a write() to an eventfd: async-signal-safe).
// SA_RESETHAND: a second Ctrl-C kills the process the ordinary way if the first did not stop it.
class InterruptGuard
{
public:
    explicit InterruptGuard(const core::CancelToken &token, bool alsoTerminate = false);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    bool alsoTerminate_;
    struct sigaction previousInt_ {};
    struct sigaction previousTerm_ {};
};

} // namespace mailtls::cli
