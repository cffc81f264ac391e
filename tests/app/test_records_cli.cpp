// `mailtls records` as a user runs it: the sections it prints, the TLSA record the openssl
// command computes for the same key, --json to a file and to stdout, the skip note without
// --cert/--key, and the usage errors of docs/CONTRACTS.md (exit 2, one line on stderr).

#include <QtTest>

#include "test_registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class TestRecordsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textSections();
    void jsonToStdoutAndFile();
    void noCertificateSkipsTlsa();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir_.path());
        p.start(QStringLiteral(MAILTLS_CLI_PATH), QStringList{QStringLiteral("records")} + args);
        Result r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static bool openssl(const QStringList &args, const QString &dir, QByteArray *out = nullptr)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return false;
        if (out)
            *out = p.readAllStandardOutput();
        return true;
    }
    QString path(const QString &name) const { return dir_.filePath(name); }

    QTemporaryDir dir_;
    QString spkiSha256_;   // upper-case hex, as the openssl command computes it for key.pem
    QString nextSha256_;
};

void TestRecordsCli::initTestCase()
{
    QVERIFY(dir_.isValid());
    const QString d = dir_.path();
    QFile junk(path(QStringLiteral("junk.txt")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=mx1.example.org"), QStringLiteral("-days"), QStringLiteral("30")},
                    d));
    QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"), QStringLiteral("-out"),
                     QStringLiteral("next.pem")}, d));
    for (const auto &[key, out] : {std::pair<QString, QString *>{QStringLiteral("key.pem"), &spkiSha256_},
                                   std::pair<QString, QString *>{QStringLiteral("next.pem"), &nextSha256_}}) {
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout"), QStringLiteral("-outform"),
                         QStringLiteral("DER"), QStringLiteral("-out"), key + QStringLiteral(".der")}, d));
        QByteArray digest;
        QVERIFY(openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-r"), key + QStringLiteral(".der")}, d, &digest));
        *out = QString::fromLatin1(digest.split(' ').first()).toUpper();
        QCOMPARE(out->size(), 64);
    }
}

void TestRecordsCli::textSections()
{
    const Result r = run({QStringLiteral("--domain"), QStringLiteral("example.org"), QStringLiteral("--mx"), QStringLiteral("mx1.example.org"),
                          QStringLiteral("--mx"), QStringLiteral("mx2.example.org"), QStringLiteral("--cert"), QStringLiteral("cert.pem"),
                          QStringLiteral("--key"), QStringLiteral("key.pem"), QStringLiteral("--next-key"), QStringLiteral("next.pem"),
                          QStringLiteral("--sts-mode"), QStringLiteral("enforce"), QStringLiteral("--sts-id"), QStringLiteral("v2"),
                          QStringLiteral("--rua"), QStringLiteral("mailto:tls@example.org")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    for (const char *mx : {"mx1", "mx2"}) {
        QVERIFY2(r.out.contains(QStringLiteral("_25._tcp.%1.example.org. IN TLSA 3 1 1 %2\n").arg(QLatin1String(mx), spkiSha256_)),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("_25._tcp.%1.example.org. IN TLSA 3 1 1 %2\n").arg(QLatin1String(mx), nextSha256_)));
    }
    // --key is the certificate's own key: one current record per MX, not two.
    QCOMPARE(r.out.count(spkiSha256_), 2);
    QVERIFY(r.out.contains(QLatin1String("_mta-sts.example.org. IN TXT \"v=STSv1; id=v2\"\n")));
    QVERIFY(r.out.contains(QLatin1String("_smtp._tls.example.org. IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.org\"\n")));
    QVERIFY(r.out.contains(QLatin1String("version: STSv1\nmode: enforce\nmx: mx1.example.org\nmx: mx2.example.org\nmax_age: 604800\n")));
    QVERIFY(r.out.contains(QLatin1String("2 x the TLSA records' TTL")));
    QVERIFY(r.out.contains(QLatin1String("hosts_try_dane = *")));
    QVERIFY(r.out.contains(QLatin1String("smtp_tls_security_level = dane")));
    const qsizetype zone = r.out.indexOf(QLatin1String("== Zone lines"));
    const qsizetype policy = r.out.indexOf(QLatin1String("== MTA-STS policy file"));
    const qsizetype exim = r.out.indexOf(QLatin1String("== Exim"));
    const qsizetype postfix = r.out.indexOf(QLatin1String("== Postfix"));
    QVERIFY(zone >= 0 && zone < policy && policy < exim && exim < postfix);
}

void TestRecordsCli::jsonToStdoutAndFile()
{
    const QStringList base = {QStringLiteral("--domain"), QStringLiteral("example.org"), QStringLiteral("--mx"),
                              QStringLiteral("mx1.example.org"), QStringLiteral("--key"), QStringLiteral("key.pem")};
    const Result r = run(base + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);   // JSON alone on stdout
    QCOMPARE(o.value(QLatin1String("schema")).toString(), QStringLiteral("mailtls.records/1"));
    const QJsonArray tlsa = o.value(QLatin1String("tlsa")).toArray();
    QCOMPARE(tlsa.size(), 1);
    QCOMPARE(tlsa.first().toObject().value(QLatin1String("record")).toString(), QStringLiteral("3 1 1 ") + spkiSha256_);
    QCOMPARE(o.value(QLatin1String("mta_sts")).toObject().value(QLatin1String("mode")).toString(), QStringLiteral("testing"));
    QVERIFY(o.value(QLatin1String("tls_rpt")).isNull());

    const Result f = run(base + QStringList{QStringLiteral("--json"), QStringLiteral("out.json"), QStringLiteral("--no-sts")});
    QCOMPARE(f.exitCode, 0);
    QVERIFY(f.out.contains(QLatin1String("== Zone lines")));   // the text as well
    QFile file(path(QStringLiteral("out.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(saved.value(QLatin1String("mta_sts")).isNull());
    QCOMPARE(saved.value(QLatin1String("tlsa")).toArray().size(), 1);
}

void TestRecordsCli::noCertificateSkipsTlsa()
{
    const Result r = run({QStringLiteral("--domain"), QStringLiteral("example.org"), QStringLiteral("--mx"), QStringLiteral("mx1.example.org")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QLatin1String("IN TLSA")));
    QVERIFY2(r.out.contains(QLatin1String("No TLSA records: give the server's certificate (--cert) or key (--key).")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("_mta-sts.example.org. IN TXT \"v=STSv1; id=")));
}

void TestRecordsCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList ok = {QStringLiteral("--domain"), QStringLiteral("example.org"), QStringLiteral("--mx"), QStringLiteral("mx1.example.org")};
    QTest::newRow("no domain") << QStringList{QStringLiteral("--mx"), QStringLiteral("mx1.example.org")} << "--domain DOMAIN is required";
    QTest::newRow("no mx") << QStringList{QStringLiteral("--domain"), QStringLiteral("example.org")} << "--mx HOST";
    QTest::newRow("bad mx") << QStringList{QStringLiteral("--domain"), QStringLiteral("example.org"), QStringLiteral("--mx"), QStringLiteral("mx 1.example.org")}
                            << "not a host name";
    QTest::newRow("missing cert") << ok + QStringList{QStringLiteral("--cert"), QStringLiteral("nothing.pem")} << "--cert nothing.pem";
    QTest::newRow("cert is no cert") << ok + QStringList{QStringLiteral("--cert"), QStringLiteral("junk.txt")} << "--cert junk.txt";
    QTest::newRow("mode") << ok + QStringList{QStringLiteral("--sts-mode"), QStringLiteral("strict")} << "enforce, testing or none";
    QTest::newRow("max age word") << ok + QStringList{QStringLiteral("--sts-max-age"), QStringLiteral("week")} << "not a number";
    QTest::newRow("max age too long") << ok + QStringList{QStringLiteral("--sts-max-age"), QStringLiteral("99999999")} << "31557600";
    QTest::newRow("id") << ok + QStringList{QStringLiteral("--sts-id"), QStringLiteral("a-b")} << "letters and digits";
    QTest::newRow("no-sts with mode") << ok + QStringList{QStringLiteral("--no-sts"), QStringLiteral("--sts-mode"), QStringLiteral("enforce")}
                                      << "exclude each other";
    QTest::newRow("rua") << ok + QStringList{QStringLiteral("--rua"), QStringLiteral("tls@example.org")} << "mailto: or https:";
    QTest::newRow("unknown option") << ok + QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("positional") << ok + QStringList{QStringLiteral("example.org")} << "unexpected argument";
    QTest::newRow("json dir") << ok + QStringList{QStringLiteral("--json"), QStringLiteral("/nonexistent-dir/x.json")} << "x.json";
}

void TestRecordsCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QLatin1String("mailtls records: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

MAILTLS_TEST_MAIN(TestRecordsCli)
#include "test_records_cli.moc"
