#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace mailtls::ui {

// The console under the transcript: whatever is typed goes to the server verbatim (no line is
// special, not even one starting with "R" or "Q"). Up/Down walk through earlier lines.
class CommandLineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CommandLineWidget(QWidget *parent = nullptr);

    void setInteractive(bool interactive);
    bool isInteractive() const { return interactive_; }
    QLineEdit *lineEdit() const { return edit_; }
    QPushButton *sendButton() const { return send_; }
    const QStringList &history() const { return history_; }
    // The console's help (its tooltip): lines go out as typed, and why that differs from
    // openssl s_client's R/Q command letters. Rich text.
    static QString helpText();

Q_SIGNALS:
    void lineEntered(const QString &line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void showHistoryEntry(int position);

    QLineEdit *edit_ = nullptr;
    QPushButton *send_ = nullptr;
    QStringList history_;
    int historyPos_ = 0;    // == history_.size() while editing a new line
    QString draft_;         // the unfinished line kept while browsing history
    bool interactive_ = false;
};

} // namespace mailtls::ui
