#pragma once

// The one error type of the project. A failure is a kind (an enum callers branch on: a wrong
// passphrase is handled differently from a full disk, a timeout differently from a refusal),
// one sentence for the user, and, when OpenSSL said no, OpenSSL's own error queue. Every layer
// reports failure this way; functions that can fail return bool (or a record with an Error
// in it) and fill an `Error *`.

#include <QList>
#include <QString>

#include "base/phrase.h"

namespace mailtls::core {

enum class ErrorKind {
    None,
    // What the user asked for cannot be done as asked.
    Usage,                 // an option, argument or setting that cannot be used
    // The network.
    Resolve,               // the host name does not resolve
    Refused,               // nothing listens there (connection refused)
    Unreachable,           // no route, no address, or no connection for another reason
    Timeout,               // a step took longer than its deadline
    Closed,                // the peer closed the connection
    Io,                    // a socket call failed
    // The peer.
    Busy,                  // it limits us: 421, closed before the banner, no banner in time
    StarttlsUnavailable,   // STARTTLS not offered or refused
    Protocol,              // it broke the protocol (SMTP reply rules, TLS framing)
    Tls,                   // a TLS handshake or record failed (an alert, a bad record)
    Cancelled,             // the user (or a caller) stopped the work
    // Files and keys.
    FileExists,            // refusing to overwrite without force
    FileUnreadable,        // missing or unreadable input file
    FileUnwritable,        // directory missing, not writable, disk full, ...
    BadFormat,             // input is not what it should be (a key, a certificate, a report)
    PassphraseNeeded,      // the key is encrypted and no passphrase was given
    WrongPassphrase,       // the key is encrypted and the passphrase does not open it
    KeyMismatch,           // private key and certificate do not belong together
    Crypto,                // OpenSSL refused; Error::openssl carries its queue
    Process,               // an external program is missing, failed or did not answer
};

// One entry of OpenSSL's error queue, kept as data.
struct OpenSslErrorEntry {
    unsigned long code = 0;
    QString library;
    QString reason;
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message;                    // one sentence for the user, in English (logs, JSON)
    Phrase messagePhrase;               // the same sentence as written (template and values), so
                                        // the faces can show it in the admin's language
    QList<OpenSslErrorEntry> openssl;   // what OpenSSL queued, oldest first; usually empty

    bool isError() const { return kind != ErrorKind::None; }
    // The kind as a stable word for logs and JSON ("wrong_passphrase", "timeout", ...).
    QString kindName() const;
    // The OpenSSL reasons alone: "reason (library); reason (library)".
    QString opensslText() const;
};

QString errorKindName(ErrorKind kind);
bool parseErrorKind(const QString &name, ErrorKind *out);

// A message written with phrase("Errors", "...") keeps its template for the faces; a plain
// QString (already filled from outside data) is kept as it is and shown in English.
Error makeError(ErrorKind kind, const QString &message);
Error makeError(ErrorKind kind, const Phrase &message);
// Fills *error (when not null) and returns false, so failure paths read `return fail(...)`.
bool fail(Error *error, ErrorKind kind, const QString &message);
bool fail(Error *error, ErrorKind kind, const Phrase &message);
// What a face shows of an error: its message in the admin's language while the phrase still
// fills to `message`, else `message` (see shownPhrase).
QString shownMessage(const Error &error);
// The message as a phrase to put into a longer one ("%1 (while reading the greeting)"): the
// phrase while it fills to `message`, else `message` as plain text.
Phrase messageOf(const Error &error);
// The same with a whole Error (passing one on).
bool fail(Error *error, const Error &from);

// How one attempt ended (an opening, a probe, a handshake, a session): every attempt record
// carries its status and its reason as enums, never as strings to compare.
enum class AttemptStatus {
    Completed,   // it did what it set out to do
    Rejected,    // the peer said no, as a value (an alert, a refusal): not an error of ours
    Busy,        // the peer limited us: try again later, never "rejected"
    Failed,      // it could not be done: Error says why
    Cancelled,
};
QString attemptStatusName(AttemptStatus status);   // "completed", "rejected", "busy", "failed", "cancelled"

} // namespace mailtls::core
