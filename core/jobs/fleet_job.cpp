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
#include <thread>
#include <vector>

#include "jobs/scan_job.h"
#include "jobs/session_job.h"
#include "base/limits.h"
#include "model/session_options.h"
#include "model/targets.h"

namespace mailtls::core {

bool parseFleetTarget(const QString &text, FleetTarget *out, QString *error)
{
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
            *error = QStringLiteral("'%1': unknown scheme '%2://' (smtp://, smtps:// or lmtp://)").arg(t, scheme);
            return false;
        }
        QString rest = t.mid(schemeEnd + 3);
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        if (rest.isEmpty()) {
            *error = QStringLiteral("'%1': no host").arg(t);
            return false;
        }
        if (rest.contains(QLatin1Char('/')) || rest.contains(QLatin1Char('@')) || rest.contains(QLatin1Char('?'))) {
            *error = QStringLiteral("'%1': a target URL names a host and a port, nothing more").arg(t);
            return false;
        }
        if (!parseHostPort(rest, &target.host, &port, error))
            return false;
        target.port = port;
    } else {
        quint16 port = 25;
        if (!parseHostPort(t, &target.host, &port, error))
            return false;
        target.port = port;
        target.dialect = defaultDialectForPort(port);
        target.implicitTls = defaultImplicitTlsForPort(port);
    }
    *out = target;
    return true;
}

void parseFleetList(QIODevice *in, const QString &name, QList<FleetTarget> *targets, QStringList *problems)
{
    const qint64 maxLine = limits::kFleetLineChars;
    QHash<QString, int> seen;   // key -> line
    int number = 0;
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
            problems->append(QStringLiteral("%1:%2: longer than %3 characters, skipped").arg(name).arg(number).arg(maxLine));
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
            problems->append(QStringLiteral("%1:%2: one target a line, not '%3'").arg(name).arg(number).arg(line));
            continue;
        }
        if (targets->size() >= limits::kFleetTargets) {
            problems->append(QStringLiteral("%1:%2: more than %3 targets, the rest of the list is skipped")
                                 .arg(name).arg(number).arg(limits::kFleetTargets));
            break;
        }
        FleetTarget target;
        QString why;
        if (!parseFleetTarget(line, &target, &why)) {
            problems->append(QStringLiteral("%1:%2: %3").arg(name).arg(number).arg(why));
            continue;
        }
        target.line = number;
        const QString key = fleetTargetKey(target);
        if (seen.contains(key)) {
            problems->append(QStringLiteral("%1:%2: the same target as line %3, skipped").arg(name).arg(number).arg(seen.value(key)));
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

Report runOne(const FleetRequest &request, const FleetTarget &target, const CancelToken &token)
{
    if (request.mode == FleetMode::Scan) {
        ScanOptions options = request.scan;
        const ScanTarget templ = options.target;
        options.target = scanTargetForHost(target.host, target.port, target.dialect, templ.timeoutMs);
        options.target.implicitTls = target.implicitTls || target.dialect == QLatin1String("none");
        options.target.ehloName = templ.ehloName;
        options.maxConnections = qMax(1, request.perHost);
        options.delayMs = qMax(options.delayMs, request.delayMs);
        return runScan(options, token);
    }
    SessionOptions options = request.session;
    options.host = target.host;
    options.port = target.port;
    options.dialect = target.dialect;
    options.implicitTls = target.implicitTls;
    options.sni.clear();
    options.sendSni = true;
    return runSession(options, token);
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
            Report result = runOne(request, request.targets.at(index), runToken);
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
    for (int i = 0; i < threads; ++i)
        pool.emplace_back(worker);

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
