// Workspaces in the workbench, against a real Exim: a session, a scan of the same server and
// notes; save; close the window; a new window opens the file and shows exactly what was there
// (target bar, transcript, handshake, chain, findings, cipher matrix, notes, selected tab).
// Also: the question on close, autosave and recovery after a "crash", HTML export, bad files.
// Screenshots before and after go to MAILTLS_ARTIFACTS_DIR for a person to compare.

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "main_window.h"
#include "models/certificate_chain_model.h"
#include "models/cipher_matrix_model.h"
#include "models/findings_model.h"
#include "models/handshake_model.h"
#include "models/transcript_model.h"
#include "scan_controller.h"
#include "test_pki.h"
#include "test_servers.h"
#include "views/handshake_view.h"
#include "views/notes_view.h"
#include "views/target_bar.h"
#include "report/workspace.h"
#include "workspace_controller.h"
#include "test_registry.h"

using namespace mailtls;
using State = ui::SessionController::State;
using Answer = ui::WorkspaceController::Answer;

namespace {

// Every cell a person can read in a model, row by row, children (a chain's tree) included.
QStringList modelText(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex(), int depth = 0)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(parent); ++c)
            cells << model->index(r, c, parent).data(Qt::DisplayRole).toString();
        rows << QString(depth, QLatin1Char('>')) + cells.join(QLatin1Char('|'));
        rows << modelText(model, model->index(r, 0, parent), depth + 1);
    }
    return rows;
}

// What the window shows, as text, for comparison before and after.
struct Shown {
    QStringList target;
    QStringList transcript;
    QStringList handshake;
    QStringList handshakeFields;
    QStringList chain;
    QStringList findings;
    QStringList matrix;
    int acceptedSuites = 0;
    QString notes;
    int selectedTab = -1;
    QString selectedTabText;
    QStringList tabTitles;
    QList<int> splitterSizes;
};

Shown shown(ui::MainWindow &w)
{
    Shown s;
    const core::SessionOptions o = w.targetBar()->options();
    s.target = {o.host, QString::number(o.port), o.dialect, o.implicitTls ? QStringLiteral("implicit") : QString(),
                o.servername, o.caFile, o.ehloName, o.sni};
    for (const core::TranscriptLine &line : w.transcriptModel()->lines())
        s.transcript << core::lineDirectionCode(line.dir) + QLatin1Char(' ') + line.text;
    s.handshake = modelText(w.handshakeModel());
    for (const char *field : {"protocol", "cipher", "verify"})
        s.handshakeFields << w.handshakeView()->fieldText(QString::fromLatin1(field));
    for (const core::Certificate &c : w.chainModel()->chain())
        s.chain << QString::fromLatin1(c.toPem());
    s.chain << modelText(w.chainModel());
    for (const core::Finding &f : w.findingsModel()->findings())
        s.findings << core::severityName(f.severity) + QLatin1Char(' ') + f.id + QLatin1Char(' ') + f.title;
    s.matrix = modelText(w.cipherMatrixModel());
    s.acceptedSuites = w.cipherMatrixModel()->acceptedSuiteCount();
    s.notes = w.notesView()->text();
    s.selectedTab = w.tabs()->currentIndex();
    s.selectedTabText = w.tabs()->tabText(s.selectedTab);
    for (int i = 0; i < w.tabs()->count(); ++i)
        s.tabTitles << w.tabs()->tabText(i);
    s.splitterSizes = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes();
    return s;
}

void compareShown(const Shown &a, const Shown &b)
{
    QCOMPARE(b.target, a.target);
    QCOMPARE(b.transcript, a.transcript);
    QCOMPARE(b.handshake, a.handshake);
    QCOMPARE(b.handshakeFields, a.handshakeFields);
    QCOMPARE(b.chain, a.chain);
    QCOMPARE(b.findings, a.findings);
    QCOMPARE(b.matrix.size(), a.matrix.size());
    QCOMPARE(b.matrix, a.matrix);
    QCOMPARE(b.acceptedSuites, a.acceptedSuites);
    QCOMPARE(b.notes, a.notes);
    QCOMPARE(b.selectedTab, a.selectedTab);
    QCOMPARE(b.selectedTabText, a.selectedTabText);
    QCOMPARE(b.tabTitles, a.tabTitles);
    QCOMPARE(b.splitterSizes, a.splitterSizes);
}

QString artifact(const QString &name)
{
    return QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
}

// File > Open as the window does it: read in a job, shown when it arrives. False with the
// message the user was shown.
bool openAndWait(ui::WorkspaceController *workspace, const QString &file, QString *error)
{
    QSignalSpy opened(workspace, &ui::WorkspaceController::fileOpened);
    workspace->openFile(file);
    if (!opened.wait(20000)) {
        *error = QStringLiteral("no answer from openFile()");
        return false;
    }
    *error = opened.first().at(1).toString();
    return error->isEmpty();
}

} // namespace

class TestWorkspaceUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void saveCloseReopenIsIdentical();
    void closeAsksWhenModified();
    void autosaveIsOfferedAfterACrash();
    void timedAutosaveWritesOffTheWindowThread();
    void forcedEndKeepsUnsavedWork();
    void badFilesChangeNothing();

private:
    QTemporaryDir dir_;
    std::unique_ptr<test::EximServer> exim_;
    QString workspaceFile_;
    Shown saved_;
};

void TestWorkspaceUi::initTestCase()
{
    // Recovery copies go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QDir(ui::WorkspaceController::recoveryDirectory()).removeRecursively();
    QVERIFY(dir_.isValid());
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    test::EximOptions options = test::EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile);
    options.authBeforeTls = true;
    exim_ = std::make_unique<test::EximServer>(options);
    QString error;
    QVERIFY2(exim_->start(&error), qPrintable(error));
}

void TestWorkspaceUi::cleanupTestCase()
{
    QDir(ui::WorkspaceController::recoveryDirectory()).removeRecursively();
}

void TestWorkspaceUi::saveCloseReopenIsIdentical()
{
    const test::TestPki &pki = test::TestPki::instance();
    workspaceFile_ = dir_.filePath(QStringLiteral("partner-x.mailtls-workspace"));
    auto *window = new ui::MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ui::WorkspaceController *workspace = window->workspaceController();
    QCOMPARE(window->windowTitle(), QStringLiteral("MailTLS Workbench"));
    QVERIFY(!workspace->isModified());

    core::SessionOptions options = window->targetBar()->options();
    options.host = QStringLiteral("127.0.0.1");
    options.port = exim_->port();
    options.servername = QStringLiteral("localhost");
    options.caFile = pki.caFile();
    options.ehloName = QStringLiteral("workbench.test");
    window->targetBar()->setOptions(options);

    // A real session: connect, let it turn interactive, disconnect.
    window->connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(), State::Interactive, 20000);
    window->disconnectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window->controller()->state(), State::Idle, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->reports().size(), 1, 5000);
    QVERIFY(workspace->isModified());
    QVERIFY2(window->windowTitle().startsWith(QStringLiteral("Untitled* — ")), qPrintable(window->windowTitle()));

    // A scan of the same server joins the session's report.
    window->scanAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window->scanController()->isScanning(), 120000);
    QVERIFY(window->cipherMatrixModel()->acceptedSuiteCount() >= 5);
    QCOMPARE(workspace->reports().size(), 1);
    QVERIFY(workspace->reports().first().scan.present);
    QVERIFY(!workspace->reports().first().transcript.isEmpty());

    // Notes typed by hand, then the cipher matrix left open.
    window->tabs()->setCurrentWidget(window->notesView());
    window->notesView()->editor()->setFocus();
    QTest::keyClicks(window->notesView()->editor(), QStringLiteral("Partner X: no shared cipher since Tuesday."));
    QTest::keyClick(window->notesView()->editor(), Qt::Key_Return);
    QTest::keyClicks(window->notesView()->editor(), QStringLiteral("Ticket <4711> & co."));
    window->tabs()->setCurrentIndex(ui::MainWindow::CipherMatrixTab);
    QTest::qWait(100);

    saved_ = shown(*window);
    QVERIFY(saved_.transcript.size() > 10);
    QVERIFY(saved_.handshake.size() >= 4);
    QCOMPARE(saved_.chain.size(), 2 + 2);   // two PEMs, two rows
    QVERIFY(saved_.findings.join(QLatin1Char('\n')).contains(QStringLiteral("auth.plaintext_before_tls")));
    QCOMPARE(saved_.notes, QStringLiteral("Partner X: no shared cipher since Tuesday.\nTicket <4711> & co."));
    QVERIFY(window->grab().save(artifact(QStringLiteral("workspace_before.png"))));

    // Save through the File menu action; the file name comes from the (replaced) dialog.
    workspace->setFilePrompt([this](bool forSaving, const QString &) {
        return forSaving ? dir_.filePath(QStringLiteral("partner-x")) : QString();   // suffix added
    });
    workspace->saveAction()->trigger();
    QCOMPARE(workspace->fileName(), workspaceFile_);
    QVERIFY(QFileInfo::exists(workspaceFile_));
    QVERIFY(!workspace->isModified());
    QCOMPARE(window->windowTitle(), QStringLiteral("partner-x.mailtls-workspace — MailTLS Workbench"));

    // The HTML export of what is shown carries the notes, the cipher and the chain.
    const QString htmlFile = dir_.filePath(QStringLiteral("partner-x.html"));
    QString error;
    QVERIFY2(workspace->exportHtml(htmlFile, false, &error), qPrintable(error));
    QFile html(htmlFile);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.contains(QStringLiteral("Ticket &lt;4711&gt; &amp; co.")));
    QVERIFY(page.contains(workspace->reports().first().tls.cipher.iana));
    QVERIFY(page.contains(QStringLiteral("id=\"r0-matrix\"")));
    QVERIFY(page.contains(QStringLiteral("CN=localhost")));

    // The menu's export renders and writes in a job; the file appears without the window waiting.
    const QString menuHtml = dir_.filePath(QStringLiteral("partner-x-investigation.html"));
    workspace->setFilePrompt([&menuHtml](bool, const QString &) { return menuHtml; });
    auto *exportAll = window->findChild<QAction *>(QStringLiteral("exportAllHtmlAction"));
    QVERIFY(exportAll);
    exportAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(menuHtml).size() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(QLatin1String("HTML report written")), 10000);
    QFile investigation(menuHtml);
    QVERIFY(investigation.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(investigation.readAll()).contains(QStringLiteral("MailTLS investigation — partner-x")));

    // Close: nothing unsaved, so no question; the window goes away.
    workspace->setSavePrompt([](const QString &) {
        qWarning("asked to save a saved workspace");
        return Answer::Cancel;
    });
    QVERIFY(window->close());
    delete window;

    // A new window opens the workspace through File → Open Workspace.
    ui::MainWindow reopened;
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    reopened.workspaceController()->setFilePrompt([this](bool forSaving, const QString &) {
        return forSaving ? QString() : workspaceFile_;
    });
    QSignalSpy opened(reopened.workspaceController(), &ui::WorkspaceController::fileOpened);
    reopened.workspaceController()->openAction()->trigger();
    QVERIFY(opened.wait(20000));   // read in a job, shown when it arrives
    QCOMPARE(opened.first().at(1).toString(), QString());
    QCOMPARE(reopened.workspaceController()->fileName(), workspaceFile_);
    QTest::qWait(100);
    const Shown after = shown(reopened);
    QVERIFY(reopened.grab().save(artifact(QStringLiteral("workspace_after.png"))));
    compareShown(saved_, after);
    reopened.tabs()->setCurrentWidget(reopened.notesView());
    QTest::qWait(50);
    QVERIFY(reopened.grab().save(artifact(QStringLiteral("workspace_notes.png"))));
    reopened.tabs()->setCurrentIndex(after.selectedTab);
    QVERIFY(!reopened.workspaceController()->isModified());
    QCOMPARE(reopened.windowTitle(), QStringLiteral("partner-x.mailtls-workspace — MailTLS Workbench"));
    QCOMPARE(reopened.workspaceController()->reports().size(), 1);
    // The reopened report is a working one: Save Report still has it.
    QVERIFY(reopened.hasReport());
    QVERIFY(reopened.saveReportAction()->isEnabled());
    QVERIFY(reopened.workspaceController()->exportHtmlAction()->isEnabled());
}

void TestWorkspaceUi::closeAsksWhenModified()
{
    QVERIFY(QFileInfo::exists(workspaceFile_));
    const QByteArray onDisk = [this] {
        QFile f(workspaceFile_);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto *window = new ui::MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ui::WorkspaceController *workspace = window->workspaceController();
    QString error;
    QVERIFY2(openAndWait(workspace, workspaceFile_, &error), qPrintable(error));
    window->notesView()->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->notesView()->editor(), QStringLiteral(" more"));
    QVERIFY(workspace->isModified());
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("partner-x.mailtls-workspace* — ")));

    int asked = 0;
    workspace->setSavePrompt([&asked](const QString &question) {
        ++asked;
        return question.contains(QStringLiteral("partner-x.mailtls-workspace")) ? Answer::Cancel : Answer::Discard;
    });
    QVERIFY(!window->close());   // Cancel keeps the window and the edits
    QCOMPARE(asked, 1);
    QVERIFY(window->isVisible());
    QVERIFY(window->notesView()->text().endsWith(QStringLiteral(" more")));

    workspace->setSavePrompt([&asked](const QString &) {
        ++asked;
        return Answer::Discard;
    });
    QVERIFY(window->close());
    QCOMPARE(asked, 2);
    delete window;
    // Discarding left the file as it was saved.
    QFile f(workspaceFile_);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), onDisk);
}

void TestWorkspaceUi::autosaveIsOfferedAfterACrash()
{
    QString crashCopy;
    {
        ui::MainWindow window;
        window.show();
        ui::WorkspaceController *workspace = window.workspaceController();
        QVERIFY(!workspace->autosaveNow());   // nothing to save yet
        QString error;
        QVERIFY2(openAndWait(workspace, workspaceFile_, &error), qPrintable(error));
        window.notesView()->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.notesView()->editor(), QStringLiteral(" (autosaved)"));
        QVERIFY(workspace->autosaveNow());
        QVERIFY(QFileInfo::exists(workspace->autosavePath()));
        // This window is alive: its copy is never offered.
        QVERIFY(!ui::WorkspaceController::pendingRecoveryFiles().contains(workspace->autosavePath()));
        // A crash leaves the copy behind; a dead process's name stands for it here.
        crashCopy = QDir(ui::WorkspaceController::recoveryDirectory())
                        .filePath(QStringLiteral("autosave-999999999-1.%1").arg(ui::WorkspaceController::fileSuffix()));
        QVERIFY(QFile::copy(workspace->autosavePath(), crashCopy));
        workspace->setSavePrompt([](const QString &) { return Answer::Discard; });
    }
    // The window that closed normally removed its own copy; the crash's copy is offered.
    const QStringList pending = ui::WorkspaceController::pendingRecoveryFiles();
    QCOMPARE(pending, QStringList{crashCopy});

    ui::MainWindow next;
    next.show();
    int offered = 0;
    next.workspaceController()->setSavePrompt([&offered](const QString &question) {
        ++offered;
        return question.contains(QStringLiteral("partner-x.mailtls-workspace")) ? Answer::Save : Answer::Cancel;
    });
    QVERIFY(next.workspaceController()->offerRecovery());
    QCOMPARE(offered, 1);
    QVERIFY(next.notesView()->text().endsWith(QStringLiteral(" (autosaved)")));
    QCOMPARE(next.cipherMatrixModel()->acceptedSuiteCount(), saved_.acceptedSuites);
    QCOMPARE(next.workspaceController()->fileName(), workspaceFile_);
    QVERIFY(next.workspaceController()->isModified());   // restored, not yet saved
    QVERIFY(!QFileInfo::exists(crashCopy));
    QVERIFY(ui::WorkspaceController::pendingRecoveryFiles().isEmpty());

    // A copy older than its saved workspace is stale: dropped, not offered.
    QVERIFY(QFile::copy(next.workspaceController()->autosavePath(), crashCopy));
    QFile stale(crashCopy);
    QVERIFY(stale.open(QIODevice::ReadWrite));
    QVERIFY(stale.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    stale.close();
    QVERIFY(ui::WorkspaceController::pendingRecoveryFiles().isEmpty());
    QVERIFY(!QFileInfo::exists(crashCopy));
    next.workspaceController()->setSavePrompt([](const QString &) { return Answer::Discard; });
}

// SIGTERM or logout: the workbench leaves without asking, and the unsaved notes survive in the
// recovery copy (a normal close would have removed it).
// The minute timer's autosave: captured on the window's thread, written by a job; the copy it
// wrote is the workspace as shown, and saving meanwhile leaves no recovery copy behind.
void TestWorkspaceUi::timedAutosaveWritesOffTheWindowThread()
{
    ui::MainWindow window;
    window.show();
    ui::WorkspaceController *workspace = window.workspaceController();
    QVERIFY(!workspace->autosaveInBackground());   // nothing to save yet
    QString error;
    QVERIFY2(openAndWait(workspace, workspaceFile_, &error), qPrintable(error));
    window.notesView()->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.notesView()->editor(), QStringLiteral(" (written in the background)"));
    QSignalSpy done(workspace, &ui::WorkspaceController::autosaved);
    QVERIFY(workspace->autosaveInBackground());
    QVERIFY(!workspace->autosaveInBackground());   // one write at a time
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), true);
    core::Workspace copy;
    core::Error loadError;
    QVERIFY2(core::loadWorkspace(workspace->autosavePath(), &copy, &loadError), qPrintable(loadError.message));
    QVERIFY(copy.notes.endsWith(QStringLiteral(" (written in the background)")));
    QCOMPARE(copy.autosaveOf, workspaceFile_);

    // Saved while an autosave is under way: the recovery copy must not survive either order.
    QTest::keyClicks(window.notesView()->editor(), QStringLiteral("!"));
    QVERIFY(workspace->autosaveInBackground());
    QVERIFY2(workspace->saveTo(dir_.filePath(QStringLiteral("saved-during-autosave.mailtls-workspace")), &error),
             qPrintable(error));
    QVERIFY(done.wait(10000));
    QVERIFY(!QFileInfo::exists(workspace->autosavePath()));
    workspace->setSavePrompt([](const QString &) { return Answer::Discard; });
}

void TestWorkspaceUi::forcedEndKeepsUnsavedWork()
{
    QString copy;
    {
        ui::MainWindow window;
        window.show();
        ui::WorkspaceController *workspace = window.workspaceController();
        QString error;
        QVERIFY2(openAndWait(workspace, workspaceFile_, &error), qPrintable(error));
        window.notesView()->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.notesView()->editor(), QStringLiteral(" (typed before SIGTERM)"));
        workspace->preserveForRecovery();
        copy = workspace->autosavePath();
        workspace->setSavePrompt([](const QString &) { return Answer::Cancel; });   // never asked
    }
    QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
    core::Workspace kept;
    core::Error error;
    QVERIFY2(core::loadWorkspace(copy, &kept, &error), qPrintable(error.message));
    QVERIFY(kept.notes.endsWith(QStringLiteral(" (typed before SIGTERM)")));
    QVERIFY(QFile::remove(copy));

    // Nothing unsaved: nothing is kept.
    {
        ui::MainWindow window;
        window.workspaceController()->preserveForRecovery();
        copy = window.workspaceController()->autosavePath();
    }
    QVERIFY(!QFileInfo::exists(copy));
}

void TestWorkspaceUi::badFilesChangeNothing()
{
    ui::MainWindow window;
    window.show();
    ui::WorkspaceController *workspace = window.workspaceController();
    QString error;
    QVERIFY2(openAndWait(workspace, workspaceFile_, &error), qPrintable(error));
    const Shown before = shown(window);

    const QString corrupt = dir_.filePath(QStringLiteral("corrupt.mailtls-workspace"));
    {
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QFile good(workspaceFile_);
        QVERIFY(good.open(QIODevice::ReadOnly));
        f.write(good.readAll().left(5000));   // cut off mid-way
    }
    QVERIFY(!openAndWait(workspace, corrupt, &error));
    QVERIFY2(error.contains(QStringLiteral("not JSON")), qPrintable(error));
    {
        // The user is told too, in a box that is open while the test goes on: the event loop
        // was never held up by it.
        const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>();
        QVERIFY(!boxes.isEmpty());
        QVERIFY(boxes.last()->text().contains(QLatin1String("not JSON")));
        QVERIFY(boxes.last()->isVisible());
    }
    const QString newer = dir_.filePath(QStringLiteral("newer.mailtls-workspace"));
    {
        QFile f(newer);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": \"mailtls.workspace/7\"}");
    }
    QVERIFY(!openAndWait(workspace, newer, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    compareShown(before, shown(window));
    QCOMPARE(workspace->fileName(), workspaceFile_);

    // Saving where nothing can be written: a clear error, still modified, old file whole.
    QTest::keyClicks(window.notesView()->editor(), QStringLiteral("x"));
    QVERIFY(!workspace->saveTo(dir_.filePath(QStringLiteral("missing/dir/w.mailtls-workspace")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot save the workspace to ")), qPrintable(error));
    QVERIFY(workspace->isModified());
    QCOMPARE(workspace->fileName(), workspaceFile_);
    workspace->setSavePrompt([](const QString &) { return Answer::Discard; });
}

MAILTLS_TEST_MAIN(TestWorkspaceUi)
#include "test_workspace_ui.moc"
