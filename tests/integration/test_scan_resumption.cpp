// `mailtls scan` resumption, OCSP-stapling and 0-RTT checks (scan.hygiene.session_id_resumption,
// ticket_resumption, tls13_resumption, ocsp_stapling, early_data) against real peers:
// `openssl s_server` with and without its session cache and tickets, with a real OCSP response
// (good and revoked) made here with `openssl ocsp` from the test PKI's intermediate CA, with
// early data, a must-staple leaf served without a staple, and Exim (GnuTLS) as Debian ships it.
// Each case asserts the observed values and the findings they raise.
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

namespace {

QJsonObject runScan(quint16 port, bool starttls, QString *failure, QString *text = nullptr, const QStringList &extra = {})
{
    QStringList args{QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--starttls"),
                           starttls ? QStringLiteral("smtp") : QStringLiteral("none"), QStringLiteral("--json"), QStringLiteral("-")};
    args += extra;
    const ToolResult cli = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, 300000);
    const QJsonDocument doc = QJsonDocument::fromJson(cli.out);
    if (!cli.finished || (cli.exitCode != 0 && cli.exitCode != 1) || !doc.isObject()) {
        *failure = cli.describe();
        return {};
    }
    if (text)
        *text = cli.errText();
    return doc.object();
}

struct Hygiene {
    QJsonObject all;
    QJsonObject of(const char *check) const { return all.value(QLatin1String(check)).toObject(); }
    QString result(const char *check) const { return of(check).value(QStringLiteral("result")).toString(); }
    QString evidence(const char *check) const { return of(check).value(QStringLiteral("evidence")).toString(); }
    QJsonValue value(const char *check, const char *key) const { return of(check).value(QLatin1String(key)); }
    QString dump() const { return QString::fromUtf8(QJsonDocument(all).toJson()); }
};

Hygiene hygieneOf(const QJsonObject &report)
{
    return {report.value(QStringLiteral("scan")).toObject().value(QStringLiteral("hygiene")).toObject()};
}

const QStringList kIds = {QStringLiteral("tls.no_resumption"), QStringLiteral("tls.ocsp_must_staple_missing"),
                          QStringLiteral("tls.ocsp_staple_revoked"), QStringLiteral("tls.ocsp_staple_stale"),
                          QStringLiteral("tls.ocsp_staple_unusable"), QStringLiteral("tls.early_data_accepted")};

QStringList resumptionFindings(const QJsonObject &report)
{
    QStringList out;
    for (const QString &id : findingIds(report))
        if (kIds.contains(id))
            out << id;
    out.sort();
    return out;
}

QString severityOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("id")).toString() == id)
            return f.toObject().value(QStringLiteral("severity")).toString();
    return QString();
}

} // namespace

class TestScanResumption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensslDefault();
    void opensslNoTicket();
    void opensslNoCache();
    void opensslNoCacheNoTicket();
    void ocspGood();
    void ocspRevoked();
    void earlyData();
    void earlyDataAloneAndSkipped();
    void mustStapleWithoutStaple();
    void eximDefault();
    void eximResumptionAndStapling();
    void eximImplicitTls();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    QJsonObject scanOpenssl(const QString &label, const QStringList &serverArgs, const QString &certFile = {},
                            const QString &keyFile = {});
    // An OCSP response for rsaLeaf from the intermediate CA ("V" good, "R" revoked), DER.
    QString ocspResponse(const QString &name, bool revoked);
    QTemporaryDir work_;
};

void TestScanResumption::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    QVERIFY(work_.isValid());
}

QJsonObject TestScanResumption::scanOpenssl(const QString &label, const QStringList &serverArgs, const QString &certFile,
                                            const QString &keyFile)
{
    OpensslServerOptions options;
    options.certFile = certFile.isEmpty() ? pki().rsaLeaf().certFile : certFile;
    options.keyFile = keyFile.isEmpty() ? pki().rsaLeaf().keyFile : keyFile;
    options.chainFile = pki().intermediateFile();
    options.extraArgs = serverArgs;
    OpensslServer server(options);
    QString error;
    if (!server.start(&error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QString failure;
    QString text;
    const QJsonObject report = runScan(server.port(), false, &failure, &text);
    if (report.isEmpty())
        qWarning("%s", qPrintable(failure));
    saveArtifact(QStringLiteral("scan-resumption-%1.json").arg(label), QJsonDocument(report).toJson());
    return report;
}

QString TestScanResumption::ocspResponse(const QString &name, bool revoked)
{
    const QString leaf = pki().rsaLeaf().certFile;
    const ToolResult serial = runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), leaf,
                                                                  QStringLiteral("-noout"), QStringLiteral("-serial")});
    if (!serial.ok())
        return QString();
    const QString hex = serial.outText().trimmed().section(QLatin1Char('='), 1);
    const QString index = QDir(work_.path()).filePath(name + QStringLiteral(".index"));
    QFile f(index);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    // The CA database's line: status, expiry, revocation (time,reason), serial, file, subject.
    f.write(QStringLiteral("%1\t301231000000Z\t%2\t%3\tunknown\t/CN=localhost\n")
                .arg(revoked ? QStringLiteral("R") : QStringLiteral("V"),
                     revoked ? QStringLiteral("251201000000Z,keyCompromise") : QString(), hex)
                .toLatin1());
    f.close();
    const QString out = QDir(work_.path()).filePath(name + QStringLiteral(".der"));
    const ToolResult r = runTool(QStringLiteral("openssl"),
                                 {QStringLiteral("ocsp"), QStringLiteral("-index"), index, QStringLiteral("-rsigner"),
                                  pki().intermediateFile(), QStringLiteral("-rkey"), pki().intermediateKeyFile(),
                                  QStringLiteral("-CA"), pki().intermediateFile(), QStringLiteral("-issuer"),
                                  pki().intermediateFile(), QStringLiteral("-cert"), leaf, QStringLiteral("-respout"), out,
                                  QStringLiteral("-ndays"), QStringLiteral("1")});
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.describe()));
        return QString();
    }
    return out;
}

// OpenSSL 3's defaults: a session cache and tickets in TLS 1.2 (lifetime hint 7200 s), two
// TLS 1.3 tickets; everything resumes, no early data, no staple.
void TestScanResumption::opensslDefault()
{
    const QJsonObject report = scanOpenssl(QStringLiteral("default"), {});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("session_id_resumption"), QStringLiteral("yes"));
    QVERIFY2(h.evidence("session_id_resumption").contains(QLatin1String("(32 bytes) was resumed (abbreviated handshake)")), qPrintable(h.dump()));
    // The ticket comes with the connection resumed by id, where OpenSSL gives no lifetime hint.
    QCOMPARE(h.result("ticket_resumption"), QStringLiteral("yes"));
    QCOMPARE(h.evidence("ticket_resumption"),
             QStringLiteral("a NewSessionTicket in the resumed TLSv1.2 handshake (lifetime hint 0: unspecified), resumed on a further "
                            "connection (abbreviated handshake)"));
    QCOMPARE(h.value("ticket_resumption", "lifetime_seconds").toInt(), 0);
    QCOMPARE(h.result("tls13_resumption"), QStringLiteral("yes"));
    QCOMPARE(h.value("tls13_resumption", "lifetime_seconds").toInt(), 7200);
    QCOMPARE(h.value("tls13_resumption", "max_early_data").toInt(), 0);
    QVERIFY2(h.evidence("tls13_resumption").startsWith(QLatin1String("2 NewSessionTicket(s)")), qPrintable(h.dump()));
    QCOMPARE(h.result("ocsp_stapling"), QStringLiteral("no"));
    QVERIFY(h.value("ocsp_stapling", "status").isNull());
    QCOMPARE(h.value("ocsp_stapling", "must_staple").toBool(), false);
    QCOMPARE(h.result("early_data"), QStringLiteral("no"));
    QCOMPARE(h.evidence("early_data"), QStringLiteral("the server's tickets allow no early data (max_early_data 0)"));
    // The lane's own three connections, then 1.3 full + resumed, 1.2 full + by id + by ticket.
    QCOMPARE(h.all.value(QStringLiteral("connections")).toInt(), 8);
    QCOMPARE(resumptionFindings(report), QStringList());
}

// -no_ticket: no TLS 1.2 ticket; the cache still resumes by id; TLS 1.3 resumes with stateful
// tickets (the session id as the ticket).
void TestScanResumption::opensslNoTicket()
{
    const QJsonObject report = scanOpenssl(QStringLiteral("no-ticket"), {QStringLiteral("-no_ticket")});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("session_id_resumption"), QStringLiteral("yes"));
    QCOMPARE(h.result("ticket_resumption"), QStringLiteral("no"));
    QCOMPARE(h.evidence("ticket_resumption"),
             QStringLiteral("no NewSessionTicket in a full TLSv1.2 handshake, though the hello offered session_ticket (35)"));
    QVERIFY(h.value("ticket_resumption", "lifetime_seconds").isNull());
    QCOMPARE(h.result("tls13_resumption"), QStringLiteral("yes"));
    QCOMPARE(resumptionFindings(report), QStringList());
}

// -no_cache: an empty session id in TLS 1.2, so nothing to resume by id; tickets still work.
void TestScanResumption::opensslNoCache()
{
    const QJsonObject report = scanOpenssl(QStringLiteral("no-cache"), {QStringLiteral("-no_cache")});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("session_id_resumption"), QStringLiteral("no"));
    QCOMPARE(h.evidence("session_id_resumption"),
             QStringLiteral("the TLSv1.2 ServerHello carried an empty session id, though the hello offered no ticket: the server "
                            "names no session to resume by id"));
    QCOMPARE(h.result("ticket_resumption"), QStringLiteral("yes"));
    QCOMPARE(h.value("ticket_resumption", "lifetime_seconds").toInt(), 7200);
    QCOMPARE(h.result("tls13_resumption"), QStringLiteral("yes"));
    QCOMPARE(resumptionFindings(report), QStringList());
}

// Neither cache nor tickets: nothing resumes anywhere (TLS 1.3's stateful tickets need the
// cache): tls.no_resumption, info.
void TestScanResumption::opensslNoCacheNoTicket()
{
    const QJsonObject report = scanOpenssl(QStringLiteral("no-cache-no-ticket"), {QStringLiteral("-no_cache"), QStringLiteral("-no_ticket")});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("session_id_resumption"), QStringLiteral("no"));
    QCOMPARE(h.result("ticket_resumption"), QStringLiteral("no"));
    QVERIFY2(h.result("tls13_resumption") == QLatin1String("no"), qPrintable(h.dump()));
    QCOMPARE(resumptionFindings(report), QStringList{QStringLiteral("tls.no_resumption")});
    QCOMPARE(severityOf(report, QStringLiteral("tls.no_resumption")), QStringLiteral("info"));
}

// A staple made with `openssl ocsp` from the intermediate CA: good, with its dates.
void TestScanResumption::ocspGood()
{
    const QString der = ocspResponse(QStringLiteral("good"), false);
    QVERIFY(!der.isEmpty());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const QJsonObject report = scanOpenssl(QStringLiteral("ocsp-good"), {QStringLiteral("-status_file"), der});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("ocsp_stapling"), QStringLiteral("yes"));
    QCOMPARE(h.value("ocsp_stapling", "status").toString(), QStringLiteral("good"));
    const QDateTime thisUpdate = QDateTime::fromString(h.value("ocsp_stapling", "this_update").toString(), Qt::ISODate);
    const QDateTime nextUpdate = QDateTime::fromString(h.value("ocsp_stapling", "next_update").toString(), Qt::ISODate);
    QVERIFY2(thisUpdate.isValid() && thisUpdate >= before, qPrintable(h.dump()));
    QCOMPARE(thisUpdate.secsTo(nextUpdate), qint64(86400));
    QVERIFY(h.value("ocsp_stapling", "age_seconds").toInt() >= 0 && h.value("ocsp_stapling", "age_seconds").toInt() < 120);
    QCOMPARE(h.value("ocsp_stapling", "must_staple").toBool(), false);
    QVERIFY2(h.evidence("ocsp_stapling").contains(QLatin1String("handshake: good, thisUpdate ")), qPrintable(h.dump()));
    QCOMPARE(resumptionFindings(report), QStringList());
}

void TestScanResumption::ocspRevoked()
{
    const QString der = ocspResponse(QStringLiteral("revoked"), true);
    QVERIFY(!der.isEmpty());
    const QJsonObject report = scanOpenssl(QStringLiteral("ocsp-revoked"), {QStringLiteral("-status_file"), der});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("ocsp_stapling"), QStringLiteral("yes"));
    QCOMPARE(h.value("ocsp_stapling", "status").toString(), QStringLiteral("revoked"));
    QVERIFY2(h.evidence("ocsp_stapling").contains(QLatin1String("revoked since 2025-12-01T00:00:00Z (keyCompromise)")), qPrintable(h.dump()));
    QCOMPARE(resumptionFindings(report), QStringList{QStringLiteral("tls.ocsp_staple_revoked")});
    QCOMPARE(severityOf(report, QStringLiteral("tls.ocsp_staple_revoked")), QStringLiteral("high"));
}

// s_server -early_data: its tickets allow 16384 bytes early; the probe's "\r\n" is accepted.
void TestScanResumption::earlyData()
{
    const QJsonObject report = scanOpenssl(QStringLiteral("early-data"), {QStringLiteral("-early_data")});
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.value("tls13_resumption", "max_early_data").toInt(), 16384);
    QCOMPARE(h.result("tls13_resumption"), QStringLiteral("yes"));
    QVERIFY2(h.result("early_data") == QLatin1String("yes"), qPrintable(h.dump()));
    QCOMPARE(h.evidence("early_data"), QStringLiteral("2 bytes of 0-RTT data (CRLF) on the resumed TLS 1.3 connection were accepted (max_early_data 16384)"));
    QCOMPARE(resumptionFindings(report), QStringList{QStringLiteral("tls.early_data_accepted")});
    QCOMPARE(severityOf(report, QStringLiteral("tls.early_data_accepted")), QStringLiteral("info"));
}

// --skip-checks: early data alone costs the TLS 1.3 pair of connections; all three skipped cost
// nothing and read "untested", never passed.
void TestScanResumption::earlyDataAloneAndSkipped()
{
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.extraArgs = {QStringLiteral("-early_data")};
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QString failure;
    QJsonObject report = runScan(server.port(), false, &failure, nullptr, {QStringLiteral("--skip-checks"), QStringLiteral("resumption,ocsp")});
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("early_data"), QStringLiteral("yes"));
    QCOMPARE(h.result("tls13_resumption"), QStringLiteral("untested"));
    QCOMPARE(h.evidence("ocsp_stapling"), QStringLiteral("skipped (--skip-checks)"));
    QCOMPARE(h.all.value(QStringLiteral("connections")).toInt(), 3 + 2);
    report = runScan(server.port(), false, &failure, nullptr, {QStringLiteral("--skip-checks"), QStringLiteral("resumption,ocsp,early_data")});
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    h = hygieneOf(report);
    for (const char *check : {"session_id_resumption", "ticket_resumption", "tls13_resumption", "ocsp_stapling", "early_data"}) {
        QCOMPARE(h.result(check), QStringLiteral("untested"));
        QCOMPARE(h.evidence(check), QStringLiteral("skipped (--skip-checks)"));
    }
    QCOMPARE(h.all.value(QStringLiteral("connections")).toInt(), 3);
    QCOMPARE(resumptionFindings(report), QStringList());
}

// A leaf with the TLS feature status_request (RFC 7633), served without a staple: high.
void TestScanResumption::mustStapleWithoutStaple()
{
    const QDir dir(work_.path());
    const QString key = dir.filePath(QStringLiteral("must-staple.key"));
    const QString csr = dir.filePath(QStringLiteral("must-staple.csr"));
    const QString cert = dir.filePath(QStringLiteral("must-staple.pem"));
    const QString ext = dir.filePath(QStringLiteral("must-staple.ext"));
    QFile e(ext);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write("subjectAltName=DNS:localhost,IP:127.0.0.1\ntlsfeature=status_request\n");
    e.close();
    ToolResult r = runTool(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                                       QStringLiteral("-out"), csr, QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    r = runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                                            pki().intermediateFile(), QStringLiteral("-CAkey"), pki().intermediateKeyFile(),
                                            QStringLiteral("-set_serial"), QStringLiteral("4242"), QStringLiteral("-days"), QStringLiteral("2"),
                                            QStringLiteral("-extfile"), ext, QStringLiteral("-out"), cert});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    const QJsonObject report = scanOpenssl(QStringLiteral("must-staple"), {}, cert, key);
    QVERIFY(!report.isEmpty());
    const Hygiene h = hygieneOf(report);
    QCOMPARE(h.result("ocsp_stapling"), QStringLiteral("no"));
    QCOMPARE(h.value("ocsp_stapling", "must_staple").toBool(), true);
    QVERIFY2(h.evidence("ocsp_stapling").endsWith(QLatin1String("the leaf is must-staple (TLS feature status_request)")), qPrintable(h.dump()));
    QCOMPARE(resumptionFindings(report), QStringList{QStringLiteral("tls.ocsp_must_staple_missing")});
    QCOMPARE(severityOf(report, QStringLiteral("tls.ocsp_must_staple_missing")), QStringLiteral("high"));
}

// Exim 4 with GnuTLS over STARTTLS, Debian's defaults (no tls_resumption_hosts, no
// tls_ocsp_file): what a default install does.
void TestScanResumption::eximDefault()
{
    EximServer exim(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    QString failure;
    QString text;
    const QJsonObject report = runScan(exim.port(), true, &failure, &text);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("scan-resumption-exim.json"), QJsonDocument(report).toJson());
    const Hygiene h = hygieneOf(report);
    qInfo("%s", qPrintable(h.dump()));
    QCOMPARE(h.result("ocsp_stapling"), QStringLiteral("no"));
    QCOMPARE(h.result("session_id_resumption"), QStringLiteral("no"));
    QCOMPARE(h.result("ticket_resumption"), QStringLiteral("no"));
    QCOMPARE(h.result("tls13_resumption"), QStringLiteral("no"));
    QCOMPARE(h.result("early_data"), QStringLiteral("not_applicable"));
    QCOMPARE(resumptionFindings(report), QStringList{QStringLiteral("tls.no_resumption")});
}

// The advice's Exim settings at work: tls_resumption_hosts (GnuTLS tickets) and tls_ocsp_file
// with the good response made here (Exim reads it as Debian-exim: world-readable).
void TestScanResumption::eximResumptionAndStapling()
{
    const QString der = ocspResponse(QStringLiteral("exim-good"), false);
    QVERIFY(!der.isEmpty());
    QFile::setPermissions(work_.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(der, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.extraMain = QStringLiteral("tls_resumption_hosts = *\ntls_ocsp_file = %1").arg(der);
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    QString failure;
    const QJsonObject report = runScan(exim.port(), true, &failure);
    QVERIFY2(!report.isEmpty(), qPrintable(failure));
    saveArtifact(QStringLiteral("scan-resumption-exim-resume-ocsp.json"), QJsonDocument(report).toJson());
    const Hygiene h = hygieneOf(report);
    qInfo("%s", qPrintable(h.dump()));
    QCOMPARE(h.result("ocsp_stapling"), QStringLiteral("yes"));
    QCOMPARE(h.value("ocsp_stapling", "status").toString(), QStringLiteral("good"));
    QCOMPARE(h.result("tls13_resumption"), QStringLiteral("yes"));
    QCOMPARE(h.result("ticket_resumption"), QStringLiteral("yes"));
    QCOMPARE(resumptionFindings(report), QStringList());
}

// Implicit TLS (SMTPS): the server greets first inside TLS, so the probe reads the greeting, then
// sends EHLO, and the TLS 1.3 tickets are taken on the way.
void TestScanResumption::eximImplicitTls()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.starttls = false;
    options.implicitTls = true;
    options.extraMain = QStringLiteral("tls_resumption_hosts = *");
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const ToolResult cli = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                   {QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(exim.port()), QStringLiteral("--starttls"),
                                    QStringLiteral("smtp"), QStringLiteral("--implicit-tls"), QStringLiteral("--json"), QStringLiteral("-")},
                                   {}, 300000);
    const QJsonObject report = QJsonDocument::fromJson(cli.out).object();
    QVERIFY2(!report.isEmpty(), qPrintable(cli.describe()));
    saveArtifact(QStringLiteral("scan-resumption-exim-implicit.json"), QJsonDocument(report).toJson());
    const Hygiene h = hygieneOf(report);
    QVERIFY2(h.result("tls13_resumption") == QLatin1String("yes"), qPrintable(h.dump()));
    QVERIFY2(h.evidence("tls13_resumption").contains(QLatin1String("after the TLS 1.3 handshake and the reply to our EHLO")), qPrintable(h.dump()));
    QCOMPARE(h.result("ticket_resumption"), QStringLiteral("yes"));
    QCOMPARE(h.result("early_data"), QStringLiteral("no"));   // Exim's tickets allow no early data
    QCOMPARE(resumptionFindings(report), QStringList());
}

MAILTLS_TEST_MAIN(TestScanResumption)
#include "test_scan_resumption.moc"
