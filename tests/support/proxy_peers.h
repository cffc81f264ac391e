#pragma once

// Real proxies for the tests (issue 14): microsocks (SOCKS5) and tinyproxy (HTTP CONNECT) on
// 127.0.0.1, and counting_relay.py (tests/integration), a relay put in front of a proxy that
// counts the connections the proxy sees at once. Header-only: integration and ui tests both use them.

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <signal.h>

#include "test_servers.h"

namespace mailtls::test {

// microsocks on 127.0.0.1; with a user and password, RFC 1929 authentication is required.
class Microsocks : public PeerProcess
{
public:
    Microsocks(const QString &user = QString(), const QString &password = QString())
        : PeerProcess(QStringLiteral("microsocks")), user_(user), password_(password)
    {
    }
    ~Microsocks() override { stop(); }
    bool start(QString *error)
    {
        return launch(QStringLiteral("/usr/bin/microsocks"),
                      [this](quint16 port) {
                          QStringList args{QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                           QString::number(port)};
                          if (!user_.isEmpty())
                              args << QStringLiteral("-u") << user_ << QStringLiteral("-P") << password_;
                          return args;
                      },
                      Readiness::Listening, 10000, error);
    }

private:
    QString user_;
    QString password_;
};

// tinyproxy (HTTP CONNECT) in the foreground with a config of its own: at most maxClients
// clients at once (it queues the rest); with a user and password, BasicAuth.
class Tinyproxy : public PeerProcess
{
public:
    explicit Tinyproxy(int maxClients = 50, const QString &user = QString(), const QString &password = QString())
        : PeerProcess(QStringLiteral("tinyproxy")), maxClients_(maxClients), user_(user), password_(password)
    {
    }
    ~Tinyproxy() override { stop(); }
    bool start(QString *error)
    {
        return launch(QStringLiteral("/usr/bin/tinyproxy"),
                      [this](quint16) { return QStringList{QStringLiteral("-d"), QStringLiteral("-c"), configFile()}; },
                      Readiness::Listening, 10000, error);
    }

protected:
    bool prepareAttempt(quint16 port, QString *error) override
    {
        QFile file(configFile());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1").arg(configFile());
            return false;
        }
        QByteArray text = "Port " + QByteArray::number(port) + "\nListen 127.0.0.1\nTimeout 30\nMaxClients "
                          + QByteArray::number(maxClients_) + "\nAllow 127.0.0.1\nLogLevel Info\n";
        if (!user_.isEmpty())
            text += "BasicAuth " + user_.toUtf8() + ' ' + password_.toUtf8() + '\n';
        file.write(text);
        return true;
    }

private:
    QString configFile() const { return workDir() + QStringLiteral("/tinyproxy.conf"); }
    int maxClients_;
    QString user_;
    QString password_;
};

// counting_relay.py in front of a proxy: what the proxy sees from us, counted.
class CountingRelay : public PeerProcess
{
public:
    CountingRelay() : PeerProcess(QStringLiteral("counting-relay")) {}
    ~CountingRelay() override { stop(); }
    // refuseOver > 0: more than that many open at once are hung up on unanswered, as a proxy at
    // its own limit does.
    bool start(quint16 proxyPort, QString *error, int refuseOver = 0)
    {
        return launch(QStringLiteral("python3"),
                      [this, proxyPort, refuseOver](quint16 port) {
                          return QStringList{QStringLiteral(MAILTLS_SOURCE_DIR "/tests/integration/counting_relay.py"),
                                             QStringLiteral("--port"), QString::number(port), QStringLiteral("--to"),
                                             QStringLiteral("127.0.0.1:%1").arg(proxyPort), QStringLiteral("--stats"), statsFile(),
                                             QStringLiteral("--refuse-over"), QString::number(refuseOver)};
                      },
                      Readiness::Listening, 15000, error);
    }
    // The readiness probe is not part of the measurement: start the count afresh once it is gone.
    bool resetCount()
    {
        QElapsedTimer t;
        t.start();
        while (stat(QStringLiteral("open")) != 0 && t.elapsed() < 5000)
            QThread::msleep(20);
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (::kill(pid_t(pid()), SIGUSR1) != 0)
                return false;
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 3000) {
                if (stat(QStringLiteral("total")) == 0)
                    return true;
                QThread::msleep(20);
            }
        }
        return false;
    }
    int stat(const QString &name) const
    {
        QFile f(statsFile());
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QStringList words = QString::fromLatin1(f.readAll()).simplified().split(QLatin1Char(' '));
        const int at = int(words.indexOf(name));
        return at >= 0 && at + 1 < words.size() ? words.at(at + 1).toInt() : -1;
    }
    QString statsFile() const { return workDir() + QStringLiteral("/stats"); }

protected:
    bool confirmsListening(quint16) const override { return outputText().contains(QLatin1String("READY")); }
};

} // namespace mailtls::test
