#include "base/save_file.h"

#include <QFileInfo>
#include <QSaveFile>

namespace mailtls::core {

bool saveFileAtomically(const QString &path, const QByteArray &bytes, Error *error)
{
    if (QFileInfo(path).isDir())
        return fail(error, ErrorKind::FileUnwritable, phrase("Errors", "it is a directory"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, ErrorKind::FileUnwritable, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(error, ErrorKind::FileUnwritable, why);
    }
    if (!file.commit())
        return fail(error, ErrorKind::FileUnwritable, file.errorString());
    return true;
}

} // namespace mailtls::core
