#pragma once

// What the CLI itself does with a report, as opposed to what the session does on the wire
// (that is core::SessionOptions).

#include <QString>

#include "model/finding.h"

namespace mailtls::cli {

// Exit codes of every subcommand (docs/CONTRACTS.md "Exit codes").
enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1,       // a finding at or above --fail-on
    ExitUsage = 2,          // bad arguments, unreadable input file, unwritable --json / --html path
    ExitUnreachable = 3,    // connect / timeout / protocol failure
    ExitInterrupted = 130,  // Ctrl-C, as shells report SIGINT
};

struct CliSettings {
    bool showHelp = false;
    QString helpText;             // filled when showHelp
    QString jsonPath;             // "" none, "-" stdout, else a file
    QString htmlPath;             // "" none, else a file: the self-contained HTML report
    QString pdfPath;              // "" none, else a file: the report as PDF (A4, for forwarding)
    bool failOnSet = false;
    core::Severity failOn = core::Severity::Critical;
    bool noColor = false;
    bool quiet = false;
    bool dataFromStdin = false;   // --data -: read by the command, not by the parser
    bool generateTestMessage = false;   // --rcpt-to without --data
    bool progressLines = false;   // --progress: plain progress lines on stderr even when it is no terminal
    bool interactive = false;     // session --interactive: a console after the planned part
};

} // namespace mailtls::cli
