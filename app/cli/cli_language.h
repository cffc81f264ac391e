#pragma once

// Which translation the CLI speaks, from the environment as a desktop user expects it:
// MAILTLS_LANGUAGE (the window's override, same values) first; then the messages locale
// (LC_ALL, else LC_MESSAGES, else LANG); unset, "C" or "POSIX" there means English, as for
// every other program (GNU gettext ignores LANGUAGE then too); otherwise the first entry of
// LANGUAGE (a colon list) that has a translation, else the messages locale itself.
// The translations are compiled into the program (translations/translations.h), like the
// window's, so an installed mailtls finds them wherever it lives.

#include <QString>

namespace mailtls::cli {

// "de", "zh_CN", "zh_TW", "en" for a spelling a user or a locale might give ("de_DE.UTF-8",
// "zh-Hant", "zh_HK", "EN"); "" for empty, "C", "POSIX" and anything without a translation.
QString cliLanguageCode(const QString &text);

// The choice for the given environment values (see above): "de", "zh_CN", "zh_TW" or "" for
// English.
QString cliLanguageFor(const QString &override, const QString &lcAll, const QString &lcMessages, const QString &lang,
                       const QString &language);
// The same from this process's environment.
QString cliLanguageFromEnvironment();

// Installs the translation for cliLanguageFromEnvironment() on the application; returns the
// code installed ("" = English, nothing installed).
QString installCliTranslation();

} // namespace mailtls::cli
