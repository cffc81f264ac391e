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
    int count = 0;
    for (const QPointer<Job> &job : finishing_)
        if (job && job->isRunning())
            ++count;
    return count;
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
    if (current_)
        release();
    const quint64 generation = ++generation_;
    auto current = [this, generation] { return generation == generation_; };
    const Kind kind = kind_;
    current_ = Job::start<Report>(
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
            current_.clear();
            setScanning(false);
            Q_EMIT finished(report);
        });
    connect(current_, &Job::finished, current_, &QObject::deleteLater);
    connect(current_, &Job::progressChanged, this, [this, current](int done, int total) {
        if (current())
            Q_EMIT progress(done, total);
    });
    setScanning(true);
}

void ScanController::release()
{
    ++generation_;
    if (current_) {
        current_->cancel();
        finishing_.append(current_);
    }
    current_.clear();
    finishing_.removeAll(QPointer<Job>());
}

void ScanController::cancel()
{
    if (!scanning_)
        return;
    release();
    setScanning(false);
    Q_EMIT cancelled();
}

void ScanController::shutdown()
{
    if (current_)
        release();
    setScanning(false);
    for (const QPointer<Job> &job : std::as_const(finishing_))
        if (job)
            job->cancel();
}

} // namespace mailtls::ui
