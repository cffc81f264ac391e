// `mailtls fleet` against real loopback peers: two Exims (one TLS 1.2 only by its GnuTLS
// priority string), a refused port and a silent scripted peer. The JSON Lines against the
// report schema, the table, the exit codes, a silent target that holds up nobody, --resume and
// --baseline (the same Exim before and after its TLS 1.2-only setting is lifted).

#include <QTest>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <atomic>
#include <csignal>
#include <memory>
#include <vector>

#include "scripted_peer.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::test;

namespace {

ToolResult runFleet(const QStringList &args, int timeoutMs = 120000)
{
    return runTool(QStringLiteral(MAILTLS_CLI_PATH), QStringList{QStringLiteral("fleet")} + args, {}, timeoutMs);
}

QString target(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

// Every line of a JSON Lines file as an object; fails the test on a line that is not one.
QList<QJsonObject> readLines(const QString &path, bool *ok)
{
    *ok = false;
    QList<QJsonObject> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray all = file.readAll();
    if (!all.isEmpty() && !all.endsWith('\n'))
        return out;
    for (const QByteArray &line : all.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return out;
        out << doc.object();
    }
    *ok = true;
    return out;
}

QString keyOf(const QJsonObject &report)
{
    const QJsonObject t = report.value(QStringLiteral("target")).toObject();
    return QStringLiteral("%1:%2").arg(t.value(QStringLiteral("host")).toString()).arg(t.value(QStringLiteral("port")).toInt());
}

QJsonObject byTarget(const QList<QJsonObject> &reports, const QString &key)
{
    for (const QJsonObject &r : reports) {
        if (keyOf(r) == key)
            return r;
    }
    return {};
}

QStringList findingIds(const QJsonObject &report)
{
    QStringList ids;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestFleetCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mixedFleetJsonLinesAndTable();
    void exitCodes();
    void resumeSkipsWhatIsThere();
    void baselineReportsAChange();
    void concurrencyMeasured();
    void busyHostRetriedAndShared();
    void cleanupTestCase();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    QStringList common() const
    {
        return {QStringLiteral("--ca-file"), pki().caFile(), QStringLiteral("--ehlo"), QStringLiteral("mailtls.test")};
    }

    QTemporaryDir dir_;
    std::unique_ptr<EximServer> exim12_;
    std::unique_ptr<EximServer> eximFull_;
    std::unique_ptr<RefusingPort> refused_;
    std::unique_ptr<ScriptedPeer> silent_;
};

void TestFleetCli::initTestCase()
{
    QVERIFY(dir_.isValid());
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    EximOptions only12 = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    only12.tlsRequireCiphers = QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.2");
    exim12_ = std::make_unique<EximServer>(only12);
    QString error;
    QVERIFY2(exim12_->start(&error), qPrintable(error));
    eximFull_ = std::make_unique<EximServer>(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile));
    QVERIFY2(eximFull_->start(&error), qPrintable(error));
    refused_ = std::make_unique<RefusingPort>();
    QVERIFY(refused_->port() != 0);
    // Accepts and never says a word.
    silent_ = std::make_unique<ScriptedPeer>([](PeerConnection &c) { c.holdUntilClosed(60000); });
    QVERIFY2(silent_->start(&error), qPrintable(error));
}

void TestFleetCli::cleanupTestCase()
{
    if (silent_)
        silent_->stop();
}

void TestFleetCli::mixedFleetJsonLinesAndTable()
{
    const QString list = dir_.filePath(QStringLiteral("mixed.txt"));
    // The silent peer first: with two slots it holds one for its whole timeout while the other
    // slot works through the rest.
    const QByteArray text = QStringLiteral("# partners\n"
                                           "smtp://%1\n"
                                           "\n"
                                           "%2   # TLS 1.2 only\n"
                                           "%3\n"
                                           "not a target\n"
                                           "%4\n"
                                           "%2\n")
                                .arg(target(silent_->port()), target(exim12_->port()), target(eximFull_->port()),
                                     target(refused_->port()))
                                .toUtf8();
    QVERIFY(writeFile(list, text));
    const QString jsonl = dir_.filePath(QStringLiteral("mixed.jsonl"));
    QElapsedTimer clock;
    clock.start();
    const ToolResult run = runFleet(QStringList{list, QStringLiteral("--jsonl"), jsonl, QStringLiteral("--timeout"),
                                                QStringLiteral("4"), QStringLiteral("--concurrency"), QStringLiteral("2"),
                                                QStringLiteral("--per-host"), QStringLiteral("2"), QStringLiteral("--no-color")}
                                    + common());
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(run.started && run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 0);
    // Bad lines are named with their line numbers and skipped.
    QVERIFY2(run.errText().contains(QStringLiteral("%1:6: one target a line").arg(list)), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QStringLiteral("%1:8: the same target as line 4").arg(list)), qPrintable(run.errText()));

    bool ok = false;
    const QList<QJsonObject> reports = readLines(jsonl, &ok);
    QVERIFY2(ok, qPrintable(QString::fromUtf8(QFile(jsonl).exists() ? "unparsable JSON Lines" : "no file")));
    QCOMPARE(reports.size(), 4);
    QSet<QString> keys;
    for (const QJsonObject &r : reports) {
        QCOMPARE(r.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.report/1"));
        QCOMPARE(r.value(QStringLiteral("kind")).toString(), QStringLiteral("session"));
        for (const char *key : {"tool", "target", "outcome", "transcript", "smtp", "handshake", "tls", "certificates", "findings"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        keys << keyOf(r);
    }
    QCOMPARE(keys, (QSet<QString>{target(silent_->port()), target(exim12_->port()), target(eximFull_->port()),
                                  target(refused_->port())}));
    // The silent target finished last: lines are written as targets finish.
    QCOMPARE(keyOf(reports.last()), target(silent_->port()));

    const QJsonObject r12 = byTarget(reports, target(exim12_->port()));
    QCOMPARE(r12.value(QStringLiteral("tls")).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.2"));
    const QJsonObject rFull = byTarget(reports, target(eximFull_->port()));
    QCOMPARE(rFull.value(QStringLiteral("tls")).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.3"));
    QVERIFY(rFull.value(QStringLiteral("findings")).toArray().isEmpty());
    const QJsonObject rRefused = byTarget(reports, target(refused_->port()));
    QCOMPARE(rRefused.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("error_kind")).toString(), QStringLiteral("connect"));
    const QJsonObject rSilent = byTarget(reports, target(silent_->port()));
    QCOMPARE(rSilent.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("error_kind")).toString(), QStringLiteral("timeout"));

    // Nobody waited for the silent peer: the others are quick, and the whole run is its timeout
    // plus a little (the three others ran in the second slot meanwhile).
    for (const QJsonObject &r : {r12, rFull, rRefused})
        QVERIFY2(r.value(QStringLiteral("duration_ms")).toInteger() < 3000, qPrintable(keyOf(r)));
    QVERIFY2(elapsed < 4000 + 4000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));

    // The table: one row per target in list order, then the totals.
    const QString out = run.outText();
    QVERIFY2(out.contains(QStringLiteral("TARGET")) && out.contains(QStringLiteral("WORST FINDING")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("TLSv1.2 TLS_")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("TLSv1.3 TLS_")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("connect:")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("timeout:")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Total: 4 targets, 2 ok, 2 unreachable")), qPrintable(out));
    QVERIFY2(out.indexOf(QStringLiteral("smtp://%1").arg(target(silent_->port())))
                 < out.indexOf(target(refused_->port())), qPrintable(out));
    // stdout is no terminal here: a progress line per target on stderr.
    QCOMPARE(run.errText().count(QRegularExpression(QStringLiteral("^fleet: \\d/4 "), QRegularExpression::MultilineOption)), 4);
}

void TestFleetCli::exitCodes()
{
    const QString list = dir_.filePath(QStringLiteral("codes.txt"));
    QVERIFY(writeFile(list, QStringLiteral("%1\n%2\n").arg(target(eximFull_->port()), target(refused_->port())).toUtf8()));
    const QStringList base = {list, QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--per-host"),
                              QStringLiteral("2"), QStringLiteral("-q")};

    // Trusted chain: no finding, so --fail-on medium passes; a refused target alone is no failure.
    ToolResult run = runFleet(base + common() + QStringList{QStringLiteral("--fail-on"), QStringLiteral("medium")});
    QVERIFY2(run.started && run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().startsWith(QStringLiteral("Total: 2 targets, 1 ok")), qPrintable(run.outText()));

    // Without the test CA the chain is untrusted (cert.untrusted, medium).
    run = runFleet(base + QStringList{QStringLiteral("--ehlo"), QStringLiteral("mailtls.test")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QStringLiteral("with findings: 1 medium")), qPrintable(run.outText()));
    run = runFleet(base + QStringList{QStringLiteral("--fail-on"), QStringLiteral("medium")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    run = runFleet(base + QStringList{QStringLiteral("--fail-on"), QStringLiteral("high")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // Every target unreachable: no answer to judge.
    const QString dead = dir_.filePath(QStringLiteral("dead.txt"));
    QVERIFY(writeFile(dead, QStringLiteral("%1\n%2\n").arg(target(refused_->port()), target(silent_->port())).toUtf8()));
    run = runFleet({dead, QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--per-host"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QStringLiteral("no answer to judge")), qPrintable(run.errText()));

    // Usage errors.
    const QString empty = dir_.filePath(QStringLiteral("empty.txt"));
    QVERIFY(writeFile(empty, "# nothing here\n\n"));
    run = runFleet({empty});
    QCOMPARE(run.exitCode, 2);
    run = runFleet({list, QStringLiteral("--mode"), QStringLiteral("probe")});
    QCOMPARE(run.exitCode, 2);
    run = runFleet({list, QStringLiteral("--concurrency"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 2);

    // The list from stdin, the reports to stdout.
    const ToolResult piped = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                     QStringList{QStringLiteral("fleet"), QStringLiteral("-"), QStringLiteral("--jsonl"),
                                                 QStringLiteral("-")} + common(),
                                     target(eximFull_->port()).toUtf8() + "\n", 60000);
    QVERIFY2(piped.ok(), qPrintable(piped.describe()));
    const QList<QByteArray> lines = piped.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY(QJsonDocument::fromJson(lines.first()).isObject());
}

void TestFleetCli::resumeSkipsWhatIsThere()
{
    const QString first = dir_.filePath(QStringLiteral("resume1.txt"));
    QVERIFY(writeFile(first, QStringLiteral("%1\n%2\n").arg(target(exim12_->port()), target(eximFull_->port())).toUtf8()));
    const QString jsonl = dir_.filePath(QStringLiteral("resume.jsonl"));
    ToolResult run = runFleet(QStringList{first, QStringLiteral("--resume"), jsonl, QStringLiteral("--per-host"), QStringLiteral("2")} + common());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    bool ok = false;
    QCOMPARE(readLines(jsonl, &ok).size(), 2);

    // The longer list: only the new target runs, and is appended.
    const QString second = dir_.filePath(QStringLiteral("resume2.txt"));
    QVERIFY(writeFile(second, QStringLiteral("%1\n%2\n%3\n").arg(target(exim12_->port()), target(eximFull_->port()),
                                                                 target(refused_->port())).toUtf8()));
    run = runFleet(QStringList{second, QStringLiteral("--resume"), jsonl, QStringLiteral("--timeout"), QStringLiteral("3")} + common());
    QCOMPARE(run.exitCode, 3);   // the one target checked this time was unreachable
    QVERIFY2(run.outText().contains(QStringLiteral("Total: 3 targets, 2 already in")), qPrintable(run.outText()));
    QCOMPARE(run.errText().count(QStringLiteral("fleet: 1/1 ")), 1);
    const QList<QJsonObject> reports = readLines(jsonl, &ok);
    QVERIFY(ok);
    QCOMPARE(reports.size(), 3);
    QCOMPARE(keyOf(reports.last()), target(refused_->port()));

    // Nothing left to do.
    run = runFleet(QStringList{second, QStringLiteral("--resume"), jsonl} + common());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readLines(jsonl, &ok).size(), 3);
}

void TestFleetCli::baselineReportsAChange()
{
    // One Exim, first TLS 1.2 only, then (its config rewritten, SIGHUP: it re-executes itself
    // on the same port) everything: the same target, before and after.
    EximOptions only12 = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    only12.tlsRequireCiphers = QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.2");
    EximServer exim(only12);
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    const QString list = dir_.filePath(QStringLiteral("baseline.txt"));
    QVERIFY(writeFile(list, QStringLiteral("%1\n").arg(target(exim.port())).toUtf8()));
    const QString before = dir_.filePath(QStringLiteral("before.jsonl"));
    ToolResult run = runFleet(QStringList{list, QStringLiteral("--jsonl"), before} + common());
    QVERIFY2(run.ok(), qPrintable(run.describe()));

    QString config = exim.configText();
    QVERIFY(config.contains(QStringLiteral("tls_require_ciphers")));
    config.replace(QStringLiteral("tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.2\n"), QString());
    QVERIFY(writeFile(exim.configFile(), config.toUtf8()));
    QVERIFY(::kill(pid_t(exim.pid()), SIGHUP) == 0);
    QTest::qWait(500);
    QVERIFY(waitForBanner(exim.port(), 10000));

    const QString after = dir_.filePath(QStringLiteral("after.jsonl"));
    run = runFleet(QStringList{list, QStringLiteral("--jsonl"), after, QStringLiteral("--baseline"), before} + common());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QString out = run.outText();
    QVERIFY2(out.contains(QStringLiteral("Changes since %1").arg(before)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("%1: version gained TLSv1.3").arg(target(exim.port()))), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("%1: version lost TLSv1.2").arg(target(exim.port()))), qPrintable(out));

    // Against itself: nothing changed.
    run = runFleet(QStringList{list, QStringLiteral("--baseline"), after} + common());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY2(run.outText().contains(QStringLiteral("1 unchanged, 0 not in the baseline")), qPrintable(run.outText()));
}

void TestFleetCli::concurrencyMeasured()
{
    // 16 session targets: 8 Exims, each by its IPv4 and its IPv6 loopback address.
    std::vector<std::unique_ptr<EximServer>> exims;
    QString text;
    for (int i = 0; i < 8; ++i) {
        exims.push_back(std::make_unique<EximServer>(EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile)));
        QString error;
        QVERIFY2(exims.back()->start(&error), qPrintable(error));
        text += QStringLiteral("127.0.0.1:%1\n[::1]:%1\n").arg(exims.back()->port());
    }
    const QString list = dir_.filePath(QStringLiteral("sixteen.txt"));
    QVERIFY(writeFile(list, text.toUtf8()));
    qint64 wall[2] = {0, 0};
    const int concurrency[2] = {1, 8};
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer clock;
        clock.start();
        const ToolResult run = runFleet(QStringList{list, QStringLiteral("-q"), QStringLiteral("--concurrency"),
                                                    QString::number(concurrency[i]), QStringLiteral("--per-host"),
                                                    QStringLiteral("8")} + common());
        wall[i] = clock.elapsed();
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY2(run.outText().contains(QStringLiteral("16 targets, 16 ok")), qPrintable(run.outText()));
    }
    qInfo("fleet of 16 Exim session targets: concurrency 1: %lld ms, concurrency 8: %lld ms", wall[0], wall[1]);
    // On loopback a session is CPU work on both ends (2 shared cores in CI), so the pool gains
    // little here, and timing on a loaded machine is noise: the figures are printed, and only a
    // pool that serialised badly (far slower than one at a time) fails. Speed belongs in bench/.
    QVERIFY2(wall[1] < wall[0] * 3 + 3000, qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(wall[1]).arg(wall[0])));
}

// Two targets on one host whose servers turn the first connections away with a 421 (one of
// them twice, then both greet without STARTTLS). The fleet waits and retries instead of
// reporting a refusal, says so in the transcript, and the host's busy answers are counted
// across both targets: its back-off is shared.
void TestFleetCli::busyHostRetriedAndShared()
{
    auto busyThenPlain = [](int busyFirst) {
        auto count = std::make_shared<std::atomic<int>>(0);
        return [busyFirst, count](PeerConnection &c) {
            if (count->fetch_add(1) < busyFirst) {
                c.sendLine("421 4.7.0 mx.busy.test too many connections, try later");
                c.close();
                return;
            }
            c.sendLine("220 mx.busy.test ESMTP");
            QByteArray line;
            while (c.readLine(&line, 5000)) {
                if (line.startsWith("EHLO"))
                    c.send("250-mx.busy.test\r\n250 SIZE 1000000\r\n");
                else if (line.startsWith("QUIT")) {
                    c.sendLine("221 bye");
                    break;
                } else
                    c.sendLine("502 5.5.2 not here");
            }
            c.close();
        };
    };
    ScriptedPeer first(busyThenPlain(2));
    ScriptedPeer second(busyThenPlain(1));
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    QVERIFY2(second.start(&error), qPrintable(error));
    const QString list = dir_.filePath(QStringLiteral("busy.txt"));
    QVERIFY(writeFile(list, QStringLiteral("%1\n%2\n").arg(target(first.port()), target(second.port())).toUtf8()));
    const QString jsonl = dir_.filePath(QStringLiteral("busy.jsonl"));
    const ToolResult run = runFleet(QStringList{list, QStringLiteral("--jsonl"), jsonl, QStringLiteral("--per-host"),
                                                QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("5"),
                                                QStringLiteral("--no-color")}
                                    + common());
    QVERIFY2(run.started && run.finished, qPrintable(run.describe()));
    bool ok = false;
    const QList<QJsonObject> reports = readLines(jsonl, &ok);
    QVERIFY(ok);
    QCOMPARE(reports.size(), 2);
    QCOMPARE(first.connectionCount(), 3);
    QCOMPARE(second.connectionCount(), 2);
    auto notesOf = [](const QJsonObject &r) {
        QStringList notes;
        for (const QJsonValue &v : r.value(QStringLiteral("transcript")).toArray()) {
            const QJsonObject line = v.toObject();
            if (line.value(QStringLiteral("dir")).toString() == QLatin1String("note"))
                notes << line.value(QStringLiteral("text")).toString();
        }
        return notes.join(QLatin1Char('\n'));
    };
    const QJsonObject r1 = byTarget(reports, target(first.port()));
    const QJsonObject r2 = byTarget(reports, target(second.port()));
    // The last attempt is what is reported: the server greeted and offered no STARTTLS.
    for (const QJsonObject &r : {r1, r2}) {
        const QString outcome = QString::fromUtf8(QJsonDocument(r.value(QStringLiteral("outcome")).toObject()).toJson(QJsonDocument::Compact));
        QVERIFY2(!outcome.contains(QStringLiteral("421")), qPrintable(outcome));
        QVERIFY2(findingIds(r).contains(QStringLiteral("starttls.not_offered")), qPrintable(findingIds(r).join(QLatin1Char(' '))));
        QVERIFY2(r.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("banner")).toString().startsWith(QStringLiteral("220 ")),
                 qPrintable(keyOf(r)));
    }
    const QString n1 = notesOf(r1), n2 = notesOf(r2);
    QVERIFY2(n1.contains(QStringLiteral("attempt 1: the server refused the session in its greeting (421")), qPrintable(n1));
    QVERIFY2(n1.contains(QStringLiteral("attempt 2:")) && n1.contains(QStringLiteral("(2 busy answer(s) from this host")),
             qPrintable(n1));
    // The second target ran after the first (one at a time on this host) and counts on from there.
    QVERIFY2(n2.contains(QStringLiteral("attempt 1:")) && n2.contains(QStringLiteral("(3 busy answer(s) from this host")),
             qPrintable(n2));
    QVERIFY2(!n2.contains(QStringLiteral("attempt 2:")), qPrintable(n2));
}

MAILTLS_TEST_MAIN(TestFleetCli)
#include "test_fleet_cli.moc"
