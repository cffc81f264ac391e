#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

#include "logs/log_inventory.h"
#include "views/qcustomplot_include.h"

class QLabel;
class QToolButton;

namespace mailtls::ui {

// The hours of a mail log (core::LogInventory::hours) as three QCustomPlots over one time axis:
// TLS messages per hour stacked by version, TLS failures per hour stacked by cause, and the
// share of cleartext messages per hour. Dragging or the wheel moves and zooms the time axis of
// all three together; a double click shows everything again. Each plot exports to PNG or PDF:
// drawn on the GUI thread (a few milliseconds), encoded and written in a Job.
class LogPlots : public QWidget
{
    Q_OBJECT
public:
    enum Plot { VersionsPlot, FailuresPlot, CleartextPlot, PlotCount };

    explicit LogPlots(QWidget *parent = nullptr);
    ~LogPlots() override;

    void setHours(const QList<core::LogHour> &hours);
    void clear();
    const QList<core::LogHour> &hours() const { return hours_; }

    QCustomPlot *plot(Plot which) const { return plots_[which]; }
    QString plotTitle(Plot which) const;
    // The series of a plot by its key: a version ("TLSv1.2") in the versions plot, a cause id in
    // the failures plot, "cleartext" in the cleartext plot. nullptr when the logs have none.
    QCPAbstractPlottable *series(Plot which, const QString &key) const;
    // The keys of a plot's series, bottom of the stack first.
    QStringList seriesKeys(Plot which) const;
    // What the plot says when it has nothing to draw (empty when it has data).
    QString emptyText(Plot which) const;
    QToolButton *exportButton() const { return exportButton_; }

    // "mailtls-log-versions.png"
    QString suggestedFileName(Plot which, const QString &suffix) const;
    // Writes the plot as PNG or PDF (by the file name's suffix) in a Job; exported() follows.
    // False (and no signal) when the suffix is neither.
    bool exportPlot(Plot which, const QString &fileName);
    int runningExports() const { return runningExports_; }

public Q_SLOTS:
    // Asks for a file name (format "png" or "pdf"), then exportPlot().
    void chooseExport(mailtls::ui::LogPlots::Plot which, const QString &format);
    // Every plot shows the whole time range again.
    void resetRange();

Q_SIGNALS:
    void exported(const QString &fileName, const QString &error);   // error empty: written

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QCustomPlot *makePlot(Plot which);
    void rebuild();
    double addStackedBars(int which, const QStringList &names, QMap<QString, qint64> core::LogHour::*counts,
                          const std::function<QString(const QString &)> &label,
                          const std::function<QColor(const QString &)> &color);
    void buildVersions();
    void buildFailures();
    void buildCleartext();
    void styleTimeAxis(QCustomPlot *plot);
    void alignMargins();
    void setEmpty(Plot which, const QString &text);
    void onRangeChanged(Plot which, const QCPRange &range);
    void showContextMenu(Plot which, const QPoint &pos);

    QList<core::LogHour> hours_;
    QCustomPlot *plots_[PlotCount] = {};
    QCPTextElement *titles_[PlotCount] = {};
    QCPItemText *emptyItems_[PlotCount] = {};
    QString emptyTexts_[PlotCount];
    QStringList keys_[PlotCount];
    QToolButton *exportButton_ = nullptr;
    QLabel *hint_ = nullptr;
    double rangeStart_ = 0;
    double rangeEnd_ = 0;
    bool syncing_ = false;
    int runningExports_ = 0;
};

} // namespace mailtls::ui
