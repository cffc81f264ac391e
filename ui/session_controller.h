#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "protocol/session_options.h"
#include "report/report.h"

class QThread;

namespace mailtls::core {
class SessionWorker;
}

namespace mailtls::ui {

// Owns the worker thread of the current session (a new worker and thread per Connect) and
// forwards its signals to the GUI. Cancel returns to Idle at once: the old worker is told to
// stop, its later signals are ignored, and its thread quits and deletes itself in the
// background. Nothing here ever waits on the GUI thread, except the bounded join on
// destruction.
class SessionController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Interactive, Disconnecting };
    Q_ENUM(State)

    explicit SessionController(QObject *parent = nullptr);
    ~SessionController() override;

    State state() const { return state_; }
    bool isBusy() const { return state_ != State::Idle; }
    // Threads of cancelled sessions that have not finished yet (for tests and shutdown).
    int finishingThreadCount() const;

public Q_SLOTS:
    void start(const mailtls::core::SessionOptions &options);
    void cancel();
    void disconnectFromServer();
    void sendLine(const QString &line);
    // Cancel everything and join the threads, at most `timeoutMs` each.
    void shutdown(int timeoutMs = 3000);

Q_SIGNALS:
    void stateChanged(mailtls::ui::SessionController::State state);
    void phaseChanged(const QString &phase);
    void lineAdded(const mailtls::core::TranscriptLine &line);
    void handshakeMessageAdded(const mailtls::core::HandshakeMessage &message);
    void sessionReady(const mailtls::core::Report &report, bool interactive);
    void finished(const mailtls::core::Report &report);
    // The user cancelled; no finished() follows for that session.
    void cancelled();

private:
    void setState(State state);
    void releaseCurrent();

    State state_ = State::Idle;
    quint64 generation_ = 0;   // signals from an older worker carry an older number and are dropped
    QPointer<core::SessionWorker> worker_;
    QPointer<QThread> thread_;
    QList<QPointer<QThread>> finishing_;
};

} // namespace mailtls::ui
