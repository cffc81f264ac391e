#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace mailtls::ui {

// The investigation's own notes: plain text kept in the workspace file (what was tried, who
// was called, the ticket number). Only the user's typing counts as an edit.
class NotesView : public QWidget
{
    Q_OBJECT
public:
    explicit NotesView(QWidget *parent = nullptr);

    QString text() const;
    // Replaces the text without emitting edited(): loading is not editing.
    void setText(const QString &text);
    QPlainTextEdit *editor() const { return editor_; }

Q_SIGNALS:
    void edited();

private:
    QLabel *hint_ = nullptr;
    QPlainTextEdit *editor_ = nullptr;
    bool loading_ = false;
};

} // namespace mailtls::ui
