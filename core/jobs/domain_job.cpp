#include "jobs/domain_job.h"

#include "base/threads.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <openssl/x509_vfy.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "base/limits.h"
#include "diagnose/domain_rules.h"
#include "dns/resolver.h"
#include "domain/policy_fetch.h"
#include "jobs/session_job.h"
#include "x509/hostname.h"

namespace mailtls::core {

namespace {

// A lookup's error as a value for a longer phrase: its phrase while that still fills to `error`.
Phrase lookupErrorOf(const DnsLookup &lookup)
{
    return !lookup.errorPhrase.isEmpty() && lookup.errorPhrase.english() == lookup.error ? lookup.errorPhrase : Phrase(lookup.error);
}

// "Example.ORG." -> "example.org"; internationalised names to their ASCII form. Empty when the
// text is no domain name.
QString normaliseDomain(const QString &text, QString *why)
{
    QString d = text.trimmed().toLower();
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (d.isEmpty()) {
        *why = QStringLiteral("no domain given");
        return QString();
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(d));
    if (!ace.isEmpty())
        d = ace;
    static const QRegularExpression label(QStringLiteral("^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$"));
    if (d.size() > 253) {
        *why = QStringLiteral("a domain name has at most 253 characters");
        return QString();
    }
    if (!QHostAddress(d).isNull()) {
        *why = QStringLiteral("\"%1\" is an address; the domain view needs a domain name").arg(d);
        return QString();
    }
    const QStringList labels = d.split(QLatin1Char('.'));
    for (const QString &l : labels)
        if (!label.match(l).hasMatch()) {
            *why = QStringLiteral("\"%1\" is not a domain name").arg(text.trimmed().left(limits::kQuotedChars));
            return QString();
        }
    return d;
}

void emitPhase(const DomainEvents &events, const QString &phase)
{
    if (events.phase)
        events.phase(phase);
}

// "10 mx1.example.org" -> (10, "mx1.example.org"); the root name as "".
bool parseMx(const QString &record, int *preference, QString *name)
{
    const QStringList parts = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    bool ok = false;
    *preference = parts.first().toInt(&ok);
    if (!ok)
        return false;
    QString n = parts.value(1).toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    *name = n;
    return true;
}

void resolveHost(const Resolver &resolver, MxHost *host, const CancelToken &cancel)
{
    host->a = resolver.lookup(host->name, QStringLiteral("A"), cancel);
    host->aaaa = resolver.lookup(host->name, QStringLiteral("AAAA"), cancel);
    QStringList all = host->a.records;
    all += host->aaaa.records;
    all.removeDuplicates();
    host->addresses = all.mid(0, limits::kMxAddressesPerHost);
    host->addressesNotChecked = int(all.size()) - int(host->addresses.size());
    // RFC 7672 §2.2.2: when the MX name is an alias and its expansion is secure, DANE senders
    // look for TLSA under the expanded name first, then under the MX name itself.
    const QString target = !host->a.canonicalName.isEmpty() ? host->a.canonicalName : host->aaaa.canonicalName;
    const bool secureAlias = !target.isEmpty() && target != host->name &&
                             (host->a.dnssec == DnssecStatus::Secure || host->aaaa.dnssec == DnssecStatus::Secure);
    if (secureAlias) {
        host->tlsa = resolver.lookup(QStringLiteral("_25._tcp.%1").arg(target), QStringLiteral("TLSA"), cancel);
        if (host->tlsa.records.isEmpty() && host->tlsa.dnssec != DnssecStatus::Bogus &&
            (host->tlsa.nxdomain() || host->tlsa.noData()))
            host->tlsa = resolver.lookup(QStringLiteral("_25._tcp.%1").arg(host->name), QStringLiteral("TLSA"), cancel);
    } else {
        host->tlsa = resolver.lookup(QStringLiteral("_25._tcp.%1").arg(host->name), QStringLiteral("TLSA"), cancel);
    }
    for (const QString &text : std::as_const(host->tlsa.records)) {
        TlsaRecord t;
        if (parseTlsaRecord(text, &t))
            host->tlsaRecords << t;
        else
            host->tlsaUnparsed << text;
    }
}

void gatherSts(const Resolver &resolver, const DomainOptions &options, DomainReport *r, const CancelToken &cancel)
{
    StsFacts &sts = r->sts;
    sts.txt = resolver.lookup(QStringLiteral("_mta-sts.%1").arg(r->domain), QStringLiteral("TXT"), cancel);
    bool announced = false;
    for (const QString &text : std::as_const(sts.txt.records)) {
        sts.records << parseStsTxtRecord(text);
        announced = announced || sts.records.last().isSts;
    }
    if (!announced || cancel.isCancelled())
        return;

    // The policy host is resolved by our own resolver, so the same DNS view decides everything.
    StsPolicyFetch &fetch = sts.fetch;
    const QString host = QStringLiteral("mta-sts.%1").arg(r->domain);
    const DnsLookup a = resolver.lookup(host, QStringLiteral("A"), cancel);
    const DnsLookup aaaa = resolver.lookup(host, QStringLiteral("AAAA"), cancel);
    const QString address = a.records.value(0, aaaa.records.value(0));
    if (address.isEmpty()) {
        fetch.attempted = true;
        fetch.host = host;
        fetch.url = QStringLiteral("https://%1/.well-known/mta-sts.txt").arg(host);
        fetch.errorKind = ErrorKind::Resolve;
        fetch.errorPhrase = a.answered || aaaa.answered
                                ? phrase("Errors", "%1 has no address (A %2, AAAA %3)").arg(host, a.rcode, aaaa.rcode)
                                : phrase("Errors", "%1: %2").arg(host).arg(lookupErrorOf(a));
        fetch.error = fetch.errorPhrase.english();
    } else {
        PolicyFetchRequest request;
        request.host = host;
        request.address = address;
        request.port = options.policyPort;
        request.caFile = options.policyCaFile;
        request.timeoutMs = options.timeoutMs;   // --timeout bounds the fetch too (0: the default)
        fetch = fetchStsPolicy(request, cancel);
    }
    fetch.hostA = a;
    fetch.hostAaaa = aaaa;
    if (fetch.httpStatus == 200 && !fetch.bodyTooLarge && fetch.certificateValid) {
        sts.policy = parseStsPolicy(fetch.body);
        sts.policyParsed = true;
    }
}

void gatherTlsRpt(const Resolver &resolver, DomainReport *r, const CancelToken &cancel)
{
    r->tlsRpt.txt = resolver.lookup(QStringLiteral("_smtp._tls.%1").arg(r->domain), QStringLiteral("TXT"), cancel);
    for (const QString &text : std::as_const(r->tlsRpt.txt.records))
        r->tlsRpt.records << parseTlsRptRecord(text);
}

MxAddressCheck checkAddress(const DomainOptions &options, const MxHost &host, const QString &address,
                            const CancelToken &cancel)
{
    MxAddressCheck check;
    check.mx = host.name;
    check.address = address;
    SessionOptions s;
    s.host = address;
    s.port = options.smtpPort;
    s.dialect = QStringLiteral("smtp");
    s.implicitTls = false;
    s.sendSni = true;
    s.sni = host.name;          // what a sender sends: the MX name (RFC 7672 §8.1, RFC 8461 §4.2)
    s.servername = host.name;
    s.caFile = options.caFile;
    s.ehloName = options.ehloName;
    s.proxy = options.proxy;
    if (options.timeoutMs > 0)
        s.timeoutMs = options.timeoutMs;
    check.session = runSession(s, cancel);
    const Report &report = check.session;
    if (!report.certificates.isEmpty()) {
        check.nameMatches = checkHostname(report.certificates.first(), host.name).matched;
        // Trusted apart from the name: the handshake checked both, and a name mismatch alone
        // leaves the chain itself verified.
        check.chainTrusted = report.tls.verifyOk || report.tls.verifyCode == X509_V_ERR_HOSTNAME_MISMATCH;
        // Only records a DANE sender would use are matched: secure ones (an unsigned or bogus
        // set is reported by the rules, never shown as a match).
        if (!host.tlsaRecords.isEmpty() && host.tlsa.dnssec == DnssecStatus::Secure) {
            QStringList names{host.name};
            const QString target = !host.a.canonicalName.isEmpty() ? host.a.canonicalName : host.aaaa.canonicalName;
            if (!target.isEmpty() && target != host.name)
                names << target;   // RFC 7672 §3.2.2: both the MX name and its expansion
            check.dane = verifyDane(report.certificates, host.tlsaRecords, names);
        }
    }
    return check;
}

// Every address of every checked host, at most `concurrency` sessions at once. Results keep
// the hosts' order whatever order the sessions end in.
void runSessions(const DomainOptions &options, DomainReport *r, const CancelToken &cancel, const DomainEvents &events)
{
    struct Work {
        int host;
        QString address;
    };
    std::vector<Work> work;
    for (int h = 0; h < r->hosts.size(); ++h)
        if (r->hosts.at(h).checked)
            for (const QString &a : r->hosts.at(h).addresses)
                work.push_back({h, a});
    std::vector<MxAddressCheck> results(work.size());
    std::atomic<size_t> next{0};
    std::mutex eventMutex;
    auto worker = [&] {
        for (;;) {
            const size_t i = next.fetch_add(1);
            if (i >= work.size() || cancel.isCancelled())
                return;
            results[i] = checkAddress(options, r->hosts.at(work[i].host), work[i].address, cancel);
            if (events.addressChecked) {
                std::lock_guard<std::mutex> lock(eventMutex);
                events.addressChecked(results[i]);
            }
        }
    };
    const int threads = qBound(1, options.concurrency, qMax(1, int(work.size())));
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i) {
        // A refused thread (system_error under a limit) leaves the work to the others, or here.
        if (!startOrRunHere(pool, worker))
            break;
    }
    joinAll(pool);
    for (size_t i = 0; i < results.size(); ++i)
        if (!results[i].mx.isEmpty())
            r->addresses << results[i];
}

} // namespace

DomainReport runDomainCheck(const DomainOptions &options, const CancelToken &cancel, const DomainEvents &events)
{
    QElapsedTimer clock;
    clock.start();
    DomainReport r;
    r.toolVersion = QStringLiteral(MAILTLS_VERSION);
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.sessionsSkipped = !options.sessions;
    const auto finish = [&]() -> DomainReport {
        if (cancel.isCancelled() && r.errorKind == ErrorKind::None) {
            r.errorKind = ErrorKind::Cancelled;
            r.errorPhrase = phrase("Errors", "cancelled");
            r.error = r.errorPhrase.english();
        }
        if (r.errorKind != ErrorKind::Usage)
            diagnoseDomain(&r);
        r.durationMs = clock.elapsed();
        emitPhase(events, QStringLiteral("done"));
        return r;
    };

    QString why;
    r.domain = normaliseDomain(options.domain, &why);
    if (r.domain.isEmpty()) {
        r.domain = options.domain.trimmed().left(limits::kQuotedChars);
        r.errorKind = ErrorKind::Usage;
        r.error = why;
        return finish();
    }

    Resolver resolver;
    ResolverOptions ro;
    ro.forwarder = options.resolver;
    ro.trustAnchorFile = options.trustAnchorFile;
    ro.timeoutMs = options.timeoutMs;
    Error error;
    if (!resolver.open(ro, &error)) {
        r.errorKind = error.kind == ErrorKind::None ? ErrorKind::Usage : error.kind;
        r.error = error.message;
        r.errorPhrase = messageOf(error);
        return finish();
    }
    r.resolver = resolver.resolverText();
    r.trustAnchor = resolver.trustAnchorText();

    emitPhase(events, QStringLiteral("mx"));
    r.mx = resolver.lookup(r.domain, QStringLiteral("MX"), cancel);
    if (cancel.isCancelled())
        return finish();
    if (r.mx.hasData()) {
        QList<MxHost> hosts;
        for (const QString &record : std::as_const(r.mx.records)) {
            MxHost h;
            if (!parseMx(record, &h.preference, &h.name))
                continue;
            bool seen = false;
            for (const MxHost &other : std::as_const(hosts))
                seen = seen || other.name == h.name;
            if (!seen)
                hosts << h;
        }
        std::stable_sort(hosts.begin(), hosts.end(), [](const MxHost &a, const MxHost &b) {
            return a.preference != b.preference ? a.preference < b.preference : a.name < b.name;
        });
        // RFC 7505: one MX, preference 0, the root name.
        r.nullMx = hosts.size() == 1 && hosts.first().name.isEmpty();
        if (!r.nullMx) {
            hosts.erase(std::remove_if(hosts.begin(), hosts.end(), [](const MxHost &h) { return h.name.isEmpty(); }),
                        hosts.end());
            for (int i = 0; i < hosts.size(); ++i)
                hosts[i].checked = i < limits::kMxHosts;
            r.hosts = hosts;
        }
    } else if (r.mx.noData()) {
        // RFC 5321 §5.1: no MX, so the domain's own addresses act as one MX of preference 0.
        r.implicitMx = true;
        MxHost h;
        h.name = r.domain;
        h.implicit = true;
        r.hosts << h;
    } else if (!r.mx.answered) {
        // The resolver itself did not answer: every further lookup would wait as long again.
        r.errorKind = ErrorKind::Resolve;
        r.error = r.mx.error;
        r.errorPhrase = r.mx.errorPhrase;
        return finish();
    }

    emitPhase(events, QStringLiteral("addresses"));
    for (MxHost &h : r.hosts) {
        if (cancel.isCancelled())
            return finish();
        if (h.checked)
            resolveHost(resolver, &h, cancel);
    }
    if (r.implicitMx && r.hosts.first().addresses.isEmpty())
        r.hosts.first().tlsa = DnsLookup();   // no address: nothing to deliver to, no TLSA to use

    emitPhase(events, QStringLiteral("mta-sts"));
    if (!r.nullMx && !r.mx.nxdomain()) {
        gatherSts(resolver, options, &r, cancel);
        gatherTlsRpt(resolver, &r, cancel);
    }
    if (cancel.isCancelled())
        return finish();

    if (options.sessions && !r.nullMx) {
        emitPhase(events, QStringLiteral("sessions"));
        runSessions(options, &r, cancel, events);
    }
    return finish();
}

} // namespace mailtls::core
