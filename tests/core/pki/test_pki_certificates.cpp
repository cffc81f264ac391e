// Certificates, requests, the mini CA and PKCS#12, each checked with the `openssl` command:
// the extensions a mail server needs, signatures that verify, serials that only go up, dates
// in the past that `openssl verify` calls expired, and bundles `openssl pkcs12` opens.

#include <QtTest>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <openssl/x509.h>

#include "pki/certificate_factory.h"
#include "pki/certificate_request.h"
#include "pki/config_snippets.h"
#include "pki/mini_ca.h"
#include "pki/output_file.h"
#include "pki/pkcs12_bundle.h"
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

SubjectName subject(const QString &text)
{
    Error error;
    return SubjectName::parse(text, &error);
}

SubjectAltNames sans(const QString &text)
{
    Error error;
    return SubjectAltNames::parse(text, &error);
}

CaInitOptions caOptions(const QString &subjectText, KeyType type)
{
    CaInitOptions options;
    options.subject = subject(subjectText);
    options.keyType = type;
    return options;
}

int fileMode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestPkiCertificates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void selfSignedRsaServer();
    void selfSignedEd25519HasNoDigest();
    void serverCertificateNeedsSan();
    void requestCarriesSans();
    void tamperedRequestIsRefused();
    void caSignsVerifiableLeaf();
    void serialIncrementsAcrossSigns();
    void pastDatesGiveExpiredCertificate();
    void clientAndBothUsages();
    void sanOverrideReplacesRequested();
    void subordinateCaChain();
    void caDirectoryIsNotReused();
    void encryptedCaKey();
    void pkcs12ReadableByOpenssl();
    void pkcs12RefusesForeignKey();
    void snippetsForRsaAndEcdsa();

private:
    std::unique_ptr<QTemporaryDir> dir_;
    QString path(const QString &name) const { return dir_->filePath(name); }
    QString write(const QString &name, const QByteArray &content)
    {
        Error error;
        if (!writeOutputFile({path(name), content, FileSecrecy::Public}, true, &error))
            qWarning("%s", qPrintable(error.message));
        return path(name);
    }
    CertificateRequest makeRequest(KeyType type, const QString &san, PrivateKey *keyOut = nullptr)
    {
        Error error;
        const PrivateKey key = PrivateKey::generate(type, &error);
        if (keyOut)
            *keyOut = key;
        return CertificateRequest::create(key, subject(QStringLiteral("O=Example,CN=localhost")), sans(san), &error);
    }
};

void TestPkiCertificates::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void TestPkiCertificates::selfSignedRsaServer()
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

void TestPkiCertificates::selfSignedEd25519HasNoDigest()
{
    Error error;
    const PrivateKey key = PrivateKey::generate(KeyType::Ed25519, &error);
    CertificateSpec spec;
    spec.subject = subject(QStringLiteral("CN=localhost"));
    spec.altNames = sans(QStringLiteral("DNS:localhost"));
    const Certificate cert = CertificateFactory::selfSigned(key, spec, &error);
    QVERIFY2(!cert.isNull(), qPrintable(error.message));
    QCOMPARE(cert.signatureAlgorithm(), QStringLiteral("ED25519"));
    const Run text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), write(QStringLiteral("ed.pem"), cert.toPem()),
                              QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY(text.output.contains(QLatin1String("Digital Signature")));
    QVERIFY(!text.output.contains(QLatin1String("Key Encipherment")));   // RSA only
}

void TestPkiCertificates::serverCertificateNeedsSan()
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

void TestPkiCertificates::requestCarriesSans()
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

void TestPkiCertificates::tamperedRequestIsRefused()
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

void TestPkiCertificates::caSignsVerifiableLeaf()
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

void TestPkiCertificates::serialIncrementsAcrossSigns()
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

void TestPkiCertificates::pastDatesGiveExpiredCertificate()
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

void TestPkiCertificates::clientAndBothUsages()
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

void TestPkiCertificates::sanOverrideReplacesRequested()
{
    Error error;
    MiniCa ca = MiniCa::create(path(QStringLiteral("ca")), caOptions(QStringLiteral("CN=Test CA"), KeyType::EcP256), &error);
    CaSignOptions options;
    options.altNames = sans(QStringLiteral("DNS:mx1.example.org,DNS:mx2.example.org"));
    const Certificate cert = ca.sign(makeRequest(KeyType::EcP256, QStringLiteral("DNS:requested.example")), options, &error);
    QCOMPARE(cert.subjectAltNames(), QStringList({QStringLiteral("DNS:mx1.example.org"), QStringLiteral("DNS:mx2.example.org")}));
}

void TestPkiCertificates::subordinateCaChain()
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

void TestPkiCertificates::caDirectoryIsNotReused()
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

void TestPkiCertificates::encryptedCaKey()
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

void TestPkiCertificates::pkcs12ReadableByOpenssl()
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

void TestPkiCertificates::pkcs12RefusesForeignKey()
{
    Error error;
    PrivateKey key;
    CertificateSpec spec;
    spec.subject = subject(QStringLiteral("CN=localhost"));
    spec.altNames = sans(QStringLiteral("DNS:localhost"));
    key = PrivateKey::generate(KeyType::EcP256, &error);
    const Certificate cert = CertificateFactory::selfSigned(key, spec, &error);
    const PrivateKey foreign = PrivateKey::generate(KeyType::EcP256, &error);
    QVERIFY(Pkcs12Bundle::create(cert, foreign, {}, "x", QString(), &error).isEmpty());
    QCOMPARE(error.kind, ErrorKind::KeyMismatch);
    QVERIFY(Pkcs12Bundle::create(cert, key, {}, QByteArray(), QString(), &error).isEmpty());
    QCOMPARE(error.kind, ErrorKind::Usage);
}

void TestPkiCertificates::snippetsForRsaAndEcdsa()
{
    const ConfigSnippets both = ConfigSnippets::server({{QStringLiteral("/etc/mail/ecdsa.pem"), QStringLiteral("/etc/mail/ecdsa.key"), QStringLiteral("EC")},
                                                        {QStringLiteral("/etc/mail/rsa.pem"), QStringLiteral("/etc/mail/rsa.key"), QStringLiteral("RSA")}});
    QVERIFY2(both.exim.contains(QLatin1String("tls_certificate = /etc/mail/rsa.pem : /etc/mail/ecdsa.pem\n")), qPrintable(both.exim));
    QVERIFY(both.exim.contains(QLatin1String("tls_privatekey = /etc/mail/rsa.key : /etc/mail/ecdsa.key\n")));
    QVERIFY(both.exim.contains(QLatin1String("4.92")));
    QVERIFY2(both.postfix.contains(QLatin1String("smtpd_tls_chain_files = /etc/mail/rsa.key,\n    /etc/mail/rsa.pem,\n    /etc/mail/ecdsa.key,\n    /etc/mail/ecdsa.pem\n")),
             qPrintable(both.postfix));
    QVERIFY(both.postfix.contains(QLatin1String("smtpd_tls_eccert_file = /etc/mail/ecdsa.pem")));
    const ConfigSnippets dh = ConfigSnippets::dhParameters(QStringLiteral("/etc/mail/dh.pem"));
    QVERIFY(dh.exim.contains(QLatin1String("tls_dhparam = /etc/mail/dh.pem")));
    QVERIFY(dh.postfix.contains(QLatin1String("smtpd_tls_dh1024_param_file = /etc/mail/dh.pem")));
    const ConfigSnippets locked = ConfigSnippets::server({{QStringLiteral("/a.pem"), QStringLiteral("/a.key"), QStringLiteral("RSA"), true}});
    QVERIFY(locked.exim.contains(QLatin1String("passphrase-protected")));
}

MAILTLS_TEST_MAIN(TestPkiCertificates)
#include "test_pki_certificates.moc"
