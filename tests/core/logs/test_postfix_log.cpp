// Postfix log lines as TLS facts, in the formats Postfix 3.x writes them (smtpd and smtp,
// OpenSSL 3 and 1.1 wordings), inside classic and RFC 3339 syslog framing. Postfix cannot be
// installed beside Exim on Debian, so these lines are written from Postfix's documented log
// formats (postconf(5) smtpd_tls_loglevel / smtp_tls_loglevel, TLS_README); a test against a
// real Postfix comes with the log reader (issue 12).

#include <QtTest>

#include "logs/postfix_log.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestPostfixLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboundTls13WithDetails()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:10 mx postfix/smtpd[1234]: Anonymous TLS connection established from "
                                    u"unknown[192.0.2.1]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) "
                                    u"key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256",
                                    2024, &e));
        QCOMPARE(e.time, QDateTime(QDate(2024, 3, 5), QTime(8, 9, 10)));
        QCOMPARE(e.host, QStringLiteral("mx"));
        QCOMPARE(e.service, QStringLiteral("postfix/smtpd"));
        QCOMPARE(e.pid, qint64(1234));
        QCOMPARE(e.event, PostfixEvent::TlsEstablished);
        QCOMPARE(e.trust, QStringLiteral("Anonymous"));
        QVERIFY(!e.outgoing);
        QVERIFY(!e.reused);
        QCOMPARE(e.peerName, QStringLiteral("unknown"));
        QCOMPARE(e.peerAddress, QStringLiteral("192.0.2.1"));
        QCOMPARE(e.version, QStringLiteral("TLSv1.3"));
        QCOMPARE(e.cipherIana, QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(e.bits, 256);
        QCOMPARE(e.algorithmBits, 256);
        QCOMPARE(e.keyExchange, QStringLiteral("X25519"));
        QCOMPARE(e.serverSignature, QStringLiteral("RSA-PSS (2048 bits)"));
        QCOMPARE(e.serverDigest, QStringLiteral("SHA256"));
        QVERIFY(e.clientSignature.isEmpty());
    }

    void outboundVerifiedTls12Rfc3339()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(u"2024-03-05T08:09:10.123456+01:00 relay postfix-out/smtp[77]: Verified TLS connection "
                                    u"established to mx.partner.example[2001:db8::25]:25: TLSv1.2 with cipher "
                                    u"ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)",
                                    1999, &e));
        QCOMPARE(e.time.offsetFromUtc(), 3600);
        QCOMPARE(e.time.date(), QDate(2024, 3, 5));   // the line's own year, not the caller's
        QCOMPARE(e.service, QStringLiteral("postfix-out/smtp"));
        QCOMPARE(e.trust, QStringLiteral("Verified"));
        QVERIFY(e.outgoing);
        QCOMPARE(e.peerName, QStringLiteral("mx.partner.example"));
        QCOMPARE(e.peerAddress, QStringLiteral("2001:db8::25"));
        QCOMPARE(e.peerPort, 25);
        QCOMPARE(e.version, QStringLiteral("TLSv1.2"));
        QCOMPARE(e.cipher, QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));
        QCOMPARE(e.cipherIana, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
        QVERIFY(e.keyExchange.isEmpty());
    }

    void reusedAndSubmissionService()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(u"Dec 31 23:59:59 mx postfix/submission/smtpd[9]: Trusted TLS connection reused from "
                                    u"client.example[198.51.100.7]: TLSv1.2 with cipher ECDHE-ECDSA-AES128-GCM-SHA256 (128/128 bits) "
                                    u"client-signature ECDSA (P-256) client-digest SHA256",
                                    2023, &e));
        QCOMPARE(e.service, QStringLiteral("postfix/submission/smtpd"));
        QVERIFY(e.reused);
        QCOMPARE(e.trust, QStringLiteral("Trusted"));
        QCOMPARE(e.cipherIana, QStringLiteral("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"));
        QCOMPARE(e.clientDigest, QStringLiteral("SHA256"));
        QCOMPARE(e.time.date(), QDate(2023, 12, 31));
    }

    void failures()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:11 mx postfix/smtpd[1234]: SSL_accept error from unknown[192.0.2.1]: lost connection",
                                    2024, &e));
        QCOMPARE(e.event, PostfixEvent::SslAcceptError);
        QCOMPARE(e.peerAddress, QStringLiteral("192.0.2.1"));
        QCOMPARE(e.text, QStringLiteral("lost connection"));

        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:12 mx postfix/smtp[55]: SSL_connect error to mx.partner.example[192.0.2.25]:25: -1",
                                    2024, &e));
        QCOMPARE(e.event, PostfixEvent::SslConnectError);
        QVERIFY(e.outgoing);
        QCOMPARE(e.peerPort, 25);
        QCOMPARE(e.text, QStringLiteral("-1"));

        // OpenSSL 3 and 1.1 wordings of the library's complaint.
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:12 mx postfix/smtpd[1234]: warning: TLS library problem: error:0A0000C1:SSL "
                                    u"routines::no shared cipher:../ssl/statem/statem_srvr.c:2220:",
                                    2024, &e));
        QCOMPARE(e.event, PostfixEvent::TlsLibraryProblem);
        QVERIFY(e.text.contains(QLatin1String("no shared cipher")));
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:12 mx postfix/smtpd[1234]: warning: TLS library problem: error:14209102:SSL "
                                    u"routines:tls_early_post_process_client_hello:unsupported protocol:../ssl/statem/statem_srvr.c:1661:",
                                    2024, &e));
        QVERIFY(e.text.contains(QLatin1String("unsupported protocol")));

        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:13 mx postfix/smtpd[1234]: lost connection after STARTTLS from unknown[192.0.2.1]",
                                    2024, &e));
        QCOMPARE(e.event, PostfixEvent::LostAfterStarttls);
        QCOMPARE(e.peerAddress, QStringLiteral("192.0.2.1"));
    }

    void disconnectSummaries()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:13 mx postfix/smtpd[1234]: disconnect from unknown[192.0.2.1] ehlo=1 "
                                    u"starttls=0/1 commands=1/2",
                                    2024, &e));
        QCOMPARE(e.event, PostfixEvent::Disconnect);
        QCOMPARE(e.starttlsDone, 0);
        QCOMPARE(e.starttlsTried, 1);
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:14 mx postfix/smtpd[1235]: disconnect from mail.example[192.0.2.2] ehlo=2 "
                                    u"starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7",
                                    2024, &e));
        QCOMPARE(e.starttlsDone, 1);
        QCOMPARE(e.starttlsTried, 1);
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:15 mx postfix/smtpd[1236]: disconnect from old.example[192.0.2.3] ehlo=1 mail=1 "
                                    u"rcpt=1 data=1 quit=1 commands=5",
                                    2024, &e));
        QCOMPARE(e.starttlsTried, -1);   // a cleartext session
    }

    void notPostfix()
    {
        PostfixLogLine e;
        e.text = QStringLiteral("untouched");
        for (const char16_t *line : {u"", u"Mar  5 08:09:10 mx sshd[1]: Accepted publickey",
                                     u"2026-12-06 02:46:09 1xa2GP-0005Po-10 <= a@example.org",
                                     u"Foo  5 08:09:10 mx postfix/smtpd[1]: connect from x[192.0.2.1]",
                                     u"Feb 30 08:09:10 mx postfix/smtpd[1]: connect from x[192.0.2.1]"})
            QVERIFY2(!parsePostfixLogLine(QStringView(line), 2024, &e), qPrintable(QString::fromUtf16(line)));
        QCOMPARE(e.text, QStringLiteral("untouched"));
        // A Postfix line about something else.
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:10 mx postfix/anvil[1]: statistics: max connection rate 1/60s", 2024, &e));
        QCOMPARE(e.event, PostfixEvent::None);
        QCOMPARE(e.text, QStringLiteral("statistics: max connection rate 1/60s"));
    }

    // The lines that tie TLS to messages: smtpd's connect and client= lines, smtp's delivery
    // status (postconf(5) and the Postfix logging README's examples).
    void connectAndQueuedMessage()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:10 mx postfix/smtpd[1234]: connect from mail.example[192.0.2.2]", 2024, &e));
        QCOMPARE(e.event, PostfixEvent::Connect);
        QCOMPARE(e.peerName, QStringLiteral("mail.example"));
        QCOMPARE(e.peerAddress, QStringLiteral("192.0.2.2"));
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:11 mx postfix/smtpd[1234]: 4TqXyZ1abcz8: client=mail.example[192.0.2.2]", 2024, &e));
        QCOMPARE(e.event, PostfixEvent::ClientQueued);
        QCOMPARE(e.queueId, QStringLiteral("4TqXyZ1abcz8"));
        QCOMPARE(e.peerAddress, QStringLiteral("192.0.2.2"));
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:11 mx postfix/smtpd[1234]: 3F2A81C0042: client=unknown[2001:db8::7]:41234", 2024, &e));
        QCOMPARE(e.queueId, QStringLiteral("3F2A81C0042"));
        QCOMPARE(e.peerName, QStringLiteral("unknown"));
        QCOMPARE(e.peerAddress, QStringLiteral("2001:db8::7"));
        QCOMPARE(e.peerPort, 41234);
    }

    void timeoutAfterStarttls()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:13 mx postfix/smtpd[1234]: timeout after STARTTLS from unknown[192.0.2.1]", 2024, &e));
        QCOMPARE(e.event, PostfixEvent::LostAfterStarttls);
        QCOMPARE(e.peerAddress, QStringLiteral("192.0.2.1"));
        QVERIFY(e.text.startsWith(QLatin1String("timeout")));
    }

    void deliveryStatus()
    {
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(u"2024-03-05T08:09:12.5+00:00 mx postfix/smtp[55]: 3F2A81C0042: to=<bob@partner.example>, "
                                    u"relay=mx.partner.example[192.0.2.25]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, "
                                    u"status=sent (250 2.0.0 Ok: queued as 4TqXyZ)",
                                    2024, &e));
        QCOMPARE(e.event, PostfixEvent::Delivery);
        QVERIFY(e.outgoing);
        QCOMPARE(e.recipient, QStringLiteral("bob@partner.example"));
        QCOMPARE(e.peerName, QStringLiteral("mx.partner.example"));
        QCOMPARE(e.peerAddress, QStringLiteral("192.0.2.25"));
        QCOMPARE(e.peerPort, 25);
        QCOMPARE(e.dsn, QStringLiteral("2.0.0"));
        QCOMPARE(e.status, QStringLiteral("sent"));
        QCOMPARE(e.text, QStringLiteral("250 2.0.0 Ok: queued as 4TqXyZ"));
        QVERIFY(parsePostfixLogLine(u"Mar  5 08:09:13 mx postfix/smtp[56]: 3F2A81C0043: to=<c@weak.example>, relay=none, delay=30, "
                                    u"delays=0/0/30/0, dsn=4.7.5, status=deferred (TLS is required, but was not offered by host "
                                    u"mx.weak.example[192.0.2.30])",
                                    2024, &e));
        QCOMPARE(e.status, QStringLiteral("deferred"));
        QCOMPARE(e.peerName, QStringLiteral("none"));
        QVERIFY(e.peerAddress.isEmpty());
        QVERIFY(e.text.startsWith(QLatin1String("TLS is required, but was not offered")));
    }

    void hostileLine()
    {
        QString huge = QStringLiteral("Mar  5 08:09:10 mx postfix/smtpd[1]: Verified TLS connection established from a[");
        while (huge.size() < 2 * 1024 * 1024)
            huge += QStringLiteral("[[[ ]: with cipher ( bits) ");
        PostfixLogLine e;
        QVERIFY(parsePostfixLogLine(huge, 2024, &e));   // framed, but no TLS line in it
        QCOMPARE(e.event, PostfixEvent::None);
    }
};

MAILTLS_TEST_MAIN(TestPostfixLog)
#include "test_postfix_log.moc"
