#pragma once

// The investigation behind a window, kept as one workspace file (core/report/workspace.h):
// File → New / Open / Save / Save As / Export HTML / Export as PDF, the dirty flag and the window title, the
// question on close, and autosave.
//
// Autosave writes only a recovery copy under QStandardPaths::AppDataLocation/recovery, every
// 60 s while there are unsaved changes; the workspace file itself changes only when the user
// says Save, so an experiment never overwrites the investigation by surprise. A clean close
// (saved or discarded) removes the copy; one left behind by a crash is offered at the next
// launch when it is newer than the workspace file it stands for.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

#include "model/session_options.h"
#include "model/report.h"
#include "report/workspace.h"

class QAction;
class QTimer;

namespace mailtls::core {
class Job;
}

namespace mailtls::ui {

class MainWindow;

class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    enum class Answer { Save, Discard, Cancel };
    // Asks whether to save unsaved changes; replaceable so tests need no modal dialog.
    using SavePrompt = std::function<Answer(const QString &question)>;
    // Asks for a file name (empty: the user cancelled); replaceable for tests.
    using FilePrompt = std::function<QString(bool forSaving, const QString &suggested)>;

    static constexpr int kAutosaveIntervalMs = 60000;
    static QString fileSuffix() { return QStringLiteral("mailtls-workspace"); }

    explicit WorkspaceController(MainWindow *window);
    ~WorkspaceController() override;

    // Hooks the window's widgets and controllers; called once the window is built.
    void attach();

    QAction *newAction() const { return newAction_; }
    QAction *openAction() const { return openAction_; }
    QAction *saveAction() const { return saveAction_; }
    QAction *saveAsAction() const { return saveAsAction_; }
    QAction *exportHtmlAction() const { return exportHtmlAction_; }
    QAction *exportAllHtmlAction() const { return exportAllHtmlAction_; }
    QAction *exportPdfAction() const { return exportPdfAction_; }
    QList<QAction *> fileActions() const;

    QString fileName() const { return fileName_; }
    QString displayName() const;
    bool isDirty() const { return dirty_; }
    // Unsaved changes worth a question: something was found or written, or the file has a name.
    bool isModified() const;
    const QList<core::Report> &reports() const { return reports_; }
    int currentReportIndex() const { return currentReport_; }

    // The workspace as the window shows it now.
    core::Workspace capture() const;
    // Puts a workspace into the window exactly as saved; clean afterwards.
    void apply(const core::Workspace &workspace, const QString &fileName);

    bool saveTo(const QString &fileName, QString *error = nullptr);
    // Reads a workspace file, or a report file (mailtls.report/1, which becomes a new untitled
    // workspace holding it), in a Job, then shows it; fileOpened() tells how it went, and a
    // failure is also shown to the user.
    void openFile(const QString &fileName);
    bool exportHtml(const QString &fileName, bool allReports, QString *error = nullptr) const;

    // Autosave: the recovery copy of this window, written now when there are unsaved changes.
    QString autosavePath() const { return autosavePath_; }
    bool autosaveNow();
    // What the timer does every minute: the workspace is captured here, serialised and written
    // by a core::Job, so the window never waits on the disk. Emits autosaved(ok) when done;
    // false when there was nothing to save or a write is still under way.
    bool autosaveInBackground();
    // The session is ending under us (SIGTERM, logout): unsaved work goes into the recovery
    // copy and stays there for the next launch to offer, instead of being removed on exit.
    void preserveForRecovery();
    static QString recoveryDirectory();
    // Recovery copies left by windows that are gone (crashed), newest first; stale ones (older
    // than the workspace file they stand for) are deleted on the way.
    static QStringList pendingRecoveryFiles();
    bool restoreRecoveryFile(const QString &recoveryFile, QString *error = nullptr);
    // At launch: offers the newest pending recovery copy, if any. True when one was restored.
    bool offerRecovery();

    void setSavePrompt(SavePrompt prompt) { savePrompt_ = std::move(prompt); }
    void setFilePrompt(FilePrompt prompt) { filePrompt_ = std::move(prompt); }

public Q_SLOTS:
    void newWorkspace();
    void openWorkspace();
    bool save();
    bool saveAs();
    void exportHtmlReport();
    void exportAllHtmlReport();
    // The report shown, with the notes, as a PDF (pdf/pdf_report.h) to forward to a partner:
    // rendered and written in a Job.
    void exportPdfReport();
    // The window's report changed (session, scan or certificate inspection finished).
    void recordCurrentReport();
    void markDirty();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void workspaceChanged();   // opened, created or saved under a new name
    void autosaved(bool ok);   // a background autosave ended
    void fileOpened(const QString &fileName, const QString &error);   // openFile() ended; error empty: shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool maybeSave();   // false: the user cancelled
    void showOpenedWorkspace(const QString &fileName, const core::Workspace &workspace);
    void showImportedReport(const QString &fileName, const core::Report &report);
    void setDirty(bool dirty);
    void setFileName(const QString &fileName);
    void updateTitle();
    void removeAutosave();
    QString tabKey(int index) const;
    int tabIndexForKey(const QString &key) const;
    void upsertTarget(const core::SessionOptions &options);
    QString askFile(bool forSaving, const QString &suggested, const QString &filter);
    struct HtmlExport;
    bool captureHtmlExport(bool allReports, HtmlExport *out, QString *error) const;
    // `asPdf`: the print flavour as a PDF instead of the browser page.
    void askAndExportHtml(bool allReports, const QString &suggestedName, const QString &title, bool asPdf = false);
    void showError(const QString &title, const QString &message) const;

    MainWindow *window_ = nullptr;
    QAction *newAction_ = nullptr;
    QAction *openAction_ = nullptr;
    QAction *saveAction_ = nullptr;
    QAction *saveAsAction_ = nullptr;
    QAction *exportHtmlAction_ = nullptr;
    QAction *exportAllHtmlAction_ = nullptr;
    QAction *exportPdfAction_ = nullptr;
    QTimer *autosaveTimer_ = nullptr;
    QPointer<core::Job> autosaveJob_;
    QPointer<core::Job> openJob_;
    // Set when the recovery copy must go (saved, discarded, closed): an autosave still being
    // written removes its file when it sees it.
    std::shared_ptr<std::atomic<bool>> autosaveDiscarded_;

    QString fileName_;
    bool dirty_ = false;
    bool restoring_ = false;   // apply() in progress: its changes are not edits
    QList<core::SessionOptions> targets_;
    QList<core::Report> reports_;
    int currentReport_ = -1;
    QString autosavePath_;
    bool keepAutosave_ = false;
    SavePrompt savePrompt_;
    FilePrompt filePrompt_;
};

} // namespace mailtls::ui
