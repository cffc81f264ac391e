#pragma once

#include <QStringList>

#include "model/report.h"
#include "cli_settings.h"

namespace mailtls::cli {

// `mailtls session ...`: args as they follow the word "session" (args[0] is the program
// name). Returns the process exit code (cli_settings.h ExitCode).
int runSessionCommand(const QStringList &args);

// The exit code a finished session maps to, and the one line for stderr when it is a failure
// (empty otherwise). Separate from runSessionCommand so the mapping is testable.
int sessionExitCode(const core::Report &report, const CliSettings &settings, QString *errorLine);

} // namespace mailtls::cli
