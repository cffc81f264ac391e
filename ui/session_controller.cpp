#include "session_controller.h"

#include <QMetaObject>
#include <QThread>

#include "protocol/session_worker.h"

namespace mailtls::ui {

using core::HandshakeMessage;
using core::Report;
using core::SessionOptions;
using core::SessionWorker;
using core::TranscriptLine;

SessionController::SessionController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SessionOptions>();
    qRegisterMetaType<TranscriptLine>();
    qRegisterMetaType<HandshakeMessage>();
    qRegisterMetaType<Report>();
    qRegisterMetaType<State>();
}

SessionController::~SessionController()
{
    shutdown();
}

int SessionController::finishingThreadCount() const
{
    int count = 0;
    for (const QPointer<QThread> &thread : finishing_)
        if (thread && !thread->isFinished())
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
    if (worker_)
        releaseCurrent();

    const quint64 generation = ++generation_;
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("mailtls-session"));
    auto *worker = new SessionWorker;
    worker->moveToThread(thread);

    // Lifetime: the worker ends its session -> the thread quits -> both delete themselves.
    connect(worker, &SessionWorker::finished, thread, &QThread::quit, Qt::DirectConnection);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);

    connect(worker, &SessionWorker::phaseChanged, this, [this, generation](const QString &phase) {
        if (generation == generation_)
            Q_EMIT phaseChanged(phase);
    });
    connect(worker, &SessionWorker::lineAdded, this, [this, generation](const TranscriptLine &line) {
        if (generation == generation_)
            Q_EMIT lineAdded(line);
    });
    connect(worker, &SessionWorker::handshakeMessageAdded, this,
            [this, generation](const HandshakeMessage &message) {
                if (generation == generation_)
                    Q_EMIT handshakeMessageAdded(message);
            });
    connect(worker, &SessionWorker::sessionReady, this,
            [this, generation](const Report &report, bool interactive) {
                if (generation != generation_)
                    return;
                if (interactive && state_ == State::Connecting)
                    setState(State::Interactive);
                Q_EMIT sessionReady(report, interactive);
            });
    connect(worker, &SessionWorker::finished, this, [this, generation](const Report &report) {
        if (generation != generation_)
            return;
        worker_.clear();
        thread_.clear();
        setState(State::Idle);
        Q_EMIT finished(report);
    });

    worker_ = worker;
    thread_ = thread;
    thread->start();
    QMetaObject::invokeMethod(worker, [worker, options] { worker->start(options); }, Qt::QueuedConnection);
    setState(State::Connecting);
}

void SessionController::releaseCurrent()
{
    ++generation_;
    if (worker_)
        worker_->cancel();
    if (thread_) {
        // quit() also ends a thread whose start() never ran or returned without finished().
        thread_->quit();
        finishing_.append(thread_);
    }
    worker_.clear();
    thread_.clear();
    finishing_.removeAll(QPointer<QThread>());
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
    if (!worker_ || state_ == State::Idle)
        return;
    worker_->disconnectFromServer();
    setState(State::Disconnecting);
}

void SessionController::sendLine(const QString &line)
{
    if (worker_ && state_ == State::Interactive)
        worker_->sendLine(line);
}

void SessionController::shutdown(int timeoutMs)
{
    if (worker_)
        releaseCurrent();
    setState(State::Idle);
    for (const QPointer<QThread> &thread : std::as_const(finishing_)) {
        if (!thread)
            continue;
        thread->quit();
        if (thread->wait(timeoutMs))
            delete thread.data();
        // else: leave it running rather than destroy a live QThread; it deletes itself later.
    }
    finishing_.clear();
}

} // namespace mailtls::ui
