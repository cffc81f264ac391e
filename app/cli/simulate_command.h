#pragma once

// `mailtls simulate`: will partner P (a named client profile or a pasted cipher list) connect to
// server S (a live target, scanned first, or a saved scan report)?

#include <QString>
#include <QStringList>

#include "cli_settings.h"
#include "jobs/simulate_job.h"
#include "report/simulation_json.h"

namespace mailtls::cli {

struct SimulateSettings {
    CliSettings cli;
    core::SimulationRequest request;
    bool listProfiles = false;
    bool predictOnly = false;     // live target: scan and predict, no confirming handshake
    QString offerMethod;          // how a pasted list was expanded (for the text)
};

// Parses the arguments after the word "simulate" (args[0] is the program name). False with a
// one-line message on a usage error (unknown profile, unreadable report, bad list ...).
bool parseSimulateArgs(const QStringList &args, SimulateSettings *settings, QString *error);
QString simulateHelpText();

// The text an admin reads.
QString simulationText(const core::SimulationResult &result, const QString &offerMethod);
QString profileListText();

// 0 the partner connects; 1 it fails (unless --fail-on is above "high"); 3 unreachable; 130.
int simulateExitCode(const core::SimulationResult &result, const CliSettings &settings);

int runSimulateCommand(const QStringList &args);

} // namespace mailtls::cli
