#pragma once

// Arguments and the target list of `mailtls fleet`. Pure: no network, no output. The list is
// read by parseFleetList() from a device the command opens (a file, or stdin for "-").

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include "cli_settings.h"
#include "jobs/fleet_job.h"

namespace mailtls::cli {

struct FleetSettings {
    core::FleetRequest request;   // everything but the targets, which come from the list
    QString listPath;             // the positional FILE; "-" is stdin
    QString jsonlPath;            // "" none, "-" stdout, else a file (appended to with --resume)
    QString resumePath;           // skip the targets this JSON Lines file already holds, append to it
    QString baselinePath;         // compare each target with this earlier run's JSON Lines
    int timeoutMs = 10000;
    CliSettings cli;              // help, --fail-on, --no-color, --quiet, --progress
};

// Parses `args` as they follow the word "fleet" (args[0] is the program name). False with a
// one-line message on a usage error; on --help true with cli.showHelp and cli.helpText set.
bool parseFleetArgs(const QStringList &args, FleetSettings *out, QString *error);

QString fleetHelpText();

// The list's reader is core's (jobs/fleet_job.h), shared with the window's Fleet tab.
using core::parseFleetList;
using core::parseFleetTarget;

} // namespace mailtls::cli
