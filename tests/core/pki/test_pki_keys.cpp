// Keys and the files they go into: every key type, PKCS#8 with and without a passphrase as the
// `openssl` command reads it, the typed errors a user meets (wrong passphrase, damaged file,
// key that does not match), and the file rules (0600 from creation, no overwrite without
// force, nothing left behind when a write fails).

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

#include "pki/certificate_factory.h"
#include "pki/output_file.h"
#include "pki/private_key.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

struct Run {
    int exitCode = -1;
    QString output;
};

Run openssl(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPkiKeys : public QObject
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
    void keyMatchesCertificate();
    void privateFileIsCreated0600();
    void refusesToOverwrite();
    void forceReplaces();
    void unwritablePathLeavesNothing();
    void failedGroupLeavesNothing();

private:
    std::unique_ptr<QTemporaryDir> dir_;
    QString path(const QString &name) const { return dir_->filePath(name); }
    QStringList entries() const { return QDir(dir_->path()).entryList(QDir::Files | QDir::Hidden | QDir::System); }
};

void TestPkiKeys::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void TestPkiKeys::generateEveryType_data()
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

void TestPkiKeys::generateEveryType()
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

void TestPkiKeys::keyTypeNames()
{
    QCOMPARE(mailtls::core::keyTypeNames(), QStringList({QStringLiteral("rsa2048"), QStringLiteral("rsa3072"), QStringLiteral("rsa4096"),
                                                         QStringLiteral("ec-p256"), QStringLiteral("ec-p384"), QStringLiteral("ed25519")}));
    QVERIFY(!keyTypeFromName(QStringLiteral("rsa1024")));   // users never get a weak key
    QVERIFY(keyTypeFromName(QStringLiteral("rsa1024"), true));
    QVERIFY(!keyTypeFromName(QStringLiteral("dsa")));
}

void TestPkiKeys::encryptedKeyRoundTrip()
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

void TestPkiKeys::wrongPassphraseIsTyped()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::Rsa2048, &error);
    QVERIFY(writeOutputFile({path(QStringLiteral("key.pem")), key.toPem("right"), FileSecrecy::Secret}, false, &error));
    const PrivateKey loaded = PrivateKey::fromFile(path(QStringLiteral("key.pem")), "wrong", &error);
    QVERIFY(loaded.isNull());
    QCOMPARE(error.kind, ErrorKind::WrongPassphrase);
    QCOMPARE(error.message, QStringLiteral("wrong passphrase for key.pem"));
}

void TestPkiKeys::missingPassphraseIsTyped()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::EcP256, &error);
    const PrivateKey loaded = PrivateKey::fromData(key.toPem("secret"), QByteArray(), QStringLiteral("mx.key"), &error);
    QVERIFY(loaded.isNull());
    QCOMPARE(error.kind, ErrorKind::PassphraseNeeded);
    QVERIFY2(error.message.contains(QLatin1String("mx.key is encrypted")), qPrintable(error.message));
}

void TestPkiKeys::traditionalAndDerKeysLoad()
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

void TestPkiKeys::garbageAndTruncatedAreErrors()
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

void TestPkiKeys::keyMatchesCertificate()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::EcP256, &error);
    const PrivateKey other = PrivateKey::generate(KeyType::EcP256, &error);
    CertificateSpec spec;
    Error parseError;
    spec.subject = SubjectName::parse(QStringLiteral("CN=localhost"), &parseError);
    spec.altNames = SubjectAltNames::parse(QStringLiteral("DNS:localhost"), &parseError);
    const Certificate cert = CertificateFactory::selfSigned(key, spec, &error);
    QVERIFY2(!cert.isNull(), qPrintable(error.message));
    QVERIFY(key.matches(cert));
    QVERIFY(!other.matches(cert));
    QVERIFY(!key.matches(Certificate()));
}

void TestPkiKeys::privateFileIsCreated0600()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::Ed25519, &error);
    const mode_t previous = ::umask(0);   // even a permissive umask must not widen a key file
    const bool ok = writeOutputFiles({{path(QStringLiteral("key.pem")), key.toPem(), FileSecrecy::Secret},
                                      {path(QStringLiteral("cert.pem")), QByteArray("public\n"), FileSecrecy::Public}},
                                     false, &error);
    ::umask(previous);
    QVERIFY2(ok, qPrintable(error.message));
    QCOMPARE(fileMode(path(QStringLiteral("key.pem"))), 0600);
    QCOMPARE(fileMode(path(QStringLiteral("cert.pem"))), 0644);
    QCOMPARE(entries(), QStringList({QStringLiteral("cert.pem"), QStringLiteral("key.pem")}));   // no temporaries
}

void TestPkiKeys::refusesToOverwrite()
{
    QFile existing(path(QStringLiteral("key.pem")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious\n");
    existing.close();
    Error error;
    QVERIFY(!writeOutputFile({existing.fileName(), QByteArray("new\n"), FileSecrecy::Secret}, false, &error));
    QCOMPARE(error.kind, ErrorKind::FileExists);
    QVERIFY2(error.message.contains(QLatin1String("already exists (use --force")), qPrintable(error.message));
    QCOMPARE(readAll(existing.fileName()), QByteArray("precious\n"));
    QCOMPARE(entries(), QStringList{QStringLiteral("key.pem")});
}

void TestPkiKeys::forceReplaces()
{
    Error error;
    QVERIFY(writeOutputFile({path(QStringLiteral("key.pem")), QByteArray("old\n"), FileSecrecy::Public}, false, &error));
    QVERIFY2(writeOutputFile({path(QStringLiteral("key.pem")), QByteArray("new\n"), FileSecrecy::Secret}, true, &error),
             qPrintable(error.message));
    QCOMPARE(readAll(path(QStringLiteral("key.pem"))), QByteArray("new\n"));
    QCOMPARE(fileMode(path(QStringLiteral("key.pem"))), 0600);
}

void TestPkiKeys::unwritablePathLeavesNothing()
{
    // A regular file used as a directory fails even for root (tests may run as root).
    QFile notADir(path(QStringLiteral("plain")));
    QVERIFY(notADir.open(QIODevice::WriteOnly));
    notADir.close();
    Error error;
    QVERIFY(!writeOutputFile({path(QStringLiteral("plain/key.pem")), QByteArray("x"), FileSecrecy::Secret}, false, &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QVERIFY2(error.message.contains(QLatin1String("plain/key.pem")), qPrintable(error.message));
    QVERIFY(!writeOutputFile({path(QStringLiteral("missing/key.pem")), QByteArray("x"), FileSecrecy::Secret}, false, &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QVERIFY2(error.message.contains(QLatin1String("does not exist")), qPrintable(error.message));
    QVERIFY(!writeOutputFile({dir_->path(), QByteArray("x"), FileSecrecy::Secret}, true, &error));
    QVERIFY2(error.message.contains(QLatin1String("is a directory")), qPrintable(error.message));
    QCOMPARE(entries(), QStringList{QStringLiteral("plain")});
}

void TestPkiKeys::failedGroupLeavesNothing()
{
    // The key would be fine, the certificate's path is not: neither may appear.
    QFile notADir(path(QStringLiteral("plain")));
    QVERIFY(notADir.open(QIODevice::WriteOnly));
    notADir.close();
    Error error;
    QVERIFY(!writeOutputFiles({{path(QStringLiteral("key.pem")), QByteArray("k"), FileSecrecy::Secret},
                               {path(QStringLiteral("plain/cert.pem")), QByteArray("c"), FileSecrecy::Public}},
                              false, &error));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    // The second name exists already: the first must not be left behind either.
    QVERIFY(!writeOutputFiles({{path(QStringLiteral("key.pem")), QByteArray("k"), FileSecrecy::Secret},
                               {path(QStringLiteral("plain")), QByteArray("c"), FileSecrecy::Public}},
                              false, &error));
    QCOMPARE(error.kind, ErrorKind::FileExists);
    QCOMPARE(entries(), QStringList{QStringLiteral("plain")});
}

MAILTLS_TEST_MAIN(TestPkiKeys)
#include "test_pki_keys.moc"
