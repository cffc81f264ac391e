#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

#include "jobs/domain_job.h"
#include "jobs/job.h"
#include "model/domain_report.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace mailtls::ui {

class DomainAddressModel;
class FindingsModel;
class FindingsView;

// The "Domain" tab: can mail for a domain be delivered securely? A domain (and, under
// "Options…", a resolver and a DNSSEC trust anchor) is checked in a Job (core::runDomainCheck)
// with its phases and each address as its session ends; then one verdict line per kind of
// sending MTA (opportunistic, DANE-enforcing, MTA-STS-enforcing) on top, every MX address's
// STARTTLS session below (cells that differ from their siblings stand out), the DNS and policy
// facts (MX, TLSA, MTA-STS, TLS-RPT) and the findings with their fixes. A double click on an
// address opens its session in the window's Handshake, Certificates and Findings tabs.
class DomainView : public QWidget
{
    Q_OBJECT
public:
    enum Page { DnsPage, FindingsPage };

    explicit DomainView(QWidget *parent = nullptr);
    ~DomainView() override;

    // Starts a check of the domain field (with the options' fields). A check that is still
    // running is dropped first: only the newest is shown. False (and says why) when the domain
    // field is empty.
    bool startCheck();
    bool startCheck(const core::DomainOptions &options);
    void cancelCheck();
    bool isChecking() const { return job_.isBusy(); }

    // A finished check: added to this window's checks and shown.
    void showReport(const core::DomainReport &report);
    // Every check of this window (oldest first), e.g. from a workspace; the last is shown.
    void setReports(const QList<core::DomainReport> &reports);
    const QList<core::DomainReport> &reports() const { return reports_; }
    bool hasReport() const { return current_ >= 0 && current_ < reports_.size(); }
    // The report shown; an empty one before the first.
    const core::DomainReport &currentReport() const;
    // Shows check `index` of reports(); false when there is none.
    bool showCheck(int index);

    // The domain field focused and selected, ready to type (Tools ▸ Check a Domain…).
    void focusDomainField();

    // Verdict lines as shown (sender label, then the line), one per sender.
    QStringList verdictTexts() const;

    QLineEdit *domainEdit() const { return domain_; }
    QLineEdit *resolverEdit() const { return resolver_; }
    QLineEdit *trustAnchorEdit() const { return trustAnchor_; }
    QToolButton *optionsButton() const { return optionsButton_; }
    QWidget *optionsPanel() const { return options_; }
    QPushButton *checkButton() const { return checkButton_; }
    QPushButton *cancelButton() const { return cancelButton_; }
    QProgressBar *progressBar() const { return progress_; }
    QLabel *progressLabel() const { return progressLabel_; }
    QLabel *bannerLabel() const { return banner_; }
    QLabel *summaryLabel() const { return summary_; }
    QComboBox *historyCombo() const { return history_; }
    QFrame *verdictPanel() const { return verdicts_; }
    DomainAddressModel *addressModel() const { return addressModel_; }
    QTableView *addressTable() const { return table_; }
    QTextBrowser *dnsBrowser() const { return dns_; }
    FindingsModel *findingsModel() const { return findingsModel_; }
    FindingsView *findingsView() const { return findingsView_; }
    QTabWidget *pages() const { return pages_; }
    QStackedWidget *stack() const { return stack_; }
    QLabel *emptyLabel() const { return empty_; }

    // The DNS and policy pane as HTML (also for tests).
    static QString dnsHtml(const core::DomainReport &report);

Q_SIGNALS:
    void checkingChanged(bool checking);
    // A check finished and was added to reports() (not after Cancel, not by setReports).
    void reportAdded();
    // A double click on an address: its session, for the window's own tabs.
    void sessionReportRequested(const mailtls::core::Report &report);

private:
    void setChecking(bool checking);
    void onPhase(const QString &phase);
    void onAddressChecked(const core::MxAddressCheck &address);
    void onFinished(const core::DomainReport &report);
    void display(const core::DomainReport &report);
    void fillVerdicts(const core::DomainReport &report);
    void fillHistory();
    void updateSummary();
    void openAddress(const QModelIndex &index);
    QString phaseText(const QString &phase) const;

    core::JobSlot job_;
    QList<core::DomainReport> reports_;
    int current_ = -1;
    QString checking_;            // the domain being checked
    QString phase_;
    int sessionsDone_ = 0;
    QElapsedTimer timer_;
    QString status_;              // how the last run ended when it left no report ("cancelled")

    QLineEdit *domain_ = nullptr;
    QLineEdit *resolver_ = nullptr;
    QLineEdit *trustAnchor_ = nullptr;
    QPushButton *trustAnchorBrowse_ = nullptr;
    QToolButton *optionsButton_ = nullptr;
    QWidget *options_ = nullptr;
    QPushButton *checkButton_ = nullptr;
    QPushButton *cancelButton_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *progressLabel_ = nullptr;
    QLabel *banner_ = nullptr;
    QLabel *summary_ = nullptr;
    QComboBox *history_ = nullptr;
    QFrame *verdicts_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    QLabel *empty_ = nullptr;
    QSplitter *splitter_ = nullptr;
    DomainAddressModel *addressModel_ = nullptr;
    QTableView *table_ = nullptr;
    QTabWidget *pages_ = nullptr;
    QTextBrowser *dns_ = nullptr;
    FindingsModel *findingsModel_ = nullptr;
    FindingsView *findingsView_ = nullptr;
};

} // namespace mailtls::ui
