// Sessions and a scan through real proxies on loopback to a real Exim, by the mailtls CLI as an
// admin behind a firewall runs it: microsocks (SOCKS5, without and with RFC 1929 user name and
// password) and tinyproxy (HTTP CONNECT, without and with Basic authentication). Each success
// names the proxy in the transcript's first note, in target.address and in target.proxy (never
// the password); a wrong password is one clear line on stderr and exit 3; a scan through SOCKS5
// finds the same versions and suites as a direct one.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "proxy_peers.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::test;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("Proxy-Secret-4711");

ToolResult runCli(const QStringList &args, int timeoutMs = 60000)
{
    return runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, timeoutMs);
}

QJsonObject jsonOf(const ToolResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestProxy : public QObject
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
        QVERIFY(dir_.isValid());
        passFile_ = dir_.filePath(QStringLiteral("proxy-pass"));
        wrongFile_ = dir_.filePath(QStringLiteral("wrong-pass"));
        for (const auto &[path, text] : {std::pair{passFile_, kPassword}, std::pair{wrongFile_, QStringLiteral("not-it")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8() + '\n');
        }
    }

    void cleanupTestCase()
    {
        if (exim_)
            exim_->stop();
    }

    // A session through each proxy, with and without authentication: TLS established, the
    // proxy named in the transcript's first note, target.address and target.proxy.
    void sessionThroughProxy_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("withUser");
        QTest::newRow("socks5") << QStringLiteral("socks5") << false;
        QTest::newRow("socks5 with user") << QStringLiteral("socks5") << true;
        QTest::newRow("http") << QStringLiteral("http") << false;
        QTest::newRow("http with user") << QStringLiteral("http") << true;
    }

    void sessionThroughProxy()
    {
        QFETCH(QString, kind);
        QFETCH(bool, withUser);
        std::unique_ptr<PeerProcess> proxy;
        QString error;
        if (kind == QLatin1String("socks5")) {
            auto p = withUser ? std::make_unique<Microsocks>(kUser, kPassword) : std::make_unique<Microsocks>();
            QVERIFY2(p->start(&error), qPrintable(error));
            proxy = std::move(p);
        } else {
            auto p = withUser ? std::make_unique<Tinyproxy>(50, kUser, kPassword) : std::make_unique<Tinyproxy>();
            QVERIFY2(p->start(&error), qPrintable(error));
            proxy = std::move(p);
        }
        const QString where = QStringLiteral("127.0.0.1:%1").arg(proxy->port());
        const QString url = QStringLiteral("%1://%2%3").arg(kind, withUser ? kUser + QLatin1Char('@') : QString(), where);
        // "localhost" goes to the proxy as a name: the proxy resolves it.
        QStringList args{QStringLiteral("session"), QStringLiteral("localhost:%1").arg(exim_->port()), QStringLiteral("--proxy"), url,
                         QStringLiteral("--ca-file"), TestPki::instance().caFile(), QStringLiteral("--json"), QStringLiteral("-")};
        if (withUser)
            args << QStringLiteral("--proxy-pass-file") << passFile_;
        const ToolResult r = runCli(args);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(kPassword.toUtf8()) && !r.err.contains(kPassword.toUtf8()), "the password was printed");
        const QJsonObject report = jsonOf(r);
        const QJsonObject target = report.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("proxy")).toString(), url);
        const QString via = kind == QLatin1String("socks5") ? QStringLiteral("via SOCKS5 %1").arg(where)
                                                            : QStringLiteral("via HTTP CONNECT proxy %1").arg(where);
        QCOMPARE(target.value(QStringLiteral("address")).toString(), via);
        const QJsonArray transcript = report.value(QStringLiteral("transcript")).toArray();
        QVERIFY(!transcript.isEmpty());
        const QJsonObject first = transcript.first().toObject();
        QCOMPARE(first.value(QStringLiteral("dir")).toString(), QStringLiteral("note"));
        QCOMPARE(first.value(QStringLiteral("text")).toString(), withUser ? via + QStringLiteral(" (user %1)").arg(kUser) : via);
        QVERIFY(report.value(QStringLiteral("tls")).toObject().value(QStringLiteral("established")).toBool());
        QVERIFY(report.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("banner")).toString().startsWith(QStringLiteral("220")));
    }

    // A wrong password (and none at all) through an authenticating proxy: exit 3, one line
    // naming the proxy and the user.
    void wrongPasswordIsAClearError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("socks5") << QStringLiteral("socks5");
        QTest::newRow("http") << QStringLiteral("http");
    }

    void wrongPasswordIsAClearError()
    {
        QFETCH(QString, kind);
        std::unique_ptr<PeerProcess> proxy;
        QString error;
        QString label;
        if (kind == QLatin1String("socks5")) {
            auto p = std::make_unique<Microsocks>(kUser, kPassword);
            QVERIFY2(p->start(&error), qPrintable(error));
            proxy = std::move(p);
            label = QStringLiteral("SOCKS5 proxy");
        } else {
            auto p = std::make_unique<Tinyproxy>(50, kUser, kPassword);
            QVERIFY2(p->start(&error), qPrintable(error));
            proxy = std::move(p);
            label = QStringLiteral("HTTP CONNECT proxy");
        }
        const QString where = QStringLiteral("127.0.0.1:%1").arg(proxy->port());
        const ToolResult wrong = runCli({QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()),
                                         QStringLiteral("--proxy"), QStringLiteral("%1://%2@%3").arg(kind, kUser, where),
                                         QStringLiteral("--proxy-pass-file"), wrongFile_, QStringLiteral("-q")});
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.errText().contains(QStringLiteral("the %1 %2 refused the user name or password (user %3)").arg(label, where, kUser)),
                 qPrintable(wrong.describe()));
        QVERIFY(!wrong.allText().contains(QStringLiteral("not-it")));

        const ToolResult none = runCli({QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()),
                                        QStringLiteral("--proxy"), QStringLiteral("%1://%2").arg(kind, where), QStringLiteral("-q")});
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.errText().contains(QStringLiteral("the %1 %2 wants a user name and password").arg(label, where)),
                 qPrintable(none.describe()));
    }

    // The password never on the command line: a URL with one is a usage error.
    void passwordInUrlIsRefused()
    {
        const ToolResult r = runCli({QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()),
                                     QStringLiteral("--proxy"), QStringLiteral("socks5://alice:secret@127.0.0.1:1080")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("no password in the proxy URL")), qPrintable(r.describe()));
    }

    // A scan through SOCKS5 (every connection through the proxy) finds what a direct one finds.
    void scanThroughSocks5MatchesDirect()
    {
        Microsocks proxy;
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        const QString target = QStringLiteral("127.0.0.1:%1").arg(exim_->port());
        const ToolResult direct = runCli({QStringLiteral("scan"), target, QStringLiteral("--max-conn"), QStringLiteral("2"),
                                          QStringLiteral("--json"), QStringLiteral("-")}, 300000);
        QVERIFY2(direct.ok(), qPrintable(direct.describe()));
        const QString url = QStringLiteral("socks5://127.0.0.1:%1").arg(proxy.port());
        const ToolResult proxied = runCli({QStringLiteral("scan"), target, QStringLiteral("--max-conn"), QStringLiteral("2"),
                                           QStringLiteral("--proxy"), url, QStringLiteral("--json"), QStringLiteral("-")}, 300000);
        QVERIFY2(proxied.ok(), qPrintable(proxied.describe()));
        const QJsonObject a = jsonOf(direct);
        const QJsonObject b = jsonOf(proxied);
        QCOMPARE(b.value(QStringLiteral("target")).toObject().value(QStringLiteral("proxy")).toString(), url);
        QVERIFY(a.value(QStringLiteral("target")).toObject().value(QStringLiteral("proxy")).isNull());
        const QJsonObject scanA = a.value(QStringLiteral("scan")).toObject();
        const QJsonObject scanB = b.value(QStringLiteral("scan")).toObject();
        QVERIFY(!scanA.value(QStringLiteral("ciphers")).toObject().isEmpty());
        QCOMPARE(scanB.value(QStringLiteral("protocols")), scanA.value(QStringLiteral("protocols")));
        QCOMPARE(scanB.value(QStringLiteral("ciphers")), scanA.value(QStringLiteral("ciphers")));
        QCOMPARE(b.value(QStringLiteral("transcript")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("via SOCKS5 127.0.0.1:%1").arg(proxy.port()));
    }

private:
    std::unique_ptr<EximServer> exim_;
    QTemporaryDir dir_;
    QString passFile_;
    QString wrongFile_;
};

MAILTLS_TEST_MAIN(TestProxy)
#include "test_proxy.moc"
