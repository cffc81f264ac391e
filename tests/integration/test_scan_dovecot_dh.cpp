// A real Dovecot whose config lacks ssl_dh (tests/support/dovecot_server.h, sslDh = false): it
// ends every handshake in which it picks a DHE suite (it closes after "Diffie-Hellman key
// exchange requested, but no DH parameters provided"), while its ECDHE and RSA suites work.
// A scan once reported "TLSv1.2 not accepted" there, because the first hello put a DHE suite
// first and the whole batch was called refused. Now a refused batch is offered again without
// its DHE suites, TLS 1.2 shows its working suites, and the DHE suites, offered first with a
// suite known to work last (Dovecot refuses by closing, so a DHE-only hello would not tell a
// refusal from a failure), come out as what they are: kex.dhe_fails with scan.dhe_failing, not
// a missing version. The same Dovecot with ssl_dh accepts DHE and raises nothing of the kind.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "catalog/cipher_catalog.h"
#include "dovecot_server.h"
#include "report/json_report.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_scan_support.h"
#include "test_registry.h"

using namespace mailtls::test;
using namespace mailtls::test::scan;

namespace {

struct Scan {
    ToolResult tool;
    QJsonObject json;
    QJsonObject scan() const { return json.value(QStringLiteral("scan")).toObject(); }
    bool accepted(const char *version) const
    {
        return scan().value(QStringLiteral("protocols")).toObject().value(QLatin1String(version)).toBool();
    }
    QStringList kex(const char *version) const
    {
        QStringList out;
        for (const QJsonValue &s : scan().value(QStringLiteral("ciphers")).toObject().value(QLatin1String(version)).toArray())
            out << s.toObject().value(QStringLiteral("kex")).toString();
        return out;
    }
    QJsonObject finding(const QString &id) const
    {
        for (const QJsonValue &f : json.value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == id)
                return f.toObject();
        return {};
    }
    QString dump() const
    {
        QStringList notes;
        for (const QJsonValue &line : json.value(QStringLiteral("transcript")).toArray())
            notes << line.toObject().value(QStringLiteral("text")).toString();
        return tool.describe().left(1500) + QLatin1Char('\n') + notes.join(QLatin1Char('\n')).right(6000)
            + QLatin1Char('\n') + findingIds(json).join(QLatin1Char(' '));
    }
};

Scan scanImap(const DovecotServer &dovecot)
{
    Scan s;
    s.tool = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                     {QStringLiteral("scan"), QStringLiteral("%1:%2").arg(dovecot.host()).arg(dovecot.imapPort()),
                      QStringLiteral("--starttls"), QStringLiteral("imap"), QStringLiteral("--no-attack-checks"),
                      QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--no-color")},
                     {}, 300000);
    s.json = QJsonDocument::fromJson(s.tool.out).object();
    return s;
}

} // namespace

class TestScanDovecotDh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutSslDh();
    void withSslDh();
};

void TestScanDovecotDh::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(MAILTLS_CLI_PATH)).isExecutable(), MAILTLS_CLI_PATH);
    QVERIFY2(TestPki::instance().ok(), qPrintable(TestPki::instance().error()));
    if (!QFileInfo(QStringLiteral("/usr/sbin/dovecot")).isExecutable())
        QSKIP("Dovecot is not installed (Debian dovecot-core, dovecot-imapd)");
}

void TestScanDovecotDh::withoutSslDh()
{
    DovecotServer dovecot;
    DovecotOptions options;
    options.sslDh = false;
    QVERIFY2(dovecot.start(options), qPrintable(dovecot.error()));
    const Scan s = scanImap(dovecot);
    QVERIFY2(s.tool.finished && !s.json.isEmpty(), qPrintable(s.dump()));

    // TLS 1.2 is accepted, with its ECDHE (and RSA) suites; no DHE suite is called accepted.
    QVERIFY2(s.accepted("TLSv1.2"), qPrintable(s.dump()));
    QVERIFY2(s.kex("TLSv1.2").contains(QStringLiteral("ECDHE")), qPrintable(s.kex("TLSv1.2").join(' ') + s.dump()));
    QVERIFY2(!s.kex("TLSv1.2").contains(QStringLiteral("DHE")), qPrintable(s.kex("TLSv1.2").join(' ')));
    QVERIFY2(s.accepted("TLSv1.3"), qPrintable(s.dump()));
    QVERIFY2(!findingIds(s.json).contains(QStringLiteral("protocol.tls13_missing")), qPrintable(s.dump()));

    // The DHE suites: failing, with the evidence and Dovecot's fix.
    const QJsonArray failing = s.scan().value(QStringLiteral("dhe_failing")).toObject().value(QStringLiteral("TLSv1.2")).toArray();
    QVERIFY2(!failing.isEmpty(), qPrintable(s.dump()));
    for (const QJsonValue &code : failing) {
        quint16 c = quint16(code.toString().mid(2).toUShort(nullptr, 16));
        const mailtls::core::SuiteInfo *info = mailtls::core::CipherCatalog::instance().byCode(c);
        QVERIFY2(info && info->kex == QLatin1String("DHE"), qPrintable(code.toString()));
    }
    const QJsonObject finding = s.finding(QStringLiteral("kex.dhe_fails"));
    QVERIFY2(!finding.isEmpty(), qPrintable(s.dump()));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("medium"));
    QVERIFY2(finding.value(QStringLiteral("evidence")).toString().contains(QLatin1String("DHE suites")),
             qPrintable(finding.value(QStringLiteral("evidence")).toString()));
    QVERIFY2(finding.value(QStringLiteral("fix")).toObject().value(QStringLiteral("dovecot")).toString().contains(QLatin1String("ssl_dh")),
             qPrintable(QString::fromUtf8(QJsonDocument(finding).toJson())));
    QVERIFY2(dovecot.logText().contains(QLatin1String("no DH parameters")), qPrintable(dovecot.logText().right(2000)));

    // The report reads back with the failing suites (and writes them again).
    mailtls::core::Report back;
    mailtls::core::Error error;
    QVERIFY2(mailtls::core::reportFromJson(s.tool.out, &back, &error), qPrintable(error.message));
    QCOMPARE(back.scan.dheFailing.value(QStringLiteral("TLSv1.2")).size(), failing.size());
    QCOMPARE(QJsonDocument::fromJson(mailtls::core::reportToJsonBytes(back)).object().value(QStringLiteral("scan")).toObject()
                 .value(QStringLiteral("dhe_failing")),
             s.scan().value(QStringLiteral("dhe_failing")));
}

void TestScanDovecotDh::withSslDh()
{
    DovecotServer dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.error()));
    const Scan s = scanImap(dovecot);
    QVERIFY2(s.tool.finished && !s.json.isEmpty(), qPrintable(s.dump()));
    QVERIFY2(s.accepted("TLSv1.2"), qPrintable(s.dump()));
    QVERIFY2(s.kex("TLSv1.2").contains(QStringLiteral("DHE")), qPrintable(s.kex("TLSv1.2").join(' ') + s.dump()));
    QVERIFY2(!s.scan().contains(QStringLiteral("dhe_failing")), qPrintable(s.dump()));
    QVERIFY2(!findingIds(s.json).contains(QStringLiteral("kex.dhe_fails")), qPrintable(s.dump()));
}

MAILTLS_TEST_MAIN(TestScanDovecotDh)
#include "test_scan_dovecot_dh.moc"
