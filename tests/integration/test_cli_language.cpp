// The CLI speaks the user's language: `mailtls session` against a real Exim with LANG set as a
// desktop user has it prints German / Chinese headings, LANG=C (and unset) stays English,
// MAILTLS_LANGUAGE overrides, LANGUAGE is honoured only outside the C locale, and the JSON on
// stdout is the same in every language. The translations are compiled into the binary, so the
// test runs it from a directory that is not the build tree.

#include <QTest>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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
    void errorsAreTranslated();

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
}

MAILTLS_TEST_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
