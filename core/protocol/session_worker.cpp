#include "protocol/session_worker.h"

#include "protocol/session_engine.h"

namespace mailtls::core {

namespace {
struct MetaTypes {
    MetaTypes()
    {
        qRegisterMetaType<SessionOptions>();
        qRegisterMetaType<TranscriptLine>();
        qRegisterMetaType<HandshakeMessage>();
        qRegisterMetaType<Report>();
    }
};
} // namespace

SessionWorker::SessionWorker(QObject *parent) : QObject(parent)
{
    static const MetaTypes registered;
    Q_UNUSED(registered);
}

void SessionWorker::cancel() { cancel_.cancel(); }

void SessionWorker::sendLine(const QString &line)
{
    QMutexLocker lock(&mutex_);
    pending_ << line;
    cancel_.wake();
}

void SessionWorker::disconnectFromServer()
{
    QMutexLocker lock(&mutex_);
    disconnectRequested_ = true;
    cancel_.wake();
}

void SessionWorker::start(const SessionOptions &options)
{
    SessionCallbacks callbacks;
    callbacks.line = [this](const TranscriptLine &line) { Q_EMIT lineAdded(line); };
    callbacks.handshakeMessage = [this](const HandshakeMessage &m) { Q_EMIT handshakeMessageAdded(m); };
    callbacks.phase = [this](const QString &phase) { Q_EMIT phaseChanged(phase); };
    SessionEngine engine(options, cancel_, callbacks);
    const Report report = engine.run(true);
    const bool interactive = report.outcome.completed && report.outcome.errorKind.isEmpty() && !cancel_.isCancelled();
    Q_EMIT sessionReady(report, interactive);
    if (interactive) {
        engine.interact([this](QStringList *lines, bool *disconnect) {
            QMutexLocker lock(&mutex_);
            *lines = pending_;
            pending_.clear();
            *disconnect = disconnectRequested_;
            return true;
        });
    }
    Q_EMIT finished(engine.report());
}

} // namespace mailtls::core
