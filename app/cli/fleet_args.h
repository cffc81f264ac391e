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

// One target as a line of the list (or the CLI) writes it: HOST[:PORT], [IPv6]:PORT, or
// smtp://HOST[:PORT] (STARTTLS, 25), smtps://HOST[:PORT] (implicit TLS, 465),
// lmtp://HOST[:PORT] (LMTP with STARTTLS, 24). Without a scheme the port decides, as for
// `mailtls session` (465 implicit TLS, 24 LMTP). False with the reason.
bool parseFleetTarget(const QString &text, core::FleetTarget *out, QString *error);

// The list: one target a line; '#' starts a comment; blank lines are ignored. A bad line, an
// overlong line (limits::kFleetLineChars), a target listed twice and lines past
// limits::kFleetTargets are listed in *problems as "NAME:LINE: why" and skipped.
void parseFleetList(QIODevice *in, const QString &name, QList<core::FleetTarget> *targets, QStringList *problems);

} // namespace mailtls::cli
