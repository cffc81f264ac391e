#pragma once

#include <QStringList>

#include "cli_settings.h"
#include "model/report.h"

namespace mailtls::cli {

// `mailtls scan ...`: args as they follow the word "scan". Returns the exit code.
int runScanCommand(const QStringList &args);

// The exit code of a finished scan and the one line for stderr when it failed (else empty).
int scanExitCode(const core::Report &report, const CliSettings &settings, QString *errorLine);

} // namespace mailtls::cli
