#include "catalog/suite_info.h"

namespace mailtls::core {

QString suiteCodeHex(quint16 code)
{
    return QLatin1String("0x") + QString::number(code, 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

QString sslv2KindCodeHex(quint32 code)
{
    return QLatin1String("0x") + QString::number(code, 16).rightJustified(6, QLatin1Char('0')).toUpper();
}

} // namespace mailtls::core
