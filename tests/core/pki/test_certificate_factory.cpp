// Certificates as the factory builds them, checked with the `openssl` command: the extensions
// a mail server needs, signatures that verify, random serials, and the SAN a server needs.

#include <QtTest>

#include "pki/certificate_factory.h"
#include "pki_test_support.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestCertificateFactory : public QObject, private PkiTestDir
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void selfSignedRsaServer();
    void selfSignedEd25519HasNoDigest();
    void serverCertificateNeedsSan();
};

void TestCertificateFactory::init()
{
    QVERIFY(freshDir());
}

void TestCertificateFactory::selfSignedRsaServer()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::Rsa2048, &error);
    CertificateSpec spec;
    spec.subject = subject(QStringLiteral("O=Example GmbH,CN=mail.example.org"));
    spec.altNames = sans(QStringLiteral("DNS:mail.example.org,IP:192.0.2.25,IP:2001:db8::25"));
    spec.days = 90;
    const Certificate cert = CertificateFactory::selfSigned(key, spec, &error);
    QVERIFY2(!cert.isNull(), qPrintable(error.message));
    const QString file = write(QStringLiteral("cert.pem"), cert.toPem());

    const Run text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), file, QStringLiteral("-noout"), QStringLiteral("-text")});
    QCOMPARE(text.exitCode, 0);
    for (const char *expected : {"DNS:mail.example.org", "IP Address:192.0.2.25", "IP Address:2001:DB8:0:0:0:0:0:25",
                                 "TLS Web Server Authentication", "Digital Signature, Key Encipherment",
                                 "X509v3 Basic Constraints: critical", "CA:FALSE", "X509v3 Subject Key Identifier",
                                 "X509v3 Authority Key Identifier", "sha256WithRSAEncryption", "Version: 3 (0x2)"})
        QVERIFY2(text.output.contains(QLatin1String(expected)), expected);
    QVERIFY(!text.output.contains(QLatin1String("TLS Web Client Authentication")));
    // A random positive 128-bit serial.
    QVERIFY(cert.serialHex().size() >= 31 && cert.serialHex().size() <= 32);
    QVERIFY(cert.isSelfSigned());
    QVERIFY(!cert.isCa());
    QCOMPARE(cert.notBefore().daysTo(cert.notAfter()), 90);
    const Run verify = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), file, file});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));
    const Certificate other = CertificateFactory::selfSigned(key, spec, &error);
    QVERIFY(other.serialHex() != cert.serialHex());
}

void TestCertificateFactory::selfSignedEd25519HasNoDigest()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::Ed25519, &error);
    const Certificate cert = selfSignedLocalhost(key, &error);
    QVERIFY2(!cert.isNull(), qPrintable(error.message));
    QCOMPARE(cert.signatureAlgorithm(), QStringLiteral("ED25519"));
    const Run text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), write(QStringLiteral("ed.pem"), cert.toPem()),
                              QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY(text.output.contains(QLatin1String("Digital Signature")));
    QVERIFY(!text.output.contains(QLatin1String("Key Encipherment")));   // RSA only
}

void TestCertificateFactory::serverCertificateNeedsSan()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::EcP256, &error);
    CertificateSpec spec;
    spec.subject = subject(QStringLiteral("CN=mail.example.org"));
    QVERIFY(CertificateFactory::selfSigned(key, spec, &error).isNull());
    QCOMPARE(error.kind, ErrorKind::Usage);
    QVERIFY2(error.message.contains(QLatin1String("subjectAltName")), qPrintable(error.message));
    spec.usage = CertificateUsage::Client;   // a client certificate may do without
    QVERIFY2(!CertificateFactory::selfSigned(key, spec, &error).isNull(), qPrintable(error.message));
}

MAILTLS_TEST_MAIN(TestCertificateFactory)
#include "test_certificate_factory.moc"
