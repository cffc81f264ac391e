// Keys: every key type, PKCS#8 with and without a passphrase as the `openssl` command reads it,
// the typed errors a user meets (wrong or missing passphrase, damaged file) and whether a key
// belongs to a certificate.

#include <QtTest>

#include "pki/certificate_factory.h"
#include "pki_test_support.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestPrivateKey : public QObject, private PkiTestDir
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void generateEveryType_data();
    void generateEveryType();
    void keyTypeNames();
    void encryptedKeyRoundTrip();
    void wrongPassphraseIsTyped();
    void missingPassphraseIsTyped();
    void traditionalAndDerKeysLoad();
    void garbageAndTruncatedAreErrors();
    void errorsKeepTheirPhrase();
    void keyMatchesCertificate();
};

void TestPrivateKey::init()
{
    QVERIFY(freshDir());
}

void TestPrivateKey::generateEveryType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("opensslText");
    QTest::newRow("rsa2048") << "rsa2048" << "RSA" << 2048 << "Private-Key: (2048 bit";
    QTest::newRow("rsa3072") << "rsa3072" << "RSA" << 3072 << "Private-Key: (3072 bit";
    QTest::newRow("rsa4096") << "rsa4096" << "RSA" << 4096 << "Private-Key: (4096 bit";
    QTest::newRow("ec-p256") << "ec-p256" << "EC" << 256 << "NIST CURVE: P-256";
    QTest::newRow("ec-p384") << "ec-p384" << "EC" << 384 << "NIST CURVE: P-384";
    QTest::newRow("ed25519") << "ed25519" << "Ed25519" << 256 << "ED25519 Private-Key";
}

void TestPrivateKey::generateEveryType()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(int, bits);
    QFETCH(QString, opensslText);
    const auto keyType = keyTypeFromName(name);
    QVERIFY(keyType);
    Error error;
    const PrivateKey key = PrivateKey::generate(*keyType, &error);
    QVERIFY2(!key.isNull(), qPrintable(error.message));
    QCOMPARE(key.info().type, type);
    QCOMPARE(key.info().bits, bits);
    const QByteArray pem = key.toPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(writeOutputFile({path(QStringLiteral("key.pem")), pem, FileSecrecy::Secret}, false, &error));
    const Run check = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("key.pem")),
                               QStringLiteral("-noout"), QStringLiteral("-text")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.output.contains(opensslText), qPrintable(check.output));
    if (type != QLatin1String("Ed25519")) {
        const Run sane = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("key.pem")),
                                  QStringLiteral("-check"), QStringLiteral("-noout")});
        QVERIFY2(sane.exitCode == 0 && sane.output.contains(QLatin1String("valid")), qPrintable(sane.output));
    }
}

void TestPrivateKey::keyTypeNames()
{
    QCOMPARE(mailtls::core::keyTypeNames(), QStringList({QStringLiteral("rsa2048"), QStringLiteral("rsa3072"), QStringLiteral("rsa4096"),
                                                         QStringLiteral("ec-p256"), QStringLiteral("ec-p384"), QStringLiteral("ed25519")}));
    QVERIFY(!keyTypeFromName(QStringLiteral("rsa1024")));   // users never get a weak key
    QVERIFY(keyTypeFromName(QStringLiteral("rsa1024"), true));
    QVERIFY(!keyTypeFromName(QStringLiteral("dsa")));
}

void TestPrivateKey::encryptedKeyRoundTrip()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::EcP256, &error);
    const QByteArray pem = key.toPem("correct horse");
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(writeOutputFile({path(QStringLiteral("key.pem")), pem, FileSecrecy::Secret}, false, &error));
    // The openssl command opens it with the passphrase and sees AES-256-CBC under PBES2.
    const Run asn1 = openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), path(QStringLiteral("key.pem"))});
    QVERIFY2(asn1.output.contains(QLatin1String("PBES2")) && asn1.output.contains(QLatin1String("aes-256-cbc")), qPrintable(asn1.output));
    QFile pass(path(QStringLiteral("pass")));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("correct horse\n");
    pass.close();
    const Run open = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("key.pem")), QStringLiteral("-passin"),
                              QStringLiteral("file:") + pass.fileName(), QStringLiteral("-noout")});
    QVERIFY2(open.exitCode == 0, qPrintable(open.output));

    const PrivateKey loaded = PrivateKey::fromFile(path(QStringLiteral("key.pem")), "correct horse", &error);
    QVERIFY2(!loaded.isNull(), qPrintable(error.message));
    QVERIFY(loaded.matchesPublicKey(key.handle()));
}

void TestPrivateKey::wrongPassphraseIsTyped()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::Rsa2048, &error);
    QVERIFY(writeOutputFile({path(QStringLiteral("key.pem")), key.toPem("right"), FileSecrecy::Secret}, false, &error));
    const PrivateKey loaded = PrivateKey::fromFile(path(QStringLiteral("key.pem")), "wrong", &error);
    QVERIFY(loaded.isNull());
    QCOMPARE(error.kind, ErrorKind::WrongPassphrase);
    QCOMPARE(error.message, QStringLiteral("wrong passphrase for key.pem"));
}

void TestPrivateKey::missingPassphraseIsTyped()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::EcP256, &error);
    const PrivateKey loaded = PrivateKey::fromData(key.toPem("secret"), QByteArray(), QStringLiteral("mx.key"), &error);
    QVERIFY(loaded.isNull());
    QCOMPARE(error.kind, ErrorKind::PassphraseNeeded);
    QVERIFY2(error.message.contains(QLatin1String("mx.key is encrypted")), qPrintable(error.message));
}

void TestPrivateKey::traditionalAndDerKeysLoad()
{
    // Keys made elsewhere: traditional "BEGIN RSA PRIVATE KEY" (encrypted) and DER PKCS#8.
    const QString trad = path(QStringLiteral("trad.pem"));
    const QString der = path(QStringLiteral("key.der"));
    QCOMPARE(openssl({QStringLiteral("genrsa"), QStringLiteral("-traditional"), QStringLiteral("-aes128"), QStringLiteral("-passout"),
                      QStringLiteral("pass:legacy"), QStringLiteral("-out"), trad, QStringLiteral("2048")})
                 .exitCode,
             0);
    QVERIFY(readAll(trad).contains("BEGIN RSA PRIVATE KEY"));
    QCOMPARE(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:P-384"), QStringLiteral("-outform"), QStringLiteral("DER"),
                      QStringLiteral("-out"), der})
                 .exitCode,
             0);
    Error error;
    QVERIFY2(!PrivateKey::fromFile(trad, "legacy", &error).isNull(), qPrintable(error.message));
    QVERIFY(PrivateKey::fromFile(trad, "nope", &error).isNull());
    QCOMPARE(error.kind, ErrorKind::WrongPassphrase);
    const PrivateKey ec = PrivateKey::fromFile(der, QByteArray(), &error);
    QVERIFY2(!ec.isNull(), qPrintable(error.message));
    QCOMPARE(ec.info().curve, QStringLiteral("secp384r1"));
}

void TestPrivateKey::garbageAndTruncatedAreErrors()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::EcP256, &error);
    const QByteArray pem = key.toPem();
    const QList<QByteArray> bad = {QByteArray(), QByteArray("garbage\n"), pem.left(pem.size() / 2), QByteArray(300, '\xff'),
                                   QByteArray("-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n")};
    for (const QByteArray &data : bad) {
        error = Error();
        QVERIFY(PrivateKey::fromData(data, QByteArray(), QStringLiteral("bad.pem"), &error).isNull());
        QCOMPARE(error.kind, ErrorKind::BadFormat);
        QVERIFY2(error.message.contains(QLatin1String("bad.pem")), qPrintable(error.message));
    }
    QVERIFY(PrivateKey::fromFile(path(QStringLiteral("absent.pem")), QByteArray(), &error).isNull());
    QCOMPARE(error.kind, ErrorKind::FileUnreadable);
}

// What a face shows: the message is written as a phrase (template "Errors" and values), so it
// can be shown translated; its English is the message, byte for byte.
void TestPrivateKey::errorsKeepTheirPhrase()
{
    Error error;
    const QString absent = path(QStringLiteral("absent.pem"));
    QVERIFY(PrivateKey::fromFile(absent, QByteArray(), &error).isNull());
    QCOMPARE(error.kind, ErrorKind::FileUnreadable);
    QVERIFY(error.messagePhrase.translatable());
    QCOMPARE(QString::fromLatin1(error.messagePhrase.context()), QStringLiteral("Errors"));
    QCOMPARE(error.messagePhrase.source(), QStringLiteral("cannot read %1: %2"));
    QCOMPARE(error.messagePhrase.english(), error.message);
    QVERIFY2(error.message.startsWith(QStringLiteral("cannot read %1: ").arg(absent)), qPrintable(error.message));
    QCOMPARE(shownMessage(error), error.message);   // no translator installed: English

    QFile malformed(path(QStringLiteral("malformed.pem")));
    QVERIFY(malformed.open(QIODevice::WriteOnly));
    malformed.write("-----BEGIN PRIVATE KEY-----\nnot base64 at all\n-----END PRIVATE KEY-----\n");
    malformed.close();
    error = Error();
    QVERIFY(PrivateKey::fromFile(malformed.fileName(), QByteArray(), &error).isNull());
    QCOMPARE(error.kind, ErrorKind::BadFormat);
    QVERIFY(error.messagePhrase.translatable());
    QCOMPARE(error.messagePhrase.english(), error.message);
    QCOMPARE(error.message,
             QStringLiteral("malformed.pem holds no private key OpenSSL can read (PEM or DER expected)"));

    // Without a source name the key is "the key", itself a phrase inside the sentence.
    error = Error();
    QVERIFY(PrivateKey::fromData(QByteArray("garbage\n"), QByteArray(), QString(), &error).isNull());
    QCOMPARE(error.message, QStringLiteral("the key holds no private key OpenSSL can read (PEM or DER expected)"));
    QCOMPARE(error.messagePhrase.english(), error.message);
    QCOMPARE(error.messagePhrase.values().size(), size_t(1));
    QVERIFY(error.messagePhrase.values().front().translatable());
    QCOMPARE(messageOf(error).english(), error.message);
}

void TestPrivateKey::keyMatchesCertificate()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::EcP256, &error);
    const PrivateKey other = PrivateKey::generate(KeyType::EcP256, &error);
    const Certificate cert = selfSignedLocalhost(key, &error);
    QVERIFY2(!cert.isNull(), qPrintable(error.message));
    QVERIFY(key.matches(cert));
    QVERIFY(!other.matches(cert));
    QVERIFY(!key.matches(Certificate()));
}

MAILTLS_TEST_MAIN(TestPrivateKey)
#include "test_private_key.moc"
