// The scan rules (diagnose/scan_rules) over a ScanResult, no network: every finding a matrix can
// show, its severity, evidence and fixes, and no finding for a clean modern server.

#include <QtTest>

#include "catalog/cipher_catalog.h"
#include "diagnose/scan_rules.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

SuiteInfo catalogSuite(quint16 code)
{
    const SuiteInfo *s = CipherCatalog::instance().byCode(code);
    return s ? *s : SuiteInfo();
}

} // namespace

class TestScanRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsFromAResult()
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
        const Findings f = scanFindings(scan, context);
        for (const char *id : {"protocol.sslv3_enabled", "protocol.tls10_enabled", "protocol.tls13_missing", "cipher.rc4",
                               "cipher.3des", "cipher.anonymous", "cipher.export", "cipher.no_forward_secrecy", "kex.dh_weak",
                               "cert.ecdsa_only", "smtp.rate_limited"})
            QVERIFY2(hasFinding(f, QString::fromLatin1(id)), id);
        for (const char *id : {"protocol.sslv2_enabled", "protocol.tls11_enabled", "cipher.null", "cipher.des"})
            QVERIFY2(!hasFinding(f, QString::fromLatin1(id)), id);
        QCOMPARE(findFinding(f, QStringLiteral("protocol.sslv3_enabled"))->severity, Severity::High);
        QCOMPARE(findFinding(f, QStringLiteral("kex.dh_weak"))->severity, Severity::Medium);
        QCOMPARE(findFinding(f, QStringLiteral("smtp.rate_limited"))->severity, Severity::Info);
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
};

MAILTLS_TEST_MAIN(TestScanRules)
#include "test_scan_rules.moc"
