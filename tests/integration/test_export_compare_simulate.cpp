// `mailtls compare` and `mailtls simulate` against real Exims on loopback, each writing --html and
// --pdf: the files hold what a partner's admin needs first (the differences side by side; the
// verdict, the reason and the fix), the PDF read back with pdftotext. The PDF pages are turned
// into PNGs (pdftoppm) in the test artifacts, to look at.
#include <QDir>
#include <QFile>
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

QString artifact(const QString &name)
{
    return QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// pdftotext's text, every run of white space one space (cells wrap).
QString pdfText(const QString &path)
{
    const ToolResult r = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, {}, 60000);
    return r.ok() ? r.outText().simplified() : QString();
}

// The pages as PNGs beside the other artifacts: PREFIX-1.png, PREFIX-2.png, ...
void savePages(const QString &pdf, const QString &prefix)
{
    QDir artifacts(QStringLiteral(MAILTLS_ARTIFACTS_DIR));
    for (const QString &old : artifacts.entryList({prefix + QStringLiteral("*")}, QDir::Files))
        artifacts.remove(old);
    QFile::copy(pdf, artifact(prefix + QStringLiteral(".pdf")));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, artifact(prefix)}, {}, 60000);
}

} // namespace

class TestExportCompareSimulate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compareRsaAgainstEcdsa();
    void simulateGatewayAgainstEcdsaOnly();
    void refusesBadPaths();

private:
    const TestPki &pki() const { return TestPki::instance(); }
};

void TestExportCompareSimulate::initTestCase()
{
    cleanUpAfterCrashedRuns();
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
}

void TestExportCompareSimulate::compareRsaAgainstEcdsa()
{
    EximServer rsa(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    EximServer ecdsa(EximOptions::serving(pki().ecdsaLeaf().chainFile, pki().ecdsaLeaf().keyFile));
    QString error;
    QVERIFY2(rsa.start(&error), qPrintable(error));
    QVERIFY2(ecdsa.start(&error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString html = dir.filePath(QStringLiteral("compare.html"));
    const QString pdf = dir.filePath(QStringLiteral("compare.pdf"));

    const ToolResult run = runMailtls({QStringLiteral("compare"), target(rsa.port()), target(ecdsa.port()), QStringLiteral("-q"),
                                       QStringLiteral("--html"), html, QStringLiteral("--pdf"), pdf});
    QVERIFY2(run.ok(), qPrintable(run.describe()));

    const QString page = readText(html);
    QFile::remove(artifact(QStringLiteral("compare-export.html")));
    QFile::copy(html, artifact(QStringLiteral("compare-export.html")));
    QVERIFY2(page.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(page.left(200)));
    // The differences come first, the certificate types leading, the differing cells marked.
    const int differences = int(page.indexOf(QLatin1String("Differences (")));
    QVERIFY2(differences > 0, qPrintable(page));
    QVERIFY(page.indexOf(QLatin1String("certificate types"), differences) > differences);
    QVERIFY(page.indexOf(QLatin1String("<td class=\"differs\" bgcolor=\"#fff1c2\"><b>RSA</b></td>"), differences) > differences);
    QVERIFY(page.indexOf(QLatin1String("<td class=\"differs\" bgcolor=\"#fff1c2\"><b>ECDSA</b></td>"), differences) > differences);
    QVERIFY(page.contains(QLatin1String("[1] ") + target(rsa.port())));
    QVERIFY(page.contains(QLatin1String("[2] ") + target(ecdsa.port())));
    // Then each server's findings with their fixes: the ECDSA-only one's.
    const int ecdsaFindings = int(page.indexOf(QLatin1String("Findings of [2] ") + target(ecdsa.port())));
    QVERIFY2(ecdsaFindings > differences, qPrintable(page));
    QVERIFY(page.indexOf(QLatin1String("cert.ecdsa_only"), ecdsaFindings) > ecdsaFindings);
    QVERIFY(page.indexOf(QLatin1String("Fix for Exim"), ecdsaFindings) > ecdsaFindings);

    QVERIFY(QFile(pdf).open(QIODevice::ReadOnly));
    savePages(pdf, QStringLiteral("compare-export-page"));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    QVERIFY2(text.contains(QLatin1String("Differences (")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("certificate")), qPrintable(text));   // "types" may wrap in its column
    QVERIFY2(text.contains(QLatin1String("ECDSA")) && text.contains(QLatin1String("cert.ecdsa_only")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Fix for Exim"), Qt::CaseInsensitive) && text.contains(QLatin1String("Fix for Postfix"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("Differences (")) < text.indexOf(QLatin1String("cert.ecdsa_only")), qPrintable(text));
}

void TestExportCompareSimulate::simulateGatewayAgainstEcdsaOnly()
{
    EximServer exim(EximOptions::serving(pki().ecdsaLeaf().chainFile, pki().ecdsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString html = dir.filePath(QStringLiteral("simulate.html"));
    const QString pdf = dir.filePath(QStringLiteral("simulate.pdf"));

    const ToolResult run = runMailtls({QStringLiteral("simulate"), QStringLiteral("--server"), target(exim.port()), QStringLiteral("--client"),
                                       QStringLiteral("gateway-rsa-legacy"), QStringLiteral("-q"), QStringLiteral("--html"), html,
                                       QStringLiteral("--pdf"), pdf});
    QVERIFY2(run.started && run.finished && run.exitCode == 1, qPrintable(run.describe()));   // the partner fails

    const QString page = readText(html);
    QFile::remove(artifact(QStringLiteral("simulate-export.html")));
    QFile::copy(html, artifact(QStringLiteral("simulate-export.html")));
    // The verdict first: it cannot connect, why, and the fix; then the details.
    const int verdict = int(page.indexOf(QLatin1String("NO, it cannot connect.")));
    QVERIFY2(verdict > 0, qPrintable(page));
    QVERIFY(page.indexOf(QLatin1String("compat.cert_type_mismatch"), verdict) > verdict);
    QVERIFY(page.indexOf(QLatin1String("No shared cipher"), verdict) > verdict);
    QVERIFY(page.indexOf(QLatin1String("prediction held"), verdict) > verdict);
    const int fix = int(page.indexOf(QLatin1String("tls_certificate = /etc/exim4/rsa.pem : /etc/exim4/ecdsa.pem")));
    QVERIFY2(fix > verdict, qPrintable(page));
    QVERIFY(page.indexOf(QLatin1String("smtpd_tls_chain_files"), verdict) > verdict);
    const int offered = int(page.indexOf(QLatin1String("Offered and accepted")));
    QVERIFY2(offered > fix, qPrintable(page));
    QVERIFY(page.indexOf(QLatin1String("gateway-rsa-legacy"), offered) > offered);

    savePages(pdf, QStringLiteral("simulate-export-page"));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    QVERIFY2(text.contains(QLatin1String("NO, it cannot connect.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("compat.cert_type_mismatch")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("No shared cipher")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Fix for Exim"), Qt::CaseInsensitive) && text.contains(QLatin1String("Fix for Postfix"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("smtpd_tls_chain_files")), qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("NO, it cannot connect.")) < text.indexOf(QLatin1String("Offered and accepted")), qPrintable(text));
}

void TestExportCompareSimulate::refusesBadPaths()
{
    // The same words as session's and scan's, before any work (no server is contacted).
    const ToolResult simulate = runMailtls({QStringLiteral("simulate"), QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"),
                                            QStringLiteral("--client"), QStringLiteral("gateway-rsa-legacy"), QStringLiteral("--pdf"),
                                            QStringLiteral("/nonexistent-dir/x.pdf")});
    QCOMPARE(simulate.exitCode, 2);
    QVERIFY2(simulate.errText().contains(QLatin1String("--pdf /nonexistent-dir/x.pdf: directory /nonexistent-dir does not exist")),
             qPrintable(simulate.describe()));
    const ToolResult compare = runMailtls({QStringLiteral("compare"), QStringLiteral("127.0.0.1:1"), QStringLiteral("127.0.0.1:2"),
                                           QStringLiteral("--html"), QStringLiteral("/nonexistent-dir/x.html")});
    QCOMPARE(compare.exitCode, 2);
    QVERIFY2(compare.errText().contains(QLatin1String("--html /nonexistent-dir/x.html: directory /nonexistent-dir does not exist")),
             qPrintable(compare.describe()));
}

MAILTLS_TEST_MAIN(TestExportCompareSimulate)
#include "test_export_compare_simulate.moc"
