#pragma once

// Arguments of `mailtls session`. Pure: no network, no output. Reads only the files the user
// named (--auth-pass-file, --data FILE) and checks that the others are readable, so that a
// typo is a usage error before any connection is made.
//
// tests/core/test_cli_args.cpp compiles session_args.cpp into the test by #include, because
// test executables link mailtls_core only and this code belongs to the CLI, not to core.

#include <QString>
#include <QStringList>

#include "cli_settings.h"
#include "model/session_options.h"

namespace mailtls::cli {

// Parses `args` as they follow the word "session" (args[0] is taken as the program name and
// ignored, like QCoreApplication::arguments()). Returns false with a one-line message (without
// the "mailtls session:" prefix) on a usage error. On --help returns true with
// settings->showHelp set and settings->helpText filled; *options is then unspecified.
bool parseSessionArgs(const QStringList &args, core::SessionOptions *options, CliSettings *settings,
                      QString *error);

// The full `mailtls session --help` text.
QString sessionHelpText();

// "HOST", "HOST:PORT", "[IPv6]:PORT", "[IPv6]" or a bare IPv6 address. *port is left alone
// when the text names none.
bool parseHostPort(const QString &text, QString *host, quint16 *port, QString *error);

// "1.2", "TLSv1.2", "tls1_2", "TLS1.2", "1" ... -> "TLSv1.2" / "TLSv1" etc. Empty on failure.
QString normaliseTlsVersion(const QString &text);

// "[::1]:25" or "mail.example.org:25".
QString hostPortText(const QString &host, quint16 port);

} // namespace mailtls::cli
