#pragma once

#include <QList>
#include <QWidget>

#include "model/finding.h"
#include "model/report.h"

class QLabel;
class QTableWidget;

namespace mailtls::ui {

// One row of the "Protocol hygiene" table: which check of the scan it shows (ScanResult::hygiene,
// or ScanResult::starttls for the STARTTLS checks) and
// which answer is the good one (Yes for secure renegotiation, No for client-initiated
// renegotiation). A new check is one more line in hygieneRows() (hygiene_panel.cpp).
// The panel shows every finding of findingIds that the scan raised.
struct HygieneRowSpec {
    const char *key;                                       // the JSON key, e.g. "secure_renegotiation"
    const char *label;                                     // QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", ...)
    const char *about;                                     // the tooltip: what the check asks, translatable the same way
    const core::HygieneCheck *(*check)(const core::ScanResult &);  // the result shown; nullptr: the row is left out
    core::CheckState good;                                 // the good answer: Yes or No; NotApplicable: neither
                                                           // answer is good or bad (information, e.g. resumption)
    const char *findingIds;                                // raised on it (scan_rules.cpp), comma-separated; nullptr: none
    QString (*detail)(const core::ScanResult &);           // extra words after the result (counts); may be nullptr
};

// Every row, in the order shown.
const QList<HygieneRowSpec> &hygieneRows();

// How a check's answer reads for the user: good, bad, or neither (untested, not applicable).
enum class HygieneVerdict { Good, Bad, Untested, NotApplicable, Information };
HygieneVerdict hygieneVerdict(core::CheckState state, core::CheckState good);

// The "Protocol hygiene" panel of the Cipher matrix tab: one row per check with its answer as
// a word and a coloured mark, the evidence, and the finding raised on it.
class HygienePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { CheckColumn, ResultColumn, FindingColumn, EvidenceColumn, ColumnCount };

    explicit HygienePanel(QWidget *parent = nullptr);

    // Shows a scan's checks; the findings name the rows' findings (only ids present are shown).
    // The STARTTLS rows appear only when the scan ran those probes (a STARTTLS dialect).
    void setScan(const core::ScanResult &scan, const core::Findings &findings = {});
    void clear();

    QTableWidget *table() const { return table_; }
    // The row of a check by its key; -1 when not shown.
    int rowOf(const QString &key) const;
    QString resultText(const QString &key) const;
    QString evidenceText(const QString &key) const;
    QString findingText(const QString &key) const;
    HygieneVerdict verdict(const QString &key) const;
    QString noteText() const;

    static QString stateText(core::CheckState state);

private:
    QLabel *note_ = nullptr;
    QTableWidget *table_ = nullptr;
};

} // namespace mailtls::ui
