#pragma once

// The JSON of a simulation: the "simulation" object (keys documented in the implementation)
// and the whole report with it as the last top-level key.

#include <QByteArray>
#include <QJsonObject>

#include "diagnose/simulator.h"

namespace mailtls::core {

QJsonObject simulationToJson(const SimulationResult &result);
// reportToJsonBytes(report) with the "simulation" object added as the last top-level key.
QByteArray simulationReportBytes(const SimulationResult &result);

} // namespace mailtls::core
