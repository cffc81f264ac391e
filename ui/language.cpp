#include "language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mailtls::ui {

namespace {

const QString kTranslatorObjectName = QStringLiteral("mailtlsTranslator");

QString &installedCode()
{
    static QString code;
    return code;
}

// ":/i18n/mailtls_zh_TW.qm" -> "zh_TW".
QString codeOfTranslator(const QTranslator &translator)
{
    const QString base = QFileInfo(translator.filePath()).completeBaseName();
    const QString prefix = QStringLiteral("mailtls_");
    return base.startsWith(prefix) ? base.mid(prefix.size()) : QString();
}

} // namespace

QList<LanguageChoice> languageChoices()
{
    return {
        {QString(), QString()},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
    };
}

QString normalizedLanguageCode(const QString &text)
{
    QString name = text.trimmed();
    for (const QChar cut : {QLatin1Char('.'), QLatin1Char('@'), QLatin1Char(':')}) {   // de_DE.UTF-8, de:en
        const qsizetype at = name.indexOf(cut);
        if (at >= 0)
            name.truncate(at);
    }
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name.isEmpty())
        return QString();
    for (const LanguageChoice &choice : languageChoices()) {
        if (!choice.code.isEmpty() && choice.code.compare(name, Qt::CaseInsensitive) == 0)
            return choice.code;
    }
    const QLocale locale(name);
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Chinese:
        // zh_TW, zh_HK, zh_MO and zh_Hant are written in traditional characters.
        return locale.script() == QLocale::TraditionalHanScript ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    default:
        return QString();
    }
}

QString languageSetting(const QSettings &settings)
{
    return normalizedLanguageCode(settings.value(QLatin1String(kLanguageSettingKey)).toString());
}

void storeLanguageSetting(QSettings &settings, const QString &code)
{
    settings.setValue(QLatin1String(kLanguageSettingKey), normalizedLanguageCode(code));
}

QString effectiveLanguage(const QSettings &settings)
{
    const QString forced = normalizedLanguageCode(qEnvironmentVariable(kLanguageEnvironmentVariable));
    return forced.isEmpty() ? languageSetting(settings) : forced;
}

QString languageOfUiLanguages(const QStringList &uiLanguages)
{
    for (const QString &language : uiLanguages) {
        const QString code = normalizedLanguageCode(language);
        if (!code.isEmpty())
            return code;
    }
    return QString();
}

std::unique_ptr<QTranslator> loadTranslator(const QString &code)
{
    QString language = normalizedLanguageCode(code);
    if (language.isEmpty())
        // QLocale() is the system's: LANGUAGE (a list), else LC_ALL, LC_MESSAGES, LANG.
        language = languageOfUiLanguages(QLocale().uiLanguages());
    if (language.isEmpty() || language == QLatin1String("en"))
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/mailtls_%1.qm").arg(language)))
        return nullptr;
    return translator;
}

QString translationFor(const QString &code)
{
    const std::unique_ptr<QTranslator> translator = loadTranslator(code);
    return translator ? codeOfTranslator(*translator) : QString();
}

QTranslator *installTranslatorFor(const QSettings &settings)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return nullptr;
    if (auto *previous = app->findChild<QTranslator *>(kTranslatorObjectName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    installedCode().clear();
    std::unique_ptr<QTranslator> translator = loadTranslator(effectiveLanguage(settings));
    if (!translator)
        return nullptr;
    translator->setObjectName(kTranslatorObjectName);
    translator->setParent(app);
    QCoreApplication::installTranslator(translator.get());
    installedCode() = codeOfTranslator(*translator);
    return translator.release();
}

QString installedTranslation()
{
    return installedCode();
}

} // namespace mailtls::ui
