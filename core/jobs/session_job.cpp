#include "jobs/session_job.h"

#include "diagnose/findings_pipeline.h"
#include "protocol/session_engine.h"
#include "protocol/smtp_dialogue.h"

namespace mailtls::core {

namespace {

SessionCallbacks callbacksFor(const SessionEvents &events)
{
    SessionCallbacks c;
    c.line = events.line;
    c.handshakeMessage = events.handshakeMessage;
    c.phase = events.phase;
    return c;
}

// The findings of a finished (or ended) planned part; notes the pipeline has go into the
// transcript like every other note of the session.
void diagnose(Report *report, const SessionOptions &options, const SessionEvents &events)
{
    DiagnosisOptions d;
    d.caFile = options.caFile;
    d.servername = report->target.servername;
    d.expectCertFile = options.expectCertFile;
    d.ehloName = ehloNameOrDefault(options.ehloName);
    const Diagnosis diagnosis = diagnoseSession(*report, d);
    report->findings = diagnosis.findings;
    report->outcome.refusal.cause = diagnosis.refusal.cause;
    report->outcome.refusal.hint = diagnosis.refusal.text;
    report->outcome.refusal.hintPhrase = diagnosis.refusal.textPhrase;
    for (const QString &note : diagnosis.notes) {
        TranscriptLine line;
        line.tMs = report->durationMs;
        line.dir = LineDirection::Note;
        line.text = note;
        report->transcript << line;
        if (events.line)
            events.line(line);
    }
    if (events.phase)
        events.phase(QStringLiteral("done"));
}

} // namespace

Report runSession(const SessionOptions &options, const CancelToken &cancel, const SessionEvents &events)
{
    SessionEngine engine(options, cancel, callbacksFor(events));
    Report report = engine.run();
    diagnose(&report, options, events);
    return report;
}

void SessionInbox::sendLine(const QString &line)
{
    QMutexLocker lock(&mutex_);
    pending_ << line;
    wake_.wake();
}

void SessionInbox::disconnect()
{
    QMutexLocker lock(&mutex_);
    disconnect_ = true;
    wake_.wake();
}

void SessionInbox::take(QStringList *lines, bool *disconnect)
{
    QMutexLocker lock(&mutex_);
    *lines = pending_;
    pending_.clear();
    *disconnect = disconnect_;
}

Report runInteractiveSession(const SessionOptions &options, const CancelToken &cancel, const SessionEvents &events,
                             const std::function<void(const Report &, bool)> &ready, SessionInbox &inbox)
{
    SessionEngine engine(options, cancel, callbacksFor(events));
    Report planned = engine.run(true);
    diagnose(&planned, options, events);
    const bool interactive = planned.outcome.completed && planned.outcome.errorKind == ErrorKind::None && !cancel.isCancelled();
    if (ready)
        ready(planned, interactive);
    if (!interactive)
        return planned;
    engine.interact([&inbox](QStringList *lines, bool *disconnect) {
        inbox.take(lines, disconnect);
        return true;
    });
    // The conversation went on: keep the diagnosis of the planned part with the full transcript.
    Report whole = engine.report();
    whole.findings = planned.findings;
    if (whole.outcome.refusal.reply == planned.outcome.refusal.reply)
        whole.outcome.refusal = planned.outcome.refusal;   // with the diagnosis's reading of it
    return whole;
}

} // namespace mailtls::core
