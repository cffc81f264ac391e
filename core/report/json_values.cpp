#include "report/json_values.h"

namespace mailtls::core {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue positiveOrNull(int number)
{
    return number > 0 ? QJsonValue(number) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDateTime &when, Qt::DateFormat format)
{
    // toString(Qt::ISODate...) writes "Z" for UTC.
    return when.isValid() ? QJsonValue(when.toUTC().toString(format)) : QJsonValue(QJsonValue::Null);
}

} // namespace mailtls::core
