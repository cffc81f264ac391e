#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

#include "diagnose/log_verdicts.h"
#include "logs/log_inventory.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mailtls::core {
class Job;
}

namespace mailtls::ui {

// "What breaks if…": a proposed change to our server (or to our outgoing TLS) played against
// every partner's TLS in the logs (core::whatBreaksIf). Lists the partners that would lose TLS
// (with their last message and how much mail they send), those at risk with the reason, and
// how many keep working. The prediction is in memory and quick; a GnuTLS priority string runs
// gnutls-cli to be expanded, so that one prediction runs in a Job.
class LogWhatBreaksPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { PartnerColumn, MessagesColumn, LastSeenColumn, ReasonColumn };

    explicit LogWhatBreaksPanel(QWidget *parent = nullptr);
    ~LogWhatBreaksPanel() override;

    // The partners to play the change against; clears the last result.
    void setInventory(std::shared_ptr<const core::LogInventory> inventory);

    // A scan of our server (the window's current report): offered as the starting point, so
    // the change is played against what the server accepts today rather than "everything".
    void setBaseScan(const core::ScanResult &scan, const QString &label);
    QCheckBox *baseScanBox() const { return baseScan_; }

    // The change the controls describe.
    core::ServerChange change() const;
    // 1 inbound (our server changes), 2 outbound (our client changes).
    int direction() const;

    bool isRunning() const { return job_ != nullptr; }
    bool hasImpact() const { return hasImpact_; }
    const core::ChangeImpact &impact() const { return impact_; }

    QCheckBox *dropTls10Box() const { return dropTls10_; }
    QCheckBox *dropTls11Box() const { return dropTls11_; }
    QCheckBox *dropTls12Box() const { return dropTls12_; }
    QComboBox *certificateCombo() const { return certificate_; }
    QComboBox *dhCombo() const { return dh_; }
    QLineEdit *cipherListEdit() const { return cipherList_; }
    QComboBox *directionCombo() const { return direction_; }
    QPushButton *runButton() const { return run_; }
    QTreeWidget *resultTree() const { return results_; }
    QLabel *summaryLabel() const { return summary_; }
    QLabel *caveatsLabel() const { return caveats_; }
    QLabel *reasonLabel() const { return reason_; }

public Q_SLOTS:
    // Predicts the change. False when there is nothing to predict (no logs, no change) or a
    // prediction is running; the reason is shown in the summary line.
    bool run();

Q_SIGNALS:
    // After every prediction (also one that could not read the change: impact().error).
    void impactReady();
    // A partner of the results was double-clicked: its index in the inventory's partners.
    void partnerActivated(int partner);

private:
    void showImpact(const core::ChangeImpact &impact);
    void showMessage(const QString &text, bool error);
    void showReason();
    void updateWidgets();

    std::shared_ptr<const core::LogInventory> inventory_;
    core::ChangeImpact impact_;
    bool hasImpact_ = false;
    QPointer<core::Job> job_;
    quint64 generation_ = 0;

    QCheckBox *baseScan_ = nullptr;
    core::ScanResult base_;
    QCheckBox *dropTls10_ = nullptr;
    QCheckBox *dropTls11_ = nullptr;
    QCheckBox *dropTls12_ = nullptr;
    QComboBox *certificate_ = nullptr;
    QComboBox *dh_ = nullptr;
    QLineEdit *cipherList_ = nullptr;
    QComboBox *direction_ = nullptr;
    QPushButton *run_ = nullptr;
    QLabel *summary_ = nullptr;
    QTreeWidget *results_ = nullptr;
    QLabel *reason_ = nullptr;
    QLabel *caveats_ = nullptr;
};

} // namespace mailtls::ui
