// PKCS#12 bundles `openssl pkcs12` opens with the passphrase (and not without), and the
// refusal to bundle a key that is not the certificate's.

#include <QtTest>

#include "pki/certificate_factory.h"
#include "pki/mini_ca.h"
#include "pki/pkcs12_bundle.h"
#include "pki_test_support.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestPkcs12Bundle : public QObject, private PkiTestDir
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pkcs12ReadableByOpenssl();
    void pkcs12RefusesForeignKey();
};

void TestPkcs12Bundle::init()
{
    QVERIFY(freshDir());
}

void TestPkcs12Bundle::pkcs12ReadableByOpenssl()
{
    Error error;
    MiniCa ca = MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=Test CA"), KeyType::EcP256), &error);
    PrivateKey key;
    const Certificate leaf = ca.sign(makeRequest(KeyType::Rsa2048, QStringLiteral("DNS:localhost"), &key), {}, &error);
    const QByteArray p12 = Pkcs12Bundle::create(leaf, key, {ca.certificate()}, "bundle-pass", QString(), &error);
    QVERIFY2(!p12.isEmpty(), qPrintable(error.message));
    QVERIFY(writeOutputFile({path(QStringLiteral("leaf.p12")), p12, FileSecrecy::Secret}, false, &error));
    QCOMPARE(fileMode(path(QStringLiteral("leaf.p12"))), 0600);
    QFile pass(path(QStringLiteral("pass")));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("bundle-pass\n");
    pass.close();
    const Run info = openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"), path(QStringLiteral("leaf.p12")),
                              QStringLiteral("-passin"), QStringLiteral("file:") + pass.fileName(), QStringLiteral("-noout")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.output));
    QVERIFY2(info.output.contains(QLatin1String("MAC: sha256")), qPrintable(info.output));
    QVERIFY(info.output.contains(QLatin1String("PBES2, PBKDF2, AES-256-CBC")));
    QCOMPARE(info.output.count(QLatin1String("Certificate bag")), 2);
    QVERIFY(info.output.contains(QLatin1String("Shrouded Keybag")));
    const Run wrong = openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"), path(QStringLiteral("leaf.p12")),
                               QStringLiteral("-passin"), QStringLiteral("pass:nope"), QStringLiteral("-noout")});
    QVERIFY(wrong.exitCode != 0);
}

void TestPkcs12Bundle::pkcs12RefusesForeignKey()
{
    Error error;
    PrivateKey key;
    key = PrivateKey::generate(KeyType::EcP256, &error);
    const Certificate cert = selfSignedLocalhost(key, &error);
    const PrivateKey foreign = PrivateKey::generate(KeyType::EcP256, &error);
    QVERIFY(Pkcs12Bundle::create(cert, foreign, {}, "x", QString(), &error).isEmpty());
    QCOMPARE(error.kind, ErrorKind::KeyMismatch);
    QVERIFY(Pkcs12Bundle::create(cert, key, {}, QByteArray(), QString(), &error).isEmpty());
    QCOMPARE(error.kind, ErrorKind::Usage);
}

MAILTLS_TEST_MAIN(TestPkcs12Bundle)
#include "test_pkcs12_bundle.moc"
