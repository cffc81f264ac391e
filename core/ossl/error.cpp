#include "ossl/error.h"

#include <openssl/err.h>

namespace mailtls::core::ossl {

QString Error::message() const
{
    QStringList parts;
    for (const ErrorEntry &e : entries) {
        QString text = e.reason.isEmpty() ? QStringLiteral("error 0x%1").arg(e.code, 0, 16) : e.reason;
        if (!e.library.isEmpty())
            text += QStringLiteral(" (%1)").arg(e.library);
        parts << text;
    }
    if (parts.isEmpty())
        return context;
    if (context.isEmpty())
        return parts.join(QStringLiteral("; "));
    return context + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

Error drainErrors(const QString &context)
{
    Error error;
    error.context = context;
    const char *file = nullptr;
    int line = 0;
    const char *data = nullptr;
    int flags = 0;
    unsigned long code;
    while ((code = ERR_get_error_all(&file, &line, nullptr, &data, &flags)) != 0) {
        ErrorEntry entry;
        entry.code = code;
        if (const char *lib = ERR_lib_error_string(code))
            entry.library = QString::fromUtf8(lib);
        if (const char *reason = ERR_reason_error_string(code))
            entry.reason = QString::fromUtf8(reason);
        if ((flags & ERR_TXT_STRING) && data && *data)
            entry.reason += QStringLiteral(" [%1]").arg(QString::fromUtf8(data));
        error.entries << entry;
    }
    return error;
}

} // namespace mailtls::core::ossl
