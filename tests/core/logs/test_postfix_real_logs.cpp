// The Postfix log reader against lines a real Postfix wrote: tests/fixtures/logs/postfix-real.log,
// made by tests/fixtures/logs/make_postfix_logs.sh (Postfix 3.7.11 and OpenSSL 3.0 of Debian 12
// in a debootstrapped chroot, driven by swaks and openssl s_client; see the README there for
// what each client did). Unlike test_postfix_log.cpp, whose lines are written from the
// documentation, every line here is as Postfix logged it (maillog_file, via postlogd).
//
// What the run did, on 2026-12-06 (classic time stamps without a year):
//   inbound from localhost[127.0.0.1], 12 connections, 9 messages:
//     TLSv1.3 TLS_AES_256_GCM_SHA384 x6 (swaks default, client certificate, 2 relay arrivals
//       and the 2 messages that were relayed), TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384 x1,
//     TLSv1.2 ECDHE-RSA-AES128-GCM-SHA256 x1, cleartext x1;
//     a TLSv1 session (s_client -tls1, EHLO, QUIT) without a message;
//     two failed handshakes: NULL-SHA only (no shared cipher), TLS 1.0 against a port that
//     allows TLS 1.2 and later (unsupported protocol);
//   outbound to 127.0.0.1[127.0.0.1]:2627 (Trusted) and :2628 (Verified), TLSv1.3, status=sent.

#include <QFile>
#include <QtTest>

#include "logs/log_inventory.h"
#include "logs/postfix_log.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

const int kYear = 2026;

QString fixture()
{
    return QStringLiteral(MAILTLS_FIXTURES_DIR "/logs/postfix-real.log");
}

QStringList fixtureLines()
{
    QFile f(fixture());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The first line of the fixture that contains `needle`.
QString lineWith(const QString &needle)
{
    const QStringList lines = fixtureLines();
    for (const QString &line : lines) {
        if (line.contains(needle))
            return line;
    }
    return {};
}

const LogPartner *partner(const LogInventory &inv, const QString &address, bool outgoing)
{
    for (const LogPartner &p : inv.partners) {
        if (p.address == address && p.outgoing == outgoing)
            return &p;
    }
    return nullptr;
}

qint64 failures(const LogPartner &p, const char *cause)
{
    for (const LogFailure &f : p.failures) {
        if (f.cause == QLatin1String(cause))
            return f.count;
    }
    return 0;
}

} // namespace

class TestPostfixRealLogs : public QObject
{
    Q_OBJECT

    LogInventory inv;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(fixture()), qPrintable(fixture()));
        QCOMPARE(fixtureLines().size(), 90);
        LogAnalyzer a;
        a.setYear(kYear);
        QVERIFY(a.read({fixture()}));
        inv = a.inventory();
    }

    void fileIsPostfixAndFullyParsed()
    {
        QCOMPARE(inv.files.size(), 1);
        const LogFileSummary &f = inv.files.first();
        QVERIFY(f.error.message.isEmpty());
        QCOMPARE(logFormatName(f.format), QStringLiteral("postfix"));
        QCOMPARE(f.compression, QString());
        QCOMPARE(f.lines, qint64(90));
        QCOMPARE(f.unparsed, qint64(0));
        QCOMPARE(inv.totalUnparsed(), qint64(0));
        QCOMPARE(f.skipped, qint64(0));
        // The first and last partner activity (the start and stop lines at 03:58:46 and
        // 03:59:01 are about no partner), in the year given: classic time stamps carry none.
        QCOMPARE(inv.first.date(), QDate(kYear, 12, 6));
        QCOMPARE(inv.first.time(), QTime(3, 58, 48));
        QCOMPARE(inv.last.time(), QTime(3, 58, 59));
        // Distinct queue ids of arrivals and deliveries: 7 client messages and 2 relay arrivals.
        QCOMPARE(inv.messages, qint64(9));
        QCOMPARE(inv.partners.size(), 2);
    }

    void inboundLocalhost()
    {
        const LogPartner *p = partner(inv, QStringLiteral("127.0.0.1"), false);
        QVERIFY(p);
        QCOMPARE(p->host, QStringLiteral("localhost"));
        QCOMPARE(p->connections, qint64(12));
        QCOMPARE(p->messages, qint64(9));
        QCOMPARE(p->tlsMessages, qint64(8));
        QCOMPARE(p->cleartext, qint64(1));
        // The cleartext message came before the failed handshakes, so it is no fallback.
        QCOMPARE(p->fellBackToCleartext, qint64(0));

        QCOMPARE(p->tlsVersions.value(QStringLiteral("TLSv1.3")), qint64(6));
        QCOMPARE(p->tlsVersions.value(QStringLiteral("TLSv1.2")), qint64(2));
        // The TLSv1 session carried no message.
        QCOMPARE(p->tlsVersions.value(QStringLiteral("TLSv1")), qint64(0));

        QCOMPARE(p->ciphers.value(QStringLiteral("TLS_AES_256_GCM_SHA384")), qint64(6));
        QCOMPARE(p->ciphers.value(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")), qint64(1));
        QCOMPARE(p->ciphers.value(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")), qint64(1));
        QCOMPARE(p->ciphers.size(), 3);

        // "Trusted" (the client certificate made by the CA in smtpd_tls_CAfile) once; the
        // others "Anonymous".
        QCOMPARE(p->verified.value(QStringLiteral("yes")), qint64(1));
        QCOMPARE(p->verified.value(QStringLiteral("no")), qint64(7));
    }

    void inboundFailures()
    {
        const LogPartner *p = partner(inv, QStringLiteral("127.0.0.1"), false);
        QVERIFY(p);
        // Two failed handshakes, each one failure (SSL_accept error, library problem, lost
        // connection after STARTTLS and the disconnect summary are one event).
        QCOMPARE(p->failureCount(), qint64(2));
        // Postfix 3.7 logs "SSL_accept error from localhost[127.0.0.1]: -1" FIRST and the
        // "warning: TLS library problem: ...:no shared cipher:..." that names the reason AFTER
        // it (fixture lines 35-36, 44-45): the failure moves to the reason's cause.
        QCOMPARE(failures(*p, log_cause::kNoSharedCipher), qint64(1));
        QCOMPARE(failures(*p, log_cause::kUnsupportedProtocol), qint64(1));
        QCOMPARE(failures(*p, log_cause::kOther), qint64(0));
    }

    void outboundRelay()
    {
        const LogPartner *p = partner(inv, QStringLiteral("127.0.0.1"), true);
        QVERIFY(p);
        QCOMPARE(p->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(p->connections, qint64(2));
        QCOMPARE(p->messages, qint64(2));
        QCOMPARE(p->tlsMessages, qint64(2));
        QCOMPARE(p->cleartext, qint64(0));
        QCOMPARE(p->tlsVersions.value(QStringLiteral("TLSv1.3")), qint64(2));
        QCOMPARE(p->ciphers.value(QStringLiteral("TLS_AES_256_GCM_SHA384")), qint64(2));
        // "Trusted" (security level may, chain verified) and "Verified" (policy verify).
        QCOMPARE(p->verified.value(QStringLiteral("yes")), qint64(2));
        QCOMPARE(p->failureCount(), qint64(0));
    }

    void inboundTls13Line()
    {
        const QString line = lineWith(QStringLiteral("Anonymous TLS connection established from localhost[127.0.0.1]: TLSv1.3"));
        QVERIFY(!line.isEmpty());
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(line, kYear, &e));
        QCOMPARE(e.time, QDateTime(QDate(kYear, 12, 6), QTime(3, 58, 48)));
        QCOMPARE(e.host, QStringLiteral("mx"));
        QCOMPARE(e.service, QStringLiteral("postfix/smtpd"));
        QVERIFY(e.pid > 0);
        QCOMPARE(e.event, PostfixEvent::TlsEstablished);
        QCOMPARE(e.trust, QStringLiteral("Anonymous"));
        QVERIFY(!e.outgoing);
        QVERIFY(!e.reused);
        QCOMPARE(e.peerName, QStringLiteral("localhost"));
        QCOMPARE(e.peerAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(e.version, QStringLiteral("TLSv1.3"));
        QCOMPARE(e.cipher, QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(e.cipherIana, QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(e.bits, 256);
        QCOMPARE(e.algorithmBits, 256);
        QCOMPARE(e.keyExchange, QStringLiteral("X25519"));
        QCOMPARE(e.serverSignature, QStringLiteral("RSA-PSS (2048 bits)"));
        QCOMPARE(e.serverDigest, QStringLiteral("SHA256"));
        QVERIFY(e.clientSignature.isEmpty());
    }

    void inboundTls12Line()
    {
        const QString line = lineWith(QStringLiteral("TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256"));
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(line, kYear, &e));
        QCOMPARE(e.event, PostfixEvent::TlsEstablished);
        QCOMPARE(e.version, QStringLiteral("TLSv1.2"));
        QCOMPARE(e.cipher, QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"));
        QCOMPARE(e.cipherIana, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        QCOMPARE(e.bits, 128);
        QCOMPARE(e.algorithmBits, 128);
        // Postfix logs no key-exchange details for TLS 1.2 sessions at loglevel 1.
        QVERIFY(e.keyExchange.isEmpty());
        QVERIFY(e.serverSignature.isEmpty());
    }

    void inboundTls10Line()
    {
        const QString line = lineWith(QStringLiteral("TLSv1 with cipher"));
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(line, kYear, &e));
        QCOMPARE(e.event, PostfixEvent::TlsEstablished);
        QCOMPARE(e.version, QStringLiteral("TLSv1"));
        QCOMPARE(e.cipher, QStringLiteral("ECDHE-RSA-AES256-SHA"));
        QCOMPARE(e.cipherIana, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"));
        QCOMPARE(e.bits, 256);
    }

    void clientCertificateLine()
    {
        const QString line = lineWith(QStringLiteral("Trusted TLS connection established from"));
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(line, kYear, &e));
        QCOMPARE(e.trust, QStringLiteral("Trusted"));
        QVERIFY(!e.outgoing);
        QCOMPARE(e.keyExchange, QStringLiteral("X25519"));
        QCOMPARE(e.serverSignature, QStringLiteral("RSA-PSS (2048 bits)"));
        QCOMPARE(e.serverDigest, QStringLiteral("SHA256"));
        QCOMPARE(e.clientSignature, QStringLiteral("RSA-PSS (2048 bits)"));
        QCOMPARE(e.clientDigest, QStringLiteral("SHA256"));
    }

    void outboundLines()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("Verified TLS connection established to")), kYear, &e));
        QCOMPARE(e.service, QStringLiteral("postfix/smtp"));
        QCOMPARE(e.event, PostfixEvent::TlsEstablished);
        QCOMPARE(e.trust, QStringLiteral("Verified"));
        QVERIFY(e.outgoing);
        QCOMPARE(e.peerName, QStringLiteral("127.0.0.1"));
        QCOMPARE(e.peerAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(e.peerPort, 2628);
        QCOMPARE(e.version, QStringLiteral("TLSv1.3"));
        QCOMPARE(e.cipherIana, QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(e.keyExchange, QStringLiteral("X25519"));

        PostfixLogLine d;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("to=<user@relay.workbench.test>")), kYear, &d));
        QCOMPARE(d.service, QStringLiteral("postfix/smtp"));
        QCOMPARE(d.event, PostfixEvent::Delivery);
        QCOMPARE(d.queueId.size(), 11);
        QCOMPARE(d.recipient, QStringLiteral("user@relay.workbench.test"));
        QCOMPARE(d.peerAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(d.peerPort, 2627);
        QCOMPARE(d.status, QStringLiteral("sent"));
        QCOMPARE(d.dsn, QStringLiteral("2.0.0"));
    }

    void failureLines()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("SSL_accept error from")), kYear, &e));
        QCOMPARE(e.event, PostfixEvent::SslAcceptError);
        QCOMPARE(e.peerAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(e.text, QStringLiteral("-1"));

        PostfixLogLine lib;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("no shared cipher")), kYear, &lib));
        QCOMPARE(lib.event, PostfixEvent::TlsLibraryProblem);
        QCOMPARE(lib.pid, e.pid);
        QCOMPARE(classifyTlsFailure(lib.text), QLatin1String(log_cause::kNoSharedCipher));

        PostfixLogLine proto;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("unsupported protocol")), kYear, &proto));
        QCOMPARE(proto.event, PostfixEvent::TlsLibraryProblem);
        QCOMPARE(classifyTlsFailure(proto.text), QLatin1String(log_cause::kUnsupportedProtocol));

        PostfixLogLine lost;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("lost connection after STARTTLS")), kYear, &lost));
        QCOMPARE(lost.event, PostfixEvent::LostAfterStarttls);

        PostfixLogLine bye;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("starttls=0/1")), kYear, &bye));
        QCOMPARE(bye.event, PostfixEvent::Disconnect);
        QCOMPARE(bye.starttlsDone, 0);
        QCOMPARE(bye.starttlsTried, 1);
    }

    void queueLines()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral(": client=localhost[127.0.0.1]")), kYear, &e));
        QCOMPARE(e.event, PostfixEvent::ClientQueued);
        QCOMPARE(e.peerName, QStringLiteral("localhost"));
        QCOMPARE(e.peerAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(!e.queueId.isEmpty());

        // Lines about other things are still Postfix lines.
        PostfixLogLine other;
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("daemon started -- version 3.7.11")), kYear, &other));
        QCOMPARE(other.service, QStringLiteral("postfix/master"));
        QCOMPARE(other.event, PostfixEvent::None);
        QVERIFY(parsePostfixLogLine(lineWith(QStringLiteral("improper command pipelining")), kYear, &other));
        QCOMPARE(other.event, PostfixEvent::None);
    }
};

MAILTLS_TEST_MAIN(TestPostfixRealLogs)
#include "test_postfix_real_logs.moc"
