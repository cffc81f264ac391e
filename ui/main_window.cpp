#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QImageReader>
#include <QInputDialog>
#include <QThread>
#include <QLabel>
#include <QLineEdit>
#include <QActionGroup>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

#include "dialogs/certificate_generator_dialog.h"
#include "dialogs/simulate_dialog.h"
#include "dialogs/suite_explainer_dialog.h"
#include "base/save_file.h"
#include "jobs/certificate_job.h"
#include "models/certificate_chain_model.h"
#include "models/cipher_matrix_model.h"
#include "models/findings_model.h"
#include "models/handshake_model.h"
#include "models/ladder_model.h"
#include "models/severity_style.h"
#include "models/transcript_model.h"
#include "report/json_report.h"
#include "catalog/cipher_catalog.h"
#include "practice/practice_personality.h"
#include "language_menu.h"
#include "practice_controller.h"
#include "scan_controller.h"
#include "workspace_controller.h"
#include "views/certificate_chain_view.h"
#include "views/cipher_grid_view.h"
#include "views/command_line_widget.h"
#include "views/compare_view.h"
#include "views/domain_view.h"
#include "views/fleet_view.h"
#include "views/findings_view.h"
#include "views/handshake_view.h"
#include "views/ladder_panel.h"
#include "views/log_what_breaks_panel.h"
#include "views/logs_view.h"
#include "views/notes_view.h"
#include "views/target_bar.h"
#include "views/transcript_view.h"

// The ui library is static: its resources (icons) are registered only when asked for.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace mailtls::ui {

using core::HandshakeMessage;
using core::Report;
using core::TranscriptLine;
using State = SessionController::State;

static QIcon applicationIcon()
{
    initUiResources();
    QIcon icon;
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(QStringLiteral(":/icons/mailtls-workbench.svg"));
    for (int size : {16, 32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/mailtls-workbench-%1.png").arg(size), QSize(size, size));
    return icon;
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("MailTLS Workbench"));
    setWindowIcon(applicationIcon());
    setObjectName(QStringLiteral("MainWindow"));

    controller_ = new SessionController(this);
    transcriptModel_ = new TranscriptModel(this);
    handshakeModel_ = new HandshakeModel(this);
    ladderModel_ = new LadderModel(this);
    chainModel_ = new CertificateChainModel(this);
    findingsModel_ = new FindingsModel(this);
    scanController_ = new ScanController(this);
    practice_ = new PracticeController(this);
    cipherMatrixModel_ = new CipherMatrixModel(this);
    if (core::CipherCatalog::instance().isValid())
        cipherMatrixModel_->setCatalog(core::CipherCatalog::instance().suites());

    workspace_ = new WorkspaceController(this);   // before the menus: its actions open the File menu
    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();
    setUpPracticeServer();

    connect(controller_, &SessionController::stateChanged, this, &MainWindow::onStateChanged);
    connect(controller_, &SessionController::cancelled, this, &MainWindow::onCancelled);
    connect(controller_, &SessionController::phaseChanged, this, &MainWindow::onPhaseChanged);
    connect(controller_, &SessionController::lineAdded, this, &MainWindow::onLineAdded);
    connect(controller_, &SessionController::handshakeMessageAdded, this, &MainWindow::onHandshakeMessageAdded);
    connect(controller_, &SessionController::sessionReady, this, &MainWindow::onSessionReady);
    connect(controller_, &SessionController::finished, this, &MainWindow::onSessionFinished);
    connect(commandLine_, &CommandLineWidget::lineEntered, controller_, &SessionController::sendLine);
    connect(targetBar_, &TargetBar::connectRequested, this, &MainWindow::connectToServer);
    connect(targetBar_, &TargetBar::targetChanged, this, &MainWindow::updateActions);
    connect(scanController_, &ScanController::scanningChanged, this, [this](bool scanning) {
        cipherGridView_->setScanning(scanning, scanTarget_);
        busy_->setVisible(scanning || controller_->state() == State::Connecting || controller_->state() == State::Disconnecting);
        updateActions();
    });
    connect(scanController_, &ScanController::progress, this, [this](int done, int total) {
        cipherGridView_->setProgress(done, total, tr("%1 of about %2 connections").arg(done).arg(total));
        stateLabel_->setText(tr("Scanning %1 — %2 of about %3 connections").arg(scanTarget_).arg(done).arg(total));
    });
    connect(scanController_, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(scanController_, &ScanController::cancelled, this, [this] {
        stateLabel_->setText(tr("Scan cancelled — %1").arg(scanTarget_));
    });
    connect(cipherGridView_, &CipherGridView::cancelRequested, this, &MainWindow::cancelScan);

    resize(1280, 800);
    onStateChanged(State::Idle);
    workspace_->attach();
}

MainWindow::~MainWindow()
{
    // Cancel is immediate, so the bounded join in shutdown() is short.
    controller_->shutdown();
    scanController_->shutdown();
}

namespace {

// A window action as the toolbar and the menus show it; `name` is its object name for tests.
template <typename Slot>
QAction *makeAction(MainWindow *window, const QIcon &icon, const QString &text, const QString &name,
                    const QString &toolTip, const QKeySequence &shortcut, Slot slot)
{
    auto *action = new QAction(icon, text, window);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setToolTip(toolTip);
    QObject::connect(action, &QAction::triggered, window, slot);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    connectAction_ = makeAction(this, SeverityStyle::glyphIcon(QColor(0x3f, 0x9a, 0x62), QStringLiteral("▶")), tr("&Connect"),
        QStringLiteral("connectAction"), tr("Connect to the server and run the session (Ctrl+Enter)"),
        QKeySequence(Qt::CTRL | Qt::Key_Return), &MainWindow::connectToServer);

    disconnectAction_ = makeAction(this, SeverityStyle::glyphIcon(QColor(0x2f, 0x6f, 0x9f), QStringLiteral("■")), tr("&Disconnect"),
        QStringLiteral("disconnectAction"), tr("Say QUIT and close the connection"),
        QKeySequence(), &MainWindow::disconnectFromServer);

    cancelAction_ = makeAction(this, SeverityStyle::glyphIcon(QColor(0xb8, 0x1d, 0x2a), QStringLiteral("✕")), tr("C&ancel"),
        QStringLiteral("cancelAction"), tr("Abort the session at once (Esc)"),
        QKeySequence(Qt::Key_Escape), &MainWindow::cancelSession);

    scanAction_ = makeAction(this, SeverityStyle::glyphIcon(QColor(0x6a, 0x4c, 0x9c), QStringLiteral("▦")), tr("&Scan"),
        QStringLiteral("scanAction"), tr("Scan every protocol version and cipher suite the server accepts (Ctrl+Shift+Enter)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &MainWindow::startScan);

    openCertificateAction_ = makeAction(this, QIcon(), tr("&Open Certificate…"),
        QStringLiteral("openCertificateAction"), tr("Inspect certificate, chain, key or PKCS#12 files as a server would send them"),
        QKeySequence(QKeySequence::Open), &MainWindow::openCertificate);

    generateCertificateAction_ = makeAction(this, QIcon(), tr("&Generate Certificate…"),
        QStringLiteral("generateCertificateAction"), tr("Make a key with a self-signed certificate, a CSR, or a certificate from a CA directory"),
        QKeySequence(), &MainWindow::showCertificateGenerator);

    explainSuiteAction_ = makeAction(this, QIcon(), tr("&Explain Cipher Suite…"),
        QStringLiteral("explainSuiteAction"), tr("Take a cipher suite name apart: key exchange, authentication, cipher, MAC, grade"),
        QKeySequence(), &MainWindow::showSuiteExplainer);

    compareAction_ = makeAction(this, QIcon(), tr("&Compare Servers…"),
        QStringLiteral("compareAction"), tr("Servers or saved reports side by side, differences first"),
        QKeySequence(), &MainWindow::showCompareServers);

    simulateAction_ = makeAction(this, QIcon(), tr("Simulate &Partner…"),
        QStringLiteral("simulateAction"), tr("Would a partner (client profile or pasted cipher list) connect to this server? Why not, and the fix"),
        QKeySequence(), &MainWindow::showSimulatePartner);

    openLogsAction_ = makeAction(this, QIcon(), tr("Open &Mail Logs…"),
        QStringLiteral("openLogsAction"), tr("Read Exim or Postfix logs: every partner's TLS, its failures, and what a change would break"),
        QKeySequence(), &MainWindow::openMailLogs);

    checkDomainAction_ = makeAction(this, QIcon(), tr("Check a &Domain…"),
        QStringLiteral("checkDomainAction"), tr("Can mail for a domain be delivered securely? MX hosts, their STARTTLS, DANE, MTA-STS and TLS-RPT"),
        QKeySequence(), &MainWindow::checkDomain);

    saveReportAction_ = new QAction(tr("&Save Report as JSON…"), this);
    saveReportAction_->setShortcut(QKeySequence::Save);
    connect(saveReportAction_, &QAction::triggered, this, &MainWindow::saveReportAs);

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    aboutAction_ = new QAction(tr("&About MailTLS Workbench"), this);
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions(workspace_->fileActions().mid(0, 4));   // New, Open, Save, Save As
    file->addSeparator();
    file->addAction(openCertificateAction_);
    file->addAction(openLogsAction_);
    file->addAction(saveReportAction_);
    file->addActions(workspace_->fileActions().mid(4));      // Export HTML
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(connectAction_);
    session->addAction(scanAction_);
    session->addAction(disconnectAction_);
    session->addAction(cancelAction_);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(generateCertificateAction_);
    tools->addAction(explainSuiteAction_);
    tools->addAction(compareAction_);
    tools->addAction(simulateAction_);
    tools->addAction(checkDomainAction_);
    tools->addSeparator();
    languageMenu_ = new LanguageMenu(this);   // System default, English, Deutsch, 简体中文, 繁體中文
    tools->addMenu(languageMenu_);

    practiceMenu_ = menuBar()->addMenu(tr("&Practice server"));   // filled by setUpPracticeServer()

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(aboutAction_);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Target"));
    bar->setObjectName(QStringLiteral("targetToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    targetBar_ = new TargetBar(bar);
    bar->addWidget(targetBar_);
    bar->addSeparator();
    bar->addAction(connectAction_);
    bar->addAction(scanAction_);
    bar->addAction(disconnectAction_);
    bar->addAction(cancelAction_);
}

void MainWindow::createCentralWidget()
{
    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->setChildrenCollapsible(false);

    auto *left = new QWidget(splitter_);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 3, 6);
    leftLayout->setSpacing(4);
    auto *title = new QLabel(tr("<b>Transcript</b>"), left);
    leftLayout->addWidget(title);
    banner_ = new QLabel(left);
    banner_->setObjectName(QStringLiteral("banner"));
    banner_->setWordWrap(true);
    banner_->setTextFormat(Qt::PlainText);   // it shows the server's own words: never rich text
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->hide();
    leftLayout->addWidget(banner_);
    transcriptView_ = new TranscriptView(left);
    transcriptView_->setObjectName(QStringLiteral("transcriptView"));
    transcriptView_->setTranscriptModel(transcriptModel_);
    leftLayout->addWidget(transcriptView_, 1);
    commandLine_ = new CommandLineWidget(left);
    leftLayout->addWidget(commandLine_);

    tabs_ = new QTabWidget(splitter_);
    tabs_->setObjectName(QStringLiteral("detailTabs"));
    tabs_->setDocumentMode(true);
    handshakeView_ = new HandshakeView(tabs_);
    handshakeView_->setHandshakeModel(handshakeModel_);
    chainView_ = new CertificateChainView(tabs_);
    chainView_->setChainModel(chainModel_);
    findingsView_ = new FindingsView(tabs_);
    findingsView_->setFindingsModel(findingsModel_);
    tabs_->insertTab(HandshakeTab, handshakeView_, QString());
    ladderPanel_ = new LadderPanel(tabs_);
    ladderPanel_->setLadderModel(ladderModel_);
    tabs_->insertTab(LadderTab, ladderPanel_, QString());
    // A double click on a message in the Handshake tab shows it on the ladder.
    connect(handshakeView_->messageTable(), &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && ladderPanel_->selectHandshakeMessage(index.row()))
            tabs_->setCurrentIndex(LadderTab);
    });
    tabs_->insertTab(CertificatesTab, chainView_, QString());
    tabs_->insertTab(FindingsTab, findingsView_, QString());
    cipherGridView_ = new CipherGridView(tabs_);
    cipherGridView_->setMatrixModel(cipherMatrixModel_);
    cipherGridView_->setFindingsModel(findingsModel_);
    tabs_->insertTab(CipherMatrixTab, cipherGridView_, QString());
    notesView_ = new NotesView(tabs_);
    tabs_->addTab(notesView_, tr("Notes"));
    logsView_ = new LogsView(tabs_);
    tabs_->addTab(logsView_, tr("Logs"));
    connect(logsView_, &LogsView::sessionRequested, this, [this](const QString &host) {
        if (targetLogPartner(host))
            connectToServer();
    });
    connect(logsView_, &LogsView::scanRequested, this, [this](const QString &host) {
        if (targetLogPartner(host))
            startScan();
    });
    domainView_ = new DomainView(tabs_);
    tabs_->addTab(domainView_, tr("Domain"));
    connect(domainView_, &DomainView::sessionReportRequested, this, &MainWindow::showDomainSession);
    fleetView_ = new FleetView(tabs_);
    tabs_->addTab(fleetView_, tr("Fleet"));
    connect(fleetView_, &FleetView::reportRequested, this, [this](const Report &report) {
        if (controller_->isBusy() || scanController_->isScanning()) {
            statusBar()->showMessage(tr("A session or scan is running; try again when it has finished."), 5000);
            return;
        }
        showSavedReport(report);
        stateLabel_->setText(tr("%1 with %2:%3 from the Fleet tab")
                                 .arg(report.kind == QLatin1String("scan") ? tr("Scan") : tr("Session"), report.target.host)
                                 .arg(report.target.port));
        tabs_->setCurrentIndex(report.kind == QLatin1String("scan") ? CipherMatrixTab : HandshakeTab);
    });
    connect(logsView_, &LogsView::fleetRequested, this, [this](const QStringList &hosts) {
        fleetView_->setHosts(hosts);
        tabs_->setCurrentWidget(fleetView_);
    });
    // The logs' and the domain's tables need the width more than the transcript does.
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        const int total = splitter_->width();
        const QWidget *page = tabs_->widget(index);
        if ((page == logsView_ || page == domainView_ || page == fleetView_) && total > 0 && splitter_->sizes().value(1) < total * 2 / 3)
            splitter_->setSizes({total / 3, total - total / 3});
    });
    updateTabTitles();

    splitter_->addWidget(left);
    splitter_->addWidget(tabs_);
    splitter_->setStretchFactor(0, 11);
    splitter_->setStretchFactor(1, 10);
    splitter_->setSizes({670, 610});
    setCentralWidget(splitter_);
}

void MainWindow::createStatusBar()
{
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setMaximumWidth(110);
    busy_->setMaximumHeight(14);
    busy_->setTextVisible(false);
    busy_->hide();
    stateLabel_ = new QLabel(this);
    stateLabel_->setObjectName(QStringLiteral("stateLabel"));
    tlsLabel_ = new QLabel(this);
    tlsLabel_->setObjectName(QStringLiteral("tlsLabel"));
    statusBar()->addWidget(busy_);
    statusBar()->addWidget(stateLabel_, 1);
    statusBar()->addPermanentWidget(tlsLabel_);
}

QString MainWindow::statusText() const
{
    return stateLabel_->text();
}

QString MainWindow::bannerText() const
{
    return banner_->isVisible() || !banner_->isHidden() ? banner_->text() : QString();
}

QString MainWindow::targetText() const
{
    const core::SessionOptions o = targetBar_->options();
    return QStringLiteral("%1:%2").arg(o.host).arg(o.port);
}

QString MainWindow::phaseText(const QString &phase) const
{
    static const QHash<QString, const char *> phases{
        {QStringLiteral("connecting"), QT_TR_NOOP("connecting")},
        {QStringLiteral("connect"), QT_TR_NOOP("connecting")},
        {QStringLiteral("banner"), QT_TR_NOOP("waiting for the banner")},
        {QStringLiteral("ehlo"), QT_TR_NOOP("EHLO")},
        {QStringLiteral("starttls"), QT_TR_NOOP("STARTTLS")},
        {QStringLiteral("tls"), QT_TR_NOOP("TLS handshake")},
        {QStringLiteral("handshake"), QT_TR_NOOP("TLS handshake")},
        {QStringLiteral("ehlo_tls"), QT_TR_NOOP("EHLO over TLS")},
        {QStringLiteral("auth"), QT_TR_NOOP("authenticating")},
        {QStringLiteral("mail"), QT_TR_NOOP("sending the message")},
        {QStringLiteral("quit"), QT_TR_NOOP("QUIT")},
        {QStringLiteral("interactive"), QT_TR_NOOP("interactive")},
        {QStringLiteral("closing"), QT_TR_NOOP("closing")},
    };
    const auto it = phases.constFind(phase.toLower());
    return it == phases.constEnd() ? phase : tr(it.value());
}

void MainWindow::updateActions()
{
    const State state = controller_->state();
    const bool scanning = scanController_->isScanning();
    const bool idle = state == State::Idle && !scanning;
    connectAction_->setEnabled(idle && !targetBar_->options().host.isEmpty());
    scanAction_->setEnabled(idle && !targetBar_->options().host.isEmpty());
    disconnectAction_->setEnabled(state == State::Interactive || state == State::Connecting);
    cancelAction_->setEnabled(!idle);
    saveReportAction_->setEnabled(hasReport_);
    targetBar_->setEditable(idle);
    commandLine_->setInteractive(state == State::Interactive);
}

void MainWindow::onStateChanged(State state)
{
    updateActions();
    busy_->setVisible(state == State::Connecting || state == State::Disconnecting);
    switch (state) {
    case State::Idle:
        if (stateLabel_->text().isEmpty() || !hasReport_)
            stateLabel_->setText(tr("Idle — enter a mail server and press Connect"));
        break;
    case State::Connecting:
        stateLabel_->setText(tr("Connecting to %1…").arg(sessionTarget_));
        break;
    case State::Interactive:
        stateLabel_->setText(tr("Connected to %1 — interactive: lines typed below go to the server as typed").arg(sessionTarget_));
        commandLine_->lineEdit()->setFocus();
        break;
    case State::Disconnecting:
        stateLabel_->setText(tr("Disconnecting from %1…").arg(sessionTarget_));
        break;
    }
}

void MainWindow::connectToServer()
{
    if (controller_->isBusy())
        return;
    // The practice server's chain is verified against its own throwaway CA, not the system's.
    const core::SessionOptions options = practice_->withPracticeTrust(targetBar_->options());
    if (options.host.isEmpty())
        return;
    transcriptModel_->clear();
    handshakeModel_->clear();
    ladderModel_->clear();
    chainModel_->clear();
    chainView_->setSourceText(QString());
    findingsModel_->clear();
    handshakeView_->clear();
    report_ = Report();
    hasReport_ = false;
    phase_.clear();
    tlsLabel_->clear();
    setBanner(QString(), false);
    updateTabTitles();
    sessionTarget_ = targetText();
    controller_->start(options);
}

void MainWindow::disconnectFromServer()
{
    controller_->disconnectFromServer();
}

void MainWindow::cancelSession()
{
    controller_->cancel();
    cancelScan();
}

void MainWindow::startScan()
{
    if (controller_->isBusy() || scanController_->isScanning())
        return;
    const core::SessionOptions options = targetBar_->options();
    if (options.host.isEmpty())
        return;
    scanTarget_ = targetText();
    cipherMatrixModel_->clear();
    updateTabTitles();
    tabs_->setCurrentIndex(CipherMatrixTab);
    // The grid needs the width more than the (quiet) transcript does during a scan.
    const int total = splitter_->width();
    if (total > 0 && splitter_->sizes().value(1) < total * 2 / 3)
        splitter_->setSizes({total / 3, total - total / 3});
    stateLabel_->setText(tr("Scanning %1…").arg(scanTarget_));
    core::ScanOptions scanOptions = ScanController::optionsFor(options);
    if (scanOptions.caFile.isEmpty())   // the practice server's chain is judged against its own CA
        scanOptions.caFile = practice_->withPracticeTrust(options).caFile;
    scanController_->start(scanOptions);
}

void MainWindow::cancelScan()
{
    scanController_->cancel();
}

void MainWindow::onScanFinished(const Report &report)
{
    if (scanTarget_.isEmpty())
        scanTarget_ = QStringLiteral("%1:%2").arg(report.target.host).arg(report.target.port);
    cipherMatrixModel_->setScan(report.scan);
    const core::SessionOutcome &outcome = report.outcome;
    if (!outcome.error.isEmpty() && outcome.errorKind != core::ErrorKind::Cancelled) {
        const QString why = core::shownPhrase(outcome.errorPhrase, outcome.error);
        setBanner(tr("Scan failed: %1").arg(why), true);
        stateLabel_->setText(tr("Scan failed — %1: %2").arg(scanTarget_, why));
    } else {
        // The scan joins the current report (or becomes it), so Save and Findings include it.
        const QString reportTarget = QStringLiteral("%1:%2").arg(report_.target.host).arg(report_.target.port);
        if (!hasReport_ || reportTarget != scanTarget_) {
            report_ = report;
            hasReport_ = true;
            findingsModel_->setFindings(report.findings);
        } else {
            report_.scan = report.scan;
            core::Findings merged = report_.findings;
            for (const core::Finding &f : report.findings) {
                const bool known = std::any_of(merged.cbegin(), merged.cend(), [&f](const core::Finding &m) { return m.id == f.id; });
                if (!known)
                    merged.append(f);
            }
            report_.findings = merged;
            findingsModel_->setFindings(merged);
        }
        stateLabel_->setText(tr("Scanned %1 — %2 suites accepted, %3 connections")
                                 .arg(scanTarget_).arg(cipherMatrixModel_->acceptedSuiteCount()).arg(report.scan.connections));
    }
    updateTabTitles();
    updateActions();
}

void MainWindow::onCancelled()
{
    stateLabel_->setText(tr("Cancelled — %1").arg(sessionTarget_));
    setBanner(tr("Session cancelled. What was received so far is kept below."), false);
}

void MainWindow::onPhaseChanged(const QString &phase)
{
    phase_ = phase;
    if (controller_->state() == State::Connecting)
        stateLabel_->setText(tr("%1 — %2…").arg(sessionTarget_, phaseText(phase)));
}

void MainWindow::onLineAdded(const TranscriptLine &line)
{
    transcriptModel_->appendLine(line);
    ladderModel_->appendLine(line);
}

void MainWindow::onHandshakeMessageAdded(const HandshakeMessage &message)
{
    handshakeModel_->appendMessage(message);
    ladderModel_->appendHandshakeMessage(message);
}

void MainWindow::showReport(const Report &report)
{
    report_ = report;
    hasReport_ = true;
    if (sessionTarget_.isEmpty())
        sessionTarget_ = QStringLiteral("%1:%2").arg(report.target.host).arg(report.target.port);
    // Live lines came first; the report may hold some that were not streamed (or all of them).
    if (transcriptModel_->rowCount() < report.transcript.size())
        transcriptModel_->appendLines(report.transcript.mid(transcriptModel_->rowCount()));
    if (handshakeModel_->rowCount() < report.handshake.size())
        handshakeModel_->appendMessages(report.handshake.mid(handshakeModel_->rowCount()));
    handshakeView_->setReport(report);
    ladderModel_->setReport(report);
    if (chainModel_->chain() != report.certificates)
        chainModel_->setChain(report.certificates);
    chainView_->setSourceText(QString());
    findingsModel_->setFindings(report.findings);
    if (report.scan.present)
        logsView_->whatBreaksPanel()->setBaseScan(report.scan, QStringLiteral("%1:%2").arg(report.target.host).arg(report.target.port));
    updateTabTitles();
    if (report.tls.established)
        tlsLabel_->setText(QStringLiteral("%1 · %2").arg(report.tls.version, report.tls.cipher.iana));
    else if (report.tls.attempted)
        tlsLabel_->setText(tr("TLS failed"));
    else
        tlsLabel_->setText(tr("no TLS"));
    updateActions();
}

void MainWindow::onSessionReady(const Report &report, bool interactive)
{
    showReport(report);
    if (!interactive)
        stateLabel_->setText(tr("%1 — session complete, closing…").arg(sessionTarget_));
}

void MainWindow::onSessionFinished(const Report &report)
{
    showReport(report);
    const core::SessionOutcome &outcome = report.outcome;
    // Why the server refused a step, as far as its reply tells (diagnose/refusal_hint.h).
    const QString hint = core::shownPhrase(outcome.refusal.hintPhrase, outcome.refusal.hint);
    const QString likely = hint.isEmpty() ? QString() : tr("Likely: %1").arg(hint);
    if (!outcome.error.isEmpty() && outcome.errorKind != core::ErrorKind::Cancelled) {
        const QString why = core::shownPhrase(outcome.errorPhrase, outcome.error);
        setBanner(likely.isEmpty() ? why : why + QLatin1Char('\n') + likely, true);
        stateLabel_->setText(tr("Failed — %1: %2").arg(sessionTarget_, why));
    } else {
        if (!outcome.refusal.isEmpty()) {
            const QString &step = outcome.refusal.step;
            const QString refused = step == QLatin1String("starttls") ? tr("The server refused STARTTLS: %1")
                                  : step == QLatin1String("ehlo")     ? tr("The server refused EHLO: %1")
                                                                      : tr("The server refused the session in its greeting: %1");
            setBanner(refused.arg(outcome.refusal.reply) + (likely.isEmpty() ? QString() : QLatin1Char('\n') + likely), false);
        }
        const int findings = report.findings.size();
        stateLabel_->setText(findings == 1 ? tr("Disconnected from %1 — 1 finding").arg(sessionTarget_)
                                           : tr("Disconnected from %1 — %2 findings").arg(sessionTarget_).arg(findings));
    }
    updateActions();
}

void MainWindow::updateTabTitles()
{
    tabs_->setTabText(HandshakeTab, hasReport_ && !report_.tls.version.isEmpty()
                                        ? tr("Handshake (%1)").arg(report_.tls.version)
                                        : tr("Handshake"));
    const int messages = ladderModel_->report().handshake.size();
    tabs_->setTabText(LadderTab, messages ? tr("Ladder (%1)").arg(messages) : tr("Ladder"));
    const int certs = chainModel_->chain().size();
    tabs_->setTabText(CertificatesTab, certs ? tr("Certificates (%1)").arg(certs) : tr("Certificates"));
    const int findings = findingsModel_->rowCount();
    tabs_->setTabText(FindingsTab, findings ? tr("Findings (%1)").arg(findings) : tr("Findings"));
    tabs_->setTabIcon(FindingsTab, findings ? SeverityStyle::icon(findingsModel_->worstSeverity()) : QIcon());
    const int suites = cipherMatrixModel_->acceptedSuiteCount();
    tabs_->setTabText(CipherMatrixTab, suites ? tr("Cipher matrix (%1)").arg(suites) : tr("Cipher matrix"));
}

void MainWindow::setBanner(const QString &text, bool error)
{
    banner_->setText(text);
    banner_->setVisible(!text.isEmpty());
    banner_->setStyleSheet(error
        ? QStringLiteral("QLabel { background: #fbe3e4; color: #7a0c16; border: 1px solid #e3a5aa; border-radius: 4px; padding: 6px; }")
        : QStringLiteral("QLabel { background: #eef3fa; color: #1d3a5c; border: 1px solid #b7c9e2; border-radius: 4px; padding: 6px; }"));
}

void MainWindow::saveReport(const QString &fileName)
{
    core::Job *job = core::Job::start<core::Error>(
        this,
        [report = report_, fileName](core::JobContext &) {
            core::Error error;
            return core::saveFileAtomically(fileName, core::reportToJsonBytes(report), &error) ? core::Error() : error;
        },
        [this, fileName](const core::Error &failure) {
            // The file is English JSON; the reason it could not be written is shown translated.
            const QString error = core::shownMessage(failure);
            if (!error.isEmpty()) {
                // Not modal: the window goes on while the message is read.
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Report"),
                                            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), error),
                                            QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            } else {
                statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(fileName)), 5000);
            }
            Q_EMIT reportSaved(fileName, error);
        });
    connect(job, &core::Job::finished, job, &QObject::deleteLater);
}

void MainWindow::saveReportAs()
{
    if (!hasReport_)
        return;
    QString host = report_.target.host;
    host.replace(QLatin1Char(':'), QLatin1Char('_'));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("mailtls-%1-%2.json").arg(host, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save Report as JSON"), suggested,
                                                          tr("JSON reports (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    saveReport(fileName);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MailTLS Workbench"),
                       tr("<h3>MailTLS Workbench %1</h3>"
                          "<p>Looks at the TLS side of mail servers: the SMTP conversation as it happened, "
                          "the handshake, the served certificate chain, and what to change in Exim or Postfix.</p>"
                          "<p>Built with Qt %2 and %3.</p>")
                           .arg(QStringLiteral(MAILTLS_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral("OpenSSL 3")));
}

void MainWindow::openCertificate()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Certificate"), QString(),
        tr("Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.p7b *.chain);;All files (*)"));
    if (!files.isEmpty())
        openCertificateFiles(files);
}

bool MainWindow::openCertificateFiles(const QStringList &files, const QByteArray &passphrase)
{
    if (files.isEmpty() || certificateLoading_)
        return false;
    if (controller_->isBusy()) {
        statusBar()->showMessage(tr("A session is running; open the certificate when it has finished."), 5000);
        return false;
    }
    certificateLoading_ = true;
    stateLabel_->setText(tr("Reading %1…").arg(files.join(QStringLiteral(", "))));
    busy_->show();

    // Reading PKCS#12 and verifying against the system store take a moment: a Job, its result
    // delivered to the window only while the window exists.
    core::Job *job = core::Job::start<core::InspectedFiles>(
        this,
        [files, passphrase](core::JobContext &) {
            return core::inspectCertificateFiles(files, passphrase, core::TrustStore::systemDefault(),
                                                 core::CertificateCheckOptions());
        },
        [this, files, passphrase](const core::InspectedFiles &result) {
            onCertificateFilesLoaded(files, passphrase, result.loaded, result.report);
        });
    connect(job, &core::Job::finished, job, &QObject::deleteLater);
    return true;
}

void MainWindow::onCertificateFilesLoaded(const QStringList &files, const QByteArray &passphrase,
                                          const core::CertificateLoadResult &loaded, const Report &report)
{
    certificateLoading_ = false;
    busy_->setVisible(controller_->state() == State::Connecting || controller_->state() == State::Disconnecting);
    const QString names = files.join(QStringLiteral(", "));
    if (!loaded.ok()) {
        // An encrypted key or PKCS#12: ask once, then try again.
        if (passphrase.isEmpty() && loaded.errorText().contains(QLatin1String("passphrase"))) {
            bool ok = false;
            const QString entered = QInputDialog::getText(this, tr("Passphrase"),
                                                          tr("%1\n\nPassphrase:").arg(loaded.shownErrorText()),
                                                          QLineEdit::Password, QString(), &ok);
            if (ok && !entered.isEmpty() && openCertificateFiles(files, entered.toUtf8()))
                return;
        }
        setBanner(tr("Could not read the certificate files:\n%1").arg(loaded.shownErrorText()), true);
        stateLabel_->setText(tr("Could not read %1").arg(names));
        Q_EMIT certificateFilesOpened(false);
        return;
    }
    if (loaded.certificates.isEmpty()) {
        setBanner(tr("%1 holds no certificate, only private keys. Open the certificate file together with the key.").arg(names), true);
        stateLabel_->setText(tr("No certificate in %1").arg(names));
        Q_EMIT certificateFilesOpened(false);
        return;
    }

    report_ = report;
    hasReport_ = true;
    transcriptModel_->clear();
    transcriptModel_->appendLines(report.transcript);
    handshakeModel_->clear();
    handshakeView_->clear();
    ladderModel_->clear();
    chainModel_->setChain(report.certificates, report.startedAt);
    chainView_->setSourceText(files.size() == 1 ? tr("From file %1").arg(QDir::toNativeSeparators(files.first()))
                                                : tr("From files %1").arg(QDir::toNativeSeparators(names)));
    findingsModel_->setFindings(report.findings);
    setBanner(QString(), false);
    tlsLabel_->clear();
    updateTabTitles();
    updateActions();
    tabs_->setCurrentIndex(CertificatesTab);
    const int findings = int(report.findings.size());
    stateLabel_->setText(findings == 1 ? tr("Inspected %1 — 1 finding").arg(names)
                                       : tr("Inspected %1 — %2 findings").arg(names).arg(findings));
    Q_EMIT certificateFilesOpened(true);
}

void MainWindow::showCertificateGenerator()
{
    auto *dialog = new CertificateGeneratorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateGeneratorDialog::generated, this, [this](const QStringList &files) {
        openCertificateFiles(files);
    });
    dialog->show();
}

SimulateDialog *MainWindow::showSimulatePartner()
{
    auto *dialog = new SimulateDialog(targetBar_->options(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

CompareView *MainWindow::showCompareServers()
{
    auto *view = new CompareView(this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->resize(1000, 640);
    if (hasReport_ && (report_.scan.present || report_.tls.established))
        view->addReport(report_);
    view->show();
    return view;
}

void MainWindow::openMailLogs()
{
    tabs_->setCurrentWidget(logsView_);
    logsView_->chooseFiles();
}

void MainWindow::checkDomain()
{
    tabs_->setCurrentWidget(domainView_);
    domainView_->focusDomainField();
}

void MainWindow::showDomainSession(const Report &report)
{
    if (controller_->isBusy() || scanController_->isScanning()) {
        statusBar()->showMessage(tr("A session or scan is running; try again when it has finished."), 5000);
        return;
    }
    showSavedReport(report);
    stateLabel_->setText(tr("Session with %1 (%2) from the Domain tab").arg(report.target.host, report.target.address));
    tabs_->setCurrentIndex(HandshakeTab);
}

bool MainWindow::targetLogPartner(const QString &host)
{
    if (controller_->isBusy() || scanController_->isScanning()) {
        statusBar()->showMessage(tr("A session or scan is running; try again when it has finished."), 5000);
        return false;
    }
    // The partner on port 25 (SMTP, STARTTLS); what belonged to the previous target (SNI, names) goes.
    core::SessionOptions options = targetBar_->options();
    options.host = host;
    options.port = 25;
    options.dialect = QStringLiteral("smtp");
    options.implicitTls = false;
    options.sni.clear();
    options.servername.clear();
    options.expectCertFile.clear();
    targetBar_->setOptions(options);
    updateActions();
    tabs_->setCurrentIndex(HandshakeTab);
    return true;
}

void MainWindow::showSuiteExplainer()
{
    auto *dialog = new SuiteExplainerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString negotiated = report_.tls.cipher.iana.isEmpty() ? report_.tls.cipher.openssl : report_.tls.cipher.iana;
    if (hasReport_ && report_.tls.established && !negotiated.isEmpty())
        dialog->explain(negotiated);
    dialog->show();
}

void MainWindow::clearWorkbench()
{
    transcriptModel_->clear();
    handshakeModel_->clear();
    ladderModel_->clear();
    chainModel_->clear();
    chainView_->setSourceText(QString());
    findingsModel_->clear();
    handshakeView_->clear();
    cipherMatrixModel_->clear();
    report_ = Report();
    hasReport_ = false;
    phase_.clear();
    sessionTarget_.clear();
    scanTarget_.clear();
    tlsLabel_->clear();
    setBanner(QString(), false);
    updateTabTitles();
    updateActions();
    stateLabel_->setText(tr("Idle — enter a mail server and press Connect"));
}

void MainWindow::showSavedReport(const Report &report)
{
    if (controller_->isBusy() || scanController_->isScanning())
        return;   // a live session owns the tabs; the caller checks before
    clearWorkbench();
    sessionTarget_ = QStringLiteral("%1:%2").arg(report.target.host).arg(report.target.port);
    scanTarget_ = sessionTarget_;
    showReport(report);   // transcript, handshake, ladder, chain, findings, TLS label
    if (report.scan.present)
        cipherMatrixModel_->setScan(report.scan);
    const bool inspection = report.kind == QLatin1String("cert-inspect");
    if (inspection) {
        // As onCertificateFilesLoaded shows it: dated chain, file names, no handshake.
        chainModel_->setChain(report.certificates, report.startedAt);
        const QStringList files = report.target.host.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        chainView_->setSourceText(files.size() == 1 ? tr("From file %1").arg(QDir::toNativeSeparators(files.first()))
                                                    : tr("From files %1").arg(QDir::toNativeSeparators(files.join(QStringLiteral(", ")))));
        handshakeView_->clear();
        tlsLabel_->clear();
    } else if (report.kind == QLatin1String("scan") && !report.tls.attempted) {
        tlsLabel_->clear();
    }
    const core::SessionOutcome &outcome = report.outcome;
    if (!outcome.error.isEmpty() && outcome.errorKind != core::ErrorKind::Cancelled) {
        const QString why = core::shownPhrase(outcome.errorPhrase, outcome.error);
        setBanner(report.kind == QLatin1String("scan") ? tr("Scan failed: %1").arg(why) : why, true);
    }
    const int findings = int(report.findings.size());
    const QString when = report.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString what = inspection ? report.target.host : sessionTarget_;
    stateLabel_->setText(findings == 1 ? tr("Saved report of %1 from %2 — 1 finding").arg(what, when)
                                       : tr("Saved report of %1 from %2 — %3 findings").arg(what, when).arg(findings));
    updateTabTitles();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Never block the close on the network: cancel now, the destructor joins briefly.
    if (controller_->isBusy())
        controller_->cancel();
    scanController_->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::setUpPracticeServer()
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (const core::PracticePersonality &p : core::practicePersonalities()) {
        QAction *action = practiceMenu_->addAction(p.name);
        action->setObjectName(QStringLiteral("practice-") + p.name);
        action->setCheckable(true);
        const QString summary = QCoreApplication::translate("PracticePersonality", p.summary);
        action->setStatusTip(summary);
        action->setToolTip(summary);
        group->addAction(action);
        const QString name = p.name;
        connect(action, &QAction::triggered, this, [this, name] { startPracticeServer(name); });
    }
    practiceMenu_->setToolTipsVisible(true);
    practiceMenu_->addSeparator();
    QAction *stopAction = practiceMenu_->addAction(tr("&Stop practice server"));
    stopAction->setObjectName(QStringLiteral("practiceStopAction"));
    connect(stopAction, &QAction::triggered, practice_, &PracticeController::stop);

    practiceLabel_ = new QLabel(this);
    practiceLabel_->setObjectName(QStringLiteral("practiceLabel"));
    statusBar()->addPermanentWidget(practiceLabel_);
    practiceLabel_->hide();   // shown once the practice server is in use

    connect(practice_, &PracticeController::started, this, &MainWindow::onPracticeStarted);
    connect(practice_, &PracticeController::failed, this, [this](const QString &error) {
        practiceLabel_->setText(tr("Practice server failed"));
        practiceLabel_->setToolTip(error);
        setBanner(tr("The practice server could not start: %1").arg(error), true);
    });
    connect(practice_, &PracticeController::stateChanged, this, [this, group, stopAction](PracticeController::State state) {
        stopAction->setEnabled(state == PracticeController::State::Running);
        if (state == PracticeController::State::Stopped) {
            practiceLabel_->setText(tr("Practice server stopped"));
            practiceLabel_->setToolTip(QString());
            if (QAction *checked = group->checkedAction())
                checked->setChecked(false);
        }
    });
    // Switching personality restarts the server: not while a session or scan uses it.
    const auto updatePracticeActions = [this, group] {
        group->setEnabled(!controller_->isBusy() && !scanController_->isScanning());
    };
    connect(controller_, &SessionController::stateChanged, this, updatePracticeActions);
    connect(scanController_, &ScanController::scanningChanged, this, updatePracticeActions);
    stopAction->setEnabled(false);
}

void MainWindow::startPracticeServer(const QString &personality)
{
    const core::PracticePersonality *p = core::findPracticePersonality(personality);
    if (!p)
        return;
    if (QAction *action = practiceMenu_->findChild<QAction *>(QStringLiteral("practice-") + p->name))
        action->setChecked(true);
    practiceLabel_->setText(tr("Practice server: starting “%1”…").arg(p->name));
    practiceLabel_->show();
    practice_->start(p->name);
}

void MainWindow::onPracticeStarted(const QString &personality, quint16 smtpPort, quint16 tlsPort)
{
    const core::PracticePersonality *p = core::findPracticePersonality(personality);
    const QString summary = p ? QCoreApplication::translate("PracticePersonality", p->summary) : QString();
    practiceLabel_->setText(tr("Practice server: %1 on 127.0.0.1:%2").arg(personality).arg(smtpPort));
    practiceLabel_->setToolTip(tr("%1\nSMTP with STARTTLS on 127.0.0.1:%2, implicit TLS on 127.0.0.1:%3\n"
                                  "Throwaway CA (trusted for sessions to it): %4")
                                   .arg(summary).arg(smtpPort).arg(tlsPort).arg(QDir::toNativeSeparators(practice_->caFile())));
    if (controller_->isBusy() || scanController_->isScanning())
        return;   // never pull the target from under a running session
    core::SessionOptions options = targetBar_->options();
    options.host = QStringLiteral("127.0.0.1");
    options.port = smtpPort;
    options.dialect = QStringLiteral("smtp");
    options.implicitTls = false;
    targetBar_->setOptions(options);
    updateActions();
    if (!hasReport_)
        stateLabel_->setText(tr("Practice server “%1” is the target: press Connect to see a full session, or Scan")
                                 .arg(personality));
    else
        statusBar()->showMessage(tr("Target: practice server “%1” — %2").arg(personality, summary), 8000);
}

} // namespace mailtls::ui
