#pragma once

// The pane under the ladder: for the selected row, what it is (direction, time, size,
// encrypted or not), the decoded fields of a TLS message, and a short plain-language
// explanation with what TLS 1.3 changed.

#include <QWidget>

class QTextBrowser;

namespace mailtls::ui {

struct LadderRow;

class LadderDetails : public QWidget
{
    Q_OBJECT
public:
    explicit LadderDetails(QWidget *parent = nullptr);

    void setRow(const LadderRow &row);
    void clear();

    QString html() const;        // what is shown (tests)
    QString plainText() const;
    QTextBrowser *browser() const { return browser_; }

    // The HTML for one row, also used for tooltips and exports.
    static QString rowHtml(const LadderRow &row);

private:
    QTextBrowser *browser_ = nullptr;
};

} // namespace mailtls::ui
