#pragma once

// A session as the CLI and the workbench run it: the engine gathers the facts
// (protocol/session_engine), the findings pipeline judges them (diagnose/findings_pipeline),
// and the report comes back diagnosed. Runs on the calling thread; the workbench calls it
// inside a Job.

#include <QMutex>
#include <QStringList>

#include <functional>

#include "base/cancel_token.h"
#include "model/report.h"
#include "model/session_options.h"

namespace mailtls::core {

// Called on the session's thread as things happen.
struct SessionEvents {
    std::function<void(const TranscriptLine &)> line;
    std::function<void(const HandshakeMessage &)> handshakeMessage;
    std::function<void(const QString &)> phase;   // "connecting", "banner", "tls", ..., "done"
};

// The planned conversation, then the findings. The report carries both.
Report runSession(const SessionOptions &options, const CancelToken &cancel, const SessionEvents &events = {});

// What the user types into an open session, handed from any thread to the session's thread.
// Every call wakes the session's network wait through the CancelToken it shares.
class SessionInbox
{
public:
    explicit SessionInbox(CancelToken wake) : wake_(std::move(wake)) {}
    void sendLine(const QString &line);
    void disconnect();
    // The session's side: the lines typed since the last call, and whether to disconnect.
    void take(QStringList *lines, bool *disconnect);

private:
    CancelToken wake_;
    QMutex mutex_;
    QStringList pending_;
    bool disconnect_ = false;
};

// The workbench's session: the planned part, diagnosed and handed to `ready` together with
// whether the connection stays open for typing; then every line from `inbox` goes to the server
// as typed until the user disconnects, the server closes or `cancel` fires. Returns the report
// with the whole transcript.
Report runInteractiveSession(const SessionOptions &options, const CancelToken &cancel, const SessionEvents &events,
                             const std::function<void(const Report &, bool interactive)> &ready, SessionInbox &inbox);

} // namespace mailtls::core
