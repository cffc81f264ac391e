#include "scan_controller.h"

#include "jobs/compare_job.h"
#include "jobs/job.h"
#include "jobs/scan_job.h"
#include "model/targets.h"

namespace mailtls::ui {

using core::Job;
using core::JobContext;
using core::Report;
using core::ScanOptions;
using core::TranscriptLine;

ScanController::ScanController(QObject *parent, Kind kind) : QObject(parent), kind_(kind) {}

ScanController::~ScanController()
{
    shutdown();
}

ScanOptions ScanController::optionsFor(const core::SessionOptions &session)
{
    ScanOptions options;
    options.target = core::scanTargetFor(session);
    return options;
}

int ScanController::finishingThreadCount() const
{
    return job_.finishingCount();
}

void ScanController::setScanning(bool scanning)
{
    if (scanning_ == scanning)
        return;
    scanning_ = scanning;
    Q_EMIT scanningChanged(scanning);
}

void ScanController::start(const ScanOptions &options)
{
    const std::function<bool()> current = job_.next();
    const Kind kind = kind_;
    Job *job = Job::start<Report>(
        this,
        [this, options, current, kind](JobContext &ctx) {
            auto progress = [ctx](int done, int total) { ctx.progress(done, total); };
            if (kind == Kind::Comparison)
                return core::scanForComparison(options, ctx.cancelToken(), progress);
            core::ScanEvents events;
            events.progress = progress;
            events.line = [ctx, this, current](const TranscriptLine &line) {
                ctx.post([this, current, line] {
                    if (current())
                        Q_EMIT lineAdded(line);
                });
            };
            return core::runScan(options, ctx.cancelToken(), events);
        },
        [this, current](const Report &report) {
            if (!current())
                return;
            job_.finished();
            setScanning(false);
            Q_EMIT finished(report);
        });
    job_.hold(job);
    connect(job, &Job::progressChanged, this, [this, current](int done, int total) {
        if (current())
            Q_EMIT progress(done, total);
    });
    setScanning(true);
}

void ScanController::cancel()
{
    if (!scanning_)
        return;
    job_.release();
    setScanning(false);
    Q_EMIT cancelled();
}

void ScanController::shutdown()
{
    job_.cancelAll();
    setScanning(false);
}

} // namespace mailtls::ui
