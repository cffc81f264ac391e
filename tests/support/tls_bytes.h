#pragma once

// TLS bytes by hand for the tests of the wire and tls layers: integers, length-prefixed vectors,
// extensions, handshake messages, records, a ServerHello in its usual shapes, and a test
// certificate as DER. No project code, so the bytes never depend on what they test.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace mailtls::test {

inline QByteArray u8(int v) { return QByteArray(1, char(v & 0xff)); }
inline QByteArray u16(int v) { return u8(v >> 8) + u8(v); }
inline QByteArray u24(int v) { return u8(v >> 16) + u8(v >> 8) + u8(v); }
inline QByteArray vec8(const QByteArray &b) { return u8(int(b.size())) + b; }
inline QByteArray vec16(const QByteArray &b) { return u16(int(b.size())) + b; }
inline QByteArray vec24(const QByteArray &b) { return u24(int(b.size())) + b; }
inline QByteArray ext(int type, const QByteArray &data) { return u16(type) + vec16(data); }
// A handshake message: type, 3-byte length, body.
inline QByteArray handshake(int type, const QByteArray &body) { return u8(type) + vec24(body); }
// A record: content type, version, 2-byte length, fragment.
inline QByteArray record(int type, const QByteArray &fragment, int version = 0x0303)
{
    return u8(type) + u16(version) + vec16(fragment);
}

// The random that makes a ServerHello a HelloRetryRequest (RFC 8446 4.1.3).
inline const QByteArray kHelloRetryRandom =
    QByteArray::fromHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

// A ServerHello message choosing `suite`. TLS 1.3 (version 0x0304): supported_versions and a
// key_share of `keyShareGroup` (the group alone in a HelloRetryRequest); older versions:
// renegotiation_info and extended_master_secret.
inline QByteArray serverHello(int suite, int version, int keyShareGroup, const QByteArray &random = QByteArray(32, '\x11'))
{
    QByteArray exts;
    if (version == 0x0304) {
        exts += ext(43, u16(0x0304));
        exts += ext(51, random == kHelloRetryRandom ? u16(keyShareGroup) : u16(keyShareGroup) + vec16(QByteArray(32, '\x22')));
    } else {
        exts += ext(0xff01, vec8({}));
        exts += ext(23, {});
    }
    return handshake(2, u16(0x0303) + random + vec8(QByteArray(32, '\x33')) + u16(suite) + u8(0) + vec16(exts));
}

// The first certificate of a PEM file, as DER; empty when the file does not read.
inline QByteArray pemFileToDer(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = f.readAll();
    const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf("-----END CERTIFICATE-----", from);
    if (from < 0 || to < 0)
        return {};
    return QByteArray::fromBase64(pem.mid(from + begin.size(), to - from - begin.size()));
}

// The RSA 2048 leaf of tests/fixtures/certs, as DER.
inline QByteArray fixtureCertificateDer()
{
    return pemFileToDer(QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/leaf-rsa2048.pem"));
}

} // namespace mailtls::test
