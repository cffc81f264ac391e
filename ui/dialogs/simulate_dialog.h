#pragma once

// Tools → Simulate Partner…: pick a partner (built-in profile or a pasted cipher list) and a
// server (the current target, scanned live and then tried with the partner's exact offer, or a
// saved scan report), and see whether they would connect, the sentence to forward and the fix.
// The work runs on a worker thread; the dialog only shows results.

#include <QDialog>
#include <QPointer>

#include "diagnose/simulator.h"
#include "protocol/session_options.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace mailtls::ui {

class SimulateDialog : public QDialog
{
    Q_OBJECT
public:
    // `target`: the main window's current target (host empty when there is none).
    explicit SimulateDialog(const core::SessionOptions &target, QWidget *parent = nullptr);
    ~SimulateDialog() override;

    // For tests and for the main window.
    void selectProfile(const QString &name);
    void setPastedList(const QString &list);          // switches the partner to "pasted list"
    void setReportFile(const QString &path);          // switches the server to "saved report"
    void setUseLiveTarget(bool live);
    bool isRunning() const { return !worker_.isNull(); }
    const core::SimulationResult &result() const { return result_; }
    QString verdictText() const;
    QString hintText() const;

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void simulationFinished();

private:
    void updateWidgets();
    bool buildRequest(core::SimulationRequest *request, QString *error) const;
    void showResult();
    void browseReport();

    core::SessionOptions target_;
    QComboBox *profileCombo_ = nullptr;
    QPlainTextEdit *pastedList_ = nullptr;
    QLabel *profileSource_ = nullptr;
    QRadioButton *liveRadio_ = nullptr;
    QRadioButton *reportRadio_ = nullptr;
    QLineEdit *reportPath_ = nullptr;
    QPushButton *browseButton_ = nullptr;
    QPushButton *startButton_ = nullptr;
    QPushButton *cancelButton_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *verdict_ = nullptr;
    QLabel *sentence_ = nullptr;
    QPlainTextEdit *details_ = nullptr;
    QLabel *hint_ = nullptr;

    QPointer<QThread> worker_;
    quint64 generation_ = 0;
    core::SimulationResult result_;
    bool hasResult_ = false;
    QString error_;
};

} // namespace mailtls::ui
