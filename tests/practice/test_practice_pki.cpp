// The practice server's building blocks without a network: the personality table, the
// throwaway certificates (each one shaped for the finding it should cause) and the TLS context
// of every personality.

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <openssl/ssl.h>

#include "practice/practice_personality.h"
#include "practice/practice_pki.h"
#include "practice/practice_tls_context.h"
#include "x509/chain_analysis.h"
#include "x509/hostname.h"
#include "x509/trust_store.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestPracticePki : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personalities();
    void certificates();
    void sharedAndRemoved();
    void contexts();
};

void TestPracticePki::personalities()
{
    const QStringList names = practicePersonalityNames();
    const QStringList wanted{QStringLiteral("modern"), QStringLiteral("legacy-tls10"), QStringLiteral("ecdsa-only"),
                             QStringLiteral("weak-dh"), QStringLiteral("self-signed"), QStringLiteral("misordered-chain"),
                             QStringLiteral("no-starttls"), QStringLiteral("client-cert-required"),
                             QStringLiteral("auth-before-tls"), QStringLiteral("expired"),
                             QStringLiteral("starttls-injection"), QStringLiteral("starttls-response-injection")};
    QCOMPARE(names, wanted);
    QCOMPARE(findPracticePersonality(QStringLiteral(" Weak-DH "))->name, QStringLiteral("weak-dh"));
    QVERIFY(!findPracticePersonality(QStringLiteral("weak")));
    QVERIFY(!findPracticePersonality(QString()));
    QVERIFY(practicePersonalities().first().expectedFindings.isEmpty());
    for (const PracticePersonality &p : practicePersonalities()) {
        QVERIFY(qstrlen(p.summary) > 10);
        for (const QString &id : p.scanFindings)
            QVERIFY2(p.expectedFindings.contains(id), qPrintable(p.name + QLatin1Char(' ') + id));
    }
    QVERIFY(!findPracticePersonality(QStringLiteral("no-starttls"))->offersStarttls);
    QVERIFY(findPracticePersonality(QStringLiteral("auth-before-tls"))->authBeforeTls);
    QVERIFY(findPracticePersonality(QStringLiteral("client-cert-required"))->requiresClientCertificate);
    QVERIFY(findPracticePersonality(QStringLiteral("starttls-injection"))->keepsCleartextAfterStarttls);
    QVERIFY(findPracticePersonality(QStringLiteral("starttls-response-injection"))->sendsAfter220);
}

void TestPracticePki::certificates()
{
    QString error;
    const std::shared_ptr<const PracticePki> pki = PracticePki::shared(&error);
    QVERIFY2(pki, qPrintable(error));
    qInfo("practice certificates made in %lld ms", pki->generationMs());

    Error trustError;
    const TrustStore trust = TrustStore::fromFile(pki->caFile(), &trustError);
    QVERIFY2(!trustError.isError(), qPrintable(trustError.message));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto served = [](const PracticeIdentity &id) { return CertificateChain{id.certificate} + id.chain; };

    // The good chains verify for 127.0.0.1, ::1 and localhost, in order, without the root.
    for (const PracticeIdentity *id : {&pki->rsaLeaf(), &pki->ecdsaLeaf()}) {
        const ChainAnalysis a = analyzeChain(served(*id), trust, now);
        QVERIFY2(a.trusted, qPrintable(a.verifyMessage));
        QVERIFY(a.orderCorrect && !a.rootIncluded && a.extraCertificates.isEmpty());
        for (const char *name : {"127.0.0.1", "::1", "localhost"})
            QVERIFY2(checkHostname(id->certificate, QString::fromLatin1(name)).matched, name);
        QVERIFY(id->key.matches(id->certificate));
    }
    QCOMPARE(pki->rsaLeaf().certificate.key().type, QStringLiteral("RSA"));
    QCOMPARE(pki->ecdsaLeaf().certificate.key().type, QStringLiteral("EC"));
    QVERIFY(pki->rsaLeaf().certificate.notAfter() > now.addDays(60));   // no cert.expires_soon

    const ChainAnalysis expired = analyzeChain(served(pki->expiredLeaf()), trust, now);
    QVERIFY(!expired.trusted && pki->expiredLeaf().certificate.notAfter() < now);

    const ChainAnalysis self = analyzeChain(served(pki->selfSignedLeaf()), trust, now);
    QVERIFY(pki->selfSignedLeaf().certificate.isSelfSigned() && !self.trusted);

    // The misordered chain: trusted once sorted, but sent as leaf, Intermediate, Issuing.
    const ChainAnalysis misordered = analyzeChain(served(pki->misorderedLeaf()), trust, now);
    QVERIFY(!misordered.orderCorrect);
    QCOMPARE(misordered.suggestedOrder, (QList<int>{0, 2, 1}));
    QVERIFY2(misordered.trusted, qPrintable(misordered.verifyMessage));
    QVERIFY(!misordered.intermediateMissing);

    // Files: the CA to trust, the client pair, nothing readable by others.
    QVERIFY(QFileInfo(pki->dir()).isDir());
    QCOMPARE(QFileInfo(pki->dir()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QCOMPARE(QFileInfo(pki->clientKeyFile()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(QFileInfo(pki->clientCertFile()).size() > 0);
}

void TestPracticePki::sharedAndRemoved()
{
    QString error;
    std::shared_ptr<const PracticePki> first = PracticePki::shared(&error);
    QVERIFY(first);
    std::shared_ptr<const PracticePki> second = PracticePki::shared(&error);
    QCOMPARE(first.get(), second.get());   // made once while held
    const QString dir = first->dir();
    first.reset();
    QVERIFY(QFileInfo::exists(dir));
    second.reset();
    QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));   // removed with the last holder
}

void TestPracticePki::contexts()
{
    QString error;
    const std::shared_ptr<const PracticePki> pki = PracticePki::shared(&error);
    QVERIFY(pki);
    for (const PracticePersonality &p : practicePersonalities()) {
        ossl::SslCtxPtr ctx = makePracticeTlsContext(p, *pki, &error);
        QVERIFY2(ctx, qPrintable(p.name + QStringLiteral(": ") + error));
        const PracticeTlsProfile profile = practiceTlsProfile(p);
        const int min = SSL_CTX_get_min_proto_version(ctx.get());
        const int max = SSL_CTX_get_max_proto_version(ctx.get());
        if (p.name == QLatin1String("legacy-tls10")) {
            QCOMPARE(min, TLS1_VERSION);
            QCOMPARE(max, TLS1_VERSION);
            QCOMPARE(SSL_CTX_get_security_level(ctx.get()), 0);
        } else if (p.name == QLatin1String("weak-dh")) {
            QCOMPARE(max, TLS1_2_VERSION);
            QCOMPARE(profile.dhPrimeBits, 1024);
        } else {
            QCOMPARE(min, TLS1_2_VERSION);
            QCOMPARE(max, TLS1_3_VERSION);
        }
        QCOMPARE(SSL_CTX_get_verify_mode(ctx.get()) != SSL_VERIFY_NONE, p.requiresClientCertificate);
        QCOMPARE(profile.keyTypes.contains(QStringLiteral("ECDSA")), p.name == QLatin1String("modern") || p.name == QLatin1String("ecdsa-only"));
    }
}

MAILTLS_TEST_MAIN(TestPracticePki)
#include "test_practice_pki.moc"
