#pragma once

// The typed error every PKI operation reports: what kind of failure (so the CLI and the dialog
// can react to a wrong passphrase differently from a full disk) and one sentence for the user.

#include <QString>

namespace mailtls::core {

enum class PkiErrorKind {
    None,
    InvalidArgument,   // a subject, SAN, key type, date or size the user gave is not acceptable
    FileExists,        // refusing to overwrite without force
    FileUnreadable,    // missing or unreadable input file
    FileUnwritable,    // directory missing, not writable, disk full, ...
    BadFormat,         // input is not a key / certificate / CSR we can read
    PassphraseNeeded,  // the key is encrypted and no passphrase was given
    WrongPassphrase,   // the key is encrypted and the passphrase does not open it
    KeyMismatch,       // private key and certificate do not belong together
    Crypto,            // OpenSSL refused; the message carries its error queue
    Cancelled,         // the caller's progress callback asked to stop
};

struct PkiError {
    PkiErrorKind kind = PkiErrorKind::None;
    QString message;

    bool isError() const { return kind != PkiErrorKind::None; }
    // The kind as a stable word for logs and JSON: "wrong_passphrase", "file_exists", ...
    QString kindName() const;
};

// Fills *error (when not null) and returns false, so failure paths read `return fail(...)`.
bool setPkiError(PkiError *error, PkiErrorKind kind, const QString &message);
// Same with kind Crypto and OpenSSL's error queue (drained) appended to `context`.
bool setPkiCryptoError(PkiError *error, const QString &context);

} // namespace mailtls::core
