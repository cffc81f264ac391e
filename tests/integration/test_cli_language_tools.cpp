// The CLI's tools speak the user's language too: `mailtls cert --help` and a subcommand's option
// descriptions, `mailtls queue` on a real Exim listing (the fuzz corpus sample), the `mailtls
// fleet` table against a real Exim plus a refusing port, and the verdict words of `mailtls
// domain` (its resolver refuses, so every verdict is "unknown": the words and labels are what is
// checked, not DNS). The default stays English; JSON and the records to publish are the same
// bytes in every language.

#include <QTest>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

#include "test_pki.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::test;

namespace {

// Runs the CLI with MAILTLS_LANGUAGE = `language` ("en", "de", "zh_CN"), the other locale
// variables unset, so the machine's own locale plays no part.
ToolResult runLang(const QByteArray &language, const QStringList &args, int timeoutMs = 60000)
{
    const char *names[] = {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "MAILTLS_LANGUAGE"};
    QByteArray saved[5];
    bool had[5];
    for (int i = 0; i < 5; ++i) {
        had[i] = qEnvironmentVariableIsSet(names[i]);
        saved[i] = qgetenv(names[i]);
        qunsetenv(names[i]);
    }
    qputenv("MAILTLS_LANGUAGE", language);
    const ToolResult result = runTool(QStringLiteral(MAILTLS_CLI_PATH), args, {}, timeoutMs);
    for (int i = 0; i < 5; ++i) {
        if (had[i])
            qputenv(names[i], saved[i]);
        else
            qunsetenv(names[i]);
    }
    return result;
}

QString text(const ToolResult &r)
{
    return QString::fromUtf8(r.out);
}

QString queueSample()
{
    return QStringLiteral(MAILTLS_SOURCE_DIR "/tests/fuzz/corpus/fuzz_mail_queue/exim-bp");
}

// A JSON value without what differs from run to run: the times (`keys`, and every "..._ms"
// duration at any depth).
QJsonValue withoutTimes(const QJsonValue &v, const QStringList &keys)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(withoutTimes(e, keys));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()) && !it.key().endsWith(QLatin1String("_ms")))
            out.insert(it.key(), withoutTimes(it.value(), keys));
    }
    return out;
}

QJsonObject withoutTimes(const QJsonObject &o, const QStringList &keys)
{
    return withoutTimes(QJsonValue(o), keys).toObject();
}

// The bytes of a JSON document without its "created_at" line (the rest must be byte-identical).
QByteArray withoutCreatedAt(QByteArray json)
{
    static const QRegularExpression line(QStringLiteral("\n *\"created_at\": \"[^\"]*\",?"));
    return QString::fromUtf8(json).remove(line).toUtf8();
}

} // namespace

class TestCliLanguageTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void certHelp();
    void queueListing();
    void recordsStayTheSame();
    void fleetTable();
    void domainVerdictWords();
};

void TestCliLanguageTools::certHelp()
{
    const ToolResult en = runLang("en", {QStringLiteral("cert"), QStringLiteral("--help")});
    QVERIFY2(en.ok(), qPrintable(en.describe()));
    QVERIFY2(text(en).startsWith(QLatin1String("Usage: mailtls cert SUBCOMMAND [options]\n")), qPrintable(text(en)));
    QVERIFY(text(en).contains(QLatin1String("\nSubcommands:\n")));

    const ToolResult de = runLang("de", {QStringLiteral("cert"), QStringLiteral("--help")});
    QVERIFY2(de.ok(), qPrintable(de.describe()));
    QVERIFY2(text(de).startsWith(QLatin1String("Aufruf: mailtls cert UNTERBEFEHL [Optionen]\n")), qPrintable(text(de)));
    QVERIFY2(text(de).contains(QStringLiteral("\nUnterbefehle:\n")) && !text(de).contains(QLatin1String("Subcommands")),
             qPrintable(text(de)));
    // Subcommand names and option names stay as they are typed.
    for (const char *word : {"  inspect FILE...", "  ca sign ", "  pkcs12 ", "--parent-ca-dir", "--fail-on"})
        QVERIFY2(text(de).contains(QLatin1String(word)), word);

    // A subcommand's own help: description, option texts and the shared epilogue.
    const ToolResult key = runLang("de", {QStringLiteral("cert"), QStringLiteral("key"), QStringLiteral("--help")});
    QVERIFY2(key.ok(), qPrintable(key.describe()));
    const QString k = text(key);
    QVERIFY2(k.startsWith(QLatin1String("Aufruf: mailtls cert key --type TYPE --out FILE")), qPrintable(k));
    QVERIFY2(k.contains(QStringLiteral("Erzeugt einen privaten Schlüssel")), qPrintable(k));
    QVERIFY2(k.contains(QLatin1String("--passphrase-file <FILE>")), qPrintable(k));
    QVERIFY2(k.contains(QStringLiteral("\nBeispiel:\n  mailtls cert key --type ec-p256 --out /etc/exim4/ecdsa.key\n")), qPrintable(k));
    QVERIFY2(k.contains(QLatin1String("Exit-Codes: 0 geschrieben")), qPrintable(k));

    // A usage error in Chinese still names the option as typed.
    const ToolResult cn = runLang("zh_CN", {QStringLiteral("cert"), QStringLiteral("key"), QStringLiteral("--type"), QStringLiteral("ec-p256")});
    QCOMPARE(cn.exitCode, 2);
    QVERIFY2(QString::fromUtf8(cn.err).contains(QStringLiteral("必须指定 --out FILE")), qPrintable(QString::fromUtf8(cn.err)));
}

void TestCliLanguageTools::queueListing()
{
    const QStringList args{QStringLiteral("queue"), queueSample(), QStringLiteral("--no-color")};
    const ToolResult en = runLang("en", args);
    QVERIFY2(en.ok(), qPrintable(en.describe()));
    QVERIFY2(text(en).startsWith(QLatin1String("Queue: 2 messages waiting, 2 recipients not delivered, 1 frozen; oldest 4d\n")),
             qPrintable(text(en)));
    QVERIFY2(text(en).contains(QLatin1String("\n  DOMAIN       MESSAGES   WAITING  OLDEST  FROZEN\n")), qPrintable(text(en)));

    const ToolResult de = runLang("de", args);
    QVERIFY2(de.ok(), qPrintable(de.describe()));
    const QString d = text(de);
    QVERIFY2(d.startsWith(QStringLiteral("Warteschlange: 2 Nachrichten wartend, 2 Empfänger nicht zugestellt, 1 eingefroren; "
                                         "älteste 4d\n")),
             qPrintable(d));
    for (const char *s : {"\nNach Zieldomain (am meisten Feststeckende zuerst)\n", "NACHRICHTEN", "\nNach Alter\n",
                          "\nEingefrorene Nachrichten\n", "  von <>  an postmaster@example.org\n"})
        QVERIFY2(d.contains(QString::fromUtf8(s)), qPrintable(QString::fromUtf8(s) + QStringLiteral(" missing in:\n") + d));
    // What the listing said stays as it was: ids, addresses, Exim's ages.
    QVERIFY2(d.contains(QLatin1String("1sIXS3-000000069nP-2yYi  4d  512")), qPrintable(d));

    const ToolResult cn = runLang("zh_CN", args);
    QVERIFY2(cn.ok(), qPrintable(cn.describe()));
    const QString c = text(cn);
    QVERIFY2(c.startsWith(QStringLiteral("队列：2 封邮件 等待中")), qPrintable(c));
    QVERIFY2(c.contains(QStringLiteral("\n冻结的邮件\n")), qPrintable(c));
    // The table keeps its columns: each header ends where the numbers below it end (CJK
    // characters take two columns).
    const QStringList lines = c.split(QLatin1Char('\n'));
    int header = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QStringLiteral("  域名")))
            header = i;
    }
    QVERIFY2(header >= 0, qPrintable(c));
    auto columns = [](const QString &s) {
        int n = 0;
        for (const QChar ch : s)
            n += ch.unicode() >= 0x2E80 ? 2 : 1;
        return n;
    };
    QCOMPARE(columns(lines.at(header)), columns(lines.at(header + 1)));

    // --json - is the same in every language (but for the moment it was read).
    const QStringList json{QStringLiteral("queue"), queueSample(), QStringLiteral("--json"), QStringLiteral("-")};
    QJsonObject first;
    for (const QByteArray &lang : {QByteArray("en"), QByteArray("de"), QByteArray("zh_CN"), QByteArray("zh_TW")}) {
        const ToolResult r = runLang(lang, json);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject doc = withoutTimes(QJsonDocument::fromJson(r.out).object(), {QStringLiteral("read_at")});
        QVERIFY2(!doc.isEmpty(), r.out.constData());
        if (first.isEmpty())
            first = doc;
        QVERIFY2(doc == first, lang.constData());
    }
}

void TestCliLanguageTools::recordsStayTheSame()
{
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    const QStringList args{QStringLiteral("records"), QStringLiteral("--domain"), QStringLiteral("example.org"), QStringLiteral("--mx"),
                           QStringLiteral("mx.example.org"), QStringLiteral("--cert"), pki.rsaLeaf().chainFile,
                           QStringLiteral("--sts-id"), QStringLiteral("20261206T093000"), QStringLiteral("--rua"),
                           QStringLiteral("mailto:tls-reports@example.org")};
    QByteArray jsonEn;
    QStringList recordLines;
    for (const QByteArray &lang : {QByteArray("en"), QByteArray("de"), QByteArray("zh_CN")}) {
        const ToolResult json = runLang(lang, args + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(json.ok(), qPrintable(json.describe()));
        QVERIFY2(json.out.contains("\"created_at\""), json.out.constData());
        if (jsonEn.isEmpty())
            jsonEn = withoutCreatedAt(json.out);
        QCOMPARE(withoutCreatedAt(json.out), jsonEn);   // byte for byte, but for when it was made

        // The text: every zone line and policy line is the same bytes in every language.
        const ToolResult t = runLang(lang, args);
        QVERIFY2(t.ok(), qPrintable(t.describe()));
        QStringList zone;
        for (const QString &line : text(t).split(QLatin1Char('\n'))) {
            const QString l = line.trimmed();
            if (l.contains(QLatin1String(" IN TLSA ")) || l.contains(QLatin1String(" IN TXT ")) || l.startsWith(QLatin1String("version: STSv1"))
                || l.startsWith(QLatin1String("mode: ")) || l.startsWith(QLatin1String("max_age: ")))
                zone << line;
        }
        QVERIFY2(!zone.isEmpty(), qPrintable(text(t)));
        if (recordLines.isEmpty())
            recordLines = zone;
        QCOMPARE(zone, recordLines);
    }
}

void TestCliLanguageTools::fleetTable()
{
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    EximServer exim(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    RefusingPort refusing;
    QVERIFY(refusing.port() != 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString list = dir.filePath(QStringLiteral("partners.txt"));
    {
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("127.0.0.1:%1\n127.0.0.1:%2\n").arg(exim.port()).arg(refusing.port()).toUtf8());
    }
    const QStringList args{QStringLiteral("fleet"), list, QStringLiteral("--ca-file"), pki.caFile(), QStringLiteral("--ehlo"),
                           QStringLiteral("mailtls.test"), QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--no-color")};

    const ToolResult en = runLang("en", args, 120000);
    QVERIFY2(en.finished, qPrintable(en.describe()));
    QVERIFY2(text(en).startsWith(QLatin1String("TARGET ")) && text(en).contains(QLatin1String("  RESULT ")), qPrintable(text(en)));
    QVERIFY2(text(en).contains(QLatin1String("\nTotal: 2 targets, ")), qPrintable(text(en)));

    const ToolResult de = runLang("de", args, 120000);
    QVERIFY2(de.finished, qPrintable(de.describe()));
    QCOMPARE(de.exitCode, en.exitCode);
    const QString d = text(de);
    QVERIFY2(d.startsWith(QLatin1String("ZIEL ")), qPrintable(d));
    for (const char *s : {"  ERGEBNIS ", "  SCHWERSTER BEFUND ", "  ZERT. ", "ZEIT\n", "\nGesamt: 2 Ziele, ", " nicht erreichbar; "})
        QVERIFY2(d.contains(QString::fromUtf8(s)), qPrintable(QString::fromUtf8(s) + QStringLiteral(" missing in:\n") + d));
    // The negotiated version and suite stay as the peer named them.
    QVERIFY2(d.contains(QLatin1String("TLSv1.3 TLS_")), qPrintable(d));
    QVERIFY2(!d.contains(QLatin1String("TARGET")) && !d.contains(QLatin1String("Total:")), qPrintable(d));
    // The progress lines on stderr are the same "fleet: n/N" lines.
    QCOMPARE(QString::fromUtf8(de.err).count(QRegularExpression(QStringLiteral("^fleet: \\d/2 "), QRegularExpression::MultilineOption)), 2);

    const ToolResult cn = runLang("zh_CN", args, 120000);
    QVERIFY2(cn.finished, qPrintable(cn.describe()));
    const QString c = text(cn);
    QVERIFY2(c.startsWith(QStringLiteral("目标")) && c.contains(QStringLiteral("最严重的发现")) && c.contains(QStringLiteral("\n总计：2 个目标")),
             qPrintable(c));
    // The columns stay aligned: "TIME"/耗时 starts in the same terminal column in both.
    auto columnOf = [](const QString &line, const QString &word) {
        const int at = line.indexOf(word);
        int n = 0;
        for (int i = 0; i < at; ++i)
            n += line.at(i).unicode() >= 0x2E80 ? 2 : 1;
        return n;
    };
    QCOMPARE(columnOf(c.section(QLatin1Char('\n'), 0, 0), QStringLiteral("耗时")),
             columnOf(text(en).section(QLatin1Char('\n'), 0, 0), QStringLiteral("TIME")));
}

void TestCliLanguageTools::domainVerdictWords()
{
    // Bound on TCP, nothing on UDP: every query to this resolver is refused, so the verdicts are
    // "unknown" for every kind of sender, at once.
    RefusingPort refusing;
    QVERIFY(refusing.port() != 0);
    // A trust anchor of our own (the root zone's KSK-2017 DS record), so the machine's
    // dns-root-data plays no part.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString anchor = dir.filePath(QStringLiteral("root.ds"));
    {
        QFile f(anchor);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n");
    }
    const QStringList args{QStringLiteral("domain"), QStringLiteral("example.test"), QStringLiteral("--resolver"),
                           QStringLiteral("127.0.0.1:%1").arg(refusing.port()), QStringLiteral("--trust-anchor"), anchor,
                           QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--no-color")};
    const ToolResult en = runLang("en", args);
    QVERIFY2(en.finished && en.exitCode == 3, qPrintable(en.describe()));
    QVERIFY2(text(en).contains(QLatin1String("Would a sender deliver to example.test?\n  opportunistic unknown      not known")),
             qPrintable(text(en)));

    const ToolResult de = runLang("de", args);
    QVERIFY2(de.finished && de.exitCode == 3, qPrintable(de.describe()));
    const QString d = text(de);
    QVERIFY2(d.contains(QStringLiteral("Würde ein Absender an example.test zustellen?\n")), qPrintable(d));
    // The label column is 13 wide ("opportunistisch" is longer: one space follows), the verdict 11.
    QVERIFY2(d.contains(QStringLiteral("\n  opportunistisch unbekannt    ")), qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("\n  DANE          unbekannt    ")), qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("\n  MTA-STS       unbekannt    ")), qPrintable(d));
    // Core's verdict line (English in the report) is shown in German too.
    QVERIFY2(d.contains(QStringLiteral("unbekannt    nicht bekannt: der für diese Prüfung verwendete Resolver hat nicht geantwortet\n")),
             qPrintable(d));

    const ToolResult cn = runLang("zh_CN", args);
    QVERIFY2(cn.finished && cn.exitCode == 3, qPrintable(cn.describe()));
    const QString c = text(cn);
    // 机会性 is six columns wide: seven spaces pad it to 13, then one; 未知 pads to 11.
    QVERIFY2(c.contains(QStringLiteral("\n  机会性        未知       ")), qPrintable(c));

    // The JSON report is the same in every language (but for when it ran and how long it took).
    QJsonObject first;
    for (const QByteArray &lang : {QByteArray("en"), QByteArray("de"), QByteArray("zh_CN")}) {
        const ToolResult r = runLang(lang, args + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
        QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!doc.isEmpty(), r.out.constData());
        doc = withoutTimes(doc, {QStringLiteral("started_at"), QStringLiteral("duration_ms")});
        if (first.isEmpty())
            first = doc;
        QVERIFY2(doc == first, qPrintable(QString::fromUtf8(QJsonDocument(doc).toJson())));
    }
}

MAILTLS_TEST_MAIN(TestCliLanguageTools)
#include "test_cli_language_tools.moc"
