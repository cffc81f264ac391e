#pragma once

// Values every JSON writer in report/ shares: "nothing" is null, never an invented "" or 0
// (docs/CONTRACTS.md), and times are UTC ISO 8601.

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace mailtls::core {

QJsonValue textOrNull(const QString &text);
QJsonValue positiveOrNull(int number);   // bit counts and sizes: 0 means unknown
QJsonValue dateOrNull(const QDateTime &when, Qt::DateFormat format = Qt::ISODateWithMs);

} // namespace mailtls::core
