#include "practice/practice_server.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <list>
#include <mutex>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "base/cancel_token.h"
#include "net/connection.h"
#include "ossl/error.h"
#include "ossl/handles.h"
#include "practice/practice_pki.h"
#include "practice/practice_tls_context.h"

namespace mailtls::core {

namespace {

enum class Io { Ok, Closed, Timeout, Stopped, Error };

class Deadline
{
public:
    explicit Deadline(int ms) : ms_(ms) { timer_.start(); }
    int remaining() const { return int(qMax<qint64>(0, ms_ - timer_.elapsed())); }

private:
    QElapsedTimer timer_;
    int ms_;
};

// What every connection thread shares with the server (lives until all of them are joined).
struct Shared {
    PracticeServerOptions options;
    const PracticePersonality *personality = nullptr;
    ossl::SslCtxPtr ctx;
    CancelToken stop;
    std::atomic<int> accepted{0};
    std::atomic<int> active{0};
    std::atomic<int> handshakes{0};
    std::mutex logMutex;

    void log(const QString &line)
    {
        if (!options.log)
            return;
        const std::lock_guard<std::mutex> lock(logMutex);
        options.log(line);
    }
};

// One accepted socket, plaintext or TLS over memory BIOs, so every byte goes through the one
// Connection (net/connection.h): a deadline and the stop token on every wait, and no SIGPIPE.
class Channel
{
public:
    Channel(int fd, CancelToken stop) : conn_(std::move(stop)) { conn_.adopt(fd); }
    Channel(const Channel &) = delete;
    Channel &operator=(const Channel &) = delete;

    bool isTls() const { return bool(ssl_); }
    SSL *ssl() const { return ssl_.get(); }
    // Plaintext read ahead of STARTTLS must not be taken as sent under TLS (RFC 3207 §4.2,
    // the STARTTLS command injection of CVE-2011-0411).
    void discardPending() { in_.clear(); }

    // A line without its CR LF. Longer than maxLength: *tooLong, the line is skipped up to its end.
    Io readLine(QByteArray *line, int maxLength, int timeoutMs, bool *tooLong)
    {
        const Deadline deadline(timeoutMs);
        bool discarding = false;
        *tooLong = false;
        line->clear();
        for (;;) {
            const int nl = in_.indexOf('\n');
            if (nl >= 0) {
                QByteArray l = in_.left(nl);
                in_.remove(0, nl + 1);
                if (l.endsWith('\r'))
                    l.chop(1);
                if (discarding || l.size() > maxLength)
                    *tooLong = true;
                else
                    *line = l;
                return Io::Ok;
            }
            if (in_.size() > maxLength) {
                discarding = true;
                in_.clear();
            }
            const Io r = fill(deadline);
            if (r != Io::Ok)
                return r;
        }
    }

    Io write(const QByteArray &bytes, int timeoutMs)
    {
        const Deadline deadline(timeoutMs);
        if (!ssl_)
            return sendRaw(bytes, deadline);
        if (SSL_write(ssl_.get(), bytes.constData(), int(bytes.size())) <= 0) {
            ERR_clear_error();
            return Io::Error;
        }
        return flushTls(deadline);
    }

    // The server side of the handshake. False with *why in one phrase.
    bool startTls(SSL_CTX *ctx, int timeoutMs, QString *why)
    {
        const Deadline deadline(timeoutMs);
        ERR_clear_error();
        ssl_.reset(SSL_new(ctx));
        BIO *rbio = BIO_new(BIO_s_mem());
        BIO *wbio = BIO_new(BIO_s_mem());
        if (!ssl_ || !rbio || !wbio) {
            BIO_free(rbio);
            BIO_free(wbio);
            *why = ossl::drainErrors(QStringLiteral("TLS setup")).message;
            return false;
        }
        rbio_ = rbio;
        wbio_ = wbio;
        SSL_set_bio(ssl_.get(), rbio, wbio);
        SSL_set_accept_state(ssl_.get());
        for (;;) {
            const int r = SSL_do_handshake(ssl_.get());
            const int err = r == 1 ? SSL_ERROR_NONE : SSL_get_error(ssl_.get(), r);
            QString reason;
            if (err != SSL_ERROR_NONE && err != SSL_ERROR_WANT_READ)
                reason = ossl::drainErrors().message;
            // Our flight, or the alert that explains a failure, goes out either way.
            const Io flushed = flushTls(deadline);
            if (err == SSL_ERROR_NONE) {
                if (flushed == Io::Ok)
                    return true;
                *why = QStringLiteral("could not send the last handshake flight");
                return false;
            }
            if (err != SSL_ERROR_WANT_READ) {
                *why = reason.isEmpty() ? QStringLiteral("handshake failed") : reason;
                return false;
            }
            QByteArray chunk;
            const Io got = recvRaw(&chunk, deadline);
            if (got != Io::Ok) {
                *why = got == Io::Timeout ? QStringLiteral("handshake timed out")
                     : got == Io::Stopped ? QStringLiteral("server stopping")
                                          : QStringLiteral("client closed the connection during the handshake");
                return false;
            }
            BIO_write(rbio_, chunk.constData(), int(chunk.size()));
        }
    }

    // A short courtesy write on the way out (421 on shutdown): never waits for the stop token.
    void writeBestEffort(const QByteArray &bytes)
    {
        if (!ssl_) {
            conn_.writeWithoutWaiting(bytes);
            return;
        }
        if (SSL_write(ssl_.get(), bytes.constData(), int(bytes.size())) <= 0) {
            ERR_clear_error();
            return;
        }
        char buf[16384];
        int n;
        while ((n = BIO_read(wbio_, buf, sizeof buf)) > 0)
            conn_.writeWithoutWaiting(QByteArray(buf, n));
    }

private:
    static Io ioFrom(const Error &error)
    {
        switch (error.kind) {
        case ErrorKind::Cancelled: return Io::Stopped;
        case ErrorKind::Timeout: return Io::Timeout;
        case ErrorKind::Closed: return Io::Closed;
        default: return Io::Error;
        }
    }

    Io recvRaw(QByteArray *out, const Deadline &deadline)
    {
        Error error;
        return conn_.readSome(out, deadline.remaining(), &error) ? Io::Ok : ioFrom(error);
    }

    Io sendRaw(const QByteArray &bytes, const Deadline &deadline)
    {
        Error error;
        return conn_.writeAll(bytes, deadline.remaining(), &error) ? Io::Ok : ioFrom(error);
    }

    Io flushTls(const Deadline &deadline)
    {
        char buf[16384];
        int n;
        while ((n = BIO_read(wbio_, buf, sizeof buf)) > 0) {
            const Io r = sendRaw(QByteArray::fromRawData(buf, n), deadline);
            if (r != Io::Ok)
                return r;
        }
        return Io::Ok;
    }

    Io fill(const Deadline &deadline)
    {
        if (!ssl_)
            return recvRaw(&in_, deadline);
        char buf[16384];
        for (;;) {
            const int n = SSL_read(ssl_.get(), buf, sizeof buf);
            if (n > 0) {
                in_.append(buf, n);
                return flushTls(deadline);   // e.g. a KeyUpdate answer
            }
            const int err = SSL_get_error(ssl_.get(), n);
            if (err == SSL_ERROR_ZERO_RETURN)
                return Io::Closed;
            if (err != SSL_ERROR_WANT_READ) {
                ERR_clear_error();
                return Io::Error;
            }
            const Io flushed = flushTls(deadline);
            if (flushed != Io::Ok)
                return flushed;
            QByteArray chunk;
            const Io got = recvRaw(&chunk, deadline);
            if (got != Io::Ok)
                return got;
            BIO_write(rbio_, chunk.constData(), int(chunk.size()));
        }
    }

    Connection conn_;
    ossl::SslPtr ssl_;
    BIO *rbio_ = nullptr;   // owned by ssl_
    BIO *wbio_ = nullptr;
    QByteArray in_;
};

// One SMTP conversation (RFC 5321 with ESMTP, STARTTLS RFC 3207, AUTH RFC 4954): accepts
// every sender, recipient, password and message, and keeps nothing.
class Conversation
{
public:
    Conversation(Channel &channel, Shared &shared, bool implicitTls, QString peer)
        : ch_(channel), s_(shared), o_(shared.options), p_(*shared.personality), implicitTls_(implicitTls),
          peer_(std::move(peer))
    {
    }

    void run()
    {
        if (implicitTls_ && !handshake())
            return;
        if (!reply(220, QStringLiteral("%1 ESMTP MailTLS practice server (%2) - throwaway, keeps nothing")
                            .arg(o_.hostname, p_.name)))
            return;
        for (;;) {
            QByteArray raw;
            bool tooLong = false;
            const Io r = ch_.readLine(&raw, o_.maxLineLength, o_.commandTimeoutMs, &tooLong);
            if (r != Io::Ok) {
                finishOn(r);
                return;
            }
            if (tooLong) {
                if (!error(500, QStringLiteral("5.5.2 Line too long")))
                    return;
                continue;
            }
            const QString line = QString::fromLatin1(raw);
            const QString verb = line.section(QLatin1Char(' '), 0, 0).toUpper();
            const QString arg = line.mid(verb.size()).trimmed();
            ++commands_;
            if (!dispatch(verb, arg))
                return;
        }
    }

    QString summary() const
    {
        return QStringLiteral("%1 %2: %3").arg(peer_, implicitTls_ ? QStringLiteral("smtps") : QStringLiteral("smtp"),
                                               events_.isEmpty() ? QStringLiteral("(nothing)") : events_.join(QStringLiteral(", ")));
    }

private:
    void note(const QString &event)
    {
        if (events_.size() < 24)
            events_ << event;
        else if (events_.size() == 24)
            events_ << QStringLiteral("...");
    }

    bool reply(int code, const QStringList &lines)
    {
        QByteArray out;
        for (int i = 0; i < lines.size(); ++i)
            out += QByteArray::number(code) + (i + 1 < lines.size() ? '-' : ' ') + lines.at(i).toLatin1() + "\r\n";
        return ch_.write(out, o_.commandTimeoutMs) == Io::Ok;
    }
    bool reply(int code, const QString &line) { return reply(code, QStringList{line}); }

    // A client error; a client that keeps sending nonsense is sent away as real MTAs do.
    bool error(int code, const QString &line)
    {
        if (++errors_ >= 10) {
            reply(421, QStringLiteral("4.7.0 %1 Too many errors, closing connection").arg(o_.hostname));
            note(QStringLiteral("closed after 10 errors"));
            return false;
        }
        return reply(code, line);
    }

    void finishOn(Io r)
    {
        switch (r) {
        case Io::Timeout:
            reply(421, QStringLiteral("4.4.2 %1 Idle for too long, closing connection").arg(o_.hostname));
            note(QStringLiteral("idle timeout"));
            break;
        case Io::Stopped:
            ch_.writeBestEffort(QByteArray("421 4.3.2 ") + o_.hostname.toLatin1() + " Practice server stopping\r\n");
            note(QStringLiteral("server stopped"));
            break;
        case Io::Closed:
            note(QStringLiteral("client closed"));
            break;
        default:
            note(QStringLiteral("connection error"));
            break;
        }
    }

    bool handshake()
    {
        QString why;
        if (!ch_.startTls(s_.ctx.get(), o_.handshakeTimeoutMs, &why)) {
            note(QStringLiteral("TLS failed: %1").arg(why));
            return false;
        }
        ++s_.handshakes;
        const SSL_CIPHER *cipher = SSL_get_current_cipher(ch_.ssl());
        note(QStringLiteral("%1 %2").arg(QString::fromLatin1(SSL_get_version(ch_.ssl())),
                                         cipher ? QString::fromLatin1(SSL_CIPHER_get_name(cipher)) : QString()));
        return true;
    }

    bool authAvailable() const { return ch_.isTls() || p_.authBeforeTls; }

    void resetTransaction()
    {
        haveMail_ = false;
        recipients_ = 0;
    }

    bool dispatch(const QString &verb, const QString &arg)
    {
        if (verb == QLatin1String("EHLO") || verb == QLatin1String("HELO")) {
            if (arg.isEmpty())
                return error(501, QStringLiteral("5.5.4 %1 needs a domain name or address literal").arg(verb));
            const bool ehlo = verb == QLatin1String("EHLO");
            helo_ = true;
            resetTransaction();
            note(verb);
            QStringList lines{QStringLiteral("%1 Hello %2 [%3]").arg(o_.hostname, arg.section(QLatin1Char(' '), 0, 0), peerAddress())};
            if (!ehlo)
                return reply(250, lines);
            lines << QStringLiteral("SIZE %1").arg(o_.maxMessageBytes) << QStringLiteral("8BITMIME")
                  << QStringLiteral("PIPELINING") << QStringLiteral("ENHANCEDSTATUSCODES");
            if (authAvailable())
                lines << QStringLiteral("AUTH PLAIN LOGIN");
            if (!ch_.isTls() && p_.offersStarttls)
                lines << QStringLiteral("STARTTLS");
            lines << QStringLiteral("HELP");
            return reply(250, lines);
        }
        if (verb == QLatin1String("STARTTLS")) {
            if (ch_.isTls())
                return error(503, QStringLiteral("5.5.1 TLS already active"));
            if (!p_.offersStarttls)
                return error(502, QStringLiteral("5.5.1 STARTTLS not available (personality %1)").arg(p_.name));
            if (!arg.isEmpty())
                return error(501, QStringLiteral("5.5.4 STARTTLS takes no argument"));
            note(QStringLiteral("STARTTLS"));
            if (p_.sendsAfter220) {
                // starttls-response-injection: an extra reply in the same write as the 220, the
                // bytes a man in the middle would add for the client to misread after TLS.
                note(QStringLiteral("fake reply after 220"));
                if (ch_.write("220 2.0.0 Ready to start TLS\r\n250-injected.invalid (bytes after 220, not from TLS)\r\n"
                              "250 AUTH PLAIN\r\n",
                              o_.commandTimeoutMs) != Io::Ok)
                    return false;
            } else if (!reply(220, QStringLiteral("2.0.0 Ready to start TLS"))) {
                return false;
            }
            // starttls-injection keeps what it read behind STARTTLS and runs it inside TLS: the
            // bug of CVE-2011-0411. Every other personality drops it, as RFC 3207 asks.
            if (p_.keepsCleartextAfterStarttls)
                note(QStringLiteral("kept cleartext after STARTTLS"));
            else
                ch_.discardPending();
            if (!handshake())
                return false;
            // RFC 3207: everything learnt before TLS is forgotten, EHLO comes again.
            helo_ = false;
            authenticated_ = false;
            resetTransaction();
            return true;
        }
        if (verb == QLatin1String("AUTH"))
            return auth(arg);
        if (verb == QLatin1String("MAIL")) {
            if (!helo_)
                return error(503, QStringLiteral("5.5.1 Send EHLO or HELO first"));
            if (haveMail_)
                return error(503, QStringLiteral("5.5.1 Sender already given"));
            if (!arg.startsWith(QLatin1String("FROM:"), Qt::CaseInsensitive))
                return error(501, QStringLiteral("5.5.4 Syntax: MAIL FROM:<address>"));
            haveMail_ = true;
            note(QStringLiteral("MAIL"));
            return reply(250, QStringLiteral("2.1.0 Sender ok"));
        }
        if (verb == QLatin1String("RCPT")) {
            if (!haveMail_)
                return error(503, QStringLiteral("5.5.1 Send MAIL first"));
            if (!arg.startsWith(QLatin1String("TO:"), Qt::CaseInsensitive))
                return error(501, QStringLiteral("5.5.4 Syntax: RCPT TO:<address>"));
            if (recipients_ >= 100)
                return reply(452, QStringLiteral("4.5.3 Too many recipients"));
            ++recipients_;
            note(QStringLiteral("RCPT"));
            return reply(250, QStringLiteral("2.1.5 Recipient ok"));
        }
        if (verb == QLatin1String("DATA"))
            return data();
        if (verb == QLatin1String("RSET")) {
            resetTransaction();
            return reply(250, QStringLiteral("2.0.0 Ok"));
        }
        if (verb == QLatin1String("NOOP"))
            return reply(250, QStringLiteral("2.0.0 Ok"));
        if (verb == QLatin1String("HELP"))
            return reply(214, QStringLiteral("2.0.0 EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET NOOP QUIT VRFY HELP"));
        if (verb == QLatin1String("VRFY"))
            return reply(252, QStringLiteral("2.5.2 Cannot VRFY user, but will accept message"));
        if (verb == QLatin1String("QUIT")) {
            note(QStringLiteral("QUIT"));
            reply(221, QStringLiteral("2.0.0 %1 closing connection").arg(o_.hostname));
            return false;
        }
        return error(500, QStringLiteral("5.5.2 Command not recognised"));
    }

    bool auth(const QString &arg)
    {
        if (!authAvailable()) {
            if (p_.offersStarttls && !implicitTls_)
                return error(538, QStringLiteral("5.7.11 Encryption required for requested authentication mechanism"));
            return error(502, QStringLiteral("5.5.1 AUTH not available"));
        }
        if (!helo_)
            return error(503, QStringLiteral("5.5.1 Send EHLO first"));
        if (authenticated_)
            return error(503, QStringLiteral("5.5.1 Already authenticated"));
        if (haveMail_)
            return error(503, QStringLiteral("5.5.1 AUTH not allowed during a mail transaction"));
        const QString mechanism = arg.section(QLatin1Char(' '), 0, 0).toUpper();
        QString initial = arg.section(QLatin1Char(' '), 1, 1);
        int responses = 0;
        if (mechanism == QLatin1String("PLAIN"))
            responses = 1;
        else if (mechanism == QLatin1String("LOGIN"))
            responses = 2;
        else
            return error(504, QStringLiteral("5.5.4 Unrecognised authentication type"));
        note(QStringLiteral("AUTH %1").arg(mechanism));
        static const char *const loginPrompts[] = {"VXNlcm5hbWU6", "UGFzc3dvcmQ6"};   // "Username:", "Password:"
        for (int i = 0; i < responses; ++i) {
            QString response = i == 0 ? initial : QString();
            if (response.isEmpty()) {
                if (!reply(334, mechanism == QLatin1String("LOGIN") ? QString::fromLatin1(loginPrompts[i]) : QString()))
                    return false;
                QByteArray raw;
                bool tooLong = false;
                const Io r = ch_.readLine(&raw, o_.maxLineLength, o_.commandTimeoutMs, &tooLong);
                if (r != Io::Ok) {
                    finishOn(r);
                    return false;
                }
                response = QString::fromLatin1(raw);
                if (tooLong)
                    return error(500, QStringLiteral("5.5.6 Authentication exchange line too long"));
            }
            if (response == QLatin1String("*"))
                return error(501, QStringLiteral("5.0.0 Authentication cancelled"));
            if (response != QLatin1String("=")
                && !QByteArray::fromBase64Encoding(response.toLatin1(), QByteArray::AbortOnBase64DecodingErrors))
                return error(501, QStringLiteral("5.5.2 Cannot decode the response (not base64)"));
        }
        authenticated_ = true;
        return reply(235, QStringLiteral("2.7.0 Authentication successful (the practice server accepts any password)"));
    }

    bool data()
    {
        if (!haveMail_)
            return error(503, QStringLiteral("5.5.1 Send MAIL first"));
        if (recipients_ == 0)
            return error(554, QStringLiteral("5.5.1 No valid recipients"));
        if (!reply(354, QStringLiteral("End data with <CR><LF>.<CR><LF>")))
            return false;
        qint64 size = 0;
        for (;;) {
            QByteArray raw;
            bool tooLong = false;
            const Io r = ch_.readLine(&raw, core::limits::kPracticeDataLineBytes, o_.commandTimeoutMs, &tooLong);
            if (r != Io::Ok) {
                finishOn(r);
                return false;
            }
            if (!tooLong && raw == ".")
                break;
            size += tooLong ? core::limits::kPracticeDataLineBytes : raw.size() + 2;
        }
        resetTransaction();
        if (size > o_.maxMessageBytes) {
            note(QStringLiteral("DATA too big"));
            return reply(552, QStringLiteral("5.3.4 Message too big (SIZE %1)").arg(o_.maxMessageBytes));
        }
        note(QStringLiteral("DATA %1 bytes").arg(size));
        return reply(250, QStringLiteral("2.0.0 Ok: %1 bytes received and discarded (practice server)").arg(size));
    }

    QString peerAddress() const
    {
        // "127.0.0.1:40522" or "[::1]:40522" -> the address alone.
        QString address = peer_.section(QLatin1Char(':'), 0, -2);
        if (address.startsWith(QLatin1Char('[')))
            address = address.mid(1, address.size() - 2);
        return address;
    }

    Channel &ch_;
    Shared &s_;
    const PracticeServerOptions &o_;
    const PracticePersonality &p_;
    const bool implicitTls_;
    const QString peer_;
    bool helo_ = false;
    bool authenticated_ = false;
    bool haveMail_ = false;
    int recipients_ = 0;
    int errors_ = 0;
    int commands_ = 0;
    QStringList events_;
};

struct Listener {
    int fd = -1;
    bool implicitTls = false;
};

QString peerText(const sockaddr_storage &addr)
{
    char host[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&addr);
        inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
        return QStringLiteral("[%1]:%2").arg(QString::fromLatin1(host)).arg(ntohs(a->sin6_port));
    }
    const auto *a = reinterpret_cast<const sockaddr_in *>(&addr);
    inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
    return QStringLiteral("%1:%2").arg(QString::fromLatin1(host)).arg(ntohs(a->sin_port));
}

// A loopback listener; *port 0 picks a free one and returns it. -1 with *error.
int listenLoopback(bool ipv6, quint16 *port, QString *error)
{
    const int fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);   // restart on the same port at once
    sockaddr_storage addr{};
    socklen_t len = 0;
    if (ipv6) {
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
        auto *a = reinterpret_cast<sockaddr_in6 *>(&addr);
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        a->sin6_port = htons(*port);
        len = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&addr);
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a->sin_port = htons(*port);
        len = sizeof *a;
    }
    const QString where = ipv6 ? QStringLiteral("[::1]:%1").arg(*port) : QStringLiteral("127.0.0.1:%1").arg(*port);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) != 0) {
        const int e = errno;
        ::close(fd);
        *error = e == EADDRINUSE ? QStringLiteral("%1 is already in use").arg(where)
               : e == EACCES     ? QStringLiteral("%1: permission denied (ports below 1024 need root)").arg(where)
                                 : QStringLiteral("cannot listen on %1: %2").arg(where, QString::fromLocal8Bit(strerror(e)));
        return -1;
    }
    if (::listen(fd, 128) != 0) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(where, QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        return -1;
    }
    sockaddr_storage bound{};
    socklen_t boundLen = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLen);
    *port = ntohs(ipv6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                       : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    return fd;
}

} // namespace

struct PracticeServer::Private {
    PracticeServerOptions options;
    const PracticePersonality *personality = &practicePersonalities().first();
    std::shared_ptr<const PracticePki> pki;
    std::unique_ptr<Shared> shared;
    QList<Listener> listeners;
    QStringList addresses;
    quint16 smtpPort = 0;
    quint16 tlsPort = 0;
    std::thread acceptor;
    bool running = false;

    void closeListeners()
    {
        for (const Listener &l : std::as_const(listeners))
            ::close(l.fd);
        listeners.clear();
    }

    void acceptLoop();
    void serve(int fd, bool implicitTls, const QString &peer);
};

void PracticeServer::Private::serve(int fd, bool implicitTls, const QString &peer)
{
    Shared &s = *shared;
    {
        Channel channel(fd, s.stop);
        Conversation conversation(channel, s, implicitTls, peer);
        conversation.run();
        s.log(conversation.summary());
    }
    ERR_clear_error();   // this thread's OpenSSL error queue dies with it; leave it empty
    --s.active;
}

void PracticeServer::Private::acceptLoop()
{
    struct Worker {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::list<Worker> workers;
    Shared &s = *shared;
    const auto reap = [&workers] {
        for (auto it = workers.begin(); it != workers.end();) {
            if (it->done->load()) {
                it->thread.join();
                it = workers.erase(it);
            } else {
                ++it;
            }
        }
    };

    while (!s.stop.isCancelled()) {
        QList<pollfd> fds;
        for (const Listener &l : std::as_const(listeners))
            fds.append({l.fd, POLLIN, 0});
        fds.append({s.stop.wakeFd(), POLLIN, 0});
        const int n = ::poll(fds.data(), nfds_t(fds.size()), 1000);
        reap();
        if (n < 0 && errno != EINTR)
            break;
        if (n <= 0)
            continue;
        for (int i = 0; i < listeners.size(); ++i) {
            if (!(fds.at(i).revents & POLLIN))
                continue;
            for (;;) {
                sockaddr_storage addr{};
                socklen_t len = sizeof addr;
                const int fd = ::accept4(listeners.at(i).fd, reinterpret_cast<sockaddr *>(&addr), &len,
                                         SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (fd < 0)
                    break;   // EAGAIN: all taken; anything else: try again on the next poll
                ++s.accepted;
                const bool implicitTls = listeners.at(i).implicitTls;
                if (s.active.load() >= options.maxConnections) {
                    if (!implicitTls) {
                        static const char busy[] = "421 4.7.0 Too many connections, try again later\r\n";
                        (void)!::send(fd, busy, sizeof busy - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
                    }
                    ::close(fd);
                    s.log(QStringLiteral("%1: refused, %2 connections open").arg(peerText(addr)).arg(s.active.load()));
                    continue;
                }
                const int on = 1;
                ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
                ++s.active;
                auto done = std::make_shared<std::atomic<bool>>(false);
                const QString peer = peerText(addr);
                try {
                    workers.push_back({std::thread([this, fd, implicitTls, peer, done] {
                                           serve(fd, implicitTls, peer);
                                           done->store(true);
                                       }),
                                       done});
                } catch (const std::system_error &) {
                    --s.active;
                    ::close(fd);
                }
            }
        }
    }
    for (Worker &w : workers)
        w.thread.join();
}

PracticeServer::PracticeServer(PracticeServerOptions options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

PracticeServer::~PracticeServer()
{
    stop();
}

bool PracticeServer::start(QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (d->running) {
        why = QStringLiteral("the practice server is already running");
        return false;
    }
    const PracticePersonality *personality = findPracticePersonality(d->options.personality);
    if (!personality) {
        why = QStringLiteral("unknown personality '%1' (one of: %2)")
                  .arg(d->options.personality, practicePersonalityNames().join(QStringLiteral(", ")));
        return false;
    }
    if (d->options.smtpPort != 0 && d->options.smtpPort == d->options.tlsPort) {
        why = QStringLiteral("the SMTP and the implicit-TLS port must differ (both %1)").arg(d->options.smtpPort);
        return false;
    }
    std::shared_ptr<const PracticePki> pki = PracticePki::shared(&why);
    if (!pki)
        return false;
    auto shared = std::make_unique<Shared>();
    shared->options = d->options;
    shared->personality = personality;
    shared->ctx = makePracticeTlsContext(*personality, *pki, &why);
    if (!shared->ctx)
        return false;

    QList<Listener> listeners;
    const auto closeAll = [&listeners] {
        for (const Listener &l : std::as_const(listeners))
            ::close(l.fd);
    };
    quint16 smtpPort = d->options.smtpPort;
    quint16 tlsPort = d->options.tlsPort;
    const int smtpFd = listenLoopback(false, &smtpPort, &why);
    if (smtpFd < 0)
        return false;
    listeners.append({smtpFd, false});
    const int tlsFd = listenLoopback(false, &tlsPort, &why);
    if (tlsFd < 0) {
        closeAll();
        return false;
    }
    listeners.append({tlsFd, true});
    QStringList addresses{QStringLiteral("127.0.0.1")};
    if (d->options.alsoIpv6) {
        // Best effort: a host without ::1 (or with the port taken there) still gets IPv4.
        QString v6Error;
        quint16 p6 = smtpPort;
        const int smtp6 = listenLoopback(true, &p6, &v6Error);
        quint16 t6 = tlsPort;
        const int tls6 = smtp6 >= 0 ? listenLoopback(true, &t6, &v6Error) : -1;
        if (smtp6 >= 0 && tls6 >= 0) {
            listeners.append({smtp6, false});
            listeners.append({tls6, true});
            addresses << QStringLiteral("::1");
        } else if (smtp6 >= 0) {
            ::close(smtp6);
        }
    }

    d->personality = personality;
    d->pki = pki;
    d->shared = std::move(shared);
    d->listeners = listeners;
    d->addresses = addresses;
    d->smtpPort = smtpPort;
    d->tlsPort = tlsPort;
    d->running = true;
    d->acceptor = std::thread([this] { d->acceptLoop(); });
    return true;
}

void PracticeServer::stop()
{
    if (!d->running)
        return;
    d->shared->stop.cancel();
    if (d->acceptor.joinable())
        d->acceptor.join();
    d->closeListeners();
    d->running = false;
    d->pki.reset();   // the certificate directory goes once nobody else holds it
}

bool PracticeServer::isRunning() const { return d->running; }
const PracticePersonality &PracticeServer::personality() const { return *d->personality; }
quint16 PracticeServer::smtpPort() const { return d->smtpPort; }
quint16 PracticeServer::tlsPort() const { return d->tlsPort; }
QStringList PracticeServer::listenAddresses() const { return d->addresses; }
QString PracticeServer::caFile() const { return d->pki ? d->pki->caFile() : QString(); }
QString PracticeServer::clientCertFile() const { return d->pki ? d->pki->clientCertFile() : QString(); }
QString PracticeServer::clientKeyFile() const { return d->pki ? d->pki->clientKeyFile() : QString(); }
std::shared_ptr<const PracticePki> PracticeServer::pki() const { return d->pki; }
int PracticeServer::connectionsAccepted() const { return d->shared ? d->shared->accepted.load() : 0; }
int PracticeServer::activeConnections() const { return d->shared ? d->shared->active.load() : 0; }
int PracticeServer::tlsHandshakesCompleted() const { return d->shared ? d->shared->handshakes.load() : 0; }

} // namespace mailtls::core
