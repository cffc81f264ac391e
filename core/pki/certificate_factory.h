#pragma once

// Builds X.509 v3 certificates with mail-server defaults:
//   - leaves: basicConstraints critical CA:FALSE; keyUsage critical digitalSignature
//     (+ keyEncipherment for RSA keys); extendedKeyUsage serverAuth and/or clientAuth;
//     a server certificate must carry at least one SAN (clients ignore the CN);
//   - CAs: basicConstraints critical CA:TRUE (pathlen when given); keyUsage critical
//     keyCertSign, cRLSign, digitalSignature; no EKU;
//   - subjectKeyIdentifier, authorityKeyIdentifier (keyid);
//   - signed with SHA-256, or without a digest by Ed25519 keys.

#include <QByteArray>
#include <QDateTime>

#include "base/error.h"
#include "pki/private_key.h"
#include "x509/subject_alt_names.h"
#include "pki/subject_name.h"
#include "x509/certificate.h"

namespace mailtls::core {

enum class CertificateUsage {
    Server,            // serverAuth EKU, SAN required
    Client,            // clientAuth EKU
    ServerAndClient,   // both EKUs, SAN required
    Ca,                // an (intermediate) CA
};

// "server", "client", "both", "ca" -> usage; false for anything else.
bool certificateUsageFromName(const QString &name, CertificateUsage *usage);
QString certificateUsageName(CertificateUsage usage);

struct CertificateSpec {
    SubjectName subject;
    SubjectAltNames altNames;
    CertificateUsage usage = CertificateUsage::Server;
    int days = 365;          // validity when notAfter is not given
    QDateTime notBefore;     // invalid: now (minus a minute of clock-skew slack)
    QDateTime notAfter;      // invalid: notBefore + days
    int pathLength = -1;     // CA only: -1 no limit
};

class CertificateFactory
{
public:
    // A self-signed certificate for `key` with a random 128-bit positive serial.
    static Certificate selfSigned(const PrivateKey &key, const CertificateSpec &spec, Error *error);

    // A certificate for `subjectKey` (a public key, e.g. from a CSR) signed by issuer/issuerKey.
    // `serial` is big-endian and positive (see randomSerial / MiniCa's counter).
    static Certificate issue(EVP_PKEY *subjectKey, const CertificateSpec &spec, const Certificate &issuer,
                             const PrivateKey &issuerKey, const QByteArray &serial, Error *error);

    // 16 random bytes with the top bit clear and never all zero: a positive 128-bit serial.
    static QByteArray randomSerial();

    // Checks the spec alone (SAN for server usage, dates, days): false with *error.
    static bool validate(const CertificateSpec &spec, Error *error);
};

} // namespace mailtls::core
