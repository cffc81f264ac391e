#pragma once

#include <QString>

namespace mailtls::core {

// Names from the IANA TLS registries (RFC 8446 and predecessors), as users see them.
QString handshakeTypeName(int type);          // 1 -> "ClientHello"
QString alertDescriptionName(int description); // 40 -> "handshake_failure"
QString alertLevelName(int level);             // 1 -> "warning", 2 -> "fatal"
QString protocolVersionName(int version);      // 0x0303 -> "TLSv1.2"
QString namedGroupName(int group);             // 29 -> "x25519"
QString signatureSchemeName(int scheme);       // 0x0804 -> "rsa_pss_rsae_sha256"
QString extensionName(int type);               // 0 -> "server_name"

} // namespace mailtls::core
