// The `mailtls cert` generating commands as a user runs them: what they write, what they print
// (paths, fingerprint, Exim/Postfix lines), the exit codes of docs/CONTRACTS.md, and Ctrl-C during
// DH parameter generation leaving no file behind.

#include <QtTest>

#include "test_registry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/stat.h>

class TestPkiCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keyWritesAndRefusesOverwrite();
    void selfSignedPrintsConfig();
    void wrongPassphraseIsNamed();
    void csrAndCaSign();
    void usageErrors_data();
    void usageErrors();
    void dhparamInterruptLeavesNothing();
    void pkcs12();
    void inspectIsDispatched();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir_->path());
        p.start(QStringLiteral(MAILTLS_CLI_PATH), QStringList{QStringLiteral("cert")} + args);
        Result r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString path(const QString &name) const { return dir_->filePath(name); }
    void writeText(const QString &name, const QByteArray &text)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    static int mode(const QString &file)
    {
        struct stat st {};
        return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }
    static QString openssl(const QStringList &args, int *exitCode)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        p.waitForFinished(60000);
        *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAll());
    }

    std::unique_ptr<QTemporaryDir> dir_;
};

void TestPkiCli::init()
{
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
}

void TestPkiCli::keyWritesAndRefusesOverwrite()
{
    Result r = run({QStringLiteral("key"), QStringLiteral("--type"), QStringLiteral("ec-p384"), QStringLiteral("--out"), QStringLiteral("k.pem")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(path(QStringLiteral("k.pem"))));
    QVERIFY(r.out.contains(QLatin1String("EC P-384")));
    QVERIFY(r.out.contains(QLatin1String("mode 0600")));
    QCOMPARE(mode(path(QStringLiteral("k.pem"))), 0600);
    QFile key(path(QStringLiteral("k.pem")));
    QVERIFY(key.open(QIODevice::ReadOnly));
    const QByteArray before = key.readAll();
    r = run({QStringLiteral("key"), QStringLiteral("--type"), QStringLiteral("ec-p256"), QStringLiteral("--out"), QStringLiteral("k.pem")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("already exists (use --force")), qPrintable(r.err));
    key.seek(0);
    QCOMPARE(key.readAll(), before);
    r = run({QStringLiteral("key"), QStringLiteral("--type"), QStringLiteral("ec-p256"), QStringLiteral("--out"), QStringLiteral("k.pem"),
             QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("EC P-256")));
}

void TestPkiCli::selfSignedPrintsConfig()
{
    const Result r = run({QStringLiteral("selfsigned"), QStringLiteral("--cn"), QStringLiteral("localhost"), QStringLiteral("--san"),
                          QStringLiteral("DNS:localhost,IP:127.0.0.1,IP:::1"), QStringLiteral("--key-type"), QStringLiteral("ec-p256"),
                          QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--out-cert"), QStringLiteral("c.pem"),
                          QStringLiteral("--out-key"), QStringLiteral("c.key")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &expected : {QStringLiteral("SHA-256:"), QStringLiteral("Subject:   CN=localhost"), QStringLiteral("(30 days)"),
                                    QStringLiteral("DNS:localhost, IP:127.0.0.1, IP:::1"),
                                    QStringLiteral("tls_certificate = ") + path(QStringLiteral("c.pem")),
                                    QStringLiteral("tls_privatekey = ") + path(QStringLiteral("c.key")),
                                    QStringLiteral("smtpd_tls_chain_files = ") + path(QStringLiteral("c.key"))})
        QVERIFY2(r.out.contains(expected), qPrintable(expected + QStringLiteral("\n") + r.out));
    QCOMPARE(mode(path(QStringLiteral("c.key"))), 0600);
    int code = 0;
    const QString text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("c.pem")), QStringLiteral("-noout"),
                                  QStringLiteral("-ext"), QStringLiteral("subjectAltName,extendedKeyUsage")},
                                 &code);
    QVERIFY2(code == 0 && text.contains(QLatin1String("TLS Web Server Authentication")), qPrintable(text));

    // Without a SAN a server certificate is refused, and nothing is written.
    const Result noSan = run({QStringLiteral("selfsigned"), QStringLiteral("--cn"), QStringLiteral("mx.example"), QStringLiteral("--out-cert"),
                              QStringLiteral("x.pem"), QStringLiteral("--out-key"), QStringLiteral("x.key")});
    QCOMPARE(noSan.exitCode, 2);
    QVERIFY(noSan.err.contains(QLatin1String("subjectAltName")));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.pem"))) && !QFile::exists(path(QStringLiteral("x.key"))));
}

void TestPkiCli::wrongPassphraseIsNamed()
{
    writeText(QStringLiteral("pass"), "right one\n");
    writeText(QStringLiteral("wrong"), "wrong one\n");
    QCOMPARE(run({QStringLiteral("key"), QStringLiteral("--type"), QStringLiteral("rsa2048"), QStringLiteral("--out"), QStringLiteral("key.pem"),
                  QStringLiteral("--passphrase-file"), QStringLiteral("pass")})
                 .exitCode,
             0);
    const Result r = run({QStringLiteral("csr"), QStringLiteral("--key"), QStringLiteral("key.pem"), QStringLiteral("--passphrase-file"),
                          QStringLiteral("wrong"), QStringLiteral("--cn"), QStringLiteral("localhost"), QStringLiteral("--san"),
                          QStringLiteral("DNS:localhost"), QStringLiteral("--out"), QStringLiteral("r.csr")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), QStringLiteral("mailtls cert csr: wrong passphrase for key.pem"));
    QVERIFY(!QFile::exists(path(QStringLiteral("r.csr"))));
}

void TestPkiCli::csrAndCaSign()
{
    Result r = run({QStringLiteral("ca"), QStringLiteral("init"), QStringLiteral("--cn"), QStringLiteral("CLI Test CA"), QStringLiteral("--out-dir"),
                    QStringLiteral("ca"), QStringLiteral("--key-type"), QStringLiteral("ec-p256")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(mode(path(QStringLiteral("ca/ca.key"))), 0600);
    r = run({QStringLiteral("csr"), QStringLiteral("--key-type"), QStringLiteral("ec-p256"), QStringLiteral("--out-key"), QStringLiteral("l.key"),
             QStringLiteral("--cn"), QStringLiteral("localhost"), QStringLiteral("--san"), QStringLiteral("DNS:localhost"), QStringLiteral("--san"),
             QStringLiteral("IP:127.0.0.1"), QStringLiteral("--subject"), QStringLiteral("O=Example\\, Inc.,C=DE"), QStringLiteral("--out"),
             QStringLiteral("l.csr")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    int code = 0;
    QString text = openssl({QStringLiteral("req"), QStringLiteral("-in"), path(QStringLiteral("l.csr")), QStringLiteral("-verify"),
                            QStringLiteral("-noout"), QStringLiteral("-subject")},
                           &code);
    QVERIFY2(code == 0 && text.contains(QLatin1String("O = \"Example, Inc.\"")), qPrintable(text));

    for (const QString &out : {QStringLiteral("l1.pem"), QStringLiteral("l2.pem")}) {
        r = run({QStringLiteral("ca"), QStringLiteral("sign"), QStringLiteral("--ca-dir"), QStringLiteral("ca"), QStringLiteral("--csr"),
                 QStringLiteral("l.csr"), QStringLiteral("--out"), out, QStringLiteral("--eku"), QStringLiteral("both")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QVERIFY(r.out.contains(QLatin1String("Serial:    1001")));
    QVERIFY(r.out.contains(QLatin1String("next serial 1002")));
    text = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), path(QStringLiteral("ca/ca.pem")), path(QStringLiteral("l2.pem"))}, &code);
    QVERIFY2(code == 0, qPrintable(text));

    // Past dates: an expired certificate, as `openssl verify` sees it.
    r = run({QStringLiteral("ca"), QStringLiteral("sign"), QStringLiteral("--ca-dir"), QStringLiteral("ca"), QStringLiteral("--csr"),
             QStringLiteral("l.csr"), QStringLiteral("--out"), QStringLiteral("old.pem"), QStringLiteral("--not-before"),
             QStringLiteral("2020-01-01"), QStringLiteral("--not-after"), QStringLiteral("2021-01-01T00:00:00Z")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("EXPIRED")));
    text = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), path(QStringLiteral("ca/ca.pem")), path(QStringLiteral("old.pem"))}, &code);
    QVERIFY2(code != 0 && text.contains(QLatin1String("error 10 at 0 depth")), qPrintable(text));
}

void TestPkiCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << "unknown subcommand 'frobnicate'";
    QTest::newRow("bad key type") << QStringList{QStringLiteral("key"), QStringLiteral("--type"), QStringLiteral("rsa1024"), QStringLiteral("--out"),
                                                 QStringLiteral("k.pem")}
                                  << "unknown key type 'rsa1024'";
    QTest::newRow("dh bits") << QStringList{QStringLiteral("dhparam"), QStringLiteral("--bits"), QStringLiteral("1024"), QStringLiteral("--out"),
                                            QStringLiteral("dh.pem")}
                             << "2048, 3072 or 4096";
    QTest::newRow("bad san") << QStringList{QStringLiteral("selfsigned"), QStringLiteral("--cn"), QStringLiteral("a"), QStringLiteral("--san"),
                                            QStringLiteral("IP:999.1.1.1"), QStringLiteral("--out-cert"), QStringLiteral("a.pem"),
                                            QStringLiteral("--out-key"), QStringLiteral("a.key")}
                             << "not an IPv4 or IPv6 address";
    QTest::newRow("unwritable") << QStringList{QStringLiteral("key"), QStringLiteral("--type"), QStringLiteral("ec-p256"), QStringLiteral("--out"),
                                               QStringLiteral("no/such/dir/k.pem")}
                                << "does not exist";
    QTest::newRow("ca sign without ca") << QStringList{QStringLiteral("ca"), QStringLiteral("sign"), QStringLiteral("--ca-dir"), QStringLiteral("none"),
                                                       QStringLiteral("--csr"), QStringLiteral("x.csr"), QStringLiteral("--out"), QStringLiteral("x.pem")}
                                        << "cannot read";
    QTest::newRow("ca action") << QStringList{QStringLiteral("ca"), QStringLiteral("burn")} << "unknown action 'burn'";
}

void TestPkiCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(QDir(dir_->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestPkiCli::dhparamInterruptLeavesNothing()
{
    QProcess p;
    p.setWorkingDirectory(dir_->path());
    p.start(QStringLiteral(MAILTLS_CLI_PATH), {QStringLiteral("cert"), QStringLiteral("dhparam"), QStringLiteral("--bits"), QStringLiteral("4096"),
                                               QStringLiteral("--out"), QStringLiteral("dh.pem")});
    QVERIFY(p.waitForStarted());
    QTest::qWait(700);
    QCOMPARE(p.state(), QProcess::Running);   // 4096 bits take far longer than this
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("interrupted; nothing written")));
    QVERIFY(QDir(dir_->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestPkiCli::pkcs12()
{
    writeText(QStringLiteral("pass"), "p12 pass\n");
    QCOMPARE(run({QStringLiteral("selfsigned"), QStringLiteral("--cn"), QStringLiteral("localhost"), QStringLiteral("--san"), QStringLiteral("DNS:localhost"),
                  QStringLiteral("--key-type"), QStringLiteral("ec-p256"), QStringLiteral("--out-cert"), QStringLiteral("c.pem"), QStringLiteral("--out-key"),
                  QStringLiteral("c.key")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("key"), QStringLiteral("--type"), QStringLiteral("ec-p256"), QStringLiteral("--out"), QStringLiteral("other.key")}).exitCode, 0);
    Result r = run({QStringLiteral("pkcs12"), QStringLiteral("--cert"), QStringLiteral("c.pem"), QStringLiteral("--key"), QStringLiteral("other.key"),
                    QStringLiteral("--out"), QStringLiteral("c.p12"), QStringLiteral("--passphrase-file"), QStringLiteral("pass")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("does not belong to the certificate")), qPrintable(r.err));
    r = run({QStringLiteral("pkcs12"), QStringLiteral("--cert"), QStringLiteral("c.pem"), QStringLiteral("--key"), QStringLiteral("c.key"),
             QStringLiteral("--out"), QStringLiteral("c.p12"), QStringLiteral("--passphrase-file"), QStringLiteral("pass")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(mode(path(QStringLiteral("c.p12"))), 0600);
    int code = 0;
    const QString info = openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"), path(QStringLiteral("c.p12")),
                                  QStringLiteral("-passin"), QStringLiteral("file:") + path(QStringLiteral("pass")), QStringLiteral("-noout")},
                                 &code);
    QVERIFY2(code == 0 && info.contains(QLatin1String("AES-256-CBC")), qPrintable(info));
}

void TestPkiCli::inspectIsDispatched()
{
    const Result r = run({QStringLiteral("inspect"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("inspect")), qPrintable(r.out));
    const Result overview = run({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(QLatin1String("ca sign")));
}

MAILTLS_TEST_MAIN(TestPkiCli)
#include "test_pki_cli.moc"
