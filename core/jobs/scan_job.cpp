#include "jobs/scan_job.h"

#include <QElapsedTimer>

#include "diagnose/findings_pipeline.h"
#include "scan/scanner.h"

namespace mailtls::core {

namespace {

// A scan's trust anchors, the name asked for (the host scanned when none was named) and the
// expected certificate.
DiagnosisOptions scanDiagnosisOptions(const ScanOptions &options)
{
    DiagnosisOptions d;
    d.caFile = options.caFile;
    d.servername = options.servername.isEmpty() ? options.target.host : options.servername;
    d.expectCertFile = options.expectCertFile;
    return d;
}

} // namespace

Report runScan(const ScanOptions &options, const CancelToken &cancel, const ScanEvents &events,
               std::shared_ptr<HostLimiter> limiter)
{
    ScanCallbacks callbacks;
    callbacks.progress = events.progress;
    callbacks.line = events.line;
    Scanner scanner(options, cancel, callbacks, std::move(limiter));
    Report report = scanner.run();

    QElapsedTimer diagnosing;
    diagnosing.start();
    const Diagnosis diagnosis = diagnoseScan(report, scanDiagnosisOptions(options));
    report.findings = diagnosis.findings;
    auto note = [&](const QString &text) {
        TranscriptLine line;
        line.tMs = report.durationMs + diagnosing.elapsed();
        line.dir = LineDirection::Note;
        line.text = text;
        report.transcript << line;
        if (events.line)
            events.line(line);
    };
    for (const QString &text : diagnosis.notes)
        note(text);
    report.durationMs += diagnosing.elapsed();
    if (report.scan.present)
        note(QStringLiteral("done: %1 connections, %2 handshakes, %3 retries in %4 ms")
                 .arg(report.scan.connections).arg(report.scan.handshakes).arg(report.scan.retries).arg(report.durationMs));
    return report;
}

} // namespace mailtls::core
