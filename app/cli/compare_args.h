#pragma once

// Arguments of `mailtls compare`. Pure apart from reading the saved reports the user named, so
// that an unreadable or foreign file is a usage error before any server is scanned.

#include <QList>
#include <QString>
#include <QStringList>

#include "cli_settings.h"
#include "model/report.h"
#include "model/scan_options.h"

namespace mailtls::cli {

// One column of the comparison: a saved report, or a live server still to be scanned.
struct CompareInput {
    QString argument;           // as typed
    bool live = false;
    core::Report saved;         // !live: the report read from the file
    core::ScanOptions scan;     // live: what to scan
};

struct CompareSettings {
    CliSettings cli;
    bool failOnDifference = false;   // --fail-on difference
};

// Parses `args` as they follow the word "compare" (args[0] is the program name). False with a
// one-line message on a usage error; on --help true with settings->cli.showHelp and helpText.
bool parseCompareArgs(const QStringList &args, QList<CompareInput> *inputs, CompareSettings *settings, QString *error);

QString compareHelpText();

} // namespace mailtls::cli
