// What a partner is told about a served chain: order, missing and extra certificates, trust,
// dates, the name, weak keys and signatures, and the inspect-only findings
// (chain.root_included, key.mismatch, cert.differs_from_file). The analysis these judge is
// tested in tests/core/x509/test_chain_analysis.cpp.

#include <QTemporaryDir>
#include <QtTest>

#include "../x509/certificate_fixtures.h"
#include "diagnose/advice.h"
#include "diagnose/certificate_rules.h"
#include "x509/certificate_loader.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

int countFindings(const Findings &findings, const QString &id)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.id == id ? 1 : 0;
    return n;
}

QStringList ids(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.id;
    return out;
}

} // namespace

class TestCertificateRules : public QObject, private ChainFixtures
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString path(const QString &name) const { return dir_.filePath(name); }

    Findings findingsFor(const CertificateChain &served, const QString &servername = QStringLiteral("mail.example.org")) const
    {
        CertificateCheckOptions options;
        options.servername = servername;
        options.now = now_;
        return certificateFindings(served, analyze(served), options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(loadChainFixtures());
        QVERIFY(dir_.isValid());
        // A self-signed RSA server certificate with its key, and an EC key of no certificate.
        QVERIFY(runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                            QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=mail.test.example"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=DNS:mail.test.example")},
                           dir_.path()));
        QVERIFY(runOpenssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), QStringLiteral("other-key.pem")},
                           dir_.path()));
        // Bundles from the fixtures: right order, reversed, with root.
        QVERIFY(writeAll(path(QStringLiteral("chain.pem")), leaf_.toPem() + inter_.toPem()));
        QVERIFY(writeAll(path(QStringLiteral("reversed.pem")), inter_.toPem() + leaf_.toPem()));
        QVERIFY(writeAll(path(QStringLiteral("withroot.pem")), leaf_.toPem() + inter_.toPem() + root_.toPem()));
    }

    // --- structure -------------------------------------------------------------------------

    void correctOrder()
    {
        const Findings f = findingsFor({leaf_, inter_});
        QVERIFY2(f.isEmpty(), qPrintable(ids(f).join(QLatin1Char(' '))));
    }

    void rootIncluded()
    {
        // A served root is allowed; it is not a finding.
        QVERIFY(findingsFor({leaf_, inter_, root_}).isEmpty());
    }

    void reversedIssuers()
    {
        const CertificateChain served{leaf_, root_, inter_};
        const Findings f = findingsFor(served);
        QCOMPARE(ids(f), QStringList{QStringLiteral("chain.order_wrong")});
        QCOMPARE(f.first().severity, Severity::Low);
        QVERIFY(f.first().detail.contains(analyze(served).orderProblem));
        QVERIFY(f.first().evidence.contains(QStringLiteral("1: CN=MailTLS Test Root CA")));
        Finding advised = f.first();   // rules state facts; advice words the fix
        applyAdvice(&advised);
        QVERIFY(!advised.fixPostfix.isEmpty());
    }

    void leafNotFirst()
    {
        const Findings f = findingsFor({inter_, leaf_});
        QVERIFY(hasFinding(f, QStringLiteral("chain.order_wrong")));
        QVERIFY(hasFinding(f, QStringLiteral("cert.hostname_mismatch")));
        QVERIFY(!hasFinding(f, QStringLiteral("chain.extra_certificate")));
    }

    void missingIntermediate()
    {
        const Findings f = findingsFor({leaf_});
        const Finding *missing = findFinding(f, QStringLiteral("chain.intermediate_missing"));
        QVERIFY(missing);
        QVERIFY(missing->severity >= Severity::Medium);
        QVERIFY(missing->evidence.contains(QStringLiteral("certificate 0 issuer CN=MailTLS Test Intermediate CA")));
        QVERIFY(missing->detail.contains(QStringLiteral("CN=MailTLS Test Intermediate CA")));
        const Finding *untrusted = findFinding(f, QStringLiteral("cert.untrusted"));
        QVERIFY(untrusted);
        QVERIFY(untrusted->detail.contains(QStringLiteral("unable to get local issuer certificate")));
        QVERIFY(!hasFinding(f, QStringLiteral("cert.self_signed")));
    }

    // Leaf and intermediate served, the root not given to the check: from outside this is a
    // complete chain to a private root or one missing a second intermediate. The finding says
    // both and how to tell them apart; it does not claim one.
    void completeChainToAnUnknownRoot()
    {
        Error error;
        const TrustStore otherFile = TrustStore::fromFile(fixturePath(QStringLiteral("other-root-ca.pem")), &error);
        const CertificateChain served{leaf_, inter_};
        CertificateCheckOptions options;
        options.servername = QStringLiteral("mail.example.org");
        options.now = now_;
        const Findings f = certificateFindings(served, analyzeChain(served, otherFile, now_), options);
        const Finding *missing = findFinding(f, QStringLiteral("chain.intermediate_missing"));
        QVERIFY(missing);
        QCOMPARE(missing->title, QStringLiteral("The chain ends at an issuer that is neither sent nor trusted"));
        QVERIFY(missing->detail.contains(QLatin1String("private root")));
        QVERIFY(missing->detail.contains(QLatin1String("--ca-file")));
        QVERIFY(missing->detail.contains(QLatin1String("further intermediate")));
        QVERIFY(missing->evidence.contains(QLatin1String("CA certificate")));
        Finding advised = *missing;
        applyAdvice(&advised);
        QVERIFY2(advised.fixPostfix.contains(QLatin1String("private root")), qPrintable(advised.fixPostfix));
        // With the right root, nothing is missing at all.
        const TrustStore rootFile = TrustStore::fromFile(fixturePath(QStringLiteral("root-ca.pem")), &error);
        QVERIFY(!hasFinding(certificateFindings(served, analyzeChain(served, rootFile, now_), options),
                            QStringLiteral("chain.intermediate_missing")));
    }

    void extraCertificates()
    {
        const Findings f = findingsFor({leaf_, inter_, other_});
        QCOMPARE(ids(f), QStringList{QStringLiteral("chain.extra_certificate")});
        QCOMPARE(f.first().severity, Severity::Low);
        QVERIFY(f.first().evidence.startsWith(QStringLiteral("certificate 2 subject CN=Unrelated Root CA")));

        // The same intermediate twice: the second copy is extra, named as a duplicate.
        const Finding *extra = findFinding(findingsFor({leaf_, inter_, inter_}), QStringLiteral("chain.extra_certificate"));
        QVERIFY(extra);
        QVERIFY(extra->detail.contains(QStringLiteral("duplicate of certificate 1")));
    }

    void emptyChain()
    {
        QVERIFY(certificateFindings({}, analyze({}), CertificateCheckOptions()).isEmpty());
    }

    // --- trust -----------------------------------------------------------------------------

    void untrustedRoot()
    {
        Error error;
        const TrustStore otherFile = TrustStore::fromFile(fixturePath(QStringLiteral("other-root-ca.pem")), &error);
        const CertificateChain served{leaf_, inter_, root_};
        CertificateCheckOptions options;
        options.servername = QStringLiteral("mail.example.org");
        options.now = now_;
        const Findings f = certificateFindings(served, analyzeChain(served, otherFile, now_), options);
        QCOMPARE(ids(f), QStringList{QStringLiteral("cert.untrusted")});
        QVERIFY(f.first().evidence.contains(QStringLiteral("verify error 19")));
    }

    // --- dates -----------------------------------------------------------------------------

    void expiredLeaf()
    {
        const CertificateChain served{expired_, inter_};
        const Findings f = findingsFor(served, QStringLiteral("dated.example.org"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("cert.expired")});
        QCOMPARE(f.first().severity, Severity::High);
        QCOMPARE(f.first().evidence, QStringLiteral("certificate 0 notAfter 2001-01-01 00:00:00 UTC"));
        QVERIFY(f.first().title.contains(QStringLiteral("2001-01-01")));

        // The same chain judged in 2000 is fine.
        CertificateCheckOptions then;
        then.servername = QStringLiteral("dated.example.org");
        then.now = QDateTime(QDate(2000, 6, 1), QTime(12, 0), Qt::UTC);
        const Findings thenFindings = certificateFindings(served, analyzeChain(served, rootFile_, then.now), then);
        QVERIFY(!hasFinding(thenFindings, QStringLiteral("cert.expired")));
        QVERIFY(!hasFinding(thenFindings, QStringLiteral("cert.untrusted")));
        const Finding *early = findFinding(thenFindings, QStringLiteral("cert.not_yet_valid"));
        QVERIFY(early);
        QVERIFY(early->evidence.startsWith(QStringLiteral("certificate 1 notBefore")));
    }

    void notYetValidLeaf()
    {
        const Findings f = findingsFor({future_, inter_}, QStringLiteral("dated.example.org"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("cert.not_yet_valid")});
        QCOMPARE(f.first().evidence, QStringLiteral("certificate 0 notBefore 2200-01-01 00:00:00 UTC"));
    }

    void expiresSoon()
    {
        const CertificateChain served{leaf_, inter_};
        CertificateCheckOptions options;
        options.servername = QStringLiteral("mail.example.org");
        options.now = leaf_.notAfter().addDays(-10).addSecs(-60);
        const ChainAnalysis a = analyzeChain(served, rootFile_, options.now);
        const Findings f = certificateFindings(served, a, options);
        const Finding *soon = findFinding(f, QStringLiteral("cert.expires_soon"));
        QVERIFY(soon);
        QCOMPARE(soon->severity, Severity::Low);
        QVERIFY(soon->title.contains(QStringLiteral("10 day")));
        QVERIFY(soon->evidence.startsWith(QStringLiteral("certificate 0 notAfter ")));
        QVERIFY(!hasFinding(f, QStringLiteral("cert.expired")));

        options.now = leaf_.notAfter().addDays(-3);
        const Findings urgent = certificateFindings(served, analyzeChain(served, rootFile_, options.now), options);
        QCOMPARE(findFinding(urgent, QStringLiteral("cert.expires_soon"))->severity, Severity::Medium);

        options.now = leaf_.notAfter().addDays(-40);
        QVERIFY(!hasFinding(certificateFindings(served, analyzeChain(served, rootFile_, options.now), options),
                            QStringLiteral("cert.expires_soon")));
        options.warnDays = 60;
        QVERIFY(hasFinding(certificateFindings(served, analyzeChain(served, rootFile_, options.now), options),
                           QStringLiteral("cert.expires_soon")));
    }

    // --- other certificate findings ----------------------------------------------------------

    void selfSignedLeaf()
    {
        const Findings f = findingsFor({legacy_}, QStringLiteral("legacy.example.org"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("cert.self_signed")});
        QVERIFY(f.first().severity >= Severity::Medium);
        QVERIFY(f.first().evidence.contains(QStringLiteral("certificate 0")));

        // Trusted on purpose (the partner pinned it in its CA file): no self-signed finding.
        const TrustStore pinned = TrustStore::fromCertificates({legacy_}, QStringLiteral("pinned"));
        CertificateCheckOptions options;
        options.now = now_;
        QVERIFY(certificateFindings({legacy_}, analyzeChain({legacy_}, pinned, now_), options).isEmpty());
    }

    void hostnameMismatch()
    {
        const Findings f = findingsFor({leaf_, inter_}, QStringLiteral("smtp.example.net"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("cert.hostname_mismatch")});
        QVERIFY(f.first().title.contains(QStringLiteral("smtp.example.net")));
        QVERIFY(f.first().detail.contains(QStringLiteral("DNS:mail.example.org, DNS:*.mx.example.org")));
        QVERIFY(f.first().evidence.startsWith(QStringLiteral("certificate 0 names: DNS:mail.example.org")));

        QVERIFY(findingsFor({leaf_, inter_}, QStringLiteral("in.mx.example.org")).isEmpty());
        QVERIFY(findingsFor({leaf_, inter_}, QStringLiteral("127.0.0.1")).isEmpty());
        QVERIFY(findingsFor({leaf_, inter_}, QString()).isEmpty());

        const Findings legacy = findingsFor({legacy_}, QStringLiteral("mail.example.org"));
        const Finding *cn = findFinding(legacy, QStringLiteral("cert.hostname_mismatch"));
        QVERIFY(cn);
        QVERIFY(cn->detail.contains(QStringLiteral("common name")));
        QVERIFY(cn->evidence.contains(QStringLiteral("CN=legacy.example.org")));
    }

    void weakKeyAndSignature()
    {
        const CertificateChain served{weak_, inter_};
        const Findings f = findingsFor(served, QStringLiteral("weak.example.org"));
        QCOMPARE(countFindings(f, QStringLiteral("cert.key_weak")), 1);
        QCOMPARE(countFindings(f, QStringLiteral("cert.signature_weak")), 1);
        const Finding *key = findFinding(f, QStringLiteral("cert.key_weak"));
        QCOMPARE(key->evidence, QStringLiteral("certificate 0 key RSA 1024"));
        QCOMPARE(key->severity, Severity::Medium);
        const Finding *sig = findFinding(f, QStringLiteral("cert.signature_weak"));
        QCOMPARE(sig->evidence, QStringLiteral("certificate 0 signatureAlgorithm sha1WithRSAEncryption"));
        QVERIFY(sig->title.contains(QStringLiteral("SHA1")));

        // Strong keys of every kind give no key finding.
        for (const Certificate &c : {leaf_, ecByRoot_, root_, loadOne(QStringLiteral("selfsigned-ed25519.pem"))}) {
            CertificateCheckOptions options;
            options.now = now_;
            const Findings none = certificateFindings({c}, analyze({c}), options);
            QVERIFY2(!hasFinding(none, QStringLiteral("cert.key_weak")), qPrintable(c.subject()));
            QVERIFY2(!hasFinding(none, QStringLiteral("cert.signature_weak")), qPrintable(c.subject()));
        }
    }

    // --- inspecting files -------------------------------------------------------------------

    void keyMismatch()
    {
        const CertificateLoadResult r = loadCertificateFiles({path(QStringLiteral("cert.pem")), path(QStringLiteral("other-key.pem"))});
        QVERIFY(r.ok());
        const ChainAnalysis analysis = analyzeChainStructure(r.certificates, {});
        const Findings findings = privateKeyFindings(r.certificates, analysis, r.keys);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("key.mismatch"));
        QCOMPARE(findings.first().severity, Severity::High);
        QVERIFY(findings.first().evidence.contains(r.keys.first().publicKeySha256));
        QVERIFY(findings.first().evidence.contains(r.certificates.first().publicKeySha256()));
        // Both keys spelled as everywhere else.
        QVERIFY2(findings.first().evidence.contains(QStringLiteral("key from %1: EC 256 (prime256v1)").arg(path(QStringLiteral("other-key.pem")))),
                 qPrintable(findings.first().evidence));
        QVERIFY(findings.first().evidence.contains(QStringLiteral("certificate 0 key: RSA 2048")));

        // The matching key: no finding.
        const CertificateLoadResult good = loadCertificateFiles({path(QStringLiteral("cert.pem")), path(QStringLiteral("key.pem"))});
        QVERIFY(privateKeyFindings(good.certificates, analysis, good.keys).isEmpty());
        // No key at all: nothing to say.
        QVERIFY(privateKeyFindings(good.certificates, analysis, {}).isEmpty());
    }

    void rootIncludedIsInfo()
    {
        const CertificateLoadResult r = loadCertificateFiles({path(QStringLiteral("withroot.pem"))});
        const ChainAnalysis analysis = analyzeChainStructure(r.certificates, {});
        const Findings findings = chainInfoFindings(r.certificates, analysis);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("chain.root_included"));
        QCOMPARE(findings.first().severity, Severity::Info);
        const CertificateLoadResult chain = loadCertificateFiles({path(QStringLiteral("chain.pem"))});
        QVERIFY(chainInfoFindings(chain.certificates, analyzeChainStructure(chain.certificates, {})).isEmpty());
    }

    void differsFromFile()
    {
        const CertificateChain served = loadCertificateFiles({path(QStringLiteral("chain.pem"))}).certificates;
        const CertificateChain same = loadCertificateFiles({fixturePath(QStringLiteral("leaf-rsa2048.pem"))}).certificates;
        const CertificateChain other = loadCertificateFiles({path(QStringLiteral("cert.pem"))}).certificates;
        QVERIFY(expectedCertificateFindings(served, same, QStringLiteral("leaf.pem")).isEmpty());
        // The file's leaf counts even when the file is a misordered bundle.
        const CertificateChain reversed = loadCertificateFiles({path(QStringLiteral("reversed.pem"))}).certificates;
        QVERIFY(expectedCertificateFindings(served, reversed, QStringLiteral("reversed.pem")).isEmpty());

        const Findings findings = expectedCertificateFindings(served, other, QStringLiteral("/etc/exim4/new.pem"));
        QCOMPARE(findings.size(), 1);
        const Finding &f = findings.first();
        QCOMPARE(f.id, QStringLiteral("cert.differs_from_file"));
        QVERIFY(f.detail.contains(served.first().sha256Fingerprint()));
        QVERIFY(f.detail.contains(other.first().sha256Fingerprint()));
        QVERIFY(f.evidence.contains(served.first().sha256Fingerprint()));
        QVERIFY(f.evidence.contains(other.first().sha256Fingerprint()));
        QVERIFY(f.evidence.contains(served.first().notAfter().toString(QStringLiteral("yyyy-MM-dd"))));
        QVERIFY(f.evidence.contains(other.first().notAfter().toString(QStringLiteral("yyyy-MM-dd"))));
        QVERIFY(f.title.contains(QStringLiteral("/etc/exim4/new.pem")));
        QVERIFY(expectedCertificateFindings({}, other, QStringLiteral("x")).isEmpty());
    }
};

MAILTLS_TEST_MAIN(TestCertificateRules)
#include "test_certificate_rules.moc"
