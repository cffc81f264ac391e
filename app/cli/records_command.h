#pragma once

#include <QStringList>

namespace mailtls::cli {

// `mailtls records --domain D --mx HOST ...`: args as they follow the word "records" (args[0] is
// the program name). Returns the process exit code (cli_settings.h ExitCode; docs/CONTRACTS.md).
int runRecordsCommand(const QStringList &args);

// The --help text.
QString recordsHelpText();

} // namespace mailtls::cli
