#pragma once

// Signature schemes (RFC 8446 4.2.3 and the TLS 1.2 hash/signature pairs before it): one
// table with the canonical names OpenSSL also accepts and the certificate key type each needs.

#include <QString>

namespace mailtls::core {

// "rsa_pss_rsae_sha256" for 0x0804; "0x1234" for a code the table does not name.
QString signatureSchemeName(int code);
// Canonical name ("rsa_pss_rsae_sha256") from any spelling OpenSSL or GnuTLS uses
// ("RSA-PSS+SHA256", "RSA+SHA256", "SIGN-ECDSA-SHA256", "ECDSA-SECP256R1-SHA256"); empty when unknown.
QString canonicalSigalg(const QString &name);
quint16 sigalgCode(const QString &canonicalName);        // 0 when unknown
// The certificate key type a scheme needs: "RSA", "ECDSA", "DSA", "Ed25519", "Ed448" (an
// RSA-PSS scheme counts as "RSA": an rsaEncryption key signs with either in practice).
QString sigalgCertificateType(const QString &canonicalName);

} // namespace mailtls::core
