#include "wire/client_hello_builder.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "ossl/error.h"
#include "ossl/handles.h"

namespace mailtls::core {

namespace {

void put8(QByteArray &b, int v) { b.append(char(v & 0xff)); }
void put16(QByteArray &b, int v)
{
    b.append(char((v >> 8) & 0xff));
    b.append(char(v & 0xff));
}
void put24(QByteArray &b, int v)
{
    b.append(char((v >> 16) & 0xff));
    put16(b, v);
}
QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}
QByteArray vector16(const QByteArray &body)
{
    QByteArray b;
    put16(b, int(body.size()));
    return b + body;
}
QByteArray extension(int type, const QByteArray &data)
{
    QByteArray b;
    put16(b, type);
    return b + vector16(data);
}

// A fresh x25519 key pair's public half (the private half is dropped: we never finish).
QByteArray x25519PublicKey()
{
    ossl::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return {};
    ossl::EvpPkeyPtr key(raw);
    unsigned char pub[32];
    size_t len = sizeof pub;
    if (EVP_PKEY_get_raw_public_key(key.get(), pub, &len) != 1 || len != 32)
        return {};
    return QByteArray(reinterpret_cast<const char *>(pub), 32);
}

const QList<quint16> kDefaultSignatureSchemes = {
    0x0403, 0x0503, 0x0603,          // ecdsa_secp256r1_sha256 … secp521r1_sha512
    0x0807, 0x0808,                  // ed25519, ed448
    0x0804, 0x0805, 0x0806,          // rsa_pss_rsae_sha256/384/512
    0x0809, 0x080a, 0x080b,          // rsa_pss_pss_sha256/384/512
    0x0401, 0x0501, 0x0601,          // rsa_pkcs1_sha256/384/512
    0x0303, 0x0301, 0x0302,          // sha224 ecdsa/rsa/dsa
    0x0402, 0x0502, 0x0602,          // dsa with sha256/384/512
    0x0203, 0x0201, 0x0202,          // ecdsa_sha1, rsa_pkcs1_sha1, dsa_sha1
};

} // namespace

QByteArray ClientHelloBuilder::handshakeMessage(const ClientHelloSpec &spec, Error *error)
{
    auto fail = [error](const Phrase &message) {
        core::fail(error, ErrorKind::Usage, message);
        return QByteArray();
    };
    if (spec.version < 0x0300 || spec.version > 0x0304)
        return fail(phrase("Errors", "unsupported version 0x%1").arg(spec.version, 4, 16, QLatin1Char('0')));
    if (spec.suites.isEmpty() || spec.suites.size() > kMaxSuites)
        return fail(phrase("Errors", "a ClientHello carries 1-%1 suites, not %2").arg(kMaxSuites).arg(spec.suites.size()));
    const bool tls13 = spec.version == 0x0304;

    QByteArray body;
    put16(body, tls13 ? 0x0303 : spec.version);
    body += randomBytes(32);
    put8(body, 32);
    body += randomBytes(32);   // a session id also puts TLS 1.3 middleboxes into compatibility mode
    QByteArray suites;
    for (quint16 s : spec.suites)
        put16(suites, s);
    if (spec.renegotiationScsv && !tls13)
        put16(suites, 0x00FF);
    body += vector16(suites);
    put8(body, 1);
    put8(body, 0);   // null compression only

    QByteArray ext;
    if (spec.version >= 0x0301) {
        if (!spec.sni.isEmpty()) {
            const QByteArray host = spec.sni.toUtf8();
            QByteArray entry;
            put8(entry, 0);
            entry += vector16(host);
            ext += extension(0, vector16(entry));
        }
        QByteArray groups;
        for (quint16 g : spec.groups.isEmpty() ? scanGroups() : spec.groups)
            put16(groups, g);
        ext += extension(10, vector16(groups));
        ext += extension(11, QByteArray::fromHex("03000102"));   // uncompressed, ansiX962 prime/char2
        QByteArray schemes;
        for (quint16 s : spec.signatureSchemes.isEmpty() ? kDefaultSignatureSchemes : spec.signatureSchemes)
            put16(schemes, s);
        ext += extension(13, vector16(schemes));
        ext += extension(23, QByteArray());   // extended_master_secret: some servers insist
        if (tls13) {
            ext += extension(43, QByteArray::fromHex("020304"));
            ext += extension(45, QByteArray::fromHex("0101"));   // psk_dhe_ke
            QByteArray shares;
            for (quint16 g : spec.keyShareGroups) {
                if (g != group::x25519)
                    return fail(phrase("Errors", "key shares can only be generated for x25519"));
                const QByteArray pub = x25519PublicKey();
                if (pub.isEmpty()) {
                    // OpenSSL's queue goes into the Error (and off this thread); the message stays ours.
                    Error why = ossl::drainErrors();
                    why.messagePhrase = phrase("Errors", "x25519 key generation failed");
                    why.message = why.messagePhrase.english();
                    core::fail(error, why);
                    return QByteArray();
                }
                put16(shares, g);
                shares += vector16(pub);
            }
            ext += extension(51, vector16(shares));
        }
    }

    auto assemble = [&](const QByteArray &extensions) {
        QByteArray msg;
        put8(msg, 1);
        const QByteArray full = extensions.isEmpty() ? body : body + vector16(extensions);
        put24(msg, int(full.size()));
        return msg + full;
    };
    QByteArray msg = assemble(ext);
    if (spec.padding && spec.version >= 0x0301 && msg.size() >= 0x100 && msg.size() < 0x200) {
        // Pad to 512 bytes: the padding extension costs 4 bytes of header itself.
        int padLen = 0x200 - int(msg.size()) - 4;
        if (padLen < 1)
            padLen = 1;
        ext += extension(21, QByteArray(padLen, '\0'));
        msg = assemble(ext);
    }
    return msg;
}

QByteArray ClientHelloBuilder::build(const ClientHelloSpec &spec, Error *error)
{
    const QByteArray msg = handshakeMessage(spec, error);
    if (msg.isEmpty())
        return {};
    QByteArray record;
    put8(record, 22);
    put16(record, spec.version == 0x0300 ? 0x0300 : 0x0301);   // record version: the widely tolerated one
    put16(record, int(msg.size()));
    return record + msg;
}

QByteArray ClientHelloBuilder::buildSslv2(const QList<quint32> &cipherKinds)
{
    QByteArray specs;
    for (quint32 k : cipherKinds)
        put24(specs, int(k));
    QByteArray body;
    put8(body, 1);          // CLIENT-HELLO
    put16(body, 0x0002);    // SSL 2.0
    put16(body, int(specs.size()));
    put16(body, 0);         // no session id
    put16(body, 16);        // challenge length
    body += specs;
    body += randomBytes(16);
    QByteArray record;
    put16(record, 0x8000 | int(body.size()));   // two-byte header, no padding
    return record + body;
}

} // namespace mailtls::core
