#pragma once

// Report <-> the versioned JSON of docs/CONTRACTS.md ("schema": "mailtls.report/1").

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "base/error.h"
#include "model/report.h"

namespace mailtls::core {

QJsonObject reportToJson(const Report &report);
QByteArray reportToJsonBytes(const Report &report);   // indented, trailing newline

// The top-level keys of a report object in the order they are written ("schema", "tool", ...).
QStringList reportKeyOrder();

// Reads a report written by reportToJson. Returns false with an Error (ErrorKind::BadFormat,
// a one-line message) for input that is not JSON, not an object, names another schema or has
// a damaged field. Unknown keys are ignored.
bool reportFromJson(const QByteArray &json, Report *out, Error *error);

// A saved report file: read bounded by limits::kReportFileBytes (base/read_file.h), then
// reportFromJson. The error message is "PATH: why" (missing, unreadable, too large, not a
// report).
bool loadReportFile(const QString &path, Report *out, Error *error);

// The "findings" array of a report, for the other documents that carry findings (the domain
// view's). Reading fails with *error naming the element ("findings[2].severity ...").
QJsonArray findingsToJson(const Findings &findings);
// The key order of a report object (and its findings) nested at `prefix` ("addresses[].session")
// in another document's writer.
class OrderedJsonWriter;
void addReportKeyOrders(OrderedJsonWriter *writer, const QString &prefix);
bool findingsFromJson(const QJsonArray &findings, Findings *out, QString *error);

} // namespace mailtls::core
