#pragma once

// Starting a thread for a lane of parallel work, when the system may refuse one: under a
// process or address-space limit (ulimit -v, a container's pids limit) std::thread throws
// std::system_error (EAGAIN), and an uncaught throw ends the program. Work started here runs
// on the calling thread instead: slower, never a crash. Engines use it for the lanes they
// start themselves (docs/ARCHITECTURE.md, "one way to run work off the GUI thread").

#include <functional>
#include <thread>
#include <vector>

namespace mailtls::core {

// Starts `work` on a new thread appended to `pool`; when no thread can be made, runs `work`
// here and now and returns false.
bool startOrRunHere(std::vector<std::thread> &pool, const std::function<void()> &work);

// Joins every joinable thread of `pool`.
void joinAll(std::vector<std::thread> &pool);

} // namespace mailtls::core
