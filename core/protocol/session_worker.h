#pragma once

// QObject face of SessionEngine for the GUI: lives on a worker thread; the GUI thread calls
// the thread-safe cancel()/sendLine()/disconnectFromServer() and receives queued signals.

#include <QMutex>
#include <QObject>
#include <QStringList>

#include "net/cancel_token.h"
#include "protocol/session_options.h"
#include "report/report.h"

namespace mailtls::core {

class SessionWorker : public QObject
{
    Q_OBJECT
public:
    explicit SessionWorker(QObject *parent = nullptr);

    // Thread-safe; may be called from the GUI thread while start() runs on the worker.
    void cancel();
    void sendLine(const QString &line);
    void disconnectFromServer();

public Q_SLOTS:
    // Runs the session, then stays in interactive mode until disconnect, close or cancel.
    void start(const mailtls::core::SessionOptions &options);

Q_SIGNALS:
    void phaseChanged(const QString &phase);
    void lineAdded(const mailtls::core::TranscriptLine &line);
    void handshakeMessageAdded(const mailtls::core::HandshakeMessage &message);
    // The planned part is done (handshake, chain and findings known); interactive mode follows
    // when `interactive` is true.
    void sessionReady(const mailtls::core::Report &report, bool interactive);
    // The connection is gone (closed by either side, failed or cancelled).
    void finished(const mailtls::core::Report &report);

private:
    QMutex mutex_;
    CancelToken cancel_;
    QStringList pending_;
    bool disconnectRequested_ = false;
};

} // namespace mailtls::core

Q_DECLARE_METATYPE(mailtls::core::SessionOptions)
