// Connection against real sockets on loopback: a refused port, a host that does not resolve, a
// connect that times out (a listener whose queue is full drops our SYN), read and write
// deadlines, cancel waking a blocked wait at once (and a plain wake-up that does not cancel),
// and a peer that closes or resets. Every failure is an Error of the kind the user can act on.

#include <QElapsedTimer>
#include <QtTest>

#include <functional>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "net/connection.h"
#include "scripted_peer.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::core;
using mailtls::test::PeerConnection;
using mailtls::test::RefusingPort;
using mailtls::test::ScriptedPeer;

namespace {

// A listener on 127.0.0.1 that never accepts, with its accept queue filled: the kernel drops
// further SYNs, so a connect to it neither succeeds nor is refused.
class FullListener
{
public:
    FullListener()
    {
        listenFd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (listenFd_ < 0 || ::bind(listenFd_, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(listenFd_, 0) != 0 || ::getsockname(listenFd_, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return;
        port_ = ntohs(addr.sin_port);
        // Fill the queue: these complete in the kernel and wait there, never accepted.
        for (int i = 0; i < 4; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
            ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
            fillers_.push_back(fd);
        }
        ::usleep(100 * 1000);
    }
    ~FullListener()
    {
        for (int fd : fillers_)
            ::close(fd);
        if (listenFd_ >= 0)
            ::close(listenFd_);
    }
    quint16 port() const { return port_; }

private:
    int listenFd_ = -1;
    quint16 port_ = 0;
    std::vector<int> fillers_;
};

// A peer that says nothing and keeps the connection open (up to 10 s, or until we close).
ScriptedPeer::Script silent()
{
    return [](PeerConnection &c) { c.holdUntilClosed(10000); };
}

// A peer that says `words` and hangs up.
ScriptedPeer::Script sayAndClose(const QByteArray &words)
{
    return [words](PeerConnection &c) {
        c.send(words);
        c.close();
    };
}

// Runs `what` on a thread of its own after `ms` milliseconds.
std::thread later(int ms, std::function<void()> what)
{
    return std::thread([ms, what = std::move(what)] {
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        what();
    });
}

bool connectTo(Connection &c, quint16 port, Error *error = nullptr)
{
    Error ignored;
    return c.connectTo(QStringLiteral("127.0.0.1"), port, 2000, error ? error : &ignored);
}

// A connection to a silent peer, on a token of its own.
struct QuietConnection {
    ScriptedPeer peer {silent()};
    CancelToken token;
    Connection connection {token};
    bool ready = false;
    QuietConnection() { ready = peer.start() && connectTo(connection, peer.port()); }
};

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsAndTalks()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            c.sendLine("220 hello");
            QByteArray line;
            if (c.readLine(&line))
                c.sendLine("250 " + line);
            c.holdUntilClosed(5000);
        });
        QVERIFY(peer.start());
        Connection c {CancelToken()};
        QVERIFY(!c.isOpen());
        Error error;
        QVERIFY2(connectTo(c, peer.port(), &error), qPrintable(error.message));
        QVERIFY(c.isOpen());
        QCOMPARE(c.peerAddress(), QStringLiteral("127.0.0.1"));
        QByteArray in;
        while (!in.endsWith("\r\n"))
            QVERIFY2(c.readSome(&in, 2000, &error), qPrintable(error.message));
        QCOMPARE(in, QByteArray("220 hello\r\n"));
        QVERIFY(c.writeAll("EHLO test\r\n", 2000, &error));
        in.clear();
        while (!in.endsWith("\r\n"))
            QVERIFY2(c.readSome(&in, 2000, &error), qPrintable(error.message));
        QCOMPARE(in, QByteArray("250 EHLO test\r\n"));
        // Nothing more there: a read without waiting returns at once with nothing.
        QByteArray none;
        QVERIFY(c.readAvailable(&none, &error));
        QVERIFY(none.isEmpty());
        c.close();
        QVERIFY(!c.isOpen());
    }

    void refusedPort()
    {
        RefusingPort refusing;
        QVERIFY(refusing.port() != 0);
        Connection c {CancelToken()};
        Error error;
        QVERIFY(!connectTo(c, refusing.port(), &error));
        QCOMPARE(error.kind, ErrorKind::Refused);
        QCOMPARE(error.message, QStringLiteral("cannot connect to 127.0.0.1 port %1: Connection refused").arg(refusing.port()));
        // The same sentence as a phrase the faces translate: its template, filled to the English.
        QVERIFY(error.messagePhrase.translatable());
        QCOMPARE(error.messagePhrase.source(), QStringLiteral("cannot connect to %1 port %2: %3"));
        QCOMPARE(error.messagePhrase.english(), error.message);
        QCOMPARE(shownMessage(error), error.message);   // no translator installed: the English
        QVERIFY(!c.isOpen());
    }

    void unresolvableHost()
    {
        Connection c {CancelToken()};
        Error error;
        QVERIFY(!c.connectTo(QStringLiteral("no-such-host.invalid"), 25, 2000, &error));
        QCOMPARE(error.kind, ErrorKind::Resolve);
        QVERIFY2(error.message.startsWith(QLatin1String("cannot resolve no-such-host.invalid: ")), qPrintable(error.message));
    }

    void connectTimesOut()
    {
        FullListener full;
        QVERIFY(full.port() != 0);
        Connection c {CancelToken()};
        Error error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!c.connectTo(QStringLiteral("127.0.0.1"), full.port(), 300, &error));
        QCOMPARE(error.kind, ErrorKind::Timeout);
        QCOMPARE(error.message, QStringLiteral("timed out after 0.3 s connecting to 127.0.0.1 port %1").arg(full.port()));
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void readDeadline()
    {
        ScriptedPeer peer(silent());
        QVERIFY(peer.start());
        Connection c {CancelToken()};
        QVERIFY(connectTo(c, peer.port()));
        QByteArray in;
        Error error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!c.readSome(&in, 200, &error));
        QCOMPARE(error.kind, ErrorKind::Timeout);
        QCOMPARE(error.message, QStringLiteral("timed out after 0.2 s waiting to read from the server"));
        QVERIFY2(timer.elapsed() >= 150 && timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(in.isEmpty());
    }

    void writeDeadline()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            // Never reads: once both socket buffers are full, our writes must wait.
            while (!c.stopping())
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        });
        QVERIFY(peer.start());
        Connection c {CancelToken()};
        QVERIFY(connectTo(c, peer.port()));
        Error error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!c.writeAll(QByteArray(64 * 1024 * 1024, 'x'), 300, &error));
        QCOMPARE(error.kind, ErrorKind::Timeout);
        // The wait that ran out names the time that was left of the 0.3 s.
        QVERIFY2(error.message.startsWith(QLatin1String("timed out after 0."))
                     && error.message.endsWith(QLatin1String(" s waiting to write to the server")),
                 qPrintable(error.message));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        peer.stop();
    }

    void cancelWakesABlockedWaitAtOnce()
    {
        QuietConnection quiet;
        QVERIFY(quiet.ready);
        const CancelToken cancel = quiet.token;
        Connection &c = quiet.connection;
        std::thread canceller = later(100, [cancel] { cancel.cancel(); });
        QByteArray in;
        Error error;
        QElapsedTimer timer;
        timer.start();
        const bool ok = c.readSome(&in, 10000, &error);
        const qint64 waited = timer.elapsed();
        canceller.join();
        QVERIFY(!ok);
        QCOMPARE(error.kind, ErrorKind::Cancelled);
        QVERIFY2(waited < 1000, qPrintable(QString::number(waited)));
        // Cancelled for good: the next wait and the next connect stop before they start.
        QCOMPARE(c.waitReadable(10000), Connection::Wait::Cancelled);
        Connection again(cancel);
        QVERIFY(!connectTo(again, quiet.peer.port(), &error));
        QCOMPARE(error.kind, ErrorKind::Cancelled);
    }

    void wakeWithoutCancel()
    {
        QuietConnection quiet;
        QVERIFY(quiet.ready);
        const CancelToken token = quiet.token;
        std::thread waker = later(100, [token] { token.wake(); });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(quiet.connection.waitReadable(10000), Connection::Wait::Woken);
        waker.join();
        QVERIFY(timer.elapsed() < 1000);
        token.drainWake();
        QCOMPARE(quiet.connection.waitReadable(100), Connection::Wait::Timeout);
        QVERIFY(!token.isCancelled());
    }

    void peerCloses()
    {
        ScriptedPeer peer(sayAndClose("421 bye\r\n"));
        QVERIFY(peer.start());
        Connection c {CancelToken()};
        QVERIFY(connectTo(c, peer.port()));
        QByteArray in;
        Error error;
        // The last words arrive first; the close shows on the next read.
        while (in.size() < 9)
            QVERIFY2(c.readSome(&in, 2000, &error), qPrintable(error.message));
        QCOMPARE(in, QByteArray("421 bye\r\n"));
        QByteArray more;
        QVERIFY(!c.readSome(&more, 2000, &error));
        QCOMPARE(error.kind, ErrorKind::Closed);
        QCOMPARE(error.message, QStringLiteral("the server closed the connection"));
    }

    void closeAfterDataIntoAFullBuffer()
    {
        // A caller that keeps appending to one buffer (the practice server's line reader) must
        // see the close, not spin on the bytes it already holds.
        ScriptedPeer peer(sayAndClose("partial line without an end"));
        QVERIFY(peer.start());
        Connection c {CancelToken()};
        QVERIFY(connectTo(c, peer.port()));
        QByteArray buffer("earlier bytes ");
        Error error;
        bool ok = true;
        QElapsedTimer timer;
        timer.start();
        while (ok && timer.elapsed() < 3000)
            ok = c.readSome(&buffer, 2000, &error);
        QVERIFY(!ok);
        QCOMPARE(error.kind, ErrorKind::Closed);
        QCOMPARE(buffer, QByteArray("earlier bytes partial line without an end"));
    }

    void peerResets()
    {
        ScriptedPeer peer([](PeerConnection &c) {
            QByteArray line;
            c.readLine(&line);
            c.close(true);   // RST
        });
        QVERIFY(peer.start());
        Connection c {CancelToken()};
        QVERIFY(connectTo(c, peer.port()));
        Error error;
        QVERIFY(c.writeAll("QUIT\r\n", 2000, &error));
        QByteArray in;
        QVERIFY(!c.readSome(&in, 2000, &error));
        QCOMPARE(error.kind, ErrorKind::Closed);
        QVERIFY2(error.message == QLatin1String("the server reset the connection")
                     || error.message == QLatin1String("the server closed the connection"),
                 qPrintable(error.message));
    }

    void notConnected()
    {
        Connection c {CancelToken()};
        Error error;
        QByteArray in;
        QVERIFY(!c.readSome(&in, 100, &error));
        QCOMPARE(error.kind, ErrorKind::Closed);
        QCOMPARE(error.message, QStringLiteral("not connected"));
        QVERIFY(!c.writeAll("x", 100, &error));
        QCOMPARE(error.kind, ErrorKind::Closed);
    }
};

MAILTLS_TEST_MAIN(TestConnection)
#include "test_connection.moc"
