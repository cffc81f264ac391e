#pragma once

#include <QMenu>

#include <functional>

class QActionGroup;

namespace mailtls::ui {

// Tools > Language: System default, English, Deutsch, 简体中文, 繁體中文, stored in QSettings
// (language.h). The window's texts are set once when it is built, so a new choice takes effect
// at the next start: the menu says so in the chosen language and offers to restart now. The
// restart closes the window the normal way first (unsaved work is asked about; cancelling
// there keeps the workbench running with the choice stored for later), then starts the same
// program with the same arguments.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *window);

    // The action of a choice ("" = system default); object names "language-system",
    // "language-en", "language-de", "language-zh_CN", "language-zh_TW".
    QAction *actionFor(const QString &code) const;

    // Stores `code` and, when that changes the translation in use, asks about restarting.
    void choose(const QString &code);

    // The restart question; true = restart now. Replaceable so tests need no modal dialog.
    std::function<bool(const QString &code)> askRestart;
    // Starts the new process once the window closed; replaceable so tests start nothing.
    std::function<bool()> startAgain;

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    bool askRestartInChosenLanguage(const QString &code);
    void restart();

    QWidget *window_ = nullptr;
    QActionGroup *group_ = nullptr;
};

} // namespace mailtls::ui
