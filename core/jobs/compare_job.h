#pragma once

// The reports a comparison needs from live servers: each server scanned (diagnosed), and where
// the scan saw no certificate chain, one session for the chain, so chain, key sizes and
// validity can be compared too. The CLI's `compare` and the workbench's Compare window both
// come here. Runs on the calling thread.

#include <QList>

#include <functional>

#include "base/cancel_token.h"
#include "model/report.h"
#include "model/scan_options.h"

namespace mailtls::core {

Report scanForComparison(const ScanOptions &options, const CancelToken &cancel,
                         const std::function<void(int done, int total)> &progress = {});

// Every target at once (each with its own per-host connection limit). `finished(index, report,
// elapsedMs)` is called as each one ends, from its own thread, one call at a time.
QList<Report> scanAllForComparison(const QList<ScanOptions> &targets, const CancelToken &cancel,
                                   const std::function<void(int, const Report &, qint64)> &finished = {});

// Whether a live comparison column failed to produce a report worth comparing (the server could
// not be reached, timed out or broke the protocol).
bool comparisonScanFailed(const Report &report);

} // namespace mailtls::core
