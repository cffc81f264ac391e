#pragma once

// Text that came from outside (a server, a log, a file) made safe to show: control characters
// (C0, DEL, C1), and the Unicode controls that reorder or hide text (bidirectional overrides
// and isolates, zero-width characters) become visible escapes, so input can never move the
// cursor, recolour or retitle the admin's terminal, or disguise itself.

#include <QString>
#include <QStringView>

namespace mailtls::core {

// For the window, where a control character would be invisible or a box: C0 characters and
// DEL as their Unicode control pictures (U+2400 ... U+2421: "␛" for ESC, "␀" for NUL), C1 and
// the invisible controls escaped as escapeControls() does. Tabs stay.
QString visibleControls(QStringView text);

// "\x1b" for C0/DEL/C1 characters, "\u202e" for the invisible Unicode controls and for UTF-16
// surrogates that are not a pair; the rest as is. `keepLineBreaks`: leave "\n" and "\t" (text
// that is laid out in lines already).
QString escapeControls(QStringView text, bool keepLineBreaks = false);

} // namespace mailtls::core
