#include "cli_language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include "cli_tr.h"
#include "translations.h"

namespace mailtls::cli {

int displayColumns(const QString &text)
{
    int columns = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        columns += wide ? 2 : 1;
    }
    return columns;
}

QString padColumns(const QString &text, int columns)
{
    const int have = displayColumns(text);
    if (text.isEmpty())
        return QString(columns, QLatin1Char(' '));
    return text + QString(qMax(1, columns - have), QLatin1Char(' '));
}

QString cliLanguageCode(const QString &text)
{
    QString name = text.trimmed();
    for (const QChar cut : {QLatin1Char('.'), QLatin1Char('@')}) {   // de_DE.UTF-8, de_DE@euro
        const qsizetype at = name.indexOf(cut);
        if (at >= 0)
            name.truncate(at);
    }
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name.isEmpty() || name == QLatin1String("C") || name == QLatin1String("POSIX"))
        return QString();
    for (const char *code : {"en", "de", "zh_CN", "zh_TW"})
        if (name.compare(QLatin1String(code), Qt::CaseInsensitive) == 0)
            return QLatin1String(code);
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

QString cliLanguageFor(const QString &override, const QString &lcAll, const QString &lcMessages, const QString &lang,
                       const QString &language)
{
    auto translated = [](const QString &code) { return code == QLatin1String("en") ? QString() : code; };
    const QString forced = cliLanguageCode(override);
    if (!forced.isEmpty())
        return translated(forced);
    const QString messages = !lcAll.isEmpty() ? lcAll : !lcMessages.isEmpty() ? lcMessages : lang;
    const QString base = messages.section(QLatin1Char('.'), 0, 0);
    if (base.isEmpty() || base == QLatin1String("C") || base == QLatin1String("POSIX"))
        return QString();
    for (const QString &entry : language.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString code = cliLanguageCode(entry);
        if (!code.isEmpty())
            return translated(code);
    }
    return translated(cliLanguageCode(messages));
}

QString cliLanguageFromEnvironment()
{
    return cliLanguageFor(qEnvironmentVariable("MAILTLS_LANGUAGE"), qEnvironmentVariable("LC_ALL"),
                          qEnvironmentVariable("LC_MESSAGES"), qEnvironmentVariable("LANG"),
                          qEnvironmentVariable("LANGUAGE"));
}

QString installCliTranslation()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString code = cliLanguageFromEnvironment();
    if (!app || code.isEmpty())
        return QString();
    auto *translator = new QTranslator(app);
    if (!translator->load(i18n::translationResource(code))) {
        delete translator;
        return QString();
    }
    QCoreApplication::installTranslator(translator);
    return code;
}

} // namespace mailtls::cli
