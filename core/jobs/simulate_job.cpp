#include "jobs/simulate_job.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "catalog/cipher_catalog.h"
#include "diagnose/findings_pipeline.h"
#include "jobs/scan_job.h"
#include "ossl/handles.h"
#include "protocol/starttls_opener.h"
#include "scan/scanner.h"   // opensslOfferableSuites
#include "tls/tls_client.h"
#include "wire/client_hello_builder.h"
#include "wire/server_hello_parser.h"

namespace mailtls::core {

namespace {

// Why the live attempt failed, in English (`error`) and as written (`errorPhrase`).
void setLiveError(LiveHandshake *live, const Phrase &why)
{
    live->error = why.english();
    live->errorPhrase = why;
}

QString opensslGroupList(const QStringList &groups, QStringList *omitted)
{
    QStringList usable;
    ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    for (const QString &g : groups) {
        if (ctx && SSL_CTX_set1_groups_list(ctx.get(), g.toLatin1().constData()) == 1)
            usable << g;
        else
            *omitted << QStringLiteral("group %1").arg(g);
        ERR_clear_error();
    }
    return usable.join(QLatin1Char(':'));
}

QString opensslSigalgList(const QStringList &sigalgs, QStringList *omitted)
{
    QStringList usable;
    ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    for (const QString &s : sigalgs) {
        if (ctx && SSL_CTX_set1_sigalgs_list(ctx.get(), s.toLatin1().constData()) == 1)
            usable << s;
        else
            *omitted << QStringLiteral("signature algorithm %1").arg(s);
        ERR_clear_error();
    }
    return usable.join(QLatin1Char(':'));
}

void opensslHandshake(Connection &connection, const ScanTarget &target, const ClientOffer &offer, LiveHandshake *live)
{
    const QStringList versions = offer.effectiveVersions();
    TlsClientConfig config;
    config.minVersion = versions.first();
    config.maxVersion = versions.last();
    config.securityLevel = 0;   // the partner's own limits are checked after the handshake
    config.sni = target.sni;
    QSet<quint16> offerable;
    for (const QString &v : versions)
        for (quint16 code : opensslOfferableSuites(v))
            offerable.insert(code);
    const CipherCatalog &catalog = CipherCatalog::instance();
    QStringList names, suites13;
    for (quint16 code : offer.ciphers) {
        const SuiteInfo *s = catalog.byCode(code);
        if (s && offerable.contains(code) && !s->openssl.isEmpty())
            names << s->openssl;
        else if (s)
            live->omitted << shortSuite(*s);
    }
    for (quint16 code : offer.tls13Suites) {
        const SuiteInfo *s = catalog.byCode(code);
        if (s && offerable.contains(code))
            suites13 << s->iana;
        else if (s)
            live->omitted << s->iana;
    }
    if (names.isEmpty() && versionRank(config.minVersion) < versionRank(QStringLiteral("TLSv1.3")))
        config.minVersion = QStringLiteral("TLSv1.3");
    // An empty TLS <= 1.2 list would mean "OpenSSL's default": keep it empty on the wire instead.
    config.ciphers = names.isEmpty() ? QStringLiteral("-ALL") : names.join(QLatin1Char(':'));
    config.ciphersuites = suites13.join(QLatin1Char(':'));
    if (suites13.isEmpty() && config.maxVersion == QLatin1String("TLSv1.3"))
        config.maxVersion = QStringLiteral("TLSv1.2");
    config.groups = opensslGroupList(offer.groups, &live->omitted);
    config.sigalgs = opensslSigalgList(offer.sigalgs, &live->omitted);
    TlsClient tls(connection);
    Error error;
    if (names.isEmpty())
        config.ciphers = QStringLiteral("ALL");   // ignored: TLS 1.3 only (minVersion above)
    if (!tls.configure(config, &error)) {
        setLiveError(live, messageOf(error));
        return;
    }
    const bool ok = tls.handshake(target.timeoutMs, &error);
    TlsFacts facts;
    tls.fillFacts(&facts);
    if (!ok) {
        live->alert = facts.alert.isEmpty() ? QStringLiteral("closed") : facts.alert;
        live->alertDirection = facts.alertDirection;   // "sent": our client ended it, not the server
        if (facts.alertDirection == QLatin1String("sent") && !error.openssl.isEmpty())
            live->alertReason = error.openssl.first().reason;
        if (error.kind == ErrorKind::Timeout || error.kind == ErrorKind::Cancelled)
            setLiveError(live, messageOf(error));
        return;
    }
    live->serverAccepted = true;
    live->version = facts.version;
    if (const SuiteInfo *s = catalog.byCode(facts.cipher.code))
        live->suite = *s;
    live->suite.code = facts.cipher.code;
    live->group = facts.group == QLatin1String("prime256v1") ? QStringLiteral("secp256r1") : facts.group;
    live->dhBits = tls.recorder().dhPrimeBits();
    tls.shutdown(200);
}

void rawHandshake(Connection &connection, const ScanTarget &target, const ClientOffer &offer, LiveHandshake *live)
{
    const QStringList versions = offer.effectiveVersions();
    ClientHelloSpec spec;
    spec.version = versionWireCode(versions.last());
    spec.suites = offer.ciphers;
    spec.sni = target.sni;
    // A partner whose groups are not known: the curves every client of that era sends.
    const QStringList groups = offer.groups.isEmpty()
        ? QStringList{QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("secp384r1"), QStringLiteral("secp521r1")}
        : offer.groups;
    for (const QString &g : groups)
        if (const quint16 code = groupFromName(g))
            spec.groups << code;
    for (const QString &s : offer.sigalgs)
        if (const quint16 code = sigalgCode(s))
            spec.signatureSchemes << code;
    Error error;
    const QByteArray hello = ClientHelloBuilder::build(spec, &error);
    if (hello.isEmpty()) {
        setLiveError(live, messageOf(error));
        return;
    }
    Error net;
    if (!connection.writeAll(hello, target.timeoutMs, &net)) {
        live->alert = QStringLiteral("closed");
        return;
    }
    ServerHelloParser parser(spec.suites, true);
    QElapsedTimer timer;
    timer.start();
    while (!parser.isDone()) {
        QByteArray bytes;
        const int left = int(qMax<qint64>(0, target.timeoutMs - timer.elapsed()));
        if (!connection.readSome(&bytes, left, &net)) {
            if (net.kind == ErrorKind::Timeout || net.kind == ErrorKind::Cancelled) {
                setLiveError(live, messageOf(net));
                return;
            }
            parser.finishOnClose();
            break;
        }
        parser.feed(bytes);
    }
    const ServerResponse &r = parser.response();
    if (r.kind == ServerResponse::Kind::Alert) {
        live->alert = r.alertName;
        live->alertDirection = QStringLiteral("received");   // our own hello never sends one
        return;
    }
    if (r.kind != ServerResponse::Kind::ServerHello) {
        live->alert = QStringLiteral("closed");
        if (!r.error.isEmpty() && r.error != QLatin1String("closed"))
            live->error = r.error;
        return;
    }
    live->serverAccepted = true;
    live->version = versionFromWireCode(r.version);
    if (const SuiteInfo *s = CipherCatalog::instance().byCode(r.suite))
        live->suite = *s;
    live->suite.code = r.suite;
    if (!r.serverKeyExchange.isEmpty()) {
        if (live->suite.kex == QLatin1String("DHE"))
            live->dhBits = dhPrimeBitsFromServerKeyExchange(r.serverKeyExchange);
        else if (live->suite.kex == QLatin1String("ECDHE"))
            live->group = groupName(quint16(namedCurveFromServerKeyExchange(r.serverKeyExchange)));
    }
}

} // namespace

LiveHandshake runLiveHandshake(const ScanTarget &target, const ClientOffer &offer, const Prediction &prediction, CancelToken cancel)
{
    LiveHandshake live;
    live.ran = true;
    const QStringList versions = offer.effectiveVersions();
    if (versions.isEmpty()) {
        setLiveError(&live, phrase("Errors", "the offer holds no suite for any of its versions"));
        return live;
    }
    // Our own ClientHello sends the offer exactly (RC4, 3DES, static DH …) but speaks one version
    // range up to TLS 1.2; OpenSSL is used whenever it can send every suite, and for TLS 1.3.
    QSet<quint16> offerable;
    for (const QString &v : versions)
        for (quint16 code : opensslOfferableSuites(v))
            offerable.insert(code);
    bool allOfferable = true;
    for (quint16 code : offer.ciphers + offer.tls13Suites)
        allOfferable = allOfferable && offerable.contains(code);
    const bool raw = !allOfferable && !versions.contains(QLatin1String("TLSv1.3"))
                     && offer.ciphers.size() <= ClientHelloBuilder::kMaxSuites;
    live.path = raw ? QStringLiteral("raw") : QStringLiteral("openssl");

    Connection connection(cancel);
    const OpenResult open = openForTls(target, connection);
    live.connected = open.connected;
    if (!open.ready()) {
        setLiveError(&live, open.error.message.isEmpty() ? phrase("Errors", "could not reach the point of TLS") : messageOf(open.error));
    } else if (raw) {
        rawHandshake(connection, target, offer, &live);
    } else {
        opensslHandshake(connection, target, offer, &live);
    }

    judgeLiveHandshake(&live, offer, prediction);
    return live;
}


SimulationResult runSimulation(const SimulationRequest &request, CancelToken cancel, const std::function<void(int, int)> &progress)
{
    SimulationResult result;
    result.offer = request.offer;
    Report scanReport;
    if (request.live) {
        ScanOptions options;
        options.target = request.target;
        options.maxConnections = request.maxConnections;
        ScanEvents events;
        events.progress = progress;
        scanReport = runScan(options, cancel, events);
        result.serverSource = QStringLiteral("live scan");
    } else {
        scanReport = request.savedReport;
        result.serverSource = QStringLiteral("report %1").arg(request.reportFile);
    }
    Report &r = result.report;
    r = scanReport;
    r.kind = QStringLiteral("simulate");
    r.findings.clear();
    if (!request.live)
        r.startedAt = QDateTime::currentDateTimeUtc();
    if (scanReport.outcome.errorClass() == OutcomeClass::Cancelled) {
        result.cancelled = true;
        return result;
    }
    if (!scanReport.scan.present || (request.live && scanReport.outcome.errorKind != ErrorKind::None)) {
        result.unreachable = request.live;
        if (r.outcome.error.isEmpty()) {
            r.outcome.errorPhrase = phrase("Errors", "the report holds no scan section");
            r.outcome.error = r.outcome.errorPhrase.english();
        }
        return result;
    }
    result.prediction = predictCompatibility(scanReport.scan, request.offer);
    if (request.live && request.confirmLive && !cancel.isCancelled())
        result.live = runLiveHandshake(request.target, request.offer, result.prediction, cancel);
    if (cancel.isCancelled()) {
        result.cancelled = true;
        r.outcome.errorKind = ErrorKind::Cancelled;
        r.outcome.errorPhrase = phrase("Errors", "cancelled by the user");
        r.outcome.error = r.outcome.errorPhrase.english();
    }
    if (!result.prediction.connects)
        r.findings << result.prediction.finding;
    finishFindings(&r.findings);   // the consequences, as every other finding carries them
    return result;
}

} // namespace mailtls::core
