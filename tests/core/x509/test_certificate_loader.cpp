// Loading certificate material the way an admin has it on disk (PEM, DER, bundles, keys,
// PKCS#12): what each file holds, in file order, which key belongs to which certificate, and
// the one-line error a damaged file gives. Material is made with the openssl CLI at run time.

#include <QTemporaryDir>
#include <QtTest>

#include <openssl/err.h>

#include "certificate_fixtures.h"
#include "x509/certificate_loader.h"
#include "x509/chain_analysis.h"
#include "x509/trust_store.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestCertificateLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString &name) const { return dir_.filePath(name); }

    bool openssl(const QStringList &args) { return runOpenssl(args, dir_.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        // A self-signed RSA leaf and its key (the extensions are test_certificate's business).
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                         QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=mail.test.example/O=Loader Test"),
                         QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:mail.test.example,IP:127.0.0.1")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("cert.pem"), QStringLiteral("-outform"),
                         QStringLiteral("DER"), QStringLiteral("-out"), QStringLiteral("cert.der")}));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("key.pem"), QStringLiteral("-outform"),
                         QStringLiteral("DER"), QStringLiteral("-out"), QStringLiteral("key.der")}));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("key.pem"), QStringLiteral("-aes256"),
                         QStringLiteral("-passout"), QStringLiteral("pass:s3cret"), QStringLiteral("-out"), QStringLiteral("key-enc.pem")}));
        QVERIFY(openssl({QStringLiteral("rsa"), QStringLiteral("-in"), QStringLiteral("key.pem"), QStringLiteral("-traditional"),
                         QStringLiteral("-aes128"), QStringLiteral("-passout"), QStringLiteral("pass:s3cret"),
                         QStringLiteral("-out"), QStringLiteral("key-trad-enc.pem")}));
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), QStringLiteral("other-key.pem")}));
        // Bundles from the fixtures: right order, reversed, with root.
        const QByteArray leaf = readAll(fixturePath(QStringLiteral("leaf-rsa2048.pem")));
        const QByteArray inter = readAll(fixturePath(QStringLiteral("intermediate-ca.pem")));
        const QByteArray root = readAll(fixturePath(QStringLiteral("root-ca.pem")));
        QVERIFY(!leaf.isEmpty() && !inter.isEmpty() && !root.isEmpty());
        QVERIFY(writeAll(path(QStringLiteral("chain.pem")), leaf + inter));
        QVERIFY(writeAll(path(QStringLiteral("reversed.pem")), inter + leaf));
        QVERIFY(writeAll(path(QStringLiteral("withroot.pem")), QByteArray("# comment text is fine\n") + leaf + inter + root));
        QVERIFY(writeAll(path(QStringLiteral("intermediate.pem")), inter));
        // PKCS#12 holding the self-signed leaf, its key and a CA certificate.
        QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), QStringLiteral("cert.pem"),
                         QStringLiteral("-inkey"), QStringLiteral("key.pem"), QStringLiteral("-certfile"), QStringLiteral("intermediate.pem"),
                         QStringLiteral("-passout"), QStringLiteral("pass:p12-pass"), QStringLiteral("-out"), QStringLiteral("bundle.p12")}));
        QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), QStringLiteral("cert.pem"),
                         QStringLiteral("-inkey"), QStringLiteral("key.pem"), QStringLiteral("-passout"), QStringLiteral("pass:"),
                         QStringLiteral("-out"), QStringLiteral("nopass.p12")}));
        QVERIFY(openssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-certfile"), QStringLiteral("chain.pem"),
                         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), QStringLiteral("chain.p7b")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("key.pem"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=csr.test.example"), QStringLiteral("-out"), QStringLiteral("request.csr")}));
    }

    void pemCertificateAndKey()
    {
        const CertificateLoadResult r = loadCertificateFiles({path(QStringLiteral("cert.pem")), path(QStringLiteral("key.pem"))});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.certificates.size(), 1);
        QCOMPARE(r.certificates.first().commonName(), QStringLiteral("mail.test.example"));
        QCOMPARE(r.keys.size(), 1);
        QCOMPARE(r.keys.first().matchesPosition, 0);
        QCOMPARE(r.keys.first().info.type, QStringLiteral("RSA"));
        QCOMPARE(r.keys.first().info.bits, 2048);
        QCOMPARE(r.keys.first().publicKeySha256, r.certificates.first().publicKeySha256());
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.files.at(0).format, QStringLiteral("PEM"));
        QVERIFY(r.files.at(1).describe().contains(QStringLiteral("1 private key (RSA 2048)")));
        QVERIFY(r.keyFor(0));
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void derCertificateAndKey()
    {
        const CertificateLoadResult pem = loadCertificateFiles({path(QStringLiteral("cert.pem"))});
        const CertificateLoadResult r = loadCertificateFiles({path(QStringLiteral("cert.der")), path(QStringLiteral("key.der"))});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.files.first().format, QStringLiteral("DER"));
        QCOMPARE(r.certificates.size(), 1);
        QCOMPARE(r.certificates.first(), pem.certificates.first());
        QCOMPARE(r.keys.size(), 1);
        QCOMPARE(r.keys.first().matchesPosition, 0);
    }

    void bundleKeepsFileOrder()
    {
        const Certificate leaf = Certificate::listFromPem(readAll(fixturePath(QStringLiteral("leaf-rsa2048.pem")))).value(0);
        const Certificate inter = Certificate::listFromPem(readAll(fixturePath(QStringLiteral("intermediate-ca.pem")))).value(0);
        const Certificate root = Certificate::listFromPem(readAll(fixturePath(QStringLiteral("root-ca.pem")))).value(0);

        CertificateLoadResult r = loadCertificateFiles({path(QStringLiteral("reversed.pem"))});
        QVERIFY(r.ok());
        QCOMPARE(r.certificates, (CertificateChain{inter, leaf}));
        const ChainAnalysis reversed = analyzeChain(r.certificates, TrustStore::fromCertificates({root}, QStringLiteral("test root")), {});
        QVERIFY(!reversed.orderCorrect);

        r = loadCertificateFiles({path(QStringLiteral("withroot.pem"))});
        QVERIFY(r.ok());
        QCOMPARE(r.certificates, (CertificateChain{leaf, inter, root}));

        // Several files: one after the other, as a server given leaf + chain file sends them.
        r = loadCertificateFiles({fixturePath(QStringLiteral("leaf-rsa2048.pem")), path(QStringLiteral("intermediate.pem"))});
        QVERIFY(r.ok());
        QCOMPARE(r.certificates, (CertificateChain{leaf, inter}));
        QCOMPARE(r.files.at(1).firstPosition, 1);

        r = loadCertificateFiles({path(QStringLiteral("chain.p7b"))});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.files.first().format, QStringLiteral("PKCS#7"));
        QCOMPARE(r.certificates.size(), 2);
    }

    void keyMismatch()
    {
        const CertificateLoadResult r = loadCertificateFiles({path(QStringLiteral("cert.pem")), path(QStringLiteral("other-key.pem"))});
        QVERIFY(r.ok());
        QCOMPARE(r.keys.size(), 1);
        QCOMPARE(r.keys.first().matchesPosition, -1);
        QCOMPARE(r.keys.first().info.type, QStringLiteral("EC"));
        QVERIFY(!r.keyFor(0));
        // The file summary names the key a user would look for.
        QVERIFY2(r.files.at(1).describe().endsWith(QStringLiteral("1 private key (EC 256 (prime256v1))")),
                 qPrintable(r.files.at(1).describe()));
    }

    void encryptedKeys()
    {
        CertificateLoadOptions options;
        for (const QString &name : {QStringLiteral("key-enc.pem"), QStringLiteral("key-trad-enc.pem")}) {
            options.passphrase.clear();
            CertificateLoadResult r = loadCertificateFiles({path(name)}, options);
            QVERIFY(!r.ok());
            QVERIFY2(r.errorText().contains(QStringLiteral("passphrase")), qPrintable(r.errorText()));
            QVERIFY(r.errorText().contains(name));

            options.passphrase = "wrong";
            r = loadCertificateFiles({path(name)}, options);
            QVERIFY(!r.ok());
            QVERIFY2(r.errorText().contains(QStringLiteral("wrong passphrase")), qPrintable(r.errorText()));

            options.passphrase = "s3cret";
            r = loadCertificateFiles({path(QStringLiteral("cert.pem")), path(name)}, options);
            QVERIFY2(r.ok(), qPrintable(r.errorText()));
            QCOMPARE(r.keys.first().matchesPosition, 0);
        }
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void pkcs12()
    {
        CertificateLoadOptions options;
        options.passphrase = "p12-pass";
        CertificateLoadResult r = loadCertificateFiles({path(QStringLiteral("bundle.p12"))}, options);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.files.first().format, QStringLiteral("PKCS#12"));
        QCOMPARE(r.certificates.size(), 2);
        QCOMPARE(r.certificates.first().commonName(), QStringLiteral("mail.test.example"));
        QCOMPARE(r.keys.size(), 1);
        QCOMPARE(r.keys.first().matchesPosition, 0);

        options.passphrase = "not-the-pass";
        r = loadCertificateFiles({path(QStringLiteral("bundle.p12"))}, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("wrong passphrase")), qPrintable(r.errorText()));
        QVERIFY(r.errorText().startsWith(path(QStringLiteral("bundle.p12"))));
        QVERIFY(r.certificates.isEmpty());

        options.passphrase.clear();
        r = loadCertificateFiles({path(QStringLiteral("bundle.p12"))}, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("--passphrase-file")), qPrintable(r.errorText()));

        // An empty export password opens without one.
        r = loadCertificateFiles({path(QStringLiteral("nopass.p12"))}, options);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.keys.first().matchesPosition, 0);
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void badInputIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray pem = readAll(fixturePath(QStringLiteral("leaf-rsa2048.pem")));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("text") << QByteArray("hello, this is not a certificate\n") << QStringLiteral("neither PEM");
        QTest::newRow("truncated PEM") << pem.left(pem.size() / 2) << QStringLiteral("damaged or truncated");
        QByteArray badBase64 = pem;
        badBase64[100] = '%';
        QTest::newRow("bad base64") << badBase64 << QStringLiteral("PEM block 1");
        QTest::newRow("truncated DER") << readAll(path(QStringLiteral("cert.der"))).left(300) << QStringLiteral("truncated or damaged");
        QTest::newRow("truncated P12") << readAll(path(QStringLiteral("bundle.p12"))).left(500) << QStringLiteral("truncated or damaged");
        QTest::newRow("CSR only") << readAll(path(QStringLiteral("request.csr"))) << QStringLiteral("only CERTIFICATE REQUEST");
        QTest::newRow("begin line only") << QByteArray("-----BEGIN CERTIFICATE-----\n") << QStringLiteral("damaged or truncated");
    }

    void badInputIsAClearError()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("bad-input"));
        QVERIFY(writeAll(file, data));
        const CertificateLoadResult r = loadCertificateFiles({file});
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().startsWith(file + QStringLiteral(": ")), qPrintable(r.errors.first()));
        QVERIFY2(r.errors.first().contains(expected), qPrintable(r.errors.first()));
        QCOMPARE(r.errorPhrases.size(), 1);
        QCOMPARE(r.errorPhrases.first().english(), r.errors.first());   // the faces' phrase fills to the contract text
        QVERIFY(r.certificates.isEmpty());
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void missingFileAndDirectory()
    {
        const CertificateLoadResult r = loadCertificateFiles({path(QStringLiteral("nope.pem")), dir_.path(), path(QStringLiteral("cert.pem"))});
        QCOMPARE(r.errors.size(), 2);
        QVERIFY(r.errors.at(0).contains(QStringLiteral("no such file")));
        QVERIFY(r.errors.at(1).contains(QStringLiteral("is a directory")));
        QCOMPARE(r.certificates.size(), 1);   // the good file still loaded
    }

    // The faces show errors translated: each error has a phrase of context "Errors" (the reason
    // inside translatable too) that fills to exactly the English text.
    void errorsHaveTranslatablePhrases()
    {
        const QString garbage = path(QStringLiteral("garbage.bin"));
        QVERIFY(writeAll(garbage, QByteArray("hello, this is neither PEM nor DER\n")));
        const CertificateLoadResult r = loadCertificateFiles({garbage, path(QStringLiteral("missing.pem"))});
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errorPhrases.size(), 2);
        QVERIFY2(r.errors.at(0).startsWith(garbage + QStringLiteral(": neither PEM (no \"-----BEGIN\" line) nor DER")),
                 qPrintable(r.errors.at(0)));
        QCOMPARE(r.errors.at(1), path(QStringLiteral("missing.pem")) + QStringLiteral(": no such file"));
        for (int i = 0; i < r.errors.size(); ++i) {
            const Phrase &p = r.errorPhrases.at(i);
            QVERIFY(p.translatable());
            QCOMPARE(QByteArray(p.context()), QByteArray("Errors"));
            QCOMPARE(p.english(), r.errors.at(i));
            QCOMPARE(r.shownErrors().at(i), r.errors.at(i));   // no translator installed: English
        }
        // "FILE: reason": the reason is a translatable phrase of its own, the file name a value.
        const Phrase &reason = r.errorPhrases.at(0).values().at(1);
        QVERIFY(reason.translatable());
        QCOMPARE(QByteArray(reason.context()), QByteArray("Errors"));
        QCOMPARE(r.errorPhrases.at(0).values().at(0).english(), garbage);
        QCOMPARE(r.shownErrorText(), r.errorText());
    }
};

MAILTLS_TEST_MAIN(TestCertificateLoader)
#include "test_certificate_loader.moc"
