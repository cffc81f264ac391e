#pragma once

// "A key and a certificate for a mail server" as the CLI (`mailtls cert selfsigned`, `cert
// csr`) and the workbench's Generate Certificate dialog make it: the key (read or generated),
// then a self-signed certificate, a signing request, or a certificate from a small CA, then
// every file written or none, then the Exim and Postfix lines that use them. Runs on the
// calling thread (an RSA 4096 key takes seconds: the dialog runs it in a Job).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "base/error.h"
#include "diagnose/certificate_rules.h"
#include "model/report.h"
#include "pki/certificate_factory.h"
#include "pki/certificate_request.h"
#include "pki/config_snippets.h"
#include "pki/private_key.h"
#include "x509/certificate.h"
#include "x509/certificate_loader.h"
#include "x509/trust_store.h"

namespace mailtls::core {

enum class CertificateKind { SelfSigned, Request, CaSigned };

struct CertificateOrder {
    CertificateKind kind = CertificateKind::SelfSigned;
    // The key: the one in existingKeyFile (opened with keyPassphrase), or a new one of keyType
    // written to newKeyFile (encrypted with keyPassphrase when it is not empty).
    QString existingKeyFile;
    KeyType keyType = KeyType::Rsa2048;
    QString newKeyFile;
    QByteArray keyPassphrase;
    // What the certificate (or request) says: subject, SANs, usage, validity.
    CertificateSpec spec;
    // CaSigned: the CA directory (mailtls cert ca init) and its key's passphrase.
    QString caDir;
    QByteArray caPassphrase;
    // The certificate (leaf, then the CA's intermediates to serve) or the request.
    QString outputFile;
    bool overwrite = false;
};

struct MadeCertificate {
    Error error;                    // kind None when everything was made and written
    PrivateKey key;
    bool keyGenerated = false;      // newKeyFile was written
    CertificateChain chain;         // SelfSigned: the certificate; CaSigned: leaf + intermediates
    CertificateRequest request;     // Request
    // The Exim and Postfix lines for the server (or client, for a client certificate) using
    // them; for a request, for the day the CA's answer is installed next to the key (FILE.pem).
    ConfigSnippets snippets;

    bool ok() const { return !error.isError(); }
};

// Paths are checked before any key is made (an RSA 4096 key should not be made for a file that
// cannot be written), a CA is opened before the key (a wrong passphrase should not cost one),
// and the key and the certificate are written together or not at all.
MadeCertificate makeCertificate(const CertificateOrder &order);

// "What would a server configured with these files send, and what is wrong with it", as
// `mailtls cert inspect` and the workbench's Open Certificate read it: the files in the order
// given, then (when they hold a certificate) the report of kind "cert-inspect" with its
// findings against `trust`. Reading PKCS#12 and the system store takes a moment: the window
// runs this in a Job.
struct InspectedFiles {
    CertificateLoadResult loaded;   // the files' contents, or why they could not be read
    Report report;                  // empty unless loaded.ok() and a certificate was found

    bool hasReport() const { return loaded.ok() && !loaded.certificates.isEmpty(); }
};
InspectedFiles inspectCertificateFiles(const QStringList &files, const QByteArray &passphrase, const TrustStore &trust,
                                       const CertificateCheckOptions &check);

} // namespace mailtls::core
