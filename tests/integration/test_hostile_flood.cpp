// A server that answers EHLO with an endless multi-line reply, as fast as loopback carries it:
// session, scan, simulate and compare must stop at the reply-line limit (base/limits.h, the
// protocol's ReplyParser) with exit 3 and a message that says so, within seconds, under an
// address-space limit of 640 MiB (a compare needs about 400 MiB of address space; before reads
// from a peer were bounded, one reached 400 MB of memory in 0.1 s, and a scan once 8 GB).

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "scripted_peer.h"
#include "test_process.h"
#include "test_registry.h"

using namespace mailtls::test;

class TestHostileFlood : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessReplyIsBounded_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("session") << QStringList{QStringLiteral("session"), QStringLiteral("TARGET")};
        QTest::newRow("scan") << QStringList{QStringLiteral("scan"), QStringLiteral("TARGET")};
        QTest::newRow("simulate") << QStringList{QStringLiteral("simulate"), QStringLiteral("--server"), QStringLiteral("TARGET"),
                                                 QStringLiteral("--client"), QStringLiteral("openssl3-default")};
        QTest::newRow("compare") << QStringList{QStringLiteral("compare"), QStringLiteral("TARGET"), QStringLiteral("TARGET")};
    }

    // 220 to STARTTLS, then HTTP instead of TLS on every connection: the scan raises what the
    // session raises (starttls.rejected) and tests no version, instead of "none accepted".
    void scanOfBrokenTlsSaysSo()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("220 broken.test ESMTP");
            QByteArray line;
            while (c.readLine(&line)) {
                const QByteArray verb = line.left(4).toUpper();
                if (verb == "EHLO") {
                    c.send("250-broken.test\r\n250 STARTTLS\r\n");
                } else if (verb == "STAR") {
                    c.sendLine("220 go ahead");
                    c.readSome(2000);
                    c.send("HTTP/1.1 400 Bad Request\r\n\r\n");
                    c.close();
                    return;
                } else {
                    c.sendLine("250 ok");
                }
            }
        });
        QString error;
        QVERIFY2(peer.start(&error), qPrintable(error));
        const ToolResult r = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                     {QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(peer.port()),
                                      QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("-")},
                                     {}, 60000);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonObject scan = doc.value(QStringLiteral("scan")).toObject();
        QVERIFY2(scan.value(QStringLiteral("handshakes")).toInt() > 0, r.out.constData());
        QCOMPARE(scan.value(QStringLiteral("tls_answers")).toInt(), 0);
        QVERIFY(scan.value(QStringLiteral("protocols")).toObject().isEmpty());
        bool rejected = false;
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray())
            rejected = rejected || f.toObject().value(QStringLiteral("id")).toString() == QLatin1String("starttls.rejected");
        QVERIFY2(rejected, r.out.constData());
    }

    // 220 to STARTTLS, then silence: no answer to judge, for the scan as for the session
    // (exit 3, "timed out"), in about one --timeout, not minutes.
    void silenceAfterStarttlsExitsThree()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("220 silent.test ESMTP");
            QByteArray line;
            while (c.readLine(&line)) {
                const QByteArray verb = line.left(4).toUpper();
                if (verb == "EHLO") {
                    c.send("250-silent.test\r\n250 STARTTLS\r\n");
                } else if (verb == "STAR") {
                    c.sendLine("220 go ahead");
                    c.holdUntilClosed(20000);
                    return;
                } else {
                    c.sendLine("250 ok");
                }
            }
        });
        QString error;
        QVERIFY2(peer.start(&error), qPrintable(error));
        for (const QString &command : {QStringLiteral("session"), QStringLiteral("scan")}) {
            QElapsedTimer timer;
            timer.start();
            const ToolResult r = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                         {command, QStringLiteral("127.0.0.1:%1").arg(peer.port()), QStringLiteral("--timeout"),
                                          QStringLiteral("2")},
                                         {}, 60000);
            QVERIFY2(r.finished, qPrintable(r.describe()));
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.errText().contains(QLatin1String("timed out")) || r.errText().contains(QLatin1String("no TLS answer")),
                     qPrintable(r.describe()));
            QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        }
    }

    // A tarpit (no greeting at all) and a 421 on every connection: the scan gives up after a few
    // connections with exit 3 and says why, instead of retrying for minutes and calling an empty
    // result complete; --max-time ends any scan at its deadline; --progress writes plain lines.
    void unansweredScansEndWithExitThree_data()
    {
        QTest::addColumn<bool>("silent");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("withinMs");
        QTest::newRow("tarpit") << true << QStringList{} << QStringLiteral("answered none of") << 40000;
        QTest::newRow("421 storm") << false << QStringList{} << QStringLiteral("answered none of") << 10000;
        QTest::newRow("max-time") << true << QStringList{QStringLiteral("--max-time"), QStringLiteral("2"), QStringLiteral("--progress")}
                                  << QStringLiteral("--max-time 2 s") << 8000;
    }
    void unansweredScansEndWithExitThree()
    {
        QFETCH(bool, silent);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        QFETCH(int, withinMs);
        ScriptedPeer peer([silent](PeerConnection &c) {
            if (silent)
                c.holdUntilClosed(30000);
            else
                c.sendLine("421 4.7.0 too many connections, try later");
        });
        QString error;
        QVERIFY2(peer.start(&error), qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        const ToolResult r = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                     QStringList{QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(peer.port()),
                                                 QStringLiteral("--timeout"), QStringLiteral("3")}
                                         + extra,
                                     {}, 90000);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(expected), qPrintable(r.describe()));
        QVERIFY2(timer.elapsed() < withinMs, qPrintable(QString::number(timer.elapsed())));
        if (extra.contains(QStringLiteral("--progress")))
            QVERIFY2(r.errText().contains(QLatin1String("scanning: ")), qPrintable(r.describe()));
    }

    void endlessReplyIsBounded()
    {
        QFETCH(QStringList, command);
        ScriptedPeer peer([](PeerConnection &c) {
            if (!c.sendLine("220 flood.test ESMTP"))
                return;
            QByteArray line;
            if (!c.readLine(&line))
                return;
            QByteArray burst;
            for (int i = 0; i < 500; ++i)
                burst += "250-" + QByteArray(100, 'X') + "\r\n";
            while (!c.stopping() && c.send(burst)) {
            }
        });
        QString error;
        QVERIFY2(peer.start(&error), qPrintable(error));
        const QString target = QStringLiteral("127.0.0.1:%1").arg(peer.port());
        command.replaceInStrings(QStringLiteral("TARGET"), target);
        QStringList quoted;
        for (const QString &arg : std::as_const(command))
            quoted << QLatin1Char('\'') + arg + QLatin1Char('\'');
        QElapsedTimer timer;
        timer.start();
        const ToolResult r = runTool(QStringLiteral("sh"),
                                     {QStringLiteral("-c"), QStringLiteral("%1 exec '%2' %3 --timeout 5")
                                                                .arg(memoryLimitPrefix(640), QStringLiteral(MAILTLS_CLI_PATH),
                                                                     quoted.join(QLatin1Char(' ')))},
                                     {}, 60000);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QLatin1String("more than 2000 lines")), qPrintable(r.describe()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

MAILTLS_TEST_MAIN(TestHostileFlood)
#include "test_hostile_flood.moc"
