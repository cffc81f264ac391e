#pragma once

// What one recorded ServerHello says about protocol hygiene: its random (the TLS 1.3 downgrade
// sentinel, RFC 8446 4.1.3) and the extensions it echoed (renegotiation_info RFC 5746,
// extended_master_secret RFC 7627, encrypt_then_mac RFC 7366). A pure function over the
// handshake message's bytes, as HandshakeMessage::raw keeps them (4-byte header included).

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailtls::core {

namespace extension {
inline constexpr int kEncryptThenMac = 22;
inline constexpr int kExtendedMasterSecret = 23;
inline constexpr int kRenegotiationInfo = 0xff01;
} // namespace extension

// The TLS_FALLBACK_SCSV pseudo suite (RFC 7507) and the renegotiation SCSV (RFC 5746).
inline constexpr quint16 kFallbackScsv = 0x5600;
inline constexpr quint16 kRenegotiationScsv = 0x00FF;
// The alert a server sends a fallback hello below its highest version (RFC 7507).
inline constexpr int kInappropriateFallbackAlert = 86;

// The last 8 bytes of ServerHello.random a TLS 1.3 server writes when it negotiates lower.
enum class DowngradeSentinel {
    None,
    Tls12,     // 44 4F 57 4E 47 52 44 01: negotiated TLS 1.2
    Tls11OrBelow, // 44 4F 57 4E 47 52 44 00: negotiated TLS 1.1 or below
};
DowngradeSentinel downgradeSentinelOf(const QByteArray &serverRandom);

struct ServerHelloFacts {
    bool ok = false;              // a whole ServerHello was read
    QString error;                // why not
    int legacyVersion = 0;
    int version = 0;              // supported_versions when present, else legacy_version
    QByteArray random;            // 32 bytes
    quint16 suite = 0;
    QList<int> extensions;        // types, in message order
    QByteArray renegotiationInfo; // renegotiation_info's data (empty on a first handshake)

    bool has(int type) const { return extensions.contains(type); }
};

// From the handshake message (type 2, 24-bit length, body). Truncated or foreign bytes give
// ok == false with the reason; never reads past the message.
ServerHelloFacts serverHelloFacts(const QByteArray &handshakeMessage);

} // namespace mailtls::core
