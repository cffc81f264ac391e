#include "scan/scanner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>

#include <poll.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "net/connection.h"
#include "base/threads.h"
#include "scan/host_limiter.h"
#include "scan/attack_probes.h"
#include "scan/hygiene_probes.h"
#include "scan/starttls_probes.h"
#include "protocol/smtp_dialogue.h"
#include "protocol/proxy_route.h"
#include "protocol/starttls_opener.h"
#include "ossl/handles.h"
#include "catalog/cipher_catalog.h"
#include "wire/client_hello_builder.h"
#include "wire/server_hello_parser.h"
#include "tls/tls_client.h"
#include "catalog/tls_names.h"

#ifndef MAILTLS_VERSION
#define MAILTLS_VERSION "0"
#endif

namespace mailtls::core {

namespace {

// What one job (one connection, one ClientHello) found. Completed: the server accepted the
// hello; Rejected: it refused it (alert says how); Failed: no answer either way (error says why).
struct ProbeResult {
    AttemptStatus status = AttemptStatus::Failed;
    int version = 0;          // negotiated, wire code
    quint16 suite = 0;
    bool suiteOffered = true;
    int group = 0;            // key exchange group (TLS 1.3 key share / HRR, ECDHE curve)
    int dhBits = 0;
    bool helloRetry = false;
    CertificateChain chain;
    QList<quint32> sslv2Kinds;
    QString alert;            // why it was refused, when an alert said so
    Error error;              // for Failed and anomalies
    bool viaOpenssl = false;
    bool serverSpokeTls = false;   // a ServerHello, HelloRetryRequest or alert came back
    QString brokeAfterHello;       // "ServerHello received (…), then …": answered, then broken without a server alert
};

QString suiteLabel(quint16 code)
{
    if (const SuiteInfo *s = CipherCatalog::instance().byCode(code))
        return s->iana;
    return suiteCodeHex(code);
}

} // namespace

QList<quint16> opensslOfferableSuites(const QString &version)
{
    static const QHash<QString, QList<quint16>> table = [] {
        QHash<QString, QList<quint16>> out;
        const QStringList versions = {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"),
                                      QStringLiteral("TLSv1.3")};
        for (const QString &v : versions) {
            ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
            if (!ctx)
                continue;
            SSL_CTX_set_cipher_list(ctx.get(), "ALL:COMPLEMENTOFALL");
            SSL_CTX_set_ciphersuites(ctx.get(), "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                                                "TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256");
            SSL_CTX_set_security_level(ctx.get(), 0);
            const int wire = versionWireCode(v);
            if (SSL_CTX_set_min_proto_version(ctx.get(), wire) != 1 || SSL_CTX_set_max_proto_version(ctx.get(), wire) != 1)
                continue;
            ossl::SslPtr ssl(SSL_new(ctx.get()));
            if (!ssl)
                continue;
            STACK_OF(SSL_CIPHER) *stack = SSL_get1_supported_ciphers(ssl.get());
            QList<quint16> codes;
            for (int i = 0; stack && i < sk_SSL_CIPHER_num(stack); ++i) {
                const SSL_CIPHER *c = sk_SSL_CIPHER_value(stack, i);
                const quint16 code = quint16(SSL_CIPHER_get_protocol_id(c));
                // Only suites of this version (1.3 suites are listed for 1.2 clients too).
                const bool is13 = (code >> 8) == 0x13;
                if (is13 == (v == QLatin1String("TLSv1.3")))
                    codes << code;
            }
            sk_SSL_CIPHER_free(stack);
            out.insert(v, codes);
        }
        ERR_clear_error();
        return out;
    }();
    return table.value(version);
}

struct Scanner::Private {
    ScanOptions o;
    CancelToken cancel;
    ScanCallbacks callbacks;
    std::shared_ptr<HostLimiter> sharedLimiter;   // a fleet's, for every target of the host; else our own
    HostLimiter &limiter;
    const CipherCatalog &catalog = CipherCatalog::instance();
    QElapsedTimer clock;

    std::mutex m;                    // guards everything below
    Report report;
    int done = 0;
    int probeTimeouts = 0;     // TLS offers that got no reply in time
    int unansweredInARow = 0;  // busy or silent connections while the host has never answered
    qint64 firstUnansweredMs = 0;   // when the first of them came back
    int opening = 0;           // connections between connect and "ready for TLS" right now
    bool holdStarts = false;   // deciding whether to give up: no new connection until those opening end
    bool maxTimeReached = false; // the --max-time watchdog fired
    QHash<QString, int> estimates;   // lane -> connections it still expects to need
    bool everConnected = false;
    bool rateLimited = false;        // the server itself turned a connection away (421, close, refused connect)
    ErrorKind fatalKind = ErrorKind::None;   // set: stop every lane
    QString fatalError;
    Phrase fatalPhrase;              // fatalError as written, for the faces
    QString firstBusyReason;
    int noGreetingRetries = 0;       // retried because no greeting came in time: no word from the server
    QString firstNoGreetingReason;
    QHash<QString, CertificateChain> chainsByType;
    QList<int> groups;
    int dhBits = 0;
    QStringList incomplete;          // lanes that could not finish

    Private(ScanOptions options, CancelToken c, ScanCallbacks cb, std::shared_ptr<HostLimiter> shared)
        : o(std::move(options)), cancel(std::move(c)), callbacks(std::move(cb)),
          // Through a proxy, no more lanes at once than the proxy's budget lets through
          // (net/proxy_budget.h holds every connection to it anyway; this keeps lanes from
          // queueing there with their connect clocks running).
          sharedLimiter(shared ? std::move(shared)
                               : std::make_shared<HostLimiter>(o.target.proxy.isSet() ? qMin(o.maxConnections, proxyBudgetLimit(proxyHopFor(o.target.proxy)))
                                                                                     : o.maxConnections,
                                                               o.delayMs)),
          limiter(*sharedLimiter)
    {
    }

    void note(const QString &text)
    {
        TranscriptLine line;
        {
            std::lock_guard<std::mutex> lock(m);
            line.tMs = clock.elapsed();
            line.dir = LineDirection::Note;
            line.text = text;
            report.transcript << line;
        }
        if (callbacks.line)
            callbacks.line(line);
    }

    void setEstimate(const QString &lane, int remaining)
    {
        int d = 0, total = 0;
        {
            std::lock_guard<std::mutex> lock(m);
            estimates[lane] = qMax(0, remaining);
            d = done;
            total = done;
            for (int e : std::as_const(estimates))
                total += e;
        }
        if (callbacks.progress)
            callbacks.progress(d, total);
    }

    bool stopped()
    {
        std::lock_guard<std::mutex> lock(m);
        return cancel.isCancelled() || fatalKind != ErrorKind::None;
    }

    void setFatal(ErrorKind kind, const Phrase &error)
    {
        std::lock_guard<std::mutex> lock(m);
        if (fatalKind == ErrorKind::None) {
            fatalKind = kind;
            fatalError = error.english();
            fatalPhrase = error;
        }
    }

    // One job: a connection made ready for TLS (retrying while the server is busy), then `tls`.
    ProbeResult runJob(const std::function<ProbeResult(Connection &)> &tls)
    {
        int backoff = qMax(50, o.backoffInitialMs);
        for (int attempt = 0;; ++attempt) {
            ProbeResult failed;
            if (cancel.isCancelled()) {
                failed.status = AttemptStatus::Cancelled;
                return failed;
            }
            if (stopped()) {
                failed.error = makeError(ErrorKind::Cancelled, phrase("Errors", "scan stopped"));
                return failed;
            }
            if (!limiter.acquire(cancel, [this] { return stopped(); })) {
                if (cancel.isCancelled())
                    failed.status = AttemptStatus::Cancelled;
                else
                    failed.error = makeError(ErrorKind::Cancelled, phrase("Errors", "scan stopped"));
                return failed;
            }
            bool held = false;
            {
                std::lock_guard<std::mutex> lock(m);
                held = holdStarts;
                if (!held)
                    ++opening;
            }
            if (held) {
                // Another job is deciding whether the host is given up: wait for its verdict.
                limiter.release();
                if (!sleepCancellable(cancel, 20)) {
                    failed.status = AttemptStatus::Cancelled;
                    return failed;
                }
                --attempt;
                continue;
            }
            Connection connection(cancel);
            const OpenResult open = openForTls(o.target, connection);
            {
                std::lock_guard<std::mutex> lock(m);
                --opening;
                if (open.connected) {
                    ++report.scan.connections;
                    if (report.target.address.isEmpty())
                        report.target.address = open.peerAddress;
                }
                // --starttls auto: the report names the dialect the greeting showed.
                if (report.target.dialect == QLatin1String("auto") && !open.dialect.isEmpty())
                    report.target.dialect = open.dialect;
                if (open.ready()) {
                    everConnected = true;
                    ++report.scan.handshakes;
                    if (open.bytesAfterStarttls > 0) {
                        ScanResult &scan = report.scan;
                        ++scan.bytesAfterStarttlsConnections;
                        scan.bytesAfterStarttls += open.bytesAfterStarttls;
                        scan.bytesAfterStarttlsLargest = qMax(scan.bytesAfterStarttlsLargest, open.bytesAfterStarttls);
                    }
                }
            }
            if (open.ready()) {
                limiter.serverAnswered();
                ProbeResult r = tls(connection);
                connection.close();
                limiter.release();
                std::lock_guard<std::mutex> lock(m);
                ++done;
                if (r.status != AttemptStatus::Cancelled) {
                    report.scan.tlsAnswers = qMax(report.scan.tlsAnswers, 0) + (r.serverSpokeTls ? 1 : 0);
                    if (!r.serverSpokeTls && r.error.kind == ErrorKind::Timeout)
                        ++probeTimeouts;
                    if (!r.brokeAfterHello.isEmpty()) {
                        if (report.scan.brokenAfterHello++ == 0)
                            report.scan.brokenAfterHelloFirst = r.brokeAfterHello;
                    }
                }
                return r;
            }
            bool busy = open.status == AttemptStatus::Busy;
            // Turned away by the proxy at its own limit, not by the server: back off the same way.
            const bool proxyBusy = busy && !open.connected && o.target.proxy.isSet();
            bool everOk = false;
            {
                std::lock_guard<std::mutex> lock(m);
                everOk = everConnected;
            }
            // Once the host has answered, a refused TCP connect under load is a limit too.
            if (open.status == AttemptStatus::Failed && everOk && open.error.kind == ErrorKind::Refused)
                busy = true;
            if (busy)
                limiter.serverBusy();
            connection.close();
            limiter.release();
            if (open.status == AttemptStatus::Cancelled) {
                failed.status = AttemptStatus::Cancelled;
                return failed;
            }
            if (!busy) {
                // The report says "connect" or "timeout" for a host never reached, "protocol"
                // for one that answered and then could not be brought to TLS.
                const ErrorKind kind = !open.connected
                    ? (open.error.kind == ErrorKind::Timeout ? ErrorKind::Timeout
                                                              : kindInClass(OutcomeClass::Connect, open.error.kind, ErrorKind::Unreachable))
                    : kindInClass(OutcomeClass::Protocol, open.error.kind, ErrorKind::Protocol);
                setFatal(kind, messageOf(open.error));
                failed.error = open.error;
                return failed;
            }
            bool giveUp = false;
            int unanswered = 0;     // when giving up: how many in a row, over how long
            qint64 overMs = 0;
            {
                std::lock_guard<std::mutex> lock(m);
                ++report.scan.retries;
                if (open.noGreeting) {
                    // Silence is not a limit: a tarpit, or a loaded server that had not accepted
                    // the connection yet (measured on a loaded machine against an Exim without
                    // limits: greetings 1, 3, 7, 15 s late, at the kernel's SYN-ACK retransmits).
                    ++noGreetingRetries;
                    if (firstNoGreetingReason.isEmpty())
                        firstNoGreetingReason = open.error.message;
                } else {
                    rateLimited = rateLimited || !proxyBusy;
                    if (firstBusyReason.isEmpty())
                        firstBusyReason = open.error.message;
                }
                // The first job to reach the limit decides; the others retry as usual (and are
                // held before their next connection until it has). A host that says it is busy
                // (a 421, a close) gets kBusyPatienceMs of back-off first: a moment's limit (its
                // other clients' connections) clears, a host that is always busy stays so.
                if (!everConnected && unansweredInARow == 0)
                    firstUnansweredMs = clock.elapsed();
                const bool patient = open.noGreeting || clock.elapsed() - firstUnansweredMs >= limits::kBusyPatienceMs;
                giveUp = !everConnected && ++unansweredInARow >= qMax(1, o.unansweredLimit) && patient && !holdStarts;
                if (giveUp) {
                    holdStarts = true;
                    unanswered = unansweredInARow;
                    overMs = clock.elapsed() - firstUnansweredMs;
                }
            }
            if (giveUp) {
                // No new connection from now on, and not while another one is still on its way:
                // it may be the one let in. Those end within their own timeout.
                for (;;) {
                    {
                        std::lock_guard<std::mutex> lock(m);
                        if (opening == 0 || everConnected)
                            break;
                    }
                    if (!sleepCancellable(cancel, 20)) {
                        failed.status = AttemptStatus::Cancelled;
                        return failed;
                    }
                }
                std::lock_guard<std::mutex> lock(m);
                if (everConnected) {
                    holdStarts = false;   // answered after all: scan on
                    giveUp = false;
                }
            }
            if (giveUp) {
                // Never once ready for TLS: a tarpit, a silent host or a 421 on every connection.
                // There is nothing to scan; say so instead of retrying for minutes.
                // Silence is reported as a timeout (as a session reports it), a busy answer as busy.
                setFatal(open.noGreeting ? ErrorKind::Timeout : ErrorKind::Busy,
                         unanswered > qMax(1, o.unansweredLimit)
                             ? phrase("Errors", "the server answered none of %1 connection(s) in a row over %2 s: %3")
                                   .arg(unanswered)
                                   .arg(QString::number(overMs / 1000.0, 'f', 1))
                                   .arg(messageOf(open.error))
                             : phrase("Errors", "the server answered none of %1 connection(s) in a row: %2")
                                   .arg(unanswered)
                                   .arg(messageOf(open.error)));
                failed.error = open.error;
                return failed;
            }
            if (attempt >= o.maxBusyRetries) {
                failed.error = makeError(ErrorKind::Busy, phrase("Errors", "the server stayed busy after %1 retries: %2")
                                                              .arg(attempt).arg(messageOf(open.error)));
                return failed;
            }
            note(QStringLiteral("%1 (%2); waiting %3 ms, %4 connection(s) at once from now on")
                     .arg(open.noGreeting ? QStringLiteral("no answer") : proxyBusy ? QStringLiteral("proxy busy") : QStringLiteral("server busy"),
                          open.error.message)
                     .arg(backoff)
                     .arg(limiter.limit()));
            // In slices: a lane that gave the host up (setFatal) ends every other lane's wait too.
            for (int waited = 0; waited < backoff && !stopped(); waited += 50) {
                if (!sleepCancellable(cancel, qMin(50, backoff - waited))) {
                    failed.status = AttemptStatus::Cancelled;
                    return failed;
                }
            }
            backoff = qMin(backoff * 2, o.backoffMaxMs);
        }
    }

    // ---- the two ways of saying hello ----

    ProbeResult opensslProbe(Connection &connection, const QString &version, const QList<quint16> &suites,
                             const QString &groups = QString(), const QString &sigalgs = QString())
    {
        ProbeResult r;
        r.viaOpenssl = true;
        TlsClientConfig config;
        config.minVersion = config.maxVersion = version;
        config.securityLevel = 0;
        config.sni = o.target.sni;
        config.groups = groups;
        config.sigalgs = sigalgs;
        QStringList names;
        for (quint16 code : suites)
            if (const SuiteInfo *s = catalog.byCode(code))
                names << ((code >> 8) == 0x13 ? s->iana : s->openssl);
        if (version == QLatin1String("TLSv1.3"))
            config.ciphersuites = names.join(QLatin1Char(':'));
        else
            config.ciphers = names.join(QLatin1Char(':'));
        TlsClient tls(connection);
        if (!tls.configure(config, &r.error))
            return r;
        Error error;
        const bool ok = tls.handshake(o.target.timeoutMs, &error);
        TlsFacts facts;
        tls.fillFacts(&facts);
        r.serverSpokeTls = ok || tls.serverSpokeTls();
        if (!ok) {
            r.error = error;
            // The server answered with a ServerHello and the handshake broke afterwards, not by an
            // alert of the server's (a refusal): it closed, stalled, or sent what our client
            // refused as broken TLS. Neither "accepted" nor "refused": the scan says what it saw.
            // (A version outside the offer, which our client answers with protocol_version, is the
            // version lanes' business: not accepted.)
            const bool versionRefused = !tls.recorder().lastAlertReceived() && facts.alert == QLatin1String("protocol_version");
            const auto hello = std::find_if(tls.recorder().messages().cbegin(), tls.recorder().messages().cend(),
                                            [](const HandshakeMessage &m) {
                                                return m.dir == QLatin1String("S") && m.type == QLatin1String("ServerHello");
                                            });
            if (hello != tls.recorder().messages().cend() && !tls.recorder().lastAlertReceived() && !versionRefused
                && error.kind != ErrorKind::Cancelled)
                r.brokeAfterHello = QStringLiteral("ServerHello received (%1), then %2").arg(hello->summary, error.message);
            if (error.kind == ErrorKind::Cancelled) {
                r.status = AttemptStatus::Cancelled;
            } else if (error.kind != ErrorKind::Timeout) {
                r.status = AttemptStatus::Rejected;
                r.alert = facts.alert.isEmpty() ? QStringLiteral("closed") : facts.alert;
            }
            return r;
        }
        r.status = AttemptStatus::Completed;
        r.version = versionWireCode(facts.version);
        r.suite = facts.cipher.code;
        r.suiteOffered = suites.contains(r.suite);
        r.group = groupFromName(facts.group);
        if (r.group == 0 && facts.group == QLatin1String("prime256v1"))
            r.group = group::secp256r1;
        r.dhBits = tls.recorder().dhPrimeBits();
        r.chain = tls.peerChain();
        tls.shutdown(200);
        return r;
    }

    ProbeResult readRaw(Connection &connection, ServerHelloParser &parser, bool silenceIsRefusal)
    {
        ProbeResult r;
        QElapsedTimer timer;
        timer.start();
        while (!parser.isDone()) {
            QByteArray bytes;
            Error error;
            const int left = int(qMax<qint64>(0, o.target.timeoutMs - timer.elapsed()));
            if (!connection.readSome(&bytes, left, &error)) {
                if (error.kind == ErrorKind::Cancelled) {
                    r.status = AttemptStatus::Cancelled;
                    return r;
                }
                if (error.kind == ErrorKind::Timeout && !silenceIsRefusal && parser.response().kind == ServerResponse::Kind::None) {
                    r.error = makeError(ErrorKind::Timeout,
                                        phrase("Errors", "no answer to the ClientHello within %1 s").arg(o.target.timeoutMs / 1000.0));
                    return r;
                }
                if (error.kind == ErrorKind::Timeout && parser.response().kind != ServerResponse::Kind::None)   // the rest never came
                    r.error = makeError(ErrorKind::Timeout, phrase("Errors", "no further reply within %1 s").arg(o.target.timeoutMs / 1000.0));
                parser.finishOnClose();
                break;
            }
            parser.feed(bytes);
        }
        r.status = AttemptStatus::Rejected;
        return r;
    }

    ProbeResult rawProbe(Connection &connection, const ClientHelloSpec &spec)
    {
        ProbeResult r;
        Error buildError;
        const QByteArray hello = ClientHelloBuilder::build(spec, &buildError);
        if (hello.isEmpty()) {
            r.error = buildError;
            return r;
        }
        Error error;
        if (!connection.writeAll(hello, o.target.timeoutMs, &error)) {
            r.error = error;
            r.status = error.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled : AttemptStatus::Rejected;
            r.alert = QStringLiteral("closed");
            return r;
        }
        ServerHelloParser parser(spec.suites, spec.version < 0x0304);
        r = readRaw(connection, parser, false);
        const ServerResponse::Kind answered = parser.response().kind;
        r.serverSpokeTls = (answered != ServerResponse::Kind::None && answered != ServerResponse::Kind::Malformed)
                           || parser.response().serverHelloSeen;
        if (r.status != AttemptStatus::Rejected)
            return r;
        const ServerResponse &s = parser.response();
        // TLS <= 1.2: a ServerHello in the version offered, then no flight up to ServerHelloDone
        // (closed, silent, or broken framing): what an OpenSSL hello sees as a broken handshake.
        if (spec.version < 0x0304 && s.serverHelloSeen && s.version == spec.version && !s.serverHelloDone) {
            const QString then = s.kind == ServerResponse::Kind::Malformed ? s.error
                : r.error.kind == ErrorKind::Timeout ? r.error.message
                                                      : QStringLiteral("the server closed the connection before its ServerHelloDone");
            r.brokeAfterHello = QStringLiteral("ServerHello received (%1, %2), then %3")
                                    .arg(protocolVersionName(s.version), suiteLabel(s.suite), then);
        }
        switch (s.kind) {
        case ServerResponse::Kind::ServerHello:
        case ServerResponse::Kind::HelloRetryRequest: {
            r.status = AttemptStatus::Completed;
            r.version = s.version;
            r.suite = s.suite;
            r.suiteOffered = s.suiteWasOffered;
            r.helloRetry = s.kind == ServerResponse::Kind::HelloRetryRequest;
            r.group = s.selectedGroup;
            if (!s.serverKeyExchange.isEmpty()) {
                const SuiteInfo *info = catalog.byCode(s.suite);
                if (info && info->kex == QLatin1String("DHE"))
                    r.dhBits = dhPrimeBitsFromServerKeyExchange(s.serverKeyExchange);
                else if (info && info->kex == QLatin1String("ECDHE"))
                    r.group = namedCurveFromServerKeyExchange(s.serverKeyExchange);
            }
            for (const QByteArray &der : s.certificatesDer) {
                const Certificate c = Certificate::fromDer(der);
                if (!c.isNull())
                    r.chain << c;
            }
            break;
        }
        case ServerResponse::Kind::Alert:
            r.alert = s.alertName;
            break;
        default:
            r.alert = QStringLiteral("closed");
            r.error = makeError(ErrorKind::Protocol, s.error);
            break;
        }
        return r;
    }

    // ---- lanes ----

    void collect(const ProbeResult &r)
    {
        std::lock_guard<std::mutex> lock(m);
        if (r.dhBits > 0 && (dhBits == 0 || r.dhBits < dhBits))
            dhBits = r.dhBits;
        const QString type = certificateTypeOf(r.chain);
        if (!type.isEmpty() && !chainsByType.contains(type))
            chainsByType.insert(type, r.chain);
    }

    // Which path offers a batch: OpenSSL when it can send every suite in it.
    ProbeResult offer(const QString &version, const QList<quint16> &batch)
    {
        const QList<quint16> offerable = opensslOfferableSuites(version);
        bool openssl = version != QLatin1String("SSLv3") && !batch.isEmpty();
        for (quint16 code : batch)
            if (!offerable.contains(code))
                openssl = false;
        if (openssl)
            return runJob([&](Connection &c) { return opensslProbe(c, version, batch); });
        ClientHelloSpec spec;
        spec.version = versionWireCode(version);
        spec.suites = batch;
        spec.sni = o.target.sni;
        return runJob([&](Connection &c) { return rawProbe(c, spec); });
    }

    struct VersionResult {
        bool concluded = false;
        QList<quint16> accepted;         // in the order the server picked them
        bool preferenceKnown = false;
        bool serverPreference = false;
    };

    // Suites of `version` in the order they are offered: those the linked OpenSSL can send
    // first (the ones real servers accept), then the raw-only rest.
    QList<quint16> suitesToTest(const QString &version) const
    {
        const QList<quint16> offerable = version == QLatin1String("SSLv3") ? QList<quint16>() : opensslOfferableSuites(version);
        QList<quint16> untested;
        QList<quint16> rawOnly;
        for (const SuiteInfo &s : catalog.forVersion(version))
            (offerable.contains(s.code) ? untested : rawOnly) << s.code;
        return untested + rawOnly;
    }

    // The hello order: every second hello offers its batch reversed, so that a server which
    // follows the client's order picks from both ends and cannot pass for one that enforces
    // its own order (and the other way round) without an extra connection.
    static QList<quint16> helloOrder(QList<quint16> batch, int helloIndex)
    {
        if (helloIndex % 2 == 1)
            std::reverse(batch.begin(), batch.end());
        return batch;
    }

    bool isDhe(quint16 code) const
    {
        const SuiteInfo *s = catalog.byCode(code);
        return s && s->kex == QLatin1String("DHE");
    }

    VersionResult enumerate(const QString &version)
    {
        VersionResult v;
        const int wire = versionWireCode(version);
        const QList<quint16> offerable = version == QLatin1String("SSLv3") ? QList<quint16>() : opensslOfferableSuites(version);
        QList<quint16> untested = suitesToTest(version);
        QList<QList<quint16>> offeredAtPick;
        const int extra = o.probePreference ? 1 : 0;
        int hello = 0;
        // A refused hello with DHE suites and others in it is not yet a refusal of the others: a
        // server without DH parameters (Dovecot without ssl_dh) ends the handshake whenever it
        // picks a DHE suite. The DHE suites wait here, the rest is offered again without them,
        // and the DHE suites are tried at the end, first in a hello whose last suite is known to
        // work (dheFailing when that breaks).
        QList<quint16> dheHeldBack;
        QList<quint16> failedOn;   // suites the server named in a ServerHello and then broke on
        while (!untested.isEmpty() || !dheHeldBack.isEmpty()) {
            if (untested.isEmpty()) {
                // Only the held-back DHE suites are left. With a suite known to work, they go
                // first and that suite last: a server that does not do them picks the known one;
                // one that picks a DHE suite and breaks fails on DHE. (Many servers refuse by
                // closing, no alert, so a DHE-only hello could not tell the two apart.)
                QList<quint16> dhe = dheHeldBack.mid(0, ClientHelloBuilder::kMaxSuites - 1);
                for (quint16 code : std::as_const(dhe))
                    dheHeldBack.removeAll(code);
                if (v.accepted.isEmpty()) {
                    // Nothing else works at this version either: the hello that had them was
                    // refused as much as the one without, so no connection can tell more.
                    note(QStringLiteral("%1: %2 DHE suites held back: not accepted (no suite of this version works)")
                             .arg(version).arg(dhe.size() + dheHeldBack.size()));
                    dheHeldBack.clear();
                    continue;
                }
                const quint16 known = v.accepted.first();
                const ProbeResult r = offer(version, dhe + QList<quint16>{known});
                if (r.status == AttemptStatus::Cancelled || r.status == AttemptStatus::Failed) {
                    if (r.status == AttemptStatus::Failed && !stopped())
                        note(QStringLiteral("%1: cannot finish (%2); versions and suites not tested are left out, not called refused")
                                 .arg(version, r.error.message));
                    return v;
                }
                if (r.status == AttemptStatus::Rejected) {
                    if (r.alert != QLatin1String("protocol_version")) {
                        note(QStringLiteral("%1: %2 DHE suites and %3 (accepted before) offered: the handshake broke (%4); "
                                            "the server picks DHE and fails on it (no DH parameters?)")
                                 .arg(version).arg(dhe.size()).arg(suiteLabel(known), r.alert));
                        std::lock_guard<std::mutex> lock(m);
                        report.scan.dheFailing[version] += dhe;
                        if (report.scan.dheFailingEvidence.isEmpty())
                            report.scan.dheFailingEvidence =
                                QStringLiteral("%1: a hello with %2 DHE suites first and %3 last ended with %4; %3 alone is "
                                               "accepted")
                                    .arg(version).arg(dhe.size()).arg(suiteLabel(known))
                                    .arg(r.alert == QLatin1String("closed") ? QStringLiteral("the connection closed, no alert")
                                                                            : QStringLiteral("alert %1").arg(r.alert));
                    } else {
                        note(QStringLiteral("%1: %2 DHE suites and %3 offered: refused (%4)")
                                 .arg(version).arg(dhe.size()).arg(suiteLabel(known), r.alert));
                    }
                    continue;
                }
                if (r.version == wire && r.suiteOffered && dhe.contains(r.suite)) {
                    // A DHE suite works: the DHE suites enumerate as any others from here.
                    note(QStringLiteral("%1: DHE suites offered first: server chose %2").arg(version, suiteLabel(r.suite)));
                    collect(r);
                    v.accepted << r.suite;
                    offeredAtPick << (dhe + QList<quint16>{known});
                    dhe.removeAll(r.suite);
                    untested = dhe + dheHeldBack;
                    dheHeldBack.clear();
                } else {
                    note(QStringLiteral("%1: %2 DHE suites offered first: server chose %3 (accepted before); the DHE suites "
                                        "are not accepted").arg(version).arg(dhe.size()).arg(suiteLabel(r.suite)));
                }
                continue;
            }
            setEstimate(version, int((untested.size() + ClientHelloBuilder::kMaxSuites - 1) / ClientHelloBuilder::kMaxSuites) + extra);
            QList<quint16> batch = untested.mid(0, ClientHelloBuilder::kMaxSuites);
            if (o.opensslWhenPossible && offerable.contains(batch.first())) {
                // Keep OpenSSL's hellos pure, so TlsClient sends them.
                batch.erase(std::remove_if(batch.begin(), batch.end(), [&](quint16 c) { return !offerable.contains(c); }),
                            batch.end());
            }
            batch = helloOrder(batch, hello++);
            const ProbeResult r = offer(version, batch);
            if (r.status == AttemptStatus::Cancelled || r.status == AttemptStatus::Failed) {
                if (r.status == AttemptStatus::Failed && !stopped())
                    note(QStringLiteral("%1: cannot finish (%2); versions and suites not tested are left out, not called refused")
                             .arg(version, r.error.message));
                return v;
            }
            const QString path = r.viaOpenssl ? QStringLiteral("OpenSSL") : QStringLiteral("raw");
            if (r.status == AttemptStatus::Rejected) {
                note(QStringLiteral("%1: %2 suites offered (%3): refused (%4)").arg(version).arg(batch.size()).arg(path, r.alert));
                if (v.accepted.isEmpty() && r.alert == QLatin1String("protocol_version"))
                    break;   // the version itself is off: no need to try the other suites
                // Before calling the batch refused: again without the suite the server named and
                // broke on, and without the DHE suites (held back, tried at the end).
                bool again = false;
                bool heldBack = false;
                if (r.suite != 0 && batch.contains(r.suite) && !failedOn.contains(r.suite)) {
                    failedOn << r.suite;
                    untested.removeAll(r.suite);
                    again = true;
                }
                int dhe = 0;
                for (quint16 code : std::as_const(batch))
                    dhe += isDhe(code) && untested.contains(code) ? 1 : 0;
                const int rest = int(std::count_if(batch.cbegin(), batch.cend(),
                                                   [&](quint16 c) { return !isDhe(c) && untested.contains(c); }));
                // Only when the server broke rather than refused: it closed without an alert
                // (Dovecot) or sent internal_error. A refusal by alert (handshake_failure) is a
                // clear no for the whole batch.
                const bool broke = r.alert == QLatin1String("closed") || r.alert == QLatin1String("internal_error");
                if (broke && dhe > 0 && rest > 0) {
                    for (quint16 code : std::as_const(batch))
                        if (isDhe(code) && untested.removeAll(code) > 0)
                            dheHeldBack << code;
                    again = heldBack = true;
                }
                if (again) {
                    note(QStringLiteral("%1: asking again without %2").arg(version,
                        heldBack ? QStringLiteral("the %1 DHE suites").arg(dhe) : suiteLabel(r.suite)));
                    continue;
                }
                for (quint16 code : std::as_const(batch))
                    untested.removeAll(code);
                continue;
            }
            if (r.version != wire) {
                note(QStringLiteral("%1: the server answered with %2 instead").arg(version, protocolVersionName(r.version)));
                if (v.accepted.isEmpty())
                    break;
                return v;
            }
            if (!r.suiteOffered || !batch.contains(r.suite)) {
                note(QStringLiteral("%1: the server chose %2, which was not offered; stopping this version")
                         .arg(version, suiteLabel(r.suite)));
                return v;
            }
            note(QStringLiteral("%1: %2 suites offered (%3): server chose %4")
                     .arg(version).arg(batch.size()).arg(path, suiteLabel(r.suite)));
            collect(r);
            v.accepted << r.suite;
            offeredAtPick << batch;
            untested.removeAll(r.suite);
        }
        v.concluded = true;
        concludePreference(version, &v, offeredAtPick, 0);
        return v;
    }

    // Whether the server enforces its own order, and that order. The enumeration often shows
    // it already: a server that follows the client always takes the first accepted suite of
    // each hello, so one pick that is not proves a server order, at no extra connection.
    // Otherwise one hello with the accepted suites reversed tells the two apart.
    void concludePreference(const QString &version, VersionResult *v, const QList<QList<quint16>> &offeredAtPick, int extraLater)
    {
        if (v->accepted.size() < 2 || !o.probePreference) {
            sortByOffer(version, v);
            return;
        }
        const QSet<quint16> acceptedSet(v->accepted.begin(), v->accepted.end());
        bool clientOrderFits = true;
        for (int i = 0; i < v->accepted.size() && clientOrderFits; ++i) {
            for (quint16 code : offeredAtPick.at(i)) {
                if (acceptedSet.contains(code)) {
                    clientOrderFits = code == v->accepted.at(i);
                    break;
                }
            }
        }
        if (clientOrderFits) {
            QList<quint16> reversed(v->accepted.rbegin(), v->accepted.rend());
            setEstimate(version, 1 + extraLater);
            const ProbeResult p = offer(version, reversed);
            if (p.status != AttemptStatus::Completed) {
                sortByOffer(version, v);
                return;
            }
            collect(p);
            v->preferenceKnown = true;
            v->serverPreference = p.suite != reversed.first();
        } else {
            v->preferenceKnown = true;
            v->serverPreference = true;
        }
        note(QStringLiteral("%1: %2").arg(version, v->serverPreference
                                                       ? (clientOrderFits ? QStringLiteral("the server enforces its own suite order")
                                                                          : QStringLiteral("the server enforces its own suite order (seen in the enumeration)"))
                                                       : QStringLiteral("the server follows the client's suite order")));
        if (!v->serverPreference) {
            sortByOffer(version, v);
            return;
        }
        // The picking order is the server's order when every later pick was on offer earlier.
        bool exact = true;
        for (int i = 0; i < v->accepted.size() && exact; ++i)
            for (int j = i + 1; j < v->accepted.size(); ++j)
                if (!offeredAtPick.at(i).contains(v->accepted.at(j)))
                    exact = false;
        if (exact)
            return;
        QList<quint16> rest = v->accepted;
        QList<quint16> order;
        while (rest.size() > 1) {
            setEstimate(version, int(rest.size()) - 1 + extraLater);
            const ProbeResult q = offer(version, rest);
            if (q.status != AttemptStatus::Completed || !rest.contains(q.suite))
                return;   // keep the picking order
            order << q.suite;
            rest.removeAll(q.suite);
        }
        v->accepted = order + rest;
    }

    // Without a server order, the accepted suites are listed in the order we offer them.
    void sortByOffer(const QString &version, VersionResult *v) const
    {
        const QList<quint16> order = suitesToTest(version);
        std::stable_sort(v->accepted.begin(), v->accepted.end(),
                         [&](quint16 a, quint16 b) { return order.indexOf(a) < order.indexOf(b); });
    }

    // TLS 1.3 suites and groups in the same hellos: with an empty key_share the server has to
    // name both its suite and its group in a HelloRetryRequest, so one hello teaches one new
    // suite and one new group. A refusal while both lists are untested is ambiguous; the next
    // hello then pairs the untested side with what is known to work.
    VersionResult enumerateTls13WithGroups()
    {
        const QString version = QStringLiteral("TLSv1.3");
        VersionResult v;
        QList<quint16> untested = suitesToTest(version);
        QList<quint16> groupsUntested = scanGroups();
        QList<quint16> groupsAccepted;
        QList<QList<quint16>> offeredAtPick;
        bool suitesDone = untested.isEmpty();
        bool groupsDone = false;
        bool isolate = false;   // the last refusal was ambiguous
        int hello = 0;
        while (!suitesDone || !groupsDone) {
            // Which side this hello tests: both at first; one at a time after an ambiguous refusal.
            bool testSuites = !suitesDone;
            bool testGroups = !groupsDone;
            if (isolate && testSuites && testGroups) {
                if (!groupsAccepted.isEmpty())
                    testGroups = false;
                else
                    testSuites = false;
            }
            QList<quint16> suites = testSuites ? helloOrder(untested.mid(0, ClientHelloBuilder::kMaxSuites), hello)
                                               : v.accepted;
            const QList<quint16> groups = testGroups ? groupsUntested : groupsAccepted;
            if (suites.isEmpty() || groups.isEmpty())
                break;   // nothing known to pair with: cannot happen after an acceptance
            ++hello;
            const int left = (testSuites ? int(untested.size()) - int(v.accepted.size()) : 0);
            setEstimate(version, qMax(2, qMax(left, int(groupsUntested.size()) / 2)));
            ClientHelloSpec spec;
            spec.version = versionWireCode(version);
            spec.suites = suites;
            spec.sni = o.target.sni;
            spec.groups = groups;
            spec.keyShareGroups.clear();
            const ProbeResult r = runJob([&](Connection &c) { return rawProbe(c, spec); });
            if (r.status == AttemptStatus::Cancelled || r.status == AttemptStatus::Failed) {
                if (r.status == AttemptStatus::Failed && !stopped())
                    note(QStringLiteral("%1: cannot finish (%2); versions and suites not tested are left out, not called refused")
                             .arg(version, r.error.message));
                v.concluded = !v.accepted.isEmpty() && suitesDone;
                break;
            }
            const QString what = QStringLiteral("%1: %2 suites, %3 groups offered (raw, no key share)")
                                     .arg(version).arg(suites.size()).arg(groups.size());
            if (r.status == AttemptStatus::Rejected) {
                note(QStringLiteral("%1: refused (%2)").arg(what, r.alert));
                if (v.accepted.isEmpty() && groupsAccepted.isEmpty()) {
                    // Nothing ever worked: with everything offered, TLS 1.3 is off (or shares nothing).
                    for (quint16 code : std::as_const(suites))
                        untested.removeAll(code);
                    if (untested.isEmpty() || r.alert == QLatin1String("protocol_version")) {
                        suitesDone = groupsDone = true;
                    }
                    continue;
                }
                if (testSuites && testGroups) {
                    isolate = true;
                    continue;
                }
                if (testSuites) {
                    for (quint16 code : std::as_const(suites))
                        untested.removeAll(code);
                    suitesDone = untested.isEmpty();
                } else {
                    groupsDone = true;
                }
                isolate = false;
                continue;
            }
            if (r.version != spec.version) {
                note(QStringLiteral("%1: the server answered with %2 instead").arg(version, protocolVersionName(r.version)));
                v.concluded = v.accepted.isEmpty();
                break;
            }
            if (!r.suiteOffered || !suites.contains(r.suite)) {
                note(QStringLiteral("%1: the server chose %2, which was not offered; stopping this version")
                         .arg(version, suiteLabel(r.suite)));
                break;
            }
            const quint16 group = quint16(r.group);
            if (group == 0 || !groups.contains(group)) {
                note(QStringLiteral("%1: the server chose %2 and group %3, which was not offered; groups left out")
                         .arg(version, suiteLabel(r.suite), groupName(group)));
                groupsDone = true;
            }
            note(QStringLiteral("%1: server chose %2 with %3%4").arg(what, suiteLabel(r.suite), groupName(group),
                                                                   r.helloRetry ? QString() : QStringLiteral(" (no HelloRetryRequest)")));
            collect(r);
            if (testSuites && untested.contains(r.suite)) {
                v.accepted << r.suite;
                offeredAtPick << suites;
                untested.removeAll(r.suite);
                suitesDone = untested.isEmpty();
            }
            if (!groupsDone && groupsUntested.contains(group)) {
                groupsAccepted << group;
                groupsUntested.removeAll(group);
                groupsDone = groupsUntested.isEmpty();
            }
            isolate = false;
        }
        if (suitesDone && !v.accepted.isEmpty())
            v.concluded = true;
        else if (suitesDone && groupsDone && v.accepted.isEmpty())
            v.concluded = true;
        {
            std::lock_guard<std::mutex> lock(m);
            for (quint16 g : std::as_const(groupsAccepted))
                groups << g;
        }
        if (v.concluded)
            concludePreference(version, &v, offeredAtPick, 0);
        return v;
    }

    VersionResult sslv2()
    {
        VersionResult v;
        setEstimate(QStringLiteral("SSLv2"), 1);
        QList<quint32> kinds;
        for (const CipherCatalog::Sslv2Kind &k : catalog.sslv2Kinds())
            kinds << k.code;
        ProbeResult r = runJob([&](Connection &c) {
            ProbeResult out;
            if (!c.writeAll(ClientHelloBuilder::buildSslv2(kinds), o.target.timeoutMs, &out.error)) {
                out.status = AttemptStatus::Rejected;
                return out;
            }
            ServerHelloParser parser;
            parser.setSslv2(true);
            out = readRaw(c, parser, true);   // many TLS-only servers just wait: silence is "no"
            if (out.status == AttemptStatus::Rejected && parser.response().kind == ServerResponse::Kind::Sslv2ServerHello) {
                for (quint32 k : parser.response().sslv2Kinds)
                    if (kinds.contains(k))
                        out.sslv2Kinds << k;
                if (!out.sslv2Kinds.isEmpty())
                    out.status = AttemptStatus::Completed;
            }
            return out;
        });
        setEstimate(QStringLiteral("SSLv2"), 0);
        if (r.status == AttemptStatus::Failed || r.status == AttemptStatus::Cancelled)
            return v;
        v.concluded = true;
        {
            std::lock_guard<std::mutex> lock(m);
            sslv2Accepted = r.sslv2Kinds;
        }
        note(r.sslv2Kinds.isEmpty() ? QStringLiteral("SSLv2: not accepted")
                                    : QStringLiteral("SSLv2: accepted, %1 cipher kinds").arg(r.sslv2Kinds.size()));
        return v;
    }
    QList<quint32> sslv2Accepted;

    // Groups: TLS 1.3 with an empty key_share makes the server name its group in a
    // HelloRetryRequest; remove it and ask again until refused (accepted + 1 connections).
    // Without TLS 1.3, ECDHE suites in TLS <= 1.2 show the curve in ServerKeyExchange.
    void probeGroups(const QString &version, const QList<quint16> &suites)
    {
        QList<quint16> remaining = scanGroups();
        if (version != QLatin1String("TLSv1.3")) {
            remaining.erase(std::remove_if(remaining.begin(), remaining.end(),
                                           [](quint16 g) { return g >= 256 || g > 0x1000 || (g >= 31 && g <= 33); }),
                            remaining.end());
        }
        while (!remaining.isEmpty()) {
            setEstimate(QStringLiteral("groups"), 2);
            ClientHelloSpec spec;
            spec.version = versionWireCode(version);
            spec.suites = suites.mid(0, ClientHelloBuilder::kMaxSuites);
            spec.sni = o.target.sni;
            spec.groups = remaining;
            spec.keyShareGroups.clear();
            const ProbeResult r = runJob([&](Connection &c) { return rawProbe(c, spec); });
            if (r.status != AttemptStatus::Completed) {
                if (r.status == AttemptStatus::Rejected)
                    note(QStringLiteral("groups (%1): %2 groups offered: refused (%3)").arg(version).arg(remaining.size()).arg(r.alert));
                break;
            }
            collect(r);
            if (r.group == 0 || !remaining.contains(quint16(r.group))) {
                note(QStringLiteral("groups (%1): the server answered with group %2, which was not offered; stopping")
                         .arg(version, groupName(quint16(r.group))));
                break;
            }
            note(QStringLiteral("groups (%1): server chose %2").arg(version, groupName(quint16(r.group))));
            {
                std::lock_guard<std::mutex> lock(m);
                groups << r.group;
            }
            remaining.removeAll(quint16(r.group));
        }
        setEstimate(QStringLiteral("groups"), 0);
    }
};

Scanner::Scanner(ScanOptions options, CancelToken cancel, ScanCallbacks callbacks, std::shared_ptr<HostLimiter> limiter)
    : d(std::make_unique<Private>(std::move(options), std::move(cancel), std::move(callbacks), std::move(limiter)))
{
}

Scanner::~Scanner() = default;

Report Scanner::run()
{
    Private &p = *d;
    Report &r = p.report;
    r.kind = QStringLiteral("scan");
    r.toolVersion = QStringLiteral(MAILTLS_VERSION);
    r.target.host = p.o.target.host;
    r.target.port = p.o.target.port;
    r.target.dialect = p.o.target.dialect;
    r.target.implicitTls = p.o.target.implicitTls || p.o.target.dialect == QLatin1String("none");
    r.target.sni = p.o.target.sni;
    r.target.proxy = proxyUrl(p.o.target.proxy);
    r.startedAt = QDateTime::currentDateTimeUtc();
    p.clock.start();

    if (!p.catalog.isValid()) {
        r.outcome.errorKind = ErrorKind::Usage;
        r.outcome.error = p.catalog.error();
        return r;
    }
    QStringList versions = p.o.versions.isEmpty() ? scanVersions() : p.o.versions;
    if (p.o.target.proxy.isSet()) {
        p.note(proxyNote(p.o.target.proxy));
        p.note(QStringLiteral("at most %1 connection(s) through the proxy at once, for this whole process (--proxy-connections)")
                   .arg(proxyBudgetLimit(proxyHopFor(p.o.target.proxy))));
    }
    p.note(QStringLiteral("scanning %1 port %2: %3, at most %4 connections at once")
               .arg(p.o.target.host).arg(p.o.target.port).arg(versions.join(QLatin1String(", "))).arg(p.limiter.limit()));
    if (!p.o.target.implicitTls
        && (p.o.target.dialect == QLatin1String("smtp") || p.o.target.dialect == QLatin1String("lmtp"))) {
        const QString bare = bareEhloNote(p.o.target.ehloName);
        if (!bare.isEmpty())
            p.note(bare);
    }

    // --max-time: a watchdog ends every wait at the deadline (through the cancel token, whose
    // wake-up every network wait watches) and the outcome says it was the time bound.
    std::mutex watchMutex;
    std::condition_variable watchDone;
    bool finished = false;
    std::thread watchdog;
    if (p.o.maxTimeMs > 0) try {
        watchdog = std::thread([&] {
            std::unique_lock<std::mutex> lock(watchMutex);
            if (watchDone.wait_for(lock, std::chrono::milliseconds(p.o.maxTimeMs), [&] { return finished; }))
                return;
            {
                std::lock_guard<std::mutex> guard(p.m);
                p.maxTimeReached = true;
            }
            p.cancel.cancel();
        });
    } catch (const std::system_error &) {
        p.note(QStringLiteral("--max-time is not enforced: the system refused another thread"));
    }
    struct WatchdogStop {
        std::mutex &m;
        std::condition_variable &cv;
        bool &finished;
        std::thread &t;
        ~WatchdogStop()
        {
            {
                std::lock_guard<std::mutex> lock(m);
                finished = true;
            }
            cv.notify_all();
            if (t.joinable())
                t.join();
        }
    } watchdogStop{watchMutex, watchDone, finished, watchdog};

    QHash<QString, Private::VersionResult> results;
    std::mutex resultsMutex;
    std::vector<std::thread> lanes;
    // Longest lanes first, so they get the first connection slots.
    QStringList order = {QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3"), QStringLiteral("TLSv1"),
                         QStringLiteral("TLSv1.1"), QStringLiteral("SSLv3"), QStringLiteral("SSLv2")};
    for (const QString &version : order) {
        if (!versions.contains(version))
            continue;
        p.setEstimate(version, version == QLatin1String("SSLv2") ? 1 : 3);
        startOrRunHere(lanes, [&p, &results, &resultsMutex, version] {
            Private::VersionResult v;
            if (version == QLatin1String("SSLv2"))
                v = p.sslv2();
            else if (version == QLatin1String("TLSv1.3") && p.o.probeGroups)
                v = p.enumerateTls13WithGroups();
            else
                v = p.enumerate(version);
            p.setEstimate(version, 0);
            std::lock_guard<std::mutex> lock(resultsMutex);
            results.insert(version, v);
        });
    }
    // Both probe lanes connect through the scanner's own jobs, on the same limits and counts.
    const auto laneSetup = [&p](const QString &lane) {
        HygieneProbeSetup setup;
        setup.target = p.o.target;
        setup.attackChecks = p.o.attackChecks;
        setup.note = [&p](const QString &text) { p.note(text); };
        setup.estimate = [&p, lane](int remaining) { p.setEstimate(lane, remaining); };
        setup.runsCheck = [&p](const QString &name) { return p.o.runsCheck(name); };
        setup.connect = [&p](const std::function<HygieneAttempt(Connection &)> &work) {
            HygieneAttempt seen;
            const ProbeResult r = p.runJob([&](Connection &c) {
                seen = work(c);
                ProbeResult out;
                out.status = seen.status;
                out.serverSpokeTls = seen.serverSpokeTls;
                out.error = seen.error;
                return out;
            });
            seen.status = r.status;
            if (r.status == AttemptStatus::Failed || r.status == AttemptStatus::Cancelled)
                seen.error = r.error;
            return seen;
        };
        return setup;
    };
    // Protocol hygiene (scan/hygiene_probes.h): its own lane on the same connection limits,
    // concluded below once the matrix knows the versions.
    HygieneFacts hygiene;
    if (p.o.probeHygiene)
        startOrRunHere(lanes, [&hygiene, setup = laneSetup(QStringLiteral("hygiene"))] { hygiene = runHygieneProbes(setup); });
    // Known attacks (scan/attack_probes.h): a lane of its own (heartbleed, CCS injection, ROBOT,
    // ticketbleed), merged into scan.hygiene below.
    AttackFacts attacks;
    if (p.o.probeHygiene)
        startOrRunHere(lanes, [&p, &attacks, setup = laneSetup(QStringLiteral("attacks"))] { attacks = runAttackProbes(setup, p.o); });
    // STARTTLS's own weaknesses (scan/starttls_probes.h): a lane of up to two connections that
    // stop before (or go through) STARTTLS themselves, on the same limits. The two run at once
    // (a second thread inside the lane): `connect`, `note` and `estimate` below lock p.m or the
    // limiter for everything they share.
    StartTlsChecks starttlsChecks;
    const bool autoDialect = p.o.target.dialect == QLatin1String("auto") && !p.o.target.implicitTls;
    if (p.o.probeHygiene && (autoDialect || starttlsProbesApply(p.o.target))) {
        startOrRunHere(lanes, [&p, &starttlsChecks] {
            ScanTarget target = p.o.target;
            if (target.dialect == QLatin1String("auto")) {
                // --starttls auto: the dialect the matrix's first greeting showed (bounded wait,
                // as in connect below); none known, or one these probes do not speak: no lane.
                QElapsedTimer waiting;
                waiting.start();
                const qint64 waitBound = 4LL * qMax(target.bannerTimeoutMs, target.timeoutMs) + limits::kBusyPatienceMs;
                for (;;) {
                    {
                        std::lock_guard<std::mutex> lock(p.m);
                        if (p.report.target.dialect != QLatin1String("auto") || p.everConnected || p.fatalKind != ErrorKind::None) {
                            target.dialect = p.report.target.dialect;
                            break;
                        }
                    }
                    if (waiting.elapsed() > waitBound || !sleepCancellable(p.cancel, 20))
                        break;
                }
                if (!starttlsProbesApply(target))
                    return;
            }
            const auto skipped = [&p](const QString &name) {
                return !p.o.attackChecks && ScanOptions::isAttackCheck(name) ? QStringLiteral("not run: --no-attack-checks")
                                                                             : QStringLiteral("not run: --skip-checks %1").arg(name);
            };
            StartTlsProbeSetup setup;
            setup.target = target;
            setup.role = p.o.role;
            setup.runEnforcement = p.o.runsCheck(QStringLiteral("starttls_enforcement"));
            setup.enforcementSkipped = skipped(QStringLiteral("starttls_enforcement"));
            setup.runInjection = p.o.runsCheck(QStringLiteral("starttls_injection"));
            setup.injectionSkipped = skipped(QStringLiteral("starttls_injection"));
            setup.note = [&p](const QString &text) { p.note(text); };
            setup.estimate = [&p](int remaining) { p.setEstimate(QStringLiteral("starttls"), remaining); };
            setup.connect = [&p](const std::function<StartTlsAttempt(Connection &)> &work) {
                StartTlsAttempt out;
                // Not before the matrix has reached the host once: a silent or busy host is the
                // matrix's to give up, without two more banner waits from this lane. Bounded, in
                // case the matrix ends without either.
                QElapsedTimer waiting;
                waiting.start();
                const qint64 waitBound = 4LL * qMax(p.o.target.bannerTimeoutMs, p.o.target.timeoutMs) + limits::kBusyPatienceMs;
                for (;;) {
                    {
                        std::lock_guard<std::mutex> lock(p.m);
                        if (p.everConnected || p.fatalKind != ErrorKind::None)
                            break;
                    }
                    if (waiting.elapsed() > waitBound || !sleepCancellable(p.cancel, 20))
                        break;
                }
                if (p.stopped() || !p.limiter.acquire(p.cancel, [&p] { return p.stopped(); })) {
                    std::lock_guard<std::mutex> lock(p.m);
                    out.status = AttemptStatus::Cancelled;
                    out.error = makeError(ErrorKind::Cancelled, p.fatalError.isEmpty() ? phrase("Errors", "cancelled")
                                                                                       : phrase("Errors", "not tried: the scan stopped (%1)").arg(p.fatalPhrase));
                    return out;
                }
                Connection connection(p.cancel);
                connection.setProxy(proxyHopFor(p.o.target.proxy));
                Error error;
                if (!connection.connectTo(p.o.target.host, p.o.target.port, p.o.target.timeoutMs, &error)) {
                    p.limiter.release();
                    out.status = error.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled : AttemptStatus::Failed;
                    out.error = error;
                    return out;
                }
                {
                    std::lock_guard<std::mutex> lock(p.m);
                    ++p.report.scan.connections;
                }
                out = work(connection);
                connection.close();
                if (out.busy)
                    p.limiter.serverBusy();
                else if (out.greeted)
                    p.limiter.serverAnswered();
                p.limiter.release();
                std::lock_guard<std::mutex> lock(p.m);
                ++p.done;
                return out;
            };
            starttlsChecks = runStartTlsProbes(setup);
        });
    }
    for (std::thread &t : lanes)
        t.join();

    // TLS 1.3 encrypts the certificate, so the raw hellos above never see it. When no older
    // version showed a chain, ask for each key type in turn by naming only its signature schemes.
    if (!p.stopped() && !results.value(QStringLiteral("TLSv1.3")).accepted.isEmpty()) {
        // An older version's suites name their authentication, so its enumeration has already
        // drawn out every certificate type; a TLS 1.3-only server has to be asked.
        bool olderAccepted = false;
        for (const QString &older : {QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1")})
            olderAccepted = olderAccepted || !results.value(older).accepted.isEmpty();
        if (!olderAccepted) {
            const QList<quint16> suites = results.value(QStringLiteral("TLSv1.3")).accepted;
            const QList<quint16> offerable = opensslOfferableSuites(QStringLiteral("TLSv1.3"));
            QList<quint16> usable;
            for (quint16 code : suites)
                if (offerable.contains(code))
                    usable << code;
            const QList<QPair<QString, QString>> kinds = {
                {QStringLiteral("RSA"), QStringLiteral("rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:"
                                                       "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512")},
                {QStringLiteral("ECDSA"), QStringLiteral("ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512")}};
            for (const auto &kind : kinds) {
                if (usable.isEmpty() || p.stopped())
                    break;
                {
                    std::lock_guard<std::mutex> lock(p.m);
                    if (p.chainsByType.contains(kind.first))
                        continue;   // seen already (the preference hello goes through OpenSSL)
                }
                p.setEstimate(QStringLiteral("certificates"), 1);
                const ProbeResult c = p.runJob([&](Connection &conn) {
                    return p.opensslProbe(conn, QStringLiteral("TLSv1.3"), usable, QString(), kind.second);
                });
                if (c.status == AttemptStatus::Completed) {
                    p.collect(c);
                    p.note(QStringLiteral("TLSv1.3 certificate with %1 signatures: %2").arg(kind.first, certificateTypeOf(c.chain)));
                } else if (c.status == AttemptStatus::Rejected) {
                    p.note(QStringLiteral("TLSv1.3 certificate with %1 signatures: refused (%2), no such certificate")
                               .arg(kind.first, c.alert));
                }
            }
            p.setEstimate(QStringLiteral("certificates"), 0);
        }
    }

    // Without TLS 1.3, learn the ECDHE curves from the newest version with ECDHE suites.
    if (p.o.probeGroups && !p.stopped() && results.value(QStringLiteral("TLSv1.3")).accepted.isEmpty()) {
        for (const QString &version : {QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1")}) {
            QList<quint16> ecdhe;
            for (quint16 code : results.value(version).accepted)
                if (const SuiteInfo *s = p.catalog.byCode(code); s && s->kex == QLatin1String("ECDHE"))
                    ecdhe << code;
            if (!ecdhe.isEmpty()) {
                p.probeGroups(version, ecdhe);
                break;
            }
        }
    }

    ScanResult &scan = r.scan;
    scan.present = true;
    for (const QString &version : scanVersions()) {
        if (!results.contains(version))
            continue;
        const Private::VersionResult &v = results.value(version);
        if (version == QLatin1String("SSLv2")) {
            if (!v.concluded)
                continue;
            scan.protocols.insert(version, !p.sslv2Accepted.isEmpty());
            QList<SuiteInfo> kinds;
            for (quint32 code : p.sslv2Accepted)
                if (const CipherCatalog::Sslv2Kind *k = p.catalog.sslv2ByCode(code))
                    kinds << k->info;
            if (!kinds.isEmpty())
                scan.ciphers.insert(version, kinds);
            continue;
        }
        // A version the server was too busy to finish stays "not tested" unless it is known good.
        if (!v.concluded && v.accepted.isEmpty())
            continue;
        scan.protocols.insert(version, !v.accepted.isEmpty());
        if (v.accepted.isEmpty())
            continue;
        QList<SuiteInfo> suites;
        for (quint16 code : v.accepted) {
            if (const SuiteInfo *s = p.catalog.byCode(code)) {
                suites << *s;
            } else {
                SuiteInfo unknown;
                unknown.code = code;
                suites << unknown;
            }
        }
        scan.ciphers.insert(version, suites);
        if (v.preferenceKnown)
            scan.serverPreference.insert(version, v.serverPreference);
    }
    for (int g : std::as_const(p.groups))
        scan.groups << groupName(quint16(g));
    scan.dhBits = p.dhBits;
    for (const QString &type : {QStringLiteral("RSA"), QStringLiteral("ECDSA"), QStringLiteral("DSA"), QStringLiteral("Ed25519"),
                                QStringLiteral("Ed448")}) {
        if (p.chainsByType.contains(type)) {
            scan.certificateTypes << type;
            scan.servedChains << p.chainsByType.value(type);
        }
    }
    if (!scan.servedChains.isEmpty())
        r.certificates = scan.servedChains.first();
    // Not one offer was answered in TLS: no version was refused, none was tested.
    if (scan.handshakes > 0 && scan.tlsAnswers == 0) {
        scan.protocols.clear();
        scan.ciphers.clear();
        scan.serverPreference.clear();
    }

    scan.hygiene = concludeHygiene(hygiene, scan.protocols);
    if (scan.hygiene.present)
        mergeAttackFacts(attacks, &scan.hygiene);
    scan.starttls = starttlsChecks;

    r.outcome.connected = p.everConnected || scan.connections > 0;
    if (p.maxTimeReached) {
        r.outcome.errorKind = ErrorKind::Timeout;
        r.outcome.errorPhrase = phrase("Errors", "the scan ran past --max-time %1 s after %2 connection(s); its results are incomplete")
                                    .arg(p.o.maxTimeMs / 1000.0)
                                    .arg(scan.connections);
        r.outcome.error = r.outcome.errorPhrase.english();
    } else if (p.cancel.isCancelled()) {
        r.outcome.errorKind = ErrorKind::Cancelled;
        r.outcome.errorPhrase = phrase("Errors", "cancelled by the user");
        r.outcome.error = r.outcome.errorPhrase.english();
    } else if (p.fatalKind != ErrorKind::None) {
        r.outcome.errorKind = p.fatalKind;
        r.outcome.error = p.fatalError;
        r.outcome.errorPhrase = p.fatalPhrase;
    } else if (scan.handshakes > 0 && scan.tlsAnswers == 0 && p.probeTimeouts > 0) {
        // Not one offer was answered and some waited in vain: no answer to judge, as a session
        // whose handshake times out.
        r.outcome.errorKind = ErrorKind::Timeout;
        r.outcome.errorPhrase = phrase("Errors", "no TLS answer to any of %1 offers within %2 s each")
                                    .arg(scan.handshakes)
                                    .arg(p.o.target.timeoutMs / 1000.0);
        r.outcome.error = r.outcome.errorPhrase.english();
    } else {
        r.outcome.completed = true;
    }
    scan.rateLimited = p.rateLimited;
    scan.busyReason = p.firstBusyReason;
    scan.noGreetingRetries = p.noGreetingRetries;
    scan.noGreetingReason = p.firstNoGreetingReason;
    r.durationMs = p.clock.elapsed();
    return r;
}

} // namespace mailtls::core
