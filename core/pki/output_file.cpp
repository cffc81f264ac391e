#include "pki/output_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailtls::core {

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool failWrite(Error *error, const QString &path, int code)
{
    return fail(error, ErrorKind::FileUnwritable, phrase("Errors", "cannot write %1: %2").arg(path, systemError(code)));
}

mode_t modeFor(FileSecrecy secrecy)
{
    return secrecy == FileSecrecy::Secret ? 0600 : 0644;
}

// A temporary file next to the target, created exclusively with the final mode.
struct TempFile {
    QByteArray path;   // encoded, empty when not created
};

bool writeAll(int fd, const QByteArray &content)
{
    const char *data = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

bool createTemp(const OutputFile &file, TempFile *temp, Error *error)
{
    const QFileInfo target(file.path);
    const QString dir = target.absolutePath();
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString name = QStringLiteral("%1/.%2.%3.tmp")
                                 .arg(dir, target.fileName())
                                 .arg(QRandomGenerator::system()->generate64(), 0, 36);
        const QByteArray encoded = QFile::encodeName(name);
        const int fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                              modeFor(file.secrecy));
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return failWrite(error, file.path, errno);
        }
        temp->path = encoded;
        // The umask may have narrowed a public file; a secret one is 0600 from creation.
        const bool ok = ::fchmod(fd, modeFor(file.secrecy)) == 0 && writeAll(fd, file.content) && ::fsync(fd) == 0;
        const int writeErrno = errno;
        if (::close(fd) != 0 || !ok) {
            const int code = ok ? errno : writeErrno;
            ::unlink(encoded.constData());
            temp->path.clear();
            return failWrite(error, file.path, code);
        }
        return true;
    }
    return failWrite(error, file.path, EEXIST);
}

} // namespace

bool checkOutputPaths(const QStringList &paths, bool overwrite, Error *error)
{
    QStringList seen;
    for (const QString &path : paths) {
        if (path.isEmpty())
            return fail(error, ErrorKind::Usage, phrase("Errors", "an output file name is empty"));
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute))
            return fail(error, ErrorKind::Usage,
                        phrase("Errors", "%1 is named as two different outputs").arg(path));
        seen << absolute;
        const QFileInfo info(path);
        if (info.isDir())
            return fail(error, ErrorKind::FileUnwritable, phrase("Errors", "cannot write %1: it is a directory").arg(path));
        if ((info.exists() || info.isSymLink()) && !overwrite)
            return fail(error, ErrorKind::FileExists,
                        phrase("Errors", "%1 already exists (use --force to replace it)").arg(path));
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists())
            return fail(error, ErrorKind::FileUnwritable,
                        phrase("Errors", "cannot write %1: directory %2 does not exist").arg(path, dir.filePath()));
        if (!dir.isDir())
            return fail(error, ErrorKind::FileUnwritable,
                        phrase("Errors", "cannot write %1: %2 is not a directory").arg(path, dir.filePath()));
        if (::access(QFile::encodeName(dir.absoluteFilePath()).constData(), W_OK | X_OK) != 0)
            return failWrite(error, path, errno);
    }
    return true;
}

bool writeOutputFiles(const QList<OutputFile> &files, bool overwrite, Error *error)
{
    QStringList paths;
    for (const OutputFile &f : files)
        paths << f.path;
    if (!checkOutputPaths(paths, overwrite, error))
        return false;

    QList<TempFile> temps;
    auto removeTemps = [&temps] {
        for (const TempFile &t : temps)
            if (!t.path.isEmpty())
                ::unlink(t.path.constData());
    };
    for (const OutputFile &f : files) {
        TempFile temp;
        if (!createTemp(f, &temp, error)) {
            removeTemps();
            return false;
        }
        temps << temp;
    }

    QList<QByteArray> created;
    for (int i = 0; i < files.size(); ++i) {
        const QByteArray target = QFile::encodeName(files.at(i).path);
        int result = -1;
        int code = 0;
        if (overwrite) {
            const bool existed = QFileInfo::exists(files.at(i).path);
            result = ::rename(temps.at(i).path.constData(), target.constData());
            code = errno;
            if (result == 0) {
                temps[i].path.clear();
                if (!existed)
                    created << target;
            }
        } else {
            // link() fails with EEXIST when the target appeared meanwhile: never clobbered.
            result = ::link(temps.at(i).path.constData(), target.constData());
            code = errno;
            if (result == 0)
                created << target;
        }
        if (result != 0) {
            removeTemps();
            for (const QByteArray &c : created)
                ::unlink(c.constData());
            if (code == EEXIST)
                return fail(error, ErrorKind::FileExists,
                            phrase("Errors", "%1 already exists (use --force to replace it)").arg(files.at(i).path));
            return failWrite(error, files.at(i).path, code);
        }
    }
    removeTemps();
    return true;
}

} // namespace mailtls::core
