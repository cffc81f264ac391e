#pragma once

// The JSON document of a comparison ("schema": "mailtls.compare/1").

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "diagnose/compare.h"

namespace mailtls::core {

// JSON of kind "compare" (see compare.cpp for the keys). `sources` says per report where it
// came from ("live" or a file path); may be empty.
QJsonObject comparisonToJson(const Comparison &comparison, const QList<Report> &reports,
                             const QStringList &sources, const QString &toolVersion);
QByteArray comparisonToJsonBytes(const QJsonObject &json);   // ordered keys, indented

} // namespace mailtls::core
