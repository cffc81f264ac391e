#include "base/error.h"

#include <QStringList>

namespace mailtls::core {

namespace {

struct KindName {
    ErrorKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {ErrorKind::None, "none"},
    {ErrorKind::Usage, "usage"},
    {ErrorKind::Resolve, "resolve"},
    {ErrorKind::Refused, "refused"},
    {ErrorKind::Unreachable, "unreachable"},
    {ErrorKind::Timeout, "timeout"},
    {ErrorKind::Closed, "closed"},
    {ErrorKind::Io, "io"},
    {ErrorKind::Busy, "busy"},
    {ErrorKind::StarttlsUnavailable, "starttls_unavailable"},
    {ErrorKind::Protocol, "protocol"},
    {ErrorKind::Tls, "tls"},
    {ErrorKind::Cancelled, "cancelled"},
    {ErrorKind::FileExists, "file_exists"},
    {ErrorKind::FileUnreadable, "file_unreadable"},
    {ErrorKind::FileUnwritable, "file_unwritable"},
    {ErrorKind::BadFormat, "bad_format"},
    {ErrorKind::PassphraseNeeded, "passphrase_needed"},
    {ErrorKind::WrongPassphrase, "wrong_passphrase"},
    {ErrorKind::KeyMismatch, "key_mismatch"},
    {ErrorKind::Crypto, "crypto"},
    {ErrorKind::Process, "process"},
};

} // namespace

QString errorKindName(ErrorKind kind)
{
    for (const KindName &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("unknown");
}

bool parseErrorKind(const QString &name, ErrorKind *out)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            *out = k.kind;
            return true;
        }
    }
    return false;
}

QString Error::kindName() const
{
    return errorKindName(kind);
}

QString Error::opensslText() const
{
    QStringList parts;
    for (const OpenSslErrorEntry &e : openssl) {
        QString text = e.reason.isEmpty() ? QStringLiteral("error 0x%1").arg(e.code, 0, 16) : e.reason;
        if (!e.library.isEmpty())
            text += QStringLiteral(" (%1)").arg(e.library);
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

Error makeError(ErrorKind kind, const QString &message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.messagePhrase = Phrase(message);
    return e;
}

Error makeError(ErrorKind kind, const Phrase &message)
{
    Error e;
    e.kind = kind;
    e.message = message.english();
    e.messagePhrase = message;
    return e;
}

bool fail(Error *error, ErrorKind kind, const Phrase &message)
{
    if (error)
        *error = makeError(kind, message);
    return false;
}

QString shownMessage(const Error &error)
{
    return shownPhrase(error.messagePhrase, error.message);
}

Phrase messageOf(const Error &error)
{
    if (!error.messagePhrase.isEmpty() && error.messagePhrase.english() == error.message)
        return error.messagePhrase;
    return Phrase(error.message);
}

bool fail(Error *error, ErrorKind kind, const QString &message)
{
    if (error)
        *error = makeError(kind, message);
    return false;
}

bool fail(Error *error, const Error &from)
{
    if (error)
        *error = from;
    return false;
}

QString attemptStatusName(AttemptStatus status)
{
    switch (status) {
    case AttemptStatus::Completed: return QStringLiteral("completed");
    case AttemptStatus::Rejected: return QStringLiteral("rejected");
    case AttemptStatus::Busy: return QStringLiteral("busy");
    case AttemptStatus::Failed: return QStringLiteral("failed");
    case AttemptStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

} // namespace mailtls::core
