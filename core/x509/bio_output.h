#pragma once

// What an OpenSSL writer puts into a memory BIO (a PEM block, a `-text` dump, a name on one
// line), taken out in one place.

#include <QByteArray>
#include <QString>

#include <functional>

#include "base/error.h"

typedef struct bio_st BIO;

namespace mailtls::core {

// Runs `write` on a fresh memory BIO and returns what it wrote; empty when `write` returns
// false, and then *error (when given) is "`what`: OpenSSL's reasons" (kind Crypto). Leaves
// OpenSSL's error queue empty.
QByteArray bioOutput(const std::function<bool(BIO *bio)> &write, Error *error = nullptr, const Phrase &what = Phrase());

} // namespace mailtls::core
