// Drives the workbench window through a full scan and a live simulation with a GnuTLS priority
// string against HOST:PORT, and measures how long the GUI thread's event loop was ever kept
// from running: a 1 ms timer notes the gap between its own ticks, and every gap above the tick
// is a stall. Prints the longest stall, the 99th percentile and how many stalls passed 50 ms,
// per phase (idle, scan, simulation) and in all.
//
//   bench_event_loop HOST PORT [PRIORITY]        (QT_QPA_PLATFORM=offscreen works)

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "dialogs/simulate_dialog.h"
#include "jobs/job.h"
#include "main_window.h"
#include "scan_controller.h"
#include "views/target_bar.h"

#include "stall_meter.h"

using mailtls::bench::Phase;
using mailtls::bench::StallMeter;
using mailtls::bench::print;
using mailtls::bench::runUntil;

int main(int argc, char *argv[])
{
    qputenv("MAILTLS_NO_PRACTICE_SERVER", "1");
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s HOST PORT [GNUTLS-PRIORITY]\n", argv[0]);
        return 2;
    }
    const QString host = QString::fromLocal8Bit(argv[1]);
    const int port = QString::fromLocal8Bit(argv[2]).toInt();
    const QString priority = argc > 3 ? QString::fromLocal8Bit(argv[3])
                                      : QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1:-AES-128-GCM:+3DES-CBC");

    int exitCode = 0;
    {
        mailtls::ui::MainWindow window;
        window.resize(1400, 820);
        window.show();
        window.targetBar()->hostEdit()->setText(host);
        window.targetBar()->portSpin()->setValue(port);

        StallMeter meter;
        std::vector<Phase> phases;
        QElapsedTimer phaseClock;

        // Idle: what the loop does with nothing to do (the baseline tick accuracy).
        meter.start();
        phaseClock.start();
        runUntil([&] { return phaseClock.elapsed() > 1000; }, 2000);
        phases.push_back({"idle", meter.stop(), phaseClock.elapsed() / 1000.0, meter.worstAtMs()});

        // A full scan through the window's own action.
        meter.start();
        phaseClock.start();
        window.scanAction()->trigger();
        const bool scanned = runUntil([&] { return !window.scanController()->isScanning(); }, 600000);
        phases.push_back({"scan", meter.stop(), phaseClock.elapsed() / 1000.0, meter.worstAtMs()});
        if (!scanned) {
            std::fprintf(stderr, "the scan did not finish in 10 minutes\n");
            exitCode = 1;
        }

        // Tools > Simulate Partner with a pasted GnuTLS priority string, live against the target:
        // expanding the string runs gnutls-cli, then a scan and one real handshake.
        meter.start();
        phaseClock.start();
        mailtls::ui::SimulateDialog *dialog = window.showSimulatePartner();
        dialog->setPastedList(priority);
        dialog->setUseLiveTarget(true);
        bool finished = false;
        QObject::connect(dialog, &mailtls::ui::SimulateDialog::simulationFinished, [&finished] { finished = true; });
        dialog->start();
        const bool simulated = runUntil([&] { return finished; }, 600000);
        phases.push_back({"simulation", meter.stop(), phaseClock.elapsed() / 1000.0, meter.worstAtMs()});
        if (!simulated) {
            std::fprintf(stderr, "the simulation did not finish in 10 minutes\n");
            exitCode = 1;
        } else {
            std::printf("simulation verdict: %s\n", qPrintable(dialog->verdictText()));
        }

        Phase all{"all", {}, 0, -1};
        for (const Phase &p : phases) {
            all.gaps.insert(all.gaps.end(), p.gaps.begin(), p.gaps.end());
            all.seconds += p.seconds;
        }
        std::printf("\nEvent-loop stalls of the workbench window (gap between 1 ms timer ticks):\n");
        for (const Phase &p : phases)
            print(p);
        print(all);
        std::vector<double> g = all.gaps;
        const double longest = g.empty() ? 0 : *std::max_element(g.begin(), g.end());
        std::printf("\ngoal: longest stall under 50 ms -> %s (%.1f ms)\n", longest < 50.0 ? "met" : "NOT met", longest);
        if (longest >= 50.0 && exitCode == 0)
            exitCode = 3;
    }
    mailtls::core::Job::waitForAll(10000);
    return exitCode;
}
