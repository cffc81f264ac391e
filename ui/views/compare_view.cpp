#include "views/compare_view.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/compare_model.h"
#include "jobs/compare_job.h"
#include "jobs/job.h"
#include "pdf/pdf_report.h"
#include "report/comparison_html.h"
#include "model/session_options.h"
#include "model/targets.h"
#include "report/json_report.h"
#include "scan_controller.h"
#include "window_proxy.h"

namespace mailtls::ui {

namespace {

// "host", "host:port", "[v6]:port", "[v6]" or a bare IPv6 address.
bool parseTarget(const QString &text, QString *host, quint16 *port, QString *error)
{
    const QString t = text.trimmed();
    QString portText;
    if (t.isEmpty()) {
        *error = CompareView::tr("Type a server as HOST or HOST:PORT.");
        return false;
    }
    if (t.startsWith(QLatin1Char('['))) {
        const int close = t.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = CompareView::tr("'%1': missing ']' after the IPv6 address.").arg(t);
            return false;
        }
        *host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':'))) {
            *error = CompareView::tr("'%1': expected ':PORT' after ']'.").arg(t);
            return false;
        }
        portText = rest.mid(1);
    } else if (t.count(QLatin1Char(':')) > 1) {
        *host = t;
    } else {
        const int colon = t.indexOf(QLatin1Char(':'));
        *host = colon < 0 ? t : t.left(colon);
        portText = colon < 0 ? QString() : t.mid(colon + 1);
    }
    if (host->isEmpty() || host->contains(QLatin1Char(' '))) {
        *error = CompareView::tr("'%1' is not a host name or address.").arg(t);
        return false;
    }
    *port = 25;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            *error = CompareView::tr("'%1' is not a port (1-65535).").arg(portText);
            return false;
        }
        *port = quint16(value);
    }
    return true;
}

QString hostPort(const QString &host, quint16 port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port) : QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

CompareView::CompareView(QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Compare Servers"));
    model_ = new CompareModel(this);
    scans_ = new ScanController(this, ScanController::Kind::Comparison);

    target_ = new QLineEdit(this);
    target_->setObjectName(QStringLiteral("compareTargetEdit"));
    target_->setPlaceholderText(tr("mx2.example.org:25"));
    target_->setClearButtonEnabled(true);
    scanButton_ = new QPushButton(tr("Scan and Add"), this);
    scanButton_->setObjectName(QStringLiteral("compareScanButton"));
    scanButton_->setToolTip(tr("Scan this server now and add it as a column"));
    fileButton_ = new QPushButton(tr("Add Saved Report…"), this);
    fileButton_->setObjectName(QStringLiteral("compareFileButton"));
    fileButton_->setToolTip(tr("A report saved as JSON (mailtls scan --json, File > Save Report)"));
    removeButton_ = new QPushButton(tr("Remove Column"), this);
    removeButton_->setObjectName(QStringLiteral("compareRemoveButton"));
    removeButton_->setToolTip(tr("Remove the server whose cell is selected"));
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setToolTip(tr("Stop the running scan and drop the queued ones"));
    exportHtmlButton_ = new QPushButton(tr("Export HTML…"), this);
    exportHtmlButton_->setObjectName(QStringLiteral("compareExportHtmlButton"));
    exportHtmlButton_->setToolTip(tr("The comparison as one HTML page (as mailtls compare --html)"));
    exportPdfButton_ = new QPushButton(tr("Export PDF…"), this);
    exportPdfButton_->setObjectName(QStringLiteral("compareExportPdfButton"));
    exportPdfButton_->setToolTip(tr("The comparison as a PDF (as mailtls compare --pdf)"));
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(160);
    progress_->setTextVisible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Server:"), this));
    bar->addWidget(target_, 1);
    bar->addWidget(scanButton_);
    bar->addWidget(progress_);
    bar->addWidget(cancelButton_);
    bar->addSpacing(12);
    bar->addWidget(fileButton_);
    bar->addWidget(removeButton_);
    bar->addSpacing(12);
    bar->addWidget(exportHtmlButton_);
    bar->addWidget(exportPdfButton_);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("compareSummary"));
    QFont bold = summary_->font();
    bold.setBold(true);
    summary_->setFont(bold);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("compareTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectItems);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(true);
    table_->setAlternatingRowColors(false);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    notes_ = new QLabel(this);
    notes_->setWordWrap(true);
    notes_->setObjectName(QStringLiteral("compareNotes"));
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    hint_->setObjectName(QStringLiteral("compareHint"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);
    layout->addWidget(notes_);
    layout->addWidget(hint_);
    // Live targets are scanned through the window's proxy setting: say so.
    auto *proxyNote = new QLabel(this);
    showProxyNote(proxyNote, windowProxy());
    layout->addWidget(proxyNote);

    connect(scanButton_, &QPushButton::clicked, this, [this] {
        QString error;
        if (addLiveTarget(target_->text(), &error))
            target_->clear();
    });
    connect(target_, &QLineEdit::returnPressed, scanButton_, &QPushButton::click);
    connect(fileButton_, &QPushButton::clicked, this, &CompareView::chooseReportFiles);
    connect(removeButton_, &QPushButton::clicked, this, &CompareView::removeSelectedColumn);
    connect(cancelButton_, &QPushButton::clicked, this, &CompareView::cancelScans);
    connect(exportHtmlButton_, &QPushButton::clicked, this, &CompareView::exportHtml);
    connect(exportPdfButton_, &QPushButton::clicked, this, &CompareView::exportPdf);
    connect(model_, &CompareModel::comparisonChanged, this, &CompareView::updateWidgets);
    connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this, &CompareView::updateWidgets);
    connect(scans_, &ScanController::progress, this, [this](int done, int total) {
        progress_->setRange(0, qMax(total, done));
        progress_->setValue(done);
    });
    connect(scans_, &ScanController::finished, this, &CompareView::onScanFinished);
    connect(scans_, &ScanController::cancelled, this, [this] {
        scanning_.clear();
        setHint(tr("Scan cancelled."));
        updateWidgets();
    });
    updateWidgets();
}

CompareView::~CompareView()
{
    scans_->shutdown();
}

bool CompareView::isScanning() const
{
    return scans_->isScanning();
}

void CompareView::addReport(const core::Report &report, const QString &label)
{
    hintIsError_ = false;
    model_->addReport(report, label);
    // Fit the columns once to what they hold; the user may resize them afterwards.
    table_->resizeColumnsToContents();
    // Suite names fit on one line; long values (chains, names) wrap in their column.
    for (int c = 0; c < model_->columnCount(); ++c)
        table_->setColumnWidth(c, qMin(table_->columnWidth(c), c == CompareModel::WhatColumn ? 480 : 280));
    table_->resizeRowsToContents();
}

bool CompareView::addReportFile(const QString &fileName, QString *error)
{
    QString why;
    core::Report report;
    core::Error readError;
    if (!core::loadReportFile(fileName, &report, &readError)) {
        QString reason = core::shownMessage(readError);   // "PATH: why" (in the window's language)
        if (reason.startsWith(fileName + QLatin1String(": ")))
            reason.remove(0, fileName.size() + 2);
        else if (reason.startsWith(fileName + QChar(0xFF1A)))   // a full-width colon (Chinese)
            reason.remove(0, fileName.size() + 1);
        why = readError.kind == core::ErrorKind::BadFormat
                  ? tr("%1 is not a MailTLS report: %2").arg(QFileInfo(fileName).fileName(), reason)
                  : tr("Cannot read %1: %2").arg(QFileInfo(fileName).fileName(), reason);
    }
    if (!why.isEmpty()) {
        setHint(why, true);
        if (error)
            *error = why;
        return false;
    }
    addReport(report, QFileInfo(fileName).fileName());
    setHint(tr("Added %1.").arg(QFileInfo(fileName).fileName()));
    return true;
}

bool CompareView::addLiveTarget(const QString &text, QString *error)
{
    core::ScanOptions options;
    QString why;
    QString host;
    quint16 port = 25;
    if (!parseTarget(text, &host, &port, &why)) {
        setHint(why, true);
        if (error)
            *error = why;
        return false;
    }
    options.target = core::scanTargetForHost(host, port, QString(), 10000);
    options.target.proxy = windowProxy();
    pending_ << options;
    startNextScan();
    return true;
}

void CompareView::startNextScan()
{
    if (scans_->isScanning() || pending_.isEmpty()) {
        updateWidgets();
        return;
    }
    const core::ScanOptions next = pending_.takeFirst();
    scanning_ = hostPort(next.target.host, next.target.port);
    progress_->setRange(0, 0);
    setHint(tr("Scanning %1…").arg(scanning_));
    showProxyNote(findChild<QLabel *>(QStringLiteral("proxyNote")), next.target.proxy);
    scans_->start(next);
    updateWidgets();
}

void CompareView::onScanFinished(const core::Report &report)
{
    const QString where = hostPort(report.target.host, report.target.port);
    scanning_.clear();
    const bool failed = core::comparisonScanFailed(report);
    if (failed) {
        setHint(tr("Cannot scan %1: %2").arg(where, core::shownPhrase(report.outcome.errorPhrase, report.outcome.error)), true);
    } else {
        addReport(report, where);
        setHint(tr("Added %1 (%2 connections).").arg(where).arg(report.scan.connections));
    }
    Q_EMIT scanFinished(!failed);
    startNextScan();
}

void CompareView::cancelScans()
{
    pending_.clear();
    scans_->cancel();
    updateWidgets();
}

bool CompareView::removeSelectedColumn()
{
    const int report = table_->currentIndex().isValid() ? table_->currentIndex().column() - CompareModel::FirstReportColumn : -1;
    if (report >= 0 && report < model_->reportCount())
        hintIsError_ = false;   // the user did something that worked: the old complaint goes
    if (!model_->removeReport(report)) {
        setHint(tr("Select a cell in the column of the server to remove."), true);
        return false;
    }
    return true;
}

void CompareView::chooseReportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Saved Reports"), QString(),
                                                            tr("MailTLS reports (*.json);;All files (*)"));
    for (const QString &file : files)
        addReportFile(file);
}

bool CompareView::isExporting() const
{
    return !exportJob_.isNull();
}

void CompareView::exportHtml()
{
    exportComparison(false);
}

void CompareView::exportPdf()
{
    exportComparison(true);
}

void CompareView::exportComparison(bool asPdf)
{
    if (model_->reportCount() < 2 || !exportJob_.isNull())
        return;
    const core::Comparison comparison = model_->comparison();
    const QList<core::Report> reports = model_->reports();
    // A column scanned here is labelled HOST:PORT; any other label is the saved report's file.
    QStringList sources;
    for (int i = 0; i < reports.size(); ++i) {
        const QString label = model_->labels().value(i);
        sources << (label.isEmpty() || label == hostPort(reports.at(i).target.host, reports.at(i).target.port)
                        ? QStringLiteral("live") : label);
    }
    ExportRequest request;
    request.asPdf = asPdf;
    request.suggestedName = QStringLiteral("mailtls-compare-%1-servers.%2")
                                .arg(reports.size())
                                .arg(asPdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    request.dialogTitle = asPdf ? tr("Export Comparison as PDF") : tr("Export Comparison as HTML");
    request.html = [comparison, reports, sources] { return core::comparisonToHtml(comparison, reports, sources); };
    request.pdf = [comparison, reports, sources](QByteArray *bytes, core::Error *error) {
        return pdf::comparisonToPdf(comparison, reports, sources, core::HtmlReportOptions(), bytes, error);
    };
    exportJob_ = startExport(this, exportPrompt_, request, [this](const QString &path, const QString &error) {
        exportJob_.clear();
        updateWidgets();
        if (error.isEmpty())
            setHint(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
        else
            setHint(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error), true);
        Q_EMIT exportFinished(path, error);
    });
    if (exportJob_.isNull())
        return;
    updateWidgets();
    setHint(tr("Writing the export…"));
}

void CompareView::setHint(const QString &text, bool error)
{
    hintIsError_ = error;
    hint_->setText(text);
    hint_->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void CompareView::updateWidgets()
{
    const int servers = model_->reportCount();
    const int differences = model_->differenceCount();
    const int same = model_->comparison().count(core::CompareRow::State::Same);
    if (servers < 2)
        summary_->setText(servers == 0 ? tr("No servers yet") : tr("1 server — add another to compare"));
    else if (differences == 0)
        summary_->setText(tr("%1 servers — no differences, %2 facts the same").arg(servers).arg(same));
    else
        summary_->setText(tr("%1 servers — %2 differences (highlighted, first), %3 facts the same")
                              .arg(servers).arg(differences).arg(same));
    QStringList notes;
    const core::Comparison &comparison = model_->comparison();
    for (int i = 0; i < comparison.notes.size(); ++i)
        notes << (core::shownPhrase(comparison.notePhrases.value(i), comparison.notes.at(i)));
    notes_->setText(notes.join(QLatin1Char('\n')));
    notes_->setVisible(!model_->comparison().notes.isEmpty());

    const bool scanning = scans_->isScanning();
    progress_->setVisible(scanning);
    cancelButton_->setVisible(scanning || !pending_.isEmpty());
    exportHtmlButton_->setEnabled(servers >= 2 && exportJob_.isNull());
    exportPdfButton_->setEnabled(servers >= 2 && exportJob_.isNull());
    removeButton_->setEnabled(table_->currentIndex().isValid()
                              && table_->currentIndex().column() >= CompareModel::FirstReportColumn);
    // Errors stay until the next action; otherwise the hint says what to do next.
    if (!hintIsError_ && !scanning && exportJob_.isNull()) {
        if (servers < 2)
            setHint(tr("Add two or more servers: type HOST:PORT and press Scan and Add, or add a saved report."));
        else
            setHint(tr("Differences are listed first and highlighted (≠). Select a cell and press Remove Column "
                       "to drop that server."));
    }
}

} // namespace mailtls::ui
