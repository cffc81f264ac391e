// The built-in practice server, personality by personality, through the project's own client:
// one STARTTLS session (trusting the practice CA, as the workbench does), one implicit-TLS
// session, and one full scan; each must raise exactly the findings its personality is there
// to teach and none that another personality teaches. After the scan's hundreds of odd
// hellos the server must still serve a clean session.

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include "model/finding.h"
#include "practice/practice_personality.h"
#include "practice/practice_server.h"
#include "jobs/session_job.h"
#include "jobs/scan_job.h"
#include "session_checks.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;

namespace {

// What each personality must make the workbench say, written out here (not read from core) so
// a change in core's table or in the rules cannot pass unnoticed.
struct Expected {
    QStringList session;   // raised by a STARTTLS session that trusts the practice CA
    QStringList scan;      // raised by a scan (trusting the practice CA too)
};

const QMap<QString, Expected> &expectations()
{
    static const QMap<QString, Expected> table{
        {QStringLiteral("modern"), {{}, {}}},
        {QStringLiteral("legacy-tls10"), {{QStringLiteral("protocol.tls10_enabled")},
                                          {QStringLiteral("protocol.tls10_enabled"), QStringLiteral("protocol.tls13_missing")}}},
        {QStringLiteral("ecdsa-only"), {{}, {QStringLiteral("cert.ecdsa_only")}}},
        {QStringLiteral("weak-dh"), {{QStringLiteral("kex.dh_weak")}, {QStringLiteral("kex.dh_weak"), QStringLiteral("protocol.tls13_missing")}}},
        {QStringLiteral("self-signed"), {{QStringLiteral("cert.self_signed")}, {QStringLiteral("cert.self_signed")}}},
        {QStringLiteral("misordered-chain"), {{QStringLiteral("chain.order_wrong")}, {QStringLiteral("chain.order_wrong")}}},
        {QStringLiteral("no-starttls"), {{QStringLiteral("starttls.not_offered")}, {}}},
        {QStringLiteral("client-cert-required"), {{QStringLiteral("client_cert.required")}, {}}},
        {QStringLiteral("auth-before-tls"), {{QStringLiteral("auth.plaintext_before_tls")}, {}}},
        {QStringLiteral("expired"), {{QStringLiteral("cert.expired")}, {QStringLiteral("cert.expired")}}},
        {QStringLiteral("starttls-injection"), {{}, {QStringLiteral("starttls.command_injection")}}},
        {QStringLiteral("starttls-response-injection"),
         {{QStringLiteral("starttls.data_after_220")}, {QStringLiteral("starttls.data_after_220")}}},
    };
    return table;
}

// Every id some personality teaches: a personality must raise none of the others'.
QSet<QString> taughtIds()
{
    QSet<QString> ids;
    for (const Expected &e : expectations()) {
        for (const QString &id : e.session + e.scan)
            ids << id;
    }
    // And the mistakes no personality should make by accident.
    ids << QStringLiteral("cert.untrusted") << QStringLiteral("cert.hostname_mismatch") << QStringLiteral("tls.handshake_failed")
        << QStringLiteral("starttls.rejected") << QStringLiteral("chain.intermediate_missing")
        << QStringLiteral("cert.expires_soon") << QStringLiteral("cert.key_weak") << QStringLiteral("cert.signature_weak");
    return ids;
}

core::SessionOptions practiceSession(const core::PracticeServer &server, bool implicitTls = false)
{
    core::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = implicitTls ? server.tlsPort() : server.smtpPort();
    o.implicitTls = implicitTls;
    o.dialect = QStringLiteral("smtp");
    o.caFile = server.caFile();
    o.ehloName = QStringLiteral("practice.test");
    o.timeoutMs = 10000;
    return o;
}

core::Report runScan(quint16 port, bool implicitTls, const QString &caFile, qint64 *elapsedMs)
{
    core::ScanOptions options;
    options.caFile = caFile;   // as the workbench does for the practice server
    options.target.host = QStringLiteral("127.0.0.1");
    options.target.port = port;
    options.target.implicitTls = implicitTls;
    options.target.ehloName = QStringLiteral("practice.test");
    options.target.timeoutMs = 10000;
    options.target.bannerTimeoutMs = 10000;
    QElapsedTimer timer;
    timer.start();
    core::Report report = core::runScan(options, core::CancelToken());
    *elapsedMs = timer.elapsed();
    return report;
}

QStringList ids(const core::Findings &findings)
{
    QStringList out;
    for (const core::Finding &f : findings)
        out << f.id;
    return out;
}

QString missingOrForbidden(const QStringList &raised, const QStringList &expected)
{
    QStringList problems;
    for (const QString &id : expected)
        if (!raised.contains(id))
            problems << QStringLiteral("missing %1").arg(id);
    const QSet<QString> forbidden = taughtIds();
    for (const QString &id : raised)
        if (forbidden.contains(id) && !expected.contains(id))
            problems << QStringLiteral("unexpected %1").arg(id);
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestPracticeServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void expectationsMatchCore();
    void personality_data();
    void personality();
    void modernServesRsaAndEcdsa();
    void clientCertificateAccepted();
    void cleanupTestCase();

private:
    QStringList timings_;
};

void TestPracticeServer::initTestCase()
{
    QCOMPARE(core::practicePersonalityNames().size(), expectations().size());
}

void TestPracticeServer::expectationsMatchCore()
{
    // The CLI prints core's table and the UI shows it: it must say what the rules really raise.
    for (const core::PracticePersonality &p : core::practicePersonalities()) {
        QVERIFY2(expectations().contains(p.name), qPrintable(p.name));
        const Expected e = expectations().value(p.name);
        QStringList all = e.session;
        for (const QString &id : e.scan)
            if (!all.contains(id))
                all << id;
        QStringList coreIds = p.expectedFindings;
        all.sort();
        coreIds.sort();
        QCOMPARE(coreIds, all);
    }
}

void TestPracticeServer::personality_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : core::practicePersonalityNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPracticeServer::personality()
{
    QFETCH(QString, name);
    const Expected expected = expectations().value(name);
    core::PracticeServerOptions options;
    options.personality = name;
    core::PracticeServer server(options);
    QString error;
    QElapsedTimer startTimer;
    startTimer.start();
    QVERIFY2(server.start(&error), qPrintable(error));
    const qint64 startMs = startTimer.elapsed();
    QVERIFY(server.smtpPort() != 0 && server.tlsPort() != 0 && server.smtpPort() != server.tlsPort());

    // 1. A STARTTLS session, as the workbench's first Connect runs it.
    const core::Report session = runSession(practiceSession(server));
    VERIFY_REPORT(session.outcome.connected, session);
    VERIFY_REPORT(session.smtp.banner.contains(QLatin1String("MailTLS practice server")), session);
    const QStringList sessionIds = ids(session.findings);
    const QString sessionProblems = missingOrForbidden(sessionIds, expected.session);
    VERIFY_REPORT(sessionProblems.isEmpty() || (qInfo("%s: %s", qPrintable(name), qPrintable(sessionProblems)), false), session);

    // What a user sees besides the findings.
    if (name == QLatin1String("no-starttls")) {
        VERIFY_REPORT(!session.smtp.starttlsOffered && !session.tls.attempted, session);
    } else if (name == QLatin1String("client-cert-required")) {
        // TLS 1.3: the client's side of the handshake completes; the server's alert follows.
        VERIFY_REPORT(session.tls.clientCertificateRequested && !session.tls.clientCertificateSent, session);
        VERIFY_REPORT(!session.outcome.completed && session.tls.alert == QLatin1String("certificate_required"), session);
    } else {
        VERIFY_REPORT(session.tls.established, session);
        VERIFY_REPORT(session.outcome.completed, session);
        VERIFY_REPORT(session.smtp.starttlsOffered && session.smtp.starttlsAccepted, session);
        // EHLO over TLS offers AUTH for every personality; before TLS only auth-before-tls does.
        VERIFY_REPORT(!session.smtp.authAfterTls.isEmpty(), session);
        VERIFY_REPORT(session.smtp.authBeforeTls.isEmpty() == (name != QLatin1String("auth-before-tls")), session);
    }
    if (name == QLatin1String("modern") || name == QLatin1String("auth-before-tls") || name == QLatin1String("ecdsa-only")) {
        VERIFY_REPORT(session.tls.version == QLatin1String("TLSv1.3"), session);
        VERIFY_REPORT(session.tls.verifyOk, session);
        VERIFY_REPORT(session.certificates.size() == 2, session);   // leaf + intermediate, not the root
    }
    if (name == QLatin1String("ecdsa-only"))
        VERIFY_REPORT(session.certificates.value(0).key().type == QLatin1String("EC"), session);
    if (name == QLatin1String("legacy-tls10"))
        VERIFY_REPORT(session.tls.version == QLatin1String("TLSv1"), session);
    if (name == QLatin1String("weak-dh")) {
        VERIFY_REPORT(session.tls.version == QLatin1String("TLSv1.2"), session);
        VERIFY_REPORT(session.tls.tempKeyType == QLatin1String("DH") && session.tls.tempKeyBits == 1024, session);
        VERIFY_REPORT(session.tls.cipher.openssl.startsWith(QLatin1String("DHE-RSA-")), session);
    }
    if (name == QLatin1String("misordered-chain")) {
        VERIFY_REPORT(session.certificates.size() == 3, session);
        VERIFY_REPORT(session.certificates.at(1).subject().contains(QLatin1String("Practice Intermediate CA")), session);
        VERIFY_REPORT(session.certificates.at(2).subject().contains(QLatin1String("Practice Issuing CA")), session);
    }
    if (name == QLatin1String("self-signed"))
        VERIFY_REPORT(session.certificates.size() == 1 && session.certificates.first().isSelfSigned(), session);

    // 2. The implicit-TLS port speaks the same SMTP inside TLS from the first byte.
    const core::Report smtps = runSession(practiceSession(server, true));
    if (name == QLatin1String("client-cert-required")) {
        VERIFY_REPORT(!smtps.outcome.completed && hasFinding(smtps.findings, QStringLiteral("client_cert.required")), smtps);
    } else {
        VERIFY_REPORT(smtps.tls.established && smtps.outcome.completed, smtps);
        VERIFY_REPORT(smtps.smtp.banner.startsWith(QLatin1String("220 ")), smtps);
        VERIFY_REPORT(!(smtps.smtp.ehloBeforeTls + smtps.smtp.ehloAfterTls).join(QLatin1Char(' ')).contains(QLatin1String("STARTTLS")), smtps);
        VERIFY_REPORT(!smtps.smtp.ehloAfterTls.isEmpty() || !smtps.smtp.ehloBeforeTls.isEmpty(), smtps);
    }

    // 3. A scan: the STARTTLS port, or the implicit one where STARTTLS is not offered.
    qint64 scanMs = 0;
    const bool scanImplicit = name == QLatin1String("no-starttls");
    const core::Report scan = runScan(scanImplicit ? server.tlsPort() : server.smtpPort(), scanImplicit, server.caFile(), &scanMs);
    timings_ << QStringLiteral("%1: start %2 ms, scan %3 ms, %4 connections")
                    .arg(name).arg(startMs).arg(scanMs).arg(scan.scan.connections);
    VERIFY_REPORT(scan.outcome.errorKind == core::ErrorKind::None, scan);
    const QStringList scanIds = ids(scan.findings);
    const QString scanProblems = missingOrForbidden(scanIds, expected.scan);
    VERIFY_REPORT(scanProblems.isEmpty() || (qInfo("%s scan: %s", qPrintable(name), qPrintable(scanProblems)), false), scan);
    const QMap<QString, bool> &protocols = scan.scan.protocols;
    VERIFY_REPORT(!protocols.value(QStringLiteral("SSLv2"), true) && !protocols.value(QStringLiteral("SSLv3"), true), scan);
    if (name == QLatin1String("legacy-tls10")) {
        VERIFY_REPORT(protocols.value(QStringLiteral("TLSv1")) && !protocols.value(QStringLiteral("TLSv1.2"), true), scan);
    } else if (name == QLatin1String("weak-dh")) {
        VERIFY_REPORT(scan.scan.dhBits == 1024 && protocols.value(QStringLiteral("TLSv1.2")), scan);
        VERIFY_REPORT(!protocols.value(QStringLiteral("TLSv1.3"), true), scan);
    } else {
        VERIFY_REPORT(protocols.value(QStringLiteral("TLSv1.2")) && protocols.value(QStringLiteral("TLSv1.3")), scan);
        VERIFY_REPORT(!protocols.value(QStringLiteral("TLSv1"), true) && !protocols.value(QStringLiteral("TLSv1.1"), true), scan);
    }
    if (name == QLatin1String("ecdsa-only"))
        VERIFY_REPORT(scan.scan.certificateTypes == QStringList{QStringLiteral("ECDSA")}, scan);

    // 4. Still healthy after the scan: every connection closed, and a clean session again.
    QTRY_COMPARE_WITH_TIMEOUT(server.activeConnections(), 0, 10000);
    const core::Report again = runSession(practiceSession(server));
    VERIFY_REPORT(again.outcome.connected && again.smtp.banner.startsWith(QLatin1String("220 ")), again);
    QVERIFY(server.connectionsAccepted() >= scan.scan.connections);

    QElapsedTimer stopTimer;
    stopTimer.start();
    server.stop();
    QVERIFY2(stopTimer.elapsed() < 2000, qPrintable(QString::number(stopTimer.elapsed())));
}

void TestPracticeServer::modernServesRsaAndEcdsa()
{
    core::PracticeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    // TLS 1.2 picks the certificate by suite: an RSA-only offer gets the RSA leaf, an
    // ECDSA-only offer the ECDSA leaf, both verified against the practice CA.
    const struct {
        const char *ciphers;
        const char *keyType;
    } cases[] = {{"ECDHE-RSA-AES128-GCM-SHA256", "RSA"}, {"ECDHE-ECDSA-AES128-GCM-SHA256", "EC"}};
    for (const auto &c : cases) {
        core::SessionOptions o = practiceSession(server);
        o.tlsMax = QStringLiteral("TLSv1.2");
        o.ciphers = QString::fromLatin1(c.ciphers);
        const core::Report r = runSession(o);
        VERIFY_REPORT(r.tls.established && r.tls.version == QLatin1String("TLSv1.2"), r);
        VERIFY_REPORT(r.tls.cipher.openssl == QLatin1String(c.ciphers), r);
        VERIFY_REPORT(r.certificates.value(0).key().type == QLatin1String(c.keyType), r);
        VERIFY_REPORT(r.tls.verifyOk && r.findings.isEmpty(), r);
    }
    // And the scan, which tries both key types.
    qint64 ms = 0;
    const core::Report scan = runScan(server.smtpPort(), false, server.caFile(), &ms);
    VERIFY_REPORT((scan.scan.certificateTypes == QStringList{QStringLiteral("RSA"), QStringLiteral("ECDSA")}), scan);
    VERIFY_REPORT(!hasFinding(scan.findings, QStringLiteral("cert.ecdsa_only")), scan);
    QStringList tls12Auth;
    for (const core::SuiteInfo &s : scan.scan.ciphers.value(QStringLiteral("TLSv1.2")))
        if (!tls12Auth.contains(s.auth))
            tls12Auth << s.auth;
    tls12Auth.sort();
    VERIFY_REPORT((tls12Auth == QStringList{QStringLiteral("ECDSA"), QStringLiteral("RSA")}), scan);
}

void TestPracticeServer::clientCertificateAccepted()
{
    core::PracticeServerOptions options;
    options.personality = QStringLiteral("client-cert-required");
    core::PracticeServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(server.clientCertFile()) && QFileInfo::exists(server.clientKeyFile()));
    QCOMPARE(QFileInfo(server.clientKeyFile()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    core::SessionOptions o = practiceSession(server);
    o.clientCertFile = server.clientCertFile();
    o.clientKeyFile = server.clientKeyFile();
    const core::Report r = runSession(o);
    VERIFY_REPORT(r.tls.established && r.tls.clientCertificateSent && r.outcome.completed, r);
    VERIFY_REPORT(!hasFinding(r.findings, QStringLiteral("client_cert.required")), r);
}

void TestPracticeServer::cleanupTestCase()
{
    for (const QString &line : std::as_const(timings_))
        qInfo("%s", qPrintable(line));
}

MAILTLS_TEST_MAIN(TestPracticeServer)
#include "test_practice_server.moc"
