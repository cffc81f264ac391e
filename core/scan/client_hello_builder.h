#pragma once

// Our own ClientHello bytes, for what the linked OpenSSL cannot offer (SSLv2, SSLv3, EXPORT,
// RC4, static DH, CAMELLIA/ARIA where disabled, groups it does not know ...). Typed fields in,
// one TLS record (or one SSLv2 record) out. Real random bytes; RFC 7685 padding keeps the
// hello out of the 256-511 byte range that hangs some F5 load balancers.

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailtls::core {

// Named groups (RFC 8446 4.2.7, RFC 7919, hybrid post-quantum code points).
namespace group {
inline constexpr quint16 secp256r1 = 23, secp384r1 = 24, secp521r1 = 25, x25519 = 29, x448 = 30;
inline constexpr quint16 ffdhe2048 = 256, ffdhe3072 = 257, ffdhe4096 = 258, ffdhe6144 = 259, ffdhe8192 = 260;
inline constexpr quint16 x25519Mlkem768 = 0x11EC, secp256r1Mlkem768 = 0x11EB, secp384r1Mlkem1024 = 0x11ED;
inline constexpr quint16 x25519Kyber768Draft00 = 0x6399, secp256r1Kyber768Draft00 = 0x639A;
} // namespace group

// Name of a named group as the report shows it ("x25519", "ffdhe2048", "X25519MLKEM768").
QString groupName(quint16 group);
quint16 groupFromName(const QString &name);   // 0 when unknown
// Every group a scan tries, strongest-known first (TLS 1.3 and TLS 1.2 ECDHE).
QList<quint16> scanGroups();

struct ClientHelloSpec {
    int version = 0x0303;              // 0x0300 SSLv3 … 0x0304 TLS 1.3 (then legacy_version 0x0303
                                       // and supported_versions = {0x0304})
    QList<quint16> suites;             // at most kMaxSuites; order kept
    QString sni;                       // empty: no server_name
    QList<quint16> groups;             // empty: scanGroups()
    QList<quint16> signatureSchemes;   // empty: a broad default (RSA, RSA-PSS, ECDSA, EdDSA, SHA-1)
    // TLS 1.3 key shares: only x25519 can be generated here; an empty list sends an empty
    // client_shares, which makes the server name its choice in a HelloRetryRequest.
    QList<quint16> keyShareGroups = {group::x25519};
    bool renegotiationScsv = true;     // TLS_EMPTY_RENEGOTIATION_INFO_SCSV (not for TLS 1.3)
    bool padding = true;               // RFC 7685
};

class ClientHelloBuilder
{
public:
    static constexpr int kMaxSuites = 128;

    // One handshake record holding the ClientHello; empty with *error on a bad spec.
    static QByteArray build(const ClientHelloSpec &spec, QString *error = nullptr);
    // The handshake message alone (type, length, body), for tests and the padding rule.
    static QByteArray handshakeMessage(const ClientHelloSpec &spec, QString *error = nullptr);
    // An SSLv2 CLIENT-HELLO offering these 3-byte cipher kinds, with a 16-byte random challenge.
    static QByteArray buildSslv2(const QList<quint32> &cipherKinds);
};

} // namespace mailtls::core
