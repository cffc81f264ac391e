#pragma once

#include <QElapsedTimer>
#include <QStringList>
#include <QWidget>

#include <memory>

#include "jobs/job.h"
#include "logs/log_inventory.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace mailtls::ui {

class LogPartnerFilter;
class LogPartnerModel;
class LogPlots;
class LogWhatBreaksPanel;

// The "Logs" tab: Exim and Postfix logs (plain or rotated .gz/.xz/.bz2, syslog or journal) read
// in a Job (core::runLogAnalysis) with byte progress and Cancel; then the partners with their
// TLS, filters and details (failure causes with their meaning and next step), three plots over
// the hours, "What breaks if…", and the files with what could not be read. A partner can be
// opened as a session or scanned (port 25) through the window's own target bar.
class LogsView : public QWidget
{
    Q_OBJECT
public:
    enum Page { PartnersPage, PlotsPage, WhatBreaksPage, FilesPage };

    explicit LogsView(QWidget *parent = nullptr);
    ~LogsView() override;

    // Starts reading `paths` (one run over all of them, rotations in time order). A run that is
    // still going is cancelled first: only the newest run is shown. False when `paths` is empty.
    bool openFiles(const QStringList &paths);
    void cancelReading();
    bool isReading() const { return job_.isBusy(); }
    QStringList readingPaths() const { return readingPaths_; }

    bool hasInventory() const { return inventory_ != nullptr; }
    // The last run's result; empty before the first.
    const core::LogInventory &inventory() const;

    // The selected partner (index into inventory().partners), -1 when none.
    int selectedPartner() const;
    bool selectPartner(int partner);
    // What "Open Session" and "Scan" connect to: outbound the partner's name (its MX), inbound
    // the address it connected from; either falls back to the other.
    static QString targetHostOf(const core::LogPartner &partner);

    LogPartnerModel *partnerModel() const { return model_; }
    LogPartnerFilter *partnerFilter() const { return filter_; }
    QTableView *partnerTable() const { return table_; }
    QTextBrowser *detailsBrowser() const { return details_; }
    QTreeWidget *filesTree() const { return files_; }
    LogPlots *plots() const { return plots_; }
    LogWhatBreaksPanel *whatBreaksPanel() const { return whatBreaks_; }
    QTabWidget *pages() const { return pages_; }
    QStackedWidget *stack() const { return stack_; }
    QLabel *emptyLabel() const { return empty_; }
    QLabel *summaryLabel() const { return summary_; }
    QLabel *bannerLabel() const { return banner_; }
    QProgressBar *progressBar() const { return progress_; }
    QLabel *progressLabel() const { return progressLabel_; }
    QPushButton *openButton() const { return openButton_; }
    QPushButton *cancelButton() const { return cancelButton_; }
    QPushButton *sessionButton() const { return sessionButton_; }
    QPushButton *scanButton() const { return scanButton_; }
    QPushButton *fleetButton() const { return fleetButton_; }
    // The hosts of the partners the table lists (after the filters), as "Open Session" would
    // reach them; for the Fleet tab.
    QStringList listedHosts() const;
    QLineEdit *searchEdit() const { return search_; }
    QComboBox *directionCombo() const { return direction_; }
    QComboBox *versionCombo() const { return version_; }
    QComboBox *verificationCombo() const { return verification_; }
    QCheckBox *failingOnlyBox() const { return failingOnly_; }
    QCheckBox *cleartextOnlyBox() const { return cleartextOnly_; }
    QLabel *countLabel() const { return count_; }

public Q_SLOTS:
    // File dialog, then openFiles().
    void chooseFiles();

Q_SIGNALS:
    void readingChanged(bool reading);
    // A run finished and its inventory is shown (not after Cancel).
    void inventoryLoaded();
    // "Open Session" / "Scan" on a partner: the host to reach on port 25.
    void sessionRequested(const QString &host);
    void scanRequested(const QString &host);
    // "Check These Partners in the Fleet Tab": listedHosts().
    void fleetRequested(const QStringList &hosts);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *makePartnersPage();
    QWidget *makeFilesPage();
    void showInventory(const core::LogInventory &inventory);
    void showProgress(qint64 done, qint64 total);
    void setReading(bool reading);
    void fillFiles();
    void fillVersionFilter();
    void updateSummary();
    void updateCount();
    void showDetails();
    void showPartnerMenu(const QPoint &pos);
    void requestSession();
    void requestScan();
    QString detailsHtml(const core::LogPartner &partner) const;

    LogPartnerModel *model_ = nullptr;
    LogPartnerFilter *filter_ = nullptr;
    std::shared_ptr<const core::LogInventory> inventory_;
    core::JobSlot job_;
    QStringList readingPaths_;
    QElapsedTimer readingTimer_;
    QString status_;   // what the last run ended with, when not a result ("cancelled")
    QString emptyText_;   // what the empty page says before anything was read

    QPushButton *openButton_ = nullptr;
    QPushButton *cancelButton_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *progressLabel_ = nullptr;
    QLabel *summary_ = nullptr;
    QLabel *banner_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    QLabel *empty_ = nullptr;
    QTabWidget *pages_ = nullptr;

    QLineEdit *search_ = nullptr;
    QComboBox *direction_ = nullptr;
    QComboBox *version_ = nullptr;
    QComboBox *verification_ = nullptr;
    QCheckBox *failingOnly_ = nullptr;
    QCheckBox *cleartextOnly_ = nullptr;
    QLabel *count_ = nullptr;
    QTableView *table_ = nullptr;
    QTextBrowser *details_ = nullptr;
    QPushButton *sessionButton_ = nullptr;
    QPushButton *scanButton_ = nullptr;
    QPushButton *fleetButton_ = nullptr;

    QTreeWidget *files_ = nullptr;
    LogPlots *plots_ = nullptr;
    LogWhatBreaksPanel *whatBreaks_ = nullptr;
};

} // namespace mailtls::ui
