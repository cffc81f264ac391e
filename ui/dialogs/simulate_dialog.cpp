#include "simulate_dialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "catalog/cipher_list_parser.h"
#include "diagnose/client_profile.h"
#include "jobs/job.h"
#include "model/targets.h"
#include "window_proxy.h"
#include "pdf/pdf_report.h"
#include "report/json_report.h"
#include "report/simulation_html.h"

namespace mailtls::ui {

namespace {

QString targetText(const core::SessionOptions &t)
{
    const QString host = t.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(t.host) : t.host;
    return QStringLiteral("%1:%2").arg(host).arg(t.port);
}

} // namespace

SimulateDialog::SimulateDialog(const core::SessionOptions &target, QWidget *parent) : QDialog(parent), target_(target)
{
    setWindowTitle(tr("Simulate Partner"));
    setObjectName(QStringLiteral("simulateDialog"));
    auto *layout = new QVBoxLayout(this);

    // The partner.
    auto *partnerBox = new QGroupBox(tr("Partner (the client that sends mail to the server)"), this);
    auto *partnerLayout = new QVBoxLayout(partnerBox);
    profileCombo_ = new QComboBox(partnerBox);
    profileCombo_->setObjectName(QStringLiteral("profileCombo"));
    for (const core::ClientProfile &p : core::builtinProfiles())
        profileCombo_->addItem(QStringLiteral("%1 — %2").arg(p.offer.name, p.offer.title), p.offer.name);
    profileCombo_->addItem(tr("Pasted cipher list (OpenSSL, IANA or GnuTLS priority string)…"), QString());
    partnerLayout->addWidget(profileCombo_);
    profileSource_ = new QLabel(partnerBox);
    profileSource_->setWordWrap(true);
    profileSource_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    profileSource_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    partnerLayout->addWidget(profileSource_);
    pastedList_ = new QPlainTextEdit(partnerBox);
    pastedList_->setObjectName(QStringLiteral("pastedList"));
    pastedList_->setPlaceholderText(tr("e.g. ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:DES-CBC3-SHA  or  NORMAL:-VERS-ALL:+VERS-TLS1.2"));
    pastedList_->setMaximumHeight(64);
    partnerLayout->addWidget(pastedList_);
    layout->addWidget(partnerBox);

    // The server.
    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverLayout = new QVBoxLayout(serverBox);
    liveRadio_ = new QRadioButton(serverBox);
    liveRadio_->setObjectName(QStringLiteral("liveRadio"));
    liveRadio_->setText(target_.host.isEmpty() ? tr("Current target (none set in the target bar)")
                                               : tr("Current target %1: scan it, predict, then one real handshake with the partner's offer")
                                                     .arg(targetText(target_)));
    reportRadio_ = new QRadioButton(tr("Saved scan report (JSON):"), serverBox);
    reportRadio_->setObjectName(QStringLiteral("reportRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(liveRadio_);
    group->addButton(reportRadio_);
    serverLayout->addWidget(liveRadio_);
    // The live handshakes go through the target bar's proxy, as its session and scan do.
    auto *proxyNote = new QLabel(serverBox);
    showProxyNote(proxyNote, target_.proxy);
    serverLayout->addWidget(proxyNote);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(reportRadio_);
    reportPath_ = new QLineEdit(serverBox);
    reportPath_->setObjectName(QStringLiteral("reportPath"));
    reportPath_->setPlaceholderText(tr("a file written by 'mailtls scan --json' or File → Save Report"));
    reportRow->addWidget(reportPath_, 1);
    browseButton_ = new QPushButton(tr("Browse…"), serverBox);
    reportRow->addWidget(browseButton_);
    serverLayout->addLayout(reportRow);
    layout->addWidget(serverBox);
    (target_.host.isEmpty() ? reportRadio_ : liveRadio_)->setChecked(true);

    // Run.
    auto *runRow = new QHBoxLayout;
    startButton_ = new QPushButton(tr("&Simulate"), this);
    startButton_->setObjectName(QStringLiteral("startButton"));
    startButton_->setDefault(true);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    progress_ = new QProgressBar(this);
    progress_->setTextVisible(true);
    runRow->addWidget(startButton_);
    runRow->addWidget(cancelButton_);
    runRow->addWidget(progress_, 1);
    exportHtmlButton_ = new QPushButton(tr("Export HTML…"), this);
    exportHtmlButton_->setObjectName(QStringLiteral("exportHtmlButton"));
    exportHtmlButton_->setToolTip(tr("The result as one HTML page for the partner's admin (as mailtls simulate --html)"));
    exportPdfButton_ = new QPushButton(tr("Export PDF…"), this);
    exportPdfButton_->setObjectName(QStringLiteral("exportPdfButton"));
    exportPdfButton_->setToolTip(tr("The result as a PDF to send to the partner (as mailtls simulate --pdf)"));
    runRow->addWidget(exportHtmlButton_);
    runRow->addWidget(exportPdfButton_);
    layout->addLayout(runRow);

    // Result.
    verdict_ = new QLabel(this);
    verdict_->setObjectName(QStringLiteral("verdictLabel"));
    QFont big = verdict_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    verdict_->setFont(big);
    layout->addWidget(verdict_);
    sentence_ = new QLabel(this);
    sentence_->setObjectName(QStringLiteral("sentenceLabel"));
    sentence_->setWordWrap(true);
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(sentence_);
    details_ = new QPlainTextEdit(this);
    details_->setObjectName(QStringLiteral("detailsText"));
    details_->setReadOnly(true);
    details_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details_->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(details_, 1);
    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("hintLabel"));
    hint_->setWordWrap(true);
    layout->addWidget(hint_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(startButton_, &QPushButton::clicked, this, &SimulateDialog::start);
    connect(cancelButton_, &QPushButton::clicked, this, &SimulateDialog::cancel);
    connect(browseButton_, &QPushButton::clicked, this, &SimulateDialog::browseReport);
    connect(exportHtmlButton_, &QPushButton::clicked, this, &SimulateDialog::exportHtml);
    connect(exportPdfButton_, &QPushButton::clicked, this, &SimulateDialog::exportPdf);
    connect(profileCombo_, &QComboBox::currentIndexChanged, this, &SimulateDialog::updateWidgets);
    connect(liveRadio_, &QRadioButton::toggled, this, &SimulateDialog::updateWidgets);
    connect(reportPath_, &QLineEdit::textChanged, this, &SimulateDialog::updateWidgets);
    connect(pastedList_, &QPlainTextEdit::textChanged, this, &SimulateDialog::updateWidgets);
    resize(860, 680);
    updateWidgets();
}

SimulateDialog::~SimulateDialog()
{
    cancel();
}

void SimulateDialog::selectProfile(const QString &name)
{
    const int index = profileCombo_->findData(name);
    if (index >= 0)
        profileCombo_->setCurrentIndex(index);
}

void SimulateDialog::setPastedList(const QString &list)
{
    profileCombo_->setCurrentIndex(profileCombo_->count() - 1);
    pastedList_->setPlainText(list);
}

void SimulateDialog::setReportFile(const QString &path)
{
    reportPath_->setText(path);
    reportRadio_->setChecked(true);
}

void SimulateDialog::setUseLiveTarget(bool live)
{
    (live ? liveRadio_ : reportRadio_)->setChecked(true);
}

QString SimulateDialog::verdictText() const
{
    return verdict_->text();
}

QString SimulateDialog::hintText() const
{
    return hint_->text();
}

void SimulateDialog::browseReport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Scan Report"), reportPath_->text(), tr("JSON reports (*.json);;All files (*)"));
    if (!file.isEmpty())
        setReportFile(file);
}

void SimulateDialog::exportHtml()
{
    exportResult(false);
}

void SimulateDialog::exportPdf()
{
    exportResult(true);
}

void SimulateDialog::exportResult(bool asPdf)
{
    if (!hasResult_ || job_ || exportJob_)
        return;
    const core::SimulationResult result = result_;
    const QString partner = result.offer.name.isEmpty() ? QStringLiteral("partner") : result.offer.name;
    ExportRequest request;
    request.asPdf = asPdf;
    request.suggestedName = QStringLiteral("mailtls-simulate-%1-%2.%3")
                                .arg(fileNamePart(partner), fileNamePart(result.report.target.host),
                                     asPdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    request.dialogTitle = asPdf ? tr("Export Simulation as PDF") : tr("Export Simulation as HTML");
    request.html = [result] { return core::simulationToHtml(result); };
    request.pdf = [result](QByteArray *bytes, core::Error *error) {
        return pdf::simulationToPdf(result, core::HtmlReportOptions(), bytes, error);
    };
    exportJob_ = startExport(this, exportPrompt_, request, [this](const QString &path, const QString &error) {
        exportJob_.clear();
        exportFailed_ = !error.isEmpty();
        exportMessage_ = exportFailed_ ? tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error)
                                       : tr("Written to %1.").arg(QDir::toNativeSeparators(path));
        updateWidgets();
        Q_EMIT exportFinished(path, error);
    });
    if (exportJob_) {
        exportMessage_ = tr("Writing the export…");
        exportFailed_ = false;
    }
    updateWidgets();
}

bool SimulateDialog::checkInputs(Inputs *in, QString *error) const
{
    in->profileName = profileCombo_->currentData().toString();
    if (!in->profileName.isEmpty() && !core::findProfile(in->profileName)) {
        *error = tr("The profile %1 is not available.").arg(in->profileName);
        return false;
    }
    in->pastedList = pastedList_->toPlainText();
    in->live = liveRadio_->isChecked();
    if (in->live) {
        if (target_.host.isEmpty()) {
            *error = tr("Set a target in the target bar first, or choose a saved report.");
            return false;
        }
        in->target = core::scanTargetFor(target_);
        return true;
    }
    in->reportFile = reportPath_->text().trimmed();
    if (in->reportFile.isEmpty()) {
        *error = tr("Choose a saved scan report.");
        return false;
    }
    return true;
}

// On the job's thread: what may take long or touch the disk (expanding a GnuTLS priority
// string runs gnutls-cli; a saved report is read), then the simulation itself.
SimulateDialog::Outcome SimulateDialog::simulate(const Inputs &in, core::JobContext &ctx)
{
    Outcome out;
    core::SimulationRequest request;
    if (!in.profileName.isEmpty()) {
        request.offer = core::findProfile(in.profileName)->offer;
    } else {
        const core::ParsedCipherList list = core::parseCipherList(in.pastedList);
        if (!list.ok()) {
            out.error = tr("The pasted list cannot be read: %1").arg(core::shownPhrase(list.errorPhrase, list.error));
            return out;
        }
        request.offer = core::offerFromCipherList(list);
        request.offer.title = tr("Pasted %1 cipher list").arg(core::cipherListSyntaxName(list.syntax));
    }
    if (in.live) {
        request.live = true;
        request.target = in.target;
    } else {
        core::Error readError;
        if (!core::loadReportFile(in.reportFile, &request.savedReport, &readError)) {
            QString reason = core::shownMessage(readError);   // "PATH: why" (in the window's language)
            if (reason.startsWith(in.reportFile + QLatin1String(": ")))
                reason.remove(0, in.reportFile.size() + 2);
            else if (reason.startsWith(in.reportFile + QChar(0xFF1A)))   // a full-width colon (Chinese)
                reason.remove(0, in.reportFile.size() + 1);
            out.error = readError.kind == core::ErrorKind::BadFormat
                            ? tr("%1 is not a mailtls report: %2").arg(in.reportFile, reason)
                            : tr("Cannot read %1: %2").arg(in.reportFile, reason);
            return out;
        }
        if (!request.savedReport.scan.present) {
            out.error = tr("%1 holds no scan section; run a scan and save it first.").arg(in.reportFile);
            return out;
        }
        request.reportFile = in.reportFile;
    }
    out.result = core::runSimulation(request, ctx.cancelToken(), [ctx](int done, int total) { ctx.progress(done, total); });
    out.ran = true;
    return out;
}

void SimulateDialog::start()
{
    if (job_)
        return;
    Inputs inputs;
    error_.clear();
    if (!checkInputs(&inputs, &error_)) {
        updateWidgets();
        return;
    }
    hasResult_ = false;
    exportMessage_.clear();
    exportFailed_ = false;
    verdict_->clear();
    sentence_->clear();
    details_->clear();
    job_ = core::Job::start<Outcome>(
        this, [inputs](core::JobContext &ctx) { return simulate(inputs, ctx); },
        [this](const Outcome &outcome) {
            job_.clear();
            if (outcome.ran) {
                result_ = outcome.result;
                hasResult_ = true;
                showResult();
            } else {
                error_ = outcome.error;
                progress_->setRange(0, 1);
                progress_->setValue(0);
                progress_->setFormat(QString());
            }
            updateWidgets();
            Q_EMIT simulationFinished();
        });
    connect(job_, &core::Job::finished, job_, &QObject::deleteLater);
    connect(job_, &core::Job::progressChanged, this, [this](int done, int total) {
        progress_->setRange(0, qMax(done, total));
        progress_->setValue(done);
        progress_->setFormat(tr("scanning: %1 of about %2 connections").arg(done).arg(qMax(done, total)));
    });
    progress_->setRange(0, 0);
    progress_->setFormat(inputs.live ? tr("scanning the server…") : tr("predicting…"));
    updateWidgets();
}

void SimulateDialog::cancel()
{
    if (!job_)
        return;
    // Dropping the job cancels it; its result, when it comes, reaches no one.
    delete job_.data();
    job_.clear();
    if (!hint_)
        return;
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("cancelled"));
    updateWidgets();
}

void SimulateDialog::showResult()
{
    const core::SimulationResult &r = result_;
    progress_->setRange(0, 1);
    progress_->setValue(1);
    progress_->setFormat(tr("done"));
    if (r.unreachable) {
        verdict_->setText(tr("Server not reachable"));
        verdict_->setStyleSheet(QStringLiteral("color: #9a6700;"));
        sentence_->setText(core::shownPhrase(r.report.outcome.errorPhrase, r.report.outcome.error));
        return;
    }
    if (r.cancelled) {
        verdict_->setText(tr("Cancelled"));
        verdict_->setStyleSheet(QString());
        return;
    }
    const core::Prediction &p = r.prediction;
    if (p.connects) {
        verdict_->setText(tr("✔ Connects — %1 with %2").arg(core::tlsVersionLabel(p.version), p.suite.iana));
        verdict_->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    } else {
        verdict_->setText(tr("✘ Fails — %1").arg(p.finding.id));
        verdict_->setStyleSheet(QStringLiteral("color: #cf222e;"));
    }
    sentence_->setText(core::shownPhrase(p.sentencePhrase, p.sentence));
    QString text;
    if (!p.connects) {
        text += tr("Fix for Exim:\n") + p.finding.fixExim.trimmed() + QStringLiteral("\n\n");
        text += tr("Fix for Postfix:\n") + p.finding.fixPostfix.trimmed() + QStringLiteral("\n\n");
    }
    const core::LiveHandshake &l = r.live;
    if (l.ran) {
        text += tr("Live handshake (%1):\n")
                    .arg(l.path == QLatin1String("raw") ? tr("mailtls's own ClientHello, the exact offer") : tr("OpenSSL with the partner's offer"));
        if (!l.omitted.isEmpty())
            text += tr("  left out (this OpenSSL cannot send them): %1\n").arg(l.omitted.join(QLatin1String(", ")));
        if (l.serverAccepted)
            text += tr("  server chose %1 with %2%3\n")
                        .arg(core::tlsVersionLabel(l.version), l.suite.iana,
                             l.dhBits > 0 ? tr(", %1-bit DH prime").arg(l.dhBits) : QString());
        else if (!l.alert.isEmpty())
            text += QStringLiteral("  %1\n").arg(core::liveEndingPhrase(l).localized());
        else if (!l.error.isEmpty())
            text += tr("  the attempt failed: %1\n").arg(core::shownPhrase(l.errorPhrase, l.error));
        if (!l.clientAbortReason.isEmpty())
            text += tr("  the partner would stop here: %1\n").arg(core::shownPhrase(l.clientAbortReasonPhrase, l.clientAbortReason));
        text += QStringLiteral("  %1\n\n").arg(core::shownPhrase(l.verdictPhrase, l.verdict));
    }
    text += tr("How the prediction was reached (%1):\n").arg(r.serverSource);
    for (int i = 0; i < p.steps.size(); ++i)
        text += QStringLiteral("  - %1\n").arg(core::shownPhrase(p.stepPhrases.value(i), p.steps.at(i)));
    for (int i = 0; i < p.caveats.size(); ++i)
        text += QStringLiteral("  ! %1\n").arg(core::shownPhrase(p.caveatPhrases.value(i), p.caveats.at(i)));
    text += tr("\nPartner source: %1\n").arg(r.offer.source);
    details_->setPlainText(text);
}

void SimulateDialog::updateWidgets()
{
    const bool running = !job_.isNull();
    const QString profileName = profileCombo_->currentData().toString();
    const bool pasted = profileName.isEmpty();
    pastedList_->setVisible(pasted);
    if (const core::ClientProfile *p = pasted ? nullptr : core::findProfile(profileName))
        profileSource_->setText(tr("Offers %1 · %2 suites up to TLS 1.2 · %3 TLS 1.3 suites · source: %4")
                                    .arg(p->offer.versionRangeText())
                                    .arg(p->offer.ciphers.size())
                                    .arg(p->offer.tls13Suites.size())
                                    .arg(p->offer.source));
    else
        profileSource_->setText(tr("Paste the partner's list; OpenSSL names and keywords, IANA names and GnuTLS priority strings are understood."));
    liveRadio_->setEnabled(!running && !target_.host.isEmpty());
    reportRadio_->setEnabled(!running);
    reportPath_->setEnabled(!running && reportRadio_->isChecked());
    browseButton_->setEnabled(!running && reportRadio_->isChecked());
    profileCombo_->setEnabled(!running);
    pastedList_->setReadOnly(running);
    cancelButton_->setEnabled(running);
    const bool ready = (!pasted || !pastedList_->toPlainText().trimmed().isEmpty())
                       && (liveRadio_->isChecked() ? !target_.host.isEmpty() : !reportPath_->text().trimmed().isEmpty());
    startButton_->setEnabled(!running && ready);
    const bool exportable = hasResult_ && !running && exportJob_.isNull();
    exportHtmlButton_->setEnabled(exportable);
    exportPdfButton_->setEnabled(exportable);

    // The hint line: what to do next.
    if (running)
        hint_->setText(liveRadio_->isChecked() ? tr("Scanning the server, then one handshake with the partner's offer. Cancel stops it at once.")
                                               : tr("Predicting…"));
    else if (!error_.isEmpty())
        hint_->setText(error_);
    else if (!ready)
        hint_->setText(pasted && pastedList_->toPlainText().trimmed().isEmpty() ? tr("Paste the partner's cipher list.")
                                                                                : tr("Choose a saved scan report, or set a target in the target bar."));
    else if (!exportMessage_.isEmpty())
        hint_->setText(exportMessage_);
    else if (hasResult_ && !result_.prediction.connects && !result_.unreachable)
        hint_->setText(tr("Forward the sentence above to the partner, or apply the fix for your MTA and simulate again."));
    else if (hasResult_)
        hint_->setText(tr("Pick another partner or server and simulate again."));
    else
        hint_->setText(tr("Pick a partner and a server, then press Simulate."));
    hint_->setStyleSheet((!error_.isEmpty() || (exportFailed_ && !exportMessage_.isEmpty())) && !running ? QStringLiteral("color: #cf222e;") : QString());
}

} // namespace mailtls::ui
