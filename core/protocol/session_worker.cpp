#include "protocol/session_worker.h"

namespace mailtls::core {

SessionWorker::SessionWorker(QObject *parent) : QObject(parent) {}
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
void SessionWorker::start(const SessionOptions &) {}

} // namespace mailtls::core
