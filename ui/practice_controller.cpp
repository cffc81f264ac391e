#include "practice_controller.h"

#include <QHostAddress>

#include <mutex>

#include "jobs/job.h"
#include "practice/practice_pki.h"
#include "practice/practice_server.h"
#include "model/session_options.h"

namespace mailtls::ui {

struct PracticeController::Handover {
    std::mutex mutex;
    bool abandoned = false;                             // the controller is gone
    std::shared_ptr<core::PracticeServer> started;      // left by a start job, taken by the controller
    QString error;
};

namespace {

// Stops servers off the GUI thread; nobody waits for the answer.
void stopInBackground(QObject *owner, std::shared_ptr<core::PracticeServer> a, std::shared_ptr<core::PracticeServer> b = {})
{
    if (!a && !b)
        return;
    core::Job *job = core::Job::run(owner, [a, b](core::JobContext &) {
        if (a)
            a->stop();
        if (b)
            b->stop();
    });
    QObject::connect(job, &core::Job::finished, job, &QObject::deleteLater);
}

} // namespace

PracticeController::PracticeController(QObject *parent) : QObject(parent), handover_(std::make_shared<Handover>())
{
    qRegisterMetaType<State>();
}

PracticeController::~PracticeController()
{
    std::shared_ptr<core::PracticeServer> leftover;
    {
        std::lock_guard<std::mutex> lock(handover_->mutex);
        handover_->abandoned = true;   // a start still under way stops its own server
        leftover = std::move(handover_->started);
    }
    // Without an owner: the stop outlives this controller; main() waits for it before exit.
    stopInBackground(nullptr, std::move(server_), std::move(leftover));
}

void PracticeController::setState(State state)
{
    if (state_ == state)
        return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

bool PracticeController::isPracticeTarget(const core::SessionOptions &options) const
{
    if (state_ != State::Running || (options.port != smtpPort_ && options.port != tlsPort_))
        return false;
    const QString host = options.host.trimmed();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host.startsWith(QLatin1Char('[')) ? host.mid(1, host.size() - 2) : host);
    return address.isLoopback();
}

core::SessionOptions PracticeController::withPracticeTrust(const core::SessionOptions &options) const
{
    core::SessionOptions adjusted = options;
    if (adjusted.caFile.isEmpty() && isPracticeTarget(options))
        adjusted.caFile = caFile_;
    return adjusted;
}

void PracticeController::start(const QString &personality)
{
    stopPending_ = false;
    if (starting_) {
        pending_ = personality;   // the latest wish wins once the current start is done
        return;
    }
    launch(personality);
}

void PracticeController::stop()
{
    pending_.clear();
    if (starting_) {
        stopPending_ = true;
        return;
    }
    if (!server_)
        return;
    // Joining connection threads can take a moment: off the GUI thread.
    stopInBackground(this, std::move(server_));
    smtpPort_ = tlsPort_ = 0;
    caFile_.clear();
    setState(State::Stopped);
}

void PracticeController::launch(const QString &personality)
{
    personality_ = personality;
    error_.clear();
    setState(State::Starting);

    std::shared_ptr<core::PracticeServer> old = std::move(server_);
    std::shared_ptr<const core::PracticePki> pki = pki_;
    const std::shared_ptr<Handover> handover = handover_;
    starting_ = core::Job::run(
        this,
        [old, pki, personality, handover](core::JobContext &) {
            if (old)
                old->stop();   // frees the ports first (they are picked anew anyway)
            core::PracticeServerOptions options;
            options.personality = personality;
            auto server = std::make_shared<core::PracticeServer>(options);
            QString error;
            const bool ok = server->start(&error);
            (void)pki;   // held until the new server holds the certificates too
            std::unique_lock<std::mutex> lock(handover->mutex);
            if (handover->abandoned) {
                lock.unlock();
                server->stop();   // nobody will take it
                return;
            }
            handover->started = ok ? server : nullptr;
            handover->error = error;
        },
        [this] { onStartFinished(); });
    connect(starting_, &core::Job::finished, starting_, &QObject::deleteLater);
}

void PracticeController::onStartFinished()
{
    starting_.clear();
    std::shared_ptr<core::PracticeServer> server;
    QString error;
    {
        std::lock_guard<std::mutex> lock(handover_->mutex);
        server = std::move(handover_->started);
        error = handover_->error;
    }
    if (server) {
        server_ = server;
        pki_ = server->pki();
        smtpPort_ = server_->smtpPort();
        tlsPort_ = server_->tlsPort();
        caFile_ = server_->caFile();
        setState(State::Running);
        Q_EMIT started(personality_, smtpPort_, tlsPort_);
    } else {
        error_ = error;
        smtpPort_ = tlsPort_ = 0;
        caFile_.clear();
        setState(State::Failed);
        Q_EMIT failed(error_);
    }
    if (stopPending_) {
        stopPending_ = false;
        stop();
    } else if (!pending_.isEmpty()) {
        const QString next = pending_;
        pending_.clear();
        launch(next);
    }
}

} // namespace mailtls::ui
