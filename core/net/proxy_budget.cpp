#include "net/proxy_budget.h"

#include <QHash>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "base/limits.h"

namespace mailtls::core {

namespace {

struct Budget {
    int limit = limits::kProxyConnectionsDefault;
    int inUse = 0;
    int peak = 0;
};

struct Registry {
    std::mutex m;
    std::condition_variable cv;
    QHash<QString, Budget> budgets;
};

Registry &registry()
{
    static Registry r;   // lives as long as the process: connections may close during exit
    return r;
}

QString keyFor(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char('|') + QString::number(port);
}

} // namespace

int proxyBudgetLimit(const ProxyHop &hop)
{
    if (hop.maxConnections <= 0)
        return limits::kProxyConnectionsDefault;
    return qBound(1, hop.maxConnections, limits::kProxyConnectionsMax);
}

bool ProxyBudgetSlot::acquire(const ProxyHop &hop, const CancelToken &cancel, Error *error)
{
    release();
    const QString key = keyFor(hop.host, hop.port);
    const int limit = proxyBudgetLimit(hop);
    Registry &r = registry();
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(limits::kProxySlotWaitMs);
    std::unique_lock<std::mutex> lock(r.m);
    for (;;) {
        if (cancel.isCancelled()) {
            if (error)
                *error = makeError(ErrorKind::Cancelled, phrase("Errors", "cancelled"));
            return false;
        }
        Budget &b = r.budgets[key];
        b.limit = limit;
        if (b.inUse < b.limit) {
            ++b.inUse;
            b.peak = qMax(b.peak, b.inUse);
            key_ = key;
            return true;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= until) {
            if (error)
                *error = makeError(ErrorKind::Busy,
                                   phrase("Errors", "no free place in the budget of the %1 (%2 connection(s) at once) within %3 s")
                                       .arg(hop.labelPhrase()).arg(limit).arg(limits::kProxySlotWaitMs / 1000));
            return false;
        }
        // Wake on a release, or in slices to see a cancel.
        r.cv.wait_until(lock, qMin(until, now + std::chrono::milliseconds(50)));
    }
}

void ProxyBudgetSlot::release()
{
    if (key_.isEmpty())
        return;
    Registry &r = registry();
    {
        std::lock_guard<std::mutex> lock(r.m);
        auto it = r.budgets.find(key_);
        if (it != r.budgets.end() && it->inUse > 0)
            --it->inUse;
    }
    key_.clear();
    r.cv.notify_all();
}

int proxyBudgetInUse(const QString &host, quint16 port)
{
    Registry &r = registry();
    std::lock_guard<std::mutex> lock(r.m);
    return r.budgets.value(keyFor(host, port)).inUse;
}

int proxyBudgetPeak(const QString &host, quint16 port)
{
    Registry &r = registry();
    std::lock_guard<std::mutex> lock(r.m);
    return r.budgets.value(keyFor(host, port)).peak;
}

} // namespace mailtls::core
