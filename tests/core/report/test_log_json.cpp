// The mailtls.log/1 document (docs/CONTRACTS.md): every contracted key, in its place, with
// the values the inventory holds; "what_breaks_if" null unless asked for.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "report/log_json.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestLogJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractKeys()
    {
        LogAnalyzer a;
        for (const char16_t *line :
             {u"2026-12-06 01:57:43 TLS error on connection from (vm) [192.0.2.1] (gnutls_handshake): No supported cipher suites have been found.",
              u"2026-12-06 01:58:00 1xa2GP-0005Po-10 <= a@example.org H=(vm) [192.0.2.1] P=esmtp S=509",
              u"2026-12-06 02:46:09 1xa2GP-0005Po-11 <= a@example.org H=(c) [192.0.2.2] P=esmtps "
              u"X=TLS1.0:RSA_AES_128_CBC_SHA1:128 CV=dane S=509",
              u"not a log line"})
            a.feed(LogFormat::EximMainlog, QStringView(line));
        const LogInventory inv = a.inventory();
        LogFilter filter;
        filter.direction = 1;

        QJsonObject root = QJsonDocument::fromJson(logInventoryToJsonBytes(logInventoryToJson(inv, filter, nullptr, QStringLiteral("9.9")))).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.log/1"));
        QCOMPARE(root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("9.9"));
        QCOMPARE(root.value(QStringLiteral("filter")).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QVERIFY(root.value(QStringLiteral("what_breaks_if")).isNull());
        QCOMPARE(root.value(QStringLiteral("messages")).toInt(), 2);
        const QJsonObject file = root.value(QStringLiteral("files")).toArray().first().toObject();
        for (const char *key : {"path", "format", "lines", "parsed", "unparsed", "unparsed_examples", "error"})
            QVERIFY2(file.contains(QLatin1String(key)), key);
        QCOMPARE(file.value(QStringLiteral("format")).toString(), QStringLiteral("exim"));
        QCOMPARE(file.value(QStringLiteral("unparsed")).toInt(), 1);
        QCOMPARE(file.value(QStringLiteral("unparsed_examples")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 4);

        const QJsonArray partners = root.value(QStringLiteral("partners")).toArray();
        QCOMPARE(partners.size(), 2);
        for (const QJsonValue &v : partners) {
            const QJsonObject p = v.toObject();
            for (const char *key : {"host", "address", "direction", "connections", "messages", "tls_versions", "ciphers", "verified",
                                    "cleartext", "fell_back_to_cleartext", "failures"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
        }
        const QJsonObject failing = partners.first().toObject();   // failures first
        QCOMPARE(failing.value(QStringLiteral("address")).toString(), QStringLiteral("192.0.2.1"));
        QCOMPARE(failing.value(QStringLiteral("fell_back_to_cleartext")).toInt(), 1);
        const QJsonObject failure = failing.value(QStringLiteral("failures")).toArray().first().toObject();
        for (const char *key : {"cause", "finding", "count", "example"})
            QVERIFY2(failure.contains(QLatin1String(key)), key);
        QCOMPARE(failure.value(QStringLiteral("finding")).toString(), QStringLiteral("compat.no_shared_cipher"));
        const QJsonObject tls = partners.at(1).toObject();
        QCOMPARE(tls.value(QStringLiteral("verified")).toObject().value(QStringLiteral("dane")).toInt(), 1);
        QCOMPARE(tls.value(QStringLiteral("ciphers")).toObject().value(QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("failures_by_cause")).toArray().first().toObject().value(QStringLiteral("cause")).toString(),
                 QStringLiteral("no_shared_cipher"));

        // With a change: losing partners with their messages and last-seen date.
        ServerChange change;
        change.dropVersions = {QStringLiteral("TLSv1")};
        const ChangeImpact impact = whatBreaksIf(inv, change, 1);
        root = QJsonDocument::fromJson(logInventoryToJsonBytes(logInventoryToJson(inv, filter, &impact, QString()))).object();
        const QJsonObject breaks = root.value(QStringLiteral("what_breaks_if")).toObject();
        const QJsonObject losing = breaks.value(QStringLiteral("losing")).toArray().first().toObject();
        QCOMPARE(losing.value(QStringLiteral("address")).toString(), QStringLiteral("192.0.2.2"));
        QCOMPARE(losing.value(QStringLiteral("messages")).toInt(), 1);
        QVERIFY(!losing.value(QStringLiteral("last_seen")).toString().isEmpty());
        QCOMPARE(breaks.value(QStringLiteral("cleartext_only")).toInt(), 1);
    }
};

MAILTLS_TEST_MAIN(TestLogJson)
#include "test_log_json.moc"
