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
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

#include "dialogs/certificate_generator_dialog.h"
#include "diagnose/certificate_rules.h"
#include "models/certificate_chain_model.h"
#include "models/cipher_matrix_model.h"
#include "models/findings_model.h"
#include "models/handshake_model.h"
#include "models/severity_style.h"
#include "models/transcript_model.h"
#include "report/json_report.h"
#include "scan/cipher_catalog.h"
#include "scan_controller.h"
#include "views/certificate_chain_view.h"
#include "views/cipher_grid_view.h"
#include "views/command_line_widget.h"
#include "views/findings_view.h"
#include "views/handshake_view.h"
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
    chainModel_ = new CertificateChainModel(this);
    findingsModel_ = new FindingsModel(this);
    scanController_ = new ScanController(this);
    cipherMatrixModel_ = new CipherMatrixModel(this);
    if (core::CipherCatalog::instance().isValid())
        cipherMatrixModel_->setCatalog(core::CipherCatalog::instance().suites());

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();

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
}

MainWindow::~MainWindow()
{
    // Cancel is immediate, so the bounded join in shutdown() is short.
    controller_->shutdown();
    scanController_->shutdown();
}

void MainWindow::createActions()
{
    connectAction_ = new QAction(SeverityStyle::glyphIcon(QColor(0x3f, 0x9a, 0x62), QStringLiteral("▶")), tr("&Connect"), this);
    connectAction_->setObjectName(QStringLiteral("connectAction"));
    connectAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connectAction_->setToolTip(tr("Connect to the server and run the session (Ctrl+Enter)"));
    connect(connectAction_, &QAction::triggered, this, &MainWindow::connectToServer);

    disconnectAction_ = new QAction(SeverityStyle::glyphIcon(QColor(0x2f, 0x6f, 0x9f), QStringLiteral("■")), tr("&Disconnect"), this);
    disconnectAction_->setObjectName(QStringLiteral("disconnectAction"));
    disconnectAction_->setToolTip(tr("Say QUIT and close the connection"));
    connect(disconnectAction_, &QAction::triggered, this, &MainWindow::disconnectFromServer);

    cancelAction_ = new QAction(SeverityStyle::glyphIcon(QColor(0xb8, 0x1d, 0x2a), QStringLiteral("✕")), tr("C&ancel"), this);
    cancelAction_->setObjectName(QStringLiteral("cancelAction"));
    cancelAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction_->setToolTip(tr("Abort the session at once (Esc)"));
    connect(cancelAction_, &QAction::triggered, this, &MainWindow::cancelSession);

    scanAction_ = new QAction(SeverityStyle::glyphIcon(QColor(0x6a, 0x4c, 0x9c), QStringLiteral("▦")), tr("&Scan"), this);
    scanAction_->setObjectName(QStringLiteral("scanAction"));
    scanAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    scanAction_->setToolTip(tr("Scan every protocol version and cipher suite the server accepts (Ctrl+Shift+Enter)"));
    connect(scanAction_, &QAction::triggered, this, &MainWindow::startScan);

    openCertificateAction_ = new QAction(tr("&Open Certificate…"), this);
    openCertificateAction_->setObjectName(QStringLiteral("openCertificateAction"));
    openCertificateAction_->setShortcut(QKeySequence::Open);
    openCertificateAction_->setToolTip(tr("Inspect certificate, chain, key or PKCS#12 files as a server would send them"));
    connect(openCertificateAction_, &QAction::triggered, this, &MainWindow::openCertificate);

    generateCertificateAction_ = new QAction(tr("&Generate Certificate…"), this);
    generateCertificateAction_->setObjectName(QStringLiteral("generateCertificateAction"));
    generateCertificateAction_->setToolTip(tr("Make a key with a self-signed certificate, a CSR, or a certificate from a CA directory"));
    connect(generateCertificateAction_, &QAction::triggered, this, &MainWindow::showCertificateGenerator);

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
    file->addAction(openCertificateAction_);
    file->addAction(saveReportAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(connectAction_);
    session->addAction(scanAction_);
    session->addAction(disconnectAction_);
    session->addAction(cancelAction_);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(generateCertificateAction_);

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
    tabs_->insertTab(CertificatesTab, chainView_, QString());
    tabs_->insertTab(FindingsTab, findingsView_, QString());
    cipherGridView_ = new CipherGridView(tabs_);
    cipherGridView_->setMatrixModel(cipherMatrixModel_);
    tabs_->insertTab(CipherMatrixTab, cipherGridView_, QString());
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
    const core::SessionOptions options = targetBar_->options();
    if (options.host.isEmpty())
        return;
    transcriptModel_->clear();
    handshakeModel_->clear();
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
    scanController_->start(ScanController::optionsFor(options));
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
    if (!outcome.error.isEmpty() && outcome.errorKind != QLatin1String("cancelled")) {
        setBanner(tr("Scan failed: %1").arg(outcome.error), true);
        stateLabel_->setText(tr("Scan failed — %1: %2").arg(scanTarget_, outcome.error));
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
}

void MainWindow::onHandshakeMessageAdded(const HandshakeMessage &message)
{
    handshakeModel_->appendMessage(message);
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
    if (chainModel_->chain() != report.certificates)
        chainModel_->setChain(report.certificates);
    chainView_->setSourceText(QString());
    findingsModel_->setFindings(report.findings);
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
    if (!outcome.error.isEmpty() && outcome.errorKind != QLatin1String("cancelled")) {
        setBanner(outcome.error, true);
        stateLabel_->setText(tr("Failed — %1: %2").arg(sessionTarget_, outcome.error));
    } else {
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

bool MainWindow::saveReport(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(core::reportToJsonBytes(report_));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
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
    QString error;
    if (!saveReport(fileName, &error))
        QMessageBox::warning(this, tr("Save Report"), tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), error));
    else
        statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(fileName)), 5000);
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

    // Reading PKCS#12 and verifying against the system store take a moment: a worker thread,
    // the result back through a queued connection that is dropped if the window is gone.
    struct Loaded {
        core::CertificateLoadResult loaded;
        core::Report report;
    };
    auto result = std::make_shared<Loaded>();
    QThread *worker = QThread::create([files, passphrase, result] {
        core::CertificateLoadOptions options;
        options.passphrase = passphrase;
        result->loaded = core::loadCertificateFiles(files, options);
        if (result->loaded.ok() && !result->loaded.certificates.isEmpty()) {
            result->report = core::certificateInspectionReport(files, result->loaded, core::TrustStore::systemDefault(),
                                                               core::CertificateCheckOptions());
            result->report.toolVersion = QStringLiteral(MAILTLS_VERSION);
        }
    });
    worker->setObjectName(QStringLiteral("certificate-loader"));
    connect(worker, &QThread::finished, this, [this, files, passphrase, result] {
        onCertificateFilesLoaded(files, passphrase, result->loaded, result->report);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
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
                                                          tr("%1\n\nPassphrase:").arg(loaded.errorText()),
                                                          QLineEdit::Password, QString(), &ok);
            if (ok && !entered.isEmpty() && openCertificateFiles(files, entered.toUtf8()))
                return;
        }
        setBanner(tr("Could not read the certificate files:\n%1").arg(loaded.errorText()), true);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Never block the close on the network: cancel now, the destructor joins briefly.
    if (controller_->isBusy())
        controller_->cancel();
    scanController_->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace mailtls::ui
