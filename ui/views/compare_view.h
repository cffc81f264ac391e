#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "export_job.h"
#include "model/report.h"
#include "model/scan_options.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mailtls::core {
class Job;
}

namespace mailtls::ui {

class CompareModel;
class ScanController;

// Servers side by side: a column per server (a saved report or a live server scanned on
// ScanController's thread), differing rows first and highlighted. Used as a window of its own
// (Tools > Compare Servers…).
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    CompareModel *model() const { return model_; }
    QTableView *table() const { return table_; }
    QLineEdit *targetEdit() const { return target_; }
    QLabel *summaryLabel() const { return summary_; }
    QLabel *hintLabel() const { return hint_; }
    bool isScanning() const;
    int pendingScans() const { return int(pending_.size()); }

    void addReport(const core::Report &report, const QString &label = QString());
    // A report saved as JSON (mailtls scan/session --json, File > Save Report). False with a
    // one-line reason (also shown in the hint line) when it cannot be read.
    bool addReportFile(const QString &fileName, QString *error = nullptr);
    // "HOST[:PORT]" (PORT 25 by default; [IPv6]:PORT): scanned now on a worker thread, added
    // when the scan is done (scanFinished). Queued behind a running scan. False on bad text.
    bool addLiveTarget(const QString &text, QString *error = nullptr);
    // Removes the column of the selected cell (a server column). False when none is selected.
    bool removeSelectedColumn();
    // Export HTML…/Export PDF… ask through this instead of a file dialog when set (tests).
    void setExportPrompt(ExportPrompt prompt) { exportPrompt_ = std::move(prompt); }
    bool isExporting() const;

public Q_SLOTS:
    void chooseReportFiles();
    void cancelScans();
    // The comparison shown (two or more servers), as the document `mailtls compare --html/--pdf`
    // writes; the file is written off the GUI thread (exportFinished follows).
    void exportHtml();
    void exportPdf();

Q_SIGNALS:
    // `error` empty: `path` was written.
    void exportFinished(const QString &path, const QString &error);
    // After each live scan: ok false when the server could not be scanned (see hintLabel()).
    void scanFinished(bool ok);

private:
    void startNextScan();
    void onScanFinished(const core::Report &report);
    void updateWidgets();
    void setHint(const QString &text, bool error = false);
    void exportComparison(bool asPdf);

    CompareModel *model_ = nullptr;
    ScanController *scans_ = nullptr;
    QTableView *table_ = nullptr;
    QLineEdit *target_ = nullptr;
    QPushButton *scanButton_ = nullptr;
    QPushButton *fileButton_ = nullptr;
    QPushButton *removeButton_ = nullptr;
    QPushButton *cancelButton_ = nullptr;
    QPushButton *exportHtmlButton_ = nullptr;
    QPushButton *exportPdfButton_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *summary_ = nullptr;
    QLabel *notes_ = nullptr;
    QLabel *hint_ = nullptr;
    QList<core::ScanOptions> pending_;
    QString scanning_;   // "host:port" of the running scan
    bool hintIsError_ = false;
    ExportPrompt exportPrompt_;
    QPointer<core::Job> exportJob_;   // the running export
};

} // namespace mailtls::ui
