#include "diagnose/domain_rules.h"

#include <QSet>

#include "base/limits.h"
#include "diagnose/advice.h"
#include "x509/hostname.h"

namespace mailtls::core {

namespace {

// Keys of Finding::facts the DNS fixes need (diagnose/advice.cpp writes the text).
const QString kDomain = QStringLiteral("domain");
const QString kHost = QStringLiteral("host");
const QString kHosts = QStringLiteral("hosts");
const QString kTlsaName = QStringLiteral("tlsa_name");
const QString kSuggested = QStringLiteral("suggested_records");
const QString kMode = QStringLiteral("mode");
const QString kUnused = QStringLiteral("unused_patterns");

QString addressLabel(const MxAddressCheck &a)
{
    return QStringLiteral("%1 (%2)").arg(a.mx, a.address);
}

bool tlsUp(const MxAddressCheck &a) { return a.session.tls.established; }

// Why an address gave no TLS, in a few words.
QString whyNoTls(const MxAddressCheck &a)
{
    const Report &s = a.session;
    if (!s.outcome.connected)
        return s.outcome.error.isEmpty() ? QStringLiteral("no connection") : s.outcome.error;
    if (!s.smtp.starttlsOffered)
        return QStringLiteral("STARTTLS not offered");
    if (!s.smtp.starttlsAccepted)
        return s.smtp.starttlsReply.isEmpty() ? QStringLiteral("STARTTLS refused")
                                              : QStringLiteral("STARTTLS refused: %1").arg(s.smtp.starttlsReply);
    if (!s.tls.established)
        return s.tls.error.isEmpty() ? QStringLiteral("the TLS handshake failed")
                                     : QStringLiteral("TLS handshake failed: %1").arg(s.tls.error);
    return QString();
}

QList<const MxAddressCheck *> addressesOf(const DomainReport &r, const QString &host)
{
    QList<const MxAddressCheck *> out;
    for (const MxAddressCheck &a : r.addresses)
        if (a.mx == host)
            out << &a;
    return out;
}

bool isServfailLike(const DnsLookup &l)
{
    return !l.answered || (l.rcode != QLatin1String("NOERROR") && l.rcode != QLatin1String("NXDOMAIN"));
}

QString lookupText(const DnsLookup &l)
{
    if (!l.answered)
        return QStringLiteral("%1 %2: %3").arg(l.name, l.type, l.error.isEmpty() ? QStringLiteral("no answer") : l.error);
    QString t = QStringLiteral("%1 %2: %3, %4").arg(l.name, l.type, l.rcode, dnssecStatusName(l.dnssec));
    if (!l.whyBogus.isEmpty())
        t += QStringLiteral(" (%1)").arg(l.whyBogus);
    return t;
}

// Usable for SMTP DANE (RFC 7672 §3.1): usage 2 or 3, known selector and matching type.
bool usableTlsa(const TlsaRecord &t)
{
    return (t.usage == 2 || t.usage == 3) && (t.selector == 0 || t.selector == 1) && t.matchingType >= 0 &&
           t.matchingType <= 2;
}

// How a DANE-enforcing sender treats one MX host (RFC 7672 §2.2).
enum class DaneHost {
    NoDane,        // no TLSA, or not secure: unauthenticated opportunistic TLS
    Bogus,         // a bogus or failed lookup: the host is skipped (mail waits)
    Usable,        // secure, usable TLSA: every address must match
    UnusableOnly,  // secure TLSA, none usable: TLS required, not authenticated (RFC 7672 §2.2)
};

bool hostAddressesSecure(const MxHost &h)
{
    bool any = false;
    for (const DnsLookup *l : {&h.a, &h.aaaa}) {
        if (!l->hasData())
            continue;
        any = true;
        if (l->dnssec != DnssecStatus::Secure)
            return false;
    }
    return any;
}

bool hostAddressesBogus(const MxHost &h)
{
    return h.a.dnssec == DnssecStatus::Bogus || h.aaaa.dnssec == DnssecStatus::Bogus;
}

DaneHost daneStateOf(const MxHost &h)
{
    if (hostAddressesBogus(h))
        return DaneHost::Bogus;
    if (!hostAddressesSecure(h))
        return DaneHost::NoDane;   // TLSA is not even looked up (RFC 7672 §2.2.2)
    if (h.tlsa.dnssec == DnssecStatus::Bogus)
        return DaneHost::Bogus;
    if (isServfailLike(h.tlsa))
        return DaneHost::Bogus;    // a failed TLSA lookup defers like a bogus one
    if (h.tlsa.dnssec != DnssecStatus::Secure || h.tlsaRecords.isEmpty())
        return DaneHost::NoDane;
    for (const TlsaRecord &t : h.tlsaRecords)
        if (usableTlsa(t))
            return DaneHost::Usable;
    return DaneHost::UnusableOnly;
}

class Rules
{
public:
    explicit Rules(DomainReport *r) : r_(*r) {}

    void run()
    {
        mxRules();
        if (!r_.sessionsSkipped)
            addressRules();
        daneRules();
        stsRules();
        tlsRptRules();
        sortBySeverity(&findings_);
        applyAdvice(&findings_);
        r_.findings = findings_;
        verdicts();
    }

private:
    Finding &add(const QString &id, Severity severity, const Phrase &title, const Phrase &detail,
                 const QString &evidence)
    {
        findings_ << makeFinding(id, severity, title, detail, evidence);
        Finding &f = findings_.last();
        f.facts.insert(kDomain, r_.domain);
        return f;
    }

    QStringList hostNames() const
    {
        QStringList names;
        for (const MxHost &h : r_.hosts)
            if (h.checked)
                names << h.name;
        return names;
    }

    // ---- MX ------------------------------------------------------------------------------------
    void mxRules()
    {
        const DnsLookup &mx = r_.mx;
        if (mx.dnssec == DnssecStatus::Bogus) {
            add(QStringLiteral("mx.bogus"), Severity::Critical,
                phrase("Findings", "The MX records of %1 fail DNSSEC validation").arg(r_.domain),
                phrase("Findings", "A validating resolver withholds bogus answers, so every sender behind one (most large "
                                   "providers, every DANE sender) cannot find where to deliver and keeps the mail queued "
                                   "until it bounces. Senders without validation still deliver, which hides the problem."),
                lookupText(mx));
            return;
        }
        if (isServfailLike(mx)) {
            add(QStringLiteral("mx.lookup_failed"), Severity::High,
                phrase("Findings", "The MX lookup for %1 failed").arg(r_.domain),
                phrase("Findings", "Senders treat a failed lookup as temporary and retry; while it lasts no mail arrives. "
                                   "A SERVFAIL from a validating resolver can also mean the answer was bogus: ask a "
                                   "non-validating resolver (dig +cd) to tell the two apart."),
                lookupText(mx));
            return;
        }
        if (mx.nxdomain()) {
            add(QStringLiteral("mx.domain_missing"), Severity::High,
                phrase("Findings", "%1 does not exist in DNS").arg(r_.domain),
                phrase("Findings", "The resolver answered NXDOMAIN: senders bounce mail for this domain at once."),
                lookupText(mx));
            return;
        }
        if (r_.nullMx) {
            add(QStringLiteral("mx.null"), Severity::Info,
                phrase("Findings", "%1 publishes a null MX: it accepts no mail").arg(r_.domain),
                phrase("Findings", "A single MX \"0 .\" (RFC 7505) tells senders not to try; they bounce mail at once. "
                                   "Fine for a domain that sends only; a mistake if it should receive."),
                mx.records.join(QStringLiteral("; ")));
            return;
        }
        if (r_.implicitMx) {
            const bool anyAddress = !r_.hosts.isEmpty() && !r_.hosts.first().addresses.isEmpty();
            if (anyAddress)
                add(QStringLiteral("mx.implicit"), Severity::Low,
                    phrase("Findings", "%1 has no MX record; senders use its own address").arg(r_.domain),
                    phrase("Findings", "Without MX records, senders deliver to the domain's A/AAAA addresses (RFC 5321 "
                                       "§5.1). It works, but an explicit MX record says what is meant and lets DANE and "
                                       "MTA-STS name the mail host."),
                    lookupText(mx));
            else
                add(QStringLiteral("mx.none"), Severity::High,
                    phrase("Findings", "%1 has neither MX nor address records").arg(r_.domain),
                    phrase("Findings", "Senders have nowhere to deliver and bounce the mail."), lookupText(mx));
        }

        QStringList noAddress, cname, notChecked;
        int checkedHosts = 0;
        for (const MxHost &h : r_.hosts) {
            if (!h.checked) {
                notChecked << h.name;
                continue;
            }
            ++checkedHosts;
            if (h.addresses.isEmpty() && !h.implicit)
                noAddress << QStringLiteral("%1: %2; %3").arg(h.name, lookupText(h.a), lookupText(h.aaaa));
            if (!h.a.cnameChain.isEmpty() || !h.aaaa.cnameChain.isEmpty())
                cname << QStringLiteral("%1 -> %2").arg(h.name, (h.a.cnameChain.isEmpty() ? h.aaaa.cnameChain : h.a.cnameChain)
                                                                    .join(QStringLiteral(" -> ")));
            if (hostAddressesBogus(h))
                add(QStringLiteral("mx.bogus"), Severity::Critical,
                    phrase("Findings", "The addresses of MX host %1 fail DNSSEC validation").arg(h.name),
                    phrase("Findings", "Senders behind a validating resolver cannot reach this host and move on to the "
                                       "next MX, or keep the mail queued when there is none."),
                    QStringLiteral("%1\n%2").arg(lookupText(h.a), lookupText(h.aaaa)))
                    .facts.insert(kHost, h.name);
        }
        if (!noAddress.isEmpty()) {
            const bool all = noAddress.size() == checkedHosts;
            add(QStringLiteral("mx.no_address"), all ? Severity::High : Severity::Medium,
                all ? phrase("Findings", "No MX host of %1 has an address").arg(r_.domain)
                    : phrase("Findings", "%1 MX host(s) have no address").arg(noAddress.size()),
                all ? phrase("Findings", "An MX host without A or AAAA records cannot be reached; senders skip it, "
                                         "and with no host left they keep the mail queued.")
                    : phrase("Findings", "An MX host without A or AAAA records cannot be reached; senders skip it."),
                noAddress.join(QLatin1Char('\n')));
        }
        if (!cname.isEmpty())
            add(QStringLiteral("mx.cname"), Severity::Medium, phrase("Findings", "An MX record points at an alias (CNAME)"),
                phrase("Findings", "RFC 2181 §10.3 and RFC 5321 §5.1 require an MX to name a host with its own address "
                                   "records. Most senders follow the alias anyway, but some refuse, and DANE senders look "
                                   "for TLSA records under the alias's target name first, which surprises many."),
                cname.join(QLatin1Char('\n')));
        if (!notChecked.isEmpty())
            add(QStringLiteral("mx.not_checked"), Severity::Info,
                phrase("Findings", "%1 MX host(s) were not checked").arg(notChecked.size()),
                phrase("Findings", "Only the first hosts by preference are checked; the rest are listed."),
                notChecked.join(QStringLiteral(", ")));
    }

    // ---- the sessions --------------------------------------------------------------------------
    void addressRules()
    {
        if (r_.addresses.isEmpty())
            return;
        QStringList unreachable, noStarttls, tlsFailed, nameMismatch, untrusted;
        for (const MxAddressCheck &a : r_.addresses) {
            const Report &s = a.session;
            if (!s.outcome.connected)
                unreachable << QStringLiteral("%1: %2").arg(addressLabel(a), whyNoTls(a));
            else if (!s.smtp.starttlsOffered || !s.smtp.starttlsAccepted)
                noStarttls << QStringLiteral("%1: %2").arg(addressLabel(a), whyNoTls(a));
            else if (!tlsUp(a))
                tlsFailed << QStringLiteral("%1: %2").arg(addressLabel(a), whyNoTls(a));
            else {
                if (!a.nameMatches)
                    nameMismatch << QStringLiteral("%1: %2").arg(addressLabel(a),
                                                                 s.certificates.isEmpty() ? QString() : s.certificates.first().subject());
                if (!a.chainTrusted)
                    untrusted << QStringLiteral("%1: %2").arg(addressLabel(a), s.tls.verifyMessage);
            }
        }
        const int n = int(r_.addresses.size());
        if (!unreachable.isEmpty())
            add(QStringLiteral("mx.unreachable"), unreachable.size() == n ? Severity::High : Severity::Medium,
                phrase("Findings", "%1 of %2 MX addresses could not be reached on port 25").arg(unreachable.size()).arg(n),
                phrase("Findings", "Senders skip an address they cannot connect to. From here it may also be a firewall "
                                   "on this side (many networks block outgoing port 25): check from another network "
                                   "before changing the server."),
                unreachable.join(QLatin1Char('\n')));
        if (!noStarttls.isEmpty())
            add(QStringLiteral("mx.no_starttls"), Severity::High,
                phrase("Findings", "%1 of %2 MX addresses offer no TLS").arg(noStarttls.size()).arg(n),
                phrase("Findings", "Opportunistic senders deliver to these in cleartext; DANE and enforcing MTA-STS "
                                   "senders refuse them and try other MX addresses or keep the mail queued."),
                noStarttls.join(QLatin1Char('\n')));
        if (!tlsFailed.isEmpty())
            add(QStringLiteral("mx.tls_failed"), Severity::High,
                phrase("Findings", "The TLS handshake fails at %1 of %2 MX addresses").arg(tlsFailed.size()).arg(n),
                phrase("Findings", "Most opportunistic senders then retry in cleartext (Exim's tls_tempfail_tryclear, "
                                   "Postfix at level may); DANE and MTA-STS senders defer. The session of each address "
                                   "shows the handshake."),
                tlsFailed.join(QLatin1Char('\n')));
        if (!nameMismatch.isEmpty())
            add(QStringLiteral("mx.cert_name_mismatch"), Severity::Medium,
                phrase("Findings", "%1 of %2 MX addresses serve a certificate not valid for the MX name")
                    .arg(nameMismatch.size()).arg(n),
                phrase("Findings", "Opportunistic senders do not check names; MTA-STS senders in enforce mode refuse the "
                                   "host, and DANE-TA records need the name too (DANE-EE records do not)."),
                nameMismatch.join(QLatin1Char('\n')));
        if (!untrusted.isEmpty())
            add(QStringLiteral("mx.cert_untrusted"), Severity::Low,
                phrase("Findings", "%1 of %2 MX addresses serve a chain that does not verify").arg(untrusted.size()).arg(n),
                phrase("Findings", "Opportunistic and DANE senders do not need a public CA; MTA-STS senders in enforce "
                                   "mode do, and refuse the host."),
                untrusted.join(QLatin1Char('\n')));
        inconsistencyRule();
        sessionFindingsRollUp();
    }

    // Addresses of one MX that answer differently: the one node of five with the old certificate.
    void inconsistencyRule()
    {
        QStringList evidence;
        for (const MxHost &h : r_.hosts) {
            const QList<const MxAddressCheck *> addrs = addressesOf(r_, h.name);
            QSet<QString> leaves, versions;
            for (const MxAddressCheck *a : addrs) {
                if (!tlsUp(*a))
                    continue;
                leaves << (a->session.certificates.isEmpty() ? QString() : a->session.certificates.first().sha256Fingerprint());
                versions << a->session.tls.version;
            }
            if (leaves.size() <= 1 && versions.size() <= 1)
                continue;
            for (const MxAddressCheck *a : addrs) {
                if (!tlsUp(*a))
                    continue;
                const Certificate leaf = a->session.certificates.value(0);
                evidence << QStringLiteral("%1: %2, %3, certificate %4 until %5, SHA-256 %6")
                                .arg(addressLabel(*a), a->session.tls.version, a->session.tls.cipher.iana,
                                     leaf.commonName(), leaf.notAfter().toString(Qt::ISODate),
                                     leaf.sha256Fingerprint().left(23));
            }
        }
        if (!evidence.isEmpty())
            add(QStringLiteral("mx.inconsistent"), Severity::Medium,
                phrase("Findings", "Addresses of one MX host serve different certificates or TLS versions"),
                phrase("Findings", "The nodes behind one name should be configured alike; a difference usually means "
                                   "one node missed a certificate renewal or a configuration change. Partners see the "
                                   "failure only when they reach that node, which makes it look random."),
                evidence.join(QLatin1Char('\n')));
    }

    // The findings of each address's own session, once per id with the addresses that show it,
    // except those the domain rules above already say in their own words.
    void sessionFindingsRollUp()
    {
        static const QSet<QString> covered = {
            QStringLiteral("starttls.not_offered"), QStringLiteral("starttls.rejected"),
            QStringLiteral("tls.handshake_failed"), QStringLiteral("cert.hostname_mismatch"),
            QStringLiteral("cert.untrusted"), QStringLiteral("cert.self_signed"), QStringLiteral("smtp.rate_limited")};
        QStringList order;
        QMap<QString, Finding> byId;
        QMap<QString, QStringList> where;
        for (const MxAddressCheck &a : r_.addresses)
            for (const Finding &f : a.session.findings) {
                if (covered.contains(f.id) || f.severity < Severity::Low)
                    continue;
                if (!byId.contains(f.id)) {
                    order << f.id;
                    byId.insert(f.id, f);
                } else if (f.severity > byId[f.id].severity) {
                    byId[f.id].severity = f.severity;
                }
                where[f.id] << addressLabel(a);
            }
        const int n = int(r_.addresses.size());
        for (const QString &id : order) {
            Finding f = byId.value(id);
            const QStringList at = where.value(id);
            const Phrase title = f.titlePhrase.english() == f.title ? f.titlePhrase : Phrase(f.title);
            setTitle(&f, phrase("Findings", "%1 (%2 of %3 MX addresses)").arg(title).arg(at.size()).arg(n));
            f.evidence = QStringLiteral("At: %1\n%2").arg(at.join(QStringLiteral(", ")), f.evidence);
            findings_ << f;
        }
    }

    // ---- DANE ----------------------------------------------------------------------------------
    void daneRules()
    {
        bool anyTlsa = false;
        for (const MxHost &h : r_.hosts) {
            if (!h.checked)
                continue;
            // The name the records were found under: the alias target's for a secure CNAME.
            const QString tlsaName = h.tlsa.name.isEmpty() ? QStringLiteral("_25._tcp.%1").arg(h.name) : h.tlsa.name;
            const bool hasRecords = !h.tlsa.records.isEmpty();
            anyTlsa = anyTlsa || hasRecords || h.tlsa.dnssec == DnssecStatus::Bogus;
            if (h.tlsa.dnssec == DnssecStatus::Bogus) {
                Finding &f = add(QStringLiteral("dane.bogus"), Severity::Critical,
                                 phrase("Findings", "The TLSA records of %1 fail DNSSEC validation").arg(h.name),
                                 phrase("Findings", "Every DANE sender (Postfix at level dane, Exim with hosts_try_dane or "
                                                    "hosts_require_dane) treats the host as unusable and keeps mail for it "
                                                    "queued until it bounces. Fix the signatures first: nothing else here "
                                                    "matters to those senders until this is fixed."),
                                 lookupText(h.tlsa));
                f.facts.insert(kHost, h.name);
                f.facts.insert(kTlsaName, tlsaName);
                continue;
            }
            if (hostAddressesSecure(h) && isServfailLike(h.tlsa)) {
                Finding &f = add(QStringLiteral("dane.lookup_failed"), Severity::High,
                                 phrase("Findings", "The TLSA lookup for %1 fails").arg(h.name),
                                 phrase("Findings", "The MX host's addresses are signed, so DANE senders must know "
                                                    "whether TLSA records exist; a failing lookup makes them defer (RFC "
                                                    "7672 §2.2). Some signed zones' servers fail on TLSA queries."),
                                 lookupText(h.tlsa));
                f.facts.insert(kHost, h.name);
                f.facts.insert(kTlsaName, tlsaName);
                continue;
            }
            if (!hasRecords)
                continue;
            if (!h.tlsaUnparsed.isEmpty())
                add(QStringLiteral("dane.record_invalid"), Severity::Medium,
                    phrase("Findings", "%1 TLSA record(s) of %2 cannot be read").arg(h.tlsaUnparsed.size()).arg(h.name),
                    phrase("Findings", "Senders ignore records they cannot read."), h.tlsaUnparsed.join(QLatin1Char('\n')))
                    .facts.insert(kTlsaName, tlsaName);
            if (h.tlsa.dnssec != DnssecStatus::Secure) {
                Finding &f = add(QStringLiteral("dane.insecure"), Severity::Medium,
                                 phrase("Findings", "The TLSA records of %1 are not signed (DNSSEC %2)")
                                     .arg(h.name, dnssecStatusName(h.tlsa.dnssec)),
                                 phrase("Findings", "Without DNSSEC a TLSA record proves nothing, so no sender uses it: "
                                                    "DANE senders deliver with unauthenticated TLS as if there were none."),
                                 lookupText(h.tlsa));
                f.facts.insert(kHost, h.name);
                f.facts.insert(kTlsaName, tlsaName);
                continue;
            }
            if (!hostAddressesSecure(h)) {
                Finding &f = add(QStringLiteral("dane.host_insecure"), Severity::Medium,
                                 phrase("Findings", "TLSA for %1 is signed, but the host's addresses are not").arg(h.name),
                                 phrase("Findings", "DANE senders look for TLSA only when the MX host's A/AAAA records are "
                                                    "DNSSEC-secure (RFC 7672 §2.2.2); here they are not, so the TLSA "
                                                    "records are never used."),
                                 QStringLiteral("%1\n%2\n%3").arg(lookupText(h.a), lookupText(h.aaaa), lookupText(h.tlsa)));
                f.facts.insert(kHost, h.name);
                continue;
            }
            QStringList unusable, form;
            int eeRecords = 0, taRecords = 0;
            QSet<QByteArray> eeData;
            for (const TlsaRecord &t : h.tlsaRecords) {
                if (!usableTlsa(t)) {
                    unusable << t.text();
                    continue;
                }
                if (t.usage == 3) {
                    ++eeRecords;
                    eeData << t.data;
                } else {
                    ++taRecords;
                }
                if (t.matchingType == 0 || (t.usage == 3 && t.selector == 0))
                    form << t.text();
            }
            if (!unusable.isEmpty()) {
                const bool all = unusable.size() == h.tlsaRecords.size();
                Finding &f = add(QStringLiteral("dane.unusable_usage"), all ? Severity::High : Severity::Low,
                                 all ? phrase("Findings", "No TLSA record of %1 is usable for SMTP").arg(h.name)
                                     : phrase("Findings", "Some TLSA records of %1 are not usable for SMTP").arg(h.name),
                                 all ? phrase("Findings", "RFC 7672 §3.1.3: SMTP senders ignore usages 0 (PKIX-TA) and 1 "
                                                          "(PKIX-EE), since MX hosts have no agreed CA set. With only "
                                                          "those, DANE senders insist on TLS but do not authenticate it.")
                                     : phrase("Findings", "RFC 7672 §3.1.3: SMTP senders ignore usages 0 (PKIX-TA) and 1 "
                                                          "(PKIX-EE), since MX hosts have no agreed CA set. "),
                                 unusable.join(QLatin1Char('\n')));
                f.facts.insert(kTlsaName, tlsaName);
                f.facts.insert(kSuggested, suggestedRecords(h));
            }
            if (!form.isEmpty())
                add(QStringLiteral("dane.record_form"), Severity::Info,
                    phrase("Findings", "TLSA records of %1 use a less robust form").arg(h.name),
                    phrase("Findings", "3 1 1 (the key's SHA-256) survives certificate renewals with the same key; 3 0 x "
                                       "changes with every certificate, and matching type 0 publishes whole data."),
                    form.join(QLatin1Char('\n')))
                    .facts.insert(kTlsaName, tlsaName);
            if (eeRecords + taRecords > 0 && taRecords == 0 && eeData.size() == 1)
                add(QStringLiteral("dane.no_rollover"), Severity::Low,
                    phrase("Findings", "%1 publishes one DANE-EE record and nothing for the next key").arg(h.name),
                    phrase("Findings", "The day the key changes, DANE senders defer until a new record is published and "
                                       "cached copies expire. Publish the next key's 3 1 1 record now (or a 2 1 1 for the "
                                       "issuing CA) so a key change is a non-event."),
                    h.tlsa.records.join(QLatin1Char('\n')))
                    .facts.insert(kTlsaName, tlsaName);

            // Each address's served chain against the usable records.
            if (r_.sessionsSkipped)
                continue;
            QStringList mismatch, noTls;
            QStringList suggestions;
            for (const MxAddressCheck *a : addressesOf(r_, h.name)) {
                if (!tlsUp(*a)) {
                    if (a->session.outcome.connected)
                        noTls << QStringLiteral("%1: %2").arg(addressLabel(*a), whyNoTls(*a));
                    continue;
                }
                if (a->dane.attempted && !a->dane.verified && unusable.size() < h.tlsaRecords.size()) {
                    mismatch << QStringLiteral("%1: %2").arg(addressLabel(*a), a->dane.error);
                    const QString rec = daneEeRecordFor(a->session.certificates.value(0));
                    if (!rec.isEmpty() && !suggestions.contains(rec))
                        suggestions << rec;
                }
            }
            if (!mismatch.isEmpty()) {
                Finding &f = add(QStringLiteral("dane.mismatch"), Severity::Critical,
                                 phrase("Findings", "%1 serves a certificate its TLSA records do not match").arg(h.name),
                                 phrase("Findings", "DANE senders refuse these addresses and keep the mail queued when no "
                                                    "other MX works. The usual cause is a certificate renewed with a new key "
                                                    "while the TLSA records still name the old one."),
                                 QStringLiteral("%1\npublished: %2").arg(mismatch.join(QLatin1Char('\n')),
                                                                          h.tlsa.records.join(QStringLiteral("; "))));
                f.facts.insert(kHost, h.name);
                f.facts.insert(kTlsaName, tlsaName);
                f.facts.insert(kSuggested, suggestions.join(QLatin1Char('\n')));
            }
            if (!noTls.isEmpty())
                add(QStringLiteral("dane.no_tls"), Severity::Critical,
                    phrase("Findings", "%1 publishes TLSA records but gives no TLS").arg(h.name),
                    phrase("Findings", "With secure TLSA records a DANE sender requires TLS and will not fall back to "
                                       "cleartext: mail to these addresses waits in its queue."),
                    noTls.join(QLatin1Char('\n')))
                    .facts.insert(kHost, h.name);
        }
        if (!anyTlsa && !r_.hosts.isEmpty() && !r_.nullMx)
            add(QStringLiteral("dane.none"), Severity::Info, phrase("Findings", "No MX host of %1 publishes DANE").arg(r_.domain),
                phrase("Findings", "DANE senders deliver with unauthenticated TLS, which an attacker on the path can "
                                   "strip or intercept. Publishing TLSA records in a signed zone closes that."),
                QString())
                .facts.insert(kHosts, hostNames().join(QLatin1Char(',')));
    }

    QString suggestedRecords(const MxHost &h) const
    {
        QStringList out;
        for (const MxAddressCheck *a : addressesOf(r_, h.name)) {
            const QString rec = daneEeRecordFor(a->session.certificates.value(0));
            if (!rec.isEmpty() && !out.contains(rec))
                out << rec;
        }
        return out.join(QLatin1Char('\n'));
    }

    // ---- MTA-STS -------------------------------------------------------------------------------
    QList<StsTxtRecord> stsRecords() const
    {
        QList<StsTxtRecord> out;
        for (const StsTxtRecord &t : r_.sts.records)
            if (t.isSts)
                out << t;
        return out;
    }

    // A policy senders would use: exactly one valid record, fetched and valid.
    bool usablePolicy() const
    {
        const QList<StsTxtRecord> recs = stsRecords();
        const StsPolicyFetch &f = r_.sts.fetch;
        return recs.size() == 1 && recs.first().problems.isEmpty() && f.httpStatus == 200 && f.certificateValid &&
               !f.bodyTooLarge && r_.sts.policyParsed && r_.sts.policy.problems.isEmpty();
    }

    void stsRules()
    {
        const DnsLookup &txt = r_.sts.txt;
        const QString policyHost = QStringLiteral("mta-sts.%1").arg(r_.domain);
        auto withHosts = [this](Finding &f) -> Finding & {
            f.facts.insert(kHosts, hostNames().join(QLatin1Char(',')));
            return f;
        };
        // Not asked at all (a null MX, or no such domain): nothing failed, nothing to say.
        if (r_.nullMx || r_.mx.nxdomain() || txt.name.isEmpty())
            return;
        if (isServfailLike(txt) || txt.dnssec == DnssecStatus::Bogus) {
            add(QStringLiteral("mtasts.lookup_failed"), Severity::Medium,
                phrase("Findings", "The MTA-STS record lookup failed"),
                phrase("Findings", "Senders that already cached a policy keep using it; others treat the domain as "
                                   "without MTA-STS until the lookup works."),
                lookupText(txt));
            return;
        }
        const QList<StsTxtRecord> recs = stsRecords();
        if (recs.isEmpty()) {
            withHosts(add(QStringLiteral("mtasts.none"), Severity::Info,
                          phrase("Findings", "%1 publishes no MTA-STS policy").arg(r_.domain),
                          phrase("Findings", "Senders that implement MTA-STS (the large mailbox providers) deliver with "
                                             "opportunistic TLS, which an attacker on the path can strip."),
                          txt.records.isEmpty() ? lookupText(txt)
                                                : QStringLiteral("_mta-sts TXT without v=STSv1: %1")
                                                      .arg(txt.records.join(QStringLiteral("; ")))));
            return;
        }
        if (recs.size() > 1) {
            withHosts(add(QStringLiteral("mtasts.txt_duplicate"), Severity::High,
                          phrase("Findings", "%1 publishes %2 MTA-STS records").arg(r_.domain).arg(recs.size()),
                          phrase("Findings", "RFC 8461 §3.1: with more than one v=STSv1 record, senders must assume the "
                                             "domain has no policy at all — the protection is silently off. This often "
                                             "happens when a new record is added for a policy change instead of the old "
                                             "one being replaced."),
                          txt.records.join(QLatin1Char('\n'))));
        } else if (!recs.first().problems.isEmpty()) {
            withHosts(add(QStringLiteral("mtasts.txt_invalid"), Severity::High,
                          phrase("Findings", "The MTA-STS record of %1 is not valid").arg(r_.domain),
                          phrase("Findings", "Senders treat a record they cannot parse as no policy (RFC 8461 §3.1)."),
                          QStringLiteral("%1\n%2").arg(txt.records.join(QStringLiteral("; ")),
                                                        recs.first().problems.join(QLatin1Char('\n')))));
        }

        const StsPolicyFetch &f = r_.sts.fetch;
        if (!f.attempted)
            return;
        const QString fetched = QStringLiteral("GET %1%2").arg(f.url, f.address.isEmpty() ? QString()
                                                                           : QStringLiteral(" (%1)").arg(f.address));
        if (!f.redirectLocation.isEmpty() || (f.httpStatus >= 300 && f.httpStatus < 400)) {
            withHosts(add(QStringLiteral("mtasts.policy_redirect"), Severity::High,
                          phrase("Findings", "The MTA-STS policy URL redirects"),
                          phrase("Findings", "RFC 8461 §3.3: senders must not follow redirects, so they get no policy. "
                                             "Serve the file itself at that exact URL."),
                          QStringLiteral("%1\nHTTP %2, Location: %3").arg(fetched).arg(f.httpStatus).arg(f.redirectLocation)));
            return;
        }
        // A served certificate that did not verify: Qt ends the handshake there (no request is
        // sent), or an HTTP answer came over it; either way senders get no policy.
        if ((f.httpStatus != 0 && !f.certificateValid) || (f.httpStatus == 0 && !f.certificateError.isEmpty())) {
            withHosts(add(QStringLiteral("mtasts.policy_cert_invalid"), Severity::High,
                          phrase("Findings", "The certificate of %1 is not valid").arg(policyHost),
                          phrase("Findings", "Senders fetch the policy only over verified HTTPS (RFC 8461 §3.3); with this "
                                             "certificate they get no policy, and the domain is unprotected."),
                          QStringLiteral("%1\n%2").arg(fetched, f.certificateError)));
            return;
        }
        if (f.bodyTooLarge) {
            withHosts(add(QStringLiteral("mtasts.policy_too_large"), Severity::High,
                          phrase("Findings", "The MTA-STS policy is too large"),
                          phrase("Findings", "A policy is a few lines; this body is longer than %1 bytes, so it was not "
                                             "read. Senders bound the size too and will not use it.")
                              .arg(limits::kStsPolicyBytes),
                          f.error.isEmpty() ? fetched : QStringLiteral("%1\n%2").arg(fetched, f.error)));
            return;
        }
        if (f.httpStatus != 200) {
            withHosts(add(QStringLiteral("mtasts.policy_unavailable"), Severity::High,
                          phrase("Findings", "The MTA-STS policy could not be fetched"),
                          phrase("Findings", "The TXT record announces a policy, but there is none to get: new senders "
                                             "treat the domain as without MTA-STS; senders with a cached policy keep "
                                             "enforcing the old one until its max_age runs out."),
                          QStringLiteral("%1\n%2").arg(fetched, f.httpStatus ? QStringLiteral("HTTP %1").arg(f.httpStatus)
                                                                             : f.error)));
            return;
        }
        if (!f.contentType.isEmpty() &&
            !f.contentType.trimmed().startsWith(QLatin1String("text/plain"), Qt::CaseInsensitive))
            add(QStringLiteral("mtasts.policy_content_type"), Severity::Medium,
                phrase("Findings", "The MTA-STS policy is served as %1, not text/plain").arg(f.contentType),
                phrase("Findings", "RFC 8461 §3.3 requires text/plain; strict senders discard a policy of another type."),
                fetched);
        if (!r_.sts.policyParsed)
            return;
        const StsPolicyText &p = r_.sts.policy;
        if (!p.problems.isEmpty()) {
            withHosts(add(QStringLiteral("mtasts.policy_invalid"), Severity::High,
                          phrase("Findings", "The MTA-STS policy has errors"),
                          phrase("Findings", "Senders discard a policy they cannot parse, which leaves the domain "
                                             "unprotected."),
                          p.problems.join(QLatin1Char('\n'))))
                .facts.insert(kMode, p.mode);
            return;
        }
        if (p.mode == QLatin1String("testing"))
            withHosts(add(QStringLiteral("mtasts.testing"), Severity::Info,
                          phrase("Findings", "The MTA-STS policy is in testing mode"),
                          phrase("Findings", "Senders check it and report failures (to the TLS-RPT address), but deliver "
                                             "anyway. Switch to enforce once the reports are clean."),
                          QStringLiteral("mode: testing")));
        else if (p.mode == QLatin1String("none"))
            add(QStringLiteral("mtasts.mode_none"), Severity::Info, phrase("Findings", "The MTA-STS policy is switched off"),
                phrase("Findings", "mode: none tells senders to forget the policy: the usual way to retire it."),
                QStringLiteral("mode: none"));
        if (p.maxAge >= 0 && p.maxAge < 86400)
            add(QStringLiteral("mtasts.max_age_short"), Severity::Low,
                phrase("Findings", "The MTA-STS policy is cached for only %1 seconds").arg(p.maxAge),
                phrase("Findings", "A short max_age means senders fetch the policy again often, and an attacker who can "
                                   "block that fetch gets the domain treated as unprotected sooner. RFC 8461 suggests "
                                   "weeks (e.g. 604800 or more)."),
                QStringLiteral("max_age: %1").arg(p.maxAge));
        if (p.mode == QLatin1String("none"))
            return;

        const bool enforce = p.mode == QLatin1String("enforce");
        QStringList notCovered, badCert;
        QSet<QString> usedPatterns;
        for (const MxHost &h : r_.hosts) {
            if (!h.checked || h.implicit)
                continue;
            const QStringList matching = stsPatternsMatching(p.mx, h.name);
            for (const QString &m : matching)
                usedPatterns << m;
            if (matching.isEmpty()) {
                notCovered << h.name;
                continue;
            }
            if (r_.sessionsSkipped)
                continue;
            for (const MxAddressCheck *a : addressesOf(r_, h.name)) {
                if (!a->session.outcome.connected)
                    continue;   // no certificate to check: mx.unreachable says it
                if (!tlsUp(*a))
                    badCert << QStringLiteral("%1: %2").arg(addressLabel(*a), whyNoTls(*a));
                else if (!a->chainTrusted || !a->nameMatches)
                    badCert << QStringLiteral("%1: %2").arg(addressLabel(*a),
                                                            !a->chainTrusted ? a->session.tls.verifyMessage
                                                                             : QStringLiteral("certificate not valid for %1").arg(a->mx));
            }
        }
        if (!notCovered.isEmpty()) {
            Finding &fnd = withHosts(add(QStringLiteral("mtasts.mx_not_covered"), enforce ? Severity::Critical : Severity::Medium,
                          phrase("Findings", "The MTA-STS policy does not cover MX host %1").arg(notCovered.join(QStringLiteral(", "))),
                          enforce ? phrase("Findings", "In enforce mode, senders refuse every MX host no mx: pattern matches; "
                                                       "when none is left, mail waits in their queues and then bounces.")
                                  : phrase("Findings", "In testing mode senders deliver anyway and report the failure; "
                                                       "switching to enforce now would refuse these hosts."),
                          QStringLiteral("mx patterns: %1\nMX hosts: %2").arg(p.mx.join(QStringLiteral(", ")),
                                                                              hostNames().join(QStringLiteral(", ")))));
            fnd.facts.insert(kMode, p.mode);
        }
        if (!badCert.isEmpty())
            withHosts(add(QStringLiteral("mtasts.mx_cert_invalid"), enforce ? Severity::Critical : Severity::Medium,
                          phrase("Findings", "%1 MX address(es) would fail MTA-STS certificate checks").arg(badCert.size()),
                          enforce ? phrase("Findings", "In enforce mode, senders require TLS with a certificate that chains "
                                                       "to a public CA and is valid for the MX name; these addresses fail "
                                                       "that, so mail routed to them waits in the senders' queues.")
                                  : phrase("Findings", "In testing mode senders deliver anyway and report it; in enforce "
                                                       "mode these addresses would be refused."),
                          badCert.join(QLatin1Char('\n'))))
                .facts.insert(kMode, p.mode);
        QStringList unused;
        for (const QString &m : p.mx)
            if (!usedPatterns.contains(m))
                unused << m;
        if (!unused.isEmpty() && !r_.implicitMx)
            withHosts(add(QStringLiteral("mtasts.pattern_unused"), Severity::Low,
                          phrase("Findings", "mx: patterns that match no MX host"),
                          phrase("Findings", "Left over from an old MX set, or a typo of the intended name. They do no "
                                             "harm by themselves but make the policy harder to trust."),
                          unused.join(QStringLiteral(", "))))
                .facts.insert(kUnused, unused.join(QLatin1Char(',')));
    }

    // ---- TLS-RPT -------------------------------------------------------------------------------
    void tlsRptRules()
    {
        const DnsLookup &txt = r_.tlsRpt.txt;
        if (isServfailLike(txt))
            return;   // nothing to say that the MX and STS lookups do not already
        QList<TlsRptRecord> recs;
        for (const TlsRptRecord &t : r_.tlsRpt.records)
            if (t.isTlsRpt)
                recs << t;
        const bool protects = hasFinding(findings_, QStringLiteral("mtasts.testing")) || usablePolicy();
        if (recs.isEmpty()) {
            add(QStringLiteral("tlsrpt.none"), protects ? Severity::Low : Severity::Info,
                phrase("Findings", "%1 publishes no TLS-RPT address").arg(r_.domain),
                phrase("Findings", "Senders that fail TLS, DANE or MTA-STS checks toward this domain have nowhere to "
                                   "report it (RFC 8460), so failures stay invisible to you."),
                lookupText(txt));
            return;
        }
        if (recs.size() > 1) {
            add(QStringLiteral("tlsrpt.duplicate"), Severity::Medium,
                phrase("Findings", "%1 publishes %2 TLS-RPT records").arg(r_.domain).arg(recs.size()),
                phrase("Findings", "RFC 8460 §3: with more than one record, senders send no reports."),
                txt.records.join(QLatin1Char('\n')));
            return;
        }
        if (!recs.first().problems.isEmpty())
            add(QStringLiteral("tlsrpt.invalid"), Severity::Medium,
                phrase("Findings", "The TLS-RPT record of %1 is not valid").arg(r_.domain),
                phrase("Findings", "Senders ignore a record they cannot parse, so no reports arrive."),
                QStringLiteral("%1\n%2").arg(txt.records.join(QStringLiteral("; ")), recs.first().problems.join(QLatin1Char('\n'))));
    }

    // ---- verdicts ------------------------------------------------------------------------------
    QStringList idsOf(const QStringList &prefixes) const
    {
        QStringList ids;
        for (const Finding &f : r_.findings)
            for (const QString &p : prefixes)
                if (f.id.startsWith(p) && f.severity >= Severity::Medium && !ids.contains(f.id))
                    ids << f.id;
        return ids;
    }

    QString fixOf(const QStringList &ids) const
    {
        for (const QString &id : ids)
            if (const Finding *f = findFinding(r_.findings, id)) {
                const QString text = !f->fixDns.isEmpty() ? f->fixDns : f->fixExim;
                if (!text.isEmpty())
                    return text;
            }
        return QString();
    }

    SenderVerdict verdict(const QString &sender, DeliveryVerdict v, const QString &line, const QStringList &ids)
    {
        SenderVerdict out;
        out.sender = sender;
        out.verdict = v;
        out.line = line;
        out.findingIds = ids;
        if (v != DeliveryVerdict::Delivers)
            out.fix = fixOf(ids);
        return out;
    }

    void verdicts()
    {
        QList<SenderVerdict> &out = r_.verdicts;
        out.clear();
        // Nothing to deliver to, for anybody.
        QString blocked;
        QStringList blockedIds;
        if (r_.nullMx) {
            blocked = QStringLiteral("bounces at once: the domain publishes a null MX (accepts no mail)");
            blockedIds << QStringLiteral("mx.null");
        } else if (hasFinding(r_.findings, QStringLiteral("mx.domain_missing"))) {
            blocked = QStringLiteral("bounces at once: the domain does not exist (NXDOMAIN)");
            blockedIds << QStringLiteral("mx.domain_missing");
        } else if (hasFinding(r_.findings, QStringLiteral("mx.none"))) {
            blocked = QStringLiteral("bounces: there is no MX and no address");
            blockedIds << QStringLiteral("mx.none");
        }
        // Our own resolver gave no answer at all: that says nothing about the domain.
        const bool noAnswer = r_.errorKind == ErrorKind::Cancelled || r_.errorKind == ErrorKind::Resolve;
        if (!blocked.isEmpty() || noAnswer) {
            const DeliveryVerdict v = blocked.isEmpty() ? DeliveryVerdict::Unknown : DeliveryVerdict::Defers;
            const QString line = !blocked.isEmpty() ? blocked
                                 : r_.errorKind == ErrorKind::Resolve
                                     ? QStringLiteral("not known: the resolver used for this check did not answer")
                                     : QStringLiteral("not known: the check was cancelled");
            for (const QString &s : {QStringLiteral("opportunistic"), QStringLiteral("dane"), QStringLiteral("mta-sts")})
                out << verdict(s, v, line, blockedIds);
            return;
        }
        if (hasFinding(r_.findings, QStringLiteral("mx.lookup_failed")) || r_.mx.dnssec == DnssecStatus::Bogus) {
            const QStringList ids = idsOf({QStringLiteral("mx.")});
            out << verdict(QStringLiteral("opportunistic"),
                           r_.mx.dnssec == DnssecStatus::Bogus ? DeliveryVerdict::Unknown : DeliveryVerdict::Defers,
                           r_.mx.dnssec == DnssecStatus::Bogus
                               ? QStringLiteral("delivers only if it does not validate DNSSEC: the MX answer is bogus")
                               : QStringLiteral("defers: the MX lookup fails, so it cannot find where to deliver"),
                           ids);
            out << verdict(QStringLiteral("dane"), DeliveryVerdict::Defers,
                           QStringLiteral("defers: it validates DNSSEC and gets no usable MX answer"), ids);
            out << verdict(QStringLiteral("mta-sts"), DeliveryVerdict::Defers,
                           QStringLiteral("defers: the MX lookup fails, so it cannot find where to deliver"), ids);
            return;
        }
        const SenderVerdict opportunistic = opportunisticVerdict();
        out << opportunistic;
        out << unlessNothingAnswers(daneVerdict(), opportunistic);
        out << unlessNothingAnswers(stsVerdict(), opportunistic);
    }

    // A DANE or MTA-STS sender without that protection delivers as an opportunistic one does:
    // where no MX address can be reached (or there is none), it defers just the same.
    SenderVerdict unlessNothingAnswers(SenderVerdict v, const SenderVerdict &opportunistic) const
    {
        if (v.verdict != DeliveryVerdict::DeliversUnprotected || opportunistic.verdict != DeliveryVerdict::Defers)
            return v;
        QString why = opportunistic.line;
        if (why.startsWith(QLatin1String("defers: ")))
            why = why.mid(8);
        v.verdict = DeliveryVerdict::Defers;
        v.line = QStringLiteral("defers like an opportunistic sender: %1").arg(why);
        for (const QString &id : opportunistic.findingIds)
            if (!v.findingIds.contains(id))
                v.findingIds << id;
        v.fix = fixOf(v.findingIds);
        return v;
    }

    SenderVerdict opportunisticVerdict()
    {
        const QString sender = QStringLiteral("opportunistic");
        if (r_.sessionsSkipped)
            return verdict(sender, DeliveryVerdict::Unknown, QStringLiteral("not checked: sessions were skipped"), {});
        const int n = int(r_.addresses.size());
        int tls = 0, connected = 0;
        for (const MxAddressCheck &a : r_.addresses) {
            connected += a.session.outcome.connected ? 1 : 0;
            tls += tlsUp(a) ? 1 : 0;
        }
        const QStringList ids = idsOf({QStringLiteral("mx.")});
        if (n == 0)
            return verdict(sender, DeliveryVerdict::Defers, QStringLiteral("defers: no MX address to connect to"), ids);
        if (connected == 0)
            return verdict(sender, DeliveryVerdict::Defers,
                           QStringLiteral("defers: none of the %1 MX addresses answered on port 25 (from here)").arg(n), ids);
        if (tls == connected)
            return verdict(sender, DeliveryVerdict::Delivers,
                           tls == n ? (n == 1 ? QStringLiteral("delivers over TLS: the one MX address negotiates it")
                                           : QStringLiteral("delivers over TLS: all %1 MX addresses negotiate it").arg(n))
                                    : QStringLiteral("delivers over TLS: %1 of %2 MX addresses answered, all with TLS")
                                          .arg(tls).arg(n),
                           ids);
        return verdict(sender, tls ? DeliveryVerdict::DeliversUnprotected : DeliveryVerdict::DeliversUnprotected,
                       QStringLiteral("delivers, but in cleartext to %1 of %2 answering MX addresses (no TLS there)")
                           .arg(connected - tls).arg(connected),
                       ids);
    }

    SenderVerdict daneVerdict()
    {
        const QString sender = QStringLiteral("dane");
        const QStringList ids = idsOf({QStringLiteral("dane."), QStringLiteral("mx.bogus")});
        QStringList daneOk, daneBad, deferred, plain, silent;
        bool anyDane = false;
        for (const MxHost &h : r_.hosts) {
            if (!h.checked)
                continue;
            const DaneHost state = daneStateOf(h);
            const QList<const MxAddressCheck *> addrs = addressesOf(r_, h.name);
            if (state == DaneHost::Bogus) {
                anyDane = true;
                deferred << h.name;
                continue;
            }
            if (state == DaneHost::NoDane) {
                bool any = false;
                for (const MxAddressCheck *a : addrs)
                    any = any || a->session.outcome.connected;
                if (any || r_.sessionsSkipped)
                    plain << h.name;
                continue;
            }
            anyDane = true;
            bool verified = false, answered = false;
            for (const MxAddressCheck *a : addrs) {
                answered = answered || a->session.outcome.connected;
                if (state == DaneHost::UnusableOnly)
                    verified = verified || tlsUp(*a);
                else
                    verified = verified || (tlsUp(*a) && a->dane.verified);
            }
            (verified ? daneOk : answered || r_.sessionsSkipped ? daneBad : silent) << h.name;
        }
        if (!anyDane)
            return verdict(sender, r_.sessionsSkipped ? DeliveryVerdict::Unknown : DeliveryVerdict::DeliversUnprotected,
                           QStringLiteral("delivers without authentication: no MX host has usable DANE records in a "
                                          "signed zone, so it falls back to opportunistic TLS"),
                           ids);
        if (r_.sessionsSkipped)
            return verdict(sender, DeliveryVerdict::Unknown,
                           QStringLiteral("not known: sessions were skipped, so no served chain was matched"), ids);
        QStringList skipped = deferred + daneBad + silent;
        if (!daneOk.isEmpty())
            return verdict(sender, DeliveryVerdict::Delivers,
                           skipped.isEmpty()
                               ? QStringLiteral("delivers with DANE: every MX host matches its TLSA records")
                               : QStringLiteral("delivers with DANE through %1; skips %2")
                                     .arg(daneOk.join(QStringLiteral(", ")), skipped.join(QStringLiteral(", "))),
                           ids);
        if (!plain.isEmpty())
            return verdict(sender, DeliveryVerdict::DeliversUnprotected,
                           QStringLiteral("delivers only through %1 (no DANE there); skips %2")
                               .arg(plain.join(QStringLiteral(", ")), skipped.join(QStringLiteral(", "))),
                           ids);
        return verdict(sender, DeliveryVerdict::Defers,
                       QStringLiteral("defers all mail: %1").arg(
                           !deferred.isEmpty() ? QStringLiteral("the TLSA or address answers of %1 are bogus or fail")
                                                     .arg(deferred.join(QStringLiteral(", ")))
                           : !daneBad.isEmpty() ? QStringLiteral("the served certificates of %1 do not match the TLSA records")
                                                      .arg(daneBad.join(QStringLiteral(", ")))
                                                : QStringLiteral("no address of %1 answered on port 25 (from here)")
                                                      .arg(silent.join(QStringLiteral(", ")))),
                       ids);
    }

    SenderVerdict stsVerdict()
    {
        const QString sender = QStringLiteral("mta-sts");
        const QStringList ids = idsOf({QStringLiteral("mtasts.")});
        if (stsRecords().isEmpty())
            return verdict(sender, DeliveryVerdict::DeliversUnprotected,
                           QStringLiteral("delivers as an opportunistic sender: no MTA-STS policy is published"), ids);
        if (!usablePolicy())
            return verdict(sender, DeliveryVerdict::DeliversUnprotected,
                           QStringLiteral("delivers as if there were no policy: the published one cannot be used "
                                          "(senders that cached an older policy keep enforcing that one)"),
                           ids);
        const StsPolicyText &p = r_.sts.policy;
        if (p.mode == QLatin1String("none"))
            return verdict(sender, DeliveryVerdict::DeliversUnprotected,
                           QStringLiteral("delivers without checks: the policy's mode is none"), ids);
        if (p.mode == QLatin1String("testing"))
            return verdict(sender, DeliveryVerdict::DeliversUnprotected,
                           QStringLiteral("delivers even if checks fail (testing mode), and reports the failures"), ids);
        if (r_.sessionsSkipped)
            return verdict(sender, DeliveryVerdict::Unknown,
                           QStringLiteral("not known: sessions were skipped, so certificates were not checked"), ids);
        QStringList ok, refused, silent;
        for (const MxHost &h : r_.hosts) {
            if (!h.checked)
                continue;
            bool good = false, answered = false;
            const bool covered = !stsPatternsMatching(p.mx, h.name).isEmpty();
            for (const MxAddressCheck *a : addressesOf(r_, h.name)) {
                answered = answered || a->session.outcome.connected;
                good = good || (covered && tlsUp(*a) && a->chainTrusted && a->nameMatches);
            }
            (good ? ok : covered && !answered ? silent : refused) << h.name;
        }
        if (ok.isEmpty())
            return verdict(sender, DeliveryVerdict::Defers,
                           refused.isEmpty()
                               ? QStringLiteral("defers all mail: no address of %1 answered on port 25 (from here)")
                                     .arg(silent.join(QStringLiteral(", ")))
                               : QStringLiteral("defers all mail: the enforced policy refuses every MX host (%1)%2")
                                     .arg(refused.join(QStringLiteral(", ")),
                                          silent.isEmpty() ? QString()
                                                           : QStringLiteral(", and %1 did not answer")
                                                                 .arg(silent.join(QStringLiteral(", ")))),
                           ids);
        QString line = refused.isEmpty() && silent.isEmpty()
                           ? QStringLiteral("delivers: every MX host passes the enforced policy")
                           : QStringLiteral("delivers through %1").arg(ok.join(QStringLiteral(", ")));
        if (!refused.isEmpty())
            line += QStringLiteral("; refuses %1").arg(refused.join(QStringLiteral(", ")));
        if (!silent.isEmpty())
            line += QStringLiteral("; %1 did not answer").arg(silent.join(QStringLiteral(", ")));
        return verdict(sender, DeliveryVerdict::Delivers, line, ids);
    }

    DomainReport &r_;
    Findings findings_;
};

} // namespace

QString daneEeRecordFor(const Certificate &leaf)
{
    if (leaf.isNull())
        return QString();
    TlsaRecord t;
    t.usage = 3;
    t.selector = 1;
    t.matchingType = 1;
    t.data = tlsaAssociationData(leaf, 1, 1);
    return t.data.isEmpty() ? QString() : t.text();
}

void diagnoseDomain(DomainReport *report)
{
    Rules(report).run();
}

} // namespace mailtls::core
