#pragma once

// Reading mail logs as a run, for both faces: the analyzer over the files (logs/log_inventory)
// with cancellation and byte progress. Runs on the calling thread; the workbench calls it in a
// Job and posts the progress back, `mailtls log` calls it directly.

#include <QStringList>

#include <functional>

#include "base/cancel_token.h"
#include "logs/log_inventory.h"

namespace mailtls::core {

struct LogRequest {
    QStringList paths;            // "-" for standard input
    LogFilter filter;
    int year = 0;                 // for classic syslog time stamps; 0: from each file's date
};

// `progress(bytesDone, bytesTotal)`: about every 4 MiB, on the calling thread.
LogInventory runLogAnalysis(const LogRequest &request, const CancelToken &cancel = CancelToken(),
                            const std::function<void(qint64, qint64)> &progress = {});

} // namespace mailtls::core
