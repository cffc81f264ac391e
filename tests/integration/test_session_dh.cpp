// The session engine against `openssl s_server` offering only DHE suites: the temporary key
// and kex.dh_weak for a 1024-bit prime, and no such finding for a 2048-bit one.

#include <QTest>

#include "model/finding.h"
#include "jobs/session_job.h"
#include "session_checks.h"
#include "test_pki.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::test;

namespace {

const QString kDheOnly = QStringLiteral("DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:@SECLEVEL=0");

core::SessionOptions rawTlsOptions(quint16 port)
{
    core::SessionOptions o = localSessionOptions(port);
    o.implicitTls = true;
    o.dialect = QStringLiteral("none");
    return o;
}

} // namespace

class TestSessionDh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dhe1024IsWeak();
    void dhe1024RefusedAtSecurityLevel2();
    void dhe2048IsFine();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    bool startDheServer(OpensslServer &server);
};

void TestSessionDh::initTestCase()
{
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    QVERIFY2(!pki().dhParam1024File().isEmpty(), qPrintable(pki().error()));
}

bool TestSessionDh::startDheServer(OpensslServer &server)
{
    QString error;
    if (!server.start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestSessionDh::dhe1024IsWeak()
{
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.dhParamFile = pki().dhParam1024File();
    options.cipher = kDheOnly;
    options.extraArgs = {QStringLiteral("-no_tls1_3")};
    OpensslServer server(options);
    QVERIFY(startDheServer(server));

    const core::Report r = runSession(rawTlsOptions(server.port()));
    VERIFY_REPORT(r.tls.established && r.outcome.errorKind == core::ErrorKind::None, r);
    QVERIFY(r.target.implicitTls);
    QCOMPARE(r.tls.version, QStringLiteral("TLSv1.2"));
    VERIFY_REPORT(r.tls.cipher.openssl.startsWith(QLatin1String("DHE-")), r);
    VERIFY_REPORT(r.tls.cipher.iana.startsWith(QLatin1String("TLS_DHE_RSA_WITH_")), r);
    QCOMPARE(r.tls.tempKeyType, QStringLiteral("DH"));
    QCOMPARE(r.tls.tempKeyBits, 1024);
    VERIFY_REPORT(handshakeHas(r, QStringLiteral("S"), QStringLiteral("ServerKeyExchange")), r);
    VERIFY_REPORT(r.tls.verifyOk, r);
    QCOMPARE(r.certificates.size(), 2);

    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("kex.dh_weak")), r);
    const core::Finding *f = core::findFinding(r.findings, QStringLiteral("kex.dh_weak"));
    VERIFY_REPORT(f && (f->title + f->evidence).contains(QLatin1String("1024")), r);
    // No mail protocol was spoken, so nothing about STARTTLS or AUTH.
    VERIFY_REPORT(findingIdsWithPrefix(r, {QStringLiteral("starttls."), QStringLiteral("auth."),
                                           QStringLiteral("tls."), QStringLiteral("cert."), QStringLiteral("chain.")})
                      .isEmpty(),
                  r);
    VERIFY_REPORT(r.smtp.banner.isEmpty() && r.smtp.ehloAfterTls.isEmpty(), r);
}

void TestSessionDh::dhe1024RefusedAtSecurityLevel2()
{
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.dhParamFile = pki().dhParam1024File();
    options.cipher = kDheOnly;
    options.extraArgs = {QStringLiteral("-no_tls1_3")};
    OpensslServer server(options);
    QVERIFY(startDheServer(server));

    // What a Debian OpenSSL client at its default security level experiences.
    core::SessionOptions o = rawTlsOptions(server.port());
    o.securityLevel = 2;
    const core::Report r = runSession(o);
    VERIFY_REPORT(r.tls.attempted && !r.tls.established, r);
    QCOMPARE(core::outcomeWord(r.outcome.errorKind), QStringLiteral("tls"));
    VERIFY_REPORT(core::hasFinding(r.findings, QStringLiteral("tls.handshake_failed")), r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("client_cert.required")), r);
    QCOMPARE(r.tls.securityLevel, 2);
}

void TestSessionDh::dhe2048IsFine()
{
    // Without -dhparam, s_server picks a group matching the key strength (2048 bits).
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.cipher = kDheOnly;
    options.extraArgs = {QStringLiteral("-no_tls1_3")};
    OpensslServer server(options);
    QVERIFY(startDheServer(server));

    const core::Report r = runSession(rawTlsOptions(server.port()));
    VERIFY_REPORT(r.tls.established, r);
    VERIFY_REPORT(r.tls.cipher.openssl.startsWith(QLatin1String("DHE-")), r);
    QCOMPARE(r.tls.tempKeyType, QStringLiteral("DH"));
    VERIFY_REPORT(r.tls.tempKeyBits >= 2048, r);
    VERIFY_REPORT(!core::hasFinding(r.findings, QStringLiteral("kex.dh_weak")), r);
}

MAILTLS_TEST_MAIN(TestSessionDh)
#include "test_session_dh.moc"
