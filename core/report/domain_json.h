#pragma once

// The domain view as JSON ("schema": "mailtls.domain/1", docs/CONTRACTS.md): read and write.
// Each address's session is a whole mailtls.report/1 object.

#include <QByteArray>
#include <QJsonObject>

#include "base/error.h"
#include "model/domain_report.h"

namespace mailtls::core {

QJsonObject domainReportToJson(const DomainReport &report);
QByteArray domainReportToJsonBytes(const DomainReport &report);   // indented, trailing newline
bool domainReportFromJson(const QJsonObject &json, DomainReport *out, Error *error);
bool domainReportFromJsonBytes(const QByteArray &json, DomainReport *out, Error *error);

} // namespace mailtls::core
