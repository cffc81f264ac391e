// Certificate field extraction, checked against what the openssl CLI prints for the same file.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/err.h>

#include "certificate_fixtures.h"
#include "x509/certificate.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

// Runs `openssl ARGS` and returns its standard output, trimmed; empty on failure.
QString openssl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// "name=value" as printed by `openssl x509 -noout -<name>` -> value.
QString afterEquals(const QString &line)
{
    const int eq = line.indexOf(QLatin1Char('='));
    return eq < 0 ? QString() : line.mid(eq + 1).trimmed();
}

const QStringList kAllFixtures = {
    QStringLiteral("root-ca.pem"),          QStringLiteral("intermediate-ca.pem"),
    QStringLiteral("other-root-ca.pem"),    QStringLiteral("leaf-rsa2048.pem"),
    QStringLiteral("leaf-rsa1024-sha1.pem"), QStringLiteral("leaf-ec-p256.pem"),
    QStringLiteral("selfsigned-ed25519.pem"), QStringLiteral("selfsigned-cn-only.pem"),
    QStringLiteral("leaf-cn-and-san.pem"),  QStringLiteral("leaf-expired.pem"),
    QStringLiteral("leaf-not-yet-valid.pem"),
};

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl CLI is needed to cross-check fields");
    }

    void matchesOpensslCli_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : kAllFixtures)
            QTest::newRow(qPrintable(f)) << f;
    }

    void matchesOpensslCli()
    {
        QFETCH(QString, file);
        const Certificate cert = loadOne(file);
        QVERIFY2(!cert.isNull(), qPrintable(file));
        const QString path = fixturePath(file);
        auto cli = [&](const QStringList &extra) {
            return openssl(QStringList{QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout")} + extra);
        };

        QCOMPARE(cert.subjectHash(), cli({QStringLiteral("-hash")}));
        QCOMPARE(cert.issuerHash(), cli({QStringLiteral("-issuer_hash")}));
        QCOMPARE(cert.sha256Fingerprint(), afterEquals(cli({QStringLiteral("-fingerprint"), QStringLiteral("-sha256")})));
        QCOMPARE(cert.serialHex(), afterEquals(cli({QStringLiteral("-serial")})));
        QCOMPARE(cert.subject(), afterEquals(cli({QStringLiteral("-subject"), QStringLiteral("-nameopt"), QStringLiteral("RFC2253,-esc_msb")})));
        QCOMPARE(cert.issuer(), afterEquals(cli({QStringLiteral("-issuer"), QStringLiteral("-nameopt"), QStringLiteral("RFC2253,-esc_msb")})));

        // -dateopt iso_8601 prints "notAfter=2126-10-29 16:46:13Z".
        auto cliDate = [&](const QString &which) {
            const QString text = afterEquals(cli({QStringLiteral("-") + which, QStringLiteral("-dateopt"), QStringLiteral("iso_8601")}));
            QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
            dt.setTimeSpec(Qt::UTC);
            return dt;
        };
        QCOMPARE(cert.notBefore(), cliDate(QStringLiteral("startdate")));
        QCOMPARE(cert.notAfter(), cliDate(QStringLiteral("enddate")));
        QCOMPARE(cert.notAfter().timeSpec(), Qt::UTC);

        // Key size as `-text` reports it ("Public-Key: (2048 bit)"); Ed25519 prints none.
        const QString text = cli({QStringLiteral("-text")});
        const QRegularExpressionMatch bits = QRegularExpression(QStringLiteral("Public-Key: \\((\\d+) bit\\)")).match(text);
        if (bits.hasMatch())
            QCOMPARE(cert.key().bits, bits.captured(1).toInt());
        const QRegularExpressionMatch oid = QRegularExpression(QStringLiteral("ASN1 OID: (\\S+)")).match(text);
        if (oid.hasMatch())
            QCOMPARE(cert.key().curve, oid.captured(1));
        const QRegularExpressionMatch sig = QRegularExpression(QStringLiteral("Signature Algorithm: (\\S+)")).match(text);
        QVERIFY(sig.hasMatch());
        QCOMPARE(cert.signatureAlgorithm(), sig.captured(1));

        // Our own dump carries the same subject line.
        QVERIFY(cert.toText().contains(QStringLiteral("Serial Number")));
        QCOMPARE(cert.version(), 3);
    }

    void rsa2048Leaf()
    {
        const Certificate cert = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        QVERIFY(!cert.isNull());
        QCOMPARE(cert.subject(), QStringLiteral("CN=mail.example.org,O=Example Mail,C=DE"));
        QCOMPARE(cert.issuer(), QStringLiteral("CN=MailTLS Test Intermediate CA,O=MailTLS Tests"));
        QCOMPARE(cert.commonName(), QStringLiteral("mail.example.org"));
        QCOMPARE(cert.serialHex(), QStringLiteral("0A1B2C3D4E"));
        QCOMPARE(cert.key().type, QStringLiteral("RSA"));
        QCOMPARE(cert.key().bits, 2048);
        QVERIFY(cert.key().curve.isEmpty());
        QCOMPARE(cert.signatureAlgorithm(), QStringLiteral("sha256WithRSAEncryption"));
        QCOMPARE(cert.signatureDigest(), QStringLiteral("SHA256"));
        QCOMPARE(cert.subjectAltNames(),
                 QStringList({QStringLiteral("DNS:mail.example.org"), QStringLiteral("DNS:*.mx.example.org"),
                              QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:2001:db8::25"),
                              QStringLiteral("email:postmaster@example.org"), QStringLiteral("URI:https://example.org/")}));
        QCOMPARE(cert.dnsNames(), QStringList({QStringLiteral("mail.example.org"), QStringLiteral("*.mx.example.org")}));
        QVERIFY(!cert.isSelfSigned());
        QVERIFY(!cert.isCa());
        QCOMPARE(cert.sha256Fingerprint().count(QLatin1Char(':')), 31);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(cert.subjectHash()).hasMatch());
    }

    void rsa1024Sha1Leaf()
    {
        const Certificate cert = loadOne(QStringLiteral("leaf-rsa1024-sha1.pem"));
        QCOMPARE(cert.key().type, QStringLiteral("RSA"));
        QCOMPARE(cert.key().bits, 1024);
        QCOMPARE(cert.signatureAlgorithm(), QStringLiteral("sha1WithRSAEncryption"));
        QCOMPARE(cert.signatureDigest(), QStringLiteral("SHA1"));
    }

    void ecP256Leaf()
    {
        const Certificate cert = loadOne(QStringLiteral("leaf-ec-p256.pem"));
        QCOMPARE(cert.key().type, QStringLiteral("EC"));
        QCOMPARE(cert.key().bits, 256);
        QCOMPARE(cert.key().curve, QStringLiteral("prime256v1"));
        // Issued by the RSA root, so the signature is RSA even though the key is EC.
        QCOMPARE(cert.signatureAlgorithm(), QStringLiteral("sha256WithRSAEncryption"));
    }

    void ed25519SelfSigned()
    {
        const Certificate cert = loadOne(QStringLiteral("selfsigned-ed25519.pem"));
        QCOMPARE(cert.key().type, QStringLiteral("Ed25519"));
        QVERIFY(cert.key().curve.isEmpty());
        QCOMPARE(cert.signatureAlgorithm(), QStringLiteral("ED25519"));
        QVERIFY(cert.signatureDigest().isEmpty());
        QVERIFY(cert.isSelfSigned());
        QVERIFY(!cert.isCa());
    }

    void caFlagsAndSelfSigned()
    {
        const Certificate root = loadOne(QStringLiteral("root-ca.pem"));
        const Certificate inter = loadOne(QStringLiteral("intermediate-ca.pem"));
        const Certificate leaf = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        const Certificate legacy = loadOne(QStringLiteral("selfsigned-cn-only.pem"));
        const Certificate other = loadOne(QStringLiteral("other-root-ca.pem"));
        QVERIFY(root.isCa());
        QVERIFY(inter.isCa());
        QVERIFY(!leaf.isCa());
        QVERIFY(!legacy.isCa());
        QVERIFY(root.isSelfSigned());
        QVERIFY(legacy.isSelfSigned());
        QVERIFY(!inter.isSelfSigned());
        QVERIFY(legacy.subjectAltNames().isEmpty());
        QCOMPARE(legacy.commonName(), QStringLiteral("legacy.example.org"));
        // The subject hash of a root is its issuer hash, as the c_rehash links rely on.
        QCOMPARE(root.subjectHash(), root.issuerHash());
        QCOMPARE(leaf.issuerHash(), inter.subjectHash());

        QVERIFY(leaf.isIssuedBy(inter));
        QVERIFY(inter.isIssuedBy(root));
        QVERIFY(root.isIssuedBy(root));
        QVERIFY(!leaf.isIssuedBy(root));
        QVERIFY(!inter.isIssuedBy(other));
        QVERIFY(!leaf.isIssuedBy(Certificate()));
    }

    void selfSignedMeansOwnKeyNotJustSameName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
        auto load = [&](const char *name) {
            QFile f(path(name));
            return f.open(QIODevice::ReadOnly) ? Certificate::listFromPem(f.readAll()).value(0) : Certificate();
        };
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
        // A server certificate without keyCertSign usage is still self-signed.
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                + QStringList{QStringLiteral("-keyout"), path("a.key"), QStringLiteral("-out"), path("a.pem"),
                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=same.example.org"),
                              QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,digitalSignature"),
                              QStringLiteral("-addext"), QStringLiteral("basicConstraints=CA:FALSE")});
        // Same name as issuer and subject, but signed by a.key: not self-signed.
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec
                + QStringList{QStringLiteral("-keyout"), path("b.key"), QStringLiteral("-out"), path("b.csr"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=same.example.org")});
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("b.csr"), QStringLiteral("-CA"),
                 path("a.pem"), QStringLiteral("-CAkey"), path("a.key"), QStringLiteral("-set_serial"), QStringLiteral("5"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"), path("b.pem")});
        const Certificate a = load("a.pem");
        const Certificate b = load("b.pem");
        QVERIFY(!a.isNull());
        QVERIFY(!b.isNull());
        QVERIFY(a.isSelfSigned());
        QVERIFY(!a.isCa());
        QCOMPARE(b.subject(), b.issuer());
        QVERIFY(!b.isSelfSigned());
        QVERIFY(b.isIssuedBy(a));
        QVERIFY(!a.isIssuedBy(b));
    }

    void derPemRoundTripAndEquality()
    {
        const Certificate leaf = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        const Certificate inter = loadOne(QStringLiteral("intermediate-ca.pem"));
        const Certificate fromDer = Certificate::fromDer(leaf.toDer());
        QVERIFY(!fromDer.isNull());
        QVERIFY(fromDer == leaf);
        QVERIFY(fromDer.handle() != leaf.handle());
        QVERIFY(leaf != inter);
        QVERIFY(Certificate() == Certificate());
        QVERIFY(Certificate() != leaf);
        const QList<Certificate> again = Certificate::listFromPem(leaf.toPem());
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first() == leaf);
        const Certificate shared = Certificate::fromX509(leaf.handle());
        QVERIFY(shared == leaf);
        QCOMPARE(shared.handle(), leaf.handle());
    }

    void pemListKeepsOrderAndSkipsJunk()
    {
        const QByteArray pem = "some text before\n" + readAll(fixturePath(QStringLiteral("leaf-rsa2048.pem")))
                               + "\n# comment between\n" + readAll(fixturePath(QStringLiteral("intermediate-ca.pem")))
                               + readAll(fixturePath(QStringLiteral("root-ca.pem"))) + "trailing words\n";
        const QList<Certificate> certs = Certificate::listFromPem(pem);
        QCOMPARE(certs.size(), 3);
        QCOMPARE(certs.at(0).commonName(), QStringLiteral("mail.example.org"));
        QCOMPARE(certs.at(1).commonName(), QStringLiteral("MailTLS Test Intermediate CA"));
        QCOMPARE(certs.at(2).commonName(), QStringLiteral("MailTLS Test Root CA"));
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void garbageGivesEmptyList_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray leaf = readAll(fixturePath(QStringLiteral("leaf-rsa2048.pem")));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello, this is not a certificate\n");
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char((i * 7919 + 13) & 0xff));
        QTest::newRow("binary") << binary;
        QTest::newRow("truncated") << leaf.left(leaf.size() / 2);
        QTest::newRow("header only") << QByteArray("-----BEGIN CERTIFICATE-----\n");
        QTest::newRow("no end line") << leaf.left(leaf.indexOf("-----END"));
        QTest::newRow("bad base64") << QByteArray("-----BEGIN CERTIFICATE-----\n!!!!****\n-----END CERTIFICATE-----\n");
        QTest::newRow("valid base64, not DER")
            << QByteArray("-----BEGIN CERTIFICATE-----\nSGVsbG8gd29ybGQhIFRoaXMgaXMgbm90IGFuIFguNTA5Lg==\n-----END CERTIFICATE-----\n");
        QTest::newRow("private key") << QByteArray("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n");
    }

    void garbageGivesEmptyList()
    {
        QFETCH(QByteArray, input);
        QVERIFY(Certificate::listFromPem(input).isEmpty());
        QCOMPARE(ERR_peek_error(), 0UL);
        QVERIFY(Certificate::fromDer(input).isNull());
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void damagedBlockDoesNotHideTheNext()
    {
        const QByteArray bad("-----BEGIN CERTIFICATE-----\nSGVsbG8gd29ybGQh\n-----END CERTIFICATE-----\n");
        const QByteArray leaf = readAll(fixturePath(QStringLiteral("leaf-rsa2048.pem")));
        const QList<Certificate> certs = Certificate::listFromPem(bad + leaf);
        QCOMPARE(certs.size(), 1);
        QCOMPARE(certs.first().commonName(), QStringLiteral("mail.example.org"));
        // A complete certificate followed by a cut-off one: the complete one survives.
        const QList<Certificate> firstOnly = Certificate::listFromPem(leaf + leaf.left(300));
        QCOMPARE(firstOnly.size(), 1);
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void nullCertificateIsHarmless()
    {
        const Certificate none;
        QVERIFY(none.isNull());
        QVERIFY(none.subject().isEmpty());
        QVERIFY(none.serialHex().isEmpty());
        QVERIFY(!none.notAfter().isValid());
        QVERIFY(none.key().type.isEmpty());
        QVERIFY(none.subjectAltNames().isEmpty());
        QVERIFY(none.sha256Fingerprint().isEmpty());
        QVERIFY(!none.isSelfSigned());
        QVERIFY(none.toDer().isEmpty());
        QVERIFY(none.toText().isEmpty());
        QVERIFY(Certificate::fromX509(nullptr).isNull());
    }

    void utf8NamesStayReadable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString certPath = dir.filePath(QStringLiteral("utf8.pem"));
        const QString out = openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                     QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")), QStringLiteral("-out"), certPath,
                                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-utf8"), QStringLiteral("-subj"),
                                     QStringLiteral("/O=Bäckerei Müller/CN=邮件服务器")});
        Q_UNUSED(out);
        QFile f(certPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<Certificate> certs = Certificate::listFromPem(f.readAll());
        QCOMPARE(certs.size(), 1);
        QCOMPARE(certs.first().subject(), QStringLiteral("CN=邮件服务器,O=Bäckerei Müller"));
        QCOMPARE(certs.first().commonName(), QStringLiteral("邮件服务器"));
        QVERIFY(certs.first().toText().contains(QStringLiteral("Bäckerei Müller")));
    }

    void extensionsDecoded()
    {
        // A self-signed RSA leaf with every extension the details pane decodes.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                            QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=mail.test.example/O=Loader Test"),
                            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:mail.test.example,IP:127.0.0.1"),
                            QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:FALSE"),
                            QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,digitalSignature,keyEncipherment"),
                            QStringLiteral("-addext"), QStringLiteral("extendedKeyUsage=serverAuth,clientAuth"),
                            QStringLiteral("-addext"), QStringLiteral("authorityInfoAccess=OCSP;URI:http://ocsp.test.example,caIssuers;URI:http://ca.test.example/ca.crt"),
                            QStringLiteral("-addext"), QStringLiteral("crlDistributionPoints=URI:http://crl.test.example/ca.crl")},
                           dir.path()));
        const Certificate cert = Certificate::listFromPem(readAll(dir.filePath(QStringLiteral("cert.pem")))).value(0);
        QVERIFY(!cert.isNull());
        const BasicConstraints bc = cert.basicConstraints();
        QVERIFY(bc.present);
        QVERIFY(bc.critical);
        QVERIFY(!bc.ca);
        QCOMPARE(cert.keyUsage(), (QStringList{QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")}));
        QVERIFY(cert.keyUsageCritical());
        QCOMPARE(cert.extendedKeyUsage(), (QStringList{QStringLiteral("serverAuth"), QStringLiteral("clientAuth")}));
        QCOMPARE(cert.ocspUrls(), QStringList{QStringLiteral("http://ocsp.test.example")});
        QCOMPARE(cert.caIssuerUrls(), QStringList{QStringLiteral("http://ca.test.example/ca.crt")});
        QCOMPARE(cert.crlDistributionPoints(), QStringList{QStringLiteral("http://crl.test.example/ca.crl")});
        QVERIFY(cert.subjectKeyIdentifier().contains(QLatin1Char(':')));
        QCOMPARE(cert.subjectKeyIdentifier().size(), 20 * 3 - 1);
        QVERIFY(cert.extensions().size() >= 7);

        const Certificate inter = loadOne(QStringLiteral("intermediate-ca.pem"));
        const Certificate root = loadOne(QStringLiteral("root-ca.pem"));
        QVERIFY(inter.basicConstraints().ca);
        QCOMPARE(inter.basicConstraints().pathLength, 0);
        QCOMPARE(root.basicConstraints().pathLength, -1);
        QCOMPARE(inter.keyUsage(), (QStringList{QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")}));
        QCOMPARE(inter.authorityKeyIdentifier(), root.subjectKeyIdentifier());
        QVERIFY(inter.extendedKeyUsage().isEmpty());
        QVERIFY(inter.ocspUrls().isEmpty());
        QCOMPARE(Certificate().basicConstraints().present, false);
    }

    void everyCommonNameInOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Certificate two = makeSelfSigned(dir.path(), QStringLiteral("/CN=first.example.org/O=Two Names/CN=second.example.org"));
        QCOMPARE(two.commonNames(), (QStringList{QStringLiteral("first.example.org"), QStringLiteral("second.example.org")}));
        QCOMPARE(two.commonName(), QStringLiteral("second.example.org"));   // the last CN, as `openssl` shows it
        QCOMPARE(loadOne(QStringLiteral("leaf-rsa2048.pem")).commonNames(), QStringList{QStringLiteral("mail.example.org")});
        QVERIFY(Certificate().commonNames().isEmpty());
    }
};

MAILTLS_TEST_MAIN(TestCertificate)
#include "test_certificate.moc"
