// The domain view's judgement from hand-built facts: every finding id of the cases and
// the verdict line each kind of sender gets.
#include <QTest>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "diagnose/domain_rules.h"
#include "sample_facts.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

// A self-signed P-256 certificate for `cn`, made here (the rules only read its fingerprint, key
// and names).
Certificate makeCertificate(const QString &cn)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), qHash(cn) & 0x7fffffff);
    X509_gmtime_adj(X509_getm_notBefore(x), 0);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400L * 90);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.toUtf8().constData()),
                               -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509_sign(x, key, EVP_sha256());
    const Certificate c = Certificate::fromX509(x);
    X509_free(x);
    EVP_PKEY_free(key);
    return c;
}

DnsLookup secure(const QString &name, const QString &type, const QStringList &records)
{
    DnsLookup l;
    l.name = name;
    l.type = type;
    l.answered = true;
    l.rcode = QStringLiteral("NOERROR");
    l.dnssec = DnssecStatus::Secure;
    l.records = records;
    return l;
}

TlsaRecord tlsa311(const Certificate &c)
{
    TlsaRecord t;
    if (!parseTlsaRecord(daneEeRecordFor(c), &t))
        qFatal("no 3 1 1 record for a made certificate");
    return t;
}

class DomainBuilder
{
public:
    explicit DomainBuilder(const QString &domain)
    {
        r.domain = domain;
        r.mx = secure(domain, QStringLiteral("MX"), {});
        r.sts.txt = secure(QStringLiteral("_mta-sts.") + domain, QStringLiteral("TXT"), {});
        r.tlsRpt.txt = secure(QStringLiteral("_smtp._tls.") + domain, QStringLiteral("TXT"), {});
    }

    // An MX host with one address per entry of `addresses`, each serving `cert` over TLS 1.3.
    MxHost &host(const QString &name, int preference, const QStringList &addresses, const Certificate &cert)
    {
        MxHost h;
        h.name = name;
        h.preference = preference;
        h.a = secure(name, QStringLiteral("A"), addresses);
        h.aaaa = secure(name, QStringLiteral("AAAA"), {});
        h.addresses = addresses;
        h.tlsa = secure(QStringLiteral("_25._tcp.") + name, QStringLiteral("TLSA"), {});
        r.mx.records << QStringLiteral("%1 %2").arg(preference).arg(name);
        r.hosts << h;
        for (const QString &a : addresses) {
            MxAddressCheck c;
            c.mx = name;
            c.address = a;
            c.session = establishedSession(QStringLiteral("TLSv1.3"));
            c.session.certificates = {cert};
            c.nameMatches = true;
            c.chainTrusted = true;
            r.addresses << c;
        }
        return r.hosts.last();
    }

    void publishTlsa(const QString &host, const QList<TlsaRecord> &records, bool verified)
    {
        for (MxHost &h : r.hosts) {
            if (h.name != host)
                continue;
            h.tlsaRecords = records;
            for (const TlsaRecord &t : records)
                h.tlsa.records << t.text();
        }
        for (MxAddressCheck &a : r.addresses) {
            if (a.mx != host)
                continue;
            a.dane.attempted = true;
            a.dane.verified = verified;
            a.dane.error = verified ? QString() : QStringLiteral("No matching DANE TLSA records");
        }
    }

    void publishSts(const QString &mode, const QStringList &mx, int txtRecords = 1)
    {
        for (int i = 0; i < txtRecords; ++i) {
            r.sts.txt.records << QStringLiteral("v=STSv1; id=2026120%1").arg(i);
            StsTxtRecord t;
            t.isSts = true;
            t.id = QStringLiteral("2026120%1").arg(i);
            r.sts.records << t;
        }
        r.sts.fetch.attempted = true;
        r.sts.fetch.url = QStringLiteral("https://mta-sts.%1/.well-known/mta-sts.txt").arg(r.domain);
        r.sts.fetch.httpStatus = 200;
        r.sts.fetch.contentType = QStringLiteral("text/plain");
        r.sts.fetch.certificateValid = true;
        r.sts.policyParsed = true;
        r.sts.policy.version = QStringLiteral("STSv1");
        r.sts.policy.mode = mode;
        r.sts.policy.maxAge = 604800;
        r.sts.policy.mx = mx;
    }

    void publishTlsRpt()
    {
        r.tlsRpt.txt.records << QStringLiteral("v=TLSRPTv1; rua=mailto:tls@%1").arg(r.domain);
        TlsRptRecord t;
        t.isTlsRpt = true;
        t.rua << QStringLiteral("mailto:tls@%1").arg(r.domain);
        r.tlsRpt.records << t;
    }

    DomainReport diagnosed()
    {
        diagnoseDomain(&r);
        return r;
    }

    DomainReport r;
};

const SenderVerdict &verdictOf(const DomainReport &r, const QString &sender)
{
    static const SenderVerdict none;
    for (const SenderVerdict &v : r.verdicts)
        if (v.sender == sender)
            return v;
    return none;
}

QString ids(const DomainReport &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << QStringLiteral("%1(%2)").arg(f.id, severityName(f.severity));
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestDomainRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allGoodDeliversForEverySender()
    {
        const Certificate c1 = makeCertificate(QStringLiteral("mx1.example.org"));
        const Certificate c2 = makeCertificate(QStringLiteral("mx2.example.org"));
        const Certificate next = makeCertificate(QStringLiteral("next"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx1.example.org"), 10, {QStringLiteral("192.0.2.1")}, c1);
        b.host(QStringLiteral("mx2.example.org"), 20, {QStringLiteral("192.0.2.2")}, c2);
        b.publishTlsa(QStringLiteral("mx1.example.org"), {tlsa311(c1), tlsa311(next)}, true);
        b.publishTlsa(QStringLiteral("mx2.example.org"), {tlsa311(c2), tlsa311(next)}, true);
        b.publishSts(QStringLiteral("enforce"), {QStringLiteral("*.example.org")});
        b.publishTlsRpt();
        const DomainReport r = b.diagnosed();
        for (const Finding &f : r.findings)
            QVERIFY2(f.severity < Severity::Medium, qPrintable(ids(r)));
        QCOMPARE(r.verdicts.size(), 3);
        QCOMPARE(verdictOf(r, QStringLiteral("opportunistic")).verdict, DeliveryVerdict::Delivers);
        QCOMPARE(verdictOf(r, QStringLiteral("dane")).verdict, DeliveryVerdict::Delivers);
        QCOMPARE(verdictOf(r, QStringLiteral("mta-sts")).verdict, DeliveryVerdict::Delivers);
        QVERIFY(verdictOf(r, QStringLiteral("dane")).line.contains(QLatin1String("every MX host matches")));
    }

    void renewedCertificateBreaksDaneWithTheRecordToPublish()
    {
        const Certificate old = makeCertificate(QStringLiteral("mx1.example.org"));
        const Certificate renewed = makeCertificate(QStringLiteral("mx1.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx1.example.org"), 10, {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.3")}, renewed);
        b.publishTlsa(QStringLiteral("mx1.example.org"), {tlsa311(old)}, false);
        const DomainReport r = b.diagnosed();
        const Finding *f = findFinding(r.findings, QStringLiteral("dane.mismatch"));
        QVERIFY2(f, qPrintable(ids(r)));
        QCOMPARE(f->severity, Severity::Critical);
        QCOMPARE(r.findings.first().id, QStringLiteral("dane.mismatch"));   // most severe first
        QVERIFY(f->evidence.contains(QLatin1String("192.0.2.1")) && f->evidence.contains(QLatin1String("192.0.2.3")));
        QVERIFY2(f->fixDns.contains(QStringLiteral("_25._tcp.mx1.example.org. IN TLSA ") + daneEeRecordFor(renewed)),
                 qPrintable(f->fixDns));
        const SenderVerdict &dane = verdictOf(r, QStringLiteral("dane"));
        QCOMPARE(dane.verdict, DeliveryVerdict::Defers);
        QVERIFY(dane.findingIds.contains(QStringLiteral("dane.mismatch")));
        QVERIFY(dane.fix.contains(daneEeRecordFor(renewed)));
        QCOMPARE(verdictOf(r, QStringLiteral("opportunistic")).verdict, DeliveryVerdict::Delivers);
    }

    void oneOfTwoHostsFailingDaneStillDeliversThroughTheOther()
    {
        const Certificate c1 = makeCertificate(QStringLiteral("mx1.example.org"));
        const Certificate c2 = makeCertificate(QStringLiteral("mx2.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx1.example.org"), 10, {QStringLiteral("192.0.2.1")}, c1);
        b.host(QStringLiteral("mx2.example.org"), 20, {QStringLiteral("192.0.2.2")}, c2);
        b.publishTlsa(QStringLiteral("mx1.example.org"), {tlsa311(c2)}, false);
        b.publishTlsa(QStringLiteral("mx2.example.org"), {tlsa311(c2)}, true);
        const DomainReport r = b.diagnosed();
        const SenderVerdict &dane = verdictOf(r, QStringLiteral("dane"));
        QCOMPARE(dane.verdict, DeliveryVerdict::Delivers);
        QVERIFY2(dane.line.contains(QLatin1String("through mx2.example.org")) && dane.line.contains(QLatin1String("skips mx1.example.org")),
                 qPrintable(dane.line));
    }

    void unsignedTlsaMeansNothing()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        b.publishTlsa(QStringLiteral("mx.example.org"), {tlsa311(c)}, true);
        b.r.hosts[0].tlsa.dnssec = DnssecStatus::Insecure;
        b.r.hosts[0].a.dnssec = DnssecStatus::Insecure;
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("dane.insecure")), qPrintable(ids(r)));
        QVERIFY(!hasFinding(r.findings, QStringLiteral("dane.mismatch")));
        QCOMPARE(verdictOf(r, QStringLiteral("dane")).verdict, DeliveryVerdict::DeliversUnprotected);
    }

    void signedTlsaUnderUnsignedHostAddressesIsNeverUsed()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        b.publishTlsa(QStringLiteral("mx.example.org"), {tlsa311(c)}, true);
        b.r.hosts[0].a.dnssec = DnssecStatus::Insecure;
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("dane.host_insecure")), qPrintable(ids(r)));
        QCOMPARE(verdictOf(r, QStringLiteral("dane")).verdict, DeliveryVerdict::DeliversUnprotected);
    }

    void bogusTlsaIsTheLoudestFindingAndDefersDaneSenders()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        b.r.hosts[0].tlsa.dnssec = DnssecStatus::Bogus;
        b.r.hosts[0].tlsa.rcode = QStringLiteral("SERVFAIL");
        b.r.hosts[0].tlsa.whyBogus = QStringLiteral("signature expired");
        const DomainReport r = b.diagnosed();
        QVERIFY2(!r.findings.isEmpty() && r.findings.first().id == QLatin1String("dane.bogus"), qPrintable(ids(r)));
        QCOMPARE(r.findings.first().severity, Severity::Critical);
        QVERIFY(r.findings.first().evidence.contains(QLatin1String("signature expired")));
        QCOMPARE(verdictOf(r, QStringLiteral("dane")).verdict, DeliveryVerdict::Defers);
        QVERIFY(!verdictOf(r, QStringLiteral("dane")).fix.isEmpty());
    }

    void oneDaneEeRecordHasNoRollover()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        b.publishTlsa(QStringLiteral("mx.example.org"), {tlsa311(c)}, true);
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("dane.no_rollover")), qPrintable(ids(r)));
        QCOMPARE(verdictOf(r, QStringLiteral("dane")).verdict, DeliveryVerdict::Delivers);
    }

    void pkixUsagesAreUnusableForSmtp()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        TlsaRecord pkix = tlsa311(c);
        pkix.usage = 1;
        b.publishTlsa(QStringLiteral("mx.example.org"), {pkix}, false);
        b.r.addresses[0].dane.attempted = false;   // nothing usable was checked
        const DomainReport r = b.diagnosed();
        const Finding *f = findFinding(r.findings, QStringLiteral("dane.unusable_usage"));
        QVERIFY2(f, qPrintable(ids(r)));
        QCOMPARE(f->severity, Severity::High);
        QVERIFY(f->fixDns.contains(QLatin1String("IN TLSA 3 1 1")));
        QVERIFY(!hasFinding(r.findings, QStringLiteral("dane.mismatch")));
    }

    void duplicatedStsRecordsSwitchTheProtectionOff()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        b.publishSts(QStringLiteral("enforce"), {QStringLiteral("mx.example.org")}, 2);
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("mtasts.txt_duplicate")), qPrintable(ids(r)));
        const SenderVerdict &sts = verdictOf(r, QStringLiteral("mta-sts"));
        QCOMPARE(sts.verdict, DeliveryVerdict::DeliversUnprotected);
        QVERIFY(sts.fix.contains(QLatin1String("_mta-sts.example.org. IN TXT \"v=STSv1; id=")));
    }

    void policyMissingAnMxRefusesThatHost()
    {
        const Certificate c1 = makeCertificate(QStringLiteral("mx1.example.org"));
        const Certificate c2 = makeCertificate(QStringLiteral("mx2.example.net"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx1.example.org"), 10, {QStringLiteral("192.0.2.1")}, c1);
        b.host(QStringLiteral("mx2.example.net"), 20, {QStringLiteral("192.0.2.2")}, c2);
        b.publishSts(QStringLiteral("enforce"), {QStringLiteral("mx1.example.org"), QStringLiteral("mx3.example.org")});
        const DomainReport r = b.diagnosed();
        const Finding *f = findFinding(r.findings, QStringLiteral("mtasts.mx_not_covered"));
        QVERIFY2(f, qPrintable(ids(r)));
        QCOMPARE(f->severity, Severity::Critical);
        QVERIFY(f->title.contains(QLatin1String("mx2.example.net")));
        QVERIFY(f->fixDns.contains(QLatin1String("mx: mx2.example.net")));
        QVERIFY(hasFinding(r.findings, QStringLiteral("mtasts.pattern_unused")));
        const SenderVerdict &sts = verdictOf(r, QStringLiteral("mta-sts"));
        QCOMPARE(sts.verdict, DeliveryVerdict::Delivers);
        QVERIFY2(sts.line.contains(QLatin1String("refuses mx2.example.net")), qPrintable(sts.line));

        // With the covered host gone, nothing is left to deliver to.
        DomainBuilder only(QStringLiteral("example.org"));
        only.host(QStringLiteral("mx2.example.net"), 20, {QStringLiteral("192.0.2.2")}, c2);
        only.publishSts(QStringLiteral("enforce"), {QStringLiteral("mx1.example.org")});
        QCOMPARE(verdictOf(only.diagnosed(), QStringLiteral("mta-sts")).verdict, DeliveryVerdict::Defers);

        // In testing mode the same gap is a warning, and mail flows.
        DomainBuilder testing(QStringLiteral("example.org"));
        testing.host(QStringLiteral("mx2.example.net"), 20, {QStringLiteral("192.0.2.2")}, c2);
        testing.publishSts(QStringLiteral("testing"), {QStringLiteral("mx1.example.org")});
        const DomainReport t = testing.diagnosed();
        QCOMPARE(findFinding(t.findings, QStringLiteral("mtasts.mx_not_covered"))->severity, Severity::Medium);
        QCOMPARE(verdictOf(t, QStringLiteral("mta-sts")).verdict, DeliveryVerdict::DeliversUnprotected);
    }

    void enforcedPolicyRefusesAnUntrustedMx()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        b.r.addresses[0].chainTrusted = false;
        b.r.addresses[0].session.tls.verifyMessage = QStringLiteral("self-signed certificate");
        b.publishSts(QStringLiteral("enforce"), {QStringLiteral("mx.example.org")});
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("mtasts.mx_cert_invalid")), qPrintable(ids(r)));
        QVERIFY(hasFinding(r.findings, QStringLiteral("mx.cert_untrusted")));
        QCOMPARE(verdictOf(r, QStringLiteral("mta-sts")).verdict, DeliveryVerdict::Defers);
        QCOMPARE(verdictOf(r, QStringLiteral("opportunistic")).verdict, DeliveryVerdict::Delivers);
    }

    void policyFetchProblems_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("certificateValid");
        QTest::addColumn<bool>("tooLarge");
        QTest::addColumn<QString>("id");
        QTest::newRow("redirect") << 301 << QStringLiteral("https://www.example.org/mta-sts.txt") << true << false
                                  << QStringLiteral("mtasts.policy_redirect");
        QTest::newRow("certificate") << 200 << QString() << false << false << QStringLiteral("mtasts.policy_cert_invalid");
        QTest::newRow("not found") << 404 << QString() << true << false << QStringLiteral("mtasts.policy_unavailable");
        QTest::newRow("too large") << 200 << QString() << true << true << QStringLiteral("mtasts.policy_too_large");
        QTest::newRow("no answer") << 0 << QString() << false << false << QStringLiteral("mtasts.policy_unavailable");
    }

    void policyFetchProblems()
    {
        QFETCH(int, status);
        QFETCH(QString, location);
        QFETCH(bool, certificateValid);
        QFETCH(bool, tooLarge);
        QFETCH(QString, id);
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        b.publishSts(QStringLiteral("enforce"), {QStringLiteral("mx.example.org")});
        StsPolicyFetch &f = b.r.sts.fetch;
        f.httpStatus = status;
        f.redirectLocation = location;
        f.certificateValid = certificateValid;
        f.certificateError = certificateValid || status == 0 ? QString() : QStringLiteral("The certificate is self-signed, and untrusted");
        f.bodyTooLarge = tooLarge;
        f.error = status ? QString() : QStringLiteral("mta-sts.example.org (192.0.2.9:443): no answer within 15 s");
        b.r.sts.policyParsed = status == 200 && certificateValid && !tooLarge;
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, id), qPrintable(ids(r)));
        QCOMPARE(verdictOf(r, QStringLiteral("mta-sts")).verdict, DeliveryVerdict::DeliversUnprotected);
    }

    void nullMxBouncesForEverybody()
    {
        DomainBuilder b(QStringLiteral("example.org"));
        b.r.mx.records = {QStringLiteral("0 .")};
        b.r.nullMx = true;
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("mx.null")), qPrintable(ids(r)));
        QCOMPARE(r.verdicts.size(), 3);
        for (const SenderVerdict &v : r.verdicts) {
            QCOMPARE(v.verdict, DeliveryVerdict::Defers);
            QVERIFY(v.line.contains(QLatin1String("null MX")));
        }
        QVERIFY(!hasFinding(r.findings, QStringLiteral("dane.none")));
    }

    void noMxFallsBackToTheDomainsAddress()
    {
        const Certificate c = makeCertificate(QStringLiteral("example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("example.org"), 0, {QStringLiteral("192.0.2.1")}, c).implicit = true;
        b.r.mx.records.clear();
        b.r.implicitMx = true;
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("mx.implicit")), qPrintable(ids(r)));
        QCOMPARE(verdictOf(r, QStringLiteral("opportunistic")).verdict, DeliveryVerdict::Delivers);

        DomainBuilder nothing(QStringLiteral("example.org"));
        MxHost h;
        h.name = QStringLiteral("example.org");
        h.implicit = true;
        h.a = secure(h.name, QStringLiteral("A"), {});
        nothing.r.hosts << h;
        nothing.r.implicitMx = true;
        const DomainReport n = nothing.diagnosed();
        QVERIFY2(hasFinding(n.findings, QStringLiteral("mx.none")), qPrintable(ids(n)));
        QCOMPARE(verdictOf(n, QStringLiteral("opportunistic")).verdict, DeliveryVerdict::Defers);
    }

    void oneNodeWithAnOldCertificateStandsOut()
    {
        const Certificate current = makeCertificate(QStringLiteral("mx.example.org"));
        const Certificate old = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10,
               {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2"), QStringLiteral("192.0.2.3")}, current);
        b.r.addresses[2].session.certificates = {old};
        const DomainReport r = b.diagnosed();
        const Finding *f = findFinding(r.findings, QStringLiteral("mx.inconsistent"));
        QVERIFY2(f, qPrintable(ids(r)));
        QVERIFY(f->evidence.contains(QLatin1String("192.0.2.3")));
        QVERIFY(f->evidence.contains(old.sha256Fingerprint().left(23)));
        QVERIFY(!f->fixExim.isEmpty() && !f->fixPostfix.isEmpty());
    }

    void cleartextAddressesAreNamed()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")}, c);
        b.r.addresses[1].session = smtpSession();
        b.r.addresses[1].session.smtp.starttlsOffered = false;
        b.publishTlsa(QStringLiteral("mx.example.org"), {tlsa311(c)}, true);
        b.r.addresses[1].dane = DaneVerification();
        const DomainReport r = b.diagnosed();
        const Finding *f = findFinding(r.findings, QStringLiteral("mx.no_starttls"));
        QVERIFY2(f, qPrintable(ids(r)));
        QVERIFY(f->evidence.contains(QLatin1String("192.0.2.2")));
        QVERIFY(!f->fixExim.isEmpty());
        QVERIFY(hasFinding(r.findings, QStringLiteral("dane.no_tls")));
        QCOMPARE(verdictOf(r, QStringLiteral("opportunistic")).verdict, DeliveryVerdict::DeliversUnprotected);
    }

    void theAddressesOwnFindingsAreRolledUp()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")}, c);
        b.r.addresses[1].session.findings << makeFinding(QStringLiteral("cert.expired"), Severity::Critical,
                                                         QStringLiteral("The certificate has expired"), QString(), QString());
        const DomainReport r = b.diagnosed();
        const Finding *f = findFinding(r.findings, QStringLiteral("cert.expired"));
        QVERIFY2(f, qPrintable(ids(r)));
        QVERIFY(f->title.contains(QLatin1String("1 of 2")));
        QVERIFY(f->evidence.contains(QLatin1String("192.0.2.2")));
    }

    void failedMxLookupIsNotANullAnswer()
    {
        DomainBuilder b(QStringLiteral("example.org"));
        b.r.mx.rcode = QStringLiteral("SERVFAIL");
        b.r.mx.dnssec = DnssecStatus::Unknown;
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("mx.lookup_failed")), qPrintable(ids(r)));
        QCOMPARE(verdictOf(r, QStringLiteral("opportunistic")).verdict, DeliveryVerdict::Defers);
        QVERIFY(findFinding(r.findings, QStringLiteral("mx.lookup_failed"))->detail.contains(QLatin1String("dig +cd")));
    }

    void tlsRptRecords()
    {
        const Certificate c = makeCertificate(QStringLiteral("mx.example.org"));
        DomainBuilder b(QStringLiteral("example.org"));
        b.host(QStringLiteral("mx.example.org"), 10, {QStringLiteral("192.0.2.1")}, c);
        QVERIFY(hasFinding(b.diagnosed().findings, QStringLiteral("tlsrpt.none")));
        b.publishTlsRpt();
        b.publishTlsRpt();
        const DomainReport r = b.diagnosed();
        QVERIFY2(hasFinding(r.findings, QStringLiteral("tlsrpt.duplicate")), qPrintable(ids(r)));
        QVERIFY(findFinding(r.findings, QStringLiteral("tlsrpt.duplicate"))->fixDns.contains(QLatin1String("_smtp._tls.example.org.")));
    }
};

MAILTLS_TEST_MAIN(TestDomainRules)
#include "test_domain_rules.moc"
