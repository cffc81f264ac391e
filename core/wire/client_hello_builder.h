#pragma once

// Our own ClientHello bytes, for what the linked OpenSSL cannot offer (SSLv2, SSLv3, EXPORT,
// RC4, static DH, CAMELLIA/ARIA where disabled, groups it does not know ...). Typed fields in,
// one TLS record (or one SSLv2 record) out. Real random bytes; RFC 7685 padding keeps the
// hello out of the 256-511 byte range that hangs some F5 load balancers.

#include <QByteArray>
#include <QList>
#include <QString>

#include "base/error.h"
#include "catalog/groups.h"

namespace mailtls::core {

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

    // One handshake record holding the ClientHello; empty with *error on a bad spec
    // (ErrorKind::Usage), or Crypto when OpenSSL cannot make the x25519 key share.
    static QByteArray build(const ClientHelloSpec &spec, Error *error = nullptr);
    // The handshake message alone (type, length, body), for tests and the padding rule.
    static QByteArray handshakeMessage(const ClientHelloSpec &spec, Error *error = nullptr);
    // An SSLv2 CLIENT-HELLO offering these 3-byte cipher kinds, with a 16-byte random challenge.
    static QByteArray buildSslv2(const QList<quint32> &cipherKinds);
};

} // namespace mailtls::core
