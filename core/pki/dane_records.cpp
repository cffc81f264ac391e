#include "pki/dane_records.h"

#include "base/limits.h"
#include "base/read_file.h"
#include "ossl/error.h"
#include "ossl/handles.h"
#include "x509/certificate_loader.h"
#include "x509/key_info.h"

#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace mailtls::core {

namespace {

struct OpenSslFree {
    void operator()(void *p) const noexcept { OPENSSL_free(p); }
};

// The SubjectPublicKeyInfo of a key, DER, as i2d_PUBKEY writes it: for a key read from a
// certificate's key or its own private key, the same bytes the certificate carries (named
// curves and uncompressed points are what OpenSSL writes and what certificates hold).
QByteArray spkiDer(EVP_PKEY *pkey)
{
    const int len = pkey ? i2d_PUBKEY(pkey, nullptr) : -1;
    if (len <= 0) {
        ossl::drainErrors();
        return QByteArray();
    }
    QByteArray der(len, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(pkey, &p) != len) {
        ossl::drainErrors();
        return QByteArray();
    }
    return der;
}

TlsaRecord spkiSha256Record(int usage, const QByteArray &spki)
{
    TlsaRecord r;
    r.usage = usage;
    r.selector = 1;
    r.matchingType = 1;
    r.data = QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
    return r;
}

// What a file holds for TLSA purposes: certificates and private keys (the x509 loader) and
// public keys (read here: the loader is for what a server is configured with, and a server
// is never given a bare public key).
struct KeyMaterial {
    CertificateChain certificates;
    QList<std::shared_ptr<EVP_PKEY>> privateKeys;   // that belong to no certificate of the file
    QList<std::shared_ptr<EVP_PKEY>> publicKeys;
};

std::shared_ptr<EVP_PKEY> shared(EVP_PKEY *pkey)
{
    return std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
}

// Splits PEM text into its PUBLIC KEY blocks (decoded here) and everything else (re-encoded
// for the loader). False with *why when a block is damaged.
bool splitPublicKeys(const QByteArray &data, QList<std::shared_ptr<EVP_PKEY>> *publicKeys, QByteArray *rest,
                     Phrase *why)
{
    ossl::BioPtr in(BIO_new_mem_buf(data.constData(), int(data.size())));
    ossl::BioPtr out(BIO_new(BIO_s_mem()));
    if (!in || !out) {
        *why = phrase("Errors", "out of memory");
        return false;
    }
    int block = 0;
    // Bounded: each successful read consumes at least one line.
    for (qsizetype guard = 0; guard <= data.size(); ++guard) {
        char *rawName = nullptr;
        char *rawHeader = nullptr;
        unsigned char *rawData = nullptr;
        long len = 0;
        ERR_clear_error();
        if (PEM_read_bio(in.get(), &rawName, &rawHeader, &rawData, &len) != 1) {
            const unsigned long err = ERR_peek_last_error();
            ossl::drainErrors();
            if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE)
                break;
            *why = phrase("Errors", "PEM block %1 is damaged or truncated").arg(block + 1);
            return false;
        }
        ++block;
        const std::unique_ptr<char, OpenSslFree> nameOwner(rawName);
        const std::unique_ptr<char, OpenSslFree> headerOwner(rawHeader);
        const std::unique_ptr<unsigned char, OpenSslFree> dataOwner(rawData);
        if (qstrcmp(rawName, "PUBLIC KEY") == 0) {
            const unsigned char *p = rawData;
            EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &p, len);
            if (!pkey) {
                ossl::drainErrors();
                *why = phrase("Errors", "PEM block %1 (PUBLIC KEY) is not a readable public key").arg(block);
                return false;
            }
            *publicKeys << shared(pkey);
        } else if (PEM_write_bio(out.get(), rawName, rawHeader ? rawHeader : "", rawData, len) <= 0) {
            ossl::drainErrors();
            *why = phrase("Errors", "out of memory");
            return false;
        }
    }
    char *outData = nullptr;
    const long outLen = BIO_get_mem_data(out.get(), &outData);
    *rest = outLen > 0 ? QByteArray(outData, int(outLen)) : QByteArray();
    return true;
}

ErrorKind loaderErrorKind(const QString &message)
{
    // The loader states its errors as text per file; the passphrase cases are the ones a
    // caller treats differently (ask for one, or for another).
    if (message.contains(QLatin1String("give its passphrase")))
        return ErrorKind::PassphraseNeeded;
    if (message.contains(QLatin1String("wrong passphrase")))
        return ErrorKind::WrongPassphrase;
    return ErrorKind::BadFormat;
}

bool readMaterial(const QByteArray &data, const QString &name, const QByteArray &passphrase, KeyMaterial *out,
                  Error *error)
{
    QByteArray forLoader = data;
    if (data.contains("-----BEGIN")) {
        Phrase why;
        if (!splitPublicKeys(data, &out->publicKeys, &forLoader, &why))
            return fail(error, ErrorKind::BadFormat, phrase("Errors", "%1: %2").arg(name).arg(why));
    } else {
        // DER: a SubjectPublicKeyInfo alone is a public key; anything else is the loader's.
        const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
        EVP_PKEY *pkey = data.isEmpty() ? nullptr : d2i_PUBKEY(nullptr, &p, long(data.size()));
        ossl::drainErrors();
        if (pkey && p == reinterpret_cast<const unsigned char *>(data.constData()) + data.size()) {
            out->publicKeys << shared(pkey);
            return true;
        }
        EVP_PKEY_free(pkey);
    }
    if (forLoader.trimmed().isEmpty()) {
        if (out->publicKeys.isEmpty())
            return fail(error, ErrorKind::BadFormat, phrase("Errors", "%1: is empty").arg(name));
        return true;
    }
    CertificateLoadOptions options;
    options.passphrase = passphrase;
    CertificateLoadResult loaded;
    if (!loadCertificateData(forLoader, name, options, &loaded)) {
        // A file of public keys and nothing else the loader reads is fine.
        if (!out->publicKeys.isEmpty() && loaded.errorText().contains(QLatin1String("holds no certificate and no private key")))
            return true;
        if (loaded.errorPhrases.size() == 1 && loaded.errorPhrases.first().english() == loaded.errorText())
            return fail(error, loaderErrorKind(loaded.errorText()), loaded.errorPhrases.first());
        return fail(error, loaderErrorKind(loaded.errorText()), loaded.errorText());
    }
    out->certificates = loaded.certificates.mid(0, limits::kChainCertificates);
    for (const LoadedPrivateKey &key : std::as_const(loaded.keys)) {
        if (key.matchesPosition < 0 || key.matchesPosition >= out->certificates.size())
            out->privateKeys << key.pkey;
    }
    return true;
}

QString certificateWords(const Certificate &cert)
{
    return cert.subject().isEmpty() ? QStringLiteral("(no subject)") : cert.subject();
}

} // namespace

QString tlsaRoleName(TlsaRole role)
{
    return role == TlsaRole::Next ? QStringLiteral("next") : QStringLiteral("current");
}

bool tlsaRecordsFromData(const QByteArray &data, const QString &name, const QByteArray &passphrase, TlsaRole role,
                         QList<GeneratedTlsa> *out, Error *error)
{
    KeyMaterial material;
    if (!readMaterial(data, name, passphrase, &material, error))
        return false;

    QList<GeneratedTlsa> records;
    auto add = [&](const TlsaRecord &record, const QString &what, const QString &note) {
        for (const GeneratedTlsa &g : std::as_const(records)) {
            if (g.record == record)
                return;
        }
        GeneratedTlsa g;
        g.record = record;
        g.role = role;
        g.file = name;
        g.what = what;
        g.note = note;
        records << g;
    };

    const CertificateChain &certs = material.certificates;
    // Issuers: a certificate that issued another one of the file, or a CA that may sign
    // certificates (CA:TRUE with keyCertSign). CA:TRUE alone does not make one: `openssl req
    // -x509` writes it into every self-signed server certificate, and such a certificate
    // served as the leaf needs 3 1 1 (OpenSSL matches DANE-TA records above the leaf only).
    QList<bool> issuer;
    for (int i = 0; i < certs.size(); ++i) {
        bool issuedOne = false;
        for (int j = 0; j < certs.size() && !issuedOne; ++j)
            issuedOne = j != i && certs.at(j).isIssuedBy(certs.at(i));
        issuer << (issuedOne || (certs.at(i).isCa() && certs.at(i).keyUsage().contains(QLatin1String("keyCertSign"))));
    }
    // The leaf: the first certificate that is no issuer. A file of CA certificates has none.
    int leaf = -1;
    for (int i = 0; i < certs.size() && leaf < 0; ++i) {
        if (!issuer.at(i))
            leaf = i;
    }
    if (leaf >= 0)
        add(spkiSha256Record(3, tlsaAssociationData(certs.at(leaf), 1, 0)),
            QStringLiteral("leaf %1").arg(certificateWords(certs.at(leaf))), QString());
    for (int i = 0; i < certs.size(); ++i) {
        if (!issuer.at(i))
            continue;   // the leaf, or a second one: not this file's server certificate
        QString note = QStringLiteral("matches only while the server sends this CA certificate in its chain, "
                                      "and the leaf must name the MX host");
        if (leaf >= 0 && !certs.at(leaf).isIssuedBy(certs.at(i)))
            note += QStringLiteral("; it did not issue the leaf itself (prefer the leaf's direct issuer)");
        add(spkiSha256Record(2, tlsaAssociationData(certs.at(i), 1, 0)),
            QStringLiteral("issuer %1").arg(certificateWords(certs.at(i))), note);
    }
    for (const std::shared_ptr<EVP_PKEY> &key : std::as_const(material.privateKeys)) {
        const QByteArray spki = spkiDer(key.get());
        if (spki.isEmpty())
            return fail(error, ErrorKind::Crypto, phrase("Errors", "%1: cannot encode the key's public part").arg(name));
        add(spkiSha256Record(3, spki), QStringLiteral("private key %1").arg(keyInfoText(keyInfoOf(key.get()))),
            certs.isEmpty() ? QString()
                            : QStringLiteral("this key belongs to no certificate in the file"));
    }
    for (const std::shared_ptr<EVP_PKEY> &key : std::as_const(material.publicKeys)) {
        const QByteArray spki = spkiDer(key.get());
        if (spki.isEmpty())
            return fail(error, ErrorKind::Crypto, phrase("Errors", "%1: cannot encode the public key").arg(name));
        add(spkiSha256Record(3, spki), QStringLiteral("public key %1").arg(keyInfoText(keyInfoOf(key.get()))),
            QString());
    }
    if (records.isEmpty())
        return fail(error, ErrorKind::BadFormat,
                    phrase("Errors", "%1: holds no certificate or key to make a TLSA record from").arg(name));
    *out << records;
    return true;
}

bool tlsaRecordsFromFile(const QString &path, const QByteArray &passphrase, TlsaRole role,
                         QList<GeneratedTlsa> *out, Error *error)
{
    QByteArray data;
    if (!readFileBounded(path, limits::kCertificateFileBytes, phrase("Errors", "certificate or key file"), &data, error))
        return false;
    return tlsaRecordsFromData(data, path, passphrase, role, out, error);
}

QList<GeneratedTlsa> mergeTlsaRecords(const QList<GeneratedTlsa> &current, const QList<GeneratedTlsa> &next)
{
    QList<GeneratedTlsa> merged;
    auto indexOf = [&merged](const TlsaRecord &record) {
        for (int i = 0; i < merged.size(); ++i) {
            if (merged.at(i).record == record)
                return i;
        }
        return -1;
    };
    for (const GeneratedTlsa &g : current) {
        if (indexOf(g.record) < 0)
            merged << g;
    }
    for (const GeneratedTlsa &g : next) {
        const int same = indexOf(g.record);
        if (same < 0) {
            merged << g;
            continue;
        }
        if (merged.at(same).role == TlsaRole::Current) {
            GeneratedTlsa &kept = merged[same];
            const QString words = QStringLiteral("the next key is the current key: there is nothing to roll over");
            if (!kept.note.contains(words))
                kept.note = kept.note.isEmpty() ? words : kept.note + QStringLiteral("; ") + words;
        }
    }
    return merged;
}

} // namespace mailtls::core
