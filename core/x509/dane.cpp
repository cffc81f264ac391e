#include "x509/dane.h"

#include "base/limits.h"
#include "ossl/error.h"
#include "ossl/handles.h"

#include <QUrl>

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace mailtls::core {

namespace {

// RFC 6698 §2.1: usage, selector and matching type are one octet each.
constexpr int kFieldMax = 255;

// The digest lengths RFC 6698 §2.1.3 fixes; OpenSSL refuses a record whose data has another
// length for a digest type (SSL_R_DANE_TLSA_BAD_DIGEST_LENGTH), so a parse refuses it first.
int digestLength(int matchingType)
{
    switch (matchingType) {
    case 1:
        return 32;
    case 2:
        return 64;
    default:
        return -1;
    }
}

bool setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

bool checkData(int matchingType, const QByteArray &data, QString *why)
{
    if (data.isEmpty())
        return setWhy(why, QStringLiteral("no certificate association data"));
    const int wanted = digestLength(matchingType);
    if (wanted > 0 && data.size() != wanted)
        return setWhy(why, QStringLiteral("%1 data must be %2 bytes (%3 hex digits), not %4 bytes")
                               .arg(tlsaMatchingTypeName(matchingType))
                               .arg(wanted)
                               .arg(wanted * 2)
                               .arg(data.size()));
    return true;
}

// One of the three numeric fields of the presentation form.
bool parseField(const QString &text, const char *what, int *out, QString *why)
{
    bool ok = false;
    const int value = text.toInt(&ok, 10);
    bool digits = !text.isEmpty();
    for (QChar c : text)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits || !ok || value < 0 || value > kFieldMax)
        return setWhy(why, QStringLiteral("the %1 must be a number from 0 to 255, not \"%2\"")
                               .arg(QLatin1String(what), text.left(limits::kQuotedChars)));
    *out = value;
    return true;
}

// A reference name as OpenSSL compares it: trimmed, lower case, without the root's trailing
// dot, non-ASCII labels as ACE. Empty when there is nothing left.
QByteArray referenceName(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    bool ascii = true;
    for (QChar c : n)
        ascii = ascii && c.unicode() <= 0x7f;
    return ascii ? n.toLatin1() : QUrl::toAce(n);
}

// Whether OpenSSL's matcher looks at a record of `usage` for the certificate at `depth`: DANE-EE
// only at the leaf, DANE-TA only above it (x509_vfy.c dane_match: the EE mask at depth 0, the
// TA mask above).
bool usageAppliesAt(int usage, int depth)
{
    return usage == 3 ? depth == 0 : depth > 0;
}

} // namespace

QString TlsaRecord::text() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(usage)
        .arg(selector)
        .arg(matchingType)
        .arg(QString::fromLatin1(data.toHex().toUpper()));
}

bool TlsaRecord::operator==(const TlsaRecord &other) const
{
    return usage == other.usage && selector == other.selector && matchingType == other.matchingType
        && data == other.data;
}

bool parseTlsaRecord(const QString &text, TlsaRecord *out, QString *why)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 4)
        return setWhy(why, QStringLiteral("a TLSA record is four fields: usage, selector, matching type, data"));
    TlsaRecord record;
    if (!parseField(words.at(0), "usage", &record.usage, why)
        || !parseField(words.at(1), "selector", &record.selector, why)
        || !parseField(words.at(2), "matching type", &record.matchingType, why))
        return false;
    // RFC 6698 §2.2: the data is hexadecimal and may be split by white space.
    const QByteArray hex = words.mid(3).join(QString()).toLatin1();
    for (char c : hex) {
        const bool isHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!isHex)
            return setWhy(why, QStringLiteral("the data must be hexadecimal; '%1' is not a hex digit")
                                   .arg(QString::fromLatin1(&c, 1)));
    }
    if (hex.size() % 2 != 0)
        return setWhy(why, QStringLiteral("the data has an odd number of hex digits (%1)").arg(hex.size()));
    record.data = QByteArray::fromHex(hex);
    if (!checkData(record.matchingType, record.data, why))
        return false;
    *out = record;
    return true;
}

bool tlsaFromRdata(const QByteArray &rdata, TlsaRecord *out, QString *why)
{
    if (rdata.size() < 4)
        return setWhy(why, QStringLiteral("TLSA rdata of %1 bytes: at least 4 are needed (three fields and data)")
                               .arg(rdata.size()));
    TlsaRecord record;
    record.usage = quint8(rdata.at(0));
    record.selector = quint8(rdata.at(1));
    record.matchingType = quint8(rdata.at(2));
    record.data = rdata.mid(3);
    if (!checkData(record.matchingType, record.data, why))
        return false;
    *out = record;
    return true;
}

QString tlsaUsageName(int usage)
{
    switch (usage) {
    case 0:
        return QStringLiteral("PKIX-TA");
    case 1:
        return QStringLiteral("PKIX-EE");
    case 2:
        return QStringLiteral("DANE-TA");
    case 3:
        return QStringLiteral("DANE-EE");
    default:
        return QStringLiteral("usage %1").arg(usage);
    }
}

QString tlsaSelectorName(int selector)
{
    switch (selector) {
    case 0:
        return QStringLiteral("Cert");
    case 1:
        return QStringLiteral("SPKI");
    default:
        return QStringLiteral("selector %1").arg(selector);
    }
}

QString tlsaMatchingTypeName(int matchingType)
{
    switch (matchingType) {
    case 0:
        return QStringLiteral("Full");
    case 1:
        return QStringLiteral("SHA-256");
    case 2:
        return QStringLiteral("SHA-512");
    default:
        return QStringLiteral("matching type %1").arg(matchingType);
    }
}

QByteArray tlsaAssociationData(const Certificate &certificate, int selector, int matchingType)
{
    if (certificate.isNull())
        return QByteArray();
    QByteArray selected;
    if (selector == 0) {
        selected = certificate.toDer();
    } else if (selector == 1) {
        // The SubjectPublicKeyInfo as the certificate carries it (not re-encoded from the key):
        // that is what OpenSSL hashes when it matches selector 1.
        const X509_PUBKEY *spki = X509_get_X509_PUBKEY(certificate.handle());
        const int len = spki ? i2d_X509_PUBKEY(spki, nullptr) : -1;
        if (len > 0) {
            selected.resize(len);
            auto *p = reinterpret_cast<unsigned char *>(selected.data());
            if (i2d_X509_PUBKEY(spki, &p) != len)
                selected.clear();
        }
    } else {
        return QByteArray();
    }
    if (selected.isEmpty()) {
        ossl::drainErrors();
        return QByteArray();
    }
    const EVP_MD *md = nullptr;
    switch (matchingType) {
    case 0:
        return selected;
    case 1:
        md = EVP_sha256();
        break;
    case 2:
        md = EVP_sha512();
        break;
    default:
        return QByteArray();
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLen = 0;
    if (EVP_Digest(selected.constData(), size_t(selected.size()), digest, &digestLen, md, nullptr) != 1) {
        ossl::drainErrors();
        return QByteArray();
    }
    return QByteArray(reinterpret_cast<const char *>(digest), int(digestLen));
}

// How the verification is done, and why:
//
// - It is OpenSSL's DANE code that decides, as in a sender built on OpenSSL (Postfix, Exim
//   with OpenSSL): an SSL_CTX with DANE enabled, an SSL with the reference names, each record
//   added by SSL_dane_tlsa_add, then X509_verify_cert on the served chain with the SSL's DANE
//   state and verify parameters, set up the way ssl_verify_cert_chain() sets them for a
//   handshake ("ssl_server" defaults, then the SSL's parameters over them). No handshake is
//   needed: the chain was received already.
// - SMTP rules (RFC 7672): usages 0 and 1 are unusable for SMTP (§3.1.3). They are never
//   handed to OpenSSL (which would then want a PKIX path to a trusted root) and are marked -2.
//   A record OpenSSL itself refuses (SSL_dane_tlsa_add returns 0: unknown usage, selector or
//   matching type, a digest of the wrong length, data that is no certificate or key) is -2 as
//   well. When no usable record is left, there is nothing to authenticate with: not verified,
//   with our own sentence (RFC 7672 §2.2 lets the sender go on with unauthenticated TLS).
// - DANE-EE ignores names and dates (RFC 7672 §3.1.1): DANE_FLAG_NO_DANE_EE_NAMECHECKS, and
//   OpenSSL's DANE-EE success skips the date checks by itself. DANE-TA checks the leaf's
//   names against the reference names (MX host name, then the TLSA base domain), with
//   partial-label wildcards refused as Postfix refuses them, and the chain's dates.
// - The store is empty: SMTP DANE has no PKIX part. Key sizes are not judged here (no
//   authentication security level): the certificate rules judge them.
// - The match: SSL_get0_dane_tlsa() reports the record and depth OpenSSL's matcher recorded.
//   It answers only while the SSL's verify result is X509_V_OK, which it is from SSL_new() on
//   and stays here (no handshake stores a result in it). It is read also when
//   verification failed afterwards (a DANE-TA record matched, then the name check failed):
//   matchedRecord then says what matched, `verified` what OpenSSL concluded. The record is
//   found in `records` by value (the first equal one).
// - recordDepths is our own look, done the way OpenSSL's matcher looks: a DANE-EE record
//   against the leaf only, a DANE-TA record against the certificates above it only.
DaneVerification verifyDane(const CertificateChain &chain, const QList<TlsaRecord> &records,
                            const QStringList &names)
{
    DaneVerification result;
    if (chain.isEmpty() || records.isEmpty() || chain.first().isNull())
        return result;
    result.attempted = true;

    const CertificateChain checked = chain.mid(0, limits::kChainCertificates);

    // Our own look, and which records may go to OpenSSL at all.
    QList<bool> smtpUsable;
    for (const TlsaRecord &record : records) {
        const bool usable = (record.usage == 2 || record.usage == 3) && (record.selector == 0 || record.selector == 1)
                         && record.matchingType >= 0 && record.matchingType <= 2;
        smtpUsable << usable;
        int depth = usable ? -1 : -2;
        for (int d = 0; usable && depth < 0 && d < checked.size(); ++d) {
            if (usageAppliesAt(record.usage, d)
                && tlsaAssociationData(checked.at(d), record.selector, record.matchingType) == record.data)
                depth = d;
        }
        result.recordDepths << depth;
    }

    QList<QByteArray> referenceNames;
    for (const QString &name : names) {
        const QByteArray n = referenceName(name);
        if (!n.isEmpty() && !referenceNames.contains(n))
            referenceNames << n;
    }
    if (referenceNames.isEmpty()) {
        result.error = QStringLiteral("no reference name (the MX host name) to verify against");
        return result;
    }

    ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    if (!ctx || SSL_CTX_dane_enable(ctx.get()) <= 0) {
        result.error = ossl::drainErrors(QStringLiteral("cannot set up DANE")).message;
        return result;
    }
    SSL_CTX_dane_set_flags(ctx.get(), DANE_FLAG_NO_DANE_EE_NAMECHECKS);
    ossl::SslPtr ssl(SSL_new(ctx.get()));
    if (!ssl || SSL_dane_enable(ssl.get(), referenceNames.first().constData()) <= 0) {
        result.error = ossl::drainErrors(QStringLiteral("cannot set up DANE")).message;
        return result;
    }
    SSL_dane_set_flags(ssl.get(), DANE_FLAG_NO_DANE_EE_NAMECHECKS);
    SSL_set_hostflags(ssl.get(), X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    for (int i = 1; i < referenceNames.size(); ++i) {
        if (SSL_add1_host(ssl.get(), referenceNames.at(i).constData()) != 1) {
            result.error = ossl::drainErrors(QStringLiteral("cannot add the reference name %1")
                                                 .arg(QString::fromLatin1(referenceNames.at(i))))
                               .message;
            return result;
        }
    }

    int added = 0;
    for (int i = 0; i < records.size(); ++i) {
        if (!smtpUsable.at(i))
            continue;
        const TlsaRecord &record = records.at(i);
        const int rc = SSL_dane_tlsa_add(ssl.get(), quint8(record.usage), quint8(record.selector),
                                         quint8(record.matchingType),
                                         reinterpret_cast<const unsigned char *>(record.data.constData()),
                                         size_t(record.data.size()));
        if (rc > 0) {
            ++added;
        } else if (rc == 0) {
            result.recordDepths[i] = -2;   // OpenSSL will not use it
            ossl::drainErrors();
        } else {
            result.error = ossl::drainErrors(QStringLiteral("cannot add TLSA record %1").arg(i + 1)).message;
            return result;
        }
    }
    if (added == 0) {
        result.error = QStringLiteral("no usable TLSA record: SMTP uses only DANE-TA(2) and DANE-EE(3) records "
                                      "with known selectors and matching types (RFC 7672)");
        return result;
    }

    ossl::X509StackPtr untrusted(sk_X509_new_null());
    ossl::X509StorePtr store(X509_STORE_new());
    ossl::X509StoreCtxPtr storeCtx(X509_STORE_CTX_new());
    if (!untrusted || !store || !storeCtx) {
        result.error = ossl::drainErrors(QStringLiteral("out of memory")).message;
        return result;
    }
    for (int d = 1; d < checked.size(); ++d) {
        if (checked.at(d).isNull())
            continue;
        // The stack owns a reference of its own (freed with the stack).
        X509_up_ref(checked.at(d).handle());
        if (!sk_X509_push(untrusted.get(), checked.at(d).handle())) {
            X509_free(checked.at(d).handle());
            result.error = ossl::drainErrors(QStringLiteral("out of memory")).message;
            return result;
        }
    }
    if (X509_STORE_CTX_init(storeCtx.get(), store.get(), checked.first().handle(), untrusted.get()) != 1) {
        result.error = ossl::drainErrors(QStringLiteral("cannot set up the verification")).message;
        return result;
    }
    X509_STORE_CTX_set0_dane(storeCtx.get(), SSL_get0_dane(ssl.get()));
    X509_STORE_CTX_set_default(storeCtx.get(), "ssl_server");
    X509_VERIFY_PARAM_set1(X509_STORE_CTX_get0_param(storeCtx.get()), SSL_get0_param(ssl.get()));

    const int rc = X509_verify_cert(storeCtx.get());
    const int verifyError = X509_STORE_CTX_get_error(storeCtx.get());
    result.verified = rc == 1;
    if (!result.verified) {
        const int code = verifyError != X509_V_OK ? verifyError : X509_V_ERR_UNSPECIFIED;
        result.error = QString::fromUtf8(X509_verify_cert_error_string(code));
        const int depth = X509_STORE_CTX_get_error_depth(storeCtx.get());
        if (depth > 0)
            result.error += QStringLiteral(" (at depth %1)").arg(depth);
    }
    ossl::drainErrors();

    // The SSL's verify result is still X509_V_OK (see above), so this answers.
    uint8_t usage = 0;
    uint8_t selector = 0;
    uint8_t matchingType = 0;
    const unsigned char *data = nullptr;
    size_t dataLen = 0;
    const int matchedDepth = SSL_get0_dane_tlsa(ssl.get(), &usage, &selector, &matchingType, &data, &dataLen);
    if (matchedDepth >= 0 && data) {
        TlsaRecord matched;
        matched.usage = usage;
        matched.selector = selector;
        matched.matchingType = matchingType;
        matched.data = QByteArray(reinterpret_cast<const char *>(data), int(dataLen));
        for (int i = 0; i < records.size(); ++i) {
            if (smtpUsable.at(i) && records.at(i) == matched) {
                result.matchedRecord = i;
                result.matchedDepth = matchedDepth;
                break;
            }
        }
    }
    return result;
}

} // namespace mailtls::core
