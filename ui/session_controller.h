#pragma once

#include <QObject>

#include <memory>

#include "model/report.h"
#include "model/session_options.h"

#include "jobs/job.h"

namespace mailtls::core {
class SessionInbox;
}

namespace mailtls::ui {

// Runs the current session as a core::Job (a thread of its own per Connect) and forwards what
// it reports to the GUI. Cancel returns to Idle at once: the old job's CancelToken fires, its
// later reports are dropped, and its thread ends on its own. Nothing here waits.
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
    // Jobs of cancelled sessions that have not returned yet (for tests).
    int finishingThreadCount() const;

public Q_SLOTS:
    void start(const mailtls::core::SessionOptions &options);
    void cancel();
    void disconnectFromServer();
    void sendLine(const QString &line);
    // Cancel everything; the threads end on their own (main() waits for them at exit).
    void shutdown();

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

    State state_ = State::Idle;
    core::JobSlot job_;
    std::shared_ptr<core::SessionInbox> inbox_;
};

} // namespace mailtls::ui
