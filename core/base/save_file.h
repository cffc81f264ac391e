#pragma once

// The one way the project replaces a file it writes for the user (a report, a workspace, an HTML
// export, CA state): the new content under a temporary name, then renamed over the old file, so
// a failure (disk full, permission, a crash) leaves the old file whole. Private keys are not
// written this way: pki/output_file creates them 0600 from the first byte.

#include <QByteArray>
#include <QString>

#include "base/error.h"

namespace mailtls::core {

// False with ErrorKind::FileUnwritable and the reason alone as the message (the caller says
// what it was writing): "it is a directory", or the system's words.
bool saveFileAtomically(const QString &path, const QByteArray &bytes, Error *error);

} // namespace mailtls::core
