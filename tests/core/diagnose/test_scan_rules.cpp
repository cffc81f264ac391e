// The scan rules over a hand-built scan section: which ids a result raises and which it must
// not, their severities and evidence, and that a clean modern server raises nothing.

#include <QtTest>

#include "diagnose/advice.h"
#include "diagnose/scan_rules.h"
#include "sample_facts.h"
#include "test_registry.h"

using namespace mailtls::core;
using mailtls::test::catalogSuite;

class TestScanRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsFromAResult();
    void everyIdFromOneScan();
    void silenceIsNoLimit();
    void factsOnlyUntilAdvised();
    void nothingWithoutAScan();
    void noOfferAnsweredInTls();
    void dataAfter220OncePerScan();
    void brokenAfterServerHello();
    void hygieneChecks();
    void resumptionAndStapling();
    void attacksAndTheirNames();
    void starttlsWeaknessesByRole();
};

void TestScanRules::findingsFromAResult()
{
    ScanResult scan;
    scan.present = true;
    scan.protocols = {{QStringLiteral("SSLv2"), false}, {QStringLiteral("SSLv3"), true}, {QStringLiteral("TLSv1"), true},
                      {QStringLiteral("TLSv1.1"), false}, {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), false}};
    scan.ciphers.insert(QStringLiteral("SSLv3"), {catalogSuite(0x0005)});
    scan.ciphers.insert(QStringLiteral("TLSv1"), {catalogSuite(0x000A), catalogSuite(0x0033)});
    scan.ciphers.insert(QStringLiteral("TLSv1.2"), {catalogSuite(0xC030), catalogSuite(0x009C), catalogSuite(0x009E),
                                                    catalogSuite(0x0018), catalogSuite(0x0003)});
    scan.dhBits = 1024;
    scan.certificateTypes = {QStringLiteral("ECDSA")};
    ScanRuleContext context;
    context.rateLimited = true;
    context.retries = 3;
    context.busyReason = QStringLiteral("421 busy");
    Findings f = scanFindings(scan, context);
    for (const char *id : {"protocol.sslv3_enabled", "protocol.tls10_enabled", "protocol.tls13_missing", "cipher.rc4",
                           "cipher.3des", "cipher.anonymous", "cipher.export", "cipher.no_forward_secrecy", "kex.dh_weak",
                           "cert.ecdsa_only", "smtp.rate_limited"})
        QVERIFY2(hasFinding(f, QString::fromLatin1(id)), id);
    for (const char *id : {"protocol.sslv2_enabled", "protocol.tls11_enabled", "cipher.null", "cipher.des"})
        QVERIFY2(!hasFinding(f, QString::fromLatin1(id)), id);
    QCOMPARE(findFinding(f, QStringLiteral("protocol.sslv3_enabled"))->severity, Severity::High);
    QCOMPARE(findFinding(f, QStringLiteral("kex.dh_weak"))->severity, Severity::Medium);
    QCOMPARE(findFinding(f, QStringLiteral("smtp.rate_limited"))->severity, Severity::Info);
    applyAdvice(&f);   // the rules state facts; advice words the fixes
    const Finding *rc4 = findFinding(f, QStringLiteral("cipher.rc4"));
    QVERIFY(rc4->evidence.contains(QLatin1String("SSLv3: TLS_RSA_WITH_RC4_128_SHA")));
    QVERIFY(rc4->fixExim.contains(QLatin1String("-ARCFOUR-128")));   // GnuTLS priority string
    QVERIFY(rc4->fixExim.contains(QLatin1String("!RC4")));           // OpenSSL cipher list
    QVERIFY(rc4->fixPostfix.contains(QLatin1String("smtpd_tls_exclude_ciphers")));
    const Finding *noFs = findFinding(f, QStringLiteral("cipher.no_forward_secrecy"));
    QVERIFY(noFs->evidence.contains(QLatin1String("TLS_RSA_WITH_AES_128_GCM_SHA256")));
    QVERIFY(!noFs->evidence.contains(QLatin1String("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")));
    QVERIFY(!noFs->evidence.contains(QLatin1String("DH_anon")));   // anonymous has its own finding
    QVERIFY(findFinding(f, QStringLiteral("kex.dh_weak"))->evidence.contains(QLatin1String("1024")));

    // A clean modern server: no findings at all.
    ScanResult clean;
    clean.present = true;
    clean.protocols = {{QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), true}};
    clean.ciphers.insert(QStringLiteral("TLSv1.2"), {catalogSuite(0xC02F), catalogSuite(0xC030)});
    clean.ciphers.insert(QStringLiteral("TLSv1.3"), {catalogSuite(0x1301)});
    clean.dhBits = 2048;
    clean.certificateTypes = {QStringLiteral("RSA"), QStringLiteral("ECDSA")};
    QVERIFY(scanFindings(clean).isEmpty());
}

void TestScanRules::everyIdFromOneScan()
{
    const ScanResult scan = mailtls::test::everyWeaknessScan();
    const Findings f = scanFindings(scan, {scan.rateLimited, scan.retries, scan.busyReason});
    QStringList ids;
    for (const Finding &finding : f)
        ids << finding.id;
    // In the rules' order: versions, suites, the DH prime, certificate types, rate limiting.
    QCOMPARE(ids, (QStringList{QStringLiteral("protocol.sslv2_enabled"), QStringLiteral("protocol.sslv3_enabled"),
                               QStringLiteral("protocol.tls10_enabled"), QStringLiteral("protocol.tls11_enabled"),
                               QStringLiteral("protocol.tls13_missing"), QStringLiteral("cipher.null"),
                               QStringLiteral("cipher.anonymous"), QStringLiteral("cipher.export"), QStringLiteral("cipher.rc4"),
                               QStringLiteral("cipher.des"), QStringLiteral("cipher.3des"),
                               QStringLiteral("cipher.no_forward_secrecy"), QStringLiteral("tls.beast"),
                               QStringLiteral("tls.lucky13"), QStringLiteral("kex.dh_weak"),
                               QStringLiteral("cert.ecdsa_only"), QStringLiteral("smtp.rate_limited")}));
    QCOMPARE(findFinding(f, QStringLiteral("protocol.sslv2_enabled"))->severity, Severity::Critical);
    QCOMPARE(findFinding(f, QStringLiteral("cipher.null"))->severity, Severity::High);
    QVERIFY(findFinding(f, QStringLiteral("smtp.rate_limited"))->evidence.contains(QLatin1String("3 retries")));
    ScanResult tiny = scan;
    tiny.dhBits = 768;
    QCOMPARE(findFinding(scanFindings(tiny), QStringLiteral("kex.dh_weak"))->severity, Severity::High);
    QVERIFY(!hasFinding(scanFindings(tiny), QStringLiteral("smtp.rate_limited")));   // no context: not limited
}

// Issue 17: connections that only got no greeting in time (a loaded server accepting late, or a
// tarpit) raise smtp.slow_greeting, which claims no limit; a 421 among them makes it smtp.rate_limited.
void TestScanRules::silenceIsNoLimit()
{
    ScanResult scan;
    scan.present = true;
    ScanRuleContext silent;
    silent.retries = 4;
    silent.noGreetingRetries = 4;
    silent.noGreetingReason = QStringLiteral("no greeting within 10 s (the TCP connect itself took 1.0 s)");
    const Findings quiet = scanFindings(scan, silent);
    QVERIFY(!hasFinding(quiet, QStringLiteral("smtp.rate_limited")));
    const Finding *f = findFinding(quiet, QStringLiteral("smtp.slow_greeting"));
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Info);
    QCOMPARE(f->title, QStringLiteral("Some connections got no greeting in time"));
    QCOMPARE(f->evidence, QStringLiteral("4 retries, all after no greeting in time; first: no greeting within 10 s (the TCP "
                                         "connect itself took 1.0 s); no 421 or close from the server"));
    QVERIFY2(f->detail.contains(QLatin1String("tarpit")) && f->detail.contains(QLatin1String("too loaded")), qPrintable(f->detail));

    ScanRuleContext mixed = silent;
    mixed.rateLimited = true;
    mixed.retries = 6;
    mixed.busyReason = QStringLiteral("the server is busy: 421 4.7.0 too many connections");
    const Findings loud = scanFindings(scan, mixed);   // kept: findFinding points into it
    QVERIFY(!hasFinding(loud, QStringLiteral("smtp.slow_greeting")));
    const Finding *limited = findFinding(loud, QStringLiteral("smtp.rate_limited"));
    QVERIFY(limited);
    QCOMPARE(limited->title, QStringLiteral("The server limited the scan's connections"));
    QCOMPARE(limited->evidence, QStringLiteral("6 retries; first: the server is busy: 421 4.7.0 too many connections; 4 of them "
                                               "after no greeting in time (first: no greeting within 10 s (the TCP connect "
                                               "itself took 1.0 s))"));
    QVERIFY(!hasFinding(scanFindings(scan, ScanRuleContext {}), QStringLiteral("smtp.rate_limited")));
}

void TestScanRules::factsOnlyUntilAdvised()
{
    const ScanResult scan = mailtls::test::everyWeaknessScan();
    Findings f = scanFindings(scan);
    for (const Finding &finding : f) {
        QVERIFY2(finding.fixExim.isEmpty() && finding.fixPostfix.isEmpty(), qPrintable(finding.id));
        QCOMPARE(finding.facts.value(QLatin1String(fixfacts::kRules)), QLatin1String(fixfacts::kScanRules));
    }
    applyAdvice(&f);
    for (const Finding &finding : f)
        QVERIFY2(!finding.fixExim.isEmpty() && !finding.fixPostfix.isEmpty(), qPrintable(finding.id));
}

void TestScanRules::nothingWithoutAScan()
{
    ScanResult none = mailtls::test::everyWeaknessScan();
    none.present = false;
    QVERIFY(scanFindings(none, {true, 1, QStringLiteral("421")}).isEmpty());
}

// Offers went out on connections ready for TLS and none came back as TLS: the scan says what a
// session would (starttls.rejected after STARTTLS), and nothing about versions.
void TestScanRules::noOfferAnsweredInTls()
{
    ScanResult scan;
    scan.present = true;
    scan.connections = 8;
    scan.handshakes = 8;
    scan.tlsAnswers = 0;
    ScanRuleContext starttls;
    starttls.starttls = true;
    Findings f = scanFindings(scan, starttls);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().id, QStringLiteral("starttls.rejected"));
    QCOMPARE(f.first().severity, Severity::High);
    QVERIFY(f.first().evidence.contains(QLatin1String("8 TLS attempt(s) after STARTTLS, 0 answered")));
    f = scanFindings(scan, ScanRuleContext());
    QCOMPARE(f.first().id, QStringLiteral("tls.handshake_failed"));
    // One answer (an alert is one) and the rule is quiet; older reports without the count too.
    scan.tlsAnswers = 1;
    QVERIFY(scanFindings(scan, starttls).isEmpty());
    scan.tlsAnswers = -1;
    QVERIFY(scanFindings(scan, starttls).isEmpty());
}

// Cleartext after the 220 to STARTTLS on some of the scan's connections: the session's finding,
// once, with how many connections and bytes.
void TestScanRules::dataAfter220OncePerScan()
{
    ScanResult scan;
    scan.present = true;
    scan.connections = 8;
    scan.handshakes = 8;
    scan.tlsAnswers = 8;
    scan.bytesAfterStarttlsConnections = 8;
    scan.bytesAfterStarttls = 8 * 25;
    scan.bytesAfterStarttlsLargest = 25;
    ScanRuleContext starttls;
    starttls.starttls = true;
    Findings f = scanFindings(scan, starttls);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().id, QStringLiteral("starttls.data_after_220"));
    QCOMPARE(f.first().severity, Severity::Medium);
    QCOMPARE(f.first().evidence, QStringLiteral("8 of 8 connection(s) made ready for TLS: 25 byte(s) each after the 220 to STARTTLS"));
    QVERIFY(f.first().detail.contains(QLatin1String("CVE-2011-0411")));
    // Uneven amounts: the total and the most on one connection.
    scan.bytesAfterStarttlsConnections = 2;
    scan.bytesAfterStarttls = 30;
    scan.bytesAfterStarttlsLargest = 25;
    f = scanFindings(scan, starttls);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().evidence,
             QStringLiteral("2 of 8 connection(s) made ready for TLS: 30 byte(s) in all, at most 25 on one after the 220 to STARTTLS"));
    // Implicit TLS has no 220 to STARTTLS; no bytes, no finding.
    QVERIFY(scanFindings(scan, ScanRuleContext()).isEmpty());
    scan.bytesAfterStarttlsConnections = 0;
    QVERIFY(scanFindings(scan, starttls).isEmpty());
}

// A ServerHello, then the handshake broke without the server's alert: tls.handshake_failed
// with what was seen, next to the refusals the matrix shows.
void TestScanRules::brokenAfterServerHello()
{
    ScanResult scan;
    scan.present = true;
    scan.protocols = {{QStringLiteral("TLSv1.2"), false}, {QStringLiteral("TLSv1.3"), false}};
    scan.connections = 8;
    scan.handshakes = 8;
    scan.tlsAnswers = 3;
    scan.brokenAfterHello = 3;
    scan.brokenAfterHelloFirst = QStringLiteral("ServerHello received (TLSv1.2, TLS_RSA_WITH_AES_128_GCM_SHA256), then the "
                                                "server closed the connection during the TLS handshake");
    ScanRuleContext starttls;
    starttls.starttls = true;
    const Findings f = scanFindings(scan, starttls);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().id, QStringLiteral("tls.handshake_failed"));
    QCOMPARE(f.first().severity, Severity::High);
    QCOMPARE(f.first().evidence, scan.brokenAfterHelloFirst + QStringLiteral("; 3 TLS offer(s) ended this way"));
    // The causes it fits, and how to tell them apart.
    QVERIFY(f.first().detail.contains(QLatin1String("several causes")));
    QVERIFY(f.first().detail.contains(QLatin1String("tells them apart")));
    scan.brokenAfterHello = 0;
    QVERIFY(scanFindings(scan, starttls).isEmpty());
}

// The hygiene checks raise a finding only on what was seen: "no" (or, for client-initiated
// renegotiation, "yes"); untested and not-applicable checks raise nothing.
void TestScanRules::hygieneChecks()
{
    ScanResult scan;
    scan.present = true;
    HygieneResult &h = scan.hygiene;
    h.present = true;
    h.version = QStringLiteral("TLSv1.2");
    h.secureRenegotiation = {CheckState::No, QStringLiteral("no renegotiation_info (0xff01) in the TLSv1.2 ServerHello")};
    h.clientRenegotiation = {CheckState::Yes, QStringLiteral("5 client-initiated renegotiations in a row accepted (5 asked for)")};
    h.renegotiationsTried = h.renegotiationsAccepted = 5;
    h.fallbackScsv = {CheckState::No, QStringLiteral("a TLSv1.2 hello with TLS_FALLBACK_SCSV was accepted")};
    h.downgradeSentinel = {CheckState::No, QStringLiteral("the server speaks TLS 1.3, yet ...")};
    h.extendedMasterSecret = {CheckState::No, QStringLiteral("no extended_master_secret (23)")};
    h.encryptThenMac = {CheckState::No, QStringLiteral("no encrypt_then_mac (22)")};
    Findings f = scanFindings(scan);
    QStringList ids;
    for (const Finding &finding : f)
        ids << finding.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("tls.no_secure_renegotiation"), QStringLiteral("tls.client_renegotiation"),
                               QStringLiteral("tls.no_fallback_scsv"), QStringLiteral("tls.no_downgrade_sentinel"),
                               QStringLiteral("tls.no_ems"), QStringLiteral("tls.no_etm")}));
    QCOMPARE(findFinding(f, QStringLiteral("tls.no_secure_renegotiation"))->severity, Severity::Medium);
    QCOMPARE(findFinding(f, QStringLiteral("tls.client_renegotiation"))->severity, Severity::Low);
    QCOMPARE(findFinding(f, QStringLiteral("tls.client_renegotiation"))->evidence, h.clientRenegotiation.evidence);
    applyAdvice(&f);
    for (const Finding &finding : f)
        QVERIFY2(!finding.fixExim.isEmpty() && !finding.fixPostfix.isEmpty(), qPrintable(finding.id));
    QVERIFY(findFinding(f, QStringLiteral("tls.no_secure_renegotiation"))->fixExim.contains(QLatin1String("%DISABLE_SAFE_RENEGOTIATION")));
    QVERIFY(findFinding(f, QStringLiteral("tls.client_renegotiation"))->fixPostfix.contains(QLatin1String("tls_ssl_options = NO_RENEGOTIATION")));
    QVERIFY(findFinding(f, QStringLiteral("tls.no_ems"))->fixExim.contains(QLatin1String("%NO_SESSION_HASH")));
    QVERIFY(findFinding(f, QStringLiteral("tls.no_etm"))->fixExim.contains(QLatin1String("%NO_ETM")));
    QVERIFY(findFinding(f, QStringLiteral("tls.no_fallback_scsv"))->fixPostfix.contains(QLatin1String("no Postfix setting")));

    // Untested, not applicable, or the good answer: nothing.
    for (CheckState state : {CheckState::Untested, CheckState::NotApplicable}) {
        h.secureRenegotiation.state = h.clientRenegotiation.state = h.fallbackScsv.state = state;
        h.downgradeSentinel.state = h.extendedMasterSecret.state = h.encryptThenMac.state = state;
        QVERIFY(scanFindings(scan).isEmpty());
    }
    h.secureRenegotiation.state = h.fallbackScsv.state = h.downgradeSentinel.state = CheckState::Yes;
    h.extendedMasterSecret.state = h.encryptThenMac.state = CheckState::Yes;
    h.clientRenegotiation.state = CheckState::No;
    QVERIFY(scanFindings(scan).isEmpty());
}

// Resumption, OCSP stapling and 0-RTT: no_resumption only when every resumption was settled
// and none worked; the staple's findings from its status and dates (stale against the moment of
// the scan: thisUpdate + age); must-staple only without a staple.
void TestScanRules::resumptionAndStapling()
{
    ScanResult scan;
    scan.present = true;
    HygieneResult &h = scan.hygiene;
    h.present = true;
    const auto ids = [&scan] {
        QStringList out;
        for (const Finding &f : scanFindings(scan))
            out << f.id;
        return out;
    };
    QCOMPARE(ids(), QStringList());
    h.sessionIdResumption = {CheckState::No, QStringLiteral("full handshake")};
    h.ticketResumption = {CheckState::No, QStringLiteral("no NewSessionTicket")};
    h.tls13Resumption = {CheckState::Untested, QStringLiteral("timed out")};
    QCOMPARE(ids(), QStringList());   // one resumption not settled: no claim
    h.tls13Resumption = {CheckState::NotApplicable, QStringLiteral("no TLS 1.3")};
    QCOMPARE(ids(), QStringList{QStringLiteral("tls.no_resumption")});
    QCOMPARE(scanFindings(scan).first().severity, Severity::Info);
    QCOMPARE(scanFindings(scan).first().evidence, QStringLiteral("full handshake; no NewSessionTicket"));
    h.ticketResumption.state = CheckState::Yes;
    QCOMPARE(ids(), QStringList());

    h.mustStaple = true;
    h.ocspStapling = {CheckState::No, QStringLiteral("no OCSP staple")};
    QCOMPARE(ids(), QStringList{QStringLiteral("tls.ocsp_must_staple_missing")});
    QCOMPARE(scanFindings(scan).first().severity, Severity::High);
    h.ocspStapling = {CheckState::Yes, QStringLiteral("a staple: good")};
    h.ocspStatus = QStringLiteral("good");
    h.ocspThisUpdate = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    h.ocspNextUpdate = h.ocspThisUpdate.addDays(7);
    h.ocspAgeSeconds = 6 * 86400;
    QCOMPARE(ids(), QStringList());
    h.ocspAgeSeconds = 8 * 86400;   // nextUpdate had passed when the server sent it
    QCOMPARE(ids(), QStringList{QStringLiteral("tls.ocsp_staple_stale")});
    QCOMPARE(scanFindings(scan).first().severity, Severity::Medium);
    h.ocspStatus = QStringLiteral("revoked");
    QCOMPARE(ids(), QStringList{QStringLiteral("tls.ocsp_staple_revoked")});
    h.ocspStatus = QStringLiteral("unknown");
    h.ocspAgeSeconds = 60;
    QCOMPARE(ids(), QStringList{QStringLiteral("tls.ocsp_staple_unusable")});
    h.ocspStatus.clear();
    QCOMPARE(ids(), QStringList{QStringLiteral("tls.ocsp_staple_unusable")});
    h.ocspStapling.state = CheckState::Untested;
    QCOMPARE(ids(), QStringList());

    h.earlyData = {CheckState::Yes, QStringLiteral("accepted")};
    Findings f = scanFindings(scan);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().id, QStringLiteral("tls.early_data_accepted"));
    QCOMPARE(f.first().severity, Severity::Info);

    // Every one of them has its Exim and Postfix fix.
    h.ocspStapling = {CheckState::No, QStringLiteral("none")};
    h.ticketResumption.state = CheckState::No;
    f = scanFindings(scan);
    h.ocspStapling = {CheckState::Yes, QStringLiteral("revoked")};
    h.ocspStatus = QStringLiteral("revoked");
    f += scanFindings(scan);
    h.ocspStatus = QStringLiteral("good");
    h.ocspAgeSeconds = 30 * 86400;
    f += scanFindings(scan);
    h.ocspStatus.clear();
    f += scanFindings(scan);
    applyAdvice(&f);
    QStringList seen;
    for (const Finding &finding : f) {
        seen << finding.id;
        QVERIFY2(!finding.fixExim.isEmpty() && !finding.fixPostfix.isEmpty(), qPrintable(finding.id));
    }
    for (const char *id : {"tls.no_resumption", "tls.ocsp_must_staple_missing", "tls.ocsp_staple_revoked", "tls.ocsp_staple_stale",
                           "tls.ocsp_staple_unusable", "tls.early_data_accepted"})
        QVERIFY2(seen.contains(QLatin1String(id)), id);
    QVERIFY(findFinding(f, QStringLiteral("tls.no_resumption"))->fixExim.contains(QLatin1String("tls_resumption_hosts")));
    QVERIFY(findFinding(f, QStringLiteral("tls.no_resumption"))->fixPostfix.contains(QLatin1String("smtpd_tls_session_cache_database")));
    QVERIFY(findFinding(f, QStringLiteral("tls.ocsp_must_staple_missing"))->fixExim.contains(QLatin1String("tls_ocsp_file")));
    QVERIFY(findFinding(f, QStringLiteral("tls.ocsp_must_staple_missing"))->fixPostfix.contains(QLatin1String("cannot staple")));
}

// Known attacks (scan/attack_probes.h): "yes" raises the finding, anything else nothing; the
// suite-derived attack names sit on one finding each.
void TestScanRules::attacksAndTheirNames()
{
    ScanResult scan;
    scan.present = true;
    HygieneResult &h = scan.hygiene;
    h.present = true;
    h.heartbleedLeak = {CheckState::Yes, QStringLiteral("heartbeat response of 1043 bytes to a request carrying 16")};
    h.ccsInjectionAccepted = {CheckState::Yes, QStringLiteral("bad_record_mac")};
    h.robotOracle = {CheckState::Yes, QStringLiteral("oracle")};
    h.ticketbleedLeak = {CheckState::Yes, QStringLiteral("32-byte session id")};
    h.encryptThenMac = {CheckState::Yes, QStringLiteral("encrypt_then_mac (22)")};
    Findings f = scanFindings(scan);
    QStringList ids;
    for (const Finding &finding : f)
        ids << finding.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("tls.heartbleed"), QStringLiteral("tls.ccs_injection"), QStringLiteral("tls.robot"),
                               QStringLiteral("tls.ticketbleed")}));
    QCOMPARE(findFinding(f, QStringLiteral("tls.heartbleed"))->severity, Severity::Critical);
    QCOMPARE(findFinding(f, QStringLiteral("tls.robot"))->severity, Severity::High);
    QCOMPARE(findFinding(f, QStringLiteral("tls.heartbleed"))->evidence, h.heartbleedLeak.evidence);
    applyAdvice(&f);
    for (const Finding &finding : f)
        QVERIFY2(!finding.fixExim.isEmpty() && !finding.fixPostfix.isEmpty(), qPrintable(finding.id));
    QVERIFY(findFinding(f, QStringLiteral("tls.robot"))->fixExim.contains(QLatin1String("NORMAL:-RSA")));
    QVERIFY(findFinding(f, QStringLiteral("tls.robot"))->fixPostfix.contains(QLatin1String("smtpd_tls_exclude_ciphers = kRSA")));
    h.heartbleedLeak.state = h.ccsInjectionAccepted.state = CheckState::Untested;
    h.robotOracle.state = CheckState::NotApplicable;
    h.ticketbleedLeak.state = CheckState::No;
    QVERIFY(scanFindings(scan).isEmpty());

    // SWEET32 (3DES, IDEA), FREAK (export RSA), LOGJAM (a prime under 1024 bits), POODLE (SSLv3
    // with CBC), BEAST (TLS 1.0 with CBC), each on one finding's title.
    ScanResult old;
    old.present = true;
    old.protocols = {{QStringLiteral("SSLv3"), true}, {QStringLiteral("TLSv1"), true}};
    old.ciphers.insert(QStringLiteral("SSLv3"), {catalogSuite(0x000A)});
    old.ciphers.insert(QStringLiteral("TLSv1"), {catalogSuite(0x0007), catalogSuite(0x0003), catalogSuite(0x0014), catalogSuite(0x0033)});
    old.dhBits = 512;
    const Findings o = scanFindings(old);
    const QString all = [&] {
        QStringList titles;
        for (const Finding &finding : o)
            titles << finding.title;
        return titles.join(QLatin1Char('\n'));
    }();
    for (const char *name : {"SWEET32", "FREAK", "LOGJAM", "POODLE", "BEAST", "LUCKY13"})
        QVERIFY2(all.count(QLatin1String(name)) == 1, qPrintable(QStringLiteral("%1 in:\n%2").arg(QLatin1String(name), all)));
    QVERIFY(findFinding(o, QStringLiteral("cipher.3des"))->title.contains(QLatin1String("SWEET32")));
    QVERIFY(findFinding(o, QStringLiteral("cipher.3des"))->evidence.contains(QLatin1String("TLS_RSA_WITH_IDEA_CBC_SHA")));
    QVERIFY(findFinding(o, QStringLiteral("cipher.export"))->title.endsWith(QLatin1String(": FREAK")));
    QVERIFY(findFinding(o, QStringLiteral("kex.dh_weak"))->title.endsWith(QLatin1String(": LOGJAM")));
    QVERIFY(findFinding(o, QStringLiteral("protocol.sslv3_enabled"))->title.endsWith(QLatin1String("POODLE")));
    QVERIFY(findFinding(o, QStringLiteral("tls.beast"))->evidence.startsWith(QLatin1String("TLSv1: ")));
    QCOMPARE(findFinding(o, QStringLiteral("tls.lucky13"))->severity, Severity::Info);
}

// STARTTLS's own weaknesses (scan.starttls): command injection whatever the role; MAIL and AUTH
// before TLS only on submission; untested or not applicable raises nothing.
void TestScanRules::starttlsWeaknessesByRole()
{
    ScanResult scan;
    scan.present = true;
    StartTlsChecks &c = scan.starttls;
    c.present = true;
    c.mailBeforeTls = {CheckState::Yes, QStringLiteral("MAIL FROM:<> before STARTTLS was accepted: \"250 OK\"")};
    c.authBeforeTls = {CheckState::Yes, QStringLiteral("AUTH PLAIN LOGIN advertised before STARTTLS")};
    c.commandInjection = {CheckState::Yes, QStringLiteral("the NOOP ... was answered inside TLS")};
    const auto idsFor = [&scan](const QString &role) {
        scan.starttls.role = role;
        QStringList ids;
        for (const Finding &f : scanFindings(scan))
            ids << f.id;
        return ids;
    };
    QCOMPARE(idsFor(QStringLiteral("mx")), QStringList{QStringLiteral("starttls.command_injection")});
    QCOMPARE(idsFor(QStringLiteral("unknown")), QStringList{QStringLiteral("starttls.command_injection")});
    QCOMPARE(idsFor(QStringLiteral("submission")),
             (QStringList{QStringLiteral("starttls.command_injection"), QStringLiteral("submission.mail_before_tls"),
                          QStringLiteral("submission.auth_before_tls")}));
    Findings f = scanFindings(scan);
    for (const Finding &finding : f)
        QCOMPARE(finding.severity, Severity::High);
    QCOMPARE(findFinding(f, QStringLiteral("submission.mail_before_tls"))->evidence, c.mailBeforeTls.evidence);
    applyAdvice(&f);
    for (const Finding &finding : f)
        QVERIFY2(!finding.fixExim.isEmpty() && !finding.fixPostfix.isEmpty(), qPrintable(finding.id));
    QVERIFY(findFinding(f, QStringLiteral("submission.mail_before_tls"))->fixExim.contains(QLatin1String("$tls_in_cipher")));
    QVERIFY(findFinding(f, QStringLiteral("submission.auth_before_tls"))->fixPostfix.contains(QLatin1String("smtpd_tls_auth_only = yes")));
    for (CheckState state : {CheckState::Untested, CheckState::NotApplicable, CheckState::No}) {
        c.mailBeforeTls.state = c.authBeforeTls.state = c.commandInjection.state = state;
        // not_applicable: the lane saw no STARTTLS in the list, the same id as a session.
        QCOMPARE(idsFor(QStringLiteral("submission")),
                 state == CheckState::NotApplicable ? QStringList{QStringLiteral("starttls.not_offered")} : QStringList());
    }
    // IMAP, POP3, ManageSieve: a login before TLS raises the session's id, never submission.*.
    c.mailBeforeTls = {CheckState::NotApplicable, QStringLiteral("IMAP has no mail transaction; see auth_before_tls")};
    c.authBeforeTls = {CheckState::Yes, QStringLiteral("CAPABILITY before STARTTLS: IMAP4rev1 STARTTLS AUTH=PLAIN")};
    c.commandInjection = {CheckState::Yes, QStringLiteral("the a3 NOOP ... was answered inside TLS")};
    c.role = QStringLiteral("submission");
    const std::pair<const char *, const char *> access[] = {
        {"imap", "imap.login_before_tls"}, {"pop3", "pop3.plaintext_auth"}, {"sieve", "sieve.auth_before_tls"}};
    for (const auto &[dialect, id] : access) {
        ScanRuleContext context;
        context.dialect = QString::fromLatin1(dialect);
        QStringList ids;
        for (const Finding &finding : scanFindings(scan, context))
            ids << finding.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{QString::fromLatin1(id), QStringLiteral("starttls.command_injection")}));
    }
}

MAILTLS_TEST_MAIN(TestScanRules)
#include "test_scan_rules.moc"
