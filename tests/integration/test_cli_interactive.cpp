// `mailtls session --interactive` driven from a pipe: lines typed after STARTTLS and the handshake
// reach a real Exim as typed (a RCPT line is a command, not an s_client renegotiation), the
// whole conversation lands in the JSON report with AUTH secrets redacted, a server that hangs up
// mid-console ends it with exit 3 and one line on stderr, and a hostile server's escape
// sequences never reach the terminal.

#include <QTest>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

#include "scripted_peer.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::test;

namespace {

QString cliPath()
{
    return QStringLiteral(MAILTLS_CLI_PATH);
}

ToolResult runCli(const QStringList &args, const QByteArray &input, int timeoutMs = 60000)
{
    return runTool(cliPath(), args, input, timeoutMs);
}

// The transcript of a JSON report as "C: text" / "S: text" lines.
QStringList transcriptOf(const QByteArray &json)
{
    QStringList lines;
    const QJsonArray transcript = QJsonDocument::fromJson(json).object().value(QStringLiteral("transcript")).toArray();
    for (const QJsonValue &value : transcript) {
        const QJsonObject line = value.toObject();
        lines << line.value(QStringLiteral("dir")).toString() + QStringLiteral(": ") + line.value(QStringLiteral("text")).toString();
    }
    return lines;
}

// A plain SMTP server without STARTTLS: greeting, EHLO, then `onCommand` for every line after.
ScriptedPeer::Script plainSmtp(std::function<bool(PeerConnection &, const QByteArray &)> onCommand)
{
    return [onCommand](PeerConnection &c) {
        c.sendLine("220 console.test ESMTP");
        QByteArray line;
        if (!c.readLine(&line) || !line.toUpper().startsWith("EHLO"))
            return;
        c.sendLine("250-console.test\r\n250 PIPELINING");
        while (c.readLine(&line, 10000)) {
            if (line.toUpper() == "QUIT") {
                c.sendLine("221 bye");
                c.close();
                return;
            }
            if (!onCommand(c, line))
                return;
        }
    };
}

} // namespace

class TestCliInteractive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedLinesReachExim();
    void messageAfterData();
    void consoleCommands();
    void authLineRedacted();
    void serverClosesMidConsole();
    void hostileRepliesEscaped();
    void floodingServerBounded();
    void usageErrors();

private:
    const TestPki &pki() const { return TestPki::instance(); }
    QStringList targetArgs(quint16 port) const;
    std::unique_ptr<EximServer> exim_;
};

QStringList TestCliInteractive::targetArgs(quint16 port) const
{
    return {QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--ca-file"),
            pki().caFile(), QStringLiteral("--servername"), QStringLiteral("localhost"), QStringLiteral("--ehlo"),
            QStringLiteral("mailtls.test"), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--no-color"),
            QStringLiteral("--interactive")};
}

void TestCliInteractive::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY2(pki().ok(), qPrintable(pki().error()));
    EximOptions options = EximOptions::serving(pki().rsaLeaf().chainFile, pki().rsaLeaf().keyFile);
    options.authAfterTls = true;
    exim_ = std::make_unique<EximServer>(options);
    QString error;
    QVERIFY2(exim_->start(&error), qPrintable(error));
}

void TestCliInteractive::typedLinesReachExim()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("console.json"));
    const QByteArray input = "MAIL FROM:<a@example.org>\r\n"
                             "RCPT TO:<postmaster@test.example>\r\n"
                             "RCPT TO:<someone@elsewhere.example>\n"
                             "RSET\n"
                             "QUIT\n";
    const ToolResult run = runCli(targetArgs(exim_->port()) + QStringList{QStringLiteral("--json"), json}, input);
    QVERIFY2(run.ok(), qPrintable(run.describe() + exim_->logText()));
    const QString out = run.outText();
    // The planned part as today, then the console.
    QVERIFY2(out.contains(QLatin1String("STARTTLS")) && out.contains(QLatin1String("TLSv1.3")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("console:")), qPrintable(out));
    // Each line got its own real reply, in order: no renegotiation, no disconnect on R or Q.
    const int rcptLocal = out.indexOf(QLatin1String("RCPT TO:<postmaster@test.example>"));
    const int rcptRelay = out.indexOf(QLatin1String("RCPT TO:<someone@elsewhere.example>"));
    QVERIFY2(rcptLocal > 0 && rcptRelay > rcptLocal, qPrintable(out));
    const int accepted = out.indexOf(QLatin1String("S: 250 Accepted"), rcptLocal);
    QVERIFY2(accepted > rcptLocal && accepted < rcptRelay, qPrintable(out));
    const int denied = out.indexOf(QLatin1String("550 relay not permitted"), rcptRelay);
    QVERIFY2(denied > rcptRelay, qPrintable(out));
    QVERIFY2(out.indexOf(QLatin1String("221"), denied) > denied, qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("RENEGOTIATING"), Qt::CaseInsensitive), qPrintable(out));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList transcript = transcriptOf(file.readAll());
    const QStringList typed = {QStringLiteral("C: MAIL FROM:<a@example.org>"), QStringLiteral("C: RCPT TO:<postmaster@test.example>"),
                               QStringLiteral("C: RCPT TO:<someone@elsewhere.example>"), QStringLiteral("C: RSET"),
                               QStringLiteral("C: QUIT")};
    int at = 0;
    for (const QString &line : typed) {
        const int found = int(transcript.indexOf(line, at));
        QVERIFY2(found >= at, qPrintable(line + QLatin1Char('\n') + transcript.join(QLatin1Char('\n'))));
        at = found + 1;
    }
    QVERIFY2(transcript.mid(at).filter(QRegularExpression(QStringLiteral("^S: 221"))).size() == 1,
             qPrintable(transcript.join(QLatin1Char('\n'))));
}

void TestCliInteractive::messageAfterData()
{
    // After the 354 the message lines get no reply of their own: they go out without waiting
    // for one (a 10 s step timeout per line would show in the run time), and "." gets Exim's 250.
    const QByteArray input = "MAIL FROM:<a@example.org>\nRCPT TO:<postmaster@test.example>\nDATA\n"
                             "Subject: typed in the console\n\nhello\n.\nQUIT\n";
    const ToolResult run = runCli(targetArgs(exim_->port()), input);
    QVERIFY2(run.ok(), qPrintable(run.describe() + exim_->logText()));
    QVERIFY2(run.elapsedMs < 8000, qPrintable(run.describe()));
    const QString out = run.outText();
    const int data = out.indexOf(QLatin1String("S: 354"));
    const int dot = out.indexOf(QLatin1String("C: ."), data);
    QVERIFY2(data > 0 && dot > data, qPrintable(out));
    QVERIFY2(out.indexOf(QLatin1String("S: 250 OK id="), dot) > dot, qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("no reply within")), qPrintable(out));
}

void TestCliInteractive::consoleCommands()
{
    // /help explains the R/Q difference; /tls shows what was negotiated; /raw sends a slash line;
    // end of input sends QUIT by itself.
    const ToolResult run = runCli(targetArgs(exim_->port()), "/help\n/tls\n/raw /NOOP\nNOOP\n");
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QString out = run.outText();
    QVERIFY2(out.contains(QLatin1String("renegotiation")) && out.contains(QLatin1String("s_client")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Protocol")) && out.contains(QLatin1String("TLSv1.3")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("C: /NOOP")) && out.contains(QLatin1String("500 unrecognized command")), qPrintable(out));
    const int noop = out.lastIndexOf(QLatin1String("C: NOOP"));
    QVERIFY2(noop > 0 && out.indexOf(QLatin1String("C: QUIT"), noop) > noop && out.indexOf(QLatin1String("221"), noop) > noop,
             qPrintable(out));
}

void TestCliInteractive::authLineRedacted()
{
    const QByteArray user = exim_->options().authUser.toUtf8();
    const QByteArray password = exim_->options().authPassword.toUtf8();
    const QByteArray response = QByteArray('\0' + user + '\0' + password).toBase64();
    const QByteArray input = "AUTH PLAIN " + response + "\r\nQUIT\r\n";

    ToolResult run = runCli(targetArgs(exim_->port()) + QStringList{QStringLiteral("--json"), QStringLiteral("-")}, input);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY2(run.out.contains("235"), qPrintable(run.describe()));
    for (const QByteArray &secret : {password, response}) {
        QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret), qPrintable(run.describe()));
    }
    QVERIFY2(transcriptOf(run.out).filter(QStringLiteral("C: AUTH PLAIN")).size() == 1, qPrintable(run.outText()));

    run = runCli(targetArgs(exim_->port()) + QStringList{QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--show-secrets")},
                 input);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY2(transcriptOf(run.out).contains(QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(response)), qPrintable(run.outText()));
}

void TestCliInteractive::serverClosesMidConsole()
{
    ScriptedPeer peer(plainSmtp([](PeerConnection &c, const QByteArray &) {
        c.sendLine("421 4.3.2 console.test shutting down");
        c.close();
        return false;
    }));
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    const ToolResult run = runCli(targetArgs(peer.port()), "NOOP\nNOOP\nNOOP\n");
    QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < 15000, qPrintable(run.describe()));
    QVERIFY2(run.outText().contains(QLatin1String("421 4.3.2 console.test shutting down")), qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QStringLiteral("127.0.0.1:%1 ended the console: the server closed the connection").arg(peer.port())),
             qPrintable(run.describe()));
    QCOMPARE(run.errText().count(QLatin1Char('\n')), 1);
}

void TestCliInteractive::hostileRepliesEscaped()
{
    ScriptedPeer peer(plainSmtp([](PeerConnection &c, const QByteArray &) {
        return c.send("250 ok \x1b]0;owned\x07\x1b[2J\x1b[31mred\x9b" "1m\r\n");
    }));
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    const ToolResult run = runCli(targetArgs(peer.port()), "NOOP\nQUIT\n");
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains('\x1b') && !run.out.contains('\x07') && !run.err.contains('\x1b'), qPrintable(run.describe()));
    QVERIFY2(run.outText().contains(QLatin1String("250 ok \\x1b]0;owned\\x07\\x1b[2J")), qPrintable(run.outText()));
}

// A server that answers one NOOP with ~40 MiB: 8 MiB without a line end, then 1.4 million short
// lines (with escape sequences in them). The console keeps at most kConsoleKeptBytes of it (the
// JSON transcript, stdout), says "[… N bytes not shown]", never lets an escape through, and the
// process stays small (its peak RSS, measured by a parent that waits for it).
void TestCliInteractive::floodingServerBounded()
{
    constexpr qint64 kWithoutLineEnd = 8 * 1024 * 1024;
    constexpr int kShortLines = 1400000;   // "250-flood \x1b[2J 0000000\r\n": 24 bytes, ~32 MiB
    ScriptedPeer peer(plainSmtp([](PeerConnection &c, const QByteArray &line) {
        if (line.toUpper() != "NOOP")
            return c.sendLine("250 ok");
        if (!c.send(QByteArray(kWithoutLineEnd, 'x')) || !c.send("\r\n"))
            return false;
        QByteArray chunk;
        for (int i = 0; i < kShortLines; ++i) {
            chunk += "250-flood \x1b[2J " + QByteArray::number(i).rightJustified(7, '0') + "\r\n";
            if (chunk.size() > 256 * 1024) {
                if (!c.send(chunk))
                    return false;
                chunk.clear();
            }
        }
        return c.send(chunk + "250 flood done\r\n");
    }));
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("flood.json"));
    // python3 runs the CLI and reports its peak resident size (KiB) as the last line of stderr.
    const QString wrapper = QStringLiteral(
        "import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:])\n"
        "sys.stderr.write('maxrss_kib=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(r.returncode)\n");
    // The NOOP's flood, then RSET and QUIT (answered, but past the budget: counted, not kept).
    const ToolResult run = runTool(QStringLiteral("python3"),
                                   QStringList{QStringLiteral("-c"), wrapper, cliPath()} + targetArgs(peer.port())
                                       + QStringList{QStringLiteral("--json"), json},
                                   "NOOP\nRSET\nQUIT\n", 120000);
    QVERIFY2(run.finished, qPrintable(run.describe().left(4000)));
    const QRegularExpressionMatch rss = QRegularExpression(QStringLiteral("maxrss_kib=(\\d+)")).match(run.errText());
    QVERIFY2(rss.hasMatch(), qPrintable(run.errText().right(2000)));
    const qint64 maxRssKib = rss.captured(1).toLongLong();
    qInfo("flood of %lld bytes: peak RSS %lld KiB, stdout %lld bytes", kWithoutLineEnd + qint64(kShortLines) * 24,
          maxRssKib, qint64(run.out.size()));
    // Without the bound the transcript alone held the 37 MiB of lines several times over. Under
    // AddressSanitizer its shadow memory and the quarantine of freed blocks (256 MiB by default)
    // count too: 243 MiB was measured there; what is kept is checked below either way.
#ifdef MAILTLS_SANITIZED
    constexpr qint64 kPeakRssLimitKib = 600 * 1024;
#else
    constexpr qint64 kPeakRssLimitKib = 120 * 1024;
#endif
    QVERIFY2(maxRssKib < kPeakRssLimitKib, qPrintable(QString::number(maxRssKib)));
    QVERIFY2(run.out.size() < 8 * 1024 * 1024, qPrintable(QString::number(run.out.size())));
    QVERIFY2(!run.out.contains('\x1b') && !run.err.contains('\x1b'), "an escape reached the terminal");
    QVERIFY2(run.outText().contains(QLatin1String("250-flood \\x1b[2J 0000000")), qPrintable(run.outText().left(2000)));
    QVERIFY2(run.outText().contains(QLatin1String(" bytes not shown]")), qPrintable(run.outText().right(2000)));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.size() < 8 * 1024 * 1024, qPrintable(QString::number(bytes.size())));
    const QJsonArray transcript = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("transcript")).toArray();
    qint64 serverText = 0;
    qint64 notShown = 0;
    int notes = 0;
    const QRegularExpression note(QStringLiteral("^\\[… (\\d+) bytes not shown\\]"));
    for (const QJsonValue &value : transcript) {
        const QJsonObject line = value.toObject();
        const QString text = line.value(QStringLiteral("text")).toString();
        if (line.value(QStringLiteral("dir")).toString() == QLatin1String("S"))
            serverText += text.toUtf8().size();
        const QRegularExpressionMatch m = note.match(text);
        if (m.hasMatch()) {
            notShown += m.captured(1).toLongLong();
            ++notes;
        }
    }
    qInfo("kept %lld bytes of server text in %lld lines; %d notes for %lld bytes not shown", serverText,
          qint64(transcript.size()), notes, notShown);
    QVERIFY2(serverText <= 3 * 256 * 1024, qPrintable(QString::number(serverText)));
    // Three bursts at most (the flood until RSET, until QUIT, until the end), each within its budget.
    QVERIFY2(transcript.size() <= 3 * 1000 + 50, qPrintable(QString::number(transcript.size())));
    // The 8 MiB line: its head is kept, and the rest is counted, not lost without a word.
    QVERIFY(bytes.contains("xxxxxxxxxx"));
    // Normally the whole flood is read before QUIT's goodbye wait (5 s) ends the session, and
    // all of it is counted. Under AddressSanitizer the reader is slow enough that the session
    // ends with part of the flood unread (19 MB of 42 MB counted in one run): what was read is
    // still counted, so at least the overlong line is.
#ifdef MAILTLS_SANITIZED
    constexpr qint64 kCountedAtLeast = kWithoutLineEnd - 1024 * 1024;
#else
    constexpr qint64 kCountedAtLeast = kWithoutLineEnd + qint64(kShortLines) * 24 - 2 * 1024 * 1024 - 1024 * 1024;
#endif
    QVERIFY2(notShown >= kCountedAtLeast, qPrintable(QString::number(notShown)));
    QVERIFY2(notes >= 1 && notes <= 4, qPrintable(QString::number(notes)));
}

void TestCliInteractive::usageErrors()
{
    const ToolResult run = runCli(targetArgs(exim_->port())
                                      + QStringList{QStringLiteral("--mail-from"), QStringLiteral("a@example.org"),
                                                    QStringLiteral("--rcpt-to"), QStringLiteral("postmaster@test.example"),
                                                    QStringLiteral("--data"), QStringLiteral("-")},
                                  "x\n");
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QLatin1String("--interactive")), qPrintable(run.describe()));
}

MAILTLS_TEST_MAIN(TestCliInteractive)
#include "test_cli_interactive.moc"
