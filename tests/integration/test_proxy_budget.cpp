// The proxy's own connection limits (issue 14): every connection through one proxy shares one
// budget per process (--proxy-connections N, default 4), so a scan through a proxy that takes
// only a few clients at once finishes with the same matrix as a direct scan. Real proxies
// (tinyproxy with MaxClients 2, microsocks) in front of a real Exim; between us and the proxy
// sits counting_relay.py, which counts the connections the proxy sees at once. A proxy turned
// into its limit (a budget above MaxClients) hangs up on the extra connections: the scan backs
// off and retries (a "proxy busy" note), and still finishes with the direct matrix.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <memory>

#include "test_pki.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"
#include "proxy_peers.h"

using namespace mailtls::test;

namespace {

ToolResult runCli(const QStringList &args, int timeoutMs = 300000)
{
    return runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, timeoutMs);
}

QJsonObject jsonOf(const ToolResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QStringList notes(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &v : report.value(QStringLiteral("transcript")).toArray()) {
        const QJsonObject line = v.toObject();
        if (line.value(QStringLiteral("dir")).toString() == QLatin1String("note"))
            out << line.value(QStringLiteral("text")).toString();
    }
    return out;
}

} // namespace

class TestProxyBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().ok(), qPrintable(TestPki::instance().error()));
        exim_ = std::make_unique<EximServer>(
            EximOptions::serving(TestPki::instance().rsaLeaf().chainFile, TestPki::instance().rsaLeaf().keyFile));
        QString error;
        QVERIFY2(exim_->start(&error), qPrintable(error));
        target_ = QStringLiteral("127.0.0.1:%1").arg(exim_->port());
        const ToolResult direct = runCli({QStringLiteral("scan"), target_, QStringLiteral("--max-conn"), QStringLiteral("4"),
                                          QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(direct.ok(), qPrintable(direct.describe()));
        direct_ = jsonOf(direct).value(QStringLiteral("scan")).toObject();
        QVERIFY(!direct_.value(QStringLiteral("ciphers")).toObject().isEmpty());
        qInfo("direct scan: %lld ms", direct.elapsedMs);
    }

    void cleanupTestCase()
    {
        if (exim_)
            exim_->stop();
    }

    // tinyproxy takes 2 clients; with --proxy-connections 2 (and 4 scan lanes asking) it never
    // sees more than 2 of ours at once, and the scan finds what a direct one finds.
    void scanWithinTinyproxyLimit()
    {
        Tinyproxy proxy(2);
        CountingRelay relay;
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        QVERIFY2(relay.start(proxy.port(), &error), qPrintable(error));
        QVERIFY(relay.resetCount());
        const ToolResult r = runCli({QStringLiteral("scan"), target_, QStringLiteral("--max-conn"), QStringLiteral("4"),
                                     QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:%1").arg(relay.port()),
                                     QStringLiteral("--proxy-connections"), QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject report = jsonOf(r);
        expectDirectMatrix(report);
        const int peak = relay.stat(QStringLiteral("peak"));
        qInfo("tinyproxy MaxClients 2, --proxy-connections 2: peak %d at once, %d connections, %lld ms", peak,
              relay.stat(QStringLiteral("total")), r.elapsedMs);
        QVERIFY2(peak >= 1 && peak <= 2, qPrintable(QStringLiteral("peak %1").arg(peak)));
        QVERIFY(notes(report).contains(QStringLiteral("at most 2 connection(s) through the proxy at once, for this whole process (--proxy-connections)")));
    }

    // One connection at a time through SOCKS5, and the default budget (4) with 8 lanes asking.
    void scanThroughMicrosocks_data()
    {
        QTest::addColumn<QString>("budget");
        QTest::addColumn<int>("expectedMax");
        QTest::newRow("one") << QStringLiteral("1") << 1;
        QTest::newRow("default") << QString() << 4;
    }
    void scanThroughMicrosocks()
    {
        QFETCH(QString, budget);
        QFETCH(int, expectedMax);
        Microsocks proxy;
        CountingRelay relay;
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        QVERIFY2(relay.start(proxy.port(), &error), qPrintable(error));
        QVERIFY(relay.resetCount());
        QStringList args{QStringLiteral("scan"), target_, QStringLiteral("--max-conn"), QStringLiteral("8"), QStringLiteral("--proxy"),
                         QStringLiteral("socks5://127.0.0.1:%1").arg(relay.port()), QStringLiteral("--json"), QStringLiteral("-")};
        if (!budget.isEmpty())
            args << QStringLiteral("--proxy-connections") << budget;
        const ToolResult r = runCli(args);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        expectDirectMatrix(jsonOf(r));
        const int peak = relay.stat(QStringLiteral("peak"));
        qInfo("microsocks, --proxy-connections %s: peak %d at once, %d connections, %lld ms",
              budget.isEmpty() ? "(default)" : qPrintable(budget), peak, relay.stat(QStringLiteral("total")), r.elapsedMs);
        QVERIFY2(peak >= 1 && peak <= expectedMax, qPrintable(QStringLiteral("peak %1").arg(peak)));
    }

    // A budget above what the proxy takes. tinyproxy 1.11 at MaxClients stops accepting (the
    // extra connections wait in its listen queue): measured, nothing refused. A proxy that hangs
    // up on the extra connections instead (the relay with --refuse-over 2, in front of a real
    // microsocks): the scan takes that as the proxy being busy (a "proxy busy" note, a back-off,
    // a retry), never as the server refusing a suite: the matrix is the direct one.
    void proxyAtItsLimit_data()
    {
        QTest::addColumn<bool>("hangsUp");
        QTest::newRow("tinyproxy queues") << false;
        QTest::newRow("proxy hangs up") << true;
    }
    void proxyAtItsLimit()
    {
        QFETCH(bool, hangsUp);
        Tinyproxy tinyproxy(2);
        Microsocks microsocks;
        CountingRelay relay;
        QString error;
        if (hangsUp) {
            QVERIFY2(microsocks.start(&error), qPrintable(error));
            QVERIFY2(relay.start(microsocks.port(), &error, 2), qPrintable(error));
        } else {
            QVERIFY2(tinyproxy.start(&error), qPrintable(error));
            QVERIFY2(relay.start(tinyproxy.port(), &error), qPrintable(error));
        }
        QVERIFY(relay.resetCount());
        const QString url = hangsUp ? QStringLiteral("socks5://127.0.0.1:%1").arg(relay.port())
                                    : QStringLiteral("http://127.0.0.1:%1").arg(relay.port());
        const ToolResult r = runCli({QStringLiteral("scan"), target_, QStringLiteral("--max-conn"), QStringLiteral("6"),
                                     QStringLiteral("--proxy"), url, QStringLiteral("--proxy-connections"), QStringLiteral("6"),
                                     QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject report = jsonOf(r);
        expectDirectMatrix(report);
        const int peak = relay.stat(QStringLiteral("peak"));
        const int refused = relay.stat(QStringLiteral("refused"));
        int busyNotes = 0;
        for (const QString &n : notes(report))
            busyNotes += n.startsWith(QLatin1String("proxy busy (")) ? 1 : 0;
        qInfo("%s, --proxy-connections 6: peak %d at once, %d connections, %d hung up on, %d proxy-busy retries, %lld ms",
              hangsUp ? "relay hanging up above 2 + microsocks" : "tinyproxy MaxClients 2", peak, relay.stat(QStringLiteral("total")),
              refused, busyNotes, r.elapsedMs);
        QVERIFY(peak <= 6);
        if (hangsUp) {
            QVERIFY2(refused > 0, "the budget of 6 never went above the proxy's 2");
            QVERIFY2(busyNotes > 0, "the proxy hung up and no proxy-busy back-off is in the transcript");
            QCOMPARE(report.value(QStringLiteral("scan")).toObject().value(QStringLiteral("ciphers")), direct_.value(QStringLiteral("ciphers")));
        }
    }

    // Two targets of a fleet run share the one budget of their proxy.
    void fleetSharesOneBudget()
    {
        Microsocks proxy;
        CountingRelay relay;
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        QVERIFY2(relay.start(proxy.port(), &error), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString list = dir.filePath(QStringLiteral("targets.txt"));
        {
            QFile f(list);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // One Exim under two names: two targets, two hosts to the fleet's per-host limits.
            f.write(target_.toUtf8() + "\nlocalhost:" + QByteArray::number(exim_->port()) + "\n");
        }
        QVERIFY(relay.resetCount());
        const ToolResult r = runCli({QStringLiteral("fleet"), list, QStringLiteral("--mode"), QStringLiteral("scan"),
                                     QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--proxy"),
                                     QStringLiteral("socks5://127.0.0.1:%1").arg(relay.port()), QStringLiteral("--proxy-connections"),
                                     QStringLiteral("3"), QStringLiteral("-q")},
                                    600000);
        QVERIFY2(r.finished && r.exitCode >= 0 && r.exitCode < 3, qPrintable(r.describe()));
        const int peak = relay.stat(QStringLiteral("peak"));
        qInfo("fleet of 2 targets, --proxy-connections 3: peak %d at once, %d connections, %lld ms", peak,
              relay.stat(QStringLiteral("total")), r.elapsedMs);
        QVERIFY(relay.stat(QStringLiteral("total")) > 2);
        QVERIFY2(peak >= 1 && peak <= 3, qPrintable(QStringLiteral("peak %1").arg(peak)));
    }

    void usageErrors()
    {
        const ToolResult alone = runCli({QStringLiteral("scan"), target_, QStringLiteral("--proxy-connections"), QStringLiteral("2")}, 30000);
        QCOMPARE(alone.exitCode, 2);
        QVERIFY(alone.err.contains("--proxy-connections needs --proxy"));
        const ToolResult zero = runCli({QStringLiteral("session"), target_, QStringLiteral("--proxy"), QStringLiteral("socks5://127.0.0.1:1"),
                                        QStringLiteral("--proxy-connections"), QStringLiteral("0")}, 30000);
        QCOMPARE(zero.exitCode, 2);
        QVERIFY(zero.err.contains("--proxy-connections: a number from 1 to 64"));
    }

private:
    void expectDirectMatrix(const QJsonObject &report)
    {
        const QJsonObject scan = report.value(QStringLiteral("scan")).toObject();
        QCOMPARE(scan.value(QStringLiteral("protocols")), direct_.value(QStringLiteral("protocols")));
        QCOMPARE(scan.value(QStringLiteral("ciphers")), direct_.value(QStringLiteral("ciphers")));
    }

    std::unique_ptr<EximServer> exim_;
    QString target_;
    QJsonObject direct_;
};

MAILTLS_TEST_MAIN(TestProxyBudget)
#include "test_proxy_budget.moc"
