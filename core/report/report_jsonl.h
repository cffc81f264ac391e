#pragma once

// Reports as JSON Lines (`mailtls fleet --jsonl`): one whole `mailtls.report/1` object per line,
// the same keys in the same order as reportToJsonBytes(), without the indentation.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

#include "base/error.h"
#include "model/report.h"

namespace mailtls::core {

// The report on one line, ending in "\n" (strings keep their escapes: a line break inside a
// value is written "\n", so the line never breaks).
QByteArray reportToJsonLine(const Report &report);

// Reads a JSON Lines file of reports line by line, bounded: a line longer than
// limits::kReportFileBytes is skipped. Every line that is a report goes to `onReport` with its
// line number (1-based); a blank line is ignored; any other line is listed in *problems as
// "PATH:LINE: why" (phrases: english() for logs, localized() for the faces; a run interrupted
// while writing leaves at most a cut last line). False
// with *error ("PATH: why") only when the file cannot be opened or read.
bool readReportLines(const QString &path, const std::function<void(int line, const Report &report)> &onReport,
                     QList<Phrase> *problems, Error *error);

} // namespace mailtls::core
