#include "workspace_controller.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

#include "base/limits.h"
#include "base/read_file.h"
#include "jobs/job.h"
#include "main_window.h"
#include "pdf/pdf_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "scan_controller.h"
#include "session_controller.h"
#include "views/domain_view.h"
#include "views/fleet_view.h"
#include "views/notes_view.h"
#include "views/target_bar.h"

namespace mailtls::ui {

using core::Report;
using core::Workspace;

namespace {

// Recovery copies of windows alive in this process: never offered, never deleted by others.
QSet<QString> &liveAutosaves()
{
    static QSet<QString> paths;
    return paths;
}

int nextInstance()
{
    static int instance = 0;
    return ++instance;
}

qint64 ownPid()
{
    return QCoreApplication::applicationPid();
}

// Whether the process that wrote a recovery copy still runs (then it is not a crash's leftover).
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == ownPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

// "autosave-<pid>-<instance>.mailtls-workspace" -> pid, or 0.
qint64 pidOfAutosave(const QString &fileName)
{
    const QStringList parts = QFileInfo(fileName).fileName().split(QLatin1Char('-'));
    return parts.size() >= 3 ? parts.at(1).toLongLong() : 0;
}

bool sameRun(const Report &a, const Report &b)
{
    return a.kind == b.kind && a.startedAt == b.startedAt && a.target.host == b.target.host
        && a.target.port == b.target.port;
}

} // namespace

WorkspaceController::WorkspaceController(MainWindow *window) : QObject(window), window_(window)
{
    setObjectName(QStringLiteral("workspaceController"));
    newAction_ = new QAction(tr("&New Workspace"), this);
    newAction_->setObjectName(QStringLiteral("newWorkspaceAction"));
    newAction_->setShortcut(QKeySequence::New);
    newAction_->setToolTip(tr("Start a new investigation: no reports, no notes"));
    connect(newAction_, &QAction::triggered, this, &WorkspaceController::newWorkspace);

    openAction_ = new QAction(tr("Open &Workspace…"), this);
    openAction_->setObjectName(QStringLiteral("openWorkspaceAction"));
    openAction_->setToolTip(tr("Reopen a saved investigation (or a JSON report) as it was left"));
    connect(openAction_, &QAction::triggered, this, &WorkspaceController::openWorkspace);

    saveAction_ = new QAction(tr("Save Wor&kspace"), this);
    saveAction_->setObjectName(QStringLiteral("saveWorkspaceAction"));
    saveAction_->setToolTip(tr("Save targets, reports, notes and the open tab in one file"));
    connect(saveAction_, &QAction::triggered, this, &WorkspaceController::save);

    saveAsAction_ = new QAction(tr("Save Workspace &As…"), this);
    saveAsAction_->setObjectName(QStringLiteral("saveWorkspaceAsAction"));
    connect(saveAsAction_, &QAction::triggered, this, &WorkspaceController::saveAs);

    exportHtmlAction_ = new QAction(tr("&Export HTML Report…"), this);
    exportHtmlAction_->setObjectName(QStringLiteral("exportHtmlAction"));
    exportHtmlAction_->setToolTip(tr("One printable HTML file of the report shown, with your notes, to attach to a ticket"));
    connect(exportHtmlAction_, &QAction::triggered, this, &WorkspaceController::exportHtmlReport);

    exportAllHtmlAction_ = new QAction(tr("Export &Investigation as HTML…"), this);
    exportAllHtmlAction_->setObjectName(QStringLiteral("exportAllHtmlAction"));
    exportAllHtmlAction_->setToolTip(tr("Every report of this workspace and your notes in one printable HTML file"));
    connect(exportAllHtmlAction_, &QAction::triggered, this, &WorkspaceController::exportAllHtmlReport);

    exportPdfAction_ = new QAction(tr("Export as &PDF…"), this);
    exportPdfAction_->setObjectName(QStringLiteral("exportPdfAction"));
    exportPdfAction_->setToolTip(tr("The report shown as a PDF to forward to a partner's admin: verdict, findings with their fixes, chain, matrix"));
    connect(exportPdfAction_, &QAction::triggered, this, &WorkspaceController::exportPdfReport);

    autosavePath_ = QDir(recoveryDirectory())
                        .filePath(QStringLiteral("autosave-%1-%2.%3").arg(ownPid()).arg(nextInstance()).arg(fileSuffix()));
    liveAutosaves().insert(autosavePath_);
    autosaveTimer_ = new QTimer(this);
    autosaveTimer_->setInterval(kAutosaveIntervalMs);
    connect(autosaveTimer_, &QTimer::timeout, this, &WorkspaceController::autosaveInBackground);
    autosaveTimer_->start();
}

WorkspaceController::~WorkspaceController()
{
    // Reaching here is a normal end (close or delete), not a crash: the copy has served,
    // unless the end was forced and the copy is all that holds the unsaved work.
    if (!keepAutosave_)
        removeAutosave();
    liveAutosaves().remove(autosavePath_);
}

QList<QAction *> WorkspaceController::fileActions() const
{
    return {newAction_, openAction_, saveAction_, saveAsAction_, exportHtmlAction_, exportAllHtmlAction_, exportPdfAction_};
}

void WorkspaceController::attach()
{
    connect(window_->controller(), &SessionController::finished, this, &WorkspaceController::recordCurrentReport);
    connect(window_->scanController(), &ScanController::finished, this, &WorkspaceController::recordCurrentReport);
    connect(window_, &MainWindow::certificateFilesOpened, this, [this](bool ok) {
        if (ok)
            recordCurrentReport();
    });
    connect(window_->notesView(), &NotesView::edited, this, &WorkspaceController::markDirty);
    connect(window_->domainView(), &DomainView::reportAdded, this, &WorkspaceController::markDirty);
    connect(window_->fleetView(), &FleetView::fleetFinished, this, &WorkspaceController::markDirty);
    connect(window_->targetBar(), &TargetBar::targetChanged, this, &WorkspaceController::markDirty);
    window_->installEventFilter(this);
    setDirty(false);
}

QString WorkspaceController::displayName() const
{
    return fileName_.isEmpty() ? tr("Untitled") : QFileInfo(fileName_).fileName();
}

bool WorkspaceController::isModified() const
{
    return dirty_ && (!reports_.isEmpty() || !window_->domainView()->reports().isEmpty()
                      || !window_->fleetView()->fleetReports().isEmpty()
                      || !window_->notesView()->text().isEmpty() || !fileName_.isEmpty());
}

QString WorkspaceController::tabKey(int index) const
{
    const QWidget *page = window_->tabs()->widget(index);
    if (!page)
        return QString();
    return page->objectName().isEmpty() ? QString::fromLatin1(page->metaObject()->className()) : page->objectName();
}

int WorkspaceController::tabIndexForKey(const QString &key) const
{
    for (int i = 0; i < window_->tabs()->count(); ++i)
        if (!key.isEmpty() && tabKey(i) == key)
            return i;
    return -1;
}

void WorkspaceController::upsertTarget(const core::SessionOptions &options)
{
    for (core::SessionOptions &known : targets_) {
        if (known.host == options.host && known.port == options.port) {
            known = options;
            return;
        }
    }
    targets_ << options;
}

Workspace WorkspaceController::capture() const
{
    Workspace w;
    w.toolVersion = QStringLiteral(MAILTLS_VERSION);
    w.targets = targets_;
    const core::SessionOptions current = window_->targetBar()->options();
    w.view.currentTarget = -1;
    for (int i = 0; i < w.targets.size(); ++i) {
        if (w.targets.at(i).host == current.host && w.targets.at(i).port == current.port) {
            w.targets[i] = current;
            w.view.currentTarget = i;
        }
    }
    if (w.view.currentTarget < 0 && !current.host.isEmpty()) {
        w.targets << current;
        w.view.currentTarget = int(w.targets.size()) - 1;
    }
    w.reports = reports_;
    w.view.currentReport = currentReport_;
    w.domains = window_->domainView()->reports();   // every domain check of this window
    w.fleetReports = window_->fleetView()->fleetReports();   // the Fleet tab's last run
    w.fleetTargets = window_->fleetView()->targetsText();
    w.notes = window_->notesView()->text();
    w.view.selectedTab = tabKey(window_->tabs()->currentIndex());
    if (const QSplitter *splitter = window_->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        w.view.splitterSizes = splitter->sizes();
    return w;
}

void WorkspaceController::apply(const Workspace &w, const QString &fileName)
{
    restoring_ = true;
    targets_ = w.targets;
    reports_ = w.reports;
    currentReport_ = w.view.currentReport >= 0 && w.view.currentReport < reports_.size() ? w.view.currentReport
                                                                                          : int(reports_.size()) - 1;
    if (w.view.currentTarget >= 0 && w.view.currentTarget < targets_.size())
        window_->targetBar()->setOptions(targets_.at(w.view.currentTarget));
    if (currentReport_ >= 0)
        window_->showSavedReport(reports_.at(currentReport_));
    else
        window_->clearWorkbench();
    window_->domainView()->setReports(w.domains);   // the last one shown
    window_->fleetView()->setSavedFleet(w.fleetReports, w.fleetTargets);
    window_->notesView()->setText(w.notes);
    const int tab = tabIndexForKey(w.view.selectedTab);
    if (tab >= 0)
        window_->tabs()->setCurrentIndex(tab);
    QSplitter *splitter = window_->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    if (splitter && w.view.splitterSizes.size() == splitter->count())
        splitter->setSizes(w.view.splitterSizes);
    restoring_ = false;
    setFileName(fileName);
    setDirty(false);
    Q_EMIT workspaceChanged();
}

void WorkspaceController::recordCurrentReport()
{
    if (restoring_ || !window_->hasReport())
        return;
    const Report &report = window_->report();
    if (report.kind != QLatin1String("cert-inspect"))
        upsertTarget(window_->targetBar()->options());
    // A scan of the session's server joins the session's report in the window: keep one entry.
    if (currentReport_ >= 0 && currentReport_ < reports_.size() && sameRun(reports_.at(currentReport_), report)) {
        reports_[currentReport_] = report;
    } else {
        reports_ << report;
        currentReport_ = int(reports_.size()) - 1;
    }
    markDirty();
}

void WorkspaceController::markDirty()
{
    if (restoring_)
        return;
    setDirty(true);
}

void WorkspaceController::setDirty(bool dirty)
{
    const bool changed = dirty_ != dirty;
    dirty_ = dirty;
    updateTitle();
    exportHtmlAction_->setEnabled(window_->hasReport());
    exportPdfAction_->setEnabled(window_->hasReport());
    exportAllHtmlAction_->setEnabled(!reports_.isEmpty());
    if (changed)
        Q_EMIT dirtyChanged(dirty);
}

void WorkspaceController::setFileName(const QString &fileName)
{
    fileName_ = fileName.isEmpty() ? QString() : QFileInfo(fileName).absoluteFilePath();
    updateTitle();
}

void WorkspaceController::updateTitle()
{
    // An untouched window keeps the plain name; a workspace shows its file and "*" when unsaved.
    if (fileName_.isEmpty() && !isModified())
        window_->setWindowTitle(tr("MailTLS Workbench"));
    else
        window_->setWindowTitle(tr("%1%2 — MailTLS Workbench").arg(displayName(), isModified() ? QStringLiteral("*") : QString()));
}

QString WorkspaceController::askFile(bool forSaving, const QString &suggested, const QString &filter)
{
    if (filePrompt_)
        return filePrompt_(forSaving, suggested);
    return forSaving ? QFileDialog::getSaveFileName(window_, tr("Save Workspace"), suggested, filter)
                     : QFileDialog::getOpenFileName(window_, tr("Open Workspace"), suggested, filter);
}

void WorkspaceController::showError(const QString &title, const QString &message) const
{
    // Not modal: the window goes on (and a job's result is never held up) while it is read.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool WorkspaceController::maybeSave()
{
    if (!isModified())
        return true;
    const QString question = tr("The workspace “%1” has changes that are not saved.\nSave them first?").arg(displayName());
    Answer answer = Answer::Cancel;
    if (savePrompt_) {
        answer = savePrompt_(question);
    } else {
        const auto button = QMessageBox::question(window_, tr("Unsaved workspace"), question,
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        answer = button == QMessageBox::Save ? Answer::Save : button == QMessageBox::Discard ? Answer::Discard : Answer::Cancel;
    }
    switch (answer) {
    case Answer::Save: return save();
    case Answer::Discard: return true;
    case Answer::Cancel: return false;
    }
    return false;
}

void WorkspaceController::newWorkspace()
{
    if (window_->controller()->isBusy() || window_->scanController()->isScanning()) {
        window_->statusBar()->showMessage(tr("Wait for the session or scan to finish first."), 5000);
        return;
    }
    if (!maybeSave())
        return;
    removeAutosave();
    apply(Workspace(), QString());
    window_->statusBar()->showMessage(tr("New workspace"), 3000);
}

void WorkspaceController::openWorkspace()
{
    if (window_->controller()->isBusy() || window_->scanController()->isScanning()) {
        window_->statusBar()->showMessage(tr("Wait for the session or scan to finish first."), 5000);
        return;
    }
    if (!maybeSave())
        return;
    const QString dir = fileName_.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(fileName_).absolutePath();
    const QString name = askFile(false, dir, tr("Workspaces (*.%1);;JSON reports (*.json);;All files (*)").arg(fileSuffix()));
    if (name.isEmpty())
        return;
    openFile(name);   // read in a Job; the window shows it (or why not) when it is read
}

namespace {

// What File > Open found in a file, read and parsed on a job's thread: a workspace, or a single
// report (mailtls.report/1) to import; `failed` and `error` (why, shown on the GUI thread in the
// window's language) when it was neither.
struct OpenedFile {
    bool isReport = false;
    Workspace workspace;
    Report report;
    bool failed = false;
    core::Error error;
};

OpenedFile readWorkspaceOrReport(const QString &fileName)
{
    OpenedFile out;
    {
        // A single JSON report opens too, as a new workspace holding it.
        // Errors (missing, too large) are reported by loadWorkspace below.
        QByteArray bytes;
        if (core::readFileBounded(fileName, core::limits::kWorkspaceFileBytes, core::phrase("Errors", "workspace"), &bytes, nullptr)) {
            if (core::jsonSchemaOf(bytes) == QLatin1String(core::kReportSchema)) {
                out.isReport = true;
                out.failed = !core::reportFromJson(bytes, &out.report, &out.error);
                return out;
            }
        }
    }
    out.failed = !core::loadWorkspace(fileName, &out.workspace, &out.error);
    return out;
}

} // namespace

void WorkspaceController::openFile(const QString &fileName)
{
    if (openJob_) {
        window_->statusBar()->showMessage(tr("Still opening the previous file."), 3000);
        return;
    }
    window_->statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(fileName)));
    openJob_ = core::Job::start<OpenedFile>(
        this, [fileName](core::JobContext &) { return readWorkspaceOrReport(fileName); },
        [this, fileName](const OpenedFile &opened) {
            openJob_.clear();
            // A report that does not parse is named by its path (the workspace's messages name it).
            const QString error = !opened.failed ? QString()
                                : opened.isReport ? tr("%1: %2").arg(fileName, core::shownMessage(opened.error))
                                                  : core::shownMessage(opened.error);
            if (!error.isEmpty()) {
                window_->statusBar()->clearMessage();
                showError(opened.isReport ? tr("Import Report") : tr("Open Workspace"), error);
            } else if (opened.isReport) {
                showImportedReport(fileName, opened.report);
            } else {
                showOpenedWorkspace(fileName, opened.workspace);
            }
            Q_EMIT fileOpened(fileName, error);
        });
    connect(openJob_, &core::Job::finished, openJob_, &QObject::deleteLater);
}

void WorkspaceController::showOpenedWorkspace(const QString &fileName, const Workspace &w)
{
    removeAutosave();
    apply(w, fileName);
    const int count = int(w.reports.size());
    window_->statusBar()->showMessage(count == 1 ? tr("Opened %1 — 1 report").arg(QDir::toNativeSeparators(fileName_))
                                                 : tr("Opened %1 — %2 reports").arg(QDir::toNativeSeparators(fileName_)).arg(count),
                                      5000);
}

void WorkspaceController::showImportedReport(const QString &fileName, const Report &report)
{
    Workspace w;
    w.reports << report;
    w.view.currentReport = 0;
    w.view.currentTarget = -1;
    removeAutosave();
    apply(w, QString());
    if (report.kind != QLatin1String("cert-inspect")) {
        core::SessionOptions target = window_->targetBar()->options();
        target.host = report.target.host;
        target.port = report.target.port;
        restoring_ = true;
        window_->targetBar()->setOptions(target);
        restoring_ = false;
    }
    setDirty(true);   // the report is not in any workspace file yet
    window_->statusBar()->showMessage(tr("Imported the report %1 into a new workspace").arg(QDir::toNativeSeparators(fileName)), 5000);
}

bool WorkspaceController::save()
{
    if (fileName_.isEmpty())
        return saveAs();
    QString error;
    if (!saveTo(fileName_, &error)) {
        showError(tr("Save Workspace"), error);
        return false;
    }
    return true;
}

bool WorkspaceController::saveAs()
{
    QString suggested = fileName_;
    if (suggested.isEmpty()) {
        QString host = window_->hasReport() ? window_->report().target.host : window_->targetBar()->options().host;
        host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(QStringLiteral("%1.%2").arg(host.isEmpty() ? QStringLiteral("investigation") : host, fileSuffix()));
    }
    QString name = askFile(true, suggested, tr("Workspaces (*.%1);;All files (*)").arg(fileSuffix()));
    if (name.isEmpty())
        return false;
    if (QFileInfo(name).suffix().isEmpty())
        name += QLatin1Char('.') + fileSuffix();
    QString error;
    if (!saveTo(name, &error)) {
        showError(tr("Save Workspace"), error);
        return false;
    }
    return true;
}

bool WorkspaceController::saveTo(const QString &fileName, QString *error)
{
    Workspace w = capture();
    core::Error message;
    if (!core::saveWorkspace(fileName, &w, &message)) {
        if (error)
            *error = core::shownMessage(message);
        return false;
    }
    targets_ = w.targets;
    const bool renamed = QFileInfo(fileName).absoluteFilePath() != fileName_;
    setFileName(fileName);
    setDirty(false);
    removeAutosave();
    window_->statusBar()->showMessage(tr("Workspace saved to %1").arg(QDir::toNativeSeparators(fileName_)), 5000);
    if (renamed)
        Q_EMIT workspaceChanged();
    return true;
}

// What an HTML export needs, taken from the window on its thread.
struct WorkspaceController::HtmlExport {
    QList<core::Report> reports;   // several: the whole investigation; one: the current report
    core::HtmlReportOptions options;

    QString render() const
    {
        return reports.size() == 1 && options.title.isEmpty() ? core::reportToHtml(reports.first(), options)
                                                               : core::reportsToHtml(reports, options);
    }
};

bool WorkspaceController::captureHtmlExport(bool allReports, HtmlExport *out, QString *error) const
{
    out->options.notes = window_->notesView()->text();
    if (allReports && !reports_.isEmpty()) {
        out->options.title = tr("MailTLS investigation — %1").arg(fileName_.isEmpty() ? tr("Untitled") : QFileInfo(fileName_).completeBaseName());
        out->reports = reports_;
        return true;
    }
    if (window_->hasReport()) {
        out->reports << window_->report();
        return true;
    }
    if (error)
        *error = tr("There is no report to export yet.");
    return false;
}

bool WorkspaceController::exportHtml(const QString &fileName, bool allReports, QString *error) const
{
    HtmlExport e;
    if (!captureHtmlExport(allReports, &e, error))
        return false;
    core::Error why;
    if (core::writeHtmlFile(fileName, e.render(), &why))
        return true;
    if (error)
        *error = core::shownMessage(why);
    return false;
}

void WorkspaceController::exportHtmlReport()
{
    if (!window_->hasReport())
        return;
    QString host = window_->report().target.host;
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    askAndExportHtml(false, QStringLiteral("mailtls-%1.html").arg(host.left(60)), tr("Export HTML Report"));
}

void WorkspaceController::exportAllHtmlReport()
{
    if (reports_.isEmpty())
        return;
    const QString base = fileName_.isEmpty() ? QStringLiteral("investigation") : QFileInfo(fileName_).completeBaseName();
    askAndExportHtml(true, QStringLiteral("%1.html").arg(base), tr("Export Investigation as HTML"));
}

void WorkspaceController::exportPdfReport()
{
    if (!window_->hasReport())
        return;
    QString host = window_->report().target.host;
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    askAndExportHtml(false, QStringLiteral("mailtls-%1.pdf").arg(host.left(60)), tr("Export as PDF"), true);
}

// Asks where, then renders and writes the HTML (or the PDF) in a job: a large investigation
// takes a while. The PDF's layout (QTextDocument into a QPdfWriter) touches no widget.
void WorkspaceController::askAndExportHtml(bool allReports, const QString &suggestedName, const QString &title, bool asPdf)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    const QString name = filePrompt_ ? filePrompt_(true, suggested)
                                     : QFileDialog::getSaveFileName(window_, title, suggested,
                                                                    asPdf ? tr("PDF files (*.pdf);;All files (*)")
                                                                        : tr("HTML files (*.html);;All files (*)"));
    if (name.isEmpty())
        return;
    HtmlExport e;
    QString error;
    if (!captureHtmlExport(allReports, &e, &error)) {
        showError(title, error);
        return;
    }
    core::Job *job = core::Job::start<core::Error>(
        this,
        [e, name, asPdf](core::JobContext &) {
            core::Error error;
            if (!asPdf)
                return core::writeHtmlFile(name, e.render(), &error) ? core::Error() : error;
            QByteArray bytes;
            const bool rendered = e.reports.size() == 1 && e.options.title.isEmpty()
                ? pdf::reportToPdf(e.reports.first(), e.options, &bytes, &error)
                : pdf::reportsToPdf(e.reports, e.options, &bytes, &error);
            return rendered && pdf::writePdfFile(name, bytes, &error) ? core::Error() : error;
        },
        [this, name, title, asPdf](const core::Error &failure) {
            // The file stays English; why it could not be written is shown in the window's language.
            const QString error = core::shownMessage(failure);
            if (!error.isEmpty())
                showError(title, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(name), error));
            else if (asPdf)
                window_->statusBar()->showMessage(tr("PDF report written to %1").arg(QDir::toNativeSeparators(name)), 5000);
            else
                window_->statusBar()->showMessage(tr("HTML report written to %1").arg(QDir::toNativeSeparators(name)), 5000);
        });
    connect(job, &core::Job::finished, job, &QObject::deleteLater);
}

QString WorkspaceController::recoveryDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

bool WorkspaceController::autosaveNow()
{
    if (!isModified())
        return false;
    if (!QDir().mkpath(recoveryDirectory()))
        return false;
    Workspace w = capture();
    w.autosaveOf = fileName_;
    core::Error error;
    if (!core::saveWorkspace(autosavePath_, &w, &error)) {
        // Autosave is a safety net; a failure must not interrupt the work. Say it once, quietly.
        window_->statusBar()->showMessage(tr("Autosave failed: %1").arg(core::shownMessage(error)), 5000);
        return false;
    }
    return true;
}

bool WorkspaceController::autosaveInBackground()
{
    if (!isModified() || autosaveJob_)
        return false;
    core::Workspace w = capture();   // a copy of the data; the expensive part is writing it
    w.autosaveOf = fileName_;
    const QString path = autosavePath_;
    const QString directory = recoveryDirectory();
    auto discarded = std::make_shared<std::atomic<bool>>(false);
    autosaveDiscarded_ = discarded;
    // What went wrong, put into words on the GUI thread (in the window's language).
    struct Failure {
        QString cannotCreate;   // the recovery directory could not be made
        QString cannotWrite;    // the copy could not be written, and core said nothing
        core::Error error;      // why the copy could not be written
    };
    autosaveJob_ = core::Job::start<Failure>(
        this,
        [w, path, directory, discarded](core::JobContext &) mutable {
            Failure failure;
            if (!QDir().mkpath(directory)) {
                failure.cannotCreate = directory;
                return failure;
            }
            if (!core::saveWorkspace(path, &w, &failure.error)) {
                if (failure.error.message.isEmpty())
                    failure.cannotWrite = path;
                return failure;
            }
            if (discarded->load())
                QFile::remove(path);   // saved or discarded meanwhile: no recovery copy
            return failure;
        },
        [this](const Failure &failure) {
            autosaveJob_.clear();
            const QString error = !failure.cannotCreate.isEmpty() ? tr("cannot create %1").arg(failure.cannotCreate)
                                : !failure.cannotWrite.isEmpty()  ? tr("cannot write %1").arg(failure.cannotWrite)
                                                                  : core::shownMessage(failure.error);
            if (!error.isEmpty())   // a safety net: say it once, quietly, and go on
                window_->statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 5000);
            Q_EMIT autosaved(error.isEmpty());
        });
    connect(autosaveJob_, &core::Job::finished, autosaveJob_, &QObject::deleteLater);
    return true;
}

void WorkspaceController::preserveForRecovery()
{
    keepAutosave_ = autosaveNow();
}

void WorkspaceController::removeAutosave()
{
    if (autosaveDiscarded_)
        autosaveDiscarded_->store(true);   // one still being written removes itself
    if (QFile::exists(autosavePath_))
        QFile::remove(autosavePath_);
}

QStringList WorkspaceController::pendingRecoveryFiles()
{
    QDir dir(recoveryDirectory());
    const QFileInfoList entries = dir.entryInfoList({QStringLiteral("autosave-*.%1").arg(fileSuffix())}, QDir::Files, QDir::Time);
    QStringList pending;
    for (const QFileInfo &info : entries) {
        const QString path = info.absoluteFilePath();
        if (liveAutosaves().contains(path))
            continue;
        const qint64 pid = pidOfAutosave(path);
        if (pid != ownPid() && processAlive(pid))
            continue;   // another workbench that is still running owns it
        Workspace w;
        if (!core::loadWorkspace(path, &w, nullptr))
            continue;   // unreadable: leave it for a person to look at, never offer it
        if (!w.autosaveOf.isEmpty()) {
            const QFileInfo original(w.autosaveOf);
            if (original.exists() && original.lastModified() >= info.lastModified()) {
                QFile::remove(path);   // the workspace was saved after this copy: nothing to recover
                continue;
            }
        }
        pending << path;
    }
    return pending;
}

bool WorkspaceController::restoreRecoveryFile(const QString &recoveryFile, QString *error)
{
    Workspace w;
    core::Error message;
    if (!core::loadWorkspace(recoveryFile, &w, &message)) {
        if (error)
            *error = core::shownMessage(message);
        return false;
    }
    apply(w, w.autosaveOf);
    setDirty(true);   // restored, but not yet saved where it belongs
    // Our own copy first, then the old one: a crash in between still leaves one.
    autosaveNow();
    QFile::remove(recoveryFile);
    window_->statusBar()->showMessage(tr("Restored the autosaved workspace from %1").arg(w.savedAt.toLocalTime().toString()), 8000);
    return true;
}

bool WorkspaceController::offerRecovery()
{
    const QStringList pending = pendingRecoveryFiles();
    if (pending.isEmpty())
        return false;
    const QString newest = pending.first();
    Workspace w;
    if (!core::loadWorkspace(newest, &w, nullptr))
        return false;
    const QString what = w.autosaveOf.isEmpty() ? tr("an untitled workspace") : QDir::toNativeSeparators(w.autosaveOf);
    const QString question = tr("MailTLS Workbench did not close normally. Changes to %1 were autosaved at %2 "
                                "(reports: %3) but not saved.\n\nRestore them?")
                                 .arg(what, w.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 .arg(w.reports.size());
    Answer answer = Answer::Cancel;
    if (savePrompt_) {
        answer = savePrompt_(question);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Recover workspace"), question, QMessageBox::NoButton, window_);
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Not now"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        answer = box.clickedButton() == restore ? Answer::Save : box.clickedButton() == discard ? Answer::Discard : Answer::Cancel;
    }
    if (answer == Answer::Discard) {
        QFile::remove(newest);
        return false;
    }
    if (answer != Answer::Save)
        return false;
    QString error;
    if (!restoreRecoveryFile(newest, &error)) {
        showError(tr("Recover workspace"), error);
        return false;
    }
    return true;
}

bool WorkspaceController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window_ && event->type() == QEvent::Close) {
        if (!maybeSave()) {
            event->ignore();
            return true;
        }
        removeAutosave();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mailtls::ui
