// The one findings pipeline: most severe first with every fix filled in, the expected
// certificate compared like with like (or a note saying why not), and a scan's findings raised
// for several certificate types reported once, naming each type.
#include <QTest>

#include <algorithm>

#include "diagnose/advice.h"
#include "diagnose/findings_pipeline.h"
#include "sample_facts.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

int count(const Findings &findings, const QString &id)
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [&id](const Finding &f) { return f.id == id; }));
}

void verifyFinished(const Findings &findings)
{
    for (int i = 1; i < findings.size(); ++i)
        QVERIFY2(findings.at(i - 1).severity >= findings.at(i).severity, qPrintable(findings.at(i).id));
    for (const Finding &f : findings) {
        QVERIFY2(!f.fixExim.isEmpty() && !f.fixPostfix.isEmpty(), qPrintable(f.id));
        QVERIFY2(f.fixExim.contains(QLatin1String(kConsequenceMarker)), qPrintable(f.id));
    }
}

// A scan of a server with an RSA and an ECDSA certificate, both issued under the fixtures' root.
Report dualTypeScan()
{
    Report r = scanReport(QStringLiteral("mx1"), QStringLiteral("RSA"));
    r.scan.certificateTypes = {QStringLiteral("RSA"), QStringLiteral("ECDSA")};
    r.scan.servedChains << CertificateChain{loadOne("leaf-ec-p256.pem")};
    r.scan.protocols.insert(QStringLiteral("TLSv1"), true);
    r.scan.ciphers.insert(QStringLiteral("TLSv1"), {catalogSuite(0x000A)});
    return r;
}

} // namespace

class TestFindingsPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishSortsStablyAndAdvises();
    void sessionMostSevereFirst();
    void sessionComparesTheExpectedCertificate();
    void expectedCertificateUnreadable();
    void scanChainsMergedPerType();
    void scanComparesLikeWithLike();
    void scanThatDidNotRun();
};

void TestFindingsPipeline::finishSortsStablyAndAdvises()
{
    Findings f;
    f << makeFinding(QStringLiteral("protocol.tls10_enabled"), Severity::Low, QStringLiteral("first low"), {}, {})
      << makeFinding(QStringLiteral("kex.dh_weak"), Severity::High, QStringLiteral("high"), {}, {})
      << makeFinding(QStringLiteral("cipher.3des"), Severity::Low, QStringLiteral("second low"), {}, {})
      << makeFinding(QStringLiteral("smtp.rate_limited"), Severity::Info, QStringLiteral("info"), {}, {})
      << makeFinding(QStringLiteral("protocol.sslv2_enabled"), Severity::Critical, QStringLiteral("critical"), {}, {});
    finishFindings(&f);
    QStringList titles;
    for (const Finding &finding : f)
        titles << finding.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("first low"),
                                  QStringLiteral("second low"), QStringLiteral("info")}));
    verifyFinished(f);
    // Finishing twice changes nothing.
    const Findings once = f;
    finishFindings(&f);
    for (int i = 0; i < f.size(); ++i)
        QCOMPARE(f.at(i).fixExim, once.at(i).fixExim);
}

void TestFindingsPipeline::sessionMostSevereFirst()
{
    Report r = establishedSession(QStringLiteral("TLSv1"));
    r.smtp.authBeforeTls = {QStringLiteral("PLAIN")};
    r.certificates = {loadOne("selfsigned-cn-only.pem")};
    DiagnosisOptions options;
    options.caFile = fixturePath("root-ca.pem");
    options.servername = QStringLiteral("mx.example.org");
    const Diagnosis d = diagnoseSession(r, options);
    for (const char *id : {"auth.plaintext_before_tls", "protocol.tls10_enabled", "cert.self_signed", "cert.hostname_mismatch"})
        QVERIFY2(hasFinding(d.findings, QString::fromLatin1(id)), id);
    QCOMPARE(d.findings.first().id, QStringLiteral("auth.plaintext_before_tls"));   // the one High
    verifyFinished(d.findings);
    QVERIFY(d.notes.isEmpty());
    // Without a name to check, no name finding; without certificates, no certificate findings.
    QVERIFY(!hasFinding(diagnoseSession(r, {}).findings, QStringLiteral("cert.hostname_mismatch")));

    // Who verifies: sending MTAs on 25 (most deliver anyway); mail clients on IMAP, POP3, Sieve
    // and submission, which refuse or ask the user.
    const auto detailOf = [&](const QString &dialect, quint16 port, const char *id) {
        Report copy = r;
        copy.target.dialect = dialect;
        copy.target.port = port;
        for (const Finding &f : diagnoseSession(copy, options).findings)
            if (f.id == QLatin1String(id))
                return f.detail;
        return QString();
    };
    for (const char *id : {"cert.self_signed", "cert.hostname_mismatch"}) {
        QVERIFY2(detailOf(QStringLiteral("smtp"), 25, id).contains(QLatin1String("Most MTAs use opportunistic TLS")), id);
        QVERIFY2(!detailOf(QStringLiteral("smtp"), 25, id).contains(QLatin1String("Mail clients")), id);
        for (const auto &[dialect, port] : {std::pair{QStringLiteral("imap"), quint16(143)}, std::pair{QStringLiteral("pop3"), quint16(110)},
                                            std::pair{QStringLiteral("sieve"), quint16(4190)}, std::pair{QStringLiteral("smtp"), quint16(587)},
                                            std::pair{QStringLiteral("smtp"), quint16(465)}}) {
            const QString detail = detailOf(dialect, port, id);
            QVERIFY2(detail.contains(QLatin1String("Mail clients")), qPrintable(dialect + QLatin1Char(' ') + detail));
            QVERIFY2(!detail.contains(QLatin1String("opportunistic")), qPrintable(detail));
        }
    }
    QVERIFY(detailOf(QStringLiteral("imap"), 143, "cert.hostname_mismatch").contains(QLatin1String("the server name set in the user's account")));

    r.certificates.clear();
    QCOMPARE(diagnoseSession(r, options).findings.size(), 2);
}

void TestFindingsPipeline::sessionComparesTheExpectedCertificate()
{
    Report r = establishedSession(QStringLiteral("TLSv1.3"));
    r.certificates = {loadOne("leaf-rsa2048.pem"), loadOne("intermediate-ca.pem")};
    DiagnosisOptions options;
    options.caFile = fixturePath("root-ca.pem");
    options.expectCertFile = fixturePath("leaf-cn-and-san.pem");
    const Diagnosis d = diagnoseSession(r, options);
    const Finding *differs = findFinding(d.findings, QStringLiteral("cert.differs_from_file"));
    QVERIFY(differs);
    QVERIFY(differs->fixExim.startsWith(QStringLiteral("tls_certificate = %1\n").arg(options.expectCertFile)));
    verifyFinished(d.findings);
    options.expectCertFile = fixturePath("leaf-rsa2048.pem");
    QVERIFY(!hasFinding(diagnoseSession(r, options).findings, QStringLiteral("cert.differs_from_file")));
}

void TestFindingsPipeline::expectedCertificateUnreadable()
{
    Report r = establishedSession(QStringLiteral("TLSv1.3"));
    r.certificates = {loadOne("leaf-rsa2048.pem")};
    DiagnosisOptions options;
    options.expectCertFile = QStringLiteral("/nonexistent/expected.pem");
    const Diagnosis d = diagnoseSession(r, options);
    QVERIFY(!hasFinding(d.findings, QStringLiteral("cert.differs_from_file")));
    QCOMPARE(d.notes.size(), 1);
    QVERIFY2(d.notes.first().startsWith(QLatin1String("cannot compare with --expect-cert: ")), qPrintable(d.notes.first()));

    // A file without a certificate (the fixtures' script): the note says why, for a scan as for
    // a session.
    options.expectCertFile = QStringLiteral(MAILTLS_FIXTURES_DIR "/make_certs.sh");
    QCOMPARE(diagnoseSession(r, options).notes.size(), 1);
    const Diagnosis scan = diagnoseScan(dualTypeScan(), options);
    QCOMPARE(scan.notes.size(), 1);
    QVERIFY(scan.notes.first().startsWith(QLatin1String("cannot compare with --expect-cert: ")));
}

void TestFindingsPipeline::scanChainsMergedPerType()
{
    DiagnosisOptions options;
    options.caFile = fixturePath("other-root-ca.pem");   // neither chain is trusted
    const Diagnosis d = diagnoseScan(dualTypeScan(), options);
    QCOMPARE(count(d.findings, QStringLiteral("cert.untrusted")), 1);
    const Finding *untrusted = findFinding(d.findings, QStringLiteral("cert.untrusted"));
    QVERIFY2(untrusted->evidence.startsWith(QLatin1String("(RSA certificate) ")), qPrintable(untrusted->evidence));
    QVERIFY2(untrusted->evidence.contains(QLatin1String("\n(ECDSA certificate) ")), qPrintable(untrusted->evidence));
    for (const Finding &f : d.findings)
        QCOMPARE(count(d.findings, f.id), 1);
    QVERIFY(hasFinding(d.findings, QStringLiteral("protocol.tls10_enabled")));   // the matrix rules too
    QVERIFY(hasFinding(d.findings, QStringLiteral("cipher.3des")));
    verifyFinished(d.findings);

    // One chain: no type in the evidence.
    Report single = scanReport(QStringLiteral("mx1"), QStringLiteral("RSA"));
    const Finding *one = findFinding(diagnoseScan(single, options).findings, QStringLiteral("cert.untrusted"));
    QVERIFY(one);
    QVERIFY(!one->evidence.startsWith(QLatin1Char('(')));
}

void TestFindingsPipeline::scanComparesLikeWithLike()
{
    DiagnosisOptions options;
    options.caFile = fixturePath("root-ca.pem");
    // The expected ECDSA certificate is compared with the ECDSA chain, not the first one.
    options.expectCertFile = fixturePath("leaf-ec-p256.pem");
    Diagnosis d = diagnoseScan(dualTypeScan(), options);
    QVERIFY(!hasFinding(d.findings, QStringLiteral("cert.differs_from_file")));
    QVERIFY(d.notes.isEmpty());
    options.expectCertFile = fixturePath("leaf-rsa2048.pem");
    QVERIFY(!hasFinding(diagnoseScan(dualTypeScan(), options).findings, QStringLiteral("cert.differs_from_file")));
    options.expectCertFile = fixturePath("leaf-cn-and-san.pem");
    d = diagnoseScan(dualTypeScan(), options);
    QCOMPARE(count(d.findings, QStringLiteral("cert.differs_from_file")), 1);
    verifyFinished(d.findings);
}

void TestFindingsPipeline::scanThatDidNotRun()
{
    Report r = dualTypeScan();
    r.outcome.errorKind = ErrorKind::Unreachable;
    QVERIFY(diagnoseScan(r, {}).findings.isEmpty());
    r.outcome.errorKind = ErrorKind::Cancelled;   // what a cancelled scan saw still counts
    QVERIFY(hasFinding(diagnoseScan(r, {}).findings, QStringLiteral("protocol.tls10_enabled")));
}

MAILTLS_TEST_MAIN(TestFindingsPipeline)
#include "test_findings_pipeline.moc"
