// Exim main-log lines as facts. The first lines were written by this project's test Exim
// (exim4-daemon-heavy 4.96, GnuTLS 3.7, Debian 12) for swaks deliveries over TLS 1.3 and
// TLS 1.2 and for a client offering no suite it accepts; the others follow the formats of
// Exim's log_selector options and of OpenSSL builds, and the 4.97 message ids.

#include <QtTest>

#include "base/limits.h"
#include "logs/exim_log.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestEximLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageIds_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("longFormat");
        QTest::addColumn<QString>("suffix");

        QTest::newRow("4.96") << "1xa2GP-0005Po-10" << true << "1xa2GP-0005Po-10" << false << "";
        QTest::newRow("classic") << "1gzK7S-0007Td-Bt" << true << "1gzK7S-0007Td-Bt" << false << "";
        QTest::newRow("4.97") << "1sIXS3-000000069nP-2yYi" << true << "1sIXS3-000000069nP-2yYi" << true << "";
        QTest::newRow("base36") << "1RO3SE-0005JBF-1D" << false << "" << false << "";   // 6-7-2: no such shape
        QTest::newRow("base36 short") << "1RO3SE-005JBF-1D" << true << "1RO3SE-005JBF-1D" << false << "";
        QTest::newRow("spool header") << "1rO3sE-005JbF-1D-H" << true << "1rO3sE-005JbF-1D" << false << "H";
        QTest::newRow("spool data, long") << "1sIXS3-000000069nP-2yYi-D" << true << "1sIXS3-000000069nP-2yYi" << true << "D";
        QTest::newRow("journal") << "1gzK7S-0007Td-Bt-J" << true << "1gzK7S-0007Td-Bt" << false << "J";
        QTest::newRow("other suffix") << "1gzK7S-0007Td-Bt-X" << false << "" << false << "";
        QTest::newRow("punctuation") << "1gzK7S-0007T.-Bt" << false << "" << false << "";
        QTest::newRow("too short") << "1gzK7S-0007Td-B" << false << "" << false << "";
        QTest::newRow("a word") << "Completed" << false << "" << false << "";
        QTest::newRow("empty") << "" << false << "" << false << "";
    }
    void messageIds()
    {
        QFETCH(QString, token);
        QFETCH(bool, valid);
        EximMessageId parsed;
        QCOMPARE(parseEximMessageId(token, &parsed), valid);
        if (!valid)
            return;
        QFETCH(QString, id);
        QFETCH(bool, longFormat);
        QFETCH(QString, suffix);
        QCOMPARE(parsed.id, id);
        QCOMPARE(parsed.longFormat, longFormat);
        QCOMPARE(parsed.spoolSuffix.isNull() ? QString() : QString(parsed.spoolSuffix), suffix);
    }

    void tls13ArrivalFromGnutlsExim()
    {
        EximLogLine e;
        QVERIFY(parseEximLogLine(u"2026-12-06 02:46:09 1xa2GP-0005Po-10 <= a@example.org H=(client.example.org) [127.0.0.1] "
                                 u"P=esmtps X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=509 "
                                 u"id=20261206024609.020819@vm",
                                 &e));
        QCOMPARE(e.time, QDateTime(QDate(2026, 12, 6), QTime(2, 46, 9)));
        QVERIFY(e.hasId);
        QCOMPARE(e.id.id, QStringLiteral("1xa2GP-0005Po-10"));
        QCOMPARE(e.event, EximEvent::Arrival);
        QCOMPARE(e.address, QStringLiteral("a@example.org"));
        QCOMPARE(e.host.name, QString());
        QCOMPARE(e.host.helo, QStringLiteral("client.example.org"));
        QCOMPARE(e.host.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(e.protocol, QStringLiteral("esmtps"));
        QVERIFY(e.hasTls);
        QCOMPARE(e.tls.version, QStringLiteral("TLSv1.3"));
        QCOMPARE(e.tls.cipherIana, QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(e.tls.group, QStringLiteral("X25519"));
        QCOMPARE(e.tls.signature, QStringLiteral("RSA_PSS_RSAE_SHA256"));
        QCOMPARE(e.tls.bits, 256);
        QVERIFY(!e.tls.resumed);
        QCOMPARE(e.certificateVerified, QStringLiteral("no"));
        QVERIFY(!e.tlsError);
    }

    void tls12FromGnutlsExim_data()
    {
        QTest::addColumn<QString>("x");
        QTest::addColumn<QString>("iana");
        QTest::addColumn<int>("bits");
        // As Exim 4.96 with GnuTLS 3.7 logged them here (swaks --tls-protocol tlsv1_2).
        QTest::newRow("GCM") << "TLS1.2:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256"
                             << "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" << 256;
        QTest::newRow("CBC SHA1") << "TLS1.2:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_128_CBC__SHA1:128"
                                  << "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA" << 128;
        // The same description shapes for other key exchanges and certificates.
        QTest::newRow("ECDSA") << "TLS1.2:ECDHE_SECP256R1__ECDSA_SECP256R1_SHA256__AES_128_GCM:128"
                               << "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" << 128;
        QTest::newRow("DHE") << "TLS1.2:DHE_FFDHE2048__RSA_SHA256__AES_256_GCM:256"
                             << "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384" << 256;
        QTest::newRow("RSA key exchange") << "TLS1.2:RSA__AES_128_CBC__SHA1:128" << "TLS_RSA_WITH_AES_128_CBC_SHA" << 128;
        QTest::newRow("chacha") << "TLS1.3:ECDHE_X25519__ECDSA_SECP256R1_SHA256__CHACHA20_POLY1305:256"
                                << "TLS_CHACHA20_POLY1305_SHA256" << 256;
        // Older GnuTLS builds: the suite's GnuTLS name without "TLS_".
        QTest::newRow("old GnuTLS name") << "TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256"
                                         << "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" << 256;
        // OpenSSL builds: OpenSSL's version and suite names.
        QTest::newRow("OpenSSL 1.3") << "TLS1.3:TLS_AES_256_GCM_SHA384:256" << "TLS_AES_256_GCM_SHA384" << 256;
        QTest::newRow("OpenSSL 1.2") << "TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256"
                                     << "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" << 256;
        QTest::newRow("OpenSSL legacy") << "TLSv1:DES-CBC3-SHA:168" << "TLS_RSA_WITH_3DES_EDE_CBC_SHA" << 168;
    }
    void tls12FromGnutlsExim()
    {
        QFETCH(QString, x);
        QFETCH(QString, iana);
        QFETCH(int, bits);
        EximTls tls;
        QVERIFY(parseEximTls(x, &tls));
        QCOMPARE(tls.cipherIana, iana);
        QCOMPARE(tls.bits, bits);
        QCOMPARE(tls.asLogged, x);
    }

    void resumptionAndUnknownSuites()
    {
        EximTls tls;
        QVERIFY(parseEximTls(u"TLS1.3:TLS_AES_128_GCM_SHA256:128*", &tls));
        QVERIFY(tls.resumed);
        QCOMPARE(tls.cipherIana, QStringLiteral("TLS_AES_128_GCM_SHA256"));
        // A suite the catalog does not know keeps its logged name, without an IANA name.
        QVERIFY(parseEximTls(u"TLS1.2:MADE_UP_SUITE:128", &tls));
        QCOMPARE(tls.cipher, QStringLiteral("MADE_UP_SUITE"));
        QVERIFY(tls.cipherIana.isEmpty());
        QCOMPARE(tls.version, QStringLiteral("TLSv1.2"));
        // Not an X= value at all.
        QVERIFY(!parseEximTls(u"esmtps", &tls));
        QVERIFY(!parseEximTls(u"SSL9:FOO:1", &tls));
    }

    void tlsErrorLines()
    {
        EximLogLine e;
        QVERIFY(parseEximLogLine(u"2026-12-06 01:57:43 TLS error on connection from (vm) [127.0.0.1] (gnutls_handshake): "
                                 u"No supported cipher suites have been found.",
                                 &e));
        QVERIFY(e.tlsError);
        QVERIFY(!e.hasId);
        QCOMPARE(e.event, EximEvent::None);
        QVERIFY(!e.outgoing);
        QCOMPARE(e.host.helo, QStringLiteral("vm"));
        QCOMPARE(e.host.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(e.errorSource, QStringLiteral("gnutls_handshake"));
        QCOMPARE(e.text, QStringLiteral("No supported cipher suites have been found."));

        // An OpenSSL build, inbound with a name and a port (+incoming_port).
        QVERIFY(parseEximLogLine(u"2024-03-05 08:09:10 TLS error on connection from mail.partner.example "
                                 u"(helo.partner.example) [192.0.2.7]:40312 (SSL_accept): error:0A0000C1:SSL routines::no shared cipher",
                                 &e));
        QCOMPARE(e.host.name, QStringLiteral("mail.partner.example"));
        QCOMPARE(e.host.helo, QStringLiteral("helo.partner.example"));
        QCOMPARE(e.host.address, QStringLiteral("192.0.2.7"));
        QCOMPARE(e.host.port, 40312);
        QCOMPARE(e.errorSource, QStringLiteral("SSL_accept"));
        QVERIFY(e.text.endsWith(QLatin1String("no shared cipher")));

        // Outgoing, while delivering a message: H= before the text.
        QVERIFY(parseEximLogLine(u"2024-03-05 08:09:11 1sIXS3-000000069nP-2yYi H=mx.partner.example [2001:db8::25] "
                                 u"TLS error on connection (SSL_connect): error:0A000086:SSL routines::certificate verify failed",
                                 &e));
        QVERIFY(e.tlsError);
        QVERIFY(e.outgoing);
        QVERIFY(e.hasId);
        QVERIFY(e.id.longFormat);
        QCOMPARE(e.host.name, QStringLiteral("mx.partner.example"));
        QCOMPARE(e.host.address, QStringLiteral("2001:db8::25"));
        QCOMPARE(e.errorSource, QStringLiteral("SSL_connect"));
    }

    void logSelectorVariations()
    {
        EximLogLine e;
        // +millisec, log_timezone, +pid, a delivery with DN= and SNI= (+tls_peerdn, +tls_sni).
        QVERIFY(parseEximLogLine(u"2024-03-05 08:09:10.123 +0100 [48213] 1sIXS3-000000069nP-2yYi => bob@partner.example "
                                 u"R=dnslookup T=remote_smtp H=mx.partner.example [192.0.2.25]:25 "
                                 u"X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes DN=\"CN=mx.partner.example\" "
                                 u"SNI=mx.partner.example C=\"250 2.0.0 Ok: queued as 4Tq\"",
                                 &e));
        QCOMPARE(e.time.offsetFromUtc(), 3600);
        QCOMPARE(e.time.time(), QTime(8, 9, 10, 123));
        QCOMPARE(e.pid, qint64(48213));
        QCOMPARE(e.event, EximEvent::Delivery);
        QCOMPARE(e.address, QStringLiteral("bob@partner.example"));
        QCOMPARE(e.host.port, 25);
        QCOMPARE(e.certificateVerified, QStringLiteral("yes"));
        QCOMPARE(e.peerDn, QStringLiteral("CN=mx.partner.example"));
        QCOMPARE(e.sni, QStringLiteral("mx.partner.example"));
        QCOMPARE(e.tls.cipherIana, QStringLiteral("TLS_AES_256_GCM_SHA384"));

        // A deferral: the reason is the line's text; no TLS on it.
        QVERIFY(parseEximLogLine(u"2024-03-05 08:10:00 1gzK7S-0007Td-Bt == carol@partner.example R=dnslookup T=remote_smtp "
                                 u"defer (-53): retry time not reached for any host",
                                 &e));
        QCOMPARE(e.event, EximEvent::Deferral);
        QVERIFY(!e.hasTls);
        QCOMPARE(e.text, QStringLiteral("defer (-53): retry time not reached for any host"));

        // A cleartext arrival, a bounce and the end of a message.
        QVERIFY(parseEximLogLine(u"2024-03-05 08:11:00 1gzK7S-0007Te-Cu <= <> H=old.partner.example [198.51.100.4] P=esmtp S=900", &e));
        QCOMPARE(e.address, QStringLiteral("<>"));
        QCOMPARE(e.protocol, QStringLiteral("esmtp"));
        QVERIFY(!e.hasTls);
        QVERIFY(parseEximLogLine(u"2024-03-05 08:12:00 1gzK7S-0007Te-Cu ** dave@partner.example R=dnslookup T=remote_smtp "
                                 u"H=mx.partner.example [192.0.2.25]: SMTP error from remote mail server after RCPT TO:<dave@partner.example>: "
                                 u"550 5.1.1 unknown",
                                 &e));
        QCOMPARE(e.event, EximEvent::Bounce);
        QVERIFY(parseEximLogLine(u"2024-03-05 08:12:01 1gzK7S-0007Te-Cu Completed QT=1m", &e));
        QCOMPARE(e.event, EximEvent::Completed);
    }

    void notMainLogLines()
    {
        EximLogLine e;
        e.text = QStringLiteral("untouched");
        for (const char16_t *line : {u"", u"garbage", u"Mar  5 08:09:10 host postfix/smtpd[1]: connect from x[1.2.3.4]",
                                     u"2024-03-05T08:09:10 1gzK7S-0007Td-Bt <= a@b", u"2024-13-45 99:99:99 x"})
            QVERIFY2(!parseEximLogLine(QStringView(line), &e), qPrintable(QString::fromUtf16(line)));
        QCOMPARE(e.text, QStringLiteral("untouched"));
        // A daemon line is a main-log line about no message.
        QVERIFY(parseEximLogLine(u"2026-12-06 02:46:09 exim user lost privilege for using -C option", &e));
        QVERIFY(!e.hasId);
        QCOMPARE(e.event, EximEvent::None);
        QCOMPARE(e.text, QStringLiteral("exim user lost privilege for using -C option"));
    }

    // Damage and hostility: a line of megabytes full of "key=" shapes, control bytes, an
    // unterminated quote. Parsed from its bounded head, with nothing invented.
    void hostileLines()
    {
        QString huge = QStringLiteral("2024-03-05 08:09:10 1gzK7S-0007Td-Bt <= a@b H=x [192.0.2.1] X=TLS1.2:");
        while (huge.size() < 4 * 1024 * 1024)
            huge += QStringLiteral(" Z= a=b \"( ( TLS error on connection (");
        EximLogLine e;
        QVERIFY(parseEximLogLine(huge, &e));
        QCOMPARE(e.event, EximEvent::Arrival);
        QVERIFY(e.text.size() <= limits::kLogLineChars);
        QVERIFY(!e.tls.cipherIana.size());

        QVERIFY(parseEximLogLine(u"2024-03-05 08:09:10 1gzK7S-0007Td-Bt <= a@b DN=\"CN=never closed \x1b[31m", &e));
        QCOMPARE(e.peerDn, QStringLiteral("CN=never closed \x1b[31m"));   // kept as read; escaping is the writer's job

        QString binary = QStringLiteral("2024-03-05 08:09:10 ");
        for (int i = 0; i < 4096; ++i)
            binary += QChar(char16_t(i % 32));
        QVERIFY(parseEximLogLine(binary, &e));
        QVERIFY(!e.hasId);
        QCOMPARE(e.event, EximEvent::None);
    }
};

MAILTLS_TEST_MAIN(TestEximLog)
#include "test_exim_log.moc"
