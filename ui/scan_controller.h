#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include "protocol/session_options.h"
#include "report/report.h"
#include "scan/scanner.h"

namespace mailtls::ui {

// Runs one core::Scanner at a time on a thread of its own and brings its progress and result
// to the GUI thread by queued signals. Cancel returns to idle at once: the scanner is told to
// stop through its CancelToken, its late signals are dropped, and its thread finishes and
// deletes itself in the background. Nothing here waits on the GUI thread except the bounded
// join in shutdown().
class ScanController : public QObject
{
    Q_OBJECT
public:
    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    bool isScanning() const { return scanning_; }
    int finishingThreadCount() const;   // threads of cancelled scans still running

    // What the target bar's settings mean for a scan.
    static core::ScanOptions optionsFor(const core::SessionOptions &session);

public Q_SLOTS:
    void start(const mailtls::core::ScanOptions &options);
    void cancel();
    void shutdown(int timeoutMs = 3000);

Q_SIGNALS:
    void scanningChanged(bool scanning);
    void progress(int done, int total);
    void lineAdded(const mailtls::core::TranscriptLine &line);
    void finished(const mailtls::core::Report &report);
    // The user cancelled; no finished() follows for that scan.
    void cancelled();

private:
    class Worker;
    void setScanning(bool scanning);
    void release();

    bool scanning_ = false;
    quint64 generation_ = 0;
    QPointer<Worker> current_;
    QList<QPointer<QThread>> finishing_;
};

} // namespace mailtls::ui
