// The CLI speaks the user's language: `mailtls session` against a real Exim with LANG set as a
// desktop user has it prints German / Chinese headings, LANG=C (and unset) stays English,
// MAILTLS_LANGUAGE overrides, LANGUAGE is honoured only outside the C locale, and the JSON on
// stdout is the same in every language. The translations are compiled into the binary, so the
// test runs it from a directory that is not the build tree.

#include <QTest>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::test;

namespace {

struct Locale {
    QByteArray lang, lcAll, lcMessages, language, override_;
};

// Runs the CLI with exactly these locale variables (the others unset), from a scratch folder.
ToolResult runIn(const Locale &l, const QStringList &args)
{
    const char *names[] = {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "MAILTLS_LANGUAGE"};
    const QByteArray values[] = {l.lang, l.lcAll, l.lcMessages, l.language, l.override_};
    QByteArray saved[5];
    bool had[5];
    for (int i = 0; i < 5; ++i) {
        had[i] = qEnvironmentVariableIsSet(names[i]);
        saved[i] = qgetenv(names[i]);
        if (values[i].isEmpty())
            qunsetenv(names[i]);
        else
            qputenv(names[i], values[i]);
    }
    QTemporaryDir elsewhere;
    const QString before = QDir::currentPath();
    QDir::setCurrent(elsewhere.path());
    const ToolResult result = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, 30000);
    QDir::setCurrent(before);
    for (int i = 0; i < 5; ++i) {
        if (had[i])
            qputenv(names[i], saved[i]);
        else
            qunsetenv(names[i]);
    }
    return result;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanSession();
    void chineseSessions();
    void englishForCAndUnset();
    void overrideAndLanguageList();
    void jsonIsTheSameInEveryLanguage();
    void findingsAreTranslated();
    void errorsAreTranslated();
    void helpIsTranslated_data();
    void helpIsTranslated();
    void usageErrorsAreTranslated();

private:
    QStringList sessionArgs() const;
    std::unique_ptr<EximServer> exim_;
};

QStringList TestCliLanguage::sessionArgs() const
{
    const TestPki &pki = TestPki::instance();
    return {QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(exim_->port()), QStringLiteral("--ca-file"),
            pki.caFile(), QStringLiteral("--servername"), QStringLiteral("localhost"), QStringLiteral("--ehlo"),
            QStringLiteral("mailtls.test"), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--no-color")};
}

void TestCliLanguage::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    exim_ = std::make_unique<EximServer>(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim_->start(&error), qPrintable(error));
}

void TestCliLanguage::germanSession()
{
    const ToolResult run = runIn({"de_DE.UTF-8", {}, {}, {}, {}}, sessionArgs());
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QString out = QString::fromUtf8(run.out);
    for (const char *heading : {"Ziel\n", "Mitschnitt\n", "Zertifikatskette (", "EHLO vor und nach STARTTLS\n"})
        QVERIFY2(out.contains(QString::fromUtf8(heading)), qPrintable(QStringLiteral("%1 missing in:\n%2").arg(QString::fromUtf8(heading), out)));
    QVERIFY2(out.contains(QLatin1String("  Modus               SMTP mit STARTTLS\n")), qPrintable(out));
    // Translated labels keep the value column (20 columns of label).
    QVERIFY2(out.contains(QStringLiteral("  Schlüsselaustausch  x25519\n")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("Befund")));   // "Befunde (n)" or "Keine Befunde."
    QVERIFY2(!out.contains(QLatin1String("Target\n")) && !out.contains(QLatin1String("Transcript\n")), qPrintable(out));
    // What the server said is not translated, and stays escaped: Exim's banner comes through.
    QVERIFY2(out.contains(QLatin1String("S: 220 ")), qPrintable(out));
    QVERIFY(!out.contains(QLatin1Char('\x1b')));
}

void TestCliLanguage::chineseSessions()
{
    const ToolResult cn = runIn({"zh_CN.UTF-8", {}, {}, {}, {}}, sessionArgs());
    QVERIFY2(cn.ok(), qPrintable(cn.describe()));
    const QString cnOut = QString::fromUtf8(cn.out);
    QVERIFY2(cnOut.contains(QStringLiteral("目标\n")) && cnOut.contains(QStringLiteral("证书链")), qPrintable(cnOut));
    // Labels are padded by terminal columns: 主机 is four columns wide, so 16 spaces follow.
    QVERIFY2(cnOut.contains(QStringLiteral("  主机") + QString(16, QLatin1Char(' ')) + QStringLiteral("127.0.0.1\n")), qPrintable(cnOut));

    const ToolResult tw = runIn({"zh_TW.UTF-8", {}, {}, {}, {}}, sessionArgs());
    QVERIFY2(tw.ok(), qPrintable(tw.describe()));
    const QString twOut = QString::fromUtf8(tw.out);
    QVERIFY2(twOut.contains(QStringLiteral("目標\n")) && twOut.contains(QStringLiteral("憑證鏈")), qPrintable(twOut));
    // Hong Kong writes traditional characters too.
    const ToolResult hk = runIn({"zh_HK.UTF-8", {}, {}, {}, {}}, sessionArgs());
    QVERIFY2(QString::fromUtf8(hk.out).contains(QStringLiteral("目標\n")), qPrintable(hk.describe()));
}

void TestCliLanguage::englishForCAndUnset()
{
    for (const Locale &l : {Locale{"C", {}, {}, {}, {}}, Locale{"POSIX", {}, {}, {}, {}}, Locale{}, Locale{"C.UTF-8", {}, {}, {}, {}},
                            Locale{"de_DE.UTF-8", "C", {}, {}, {}}, Locale{"fr_FR.UTF-8", {}, {}, {}, {}}}) {
        const ToolResult run = runIn(l, sessionArgs());
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("Target\n")) && out.contains(QLatin1String("  Mode                SMTP with STARTTLS\n")),
                 qPrintable(QStringLiteral("LANG=%1 LC_ALL=%2:\n%3").arg(QString::fromUtf8(l.lang), QString::fromUtf8(l.lcAll), out)));
    }
}

void TestCliLanguage::overrideAndLanguageList()
{
    // MAILTLS_LANGUAGE (the window's override) wins, even over the C locale.
    QVERIFY(QString::fromUtf8(runIn({"C", {}, {}, {}, "de"}, sessionArgs()).out).contains(QLatin1String("Ziel\n")));
    // LC_ALL over LC_MESSAGES over LANG.
    QVERIFY(QString::fromUtf8(runIn({"en_US.UTF-8", "de_DE.UTF-8", {}, {}, {}}, sessionArgs()).out).contains(QLatin1String("Ziel\n")));
    QVERIFY(QString::fromUtf8(runIn({"en_US.UTF-8", {}, "zh_TW.UTF-8", {}, {}}, sessionArgs()).out).contains(QStringLiteral("目標\n")));
    // LANGUAGE: the first entry with a translation, but not in the C locale.
    QVERIFY(QString::fromUtf8(runIn({"en_US.UTF-8", {}, {}, "fr:de:en", {}}, sessionArgs()).out).contains(QLatin1String("Ziel\n")));
    QVERIFY(QString::fromUtf8(runIn({"C", {}, {}, "de", {}}, sessionArgs()).out).contains(QLatin1String("Target\n")));
}

void TestCliLanguage::jsonIsTheSameInEveryLanguage()
{
    const QStringList args = sessionArgs() + QStringList{QStringLiteral("--json"), QStringLiteral("-")};
    const ToolResult de = runIn({"de_DE.UTF-8", {}, {}, {}, {}}, args);
    QVERIFY2(de.ok(), qPrintable(de.describe()));
    const QJsonObject root = QJsonDocument::fromJson(de.out).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.report/1"));
    QVERIFY2(!de.out.contains("Ziel") && !de.out.contains("Befund"), de.out.constData());
}

void TestCliLanguage::findingsAreTranslated()
{
    // Without --ca-file the test CA is unknown: the session has findings. Their titles and
    // details are core's English in the JSON of every language, and the human output shows
    // them in German / Chinese (the same values filled in).
    QStringList args = sessionArgs();
    args.removeAt(args.indexOf(QStringLiteral("--ca-file")) + 1);
    args.removeOne(QStringLiteral("--ca-file"));
    const ToolResult en = runIn({"C", {}, {}, {}, {}}, args + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(en.exitCode == 0 || en.exitCode == 1, qPrintable(en.describe()));
    const QJsonArray findings = QJsonDocument::fromJson(en.out).object().value(QStringLiteral("findings")).toArray();
    QVERIFY2(!findings.isEmpty(), en.out.constData());
    for (const char *lang : {"de_DE.UTF-8", "zh_CN.UTF-8", "zh_TW.UTF-8"}) {
        const ToolResult human = runIn({lang, {}, {}, {}, {}}, args);
        const QString out = QString::fromUtf8(human.out);
        const ToolResult json = runIn({lang, {}, {}, {}, {}}, args + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
        const QJsonArray again = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(again.size(), findings.size());
        for (int i = 0; i < findings.size(); ++i) {
            const QJsonObject f = findings.at(i).toObject();
            const QString id = f.value(QStringLiteral("id")).toString();
            const QString title = f.value(QStringLiteral("title")).toString();
            // The contract text is the same in every language.
            QCOMPARE(again.at(i).toObject().value(QStringLiteral("title")).toString(), title);
            QCOMPARE(again.at(i).toObject().value(QStringLiteral("detail")).toString(),
                     f.value(QStringLiteral("detail")).toString());
            // The human line "[SEV]  id  title" carries the translated title.
            const int at = out.indexOf(QLatin1Char(' ') + id + QStringLiteral("  "));
            QVERIFY2(at >= 0, qPrintable(id + QLatin1Char('\n') + out));
            const QString shown = out.mid(at + id.size() + 3).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(!shown.isEmpty() && shown != title, qPrintable(QStringLiteral("%1 (%2): \"%3\"").arg(id, QString::fromUtf8(lang), shown)));
            QVERIFY2(!shown.contains(QRegularExpression(QStringLiteral("%[0-9]"))) || title.contains(QLatin1Char('%')),
                     qPrintable(shown));
            const QString detailHead = f.value(QStringLiteral("detail")).toString().left(40);
            QVERIFY2(detailHead.size() < 20 || !out.contains(detailHead), qPrintable(out));
        }
    }
}

void TestCliLanguage::errorsAreTranslated()
{
    const ToolResult de = runIn({"de_DE.UTF-8", {}, {}, {}, {}}, {QStringLiteral("frobnicate")});
    QCOMPARE(de.exitCode, 2);
    QVERIFY2(QString::fromUtf8(de.err).contains(QLatin1String("unbekannter Befehl 'frobnicate'")), de.err.constData());
    const ToolResult c = runIn({"C", {}, {}, {}, {}}, {QStringLiteral("frobnicate")});
    QVERIFY2(QString::fromUtf8(c.err).contains(QLatin1String("unknown command 'frobnicate'")), c.err.constData());
    // A name a user typed comes back escaped in any language.
    const ToolResult esc = runIn({"zh_CN.UTF-8", {}, {}, {}, {}}, {QStringLiteral("bad\x1b[2Jname")});
    QVERIFY2(QString::fromUtf8(esc.err).contains(QStringLiteral("未知命令")), esc.err.constData());
    QVERIFY2(!esc.err.contains('\x1b'), esc.err.constData());

    // Why a connection failed comes from core (its English is the report's contract text): the
    // line on stderr is in the admin's language, the JSON's outcome.error the same English in
    // every language. Only MAILTLS_LANGUAGE is set, so the OS's own words (strerror) stay C.
    const RefusingPort refusing;
    QVERIFY(refusing.port() != 0);
    const QString port = QString::number(refusing.port());
    const QStringList refused = {QStringLiteral("session"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--timeout"),
                                 QStringLiteral("10"), QStringLiteral("--no-color")};
    auto errorLine = [](const ToolResult &run) {
        const QStringList lines = QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last();
    };
    const ToolResult enRun = runIn({{}, {}, {}, {}, "en"}, refused);
    QCOMPARE(enRun.exitCode, 3);
    const QString english = errorLine(enRun);
    QCOMPARE(english, QStringLiteral("mailtls: cannot connect to 127.0.0.1:%1: connection refused").arg(port));
    const ToolResult cRun = runIn({"C", {}, {}, {}, {}}, refused);
    QCOMPARE(cRun.exitCode, 3);
    QCOMPARE(errorLine(cRun), english);
    struct Expected {
        QByteArray language;
        QString sentence;   // core's sentence (core/net/connection.cpp) in that language
    };
    for (const Expected &e : {Expected{"de", QStringLiteral("keine Verbindung zu 127.0.0.1 Port %1 möglich: ").arg(port)},
                              Expected{"zh_CN", QStringLiteral("无法连接到 127.0.0.1 端口 %1：").arg(port)}}) {
        const ToolResult run = runIn({{}, {}, {}, {}, e.language}, refused);
        QCOMPARE(run.exitCode, 3);
        const QString line = errorLine(run);
        QVERIFY2(line != english && !line.contains(QLatin1String("cannot connect")), qPrintable(line));
        QVERIFY2(line.startsWith(QLatin1String("mailtls: ") + e.sentence),
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(e.language), line)));
        QVERIFY2(line.contains(QLatin1String("onnection refused")), qPrintable(line));   // the OS's words are a value
        QVERIFY2(!line.contains(QRegularExpression(QStringLiteral("%[0-9]"))), qPrintable(line));
        // The summary on stdout ("failed: ...") shows the same sentence.
        QVERIFY2(QString::fromUtf8(run.out).contains(e.sentence), run.out.constData());
    }
    // The JSON: outcome.error byte for byte the same in every language.
    const QStringList json = refused + QStringList{QStringLiteral("--json"), QStringLiteral("-")};
    QString contract;
    for (const Locale &l : {Locale{{}, {}, {}, {}, "en"}, Locale{"C", {}, {}, {}, {}}, Locale{{}, {}, {}, {}, "de"},
                            Locale{{}, {}, {}, {}, "zh_CN"}, Locale{{}, {}, {}, {}, "zh_TW"}}) {
        const ToolResult run = runIn(l, json);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject outcome = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("outcome")).toObject();
        const QString error = outcome.value(QStringLiteral("error")).toString();
        QVERIFY2(!error.isEmpty(), run.out.constData());
        if (contract.isEmpty())
            contract = error;
        QCOMPARE(error, contract);
        QCOMPARE(outcome.value(QStringLiteral("error_reason")).toString(), QStringLiteral("refused"));
    }
    QVERIFY2(contract.startsWith(QLatin1String("cannot connect to 127.0.0.1 port ") + port + QLatin1Char(':')), qPrintable(contract));

    // A file that is not there, in German; English without a language.
    const QString missing = QStringLiteral("/nonexistent-mailtls-%1.pem").arg(port);
    const ToolResult deFile = runIn({{}, {}, {}, {}, "de"}, {QStringLiteral("cert"), QStringLiteral("inspect"), missing});
    QCOMPARE(deFile.exitCode, 2);
    QVERIFY2(QString::fromUtf8(deFile.err).contains(missing + QStringLiteral(": Datei nicht vorhanden")), deFile.err.constData());
    QVERIFY2(!deFile.err.contains("no such file"), deFile.err.constData());
    const ToolResult cFile = runIn({"C", {}, {}, {}, {}}, {QStringLiteral("cert"), QStringLiteral("inspect"), missing});
    QCOMPARE(cFile.exitCode, 2);
    QVERIFY2(QString::fromUtf8(cFile.err).contains(missing + QStringLiteral(": no such file")), cFile.err.constData());
}

namespace {

// A help text without its whitespace: Qt wraps option descriptions at any column (and Chinese
// between any two characters), so phrases are compared with the breaks taken out.
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

// Every option name (--json, -q) a help text lists in its left column: followed by its <VALUE>,
// two spaces or the line end (a paragraph line that starts with "--resume FILE" is not one).
QStringList optionNames(const QString &help)
{
    QStringList names;
    static const QRegularExpression option(QStringLiteral("^ {1,4}(?:(-[A-Za-z0-9]), )?(--[a-z0-9-]+)(?= <| {2,}|$)"),
                                           QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty())
            names << m.captured(1);
        names << m.captured(2);
    }
    return names;
}

} // namespace

// `mailtls --help` and the subcommands' --help in German and Chinese: Qt's own headings
// ("Options:", "Arguments:") and our descriptions, usage lines, exit codes and examples, with
// every option name, placeholder and command line left as it is.
void TestCliLanguage::helpIsTranslated_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<QStringList>("englishGone");
    const QStringList top = {QStringLiteral("Show this help and exit."), QStringLiteral("Exit codes"), QStringLiteral("Options:")};
    QTest::newRow("de mailtls") << QByteArray("de") << QStringList()
                                << QStringList{QStringLiteral("Aufruf: mailtls COMMAND [options]"), QStringLiteral("Befehle:"),
                                               QStringLiteral("Optionen:"), QStringLiteral("eine echte Sitzung: Mitschnitt, Handshake, Kette, Befunde"),
                                               QStringLiteral("Exit-Codes: 0 ok")}
                                << QStringList{QStringLiteral("Commands:"), QStringLiteral("Exit codes"), QStringLiteral("Options:")};
    QTest::newRow("de scan") << QByteArray("de") << QStringList{QStringLiteral("scan")}
                             << QStringList{QStringLiteral("Aufruf: mailtls scan [options] HOST[:PORT]"), QStringLiteral("Optionen:"),
                                            QStringLiteral("Argumente:"), QStringLiteral("Diese Hilfe anzeigen und beenden."),
                                            QStringLiteral("Scannt die TLS-Seite eines Mailservers"),
                                            QStringLiteral("Mailprotokoll vor TLS: smtp, lmtp, imap, pop3, sieve, none oder auto"),
                                            QStringLiteral("Exit-Codes:"), QStringLiteral("Beispiele:"),
                                            QStringLiteral("mailtls scan 127.0.0.1:2525 --json - | jq .scan.ciphers")}
                             << top;
    QTest::newRow("de session") << QByteArray("de") << QStringList{QStringLiteral("session")}
                                << QStringList{QStringLiteral("Aufruf: mailtls session [options] HOST[:PORT]"), QStringLiteral("Optionen:"),
                                               QStringLiteral("Führt eine echte Sitzung mit einem Mailserver"), QStringLiteral("Ports und Dialekte:"),
                                               QStringLiteral("Nach TLS als USER authentifizieren (braucht --auth-pass-file)."),
                                               QStringLiteral("Exit-Codes:")}
                                << top;
    QTest::newRow("de fleet") << QByteArray("de") << QStringList{QStringLiteral("fleet")}
                              << QStringList{QStringLiteral("Aufruf: mailtls fleet [options] FILE|-"), QStringLiteral("Beschäftigte Hosts:")}
                              << top;
    QTest::newRow("zh_CN mailtls") << QByteArray("zh_CN.UTF-8") << QStringList()
                                   << QStringList{QStringLiteral("用法：mailtls COMMAND [options]"), QStringLiteral("命令："),
                                                  QStringLiteral("选项："), QStringLiteral("退出码：")}
                                   << QStringList{QStringLiteral("Commands:"), QStringLiteral("Exit codes"), QStringLiteral("Options:")};
    QTest::newRow("zh_CN scan") << QByteArray("zh_CN.UTF-8") << QStringList{QStringLiteral("scan")}
                                << QStringList{QStringLiteral("用法：mailtls scan [options] HOST[:PORT]"), QStringLiteral("选项："),
                                               QStringLiteral("参数："), QStringLiteral("显示此帮助并退出。"),
                                               QStringLiteral("扫描邮件服务器的 TLS 一侧"), QStringLiteral("退出码："), QStringLiteral("示例：")}
                                << top;
    QTest::newRow("zh_CN session") << QByteArray("zh_CN.UTF-8") << QStringList{QStringLiteral("session")}
                                   << QStringList{QStringLiteral("用法：mailtls session [options] HOST[:PORT]"),
                                                  QStringLiteral("与邮件服务器进行一次真实会话"), QStringLiteral("端口和方言："),
                                                  QStringLiteral("退出码：")}
                                   << top;
    QTest::newRow("zh_TW compare") << QByteArray("zh_TW.UTF-8") << QStringList{QStringLiteral("compare")}
                                   << QStringList{QStringLiteral("用法：mailtls compare"), QStringLiteral("選項："),
                                                  QStringLiteral("結束代碼："), QStringLiteral("範例：")}
                                   << top;
}

void TestCliLanguage::helpIsTranslated()
{
    QFETCH(QByteArray, language);
    QFETCH(QStringList, command);
    QFETCH(QStringList, phrases);
    QFETCH(QStringList, englishGone);
    const QStringList args = command + QStringList{QStringLiteral("--help")};
    const ToolResult english = runIn({"C", {}, {}, {}, {}}, args);
    QVERIFY2(english.ok(), qPrintable(english.describe()));
    // MAILTLS_LANGUAGE=en is byte for byte the C locale's text (what docs/man is checked against).
    const ToolResult en = runIn({"de_DE.UTF-8", {}, {}, {}, "en"}, args);
    QCOMPARE(en.out, english.out);
    const ToolResult run = runIn({{}, {}, {}, {}, language}, args);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QString text = QString::fromUtf8(run.out);
    for (const QString &phrase : phrases)
        QVERIFY2(squeezed(text).contains(squeezed(phrase)), qPrintable(phrase + QLatin1String("\n---\n") + text));
    for (const QString &phrase : englishGone)
        QVERIFY2(!text.contains(phrase), qPrintable(phrase + QLatin1String("\n---\n") + text));
    const QStringList names = optionNames(QString::fromUtf8(english.out));
    QVERIFY2(names.size() >= 2, english.out.constData());
    QCOMPARE(optionNames(text), names);
}

// Usage errors, ours and QCommandLineParser's, in the user's language.
void TestCliLanguage::usageErrorsAreTranslated()
{
    const ToolResult unknown = runIn({"de_DE.UTF-8", {}, {}, {}, {}}, {QStringLiteral("scan"), QStringLiteral("--bogus")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(QString::fromUtf8(unknown.err).contains(QStringLiteral("Unbekannte Option „bogus“")), unknown.err.constData());
    const ToolResult missing = runIn({"de_DE.UTF-8", {}, {}, {}, {}}, {QStringLiteral("session")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(QString::fromUtf8(missing.err).contains(QStringLiteral("HOST[:PORT] fehlt")), missing.err.constData());
    const ToolResult value = runIn({"zh_CN.UTF-8", {}, {}, {}, {}}, {QStringLiteral("session"), QStringLiteral("--timeout")});
    QCOMPARE(value.exitCode, 2);
    QVERIFY2(QString::fromUtf8(value.err).contains(QStringLiteral("后缺少值")), value.err.constData());
    const ToolResult c = runIn({"C", {}, {}, {}, {}}, {QStringLiteral("scan"), QStringLiteral("--bogus")});
    QVERIFY2(QString::fromUtf8(c.err).contains(QLatin1String("Unknown option 'bogus'")), c.err.constData());
}

MAILTLS_TEST_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
