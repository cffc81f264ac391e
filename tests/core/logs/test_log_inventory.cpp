// The analyzer over mail logs: formats detected per file, the per-partner TLS inventory (Exim
// and Postfix, both directions), cleartext and fall-back, failures by cause in both libraries'
// words, time order over rotations, filters, and damaged input. Lines are in the formats Exim
// 4.96 writes (checked against a real Exim in tests/integration/test_exim_log_real.cpp) and
// Postfix documents (postconf(5) *_tls_loglevel, the Postfix logging README); journald's
// fields are from systemd.journal-fields(7).

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "base/display_text.h"
#include "base/limits.h"
#include "logs/log_inventory.h"
#include "logs/syslog_line.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const LogPartner *findPartner(const LogInventory &inv, const QString &address, bool outgoing)
{
    for (const LogPartner &p : inv.partners) {
        if (p.address == address && p.outgoing == outgoing)
            return &p;
    }
    return nullptr;
}

const LogFailure *findFailure(const LogPartner &p, const QString &cause)
{
    for (const LogFailure &f : p.failures) {
        if (f.cause == cause)
            return &f;
    }
    return nullptr;
}

const char *const kEximLog =
    "2026-12-06 01:57:43 [101] TLS error on connection from (vm) [192.0.2.1] (gnutls_handshake): No supported cipher suites have been found.\n"
    "2026-12-06 01:58:00 [102] 1xa2GP-0005Po-10 <= a@example.org H=(vm) [192.0.2.1] P=esmtp S=509\n"
    "2026-12-06 02:46:09 [103] 1xa2GP-0005Po-11 <= a@example.org H=client.example.org [192.0.2.2] P=esmtps "
    "X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=509\n"
    "2026-12-06 02:46:10 [103] 1xa2GP-0005Po-12 <= b@example.org H=client.example.org [192.0.2.2] P=esmtps "
    "X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=700\n"
    "2026-12-06 02:47:09 [104] 1sIXS3-000000069nP-2yYi <= c@example.org H=old.example.net [192.0.2.7] P=esmtps "
    "X=TLS1.0:RSA_AES_128_CBC_SHA1:128 CV=no S=509\n"
    "2026-12-06 02:48:09 [105] 1xa2GP-0005Po-11 => b@partner.example R=dnslookup T=remote_smtp H=mx.partner.example [192.0.2.25] "
    "X=TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256 CV=yes DN=\"CN=mx.partner.example\" C=\"250 OK\"\n"
    "2026-12-06 02:48:10 [105] 1xa2GP-0005Po-11 Completed\n"
    "2026-12-06 02:49:09 [106] 1xa2GP-0005Po-12 TLS error on connection to mx.weak.example [192.0.2.30] (gnutls_handshake): "
    "The Diffie-Hellman prime sent by the server is not acceptable (not long enough).\n"
    "2026-12-06 02:49:10 [106] 1xa2GP-0005Po-12 TLS session failure: delivering unencrypted to mx.weak.example [192.0.2.30] "
    "(not in hosts_require_tls)\n"
    "2026-12-06 02:49:11 [106] 1xa2GP-0005Po-12 => c@weak.example R=dnslookup T=remote_smtp H=mx.weak.example [192.0.2.30] C=\"250 OK\"\n"
    "2026-12-06 02:50:00 [107] TLS error on connection from [192.0.2.9] (SSL_accept): error:0A000102:SSL routines::unsupported protocol\n"
    "2026-12-06 02:50:01 [108] 1xa2GP-0005Po-13 TLS session: (certificate verification failed): certificate invalid: "
    "delivering unencrypted to H=smtp.relay.example [198.51.100.5] (not in hosts_require_tls)\n";

} // namespace

class TestLogInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void causesInBothLibrariesWords()
    {
        const QList<QPair<const char *, const char *>> cases = {
            {"(gnutls_handshake): No supported cipher suites have been found.", log_cause::kNoSharedCipher},
            {"(SSL_accept): error:0A0000C1:SSL routines::no shared cipher", log_cause::kNoSharedCipher},
            {"error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher", log_cause::kNoSharedCipher},
            {"(gnutls_handshake): The Diffie-Hellman prime sent by the server is not acceptable (not long enough).",
             log_cause::kDhTooSmall},
            {"error:0A00018A:SSL routines::dh key too small", log_cause::kDhTooSmall},
            {"error:0A000418:SSL routines::tlsv1 alert unknown ca", log_cause::kUnknownCa},
            {"certificate verify failed (unable to get local issuer certificate)", log_cause::kUnknownCa},
            {"error:0A000086:SSL routines::certificate verify failed", log_cause::kCertificateVerifyFailed},
            {"SSL verify error: depth=0 error=certificate has expired cert=/CN=mx", log_cause::kCertificateExpired},
            {"error:0A00010B:SSL routines::wrong version number", log_cause::kWrongVersion},
            {"error:0A000102:SSL routines::unsupported protocol", log_cause::kUnsupportedProtocol},
            {"(gnutls_handshake): A packet with illegal or unsupported version was received.", log_cause::kUnsupportedProtocol},
            {"error:0A000076:SSL routines::no suitable signature algorithm", log_cause::kNoSignatureAlgorithm},
            {"(gnutls_handshake): A TLS fatal alert has been received.", log_cause::kHandshakeFailureAlert},
            {"error:0A000410:SSL routines::sslv3 alert handshake failure", log_cause::kHandshakeFailureAlert},
            {"(gnutls_handshake): Timed out", log_cause::kTimeout},
            {"(gnutls_handshake): The TLS connection was non-properly terminated.", log_cause::kConnectionClosed},
            {"error:0A000126:SSL routines::unexpected eof while reading", log_cause::kConnectionClosed},
            {"error:0A00009C:SSL routines::http request", log_cause::kNotTls},
            {"TLS is required, but was not offered by host mx.example[192.0.2.30]", log_cause::kTlsNotOffered},
            {"something the catalogue of words has never seen", log_cause::kOther},
        };
        for (const auto &c : cases)
            QCOMPARE(classifyTlsFailure(QString::fromLatin1(c.first)), QString::fromLatin1(c.second));
    }

    void syslogFraming()
    {
        SyslogLine f;
        QVERIFY(parseSyslogLine(u"Mar  5 08:09:10 mx postfix/smtpd[1234]: connect from x[192.0.2.1]", 2024, &f));
        QCOMPARE(f.time, QDateTime(QDate(2024, 3, 5), QTime(8, 9, 10)));
        QCOMPARE(f.ident, QStringLiteral("postfix/smtpd"));
        QCOMPARE(f.pid, qint64(1234));
        QCOMPARE(f.message.toString(), QStringLiteral("connect from x[192.0.2.1]"));
        QVERIFY(parseSyslogLine(u"2024-03-05T08:09:10+0100 mx exim[77]: 2024-03-05 08:09:10 1gzK7S-0007Td-Bt Completed", 0, &f));
        QCOMPARE(f.time.offsetFromUtc(), 3600);
        QCOMPARE(f.ident, QStringLiteral("exim"));
        QVERIFY(parseSyslogLine(u"2024-03-05T08:09:10.123456Z mx kernel: something", 0, &f));
        QCOMPARE(f.pid, qint64(-1));
        QCOMPARE(f.time.time().msec(), 123);
        for (const char16_t *bad : {u"", u"Mar 32 08:09:10 mx a: b", u"2024-13-05T08:09:10Z mx a[1]: b", u"Mar  5 08:09:10 mx",
                                    u"Mar  5 08:09:10 mx postfix/smtpd[x]: y"})
            QVERIFY2(!parseSyslogLine(QStringView(bad), 2024, &f), qPrintable(QString::fromUtf16(bad)));
    }

    void formatDetection()
    {
        QCOMPARE(detectLogFormat({QString::fromLatin1(kEximLog).section(QLatin1Char('\n'), 0, 0)}), LogFormat::EximMainlog);
        QCOMPARE(detectLogFormat({QStringLiteral("Dec  6 02:46:09 mx exim[12]: 2026-12-06 02:46:09 1xa2GP-0005Po-10 Completed")}),
                 LogFormat::EximSyslog);
        QCOMPARE(detectLogFormat({QStringLiteral("Dec  6 02:46:09 mx postfix/smtpd[12]: connect from x[192.0.2.1]"),
                                  QStringLiteral("Dec  6 02:46:09 mx CRON[13]: (root) CMD (true)")}),
                 LogFormat::PostfixSyslog);
        QCOMPARE(detectLogFormat({QStringLiteral("2026-12-06T02:46:09+0100 mx postfix/smtpd[12]: connect from x[192.0.2.1]")}),
                 LogFormat::JournalShortIso);
        QCOMPARE(detectLogFormat({QStringLiteral("{\"__REALTIME_TIMESTAMP\":\"1765000000000000\",\"MESSAGE\":\"connect from "
                                                 "x[192.0.2.1]\",\"SYSLOG_IDENTIFIER\":\"postfix/smtpd\"}")}),
                 LogFormat::JournalJson);
        QCOMPARE(detectLogFormat({QStringLiteral("hello"), QStringLiteral("world")}), LogFormat::Unknown);
    }

    void eximInventory()
    {
        LogAnalyzer a;
        int unparsed = 0;
        for (const QString &line : QString::fromLatin1(kEximLog).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            unparsed += a.feed(LogFormat::EximMainlog, line) ? 0 : 1;
        QCOMPARE(unparsed, 0);
        const LogInventory inv = a.inventory();
        QCOMPARE(inv.messages, qint64(4));   // ...-10, -11, -12 and the 6-11-4 id; -13 is seen only in a failure line

        const LogPartner *tls13 = findPartner(inv, QStringLiteral("192.0.2.2"), false);
        QVERIFY(tls13);
        QCOMPARE(tls13->host, QStringLiteral("client.example.org"));
        QCOMPARE(tls13->messages, qint64(2));
        QCOMPARE(tls13->connections, qint64(1));   // one pid: one connection
        QCOMPARE(tls13->tlsVersions.value(QStringLiteral("TLSv1.3")), qint64(2));
        QCOMPARE(tls13->ciphers.value(QStringLiteral("TLS_AES_256_GCM_SHA384")), qint64(2));
        QCOMPARE(tls13->verified.value(QStringLiteral("no")), qint64(2));
        QCOMPARE(tls13->cleartext, qint64(0));

        const LogPartner *old = findPartner(inv, QStringLiteral("192.0.2.7"), false);
        QVERIFY(old);
        QCOMPARE(old->ciphers.value(QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA")), qint64(1));
        QCOMPARE(old->uses.size(), 1);
        QCOMPARE(old->uses.first().version, QStringLiteral("TLSv1"));

        // Inbound: a failed handshake, then the same client in cleartext: a fall-back.
        const LogPartner *vm = findPartner(inv, QStringLiteral("192.0.2.1"), false);
        QVERIFY(vm);
        QCOMPARE(vm->cleartext, qint64(1));
        QCOMPARE(vm->fellBackToCleartext, qint64(1));
        QVERIFY(findFailure(*vm, QLatin1String(log_cause::kNoSharedCipher)));
        QCOMPARE(findFailure(*vm, QLatin1String(log_cause::kNoSharedCipher))->where, QStringLiteral("(lines):1"));
        QCOMPARE(vm->connections, qint64(2));

        // Outbound: verified TLS 1.2 with a DN.
        const LogPartner *partner = findPartner(inv, QStringLiteral("192.0.2.25"), true);
        QVERIFY(partner);
        QCOMPARE(partner->verified.value(QStringLiteral("yes")), qint64(1));
        QCOMPARE(partner->peerDns, QStringList{QStringLiteral("CN=mx.partner.example")});
        QCOMPARE(partner->ciphers.value(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")), qint64(1));

        // Outbound fall-back: the DH failure, "delivering unencrypted" (the same event, not a
        // second failure), then the cleartext delivery.
        const LogPartner *weak = findPartner(inv, QStringLiteral("192.0.2.30"), true);
        QVERIFY(weak);
        QCOMPARE(weak->failures.size(), 1);
        QCOMPARE(weak->failures.first().cause, QString::fromLatin1(log_cause::kDhTooSmall));
        QCOMPARE(weak->cleartext, qint64(1));
        QCOMPARE(weak->fellBackToCleartext, qint64(1));

        // OpenSSL wording inbound; the 4.93+ "delivering unencrypted" line with its own reason.
        QVERIFY(findFailure(*findPartner(inv, QStringLiteral("192.0.2.9"), false), QLatin1String(log_cause::kUnsupportedProtocol)));
        const LogPartner *relay = findPartner(inv, QStringLiteral("198.51.100.5"), true);
        QVERIFY(relay);
        QCOMPARE(relay->host, QStringLiteral("smtp.relay.example"));
        QVERIFY(findFailure(*relay, QLatin1String(log_cause::kCertificateVerifyFailed)));

        // Failing partners first.
        QVERIFY(inv.partners.first().failureCount() > 0);
        // Hours: TLS and cleartext messages counted in their hour.
        qint64 tls = 0, clear = 0;
        for (const LogHour &h : inv.hours) {
            tls += h.tlsMessages;
            clear += h.cleartextMessages;
        }
        QCOMPARE(tls, qint64(4));
        QCOMPARE(clear, qint64(2));
    }

    void postfixInventory()
    {
        const QStringList lines = {
            // Inbound TLS 1.3 message.
            "Mar  5 08:09:10 mx postfix/smtpd[10]: connect from mail.example[192.0.2.2]",
            "Mar  5 08:09:10 mx postfix/smtpd[10]: Anonymous TLS connection established from mail.example[192.0.2.2]: TLSv1.3 "
            "with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) "
            "server-digest SHA256",
            "Mar  5 08:09:11 mx postfix/smtpd[10]: 4TqXyZ1abcz8: client=mail.example[192.0.2.2]",
            "Mar  5 08:09:11 mx postfix/smtpd[10]: disconnect from mail.example[192.0.2.2] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 "
            "quit=1 commands=7",
            // Inbound failure: library problem, then SSL_accept error, lost connection, summary: one failure.
            "Mar  5 08:10:00 mx postfix/smtpd[11]: connect from unknown[192.0.2.9]",
            "Mar  5 08:10:00 mx postfix/smtpd[11]: warning: TLS library problem: error:0A0000C1:SSL routines::no shared "
            "cipher:../ssl/statem/statem_srvr.c:2220:",
            "Mar  5 08:10:00 mx postfix/smtpd[11]: SSL_accept error from unknown[192.0.2.9]: -1",
            "Mar  5 08:10:00 mx postfix/smtpd[11]: lost connection after STARTTLS from unknown[192.0.2.9]",
            "Mar  5 08:10:00 mx postfix/smtpd[11]: disconnect from unknown[192.0.2.9] ehlo=1 starttls=0/1 commands=1/2",
            // The same client again, in cleartext: it fell back.
            "Mar  5 08:11:00 mx postfix/smtpd[12]: connect from unknown[192.0.2.9]",
            "Mar  5 08:11:01 mx postfix/smtpd[12]: 4TqXyZ2abcz9: client=unknown[192.0.2.9]",
            "Mar  5 08:11:02 mx postfix/smtpd[12]: disconnect from unknown[192.0.2.9] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5",
            // Outbound verified TLS 1.2 delivery, and a deferral for TLS not offered.
            "Mar  5 08:12:00 mx postfix/smtp[20]: Verified TLS connection established to mx.partner.example[192.0.2.25]:25: "
            "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)",
            "Mar  5 08:12:01 mx postfix/smtp[20]: 4TqXyZ1abcz8: to=<bob@partner.example>, relay=mx.partner.example[192.0.2.25]:25, "
            "delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok)",
            "Mar  5 08:13:00 mx postfix/smtp[21]: 4TqXyZ2abcz9: to=<c@weak.example>, relay=none, delay=30, delays=0/0/30/0, "
            "dsn=4.7.5, status=deferred (TLS is required, but was not offered by host mx.weak.example[192.0.2.30])",
            "Mar  5 08:14:00 mx postfix/qmgr[5]: 4TqXyZ2abcz9: from=<a@example.org>, size=500, nrcpt=1 (queue active)",
        };
        LogAnalyzer a;
        a.setYear(2024);
        for (const QString &line : lines)
            QVERIFY2(a.feed(LogFormat::PostfixSyslog, line), qPrintable(line));
        const LogInventory inv = a.inventory();
        QCOMPARE(inv.messages, qint64(2));

        const LogPartner *in = findPartner(inv, QStringLiteral("192.0.2.2"), false);
        QVERIFY(in);
        QCOMPARE(in->messages, qint64(1));
        QCOMPARE(in->tlsMessages, qint64(1));
        QCOMPARE(in->connections, qint64(1));
        QCOMPARE(in->tlsVersions.value(QStringLiteral("TLSv1.3")), qint64(1));
        QCOMPARE(in->ciphers.value(QStringLiteral("TLS_AES_256_GCM_SHA384")), qint64(1));
        QCOMPARE(in->verified.value(QStringLiteral("no")), qint64(1));

        const LogPartner *failing = findPartner(inv, QStringLiteral("192.0.2.9"), false);
        QVERIFY(failing);
        QCOMPARE(failing->failures.size(), 1);
        QCOMPARE(failing->failures.first().cause, QString::fromLatin1(log_cause::kNoSharedCipher));
        QCOMPARE(failing->failures.first().count, qint64(1));
        QCOMPARE(failing->connections, qint64(2));
        QCOMPARE(failing->cleartext, qint64(1));
        QCOMPARE(failing->fellBackToCleartext, qint64(1));
        QCOMPARE(failing->host, QString());   // "unknown" is no name

        const LogPartner *out = findPartner(inv, QStringLiteral("192.0.2.25"), true);
        QVERIFY(out);
        QCOMPARE(out->tlsMessages, qint64(1));
        QCOMPARE(out->verified.value(QStringLiteral("yes")), qint64(1));
        QCOMPARE(out->ciphers.value(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")), qint64(1));

        const LogPartner *weak = findPartner(inv, QStringLiteral("192.0.2.30"), true);
        QVERIFY(weak);
        QVERIFY(findFailure(*weak, QLatin1String(log_cause::kTlsNotOffered)));
    }

    void authenticatedSubmissions()
    {
        LogAnalyzer a;
        QVERIFY(a.feed(LogFormat::EximMainlog,
                       u"2024-12-01 00:00:00 1tHXNY-008NyF-2e <= paul@example.net H=(paul-pc.lan) [10.1.1.3] P=esmtpsa "
                       u"X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 A=plain:paul S=1869 id=1.674ba700@example.net"));
        QVERIFY(a.feed(LogFormat::PostfixSyslog,
                       u"Dec  1 00:00:00 mx1 postfix/submission/smtpd[37704]: 4D60B779B1: client=karla-pc.lan[10.1.1.4], "
                       u"sasl_method=PLAIN, sasl_username=karla@example.net"));
        const LogInventory inv = a.inventory();
        QCOMPARE(findPartner(inv, QStringLiteral("10.1.1.3"), false)->authenticatedMessages, qint64(1));
        QCOMPARE(findPartner(inv, QStringLiteral("10.1.1.4"), false)->authenticatedMessages, qint64(1));
        QCOMPARE(findPartner(inv, QStringLiteral("10.1.1.4"), false)->host, QStringLiteral("karla-pc.lan"));
    }

    void journalJson()
    {
        LogAnalyzer a;
        QVERIFY(a.feed(LogFormat::JournalJson,
                       u"{\"__REALTIME_TIMESTAMP\":\"1765000000000000\",\"_HOSTNAME\":\"mx\",\"SYSLOG_IDENTIFIER\":\"postfix/smtpd\","
                       u"\"SYSLOG_PID\":\"10\",\"MESSAGE\":\"Anonymous TLS connection established from mail.example[192.0.2.2]: "
                       u"TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)\"}"));
        QVERIFY(a.feed(LogFormat::JournalJson,
                       u"{\"__REALTIME_TIMESTAMP\":\"1765000001000000\",\"SYSLOG_IDENTIFIER\":\"postfix/smtpd\",\"_PID\":\"10\","
                       u"\"MESSAGE\":\"4TqXyZ1abcz8: client=mail.example[192.0.2.2]\"}"));
        // Exim through journald, without its own time stamp (syslog_timestamp = false).
        QVERIFY(a.feed(LogFormat::JournalJson,
                       u"{\"__REALTIME_TIMESTAMP\":\"1765000002000000\",\"SYSLOG_IDENTIFIER\":\"exim\",\"MESSAGE\":"
                       u"\"1xa2GP-0005Po-10 <= a@example.org H=(c) [192.0.2.3] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=1\"}"));
        // A message journald stored as bytes (not UTF-8): understood, nothing to count.
        QVERIFY(a.feed(LogFormat::JournalJson, u"{\"MESSAGE\":[104,105,255],\"SYSLOG_IDENTIFIER\":\"postfix/smtpd\"}"));
        QVERIFY(!a.feed(LogFormat::JournalJson, u"{not json"));
        const LogInventory inv = a.inventory();
        const LogPartner *p = findPartner(inv, QStringLiteral("192.0.2.2"), false);
        QVERIFY(p);
        QCOMPARE(p->tlsVersions.value(QStringLiteral("TLSv1.2")), qint64(1));
        QCOMPARE(p->firstSeen, QDateTime::fromSecsSinceEpoch(1765000000, Qt::UTC));
        const LogPartner *exim = findPartner(inv, QStringLiteral("192.0.2.3"), false);
        QVERIFY(exim);
        QCOMPARE(exim->ciphers.value(QStringLiteral("TLS_AES_256_GCM_SHA384")), qint64(1));
        QCOMPARE(exim->firstSeen, QDateTime::fromSecsSinceEpoch(1765000002, Qt::UTC));
        QCOMPARE(inv.files.first().unparsed, qint64(1));
    }

    // Files: rotations in time order whatever the order given, compressed and plain, unparsed
    // lines counted and listed, a damaged file reported after everything before it.
    void filesInTimeOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString older = dir.filePath(QStringLiteral("mainlog.1"));
        const QString newer = dir.filePath(QStringLiteral("mainlog"));
        QVERIFY(writeFile(older, "2026-12-05 10:00:00 TLS error on connection from (vm) [192.0.2.1] (gnutls_handshake): "
                                 "No supported cipher suites have been found.\n"
                                 "this is not an exim line\n"));
        QVERIFY(writeFile(newer, "2026-12-05 10:30:00 1xa2GP-0005Po-10 <= a@example.org H=(vm) [192.0.2.1] P=esmtp S=509\n"));
        QProcess gz;
        gz.start(QStringLiteral("gzip"), {older});
        QVERIFY(gz.waitForFinished(10000) && gz.exitCode() == 0);

        LogAnalyzer a;
        qint64 lastDone = -1, total = -1;
        QVERIFY(a.read({newer, older + QStringLiteral(".gz")}, CancelToken(), [&](qint64 done, qint64 all) {
            lastDone = done;
            total = all;
        }));
        const LogInventory inv = a.inventory();
        QCOMPARE(inv.files.size(), 2);
        QCOMPARE(inv.files.at(0).path, older + QStringLiteral(".gz"));   // read first: it starts earlier
        QCOMPARE(inv.files.at(0).compression, QStringLiteral("gzip"));
        QCOMPARE(inv.files.at(0).format, LogFormat::EximMainlog);
        QCOMPARE(inv.files.at(0).unparsed, qint64(1));
        QCOMPARE(inv.files.at(0).unparsedExamples.first().first, qint64(2));
        QCOMPARE(inv.files.at(1).format, LogFormat::EximMainlog);
        QCOMPARE(lastDone, total);
        // Read in order, the cleartext arrival follows the failure: a fall-back.
        const LogPartner *vm = findPartner(inv, QStringLiteral("192.0.2.1"), false);
        QVERIFY(vm);
        QCOMPARE(vm->fellBackToCleartext, qint64(1));
        QVERIFY(vm->failures.first().where.startsWith(older + QStringLiteral(".gz:1")));
    }

    void damagedAndMissingFiles()
    {
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("binary.log"));
        QVERIFY(writeFile(binary, QByteArray("2026-12-05 10:30:00 1xa2GP-0005Po-10 <= a@example.org H=(vm) [192.0.2.1] P=esmtp S=509\n"
                                             "2026-12-05 10:31:00 1xa2GP-0005Po-11 <= a@example.org H=(vm) [192.0.2.1] P=esmtp S=509\n")
                                      + QByteArray("\0\0\x01binary", 9)));
        LogAnalyzer a;
        a.read({binary, dir.filePath(QStringLiteral("missing.log"))});
        const LogInventory inv = a.inventory();
        QCOMPARE(inv.files.size(), 2);
        const LogFileSummary &damaged = inv.files.at(0).path == binary ? inv.files.at(0) : inv.files.at(1);
        const LogFileSummary &missing = inv.files.at(0).path == binary ? inv.files.at(1) : inv.files.at(0);
        QCOMPARE(damaged.error.kind, ErrorKind::BadFormat);
        QVERIFY2(damaged.error.message.contains(binary + QStringLiteral(":3")), qPrintable(damaged.error.message));
        QCOMPARE(damaged.parsed, qint64(2));   // everything before the damage is counted
        QCOMPARE(findPartner(inv, QStringLiteral("192.0.2.1"), false)->messages, qint64(2));
        QCOMPARE(missing.error.kind, ErrorKind::FileUnreadable);
    }

    void filters()
    {
        LogFilter f;
        f.since = QDateTime(QDate(2026, 12, 6), QTime(2, 0));
        f.direction = 1;
        f.partner = QStringLiteral("example.org");
        LogAnalyzer a(f);
        for (const QString &line : QString::fromLatin1(kEximLog).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            a.feed(LogFormat::EximMainlog, line);
        const LogInventory inv = a.inventory();
        QCOMPARE(inv.partners.size(), 1);   // client.example.org, inbound, after 02:00
        QCOMPARE(inv.partners.first().address, QStringLiteral("192.0.2.2"));
        QCOMPARE(inv.files.first().skipped, qint64(2));   // the two lines before 02:00
        QVERIFY(f.matchesPartner(QStringLiteral("mx.example.org"), QString()));
        QVERIFY(!f.matchesPartner(QStringLiteral("badexample.org"), QString()));
    }

    void hostileLines()
    {
        LogAnalyzer a;
        // A huge line, control characters and a forged TLS error with an escape sequence.
        const QString huge = QStringLiteral("2026-12-06 02:46:09 ") + QString(limits::kLogLineChars * 2, QLatin1Char('A'));
        QVERIFY(a.feed(LogFormat::EximMainlog, huge));
        QVERIFY(a.feed(LogFormat::EximMainlog,
                       QString::fromUtf16(u"2026-12-06 02:46:10 TLS error on connection from (\x1b]0;owned\x07) [192.0.2.66] "
                                          u"(SSL_accept): \x1b[2J")
                           + QString(5000, QLatin1Char('x'))));
        const LogInventory inv = a.inventory();
        const LogPartner *p = findPartner(inv, QStringLiteral("192.0.2.66"), false);
        QVERIFY(p);
        QVERIFY(p->failures.first().example.size() <= limits::kLogExampleChars);
        const QString shown = escapeControls(p->failures.first().example + p->host);
        QVERIFY(!shown.contains(QChar(0x1b)));
        QVERIFY(!shown.contains(QChar(0x07)));
        QVERIFY(shown.contains(QLatin1String("\\x1b")));
        QCOMPARE(escapeControls(u"a\u202Eb\u0085c"), QStringLiteral("a\\u202eb\\x85c"));
        QCOMPARE(escapeControls(u"plain ünïcode"), QStringLiteral("plain ünïcode"));
    }
};

MAILTLS_TEST_MAIN(TestLogInventory)
#include "test_log_inventory.moc"
