#pragma once

// A fleet: every partner at once (`mailtls fleet`). Runs the ordinary session or scan job
// (jobs/session_job.h, jobs/scan_job.h) for each target of a list on a pool of threads, at most
// `concurrency` at once overall and `perHost` at once against one host, with `delayMs` between
// two connection starts to one host. A host's targets share one HostLimiter (its connections
// at once, its back-off after a busy answer); a session turned away as busy is retried. Each target's report comes back as it finishes. Runs on
// the calling thread (which only watches the clock and the cancel token); the pool's threads
// live and die inside runFleet.

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include "base/phrase.h"

#include <functional>

#include "base/cancel_token.h"
#include "model/report.h"
#include "model/scan_options.h"
#include "model/session_options.h"

namespace mailtls::core {

enum class FleetMode { Session, Scan };

// One target of the list.
struct FleetTarget {
    QString text;                             // as written in the list, e.g. "smtps://mx.example.org"
    int line = 0;                             // where in the list (1-based)
    QString host;
    quint16 port = 25;
    QString dialect = QStringLiteral("smtp"); // "smtp", "lmtp", "none"
    bool implicitTls = false;
};

// One target as a line of the list writes it: HOST[:PORT], [IPv6]:PORT, or smtp://HOST[:PORT]
// (STARTTLS, 25), smtps://HOST[:PORT] (implicit TLS, 465), lmtp://HOST[:PORT] (LMTP with
// STARTTLS, 24). Without a scheme the port decides, as for a session (465 implicit TLS, 24
// LMTP). False with the reason (English; *errorPhrase, when given, the same for the faces). Read
// the same by `mailtls fleet` and the window's Fleet tab.
bool parseFleetTarget(const QString &text, FleetTarget *out, QString *error, Phrase *errorPhrase = nullptr);

// The list: one target a line; '#' starts a comment; blank lines are ignored. A bad line, an
// overlong line (limits::kFleetLineChars), a target listed twice and lines past
// limits::kFleetTargets are listed in *problems as "NAME:LINE: why" and skipped; *problemPhrases
// (when given) holds the same texts as phrases, for the faces.
void parseFleetList(QIODevice *in, const QString &name, QList<FleetTarget> *targets, QStringList *problems,
                    QList<Phrase> *problemPhrases = nullptr);

// What a target is matched on across runs (`--resume`, `--baseline`): host (lower case), port,
// dialect, implicit TLS. "mx.example.org:465/smtp+tls".
QString fleetTargetKey(const QString &host, quint16 port, const QString &dialect, bool implicitTls);
QString fleetTargetKey(const FleetTarget &target);
QString fleetTargetKey(const Target &reported);

// Which host a target counts against for --per-host and --delay: the name or address as
// written, lower case (two names of one address are two hosts).
QString fleetHostOf(const FleetTarget &target);

struct FleetRequest {
    FleetMode mode = FleetMode::Session;
    QList<FleetTarget> targets;
    // Templates: host, port, dialect, implicit TLS and SNI are replaced per target. A scan's
    // maxConnections and delayMs are set from perHost and delayMs.
    SessionOptions session;
    ScanOptions scan;
    int concurrency = 8;   // targets running at once, overall
    int perHost = 1;       // targets running at once against one host
    int delayMs = 0;       // at least this long between two starts against one host
    int maxTimeMs = 0;     // the whole run's bound (0: none): past it, running targets are cancelled
};

struct FleetProgress {
    int total = 0;
    int started = 0;
    int finished = 0;
    int running = 0;
};

struct FleetOutcome {
    int finished = 0;      // targets whose report came back (cancelled ones included)
    int notStarted = 0;    // targets never started (cancel or --max-time came first)
    bool cancelled = false;   // `cancel` fired
    bool timedOut = false;    // maxTimeMs passed
    qint64 elapsedMs = 0;
};

// Called one at a time (never concurrently), from the pool's threads: `index` is the target's
// place in request.targets. A target stopped by cancel or the time bound comes back with
// outcome.errorKind Cancelled.
using FleetResultFn = std::function<void(int index, const Report &report)>;
using FleetProgressFn = std::function<void(const FleetProgress &progress)>;

FleetOutcome runFleet(const FleetRequest &request, const CancelToken &cancel, const FleetResultFn &onResult,
                      const FleetProgressFn &onProgress = {});

} // namespace mailtls::core
