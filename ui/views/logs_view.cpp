#include "views/logs_view.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

#include "base/display_text.h"
#include "catalog/versions.h"
#include "diagnose/log_verdicts.h"
#include "jobs/log_job.h"
#include "models/log_partner_filter.h"
#include "models/log_partner_model.h"
#include "views/log_plots.h"
#include "views/log_what_breaks_panel.h"

namespace mailtls::ui {

using core::LogInventory;
using core::LogPartner;

namespace {

enum FileColumn { FileNameColumn, FormatColumn, CompressionColumn, LinesColumn, ParsedColumn, UnparsedColumn, ErrorColumn };

const LogInventory &emptyInventory()
{
    static const LogInventory empty;
    return empty;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

QString esc(const QString &text)
{
    return core::visibleControls(text).toHtmlEscaped();
}

// "TLSv1.3 ×120" lines of a count map, largest first.
QString countList(const QMap<QString, qint64> &counts, const std::function<QString(const QString &)> &label)
{
    QStringList keys = counts.keys();
    std::stable_sort(keys.begin(), keys.end(), [&counts](const QString &a, const QString &b) { return counts.value(a) > counts.value(b); });
    QStringList rows;
    for (const QString &key : std::as_const(keys))
        rows << QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;×%2</td></tr>").arg(esc(label(key)), QLocale().toString(counts.value(key)));
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows.join(QString()));
}

} // namespace

LogsView::LogsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("logsView"));
    setAcceptDrops(true);
    model_ = new LogPartnerModel(this);
    filter_ = new LogPartnerFilter(this);
    filter_->setPartnerModel(model_);

    openButton_ = new QPushButton(tr("Open Logs…"), this);
    openButton_->setObjectName(QStringLiteral("logsOpenButton"));
    openButton_->setToolTip(tr("Read Exim or Postfix log files (plain, .gz, .xz, .bz2); several rotations at once are read in time order"));
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("logsCancelButton"));
    cancelButton_->setToolTip(tr("Stop reading; what was shown before stays"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("logsProgress"));
    progress_->setMaximumWidth(180);
    progress_->setTextVisible(false);
    progressLabel_ = new QLabel(this);
    progressLabel_->setObjectName(QStringLiteral("logsProgressLabel"));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("logsSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(openButton_);
    top->addWidget(progress_);
    top->addWidget(progressLabel_);
    top->addWidget(cancelButton_);
    top->addWidget(summary_, 1);

    banner_ = new QLabel(this);
    banner_->setObjectName(QStringLiteral("logsBanner"));
    banner_->setWordWrap(true);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; color: #5c3b00; border: 1px solid #e8c98a; border-radius: 4px; padding: 6px; }"));
    banner_->hide();

    empty_ = new QLabel(this);
    empty_->setObjectName(QStringLiteral("logsEmptyLabel"));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setMargin(24);
    emptyText_ = tr("<h3>No mail logs yet</h3>"
                    "<p>Press <b>Open Logs…</b> (or File ▸ Open Mail Logs…), or drop log files here.</p>"
                    "<p>Exim's mainlog, Postfix's mail.log or maillog, syslog and journalctl output (short-iso or JSON) "
                    "are read, rotated .gz, .xz and .bz2 files too. Select several rotations at once: they are read "
                    "in time order.</p>"
                    "<p>You get every partner's TLS (versions, ciphers, verification, cleartext, failures and why), "
                    "plots over time, and what would break if you dropped old TLS versions or changed ciphers.</p>");
    empty_->setText(emptyText_);

    pages_ = new QTabWidget(this);
    pages_->setObjectName(QStringLiteral("logsPages"));
    pages_->setDocumentMode(true);
    plots_ = new LogPlots(pages_);
    whatBreaks_ = new LogWhatBreaksPanel(pages_);
    pages_->insertTab(PartnersPage, makePartnersPage(), tr("Partners"));
    pages_->insertTab(PlotsPage, plots_, tr("Plots"));
    pages_->insertTab(WhatBreaksPage, whatBreaks_, tr("What breaks if…"));
    pages_->insertTab(FilesPage, makeFilesPage(), tr("Files"));

    stack_ = new QStackedWidget(this);
    stack_->addWidget(empty_);
    stack_->addWidget(pages_);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(banner_);
    layout->addWidget(stack_, 1);

    connect(openButton_, &QPushButton::clicked, this, &LogsView::chooseFiles);
    connect(cancelButton_, &QPushButton::clicked, this, &LogsView::cancelReading);
    connect(plots_, &LogPlots::exported, this, [this](const QString &fileName, const QString &error) {
        if (error.isEmpty())
            summary_->setText(tr("Plot saved to %1").arg(QDir::toNativeSeparators(fileName)));
        else
            summary_->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), error));
        // A few seconds to read it, then the logs' summary again.
        QTimer::singleShot(8000, this, &LogsView::updateSummary);
    });
    connect(whatBreaks_, &LogWhatBreaksPanel::partnerActivated, this, [this](int partner) {
        if (selectPartner(partner))
            pages_->setCurrentIndex(PartnersPage);
    });
    setReading(false);
    updateSummary();
}

LogsView::~LogsView()
{
    job_.cancelAll();
}

QWidget *LogsView::makePartnersPage()
{
    auto *page = new QWidget(this);
    search_ = new QLineEdit(page);
    search_->setObjectName(QStringLiteral("logsSearch"));
    search_->setPlaceholderText(tr("Filter by host or address"));
    search_->setClearButtonEnabled(true);
    direction_ = new QComboBox(page);
    direction_->setObjectName(QStringLiteral("logsDirection"));
    direction_->addItem(tr("In and out"), int(LogPartnerFilter::AnyDirection));
    direction_->addItem(tr("Inbound (they deliver to us)"), int(LogPartnerFilter::Inbound));
    direction_->addItem(tr("Outbound (we deliver to them)"), int(LogPartnerFilter::Outbound));
    version_ = new QComboBox(page);
    version_->setObjectName(QStringLiteral("logsVersion"));
    version_->setToolTip(tr("Only partners that used this TLS version"));
    verification_ = new QComboBox(page);
    verification_->setObjectName(QStringLiteral("logsVerification"));
    verification_->setToolTip(tr("Only partners whose certificate was verified this way at least once"));
    verification_->addItem(tr("Any verification"), QString());
    verification_->addItem(tr("Verified (yes)"), QStringLiteral("yes"));
    verification_->addItem(tr("Not verified (no)"), QStringLiteral("no"));
    verification_->addItem(tr("DANE"), QStringLiteral("dane"));
    failingOnly_ = new QCheckBox(tr("Failing only"), page);
    failingOnly_->setObjectName(QStringLiteral("logsFailingOnly"));
    failingOnly_->setToolTip(tr("Only partners with TLS failures"));
    cleartextOnly_ = new QCheckBox(tr("Cleartext only"), page);
    cleartextOnly_->setObjectName(QStringLiteral("logsCleartextOnly"));
    cleartextOnly_->setToolTip(tr("Only partners that sent or received mail without TLS"));
    count_ = new QLabel(page);
    count_->setObjectName(QStringLiteral("logsCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(search_, 2);
    filters->addWidget(direction_, 1);
    filters->addWidget(version_, 1);
    filters->addWidget(verification_, 1);
    auto *checks = new QHBoxLayout;
    checks->addWidget(failingOnly_);
    checks->addWidget(cleartextOnly_);
    checks->addStretch(1);
    checks->addWidget(count_);

    table_ = new QTableView(page);
    table_->setObjectName(QStringLiteral("logsPartnerTable"));
    table_->setModel(filter_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setContextMenuPolicy(Qt::CustomContextMenu);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setSortIndicator(LogPartnerModel::FailuresColumn, Qt::DescendingOrder);
    table_->setSortingEnabled(true);

    details_ = new QTextBrowser(page);
    details_->setObjectName(QStringLiteral("logsDetails"));
    details_->setOpenLinks(false);
    sessionButton_ = new QPushButton(tr("Open Session"), page);
    sessionButton_->setObjectName(QStringLiteral("logsSessionButton"));
    scanButton_ = new QPushButton(tr("Scan"), page);
    scanButton_->setObjectName(QStringLiteral("logsScanButton"));
    auto *detailsPane = new QWidget(page);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(sessionButton_);
    buttons->addWidget(scanButton_);
    buttons->addStretch(1);
    fleetButton_ = new QPushButton(tr("Check These Partners in the Fleet Tab"), page);
    fleetButton_->setObjectName(QStringLiteral("logsFleetButton"));
    fleetButton_->setToolTip(tr("Every partner the table lists (after the filters), on port 25, as the Fleet tab's target list"));
    buttons->addWidget(fleetButton_);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(details_, 1);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("logsPartnerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(table_);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addLayout(checks);
    layout->addWidget(splitter, 1);

    connect(search_, &QLineEdit::textChanged, filter_, &LogPartnerFilter::setText);
    connect(direction_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { filter_->setDirection(direction_->currentData().toInt()); });
    connect(version_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { filter_->setVersion(version_->currentData().toString()); });
    connect(verification_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { filter_->setVerification(verification_->currentData().toString()); });
    connect(failingOnly_, &QCheckBox::toggled, filter_, &LogPartnerFilter::setFailingOnly);
    connect(cleartextOnly_, &QCheckBox::toggled, filter_, &LogPartnerFilter::setCleartextOnly);
    connect(filter_, &LogPartnerFilter::filterChanged, this, [this] {
        updateCount();
        showDetails();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogsView::showDetails);
    connect(table_, &QWidget::customContextMenuRequested, this, &LogsView::showPartnerMenu);
    connect(sessionButton_, &QPushButton::clicked, this, &LogsView::requestSession);
    connect(scanButton_, &QPushButton::clicked, this, &LogsView::requestScan);
    connect(fleetButton_, &QPushButton::clicked, this, [this] { Q_EMIT fleetRequested(listedHosts()); });
    return page;
}

QWidget *LogsView::makeFilesPage()
{
    auto *page = new QWidget(this);
    files_ = new QTreeWidget(page);
    files_->setObjectName(QStringLiteral("logsFiles"));
    files_->setColumnCount(7);
    files_->setHeaderLabels({tr("File"), tr("Format"), tr("Compression"), tr("Lines"), tr("Parsed"), tr("Not understood"), tr("Error")});
    files_->setRootIsDecorated(true);
    files_->setAlternatingRowColors(true);
    files_->setUniformRowHeights(true);
    files_->header()->setStretchLastSection(true);
    files_->setColumnWidth(FileNameColumn, 220);
    for (int c = FormatColumn; c < ErrorColumn; ++c)
        files_->setColumnWidth(c, 88);
    auto *hint = new QLabel(tr("Files are read in the order of their first time stamps, so rotations join up. "
                               "<i>Parsed</i> counts the lines in the file's format; <i>not understood</i> are lines of "
                               "that format the reader could not interpret — expand a file to see the first of them. "
                               "A file that stops early (damaged compression, a NUL byte) says where; everything "
                               "before that point is counted."),
                            page);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(files_, 1);
    layout->addWidget(hint);
    return page;
}

const LogInventory &LogsView::inventory() const
{
    return inventory_ ? *inventory_ : emptyInventory();
}

void LogsView::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Mail Logs"), QStringLiteral("/var/log"),
        tr("Mail logs (*log* *.gz *.xz *.bz2 *.json *.txt);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

bool LogsView::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    // next() drops a run still going: its result would belong to the old files.
    const std::function<bool()> current = job_.next();
    core::LogRequest request;
    request.paths = paths;
    readingPaths_ = paths;
    status_.clear();
    readingTimer_.start();
    core::Job *job = core::Job::start<LogInventory>(
        this,
        [this, request, current](core::JobContext &ctx) {
            return core::runLogAnalysis(request, ctx.cancelToken(), [ctx, this, current](qint64 done, qint64 total) {
                ctx.post([this, current, done, total] {
                    if (current())
                        showProgress(done, total);
                });
            });
        },
        [this, current](const LogInventory &inventory) {
            if (!current())
                return;
            job_.finished();
            setReading(false);
            showInventory(inventory);
        });
    job_.hold(job);
    setReading(true);
    showProgress(0, 0);
    return true;
}

void LogsView::cancelReading()
{
    if (!job_.isBusy())
        return;
    job_.release();
    status_ = tr("Reading cancelled; %1").arg(inventory_ ? tr("the logs read before are still shown.") : tr("nothing was read."));
    setReading(false);
    updateSummary();
}

void LogsView::setReading(bool reading)
{
    progress_->setVisible(reading);
    progressLabel_->setVisible(reading);
    cancelButton_->setVisible(reading);
    if (reading) {
        const QString names = readingPaths_.size() == 1 ? QFileInfo(readingPaths_.first()).fileName()
                                                        : tr("%1 files").arg(readingPaths_.size());
        summary_->setText(tr("Reading %1…").arg(names));
        summary_->setToolTip(readingPaths_.join(QLatin1Char('\n')));
    }
    // Before the first result, the empty page says what is happening.
    empty_->setText(reading ? tr("<h3>Reading the logs…</h3><p>The partners, plots and files appear here when "
                                 "reading is done. Cancel stops it.</p>")
                            : emptyText_);
    Q_EMIT readingChanged(reading);
}

void LogsView::showProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        progress_->setRange(0, 0);   // standard input, or nothing measured yet
    } else {
        progress_->setRange(0, 1000);
        progress_->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    }
    const double seconds = qMax<qint64>(1, readingTimer_.elapsed()) / 1000.0;
    const QString rate = tr("%1 MB/s").arg(QLocale().toString(double(done) / (1024.0 * 1024.0) / seconds, 'f', 1));
    progressLabel_->setText(total > 0 ? tr("%1 of %2 MB · %3").arg(megabytes(done), megabytes(total), rate)
                                      : (done > 0 ? tr("%1 MB · %2").arg(megabytes(done), rate) : QString()));
}

void LogsView::showInventory(const LogInventory &inventory)
{
    const int selected = selectedPartner();
    const QString selectedLabel = selected >= 0 ? model_->partner(selected).label() : QString();
    inventory_ = std::make_shared<const LogInventory>(inventory);
    model_->setPartners(inventory_->partners);
    plots_->setHours(inventory_->hours);
    whatBreaks_->setInventory(inventory_);
    fillFiles();
    fillVersionFilter();
    updateCount();

    // Columns fitted once to what they hold, the long ones capped; the user may widen them.
    table_->resizeColumnsToContents();
    const QHash<int, int> caps{{LogPartnerModel::HostColumn, 230},   {LogPartnerModel::AddressColumn, 150},
                               {LogPartnerModel::VersionsColumn, 220}, {LogPartnerModel::CipherColumn, 260},
                               {LogPartnerModel::VerifiedColumn, 150}, {LogPartnerModel::FailuresColumn, 260}};
    for (auto it = caps.cbegin(); it != caps.cend(); ++it)
        table_->setColumnWidth(it.key(), qMin(table_->columnWidth(it.key()), it.value()));

    stack_->setCurrentWidget(pages_);
    // The partner that was selected stays selected when it is in the new logs; else the first.
    int row = -1;
    for (int i = 0; i < model_->rowCount() && !selectedLabel.isEmpty(); ++i)
        if (model_->partner(i).label() == selectedLabel)
            row = i;
    if (row < 0 || !selectPartner(row)) {
        if (filter_->rowCount() > 0)
            table_->selectRow(0);
    }
    showDetails();
    // Nothing to show but files that could not be read: the files page says why.
    if (inventory_->partners.isEmpty() && !inventory_->files.isEmpty())
        pages_->setCurrentIndex(FilesPage);
    updateSummary();
    Q_EMIT inventoryLoaded();
}

void LogsView::fillFiles()
{
    files_->clear();
    const QLocale locale;
    int problems = 0;
    for (const core::LogFileSummary &f : inventory().files) {
        const QString error = core::shownMessage(f.error);
        auto *item = new QTreeWidgetItem(files_);
        item->setText(FileNameColumn, QFileInfo(f.path).fileName());
        item->setToolTip(FileNameColumn, QDir::toNativeSeparators(f.path));
        item->setText(FormatColumn, core::logFormatName(f.format));
        item->setText(CompressionColumn, f.compression.isEmpty() ? tr("none") : f.compression);
        item->setText(LinesColumn, locale.toString(f.lines));
        item->setText(ParsedColumn, locale.toString(f.parsed));
        item->setText(UnparsedColumn, locale.toString(f.unparsed));
        item->setText(ErrorColumn, error);
        item->setToolTip(ErrorColumn, error);
        QStringList notes;
        if (f.skipped > 0)
            notes << tr("%1 lines outside the time filter").arg(locale.toString(f.skipped));
        if (f.longLines > 0)
            notes << tr("%1 lines too long, cut").arg(locale.toString(f.longLines));
        notes << tr("%1 MB read").arg(megabytes(f.bytes));
        item->setToolTip(LinesColumn, notes.join(QLatin1Char('\n')));
        for (int c : {LinesColumn, ParsedColumn, UnparsedColumn})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        const bool failed = !error.isEmpty() || f.format == core::LogFormat::Unknown;
        if (failed) {
            ++problems;
            for (int c = 0; c < files_->columnCount(); ++c)
                item->setForeground(c, LogPartnerModel::failureColor());
            if (error.isEmpty())
                item->setText(ErrorColumn, tr("not a mail log this version can read"));
        } else if (f.unparsed > 0) {
            item->setForeground(UnparsedColumn, LogPartnerModel::cleartextColor());
        }
        // The first lines that were not understood, to see at once what they are.
        for (const auto &example : f.unparsedExamples) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(FileNameColumn, tr("line %1: %2").arg(example.first).arg(example.second));
            child->setToolTip(FileNameColumn, example.second);
            child->setForeground(FileNameColumn, palette().placeholderText().color());
            child->setFirstColumnSpanned(true);   // the example line runs across the columns
        }
        if (!f.unparsedExamples.isEmpty())
            item->setToolTip(UnparsedColumn, tr("Expand the row to see the first lines that were not understood"));
    }
    bool examples = false;
    for (int i = 0; i < files_->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = files_->topLevelItem(i);
        examples = examples || item->childCount() > 0;
        if (item->childCount() > 0 && files_->topLevelItemCount() <= 3)
            item->setExpanded(true);
    }
    files_->setRootIsDecorated(examples);
    for (int c = FileNameColumn; c < ErrorColumn; ++c) {
        files_->resizeColumnToContents(c);
        files_->setColumnWidth(c, qBound(70, files_->columnWidth(c), c == FileNameColumn ? 320 : 130));
    }
    const int count = int(inventory().files.size());
    pages_->setTabText(FilesPage, count ? tr("Files (%1)").arg(count) : tr("Files"));
    pages_->setTabIcon(FilesPage, problems ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

void LogsView::fillVersionFilter()
{
    const QString previous = version_->currentData().toString();
    const QSignalBlocker blocker(version_);
    version_->clear();
    version_->addItem(tr("Any TLS version"), QString());
    QStringList versions;
    for (const LogPartner &p : inventory().partners)
        for (auto it = p.tlsVersions.cbegin(); it != p.tlsVersions.cend(); ++it)
            if (it.value() > 0 && !versions.contains(it.key()))
                versions << it.key();
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return core::versionRank(a) > core::versionRank(b);
    });
    for (const QString &v : std::as_const(versions))
        version_->addItem(tr("Used %1").arg(core::tlsVersionLabel(v)), v);
    const int index = version_->findData(previous);
    version_->setCurrentIndex(qMax(0, index));
    filter_->setVersion(version_->currentData().toString());
}

void LogsView::updateCount()
{
    const int shown = filter_->rowCount();
    const int total = model_->rowCount();
    if (shown == total)
        count_->setText(total == 1 ? tr("1 partner") : tr("%1 partners").arg(total));
    else
        count_->setText(tr("%1 of %2 partners").arg(shown).arg(total));
}

void LogsView::updateSummary()
{
    if (isReading())
        return;
    const LogInventory &inv = inventory();
    QStringList problems;
    for (const core::LogFileSummary &f : inv.files)
        if (!f.error.message.isEmpty())
            problems << tr("%1: %2").arg(QFileInfo(f.path).fileName(), core::shownMessage(f.error));
    if (!inventory_) {
        summary_->setText(status_.isEmpty() ? tr("Open Exim or Postfix logs, or drop them here.") : status_);
        summary_->setToolTip(QString());
    } else {
        const QLocale locale;
        qint64 failures = 0;
        for (const LogPartner &p : inv.partners)
            failures += p.failureCount();
        const qint64 partners = inv.partners.size();
        QStringList parts;
        parts << (inv.files.size() == 1 ? tr("1 file") : tr("%1 files").arg(inv.files.size()));
        parts << (inv.totalLines() == 1 ? tr("1 line") : tr("%1 lines").arg(locale.toString(inv.totalLines())));
        parts << (inv.messages == 1 ? tr("1 message") : tr("%1 messages").arg(locale.toString(inv.messages)));
        parts << (partners == 1 ? tr("1 partner") : tr("%1 partners").arg(locale.toString(partners)));
        parts << (failures == 1 ? tr("1 TLS failure") : tr("%1 TLS failures").arg(locale.toString(failures)));
        if (inv.first.isValid() && inv.last.isValid())
            parts << tr("%1 to %2").arg(LogPartnerModel::timeText(inv.first), LogPartnerModel::timeText(inv.last));
        QString text = parts.join(QStringLiteral(" · "));
        const qint64 unparsed = inv.totalUnparsed();
        if (unparsed > 0)
            text += QStringLiteral(" · ") + (unparsed == 1 ? tr("1 line not understood (see Files)")
                                                           : tr("%1 lines not understood (see Files)").arg(locale.toString(unparsed)));
        if (!status_.isEmpty())
            text = status_ + QLatin1Char(' ') + text;
        summary_->setText(text);
        QStringList paths;
        for (const core::LogFileSummary &f : inv.files)
            paths << QDir::toNativeSeparators(f.path);
        summary_->setToolTip(paths.join(QLatin1Char('\n')));
    }
    if (problems.isEmpty()) {
        banner_->hide();
    } else {
        banner_->setText(tr("Not everything could be read (everything before the problem is counted):\n%1")
                             .arg(problems.join(QLatin1Char('\n'))));
        banner_->show();
    }
}

int LogsView::selectedPartner() const
{
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : filter_->mapToSource(rows.first()).row();
}

bool LogsView::selectPartner(int partner)
{
    if (partner < 0 || partner >= model_->rowCount())
        return false;
    QModelIndex index = filter_->mapFromSource(model_->index(partner, 0));
    if (!index.isValid()) {
        // Filtered out: show every partner again rather than pretend it is not there.
        search_->clear();
        direction_->setCurrentIndex(0);
        version_->setCurrentIndex(0);
        verification_->setCurrentIndex(0);
        failingOnly_->setChecked(false);
        cleartextOnly_->setChecked(false);
        index = filter_->mapFromSource(model_->index(partner, 0));
    }
    if (!index.isValid())
        return false;
    table_->selectRow(index.row());
    table_->scrollTo(index);
    return true;
}

QString LogsView::targetHostOf(const LogPartner &partner)
{
    // Outbound, the name is the MX we delivered to (and the name its certificate should carry).
    // Inbound, the name may be no more than what the client said in HELO: the address is the
    // host that really connected.
    const QString host = partner.host.trimmed();
    const bool usableName = !host.isEmpty() && host.compare(QLatin1String("unknown"), Qt::CaseInsensitive) != 0
                            && !host.contains(QLatin1Char(' '));
    if (partner.outgoing || partner.address.isEmpty())
        return usableName ? host : partner.address;
    return partner.address;
}

void LogsView::requestSession()
{
    const int p = selectedPartner();
    if (p >= 0 && !targetHostOf(model_->partner(p)).isEmpty())
        Q_EMIT sessionRequested(targetHostOf(model_->partner(p)));
}

void LogsView::requestScan()
{
    const int p = selectedPartner();
    if (p >= 0 && !targetHostOf(model_->partner(p)).isEmpty())
        Q_EMIT scanRequested(targetHostOf(model_->partner(p)));
}

QStringList LogsView::listedHosts() const
{
    QStringList hosts;
    for (int row = 0; row < filter_->rowCount(); ++row) {
        const int p = filter_->index(row, 0).data(LogPartnerModel::PartnerIndexRole).toInt();
        const QString host = targetHostOf(model_->partner(p));
        if (!host.isEmpty() && host != QLatin1String("unknown") && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

void LogsView::showPartnerMenu(const QPoint &pos)
{
    const QModelIndex index = table_->indexAt(pos);
    if (!index.isValid())
        return;
    table_->selectRow(index.row());
    const int p = selectedPartner();
    if (p < 0)
        return;
    const QString host = targetHostOf(model_->partner(p));
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *session = menu->addAction(tr("Open Session with %1:25").arg(host), this, &LogsView::requestSession);
    QAction *scan = menu->addAction(tr("Scan %1:25").arg(host), this, &LogsView::requestScan);
    session->setEnabled(!host.isEmpty());
    scan->setEnabled(!host.isEmpty());
    menu->addSeparator();
    const QString label = model_->partner(p).label();
    menu->addAction(tr("Copy “%1”").arg(label), this, [label] { QApplication::clipboard()->setText(label); });
    menu->popup(table_->viewport()->mapToGlobal(pos));
}

void LogsView::showDetails()
{
    const int p = selectedPartner();
    const QString host = p >= 0 ? targetHostOf(model_->partner(p)) : QString();
    sessionButton_->setEnabled(!host.isEmpty());
    scanButton_->setEnabled(!host.isEmpty());
    sessionButton_->setToolTip(host.isEmpty() ? tr("Select a partner first") : tr("Connect to %1 on port 25 and show the session").arg(host));
    scanButton_->setToolTip(host.isEmpty() ? tr("Select a partner first")
                                           : tr("Scan the versions and cipher suites %1 accepts on port 25").arg(host));
    if (p < 0) {
        details_->setHtml(model_->rowCount() == 0
                              ? tr("<p>No partner in these logs: no line about a delivery or an arrival with a host was "
                                   "understood. The Files page shows what was read.</p>")
                              : tr("<p>Select a partner above to see its TLS versions, ciphers, certificate names and "
                                   "each failure with an example line, what it means and what to do next.</p>"));
        return;
    }
    details_->setHtml(detailsHtml(model_->partner(p)));
}

QString LogsView::detailsHtml(const LogPartner &p) const
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(p.label()));
    html += QStringLiteral("<p>%1</p>").arg(esc(p.outgoing ? tr("Outbound: we delivered to this host, our server was the TLS client.")
                                                           : tr("Inbound: this host delivered to us, our server was the TLS server.")));
    const QString row = QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td align=\"right\">%2</td><td>&nbsp;&nbsp;%3</td></tr>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1%2%3%4%5</table>")
                .arg(row.arg(esc(tr("Messages")), locale.toString(p.messages), QString()),
                     row.arg(esc(tr("over TLS")), locale.toString(p.tlsMessages), esc(LogPartnerModel::tlsShareText(p))),
                     row.arg(esc(tr("in cleartext")), locale.toString(p.cleartext),
                             p.fellBackToCleartext ? esc(tr("%1 of them after a failed TLS handshake").arg(locale.toString(p.fellBackToCleartext)))
                                                   : QString()),
                     row.arg(esc(tr("Connections")), locale.toString(p.connections), QString()),
                     row.arg(esc(tr("Seen")), QString(),
                             esc(tr("%1 to %2").arg(LogPartnerModel::timeText(p.firstSeen), LogPartnerModel::timeText(p.lastSeen)))));

    const QString h4 = QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>");
    if (!p.tlsVersions.isEmpty())
        html += h4.arg(esc(tr("TLS versions"))) + countList(p.tlsVersions, [](const QString &v) { return core::tlsVersionLabel(v); });
    if (!p.ciphers.isEmpty())
        html += h4.arg(esc(tr("Cipher suites"))) + countList(p.ciphers, [](const QString &c) { return c; });
    if (!p.verified.isEmpty())
        html += h4.arg(esc(tr("Certificate verified"))) + countList(p.verified, [](const QString &v) { return v; });
    if (!p.peerDns.isEmpty()) {
        QStringList dns;
        for (const QString &dn : p.peerDns)
            dns << esc(dn);
        html += h4.arg(esc(tr("Peer certificate names"))) + QStringLiteral("<p>%1</p>").arg(dns.join(QStringLiteral("<br>")));
    }
    if (!p.snis.isEmpty()) {
        QStringList snis;
        for (const QString &sni : p.snis)
            snis << esc(sni);
        html += h4.arg(esc(tr("Server names asked for (SNI)"))) + QStringLiteral("<p>%1</p>").arg(snis.join(QStringLiteral("<br>")));
    }
    if (p.tlsVersions.isEmpty() && p.failures.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("No TLS with this partner in these logs.")));

    if (!p.failures.isEmpty()) {
        html += h4.arg(esc(tr("TLS failures")));
        for (const core::LogFailure &f : p.failures) {
            const core::LogCauseInfo info = core::logCauseInfo(f.cause);
            const QString title = info.title.isEmpty() ? f.cause : info.titlePhrase.localized();
            html += QStringLiteral("<p style=\"margin-bottom:2px\"><b style=\"color:%1\">%2</b> ×%3 <span style=\"color:gray\">(%4)</span><br>%5</p>")
                        .arg(LogPartnerModel::failureColor().name(), esc(title), locale.toString(f.count), esc(f.cause),
                             esc(tr("From %1 to %2").arg(LogPartnerModel::timeText(f.first), LogPartnerModel::timeText(f.last))));
            if (!f.example.isEmpty())
                html += QStringLiteral("<pre style=\"margin-left:12px; white-space:pre-wrap\">%1</pre>").arg(esc(f.example));
            if (!f.where.isEmpty())
                html += QStringLiteral("<p style=\"margin-left:12px; margin-top:0\">%1</p>").arg(esc(tr("Where: %1").arg(f.where)));
            if (!info.meaning.isEmpty())
                html += QStringLiteral("<p style=\"margin-left:12px\">%1</p>").arg(esc(info.meaningPhrase.localized()));
            if (!info.nextStep.isEmpty())
                html += QStringLiteral("<p style=\"margin-left:12px\"><b>%1</b> %2</p>").arg(esc(tr("Next step:")), esc(info.nextStep));
            if (!info.finding.isEmpty())
                html += QStringLiteral("<p style=\"margin-left:12px; color:gray\">%1</p>").arg(esc(tr("Finding: %1").arg(info.finding)));
        }
    }
    return html;
}

void LogsView::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
    if (files)
        event->acceptProposedAction();
    else
        event->ignore();
}

void LogsView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openFiles(paths);
}

} // namespace mailtls::ui
