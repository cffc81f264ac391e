#include "export_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWidget>

#include "base/error.h"
#include "jobs/job.h"
#include "pdf/pdf_report.h"
#include "report/html_report.h"

namespace mailtls::ui {

core::Job *startExport(QWidget *owner, const ExportPrompt &prompt, const ExportRequest &request,
                       std::function<void(const QString &path, const QString &error)> done)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(request.suggestedName);
    const QString path = prompt ? prompt(suggested, request.asPdf)
                                : QFileDialog::getSaveFileName(owner, request.dialogTitle, suggested,
                                                               request.asPdf ? QCoreApplication::translate("mailtls::ui::Export", "PDF files (*.pdf);;All files (*)")
                                                                             : QCoreApplication::translate("mailtls::ui::Export", "HTML files (*.html);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    const bool asPdf = request.asPdf;
    auto html = request.html;
    auto pdf = request.pdf;
    core::Job *job = core::Job::start<core::Error>(
        owner,
        [path, asPdf, html, pdf](core::JobContext &) {
            core::Error error;
            if (!asPdf)
                return core::writeHtmlFile(path, html(), &error) ? core::Error() : error;
            QByteArray bytes;
            return pdf(&bytes, &error) && pdf::writePdfFile(path, bytes, &error) ? core::Error() : error;
        },
        [path, done](const core::Error &error) {
            // The file stays English; why it could not be written is shown in the window's language.
            if (done)
                done(path, core::shownMessage(error));
        });
    QObject::connect(job, &core::Job::finished, job, &QObject::deleteLater);
    return job;
}

QString fileNamePart(const QString &text)
{
    QString part = text;
    part.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return part.left(60);
}

} // namespace mailtls::ui
