#include "session_controller.h"

#include "jobs/job.h"
#include "jobs/session_job.h"

namespace mailtls::ui {

using core::HandshakeMessage;
using core::Job;
using core::JobContext;
using core::Report;
using core::SessionOptions;
using core::TranscriptLine;

SessionController::SessionController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<State>();
}

SessionController::~SessionController()
{
    shutdown();
}

int SessionController::finishingThreadCount() const
{
    int count = 0;
    for (const QPointer<Job> &job : finishing_)
        if (job && job->isRunning())
            ++count;
    return count;
}

void SessionController::setState(State state)
{
    if (state_ == state)
        return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

void SessionController::start(const SessionOptions &options)
{
    if (job_)
        releaseCurrent();

    const quint64 generation = ++generation_;
    // Every report of this job comes through here and is dropped once another session started.
    auto current = [this, generation] { return generation == generation_; };
    core::CancelToken cancel;
    inbox_ = std::make_shared<core::SessionInbox>(cancel);
    const std::shared_ptr<core::SessionInbox> inbox = inbox_;

    job_ = Job::start<Report>(
        this,
        [this, options, current, inbox](JobContext &ctx) {
            core::SessionEvents events;
            events.line = [ctx, this, current](const TranscriptLine &line) {
                ctx.post([this, current, line] {
                    if (current())
                        Q_EMIT lineAdded(line);
                });
            };
            events.handshakeMessage = [ctx, this, current](const HandshakeMessage &message) {
                ctx.post([this, current, message] {
                    if (current())
                        Q_EMIT handshakeMessageAdded(message);
                });
            };
            events.phase = [ctx, this, current](const QString &phase) {
                ctx.post([this, current, phase] {
                    if (current())
                        Q_EMIT phaseChanged(phase);
                });
            };
            auto ready = [ctx, this, current](const Report &report, bool interactive) {
                ctx.post([this, current, report, interactive] {
                    if (!current())
                        return;
                    if (interactive && state_ == State::Connecting)
                        setState(State::Interactive);
                    Q_EMIT sessionReady(report, interactive);
                });
            };
            return core::runInteractiveSession(options, ctx.cancelToken(), events, ready, *inbox);
        },
        [this, current](const Report &report) {
            if (!current())
                return;
            job_.clear();
            inbox_.reset();
            setState(State::Idle);
            Q_EMIT finished(report);
        },
        cancel);
    connect(job_, &Job::finished, job_, &QObject::deleteLater);
    setState(State::Connecting);
}

void SessionController::releaseCurrent()
{
    ++generation_;
    if (job_) {
        job_->cancel();
        finishing_.append(job_);
    }
    job_.clear();
    inbox_.reset();
    finishing_.removeAll(QPointer<Job>());
}

void SessionController::cancel()
{
    if (state_ == State::Idle)
        return;
    releaseCurrent();
    setState(State::Idle);
    Q_EMIT cancelled();
}

void SessionController::disconnectFromServer()
{
    if (!job_ || !inbox_ || state_ == State::Idle)
        return;
    inbox_->disconnect();
    setState(State::Disconnecting);
}

void SessionController::sendLine(const QString &line)
{
    if (job_ && inbox_ && state_ == State::Interactive)
        inbox_->sendLine(line);
}

void SessionController::shutdown()
{
    if (job_)
        releaseCurrent();
    setState(State::Idle);
    for (const QPointer<Job> &job : std::as_const(finishing_))
        if (job)
            job->cancel();
}

} // namespace mailtls::ui
