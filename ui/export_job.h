#pragma once

// "Export HTML…" / "Export PDF…" of a window that holds a finished result (the simulate dialog,
// the compare window): asks where (or a test's prompt answers), then renders and writes in a
// core::Job, so the GUI thread never waits on the PDF layout or the disk. The render functions
// get copies of the result and run on the job's thread; they touch no widget.

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

namespace mailtls::core {
class Job;
struct Error;
}

namespace mailtls::ui {

// Answers the "save as" question instead of a QFileDialog (tests): the suggested path in, the
// chosen path out ("" cancels).
using ExportPrompt = std::function<QString(const QString &suggestedPath, bool asPdf)>;

struct ExportRequest {
    bool asPdf = false;
    QString suggestedName;                    // a file name; placed in the Documents folder
    QString dialogTitle;
    std::function<QString()> html;            // the HTML document (asPdf false)
    std::function<bool(QByteArray *, core::Error *)> pdf;   // the PDF bytes (asPdf true)
};

// Asks for the path, starts the job and returns it (nullptr when the user cancelled). `done`
// runs on the GUI thread with the path and "" or the reason the file could not be written.
core::Job *startExport(QWidget *owner, const ExportPrompt &prompt, const ExportRequest &request,
                       std::function<void(const QString &path, const QString &error)> done);

// "host" made safe for a file name (letters, digits, '.', '_', '-'; at most 60 characters).
QString fileNamePart(const QString &text);

} // namespace mailtls::ui
