// TLSA records made from the files a mail server uses: 3 1 1 for a leaf or a key (private or
// public, PEM or DER), 2 1 1 for the issuers in a chain file, the next key's record; checked
// against the openssl command's own SPKI digest and against OpenSSL's DANE verification.

#include <QtTest>

#include "pki_test_support.h"
#include "pki/dane_records.h"
#include "x509/dane.h"

#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

const QString kMx = QStringLiteral("mx1.example.org");

CertificateSpec caSpec(const QString &cn)
{
    CertificateSpec spec;
    spec.subject = subject(QStringLiteral("CN=%1").arg(cn));
    spec.usage = CertificateUsage::Ca;
    return spec;
}

CertificateSpec leafSpec(const QString &name)
{
    CertificateSpec spec;
    spec.subject = subject(QStringLiteral("CN=%1").arg(name));
    spec.altNames = sans(QStringLiteral("DNS:%1").arg(name));
    return spec;
}

QByteArray pemOf(const CertificateChain &chain)
{
    QByteArray pem;
    for (const Certificate &c : chain)
        pem += c.toPem();
    return pem;
}

} // namespace

class TestDaneRecords : public QObject, public PkiTestDir
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY(freshDir()); }

    void leafCertificate();
    void chainFile();
    void caAlone();
    void selfSignedServerWithCaTrue();
    void privateKeys_data();
    void privateKeys();
    void publicKeyPemAndDer();
    void certificateWithKeys();
    void encryptedKey();
    void unusableFiles();
    void recordsVerify();
    void merge();

private:
    PrivateKey rootKey_, caKey_, leafKey_;
    Certificate root_, ca_, leaf_;
};

void TestDaneRecords::initTestCase()
{
    Error error;
    rootKey_ = PrivateKey::generate(KeyType::EcP256, &error);
    caKey_ = PrivateKey::generate(KeyType::EcP256, &error);
    leafKey_ = PrivateKey::generate(KeyType::EcP256, &error);
    QVERIFY(!rootKey_.isNull() && !caKey_.isNull() && !leafKey_.isNull());
    root_ = CertificateFactory::selfSigned(rootKey_, caSpec(QStringLiteral("Test Root")), &error);
    QVERIFY2(!root_.isNull(), qPrintable(error.message));
    ca_ = CertificateFactory::issue(caKey_.handle(), caSpec(QStringLiteral("Test Issuing CA")), root_, rootKey_,
                                    CertificateFactory::randomSerial(), &error);
    QVERIFY2(!ca_.isNull(), qPrintable(error.message));
    leaf_ = CertificateFactory::issue(leafKey_.handle(), leafSpec(kMx), ca_, caKey_, CertificateFactory::randomSerial(), &error);
    QVERIFY2(!leaf_.isNull(), qPrintable(error.message));
}

void TestDaneRecords::leafCertificate()
{
    const QString file = write(QStringLiteral("leaf.pem"), leaf_.toPem());
    QList<GeneratedTlsa> records;
    Error error;
    QVERIFY2(tlsaRecordsFromFile(file, QByteArray(), TlsaRole::Current, &records, &error), qPrintable(error.message));
    QCOMPARE(records.size(), 1);
    const GeneratedTlsa &g = records.first();
    QCOMPARE(g.record.usage, 3);
    QCOMPARE(g.record.selector, 1);
    QCOMPARE(g.record.matchingType, 1);
    QCOMPARE(g.record.data, tlsaAssociationData(leaf_, 1, 1));
    QCOMPARE(g.role, TlsaRole::Current);
    QCOMPARE(g.file, file);
    QVERIFY2(g.what.startsWith(QLatin1String("leaf ")) && g.what.contains(kMx), qPrintable(g.what));
    QVERIFY(g.note.isEmpty());

    // The openssl command's own SPKI SHA-256 of the same certificate.
    QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-in"), file, QStringLiteral("-pubkey"), QStringLiteral("-noout"),
                      QStringLiteral("-out"), path(QStringLiteral("pub.pem"))}).exitCode, 0);
    QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), path(QStringLiteral("pub.pem")),
                      QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), path(QStringLiteral("pub.der"))}).exitCode, 0);
    const Run digest = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-r"), path(QStringLiteral("pub.der"))});
    QCOMPARE(digest.exitCode, 0);
    QCOMPARE(digest.output.section(QLatin1Char(' '), 0, 0).toUpper(), QString::fromLatin1(g.record.data.toHex().toUpper()));
    QCOMPARE(g.record.text(), QStringLiteral("3 1 1 ") + digest.output.section(QLatin1Char(' '), 0, 0).toUpper());
}

void TestDaneRecords::chainFile()
{
    // As a server's chain file: leaf, its issuing CA, the root.
    const QString file = write(QStringLiteral("chain.pem"), pemOf({leaf_, ca_, root_}));
    QList<GeneratedTlsa> records;
    Error error;
    QVERIFY2(tlsaRecordsFromFile(file, QByteArray(), TlsaRole::Current, &records, &error), qPrintable(error.message));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).record.text(), QStringLiteral("3 1 1 ") + QString::fromLatin1(tlsaAssociationData(leaf_, 1, 1).toHex().toUpper()));
    QCOMPARE(records.at(1).record.usage, 2);
    QCOMPARE(records.at(1).record.data, tlsaAssociationData(ca_, 1, 1));
    QVERIFY(records.at(1).what.contains(QLatin1String("Test Issuing CA")));
    QVERIFY(records.at(1).note.contains(QLatin1String("sends this CA certificate")));
    QVERIFY(!records.at(1).note.contains(QLatin1String("did not issue the leaf")));
    QCOMPARE(records.at(2).record.usage, 2);
    QCOMPARE(records.at(2).record.data, tlsaAssociationData(root_, 1, 1));
    QVERIFY2(records.at(2).note.contains(QLatin1String("did not issue the leaf")), qPrintable(records.at(2).note));

    // The order in the file does not decide which is the leaf.
    const QString reversed = write(QStringLiteral("reversed.pem"), pemOf({ca_, leaf_}));
    records.clear();
    QVERIFY(tlsaRecordsFromFile(reversed, QByteArray(), TlsaRole::Current, &records, &error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).record.usage, 3);
    QCOMPARE(records.at(1).record.usage, 2);
}

void TestDaneRecords::caAlone()
{
    const QString file = write(QStringLiteral("ca.pem"), ca_.toPem());
    QList<GeneratedTlsa> records;
    Error error;
    QVERIFY2(tlsaRecordsFromFile(file, QByteArray(), TlsaRole::Current, &records, &error), qPrintable(error.message));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().record.usage, 2);
    QCOMPARE(records.first().record.data, tlsaAssociationData(ca_, 1, 1));
}

void TestDaneRecords::selfSignedServerWithCaTrue()
{
    // `openssl req -x509` writes CA:TRUE (without keyUsage) into a self-signed server certificate:
    // served as the leaf, it needs 3 1 1.
    const QString cert = path(QStringLiteral("self.pem"));
    QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), path(QStringLiteral("self.key")), QStringLiteral("-out"), cert,
                      QStringLiteral("-subj"), QStringLiteral("/CN=mx1.example.org"), QStringLiteral("-days"), QStringLiteral("30")})
                 .exitCode, 0);
    const QList<Certificate> certs = Certificate::listFromPem(readAll(cert));
    QCOMPARE(certs.size(), 1);
    QVERIFY(certs.first().isCa());
    QList<GeneratedTlsa> records;
    Error error;
    QVERIFY2(tlsaRecordsFromFile(cert, QByteArray(), TlsaRole::Current, &records, &error), qPrintable(error.message));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().record.usage, 3);
    const DaneVerification v = verifyDane(certs, {records.first().record}, {kMx});
    QVERIFY2(v.verified, qPrintable(v.error));
}

void TestDaneRecords::privateKeys_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("EC P-256") << int(KeyType::EcP256);
    QTest::newRow("RSA 2048") << int(KeyType::Rsa2048);
    QTest::newRow("Ed25519") << int(KeyType::Ed25519);
}

void TestDaneRecords::privateKeys()
{
    // The record from the key alone equals the record from a certificate for that key.
    QFETCH(int, type);
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType(type), &error);
    QVERIFY(!key.isNull());
    const Certificate cert = CertificateFactory::selfSigned(key, leafSpec(kMx), &error);
    QVERIFY2(!cert.isNull(), qPrintable(error.message));
    const QString file = write(QStringLiteral("key.pem"), key.toPem());
    QList<GeneratedTlsa> records;
    QVERIFY2(tlsaRecordsFromFile(file, QByteArray(), TlsaRole::Next, &records, &error), qPrintable(error.message));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().record.usage, 3);
    QCOMPARE(records.first().record.data, tlsaAssociationData(cert, 1, 1));
    QCOMPARE(records.first().role, TlsaRole::Next);
    QVERIFY2(records.first().what.startsWith(QLatin1String("private key ")), qPrintable(records.first().what));

    // A traditional ("EC PRIVATE KEY" / "RSA PRIVATE KEY") encoding gives the same record.
    if (KeyType(type) != KeyType::Ed25519) {
        QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), file, QStringLiteral("-traditional"),
                          QStringLiteral("-out"), path(QStringLiteral("trad.pem"))}).exitCode, 0);
        QVERIFY(readAll(path(QStringLiteral("trad.pem"))).contains(" PRIVATE KEY-----"));
        QList<GeneratedTlsa> trad;
        QVERIFY2(tlsaRecordsFromFile(path(QStringLiteral("trad.pem")), QByteArray(), TlsaRole::Next, &trad, &error),
                 qPrintable(error.message));
        QCOMPARE(trad.first().record, records.first().record);
    }
}

void TestDaneRecords::publicKeyPemAndDer()
{
    const QString keyFile = write(QStringLiteral("key.pem"), leafKey_.toPem());
    QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-pubout"),
                      QStringLiteral("-out"), path(QStringLiteral("pub.pem"))}).exitCode, 0);
    QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-pubout"),
                      QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), path(QStringLiteral("pub.der"))}).exitCode, 0);
    for (const QString &name : {QStringLiteral("pub.pem"), QStringLiteral("pub.der")}) {
        QList<GeneratedTlsa> records;
        Error error;
        QVERIFY2(tlsaRecordsFromFile(path(name), QByteArray(), TlsaRole::Current, &records, &error), qPrintable(error.message));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().record.data, tlsaAssociationData(leaf_, 1, 1));
        QVERIFY2(records.first().what.startsWith(QLatin1String("public key EC")), qPrintable(records.first().what));
    }
    // A public key beside a certificate of another key: both records.
    const QString mixed = write(QStringLiteral("mixed.pem"), ca_.toPem() + readAll(path(QStringLiteral("pub.pem"))));
    QList<GeneratedTlsa> records;
    Error error;
    QVERIFY2(tlsaRecordsFromFile(mixed, QByteArray(), TlsaRole::Current, &records, &error), qPrintable(error.message));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).record.usage, 2);
    QCOMPARE(records.at(1).record.usage, 3);
}

void TestDaneRecords::certificateWithKeys()
{
    // The server's key beside its certificate adds nothing.
    const QString combined = write(QStringLiteral("combined.pem"), leaf_.toPem() + leafKey_.toPem());
    QList<GeneratedTlsa> records;
    Error error;
    QVERIFY2(tlsaRecordsFromFile(combined, QByteArray(), TlsaRole::Current, &records, &error), qPrintable(error.message));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().record.data, tlsaAssociationData(leaf_, 1, 1));

    // A key that belongs to no certificate of the file is listed, with a note.
    const QString stray = write(QStringLiteral("stray.pem"), leaf_.toPem() + rootKey_.toPem());
    records.clear();
    QVERIFY2(tlsaRecordsFromFile(stray, QByteArray(), TlsaRole::Current, &records, &error), qPrintable(error.message));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).record.data, tlsaAssociationData(root_, 1, 1));
    QCOMPARE(records.at(1).record.usage, 3);
    QVERIFY(records.at(1).note.contains(QLatin1String("belongs to no certificate")));
}

void TestDaneRecords::encryptedKey()
{
    const QString file = write(QStringLiteral("enc.pem"), leafKey_.toPem("secret"));
    QList<GeneratedTlsa> records;
    Error error;
    QVERIFY(!tlsaRecordsFromFile(file, QByteArray(), TlsaRole::Current, &records, &error));
    QCOMPARE(error.kind, ErrorKind::PassphraseNeeded);
    QVERIFY(!tlsaRecordsFromFile(file, "wrong", TlsaRole::Current, &records, &error));
    QCOMPARE(error.kind, ErrorKind::WrongPassphrase);
    QVERIFY(records.isEmpty());
    QVERIFY2(tlsaRecordsFromFile(file, "secret", TlsaRole::Current, &records, &error), qPrintable(error.message));
    QCOMPARE(records.first().record.data, tlsaAssociationData(leaf_, 1, 1));
}

void TestDaneRecords::unusableFiles()
{
    QList<GeneratedTlsa> records;
    Error error;
    QVERIFY(!tlsaRecordsFromFile(path(QStringLiteral("missing.pem")), QByteArray(), TlsaRole::Current, &records, &error));
    QCOMPARE(error.kind, ErrorKind::FileUnreadable);
    QVERIFY(!tlsaRecordsFromFile(write(QStringLiteral("garbage.pem"), "not a key\n"), QByteArray(), TlsaRole::Current,
                                 &records, &error));
    QCOMPARE(error.kind, ErrorKind::BadFormat);
    QVERIFY(!tlsaRecordsFromFile(write(QStringLiteral("empty.pem"), QByteArray()), QByteArray(), TlsaRole::Current,
                                 &records, &error));
    QCOMPARE(error.kind, ErrorKind::BadFormat);
    // A damaged PUBLIC KEY block.
    QVERIFY(!tlsaRecordsFromFile(write(QStringLiteral("bad.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"),
                                 QByteArray(), TlsaRole::Current, &records, &error));
    QCOMPARE(error.kind, ErrorKind::BadFormat);
    QVERIFY2(error.message.contains(QLatin1String("bad.pem")), qPrintable(error.message));
    // A request is no certificate and no key.
    const CertificateRequest request = makeRequest(KeyType::EcP256, QStringLiteral("DNS:localhost"));
    QVERIFY(!tlsaRecordsFromFile(write(QStringLiteral("req.pem"), request.toPem()), QByteArray(), TlsaRole::Current,
                                 &records, &error));
    QCOMPARE(error.kind, ErrorKind::BadFormat);
    QVERIFY(records.isEmpty());
}

void TestDaneRecords::recordsVerify()
{
    // What we generate is what OpenSSL's DANE verification accepts for the served chain.
    const QString chainFile = write(QStringLiteral("chain.pem"), pemOf({leaf_, ca_}));
    QList<GeneratedTlsa> generated;
    Error error;
    QVERIFY(tlsaRecordsFromFile(chainFile, QByteArray(), TlsaRole::Current, &generated, &error));
    for (const GeneratedTlsa &g : generated) {
        const DaneVerification v = verifyDane({leaf_, ca_}, {g.record}, {kMx});
        QVERIFY2(v.verified, qPrintable(g.record.text() + QStringLiteral(": ") + v.error));
    }
}

void TestDaneRecords::merge()
{
    QList<GeneratedTlsa> current, next, other;
    Error error;
    QVERIFY(tlsaRecordsFromFile(write(QStringLiteral("chain.pem"), pemOf({leaf_, ca_})), QByteArray(), TlsaRole::Current,
                                &current, &error));
    QVERIFY(tlsaRecordsFromFile(write(QStringLiteral("key.pem"), leafKey_.toPem()), QByteArray(), TlsaRole::Next, &next, &error));
    QVERIFY(tlsaRecordsFromFile(write(QStringLiteral("root.pem"), rootKey_.toPem()), QByteArray(), TlsaRole::Next, &other, &error));

    // The same key as "next": nothing to roll over.
    const QList<GeneratedTlsa> same = mergeTlsaRecords(current, next);
    QCOMPARE(same.size(), 2);
    QVERIFY(same.first().note.contains(QLatin1String("nothing to roll over")));
    QCOMPARE(same.first().role, TlsaRole::Current);

    const QList<GeneratedTlsa> rollover = mergeTlsaRecords(current, other + other);
    QCOMPARE(rollover.size(), 3);
    QCOMPARE(rollover.at(2).role, TlsaRole::Next);
    QCOMPARE(tlsaRoleName(rollover.at(2).role), QStringLiteral("next"));
    QCOMPARE(tlsaRoleName(rollover.at(0).role), QStringLiteral("current"));
}

MAILTLS_TEST_MAIN(TestDaneRecords)
#include "test_dane_records.moc"
