#pragma once

// Tools → Simulate Partner…: pick a partner (built-in profile or a pasted cipher list) and a
// server (the current target, scanned live and then tried with the partner's exact offer, or a
// saved scan report), and see whether they would connect, the sentence to forward and the fix.
// Parsing the list, reading the report and the simulation run in a core::Job; the dialog
// only shows results.

#include <QDialog>
#include <QPointer>

#include "export_job.h"
#include "jobs/simulate_job.h"
#include "model/session_options.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace mailtls::core {
class Job;
class JobContext;
}

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
    bool isRunning() const { return !job_.isNull(); }
    const core::SimulationResult &result() const { return result_; }
    QString verdictText() const;
    QString hintText() const;

    // Export HTML…/Export PDF… ask through this instead of a file dialog when set (tests).
    void setExportPrompt(ExportPrompt prompt) { exportPrompt_ = std::move(prompt); }
    bool isExporting() const { return !exportJob_.isNull(); }

public Q_SLOTS:
    void start();
    void cancel();
    // The result shown, as the same document `mailtls simulate --html/--pdf` writes; the file
    // is written off the GUI thread (exportFinished follows).
    void exportHtml();
    void exportPdf();

Q_SIGNALS:
    void simulationFinished();
    // `error` empty: `path` was written.
    void exportFinished(const QString &path, const QString &error);

private:
    void updateWidgets();
    // What the dialog holds when Simulate is pressed; checked on the GUI thread without I/O.
    struct Inputs {
        QString profileName;      // empty: the pasted list
        QString pastedList;
        bool live = false;
        core::ScanTarget target;  // live
        QString reportFile;       // not live
    };
    struct Outcome {
        bool ran = false;         // false: `error` says why the simulation did not start
        QString error;
        core::SimulationResult result;
    };
    bool checkInputs(Inputs *in, QString *error) const;
    static Outcome simulate(const Inputs &in, core::JobContext &ctx);
    void showResult();
    void browseReport();
    void exportResult(bool asPdf);

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
    QPushButton *exportHtmlButton_ = nullptr;
    QPushButton *exportPdfButton_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *verdict_ = nullptr;
    QLabel *sentence_ = nullptr;
    QPlainTextEdit *details_ = nullptr;
    QLabel *hint_ = nullptr;

    QPointer<core::Job> job_;
    QPointer<core::Job> exportJob_;
    ExportPrompt exportPrompt_;
    QString exportMessage_;   // the last export's outcome, shown in the hint line
    bool exportFailed_ = false;
    core::SimulationResult result_;
    bool hasResult_ = false;
    QString error_;
};

} // namespace mailtls::ui
