#pragma once

// One budget of simultaneous connections per proxy, process-wide: every Connection through a
// proxy holds a place in the budget of that proxy (its host:port) from before it connects to
// the proxy until it closes. Scans and their lanes, sessions, simulations, fleet and domain runs
// share it, across targets, so the proxy never sees more than its budget from us at once (the
// default is limits::kProxyConnectionsDefault; `--proxy-connections N`). Thread-safe.

#include <QString>

#include "base/cancel_token.h"
#include "base/error.h"
#include "net/proxy_hop.h"

namespace mailtls::core {

// The budget a hop asks for: its maxConnections, or the default, bounded to 1..kProxyConnectionsMax.
int proxyBudgetLimit(const ProxyHop &hop);

// A place in a proxy's budget, held until release() or destruction.
class ProxyBudgetSlot
{
public:
    ProxyBudgetSlot() = default;
    ~ProxyBudgetSlot() { release(); }
    ProxyBudgetSlot(const ProxyBudgetSlot &) = delete;
    ProxyBudgetSlot &operator=(const ProxyBudgetSlot &) = delete;

    // Waits for a place in the budget of hop's proxy (cancellable; at most
    // limits::kProxySlotWaitMs, then false with ErrorKind::Busy). The budget's size is the
    // hop's (the last one asked with wins, for a proxy used with two sizes at once).
    bool acquire(const ProxyHop &hop, const CancelToken &cancel, Error *error);
    void release();
    bool held() const { return !key_.isEmpty(); }

private:
    QString key_;
};

// For tests and the window: connections through the proxy host:port open now, and the most
// open at once since the process started.
int proxyBudgetInUse(const QString &host, quint16 port);
int proxyBudgetPeak(const QString &host, quint16 port);

} // namespace mailtls::core
