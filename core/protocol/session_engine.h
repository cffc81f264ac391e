#pragma once

// Runs one SMTP/LMTP session with STARTTLS (or implicit TLS) on the calling thread, with a
// deadline on every step and cancellation from any thread. Gathers facts only: the transcript,
// the handshake, the chain, the outcome. Judging them is diagnose/'s job; jobs/session_job runs
// the two in turn for the CLI and the workbench.

#include <QObject>

#include <functional>
#include <memory>

#include "base/cancel_token.h"
#include "model/session_options.h"
#include "model/report.h"

namespace mailtls::core {

// Called on the session's thread as things happen.
struct SessionCallbacks {
    std::function<void(const TranscriptLine &)> line;
    std::function<void(const HandshakeMessage &)> handshakeMessage;
    std::function<void(const QString &)> phase;   // "connecting", "banner", "tls", ...
};

class SessionEngine
{
public:
    SessionEngine(SessionOptions options, CancelToken cancel, SessionCallbacks callbacks = {});
    ~SessionEngine();

    // The planned conversation: connect, banner, EHLO, STARTTLS, handshake, EHLO, optional
    // AUTH / MAIL / RCPT / DATA, QUIT (when options.quit). No findings. Never throws.
    // When keepOpen is true the connection stays open afterwards for interact().
    Report run(bool keepOpen = false);

    // After run(true) succeeded: pass each line from `nextLine` to the server as typed and
    // report every server line as it arrives, until the server closes, cancel, or nextLine
    // returns false for "disconnect". nextLine is polled whenever the cancel token is woken.
    void interact(const std::function<bool(QStringList *lines, bool *disconnect)> &takeLines);

    const Report &report() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtls::core
