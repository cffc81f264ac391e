#pragma once

// Arguments of `mailtls scan`. Pure: no network, no output.

#include <QString>
#include <QStringList>

#include "cli_settings.h"
#include "model/scan_options.h"

namespace mailtls::cli {

// Parses `args` as they follow the word "scan" (args[0] is the program name). False with a
// one-line message on a usage error; on --help true with settings->showHelp and helpText set.
bool parseScanArgs(const QStringList &args, core::ScanOptions *options, CliSettings *settings, QString *error);

QString scanHelpText();

} // namespace mailtls::cli
