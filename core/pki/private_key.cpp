#include "pki/private_key.h"

#include "ossl/error.h"
#include "ossl/handles.h"
#include "x509/bio_output.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstring>

namespace mailtls::core {

namespace {

struct KeyTypeName {
    KeyType type;
    const char *name;
};

const KeyTypeName kKeyTypeNames[] = {
    {KeyType::Rsa2048, "rsa2048"}, {KeyType::Rsa3072, "rsa3072"}, {KeyType::Rsa4096, "rsa4096"},
    {KeyType::EcP256, "ec-p256"},  {KeyType::EcP384, "ec-p384"},  {KeyType::Ed25519, "ed25519"},
    {KeyType::Rsa1024, "rsa1024"},
};

// What the decoder's passphrase callback saw: whether it was asked at all tells
// "encrypted, wrong passphrase" apart from "not a key".
struct PassphraseRequest {
    QByteArray passphrase;
    bool asked = false;
};

int supplyPassphrase(char *pass, size_t passSize, size_t *passLen, const OSSL_PARAM[], void *arg)
{
    auto *request = static_cast<PassphraseRequest *>(arg);
    request->asked = true;
    if (request->passphrase.isEmpty() || size_t(request->passphrase.size()) > passSize)
        return 0;
    std::memcpy(pass, request->passphrase.constData(), size_t(request->passphrase.size()));
    *passLen = size_t(request->passphrase.size());
    return 1;
}

} // namespace

QStringList keyTypeNames()
{
    QStringList names;
    for (const KeyTypeName &k : kKeyTypeNames)
        if (k.type != KeyType::Rsa1024)
            names << QString::fromLatin1(k.name);
    return names;
}

QString keyTypeName(KeyType type)
{
    for (const KeyTypeName &k : kKeyTypeNames)
        if (k.type == type)
            return QString::fromLatin1(k.name);
    return QString();
}

std::optional<KeyType> keyTypeFromName(const QString &name, bool allowWeakForTests)
{
    const QString wanted = name.trimmed().toLower();
    for (const KeyTypeName &k : kKeyTypeNames) {
        if (wanted != QLatin1String(k.name))
            continue;
        if (k.type == KeyType::Rsa1024 && !allowWeakForTests)
            return std::nullopt;
        return k.type;
    }
    return std::nullopt;
}

PrivateKey PrivateKey::fromHandle(EVP_PKEY *pkey)
{
    PrivateKey key;
    if (pkey && EVP_PKEY_up_ref(pkey) == 1)
        key.pkey_.reset(pkey, EVP_PKEY_free);
    return key;
}

PrivateKey PrivateKey::generate(KeyType type, Error *error)
{
    EVP_PKEY *pkey = nullptr;
    switch (type) {
    case KeyType::Rsa1024: pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024)); break;
    case KeyType::Rsa2048: pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)); break;
    case KeyType::Rsa3072: pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072)); break;
    case KeyType::Rsa4096: pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096)); break;
    case KeyType::EcP256: pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"); break;
    case KeyType::EcP384: pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"); break;
    case KeyType::Ed25519: pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"); break;
    }
    PrivateKey key;
    if (!pkey) {
        fail(error, ossl::drainErrors(phrase("Errors", "generating a %1 key").arg(keyTypeName(type))));
        return key;
    }
    key.pkey_.reset(pkey, EVP_PKEY_free);
    return key;
}

PrivateKey PrivateKey::fromData(const QByteArray &data, const QByteArray &passphrase, const QString &sourceName,
                                Error *error)
{
    PrivateKey key;
    const Phrase source = sourceName.isEmpty() ? phrase("Errors", "the key") : Phrase(sourceName);
    if (data.trimmed().isEmpty()) {
        fail(error, ErrorKind::BadFormat, phrase("Errors", "%1 is empty").arg(source));
        return key;
    }
    EVP_PKEY *pkey = nullptr;
    // Input type and structure left open: PEM or DER, PKCS#8 (encrypted or not) or traditional.
    std::unique_ptr<OSSL_DECODER_CTX, ossl::Deleter<OSSL_DECODER_CTX, OSSL_DECODER_CTX_free>> decoder(
        OSSL_DECODER_CTX_new_for_pkey(&pkey, nullptr, nullptr, nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (!decoder) {
        fail(error, ossl::drainErrors(phrase("Errors", "reading %1").arg(source)));
        return key;
    }
    PassphraseRequest request{passphrase, false};
    OSSL_DECODER_CTX_set_passphrase_cb(decoder.get(), supplyPassphrase, &request);
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    size_t remaining = size_t(data.size());
    const bool decoded = OSSL_DECODER_from_data(decoder.get(), &bytes, &remaining) == 1 && pkey;
    ossl::drainErrors();
    if (!decoded) {
        if (pkey)
            EVP_PKEY_free(pkey);
        if (request.asked && passphrase.isEmpty())
            fail(error, ErrorKind::PassphraseNeeded,
                 phrase("Errors", "%1 is encrypted: give its passphrase (--passphrase-file)").arg(source));
        else if (request.asked)
            fail(error, ErrorKind::WrongPassphrase, phrase("Errors", "wrong passphrase for %1").arg(source));
        else
            fail(error, ErrorKind::BadFormat,
                 phrase("Errors", "%1 holds no private key OpenSSL can read (PEM or DER expected)").arg(source));
        return key;
    }
    key.pkey_.reset(pkey, EVP_PKEY_free);
    return key;
}

PrivateKey PrivateKey::fromFile(const QString &path, const QByteArray &passphrase, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::FileUnreadable,
             phrase("Errors", "cannot read %1: %2").arg(path, file.errorString()));
        return PrivateKey();
    }
    return fromData(file.readAll(), passphrase, QFileInfo(path).fileName(), error);
}

bool PrivateKey::isRsa() const
{
    return pkey_ && EVP_PKEY_get_base_id(pkey_.get()) == EVP_PKEY_RSA;
}

bool PrivateKey::signsWithoutDigest() const
{
    if (!pkey_)
        return false;
    const int id = EVP_PKEY_get_base_id(pkey_.get());
    return id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448;
}

QByteArray PrivateKey::toPem(const QByteArray &passphrase) const
{
    if (!pkey_)
        return QByteArray();
    const EVP_CIPHER *cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    // OpenSSL takes the passphrase as a mutable buffer; keep our copy intact.
    QByteArray pass = passphrase;
    return bioOutput([&](BIO *bio) {
        return PEM_write_bio_PKCS8PrivateKey(bio, pkey_.get(), cipher, pass.isEmpty() ? nullptr : pass.data(),
                                             int(pass.size()), nullptr, nullptr)
               == 1;
    });
}

QByteArray PrivateKey::publicKeyPem() const
{
    return pkey_ ? bioOutput([this](BIO *bio) { return PEM_write_bio_PUBKEY(bio, pkey_.get()) == 1; }) : QByteArray();
}

QString PrivateKey::publicKeySha256() const
{
    return core::publicKeySha256(pkey_.get()).remove(QLatin1Char(':')).toLower();
}

bool PrivateKey::matchesPublicKey(EVP_PKEY *publicKey) const
{
    if (!pkey_ || !publicKey)
        return false;
    const bool same = EVP_PKEY_eq(pkey_.get(), publicKey) == 1;
    ossl::drainErrors();
    return same;
}

bool PrivateKey::matches(const Certificate &certificate) const
{
    if (certificate.isNull())
        return false;
    return matchesPublicKey(X509_get0_pubkey(certificate.handle()));
}

} // namespace mailtls::core
