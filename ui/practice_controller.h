#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace mailtls::core {
class PracticePki;
class PracticeServer;
struct SessionOptions;
}

namespace mailtls::ui {

// Runs the built-in practice server for the workbench. Starting (certificates, listeners) and
// stopping (joining connection threads) block, so both run on a short-lived worker thread and
// report back by queued signal; the GUI thread never waits, except for a bounded join when the
// controller is destroyed. A start asked for while another is under way runs after it.
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
    QThread *worker_ = nullptr;
};

} // namespace mailtls::ui
