#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include "base/cancel_token.h"
#include "base/error.h"
#include "net/proxy_budget.h"
#include "net/proxy_hop.h"

namespace mailtls::core {

// A blocking TCP connection with a deadline on every step and instant cancellation: every
// wait polls the socket together with the CancelToken's descriptor. Failures are Errors of kind
// Resolve, Refused, Unreachable, Timeout, Closed, Io or Cancelled, in words the user can act on.
class Connection
{
public:
    explicit Connection(CancelToken cancel);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Takes over a socket that is already connected (one a server accepted): made non-blocking,
    // closed by this object. Every wait below works on it as on one we connected.
    void adopt(int fd, const QString &peerAddress = QString());
    // Resolves host (name, IPv4 or IPv6 literal) and tries each address until one connects.
    // With a proxy set: connects to the proxy and asks it for host:port (the proxy resolves a
    // name); the proxy's answer is read within timeoutMs and bounded by base/limits.h, and a
    // refusal is an Error naming the proxy and its reason (a busy proxy: ErrorKind::Busy).
    // A connection through a proxy first waits for a place in that proxy's budget
    // (net/proxy_budget.h) and holds it until close().
    bool connectTo(const QString &host, quint16 port, int timeoutMs, Error *error);
    // The proxy later connectTo() calls go through (a hop with Protocol::None: direct).
    void setProxy(const ProxyHop &proxy) { proxy_ = proxy; }
    const ProxyHop &proxy() const { return proxy_; }
    // The address connected to, or "via SOCKS5 127.0.0.1:1080" through a proxy.
    QString peerAddress() const { return peerAddress_; }
    bool isOpen() const { return fd_ >= 0; }

    enum class Wait { Readable, Woken, Timeout, Cancelled, Error };
    // Waits for data; Woken when CancelToken::wake() was called without cancelling.
    Wait waitReadable(int timeoutMs);

    // Reads what is available (waiting up to timeoutMs). Closed by the peer: false, ErrorKind::Closed.
    bool readSome(QByteArray *out, int timeoutMs, Error *error);
    // Reads without waiting: true and possibly empty when nothing is there yet.
    bool readAvailable(QByteArray *out, Error *error);
    bool writeAll(const QByteArray &bytes, int timeoutMs, Error *error);
    // Sends what the socket takes at once and drops the rest, never waiting (a courtesy line
    // on the way out, when nobody will read an error).
    void writeWithoutWaiting(const QByteArray &bytes);
    void close();

    const CancelToken &cancelToken() const { return cancel_; }

private:
    bool waitFor(short events, int timeoutMs, Error *error, const Phrase &what);
    bool connectDirect(const QString &host, quint16 port, int timeoutMs, Error *error);
    // Before closing a connection through a proxy: half-close, then read (and drop) until the
    // proxy closes its side, at most limits::kProxyLingerMs.
    void lingerForProxy();
    // The proxy handshakes (net/proxy_handshake.cpp). They read exactly the proxy's answer and
    // not one byte past it: what follows is the server's.
    bool socks5Handshake(const QString &host, quint16 port, int timeoutMs, Error *error);
    bool httpConnectHandshake(const QString &host, quint16 port, int timeoutMs, Error *error);
    bool proxyReadExactly(QByteArray *out, int n, const QDeadlineTimer &deadline, Error *error);
    bool proxyReadHead(QByteArray *head, const QDeadlineTimer &deadline, Error *error);
    bool proxyWrite(const QByteArray &bytes, const QDeadlineTimer &deadline, Error *error);

    CancelToken cancel_;
    int fd_ = -1;
    QString peerAddress_;
    ProxyHop proxy_;
    ProxyBudgetSlot proxySlot_;   // held from before the proxy connect until close()
};

} // namespace mailtls::core
