// The practice server as a server: the workbench's scanner, curious users and broken clients
// send it odd hellos, garbage, endless lines, nothing at all, or many connections at once. It
// must answer as an MTA would, keep every wait bounded, never listen beyond loopback, and stop
// at once with connections open.

#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

#include "practice/practice_server.h"
#include "session_checks.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;

namespace {

// A plain SMTP client on a blocking QTcpSocket (no event loop needed).
class RawClient
{
public:
    bool connect(quint16 port, const QHostAddress &address = QHostAddress::LocalHost)
    {
        socket_.connectToHost(address, port);
        return socket_.waitForConnected(3000);
    }
    void send(const QByteArray &bytes)
    {
        if (socket_.state() != QAbstractSocket::ConnectedState)
            return;   // the server already sent us away
        socket_.write(bytes);
        socket_.waitForBytesWritten(3000);
    }
    // The next complete reply (all its lines), or empty after timeoutMs / on close.
    QStringList reply(int timeoutMs = 5000)
    {
        QStringList lines;
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            while (socket_.canReadLine()) {
                const QString line = QString::fromLatin1(socket_.readLine()).trimmed();
                lines << line;
                if (line.size() < 4 || line.at(3) != QLatin1Char('-'))
                    return lines;
            }
            if (timer.elapsed() > timeoutMs || socket_.state() != QAbstractSocket::ConnectedState)
                return lines;
            socket_.waitForReadyRead(100);
        }
    }
    bool closedByServer(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            socket_.readAll();
            if (socket_.state() == QAbstractSocket::UnconnectedState)
                return true;
            socket_.waitForReadyRead(50);   // also notices the close
            if (socket_.state() == QAbstractSocket::UnconnectedState || !socket_.isValid())
                return true;
        }
        return socket_.state() == QAbstractSocket::UnconnectedState;
    }
    QTcpSocket &socket() { return socket_; }

private:
    QTcpSocket socket_;
};

core::SessionOptions practiceSession(const core::PracticeServer &server)
{
    core::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.smtpPort();
    o.caFile = server.caFile();
    o.ehloName = QStringLiteral("practice.test");
    o.timeoutMs = 10000;
    return o;
}

} // namespace

class TestPracticeServerRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smtpDialogue();
    void messageAccepted();
    void garbageAndOddHellos();
    void deadlines();
    void concurrentSessions();
    void connectionLimit();
    void stopsAtOnceWithOpenConnections();
    void loopbackOnly();
    void restartOnTheSamePort();
};

void TestPracticeServerRobustness::smtpDialogue()
{
    core::PracticeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RawClient c;
    QVERIFY(c.connect(server.smtpPort()));
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("220 localhost ESMTP")));
    c.send("MAIL FROM:<a@example.org>\r\n");
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("503 ")));   // EHLO first
    c.send("EHLO\r\n");
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("501 ")));
    c.send("EHLO client.test\r\n");
    const QStringList ehlo = c.reply();
    QVERIFY2(ehlo.contains(QStringLiteral("250-STARTTLS")) && ehlo.contains(QStringLiteral("250-PIPELINING"))
                 && ehlo.contains(QStringLiteral("250-8BITMIME")) && ehlo.last().startsWith(QLatin1String("250 ")),
             qPrintable(ehlo.join(QLatin1Char('\n'))));
    QVERIFY(!ehlo.join(QLatin1Char(' ')).contains(QLatin1String("AUTH")));   // modern: AUTH only after TLS
    c.send("AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n");
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("538 5.7.11")));
    c.send("HELO client.test\r\nNOOP\r\nRSET\r\nVRFY postmaster\r\nHELP\r\nBDAT 10\r\n");   // pipelined
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("250 localhost Hello client.test")));
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("250 ")));
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("250 ")));
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("252 ")));
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("214 ")));
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("500 ")));
    c.send("QUIT\r\n");
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("221 ")));
    QVERIFY(c.closedByServer(2000));

    // auth-before-tls: AUTH PLAIN and LOGIN on the cleartext connection, any password.
    server.stop();
    core::PracticeServerOptions options;
    options.personality = QStringLiteral("auth-before-tls");
    core::PracticeServer authServer(options);
    QVERIFY2(authServer.start(&error), qPrintable(error));
    RawClient a;
    QVERIFY(a.connect(authServer.smtpPort()));
    a.reply();
    a.send("EHLO client.test\r\n");
    QVERIFY(a.reply().contains(QStringLiteral("250-AUTH PLAIN LOGIN")));
    a.send("AUTH LOGIN\r\n");
    QCOMPARE(a.reply().value(0), QStringLiteral("334 VXNlcm5hbWU6"));
    a.send("YWxpY2U=\r\n");
    QCOMPARE(a.reply().value(0), QStringLiteral("334 UGFzc3dvcmQ6"));
    a.send("not base64!\r\n");
    QVERIFY(a.reply().value(0).startsWith(QLatin1String("501 ")));
    a.send("AUTH PLAIN\r\n");
    QCOMPARE(a.reply().value(0), QStringLiteral("334"));
    a.send("AGFsaWNlAHNlY3JldA==\r\n");
    QVERIFY(a.reply().value(0).startsWith(QLatin1String("235 ")));
    a.send("AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n");
    QVERIFY(a.reply().value(0).startsWith(QLatin1String("503 ")));   // already authenticated
}

void TestPracticeServerRobustness::messageAccepted()
{
    core::PracticeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    core::SessionOptions o = practiceSession(server);
    o.authUser = QStringLiteral("alice");
    o.authPassword = QStringLiteral("anything");
    o.mailFrom = QStringLiteral("alice@example.org");
    o.rcptTo = {QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org")};
    o.sendData = true;
    o.data = "Subject: practice\r\n\r\nHello.\r\n.leading dot\r\n";
    const core::Report r = runSession(o);
    VERIFY_REPORT(r.outcome.completed && r.tls.established, r);
    VERIFY_REPORT(transcriptIndexOf(r, core::LineDirection::Server, QStringLiteral("235 ")) >= 0, r);
    VERIFY_REPORT(transcriptIndexOf(r, core::LineDirection::Server, QStringLiteral("250 2.0.0 Ok: ")) >= 0, r);
    VERIFY_REPORT(r.findings.isEmpty(), r);
}

void TestPracticeServerRobustness::garbageAndOddHellos()
{
    core::PracticeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    // An SSLv2-format ClientHello on the implicit-TLS port: refused, connection closed.
    {
        RawClient c;
        QVERIFY(c.connect(server.tlsPort()));
        // msg 1, version 0x0002, 7 cipher specs, no session id, a 16-byte challenge: 46 bytes.
        const QByteArray body = QByteArray::fromHex("010002001500000010" "0100800700c0030080060040020080040080080080")
                                + QByteArray(16, '\x42');
        QCOMPARE(body.size(), 46);
        c.send(QByteArray::fromHex("802e") + body);
        QVERIFY(c.closedByServer(5000));
    }
    // Random bytes on the implicit-TLS port.
    {
        RawClient c;
        QVERIFY(c.connect(server.tlsPort()));
        c.send(QByteArray(3000, '\xA5'));
        QVERIFY(c.closedByServer(5000));
    }
    // An HTTP request and binary noise on the SMTP port: 500s, then sent away after ten.
    {
        RawClient c;
        QVERIFY(c.connect(server.smtpPort()));
        c.reply();
        c.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY(c.reply().value(0).startsWith(QLatin1String("500 ")));
        c.send(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13));
        QStringList all;
        // One line at a time: lines still unread when the server hangs up would make its kernel
        // answer with a reset, which may discard the 421 before this side reads it.
        for (int i = 0; i < 12 && !all.join(QLatin1Char('\n')).contains(QLatin1String("421 ")); ++i) {
            c.send("XYZZY\r\n");
            all << c.reply(1000);
        }
        QVERIFY2(all.join(QLatin1Char('\n')).contains(QLatin1String("421 4.7.0")), qPrintable(all.join(QLatin1Char('\n'))));
        QVERIFY(c.closedByServer(3000));
    }
    // A 100 KB line: one 500, and the connection still works.
    {
        RawClient c;
        QVERIFY(c.connect(server.smtpPort()));
        c.reply();
        c.send(QByteArray(100000, 'A') + "\r\nNOOP\r\n");
        QCOMPARE(c.reply().value(0), QStringLiteral("500 5.5.2 Line too long"));
        QVERIFY(c.reply().value(0).startsWith(QLatin1String("250 ")));
    }
    // STARTTLS, then garbage instead of a ClientHello.
    {
        RawClient c;
        QVERIFY(c.connect(server.smtpPort()));
        c.reply();
        c.send("EHLO x\r\n");
        c.reply();
        c.send("STARTTLS\r\n");
        QVERIFY(c.reply().value(0).startsWith(QLatin1String("220 ")));
        c.send("this is not TLS\r\n");
        QVERIFY(c.closedByServer(5000));
    }
    // Afterwards: a clean session, and no connection left behind.
    const core::Report r = runSession(practiceSession(server));
    VERIFY_REPORT(r.tls.established && r.outcome.completed, r);
    QTRY_COMPARE_WITH_TIMEOUT(server.activeConnections(), 0, 5000);
}

void TestPracticeServerRobustness::deadlines()
{
    core::PracticeServerOptions options;
    options.commandTimeoutMs = 400;
    options.handshakeTimeoutMs = 400;
    core::PracticeServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QElapsedTimer timer;
    // A silent client after the banner: 421 and closed.
    RawClient idle;
    QVERIFY(idle.connect(server.smtpPort()));
    timer.start();
    idle.reply();
    QVERIFY(idle.reply(3000).value(0).startsWith(QLatin1String("421 4.4.2")));
    QVERIFY(idle.closedByServer(2000));
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    // Silence on the TLS port: closed once the handshake deadline passes.
    RawClient silent;
    QVERIFY(silent.connect(server.tlsPort()));
    timer.restart();
    QVERIFY(silent.closedByServer(3000));
    QVERIFY2(timer.elapsed() >= 300 && timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
}

void TestPracticeServerRobustness::concurrentSessions()
{
    core::PracticeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const core::SessionOptions o = practiceSession(server);
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 16; ++i)
        threads.emplace_back([&ok, o] {
            const core::Report r = runSession(o);
            if (r.tls.established && r.outcome.completed && r.findings.isEmpty())
                ++ok;
        });
    for (std::thread &t : threads)
        t.join();
    qInfo("16 concurrent sessions in %lld ms", timer.elapsed());
    QCOMPARE(ok.load(), 16);
    QCOMPARE(server.tlsHandshakesCompleted(), 16);
}

void TestPracticeServerRobustness::connectionLimit()
{
    core::PracticeServerOptions options;
    options.maxConnections = 2;
    core::PracticeServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RawClient a, b, c;
    QVERIFY(a.connect(server.smtpPort()) && b.connect(server.smtpPort()));
    QVERIFY(a.reply().value(0).startsWith(QLatin1String("220 ")) && b.reply().value(0).startsWith(QLatin1String("220 ")));
    QVERIFY(c.connect(server.smtpPort()));
    QVERIFY(c.reply().value(0).startsWith(QLatin1String("421 4.7.0 Too many connections")));
    a.send("QUIT\r\n");
    a.reply();
    QTRY_COMPARE_WITH_TIMEOUT(server.activeConnections(), 1, 3000);
    RawClient d;
    QVERIFY(d.connect(server.smtpPort()));
    QVERIFY(d.reply().value(0).startsWith(QLatin1String("220 ")));
}

void TestPracticeServerRobustness::stopsAtOnceWithOpenConnections()
{
    core::PracticeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 10; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connect(i % 2 ? server.tlsPort() : server.smtpPort()));
    }
    clients.front()->reply();
    QTRY_COMPARE_WITH_TIMEOUT(server.activeConnections(), 10, 3000);
    QElapsedTimer timer;
    timer.start();
    server.stop();
    qInfo("stop with 10 open connections: %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(clients.front()->reply().value(0).startsWith(QLatin1String("421 4.3.2")));
    for (auto &c : clients)
        QVERIFY(c->closedByServer(2000));
    RawClient late;
    QVERIFY(!late.connect(server.smtpPort()));
}

void TestPracticeServerRobustness::loopbackOnly()
{
    core::PracticeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.listenAddresses().contains(QStringLiteral("127.0.0.1")));
    for (const QString &a : server.listenAddresses())
        QVERIFY2(QHostAddress(a).isLoopback(), qPrintable(a));
    if (server.listenAddresses().contains(QStringLiteral("::1"))) {
        RawClient v6;
        QVERIFY(v6.connect(server.smtpPort(), QHostAddress::LocalHostIPv6));
        QVERIFY(v6.reply().value(0).startsWith(QLatin1String("220 ")));
    }
    int tried = 0;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        for (quint16 port : {server.smtpPort(), server.tlsPort()}) {
            RawClient c;
            QVERIFY2(!c.connect(port, address), qPrintable(address.toString()));
            ++tried;
        }
    }
    qInfo("%d connection attempts to non-loopback addresses of this host, all refused", tried);
}

void TestPracticeServerRobustness::restartOnTheSamePort()
{
    core::PracticeServer first;
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    const quint16 smtp = first.smtpPort();
    const quint16 tls = first.tlsPort();
    RawClient c;
    QVERIFY(c.connect(smtp));
    c.reply();
    first.stop();
    core::PracticeServerOptions options;
    options.personality = QStringLiteral("expired");
    options.smtpPort = smtp;
    options.tlsPort = tls;
    core::PracticeServer second(options);
    QVERIFY2(second.start(&error), qPrintable(error));   // SO_REUSEADDR: no wait for TIME_WAIT
    QCOMPARE(second.smtpPort(), smtp);
    // And a port already taken is a clear error.
    core::PracticeServerOptions clash;
    clash.smtpPort = smtp;
    core::PracticeServer third(clash);
    QVERIFY(!third.start(&error));
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1 is already in use").arg(smtp)), qPrintable(error));
    QVERIFY(!third.isRunning());
}

MAILTLS_TEST_MAIN(TestPracticeServerRobustness)
#include "test_practice_server_robustness.moc"
