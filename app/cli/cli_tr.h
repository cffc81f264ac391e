#pragma once

// The CLI's human-readable text, translated: Cli::tr("Target") looks the text up in the
// context "mailtls" of the translation main() installed (cli_language.h); without one, or for
// a text it lacks, the English source comes back. lupdate finds Cli::tr() calls in app/cli/
// (translations/CMakeLists.txt). JSON keys and values, finding texts from core and anything a
// server sent are never passed through here. The result goes to writeOut()/writeErr() like
// any other text, so it is escaped the same way.

#include <QCoreApplication>
#include <QString>

namespace mailtls::cli {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(mailtls)
};

// Columns `text` takes in a terminal: CJK ideographs, Hangul, kana and full-width forms take
// two, everything else one.
int displayColumns(const QString &text);
// `text` padded with spaces to `columns` terminal columns; at least one space follows a text
// that is already as wide (a translated label can be longer than the English one).
QString padColumns(const QString &text, int columns);

} // namespace mailtls::cli
