#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QWidget>

#include "jobs/fleet_job.h"
#include "jobs/job.h"
#include "model/report.h"

class QComboBox;
class QCPBars;
class QCustomPlot;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace mailtls::ui {

class FleetModel;

// The "Fleet" tab: every partner at once, as `mailtls fleet` checks them. A target list (one
// HOST[:PORT] or smtp:// / smtps:// / lmtp:// URL a line, '#' comments; read by
// core::parseFleetList, the CLI's reader), pasted, opened from a file or taken from the Logs
// tab's partners, runs in a Job (core::runFleet) with the mode, concurrency, per-host limit,
// delay and timeout fields. The table fills as targets finish (results come back in batches,
// one posted event at a time), with a progress bar and an estimate of the time left; two bar
// charts count the finished targets per TLS version and per worst severity. A double click on a
// row opens that target's report in the window's usual tabs.
class FleetView : public QWidget
{
    Q_OBJECT
public:
    explicit FleetView(QWidget *parent = nullptr);
    ~FleetView() override;

    // Parses the list field and starts a run (one that is still going is dropped first). False
    // (and says why in the problems line) when the list holds no target.
    bool startFleet();
    void cancelFleet();
    bool isRunning() const { return job_.isBusy(); }

    // The list field.
    void setTargetsText(const QString &text);
    QString targetsText() const;
    // Hosts to check on port 25 (the Logs tab's partners): the list field replaced by them.
    void setHosts(const QStringList &hosts);

    // A saved fleet (workspace): its reports in the table, the list text in the field.
    void setSavedFleet(const QList<core::Report> &reports, const QString &targetsText);
    // The reports of the last run (or the saved one) that came back, in list order.
    QList<core::Report> fleetReports() const;

    // The request the fields describe, targets excluded.
    core::FleetRequest requestFromFields() const;

    // "3 of 10 done, 2 running · 0:12 elapsed, about 0:28 left".
    static QString progressText(int finished, int total, int running, qint64 elapsedMs);

    // The chart's bars: category -> bars (one bar each, for its own colour).
    QCustomPlot *versionsPlot() const { return versionsPlot_; }
    QCustomPlot *severityPlot() const { return severityPlot_; }
    QCPBars *versionBars(const QString &category) const { return versionBars_.value(category); }
    QCPBars *severityBars(const QString &category) const { return severityBars_.value(category); }

    FleetModel *model() const { return model_; }
    QSortFilterProxyModel *proxy() const { return proxy_; }
    QTableView *table() const { return table_; }
    QPlainTextEdit *listEdit() const { return list_; }
    QPushButton *openButton() const { return openButton_; }
    QComboBox *modeCombo() const { return mode_; }
    QSpinBox *concurrencySpin() const { return concurrency_; }
    QSpinBox *perHostSpin() const { return perHost_; }
    QSpinBox *delaySpin() const { return delay_; }
    QSpinBox *timeoutSpin() const { return timeout_; }
    QPushButton *startButton() const { return startButton_; }
    QPushButton *cancelButton() const { return cancelButton_; }
    QProgressBar *progressBar() const { return progress_; }
    QLabel *progressLabel() const { return progressLabel_; }
    QLabel *problemsLabel() const { return problems_; }
    QLabel *summaryLabel() const { return summary_; }

public Q_SLOTS:
    // File dialog; the file is read in a Job and put in the list field.
    void chooseListFile();
    // The charts and the summary from the model (after results arrive).
    void updateChart();

Q_SIGNALS:
    void runningChanged(bool running);
    // A run finished (or was cancelled) and its reports are in fleetReports().
    void fleetFinished();
    // A double click on a finished row.
    void reportRequested(const mailtls::core::Report &report);

private:
    void setRunning(bool running);
    void applyBatch(const QList<QPair<int, core::Report>> &results, const core::FleetProgress &progress);
    void updateProgress();
    void openRow(const QModelIndex &index);
    void fillBars(QCustomPlot *plot, QMap<QString, QCPBars *> *bars, const QStringList &keys,
                  const QStringList &labels, const QList<int> &counts, const QList<QColor> &colors);

    core::JobSlot job_;
    core::JobSlot fileJob_;
    QElapsedTimer timer_;
    core::FleetProgress lastProgress_;
    QString ended_;   // how the last run ended ("" while running)

    FleetModel *model_ = nullptr;
    QSortFilterProxyModel *proxy_ = nullptr;
    QPlainTextEdit *list_ = nullptr;
    QPushButton *openButton_ = nullptr;
    QComboBox *mode_ = nullptr;
    QSpinBox *concurrency_ = nullptr;
    QSpinBox *perHost_ = nullptr;
    QSpinBox *delay_ = nullptr;
    QSpinBox *timeout_ = nullptr;
    QPushButton *startButton_ = nullptr;
    QPushButton *cancelButton_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *progressLabel_ = nullptr;
    QLabel *problems_ = nullptr;
    QLabel *summary_ = nullptr;
    QTableView *table_ = nullptr;
    QCustomPlot *versionsPlot_ = nullptr;
    QCustomPlot *severityPlot_ = nullptr;
    QMap<QString, QCPBars *> versionBars_;
    QMap<QString, QCPBars *> severityBars_;
};

} // namespace mailtls::ui
