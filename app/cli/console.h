#pragma once

// Writing to the terminal: UTF-8 on stdout/stderr, and whether colours make sense there.

#include <QString>

namespace mailtls::cli {

// Everything written goes through one filter: control characters (C0 but line breaks and tabs,
// DEL, C1, the invisible Unicode controls, lone surrogates) come out escaped ("\x1b"), so text
// from a server, a log or a file can never move the cursor, retitle or clear the terminal.
// The only escape sequences that reach it are the program's own, made with styled() and
// eraseLine(): SGR colours and "erase line" from a fixed set.
void writeOut(const QString &text);
void writeErr(const QString &text);

// `text` in an SGR style ("1" bold, "31" red, "1;33" bold yellow, ...); the caller decides
// whether colours are wanted.
QString styled(const QString &text, const char *sgr);
// Back to the start of the line and erase it (progress lines on stderr).
QString eraseLine();

// What writeOut() makes of `text` (tests).
QString terminalText(const QString &text);
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
