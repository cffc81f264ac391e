// Drives the workbench window's Fleet tab through one whole run of a target list and measures
// how long the GUI thread's event loop was ever kept from running while the table filled (the
// 1 ms timer of stall_meter.h), and the process's peak resident memory (VmHWM of
// /proc/self/status, read once the run is done, and VmRSS sampled every 100 ms while it runs).
// Writes every finished row's report as one JSON line (the `mailtls fleet --jsonl` format) so
// the caller can check that no target was lost or misreported, and prints the figures as
// "key=value" lines for bench/run_fleet_bench.py, then the slowest events the loop dispatched
// (event type, receiver class and name), to tell what a stall was.
//
//   bench_fleet_event_loop LIST OUT.jsonl [--concurrency N] [--per-host N] [--delay MS]
//                          [--timeout S] [--mode session|scan]     (QT_QPA_PLATFORM=offscreen works)

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

#include "jobs/fleet_job.h"
#include "jobs/job.h"
#include "main_window.h"
#include "models/fleet_model.h"
#include "report/report_jsonl.h"
#include "views/fleet_view.h"

#include "stall_meter.h"

using mailtls::bench::Phase;
using mailtls::bench::StallMeter;
using mailtls::bench::print;
using mailtls::bench::runUntil;

namespace {

// A "VmHWM:" or "VmRSS:" line of /proc/self/status, in KiB (-1 when absent).
long procStatusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QByteArray value = line.mid(prefix.size()).trimmed();
            return value.left(value.indexOf(' ')).toLong();
        }
    }
    return -1;
}

struct Figures {
    double longest = 0;
    double p99 = 0;
    long over50 = 0;
};

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The GUI thread's time on a CPU and waiting in the run queue for one, in ms
// (/proc/thread-self/schedstat; -1 each when the kernel does not keep it).
void schedstatMs(double *onCpu, double *waiting)
{
    *onCpu = *waiting = -1;
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> v = f.readAll().simplified().split(' ');
    if (v.size() >= 2) {
        *onCpu = double(v.at(0).toLongLong()) / 1e6;
        *waiting = double(v.at(1).toLongLong()) / 1e6;
    }
}

// The application, timing every event it hands to an object from the event loop itself (not
// the events sent from inside another one): the slowest say which object held the loop up.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow {
        double ms;
        double cpuMs;      // of which the GUI thread was on a CPU (the rest it waited: for a
                           // CPU, a lock or I/O)
        qint64 atMs;       // since recording began
        QString what;      // event type, receiver class and name
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording_ || depth_ > 0)
            return QApplication::notify(receiver, event);
        ++depth_;
        // The receiver may be gone when notify() returns (a DeferredDelete, a closed dialog):
        // its class is noted before, its name only if it is still there.
        const QMetaObject *meta = receiver->metaObject();
        const QPointer<QObject> alive(receiver);
        const qint64 t0 = clock_.nsecsElapsed();
        const qint64 cpu0 = threadCpuNs();
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(clock_.nsecsElapsed() - t0) / 1e6;
        const double cpuMs = double(threadCpuNs() - cpu0) / 1e6;
        --depth_;
        if (ms >= 20.0) {
            QString what = QStringLiteral("event %1 to %2").arg(type).arg(QString::fromLatin1(meta->className()));
            if (alive && !alive->objectName().isEmpty())
                what += QStringLiteral(" '%1'").arg(alive->objectName());
            slow_.push_back({ms, cpuMs, t0 / 1000000, what});
        }
        return result;
    }

    void startRecording()
    {
        slow_.clear();
        clock_.start();
        recording_ = true;
    }
    std::vector<Slow> stopRecording()
    {
        recording_ = false;
        std::sort(slow_.begin(), slow_.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        return slow_;
    }

private:
    bool recording_ = false;
    int depth_ = 0;
    QElapsedTimer clock_;
    std::vector<Slow> slow_;
};

Figures figuresOf(std::vector<double> gaps)
{
    Figures f;
    std::sort(gaps.begin(), gaps.end());
    if (!gaps.empty()) {
        f.longest = gaps.back();
        f.p99 = gaps[size_t(double(gaps.size() - 1) * 0.99)];
    }
    f.over50 = long(std::count_if(gaps.begin(), gaps.end(), [](double ms) { return ms > 50.0; }));
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("MAILTLS_NO_PRACTICE_SERVER", "1");
    TimedApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s LIST OUT.jsonl [--concurrency N] [--per-host N] [--delay MS] [--timeout S] "
                             "[--mode session|scan]\n", argv[0]);
        return 2;
    }
    const QString listPath = args.takeFirst();
    const QString outPath = args.takeFirst();
    int concurrency = 8, perHost = 1, delayMs = 0, timeoutS = 10;
    QString mode = QStringLiteral("session");
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString &key = args.at(i);
        const QString &value = args.at(i + 1);
        if (key == QLatin1String("--concurrency"))
            concurrency = value.toInt();
        else if (key == QLatin1String("--per-host"))
            perHost = value.toInt();
        else if (key == QLatin1String("--delay"))
            delayMs = value.toInt();
        else if (key == QLatin1String("--timeout"))
            timeoutS = value.toInt();
        else if (key == QLatin1String("--mode"))
            mode = value;
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(key));
            return 2;
        }
    }
    QFile list(listPath);
    if (!list.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(listPath));
        return 2;
    }
    const QString listText = QString::fromUtf8(list.readAll());

    int exitCode = 0;
    {
        mailtls::ui::MainWindow window;
        window.resize(1400, 820);
        window.show();
        mailtls::ui::FleetView *fleet = window.fleetView();
        // The Fleet tab in front, as a user watching the table fill would have it.
        QTabWidget *tabs = window.tabs();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->widget(i) == fleet || tabs->widget(i)->isAncestorOf(fleet))
                tabs->setCurrentIndex(i);
        }
        if (!fleet->isVisible()) {
            // Not in the main tab bar: bring every ancestor tab page to the front.
            for (QWidget *w = fleet; w && w->parentWidget(); w = w->parentWidget()) {
                if (auto *t = qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget()))
                    t->setCurrentWidget(w);
            }
        }

        fleet->setTargetsText(listText);
        fleet->modeCombo()->setCurrentIndex(fleet->modeCombo()->findData(
            int(mode == QLatin1String("scan") ? mailtls::core::FleetMode::Scan : mailtls::core::FleetMode::Session)));
        fleet->concurrencySpin()->setValue(concurrency);
        fleet->perHostSpin()->setValue(perHost);
        fleet->delaySpin()->setValue(delayMs);
        fleet->timeoutSpin()->setValue(timeoutS);

        StallMeter meter;
        std::vector<Phase> phases;
        QElapsedTimer phaseClock;

        // Idle: the timer's own accuracy with the window shown and nothing to do.
        meter.start();
        phaseClock.start();
        runUntil([&] { return phaseClock.elapsed() > 1000; }, 2000);
        phases.push_back({"idle", meter.stop(), phaseClock.elapsed() / 1000.0, meter.worstAtMs()});
        const long rssBeforeKb = procStatusKb("VmRSS");

        // The run: Start as a click would, until the view says it finished and every row is done.
        bool finished = false;
        QObject::connect(fleet, &mailtls::ui::FleetView::fleetFinished, [&finished] { finished = true; });
        long rssPeakSampledKb = rssBeforeKb;
        QTimer sampler;
        sampler.setInterval(100);
        QObject::connect(&sampler, &QTimer::timeout, [&] { rssPeakSampledKb = std::max(rssPeakSampledKb, procStatusKb("VmRSS")); });
        // When the rows finish (ms after Start): the first, the half and the last.
        qint64 firstRowMs = -1, halfRowsMs = -1;
        QObject::connect(fleet->model(), &QAbstractItemModel::dataChanged, [&] {
            const int done = fleet->model()->finishedCount();
            if (done > 0 && firstRowMs < 0)
                firstRowMs = phaseClock.elapsed();
            if (done * 2 >= fleet->model()->rowCount() && halfRowsMs < 0)
                halfRowsMs = phaseClock.elapsed();
        });

        double cpu0 = 0, wait0 = 0, cpu1 = 0, wait1 = 0;
        schedstatMs(&cpu0, &wait0);
        meter.start();
        phaseClock.start();
        app.startRecording();
        sampler.start();
        fleet->startButton()->click();
        const bool ran = runUntil([&] { return finished; }, 1800000);
        const double runSeconds = phaseClock.elapsed() / 1000.0;
        sampler.stop();
        const std::vector<TimedApplication::Slow> slowEvents = app.stopRecording();
        schedstatMs(&cpu1, &wait1);
        phases.push_back({"fleet", meter.stop(), runSeconds, meter.worstAtMs()});
        const long hwmKb = procStatusKb("VmHWM");
        rssPeakSampledKb = std::max(rssPeakSampledKb, procStatusKb("VmRSS"));
        if (!ran) {
            std::fprintf(stderr, "the fleet did not finish in 30 minutes\n");
            exitCode = 1;
        }

        // Every finished row's report, for the caller's check.
        const mailtls::ui::FleetModel *model = fleet->model();
        int rowsDone = 0, rowsCancelled = 0;
        QFile out(outPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(outPath));
            return 2;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->hasReport(row))
                continue;
            ++rowsDone;
            if (model->facts(row).cancelled)
                ++rowsCancelled;
            out.write(mailtls::core::reportToJsonLine(model->report(row)));
        }
        out.close();

        std::printf("Event-loop stalls of the workbench window's Fleet tab (gap between 1 ms timer ticks):\n");
        for (const Phase &p : phases)
            print(p);
        const Figures f = figuresOf(phases.back().gaps);
        std::printf("\nrows=%d\n", model->rowCount());
        std::printf("rows_done=%d\n", rowsDone);
        std::printf("rows_cancelled=%d\n", rowsCancelled);
        std::printf("finished=%d\n", ran ? 1 : 0);
        std::printf("wall_s=%.3f\n", runSeconds);
        std::printf("first_row_ms=%lld\n", static_cast<long long>(firstRowMs));
        std::printf("half_rows_ms=%lld\n", static_cast<long long>(halfRowsMs));
        std::printf("longest_stall_ms=%.2f\n", f.longest);
        std::printf("longest_stall_at_ms=%.0f\n", phases.back().worstAtMs);
        std::printf("p99_stall_ms=%.3f\n", f.p99);
        std::printf("stalls_over_50ms=%ld\n", f.over50);
        std::printf("ticks=%zu\n", phases.back().gaps.size());
        std::printf("rss_before_kb=%ld\n", rssBeforeKb);
        std::printf("rss_peak_sampled_kb=%ld\n", rssPeakSampledKb);
        std::printf("vmhwm_kb=%ld\n", hwmKb);
        std::printf("progress_label=%s\n", qPrintable(fleet->progressLabel()->text()));
        std::printf("gui_thread_cpu_ms=%.0f\n", cpu0 >= 0 ? cpu1 - cpu0 : -1.0);
        std::printf("gui_thread_runqueue_wait_ms=%.0f\n", wait0 >= 0 ? wait1 - wait0 : -1.0);
        std::printf("events_over_20ms=%zu\n", slowEvents.size());
        std::printf("\nThe slowest events the loop dispatched during the run (ms after Start):\n");
        for (size_t i = 0; i < slowEvents.size() && i < 8; ++i)
            std::printf("  %7.1f ms (%5.1f ms on a CPU) at %6lld ms: %s\n", slowEvents[i].ms, slowEvents[i].cpuMs,
                        static_cast<long long>(slowEvents[i].atMs), qPrintable(slowEvents[i].what));
        std::fflush(stdout);
        if (f.longest >= 50.0 && exitCode == 0)
            exitCode = 3;
    }
    mailtls::core::Job::waitForAll(10000);
    return exitCode;
}
