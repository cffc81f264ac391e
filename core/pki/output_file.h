#pragma once

// Writing generated material: all files of one command or none, never a half-written file,
// private material created 0600 from the first byte, and nothing replaced unless asked.
//
// Why not QSaveFile here: it creates a new file 0666 & ~umask and only a later chmod could
// narrow it, leaving a window in which another user can open the key. We create the temporary
// file ourselves with O_CREAT|O_EXCL and the final mode, fsync it, and then link() it into
// place (atomic "create only if absent") or rename() it over the target when overwriting.

#include <QByteArray>
#include <QList>
#include <QString>

#include "base/error.h"

namespace mailtls::core {

enum class FileSecrecy {
    Public,   // 0644: certificates, CSRs, DH parameters
    Secret,   // 0600: private keys, PKCS#12 bundles, CA state
};

struct OutputFile {
    QString path;
    QByteArray content;
    FileSecrecy secrecy = FileSecrecy::Public;
};

// Checks, before anything expensive happens, that each path could be written: not an existing
// file (unless overwrite), not a directory, its directory exists and is writable.
bool checkOutputPaths(const QStringList &paths, bool overwrite, Error *error);

// Writes every file or none: on any failure the files this call created are removed again and
// no temporary file is left behind. (A file replaced with overwrite cannot be restored once
// the next one fails; the check above makes that unlikely.)
bool writeOutputFiles(const QList<OutputFile> &files, bool overwrite, Error *error);

inline bool writeOutputFile(const OutputFile &file, bool overwrite, Error *error)
{
    return writeOutputFiles({file}, overwrite, error);
}

} // namespace mailtls::core
