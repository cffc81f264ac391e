#include "ossl/error.h"

#include <openssl/err.h>

namespace mailtls::core::ossl {

Error drainErrors(const QString &context, ErrorKind kind)
{
    Error error;
    error.kind = kind;
    const char *file = nullptr;
    int line = 0;
    const char *data = nullptr;
    int flags = 0;
    unsigned long code;
    while ((code = ERR_get_error_all(&file, &line, nullptr, &data, &flags)) != 0) {
        OpenSslErrorEntry entry;
        entry.code = code;
        if (const char *lib = ERR_lib_error_string(code))
            entry.library = QString::fromUtf8(lib);
        if (const char *reason = ERR_reason_error_string(code))
            entry.reason = QString::fromUtf8(reason);
        if ((flags & ERR_TXT_STRING) && data && *data)
            entry.reason += QStringLiteral(" [%1]").arg(QString::fromUtf8(data));
        error.openssl << entry;
    }
    const QString reasons = error.opensslText();
    if (reasons.isEmpty())
        error.message = context;
    else if (context.isEmpty())
        error.message = reasons;
    else
        error.message = context + QStringLiteral(": ") + reasons;
    return error;
}

Error drainErrors(const Phrase &context, ErrorKind kind)
{
    Error error = drainErrors(context.english(), kind);
    const QString reasons = error.opensslText();
    if (reasons.isEmpty())
        error.messagePhrase = context;
    else if (context.isEmpty())
        error.messagePhrase = Phrase(reasons);
    else
        error.messagePhrase = phrase("Errors", "%1: %2").arg(context).arg(reasons);
    return error;
}

} // namespace mailtls::core::ossl
