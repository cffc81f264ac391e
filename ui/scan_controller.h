#pragma once

#include <QObject>

#include "model/report.h"
#include "model/scan_options.h"
#include "model/session_options.h"

#include "jobs/job.h"

namespace mailtls::ui {

// Runs one scan at a time as a core::Job and brings its progress, transcript and result to the
// GUI thread. Cancel returns to idle at once: the job's CancelToken fires, its late reports are
// dropped, and its thread ends on its own. Nothing here waits.
class ScanController : public QObject
{
    Q_OBJECT
public:
    // What a scan runs: the diagnosed scan (core::runScan), or the scan a comparison needs
    // (core::scanForComparison, which adds a session for the chain when the scan saw none).
    enum class Kind { Scan, Comparison };

    explicit ScanController(QObject *parent = nullptr, Kind kind = Kind::Scan);
    ~ScanController() override;

    bool isScanning() const { return scanning_; }
    int finishingThreadCount() const;   // jobs of cancelled scans still running

    // What the target bar's settings mean for a scan.
    static core::ScanOptions optionsFor(const core::SessionOptions &session);

public Q_SLOTS:
    void start(const mailtls::core::ScanOptions &options);
    void cancel();
    void shutdown();

Q_SIGNALS:
    void scanningChanged(bool scanning);
    void progress(int done, int total);
    void lineAdded(const mailtls::core::TranscriptLine &line);
    void finished(const mailtls::core::Report &report);
    // The user cancelled; no finished() follows for that scan.
    void cancelled();

private:
    void setScanning(bool scanning);

    Kind kind_;
    bool scanning_ = false;
    core::JobSlot job_;
};

} // namespace mailtls::ui
