#include "jobs/compare_job.h"

#include "base/threads.h"

#include <QElapsedTimer>

#include <mutex>
#include <thread>
#include <vector>

#include "jobs/scan_job.h"
#include "jobs/session_job.h"
#include "model/session_options.h"

namespace mailtls::core {

namespace {

// A scan that saw no certificate (e.g. every version refused the OpenSSL path) gets one session
// for the chain.
void addSessionChain(Report *report, const ScanOptions &scan, const CancelToken &cancel)
{
    if (!report->scan.servedChains.isEmpty() || !report->certificates.isEmpty() || !report->outcome.completed)
        return;
    SessionOptions options;
    options.host = scan.target.host;
    options.port = scan.target.port;
    options.dialect = scan.target.dialect;
    options.implicitTls = scan.target.implicitTls;
    options.sni = scan.target.sni;
    options.sendSni = !scan.target.sni.isEmpty();
    options.timeoutMs = scan.target.timeoutMs;
    const Report session = runSession(options, cancel);
    if (session.certificates.isEmpty())
        return;
    report->certificates = session.certificates;
    for (const Finding &f : session.findings)
        if (!hasFinding(report->findings, f.id))
            report->findings << f;
}

} // namespace

Report scanForComparison(const ScanOptions &options, const CancelToken &cancel,
                         const std::function<void(int, int)> &progress)
{
    ScanEvents events;
    events.progress = progress;
    Report report = runScan(options, cancel, events);
    if (!cancel.isCancelled())
        addSessionChain(&report, options, cancel);
    return report;
}

QList<Report> scanAllForComparison(const QList<ScanOptions> &targets, const CancelToken &cancel,
                                   const std::function<void(int, const Report &, qint64)> &finished)
{
    QList<Report> reports(targets.size());
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int i = 0; i < targets.size(); ++i) {
        startOrRunHere(threads, [&, i] {
            QElapsedTimer timer;
            timer.start();
            const Report r = scanForComparison(targets.at(i), cancel);
            std::lock_guard<std::mutex> lock(mutex);
            reports[i] = r;
            if (finished)
                finished(i, r, timer.elapsed());
        });
    }
    for (std::thread &t : threads)
        t.join();
    return reports;
}

bool comparisonScanFailed(const Report &report)
{
    const OutcomeClass stopped = report.outcome.errorClass();
    return stopped == OutcomeClass::Connect || stopped == OutcomeClass::Timeout || stopped == OutcomeClass::Protocol;
}

} // namespace mailtls::core
