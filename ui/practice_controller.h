#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace mailtls::core {
class Job;
class PracticePki;
class PracticeServer;
struct SessionOptions;
}

namespace mailtls::ui {

// Runs the built-in practice server for the workbench. Starting (certificates, listeners) and
// stopping (joining connection threads) block, so both run as core::Jobs and report back
// through the event loop; the GUI thread never waits, not even when the controller goes (the
// servers it leaves are stopped by a job of their own, which main() lets finish before exit).
// A start asked for while another is under way runs after it.
class PracticeController : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    explicit PracticeController(QObject *parent = nullptr);
    ~PracticeController() override;

    State state() const { return state_; }
    QString personality() const { return personality_; }   // running, or being started
    quint16 smtpPort() const { return smtpPort_; }
    quint16 tlsPort() const { return tlsPort_; }
    QString caFile() const { return caFile_; }
    QString error() const { return error_; }

    // Whether a session to `options` goes to the running practice server (127.0.0.1, ::1 or
    // localhost on one of its ports).
    bool isPracticeTarget(const core::SessionOptions &options) const;
    // `options` with the practice CA as trust anchor when they point at the practice server and
    // name no CA file of their own; unchanged otherwise.
    core::SessionOptions withPracticeTrust(const core::SessionOptions &options) const;

public Q_SLOTS:
    // Starts the practice server with `personality`, replacing the running one.
    void start(const QString &personality);
    void stop();

Q_SIGNALS:
    void stateChanged(mailtls::ui::PracticeController::State state);
    void started(const QString &personality, quint16 smtpPort, quint16 tlsPort);
    void failed(const QString &error);

private:
    void launch(const QString &personality);
    void onStartFinished();
    void setState(State state);

    State state_ = State::Stopped;
    QString personality_;
    QString pending_;                 // asked for while a start was running
    bool stopPending_ = false;
    quint16 smtpPort_ = 0;
    quint16 tlsPort_ = 0;
    QString caFile_;
    QString error_;
    std::shared_ptr<core::PracticeServer> server_;
    // Kept across restarts so switching personality does not remake the certificates.
    std::shared_ptr<const core::PracticePki> pki_;
    // Where a start job leaves the server it started; shared with the job, so a server started
    // after the controller went is stopped by the job instead of being lost.
    struct Handover;
    std::shared_ptr<Handover> handover_;
    QPointer<core::Job> starting_;
};

} // namespace mailtls::ui
