#include "views/notes_view.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mailtls::ui {

NotesView::NotesView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("notesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    hint_ = new QLabel(tr("Notes for this investigation: what was tried, whom you asked, the ticket number. "
                          "They are saved with the workspace and printed at the top of the HTML report."),
                       this);
    hint_->setObjectName(QStringLiteral("notesHint"));
    hint_->setWordWrap(true);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint_);
    editor_ = new QPlainTextEdit(this);
    editor_->setObjectName(QStringLiteral("notesEditor"));
    editor_->setPlaceholderText(tr("e.g. Partner mx.partner.example fails since Tuesday; their logs say \"no shared cipher\"."));
    editor_->setTabChangesFocus(false);
    // Notes often quote log lines and config: a fixed-width font keeps them aligned.
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(editor_, 1);
    connect(editor_, &QPlainTextEdit::textChanged, this, [this] {
        if (!loading_)
            Q_EMIT edited();
    });
}

QString NotesView::text() const
{
    return editor_->toPlainText();
}

void NotesView::setText(const QString &text)
{
    loading_ = true;
    editor_->setPlainText(text);
    loading_ = false;
}

} // namespace mailtls::ui
