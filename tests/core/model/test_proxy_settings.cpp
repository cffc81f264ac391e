// The proxy URL as the user writes it: the schemes (socks5, socks5h as its alias, http), default
// ports, users (percent-encoded), IPv6 in brackets; a password in the URL, other schemes, paths
// and bad ports refused with a sentence; the URL printed back without password and the
// transcript's note.

#include <QtTest>

#include "model/proxy_settings.h"
#include "model/report.h"
#include "model/session_options.h"
#include "model/targets.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestProxySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheForms_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("note");
        const int socks = int(ProxySettings::Kind::Socks5);
        const int http = int(ProxySettings::Kind::HttpConnect);
        QTest::newRow("socks5") << "socks5://127.0.0.1:1080" << socks << "127.0.0.1" << 1080 << ""
                                << "socks5://127.0.0.1:1080" << "via SOCKS5 127.0.0.1:1080";
        QTest::newRow("socks5h alias, default port") << "SOCKS5H://proxy.example.net" << socks << "proxy.example.net" << 1080 << ""
                                                     << "socks5://proxy.example.net:1080" << "via SOCKS5 proxy.example.net:1080";
        QTest::newRow("user") << "socks5://alice@127.0.0.1:9050/" << socks << "127.0.0.1" << 9050 << "alice"
                              << "socks5://alice@127.0.0.1:9050" << "via SOCKS5 127.0.0.1:9050 (user alice)";
        QTest::newRow("encoded user") << "http://a%40b@[::1]:3128" << http << "::1" << 3128 << "a@b"
                                      << "http://a%40b@[::1]:3128" << "via HTTP CONNECT proxy [::1]:3128 (user a@b)";
        QTest::newRow("http default port") << "http://127.0.0.1" << http << "127.0.0.1" << 8080 << ""
                                           << "http://127.0.0.1:8080" << "via HTTP CONNECT proxy 127.0.0.1:8080";
    }

    void parsesTheForms()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, printed);
        QFETCH(QString, note);
        ProxySettings p;
        QString error;
        QVERIFY2(parseProxyUrl(url, &p, &error), qPrintable(error));
        QCOMPARE(int(p.kind), kind);
        QCOMPARE(p.host, host);
        QCOMPARE(int(p.port), port);
        QCOMPARE(p.user, user);
        QCOMPARE(proxyUrl(p), printed);
        QCOMPARE(proxyNote(p), note);
    }

    void refusesWithASentence_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("words");
        QTest::newRow("password") << "socks5://alice:secret@127.0.0.1:1080" << "no password in the proxy URL";
        QTest::newRow("scheme") << "socks4://127.0.0.1:1080" << "unknown proxy scheme";
        QTest::newRow("https") << "https://127.0.0.1:3128" << "unknown proxy scheme";
        QTest::newRow("no scheme") << "127.0.0.1:1080" << "a proxy is a URL";
        QTest::newRow("path") << "http://127.0.0.1:3128/x" << "no path or query";
        QTest::newRow("port 0") << "socks5://127.0.0.1:0" << "port";
        QTest::newRow("bad port") << "socks5://127.0.0.1:99999" << "port";
        QTest::newRow("no host") << "socks5://alice@" << "host";
        QTest::newRow("empty user") << "socks5://@127.0.0.1" << "empty user";
    }

    void refusesWithASentence()
    {
        QFETCH(QString, url);
        QFETCH(QString, words);
        ProxySettings p;
        QString error;
        QVERIFY(!parseProxyUrl(url, &p, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
        QVERIFY(!p.isSet());
        QVERIFY(!error.contains(QStringLiteral("secret")));
    }

    void noProxy()
    {
        ProxySettings p;
        QString error;
        QVERIFY(parseProxyUrl(QStringLiteral("  "), &p, &error));
        QVERIFY(!p.isSet());
        QVERIFY(proxyUrl(p).isEmpty());
        QVERIFY(proxyNote(p).isEmpty());
    }

    void sessionProxyReachesTheScanTargetAndTheReport()
    {
        SessionOptions o;
        o.host = QStringLiteral("mx.example.org");
        QString error;
        QVERIFY(parseProxyUrl(QStringLiteral("socks5://alice@127.0.0.1:1080"), &o.proxy, &error));
        o.proxy.password = QStringLiteral("secret");
        QCOMPARE(scanTargetFor(o).proxy.password, QStringLiteral("secret"));
        QCOMPARE(scanTargetFor(o).proxy.port, quint16(1080));
        QCOMPARE(plannedTarget(o).proxy, QStringLiteral("socks5://alice@127.0.0.1:1080"));
    }
};

MAILTLS_TEST_MAIN(TestProxySettings)
#include "test_proxy_settings.moc"
