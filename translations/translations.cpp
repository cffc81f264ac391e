#include "translations.h"

namespace mailtls::i18n {

QString translationResource(const QString &code)
{
    return QStringLiteral(":/i18n/mailtls_%1.qm").arg(code);
}

} // namespace mailtls::i18n
