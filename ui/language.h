#pragma once

// The window's language: the system's unless the settings name one (Tools > Language), and
// MAILTLS_LANGUAGE above both for one run (tests, screenshots). The translations are compiled
// in as :/i18n/mailtls_<code>.qm; English is the source text and needs none.

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;
class QTranslator;

namespace mailtls::ui {

// QSettings key: "" or absent follows the system; "en", "de", "zh_CN", "zh_TW" choose.
inline constexpr char kLanguageSettingKey[] = "ui/language";
// Environment variable with the same values; set and known, it wins over the setting.
inline constexpr char kLanguageEnvironmentVariable[] = "MAILTLS_LANGUAGE";

struct LanguageChoice
{
    QString code;   // "" = the system's language
    QString name;   // in its own language; "" for the system's (the menu translates that one)
};

// The choices in menu order: system, English, Deutsch, 简体中文, 繁體中文.
QList<LanguageChoice> languageChoices();

// One of the choices' codes for a spelling a user or a locale might give ("de_DE.UTF-8",
// "zh-Hant", "zh_HK", "EN"); "" for empty, "C" and anything without a translation here.
QString normalizedLanguageCode(const QString &text);

// The first of a locale's UI languages (QLocale::uiLanguages(), most wanted first) that is one
// of the choices: "zh-HK" gives "zh_TW", "en" English, "fr,de" German; "" when none is.
QString languageOfUiLanguages(const QStringList &uiLanguages);

QString languageSetting(const QSettings &settings);   // normalised; "" when unset
void storeLanguageSetting(QSettings &settings, const QString &code);

// The choice in effect at start: MAILTLS_LANGUAGE when it names a known language, else the
// setting ("" = system).
QString effectiveLanguage(const QSettings &settings);

// The translation `code` loads ("" = the system's: the first of QLocale()'s UI languages, from
// LANGUAGE, LC_ALL, LC_MESSAGES or LANG, that has one), or nullptr for English and languages
// without a translation.
std::unique_ptr<QTranslator> loadTranslator(const QString &code);
// Which translation `code` would load: "de", "zh_CN", "zh_TW", or "" (English).
QString translationFor(const QString &code);

// At start, before any window exists: installs the translator for effectiveLanguage(settings)
// on the application (which owns it) in place of one an earlier call installed, and returns
// it (nullptr: English, nothing installed).
QTranslator *installTranslatorFor(const QSettings &settings);
// The translation installTranslatorFor() put in place: "de", "zh_CN", "zh_TW" or "".
QString installedTranslation();

} // namespace mailtls::ui
