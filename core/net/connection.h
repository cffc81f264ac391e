#pragma once

#include <QByteArray>
#include <QString>

#include "base/cancel_token.h"

namespace mailtls::core {

// Why a network step failed, in terms the user can act on.
struct NetError {
    enum class Kind { None, Resolve, Refused, Unreachable, Timeout, Closed, Cancelled, Io };
    Kind kind = Kind::None;
    QString message;
    bool isError() const { return kind != Kind::None; }
};

// A blocking TCP connection with a deadline on every step and instant cancellation: every
// wait polls the socket together with the CancelToken's descriptor.
class Connection
{
public:
    explicit Connection(CancelToken cancel);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Resolves host (name, IPv4 or IPv6 literal) and tries each address until one connects.
    bool connectTo(const QString &host, quint16 port, int timeoutMs, NetError *error);
    QString peerAddress() const { return peerAddress_; }
    bool isOpen() const { return fd_ >= 0; }

    enum class Wait { Readable, Woken, Timeout, Cancelled, Error };
    // Waits for data; Woken when CancelToken::wake() was called without cancelling.
    Wait waitReadable(int timeoutMs);

    // Reads what is available (waiting up to timeoutMs). Closed by peer: false, Kind::Closed.
    bool readSome(QByteArray *out, int timeoutMs, NetError *error);
    // Reads without waiting: true and possibly empty when nothing is there yet.
    bool readAvailable(QByteArray *out, NetError *error);
    bool writeAll(const QByteArray &bytes, int timeoutMs, NetError *error);
    void close();

    const CancelToken &cancelToken() const { return cancel_; }

private:
    bool waitFor(short events, int timeoutMs, NetError *error, const char *what);

    CancelToken cancel_;
    int fd_ = -1;
    QString peerAddress_;
};

} // namespace mailtls::core
