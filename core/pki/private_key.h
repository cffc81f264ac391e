#pragma once

// A private key: generated, loaded from PEM or DER (optionally passphrase-protected), written
// as PKCS#8 PEM (optionally AES-256-CBC encrypted), and checked against a certificate.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "base/error.h"
#include "x509/certificate.h"

typedef struct evp_pkey_st EVP_PKEY;

namespace mailtls::core {

enum class KeyType {
    Rsa2048,
    Rsa3072,
    Rsa4096,
    EcP256,
    EcP384,
    Ed25519,
    Rsa1024,   // tests only (weak-key findings); never offered by the CLI or the dialog
};

// The names users type, in the order the CLI lists them: "rsa2048", ..., "ed25519".
QStringList keyTypeNames();
QString keyTypeName(KeyType type);
// Parses a name of keyTypeNames(); "rsa1024" only when allowWeakForTests.
std::optional<KeyType> keyTypeFromName(const QString &name, bool allowWeakForTests = false);

// Immutable; copies share one EVP_PKEY.
class PrivateKey
{
public:
    PrivateKey() = default;

    static PrivateKey generate(KeyType type, Error *error);
    // PEM (PKCS#8, traditional, encrypted or not) or DER. `sourceName` names the input in
    // errors ("wrong passphrase for key.pem").
    static PrivateKey fromData(const QByteArray &data, const QByteArray &passphrase, const QString &sourceName,
                               Error *error);
    static PrivateKey fromFile(const QString &path, const QByteArray &passphrase, Error *error);
    // Takes a new reference; the caller keeps its own.
    static PrivateKey fromHandle(EVP_PKEY *pkey);

    bool isNull() const { return !pkey_; }
    EVP_PKEY *handle() const { return pkey_.get(); }
    KeyInfo info() const { return keyInfoOf(pkey_.get()); }
    bool isRsa() const;
    // Ed25519/Ed448 sign without a separate digest.
    bool signsWithoutDigest() const;

    // PKCS#8 PEM ("BEGIN PRIVATE KEY"); with a passphrase "BEGIN ENCRYPTED PRIVATE KEY"
    // (PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC). Empty on failure.
    QByteArray toPem(const QByteArray &passphrase = QByteArray()) const;
    QByteArray publicKeyPem() const;
    // SHA-256 of the DER SubjectPublicKeyInfo, lower-case hex: the data of a DANE
    // "TLSA 3 1 1" record, unchanged when the certificate is renewed with the same key.
    QString publicKeySha256() const;

    // Whether this is the private half of the certificate's public key.
    bool matches(const Certificate &certificate) const;
    bool matchesPublicKey(EVP_PKEY *publicKey) const;

private:
    std::shared_ptr<EVP_PKEY> pkey_;
};

} // namespace mailtls::core
