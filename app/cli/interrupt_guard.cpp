#include "interrupt_guard.h"

namespace mailtls::cli {

namespace {
const core::CancelToken *g_interruptToken = nullptr;
} // namespace

extern "C" void mailtlsOnInterrupt(int)
{
    if (g_interruptToken)
        g_interruptToken->cancel();
}

InterruptGuard::InterruptGuard(const core::CancelToken &token, bool alsoTerminate) : alsoTerminate_(alsoTerminate)
{
    g_interruptToken = &token;
    struct sigaction action {};
    action.sa_handler = mailtlsOnInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, &previousInt_);
    if (alsoTerminate_)
        sigaction(SIGTERM, &action, &previousTerm_);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &previousInt_, nullptr);
    if (alsoTerminate_)
        sigaction(SIGTERM, &previousTerm_, nullptr);
    g_interruptToken = nullptr;
}

} // namespace mailtls::cli
