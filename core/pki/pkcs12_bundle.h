#pragma once

// PKCS#12 (.p12/.pfx) export: certificate, its key and optional chain in one passphrase-
// protected file, with modern algorithms that `openssl pkcs12 -info` (3.x), GnuTLS and
// current Windows/macOS read: PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) for key and
// certificates, HMAC-SHA256 integrity, 2048 iterations.

#include <QByteArray>
#include <QString>

#include "base/error.h"
#include "pki/private_key.h"
#include "x509/certificate.h"

namespace mailtls::core {

class Pkcs12Bundle
{
public:
    // Fails with KeyMismatch when the key is not the certificate's, InvalidArgument for an
    // empty passphrase. `friendlyName` defaults to the certificate's CN.
    static QByteArray create(const Certificate &certificate, const PrivateKey &key, const CertificateChain &chain,
                             const QByteArray &passphrase, const QString &friendlyName, Error *error);
};

} // namespace mailtls::core
