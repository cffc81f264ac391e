#include "dns/resolver.h"

#include "base/limits.h"
#include "base/read_file.h"
#include "dns/rdata.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <unbound.h>

namespace mailtls::core {

namespace {

const QString kDefaultTrustAnchor = QStringLiteral("/usr/share/dns/root.key");
const QString kResolvConf = QStringLiteral("/etc/resolv.conf");

// Where a SERVFAIL is asked about again (see probe() below).
struct Endpoint {
    sockaddr_storage address{};
    socklen_t length = 0;
};

// One asynchronous question in flight. It lives on the asking thread's stack; libunbound's
// callback (run by whichever thread calls ub_process) fills it and wakes the asker through
// `wakeFd`. A question whose ub_cancel failed is handed to Private::orphans instead, so a late
// callback never writes into a stack that is gone.
struct Pending {
    bool done = false;
    bool orphaned = false;
    int err = 0;
    ub_result *result = nullptr;
    int wakeFd = -1;

    Pending() { wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK); }
    ~Pending()
    {
        if (result)
            ub_resolve_free(result);
        if (wakeFd >= 0)
            ::close(wakeFd);
    }
    Pending(const Pending &) = delete;
    Pending &operator=(const Pending &) = delete;
};

void answerArrived(void *data, int err, ub_result *result)
{
    auto *pending = static_cast<Pending *>(data);
    pending->done = true;
    pending->err = err;
    if (pending->orphaned) {
        if (result)
            ub_resolve_free(result);
    } else {
        pending->result = result;
    }
    const uint64_t one = 1;
    if (pending->wakeFd >= 0)
        (void)!::write(pending->wakeFd, &one, sizeof one);
}

int remainingMs(const QElapsedTimer &timer, int timeoutMs)
{
    const qint64 left = timeoutMs - timer.elapsed();
    return left > 0 ? int(left) : 0;
}

QString secondsText(int ms)
{
    return QString::number(ms / 1000.0);
}

// "ADDR", "ADDR:PORT", "[v6]:PORT" or a bare IPv6 address -> the address, the port, how the
// report writes it, and libunbound's "ADDR@PORT". Names are refused: the resolver is the one
// thing that cannot be looked up.
bool parseForwarder(const QString &text, Endpoint *endpoint, QString *display, QByteArray *spec)
{
    QString host = text.trimmed();
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        const int close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            portText = rest.mid(1);
        }
        host = host.mid(1, close - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        const int colon = host.indexOf(QLatin1Char(':'));
        portText = host.mid(colon + 1);
        host = host.left(colon);
    }
    int port = 53;
    if (!portText.isNull()) {
        bool ok = false;
        port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
    }
    const QByteArray hostBytes = host.toLatin1();
    *endpoint = Endpoint();
    if (host.contains(QLatin1Char(':'))) {
        auto *sa = reinterpret_cast<sockaddr_in6 *>(&endpoint->address);
        if (::inet_pton(AF_INET6, hostBytes.constData(), &sa->sin6_addr) != 1)
            return false;
        sa->sin6_family = AF_INET6;
        sa->sin6_port = htons(quint16(port));
        endpoint->length = sizeof(sockaddr_in6);
        *display = port == 53 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
    } else {
        auto *sa = reinterpret_cast<sockaddr_in *>(&endpoint->address);
        if (::inet_pton(AF_INET, hostBytes.constData(), &sa->sin_addr) != 1)
            return false;
        sa->sin_family = AF_INET;
        sa->sin_port = htons(quint16(port));
        endpoint->length = sizeof(sockaddr_in);
        *display = port == 53 ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    }
    *spec = hostBytes + '@' + QByteArray::number(port);
    return true;
}

// A name as DNS wire labels; false when it cannot be one (empty label, label over 63 bytes,
// name over 255 bytes).
bool encodeName(const QString &name, QByteArray *out)
{
    QByteArray wire;
    if (name != QLatin1String(".")) {
        for (const QString &label : name.split(QLatin1Char('.'))) {
            const QByteArray bytes = label.toUtf8();
            if (bytes.isEmpty() || bytes.size() > 63)
                return false;
            wire.append(char(bytes.size()));
            wire.append(bytes);
        }
    }
    wire.append('\0');
    if (wire.size() > 255)
        return false;
    *out = wire;
    return true;
}

} // namespace

// Threads: one ub_ctx for the Resolver, with libunbound's own background thread
// (ub_ctx_async(ctx, 1)) doing the network and validation work, so every lookup shares the
// cache and the trust anchor is read once. Lookups hand questions over with ub_resolve_async
// and wait with poll() on ub_fd(), their own eventfd and the cancel token. `mutex` serializes
// ub_resolve_async, ub_process (and so every callback) and ub_cancel: a callback therefore never
// runs while the question's owner decides to give up, so after a successful ub_cancel under the
// mutex no callback can touch the owner's Pending, and `done` is read under the same mutex.
// Whichever waiting thread wakes on ub_fd processes every answer; the callback wakes the owner.
struct Resolver::Private {
    ub_ctx *ctx = nullptr;
    mutable std::mutex mutex;
    mutable std::vector<std::unique_ptr<Pending>> orphans;   // cancels that libunbound refused
    QString resolverText;
    QString trustAnchor;
    int timeoutMs = limits::kDnsLookupTimeoutMs;
    std::vector<Endpoint> endpoints;   // the resolvers libunbound asks (for the SERVFAIL probe)

    ~Private()
    {
        if (ctx)
            ub_ctx_delete(ctx);   // stops the background thread: no callback runs after this
        orphans.clear();
    }

    enum class Outcome { Done, Timeout, Cancelled, Failed };
    Outcome resolve(const QByteArray &name, int type, int timeoutMs, const CancelToken &cancel,
                    ub_result **result, int *err) const;

    struct Probe {
        bool answered = false;
        int rcode = -1;
        bool truncated = false;       // the TC bit: the answer did not fit (and libunbound's TCP retry failed)
        bool sameQuestion = false;    // the reply repeats our question (name, type, class)
        bool cancelled = false;
        Phrase why;    // when not answered: "the resolver X did not answer within 8 s", "... is unreachable: ..."
    };
    Probe probe(const QString &name, int type, int timeoutMs, const CancelToken &cancel) const;
};

Resolver::Private::Outcome Resolver::Private::resolve(const QByteArray &name, int type, int timeoutMs,
                                                      const CancelToken &cancel, ub_result **result,
                                                      int *err) const
{
    *result = nullptr;
    *err = 0;
    if (cancel.isCancelled())
        return Outcome::Cancelled;
    auto pending = std::make_unique<Pending>();
    if (pending->wakeFd < 0) {
        *err = UB_SOCKET;
        return Outcome::Failed;
    }
    int asyncId = 0;
    {
        std::lock_guard<std::mutex> lock(mutex);
        const int rc = ub_resolve_async(ctx, name.constData(), type, 1, pending.get(), answerArrived, &asyncId);
        if (rc != 0) {
            *err = rc;
            return Outcome::Failed;
        }
    }
    QElapsedTimer timer;
    timer.start();
    Outcome outcome = Outcome::Timeout;
    for (;;) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (pending->done) {
                outcome = Outcome::Done;
                break;
            }
        }
        if (cancel.isCancelled()) {
            outcome = Outcome::Cancelled;
            break;
        }
        const int left = remainingMs(timer, timeoutMs);
        if (left == 0) {
            outcome = Outcome::Timeout;
            break;
        }
        pollfd fds[3] = {{ub_fd(ctx), POLLIN, 0}, {pending->wakeFd, POLLIN, 0}, {cancel.wakeFd(), POLLIN, 0}};
        const int rc = ::poll(fds, 3, left);
        if (rc < 0 && errno != EINTR) {
            *err = UB_SOCKET;
            outcome = Outcome::Failed;
            break;
        }
        if (rc > 0 && fds[0].revents) {
            std::lock_guard<std::mutex> lock(mutex);
            ub_process(ctx);
        }
        if (rc > 0 && fds[2].revents && !cancel.isCancelled()) {
            // A plain wake-up (not a cancel) is not ours: leave it pending for its owner and
            // avoid spinning on it by waiting on libunbound alone for a moment.
            pollfd only[2] = {{ub_fd(ctx), POLLIN, 0}, {pending->wakeFd, POLLIN, 0}};
            if (::poll(only, 2, qMin(remainingMs(timer, timeoutMs), 50)) > 0 && only[0].revents) {
                std::lock_guard<std::mutex> lock(mutex);
                ub_process(ctx);
            }
        }
    }

    std::lock_guard<std::mutex> lock(mutex);
    if (!pending->done) {
        // Under the mutex no callback runs, so the question is either still in flight (the
        // cancel succeeds and its callback never comes) or libunbound could not cancel it: then
        // the Pending outlives this call and its late answer is freed by the callback.
        if (ub_cancel(ctx, asyncId) != 0) {
            pending->orphaned = true;
            orphans.push_back(std::move(pending));
        }
        return outcome == Outcome::Done ? Outcome::Timeout : outcome;
    }
    *err = pending->err;
    *result = pending->result;
    pending->result = nullptr;
    if (*err != 0 || !*result) {
        if (*result)
            ub_resolve_free(*result);
        *result = nullptr;
        if (*err == 0)
            *err = UB_NOMEM;
        return Outcome::Failed;
    }
    return Outcome::Done;
}

// libunbound answers SERVFAIL both when its resolver said SERVFAIL and when no resolver
// answered at all (it tried them and gave up). To tell the two apart, the same question goes
// once more, as a plain UDP query of our own (RD and CD set, so a validating resolver hands
// over what it has), to each resolver in turn within the time left.
Resolver::Private::Probe Resolver::Private::probe(const QString &name, int type, int timeoutMs,
                                                  const CancelToken &cancel) const
{
    Probe probeResult;
    QByteArray qname;
    if (endpoints.empty() || !encodeName(name, &qname)) {
        probeResult.why = phrase("Errors", "the resolver %1 could not be asked again").arg(resolverText);
        return probeResult;
    }
    const quint16 id = quint16(QRandomGenerator::global()->bounded(65536));
    QByteArray query;
    query.append(char(id >> 8)).append(char(id & 0xff));
    query.append(char(0x01)).append(char(0x10));   // RD; CD
    query.append("\0\1\0\0\0\0\0\0", 8);           // one question
    query.append(qname);
    query.append(char(type >> 8)).append(char(type & 0xff)).append("\0\1", 2);

    QElapsedTimer timer;
    timer.start();
    Phrase lastWhy;
    for (size_t i = 0; i < endpoints.size(); ++i) {
        const Endpoint &endpoint = endpoints[i];
        const int left = remainingMs(timer, timeoutMs);
        if (left == 0 || cancel.isCancelled())
            break;
        const int share = left / int(endpoints.size() - i);
        const int fd = ::socket(endpoint.address.ss_family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0)
            continue;
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&endpoint.address), endpoint.length) != 0
            || ::send(fd, query.constData(), size_t(query.size()), 0) < 0) {
            lastWhy = phrase("Errors", "the resolver %1 is unreachable: %2").arg(resolverText).arg(QString::fromLocal8Bit(strerror(errno)));
            ::close(fd);
            continue;
        }
        QElapsedTimer wait;
        wait.start();
        lastWhy = phrase("Errors", "the resolver %1 did not answer within %2 s").arg(resolverText).arg(secondsText(this->timeoutMs));
        for (;;) {
            const int waitLeft = remainingMs(wait, share);
            if (waitLeft == 0 || cancel.isCancelled())
                break;
            pollfd fds[2] = {{fd, POLLIN, 0}, {cancel.wakeFd(), POLLIN, 0}};
            const int rc = ::poll(fds, 2, waitLeft);
            if (rc < 0 && errno == EINTR)
                continue;
            if (rc <= 0)
                break;
            if (!fds[0].revents) {
                // A wake-up that is not a cancel: wait on the socket alone for a moment.
                pollfd only{fd, POLLIN, 0};
                if (::poll(&only, 1, qMin(waitLeft, 50)) <= 0)
                    continue;
            }
            char reply[512];
            const ssize_t got = ::recv(fd, reply, sizeof reply, 0);
            if (got < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    continue;
                lastWhy = phrase("Errors", "the resolver %1 is unreachable: %2").arg(resolverText).arg(QString::fromLocal8Bit(strerror(errno)));
                break;
            }
            // Our id, the QR bit: an answer to this question (a truncated one still has its rcode).
            if (got >= 12 && quint8(reply[0]) == (id >> 8) && quint8(reply[1]) == (id & 0xff)
                && (quint8(reply[2]) & 0x80)) {
                probeResult.answered = true;
                probeResult.rcode = quint8(reply[3]) & 0x0f;
                probeResult.truncated = (quint8(reply[2]) & 0x02) != 0;
                // One question, the same bytes as ours (names compared without case).
                const QByteArray question = query.mid(12);
                probeResult.sameQuestion = got >= 12 + question.size() && quint8(reply[4]) == 0 && quint8(reply[5]) == 1
                    && QByteArray(reply + 12, int(question.size())).toLower() == question.toLower();
                ::close(fd);
                return probeResult;
            }
        }
        ::close(fd);
    }
    probeResult.cancelled = cancel.isCancelled();
    // No resolver was asked (no time left, no socket): the sentence has no reason to give.
    if (lastWhy.isEmpty())
        lastWhy = Phrase(QStringLiteral("the resolver %1 ").arg(resolverText));
    probeResult.why = probeResult.cancelled ? phrase("Errors", "cancelled") : lastWhy;
    return probeResult;
}

Resolver::Resolver() : d(std::make_unique<Private>()) {}

Resolver::~Resolver() = default;

bool Resolver::open(const ResolverOptions &options, Error *error)
{
    d = std::make_unique<Private>();
    d->timeoutMs = options.timeoutMs > 0 ? options.timeoutMs : limits::kDnsLookupTimeoutMs;

    QByteArray forwarderSpec;
    if (!options.forwarder.trimmed().isEmpty()) {
        Endpoint endpoint;
        if (!parseForwarder(options.forwarder, &endpoint, &d->resolverText, &forwarderSpec))
            return fail(error, ErrorKind::Usage,
                        phrase("Errors", "%1 is not a resolver address (ADDR, ADDR:PORT or [IPv6]:PORT)")
                            .arg(options.forwarder.trimmed()));
        d->endpoints.push_back(endpoint);
    } else {
        // The report names the nameservers libunbound will use; the SERVFAIL probe asks them
        // (libunbound reads the file again itself).
        QByteArray conf;
        Error readError;
        QStringList servers;
        if (readFileBounded(kResolvConf, limits::kResolvConfBytes, phrase("Errors", "resolver configuration"),
                            &conf, &readError)) {
            for (const QByteArray &line : conf.split('\n')) {
                const QList<QByteArray> words = line.simplified().split(' ');
                if (words.size() >= 2 && words.at(0) == "nameserver") {
                    Endpoint endpoint;
                    QString display;
                    QByteArray spec;
                    if (parseForwarder(QString::fromLatin1(words.at(1)), &endpoint, &display, &spec)) {
                        servers.append(display);
                        d->endpoints.push_back(endpoint);
                    }
                }
            }
        } else {
            return fail(error, ErrorKind::FileUnreadable, messageOf(readError));
        }
        d->resolverText = servers.isEmpty()
            ? QStringLiteral("system (%1 names no nameserver: recursion from the root)").arg(kResolvConf)
            : QStringLiteral("system (%1: %2)").arg(kResolvConf, servers.join(QStringLiteral(", ")));
    }

    d->trustAnchor = options.trustAnchorFile.trimmed().isEmpty() ? kDefaultTrustAnchor : options.trustAnchorFile;
    const QFileInfo anchorInfo(d->trustAnchor);
    if (!anchorInfo.exists())
        return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "%1: no such file").arg(d->trustAnchor));
    if (!anchorInfo.isFile() || !anchorInfo.isReadable())
        return fail(error, ErrorKind::FileUnreadable,
                    phrase("Errors", "%1: not a readable file").arg(d->trustAnchor));

    d->ctx = ub_ctx_create();
    if (!d->ctx)
        return fail(error, ErrorKind::Io, phrase("Errors", "cannot set up the DNS validator (libunbound)"));
    // libunbound logs to stderr by default; the lookup's own fields carry every reason (its
    // library defaults already keep val-log-level 2, which fills why_bogus, quietly).
    ub_ctx_debugout(d->ctx, nullptr);
    int rc = ub_ctx_async(d->ctx, 1);
    // A forwarder on loopback (a local validating resolver, the test fixture) must be asked.
    if (rc == 0)
        rc = ub_ctx_set_option(d->ctx, "do-not-query-localhost:", "no");
    // RFC 6761 lets labs serve test.; libunbound answers it NXDOMAIN itself unless told to pass
    // it on ("nodefault" is not accepted through ub_ctx_set_option in libunbound 1.17; a
    // transparent zone without data has the same effect).
    if (rc == 0)
        rc = ub_ctx_set_option(d->ctx, "local-zone:", "test. transparent");
    if (rc == 0)
        rc = forwarderSpec.isEmpty() ? ub_ctx_resolvconf(d->ctx, nullptr) : ub_ctx_set_fwd(d->ctx, forwarderSpec.constData());
    if (rc != 0) {
        const QString why = QString::fromUtf8(ub_strerror(rc));
        ub_ctx_delete(d->ctx);
        d->ctx = nullptr;
        return fail(error, forwarderSpec.isEmpty() ? ErrorKind::FileUnreadable : ErrorKind::Usage,
                    phrase("Errors", "cannot use the resolver %1: %2").arg(d->resolverText, why));
    }
    const QByteArray anchorPath = QFile::encodeName(d->trustAnchor);
    rc = ub_ctx_add_ta_file(d->ctx, anchorPath.constData());
    if (rc != 0) {
        ub_ctx_delete(d->ctx);
        d->ctx = nullptr;
        return fail(error, ErrorKind::BadFormat,
                    phrase("Errors", "%1: not a trust anchor file: %2").arg(d->trustAnchor, QString::fromUtf8(ub_strerror(rc))));
    }
    // The first question makes libunbound read the trust anchor (and start its thread); asking
    // for localhost, which it answers itself, reports a bad anchor file here, not at the first
    // real lookup.
    ub_result *result = nullptr;
    int err = 0;
    const CancelToken never;
    const auto outcome = d->resolve("localhost.", int(RrType::A), d->timeoutMs, never, &result, &err);
    if (result)
        ub_resolve_free(result);
    if (outcome == Private::Outcome::Failed) {
        ub_ctx_delete(d->ctx);
        d->ctx = nullptr;
        if (err == UB_INITFAIL)
            return fail(error, ErrorKind::BadFormat,
                        phrase("Errors", "%1: not a trust anchor file (DS or DNSKEY records in zone-file form)")
                            .arg(d->trustAnchor));
        return fail(error, ErrorKind::Io,
                    phrase("Errors", "cannot start the DNS validator: %1").arg(QString::fromUtf8(ub_strerror(err))));
    }
    return true;
}

QString Resolver::resolverText() const
{
    return d->resolverText;
}

QString Resolver::trustAnchorText() const
{
    return d->trustAnchor;
}

DnsLookup Resolver::lookup(const QString &name, const QString &type, const CancelToken &cancel) const
{
    QElapsedTimer timer;
    timer.start();
    DnsLookup r;
    r.name = normalizedName(name);
    r.type = type.trimmed().toUpper();
    auto finish = [&]() {
        r.elapsedMs = timer.elapsed();
        return r;
    };
    // Why there is no usable answer: the English for the record, the phrase for the faces.
    auto setError = [&](const Phrase &why) {
        r.error = why.english();
        r.errorPhrase = why;
    };
    RrType rrType;
    if (!rrTypeFromName(r.type, &rrType)) {
        setError(phrase("Errors", "%1 records cannot be looked up here").arg(r.type));
        return finish();
    }
    QByteArray wireName;
    if (r.name.isEmpty() || !encodeName(r.name, &wireName)) {
        setError(phrase("Errors", "%1 is not a domain name").arg(name));
        return finish();
    }
    if (!d->ctx) {
        setError(phrase("Errors", "the resolver was not set up"));
        return finish();
    }

    ub_result *result = nullptr;
    int err = 0;
    const auto outcome = d->resolve(r.name.toUtf8() + '.', int(rrType), d->timeoutMs, cancel, &result, &err);
    switch (outcome) {
    case Private::Outcome::Cancelled:
        setError(phrase("Errors", "cancelled"));
        return finish();
    case Private::Outcome::Timeout:
        setError(phrase("Errors", "the resolver %1 did not answer within %2 s")
                     .arg(d->resolverText, secondsText(d->timeoutMs)));
        return finish();
    case Private::Outcome::Failed:
        setError(phrase("Errors", "the resolver %1 could not be asked: %2")
                     .arg(d->resolverText, QString::fromUtf8(ub_strerror(err))));
        return finish();
    case Private::Outcome::Done:
        break;
    }
    std::unique_ptr<ub_result, void (*)(ub_result *)> owned(result, ub_resolve_free);

    r.answered = true;
    r.rcode = rcodeName(result->rcode);
    if (result->bogus) {
        r.dnssec = DnssecStatus::Bogus;
        r.whyBogus = result->why_bogus ? QString::fromUtf8(result->why_bogus) : QString();
    } else if (result->secure) {
        r.dnssec = DnssecStatus::Secure;
    } else if (result->rcode == 0 || result->rcode == 3) {
        r.dnssec = DnssecStatus::Insecure;
    }

    if (result->rcode == 2 && !result->bogus) {
        // SERVFAIL from libunbound: the resolver's own, or none answered. Ask it again.
        const auto probe = d->probe(r.name, int(rrType), remainingMs(timer, d->timeoutMs), cancel);
        if (!probe.answered) {
            r.answered = false;
            r.rcode.clear();
            r.dnssec = DnssecStatus::Unknown;
            setError(probe.why);
            return finish();
        }
        // A resolver that itself answered an error says so. A NOERROR/NXDOMAIN reply to the
        // direct query means libunbound could not use what came back: say which, never that
        // the resolver answered SERVFAIL when it did not.
        if (probe.rcode != 0 && probe.rcode != 3 && probe.sameQuestion) {
            r.rcode = rcodeName(probe.rcode);
        } else {
            const Phrase why = probe.truncated ? phrase("Errors", "its replies are truncated and the retry over TCP failed")
                : !probe.sameQuestion          ? phrase("Errors", "its replies do not answer the question asked")
                                               : phrase("Errors", "its answer could not be used (malformed, or failed validation)");
            setError(phrase("Errors", "the resolver %1 gave no usable answer for %2 %3: %4").arg(d->resolverText, r.name, r.type).arg(why));
        }
    }
    if (r.error.isEmpty() && r.rcode != QLatin1String("NOERROR") && r.rcode != QLatin1String("NXDOMAIN")) {
        if (r.dnssec == DnssecStatus::Bogus && !r.whyBogus.isEmpty())
            setError(phrase("Errors", "the resolver %1 answered %2 for %3 %4 (%5)")
                         .arg(d->resolverText, r.rcode, r.name).arg(r.type).arg(r.whyBogus));
        else
            setError(phrase("Errors", "the resolver %1 answered %2 for %3 %4").arg(d->resolverText, r.rcode, r.name).arg(r.type));
    }

    if (result->canonname) {
        const QString canonical = normalizedName(QString::fromUtf8(result->canonname));
        if (canonical != r.name)
            r.canonicalName = canonical;
    }
    if (rrType != RrType::Cname && result->answer_packet && result->answer_len > 0) {
        const QByteArray packet(static_cast<const char *>(result->answer_packet), result->answer_len);
        QStringList chain;
        bool loop = false;
        if (cnameChainInMessage(packet, r.name, limits::kDnsCnameChain, &chain, &loop))
            r.cnameChain = chain;
        else if (loop && r.error.isEmpty())
            setError(phrase("Errors", "%1 has a CNAME chain longer than %2 names or a loop")
                         .arg(r.name).arg(limits::kDnsCnameChain));
    }

    bool malformed = false;
    for (int i = 0; result->havedata && result->data && result->data[i]; ++i) {
        if (r.records.size() >= limits::kDnsRecords) {
            ++r.droppedRecords;
            continue;
        }
        const QByteArray rdata(result->data[i], result->len[i]);
        QString text;
        if (!decodeRdata(rrType, rdata, &text)) {
            malformed = true;
            continue;
        }
        r.records.append(text);
        r.rdata.append(rdata);
    }
    if (malformed && r.error.isEmpty())
        setError(phrase("Errors", "the resolver %1 sent a malformed %2 record for %3").arg(d->resolverText, r.type, r.name));
    r.ttl = result->ttl;
    return finish();
}

} // namespace mailtls::core
