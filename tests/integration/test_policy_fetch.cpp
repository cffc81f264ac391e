// The MTA-STS policy fetch (domain/policy_fetch) against real HTTPS servers on loopback: a
// Python 3 `ssl` + `http.server` peer (mta_sts_https_server.py beside this file) that serves a
// good policy, a redirect, a 404, HTML, 10 MB, a stall, and writes down the SNI and Host header
// each client sent, so the test sees on the wire that the name (not the address) went out.
// Its certificate for "mta-sts.example.test" is issued here by the test PKI's intermediate CA.
// Time bounds are generous: they catch a hang, not a slow machine.

#include <QtTest>

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "base/cancel_token.h"
#include "base/limits.h"
#include "domain/policy_fetch.h"
#include "model/mail_policy.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

const QString kPolicyHost = QStringLiteral("mta-sts.example.test");
const QByteArray kPolicy = "version: STSv1\r\nmode: enforce\r\nmx: mail.example.test\r\n"
                           "mx: *.mx.example.test\r\nmax_age: 86400\r\n";

QString serverScript()
{
    return QStringLiteral(MAILTLS_SOURCE_DIR "/tests/integration/mta_sts_https_server.py");
}

// The Python peer, started and stopped like every other test peer (own process group, killed
// with the test process).
class PolicyServer : public PeerProcess
{
public:
    PolicyServer() : PeerProcess(QStringLiteral("mta-sts-https")) {}
    ~PolicyServer() override { stop(); }

    bool startTls(const QString &chainFile, const QString &keyFile, bool alsoIpv6, QString *error)
    {
        return launch(QStringLiteral("python3"),
                      [=](quint16 port) {
                          QStringList args{serverScript(), QStringLiteral("--cert"), chainFile,
                                           QStringLiteral("--key"), keyFile,
                                           QStringLiteral("--port"), QString::number(port),
                                           QStringLiteral("--log"), logFile()};
                          if (alsoIpv6)
                              args << QStringLiteral("--also-ipv6");
                          return args;
                      },
                      Readiness::Listening, 15000, error);
    }
    bool startSilent(QString *error)
    {
        return launch(QStringLiteral("python3"),
                      [=](quint16 port) {
                          return QStringList{serverScript(), QStringLiteral("--silent"),
                                             QStringLiteral("--port"), QString::number(port)};
                      },
                      Readiness::Listening, 15000, error);
    }
    QString logFile() const { return workDir() + QStringLiteral("/requests.log"); }
    QString logText() const { return readTextFile(logFile()); }
    int requestCount() const { return int(logText().count(QLatin1String("REQUEST "))); }

protected:
    bool confirmsListening(quint16) const override { return outputText().contains(QLatin1String("READY")); }
};

PolicyFetchRequest requestFor(quint16 port, const QString &path = QStringLiteral("/.well-known/mta-sts.txt"))
{
    PolicyFetchRequest r;
    r.host = kPolicyHost;
    r.address = QStringLiteral("127.0.0.1");
    r.port = port;
    r.path = path;
    r.caFile = TestPki::instance().caFile();
    r.timeoutMs = 20000;
    return r;
}

QString describe(const StsPolicyFetch &f)
{
    return QStringLiteral("status %1, type \"%2\", valid %3 (%4), %5 body bytes%6, error %7: %8, %9 ms, chain %10")
        .arg(f.httpStatus).arg(f.contentType).arg(f.certificateValid).arg(f.certificateError).arg(f.bodyBytes)
        .arg(f.bodyTooLarge ? QStringLiteral(" (too large)") : QString()).arg(errorKindName(f.errorKind))
        .arg(f.error).arg(f.elapsedMs).arg(f.chain.size());
}

long maxRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestPolicyFetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodPolicy();
    void namesOnTheWire();
    void chunkedBody();
    void ipv6Address();
    void onAWorkerThread();
    void certificateForAnotherName();
    void unknownCa();
    void caFileIsTheOnlyAnchor();
    void redirectIsNotFollowed();
    void notFound();
    void wrongContentType();
    void bodyTooLarge_data();
    void bodyTooLarge();
    void endlessHeaders_data();
    void endlessHeaders();
    void answerShapes_data();
    void answerShapes();
    void silentServerTimesOut();
    void stallAfterRequestTimesOut();
    void refusedPort();
    void cancelWhileWaiting();
    void cancelledBeforeStart();
    void usageErrors();

private:
    QTemporaryDir dir_;
    QString chainFile_;
    QString keyFile_;
    std::unique_ptr<PolicyServer> server_;   // serves the good certificate, shared by most tests
};

void TestPolicyFetch::initTestCase()
{
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    QVERIFY(dir_.isValid());

    // A leaf for the policy host, issued by the intermediate; served with it.
    const QString key = dir_.filePath(QStringLiteral("mta-sts.key"));
    const QString csr = dir_.filePath(QStringLiteral("mta-sts.csr"));
    const QString cert = dir_.filePath(QStringLiteral("mta-sts.pem"));
    const QString ext = dir_.filePath(QStringLiteral("mta-sts.ext"));
    QFile extFile(ext);
    QVERIFY(extFile.open(QIODevice::WriteOnly));
    extFile.write("basicConstraints=critical,CA:FALSE\n"
                  "keyUsage=critical,digitalSignature\n"
                  "extendedKeyUsage=serverAuth\n"
                  "subjectAltName=DNS:mta-sts.example.test\n");
    extFile.close();
    const ToolResult req = runTool(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                    QStringLiteral("-keyout"), key, QStringLiteral("-subj"), QStringLiteral("/CN=mta-sts.example.test"),
                                    QStringLiteral("-out"), csr});
    QVERIFY2(req.ok(), qPrintable(req.describe()));
    const ToolResult sign = runTool(QStringLiteral("openssl"),
                                    {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                                     QStringLiteral("-CA"), pki.intermediateFile(), QStringLiteral("-CAkey"), pki.intermediateKeyFile(),
                                     QStringLiteral("-set_serial"), QStringLiteral("0x5151"), QStringLiteral("-days"), QStringLiteral("30"),
                                     QStringLiteral("-sha256"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"), cert});
    QVERIFY2(sign.ok(), qPrintable(sign.describe()));
    QByteArray chain;
    for (const QString &part : {cert, pki.intermediateFile()}) {
        QFile f(part);
        QVERIFY(f.open(QIODevice::ReadOnly));
        chain += f.readAll();
    }
    chainFile_ = dir_.filePath(QStringLiteral("mta-sts-chain.pem"));
    QFile out(chainFile_);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(chain);
    out.close();
    keyFile_ = key;

    server_ = std::make_unique<PolicyServer>();
    QString error;
    QVERIFY2(server_->startTls(chainFile_, keyFile_, true, &error), qPrintable(error));
}

void TestPolicyFetch::goodPolicy()
{
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port()), CancelToken());
    QVERIFY2(f.errorKind == ErrorKind::None, qPrintable(describe(f)));
    QVERIFY(f.attempted);
    QCOMPARE(f.host, kPolicyHost);
    QCOMPARE(f.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(f.url, QStringLiteral("https://mta-sts.example.test:%1/.well-known/mta-sts.txt").arg(server_->port()));
    QCOMPARE(f.httpStatus, 200);
    QCOMPARE(f.contentType, QStringLiteral("text/plain"));
    QVERIFY2(f.certificateValid, qPrintable(describe(f)));
    QVERIFY(f.certificateError.isEmpty());
    QCOMPARE(f.body, kPolicy);
    QCOMPARE(f.bodyBytes, kPolicy.size());
    QVERIFY(!f.bodyTooLarge);
    QVERIFY(f.redirectLocation.isEmpty());
    QVERIFY(f.error.isEmpty());
    QVERIFY(f.elapsedMs >= 0 && f.elapsedMs < 20000);
    // The chain as served: the leaf for the host, then the intermediate.
    QCOMPARE(f.chain.size(), 2);
    QCOMPARE(f.chain.at(0).dnsNames(), QStringList{kPolicyHost});
    QVERIFY(f.chain.at(0).isIssuedBy(f.chain.at(1)));

    const StsPolicyText policy = parseStsPolicy(f.body);
    QVERIFY2(policy.problems.isEmpty(), qPrintable(policy.problems.join(QLatin1String(" | "))));
    QCOMPARE(policy.mode, QStringLiteral("enforce"));
}

void TestPolicyFetch::namesOnTheWire()
{
    // SNI and Host carry the name although the URL holds the address; no compression asked.
    QFile::remove(server_->logFile());
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port()), CancelToken());
    QVERIFY2(f.errorKind == ErrorKind::None, qPrintable(describe(f)));
    const QString log = server_->logText();
    QVERIFY2(log.contains(QStringLiteral("SNI mta-sts.example.test\n")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("HOST mta-sts.example.test:%1\n").arg(server_->port())), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("REQUEST GET /.well-known/mta-sts.txt HTTP/1.1\n")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("ACCEPT-ENCODING identity\n")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("SNI 127.0.0.1")) && !log.contains(QStringLiteral("SNI (none)")), qPrintable(log));
}

void TestPolicyFetch::chunkedBody()
{
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port(), QStringLiteral("/chunked")), CancelToken());
    QVERIFY2(f.errorKind == ErrorKind::None, qPrintable(describe(f)));
    QCOMPARE(f.body, kPolicy);
    QCOMPARE(f.bodyBytes, kPolicy.size());
}

void TestPolicyFetch::ipv6Address()
{
    PolicyFetchRequest r = requestFor(server_->port());
    r.address = QStringLiteral("::1");
    QFile::remove(server_->logFile());
    const StsPolicyFetch f = fetchStsPolicy(r, CancelToken());
    QVERIFY2(f.errorKind == ErrorKind::None, qPrintable(describe(f)));
    QVERIFY(f.certificateValid);
    QCOMPARE(f.body, kPolicy);
    const QString log = server_->logText();
    QVERIFY2(log.contains(QStringLiteral("SNI mta-sts.example.test\n")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("HOST mta-sts.example.test:%1\n").arg(server_->port())), qPrintable(log));
}

void TestPolicyFetch::onAWorkerThread()
{
    // As a Job runs it: a plain std::thread with no event loop of its own.
    StsPolicyFetch f;
    const PolicyFetchRequest r = requestFor(server_->port());
    std::thread worker([&] { f = fetchStsPolicy(r, CancelToken()); });
    worker.join();
    QVERIFY2(f.errorKind == ErrorKind::None, qPrintable(describe(f)));
    QCOMPARE(f.body, kPolicy);
    QCOMPARE(f.chain.size(), 2);

    // And cancelled from this thread while it waits there (the cancel button's path).
    PolicyServer silent;
    QString error;
    QVERIFY2(silent.startSilent(&error), qPrintable(error));
    PolicyFetchRequest slow = requestFor(silent.port());
    slow.timeoutMs = 60000;
    CancelToken cancel;
    StsPolicyFetch cancelled;
    std::atomic<bool> running{true};
    std::thread waiter([&] {
        cancelled = fetchStsPolicy(slow, cancel);
        running = false;
    });
    QTest::qWait(300);
    const bool stillRunning = running;
    cancel.cancel();
    waiter.join();
    QVERIFY(stillRunning);
    QCOMPARE(cancelled.errorKind, ErrorKind::Cancelled);
    QVERIFY2(cancelled.elapsedMs < 5000, qPrintable(describe(cancelled)));
}

void TestPolicyFetch::certificateForAnotherName()
{
    // A chain valid for localhost and mail.test.example, from the same trusted root.
    PolicyServer other;
    QString error;
    const LeafFiles leaf = TestPki::instance().rsaLeaf();
    QVERIFY2(other.startTls(leaf.chainFile, leaf.keyFile, false, &error), qPrintable(error));
    const StsPolicyFetch f = fetchStsPolicy(requestFor(other.port()), CancelToken());
    QVERIFY(!f.certificateValid);
    QVERIFY2(f.certificateError.contains(QLatin1String("host name"), Qt::CaseInsensitive), qPrintable(describe(f)));
    QCOMPARE(f.errorKind, ErrorKind::Tls);
    QVERIFY2(f.error.contains(QStringLiteral("mta-sts.example.test (127.0.0.1:%1)").arg(other.port())), qPrintable(f.error));
    QVERIFY2(f.error.contains(QLatin1String("does not verify")), qPrintable(f.error));
    // The served chain is recorded; nothing was asked over the unverified connection.
    QCOMPARE(f.chain.size(), 2);
    QCOMPARE(f.chain.at(0).commonName(), QStringLiteral("localhost"));
    QCOMPARE(f.httpStatus, 0);
    QVERIFY(f.body.isEmpty());
    QCOMPARE(other.requestCount(), 0);
}

void TestPolicyFetch::unknownCa()
{
    // No caFile: the system store, which does not know the test root.
    PolicyFetchRequest r = requestFor(server_->port());
    r.caFile.clear();
    const StsPolicyFetch f = fetchStsPolicy(r, CancelToken());
    QVERIFY(!f.certificateValid);
    QVERIFY2(!f.certificateError.isEmpty(), qPrintable(describe(f)));
    QVERIFY2(!f.certificateError.contains(QLatin1String("host name"), Qt::CaseInsensitive), qPrintable(describe(f)));
    QCOMPARE(f.errorKind, ErrorKind::Tls);
    QCOMPARE(f.chain.size(), 2);
    QCOMPARE(f.httpStatus, 0);
    QVERIFY(f.body.isEmpty());
}

void TestPolicyFetch::caFileIsTheOnlyAnchor()
{
    // A caFile holding another CA (the self-signed leaf): the chain's real root is not trusted.
    PolicyFetchRequest r = requestFor(server_->port());
    r.caFile = TestPki::instance().selfSignedLeaf().certFile;
    const StsPolicyFetch f = fetchStsPolicy(r, CancelToken());
    QVERIFY2(!f.certificateValid, qPrintable(describe(f)));
    QCOMPARE(f.errorKind, ErrorKind::Tls);

    r.caFile = dir_.filePath(QStringLiteral("missing.pem"));
    const StsPolicyFetch missing = fetchStsPolicy(r, CancelToken());
    QCOMPARE(missing.errorKind, ErrorKind::FileUnreadable);
    QCOMPARE(missing.httpStatus, 0);

    r.caFile = dir_.filePath(QStringLiteral("mta-sts.ext"));   // text, no certificate
    const StsPolicyFetch garbage = fetchStsPolicy(r, CancelToken());
    QCOMPARE(garbage.errorKind, ErrorKind::BadFormat);
}

void TestPolicyFetch::redirectIsNotFollowed()
{
    QFile::remove(server_->logFile());
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port(), QStringLiteral("/redirect")), CancelToken());
    QCOMPARE(f.httpStatus, 301);
    QCOMPARE(f.redirectLocation, QStringLiteral("/.well-known/mta-sts.txt"));
    QVERIFY(f.certificateValid);
    QVERIFY(f.body.isEmpty());
    QCOMPARE(f.errorKind, ErrorKind::Protocol);
    QVERIFY2(f.error.contains(QLatin1String("301")) && f.error.contains(QLatin1String("redirect")), qPrintable(f.error));
    QCOMPARE(server_->requestCount(), 1);   // the policy it points to was not asked for
}

void TestPolicyFetch::notFound()
{
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port(), QStringLiteral("/missing")), CancelToken());
    QCOMPARE(f.httpStatus, 404);
    QCOMPARE(f.contentType, QStringLiteral("text/html"));
    QVERIFY(f.certificateValid);
    QVERIFY(f.body.isEmpty());
    QCOMPARE(f.errorKind, ErrorKind::Protocol);
    QVERIFY2(f.error.contains(QLatin1String("404 (Not Found)")), qPrintable(f.error));
}

void TestPolicyFetch::wrongContentType()
{
    // Recorded as sent; judging it is diagnose's work, so the body is kept.
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port(), QStringLiteral("/html")), CancelToken());
    QCOMPARE(f.httpStatus, 200);
    QCOMPARE(f.contentType, QStringLiteral("text/html"));
    QCOMPARE(f.errorKind, ErrorKind::None);
    QVERIFY(f.body.startsWith("<html>"));

    const StsPolicyFetch g = fetchStsPolicy(requestFor(server_->port(), QStringLiteral("/charset")), CancelToken());
    QCOMPARE(g.contentType, QStringLiteral("text/plain; charset=utf-8"));
    QCOMPARE(g.body, kPolicy);
}

void TestPolicyFetch::bodyTooLarge_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Content-Length 10 MB") << QStringLiteral("/big");
    QTest::newRow("chunked 10 MB") << QStringLiteral("/big-chunked");
}

void TestPolicyFetch::bodyTooLarge()
{
    QFETCH(QString, path);
    const long rssBefore = maxRssKib();
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port(), path), CancelToken());
    const long rssGrowthKib = maxRssKib() - rssBefore;
    QVERIFY2(f.bodyTooLarge, qPrintable(describe(f)));
    QVERIFY(f.body.isEmpty());
    QCOMPARE(f.httpStatus, 200);
    QCOMPARE(f.errorKind, ErrorKind::Protocol);
    QVERIFY2(f.error.contains(QLatin1String("longer than 64 KiB")), qPrintable(f.error));
    // Read no further than one byte past the bound (none at all when Content-Length or a
    // chunk size announced more); the 10 MB never sat in memory.
    QVERIFY2(f.bodyBytes <= limits::kStsPolicyBytes + 1, qPrintable(describe(f)));
    QVERIFY2(rssGrowthKib < 8 * 1024, qPrintable(QStringLiteral("max RSS grew by %1 KiB").arg(rssGrowthKib)));
    QVERIFY2(f.elapsedMs < 15000, qPrintable(describe(f)));
}

void TestPolicyFetch::endlessHeaders_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("one endless header line") << QStringLiteral("/endless-header");
    QTest::newRow("endless header lines") << QStringLiteral("/endless-headers");
}

void TestPolicyFetch::endlessHeaders()
{
    // The head of the answer is bounded like the body: the fetch stops at the bound, long
    // before the deadline, and memory does not grow with what was sent. (Qt 6.4's
    // QNetworkAccessManager held one endless header line whole: 240 MB in 3 s.)
    QFETCH(QString, path);
    const PolicyFetchRequest r = requestFor(server_->port(), path);
    const long rssBefore = maxRssKib();
    const StsPolicyFetch f = fetchStsPolicy(r, CancelToken());
    const long rssGrowthKib = maxRssKib() - rssBefore;
    QCOMPARE(f.errorKind, ErrorKind::Protocol);
    QVERIFY2(f.error.endsWith(QLatin1String("the HTTP headers are longer than 64 KiB")), qPrintable(f.error));
    QVERIFY(f.body.isEmpty());
    QVERIFY2(rssGrowthKib < 16 * 1024, qPrintable(QStringLiteral("max RSS grew by %1 KiB; %2").arg(rssGrowthKib).arg(describe(f))));
    QVERIFY2(f.elapsedMs < 10000, qPrintable(describe(f)));   // the bound ended it, not the 20 s deadline
}

void TestPolicyFetch::answerShapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");   // the end of the error sentence; empty: none
    QTest::addColumn<bool>("policy");     // the body is the policy
    QTest::newRow("interim 103 first") << QStringLiteral("/raw-interim") << 200 << int(ErrorKind::None) << QString() << true;
    QTest::newRow("body until close, LF lines") << QStringLiteral("/raw-until-close") << 200 << int(ErrorKind::None) << QString() << true;
    QTest::newRow("body broken off") << QStringLiteral("/raw-broken-body") << 200 << int(ErrorKind::Closed)
                                     << QStringLiteral("the answer broke off after 20 bytes of the body") << false;
    QTest::newRow("two Content-Lengths") << QStringLiteral("/raw-two-lengths") << 200 << int(ErrorKind::Protocol)
                                         << QStringLiteral("a Content-Length that is not one number: \"6\"") << false;
    QTest::newRow("not HTTP") << QStringLiteral("/raw-not-http") << 0 << int(ErrorKind::Protocol)
                              << QStringLiteral("not an HTTP/1.x status line: \"220 mail.example.test ESMTP\"") << false;
    QTest::newRow("nothing") << QStringLiteral("/raw-nothing") << 0 << int(ErrorKind::Closed)
                             << QStringLiteral("the server closed the connection without an HTTP answer") << false;
}

void TestPolicyFetch::answerShapes()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, error);
    QFETCH(bool, policy);
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port(), path), CancelToken());
    QVERIFY2(f.errorKind == ErrorKind(kind), qPrintable(describe(f)));
    QCOMPARE(f.httpStatus, status);
    QVERIFY(f.certificateValid);
    if (!error.isEmpty())
        QVERIFY2(f.error.endsWith(error), qPrintable(f.error));
    QCOMPARE(f.body, policy ? kPolicy : QByteArray());
    if (policy)
        QCOMPARE(f.contentType, QStringLiteral("text/plain"));
}

void TestPolicyFetch::silentServerTimesOut()
{
    PolicyServer silent;
    QString error;
    QVERIFY2(silent.startSilent(&error), qPrintable(error));
    PolicyFetchRequest r = requestFor(silent.port());
    r.timeoutMs = 1500;
    QElapsedTimer clock;
    clock.start();
    const StsPolicyFetch f = fetchStsPolicy(r, CancelToken());
    const qint64 took = clock.elapsed();
    QCOMPARE(f.errorKind, ErrorKind::Timeout);
    QCOMPARE(f.error, QStringLiteral("mta-sts.example.test (127.0.0.1:%1): no answer within 1.5 s").arg(silent.port()));
    QVERIFY(!f.certificateValid);
    QVERIFY(f.chain.isEmpty());
    QVERIFY2(took >= 1500 && took < 10000, qPrintable(QString::number(took)));
}

void TestPolicyFetch::stallAfterRequestTimesOut()
{
    PolicyFetchRequest r = requestFor(server_->port(), QStringLiteral("/stall"));
    r.timeoutMs = 1500;
    const StsPolicyFetch f = fetchStsPolicy(r, CancelToken());
    QCOMPARE(f.errorKind, ErrorKind::Timeout);
    QVERIFY(f.certificateValid);   // the handshake was fine; the answer never came
    QCOMPARE(f.chain.size(), 2);
    QCOMPARE(f.httpStatus, 0);
    QVERIFY2(f.elapsedMs < 10000, qPrintable(describe(f)));
}

void TestPolicyFetch::refusedPort()
{
    RefusingPort refusing;
    QVERIFY(refusing.port() != 0);
    const StsPolicyFetch f = fetchStsPolicy(requestFor(refusing.port()), CancelToken());
    QCOMPARE(f.errorKind, ErrorKind::Refused);
    QVERIFY2(f.error.contains(QStringLiteral("mta-sts.example.test (127.0.0.1:%1): connection refused").arg(refusing.port())),
             qPrintable(f.error));
    QVERIFY(f.elapsedMs < 10000);
}

void TestPolicyFetch::cancelWhileWaiting()
{
    PolicyServer silent;
    QString error;
    QVERIFY2(silent.startSilent(&error), qPrintable(error));
    PolicyFetchRequest r = requestFor(silent.port());
    r.timeoutMs = 60000;
    CancelToken cancel;
    // From another thread, as the window's cancel button does through the Job.
    std::thread canceller([cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    const StsPolicyFetch f = fetchStsPolicy(r, cancel);
    const qint64 took = clock.elapsed();
    canceller.join();
    QCOMPARE(f.errorKind, ErrorKind::Cancelled);
    QVERIFY2(took < 5000, qPrintable(QString::number(took)));
}

void TestPolicyFetch::cancelledBeforeStart()
{
    CancelToken cancel;
    cancel.cancel();
    const StsPolicyFetch f = fetchStsPolicy(requestFor(server_->port()), cancel);
    QCOMPARE(f.errorKind, ErrorKind::Cancelled);
    QCOMPARE(f.httpStatus, 0);
}

void TestPolicyFetch::usageErrors()
{
    PolicyFetchRequest r = requestFor(server_->port());
    r.address = kPolicyHost;   // a name: the fetch resolves nothing itself
    QCOMPARE(fetchStsPolicy(r, CancelToken()).errorKind, ErrorKind::Usage);
    r = requestFor(server_->port());
    r.host = QStringLiteral("127.0.0.1");
    QCOMPARE(fetchStsPolicy(r, CancelToken()).errorKind, ErrorKind::Usage);
    r = requestFor(server_->port(), QStringLiteral("no-slash"));
    QCOMPARE(fetchStsPolicy(r, CancelToken()).errorKind, ErrorKind::Usage);
}

MAILTLS_TEST_MAIN(TestPolicyFetch)
#include "test_policy_fetch.moc"
