#pragma once

// `mailtls session --interactive`: the planned part of the session (greeting, EHLO, STARTTLS,
// handshake), then a console whose lines go to the server as typed, inside TLS, with CR LF
// appended. The session itself is core's (jobs/session_job.h runInteractiveSession, the same
// one the workbench's console uses) and runs on its own thread; this file only reads what the
// user types (libedit on a terminal, plain lines from a pipe) and prints what arrives.

#include <QString>

#include "base/cancel_token.h"
#include "model/report.h"
#include "model/session_options.h"
#include "report_printer.h"

namespace mailtls::cli {

struct ConsoleSettings {
    bool toStderr = false;   // the conversation goes to stderr (stdout carries `--json -`)
};

struct ConsoleResult {
    core::Report report;          // the whole conversation, typed lines included (redacted)
    bool consoleOpened = false;   // the planned part succeeded and the console ran
    bool closedByServer = false;  // the server closed (or the connection broke) before a logout
    QString closedText;           // the engine's note about it ("the server closed the connection")
};

ConsoleResult runInteractiveConsole(const core::SessionOptions &options, const core::CancelToken &cancel,
                                    const ReportPrinter &printer, const ConsoleSettings &settings);

// The line that ends a session politely in `dialect`: "QUIT" for SMTP/LMTP/POP3, "LOGOUT" for
// ManageSieve, a tagged LOGOUT for IMAP; empty when the dialect has none.
QString logoutLineFor(const QString &dialect);

// Whether `line` from the server ends a reply: an SMTP final line ("250 ok"), POP3 "+OK"/"-ERR",
// an IMAP tagged status, a ManageSieve OK/NO/BYE. Piped input waits for one before its next line.
bool isFinalReplyLine(const QString &line);

// The text of `/help`.
QString consoleHelpText();

} // namespace mailtls::cli
