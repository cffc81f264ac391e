#pragma once

#include <QStringList>

namespace mailtls::cli {

// `mailtls domain DOMAIN ...`: args as they follow the word "domain" (args[0] is the program
// name). Returns the process exit code (cli_settings.h ExitCode; docs/CONTRACTS.md).
int runDomainCommand(const QStringList &args);

} // namespace mailtls::cli
