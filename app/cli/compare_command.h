#pragma once

#include <QStringList>

#include "diagnose/compare.h"

namespace mailtls::cli {

// `mailtls compare ...`: args as they follow the word "compare". Returns the exit code.
int runCompareCommand(const QStringList &args);

// The readable text: the servers, "Differences" with a column per server, then "Same", what
// could not be compared, and the notes. `descriptions` say per column where it came from;
// `width` is the terminal width to fit.
QString compareText(const core::Comparison &comparison, const QStringList &descriptions, int width, bool color);

} // namespace mailtls::cli
