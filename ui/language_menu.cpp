#include "language_menu.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

#include "language.h"

namespace mailtls::ui {

namespace {

constexpr char kContext[] = "mailtls::ui::LanguageMenu";

// The restart question is asked in the language just chosen, so it is translated with that
// language's translator rather than the one in use.
const char *const kQuestionTitle = QT_TRANSLATE_NOOP("mailtls::ui::LanguageMenu", "Language");
const char *const kChosenText = QT_TRANSLATE_NOOP("mailtls::ui::LanguageMenu",
    "The workbench will use %1 from its next start.");
const char *const kSystemText = QT_TRANSLATE_NOOP("mailtls::ui::LanguageMenu",
    "The workbench will follow the system language from its next start.");
const char *const kRestartQuestion = QT_TRANSLATE_NOOP("mailtls::ui::LanguageMenu",
    "Restart it now? Unsaved work is asked about first.");
const char *const kRestartButton = QT_TRANSLATE_NOOP("mailtls::ui::LanguageMenu", "&Restart Now");
const char *const kLaterButton = QT_TRANSLATE_NOOP("mailtls::ui::LanguageMenu", "&Later");

QString translated(const QTranslator *translator, const char *source)
{
    const QString text = translator ? translator->translate(kContext, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QString actionName(const QString &code)
{
    return QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code);
}

// The same program with the same arguments, without a MAILTLS_LANGUAGE that would hide the
// choice just made.
bool startSameProgram()
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(QCoreApplication::arguments().mid(1));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QLatin1String(kLanguageEnvironmentVariable));
    process.setProcessEnvironment(environment);
    if (!process.startDetached()) {
        std::fprintf(stderr, "mailtls-workbench: could not start %s again: %s\n",
                     qPrintable(process.program()), qPrintable(process.errorString()));
        return false;
    }
    return true;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *window) : QMenu(tr("&Language"), window), window_(window)
{
    setObjectName(QStringLiteral("languageMenu"));
    group_ = new QActionGroup(this);
    group_->setExclusive(true);
    const QString current = languageSetting(QSettings());
    for (const LanguageChoice &choice : languageChoices()) {
        QAction *action = addAction(choice.code.isEmpty() ? tr("System default") : choice.name);
        action->setObjectName(actionName(choice.code));
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        group_->addAction(action);
        if (choice.code.isEmpty())
            addSeparator();
        const QString code = choice.code;
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
    askRestart = [this](const QString &code) { return askRestartInChosenLanguage(code); };
    startAgain = [] {
        const bool started = startSameProgram();
        QCoreApplication::quit();
        return started;
    };
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    return findChild<QAction *>(actionName(code));
}

void LanguageMenu::choose(const QString &code)
{
    {
        QSettings settings;
        storeLanguageSetting(settings, code);
    }
    if (QAction *action = actionFor(code))
        action->setChecked(true);
    Q_EMIT languageChosen(code);
    if (translationFor(code) == installedTranslation())
        return;   // the texts on screen are already in that language
    if (askRestart && askRestart(code))
        restart();
}

bool LanguageMenu::askRestartInChosenLanguage(const QString &code)
{
    const std::unique_ptr<QTranslator> translator = loadTranslator(code);
    QString name;
    for (const LanguageChoice &choice : languageChoices()) {
        if (choice.code == code)
            name = choice.name;
    }
    QMessageBox box(QMessageBox::Question, translated(translator.get(), kQuestionTitle),
                    name.isEmpty() ? translated(translator.get(), kSystemText)
                                   : translated(translator.get(), kChosenText).arg(name),
                    QMessageBox::NoButton, window_);
    box.setInformativeText(translated(translator.get(), kRestartQuestion));
    QPushButton *restartButton = box.addButton(translated(translator.get(), kRestartButton), QMessageBox::AcceptRole);
    QPushButton *laterButton = box.addButton(translated(translator.get(), kLaterButton), QMessageBox::RejectRole);
    box.setDefaultButton(restartButton);
    box.setEscapeButton(laterButton);
    box.exec();
    return box.clickedButton() == restartButton;
}

void LanguageMenu::restart()
{
    // The normal close: sessions cancelled, unsaved work asked about. Kept open: no restart.
    if (!window_->close())
        return;
    if (startAgain)
        startAgain();
}

} // namespace mailtls::ui
