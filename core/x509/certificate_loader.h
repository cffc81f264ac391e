#pragma once

// Reads the files an admin hands to Exim or Postfix: PEM or DER certificates, chain bundles,
// private keys (plain or encrypted), PKCS#7 and PKCS#12, detects what each holds and keeps the
// certificates in file order, which is the order a server sends them in. Damaged, truncated
// or foreign input is an error naming the file and what was wrong, never a crash.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

#include "base/limits.h"
#include "base/phrase.h"
#include "x509/certificate.h"

typedef struct evp_pkey_st EVP_PKEY;

namespace mailtls::core {

// A private key found in one of the files; shares its EVP_PKEY (reference counted).
struct LoadedPrivateKey {
    QString file;                 // where it came from
    KeyInfo info;                 // "RSA 2048", "EC 256 (prime256v1)", ...
    QString publicKeySha256;      // SHA-256 of its SubjectPublicKeyInfo, colon hex
    int matchesPosition = -1;     // the certificate (position in `certificates`) it belongs to
    std::shared_ptr<EVP_PKEY> pkey;
};

// What one file turned out to hold.
struct LoadedFileSummary {
    QString file;
    QString format;               // "PEM", "DER", "PKCS#7", "PKCS#12"
    int firstPosition = 0;        // position of its first certificate in the combined list
    int certificateCount = 0;
    QStringList keyTexts;         // one per private key: "RSA 2048", "EC 256 (prime256v1)"
    QStringList ignored;          // other PEM blocks, e.g. "CERTIFICATE REQUEST", "DH PARAMETERS"
    // One line for a transcript note: "bundle.pem: PEM, 3 certificates, 1 private key (RSA 2048)".
    QString describe() const;
};

struct CertificateLoadOptions {
    // For encrypted PEM/DER keys and PKCS#12. Empty: only unencrypted material (and PKCS#12
    // files with an empty password) can be read.
    QByteArray passphrase;
    qint64 maxFileBytes = limits::kCertificateFileBytes;   // larger files are refused, not read
};

struct CertificateLoadResult {
    CertificateChain certificates;        // every file's certificates, file after file, in file order
    QList<LoadedPrivateKey> keys;
    QList<LoadedFileSummary> files;
    QStringList errors;                   // "FILE: what was wrong", one per failed file (English)
    QList<Phrase> errorPhrases;           // the same, as phrases (same index; english() == errors[i])

    bool ok() const { return errors.isEmpty(); }
    QString errorText() const { return errors.join(QLatin1Char('\n')); }
    // What a face shows: each error in the admin's language (English where no phrase fits).
    QStringList shownErrors() const;
    QString shownErrorText() const { return shownErrors().join(QLatin1Char('\n')); }
    // The first key that belongs to the certificate at `position`, or nullptr.
    const LoadedPrivateKey *keyFor(int position) const;
};

// Loads every file (errors are collected per file; what loaded from the others is kept).
CertificateLoadResult loadCertificateFiles(const QStringList &paths, const CertificateLoadOptions &options = {});

// The same for bytes already in memory; `name` stands in for the file name in messages.
// Appends to *result; returns false (and appends one error) when `data` is unusable.
bool loadCertificateData(const QByteArray &data, const QString &name, const CertificateLoadOptions &options,
                         CertificateLoadResult *result);

// Whether the private key belongs to the certificate's public key (EVP_PKEY_eq).
bool privateKeyMatches(EVP_PKEY *privateKey, const Certificate &certificate);

} // namespace mailtls::core
