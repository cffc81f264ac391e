#pragma once

// The one way the project reads a whole input file the user named (a saved report, a
// workspace, a message to send, certificates): never more than a limit from base/limits.h, so
// a wrong file (a disk image, /dev/zero, a FIFO that never ends) costs bounded memory and gives
// a clear error instead. Line-by-line readers (logs, queues) have their own bounds.

#include <QByteArray>
#include <QString>

#include "base/error.h"

class QIODevice;

namespace mailtls::core {

// Reads all of `path` if it holds at most `maxBytes`. False with ErrorKind::FileUnreadable and
// "PATH: why" (missing, a directory, unreadable) or ErrorKind::BadFormat and "PATH: larger
// than N MiB, the most a WHAT may be" when it holds more; `what` names the kind of file
// (phrase("Errors", "saved report"), so the faces show it in the admin's language). Regular files are refused by their size before anything is
// read; pipes and devices are read up to the limit and refused when there is more.
bool readFileBounded(const QString &path, qint64 maxBytes, const Phrase &what, QByteArray *out, Error *error);

// The same for an open device (stdin): `name` stands for it in the message ("stdin").
bool readDeviceBounded(QIODevice *device, const QString &name, qint64 maxBytes, const Phrase &what,
                       QByteArray *out, Error *error);

// "16 MiB", "512 KiB", "300 bytes": a limit as the messages above write it.
QString byteLimitText(qint64 bytes);

} // namespace mailtls::core
