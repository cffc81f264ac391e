// The chain as served: order, missing and extra certificates, the root, and whether OpenSSL
// trusts it against a CA file at a given time. What a partner is told about it is judged in
// tests/core/diagnose/test_certificate_rules.cpp.

#include <QtTest>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include "base/limits.h"

#include "certificate_fixtures.h"
#include "x509/chain_analysis.h"
#include "x509/trust_store.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

QList<int> ints(std::initializer_list<int> values) { return QList<int>(values); }

// `count` CA certificates, each issued by the one before (0 is a self-signed root), all with
// one P-256 key: made in memory, as many as a test needs.
CertificateChain longChain(int count)
{
    CertificateChain out;
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key)
        return out;
    for (int i = 0; i < count; ++i) {
        X509 *x = X509_new();
        X509_set_version(x, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x), i + 1);
        X509_gmtime_adj(X509_getm_notBefore(x), -3600);
        X509_gmtime_adj(X509_getm_notAfter(x), 3600 * 24 * 30);
        X509_NAME *subject = X509_NAME_new();
        const QByteArray cn = "link " + QByteArray::number(i);
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
        X509_set_subject_name(x, subject);
        X509_set_issuer_name(x, i == 0 ? subject : X509_get_subject_name(out.last().handle()));
        X509_NAME_free(subject);
        X509_set_pubkey(x, key);
        X509_EXTENSION *bc = X509V3_EXT_conf_nid(nullptr, nullptr, NID_basic_constraints, "critical,CA:TRUE");
        X509_add_ext(x, bc, -1);
        X509_EXTENSION_free(bc);
        X509_sign(x, key, EVP_sha256());
        out << Certificate::fromX509(x);
        X509_free(x);
    }
    EVP_PKEY_free(key);
    return out;
}

} // namespace

class TestChainAnalysis : public QObject, private ChainFixtures
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(loadChainFixtures()); }

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

        // Unrelated certificate in between: extra, and the order is wrong too.
        const ChainAnalysis between = analyze({leaf_, other_, inter_});
        QCOMPARE(between.extraCertificates, ints({1}));
        QVERIFY(!between.orderCorrect);
        QCOMPARE(between.suggestedOrder, ints({0, 2}));

        // The same intermediate twice: the second copy is extra.
        const ChainAnalysis dup = analyze({leaf_, inter_, inter_});
        QCOMPARE(dup.extraCertificates, ints({2}));
        QVERIFY(dup.orderCorrect);
    }

    void emptyChain()
    {
        const ChainAnalysis a = analyze({});
        QVERIFY(a.empty);
        QVERIFY(!a.trusted);
        QVERIFY(a.suggestedOrder.isEmpty());
    }

    // --- trust -----------------------------------------------------------------------------

    void untrustedRoot()
    {
        Error error;
        const TrustStore otherFile = TrustStore::fromFile(fixturePath(QStringLiteral("other-root-ca.pem")), &error);
        const ChainAnalysis a = analyzeChain({leaf_, inter_, root_}, otherFile, now_);
        QVERIFY(!a.trusted);
        QCOMPARE(a.verifyCode, long(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN));
        QVERIFY(!a.intermediateMissing);
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

        // The same chain verified in 2000: the intermediate (from 2026) is what is not yet valid.
        const ChainAnalysis atThen = analyzeChain(served, rootFile_, QDateTime(QDate(2000, 6, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(atThen.verifyCode, long(X509_V_ERR_CERT_NOT_YET_VALID));
    }

    void notYetValidLeaf()
    {
        const ChainAnalysis a = analyze({future_, inter_});
        QCOMPARE(a.verifyCode, long(X509_V_ERR_CERT_NOT_YET_VALID));
    }

    // --- self-signed -------------------------------------------------------------------------

    void selfSignedLeaf()
    {
        const ChainAnalysis a = analyze({legacy_});
        QVERIFY(!a.trusted);
        QCOMPARE(a.verifyCode, long(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT));
        QVERIFY(!a.intermediateMissing);

        // Trusted on purpose (the partner pinned it in its CA file).
        const TrustStore pinned = TrustStore::fromCertificates({legacy_}, QStringLiteral("pinned"));
        const ChainAnalysis trusted = analyzeChain({legacy_}, pinned, now_);
        QVERIFY2(trusted.trusted, qPrintable(trusted.verifyMessage));
    }

    // --- the chain limit (base/limits.h) -----------------------------------------------------

    void chainsBeyondTheLimitAreCutNotWalked()
    {
        // Sent root first, leaf last: the slowest order for finding the leaf. 150 certificates,
        // of which the first kChainCertificates are analysed.
        CertificateChain chain = longChain(150);
        QCOMPARE(chain.size(), 150);
        const ChainAnalysis a = analyzeChainStructure(chain, {});
        QCOMPARE(a.certificatesNotAnalysed, 150 - limits::kChainCertificates);
        QCOMPARE(a.leafPosition, limits::kChainCertificates - 1);
        QCOMPARE(a.suggestedOrder.size(), limits::kChainCertificates);
        QVERIFY(!a.orderCorrect);
        QVERIFY(a.extraCertificates.isEmpty());

        // Within the limit nothing is left out.
        const ChainAnalysis whole = analyzeChainStructure(chain.mid(0, 20), {});
        QCOMPARE(whole.certificatesNotAnalysed, 0);
        QCOMPARE(whole.leafPosition, 19);
        QVERIFY(whole.rootIncluded);
    }
};

MAILTLS_TEST_MAIN(TestChainAnalysis)
#include "test_chain_analysis.moc"
