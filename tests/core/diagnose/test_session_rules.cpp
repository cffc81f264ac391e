// The session rules over hand-built session facts: every id they raise, with its severity and
// evidence, and the ids they must not raise (a clean TLS 1.3 session raises nothing).
#include <QTest>

#include "diagnose/advice.h"
#include "diagnose/session_rules.h"
#include "sample_facts.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

namespace {

QStringList ids(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.id;
    return out;
}

// A session in which STARTTLS was accepted and the TLS handshake failed with `alert`.
Report failedHandshake(const QString &alert)
{
    Report r = smtpSession();
    r.smtp.starttlsAccepted = true;
    r.smtp.starttlsReply = QStringLiteral("220 2.0.0 go ahead");
    r.tls.attempted = true;
    r.tls.alert = alert;
    r.tls.alertDirection = QStringLiteral("received");
    r.tls.error = QStringLiteral("TLS handshake failed: %1").arg(alert);
    r.outcome.errorKind = ErrorKind::Tls;
    HandshakeMessage hello;
    hello.dir = QStringLiteral("S");
    hello.type = QStringLiteral("ServerHello");
    r.handshake << hello;
    return r;
}

} // namespace

class TestSessionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanSessionRaisesNothing();
    void starttlsNotOffered();
    void starttlsNotOfferedOnlyWhereStarttlsApplies();
    void starttlsRefused();
    void starttlsAcceptedButNoTls();
    void handshakeFailed();
    void clientCertificateRequired();
    void oldVersions();
    void smallDhPrime();
    void compression();
    void plaintextAuth();
    void factsOnly();
};

void TestSessionRules::cleanSessionRaisesNothing()
{
    QVERIFY(sessionFindings(establishedSession(QStringLiteral("TLSv1.3"))).isEmpty());
    QVERIFY(sessionFindings(establishedSession(QStringLiteral("TLSv1.2"))).isEmpty());
    // Nothing happened at all: nothing to say.
    QVERIFY(sessionFindings(Report()).isEmpty());
}

void TestSessionRules::starttlsNotOffered()
{
    Report r = smtpSession();
    r.smtp.ehloBeforeTls = {QStringLiteral("PIPELINING"), QStringLiteral("8BITMIME")};
    r.smtp.starttlsOffered = false;
    const Findings f = sessionFindings(r);
    QCOMPARE(ids(f), QStringList{QStringLiteral("starttls.not_offered")});
    QCOMPARE(f.first().severity, Severity::High);
    QCOMPARE(f.first().evidence, QStringLiteral("EHLO reply: PIPELINING | 8BITMIME"));
    // Only a banner (no EHLO keywords): the banner is the evidence.
    r.smtp.ehloBeforeTls.clear();
    QCOMPARE(sessionFindings(r).first().evidence, r.smtp.banner);
}

void TestSessionRules::starttlsNotOfferedOnlyWhereStarttlsApplies()
{
    Report r = smtpSession();
    r.smtp.starttlsOffered = false;
    Report implicit = r;
    implicit.target.implicitTls = true;
    QVERIFY(!hasFinding(sessionFindings(implicit), QStringLiteral("starttls.not_offered")));
    Report bare = r;
    bare.target.dialect = QStringLiteral("none");
    QVERIFY(!hasFinding(sessionFindings(bare), QStringLiteral("starttls.not_offered")));
    Report broken = r;
    broken.outcome.errorKind = ErrorKind::Protocol;
    QVERIFY(!hasFinding(sessionFindings(broken), QStringLiteral("starttls.not_offered")));
    Report silent = r;
    silent.smtp.banner.clear();
    QVERIFY(!hasFinding(sessionFindings(silent), QStringLiteral("starttls.not_offered")));
    Report lmtp = r;
    lmtp.target.dialect = QStringLiteral("lmtp");
    QVERIFY(hasFinding(sessionFindings(lmtp), QStringLiteral("starttls.not_offered")));
}

void TestSessionRules::starttlsRefused()
{
    Report r = smtpSession();
    r.smtp.starttlsReply = QStringLiteral("454 4.7.0 TLS not available due to local problem");
    const Findings f = sessionFindings(r);
    QCOMPARE(ids(f), QStringList{QStringLiteral("starttls.rejected")});
    QCOMPARE(f.first().title, QStringLiteral("The server refuses STARTTLS it advertised"));
    QCOMPARE(f.first().evidence, QStringLiteral("STARTTLS -> 454 4.7.0 TLS not available due to local problem"));
}

void TestSessionRules::starttlsAcceptedButNoTls()
{
    Report r = failedHandshake(QString());
    r.handshake.clear();   // the server never answered the ClientHello
    r.tls.error = QStringLiteral("the server closed the connection");
    const Findings f = sessionFindings(r);
    QCOMPARE(ids(f), QStringList{QStringLiteral("starttls.rejected")});
    QCOMPARE(f.first().title, QStringLiteral("The server accepted STARTTLS but did not start TLS"));
    QCOMPARE(f.first().evidence, QStringLiteral("the server closed the connection; 0 byte(s) from the server after the 220"));
    QVERIFY(f.first().detail.contains(QLatin1String("no TLS handshake at all")));
    QVERIFY(!hasFinding(f, QStringLiteral("tls.handshake_failed")));
    // Some bytes, but no complete handshake message: said as such, not as silence.
    r.tls.serverBytes = 16;
    const Findings g = sessionFindings(r);
    QVERIFY(g.first().detail.contains(QLatin1String("16 byte(s)")));
    QVERIFY(!g.first().detail.contains(QLatin1String("no TLS handshake at all")));
}

void TestSessionRules::handshakeFailed()
{
    const Findings f = sessionFindings(failedHandshake(QStringLiteral("handshake_failure")));
    QCOMPARE(ids(f), QStringList{QStringLiteral("tls.handshake_failed")});
    QCOMPARE(f.first().title, QStringLiteral("The TLS handshake failed: handshake_failure"));
    QCOMPARE(f.first().severity, Severity::High);
    // No alert, but the server spoke TLS: still a failed handshake, not a refused STARTTLS.
    const Findings closed = sessionFindings(failedHandshake(QString()));
    QCOMPARE(ids(closed), QStringList{QStringLiteral("tls.handshake_failed")});
    QVERIFY(closed.first().title.endsWith(QLatin1String("no alert (connection closed)")));
    // Never attempted: nothing failed.
    Report notTried = failedHandshake(QStringLiteral("handshake_failure"));
    notTried.tls.attempted = false;
    QVERIFY(!hasFinding(sessionFindings(notTried), QStringLiteral("tls.handshake_failed")));
}

void TestSessionRules::clientCertificateRequired()
{
    Report r = failedHandshake(QStringLiteral("certificate_required"));
    r.tls.clientCertificateRequested = true;
    const Findings f = sessionFindings(r);
    QCOMPARE(ids(f), QStringList{QStringLiteral("client_cert.required")});   // instead of tls.handshake_failed
    QCOMPARE(f.first().severity, Severity::Medium);
    QCOMPARE(f.first().evidence, QStringLiteral("CertificateRequest received; received alert certificate_required"));
    // A certificate was sent, or the server let the session go on without one: no finding.
    Report sent = r;
    sent.tls.clientCertificateSent = true;
    QVERIFY(!hasFinding(sessionFindings(sent), QStringLiteral("client_cert.required")));
    Report optional = establishedSession(QStringLiteral("TLSv1.3"));
    optional.tls.clientCertificateRequested = true;
    QVERIFY(sessionFindings(optional).isEmpty());
}

void TestSessionRules::oldVersions()
{
    const QList<QPair<QString, QString>> versions = {{QStringLiteral("SSLv3"), QStringLiteral("protocol.sslv3_enabled")},
                                                     {QStringLiteral("TLSv1"), QStringLiteral("protocol.tls10_enabled")},
                                                     {QStringLiteral("TLSv1.1"), QStringLiteral("protocol.tls11_enabled")}};
    for (const auto &[version, id] : versions) {
        const Findings f = sessionFindings(establishedSession(version));
        QCOMPARE(ids(f), QStringList{id});
        QCOMPARE(f.first().severity, Severity::Medium);
        QCOMPARE(f.first().evidence, QStringLiteral("negotiated protocol %1 with ECDHE-RSA-AES256-GCM-SHA384").arg(version));
        QVERIFY(!hasFinding(sessionFindings(establishedSession(QStringLiteral("TLSv1.2"))), id));
    }
}

void TestSessionRules::smallDhPrime()
{
    Report r = establishedSession(QStringLiteral("TLSv1.2"));
    r.tls.cipher.openssl = QStringLiteral("DHE-RSA-AES256-GCM-SHA384");
    r.tls.tempKeyType = QStringLiteral("DH");
    r.tls.tempKeyBits = 1024;
    const Findings f = sessionFindings(r);
    QCOMPARE(ids(f), QStringList{QStringLiteral("kex.dh_weak")});
    QCOMPARE(f.first().severity, Severity::High);
    QCOMPARE(f.first().evidence, QStringLiteral("server temp key DH, 1024 bits (DHE-RSA-AES256-GCM-SHA384)"));
    r.tls.tempKeyBits = 2048;
    QVERIFY(sessionFindings(r).isEmpty());
    r.tls.tempKeyType = QStringLiteral("ECDH");   // a 256-bit curve is no small prime
    r.tls.tempKeyBits = 256;
    QVERIFY(sessionFindings(r).isEmpty());
}

void TestSessionRules::compression()
{
    Report r = establishedSession(QStringLiteral("TLSv1.2"));
    r.tls.compression = QStringLiteral("zlib compression");
    const Findings f = sessionFindings(r);
    QCOMPARE(ids(f), QStringList{QStringLiteral("tls.compression_enabled")});
    QCOMPARE(f.first().evidence, QStringLiteral("compression zlib compression"));
    // A failed handshake has no compression to speak of.
    Report failed = failedHandshake(QStringLiteral("handshake_failure"));
    failed.tls.compression = QStringLiteral("zlib compression");
    QVERIFY(!hasFinding(sessionFindings(failed), QStringLiteral("tls.compression_enabled")));
}

void TestSessionRules::plaintextAuth()
{
    Report r = establishedSession(QStringLiteral("TLSv1.3"));
    r.smtp.authBeforeTls = {QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    const Findings f = sessionFindings(r);
    QCOMPARE(ids(f), QStringList{QStringLiteral("auth.plaintext_before_tls")});
    QCOMPARE(f.first().title, QStringLiteral("AUTH PLAIN/LOGIN offered before STARTTLS"));
    QCOMPARE(f.first().evidence, QStringLiteral("EHLO before TLS lists AUTH CRAM-MD5 PLAIN LOGIN"));
    // A challenge-response mechanism alone, AUTH after TLS only, or implicit TLS: no finding.
    Report cram = r;
    cram.smtp.authBeforeTls = {QStringLiteral("CRAM-MD5")};
    QVERIFY(sessionFindings(cram).isEmpty());
    Report after = establishedSession(QStringLiteral("TLSv1.3"));
    after.smtp.authAfterTls = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    QVERIFY(sessionFindings(after).isEmpty());
    Report implicit = r;
    implicit.target.implicitTls = true;
    QVERIFY(sessionFindings(implicit).isEmpty());
}

void TestSessionRules::factsOnly()
{
    Report r = smtpSession();
    r.smtp.starttlsOffered = false;
    r.smtp.authBeforeTls = {QStringLiteral("PLAIN")};
    const Findings f = sessionFindings(r);
    QCOMPARE(f.size(), 2);
    for (const Finding &finding : f) {
        QVERIFY2(finding.fixExim.isEmpty() && finding.fixPostfix.isEmpty(), qPrintable(finding.id));
        QCOMPARE(finding.facts.value(QLatin1String(fixfacts::kRules)), QLatin1String(fixfacts::kSessionRules));
    }
}

MAILTLS_TEST_MAIN(TestSessionRules)
#include "test_session_rules.moc"
