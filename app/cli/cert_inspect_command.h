#pragma once

#include <QStringList>

namespace mailtls::cli {

// `mailtls cert inspect FILE...`: args as they follow "cert" (args[0] is "inspect", in the
// program-name slot). Returns the process exit code (cli_settings.h ExitCode).
int runCertInspect(const QStringList &args);

} // namespace mailtls::cli
