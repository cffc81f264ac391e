#pragma once

// Where the compiled translations live: Qt resources inside the program (translations/
// CMakeLists.txt), the same for the window and the CLI, installed or run from the build tree.

#include <QString>

namespace mailtls::i18n {

// ":/i18n/mailtls_<code>.qm" for "de", "zh_CN", "zh_TW".
QString translationResource(const QString &code);

} // namespace mailtls::i18n
