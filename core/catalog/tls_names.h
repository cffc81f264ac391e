#pragma once

#include <QString>

// Versions, groups and signature schemes have tables of their own (versions.h, groups.h,
// sigalgs.h); these are the remaining IANA registries a handshake shows.
#include "catalog/groups.h"
#include "catalog/sigalgs.h"
#include "catalog/versions.h"

namespace mailtls::core {

// Names from the IANA TLS registries (RFC 8446 and predecessors), as users see them.
QString handshakeTypeName(int type);          // 1 -> "ClientHello"
QString alertDescriptionName(int description); // 40 -> "handshake_failure"
QString alertLevelName(int level);             // 1 -> "warning", 2 -> "fatal"
QString extensionName(int type);               // 0 -> "server_name"

} // namespace mailtls::core
