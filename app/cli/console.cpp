#include "console.h"

#include "base/display_text.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/ioctl.h>
#include <unistd.h>

namespace mailtls::cli {

namespace {

// The program's own escape and carriage return, as lone low surrogates: decoding UTF-8 or
// Latin-1 never yields one, and a stray one elsewhere only ever becomes one of the sequences
// kAllowed names.
constexpr char16_t kEscMarker = 0xDC1B;
constexpr char16_t kCrMarker = 0xDC0D;

// The length of one of the program's own sequences after the marker: "[K", or "[" SGR "m" whose
// parameters are all plain styles (reset, bold, dim, the eight foreground colours); 0 for
// anything else (which then comes out escaped).
qsizetype ownSequence(QStringView rest)
{
    if (rest.startsWith(QLatin1String("[K")))
        return 2;
    if (!rest.startsWith(QLatin1Char('[')))
        return 0;
    qsizetype i = 1;
    int parameter = -1;
    for (; i < rest.size() && i < 16; ++i) {
        const QChar c = rest.at(i);
        if (c.isDigit()) {
            parameter = (parameter < 0 ? 0 : parameter * 10) + c.digitValue();
            if (parameter > 99)
                return 0;
            continue;
        }
        const bool plain = parameter == 0 || parameter == 1 || parameter == 2 || parameter == 22 || parameter == 39
                           || (parameter >= 30 && parameter <= 37);
        if (!plain)
            return 0;
        if (c == QLatin1Char('m'))
            return i + 1;
        if (c != QLatin1Char(';'))
            return 0;
        parameter = -1;
    }
    return 0;
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = terminalText(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

QString terminalText(const QString &text)
{
    QString out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != kEscMarker && c != kCrMarker)
            continue;
        out += core::escapeControls(QStringView(text).mid(start, i - start), true);
        start = i + 1;
        if (c == kCrMarker) {
            out += QLatin1Char('\r');
            continue;
        }
        const qsizetype length = ownSequence(QStringView(text).mid(i + 1));
        if (length == 0) {
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            continue;
        }
        out += QChar(u'\x1b');
        out += QStringView(text).mid(i + 1, length);
        start = i + 1 + length;
        i = start - 1;
    }
    out += core::escapeControls(QStringView(text).mid(start), true);
    return out;
}

QString styled(const QString &text, const char *sgr)
{
    return QString(QChar(kEscMarker)) + QLatin1Char('[') + QLatin1String(sgr) + QLatin1Char('m') + text + QChar(kEscMarker)
           + QLatin1String("[0m");
}

QString eraseLine()
{
    return QString(QChar(kCrMarker)) + QChar(kEscMarker) + QLatin1String("[K");
}

void writeOut(const QString &text) { writeTo(stdout, text); }

void writeErr(const QString &text) { writeTo(stderr, text); }

void printError(const QString &command, const QString &message)
{
    const QString prefix = command.isEmpty() ? QStringLiteral("mailtls") : QStringLiteral("mailtls ") + command;
    writeErr(prefix + QStringLiteral(": ") + message + QLatin1Char('\n'));
}

bool stdoutIsTerminal() { return ::isatty(STDOUT_FILENO) == 1; }

bool stdoutWantsColor()
{
    if (!::isatty(STDOUT_FILENO))
        return false;
    const char *noColor = std::getenv("NO_COLOR");
    if (noColor && *noColor)
        return false;
    const char *term = std::getenv("TERM");
    return !(term && std::strcmp(term, "dumb") == 0);
}

int stdoutColumns(int fallback)
{
    struct winsize size {};
    if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 40)
        return size.ws_col;
    return fallback;
}

QString groupedNumber(qint64 n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0 && digits.at(i - 1).isDigit(); i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

} // namespace mailtls::cli
