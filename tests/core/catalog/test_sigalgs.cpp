// Signature scheme names: every spelling OpenSSL and GnuTLS use maps to one canonical name, and
// each scheme names the certificate key type it needs.
#include <QTest>

#include "catalog/sigalgs.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestSigalgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigalgNames();
};

void TestSigalgs::sigalgNames()
{
    QCOMPARE(canonicalSigalg(QStringLiteral("RSA+SHA256")), QStringLiteral("rsa_pkcs1_sha256"));
    QCOMPARE(canonicalSigalg(QStringLiteral("SIGN-RSA-PSS-RSAE-SHA384")), QStringLiteral("rsa_pss_rsae_sha384"));
    QCOMPARE(canonicalSigalg(QStringLiteral("ECDSA+SHA256")), QStringLiteral("ecdsa_secp256r1_sha256"));
    QCOMPARE(sigalgCertificateType(QStringLiteral("rsa_pss_rsae_sha256")), QStringLiteral("RSA"));
    QCOMPARE(sigalgCertificateType(QStringLiteral("ed25519")), QStringLiteral("Ed25519"));
    QVERIFY(canonicalSigalg(QStringLiteral("FOO+BAR")).isEmpty());
}

MAILTLS_TEST_MAIN(TestSigalgs)
#include "test_sigalgs.moc"
