// The small CA in a directory: leaves `openssl verify` accepts, serials that only go up across
// runs, dates in the past that `openssl verify` calls expired, usages, SAN overrides,
// subordinate CAs, and an encrypted CA key.

#include <QtTest>

#include "pki/mini_ca.h"
#include "pki_test_support.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestMiniCa : public QObject, private PkiTestDir
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void caSignsVerifiableLeaf();
    void serialIncrementsAcrossSigns();
    void pastDatesGiveExpiredCertificate();
    void clientAndBothUsages();
    void sanOverrideReplacesRequested();
    void subordinateCaChain();
    void caDirectoryIsNotReused();
    void encryptedCaKey();
};

void TestMiniCa::init()
{
    QVERIFY(freshDir());
}

void TestMiniCa::caSignsVerifiableLeaf()
{
    Error error;
    MiniCa ca = MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("O=Example,CN=Example Mail CA"), KeyType::Rsa2048), &error);
    QVERIFY2(!ca.isNull(), qPrintable(error.message));
    QCOMPARE(fileMode(ca.keyFile()), 0600);
    for (const QString &f : {ca.certificateFile(), ca.serialFile(), ca.indexFile(), ca.configFile(), ca.chainFile()})
        QVERIFY2(QFile::exists(f), qPrintable(f));
    const Run caText = openssl({QStringLiteral("x509"), QStringLiteral("-in"), ca.certificateFile(), QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY(caText.output.contains(QLatin1String("CA:TRUE")));
    QVERIFY(caText.output.contains(QLatin1String("Certificate Sign, CRL Sign")));

    const CertificateRequest req = makeRequest(KeyType::EcP256, QStringLiteral("DNS:localhost,IP:127.0.0.1"));
    const Certificate leaf = ca.sign(req, {}, &error);
    QVERIFY2(!leaf.isNull(), qPrintable(error.message));
    const QString leafFile = write(QStringLiteral("leaf.pem"), leaf.toPem());
    const Run verify = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca.certificateFile(), QStringLiteral("-purpose"),
                                QStringLiteral("sslserver"), leafFile});
    QVERIFY2(verify.exitCode == 0 && verify.output.contains(QLatin1String("leaf.pem: OK")), qPrintable(verify.output));
    const Run text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), leafFile, QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY(text.output.contains(QLatin1String("DNS:localhost, IP Address:127.0.0.1")));
    QVERIFY(text.output.contains(QLatin1String("TLS Web Server Authentication")));
    QVERIFY(text.output.contains(QLatin1String("Digital Signature")));
    QVERIFY(!text.output.contains(QLatin1String("Key Encipherment")));   // EC leaf
    QVERIFY(text.output.contains(QLatin1String("sha256WithRSAEncryption")));   // signed by the RSA CA
    QCOMPARE(leaf.serialHex(), QStringLiteral("1000"));
    QVERIFY(leaf.isIssuedBy(ca.certificate()));
    QCOMPARE(leaf.notBefore().daysTo(leaf.notAfter()), 365);
}

void TestMiniCa::serialIncrementsAcrossSigns()
{
    Error error;
    {
        MiniCa ca = MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=Test CA"), KeyType::EcP256), &error);
        QVERIFY2(!ca.isNull(), qPrintable(error.message));
        QCOMPARE(ca.sign(makeRequest(KeyType::EcP256, QStringLiteral("DNS:a.example")), {}, &error).serialHex(), QStringLiteral("1000"));
    }
    // A fresh process would reopen the directory: the counter lives in DIR/serial.
    MiniCa reopened = MiniCa::open(path(QStringLiteral("ca")), QByteArray(), &error);
    QVERIFY2(!reopened.isNull(), qPrintable(error.message));
    QCOMPARE(reopened.nextSerialHex(), QStringLiteral("1001"));
    const Certificate second = reopened.sign(makeRequest(KeyType::EcP256, QStringLiteral("DNS:b.example")), {}, &error);
    QCOMPARE(second.serialHex(), QStringLiteral("1001"));
    QCOMPARE(reopened.nextSerialHex(), QStringLiteral("1002"));
    QFile index(reopened.indexFile());
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(index.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);   // header + two
    QVERIFY(lines.at(1).contains(QLatin1String("\t1000\t")) && lines.at(1).contains(QLatin1String("DNS:a.example")));
    QVERIFY(lines.at(2).contains(QLatin1String("\t1001\t")) && lines.at(2).contains(QLatin1String("DNS:b.example")));
}

void TestMiniCa::pastDatesGiveExpiredCertificate()
{
    Error error;
    MiniCa ca = MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=Test CA"), KeyType::EcP256), &error);
    CaSignOptions options;
    options.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    options.notAfter = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    const Certificate old = ca.sign(makeRequest(KeyType::EcP256, QStringLiteral("DNS:localhost")), options, &error);
    QVERIFY2(!old.isNull(), qPrintable(error.message));
    QCOMPARE(old.notAfter(), options.notAfter);
    const Run verify = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca.certificateFile(),
                                write(QStringLiteral("old.pem"), old.toPem())});
    QVERIFY(verify.exitCode != 0);
    QVERIFY2(verify.output.contains(QLatin1String("error 10 at 0 depth")), qPrintable(verify.output));   // X509_V_ERR_CERT_HAS_EXPIRED

    options.notAfter = options.notBefore;
    QVERIFY(ca.sign(makeRequest(KeyType::EcP256, QStringLiteral("DNS:localhost")), options, &error).isNull());
    QVERIFY2(error.message.contains(QLatin1String("not later than")), qPrintable(error.message));
}

void TestMiniCa::clientAndBothUsages()
{
    Error error;
    MiniCa ca = MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=Test CA"), KeyType::EcP256), &error);
    CaSignOptions options;
    options.usage = CertificateUsage::Client;
    const Certificate client = ca.sign(makeRequest(KeyType::Rsa2048, QString()), options, &error);
    QVERIFY2(!client.isNull(), qPrintable(error.message));
    Run text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), write(QStringLiteral("c.pem"), client.toPem()),
                        QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY(text.output.contains(QLatin1String("TLS Web Client Authentication")));
    QVERIFY(!text.output.contains(QLatin1String("TLS Web Server Authentication")));
    QVERIFY(text.output.contains(QLatin1String("Digital Signature, Key Encipherment")));

    options.usage = CertificateUsage::ServerAndClient;
    QVERIFY(ca.sign(makeRequest(KeyType::EcP256, QString()), options, &error).isNull());   // server part needs a SAN
    const Certificate both = ca.sign(makeRequest(KeyType::EcP256, QStringLiteral("DNS:mx.example")), options, &error);
    text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), write(QStringLiteral("b.pem"), both.toPem()), QStringLiteral("-noout"),
                    QStringLiteral("-text")});
    QVERIFY(text.output.contains(QLatin1String("TLS Web Server Authentication, TLS Web Client Authentication")));
}

void TestMiniCa::sanOverrideReplacesRequested()
{
    Error error;
    MiniCa ca = MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=Test CA"), KeyType::EcP256), &error);
    CaSignOptions options;
    options.altNames = sans(QStringLiteral("DNS:mx1.example.org,DNS:mx2.example.org"));
    const Certificate cert = ca.sign(makeRequest(KeyType::EcP256, QStringLiteral("DNS:requested.example")), options, &error);
    QCOMPARE(cert.subjectAltNames(), QStringList({QStringLiteral("DNS:mx1.example.org"), QStringLiteral("DNS:mx2.example.org")}));
}

void TestMiniCa::subordinateCaChain()
{
    Error error;
    MiniCa root = MiniCa::create(path(QStringLiteral("root")), caOptions(QStringLiteral("CN=Test Root"), KeyType::EcP384), &error);
    QVERIFY2(!root.isNull(), qPrintable(error.message));
    MiniCa sub = MiniCa::createSubordinate(path(QStringLiteral("sub")), root, caOptions(QStringLiteral("CN=Test Mail CA"), KeyType::EcP256), &error);
    QVERIFY2(!sub.isNull(), qPrintable(error.message));
    QCOMPARE(root.nextSerialHex(), QStringLiteral("1001"));   // the subordinate took root's 1000
    QCOMPARE(sub.servedIntermediates().size(), 1);
    const Run caText = openssl({QStringLiteral("x509"), QStringLiteral("-in"), sub.certificateFile(), QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(caText.output.contains(QLatin1String("CA:TRUE, pathlen:0")), qPrintable(caText.output));

    MiniCa reopened = MiniCa::open(path(QStringLiteral("sub")), QByteArray(), &error);
    QVERIFY2(!reopened.isNull(), qPrintable(error.message));
    QCOMPARE(reopened.servedIntermediates().size(), 1);
    const Certificate leaf = reopened.sign(makeRequest(KeyType::EcP256, QStringLiteral("DNS:localhost")), {}, &error);
    const Run verify = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), root.certificateFile(), QStringLiteral("-untrusted"),
                                sub.certificateFile(), write(QStringLiteral("leaf.pem"), leaf.toPem())});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));
    // Without the intermediate the leaf does not verify (what chain.intermediate_missing is about).
    const Run alone = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), root.certificateFile(), path(QStringLiteral("leaf.pem"))});
    QVERIFY(alone.exitCode != 0);
}

void TestMiniCa::caDirectoryIsNotReused()
{
    Error error;
    QVERIFY(!MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=One"), KeyType::EcP256), &error).isNull());
    QVERIFY(MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=Two"), KeyType::EcP256), &error).isNull());
    QCOMPARE(error.kind, ErrorKind::FileExists);
    QVERIFY(MiniCa::create(path(QStringLiteral("nocn")), caOptions(QStringLiteral("O=No Name"), KeyType::EcP256), &error).isNull());
    QCOMPARE(error.kind, ErrorKind::Usage);
    QVERIFY(!QFile::exists(path(QStringLiteral("nocn"))));
    QVERIFY(MiniCa::open(path(QStringLiteral("nowhere")), QByteArray(), &error).isNull());
    QVERIFY2(error.message.contains(QLatin1String("not a CA directory")), qPrintable(error.message));
}

void TestMiniCa::encryptedCaKey()
{
    Error error;
    CaInitOptions options = caOptions(QStringLiteral("CN=Locked CA"), KeyType::EcP256);
    options.passphrase = "s3cret";
    QVERIFY(!MiniCa::create(path(QStringLiteral("ca")), options, &error).isNull());
    QVERIFY(MiniCa::open(path(QStringLiteral("ca")), "wrong", &error).isNull());
    QCOMPARE(error.kind, ErrorKind::WrongPassphrase);
    QCOMPARE(error.message, QStringLiteral("wrong passphrase for ca.key"));
    QVERIFY(MiniCa::open(path(QStringLiteral("ca")), QByteArray(), &error).isNull());
    QCOMPARE(error.kind, ErrorKind::PassphraseNeeded);
    QVERIFY2(!MiniCa::open(path(QStringLiteral("ca")), "s3cret", &error).isNull(), qPrintable(error.message));
}

MAILTLS_TEST_MAIN(TestMiniCa)
#include "test_mini_ca.moc"
