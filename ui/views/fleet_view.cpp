#include "fleet_view.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <mutex>

#include "base/error.h"
#include "base/limits.h"
#include "base/read_file.h"
#include "models/fleet_model.h"
#include "models/severity_style.h"
#include "qcustomplot_include.h"
#include "window_proxy.h"

namespace mailtls::ui {

using core::FleetProgress;
using core::Report;

namespace {

QString clockText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QColor versionColor(const QString &version)
{
    if (version == QLatin1String("TLSv1.3"))
        return QColor(0x2e, 0x7d, 0x32);
    if (version == QLatin1String("TLSv1.2"))
        return QColor(0x66, 0xbb, 0x6a);
    if (version == QLatin1String("TLSv1.1") || version == QLatin1String("TLSv1"))
        return SeverityStyle::color(core::Severity::Medium);
    if (version == QLatin1String("failed"))
        return QColor(0x75, 0x75, 0x75);
    return SeverityStyle::color(core::Severity::High);   // SSL, no TLS
}

void stylePlot(QCustomPlot *plot, const QString &title)
{
    plot->plotLayout()->insertRow(0);
    auto *text = new QCPTextElement(plot, title, QFont(plot->font().family(), plot->font().pointSize(), QFont::Bold));
    plot->plotLayout()->addElement(0, 0, text);
    plot->yAxis->setLabel(FleetView::tr("targets"));
    plot->xAxis->grid()->setVisible(false);
    plot->setMinimumHeight(170);
    plot->setBackground(plot->palette().base());
}

// Everything the pool's threads hand back between two flushes on the GUI thread.
struct Pending {
    std::mutex mutex;
    QList<QPair<int, Report>> results;
    FleetProgress progress;
    bool posted = false;
};

} // namespace

FleetView::FleetView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fleetView"));
    model_ = new FleetModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setObjectName(QStringLiteral("fleetProxy"));
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(FleetModel::SortRole);

    // The list and the run's settings.
    list_ = new QPlainTextEdit(this);
    list_->setObjectName(QStringLiteral("fleetListEdit"));
    list_->setPlaceholderText(tr("One target a line: mx.example.org, mx.example.net:587, smtps://mail.example.com, lmtp://[2001:db8::1]:24 — '#' starts a comment"));
    list_->setMaximumHeight(110);
    list_->setLineWrapMode(QPlainTextEdit::NoWrap);

    openButton_ = new QPushButton(tr("Open List…"), this);
    openButton_->setObjectName(QStringLiteral("fleetOpenButton"));
    openButton_->setToolTip(tr("Read a target list from a file"));

    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("fleetModeCombo"));
    mode_->addItem(tr("Session"), int(core::FleetMode::Session));
    mode_->addItem(tr("Scan"), int(core::FleetMode::Scan));
    mode_->setToolTip(tr("Session: one STARTTLS session per target. Scan: every version and suite per target (slow)."));

    auto spin = [this](const QString &name, int min, int max, int value, const QString &suffix, const QString &tip) {
        auto *s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setValue(value);
        s->setSuffix(suffix);
        s->setToolTip(tip);
        return s;
    };
    concurrency_ = spin(QStringLiteral("fleetConcurrencySpin"), 1, 256, 8, QString(), tr("Targets checked at once, overall"));
    perHost_ = spin(QStringLiteral("fleetPerHostSpin"), 1, 64, 1, QString(), tr("Targets checked at once against one host"));
    delay_ = spin(QStringLiteral("fleetDelaySpin"), 0, 600000, 0, tr(" ms"), tr("At least this long between two connections to one host"));
    delay_->setSingleStep(100);
    timeout_ = spin(QStringLiteral("fleetTimeoutSpin"), 1, 300, 10, tr(" s"), tr("How long one step (connect, a reply, the handshake) may take"));

    startButton_ = new QPushButton(tr("Start"), this);
    startButton_->setObjectName(QStringLiteral("fleetStartButton"));
    startButton_->setDefault(true);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("fleetCancelButton"));
    cancelButton_->setEnabled(false);

    auto *settings = new QFormLayout;
    settings->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    settings->addRow(tr("Mode:"), mode_);
    settings->addRow(tr("At once:"), concurrency_);
    settings->addRow(tr("Per host:"), perHost_);
    settings->addRow(tr("Delay:"), delay_);
    settings->addRow(tr("Timeout:"), timeout_);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(openButton_);
    buttons->addStretch();
    buttons->addWidget(startButton_);
    buttons->addWidget(cancelButton_);

    auto *top = new QHBoxLayout;
    top->addWidget(list_, 1);
    top->addLayout(settings);
    top->addLayout(buttons);

    problems_ = new QLabel(this);
    problems_->setObjectName(QStringLiteral("fleetProblemsLabel"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: %1").arg(SeverityStyle::color(core::Severity::High).name()));
    problems_->hide();

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("fleetProgressBar"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setTextVisible(true);
    progress_->setFormat(QStringLiteral("%v / %m"));
    progressLabel_ = new QLabel(tr("Paste or open a target list, then Start."), this);
    progressLabel_->setObjectName(QStringLiteral("fleetProgressLabel"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(progressLabel_, 2);
    auto *proxyNote = new QLabel(this);   // every target goes through the window's proxy setting
    showProxyNote(proxyNote, windowProxy());
    progressRow->addWidget(proxyNote);

    // The results.
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("fleetTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);   // list order until a header is clicked
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(FleetModel::VerdictColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setMinimumSectionSize(60);
    table_->setColumnWidth(FleetModel::TargetColumn, 180);
    table_->setColumnWidth(FleetModel::VersionsColumn, 120);
    table_->setColumnWidth(FleetModel::WorstColumn, 220);
    table_->setColumnWidth(FleetModel::ExpiresColumn, 130);
    table_->setColumnWidth(FleetModel::DurationColumn, 70);
    table_->setToolTip(tr("Double-click a finished target to open its report in the Handshake, Certificates and Findings tabs"));

    versionsPlot_ = new QCustomPlot(this);
    versionsPlot_->setObjectName(QStringLiteral("fleetVersionsPlot"));
    stylePlot(versionsPlot_, tr("Targets per TLS version"));
    severityPlot_ = new QCustomPlot(this);
    severityPlot_->setObjectName(QStringLiteral("fleetSeverityPlot"));
    stylePlot(severityPlot_, tr("Targets per worst finding"));

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("fleetSummaryLabel"));
    summary_->setWordWrap(true);

    // The charts side by side under the table: the table keeps the whole width for its columns.
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QGridLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(versionsPlot_, 0, 0);
    chartsLayout->addWidget(severityPlot_, 0, 1);
    chartsLayout->addWidget(summary_, 1, 0, 1, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("fleetSplitter"));
    splitter->addWidget(table_);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(problems_);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);

    connect(openButton_, &QPushButton::clicked, this, &FleetView::chooseListFile);
    connect(startButton_, &QPushButton::clicked, this, [this] { startFleet(); });
    connect(cancelButton_, &QPushButton::clicked, this, &FleetView::cancelFleet);
    connect(table_, &QTableView::doubleClicked, this, &FleetView::openRow);
    // Whoever fills the model (a run's batches, a workspace), the bars and the progress follow.
    connect(model_, &QAbstractItemModel::dataChanged, this, [this] { updateChart(); updateProgress(); });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] { updateChart(); updateProgress(); });
    updateChart();
}

FleetView::~FleetView()
{
    job_.cancelAll();
    fileJob_.cancelAll();
}

void FleetView::setTargetsText(const QString &text)
{
    list_->setPlainText(text);
}

QString FleetView::targetsText() const
{
    return list_->toPlainText();
}

void FleetView::setHosts(const QStringList &hosts)
{
    QStringList lines;
    lines << tr("# partners from the Logs tab");
    for (const QString &host : hosts) {
        const QString h = host.trimmed();
        const QString line = h.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:25").arg(h) : h;   // IPv6 needs its port
        if (!h.isEmpty() && !lines.contains(line))
            lines << line;
    }
    setTargetsText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    problems_->hide();
}

core::FleetRequest FleetView::requestFromFields() const
{
    core::FleetRequest r;
    r.mode = core::FleetMode(mode_->currentData().toInt());
    r.concurrency = concurrency_->value();
    r.perHost = perHost_->value();
    r.delayMs = delay_->value();
    const int timeoutMs = timeout_->value() * 1000;
    r.session.timeoutMs = timeoutMs;
    r.scan.target.timeoutMs = timeoutMs;
    r.scan.target.bannerTimeoutMs = timeoutMs;
    r.session.proxy = windowProxy();
    r.scan.target.proxy = r.session.proxy;
    return r;
}

bool FleetView::startFleet()
{
    QByteArray bytes = list_->toPlainText().toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QList<core::FleetTarget> targets;
    QStringList english;
    QList<core::Phrase> phrases;
    core::parseFleetList(&buffer, tr("line"), &targets, &english, &phrases);
    // "line:3: why" reads oddly; the list has no file name here. (A Chinese translation writes
    // a full-width colon after the line number.)
    QStringList problems;
    for (int i = 0; i < english.size(); ++i)
        problems << core::shownPhrase(phrases.value(i), english.at(i))
                        .replace(QRegularExpression(QStringLiteral("^[^:]+:(\\d+)(?:: |\uFF1A)")),
                                 tr("Line %1: ").arg(QStringLiteral("\\1")));
    problems_->setText(problems.mid(0, 5).join(QLatin1Char('\n'))
                       + (problems.size() > 5 ? QLatin1Char('\n') + tr("… and %1 more").arg(problems.size() - 5) : QString()));
    problems_->setVisible(!problems.isEmpty());
    if (targets.isEmpty()) {
        problems_->setText(problems_->text().isEmpty() ? tr("The list holds no target: write one host a line.")
                                                       : problems_->text());
        problems_->show();
        return false;
    }

    core::FleetRequest request = requestFromFields();
    request.targets = targets;
    showProxyNote(findChild<QLabel *>(QStringLiteral("proxyNote")), request.session.proxy);
    const std::function<bool()> current = job_.next();
    model_->setTargets(targets);
    table_->sortByColumn(-1, Qt::AscendingOrder);
    proxy_->sort(-1);
    lastProgress_ = FleetProgress();
    lastProgress_.total = int(targets.size());
    ended_.clear();
    timer_.start();

    auto pending = std::make_shared<Pending>();
    core::Job *job = core::Job::start<core::FleetOutcome>(
        this,
        [this, request, current, pending](core::JobContext &ctx) {
            // Called from the pool's threads one at a time: kept until the GUI thread takes the
            // whole batch; at most one flush is waiting in the event loop at any time.
            auto flush = [this, current, pending] {
                QList<QPair<int, Report>> results;
                FleetProgress progress;
                {
                    std::lock_guard<std::mutex> lock(pending->mutex);
                    results.swap(pending->results);
                    progress = pending->progress;
                    pending->posted = false;
                }
                if (current())
                    applyBatch(results, progress);
            };
            auto schedule = [ctx, pending, flush] {
                if (!pending->posted) {
                    pending->posted = true;
                    ctx.post(flush);
                }
            };
            return core::runFleet(request, ctx.cancelToken(),
                [pending, schedule](int index, const Report &report) {
                    std::lock_guard<std::mutex> lock(pending->mutex);
                    pending->results.append(qMakePair(index, report));
                    schedule();
                },
                [pending, schedule](const FleetProgress &progress) {
                    std::lock_guard<std::mutex> lock(pending->mutex);
                    pending->progress = progress;
                    schedule();
                });
        },
        [this, current](const core::FleetOutcome &outcome) {
            if (!current())
                return;
            job_.finished();
            if (outcome.cancelled)
                ended_ = tr("Cancelled: %1 of %2 done.").arg(model_->finishedCount()).arg(model_->rowCount());
            else
                ended_ = tr("Done in %1.").arg(clockText(outcome.elapsedMs));
            lastProgress_.running = 0;
            setRunning(false);
            updateProgress();
            Q_EMIT fleetFinished();
        });
    job_.hold(job);
    setRunning(true);
    updateProgress();
    updateChart();
    return true;
}

void FleetView::cancelFleet()
{
    if (!job_.isBusy())
        return;
    // The pool stops within one network wait; its last results (the cancelled targets) still come.
    if (job_.current())
        job_.current()->cancel();
}

void FleetView::setRunning(bool running)
{
    startButton_->setEnabled(!running);
    cancelButton_->setEnabled(running);
    openButton_->setEnabled(!running);
    list_->setReadOnly(running);
    Q_EMIT runningChanged(running);
}

void FleetView::applyBatch(const QList<QPair<int, Report>> &results, const FleetProgress &progress)
{
    if (progress.total > 0)
        lastProgress_ = progress;
    if (!results.isEmpty())
        model_->setResults(results);   // the chart and the progress follow the model's signal
    else
        updateProgress();
}

QString FleetView::progressText(int finished, int total, int running, qint64 elapsedMs)
{
    QString text = tr("%1 of %2 done, %3 running").arg(finished).arg(total).arg(running);
    text += QStringLiteral(" · ") + tr("%1 elapsed").arg(clockText(elapsedMs));
    if (finished > 0 && finished < total) {
        const qint64 left = elapsedMs * (total - finished) / finished;
        text += QStringLiteral(", ") + tr("about %1 left").arg(clockText(left));
    }
    return text;
}

void FleetView::updateProgress()
{
    const int total = model_->rowCount();
    const int finished = model_->finishedCount();
    progress_->setRange(0, qMax(1, total));
    progress_->setValue(finished);
    if (job_.isBusy())
        progressLabel_->setText(progressText(finished, total, lastProgress_.running, timer_.elapsed()));
    else if (!ended_.isEmpty())
        progressLabel_->setText(ended_);
    else if (total > 0)
        progressLabel_->setText(tr("%1 of %2 done.").arg(finished).arg(total));
    else
        progressLabel_->setText(tr("Paste or open a target list, then Start."));
}

void FleetView::fillBars(QCustomPlot *plot, QMap<QString, QCPBars *> *bars, const QStringList &keys,
                         const QStringList &labels, const QList<int> &counts, const QList<QColor> &colors)
{
    plot->clearPlottables();
    plot->clearItems();
    bars->clear();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int maximum = 0;
    for (int i = 0; i < keys.size(); ++i) {
        auto *b = new QCPBars(plot->xAxis, plot->yAxis);
        b->setName(labels.at(i));
        b->setWidth(0.6);
        b->setPen(QPen(colors.at(i).darker(130)));
        b->setBrush(colors.at(i));
        b->addData(i + 1, counts.at(i));
        bars->insert(keys.at(i), b);
        ticker->addTick(i + 1, labels.at(i));
        maximum = qMax(maximum, counts.at(i));
    }
    plot->xAxis->setTicker(ticker);
    if (keys.isEmpty()) {
        auto *empty = new QCPItemText(plot);
        empty->position->setType(QCPItemPosition::ptAxisRectRatio);
        empty->position->setCoords(0.5, 0.5);
        empty->setText(tr("No finished target yet"));
        empty->setColor(Qt::gray);
    }
    plot->xAxis->setTickLabelRotation(keys.size() > 5 ? 30 : 0);   // long names side by side would touch
    // At least four slots wide, the bars in the middle: one category is not a wall of colour.
    const double pad = (qMax(4.0, double(keys.size())) - double(keys.size())) / 2.0;
    plot->xAxis->setRange(0.5 - pad, keys.size() + 0.5 + pad);
    plot->yAxis->setRange(0, qMax(1, maximum) * 1.15);
    QSharedPointer<QCPAxisTickerFixed> yTicker(new QCPAxisTickerFixed);
    yTicker->setTickStep(1.0);
    yTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->yAxis->setTicker(yTicker);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void FleetView::updateChart()
{
    // Versions newest first, then the targets without TLS and those not reached.
    const QMap<QString, int> versions = model_->versionCounts();
    static const QStringList order = {QStringLiteral("TLSv1.3"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.1"),
                                      QStringLiteral("TLSv1"), QStringLiteral("SSLv3"), QStringLiteral("SSLv2"),
                                      QStringLiteral("no TLS"), QStringLiteral("failed")};
    QStringList keys, labels;
    QList<int> counts;
    QList<QColor> colors;
    QStringList present = versions.keys();
    std::sort(present.begin(), present.end(), [](const QString &a, const QString &b) {
        const int ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? 100 : ia) < (ib < 0 ? 100 : ib);
    });
    for (const QString &key : present) {
        keys << key;
        labels << (key == QLatin1String("no TLS") ? tr("no TLS") : key == QLatin1String("failed") ? tr("not reached") : key);
        counts << versions.value(key);
        colors << versionColor(key);
    }
    fillBars(versionsPlot_, &versionBars_, keys, labels, counts, colors);

    const QMap<int, int> severities = model_->severityCounts();
    keys.clear(); labels.clear(); counts.clear(); colors.clear();
    for (int rank = int(core::Severity::Critical); rank >= -1; --rank) {
        if (!severities.contains(rank))
            continue;
        if (rank < 0) {
            keys << QStringLiteral("none");
            labels << tr("none");
            colors << QColor(0x9e, 0x9e, 0x9e);
        } else {
            const auto severity = core::Severity(rank);
            keys << core::severityName(severity);
            labels << SeverityStyle::label(severity);
            colors << SeverityStyle::color(severity);
        }
        counts << severities.value(rank);
    }
    fillBars(severityPlot_, &severityBars_, keys, labels, counts, colors);

    // One line under the charts.
    const int finished = model_->finishedCount();
    int reached = 0, expiring = 0;
    for (int row = 0; row < model_->rowCount(); ++row) {
        const FleetModel::Facts &f = model_->facts(row);
        if (f.done && f.reached)
            ++reached;
        if (f.hasExpiry && f.daysLeft < 30)
            ++expiring;
    }
    summary_->setText(finished == 0 ? QString()
                                     : tr("%1 of %2 finished targets reached; %3 with a certificate expired or ending within 30 days.")
                                           .arg(reached).arg(finished).arg(expiring));
}

QList<Report> FleetView::fleetReports() const
{
    return model_->reports();
}

void FleetView::setSavedFleet(const QList<Report> &reports, const QString &targetsText)
{
    job_.release();
    setRunning(false);
    list_->setPlainText(targetsText);
    model_->setReports(reports);
    problems_->hide();
    ended_ = reports.isEmpty() ? QString() : tr("A saved run, from the workspace.");
    updateProgress();
}

void FleetView::openRow(const QModelIndex &index)
{
    const int row = proxy_->mapToSource(index).row();
    if (!model_->hasReport(row))
        return;
    Q_EMIT reportRequested(model_->report(row));
}

void FleetView::chooseListFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Target List"), QString(),
                                                      tr("Target lists (*.txt *.list);;All files (*)"));
    if (path.isEmpty())
        return;
    struct Read {
        QByteArray bytes;
        bool failed = false;
        core::Error error;   // shown on the GUI thread, in the window's language
    };
    const std::function<bool()> current = fileJob_.next();
    const core::Phrase what = core::phrase("Errors", "target list");
    core::Job *job = core::Job::start<Read>(
        this,
        [path, what](core::JobContext &) {
            Read r;
            r.failed = !core::readFileBounded(path, qint64(core::limits::kFleetTargets) * 64, what, &r.bytes, &r.error);
            return r;
        },
        [this, current, path](const Read &r) {
            if (!current())
                return;
            fileJob_.finished();
            if (r.failed) {
                problems_->setText(core::shownMessage(r.error));
                problems_->show();
                return;
            }
            problems_->hide();
            list_->setPlainText(QString::fromUtf8(r.bytes));
            progressLabel_->setText(tr("%1 read; press Start.").arg(QFileInfo(path).fileName()));
        });
    fileJob_.hold(job);
}

} // namespace mailtls::ui
