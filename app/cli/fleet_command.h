#pragma once

#include <QStringList>

namespace mailtls::cli {

// `mailtls fleet FILE|- ...`: args as they follow the word "fleet" (args[0] is the program
// name). Returns the process exit code (cli_settings.h ExitCode; docs/CONTRACTS.md).
int runFleetCommand(const QStringList &args);

} // namespace mailtls::cli
