#include "jobs/log_job.h"

namespace mailtls::core {

LogInventory runLogAnalysis(const LogRequest &request, const CancelToken &cancel,
                            const std::function<void(qint64, qint64)> &progress)
{
    LogAnalyzer analyzer(request.filter);
    if (request.year > 0)
        analyzer.setYear(request.year);
    analyzer.read(request.paths, cancel, progress);
    return analyzer.inventory();
}

} // namespace mailtls::core
