// Certificate signing requests: the SANs they ask for as `openssl req` shows them, PEM and
// DER read back, and a tampered request the CA refuses without spending a serial.

#include <QtTest>

#include <openssl/x509.h>

#include "pki/certificate_request.h"
#include "pki/mini_ca.h"
#include "pki_test_support.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestCertificateRequest : public QObject, private PkiTestDir
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void requestCarriesSans();
    void tamperedRequestIsRefused();
};

void TestCertificateRequest::init()
{
    QVERIFY(freshDir());
}

void TestCertificateRequest::requestCarriesSans()
{
    Error error;
    PrivateKey key;
    const CertificateRequest req = makeRequest(KeyType::EcP384, QStringLiteral("DNS:localhost,IP:127.0.0.1,IP:::1"), &key);
    QVERIFY(!req.isNull());
    QVERIFY(req.signatureValid());
    QCOMPARE(req.requestedAltNames().toStringList(),
             QStringList({QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")}));
    QCOMPARE(req.subject().value(QStringLiteral("CN")), QStringLiteral("localhost"));
    const QString file = write(QStringLiteral("req.csr"), req.toPem());
    const Run verify = openssl({QStringLiteral("req"), QStringLiteral("-in"), file, QStringLiteral("-verify"), QStringLiteral("-noout"),
                                QStringLiteral("-text")});
    QVERIFY2(verify.exitCode == 0 && verify.output.contains(QLatin1String("verify OK")), qPrintable(verify.output));
    QVERIFY(verify.output.contains(QLatin1String("Requested Extensions")));
    QVERIFY(verify.output.contains(QLatin1String("DNS:localhost, IP Address:127.0.0.1")));
    QVERIFY(verify.output.contains(QLatin1String("ecdsa-with-SHA256")));
    // Read back from PEM and from DER.
    QVERIFY(!CertificateRequest::fromFile(file, &error).isNull());
    const Run der = openssl({QStringLiteral("req"), QStringLiteral("-in"), file, QStringLiteral("-outform"), QStringLiteral("DER"),
                             QStringLiteral("-out"), path(QStringLiteral("req.der"))});
    QCOMPARE(der.exitCode, 0);
    const CertificateRequest fromDer = CertificateRequest::fromFile(path(QStringLiteral("req.der")), &error);
    QVERIFY2(!fromDer.isNull(), qPrintable(error.message));
    QCOMPARE(fromDer.requestedAltNames().toStringList(), req.requestedAltNames().toStringList());
    QVERIFY(CertificateRequest::fromData("garbage", QStringLiteral("x.csr"), &error).isNull());
    QCOMPARE(error.kind, ErrorKind::BadFormat);
}

void TestCertificateRequest::tamperedRequestIsRefused()
{
    Error error;
    MiniCa ca = MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=Test CA"), KeyType::EcP256), &error);
    QVERIFY2(!ca.isNull(), qPrintable(error.message));
    const CertificateRequest req = makeRequest(KeyType::EcP256, QStringLiteral("DNS:localhost"));
    // Re-encode after changing the subject without re-signing: the signature breaks.
    X509_NAME *name = X509_REQ_get_subject_name(req.handle());
    X509_NAME_add_entry_by_txt(name, "OU", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("evil"), -1, -1, 0);
    unsigned char *der = nullptr;
    const int len = i2d_re_X509_REQ_tbs(req.handle(), &der);
    QVERIFY(len > 0);
    OPENSSL_free(der);
    const CertificateRequest tampered = CertificateRequest::fromData(req.toPem(), QStringLiteral("t.csr"), &error);
    QVERIFY(!tampered.isNull());
    QVERIFY(!tampered.signatureValid());
    QVERIFY(ca.sign(tampered, {}, &error).isNull());
    QVERIFY2(error.message.contains(QLatin1String("signature does not verify")), qPrintable(error.message));
    QCOMPARE(ca.nextSerialHex(), QStringLiteral("1000"));   // no serial spent
}

MAILTLS_TEST_MAIN(TestCertificateRequest)
#include "test_certificate_request.moc"
