// The chain as served: order, missing and extra certificates, trust against a CA file, and
// the certificate findings derived from all of that.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/x509_vfy.h>

#include <memory>

#include "diagnose/certificate_rules.h"
#include "ossl/handles.h"
#include "x509/chain_analysis.h"
#include "x509/trust_store.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/") + name;
}

Certificate loadOne(const QString &name)
{
    QFile f(fixturePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return Certificate();
    const QList<Certificate> certs = Certificate::listFromPem(f.readAll());
    return certs.size() == 1 ? certs.first() : Certificate();
}

QList<int> ints(std::initializer_list<int> values) { return QList<int>(values); }

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

class TestChainAnalysis : public QObject
{
    Q_OBJECT

    Certificate root_, inter_, leaf_, other_, ecByRoot_, legacy_, weak_, expired_, future_;
    TrustStore rootFile_;
    QDateTime now_;

    ChainAnalysis analyze(const CertificateChain &served) const { return analyzeChain(served, rootFile_, now_); }
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
        root_ = loadOne(QStringLiteral("root-ca.pem"));
        inter_ = loadOne(QStringLiteral("intermediate-ca.pem"));
        leaf_ = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        other_ = loadOne(QStringLiteral("other-root-ca.pem"));
        ecByRoot_ = loadOne(QStringLiteral("leaf-ec-p256.pem"));
        legacy_ = loadOne(QStringLiteral("selfsigned-cn-only.pem"));
        weak_ = loadOne(QStringLiteral("leaf-rsa1024-sha1.pem"));
        expired_ = loadOne(QStringLiteral("leaf-expired.pem"));
        future_ = loadOne(QStringLiteral("leaf-not-yet-valid.pem"));
        for (const Certificate &c : {root_, inter_, leaf_, other_, ecByRoot_, legacy_, weak_, expired_, future_})
            QVERIFY(!c.isNull());
        Error error;
        rootFile_ = TrustStore::fromFile(fixturePath(QStringLiteral("root-ca.pem")), &error);
        QVERIFY2(rootFile_.isValid(), qPrintable(error.message));
        now_ = QDateTime::currentDateTimeUtc();
    }

    // --- structure -------------------------------------------------------------------------

    void correctOrder()
    {
        const ChainAnalysis a = analyze({leaf_, inter_});
        QVERIFY(!a.empty);
        QCOMPARE(a.leafPosition, 0);
        QVERIFY(a.orderCorrect);
        QVERIFY(a.orderProblem.isEmpty());
        QCOMPARE(a.suggestedOrder, ints({0, 1}));
        QVERIFY(!a.intermediateMissing);
        QVERIFY(a.extraCertificates.isEmpty());
        QVERIFY(!a.rootIncluded);
        QCOMPARE(a.rootPosition, -1);
        QVERIFY2(a.trusted, qPrintable(a.verifyMessage));
        QCOMPARE(a.verifyCode, long(X509_V_OK));
        QCOMPARE(a.verifyMessage, QStringLiteral("ok"));
        QCOMPARE(a.verifiedPath, CertificateChain({leaf_, inter_, root_}));

        const Findings f = findingsFor({leaf_, inter_});
        QVERIFY2(f.isEmpty(), qPrintable(ids(f).join(QLatin1Char(' '))));
    }

    void rootIncluded()
    {
        const ChainAnalysis a = analyze({leaf_, inter_, root_});
        QVERIFY(a.orderCorrect);
        QVERIFY(a.rootIncluded);
        QCOMPARE(a.rootPosition, 2);
        QVERIFY(a.extraCertificates.isEmpty());
        QVERIFY(!a.intermediateMissing);
        QVERIFY(a.trusted);
        // A served root is allowed; it is not a finding.
        QVERIFY(findingsFor({leaf_, inter_, root_}).isEmpty());
    }

    void reversedIssuers()
    {
        const CertificateChain served{leaf_, root_, inter_};
        const ChainAnalysis a = analyze(served);
        QVERIFY(!a.orderCorrect);
        QCOMPARE(a.leafPosition, 0);
        QCOMPARE(a.suggestedOrder, ints({0, 2, 1}));
        QVERIFY(a.orderProblem.contains(QStringLiteral("position 2 (CN=MailTLS Test Intermediate CA")));
        QVERIFY(a.orderProblem.contains(QStringLiteral("position 1")));
        QVERIFY(a.orderProblem.contains(QStringLiteral("0, 2, 1")));
        QVERIFY(a.rootIncluded);
        QCOMPARE(a.rootPosition, 1);
        QVERIFY(a.extraCertificates.isEmpty());
        QVERIFY(!a.intermediateMissing);
        QVERIFY(a.trusted); // OpenSSL sorts the chain itself

        const Findings f = findingsFor(served);
        QCOMPARE(ids(f), QStringList{QStringLiteral("chain.order_wrong")});
        QCOMPARE(f.first().severity, Severity::Low);
        QVERIFY(f.first().detail.contains(a.orderProblem));
        QVERIFY(f.first().evidence.contains(QStringLiteral("1: CN=MailTLS Test Root CA")));
        QVERIFY(!f.first().fixPostfix.isEmpty());
    }

    void leafNotFirst()
    {
        const CertificateChain served{inter_, leaf_};
        const ChainAnalysis a = analyze(served);
        QCOMPARE(a.leafPosition, 1);
        QVERIFY(!a.orderCorrect);
        QCOMPARE(a.suggestedOrder, ints({1, 0}));
        QVERIFY(a.orderProblem.contains(QStringLiteral("position 1 (CN=mail.example.org")));
        QVERIFY(a.orderProblem.contains(QStringLiteral("position 0 (CN=MailTLS Test Intermediate CA")));
        QVERIFY(a.extraCertificates.isEmpty());
        QVERIFY(!a.intermediateMissing);
        // A client takes position 0 as the server certificate: an intermediate is not one.
        QVERIFY(!a.trusted);

        const Findings f = findingsFor(served);
        QVERIFY(hasFinding(f, QStringLiteral("chain.order_wrong")));
        QVERIFY(hasFinding(f, QStringLiteral("cert.hostname_mismatch")));
        QVERIFY(!hasFinding(f, QStringLiteral("chain.extra_certificate")));

        // Fully reversed: root, intermediate, leaf.
        const ChainAnalysis r = analyze({root_, inter_, leaf_});
        QCOMPARE(r.leafPosition, 2);
        QCOMPARE(r.suggestedOrder, ints({2, 1, 0}));
        QVERIFY(r.rootIncluded);
        QCOMPARE(r.rootPosition, 0);
    }

    void missingIntermediate()
    {
        const ChainAnalysis a = analyze({leaf_});
        QVERIFY(a.orderCorrect);
        QVERIFY(a.intermediateMissing);
        QCOMPARE(a.missingIssuer, QStringLiteral("CN=MailTLS Test Intermediate CA,O=MailTLS Tests"));
        QCOMPARE(a.missingIssuer, inter_.subject());
        QVERIFY(!a.trusted);
        QCOMPARE(a.verifyCode, long(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY));
        QCOMPARE(a.verifyMessage, QStringLiteral("unable to get local issuer certificate"));

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

        // Issued straight by a trust anchor: nothing is missing.
        const ChainAnalysis direct = analyze({ecByRoot_});
        QVERIFY(!direct.intermediateMissing);
        QVERIFY(direct.missingIssuer.isEmpty());
        QVERIFY2(direct.trusted, qPrintable(direct.verifyMessage));

        // With a trust store that lacks the root, the intermediate's issuer is what is missing.
        Error error;
        const TrustStore otherFile = TrustStore::fromFile(fixturePath(QStringLiteral("other-root-ca.pem")), &error);
        QVERIFY(otherFile.isValid());
        const ChainAnalysis foreign = analyzeChain({leaf_, inter_}, otherFile, now_);
        QVERIFY(foreign.intermediateMissing);
        QCOMPARE(foreign.missingIssuer, root_.subject());
        QVERIFY(!foreign.trusted);
    }

    void structureIsPureAndUsesThePredicate()
    {
        int asked = 0;
        const ChainAnalysis anchored = analyzeChainStructure({leaf_}, [&](const Certificate &c) {
            ++asked;
            return c == leaf_;
        });
        QCOMPARE(asked, 1);
        QVERIFY(!anchored.intermediateMissing);
        QVERIFY(!anchored.trusted);   // no verification in the pure part

        const ChainAnalysis notAnchored = analyzeChainStructure({leaf_}, [](const Certificate &) { return false; });
        QVERIFY(notAnchored.intermediateMissing);
        const ChainAnalysis noPredicate = analyzeChainStructure({leaf_, inter_}, nullptr);
        QVERIFY(noPredicate.intermediateMissing);
        QCOMPARE(noPredicate.missingIssuer, root_.subject());

        // A self-signed top never counts as missing, whatever the predicate says.
        const ChainAnalysis selfSigned = analyzeChainStructure({legacy_}, [](const Certificate &) { return false; });
        QVERIFY(!selfSigned.intermediateMissing);
        QVERIFY(!selfSigned.rootIncluded);
    }

    void extraCertificates()
    {
        const ChainAnalysis a = analyze({leaf_, inter_, other_});
        QVERIFY(a.orderCorrect);
        QCOMPARE(a.extraCertificates, ints({2}));
        QCOMPARE(a.suggestedOrder, ints({0, 1}));
        QVERIFY(!a.rootIncluded);
        QVERIFY(a.trusted);
        const Findings f = findingsFor({leaf_, inter_, other_});
        QCOMPARE(ids(f), QStringList{QStringLiteral("chain.extra_certificate")});
        QCOMPARE(f.first().severity, Severity::Low);
        QVERIFY(f.first().evidence.startsWith(QStringLiteral("certificate 2 subject CN=Unrelated Root CA")));

        // Unrelated certificate in between: extra, and the order is wrong too.
        const ChainAnalysis between = analyze({leaf_, other_, inter_});
        QCOMPARE(between.extraCertificates, ints({1}));
        QVERIFY(!between.orderCorrect);
        QCOMPARE(between.suggestedOrder, ints({0, 2}));

        // The same intermediate twice: the second copy is extra, named as a duplicate.
        const CertificateChain twice{leaf_, inter_, inter_};
        const ChainAnalysis dup = analyze(twice);
        QCOMPARE(dup.extraCertificates, ints({2}));
        QVERIFY(dup.orderCorrect);
        const Finding *extra = findFinding(findingsFor(twice), QStringLiteral("chain.extra_certificate"));
        QVERIFY(extra);
        QVERIFY(extra->detail.contains(QStringLiteral("duplicate of certificate 1")));
    }

    void emptyChain()
    {
        const ChainAnalysis a = analyze({});
        QVERIFY(a.empty);
        QVERIFY(!a.trusted);
        QVERIFY(a.suggestedOrder.isEmpty());
        QVERIFY(certificateFindings({}, a, CertificateCheckOptions()).isEmpty());
    }

    // --- trust -----------------------------------------------------------------------------

    void trustStoreFromFile()
    {
        QCOMPARE(rootFile_.anchors().size(), 1);
        QVERIFY(rootFile_.anchors().first() == root_);
        QCOMPARE(rootFile_.description(), QStringLiteral("CA file ") + fixturePath(QStringLiteral("root-ca.pem")));
        mailtls::core::ossl::X509StorePtr store(rootFile_.createStore());
        QVERIFY(store);

        Error error;
        const TrustStore missing = TrustStore::fromFile(QStringLiteral("/nonexistent/ca.pem"), &error);
        QVERIFY(!missing.isValid());
        QVERIFY(error.message.contains(QStringLiteral("/nonexistent/ca.pem")));
        QVERIFY(error.message.contains(QStringLiteral("no such file")));
        QVERIFY(!missing.createStore());

        QTemporaryDir dir;
        const QString garbagePath = dir.filePath(QStringLiteral("garbage.pem"));
        QFile garbage(garbagePath);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        garbage.close();
        error = Error();
        const TrustStore bad = TrustStore::fromFile(garbagePath, &error);
        QVERIFY(!bad.isValid());
        QVERIFY(error.message.contains(QStringLiteral("no PEM certificate")));

        // Verifying against an invalid store is an answer, not a crash.
        const ChainAnalysis a = analyzeChain({leaf_, inter_}, bad, now_);
        QVERIFY(!a.trusted);
        QVERIFY(a.verifyMessage.contains(QStringLiteral("no usable trust store")));

        // A bundle file: every certificate is an anchor.
        const QString bundlePath = dir.filePath(QStringLiteral("bundle.pem"));
        QFile bundle(bundlePath);
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(other_.toPem() + root_.toPem());
        bundle.close();
        const TrustStore both = TrustStore::fromFile(bundlePath, &error);
        QCOMPARE(both.anchors().size(), 2);
        QVERIFY(analyzeChain({leaf_, inter_}, both, now_).trusted);
    }

    void untrustedRoot()
    {
        Error error;
        const TrustStore otherFile = TrustStore::fromFile(fixturePath(QStringLiteral("other-root-ca.pem")), &error);
        const CertificateChain served{leaf_, inter_, root_};
        const ChainAnalysis a = analyzeChain(served, otherFile, now_);
        QVERIFY(!a.trusted);
        QCOMPARE(a.verifyCode, long(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN));
        QVERIFY(!a.intermediateMissing);
        CertificateCheckOptions options;
        options.servername = QStringLiteral("mail.example.org");
        options.now = now_;
        const Findings f = certificateFindings(served, a, options);
        QCOMPARE(ids(f), QStringList{QStringLiteral("cert.untrusted")});
        QVERIFY(f.first().evidence.contains(QStringLiteral("verify error 19")));
    }

    void systemStore()
    {
        const TrustStore system = TrustStore::systemDefault();
        QVERIFY(system.isValid());
        QVERIFY(system.description().startsWith(QStringLiteral("system trust store (")));
        mailtls::core::ossl::X509StorePtr store(system.createStore());
        QVERIFY(store);
        // Our private test root is in no system store.
        const ChainAnalysis a = analyzeChain({leaf_, inter_}, system, now_);
        QVERIFY(!a.trusted);
    }

    // --- dates -----------------------------------------------------------------------------

    void expiredLeaf()
    {
        const CertificateChain served{expired_, inter_};
        const ChainAnalysis a = analyze(served);
        QVERIFY(a.orderCorrect);
        QVERIFY(!a.intermediateMissing);
        QVERIFY(!a.trusted);
        QCOMPARE(a.verifyCode, long(X509_V_ERR_CERT_HAS_EXPIRED));
        QCOMPARE(a.verifyMessage, QStringLiteral("certificate has expired"));

        const Findings f = findingsFor(served, QStringLiteral("dated.example.org"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("cert.expired")});
        QCOMPARE(f.first().severity, Severity::High);
        QCOMPARE(f.first().evidence, QStringLiteral("certificate 0 notAfter 2001-01-01 00:00:00 UTC"));
        QVERIFY(f.first().title.contains(QStringLiteral("2001-01-01")));

        // The same chain judged in 2000 is fine.
        CertificateCheckOptions then;
        then.servername = QStringLiteral("dated.example.org");
        then.now = QDateTime(QDate(2000, 6, 1), QTime(12, 0), Qt::UTC);
        const ChainAnalysis atThen = analyzeChain(served, rootFile_, then.now);
        QCOMPARE(atThen.verifyCode, long(X509_V_ERR_CERT_NOT_YET_VALID)); // the intermediate is from 2026
        const Findings thenFindings = certificateFindings(served, atThen, then);
        QVERIFY(!hasFinding(thenFindings, QStringLiteral("cert.expired")));
        QVERIFY(!hasFinding(thenFindings, QStringLiteral("cert.untrusted")));
        const Finding *early = findFinding(thenFindings, QStringLiteral("cert.not_yet_valid"));
        QVERIFY(early);
        QVERIFY(early->evidence.startsWith(QStringLiteral("certificate 1 notBefore")));
    }

    void notYetValidLeaf()
    {
        const CertificateChain served{future_, inter_};
        const ChainAnalysis a = analyze(served);
        QCOMPARE(a.verifyCode, long(X509_V_ERR_CERT_NOT_YET_VALID));
        const Findings f = findingsFor(served, QStringLiteral("dated.example.org"));
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
        const ChainAnalysis a = analyze({legacy_});
        QVERIFY(!a.trusted);
        QCOMPARE(a.verifyCode, long(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT));
        QVERIFY(!a.intermediateMissing);

        const Findings f = findingsFor({legacy_}, QStringLiteral("legacy.example.org"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("cert.self_signed")});
        QVERIFY(f.first().severity >= Severity::Medium);
        QVERIFY(f.first().evidence.contains(QStringLiteral("certificate 0")));

        // Trusted on purpose (the partner pinned it in its CA file): no self-signed finding.
        const TrustStore pinned = TrustStore::fromCertificates({legacy_}, QStringLiteral("pinned"));
        const ChainAnalysis trusted = analyzeChain({legacy_}, pinned, now_);
        QVERIFY2(trusted.trusted, qPrintable(trusted.verifyMessage));
        CertificateCheckOptions options;
        options.now = now_;
        QVERIFY(certificateFindings({legacy_}, trusted, options).isEmpty());
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
};

MAILTLS_TEST_MAIN(TestChainAnalysis)
#include "test_chain_analysis.moc"
