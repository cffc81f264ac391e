#pragma once

#include <QString>
#include <QStringList>

namespace mailtls::cli {

// `mailtls log FILE... | -`: the TLS story of every partner from the server's own logs.
int runLogCommand(const QStringList &args);
QString logHelpText();

} // namespace mailtls::cli
