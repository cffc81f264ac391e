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
    return job_.finishingCount();
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
    // Every report of this job comes through `current` and is dropped once another session started.
    const std::function<bool()> current = job_.next();
    core::CancelToken cancel;
    inbox_ = std::make_shared<core::SessionInbox>(cancel);
    const std::shared_ptr<core::SessionInbox> inbox = inbox_;

    job_.hold(Job::start<Report>(
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
            job_.finished();
            inbox_.reset();
            setState(State::Idle);
            Q_EMIT finished(report);
        },
        cancel));
    setState(State::Connecting);
}

void SessionController::cancel()
{
    if (state_ == State::Idle)
        return;
    job_.release();
    inbox_.reset();
    setState(State::Idle);
    Q_EMIT cancelled();
}

void SessionController::disconnectFromServer()
{
    if (!job_.isBusy() || !inbox_ || state_ == State::Idle)
        return;
    inbox_->disconnect();
    setState(State::Disconnecting);
}

void SessionController::sendLine(const QString &line)
{
    if (job_.isBusy() && inbox_ && state_ == State::Interactive)
        inbox_->sendLine(line);
}

void SessionController::shutdown()
{
    job_.cancelAll();
    inbox_.reset();
    setState(State::Idle);
}

} // namespace mailtls::ui
