#include "views/log_plots.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSharedPointer>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "base/save_file.h"
#include "catalog/versions.h"
#include "diagnose/log_verdicts.h"
#include "jobs/job.h"

namespace mailtls::ui {

namespace {

constexpr double kHour = 3600.0;
// Exports have one size whatever the window's: a page-wide figure.
constexpr int kExportWidth = 1100;
constexpr int kExportHeight = 440;

double hourKey(const core::LogHour &hour)
{
    return double(hour.start.toMSecsSinceEpoch()) / 1000.0 + kHour / 2;   // the middle of the hour
}

QColor versionColor(const QString &version)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("TLSv1.3"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("TLSv1.2"), QColor(0x1f, 0x6f, 0xb2)},
        {QStringLiteral("TLSv1.1"), QColor(0xef, 0x8f, 0x1c)},
        {QStringLiteral("TLSv1"), QColor(0xd0, 0x40, 0x2b)},
        {QStringLiteral("SSLv3"), QColor(0x7b, 0x1f, 0xa2)},
        {QStringLiteral("SSLv2"), QColor(0x4a, 0x14, 0x8c)},
    };
    return colors.value(version, QColor(0x90, 0x98, 0xa4));
}

QColor causeColor(const QString &cause)
{
    // Distinct hues in the order of logCauseIds(), so a cause keeps its colour in every log.
    static const QList<QColor> palette{
        QColor(0xc6, 0x28, 0x28), QColor(0x1f, 0x6f, 0xb2), QColor(0xef, 0x8f, 0x1c), QColor(0x6a, 0x4c, 0x9c),
        QColor(0x2e, 0x7d, 0x32), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57), QColor(0x8d, 0x6e, 0x63),
        QColor(0x54, 0x6e, 0x7a), QColor(0xf4, 0x51, 0x1e), QColor(0x9e, 0x9d, 0x24), QColor(0x5c, 0x6b, 0xc0),
        QColor(0x26, 0xa6, 0x9a), QColor(0xec, 0x40, 0x7a), QColor(0x78, 0x90, 0x9c), QColor(0x6d, 0x4c, 0x41),
    };
    const int index = core::logCauseIds().indexOf(cause);
    return index < 0 ? QColor(0x90, 0x98, 0xa4) : palette.at(index % palette.size());
}

QString causeLabel(const QString &cause)
{
    const core::LogCauseInfo info = core::logCauseInfo(cause);
    return info.title.isEmpty() ? cause : info.titlePhrase.localized();
}

// The date format that fits the visible span of the time axis.
QString timeFormat(double span)
{
    // About six ticks: hours matter while a tick is less than a day apart.
    if (span <= 10 * 86400.0)
        return QStringLiteral("yyyy-MM-dd\nHH:mm");
    if (span <= 200 * 86400.0)
        return QStringLiteral("yyyy-MM-dd");
    return QStringLiteral("yyyy-MM");
}

struct ExportInput {
    QString fileName;
    bool pdf = false;
    QImage image;       // PNG
    QPicture picture;   // PDF
    int pictureDpi = 96;  // the unit the picture was drawn in
    QString title;
};

} // namespace

LogPlots::LogPlots(QWidget *parent) : QWidget(parent)
{
    exportButton_ = new QToolButton(this);
    exportButton_->setObjectName(QStringLiteral("logPlotsExportButton"));
    exportButton_->setText(tr("Export…"));
    exportButton_->setToolTip(tr("Save a plot as PNG or PDF"));
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton_);
    for (int i = 0; i < PlotCount; ++i) {
        const Plot which = Plot(i);
        QMenu *sub = exportMenu->addMenu(plotTitle(which));
        sub->addAction(tr("PNG image…"), this, [this, which] { chooseExport(which, QStringLiteral("png")); });
        sub->addAction(tr("PDF document…"), this, [this, which] { chooseExport(which, QStringLiteral("pdf")); });
    }
    exportButton_->setMenu(exportMenu);

    hint_ = new QLabel(tr("Drag or turn the wheel over a plot to move or zoom the time axis of all three; double-click "
                          "shows the whole time again. Right-click a plot to save it."),
                       this);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(hint_, 1);
    top->addWidget(exportButton_, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    for (int i = 0; i < PlotCount; ++i)
        splitter->addWidget(makePlot(Plot(i)));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    rebuild();
}

LogPlots::~LogPlots() = default;

QString LogPlots::plotTitle(Plot which) const
{
    switch (which) {
    case VersionsPlot: return tr("TLS versions per hour");
    case FailuresPlot: return tr("TLS failures per hour, by cause");
    case CleartextPlot: return tr("Cleartext share per hour");
    case PlotCount: break;
    }
    return QString();
}

QString LogPlots::suggestedFileName(Plot which, const QString &suffix) const
{
    static const char *const names[PlotCount] = {"versions", "failures", "cleartext"};
    return QStringLiteral("mailtls-log-%1.%2").arg(QLatin1String(names[which]), suffix);
}

QCustomPlot *LogPlots::makePlot(Plot which)
{
    auto *plot = new QCustomPlot(this);
    plot->setObjectName(QStringLiteral("logPlot%1").arg(int(which)));
    plot->setMinimumHeight(170);
    plot->setBackground(palette().base());
    plot->axisRect()->setBackground(palette().base());
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);

    // Title on top, then the legend in a row of its own (not over the bars), then the plot.
    plot->plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    titles_[which] = new QCPTextElement(plot, plotTitle(which), titleFont);
    titles_[which]->setTextColor(palette().text().color());
    plot->plotLayout()->addElement(0, 0, titles_[which]);
    plot->plotLayout()->insertRow(1);
    auto *legendRow = new QCPLayoutGrid;
    legendRow->setMargins(QMargins(6, 0, 6, 0));
    plot->plotLayout()->addElement(1, 0, legendRow);
    plot->axisRect()->insetLayout()->take(plot->legend);
    legendRow->addElement(0, 0, plot->legend);
    legendRow->addElement(0, 1, new QCPLayoutElement(plot));   // keeps the legend compact, on the left
    legendRow->setColumnStretchFactor(0, 0.001);
    legendRow->setColumnStretchFactor(1, 1);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(which == FailuresPlot ? 3 : 6);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setTextColor(palette().text().color());
    plot->legend->setIconSize(14, 10);
    plot->legend->setRowSpacing(0);
    plot->legend->setColumnSpacing(10);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->plotLayout()->setRowSpacing(0);

    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(palette().mid().color()));
        axis->setTickPen(QPen(palette().mid().color()));
        axis->setSubTickPen(QPen(palette().mid().color()));
        axis->setTickLabelColor(palette().text().color());
        axis->setLabelColor(palette().text().color());
        axis->grid()->setPen(QPen(palette().midlight().color(), 1, Qt::DotLine));
    }
    plot->xAxis->grid()->setVisible(true);
    plot->yAxis->setSubTicks(false);

    connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, which](const QCPRange &range) { onRangeChanged(which, range); });
    connect(plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { resetRange(); });
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, which](const QPoint &pos) { showContextMenu(which, pos); });
    plots_[which] = plot;
    return plot;
}

void LogPlots::setHours(const QList<core::LogHour> &hours)
{
    hours_ = hours;
    rebuild();
}

void LogPlots::clear()
{
    setHours({});
}

QCPAbstractPlottable *LogPlots::series(Plot which, const QString &key) const
{
    QCustomPlot *plot = plots_[which];
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (plot->plottable(i)->objectName() == key)
            return plot->plottable(i);
    return nullptr;
}

QStringList LogPlots::seriesKeys(Plot which) const
{
    return keys_[which];
}

QString LogPlots::emptyText(Plot which) const
{
    return emptyTexts_[which];
}

void LogPlots::setEmpty(Plot which, const QString &text)
{
    emptyTexts_[which] = text;
    if (text.isEmpty())
        return;
    auto *item = new QCPItemText(plots_[which]);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setCoords(0.5, 0.5);
    item->setPositionAlignment(Qt::AlignCenter);
    item->setText(text);
    item->setColor(palette().placeholderText().color());
    emptyItems_[which] = item;
}

void LogPlots::rebuild()
{
    rangeStart_ = rangeEnd_ = 0;
    if (!hours_.isEmpty()) {
        rangeStart_ = hourKey(hours_.first()) - kHour;
        rangeEnd_ = hourKey(hours_.last()) + kHour;
    } else {
        rangeEnd_ = double(QDateTime::currentSecsSinceEpoch());
        rangeStart_ = rangeEnd_ - 86400.0;
    }
    for (int i = 0; i < PlotCount; ++i) {
        QCustomPlot *plot = plots_[i];
        plot->clearPlottables();
        plot->clearItems();
        emptyItems_[i] = nullptr;
        keys_[i].clear();
        styleTimeAxis(plot);
    }
    buildVersions();
    buildFailures();
    buildCleartext();
    syncing_ = true;
    for (QCustomPlot *plot : plots_) {
        plot->legend->setVisible(plot->legend->itemCount() > 0);
        plot->xAxis->setRange(rangeStart_, rangeEnd_);
    }
    syncing_ = false;
    alignMargins();
}

void LogPlots::alignMargins()
{
    // One left margin for all three, so their time axes line up under each other. The y axes'
    // labels depend on each plot's height, so this follows every resize.
    for (QCustomPlot *plot : plots_) {
        plot->axisRect()->setMinimumMargins(QMargins(0, 8, 16, 0));
        plot->replot();
    }
    int left = 0;
    for (QCustomPlot *plot : plots_)
        left = qMax(left, plot->axisRect()->margins().left());
    for (QCustomPlot *plot : plots_) {
        plot->axisRect()->setMinimumMargins(QMargins(left, 8, 16, 0));
        plot->replot();
    }
}

void LogPlots::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // After the layout has given the plots their new sizes.
    QTimer::singleShot(0, this, &LogPlots::alignMargins);
}

void LogPlots::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &LogPlots::alignMargins);
}

void LogPlots::styleTimeAxis(QCustomPlot *plot)
{
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(timeFormat(rangeEnd_ - rangeStart_));
    ticker->setTickCount(6);
    plot->xAxis->setTicker(ticker);
    const QString zone = QDateTime::currentDateTime().timeZoneAbbreviation();
    plot->xAxis->setLabel(zone.isEmpty() ? tr("local time") : tr("local time (%1)").arg(zone));
}

// One bar series per name, stacked per hour in the order given (the first at the bottom), with
// the hour's count from `counts`; returns the highest stack.
double LogPlots::addStackedBars(int which, const QStringList &names, QMap<QString, qint64> core::LogHour::*counts,
                                const std::function<QString(const QString &)> &label,
                                const std::function<QColor(const QString &)> &color)
{
    QCustomPlot *plot = plots_[which];
    QCPBars *below = nullptr;
    double maximum = 0;
    QHash<double, double> stacks;
    for (const QString &name : names) {
        QVector<double> keys;
        QVector<double> values;
        for (const core::LogHour &hour : std::as_const(hours_)) {
            const qint64 n = (hour.*counts).value(name);
            if (n <= 0)
                continue;
            keys << hourKey(hour);
            values << double(n);
            maximum = qMax(maximum, stacks[hourKey(hour)] += double(n));
        }
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setObjectName(name);
        bars->setName(label(name));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(kHour * 0.8);
        const QColor c = color(name);
        bars->setBrush(c);
        bars->setPen(QPen(c.darker(120)));
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        keys_[which] << name;
    }
    return maximum;
}

void LogPlots::buildVersions()
{
    QCustomPlot *plot = plots_[VersionsPlot];
    QMap<QString, qint64> totals;
    for (const core::LogHour &hour : std::as_const(hours_))
        for (auto it = hour.tlsVersions.cbegin(); it != hour.tlsVersions.cend(); ++it)
            totals[it.key()] += it.value();
    QStringList versions;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        if (it.value() > 0)
            versions << it.key();
    // Newest at the bottom of each stack: the old versions sit on top, where they are seen.
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return core::versionRank(a) > core::versionRank(b);
    });

    const double maximum = addStackedBars(VersionsPlot, versions, &core::LogHour::tlsVersions,
                                          [](const QString &v) { return core::tlsVersionLabel(v); }, versionColor);
    plot->yAxis->setLabel(tr("messages"));
    plot->yAxis->setRange(0, qMax(4.0, maximum * 1.12));
    setEmpty(VersionsPlot, versions.isEmpty() ? (hours_.isEmpty() ? tr("No logs read yet") : tr("No message over TLS in these logs"))
                                              : QString());
}

void LogPlots::buildFailures()
{
    QCustomPlot *plot = plots_[FailuresPlot];
    QMap<QString, qint64> totals;
    for (const core::LogHour &hour : std::as_const(hours_))
        for (auto it = hour.failures.cbegin(); it != hour.failures.cend(); ++it)
            totals[it.key()] += it.value();
    QStringList causes;
    for (const QString &cause : core::logCauseIds())
        if (totals.value(cause) > 0)
            causes << cause;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)   // a cause the list does not name yet
        if (it.value() > 0 && !causes.contains(it.key()))
            causes << it.key();

    const double maximum = addStackedBars(FailuresPlot, causes, &core::LogHour::failures, causeLabel, causeColor);
    plot->yAxis->setLabel(tr("failures"));
    plot->yAxis->setRange(0, qMax(4.0, maximum * 1.12));
    setEmpty(FailuresPlot, causes.isEmpty() ? (hours_.isEmpty() ? tr("No logs read yet") : tr("No TLS failure in these logs"))
                                            : QString());
}

void LogPlots::buildCleartext()
{
    QCustomPlot *plot = plots_[CleartextPlot];
    QVector<double> keys;
    QVector<double> values;
    double previous = -1;
    for (const core::LogHour &hour : std::as_const(hours_)) {
        const qint64 total = hour.tlsMessages + hour.cleartextMessages;
        if (total <= 0)
            continue;
        const double key = hourKey(hour);
        // Hours without mail are a gap in the line, not a slope between their neighbours.
        if (previous >= 0 && key - previous > kHour * 1.5) {
            keys << previous + kHour;
            values << qQNaN();
        }
        keys << key;
        values << 100.0 * double(hour.cleartextMessages) / double(total);
        previous = key;
    }
    if (!keys.isEmpty()) {
        QCPGraph *graph = plot->addGraph(plot->xAxis, plot->yAxis);
        graph->setObjectName(QStringLiteral("cleartext"));
        graph->setName(tr("messages without TLS, % of all messages in the hour"));
        const QColor color = QColor(0xc7, 0x7c, 0x02);
        graph->setPen(QPen(color, 2));
        graph->setBrush(QColor(color.red(), color.green(), color.blue(), 50));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, palette().base().color(), 5));
        graph->setData(keys, values, true);
        keys_[CleartextPlot] << QStringLiteral("cleartext");
    }
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(25);
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setLabel(tr("cleartext %"));
    plot->yAxis->setRange(0, 105);
    setEmpty(CleartextPlot, keys.isEmpty() ? (hours_.isEmpty() ? tr("No logs read yet") : tr("No messages in these logs"))
                                           : QString());
}

void LogPlots::onRangeChanged(Plot which, const QCPRange &range)
{
    // The label format follows the zoom: hours when a few days show, days beyond.
    for (QCustomPlot *plot : plots_) {
        if (auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
            ticker->setDateTimeFormat(timeFormat(range.size()));
    }
    if (syncing_)
        return;
    syncing_ = true;
    for (int i = 0; i < PlotCount; ++i) {
        if (i == which)
            continue;
        plots_[i]->xAxis->setRange(range);
        plots_[i]->replot(QCustomPlot::rpQueuedReplot);
    }
    syncing_ = false;
}

void LogPlots::resetRange()
{
    syncing_ = true;
    for (QCustomPlot *plot : plots_) {
        plot->xAxis->setRange(rangeStart_, rangeEnd_);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    syncing_ = false;
}

void LogPlots::showContextMenu(Plot which, const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Save “%1” as PNG…").arg(plotTitle(which)), this, [this, which] { chooseExport(which, QStringLiteral("png")); });
    menu->addAction(tr("Save “%1” as PDF…").arg(plotTitle(which)), this, [this, which] { chooseExport(which, QStringLiteral("pdf")); });
    menu->addSeparator();
    menu->addAction(tr("Show the whole time range"), this, &LogPlots::resetRange);
    menu->popup(plots_[which]->mapToGlobal(pos));
}

void LogPlots::chooseExport(Plot which, const QString &format)
{
    const QString pdf = QStringLiteral("pdf");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(suggestedFileName(which, format));
    const QString filter = format == pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save Plot"), suggested, filter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1Char('.') + format;
    if (!exportPlot(which, fileName))
        Q_EMIT exported(fileName, tr("Only .png and .pdf files can be written."));
}

bool LogPlots::exportPlot(Plot which, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
        return false;
    QCustomPlot *plot = plots_[which];
    ExportInput input;
    input.fileName = fileName;
    input.pdf = suffix == QLatin1String("pdf");
    input.title = plotTitle(which);
    // Drawing needs the widget, so it happens here; it takes milliseconds. Encoding and the
    // disk are the job's.
    if (input.pdf) {
        QCPPainter painter(&input.picture);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&painter, kExportWidth, kExportHeight);
        painter.end();
        input.pictureDpi = qMax(1, input.picture.logicalDpiX());
    } else {
        input.image = plot->toPixmap(kExportWidth, kExportHeight, 2.0).toImage();
    }
    plot->replot(QCustomPlot::rpQueuedReplot);   // the on-screen layout again, at the widget's size

    ++runningExports_;
    core::Job *job = core::Job::start<QString>(
        this,
        [input](core::JobContext &) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (input.pdf) {
                QPdfWriter writer(&buffer);
                writer.setCreator(QStringLiteral("MailTLS Workbench"));
                writer.setTitle(input.title);
                // The page's unit is the drawing's: it is replayed one to one, the page just fits it.
                writer.setResolution(input.pictureDpi);
                writer.setPageSize(QPageSize(QSizeF(kExportWidth * 72.0 / input.pictureDpi, kExportHeight * 72.0 / input.pictureDpi),
                                             QPageSize::Point));
                writer.setPageMargins(QMarginsF(0, 0, 0, 0));
                QPainter painter;
                if (!painter.begin(&writer))
                    return tr("the PDF writer could not start");
                painter.drawPicture(0, 0, input.picture);
                painter.end();
            } else if (!input.image.save(&buffer, "PNG")) {
                return tr("the image could not be encoded as PNG");
            }
            buffer.close();
            core::Error error;
            return core::saveFileAtomically(input.fileName, bytes, &error) ? QString() : core::shownMessage(error);
        },
        [this, fileName](const QString &error) {
            --runningExports_;
            Q_EMIT exported(fileName, error);
        });
    connect(job, &core::Job::finished, job, &QObject::deleteLater);
    return true;
}

} // namespace mailtls::ui
