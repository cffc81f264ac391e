// Workspaces ("mailtls.workspace/1"): everything comes back as it was saved, secrets never go
// in, a failed save leaves the old file whole, and bad files get one clear line.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "report/json_report.h"
#include "report/workspace.h"
#include "sample_reports.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::core;

namespace {

QStringList pems(const CertificateChain &chain)
{
    QStringList list;
    for (const Certificate &c : chain)
        list << QString::fromLatin1(c.toPem());
    return list;
}

Workspace sampleWorkspace()
{
    Workspace w;
    SessionOptions exim;
    exim.host = QStringLiteral("mail.example.org");
    exim.port = 587;
    exim.dialect = QStringLiteral("smtp");
    exim.sni = QStringLiteral("mx.example.org");
    exim.servername = QStringLiteral("mx.example.org");
    exim.ehloName = QStringLiteral("workbench.test");
    exim.caFile = QStringLiteral("/etc/ssl/private-root.pem");
    exim.authUser = QStringLiteral("alice");
    exim.authPassword = QStringLiteral("s3cret-never-saved");
    exim.data = QByteArray("Subject: private body\r\n\r\nhello\r\n");
    exim.sendData = true;
    exim.rcptTo = {QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org")};
    exim.mailFrom = QStringLiteral("alice@example.org");
    exim.tlsMin = QStringLiteral("TLSv1.2");
    exim.ciphers = QStringLiteral("ECDHE+AESGCM");
    exim.securityLevel = 1;
    exim.timeoutMs = 4000;
    exim.sendSni = false;
    SessionOptions smtps;
    smtps.host = QStringLiteral("::1");
    smtps.port = 465;
    smtps.implicitTls = true;
    smtps.dialect = QStringLiteral("smtp");
    w.targets = {exim, smtps};

    Report session = test::sessionAndScanReport();
    session.scan = ScanResult();
    Report scan = test::sessionAndScanReport();
    scan.kind = QStringLiteral("scan");
    Report inspection;
    inspection.kind = QStringLiteral("cert-inspect");
    inspection.target.host = QStringLiteral("/etc/exim4/chain.pem");
    inspection.startedAt = QDateTime(QDate(2024, 4, 1), QTime(10, 0), Qt::UTC);
    inspection.certificates = test::fixtureChain({"leaf-rsa2048.pem", "intermediate-ca.pem", "root-ca.pem"});
    inspection.transcript = {{0, LineDirection::Note, QStringLiteral("chain.pem: PEM, 3 certificates")}};
    inspection.outcome.completed = true;
    w.reports = {session, scan, inspection};
    w.notes = QStringLiteral("Partner X since Tuesday.\n<no markup> & ümlauts 你好\n\tindented");
    w.view.currentTarget = 1;
    w.view.currentReport = 1;
    w.view.selectedTab = QStringLiteral("cipherGridView");
    w.view.splitterSizes = {420, 860};
    return w;
}

void compareReports(const Report &a, const Report &b)
{
    // The JSON writer covers every field it knows; equal bytes mean equal reports there...
    QCOMPARE(QString::fromUtf8(reportToJsonBytes(b)), QString::fromUtf8(reportToJsonBytes(a)));
    // ...and what the writer could forget is checked by hand.
    QCOMPARE(b.kind, a.kind);
    QCOMPARE(b.startedAt, a.startedAt);
    QCOMPARE(b.transcript.size(), a.transcript.size());
    for (int i = 0; i < a.transcript.size(); ++i) {
        QCOMPARE(b.transcript.at(i).text, a.transcript.at(i).text);
        QCOMPARE(b.transcript.at(i).dir, a.transcript.at(i).dir);
        QCOMPARE(b.transcript.at(i).tMs, a.transcript.at(i).tMs);
    }
    QCOMPARE(b.handshake.size(), a.handshake.size());
    for (int i = 0; i < a.handshake.size(); ++i) {
        QCOMPARE(b.handshake.at(i).type, a.handshake.at(i).type);
        QCOMPARE(b.handshake.at(i).summary, a.handshake.at(i).summary);
        QCOMPARE(b.handshake.at(i).handshakeType, a.handshake.at(i).handshakeType);
    }
    QCOMPARE(pems(b.certificates), pems(a.certificates));
    QCOMPARE(b.tls.cipher.code, a.tls.cipher.code);
    QCOMPARE(b.tls.verifyCode, a.tls.verifyCode);
    QCOMPARE(b.scan.present, a.scan.present);
    QCOMPARE(b.scan.protocols, a.scan.protocols);
    QCOMPARE(b.scan.serverPreference, a.scan.serverPreference);
    QCOMPARE(b.scan.ciphers.keys(), a.scan.ciphers.keys());
    for (const QString &v : a.scan.ciphers.keys()) {
        QCOMPARE(b.scan.ciphers.value(v).size(), a.scan.ciphers.value(v).size());
        for (int i = 0; i < a.scan.ciphers.value(v).size(); ++i) {
            QCOMPARE(b.scan.ciphers.value(v).at(i).code, a.scan.ciphers.value(v).at(i).code);
            QCOMPARE(b.scan.ciphers.value(v).at(i).grade, a.scan.ciphers.value(v).at(i).grade);
        }
    }
    QCOMPARE(b.scan.groups, a.scan.groups);
    QCOMPARE(b.scan.dhBits, a.scan.dhBits);
    QCOMPARE(b.scan.certificateTypes, a.scan.certificateTypes);
    QCOMPARE(b.scan.servedChains.size(), a.scan.servedChains.size());
    for (int i = 0; i < a.scan.servedChains.size(); ++i)
        QCOMPARE(pems(b.scan.servedChains.at(i)), pems(a.scan.servedChains.at(i)));
    QCOMPARE(b.scan.retries, a.scan.retries);
    QCOMPARE(b.findings.size(), a.findings.size());
    for (int i = 0; i < a.findings.size(); ++i) {
        QCOMPARE(b.findings.at(i).id, a.findings.at(i).id);
        QCOMPARE(b.findings.at(i).severity, a.findings.at(i).severity);
        QCOMPARE(b.findings.at(i).fixExim, a.findings.at(i).fixExim);
        QCOMPARE(b.findings.at(i).fixPostfix, a.findings.at(i).fixPostfix);
    }
    QCOMPARE(b.outcome.completed, a.outcome.completed);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEverything();
    void keepsNoSecrets();
    void writesTheDocumentedKeys();
    void emptyWorkspaceRoundTrips();
    void failedSaveLeavesOldFileWhole();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void outOfRangeViewFallsBack();
    void keepsTheFleet();
};

void TestWorkspace::roundTripsEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Workspace saved = sampleWorkspace();
    QCOMPARE(saved.reports.at(1).scan.servedChains.size(), 2);
    const QString path = dir.filePath(QStringLiteral("partner-x.mailtls-workspace"));
    Error error;
    QVERIFY2(saveWorkspace(path, &saved, &error), qPrintable(error.message));
    QVERIFY(saved.savedAt.isValid());
    QVERIFY(qAbs(saved.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    Workspace loaded;
    QVERIFY2(loadWorkspace(path, &loaded, &error), qPrintable(error.message));
    QCOMPARE(loaded.savedAt, saved.savedAt);
    QCOMPARE(loaded.notes, saved.notes);
    QCOMPARE(loaded.view.currentTarget, 1);
    QCOMPARE(loaded.view.currentReport, 1);
    QCOMPARE(loaded.view.selectedTab, QStringLiteral("cipherGridView"));
    QCOMPARE(loaded.view.splitterSizes, (QList<int>{420, 860}));
    QCOMPARE(loaded.targets.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const SessionOptions &a = saved.targets.at(i);
        const SessionOptions &b = loaded.targets.at(i);
        QCOMPARE(b.host, a.host);
        QCOMPARE(b.port, a.port);
        QCOMPARE(b.dialect, a.dialect);
        QCOMPARE(b.implicitTls, a.implicitTls);
        QCOMPARE(b.sendSni, a.sendSni);
        QCOMPARE(b.sni, a.sni);
        QCOMPARE(b.servername, a.servername);
        QCOMPARE(b.ehloName, a.ehloName);
        QCOMPARE(b.caFile, a.caFile);
        QCOMPARE(b.authUser, a.authUser);
        QCOMPARE(b.mailFrom, a.mailFrom);
        QCOMPARE(b.rcptTo, a.rcptTo);
        QCOMPARE(b.tlsMin, a.tlsMin);
        QCOMPARE(b.tlsMax, a.tlsMax);
        QCOMPARE(b.ciphers, a.ciphers);
        QCOMPARE(b.securityLevel, a.securityLevel);
        QCOMPARE(b.timeoutMs, a.timeoutMs);
    }
    QCOMPARE(loaded.reports.size(), saved.reports.size());
    for (int i = 0; i < saved.reports.size(); ++i)
        compareReports(saved.reports.at(i), loaded.reports.at(i));
    // Saving what was loaded gives the same bytes: nothing drifts from one save to the next.
    QCOMPARE(QString::fromUtf8(workspaceToJsonBytes(loaded)), QString::fromUtf8(workspaceToJsonBytes(saved)));
}

void TestWorkspace::keepsNoSecrets()
{
    Workspace w = sampleWorkspace();
    const QByteArray bytes = workspaceToJsonBytes(w);
    QVERIFY(!bytes.contains("s3cret-never-saved"));
    QVERIFY(!bytes.contains("private body"));
    Workspace loaded;
    Error error;
    QVERIFY2(workspaceFromJson(bytes, &loaded, &error), qPrintable(error.message));
    QVERIFY(loaded.targets.first().authPassword.isEmpty());
    QVERIFY(loaded.targets.first().data.isEmpty());
    QVERIFY(!loaded.targets.first().sendData);
}

void TestWorkspace::writesTheDocumentedKeys()
{
    const QByteArray bytes = workspaceToJsonBytes(sampleWorkspace());
    QVERIFY(bytes.startsWith("{\n  \"schema\": \"mailtls.workspace/1\""));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QStringList keys = root.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"notes", "reports", "saved_at", "schema", "targets", "tool", "view"}));
    // Each report is a complete mailtls.report/1 object that a report reader takes as it is.
    const QJsonArray reports = root.value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 3);
    Report r;
    Error error;
    QVERIFY2(reportFromJson(QJsonDocument(reports.at(2).toObject()).toJson(), &r, &error), qPrintable(error.message));
    QCOMPARE(r.kind, QStringLiteral("cert-inspect"));
    QCOMPARE(r.certificates.size(), 3);
    const QJsonObject view = root.value(QStringLiteral("view")).toObject();
    QCOMPARE(view.value(QStringLiteral("selected_tab")).toString(), QStringLiteral("cipherGridView"));
    const QJsonObject target = root.value(QStringLiteral("targets")).toArray().at(0).toObject();
    QCOMPARE(target.value(QStringLiteral("host")).toString(), QStringLiteral("mail.example.org"));
    QCOMPARE(target.value(QStringLiteral("port")).toInt(), 587);
    QVERIFY(!target.contains(QStringLiteral("auth_password")));
}

void TestWorkspace::emptyWorkspaceRoundTrips()
{
    Workspace empty;
    QVERIFY(empty.isEmpty());
    Workspace loaded;
    Error error;
    QVERIFY2(workspaceFromJson(workspaceToJsonBytes(empty), &loaded, &error), qPrintable(error.message));
    QVERIFY(loaded.isEmpty());
    QVERIFY(loaded.targets.isEmpty());
    QCOMPARE(loaded.view.currentReport, -1);
    QCOMPARE(loaded.view.currentTarget, -1);
}

void TestWorkspace::failedSaveLeavesOldFileWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Workspace w = sampleWorkspace();
    Error error;

    // The temporary file QSaveFile writes first cannot be made (name too long), so the save
    // fails before the old file is touched: as a full disk or a read-only directory would.
    const QString path = dir.filePath(QString(236, QLatin1Char('w')) + QStringLiteral(".mailtls-workspace"));
    writeFile(path, "{\"old\": true}");
    const QDateTime before = w.savedAt;
    QVERIFY(!saveWorkspace(path, &w, &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("cannot save the workspace to ")), qPrintable(error.message));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QCOMPARE(readFile(path), QByteArray("{\"old\": true}"));
    QCOMPARE(w.savedAt, before);   // still "not saved"

    error = Error();
    QVERIFY(!saveWorkspace(dir.filePath(QStringLiteral("no/such/dir/w.json")), &w, &error));
    QVERIFY(error.message.contains(QStringLiteral("no/such/dir/w.json")));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no"))));

    error = Error();
    QVERIFY(!saveWorkspace(dir.path(), &w, &error));
    QVERIFY2(error.message.contains(QStringLiteral("directory")), qPrintable(error.message));
    QCOMPARE(error.kind, ErrorKind::FileUnwritable);

    // And a good save replaces the old content whole.
    const QString good = dir.filePath(QStringLiteral("good.json"));
    writeFile(good, "old");
    QVERIFY2(saveWorkspace(good, &w, &error), qPrintable(error.message));
    QVERIFY(readFile(good).startsWith("{\n  \"schema\": \"mailtls.workspace/1\""));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);   // no temporary left behind
}

void TestWorkspace::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = workspaceToJsonBytes(sampleWorkspace());
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a workspace: not JSON");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("not a workspace: not JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a workspace: the JSON is not an object");
    QTest::newRow("no schema") << QByteArray("{\"reports\": []}") << QStringLiteral("not a workspace: no \"schema\" key");
    QTest::newRow("a report") << QByteArray("{\"schema\": \"mailtls.report/1\"}")
                              << QStringLiteral("this is a single report (mailtls.report/1), not a workspace");
    QTest::newRow("foreign") << QByteArray("{\"schema\": \"other.tool/3\"}")
                             << QStringLiteral("not a mailtls workspace: schema \"other.tool/3\"");
    QTest::newRow("newer") << QByteArray("{\"schema\": \"mailtls.workspace/2\", \"reports\": []}")
                           << QStringLiteral("written by a newer version of mailtls (mailtls.workspace/2); this version reads mailtls.workspace/1");
    QTest::newRow("reports not a list") << QByteArray("{\"schema\": \"mailtls.workspace/1\", \"reports\": {}}")
                                        << QStringLiteral("damaged workspace: reports is not a list");
    QTest::newRow("report of another schema")
        << QByteArray("{\"schema\": \"mailtls.workspace/1\", \"reports\": [{\"schema\": \"x/1\"}]}")
        << QStringLiteral("damaged workspace: reports[0]: unsupported schema \"x/1\"");
    QTest::newRow("bad severity")
        << QByteArray("{\"schema\": \"mailtls.workspace/1\", \"reports\": [{\"schema\": \"mailtls.report/1\","
                      " \"findings\": [{\"id\": \"a\", \"severity\": \"dire\"}]}]}")
        << QStringLiteral("damaged workspace: reports[0]: damaged report: findings[0].severity \"dire\"");
    QTest::newRow("bad certificate")
        << QByteArray("{\"schema\": \"mailtls.workspace/1\", \"reports\": [{\"schema\": \"mailtls.report/1\","
                      " \"certificates\": [{\"pem\": \"-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\\n\"}]}]}")
        << QStringLiteral("damaged workspace: reports[0]: damaged report: certificates[0] has no readable \"pem\"");
    QTest::newRow("target without port")
        << QByteArray("{\"schema\": \"mailtls.workspace/1\", \"targets\": [{\"host\": \"a\"}]}")
        << QStringLiteral("damaged workspace: targets[0].port is not a port number");
    QTest::newRow("fleet not an object") << QByteArray("{\"schema\": \"mailtls.workspace/1\", \"fleet\": []}")
                                         << QStringLiteral("damaged workspace: fleet is not an object");
    QTest::newRow("fleet report of another schema")
        << QByteArray("{\"schema\": \"mailtls.workspace/1\", \"fleet\": {\"reports\": [{\"schema\": \"x/1\"}]}}")
        << QStringLiteral("damaged workspace: fleet.reports[0]: unsupported schema \"x/1\"");
    QTest::newRow("notes not text") << QByteArray("{\"schema\": \"mailtls.workspace/1\", \"notes\": 5}")
                                    << QStringLiteral("damaged workspace: notes is not text");
}

void TestWorkspace::rejectsBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    Workspace w;
    w.notes = QStringLiteral("untouched");
    Error error;
    QVERIFY(!workspaceFromJson(bytes, &w, &error));
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1Char('\n')));
    QCOMPARE(error.kind, ErrorKind::BadFormat);
    QCOMPARE(w.notes, QStringLiteral("untouched"));   // a failed load changes nothing

    // Through a file, the message names the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.mailtls-workspace"));
    writeFile(path, bytes);
    error = Error();
    QVERIFY(!loadWorkspace(path, &w, &error));
    QVERIFY2(error.message.startsWith(path + QStringLiteral(": ") + message), qPrintable(error.message));
    QCOMPARE(error.kind, ErrorKind::BadFormat);
}

void TestWorkspace::keepsTheFleet()
{
    // Without a fleet run the key is absent (files stay as they were).
    QVERIFY(!QJsonDocument::fromJson(workspaceToJsonBytes(sampleWorkspace())).object().contains(QStringLiteral("fleet")));

    Workspace w = sampleWorkspace();
    Report refused;
    refused.target.host = QStringLiteral("down.example.org");
    refused.target.port = 25;
    refused.outcome.errorKind = ErrorKind::Refused;
    refused.outcome.error = QStringLiteral("connection refused");
    w.fleetReports = {w.reports.at(0), refused};
    w.fleetTargets = QStringLiteral("# partners\nmail.example.org\ndown.example.org\n");
    const QByteArray bytes = workspaceToJsonBytes(w);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonObject fleet = root.value(QStringLiteral("fleet")).toObject();
    QCOMPARE(fleet.keys(), (QStringList{QStringLiteral("reports"), QStringLiteral("targets")}));
    QCOMPARE(fleet.value(QStringLiteral("targets")).toString(), w.fleetTargets);
    QCOMPARE(fleet.value(QStringLiteral("reports")).toArray().size(), 2);
    QVERIFY(bytes.indexOf("\"fleet\"") > bytes.indexOf("\"reports\""));

    Workspace loaded;
    Error error;
    QVERIFY2(workspaceFromJson(bytes, &loaded, &error), qPrintable(error.message));
    QCOMPARE(loaded.fleetTargets, w.fleetTargets);
    QCOMPARE(loaded.fleetReports.size(), 2);
    compareReports(w.fleetReports.at(0), loaded.fleetReports.at(0));
    QCOMPARE(loaded.fleetReports.at(1).outcome.errorClass(), OutcomeClass::Connect);
    QCOMPARE(loaded.fleetReports.at(1).target.host, QStringLiteral("down.example.org"));
    QCOMPARE(QString::fromUtf8(workspaceToJsonBytes(loaded)), QString::fromUtf8(bytes));

    // A fleet alone is something to keep.
    Workspace onlyFleet;
    onlyFleet.fleetReports = {refused};
    QVERIFY(!onlyFleet.isEmpty());
}

void TestWorkspace::outOfRangeViewFallsBack()
{
    Workspace w = sampleWorkspace();
    QJsonObject root = QJsonDocument::fromJson(workspaceToJsonBytes(w)).object();
    QJsonObject view = root.value(QStringLiteral("view")).toObject();
    view.insert(QStringLiteral("current_report"), 99);
    view.insert(QStringLiteral("current_target"), -7);
    root.insert(QStringLiteral("view"), view);
    Workspace loaded;
    Error error;
    QVERIFY2(workspaceFromJson(QJsonDocument(root).toJson(), &loaded, &error), qPrintable(error.message));
    QCOMPARE(loaded.view.currentReport, 2);   // the newest report
    QCOMPARE(loaded.view.currentTarget, 0);

    Error missing;
    QVERIFY(!loadWorkspace(QStringLiteral("/nonexistent/dir/w.mailtls-workspace"), &loaded, &missing));
    QVERIFY2(missing.message.startsWith(QStringLiteral("cannot open /nonexistent/dir/w.mailtls-workspace: ")), qPrintable(missing.message));
    QCOMPARE(missing.kind, ErrorKind::FileUnreadable);
}

MAILTLS_TEST_MAIN(TestWorkspace)
#include "test_workspace.moc"
