// `mailtls scan` against a server that is slow to accept versus one that limits (issue 17): a
// scan on a loaded machine reported smtp.rate_limited for an Exim without any limit. Measured:
// the Exim daemon took connections from its full listen queue seconds late (1, 3, 7, 15 s, at the
// kernel's SYN-ACK retransmits), so the client, connected, waited past --timeout for a greeting
// and counted it as the server turning it away. tests/integration/slow_accept_server.py does the
// same without the load: after the first EHLO it stops calling accept() for a while, so the
// connections made meanwhile are complete on the client's side and get no greeting until later.
// Such a scan retries and says what it saw, with both readings, and claims no limit; the same
// peer answering 421 to a second connection is still reported as limiting.
#include "test_process.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;

namespace {

class SlowAcceptPeer : public PeerProcess
{
public:
    SlowAcceptPeer() : PeerProcess(QStringLiteral("slow-accept")) {}
    ~SlowAcceptPeer() override { stop(); }

    // mode "stall": stops accepting for stallMs after the first EHLO; "limit": 421 to a
    // connection that arrives while another is open.
    bool start(const QString &mode, int stallMs, QString *error)
    {
        return launch(QStringLiteral("python3"),
                      [=](quint16 p) {
                          return QStringList{QStringLiteral(MAILTLS_SOURCE_DIR "/tests/integration/slow_accept_server.py"),
                                             QStringLiteral("--port"), QString::number(p), QStringLiteral("--mode"), mode,
                                             QStringLiteral("--stall-ms"), QString::number(stallMs),
                                             QStringLiteral("--log"), logFile()};
                      },
                      Readiness::Listening, 15000, error);
    }
    QString logFile() const { return workDir() + QStringLiteral("/events.log"); }
    QString logText() const { return readTextFile(logFile(), 16000); }

protected:
    bool confirmsListening(quint16) const override { return outputText().contains(QLatin1String("READY")); }
};

struct Scan {
    ToolResult tool;
    QJsonObject report;

    QJsonObject finding(const QString &id) const
    {
        for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == id)
                return f.toObject();
        return {};
    }
    QStringList notes() const
    {
        QStringList out;
        for (const QJsonValue &l : report.value(QStringLiteral("transcript")).toArray())
            if (l.toObject().value(QStringLiteral("dir")).toString() == QLatin1String("note"))
                out << l.toObject().value(QStringLiteral("text")).toString();
        return out;
    }
    QString describe() const
    {
        return tool.describe().left(3000) + QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(report).toJson()).left(6000);
    }
};

// --timeout 2: the banner wait too (the CLI uses --timeout for it).
Scan scan(quint16 port)
{
    Scan s;
    s.tool = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                     {QStringLiteral("scan"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--timeout"),
                      QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--no-color")},
                     {}, 120000);
    s.report = QJsonDocument::fromJson(s.tool.out).object();
    return s;
}

} // namespace

class TestScanBusyAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
        const ToolResult python = runTool(QStringLiteral("python3"), {QStringLiteral("--version")});
        QVERIFY2(python.ok(), qPrintable(python.describe()));
    }

    // The daemon takes connections late (the listen queue holds them): no greeting within the
    // timeout, never a 421 or a close. Retried, complete, and no limit claimed.
    void lateAcceptIsNotALimit()
    {
        SlowAcceptPeer peer;
        QString error;
        QVERIFY2(peer.start(QStringLiteral("stall"), 6000, &error), qPrintable(error));
        const Scan s = scan(peer.port());
        QVERIFY2(s.tool.ok(), qPrintable(s.describe()));
        const QString log = peer.logText();
        // The peer really held connections back, and took them after the client had given up.
        QVERIFY2(log.contains(QLatin1String("stall-begin")) && log.contains(QLatin1String("stall-end")), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("limit ")), qPrintable(log));

        const QJsonObject outcome = s.report.value(QStringLiteral("outcome")).toObject();
        QVERIFY2(outcome.value(QStringLiteral("completed")).toBool(), qPrintable(s.describe()));
        const QJsonObject scanFacts = s.report.value(QStringLiteral("scan")).toObject();
        const int retries = scanFacts.value(QStringLiteral("retries")).toInt();
        QVERIFY2(retries >= 1, qPrintable(s.describe()));
        // Every version is still a known "no" (the peer refuses every hello by alert).
        QCOMPARE(scanFacts.value(QStringLiteral("protocols")).toObject().value(QStringLiteral("TLSv1.2")).toBool(true), false);

        QVERIFY2(s.finding(QStringLiteral("smtp.rate_limited")).isEmpty(), qPrintable(s.describe()));
        const QJsonObject f = s.finding(QStringLiteral("smtp.slow_greeting"));
        QVERIFY2(!f.isEmpty(), qPrintable(s.describe()));
        // Its fix tells the readings apart before it changes anything, and claims no limit.
        const QString eximFix = f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("exim")).toString();
        QVERIFY2(eximFix.contains(QLatin1String("tell the two readings apart")) && eximFix.contains(QLatin1String("smtp_connect_backlog")),
                 qPrintable(eximFix));
        QVERIFY2(!eximFix.contains(QLatin1String("smtp_accept_max_per_host")), qPrintable(eximFix));
        const QString title = f.value(QStringLiteral("title")).toString();
        const QString detail = f.value(QStringLiteral("detail")).toString();
        const QString evidence = f.value(QStringLiteral("evidence")).toString();
        QCOMPARE(title, QStringLiteral("Some connections got no greeting in time"));
        QVERIFY2(!title.contains(QLatin1String("limited")), qPrintable(title));
        // What was seen...
        QCOMPARE(evidence, QStringLiteral("%1 retries, all after no greeting in time; first: no greeting within 2 s; "
                                          "no 421 or close from the server")
                               .arg(retries));
        // ...and both readings.
        QVERIFY2(detail.contains(QLatin1String("tarpit")) && detail.contains(QLatin1String("too loaded")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("no limit is claimed")), qPrintable(detail));
        for (const QString &note : s.notes())
            QVERIFY2(!note.startsWith(QLatin1String("server busy")), qPrintable(note));
        QVERIFY2(s.notes().filter(QStringLiteral("no answer (no greeting within 2 s)")).size() == retries,
                 qPrintable(s.notes().join(QLatin1Char('\n'))));
    }

    // The same peer with a real limit (421 to a second connection, as smtp_accept_max_per_host
    // = 1): the finding still says the server limited the scan.
    void refusalIsStillALimit()
    {
        SlowAcceptPeer peer;
        QString error;
        QVERIFY2(peer.start(QStringLiteral("limit"), 0, &error), qPrintable(error));
        const Scan s = scan(peer.port());
        QVERIFY2(s.tool.ok(), qPrintable(s.describe()));
        QVERIFY2(peer.logText().contains(QLatin1String("limit ")), qPrintable(peer.logText()));
        const QJsonObject outcome = s.report.value(QStringLiteral("outcome")).toObject();
        QVERIFY2(outcome.value(QStringLiteral("completed")).toBool(), qPrintable(s.describe()));
        const QJsonObject f = s.finding(QStringLiteral("smtp.rate_limited"));
        QVERIFY2(!f.isEmpty(), qPrintable(s.describe()));
        QCOMPARE(f.value(QStringLiteral("title")).toString(), QStringLiteral("The server limited the scan's connections"));
        const QString evidence = f.value(QStringLiteral("evidence")).toString();
        QVERIFY2(evidence.contains(QLatin1String("first: the server is busy: 421 4.7.0 slow-accept.test too many connections")),
                 qPrintable(evidence));
    }
};

MAILTLS_TEST_MAIN(TestScanBusyAnswers)
#include "test_scan_busy_answers.moc"
