// `mailtls simulate --server` against real servers: the server is scanned, the partner's outcome
// predicted, and one real handshake with exactly the partner's offer must confirm it.
//  - Exim serving only an ECDSA certificate + the hosted-gateway profile (RSA suites, TLS <= 1.2):
//    compat.cert_type_mismatch with "no shared cipher: every suite this client offers needs an
//    RSA certificate", and the dual-certificate lines for Exim and Postfix.
//  - DHE-only `openssl s_server` with a 1024-bit prime + GnuTLS NORMAL with a 2048-bit minimum:
//    compat.dh_too_small.
//  - Exim accepting TLS 1.0 only + the OpenSSL 3 default client: compat.protocol_mismatch.
//  - Exim with both certificates + the same gateway: connects, and the live handshake agrees.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;

class TestSimulatePartners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ecdsaOnlyEximAndGateway();
    void dualCertificateEximAndGateway();
    void dhe1024AndGnutls2048();
    void tls10EximAndOpenssl3();
    void savedReportGivesSamePrediction();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    // Runs the CLI; returns the parsed JSON report and the exit code.
    QJsonObject simulate(const QStringList &args, int *exitCode, QString *text = nullptr);
    QJsonObject lastScanReport_;
};

void TestSimulatePartners::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
}

QJsonObject TestSimulatePartners::simulate(const QStringList &args, int *exitCode, QString *text)
{
    const ToolResult json = runTool(QStringLiteral(MAILTLS_CLI_PATH), QStringList{QStringLiteral("simulate")} + args
                                                                             + QStringList{QStringLiteral("--json"), QStringLiteral("-")},
                                    {}, 300000);
    *exitCode = json.finished ? json.exitCode : -1;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out);
    if (!doc.isObject())
        qWarning("%s", qPrintable(json.describe()));
    if (text) {
        // The text an admin reads comes from a second run without --json.
        const ToolResult human = runTool(QStringLiteral(MAILTLS_CLI_PATH), QStringList{QStringLiteral("simulate")} + args, {}, 300000);
        *text = human.outText();
    }
    return doc.object();
}

void TestSimulatePartners::ecdsaOnlyEximAndGateway()
{
    EximServer exim(EximOptions::serving(pki().ecdsaLeaf().chainFile, pki().ecdsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    int code = 0;
    QString text;
    const QJsonObject report = simulate({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(exim.port()),
                                         QStringLiteral("--client"), QStringLiteral("gateway-rsa-legacy")},
                                        &code, &text);
    QVERIFY2(!report.isEmpty(), "no JSON report");
    QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("simulate"));
    QCOMPARE(code, 1);
    const QJsonObject sim = report.value(QStringLiteral("simulation")).toObject();
    const QJsonObject prediction = sim.value(QStringLiteral("prediction")).toObject();
    QCOMPARE(prediction.value(QStringLiteral("connects")).toBool(true), false);
    QCOMPARE(prediction.value(QStringLiteral("finding_id")).toString(), QStringLiteral("compat.cert_type_mismatch"));
    const QString sentence = prediction.value(QStringLiteral("sentence")).toString();
    QVERIFY2(sentence.contains(QLatin1String("every suite this client offers needs an RSA certificate; serve an RSA certificate "
                                             "alongside the ECDSA one"), Qt::CaseInsensitive),
             qPrintable(sentence));
    QVERIFY2(sentence.startsWith(QLatin1String("No shared cipher")), qPrintable(sentence));
    const QJsonObject fix = prediction.value(QStringLiteral("fix")).toObject();
    QVERIFY2(fix.value(QStringLiteral("exim")).toString().contains(QLatin1String("tls_certificate = /etc/exim4/rsa.pem : /etc/exim4/ecdsa.pem")),
             qPrintable(fix.value(QStringLiteral("exim")).toString()));
    QVERIFY2(fix.value(QStringLiteral("postfix")).toString().contains(QLatin1String("smtpd_tls_chain_files")),
             qPrintable(fix.value(QStringLiteral("postfix")).toString()));
    // The finding is in the report's findings too, for scripts that only read those.
    bool listed = false;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        listed = listed || f.toObject().value(QStringLiteral("id")).toString() == QLatin1String("compat.cert_type_mismatch");
    QVERIFY(listed);
    // The real handshake with the gateway's exact offer (RC4 and 3DES included: our own hello).
    const QJsonObject live = sim.value(QStringLiteral("live")).toObject();
    QCOMPARE(live.value(QStringLiteral("ran")).toBool(), true);
    QCOMPARE(live.value(QStringLiteral("path")).toString(), QStringLiteral("raw"));
    QCOMPARE(live.value(QStringLiteral("omitted")).toArray().size(), 0);
    QCOMPARE(live.value(QStringLiteral("server_accepted")).toBool(true), false);
    QVERIFY2(live.value(QStringLiteral("prediction_held")).toBool(), qPrintable(live.value(QStringLiteral("verdict")).toString()));
    QVERIFY2(!live.value(QStringLiteral("alert")).toString().isEmpty(), "the server's refusal is named");
    // ... as the server's: it sent the alert, our client did not give up on broken bytes.
    QCOMPARE(live.value(QStringLiteral("alert_direction")).toString(), QStringLiteral("received"));
    // The admin's text says it plainly.
    QVERIFY2(text.contains(QStringLiteral("Prediction: FAILS — compat.cert_type_mismatch")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("prediction held")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Fix for Exim:")) && text.contains(QLatin1String("Fix for Postfix:")), qPrintable(text));
    lastScanReport_ = report;
}

void TestSimulatePartners::dualCertificateEximAndGateway()
{
    // Exim 4.96 takes a list of certificates and keys (the fix the previous case prints).
    EximOptions options;
    options.certFile = pki().rsaLeaf().chainFile + QStringLiteral(" : ") + pki().ecdsaLeaf().chainFile;
    options.keyFile = pki().rsaLeaf().keyFile + QStringLiteral(" : ") + pki().ecdsaLeaf().keyFile;
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    int code = 0;
    const QJsonObject report = simulate({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(exim.port()),
                                         QStringLiteral("--client"), QStringLiteral("gateway-rsa-legacy")},
                                        &code);
    QVERIFY2(!report.isEmpty(), "no JSON report");
    const QJsonObject sim = report.value(QStringLiteral("simulation")).toObject();
    const QJsonObject prediction = sim.value(QStringLiteral("prediction")).toObject();
    QVERIFY2(prediction.value(QStringLiteral("connects")).toBool(), qPrintable(prediction.value(QStringLiteral("sentence")).toString()));
    QCOMPARE(code, 0);
    QCOMPARE(prediction.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.2"));
    const QString suite = prediction.value(QStringLiteral("cipher")).toObject().value(QStringLiteral("iana")).toString();
    QVERIFY2(suite.contains(QLatin1String("_RSA_")), qPrintable(suite));
    const QJsonObject live = sim.value(QStringLiteral("live")).toObject();
    QCOMPARE(live.value(QStringLiteral("server_accepted")).toBool(), true);
    QCOMPARE(live.value(QStringLiteral("cipher")).toObject().value(QStringLiteral("iana")).toString(), suite);
    QVERIFY2(live.value(QStringLiteral("prediction_held")).toBool(), qPrintable(live.value(QStringLiteral("verdict")).toString()));
}

void TestSimulatePartners::dhe1024AndGnutls2048()
{
    const QString dh = pki().dhParam1024File();
    QVERIFY2(!dh.isEmpty(), qPrintable(pki().error()));
    OpensslServerOptions options;
    options.certFile = pki().rsaLeaf().certFile;
    options.keyFile = pki().rsaLeaf().keyFile;
    options.chainFile = pki().intermediateFile();
    options.dhParamFile = dh;
    options.cipher = QStringLiteral("kEDH+aRSA:@SECLEVEL=0");
    options.extraArgs = {QStringLiteral("-no_tls1_3"), QStringLiteral("-serverpref")};
    OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    int code = 0;
    const QJsonObject report = simulate({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                                         QStringLiteral("--starttls"), QStringLiteral("none"), QStringLiteral("--client"),
                                         QStringLiteral("gnutls-normal-dh2048")},
                                        &code);
    QVERIFY2(!report.isEmpty(), "no JSON report");
    QCOMPARE(code, 1);
    const QJsonObject sim = report.value(QStringLiteral("simulation")).toObject();
    const QJsonObject prediction = sim.value(QStringLiteral("prediction")).toObject();
    QCOMPARE(prediction.value(QStringLiteral("finding_id")).toString(), QStringLiteral("compat.dh_too_small"));
    const QString sentence = prediction.value(QStringLiteral("sentence")).toString();
    QVERIFY2(sentence.contains(QLatin1String("1024-bit")) && sentence.contains(QLatin1String("2048")), qPrintable(sentence));
    const QJsonObject fix = prediction.value(QStringLiteral("fix")).toObject();
    QVERIFY2(fix.value(QStringLiteral("exim")).toString().contains(QLatin1String("tls_dhparam = ffdhe2048")),
             qPrintable(fix.value(QStringLiteral("exim")).toString()));
    QVERIFY2(fix.value(QStringLiteral("postfix")).toString().contains(QLatin1String("smtpd_tls_dh1024_param_file")),
             qPrintable(fix.value(QStringLiteral("postfix")).toString()));
    // The server really sends the 1024-bit prime; a 2048-bit client stops there.
    const QJsonObject live = sim.value(QStringLiteral("live")).toObject();
    QCOMPARE(live.value(QStringLiteral("server_accepted")).toBool(), true);
    QCOMPARE(live.value(QStringLiteral("dh_bits")).toInt(), 1024);
    QCOMPARE(live.value(QStringLiteral("client_would_accept")).toBool(true), false);
    QVERIFY2(live.value(QStringLiteral("prediction_held")).toBool(), qPrintable(live.value(QStringLiteral("verdict")).toString()));
}

void TestSimulatePartners::tls10EximAndOpenssl3()
{
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.tlsRequireCiphers = QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.0");
    EximServer exim(options);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    int code = 0;
    const QJsonObject report = simulate({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(exim.port()),
                                         QStringLiteral("--client"), QStringLiteral("openssl3-default")},
                                        &code);
    QVERIFY2(!report.isEmpty(), "no JSON report");
    QCOMPARE(code, 1);
    const QJsonObject sim = report.value(QStringLiteral("simulation")).toObject();
    const QJsonObject prediction = sim.value(QStringLiteral("prediction")).toObject();
    QCOMPARE(prediction.value(QStringLiteral("finding_id")).toString(), QStringLiteral("compat.protocol_mismatch"));
    const QString sentence = prediction.value(QStringLiteral("sentence")).toString();
    QVERIFY2(sentence.contains(QLatin1String("TLS 1.0")) && sentence.contains(QLatin1String("TLS 1.2")), qPrintable(sentence));
    const QJsonObject live = sim.value(QStringLiteral("live")).toObject();
    QCOMPARE(live.value(QStringLiteral("path")).toString(), QStringLiteral("openssl"));
    QCOMPARE(live.value(QStringLiteral("server_accepted")).toBool(true), false);
    QVERIFY2(live.value(QStringLiteral("prediction_held")).toBool(), qPrintable(live.value(QStringLiteral("verdict")).toString()));
}

void TestSimulatePartners::savedReportGivesSamePrediction()
{
    if (lastScanReport_.isEmpty())
        QSKIP("needs ecdsaOnlyEximAndGateway's report");
    // The simulate report holds the scan section: fed back as --report, the same verdict, no network.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ecdsa.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(lastScanReport_).toJson());
    f.close();
    int code = 0;
    const QJsonObject report = simulate({QStringLiteral("--report"), file, QStringLiteral("--client"), QStringLiteral("gateway-rsa-legacy")}, &code);
    QCOMPARE(code, 1);
    const QJsonObject sim = report.value(QStringLiteral("simulation")).toObject();
    QCOMPARE(sim.value(QStringLiteral("prediction")).toObject().value(QStringLiteral("finding_id")).toString(),
             QStringLiteral("compat.cert_type_mismatch"));
    QVERIFY(sim.value(QStringLiteral("live")).isNull());
}

MAILTLS_TEST_MAIN(TestSimulatePartners)

#include "test_simulate_partners.moc"
