#pragma once

// A scan as the CLI and the workbench run it: the scanner gathers the matrix (core/scan), the
// findings pipeline judges it (diagnose/findings_pipeline). Runs on the calling thread (the
// scanner's lanes run on threads of their own); the workbench calls it inside a Job.

#include <functional>
#include <memory>

#include "base/cancel_token.h"
#include "model/report.h"
#include "model/scan_options.h"

namespace mailtls::core {

class HostLimiter;

struct ScanEvents {
    // done / estimated total connections; called from the scanner's threads, one at a time.
    std::function<void(int done, int total)> progress;
    // A transcript line as it happens (also kept in the report); same threads.
    std::function<void(const TranscriptLine &)> line;
};

// The whole scan, then its findings; the last transcript line counts connections, handshakes,
// retries and the time it took.
// `limiter`: the host's connection budget when other work shares it (see scan/host_limiter.h).
Report runScan(const ScanOptions &options, const CancelToken &cancel, const ScanEvents &events = {},
               std::shared_ptr<HostLimiter> limiter = {});

} // namespace mailtls::core
