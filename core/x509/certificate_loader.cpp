#include "x509/certificate_loader.h"

#include "base/limits.h"
#include "ossl/error.h"
#include "ossl/handles.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <cstring>

namespace mailtls::core {

namespace {

// Iteration counts beyond this are refused: a damaged PKCS#12 must not keep us busy for minutes.

struct Pkcs12Free {
    void operator()(PKCS12 *p) const noexcept { PKCS12_free(p); }
};
struct Pkcs7Free {
    void operator()(PKCS7 *p) const noexcept { PKCS7_free(p); }
};
struct Pkcs8Free {
    void operator()(PKCS8_PRIV_KEY_INFO *p) const noexcept { PKCS8_PRIV_KEY_INFO_free(p); }
};
struct X509SigFree {
    void operator()(X509_SIG *p) const noexcept { X509_SIG_free(p); }
};
struct OpenSslFree {
    void operator()(void *p) const noexcept { OPENSSL_free(p); }
};
using Pkcs12Ptr = std::unique_ptr<PKCS12, Pkcs12Free>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, Pkcs7Free>;
using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Pkcs8Free>;
using X509SigPtr = std::unique_ptr<X509_SIG, X509SigFree>;

// What a file yields before it is committed to the result (all or nothing per file).
struct Parsed {
    QString format;
    CertificateChain certificates;
    QList<std::shared_ptr<EVP_PKEY>> keys;
    QStringList ignored;
};

std::shared_ptr<EVP_PKEY> sharedKey(EVP_PKEY *pkey)
{
    return std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
}

// The last OpenSSL reason in the queue, in words; the queue is left empty.
QString opensslReason()
{
    const Error error = ossl::drainErrors();
    if (error.openssl.isEmpty())
        return QString();
    const OpenSslErrorEntry &last = error.openssl.last();
    return last.reason.isEmpty() ? QStringLiteral("error 0x%1").arg(last.code, 0, 16) : last.reason;
}

Phrase withReason(const Phrase &text)
{
    const QString reason = opensslReason();
    return reason.isEmpty() ? text : phrase("Errors", "%1 (%2)").arg(text).arg(reason);
}

// The passphrase for OpenSSL's PEM callback, and whether it was asked for at all.
struct PassphraseState {
    QByteArray passphrase;
    bool asked = false;
};

extern "C" int passphraseCallback(char *buf, int size, int /*rwflag*/, void *userdata)
{
    auto *state = static_cast<PassphraseState *>(userdata);
    state->asked = true;
    if (state->passphrase.isEmpty() || size <= 0)
        return -1;
    const int len = int(qMin<qsizetype>(state->passphrase.size(), size));
    std::memcpy(buf, state->passphrase.constData(), size_t(len));
    return len;
}

// `pemName`: the PEM block's name ("ENCRYPTED PRIVATE KEY"), or nullptr for a DER private key.
Phrase passphraseProblem(const char *pemName, const PassphraseState &state)
{
    ossl::drainErrors();
    if (pemName) {
        const QString name = QLatin1String(pemName);
        if (state.passphrase.isEmpty())
            return phrase("Errors", "the %1 block is encrypted; give its passphrase (--passphrase-file)").arg(name);
        return phrase("Errors", "the %1 block: wrong passphrase").arg(name);
    }
    if (state.passphrase.isEmpty())
        return phrase("Errors", "DER private key is encrypted; give its passphrase (--passphrase-file)");
    return phrase("Errors", "DER private key: wrong passphrase");
}

CertificateChain certificatesOfPkcs7(PKCS7 *p7)
{
    CertificateChain chain;
    STACK_OF(X509) *certs = nullptr;
    if (p7 && PKCS7_type_is_signed(p7) && p7->d.sign)
        certs = p7->d.sign->cert;
    else if (p7 && PKCS7_type_is_signedAndEnveloped(p7) && p7->d.signed_and_enveloped)
        certs = p7->d.signed_and_enveloped->cert;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i)
        chain << Certificate::fromX509(sk_X509_value(certs, i));
    return chain;
}

// A PEM private-key block, re-encoded so OpenSSL's own reader handles every flavour (PKCS#8,
// encrypted PKCS#8, traditional RSA/EC/DSA with or without Proc-Type encryption).
bool readPemKey(const char *name, const char *header, const unsigned char *data, long len,
                const QByteArray &passphrase, std::shared_ptr<EVP_PKEY> *out, Phrase *error)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio(bio.get(), name, header, data, len) <= 0) {
        *error = withReason(phrase("Errors", "cannot re-read the %1 block").arg(QLatin1String(name)));
        return false;
    }
    PassphraseState state{passphrase, false};
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &state);
    if (!pkey) {
        *error = state.asked ? passphraseProblem(name, state)
                             : withReason(phrase("Errors", "the %1 block is not a readable private key")
                                              .arg(QLatin1String(name)));
        return false;
    }
    ossl::drainErrors();
    *out = sharedKey(pkey);
    return true;
}

bool parsePem(const QByteArray &data, const CertificateLoadOptions &options, Parsed *parsed, Phrase *error)
{
    parsed->format = QStringLiteral("PEM");
    ossl::BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    if (!bio) {
        *error = withReason(phrase("Errors", "out of memory"));
        return false;
    }
    int block = 0;
    // Bounded: each successful read consumes at least one line.
    for (int guard = 0; guard <= data.size(); ++guard) {
        char *rawName = nullptr;
        char *rawHeader = nullptr;
        unsigned char *rawData = nullptr;
        long len = 0;
        ERR_clear_error();
        if (PEM_read_bio(bio.get(), &rawName, &rawHeader, &rawData, &len) != 1) {
            const unsigned long err = ERR_peek_last_error();
            if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE) {
                ossl::drainErrors();
                break;   // no further block
            }
            *error = withReason(phrase("Errors", "PEM block %1 is damaged or truncated").arg(block + 1));
            return false;
        }
        ++block;
        const std::unique_ptr<char, OpenSslFree> nameOwner(rawName);
        const std::unique_ptr<char, OpenSslFree> headerOwner(rawHeader);
        const std::unique_ptr<unsigned char, OpenSslFree> dataOwner(rawData);
        const QByteArray name(rawName ? rawName : "");
        const unsigned char *p = rawData;

        if (name == "CERTIFICATE" || name == "X509 CERTIFICATE" || name == "TRUSTED CERTIFICATE") {
            X509 *x509 = name == "TRUSTED CERTIFICATE" ? d2i_X509_AUX(nullptr, &p, len)
                                                         : d2i_X509(nullptr, &p, len);
            if (!x509) {
                *error = withReason(phrase("Errors", "PEM block %1 (%2) is not a valid certificate")
                                        .arg(block).arg(QString::fromLatin1(name)));
                return false;
            }
            ossl::X509Ptr owner(x509);
            parsed->certificates << Certificate::fromX509(x509);
        } else if (name == "PRIVATE KEY" || name == "ENCRYPTED PRIVATE KEY" || name == "RSA PRIVATE KEY"
                   || name == "EC PRIVATE KEY" || name == "DSA PRIVATE KEY") {
            std::shared_ptr<EVP_PKEY> key;
            Phrase keyError;
            if (!readPemKey(rawName, rawHeader ? rawHeader : "", rawData, len, options.passphrase, &key, &keyError)) {
                *error = phrase("Errors", "PEM block %1: %2").arg(block).arg(keyError);
                return false;
            }
            parsed->keys << key;
        } else if (name == "PKCS7" || name == "CERTIFICATE CHAIN") {
            Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, len));
            if (!p7) {
                *error = withReason(phrase("Errors", "PEM block %1 (PKCS7) is damaged").arg(block));
                return false;
            }
            parsed->certificates << certificatesOfPkcs7(p7.get());
        } else {
            parsed->ignored << QString::fromLatin1(name);
        }
        ossl::drainErrors();
    }
    if (block == 0) {
        *error = phrase("Errors", "has a \"-----BEGIN\" line but no complete PEM block");
        return false;
    }
    return true;
}

bool parsePkcs12(PKCS12 *p12, const CertificateLoadOptions &options, Parsed *parsed, Phrase *error)
{
    parsed->format = QStringLiteral("PKCS#12");
    // The passwords to try: the one given, else "no password" in both of its spellings.
    QList<QByteArray> candidates;
    if (!options.passphrase.isEmpty())
        candidates << options.passphrase;
    else
        candidates << QByteArray() << QByteArray("");
    const char *password = nullptr;
    bool found = false;
    if (PKCS12_mac_present(p12)) {
        const ASN1_INTEGER *iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12);
        const long iter = iterations ? ASN1_INTEGER_get(iterations) : 1;
        if (iter < 0 || iter > limits::kPkcs12Iterations) {
            ossl::drainErrors();
            *error = phrase("Errors", "PKCS#12 with an implausible MAC iteration count (%1): damaged").arg(iter);
            return false;
        }
        for (const QByteArray &candidate : candidates) {
            const char *pass = candidate.isNull() ? nullptr : candidate.constData();
            if (PKCS12_verify_mac(p12, pass, pass ? int(candidate.size()) : 0) == 1) {
                password = pass;
                found = true;
                break;
            }
        }
        ossl::drainErrors();
        if (!found) {
            *error = options.passphrase.isEmpty()
                ? phrase("Errors", "PKCS#12 is protected by a passphrase; give it with --passphrase-file")
                : phrase("Errors", "PKCS#12: wrong passphrase (the integrity check failed)");
            return false;
        }
    } else {
        password = candidates.first().isNull() ? nullptr : candidates.first().constData();
    }

    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (PKCS12_parse(p12, password, &pkey, &cert, &ca) != 1) {
        *error = withReason(phrase("Errors", "PKCS#12 contents cannot be read (wrong passphrase or damaged)"));
        return false;
    }
    ossl::X509Ptr certOwner(cert);
    ossl::X509StackPtr caOwner(ca);
    // The certificate that matches the key first, then the others as stored.
    if (cert)
        parsed->certificates << Certificate::fromX509(cert);
    for (int i = 0; ca && i < sk_X509_num(ca); ++i)
        parsed->certificates << Certificate::fromX509(sk_X509_value(ca, i));
    if (pkey)
        parsed->keys << sharedKey(pkey);
    ossl::drainErrors();
    return true;
}

// Binary input: DER certificate(s), PKCS#12, PKCS#7 or a DER private key.
bool parseDer(const QByteArray &data, const CertificateLoadOptions &options, Parsed *parsed, Phrase *error)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(data.constData());
    const long size = long(data.size());

    // One or more concatenated DER certificates.
    {
        CertificateChain chain;
        const unsigned char *p = begin;
        while (p < begin + size) {
            const unsigned char *start = p;
            X509 *x509 = d2i_X509(nullptr, &p, long(begin + size - p));
            if (!x509 || p <= start) {
                if (x509)
                    X509_free(x509);
                chain.clear();
                break;
            }
            ossl::X509Ptr owner(x509);
            chain << Certificate::fromX509(x509);
        }
        ossl::drainErrors();
        if (!chain.isEmpty()) {
            parsed->format = QStringLiteral("DER");
            parsed->certificates = chain;
            return true;
        }
    }
    // PKCS#12.
    {
        const unsigned char *p = begin;
        Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, size));
        ossl::drainErrors();
        if (p12 && p == begin + size)
            return parsePkcs12(p12.get(), options, parsed, error);
    }
    // PKCS#7 (.p7b).
    {
        const unsigned char *p = begin;
        Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, size));
        ossl::drainErrors();
        if (p7 && p == begin + size) {
            parsed->format = QStringLiteral("PKCS#7");
            parsed->certificates = certificatesOfPkcs7(p7.get());
            if (parsed->certificates.isEmpty()) {
                *error = phrase("Errors", "PKCS#7 structure without certificates");
                return false;
            }
            return true;
        }
    }
    // Unencrypted PKCS#8.
    {
        const unsigned char *p = begin;
        Pkcs8Ptr p8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, size));
        if (p8 && p == begin + size) {
            EVP_PKEY *pkey = EVP_PKCS82PKEY(p8.get());
            if (!pkey) {
                *error = withReason(phrase("Errors", "DER PKCS#8 private key cannot be decoded"));
                return false;
            }
            parsed->format = QStringLiteral("DER");
            parsed->keys << sharedKey(pkey);
            ossl::drainErrors();
            return true;
        }
        ossl::drainErrors();
    }
    // Encrypted PKCS#8.
    {
        const unsigned char *p = begin;
        X509SigPtr sig(d2i_X509_SIG(nullptr, &p, size));
        ossl::drainErrors();
        if (sig && p == begin + size) {
            parsed->format = QStringLiteral("DER");
            const PassphraseState state{options.passphrase, true};
            if (options.passphrase.isEmpty()) {
                *error = passphraseProblem(nullptr, state);
                return false;
            }
            Pkcs8Ptr p8(PKCS8_decrypt(sig.get(), options.passphrase.constData(), int(options.passphrase.size())));
            EVP_PKEY *pkey = p8 ? EVP_PKCS82PKEY(p8.get()) : nullptr;
            if (!pkey) {
                *error = passphraseProblem(nullptr, state);
                return false;
            }
            parsed->keys << sharedKey(pkey);
            ossl::drainErrors();
            return true;
        }
    }
    // Traditional DER private key (RSA / EC / DSA structure).
    {
        const unsigned char *p = begin;
        EVP_PKEY *pkey = d2i_AutoPrivateKey(nullptr, &p, size);
        ossl::drainErrors();
        if (pkey && p == begin + size) {
            parsed->format = QStringLiteral("DER");
            parsed->keys << sharedKey(pkey);
            return true;
        }
        if (pkey)
            EVP_PKEY_free(pkey);
    }

    const QByteArray head = data.left(8).toHex(' ');
    if (!data.isEmpty() && static_cast<unsigned char>(data.at(0)) == 0x30)
        *error = phrase("Errors", "DER data that is neither a certificate, a private key, PKCS#7 nor PKCS#12 "
                                  "(truncated or damaged?)");
    else
        *error = phrase("Errors", "neither PEM (no \"-----BEGIN\" line) nor DER (starts with bytes %1)")
                     .arg(QString::fromLatin1(head));
    return false;
}

void matchKeys(CertificateLoadResult *result)
{
    for (LoadedPrivateKey &key : result->keys) {
        key.matchesPosition = -1;
        for (int i = 0; i < result->certificates.size(); ++i) {
            if (privateKeyMatches(key.pkey.get(), result->certificates.at(i))) {
                key.matchesPosition = i;
                break;
            }
        }
    }
}

// Keeps `errors` (English) and `errorPhrases` side by side.
void addError(CertificateLoadResult *result, const Phrase &error)
{
    result->errors << error.english();
    result->errorPhrases << error;
}

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

QString LoadedFileSummary::describe() const
{
    QStringList parts;
    parts << format;
    parts << plural(certificateCount, "certificate", "certificates");
    if (!keyTexts.isEmpty())
        parts << QStringLiteral("%1 (%2)").arg(plural(int(keyTexts.size()), "private key", "private keys"),
                                                keyTexts.join(QStringLiteral(", ")));
    if (!ignored.isEmpty())
        parts << QStringLiteral("ignored: %1").arg(ignored.join(QStringLiteral(", ")));
    return QStringLiteral("%1: %2").arg(file, parts.join(QStringLiteral(", ")));
}

QStringList CertificateLoadResult::shownErrors() const
{
    QStringList shown;
    shown.reserve(errors.size());
    for (int i = 0; i < errors.size(); ++i)
        shown << shownPhrase(errorPhrases.value(i), errors.at(i));
    return shown;
}

const LoadedPrivateKey *CertificateLoadResult::keyFor(int position) const
{
    for (const LoadedPrivateKey &key : keys) {
        if (key.matchesPosition == position)
            return &key;
    }
    return nullptr;
}

bool privateKeyMatches(EVP_PKEY *privateKey, const Certificate &certificate)
{
    if (!privateKey || certificate.isNull())
        return false;
    EVP_PKEY *publicKey = X509_get0_pubkey(certificate.handle());
    const bool same = publicKey && EVP_PKEY_eq(publicKey, privateKey) == 1;
    ossl::drainErrors();
    return same;
}

bool loadCertificateData(const QByteArray &data, const QString &name, const CertificateLoadOptions &options,
                         CertificateLoadResult *result)
{
    Phrase error;
    Parsed parsed;
    bool ok = false;
    if (data.isEmpty()) {
        error = phrase("Errors", "is empty");
    } else if (data.contains("-----BEGIN")) {
        ok = parsePem(data, options, &parsed, &error);
    } else {
        ok = parseDer(data, options, &parsed, &error);
    }
    if (ok && parsed.certificates.isEmpty() && parsed.keys.isEmpty()) {
        ok = false;
        error = parsed.ignored.isEmpty()
            ? phrase("Errors", "holds no certificate and no private key")
            : phrase("Errors", "holds no certificate and no private key (only %1)").arg(parsed.ignored.join(QStringLiteral(", ")));
    }
    for (const Certificate &cert : std::as_const(parsed.certificates)) {
        if (cert.isNull() && ok) {
            ok = false;
            error = phrase("Errors", "holds a certificate that cannot be read");
        }
    }
    ERR_clear_error();
    if (!ok) {
        addError(result, phrase("Errors", "%1: %2").arg(name).arg(error));
        return false;
    }

    LoadedFileSummary summary;
    summary.file = name;
    summary.format = parsed.format;
    summary.firstPosition = int(result->certificates.size());
    summary.certificateCount = int(parsed.certificates.size());
    summary.ignored = parsed.ignored;
    result->certificates << parsed.certificates;
    for (const std::shared_ptr<EVP_PKEY> &pkey : std::as_const(parsed.keys)) {
        LoadedPrivateKey key;
        key.file = name;
        key.info = keyInfoOf(pkey.get());
        key.publicKeySha256 = publicKeySha256(pkey.get());
        key.pkey = pkey;
        summary.keyTexts << keyInfoText(key.info);
        result->keys << key;
    }
    result->files << summary;
    matchKeys(result);
    return true;
}

CertificateLoadResult loadCertificateFiles(const QStringList &paths, const CertificateLoadOptions &options)
{
    CertificateLoadResult result;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            addError(&result, phrase("Errors", "%1: no such file").arg(path));
            continue;
        }
        if (info.isDir()) {
            addError(&result, phrase("Errors", "%1: is a directory").arg(path));
            continue;
        }
        if (info.size() > options.maxFileBytes) {
            addError(&result, phrase("Errors", "%1: too large for a certificate or key file (%2 bytes)")
                                  .arg(path).arg(info.size()));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            addError(&result, phrase("Errors", "%1: cannot read (%2)").arg(path, file.errorString()));
            continue;
        }
        const QByteArray data = file.read(options.maxFileBytes + 1);
        loadCertificateData(data, path, options, &result);
    }
    return result;
}

} // namespace mailtls::core
