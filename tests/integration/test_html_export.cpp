// `--html FILE` against a real Exim: the file an admin attaches to a ticket is there, needs
// nothing from the network, and says what the JSON of the same run says (cipher, findings,
// chain, matrix). A path that cannot be written is a usage error before any connection.

#include <QTest>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

#include "report/html_report.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;

namespace {

ToolResult runCli(const QStringList &args, int timeoutMs = 120000)
{
    return runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, timeoutMs);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void checkSelfContained(const QString &html)
{
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("@media print")));
    QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
    for (const char *bad : {"<script", "<link", "<img", "<iframe", "@import", "url("})
        QVERIFY2(!html.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\bsrc\\s*="), QRegularExpression::CaseInsensitiveOption)));
    const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target));
    }
}

} // namespace

class TestHtmlExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionHtml();
    void scanHtml();
    void certInspectHtml();
    void unwritablePathIsUsageError();

private:
    QStringList common(const QString &command) const;
    std::unique_ptr<EximServer> exim_;
    QTemporaryDir dir_;
};

QStringList TestHtmlExport::common(const QString &command) const
{
    return {command, QStringLiteral("127.0.0.1:%1").arg(exim_->port()), QStringLiteral("--ehlo"),
            QStringLiteral("mailtls.test"), QStringLiteral("--timeout"), QStringLiteral("10")};
}

void TestHtmlExport::initTestCase()
{
    QVERIFY(dir_.isValid());
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    EximOptions options = EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile);
    options.authBeforeTls = true;   // auth.plaintext_before_tls, with its Exim and Postfix fix
    exim_ = std::make_unique<EximServer>(options);
    QString error;
    QVERIFY2(exim_->start(&error), qPrintable(error));
}

void TestHtmlExport::sessionHtml()
{
    const TestPki &pki = TestPki::instance();
    const QString path = dir_.filePath(QStringLiteral("session.html"));
    const ToolResult run = runCli(common(QStringLiteral("session"))
                                  + QStringList{QStringLiteral("--ca-file"), pki.caFile(), QStringLiteral("--servername"),
                                                QStringLiteral("localhost"), QStringLiteral("--json"), QStringLiteral("-"),
                                                QStringLiteral("--html"), path});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(!json.isEmpty(), qPrintable(run.describe()));
    QVERIFY(QFileInfo::exists(path));
    const QString html = readText(path);
    checkSelfContained(html);

    const QJsonObject tls = json.value(QStringLiteral("tls")).toObject();
    const QString cipher = tls.value(QStringLiteral("cipher")).toObject().value(QStringLiteral("iana")).toString();
    QVERIFY(!cipher.isEmpty());
    QVERIFY2(html.contains(QStringLiteral("<code>%1</code>").arg(cipher)), qPrintable(cipher));
    QVERIFY(html.contains(QStringLiteral("<b>%1</b>").arg(tls.value(QStringLiteral("version")).toString())));

    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    bool sawAuthFinding = false;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        const QString id = f.value(QStringLiteral("id")).toString();
        QVERIFY2(html.contains(QStringLiteral(">%1</span>").arg(id)), qPrintable(id));
        QVERIFY2(html.contains(mailtls::core::htmlEscape(f.value(QStringLiteral("title")).toString())), qPrintable(id));
        const QString exim = f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("exim")).toString();
        if (!exim.isEmpty())
            QVERIFY2(html.contains(QStringLiteral("<pre class=\"fix-exim\">%1</pre>").arg(mailtls::core::htmlEscape(exim))), qPrintable(id));
        sawAuthFinding |= id == QLatin1String("auth.plaintext_before_tls");
    }
    QVERIFY(sawAuthFinding);

    // The chain as served: leaf and intermediate subjects and fingerprints.
    const QJsonArray certs = json.value(QStringLiteral("certificates")).toArray();
    QCOMPARE(certs.size(), 2);
    for (const QJsonValue &v : certs) {
        QVERIFY(html.contains(mailtls::core::htmlEscape(v.toObject().value(QStringLiteral("subject")).toString())));
        QVERIFY(html.contains(v.toObject().value(QStringLiteral("sha256")).toString()));
    }
    QVERIFY(html.contains(QLatin1String("CN=localhost")));
    // The transcript, one row per line, and the handshake.
    QCOMPARE(int(html.count(QStringLiteral("<tr class=\"dir-"))), json.value(QStringLiteral("transcript")).toArray().size());
    QVERIFY(html.contains(QLatin1String("STARTTLS")));
    QVERIFY(html.contains(QLatin1String("<td>ClientHello</td>")));
    QVERIFY(html.contains(QLatin1String("<td>ServerHello</td>")));
}

void TestHtmlExport::scanHtml()
{
    const QString path = dir_.filePath(QStringLiteral("scan.html"));
    const ToolResult run = runCli(common(QStringLiteral("scan"))
                                  + QStringList{QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--html"), path});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonObject scan = json.value(QStringLiteral("scan")).toObject();
    QVERIFY2(!scan.isEmpty(), qPrintable(run.describe()));
    const QString html = readText(path);
    checkSelfContained(html);
    QVERIFY(html.contains(QLatin1String("id=\"r0-matrix\"")));

    // Every accepted suite of every version is a row with its grade.
    const QJsonObject ciphers = scan.value(QStringLiteral("ciphers")).toObject();
    int rows = 0;
    for (auto it = ciphers.begin(); it != ciphers.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            const QString iana = v.toObject().value(QStringLiteral("iana")).toString();
            QVERIFY2(html.contains(QStringLiteral("<td class=\"mono\">%1</td>").arg(iana)), qPrintable(iana));
            ++rows;
        }
    }
    QVERIFY(rows >= 5);
    QCOMPARE(int(html.count(QStringLiteral("<span class=\"grade grade-"))), rows);
    // The leaf served (certificate chain) and what the scan found out about groups.
    QVERIFY(html.contains(QLatin1String("CN=localhost")));
    for (const QJsonValue &g : scan.value(QStringLiteral("groups")).toArray())
        QVERIFY2(html.contains(g.toString()), qPrintable(g.toString()));
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(html.contains(QStringLiteral(">%1</span>").arg(id)), qPrintable(id));
    }
}

void TestHtmlExport::certInspectHtml()
{
    const TestPki &pki = TestPki::instance();
    const QString path = dir_.filePath(QStringLiteral("inspect.html"));
    const ToolResult run = runCli({QStringLiteral("cert"), QStringLiteral("inspect"), pki.rsaLeaf().chainFile,
                                   QStringLiteral("--ca-file"), pki.caFile(), QStringLiteral("--html"), path});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QString html = readText(path);
    checkSelfContained(html);
    QVERIFY(html.contains(QStringLiteral("Certificate inspection — %1").arg(mailtls::core::htmlEscape(pki.rsaLeaf().chainFile))));
    QVERIFY(html.contains(QLatin1String("CN=localhost")));
    QVERIFY(!html.contains(QLatin1String("id=\"r0-handshake\"")));
}

void TestHtmlExport::unwritablePathIsUsageError()
{
    const QString missing = dir_.filePath(QStringLiteral("no/such/dir/report.html"));
    for (const QString &command : {QStringLiteral("session"), QStringLiteral("scan")}) {
        const ToolResult run = runCli(common(command) + QStringList{QStringLiteral("--html"), missing}, 20000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("--html %1: directory").arg(missing)), qPrintable(run.describe()));
        QCOMPARE(run.errText().trimmed().count(QLatin1Char('\n')), 0);   // one line
        QVERIFY(run.elapsedMs < 5000);   // refused before any connection
        QVERIFY(!QFileInfo::exists(missing));
    }
    const ToolResult dirRun = runCli(common(QStringLiteral("session")) + QStringList{QStringLiteral("--html"), dir_.path()});
    QCOMPARE(dirRun.exitCode, 2);
    QVERIFY2(dirRun.errText().contains(QLatin1String("is a directory")), qPrintable(dirRun.describe()));
}

MAILTLS_TEST_MAIN(TestHtmlExport)
#include "test_html_export.moc"
