// `mailtls log` as a script and an admin meet it: usage errors are one line with exit 2, a
// damaged file exits 3 naming FILE:LINE after reporting everything before it, text from the
// log can never reach the terminal as control sequences, and --since/--partner narrow it.

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "test_registry.h"

#include <sys/stat.h>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runLog(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MAILTLS_CLI_PATH), QStringList{QStringLiteral("log")} + args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray kLog =
    "2026-12-05 10:00:00 TLS error on connection from (evil\x1b]0;pwned\x07\x1b[2J) [192.0.2.66] (gnutls_handshake): "
    "No supported cipher suites have been found.\n"
    "2026-12-06 10:00:00 1xa2GP-0005Po-10 <= a@example.org H=mx.good.example [192.0.2.2] P=esmtps "
    "X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=yes S=509\n";

} // namespace

class TestLogCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file") << QStringList{} << "no log file";
        QTest::newRow("missing file") << QStringList{"/nonexistent/mainlog"} << "no such file";
        QTest::newRow("direction") << QStringList{"-", "--direction", "sideways"} << "--direction";
        QTest::newRow("since") << QStringList{"-", "--since", "yesterday-ish"} << "--since";
        QTest::newRow("drop") << QStringList{"-", "--drop", "TLSv9"} << "--drop";
        QTest::newRow("only-cert") << QStringList{"-", "--only-cert", "DSA"} << "--only-cert";
        QTest::newRow("stdin twice") << QStringList{"-", "-"} << "only once";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = runLog(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void helpNamesTheContract()
    {
        const Run r = runLog({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Exit codes:"));
        QVERIFY(r.out.contains("--drop"));
    }

    void noControlSequencesReachTheTerminal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mainlog"));
        QVERIFY(writeFile(path, kLog));
        const Run r = runLog({path});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains('\x1b'));
        QVERIFY(!r.out.contains('\x07'));
        QVERIFY2(r.out.contains("\\x1b]0;pwned"), r.out.constData());
        QVERIFY(r.out.contains("No cipher suite in common"));
    }

    void damagedFileExitsThreeAfterReporting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mainlog"));
        QVERIFY(writeFile(path, kLog + QByteArray("\0\0binary", 8)));
        const Run r = runLog({path, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains((path + QStringLiteral(":3")).toUtf8()), r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("partners")).toArray().size(), 2);   // both lines before the damage
        QVERIFY(!doc.value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("error")).isNull());
    }

    // A FIFO nobody writes to: certificate files refuse it at once (they would block); a log
    // may be one (<(zcat ...)), read once, without peeking.
    void pipesNeverHang()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QElapsedTimer timer;
        timer.start();
        QProcess inspect;
        inspect.start(QStringLiteral(MAILTLS_CLI_PATH), {QStringLiteral("cert"), QStringLiteral("inspect"), fifo});
        QVERIFY(inspect.waitForFinished(10000));
        QCOMPARE(inspect.exitCode(), 2);
        QVERIFY(inspect.readAllStandardError().contains("not a regular file"));
        QVERIFY(timer.elapsed() < 5000);

        const QString source = dir.filePath(QStringLiteral("source.log"));
        QVERIFY(writeFile(source, kLog));
        QProcess writer;
        writer.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cat '%1' > '%2'").arg(source, fifo)});
        QVERIFY(writer.waitForStarted());
        const Run r = runLog({fifo, QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("partners")).toArray().size(), 2);
    }

    void filtersNarrow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mainlog"));
        QVERIFY(writeFile(path, kLog));
        Run r = runLog({path, QStringLiteral("--since"), QStringLiteral("2026-12-06"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.code, 0);
        QJsonArray partners = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("partners")).toArray();
        QCOMPARE(partners.size(), 1);
        QCOMPARE(partners.first().toObject().value(QStringLiteral("host")).toString(), QStringLiteral("mx.good.example"));
        r = runLog({path, QStringLiteral("--partner"), QStringLiteral("192.0.2.66"), QStringLiteral("--json"), QStringLiteral("-")});
        partners = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("partners")).toArray();
        QCOMPARE(partners.size(), 1);
        QCOMPARE(partners.first().toObject().value(QStringLiteral("address")).toString(), QStringLiteral("192.0.2.66"));
    }
};

MAILTLS_TEST_MAIN(TestLogCli)
#include "test_log_cli.moc"
