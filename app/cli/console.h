#pragma once

// Writing to the terminal: UTF-8 on stdout/stderr, and whether colours make sense there.

#include <QString>

namespace mailtls::cli {

void writeOut(const QString &text);
void writeErr(const QString &text);
// One line to stderr: "mailtls: <message>\n" (or "mailtls session: ..." with a command).
void printError(const QString &command, const QString &message);

// 1234567 as "1,234,567": counts in text output.
QString groupedNumber(qint64 n);

bool stdoutIsTerminal();
// Colours only on a terminal, never when NO_COLOR is set or TERM is "dumb".
bool stdoutWantsColor();
// Columns of the terminal on stdout, or `fallback` when it is not a terminal.
int stdoutColumns(int fallback);

} // namespace mailtls::cli
