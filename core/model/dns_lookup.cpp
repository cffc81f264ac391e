#include "model/dns_lookup.h"

namespace mailtls::core {

QString dnssecStatusName(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Unknown: return QStringLiteral("unknown");
    case DnssecStatus::Secure: return QStringLiteral("secure");
    case DnssecStatus::Insecure: return QStringLiteral("insecure");
    case DnssecStatus::Bogus: return QStringLiteral("bogus");
    }
    return QStringLiteral("unknown");
}

bool parseDnssecStatus(const QString &name, DnssecStatus *out)
{
    for (DnssecStatus status : {DnssecStatus::Unknown, DnssecStatus::Secure, DnssecStatus::Insecure,
                                DnssecStatus::Bogus}) {
        if (name == dnssecStatusName(status)) {
            *out = status;
            return true;
        }
    }
    return false;
}

} // namespace mailtls::core
