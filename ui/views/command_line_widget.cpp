#include "views/command_line_widget.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mailtls::ui {

CommandLineWidget::CommandLineWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *prompt = new QLabel(QStringLiteral("C→"), this);
    prompt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit_ = new QLineEdit(this);
    edit_->setObjectName(QStringLiteral("commandLine"));
    edit_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit_->setClearButtonEnabled(true);
    edit_->installEventFilter(this);
    prompt->setBuddy(edit_);
    // Typed lines go out as typed: unlike openssl s_client, no letter at the start of a line is a
    // command of the tool (s_client: R renegotiates, Q quits, k/K update keys in TLS 1.3).
    edit_->setToolTip(helpText());
    prompt->setToolTip(helpText());
    send_ = new QPushButton(tr("&Send"), this);
    send_->setObjectName(QStringLiteral("sendButton"));
    layout->addWidget(prompt);
    layout->addWidget(edit_, 1);
    layout->addWidget(send_);

    connect(edit_, &QLineEdit::returnPressed, this, &CommandLineWidget::submit);
    connect(send_, &QPushButton::clicked, this, &CommandLineWidget::submit);
    connect(edit_, &QLineEdit::textChanged, this, [this](const QString &text) {
        send_->setEnabled(interactive_ && !text.isEmpty());
    });
    setInteractive(false);
}

QString CommandLineWidget::helpText()
{
    return tr("<p>Each line you type is sent to the server exactly as typed, ended with CR LF as SMTP wants it, "
              "inside TLS once TLS is up. Up and Down recall earlier lines.</p>"
              "<p>No letter is a command here. In <tt>openssl s_client</tt> a line that starts with <b>R</b> asks for a "
              "TLS renegotiation instead of being sent (so <tt>RCPT TO</tt> renegotiates) and one that starts with "
              "<b>Q</b> quits. A server that rightly refuses client-initiated renegotiation then ends the session, and "
              "the server gets the blame. With s_client, use <tt>-ign_eof</tt> or <tt>-quiet</tt> (both imply "
              "<tt>-nocommands</tt>), or type <tt>rcpt to</tt> in lower case.</p>");
}

void CommandLineWidget::setInteractive(bool interactive)
{
    interactive_ = interactive;
    edit_->setEnabled(interactive);
    send_->setEnabled(interactive && !edit_->text().isEmpty());
    edit_->setPlaceholderText(interactive
        ? tr("Type a command (e.g. NOOP or MAIL FROM:<a@example.org>) and press Enter")
        : tr("Commands can be typed once a session is ready"));
}

void CommandLineWidget::submit()
{
    if (!interactive_)
        return;
    const QString line = edit_->text();
    if (line.isEmpty())
        return;
    if (history_.isEmpty() || history_.constLast() != line)
        history_ << line;
    historyPos_ = history_.size();
    draft_.clear();
    edit_->clear();
    Q_EMIT lineEntered(line);
}

void CommandLineWidget::showHistoryEntry(int position)
{
    if (historyPos_ == history_.size())
        draft_ = edit_->text();
    historyPos_ = position;
    edit_->setText(position < history_.size() ? history_.at(position) : draft_);
}

bool CommandLineWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == edit_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up) {
            if (historyPos_ > 0)
                showHistoryEntry(historyPos_ - 1);
            return true;
        }
        if (key == Qt::Key_Down) {
            if (historyPos_ < history_.size())
                showHistoryEntry(historyPos_ + 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mailtls::ui
