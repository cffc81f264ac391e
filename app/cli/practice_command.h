#pragma once

#include <QString>
#include <QStringList>

namespace mailtls::cli {

// What `mailtls practice-server` was asked to do.
struct PracticeArgs {
    bool showHelp = false;
    bool list = false;             // --list: print the personalities and exit
    QString personality = QStringLiteral("modern");
    quint16 smtpPort = 0;          // 0: a free port
    quint16 tlsPort = 0;
    bool verbose = false;          // one line per connection
    bool ipv4Only = false;
    bool unknownPersonality = false;   // set with the error: --personality names none of them
};

// False with *error for bad options (exit 2); an unknown personality is an error too.
bool parsePracticeArgs(const QStringList &args, PracticeArgs *out, QString *error);
QString practiceHelpText();

// `mailtls practice-server ...`: args as they follow the word "practice-server". Runs until
// Ctrl-C or SIGTERM. Returns the exit code.
int runPracticeCommand(const QStringList &args);

} // namespace mailtls::cli
