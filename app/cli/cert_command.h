#pragma once

#include <QStringList>

namespace mailtls::cli {

// `mailtls cert SUBCOMMAND ...`: args as they follow the word "mailtls" (args[0] is "cert").
// Dispatches on args[1]: key, selfsigned, csr, ca (init|sign), dhparam, pkcs12, inspect.
// Each subcommand receives its arguments with its own name in args[0].
int runCertCommand(const QStringList &args);

// The overview printed by `mailtls cert --help`.
QString certHelpText();

} // namespace mailtls::cli
