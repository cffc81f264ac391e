// --proxy and --proxy-pass-file as every network command reads them (app/cli/common_options):
// the URL into the options of session, scan, compare and fleet; the password from the file or
// MAILTLS_PROXY_PASSWORD, never from the URL (a usage error naming the way to give it).

#include "compare_args.h"
#include "fleet_args.h"
#include "scan_args.h"
#include "session_args.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::cli;

class TestProxyArgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("MAILTLS_PROXY_PASSWORD"); }
    void cleanup() { qunsetenv("MAILTLS_PROXY_PASSWORD"); }

    void sessionTakesTheUrlAndThePasswordFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("pw"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from-the-file\nsecond line\n");
        f.close();
        qputenv("MAILTLS_PROXY_PASSWORD", "from-the-environment");

        core::SessionOptions o;
        CliSettings s;
        QString error;
        QVERIFY2(parseSessionArgs({QStringLiteral("session"), QStringLiteral("mx.example.org"), QStringLiteral("--proxy"),
                                   QStringLiteral("socks5h://alice@127.0.0.1:1080"), QStringLiteral("--proxy-pass-file"), file},
                                  &o, &s, &error),
                 qPrintable(error));
        QCOMPARE(o.proxy.kind, core::ProxySettings::Kind::Socks5);
        QCOMPARE(o.proxy.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(o.proxy.user, QStringLiteral("alice"));
        QCOMPARE(o.proxy.password, QStringLiteral("from-the-file"));

        core::SessionOptions fromEnv;
        QVERIFY2(parseSessionArgs({QStringLiteral("session"), QStringLiteral("mx.example.org"), QStringLiteral("--proxy"),
                                   QStringLiteral("http://alice@127.0.0.1:3128")}, &fromEnv, &s, &error),
                 qPrintable(error));
        QCOMPARE(fromEnv.proxy.kind, core::ProxySettings::Kind::HttpConnect);
        QCOMPARE(fromEnv.proxy.password, QStringLiteral("from-the-environment"));

        core::SessionOptions direct;
        QVERIFY(parseSessionArgs({QStringLiteral("session"), QStringLiteral("mx.example.org")}, &direct, &s, &error));
        QVERIFY(!direct.proxy.isSet());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("password in the URL") << QStringList{QStringLiteral("--proxy"), QStringLiteral("socks5://a:b@127.0.0.1:1080")}
                                             << QStringLiteral("no password in the proxy URL");
        QTest::newRow("unknown scheme") << QStringList{QStringLiteral("--proxy"), QStringLiteral("socks4://127.0.0.1:1080")}
                                        << QStringLiteral("unknown proxy scheme");
        QTest::newRow("pass file without proxy") << QStringList{QStringLiteral("--proxy-pass-file"), QStringLiteral("/dev/null")}
                                                 << QStringLiteral("--proxy-pass-file needs --proxy");
        QTest::newRow("pass file without user")
            << QStringList{QStringLiteral("--proxy"), QStringLiteral("socks5://127.0.0.1:1080"), QStringLiteral("--proxy-pass-file"),
                           QStringLiteral("/dev/null")}
            << QStringLiteral("needs a user");
        QTest::newRow("unreadable pass file")
            << QStringList{QStringLiteral("--proxy"), QStringLiteral("socks5://alice@127.0.0.1:1080"), QStringLiteral("--proxy-pass-file"),
                           QStringLiteral("/nonexistent/pw")}
            << QStringLiteral("/nonexistent/pw");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        core::SessionOptions o;
        CliSettings s;
        QString error;
        QVERIFY(!parseSessionArgs(QStringList{QStringLiteral("session"), QStringLiteral("mx.example.org")} + args, &o, &s, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
        core::ScanOptions scan;
        QVERIFY(!parseScanArgs(QStringList{QStringLiteral("scan"), QStringLiteral("mx.example.org")} + args, &scan, &s, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void everyNetworkCommandCarriesIt()
    {
        const QString url = QStringLiteral("socks5://127.0.0.1:1080");
        CliSettings s;
        QString error;
        core::ScanOptions scan;
        QVERIFY2(parseScanArgs({QStringLiteral("scan"), QStringLiteral("mx.example.org"), QStringLiteral("--proxy"), url}, &scan, &s, &error),
                 qPrintable(error));
        QCOMPARE(core::proxyUrl(scan.target.proxy), url);

        QList<CompareInput> inputs;
        CompareSettings cs;
        QVERIFY2(parseCompareArgs({QStringLiteral("compare"), QStringLiteral("a.example.org"), QStringLiteral("b.example.org"),
                                   QStringLiteral("--proxy"), url},
                                  &inputs, &cs, &error),
                 qPrintable(error));
        QCOMPARE(inputs.size(), 2);
        for (const CompareInput &in : inputs)
            QCOMPARE(core::proxyUrl(in.scan.target.proxy), url);

        FleetSettings fleet;
        QVERIFY2(parseFleetArgs({QStringLiteral("fleet"), QStringLiteral("-"), QStringLiteral("--proxy"), url}, &fleet, &error),
                 qPrintable(error));
        QCOMPARE(core::proxyUrl(fleet.request.session.proxy), url);
        QCOMPARE(core::proxyUrl(fleet.request.scan.target.proxy), url);
    }
};

MAILTLS_TEST_MAIN(TestProxyArgs)
#include "test_proxy_args.moc"
