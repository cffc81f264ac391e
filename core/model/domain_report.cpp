#include "model/domain_report.h"

namespace mailtls::core {

QString deliveryVerdictName(DeliveryVerdict verdict)
{
    switch (verdict) {
    case DeliveryVerdict::Delivers: return QStringLiteral("delivers");
    case DeliveryVerdict::DeliversUnprotected: return QStringLiteral("delivers_unprotected");
    case DeliveryVerdict::Defers: return QStringLiteral("defers");
    case DeliveryVerdict::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool parseDeliveryVerdict(const QString &name, DeliveryVerdict *out)
{
    for (DeliveryVerdict v : {DeliveryVerdict::Delivers, DeliveryVerdict::DeliversUnprotected, DeliveryVerdict::Defers,
                              DeliveryVerdict::Unknown})
        if (deliveryVerdictName(v) == name) {
            *out = v;
            return true;
        }
    return false;
}

} // namespace mailtls::core
