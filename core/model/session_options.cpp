#include "model/session_options.h"

namespace mailtls::core {

QString defaultDialectForPort(quint16 port)
{
    switch (port) {
    case 24:   // LMTP (RFC 2033 suggests no port; 24 is the common private choice)
        return QStringLiteral("lmtp");
    default:
        return QStringLiteral("smtp");
    }
}

bool defaultImplicitTlsForPort(quint16 port)
{
    return port == 465;
}

} // namespace mailtls::core
