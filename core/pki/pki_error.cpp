#include "pki/pki_error.h"

#include "ossl/error.h"

namespace mailtls::core {

QString PkiError::kindName() const
{
    switch (kind) {
    case PkiErrorKind::None: return QStringLiteral("none");
    case PkiErrorKind::InvalidArgument: return QStringLiteral("invalid_argument");
    case PkiErrorKind::FileExists: return QStringLiteral("file_exists");
    case PkiErrorKind::FileUnreadable: return QStringLiteral("file_unreadable");
    case PkiErrorKind::FileUnwritable: return QStringLiteral("file_unwritable");
    case PkiErrorKind::BadFormat: return QStringLiteral("bad_format");
    case PkiErrorKind::PassphraseNeeded: return QStringLiteral("passphrase_needed");
    case PkiErrorKind::WrongPassphrase: return QStringLiteral("wrong_passphrase");
    case PkiErrorKind::KeyMismatch: return QStringLiteral("key_mismatch");
    case PkiErrorKind::Crypto: return QStringLiteral("crypto");
    case PkiErrorKind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

bool setPkiError(PkiError *error, PkiErrorKind kind, const QString &message)
{
    if (error) {
        error->kind = kind;
        error->message = message;
    }
    return false;
}

bool setPkiCryptoError(PkiError *error, const QString &context)
{
    const Error queued = ossl::drainErrors(context);
    return setPkiError(error, PkiErrorKind::Crypto, queued.message);
}

} // namespace mailtls::core
