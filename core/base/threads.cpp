#include "base/threads.h"

#include <system_error>

namespace mailtls::core {

bool startOrRunHere(std::vector<std::thread> &pool, const std::function<void()> &work)
{
    try {
        pool.emplace_back(work);
        return true;
    } catch (const std::system_error &) {
        work();
        return false;
    }
}

void joinAll(std::vector<std::thread> &pool)
{
    for (std::thread &t : pool)
        if (t.joinable())
            t.join();
}

} // namespace mailtls::core
