#include "jobs/fleet_job.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <list>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "jobs/scan_job.h"
#include "jobs/session_job.h"
#include "base/limits.h"
#include "scan/host_limiter.h"
#include "model/session_options.h"
#include "model/targets.h"

namespace mailtls::core {

bool parseFleetTarget(const QString &text, FleetTarget *out, QString *error, Phrase *errorPhrase)
{
    const auto failWith = [error, errorPhrase](const Phrase &why) {
        *error = why.english();
        if (errorPhrase)
            *errorPhrase = why;
        return false;
    };
    const QString t = text.trimmed();
    FleetTarget target;
    target.text = t;
    const int schemeEnd = t.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0) {
        const QString scheme = t.left(schemeEnd).toLower();
        quint16 port = 25;
        if (scheme == QLatin1String("smtp")) {
            target.dialect = QStringLiteral("smtp");
        } else if (scheme == QLatin1String("smtps")) {
            target.dialect = QStringLiteral("smtp");
            target.implicitTls = true;
            port = 465;
        } else if (scheme == QLatin1String("lmtp")) {
            target.dialect = QStringLiteral("lmtp");
            port = 24;
        } else {
            return failWith(phrase("Errors", "'%1': unknown scheme '%2://' (smtp://, smtps:// or lmtp://)").arg(t).arg(scheme));
        }
        QString rest = t.mid(schemeEnd + 3);
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        if (rest.isEmpty()) {
            return failWith(phrase("Errors", "'%1': no host").arg(t));
        }
        if (rest.contains(QLatin1Char('/')) || rest.contains(QLatin1Char('@')) || rest.contains(QLatin1Char('?'))) {
            return failWith(phrase("Errors", "'%1': a target URL names a host and a port, nothing more").arg(t));
        }
        if (!parseHostPort(rest, &target.host, &port, error, errorPhrase))
            return false;
        target.port = port;
    } else {
        quint16 port = 25;
        if (!parseHostPort(t, &target.host, &port, error, errorPhrase))
            return false;
        target.port = port;
        target.dialect = defaultDialectForPort(port);
        target.implicitTls = defaultImplicitTlsForPort(port);
    }
    *out = target;
    return true;
}

void parseFleetList(QIODevice *in, const QString &name, QList<FleetTarget> *targets, QStringList *problems,
                    QList<Phrase> *problemPhrases)
{
    const qint64 maxLine = limits::kFleetLineChars;
    QHash<QString, int> seen;   // key -> line
    int number = 0;
    const auto problem = [&](const Phrase &why) {
        const Phrase p = phrase("Errors", "%1:%2: %3").arg(name).arg(number).arg(why);
        problems->append(p.english());
        if (problemPhrases)
            problemPhrases->append(p);
    };
    // Read until readLine() comes back empty (the end, or an error): atEnd() of a pipe may say
    // "end" before its first bytes arrive.
    for (;;) {
        const QByteArray bytes = in->readLine(maxLine + 2);
        if (bytes.isEmpty())
            break;
        ++number;
        if (bytes.size() > maxLine && !bytes.endsWith('\n')) {
            for (;;) {   // the rest of the overlong line, dropped
                const QByteArray more = in->readLine(64 * 1024);
                if (more.isEmpty() || more.endsWith('\n'))
                    break;
            }
            problem(phrase("Errors", "longer than %1 characters, skipped").arg(maxLine));
            continue;
        }
        QString line = QString::fromUtf8(bytes);
        const int hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.contains(QLatin1Char(' ')) || line.contains(QLatin1Char('\t'))) {
            problem(phrase("Errors", "one target a line, not '%1'").arg(line));
            continue;
        }
        if (targets->size() >= limits::kFleetTargets) {
            problem(phrase("Errors", "more than %1 targets, the rest of the list is skipped").arg(limits::kFleetTargets));
            break;
        }
        FleetTarget target;
        QString why;
        Phrase whyPhrase;
        if (!parseFleetTarget(line, &target, &why, &whyPhrase)) {
            problem(whyPhrase.english() == why ? whyPhrase : Phrase(why));
            continue;
        }
        target.line = number;
        const QString key = fleetTargetKey(target);
        if (seen.contains(key)) {
            problem(phrase("Errors", "the same target as line %1, skipped").arg(seen.value(key)));
            continue;
        }
        seen.insert(key, number);
        targets->append(target);
    }
}

QString fleetTargetKey(const QString &host, quint16 port, const QString &dialect, bool implicitTls)
{
    QString h = host.toLower();
    if (h.contains(QLatin1Char(':')))
        h = QLatin1Char('[') + h + QLatin1Char(']');
    return QStringLiteral("%1:%2/%3%4").arg(h).arg(port).arg(dialect, implicitTls ? QStringLiteral("+tls") : QString());
}

QString fleetTargetKey(const FleetTarget &target)
{
    // A bare TLS service is implicit TLS however it was named.
    return fleetTargetKey(target.host, target.port, target.dialect,
                          target.implicitTls || target.dialect == QLatin1String("none"));
}

QString fleetTargetKey(const Target &reported)
{
    return fleetTargetKey(reported.host, reported.port, reported.dialect,
                          reported.implicitTls || reported.dialect == QLatin1String("none"));
}

QString fleetHostOf(const FleetTarget &target)
{
    return target.host.toLower();
}

namespace {

using Clock = std::chrono::steady_clock;

qint64 nowMs(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

// Which target may start next: hosts in the order they first appear in the list, each with
// its targets in list order; a host is skipped while it has perHost targets running or its
// last start was less than delayMs ago.
class Scheduler
{
public:
    Scheduler(const FleetRequest &request) : perHost_(qMax(1, request.perHost)), delayMs_(qMax(0, request.delayMs))
    {
        QHash<QString, size_t> index;
        for (int i = 0; i < request.targets.size(); ++i) {
            const QString host = fleetHostOf(request.targets.at(i));
            auto it = index.find(host);
            if (it == index.end()) {
                it = index.insert(host, hosts_.size());
                hosts_.push_back(Host{});
                order_.push_back(it.value());
            }
            hosts_[it.value()].pending.push_back(i);
            hostOfTarget_.push_back(it.value());
        }
    }

    // The next target that may start at `now`, or -1 (then *wakeAtMs is when one might, or
    // -1 when only a finishing target can free a slot).
    int take(qint64 now, qint64 *wakeAtMs)
    {
        *wakeAtMs = -1;
        for (auto it = order_.begin(); it != order_.end(); ++it) {
            Host &h = hosts_[*it];
            if (h.running >= perHost_)
                continue;
            if (h.lastStartMs >= 0 && now - h.lastStartMs < delayMs_) {
                const qint64 at = h.lastStartMs + delayMs_;
                *wakeAtMs = *wakeAtMs < 0 ? at : qMin(*wakeAtMs, at);
                continue;
            }
            const int target = h.pending.front();
            h.pending.pop_front();
            ++h.running;
            h.lastStartMs = now;
            if (h.pending.empty())
                order_.erase(it);
            return target;
        }
        return -1;
    }

    void finished(int target) { --hosts_[hostOfTarget_[size_t(target)]].running; }
    bool empty() const { return order_.empty(); }
    int pendingCount() const
    {
        int n = 0;
        for (const size_t h : order_)
            n += int(hosts_[h].pending.size());
        return n;
    }

private:
    struct Host {
        std::deque<int> pending;
        int running = 0;
        qint64 lastStartMs = -1;
    };
    int perHost_;
    int delayMs_;
    std::vector<Host> hosts_;
    std::vector<size_t> hostOfTarget_;
    std::list<size_t> order_;   // hosts with targets still pending
};

// A session the server turned away as busy (a 421 greeting, a close before it) is tried again
// after a wait that doubles (the scan's own back-off settings), through the host's shared
// limiter, so every target of that host slows down with it; the report that comes back is the
// last attempt's, with the earlier attempts as notes at the top of its transcript. A server
// still busy after the retries is reported as such, not as refusing TLS.
Report runSessionPolitely(const FleetRequest &request, SessionOptions options, HostLimiter &limiter,
                          const CancelToken &token)
{
    // The report that comes back spans every attempt: its start is the first attempt's, its
    // times count from there, and the earlier attempts are notes at the moments they ended.
    const Clock::time_point first = Clock::now();
    QDateTime startedAt;
    QList<TranscriptLine> earlier;
    auto finish = [&](Report report, qint64 attemptStartMs) {
        for (TranscriptLine &line : report.transcript)
            line.tMs += attemptStartMs;
        for (HandshakeMessage &m : report.handshake)
            m.tMs += attemptStartMs;
        report.transcript = earlier + report.transcript;
        report.durationMs += attemptStartMs;
        if (startedAt.isValid())
            report.startedAt = startedAt;
        return report;
    };
    int backoff = qMax(50, request.scan.backoffInitialMs);
    for (int attempt = 0;; ++attempt) {
        if (!limiter.acquire(token)) {
            Report cancelled;
            cancelled.kind = QStringLiteral("session");
            cancelled.target.host = options.host;
            cancelled.target.port = options.port;
            cancelled.target.dialect = options.dialect;
            cancelled.target.implicitTls = options.implicitTls;
            cancelled.outcome.errorKind = ErrorKind::Cancelled;
            cancelled.outcome.errorPhrase = phrase("Errors", "cancelled before the session started");
            cancelled.outcome.error = cancelled.outcome.errorPhrase.english();
            return finish(cancelled, nowMs(first));
        }
        const qint64 attemptStartMs = nowMs(first);
        Report report = runSession(options, token);
        if (!startedAt.isValid())
            startedAt = report.startedAt;
        const bool busy = report.outcome.errorKind == ErrorKind::Busy;
        if (busy)
            limiter.serverBusy();
        else if (report.outcome.connected)
            limiter.serverAnswered();
        limiter.release();
        const bool retry = busy && attempt < request.scan.maxBusyRetries && !token.isCancelled();
        if (!retry)
            return finish(report, attemptStartMs);
        TranscriptLine note;
        note.tMs = nowMs(first);
        note.dir = LineDirection::Note;
        note.text = QStringLiteral("attempt %1: %2; waited %3 ms before trying again (%4 busy answer(s) from this host "
                                   "so far, shared by its targets in this run)")
                        .arg(attempt + 1)
                        .arg(report.outcome.error)
                        .arg(backoff)
                        .arg(limiter.busyAnswers());
        earlier << note;
        if (!sleepCancellable(token, backoff)) {
            // Stopped while waiting: the busy report stands, with what was seen.
            earlier.removeLast();
            return finish(report, attemptStartMs);
        }
        backoff = qMin(backoff * 2, qMax(50, request.scan.backoffMaxMs));
    }
}

Report runOne(const FleetRequest &request, const FleetTarget &target, const std::shared_ptr<HostLimiter> &limiter,
              const CancelToken &token)
{
    if (request.mode == FleetMode::Scan) {
        ScanOptions options = request.scan;
        const ScanTarget templ = options.target;
        options.target = scanTargetForHost(target.host, target.port, target.dialect, templ.timeoutMs);
        options.target.implicitTls = target.implicitTls || target.dialect == QLatin1String("none");
        options.target.ehloName = templ.ehloName;
        options.target.proxy = templ.proxy;
        options.maxConnections = qMax(1, request.perHost);
        options.delayMs = qMax(options.delayMs, request.delayMs);
        return runScan(options, token, {}, limiter);
    }
    SessionOptions options = request.session;
    options.host = target.host;
    options.port = target.port;
    options.dialect = target.dialect;
    options.implicitTls = target.implicitTls;
    options.sni.clear();
    options.sendSni = true;
    return runSessionPolitely(request, options, *limiter, token);
}

} // namespace

FleetOutcome runFleet(const FleetRequest &request, const CancelToken &cancel, const FleetResultFn &onResult,
                      const FleetProgressFn &onProgress)
{
    const Clock::time_point start = Clock::now();
    FleetOutcome outcome;
    const int total = int(request.targets.size());
    if (total == 0)
        return outcome;

    // The pool's own token: cancelled when the caller's is, or when the run's time is up, so a
    // cancel from either side reaches every running session's network wait at once.
    const CancelToken runToken;
    Scheduler scheduler(request);
    // One connection budget per host, shared by all of its targets (see runOne).
    QHash<QString, std::shared_ptr<HostLimiter>> limiters;
    for (const FleetTarget &t : request.targets) {
        std::shared_ptr<HostLimiter> &l = limiters[fleetHostOf(t)];
        if (!l)
            l = std::make_shared<HostLimiter>(qMax(1, request.perHost), qMax(request.delayMs, request.scan.delayMs));
    }
    std::mutex mutex;                  // scheduler, progress counts
    std::condition_variable changed;   // a slot freed, or the run stops
    std::mutex resultMutex;            // onResult and onProgress one at a time
    FleetProgress progress;
    progress.total = total;
    std::atomic<int> workersLeft{0};

    auto report = [&](const FleetProgress &p) {
        if (!onProgress)
            return;
        std::lock_guard<std::mutex> lock(resultMutex);
        onProgress(p);
    };

    auto worker = [&] {
        // The pool's threads (and the scan lanes they start, which inherit it) yield to the
        // window's: with 16 sessions on 2 cores the Fleet tab's table must still fill smoothly.
        // Linux keeps a nice value per thread.
        constexpr int kWorkerNice = 5;
        ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), kWorkerNice);
        for (;;) {
            int index = -1;
            FleetProgress snapshot;
            {
                std::unique_lock<std::mutex> lock(mutex);
                for (;;) {
                    if (runToken.isCancelled() || scheduler.empty())
                        break;
                    qint64 wakeAt = -1;
                    const qint64 now = nowMs(start);
                    index = scheduler.take(now, &wakeAt);
                    if (index >= 0)
                        break;
                    // Nothing may start yet: wait for a slot, the per-host delay, or the end
                    // (in slices, so a cancel is seen promptly).
                    const qint64 wait = wakeAt < 0 ? 50 : std::clamp<qint64>(wakeAt - now, 1, 50);
                    changed.wait_for(lock, std::chrono::milliseconds(wait));
                }
                if (index < 0)
                    break;
                ++progress.started;
                ++progress.running;
                snapshot = progress;
            }
            report(snapshot);
            const FleetTarget &target = request.targets.at(index);
            Report result = runOne(request, target, limiters.value(fleetHostOf(target)), runToken);
            if (result.toolVersion.isEmpty())
                result.toolVersion = QStringLiteral(MAILTLS_VERSION);
            {
                std::lock_guard<std::mutex> lock(mutex);
                scheduler.finished(index);
                ++progress.finished;
                --progress.running;
                snapshot = progress;
            }
            changed.notify_all();
            {
                std::lock_guard<std::mutex> lock(resultMutex);
                if (onResult)
                    onResult(index, result);
            }
            report(snapshot);
        }
        --workersLeft;
        changed.notify_all();
    };

    const int threads = qBound(1, request.concurrency, total);
    workersLeft = threads;
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i) {
        try {
            pool.emplace_back(worker);
        } catch (const std::system_error &) {
            // The system refused another thread: run with the workers there are (or, with
            // none, on this thread, without the watch below until the list is done).
            workersLeft -= threads - i;
            if (pool.empty()) {
                ++workersLeft;
                worker();
            }
            break;
        }
    }

    // The calling thread watches the caller's token and the clock.
    while (workersLeft.load() > 0) {
        if (!runToken.isCancelled()) {
            if (cancel.isCancelled()) {
                outcome.cancelled = true;
                runToken.cancel();
                changed.notify_all();
            } else if (request.maxTimeMs > 0 && nowMs(start) >= request.maxTimeMs) {
                outcome.timedOut = true;
                runToken.cancel();
                changed.notify_all();
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (std::thread &t : pool)
        t.join();

    outcome.finished = progress.finished;
    outcome.notStarted = scheduler.pendingCount();
    outcome.elapsedMs = nowMs(start);
    return outcome;
}

} // namespace mailtls::core
