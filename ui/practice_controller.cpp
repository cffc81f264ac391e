#include "practice_controller.h"

#include <QHostAddress>
#include <QThread>

#include "practice/practice_pki.h"
#include "practice/practice_server.h"
#include "model/session_options.h"

namespace mailtls::ui {

PracticeController::PracticeController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<State>();
}

PracticeController::~PracticeController()
{
    // A start under way finishes (about a second at most); then everything stops here.
    if (worker_) {
        worker_->wait(10000);
        delete worker_;
    }
    if (server_)
        server_->stop();
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
    if (worker_) {
        pending_ = personality;   // the latest wish wins once the current start is done
        return;
    }
    launch(personality);
}

void PracticeController::stop()
{
    pending_.clear();
    if (worker_) {
        stopPending_ = true;
        return;
    }
    if (!server_)
        return;
    // Joining connection threads can take a moment: off the GUI thread.
    std::shared_ptr<core::PracticeServer> old = std::move(server_);
    QThread *thread = QThread::create([old] { old->stop(); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    smtpPort_ = tlsPort_ = 0;
    caFile_.clear();
    setState(State::Stopped);
}

void PracticeController::launch(const QString &personality)
{
    personality_ = personality;
    error_.clear();
    setState(State::Starting);

    struct Outcome {
        std::shared_ptr<core::PracticeServer> server;
        std::shared_ptr<const core::PracticePki> pki;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    std::shared_ptr<core::PracticeServer> old = std::move(server_);
    std::shared_ptr<const core::PracticePki> pki = pki_;
    worker_ = QThread::create([old, pki, personality, outcome] {
        if (old)
            old->stop();   // frees the ports first (they are picked anew anyway)
        core::PracticeServerOptions options;
        options.personality = personality;
        auto server = std::make_shared<core::PracticeServer>(options);
        if (server->start(&outcome->error)) {
            outcome->server = server;
            outcome->pki = server->pki();
        }
        (void)pki;   // held until the new server holds the certificates too
    });
    worker_->setObjectName(QStringLiteral("mailtls-practice-start"));
    connect(worker_, &QThread::finished, this, [this, outcome] {
        worker_->deleteLater();
        worker_ = nullptr;
        if (outcome->server) {
            server_ = outcome->server;
            pki_ = outcome->pki;
            smtpPort_ = server_->smtpPort();
            tlsPort_ = server_->tlsPort();
            caFile_ = server_->caFile();
            setState(State::Running);
            Q_EMIT started(personality_, smtpPort_, tlsPort_);
        } else {
            error_ = outcome->error;
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
    });
    worker_->start();
}

} // namespace mailtls::ui
