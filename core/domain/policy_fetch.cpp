#include "domain/policy_fetch.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include "base/display_text.h"
#include "base/limits.h"
#include "base/read_file.h"
#include "x509/certificate.h"

// How the fetch is made, and why:
//
// - QSslSocket::connectToHostEncrypted(ADDRESS, port, HOST): the connection goes to the
//   address our resolver found (Qt resolves nothing), and HOST is the "SSL peer name": Qt
//   sends it as SNI and verifies the certificate for it. tests/integration/test_policy_fetch
//   checks on the wire that the SNI and the Host header carry the name.
// - Why not QNetworkAccessManager (with setPeerVerifyName, which does send the right SNI):
//   Qt 6.4's HTTP reader keeps a header line however long it grows. A policy host that sends
//   one endless header line made the process grow by 240 MB in 3 s in our test, before the
//   deadline ended it. Here the GET is one short HTTP/1.1 request written by us, and the
//   answer is read by a small reader with every part bounded: the status line and headers
//   together by limits::kStsPolicyBytes, a chunk-size line by limits::kStsChunkLineBytes, the body by
//   limits::kStsPolicyBytes (Content-Length, chunked, or to the close).
// - A certificate that does not verify ends the fetch: sslErrors are recorded (every one, in
//   Qt's words), never ignored, so Qt aborts the handshake and the GET is never sent over that
//   connection: no status, no body, as a sender would not read the policy either (RFC 8461
//   §3.3). The served chain is recorded all the same (it is known when sslErrors is emitted).
// - No redirect is followed: a 3xx is recorded with its Location. No proxy, no cache, no
//   cookies, no compression (Accept-Encoding: identity), "Connection: close".
// - One deadline for the whole fetch (connect, handshake, headers, body) and the cancel token.
//   The token's descriptor is watched with a QSocketNotifier on this thread, so a cancel stops
//   the fetch at once; a short timer also polls isCancelled(), and a wake() meant for another
//   waiter turns the notifier off instead of spinning on a descriptor that stays readable.

namespace mailtls::core {

namespace {

constexpr int kCancelPollMs = 100;
constexpr qint64 kReadChunk = 16 * 1024;
// A chunk-size line ("1a2b;ext=value\r\n") is bounded by limits::kStsChunkLineBytes: far more
// than any server writes; only a hostile one comes near it.

QString secondsText(int ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000.0);
}

QString endpointText(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString hostHeader(const QString &host, quint16 port)
{
    return port == 443 ? host : QStringLiteral("%1:%2").arg(host).arg(port);
}

// A host name as it may go into the request and SNI: an LDH name, nothing that could end the
// line or change the URL.
bool isPlainHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '.' || u == '_';
        if (!ok)
            return false;
    }
    return QHostAddress(host).isNull();
}

// A path as it may go into the request line: visible ASCII, starting with "/".
bool isPlainPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')) || path.size() > limits::kTxtRecordChars)
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 301: return QStringLiteral("Moved Permanently");
    case 302: return QStringLiteral("Found");
    case 303: return QStringLiteral("See Other");
    case 307: return QStringLiteral("Temporary Redirect");
    case 308: return QStringLiteral("Permanent Redirect");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 410: return QStringLiteral("Gone");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    default: return QString();
    }
}

QString quoted(const QString &text)
{
    const int shown = limits::kQuotedChars;
    return QLatin1Char('"') + escapeControls(QStringView(text).left(shown)) + (text.size() > shown ? QStringLiteral("…") : QString())
        + QLatin1Char('"');
}

bool loadCaFile(const QString &path, QList<QSslCertificate> *out, Error *error)
{
    QByteArray bytes;
    if (!readFileBounded(path, limits::kCertificateFileBytes, phrase("Errors", "CA file"), &bytes, error))
        return false;
    *out = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (out->isEmpty())
        *out = QSslCertificate::fromData(bytes, QSsl::Der);
    if (out->isEmpty())
        return fail(error, ErrorKind::BadFormat, phrase("Errors", "%1: no certificate in it (PEM or DER)").arg(path));
    return true;
}

// ---- the answer, read with bounds -----------------------------------------------------------

// An HTTP/1.1 answer to one GET, fed as bytes arrive (RFC 9112): the status line and headers
// (1xx interim answers skipped), then the body by Content-Length, chunked transfer coding, or
// up to the close. Never holds more than its bounds; linear in what it is fed.
class AnswerReader
{
public:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, UntilClose, Complete, TooLarge, Malformed };

    State state() const { return state_; }
    bool done() const { return state_ == State::Complete || state_ == State::TooLarge || state_ == State::Malformed; }
    bool sawStatus() const { return status_ != 0; }
    int status() const { return status_; }
    QByteArray contentType() const { return contentType_; }
    QByteArray location() const { return location_; }
    QByteArray body() const { return body_; }
    qint64 bodyBytes() const { return bodyBytes_; }
    QString malformed() const { return why_; }

    // How many bytes the reader wants at most next (so the body never passes its bound by
    // more than one byte).
    qint64 wanted() const
    {
        if (state_ == State::Body || state_ == State::ChunkData || state_ == State::UntilClose)
            return qBound<qint64>(1, qMin(limits::kStsPolicyBytes + 1 - bodyBytes_, remaining_ > 0 ? remaining_ : kReadChunk), kReadChunk);
        return kReadChunk;
    }

    void feed(const QByteArray &bytes)
    {
        pending_ += bytes;
        while (!done() && pos_ < pending_.size()) {
            const qsizetype before = pos_;
            const State stateBefore = state_;
            step();
            if (pos_ == before && state_ == stateBefore)
                break;   // needs more bytes
        }
        // Consumed bytes leave once per feed, not once per line.
        pending_.remove(0, pos_);
        noLfBefore_ = qMax<qsizetype>(0, noLfBefore_ - pos_);
        pos_ = 0;
    }

    // The peer closed the connection.
    void closed()
    {
        if (done())
            return;
        if (state_ == State::UntilClose)
            state_ = State::Complete;
    }

private:
    void malformedBecause(const QString &why)
    {
        state_ = State::Malformed;
        why_ = why;
        pos_ = pending_.size();
    }

    void addBody(const QByteArray &bytes)
    {
        bodyBytes_ += bytes.size();
        if (bodyBytes_ > limits::kStsPolicyBytes) {
            state_ = State::TooLarge;
            body_.clear();
            pos_ = pending_.size();
            return;
        }
        body_ += bytes;
    }

    // One line (without its CRLF or LF) from the unread bytes, or false when it is not all
    // there yet (or longer than `limit`: then the answer is malformed, `tooLong` says how).
    bool takeLine(qsizetype limit, const QString &tooLong, QByteArray *line)
    {
        // Bytes already searched are not searched again: a head sent one byte per TLS record
        // costs linear time, not quadratic.
        const qsizetype lf = pending_.indexOf('\n', qMax(pos_, noLfBefore_));
        if (lf < 0)
            noLfBefore_ = pending_.size();
        const qsizetype length = (lf < 0 ? pending_.size() : lf) - pos_;
        if (length > limit) {
            malformedBecause(tooLong);
            return false;
        }
        if (lf < 0)
            return false;
        *line = pending_.mid(pos_, length);
        if (line->endsWith('\r'))
            line->chop(1);
        pos_ = lf + 1;
        return true;
    }

    void step()
    {
        switch (state_) {
        case State::Head: return readHead();
        case State::Body:
        case State::UntilClose: return readBody();
        case State::ChunkSize: return readChunkSize();
        case State::ChunkData: return readBody();
        case State::ChunkDataEnd: return readChunkEnd();
        default: return;
        }
    }

    void readHead()
    {
        // The whole head, interim answers included, within the policy's own bound.
        const qint64 left = limits::kStsPolicyBytes - headBytes_;
        QByteArray line;
        const qsizetype before = pos_;
        if (!takeLine(left, QStringLiteral("the HTTP headers are longer than %1").arg(byteLimitText(limits::kStsPolicyBytes)), &line))
            return;
        headBytes_ += pos_ - before;
        if (status_ == 0) {
            // "HTTP/1.1 200 OK"
            if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ')
                return malformedBecause(QStringLiteral("not an HTTP/1.x status line: %1").arg(quoted(QString::fromLatin1(line.left(limits::kQuotedChars)))));
            bool ok = false;
            const int code = line.mid(9, 3).toInt(&ok);
            if (!ok || code < 100 || code > 999 || (line.size() > 12 && line.at(12) != ' '))
                return malformedBecause(QStringLiteral("not an HTTP/1.x status line: %1").arg(quoted(QString::fromLatin1(line.left(limits::kQuotedChars)))));
            status_ = code;
            return;
        }
        if (!line.isEmpty()) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return malformedBecause(QStringLiteral("a header line without a name: %1").arg(quoted(QString::fromLatin1(line.left(limits::kQuotedChars)))));
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-type" && contentType_.isEmpty())
                contentType_ = value;
            else if (name == "location" && location_.isEmpty())
                location_ = value;
            else if (name == "transfer-encoding")
                chunked_ = value.toLower().split(',').last().trimmed() == "chunked";
            else if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0 || (contentLength_ >= 0 && contentLength_ != length))
                    return malformedBecause(QStringLiteral("a Content-Length that is not one number: %1").arg(quoted(QString::fromLatin1(value.left(limits::kQuotedChars)))));
                contentLength_ = length;
            }
            return;
        }
        // The empty line: the head is complete.
        if (status_ >= 100 && status_ < 200) {
            // An interim answer (100 Continue, 103 Early Hints): the real one follows.
            status_ = 0;
            contentType_.clear();
            location_.clear();
            contentLength_ = -1;
            chunked_ = false;
            return;
        }
        if (status_ == 204 || status_ == 304) {
            state_ = State::Complete;
        } else if (chunked_) {
            state_ = State::ChunkSize;
        } else if (contentLength_ >= 0) {
            if (contentLength_ > limits::kStsPolicyBytes) {
                state_ = State::TooLarge;   // announced: not one byte of it is read
                pos_ = pending_.size();
                return;
            }
            remaining_ = contentLength_;
            state_ = remaining_ == 0 ? State::Complete : State::Body;
        } else {
            state_ = State::UntilClose;
        }
    }

    void readBody()
    {
        qint64 take = pending_.size() - pos_;
        if (state_ != State::UntilClose)
            take = qMin(take, remaining_);
        addBody(pending_.mid(pos_, take));
        if (state_ == State::TooLarge)
            return;
        pos_ += take;
        if (state_ == State::UntilClose)
            return;
        remaining_ -= take;
        if (remaining_ == 0)
            state_ = state_ == State::ChunkData ? State::ChunkDataEnd : State::Complete;
    }

    void readChunkSize()
    {
        QByteArray line;
        if (!takeLine(limits::kStsChunkLineBytes, QStringLiteral("a chunk-size line is longer than %1 bytes").arg(limits::kStsChunkLineBytes), &line))
            return;
        const qsizetype semicolon = line.indexOf(';');
        const QByteArray hex = (semicolon >= 0 ? line.left(semicolon) : line).trimmed();
        bool ok = false;
        const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
        if (!ok || size < 0)
            return malformedBecause(QStringLiteral("a chunk size that is not a hex number: %1").arg(quoted(QString::fromLatin1(line.left(limits::kQuotedChars)))));
        if (size == 0) {
            state_ = State::Complete;   // trailers, if any, are not needed
            pos_ = pending_.size();
            return;
        }
        if (bodyBytes_ + size > limits::kStsPolicyBytes) {
            state_ = State::TooLarge;   // announced by the chunk size: refused before it is read
            body_.clear();
            pos_ = pending_.size();
            return;
        }
        remaining_ = size;
        state_ = State::ChunkData;
    }

    void readChunkEnd()
    {
        QByteArray line;
        if (!takeLine(limits::kStsChunkLineBytes, QStringLiteral("a chunk is longer than its size"), &line))
            return;
        if (!line.isEmpty())
            return malformedBecause(QStringLiteral("a chunk longer than its size"));
        state_ = State::ChunkSize;
    }

    State state_ = State::Head;
    QByteArray pending_;   // bytes fed, not yet consumed from pos_ on
    qsizetype pos_ = 0;
    qsizetype noLfBefore_ = 0;   // pending_ holds no LF between pos_ and this
    qint64 headBytes_ = 0;
    int status_ = 0;
    QByteArray contentType_;
    QByteArray location_;
    qint64 contentLength_ = -1;
    bool chunked_ = false;
    qint64 remaining_ = 0;
    QByteArray body_;
    qint64 bodyBytes_ = 0;
    QString why_;
};

} // namespace

StsPolicyFetch fetchStsPolicy(const PolicyFetchRequest &request, const CancelToken &cancel)
{
    QElapsedTimer clock;
    clock.start();
    StsPolicyFetch out;
    out.attempted = true;
    out.host = request.host;
    out.address = request.address;
    const quint16 port = request.port;
    out.url = QStringLiteral("https://%1%2").arg(hostHeader(request.host, port), request.path);
    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : limits::kStsFetchTimeoutMs;

    const QHostAddress address(request.address);
    const QString where = QStringLiteral("%1 (%2)").arg(request.host, endpointText(address, port));
    auto finish = [&](ErrorKind kind, const Phrase &message) {
        out.errorKind = kind;
        out.error = message.english();
        out.errorPhrase = message;
        out.elapsedMs = clock.elapsed();
        return out;
    };
    if (!isPlainHostName(request.host))
        return finish(ErrorKind::Usage, phrase("Errors", "the policy host must be a host name, not %1").arg(quoted(request.host)));
    if (address.isNull())
        return finish(ErrorKind::Usage, phrase("Errors", "%1: %2 is not an IP address (the fetch resolves nothing itself)")
                                            .arg(request.host, quoted(request.address)));
    if (port == 0 || !isPlainPath(request.path))
        return finish(ErrorKind::Usage, phrase("Errors", "%1: port %2 and path %3 do not make a URL")
                                            .arg(request.host).arg(port).arg(quoted(request.path)));
    if (cancel.isCancelled())
        return finish(ErrorKind::Cancelled, phrase("Errors", "%1: cancelled before the fetch").arg(where));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!request.caFile.isEmpty()) {
        QList<QSslCertificate> anchors;
        Error caError;
        if (!loadCaFile(request.caFile, &anchors, &caError))
            return finish(caError.kind, messageOf(caError));
        // Only this CA: setCaCertificates also stops Qt from loading the system roots on demand.
        tls.setCaCertificates(anchors);
    }

    QEventLoop loop;   // first: it gives a plain std::thread its event dispatcher
    QSslSocket socket;
    socket.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    socket.setSslConfiguration(tls);
    socket.setReadBufferSize(kReadChunk * 4);   // Qt's buffer too stays bounded

    enum class Stop { None, Deadline, Cancelled };
    Stop stop = Stop::None;
    QStringList sslErrors;
    bool encrypted = false;
    bool finished = false;
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QString socketErrorText;
    AnswerReader answer;

    auto end = [&] {
        finished = true;
        loop.quit();
    };
    auto takeChain = [&] {
        if (!out.chain.isEmpty())
            return;
        for (const QSslCertificate &c : socket.peerCertificateChain()) {
            const Certificate cert = Certificate::fromDer(c.toDer());
            if (!cert.isNull())
                out.chain << cert;
        }
    };
    auto readAnswer = [&] {
        while (!answer.done() && socket.bytesAvailable() > 0) {
            const QByteArray bytes = socket.read(answer.wanted());
            if (bytes.isEmpty())
                break;
            answer.feed(bytes);
        }
        if (answer.done())
            end();
    };

    QObject::connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        takeChain();
        for (const QSslError &e : errors) {
            if (!sslErrors.contains(e.errorString()))
                sslErrors << e.errorString();
        }
        // Not ignored: Qt aborts the handshake, and nothing is sent.
    });
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        encrypted = true;
        takeChain();
        const QByteArray get = "GET " + request.path.toLatin1() + " HTTP/1.1\r\n"
                               "Host: " + hostHeader(request.host, port).toLatin1() + "\r\n"
                               "User-Agent: mailtls\r\n"
                               "Accept-Encoding: identity\r\n"
                               "Connection: close\r\n"
                               "\r\n";
        socket.write(get);
    });
    QObject::connect(&socket, &QIODevice::readyRead, &loop, readAnswer);
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        if (socketErrorText.isEmpty()) {
            socketError = e;
            socketErrorText = socket.errorString();
        }
        if (socket.state() == QAbstractSocket::UnconnectedState)
            end();
    });
    QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, [&] {
        readAnswer();
        answer.closed();
        end();
    });
    QObject::connect(&socket, &QAbstractSocket::stateChanged, &loop, [&](QAbstractSocket::SocketState s) {
        // A refused or failed connect ends in UnconnectedState without "disconnected".
        if (s == QAbstractSocket::UnconnectedState && !socketErrorText.isEmpty())
            end();
    });

    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);   // a coarse timer may fire 5 % early
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        stop = Stop::Deadline;
        end();
    });
    deadline.start(int(qMax<qint64>(timeoutMs - clock.elapsed(), 1)));

    QSocketNotifier cancelNotifier(cancel.wakeFd(), QSocketNotifier::Read);
    QObject::connect(&cancelNotifier, &QSocketNotifier::activated, &loop, [&] {
        if (cancel.isCancelled()) {
            stop = Stop::Cancelled;
            end();
        } else {
            cancelNotifier.setEnabled(false);
        }
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled()) {
            stop = Stop::Cancelled;
            end();
        }
    });
    cancelPoll.start(kCancelPollMs);

    socket.connectToHostEncrypted(address.toString(), port, request.host);
    if (!finished)
        loop.exec();
    deadline.stop();
    cancelPoll.stop();
    cancelNotifier.setEnabled(false);
    if (stop == Stop::None && !answer.done())
        readAnswer();   // what arrived with the close
    socket.disconnect();   // no handler runs on the way out
    socket.abort();

    takeChain();
    out.httpStatus = answer.status();
    out.contentType = QString::fromLatin1(answer.contentType().left(limits::kQuotedChars * 4));
    if (out.httpStatus >= 300 && out.httpStatus < 400)
        out.redirectLocation = QString::fromLatin1(answer.location().left(limits::kTxtRecordChars));
    out.bodyBytes = answer.bodyBytes();
    out.certificateValid = encrypted && sslErrors.isEmpty();
    if (!sslErrors.isEmpty())
        out.certificateError = sslErrors.join(QLatin1String("; "));

    if (stop == Stop::Cancelled)
        return finish(ErrorKind::Cancelled, phrase("Errors", "%1: cancelled").arg(where));
    if (answer.state() == AnswerReader::State::TooLarge) {
        out.bodyTooLarge = true;
        return finish(ErrorKind::Protocol, phrase("Errors", "%1: the policy is longer than %2; refused")
                                               .arg(where, byteLimitText(limits::kStsPolicyBytes)));
    }
    if (stop == Stop::Deadline)
        return finish(ErrorKind::Timeout, phrase("Errors", "%1: no answer within %2").arg(where, secondsText(timeoutMs)));
    if (!sslErrors.isEmpty())
        return finish(ErrorKind::Tls, phrase("Errors", "%1: the certificate does not verify for %2: %3")
                                          .arg(where, request.host, out.certificateError));
    if (answer.state() == AnswerReader::State::Malformed)
        return finish(ErrorKind::Protocol, phrase("Errors", "%1: %2").arg(where, answer.malformed()));

    if (!answer.sawStatus()) {
        ErrorKind kind = ErrorKind::Io;
        Phrase why = socketErrorText;
        switch (socketError) {
        case QAbstractSocket::ConnectionRefusedError:
            kind = ErrorKind::Refused;
            why = phrase("Errors", "connection refused");
            break;
        case QAbstractSocket::RemoteHostClosedError:
            kind = ErrorKind::Closed;
            why = encrypted ? phrase("Errors", "the server closed the connection without an HTTP answer")
                            : phrase("Errors", "the server closed the connection during the TLS handshake");
            break;
        case QAbstractSocket::SocketTimeoutError:
            kind = ErrorKind::Timeout;
            break;
        case QAbstractSocket::HostNotFoundError:
            kind = ErrorKind::Resolve;
            break;
        case QAbstractSocket::NetworkError:
        case QAbstractSocket::SocketAddressNotAvailableError:
            kind = ErrorKind::Unreachable;
            break;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError:
            kind = ErrorKind::Tls;
            why = phrase("Errors", "TLS handshake failed: %1").arg(socketErrorText);
            break;
        default:
            if (why.isEmpty())
                why = phrase("Errors", "no HTTP answer");
            break;
        }
        return finish(kind, phrase("Errors", "%1: %2").arg(where).arg(why));
    }

    if (out.httpStatus != 200) {
        const QString reason = reasonPhrase(out.httpStatus);
        const QString status = reason.isEmpty() ? QString::number(out.httpStatus)
                                                : QStringLiteral("%1 (%2)").arg(out.httpStatus).arg(reason);
        if (out.httpStatus >= 300 && out.httpStatus < 400)
            return finish(ErrorKind::Protocol,
                          out.redirectLocation.isEmpty()
                              ? phrase("Errors", "%1: answered HTTP %2, without a Location; MTA-STS senders follow no redirect")
                                    .arg(where, status)
                              : phrase("Errors", "%1: answered HTTP %2, Location %3; MTA-STS senders follow no redirect")
                                    .arg(where, status, quoted(out.redirectLocation)));
        return finish(ErrorKind::Protocol, phrase("Errors", "%1: answered HTTP %2, not 200").arg(where, status));
    }
    if (answer.state() != AnswerReader::State::Complete)
        return finish(ErrorKind::Closed, phrase("Errors", "%1: the answer broke off after %2 bytes of the body")
                                             .arg(where).arg(out.bodyBytes));
    out.body = answer.body();
    return finish(ErrorKind::None, QString());
}

} // namespace mailtls::core
