#pragma once

// Named groups (the IANA "TLS Supported Groups" registry, RFC 8446 4.2.7, RFC 7919, RFC 8422,
// the hybrid post-quantum code points): one table, read by the ClientHello builder, the
// handshake recorder and decoder, the scanner, the cipher-list parser and the views alike, so a
// group has one name wherever it shows up.

#include <QList>
#include <QString>

namespace mailtls::core {

namespace group {
inline constexpr quint16 secp256r1 = 23, secp384r1 = 24, secp521r1 = 25, x25519 = 29, x448 = 30;
inline constexpr quint16 ffdhe2048 = 256, ffdhe3072 = 257, ffdhe4096 = 258, ffdhe6144 = 259, ffdhe8192 = 260;
inline constexpr quint16 x25519Mlkem768 = 0x11EC, secp256r1Mlkem768 = 0x11EB, secp384r1Mlkem1024 = 0x11ED;
inline constexpr quint16 x25519Kyber768Draft00 = 0x6399, secp256r1Kyber768Draft00 = 0x639A;
} // namespace group

// The report's name ("x25519", "secp256r1", "ffdhe2048", "X25519MLKEM768"); "GREASE" for the
// RFC 8701 values; "group(0x1234)" for a code the registry table here does not name.
QString groupName(int code);
// Whether the table names the code.
bool isKnownGroup(int code);
// A name in any case ("X25519", "SECP256R1"), as the report, GnuTLS (without its GROUP-
// prefix) and the profiles write it, or OpenSSL's "P-256" / "prime256v1"; 0 when unknown.
quint16 groupFromName(const QString &name);
// Every group a scan tries, strongest-known first (TLS 1.3 and TLS 1.2 ECDHE).
QList<quint16> scanGroups();

} // namespace mailtls::core
