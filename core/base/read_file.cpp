#include "base/read_file.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace mailtls::core {

namespace {

Phrase tooLarge(const QString &name, qint64 maxBytes, const Phrase &what)
{
    return phrase("Errors", "%1: larger than %2, the most a %3 may be").arg(name).arg(byteLimitText(maxBytes)).arg(what);
}

} // namespace

QString byteLimitText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

bool readDeviceBounded(QIODevice *device, const QString &name, qint64 maxBytes, const Phrase &what,
                       QByteArray *out, Error *error)
{
    QByteArray data;
    // Read in pieces up to one byte past the limit: a source that ends within the limit is
    // whole, one that goes on is refused without being held in memory.
    constexpr qint64 kPiece = 1024 * 1024;
    for (;;) {
        const qint64 room = maxBytes + 1 - data.size();
        if (room <= 0)
            return fail(error, ErrorKind::BadFormat, tooLarge(name, maxBytes, what));
        // A file (also a pipe or stdin) blocks until there is data: nothing read is the end.
        const QByteArray piece = device->read(qMin(room, kPiece));
        if (piece.isEmpty())
            break;
        data.append(piece);
    }
    if (data.size() > maxBytes)
        return fail(error, ErrorKind::BadFormat, tooLarge(name, maxBytes, what));
    *out = data;
    return true;
}

bool readFileBounded(const QString &path, qint64 maxBytes, const Phrase &what, QByteArray *out, Error *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "%1: no such file").arg(path));
    if (info.isDir())
        return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "%1: it is a directory").arg(path));
    if (info.isFile() && info.size() > maxBytes)
        return fail(error, ErrorKind::BadFormat, tooLarge(path, maxBytes, what));
    QFile file(path);
    if (info.isFile()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "%1: %2").arg(path, file.errorString()));
    } else {
        // A named pipe is opened without waiting for a writer (a FIFO nobody writes to would
        // otherwise block forever); then reads wait for data as usual, and with no writer the
        // pipe reads as empty.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return fail(error, ErrorKind::FileUnreadable,
                        phrase("Errors", "%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "%1: %2").arg(path, file.errorString()));
        }
    }
    if (!readDeviceBounded(&file, path, maxBytes, what, out, error))
        return false;
    if (out->isEmpty() && !info.isFile())
        return fail(error, ErrorKind::BadFormat, phrase("Errors", "%1: nothing to read (a pipe with no writer?)").arg(path));
    return true;
}

} // namespace mailtls::core
