#pragma once

// OpenSSL's error queue turned into the project's one error type (base/error.h).

#include <QString>

#include "base/error.h"

namespace mailtls::core::ossl {

// Drains the calling thread's OpenSSL error queue (always leaves it empty) into an Error of
// `kind` whose message is "context: reason (library); ..." and whose `openssl` list keeps
// every entry.
Error drainErrors(const QString &context = QString(), ErrorKind kind = ErrorKind::Crypto);
// The same with the context written as phrase("Errors", "signing the request"): the message is
// the same English, and its phrase keeps the context translatable ("%1: %2", context, reasons).
Error drainErrors(const Phrase &context, ErrorKind kind = ErrorKind::Crypto);

} // namespace mailtls::core::ossl
