// `mailtls compare` against two real Exims (GnuTLS) on loopback: one serving an RSA chain, one
// an ECDSA-only chain. The first difference the admin reads is the certificate type. And a live
// server compared with a saved scan of itself shows no difference in versions or suites.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;

namespace {

ToolResult runMailtls(const QStringList &args)
{
    return runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, 400000);
}

QString target(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

void saveArtifact(const QString &name, const QByteArray &bytes)
{
    QFile file(QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

} // namespace

class TestCompareExim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rsaAgainstEcdsa();
    void liveAgainstSavedReportOfItself();

private:
    const TestPki &pki() const { return TestPki::instance(); }
};

void TestCompareExim::initTestCase()
{
    cleanUpAfterCrashedRuns();
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    const ToolResult help = runMailtls({QStringLiteral("compare"), QStringLiteral("--help")});
    QVERIFY2(help.ok(), qPrintable(QStringLiteral("`mailtls compare` is not available:\n") + help.describe()));
}

void TestCompareExim::rsaAgainstEcdsa()
{
    EximServer rsa(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    EximServer ecdsa(EximOptions::serving(pki().ecdsaLeaf().chainFile, pki().ecdsaLeaf().keyFile));
    QString error;
    QVERIFY2(rsa.start(&error), qPrintable(error));
    QVERIFY2(ecdsa.start(&error), qPrintable(error));

    const ToolResult text = runMailtls({QStringLiteral("compare"), target(rsa.port()), target(ecdsa.port()), QStringLiteral("--no-color")});
    saveArtifact(QStringLiteral("compare-exim-rsa-ecdsa.txt"), text.out);
    QVERIFY2(text.ok(), qPrintable(text.describe()));

    // "Differences (N)", the column header line ("[1] 127.0.0.1:P1  [2] ..."), then the first row.
    const QStringList lines = text.outText().split(QLatin1Char('\n'));
    int heading = -1;
    for (int i = 0; i < lines.size() && heading < 0; ++i)
        if (lines.at(i).startsWith(QLatin1String("Differences (")))
            heading = i;
    QVERIFY2(heading >= 0, qPrintable(text.outText()));
    QVERIFY2(lines.value(heading + 1).contains(QLatin1String("[1] ") + target(rsa.port())), qPrintable(lines.value(heading + 1)));
    const QString first = lines.value(heading + 2);
    QVERIFY2(first.contains(QLatin1String("certificate types")), qPrintable(text.outText()));
    // The RSA column says RSA, the ECDSA column ECDSA, in that order.
    const int rsaAt = int(first.indexOf(QLatin1String("RSA"), first.indexOf(QLatin1String("served"))));
    const int ecdsaAt = int(first.indexOf(QLatin1String("ECDSA")));
    QVERIFY2(rsaAt > 0 && ecdsaAt > rsaAt, qPrintable(first));
    QVERIFY2(!first.mid(rsaAt, ecdsaAt - rsaAt).contains(QLatin1String("ECDSA")), qPrintable(first));
    // Further down, what that costs: ECDHE-RSA suites on one side only, and the finding.
    QVERIFY2(text.outText().contains(QLatin1String("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")), qPrintable(text.outText()));
    QVERIFY2(text.outText().contains(QLatin1String("cert.ecdsa_only")), qPrintable(text.outText()));
    QVERIFY2(text.outText().contains(QLatin1String("\nSame (")), qPrintable(text.outText()));

    // The same as JSON, and --fail-on difference turns the differences into exit 1.
    const ToolResult json = runMailtls({QStringLiteral("compare"), target(rsa.port()), target(ecdsa.port()),
                                     QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--fail-on"), QStringLiteral("difference")});
    saveArtifact(QStringLiteral("compare-exim-rsa-ecdsa.json"), json.out);
    QVERIFY2(json.started && json.finished && json.exitCode == 1, qPrintable(json.describe()));
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("compare"));
    const QJsonObject firstDiff = o.value(QStringLiteral("differences")).toArray().first().toObject();
    QCOMPARE(firstDiff.value(QStringLiteral("aspect")).toString(), QStringLiteral("certificate types"));
    QCOMPARE(firstDiff.value(QStringLiteral("values")).toArray().at(0).toString(), QStringLiteral("RSA"));
    QCOMPARE(firstDiff.value(QStringLiteral("values")).toArray().at(1).toString(), QStringLiteral("ECDSA"));
}

void TestCompareExim::liveAgainstSavedReportOfItself()
{
    EximServer rsa(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QString error;
    QVERIFY2(rsa.start(&error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString saved = dir.filePath(QStringLiteral("before.json"));
    const ToolResult scan = runMailtls({QStringLiteral("scan"), target(rsa.port()), QStringLiteral("--json"), saved, QStringLiteral("-q")});
    QVERIFY2(scan.ok(), qPrintable(scan.describe()));

    const ToolResult json = runMailtls({QStringLiteral("compare"), saved, target(rsa.port()), QStringLiteral("--json"), QStringLiteral("-")});
    saveArtifact(QStringLiteral("compare-exim-self.json"), json.out);
    QVERIFY2(json.ok(), qPrintable(json.describe()));
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    const QJsonArray servers = o.value(QStringLiteral("servers")).toArray();
    QCOMPARE(servers.at(0).toObject().value(QStringLiteral("source")).toString(), saved);
    QCOMPARE(servers.at(1).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("live"));
    for (const QJsonValue &v : o.value(QStringLiteral("differences")).toArray()) {
        const QString aspect = v.toObject().value(QStringLiteral("aspect")).toString();
        QVERIFY2(aspect != QLatin1String("suites") && aspect != QLatin1String("versions") && aspect != QLatin1String("certificate types")
                     && aspect != QLatin1String("chain"),
                 qPrintable(QJsonDocument(v.toObject()).toJson()));
    }
    // The suites really were compared, not skipped: TLS 1.2 is in "same" with the same count.
    bool tls12Same = false;
    for (const QJsonValue &v : o.value(QStringLiteral("same")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("aspect")).toString() == QLatin1String("suites") && row.value(QStringLiteral("key")).toString() == QLatin1String("TLSv1.2")) {
            tls12Same = true;
            QVERIFY(row.value(QStringLiteral("values")).toArray().at(0).toString().endsWith(QLatin1String(" suites")));
        }
    }
    QVERIFY2(tls12Same, qPrintable(QString::fromUtf8(json.out)));

    const ToolResult text = runMailtls({QStringLiteral("compare"), saved, target(rsa.port()), QStringLiteral("--no-color")});
    QVERIFY2(text.ok(), qPrintable(text.describe()));
    QVERIFY2(text.outText().contains(QLatin1String("saved scan report of ") + target(rsa.port())), qPrintable(text.outText()));
}

MAILTLS_TEST_MAIN(TestCompareExim)
#include "test_compare_exim.moc"
