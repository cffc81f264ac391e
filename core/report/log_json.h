#pragma once

// `mailtls log --json`: the inventory of mail logs as the document scripts read
// (schema "mailtls.log/1", docs/CONTRACTS.md).

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "diagnose/log_verdicts.h"
#include "logs/log_inventory.h"

namespace mailtls::core {

// `impact`: the "what breaks if" result, or null when none was asked for.
QJsonObject logInventoryToJson(const LogInventory &inventory, const LogFilter &filter, const ChangeImpact *impact,
                               const QString &toolVersion);
QByteArray logInventoryToJsonBytes(const QJsonObject &json);   // ordered keys, indented

// The failures of every partner grouped by cause, most frequent first: what the text output
// and the JSON's failures_by_cause list.
struct LogCauseGroup {
    QString cause;
    qint64 count = 0;
    QList<int> partners;   // indexes into LogInventory::partners, most failures first
};
QList<LogCauseGroup> failuresByCause(const LogInventory &inventory);

} // namespace mailtls::core
