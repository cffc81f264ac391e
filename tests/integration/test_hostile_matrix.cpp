// Hostile servers against every subcommand that talks to one (issue 15, "hostile input"): each
// scripted behaviour below runs against `session`, `scan`, `simulate --server` and `compare`,
// each run under an address-space limit (ulimit -v), with --timeout 2. Every cell asserts the
// exit code (docs/CONTRACTS.md: 3 = no answer to judge; a refused or broken handshake is an
// answer, a finding), the gist of the message, a time bound, the peak memory when /usr/bin/time
// can measure it, and that no raw ESC or NUL byte from the server reaches the terminal.
//
// The cells run in parallel (a few at a time) in initTestCase; matrix() then checks one cell per
// data row, so a failure names its case and subcommand. The endless multi-line reply is
// test_hostile_flood's; the engine-level checks of the same peers are test_session_errors'.

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "scripted_peer.h"
#include "test_process.h"
#include "test_registry.h"

using namespace mailtls::test;

namespace {

constexpr int kMemoryLimitMib = 640;   // as test_hostile_flood: a compare needs ~400 MiB of address space
#ifdef MAILTLS_SANITIZED
constexpr qint64 kPeakRssLimitKb = 600 * 1024;   // AddressSanitizer's shadow and quarantine count too
constexpr qint64 kSlowdown = 5;                  // time bounds: sanitized code runs 2-5x slower (3 was exceeded under load)
#else
constexpr qint64 kPeakRssLimitKb = 200 * 1024;
constexpr qint64 kSlowdown = 1;
#endif
constexpr int kParallelCells = 6;
constexpr int kToolKillMs = 60000;

enum Command { Session, Scan, Simulate, Compare, CommandCount };

const char *commandName(int c)
{
    static const char *const names[] = {"session", "scan", "simulate", "compare"};
    return names[c];
}

// What a cell must show. `message` is a regular expression matched against stderr + stdout, white space simplified.
struct Expect {
    int exit = 0;
    QString message;
    int withinMs = 10000;
    QString absent;   // a regular expression that must not match (empty: none)
};

struct Case {
    QString name;
    std::function<ScriptedPeer::Script()> peer;
    Expect expect[CommandCount];
    // The server's text holds ESC and NUL and this subcommand shows that text: the output must
    // hold "\x1b" and "\x00" (a scan keeps no banner, so only its error line can show it).
    bool showsEscapes[CommandCount] = {false, false, false, false};
};

using Tls = std::function<void(PeerConnection &, const QByteArray &)>;

ScriptedPeer::Script starttlsThen(Tls tls, SmtpOpening opening = {})
{
    return smtpThenTls(std::move(opening), std::move(tls));
}

const Tls refuse = [](PeerConnection &c, const QByteArray &) { hostile::refuseHandshake(c); };

// Text a hostile server writes to the admin's terminal: a colour, a screen clear, a window
// title, a bell, and a NUL.
const QByteArray kEscapes = "\x1b[31mRED\x1b[2J\x1b]0;owned\x07 NUL:" + QByteArray(1, '\0') + ":";

QList<Case> cases()
{
    QList<Case> list;
    auto add = [&list](const QString &name, std::function<ScriptedPeer::Script()> peer, Expect session, Expect scan,
                       Expect simulate, Expect compare) {
        Case c;
        c.name = name;
        c.peer = std::move(peer);
        c.expect[Session] = session;
        c.expect[Scan] = scan;
        c.expect[Simulate] = simulate;
        c.expect[Compare] = compare;
        list << c;
    };
    // Until --timeout runs out (2 s for the whole greeting), then nothing to judge. Scans give up
    // after 3 unanswered connections, side by side: about one to three --timeouts, not rounds of
    // back-off.
    const QString noGreeting = QStringLiteral("no complete reply within 2 s|no greeting within 2 s");
    const QString tarpit = QStringLiteral("answered none of 3 connection\\(s\\) in a row: no greeting within 2 s");
    add(QStringLiteral("banner 1 byte/s"),
        [] {
            SmtpOpening o;
            o.bannerByteDelayMs = 1000;
            return starttlsThen(refuse, o);
        },
        {3, QStringLiteral("timed out talking to .*: ") + noGreeting, 6000}, {3, tarpit, 8000}, {3, tarpit, 8000},
        {3, tarpit, 8000});
    add(QStringLiteral("silence"), [] { return ScriptedPeer::Script([](PeerConnection &c) { c.holdUntilClosed(30000); }); },
        {3, QStringLiteral("timed out talking to .*: ") + noGreeting, 6000}, {3, tarpit, 8000}, {3, tarpit, 8000},
        {3, tarpit, 8000});
    const QString longLine = QStringLiteral("does not speak SMTP: reply line (of \\d+ bytes is )?longer than");
    add(QStringLiteral("1 MB line"),
        [] {
            SmtpOpening o;
            o.banner = "220-" + QByteArray(1024 * 1024, 'A') + "\r\n220 hostile.test ESMTP\r\n";
            return starttlsThen(refuse, o);
        },
        {3, QStringLiteral("protocol failure with .*") + longLine, 6000}, {3, longLine, 10000}, {3, longLine, 10000},
        {3, longLine, 10000});
    const QString busy = QStringLiteral("answered none of \\d+ connection\\(s\\) in a row over [0-9.]+ s: the server is busy: 421");
    add(QStringLiteral("421 storm"),
        [] {
            return ScriptedPeer::Script([](PeerConnection &c) {
                c.sendLine("421 4.7.0 hostile.test too many connections, try later");
                c.readSome(200);
            });
        },
        {3, QStringLiteral("protocol failure with .*421"), 6000}, {3, busy, 15000}, {3, busy, 15000}, {3, busy, 15000});
    // From here on the server answers STARTTLS with 220 and the ClientHello with something
    // broken: an answer, so a finding (exit 0; simulate: the partner fails, exit 1), in well
    // under the time a --timeout would take.
    const Expect compared{0, QStringLiteral("compared 2 servers"), 8000};
    const QString notTls = QStringLiteral("starttls.rejected .*did not start TLS");
    const QString noAnswer = QStringLiteral("starttls.rejected .*0 answered in TLS");
    // The live handshake of simulate names who ended it: an alert our client sent because the
    // server's bytes broke TLS is not the server refusing, and a close is no alert at all.
    const QString weGaveUp = QStringLiteral("our client gave up: the server's reply broke TLS \\(%1 sent by us");
    const QString serverRefused = QStringLiteral("server refused|the server answered");
    const QString closedLive = QStringLiteral("the connection closed during the handshake \\(no alert\\)[\\s\\S]*"
                                              "prediction did NOT hold: .*the real handshake failed \\(closed\\)");
    // The scan, like the session, says the handshake broke after the ServerHello.
    const QString brokeAfterHello = QStringLiteral("tls.handshake_failed The TLS handshake breaks after the server's ServerHello"
                                                   "[\\s\\S]*Evidence: ServerHello received \\(TLSv1.2, "
                                                   "TLS_RSA_WITH_AES_128_GCM_SHA256\\), then ");
    add(QStringLiteral("close after ServerHello"),
        [] { return starttlsThen([](PeerConnection &c, const QByteArray &) { hostile::closeAfterServerHello(c); }); },
        {0, QStringLiteral("tls.handshake_failed .*no alert \\(connection closed\\)[\\s\\S]*the server closed the connection during the TLS handshake"), 6000},
        // The raw hello reads the ServerHello alone: TLS 1.2 with the suite it named; OpenSSL's
        // hellos break after it, as the session's.
        {0, brokeAfterHello + QStringLiteral("the server closed the connection[\\s\\S]*TLSv1.2; 1 suite/version pairs"), 8000},
        {1, closedLive, 8000, serverRefused}, compared);
    add(QStringLiteral("record length 0xFFFF"),
        [] { return starttlsThen([](PeerConnection &c, const QByteArray &) { hostile::oversizedRecord(c); }); },
        {0, notTls + QStringLiteral("[\\s\\S]*packet length too long"), 6000}, {0, noAnswer, 8000},
        {1, QStringLiteral("Prediction: FAILS[\\s\\S]*") + weGaveUp.arg(QLatin1String("record_overflow")), 8000, serverRefused},
        compared);
    add(QStringLiteral("ServerHello of 16 MB"),
        [] { return starttlsThen([](PeerConnection &c, const QByteArray &) { hostile::hugeServerHello(c); }); },
        {0, notTls + QStringLiteral("[\\s\\S]*excessive message size"), 6000}, {0, noAnswer, 8000},
        {1, QStringLiteral("Prediction: FAILS[\\s\\S]*") + weGaveUp.arg(QLatin1String("illegal_parameter")), 8000, serverRefused},
        compared);
    add(QStringLiteral("1-byte records"),
        [] { return starttlsThen([](PeerConnection &c, const QByteArray &) { hostile::oneByteRecords(c); }); },
        // Reassembled: the served certificates are read, then the peer hangs up.
        {0, QStringLiteral("CN=mail.example.org[\\s\\S]*tls.handshake_failed"), 8000},
        {0, QStringLiteral("Certificate types RSA[\\s\\S]*TLSv1.2; 1 suite/version pairs"), 10000},
        {1, closedLive, 10000, serverRefused}, compared);
    add(QStringLiteral("Certificate of 16 MB"),
        [] { return starttlsThen([](PeerConnection &c, const QByteArray &) { hostile::absurdCertificate(c); }); },
        {0, QStringLiteral("tls.handshake_failed [\\s\\S]*excessive message size"), 6000},
        {0, brokeAfterHello + QStringLiteral("(handshake message of 16777215 bytes is over the limit|we sent a fatal "
                                             "illegal_parameter alert)[\\s\\S]*no TLS version accepted, \\d+ connections, 1 "
                                             "finding"), 8000},
        {1, QStringLiteral("Prediction: FAILS[\\s\\S]*") + weGaveUp.arg(QLatin1String("illegal_parameter")), 8000, serverRefused},
        compared);
    add(QStringLiteral("bytes after 220"),
        [] {
            SmtpOpening o;
            o.goAhead = "220 2.0.0 go ahead\r\n250 injected-before-tls\r\n";
            return starttlsThen(refuse, o);
        },
        {0, QStringLiteral("starttls.data_after_220 [\\s\\S]*25 byte\\(s\\) after"), 6000},
        // The scan sees the same bytes on each of its connections: the same finding, once.
        {0, QStringLiteral("starttls.data_after_220 [\\s\\S]*Evidence: (\\d+) of \\1 connection\\(s\\) made ready for TLS: 25 "
                           "byte\\(s\\) each after the 220 to STARTTLS[\\s\\S]*no TLS version accepted"), 8000},
        {1, QStringLiteral("Prediction: FAILS[\\s\\S]*handshake_failure"), 8000}, compared);
    add(QStringLiteral("escapes in EHLO"),
        [] {
            SmtpOpening o;
            o.banner = "220 hostile.test " + kEscapes + " ESMTP\r\n";
            o.ehloReply = "250-hostile.test " + kEscapes + "\r\n250-X-" + kEscapes + "\r\n250 STARTTLS\r\n";
            return starttlsThen(refuse, o);
        },
        {0, QStringLiteral("tls.handshake_failed"), 6000}, {0, QStringLiteral("no TLS version accepted"), 8000},
        {1, QStringLiteral("Prediction: FAILS"), 8000}, compared);
    list.last().showsEscapes[Session] = true;
    const QString refused = QStringLiteral("refused the session in its greeting: 554 5.7.1 hostile.test \\\\x1b\\[31mRED");
    add(QStringLiteral("escapes in refusal"),
        [] {
            return ScriptedPeer::Script([](PeerConnection &c) {
                c.send("554 5.7.1 hostile.test " + kEscapes + " go away\r\n");
                c.readSome(500);
            });
        },
        {3, QStringLiteral("protocol failure with .*") + refused, 6000}, {3, QStringLiteral("cannot scan .*") + refused, 8000},
        {3, QStringLiteral("cannot scan .*") + refused, 8000}, {3, QStringLiteral("cannot scan .*") + refused, 8000});
    for (bool &shows : list.last().showsEscapes)
        shows = true;
    return list;
}

struct CellResult {
    ToolResult tool;
    qint64 peakRssKb = -1;   // -1: not measured
    qint64 wallMs = 0;
};

QStringList commandArgs(int command, quint16 port)
{
    const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
    const QStringList timeout{QStringLiteral("--timeout"), QStringLiteral("2")};
    switch (command) {
    case Session: return QStringList{QStringLiteral("session"), target} + timeout;
    case Scan: return QStringList{QStringLiteral("scan"), target, QStringLiteral("--max-time"), QStringLiteral("40")} + timeout;
    case Simulate:
        return QStringList{QStringLiteral("simulate"), QStringLiteral("--server"), target, QStringLiteral("--client"),
                           QStringLiteral("openssl3-default")}
               + timeout;
    default: return QStringList{QStringLiteral("compare"), target, target} + timeout;
    }
}

QString shellQuote(const QString &arg)
{
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

const QString kPeakTag = QStringLiteral("mailtls-matrix-peak-rss-kb");

// The CLI under a memory limit (memoryLimitPrefix: `ulimit -v`, or ASan's own bound), with GNU time around it when installed (its lines are taken out
// of stderr again).
CellResult runCell(int command, quint16 port)
{
    static const bool haveTime = QFile::exists(QStringLiteral("/usr/bin/time"));
    QStringList words{shellQuote(QStringLiteral(MAILTLS_CLI_PATH))};
    for (const QString &arg : commandArgs(command, port))
        words << shellQuote(arg);
    QString script = memoryLimitPrefix(kMemoryLimitMib) + QStringLiteral(" exec ");
    if (haveTime)
        script += QStringLiteral("/usr/bin/time -f '%1 %M' ").arg(kPeakTag);
    script += words.join(QLatin1Char(' '));
    CellResult cell;
    QElapsedTimer clock;
    clock.start();
    cell.tool = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), script}, {}, kToolKillMs);
    cell.wallMs = clock.elapsed();
    if (haveTime) {
        QList<QByteArray> kept;
        for (const QByteArray &line : cell.tool.err.split('\n')) {
            if (line.startsWith(kPeakTag.toLatin1() + ' '))
                cell.peakRssKb = line.mid(kPeakTag.size() + 1).trimmed().toLongLong();
            else if (!line.startsWith("Command exited with non-zero status") && !line.startsWith("Command terminated by signal"))
                kept << line;
        }
        cell.tool.err = kept.join('\n');
    }
    return cell;
}

QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.left(text.indexOf(QLatin1Char('\n')) < 0 ? text.size() : text.indexOf(QLatin1Char('\n'))).left(160);
}

} // namespace

class TestHostileMatrix : public QObject
{
    Q_OBJECT

private:
    QList<Case> cases_;
    std::vector<std::unique_ptr<ScriptedPeer>> peers_;   // one per cell: case * CommandCount + command
    std::vector<CellResult> results_;
    qint64 totalMs_ = 0;

private Q_SLOTS:
    void initTestCase()
    {
        cases_ = cases();
        const int cells = int(cases_.size()) * CommandCount;
        for (int i = 0; i < cells; ++i) {
            peers_.push_back(std::make_unique<ScriptedPeer>(cases_.at(i / CommandCount).peer()));
            QString error;
            QVERIFY2(peers_.back()->start(&error), qPrintable(error));
        }
        results_.resize(size_t(cells));
        // Slowest first (they wait on timeouts, not on the CPU), a few at a time.
        std::vector<int> order(static_cast<size_t>(cells));
        for (int i = 0; i < cells; ++i)
            order[size_t(i)] = i;
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return cases_.at(a / CommandCount).expect[a % CommandCount].withinMs
                   > cases_.at(b / CommandCount).expect[b % CommandCount].withinMs;
        });
        std::atomic<int> next{0};
        QElapsedTimer clock;
        clock.start();
        std::vector<std::thread> workers;
        for (int w = 0; w < kParallelCells; ++w) {
            workers.emplace_back([&] {
                for (int n = next++; n < cells; n = next++) {
                    const int i = order[size_t(n)];
                    results_[size_t(i)] = runCell(i % CommandCount, peers_[size_t(i)]->port());
                }
            });
        }
        for (std::thread &t : workers)
            t.join();
        totalMs_ = clock.elapsed();
        for (auto &peer : peers_)
            peer->stop();
        // The matrix as it came out, for the log, and each cell's output in the artifacts.
        const QString dir = QStringLiteral(MAILTLS_ARTIFACTS_DIR "/hostile_matrix");
        QDir().mkpath(dir);
        for (int i = 0; i < cells; ++i) {
            const CellResult &r = results_[size_t(i)];
            QString file = QStringLiteral("%1-%2.txt").arg(cases_.at(i / CommandCount).name, QLatin1String(commandName(i % CommandCount)));
            file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]+")), QStringLiteral("_"));
            QFile out(dir + QLatin1Char('/') + file);
            if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                out.write(r.tool.commandLine.toUtf8() + "\n--- stderr ---\n" + r.tool.err + "\n--- stdout ---\n" + r.tool.out);
            qInfo("%-22s %-9s exit %3d %6lld ms %7lld KB  %s", qPrintable(cases_.at(i / CommandCount).name),
                  commandName(i % CommandCount), r.tool.exitCode, r.wallMs, r.peakRssKb,
                  qPrintable(firstLine(r.tool.err.isEmpty() ? r.tool.out : r.tool.err)));
        }
        qInfo("all %d cells in %lld ms", cells, totalMs_);
    }

    void matrix_data()
    {
        QTest::addColumn<int>("cell");
        for (int i = 0; i < int(cases_.size()) * CommandCount; ++i)
            QTest::newRow(qPrintable(QStringLiteral("%1 / %2").arg(cases_.at(i / CommandCount).name,
                                                                  QLatin1String(commandName(i % CommandCount)))))
                << i;
    }

    void matrix()
    {
        QFETCH(int, cell);
        const Case &c = cases_.at(cell / CommandCount);
        const Expect &expect = c.expect[cell % CommandCount];
        const CellResult &r = results_[size_t(cell)];
        const QString what = r.tool.describe();
        QVERIFY2(r.tool.finished, qPrintable(what));
#ifdef MAILTLS_SANITIZED
        // Under AddressSanitizer the session's ~240 000 one-byte records take longer than the
        // 2 s step timeout: a bounded, honest "timed out" (exit 3) is right there too. The
        // normal build checks the reassembled chain.
        if (c.name == QLatin1String("1-byte records") && r.tool.exitCode == 3
            && QString::fromUtf8(r.tool.err).contains(QLatin1String("timed out"))) {
            QVERIFY2(r.wallMs < expect.withinMs * kSlowdown, qPrintable(what));
            QSKIP("1-byte records: timed out under the sanitizers (bounded); the normal build checks the chain");
        }
        // The peer that closes after its ServerHello runs in this sanitized process beside the
        // other 50 cells' peers: under load the session saw its close only after the 2 s
        // handshake timeout (ServerHello at +0.74 s, "timed out" at +2.62 s; exit 3). The
        // ServerHello must have been read; the normal build checks the close.
        if (c.name == QLatin1String("close after ServerHello") && cell % CommandCount == Session && r.tool.exitCode == 3
            && QString::fromUtf8(r.tool.err).contains(QLatin1String("timed out"))
            && QString::fromUtf8(r.tool.out).contains(QLatin1String("TLS_RSA_WITH_AES_128_GCM_SHA256"))) {
            QVERIFY2(r.wallMs < expect.withinMs * kSlowdown, qPrintable(what));
            QSKIP("close after ServerHello: the sanitized peer's close came after the 2 s timeout (bounded)");
        }
        // The scan's lanes meet the same slow close: what follows the ServerHello in the evidence,
        // and how many suite/version pairs the lanes that did see the close counted, vary with the
        // load (one CI run missed the full expectation). The finding and its ServerHello must be
        // there; the normal build checks the rest.
        if (c.name == QLatin1String("close after ServerHello") && cell % CommandCount == Scan && r.tool.exitCode == 0) {
            const QString all = QString::fromUtf8(r.tool.err + '\n' + r.tool.out).simplified();
            QVERIFY2(all.contains(QRegularExpression(
                         QStringLiteral("tls.handshake_failed The TLS handshake breaks after the server's ServerHello[\\s\\S]*"
                                        "Evidence: ServerHello received \\(TLSv1.2, TLS_RSA_WITH_AES_128_GCM_SHA256\\)"))),
                     qPrintable(what));
            QVERIFY2(r.wallMs < expect.withinMs * kSlowdown, qPrintable(what));
            return;
        }
#endif
        // The session's point here is the reassembly: the 40 certificates read from ~240 000
        // one-byte records. Under a loaded machine the peer's hang-up after our key exchange
        // has been seen to arrive after the 2 s step timeout (1 run in 8 with every test running
        // at once): a bounded "timed out" with the chain read is the same answer.
        if (c.name == QLatin1String("1-byte records") && cell % CommandCount == Session && r.tool.exitCode == 3
            && QString::fromUtf8(r.tool.err).contains(QLatin1String("timed out"))
            && QString::fromUtf8(r.tool.out).contains(QLatin1String("Certificate (40287 bytes): 40 certificates"))) {
            QVERIFY2(r.wallMs < expect.withinMs * kSlowdown, qPrintable(what));
            return;
        }
        QVERIFY2(r.tool.exitCode == expect.exit,
                 qPrintable(QStringLiteral("exit %1, expected %2\n%3").arg(r.tool.exitCode).arg(expect.exit).arg(what)));
        // Wrapped paragraphs and aligned columns read as one line with single spaces.
        const QString all = QString::fromUtf8(r.tool.err + '\n' + r.tool.out).simplified();
        QVERIFY2(QRegularExpression(expect.message).match(all).hasMatch(),
                 qPrintable(QStringLiteral("no /%1/ in\n%2").arg(expect.message, what)));
        QVERIFY2(expect.absent.isEmpty() || !QRegularExpression(expect.absent).match(all).hasMatch(),
                 qPrintable(QStringLiteral("/%1/ should not be in\n%2").arg(expect.absent, what)));
        QVERIFY2(r.wallMs < expect.withinMs * kSlowdown,
                 qPrintable(QStringLiteral("%1 ms, bound %2 ms\n%3").arg(r.wallMs).arg(expect.withinMs * kSlowdown).arg(what)));
        if (r.peakRssKb >= 0)
            QVERIFY2(r.peakRssKb < kPeakRssLimitKb, qPrintable(QStringLiteral("peak RSS %1 KB\n%2").arg(r.peakRssKb).arg(what)));
        // Nothing from the server reaches the terminal raw.
        const QByteArray bytes = r.tool.out + r.tool.err;
        QVERIFY2(!bytes.contains('\x1b'), qPrintable(QStringLiteral("raw ESC in the output\n") + what));
        QVERIFY2(!bytes.contains('\0'), qPrintable(QStringLiteral("raw NUL in the output\n") + what));
        if (c.showsEscapes[cell % CommandCount]) {
            QVERIFY2(bytes.contains("\\x1b"), qPrintable(QStringLiteral("the server's ESC is not shown as \\x1b\n") + what));
            QVERIFY2(bytes.contains("\\x00"), qPrintable(QStringLiteral("the server's NUL is not shown as \\x00\n") + what));
        }
    }

    void wholeMatrixInTime()
    {
        QVERIFY2(totalMs_ < 90000, qPrintable(QString::number(totalMs_)));
    }
};

MAILTLS_TEST_MAIN(TestHostileMatrix)
#include "test_hostile_matrix.moc"
