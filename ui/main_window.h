#pragma once

#include <QMainWindow>

#include "model/report.h"
#include "x509/certificate_loader.h"
#include "session_controller.h"

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QMenu;

namespace mailtls::ui {

class CertificateChainModel;
class CompareView;
class SimulateDialog;
class CipherGridView;
class CipherMatrixModel;
class ScanController;
class CertificateChainView;
class CommandLineWidget;
class DomainView;
class FleetView;
class FindingsModel;
class FindingsView;
class HandshakeModel;
class HandshakeView;
class LadderModel;
class LadderPanel;
class LanguageMenu;
class LogsView;
class NotesView;
class PracticeController;
class WorkspaceController;
class TargetBar;
class TranscriptModel;
class TranscriptView;

// The workbench: target bar on top, the live transcript with its command line on the left,
// Handshake / Certificates / Findings tabs on the right, connection state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { HandshakeTab, LadderTab, CertificatesTab, FindingsTab, CipherMatrixTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionController *controller() const { return controller_; }
    TargetBar *targetBar() const { return targetBar_; }
    TranscriptModel *transcriptModel() const { return transcriptModel_; }
    TranscriptView *transcriptView() const { return transcriptView_; }
    CommandLineWidget *commandLine() const { return commandLine_; }
    HandshakeModel *handshakeModel() const { return handshakeModel_; }
    HandshakeView *handshakeView() const { return handshakeView_; }
    LadderModel *ladderModel() const { return ladderModel_; }
    LadderPanel *ladderPanel() const { return ladderPanel_; }
    QAction *explainSuiteAction() const { return explainSuiteAction_; }
    QAction *compareAction() const { return compareAction_; }
    QAction *simulateAction() const { return simulateAction_; }
    NotesView *notesView() const { return notesView_; }
    WorkspaceController *workspaceController() const { return workspace_; }
    CertificateChainModel *chainModel() const { return chainModel_; }
    CertificateChainView *chainView() const { return chainView_; }
    FindingsModel *findingsModel() const { return findingsModel_; }
    FindingsView *findingsView() const { return findingsView_; }
    QTabWidget *tabs() const { return tabs_; }
    QAction *connectAction() const { return connectAction_; }
    QAction *disconnectAction() const { return disconnectAction_; }
    QAction *cancelAction() const { return cancelAction_; }
    QAction *saveReportAction() const { return saveReportAction_; }
    QAction *openCertificateAction() const { return openCertificateAction_; }
    QAction *generateCertificateAction() const { return generateCertificateAction_; }
    bool isLoadingCertificates() const { return certificateLoading_; }
    QAction *scanAction() const { return scanAction_; }
    ScanController *scanController() const { return scanController_; }
    PracticeController *practiceController() const { return practice_; }
    QMenu *practiceMenu() const { return practiceMenu_; }
    LanguageMenu *languageMenu() const { return languageMenu_; }   // Tools > Language
    CipherMatrixModel *cipherMatrixModel() const { return cipherMatrixModel_; }
    CipherGridView *cipherGridView() const { return cipherGridView_; }
    LogsView *logsView() const { return logsView_; }
    QAction *openLogsAction() const { return openLogsAction_; }
    DomainView *domainView() const { return domainView_; }
    FleetView *fleetView() const { return fleetView_; }
    QAction *checkDomainAction() const { return checkDomainAction_; }
    QString statusText() const;
    QString bannerText() const;
    bool hasReport() const { return hasReport_; }
    const core::Report &report() const { return report_; }

    // Writes the current report as JSON to fileName in a Job (all or nothing: the old file stays
    // whole on failure); reportSaved() tells how it went.
    void saveReport(const QString &fileName);

    // A report from a workspace or file, shown in every tab the way a finished session, scan
    // or certificate inspection shows it (transcript, handshake, chain, findings, matrix).
    void showSavedReport(const core::Report &report);
    // Empties the transcript and every tab: no report.
    void clearWorkbench();

public Q_SLOTS:
    void connectToServer();
    void disconnectFromServer();
    void cancelSession();
    void saveReportAs();
    void showAbout();
    // File > Open Certificate…: certificate, chain, key, PKCS#7 or PKCS#12 files, read and
    // judged on a worker thread, then shown in the Certificates and Findings tabs as the chain
    // a server with these files would send. Returns false when busy or `files` is empty.
    void openCertificate();
    bool openCertificateFiles(const QStringList &files, const QByteArray &passphrase = QByteArray());
    // Tools > Generate Certificate…
    void showCertificateGenerator();
    // Tools > Explain Cipher Suite… (the negotiated suite filled in when there is one).
    void showSuiteExplainer();
    // Tools > Compare Servers…: a window of its own, the current scan/session report as its
    // first column when there is one.
    CompareView *showCompareServers();
    // Tools > Simulate Partner…: the current target as the live server.
    SimulateDialog *showSimulatePartner();
    // File > Open Mail Logs…: the Logs tab, then its file dialog.
    void openMailLogs();
    // Tools > Check a Domain…: the Domain tab, its domain field focused.
    void checkDomain();

Q_SIGNALS:
    // After openCertificateFiles: ok false when no certificate could be shown.
    void certificateFilesOpened(bool ok);
    void reportSaved(const QString &fileName, const QString &error);   // error empty: written

public Q_SLOTS:
    // The cipher matrix scan of the target bar's host/port/dialect, on ScanController's thread.
    void startScan();
    // The built-in practice server (loopback only) with `personality`, made the target once it
    // runs; the workbench calls this at launch so the first Connect shows a real session.
    void startPracticeServer(const QString &personality = QStringLiteral("modern"));
    void cancelScan();
    void onScanFinished(const mailtls::core::Report &report);

    // The worker's signals arrive here (through SessionController); tests call them directly.
    void onPhaseChanged(const QString &phase);
    void onLineAdded(const mailtls::core::TranscriptLine &line);
    void onHandshakeMessageAdded(const mailtls::core::HandshakeMessage &message);
    void onSessionReady(const mailtls::core::Report &report, bool interactive);
    void onSessionFinished(const mailtls::core::Report &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void onStateChanged(SessionController::State state);
    void onCancelled();
    void updateActions();
    void showReport(const core::Report &report);
    void updateTabTitles();
    void setBanner(const QString &text, bool error);
    void onCertificateFilesLoaded(const QStringList &files, const QByteArray &passphrase,
                                  const core::CertificateLoadResult &loaded, const core::Report &report);
    QString phaseText(const QString &phase) const;
    QString targetText() const;
    void setUpPracticeServer();
    void onPracticeStarted(const QString &personality, quint16 smtpPort, quint16 tlsPort);
    // A partner from the Logs tab as the target (port 25, SMTP): false while a session or scan runs.
    bool targetLogPartner(const QString &host);
    // An MX address's session from the Domain tab, shown in the window's own tabs.
    void showDomainSession(const core::Report &report);

    SessionController *controller_ = nullptr;
    TargetBar *targetBar_ = nullptr;
    TranscriptModel *transcriptModel_ = nullptr;
    TranscriptView *transcriptView_ = nullptr;
    CommandLineWidget *commandLine_ = nullptr;
    QLabel *banner_ = nullptr;
    HandshakeModel *handshakeModel_ = nullptr;
    HandshakeView *handshakeView_ = nullptr;
    LadderModel *ladderModel_ = nullptr;
    LadderPanel *ladderPanel_ = nullptr;
    NotesView *notesView_ = nullptr;
    WorkspaceController *workspace_ = nullptr;
    CertificateChainModel *chainModel_ = nullptr;
    CertificateChainView *chainView_ = nullptr;
    FindingsModel *findingsModel_ = nullptr;
    FindingsView *findingsView_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    QSplitter *splitter_ = nullptr;

    QAction *connectAction_ = nullptr;
    QAction *disconnectAction_ = nullptr;
    QAction *cancelAction_ = nullptr;
    QAction *saveReportAction_ = nullptr;
    QAction *quitAction_ = nullptr;
    QAction *aboutAction_ = nullptr;
    QAction *openCertificateAction_ = nullptr;
    QAction *generateCertificateAction_ = nullptr;
    QAction *explainSuiteAction_ = nullptr;
    QAction *compareAction_ = nullptr;
    QAction *simulateAction_ = nullptr;
    bool certificateLoading_ = false;
    QAction *scanAction_ = nullptr;

    ScanController *scanController_ = nullptr;
    CipherMatrixModel *cipherMatrixModel_ = nullptr;
    CipherGridView *cipherGridView_ = nullptr;
    QString scanTarget_;   // "host:port" of the running or last scan
    LogsView *logsView_ = nullptr;
    QAction *openLogsAction_ = nullptr;
    DomainView *domainView_ = nullptr;
    FleetView *fleetView_ = nullptr;
    QAction *checkDomainAction_ = nullptr;

    QLabel *stateLabel_ = nullptr;
    QLabel *tlsLabel_ = nullptr;
    QProgressBar *busy_ = nullptr;

    PracticeController *practice_ = nullptr;
    QMenu *practiceMenu_ = nullptr;
    LanguageMenu *languageMenu_ = nullptr;
    QLabel *practiceLabel_ = nullptr;

    core::Report report_;
    bool hasReport_ = false;
    QString sessionTarget_;   // "host:port" of the running or last session
    QString phase_;
};

} // namespace mailtls::ui
