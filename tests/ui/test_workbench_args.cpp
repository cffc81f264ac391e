// The workbench's command line (app/gui/workbench_args.h): --help and --version, an unknown
// option as a usage error (exit 2), FILE and TARGET in either order, every target spelling
// with the mode it means, the mistakes it refuses; and in a window offscreen, that a report
// opens and the target lands in the target bar after it.

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "main_window.h"
#include "model/report.h"
#include "model/session_options.h"
#include "report/json_report.h"
#include "test_registry.h"
#include "views/target_bar.h"
#include "workbench_args.h"
#include "workspace_controller.h"

using namespace mailtls;
using app::WorkbenchArgs;
using Action = app::WorkbenchArgs::Action;

namespace {

const QString kProgram = QStringLiteral("/usr/bin/mailtls-workbench");

WorkbenchArgs parse(const QStringList &args)
{
    return app::parseWorkbenchArgs(QStringList{kProgram} + args);
}

// A saved session report, as `mailtls session --json` writes it.
QString writeReport(const QString &fileName)
{
    core::Report r;
    r.toolVersion = QStringLiteral(MAILTLS_VERSION);
    r.kind = QStringLiteral("session");
    r.target.host = QStringLiteral("mx1.example.org");
    r.target.port = 25;
    r.target.dialect = QStringLiteral("smtp");
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.transcript.append({0, core::LineDirection::Server, QStringLiteral("220 mx1.example.org ESMTP")});
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(core::reportToJsonBytes(r)) < 0)
        return QString();
    return fileName;
}

} // namespace

class TestWorkbenchArgs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpAndVersion();
    void unknownOptionIsUsageError();
    void noArgumentsRuns();
    void targets_data();
    void targets();
    void badTargets_data();
    void badTargets();
    void fileAndTargetInEitherOrder();
    void fileMistakes();
    void targetFillsTheBar();
    void fileOpensThenTargetWins();

private:
    QTemporaryDir dir_;
    QString report_;
};

void TestWorkbenchArgs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // recovery copies away from the user's
    QVERIFY(dir_.isValid());
    report_ = writeReport(dir_.filePath(QStringLiteral("session.json")));
    QVERIFY(!report_.isEmpty());
    QVERIFY(QDir::setCurrent(dir_.path()));   // relative names below are relative to here
}

void TestWorkbenchArgs::cleanupTestCase()
{
    QDir(ui::WorkspaceController::recoveryDirectory()).removeRecursively();
}

void TestWorkbenchArgs::helpAndVersion()
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const WorkbenchArgs a = parse({option});
        QCOMPARE(a.action, Action::Help);
        QVERIFY2(a.text.contains(QStringLiteral("mailtls-workbench")), qPrintable(a.text));
        QVERIFY(a.text.contains(QStringLiteral("[FILE] [TARGET]")));
        QVERIFY(a.text.contains(QStringLiteral("smtps://HOST[:PORT]")));
        QVERIFY(a.text.contains(QStringLiteral("--version")));
    }
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const WorkbenchArgs a = parse({option});
        QCOMPARE(a.action, Action::Version);
        QVERIFY2(a.text.startsWith(QStringLiteral("mailtls-workbench " MAILTLS_VERSION " (Qt ")), qPrintable(a.text));
        QVERIFY(a.text.contains(QStringLiteral("OpenSSL 3")));
        QVERIFY(a.text.endsWith(QLatin1Char('\n')));
    }
    // --help answers even beside a mistake.
    QCOMPARE(parse({QStringLiteral("--bogus"), QStringLiteral("--help")}).action, Action::Help);
}

void TestWorkbenchArgs::unknownOptionIsUsageError()
{
    QCOMPARE(app::kUsageExitCode, 2);
    const WorkbenchArgs a = parse({QStringLiteral("--bogus")});
    QCOMPARE(a.action, Action::UsageError);
    QVERIFY2(a.text.contains(QStringLiteral("bogus")), qPrintable(a.text));
    QVERIFY(a.text.contains(QStringLiteral("mailtls-workbench --help")));
    QCOMPARE(a.unknownOptions, QStringList{QStringLiteral("bogus")});
    QVERIFY(!app::isQtGuiOption(QStringLiteral("bogus")));
    // Options QApplication takes itself are unknown to the first look only (main.cpp).
    const WorkbenchArgs qt = parse({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-style=fusion")});
    QCOMPARE(qt.action, Action::UsageError);
    QCOMPARE(qt.unknownOptions, (QStringList{QStringLiteral("platform"), QStringLiteral("style")}));
    for (const QString &option : qt.unknownOptions)
        QVERIFY2(app::isQtGuiOption(option), qPrintable(option));
}

void TestWorkbenchArgs::noArgumentsRuns()
{
    const WorkbenchArgs a = parse({});
    QCOMPARE(a.action, Action::Run);
    QVERIFY(a.file.isEmpty());
    QVERIFY(!a.hasTarget);
}

void TestWorkbenchArgs::targets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("smtp, default port") << "smtp://mail.example.org" << "mail.example.org" << 25 << "smtp" << false;
    QTest::newRow("smtp, port") << "smtp://mail.example.org:587" << "mail.example.org" << 587 << "smtp" << false;
    QTest::newRow("smtp, trailing slash, capitals") << "SMTP://Mail.Example.org:2525/" << "mail.example.org" << 2525 << "smtp" << false;
    QTest::newRow("smtps, default port") << "smtps://mail.example.org" << "mail.example.org" << 465 << "smtp" << true;
    QTest::newRow("smtps, other port") << "smtps://127.0.0.1:10465" << "127.0.0.1" << 10465 << "smtp" << true;
    QTest::newRow("lmtp, default port") << "lmtp://10.0.0.5" << "10.0.0.5" << 24 << "lmtp" << false;
    QTest::newRow("lmtp, port") << "lmtp://lmtp.example.org:2424" << "lmtp.example.org" << 2424 << "lmtp" << false;
    QTest::newRow("submission") << "submission://mail.example.org" << "mail.example.org" << 587 << "smtp" << false;
    QTest::newRow("submissions") << "submissions://mail.example.org" << "mail.example.org" << 465 << "smtp" << true;
    QTest::newRow("imap") << "imap://mail.example.org" << "mail.example.org" << 143 << "imap" << false;
    QTest::newRow("imap, port") << "imap://127.0.0.1:10143" << "127.0.0.1" << 10143 << "imap" << false;
    QTest::newRow("imaps") << "imaps://mail.example.org" << "mail.example.org" << 993 << "imap" << true;
    QTest::newRow("imaps, other port") << "IMAPS://[::1]:10993/" << "::1" << 10993 << "imap" << true;
    QTest::newRow("pop3") << "pop3://mail.example.org" << "mail.example.org" << 110 << "pop3" << false;
    QTest::newRow("pop3s") << "pop3s://mail.example.org" << "mail.example.org" << 995 << "pop3" << true;
    QTest::newRow("pop3s, other port") << "pop3s://mail.example.org:10995" << "mail.example.org" << 10995 << "pop3" << true;
    QTest::newRow("sieve") << "sieve://mail.example.org" << "mail.example.org" << 4190 << "sieve" << false;
    QTest::newRow("host:587 is submission") << "mail.example.org:587" << "mail.example.org" << 587 << "smtp" << false;
    QTest::newRow("host:143 is IMAP") << "mail.example.org:143" << "mail.example.org" << 143 << "imap" << false;
    QTest::newRow("host:993 is IMAPS") << "mail.example.org:993" << "mail.example.org" << 993 << "imap" << true;
    QTest::newRow("host:110 is POP3") << "mail.example.org:110" << "mail.example.org" << 110 << "pop3" << false;
    QTest::newRow("host:995 is POP3S") << "mail.example.org:995" << "mail.example.org" << 995 << "pop3" << true;
    QTest::newRow("host:4190 is ManageSieve") << "mail.example.org:4190" << "mail.example.org" << 4190 << "sieve" << false;
    QTest::newRow("IPv6 in brackets") << "smtp://[2001:db8::25]:2525" << "2001:db8::25" << 2525 << "smtp" << false;
    QTest::newRow("host:port") << "mail.example.org:2525" << "mail.example.org" << 2525 << "smtp" << false;
    QTest::newRow("host:465 is SMTPS") << "mail.example.org:465" << "mail.example.org" << 465 << "smtp" << true;
    QTest::newRow("address:24 is LMTP") << "127.0.0.1:24" << "127.0.0.1" << 24 << "lmtp" << false;
    QTest::newRow("host alone") << "mail.example.org" << "mail.example.org" << 25 << "smtp" << false;
    QTest::newRow("[IPv6]:port") << "[::1]:587" << "::1" << 587 << "smtp" << false;
    QTest::newRow("bare IPv6") << "2001:db8::1" << "2001:db8::1" << 25 << "smtp" << false;
}

void TestWorkbenchArgs::targets()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, dialect);
    QFETCH(bool, implicitTls);
    app::WorkbenchTarget t;
    QString error;
    QVERIFY2(app::parseWorkbenchTarget(text, &t, &error), qPrintable(error));
    QCOMPARE(t.host, host);
    QCOMPARE(int(t.port), port);
    QCOMPARE(t.dialect, dialect);
    QCOMPARE(t.implicitTls, implicitTls);
    // The same text on the command line.
    const WorkbenchArgs a = parse({text});
    QCOMPARE(a.action, Action::Run);
    QVERIFY(a.hasTarget);
    QVERIFY(a.file.isEmpty());
    QCOMPARE(a.target.host, host);
    QCOMPARE(int(a.target.port), port);
    QCOMPARE(a.target.dialect, dialect);
    QCOMPARE(a.target.implicitTls, implicitTls);
    // A bare HOST:PORT takes the mode the CLI takes for that port (core's one table).
    if (!text.contains(QLatin1String("://")) && text.contains(QLatin1Char(':')) && !text.startsWith(QLatin1Char('['))
        && text.count(QLatin1Char(':')) == 1) {
        QCOMPARE(t.dialect, core::defaultDialectForPort(quint16(port)));
        QCOMPARE(t.implicitTls, core::defaultImplicitTlsForPort(quint16(port)));
    }
}

void TestWorkbenchArgs::badTargets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown scheme") << "http://mail.example.org" << "unknown scheme";
    QTest::newRow("unknown scheme names the known") << "imap4://mail.example.org" << "sieve://";
    QTest::newRow("no host") << "smtp://" << "no host";
    QTest::newRow("port 0") << "mail.example.org:0" << "port 0";
    QTest::newRow("port too big") << "mail.example.org:70000" << "not a target";
    QTest::newRow("port not a number") << "mail.example.org:smtp" << "not a target";
    QTest::newRow("empty port") << "mail.example.org:" << "empty port";
    QTest::newRow("user") << "smtp://alice@mail.example.org" << "nothing more";
    QTest::newRow("path") << "smtp://mail.example.org/inbox" << "nothing more";
    QTest::newRow("IPv4 in brackets") << "[192.0.2.1]:25" << "not an IPv6 address";
    QTest::newRow("unclosed bracket") << "[::1:25" << "missing ']'";
    QTest::newRow("bad bare IPv6") << "2001:db8::zz" << "IPv6";
}

void TestWorkbenchArgs::badTargets()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    app::WorkbenchTarget t;
    QString error;
    QVERIFY(!app::parseWorkbenchTarget(text, &t, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    const WorkbenchArgs a = parse({text});
    QCOMPARE(a.action, Action::UsageError);
    QVERIFY2(a.text.contains(text), qPrintable(a.text));
}

void TestWorkbenchArgs::fileAndTargetInEitherOrder()
{
    const QStringList orders[] = {
        {report_, QStringLiteral("smtps://mail.example.org")},
        {QStringLiteral("smtps://mail.example.org"), report_},
        {QStringLiteral("session.json"), QStringLiteral("smtps://mail.example.org")},   // relative
    };
    for (const QStringList &args : orders) {
        const WorkbenchArgs a = parse(args);
        QCOMPARE(a.action, Action::Run);
        QCOMPARE(a.file, report_);
        QVERIFY(a.hasTarget);
        QCOMPARE(a.target.host, QStringLiteral("mail.example.org"));
        QCOMPARE(int(a.target.port), 465);
        QVERIFY(a.target.implicitTls);
    }
    // A file whose name looks like a host is the file.
    QFile hostLike(dir_.filePath(QStringLiteral("mx.example.org")));
    QVERIFY(hostLike.open(QIODevice::WriteOnly));
    hostLike.close();
    const WorkbenchArgs a = parse({QStringLiteral("mx.example.org")});
    QCOMPARE(a.file, hostLike.fileName());
    QVERIFY(!a.hasTarget);
}

void TestWorkbenchArgs::fileMistakes()
{
    const struct {
        QStringList args;
        QString says;
    } cases[] = {
        {{QStringLiteral("missing.json")}, QStringLiteral("no such file")},
        {{QStringLiteral("old.mailtls-workspace")}, QStringLiteral("no such file")},
        {{QStringLiteral("reports/x")}, QStringLiteral("no such file")},
        {{dir_.path()}, QStringLiteral("is a folder")},
        {{report_, report_}, QStringLiteral("one file at a time")},
        {{QStringLiteral("a.example.org"), QStringLiteral("b.example.org")}, QStringLiteral("one target at a time")},
        {{report_, QStringLiteral("a.example.org"), QStringLiteral("b.example.org")}, QStringLiteral("too many arguments")},
    };
    for (const auto &c : cases) {
        const WorkbenchArgs a = parse(c.args);
        QCOMPARE(a.action, Action::UsageError);
        QVERIFY2(a.text.contains(c.says), qPrintable(a.text));
    }
}

void TestWorkbenchArgs::targetFillsTheBar()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::applyWorkbenchArgs(&window, parse({QStringLiteral("lmtp://[::1]:2424")}));
    ui::TargetBar *bar = window.targetBar();
    QCOMPARE(bar->hostEdit()->text(), QStringLiteral("::1"));
    QCOMPARE(bar->portSpin()->value(), 2424);
    QCOMPARE(bar->dialect(), ui::TargetBar::LmtpStartTls);
    const core::SessionOptions o = bar->options();
    QCOMPARE(o.dialect, QStringLiteral("lmtp"));
    QVERIFY(!o.implicitTls);

    app::applyWorkbenchArgs(&window, parse({QStringLiteral("mail.example.org:465")}));
    QCOMPARE(bar->hostEdit()->text(), QStringLiteral("mail.example.org"));
    QCOMPARE(bar->portSpin()->value(), 465);
    QCOMPARE(bar->dialect(), ui::TargetBar::ImplicitTls);
    QVERIFY(window.connectAction()->isEnabled());
    QVERIFY(!window.hasReport());   // nothing connects by itself

    // Every dialect's scheme and bare port: the Mode box shows the mode the target means.
    const struct {
        QString text;
        ui::TargetBar::Dialect mode;
        QString dialect;
        bool implicitTls;
    } modes[] = {
        {QStringLiteral("submission://mail.example.org"), ui::TargetBar::SmtpStartTls, QStringLiteral("smtp"), false},
        {QStringLiteral("submissions://mail.example.org"), ui::TargetBar::ImplicitTls, QStringLiteral("smtp"), true},
        {QStringLiteral("imap://mail.example.org"), ui::TargetBar::ImapStartTls, QStringLiteral("imap"), false},
        {QStringLiteral("imaps://mail.example.org:10993"), ui::TargetBar::ImapImplicitTls, QStringLiteral("imap"), true},
        {QStringLiteral("pop3://mail.example.org"), ui::TargetBar::Pop3StartTls, QStringLiteral("pop3"), false},
        {QStringLiteral("pop3s://mail.example.org"), ui::TargetBar::Pop3ImplicitTls, QStringLiteral("pop3"), true},
        {QStringLiteral("sieve://mail.example.org"), ui::TargetBar::SieveStartTls, QStringLiteral("sieve"), false},
        {QStringLiteral("mail.example.org:993"), ui::TargetBar::ImapImplicitTls, QStringLiteral("imap"), true},
        {QStringLiteral("mail.example.org:110"), ui::TargetBar::Pop3StartTls, QStringLiteral("pop3"), false},
        {QStringLiteral("mail.example.org:4190"), ui::TargetBar::SieveStartTls, QStringLiteral("sieve"), false},
        {QStringLiteral("mail.example.org:587"), ui::TargetBar::SmtpStartTls, QStringLiteral("smtp"), false},
        {QStringLiteral("smtp://mail.example.org"), ui::TargetBar::SmtpStartTls, QStringLiteral("smtp"), false},
    };
    for (const auto &m : modes) {
        app::applyWorkbenchArgs(&window, parse({m.text}));
        QVERIFY2(bar->dialect() == m.mode, qPrintable(m.text));
        const core::SessionOptions opts = bar->options();
        QVERIFY2(opts.dialect == m.dialect, qPrintable(m.text + QStringLiteral(": ") + opts.dialect));
        QVERIFY2(opts.implicitTls == m.implicitTls, qPrintable(m.text));
    }
}

void TestWorkbenchArgs::fileOpensThenTargetWins()
{
    // The report alone: it opens, and its own target is in the bar.
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(window.workspaceController(), &ui::WorkspaceController::fileOpened);
        app::applyWorkbenchArgs(&window, parse({report_}));
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().at(1).toString(), QString());
        QVERIFY(window.hasReport());
        QCOMPARE(window.report().target.host, QStringLiteral("mx1.example.org"));
        QCOMPARE(window.targetBar()->hostEdit()->text(), QStringLiteral("mx1.example.org"));
    }
    // The report and a target: the target goes in after the report has been read.
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(window.workspaceController(), &ui::WorkspaceController::fileOpened);
    app::applyWorkbenchArgs(&window, parse({QStringLiteral("smtps://other.example.net:10465"), report_}));
    QVERIFY(opened.wait(20000));
    QCOMPARE(opened.first().at(1).toString(), QString());
    QVERIFY(window.hasReport());
    QCOMPARE(window.report().target.host, QStringLiteral("mx1.example.org"));
    QCOMPARE(window.targetBar()->hostEdit()->text(), QStringLiteral("other.example.net"));
    QCOMPARE(window.targetBar()->portSpin()->value(), 10465);
    QCOMPARE(window.targetBar()->dialect(), ui::TargetBar::ImplicitTls);
    QVERIFY(window.grab().save(QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(QStringLiteral("workbench_args.png"))));
}

MAILTLS_TEST_MAIN(TestWorkbenchArgs)
#include "test_workbench_args.moc"
