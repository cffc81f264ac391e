#include "console.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/ioctl.h>
#include <unistd.h>

namespace mailtls::cli {

namespace {
void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

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
