// The Exim log parser against a log a real Exim writes now: swaks delivers over TLS 1.3 and
// over TLS 1.2 with a CBC suite, and `openssl s_client` offers only NULL-SHA, which Exim's GnuTLS
// refuses ("no shared cipher" on the server's side). Every line of the resulting mainlog must parse, and the parsed facts must be the
// ones the clients chose.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "logs/exim_log.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_servers.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestEximLogReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatEximWrote();
    void cliReportsWhatEximWrote();
};

namespace {

ToolResult swaks(quint16 port, const QStringList &extra)
{
    return runTool(QStringLiteral("swaks"),
                   QStringList{QStringLiteral("--to"), QStringLiteral("user@localhost"), QStringLiteral("--from"),
                               QStringLiteral("tester@localhost"), QStringLiteral("--helo"), QStringLiteral("logs.test"),
                               QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-tls")}
                       + extra,
                   {}, 30000);
}

QList<EximLogLine> parsedLines(const QString &path, QStringList *unparsed)
{
    QList<EximLogLine> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        if (raw.isEmpty())
            continue;
        const QString text = QString::fromUtf8(raw);
        EximLogLine line;
        if (parseEximLogLine(text, &line))
            lines << line;
        else
            *unparsed << text;
    }
    return lines;
}

} // namespace

void TestEximLogReal::parsesWhatEximWrote()
{
    const TestPki &pki = TestPki::instance();
    EximServer exim(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));

    const ToolResult tls13 = swaks(exim.port(), {});
    QVERIFY2(tls13.ok(), qPrintable(tls13.describe()));
    const ToolResult tls12 = swaks(exim.port(), {QStringLiteral("--tls-protocol"), QStringLiteral("tlsv1_2"),
                                                 QStringLiteral("--tls-cipher"), QStringLiteral("ECDHE-RSA-AES128-SHA")});
    QVERIFY2(tls12.ok(), qPrintable(tls12.describe()));
    const ToolResult refused = runTool(QStringLiteral("openssl"),
                                       {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                        QStringLiteral("127.0.0.1:%1").arg(exim.port()), QStringLiteral("-starttls"),
                                        QStringLiteral("smtp"), QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                        QStringLiteral("NULL-SHA:@SECLEVEL=0")},
                                       {}, 30000);
    QVERIFY2(refused.started && refused.finished, qPrintable(refused.describe()));

    const QString mainlog = exim.workDir() + QStringLiteral("/log/mainlog");
    QList<EximLogLine> lines;
    QStringList unparsed;
    // Exim writes the TLS error as the connection ends; give it a moment.
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            unparsed.clear();
            lines = parsedLines(mainlog, &unparsed);
            return std::any_of(lines.cbegin(), lines.cend(), [](const EximLogLine &l) { return l.tlsError; });
        }(),
        qPrintable(exim.logText().right(1500)), 10000);
    QVERIFY2(unparsed.isEmpty(), qPrintable(unparsed.join(QLatin1Char('\n'))));

    QList<EximLogLine> arrivals;
    for (const EximLogLine &l : std::as_const(lines)) {
        if (l.event == EximEvent::Arrival)
            arrivals << l;
    }
    QCOMPARE(arrivals.size(), 2);
    for (const EximLogLine &a : std::as_const(arrivals)) {
        QVERIFY(a.hasId);
        QCOMPARE(a.address, QStringLiteral("tester@localhost"));
        QCOMPARE(a.host.helo, QStringLiteral("logs.test"));
        QCOMPARE(a.host.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(a.protocol, QStringLiteral("esmtps"));
        QVERIFY2(a.hasTls, qPrintable(a.text));
        QCOMPARE(a.certificateVerified, QStringLiteral("no"));   // swaks sent no client certificate
    }
    QCOMPARE(arrivals.at(0).tls.version, QStringLiteral("TLSv1.3"));
    QVERIFY2(arrivals.at(0).tls.cipherIana.startsWith(QLatin1String("TLS_AES_")) ||
                 arrivals.at(0).tls.cipherIana == QLatin1String("TLS_CHACHA20_POLY1305_SHA256"),
             qPrintable(arrivals.at(0).tls.asLogged));
    QCOMPARE(arrivals.at(1).tls.version, QStringLiteral("TLSv1.2"));
    QCOMPARE(arrivals.at(1).tls.cipherIana, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"));
    QCOMPARE(arrivals.at(1).tls.bits, 128);

    // Each message completes under the id it arrived with.
    for (const EximLogLine &a : std::as_const(arrivals)) {
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&a](const EximLogLine &l) {
            return l.event == EximEvent::Completed && l.id.id == a.id.id;
        }));
    }

    // The refused client: an inbound TLS error from 127.0.0.1, in GnuTLS's words.
    const auto failed = std::find_if(lines.cbegin(), lines.cend(), [](const EximLogLine &l) { return l.tlsError; });
    QVERIFY(failed != lines.cend());
    QVERIFY(!failed->outgoing);
    QCOMPARE(failed->host.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(failed->errorSource, QStringLiteral("gnutls_handshake"));
    QVERIFY2(failed->text.contains(QLatin1String("cipher suites")), qPrintable(failed->text));
}

// `mailtls log` as an admin runs it over the log a real Exim wrote: TLS 1.3 and TLS 1.2 from
// swaks, a client that wants only NULL-SHA (refused), then the same client in cleartext (a
// fall-back), read through a gzip rotation; the JSON contract (mailtls.log/1) carries it all.
void TestEximLogReal::cliReportsWhatEximWrote()
{
    const TestPki &pki = TestPki::instance();
    EximServer exim(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim.start(&error), qPrintable(error));
    QVERIFY(swaks(exim.port(), {}).ok());
    QVERIFY(swaks(exim.port(), {QStringLiteral("--tls-protocol"), QStringLiteral("tlsv1_2"), QStringLiteral("--tls-cipher"),
                                QStringLiteral("ECDHE-RSA-AES128-SHA")})
                .ok());
    const ToolResult refused = runTool(QStringLiteral("openssl"),
                                       {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                        QStringLiteral("127.0.0.1:%1").arg(exim.port()), QStringLiteral("-starttls"),
                                        QStringLiteral("smtp"), QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                        QStringLiteral("NULL-SHA:@SECLEVEL=0")},
                                       {}, 30000);
    QVERIFY2(refused.started && refused.finished, qPrintable(refused.describe()));
    const QString mainlog = exim.workDir() + QStringLiteral("/log/mainlog");
    QTRY_VERIFY_WITH_TIMEOUT(exim.logText().contains(QLatin1String("TLS error on connection")), 10000);
    // The client gives up on TLS and sends in cleartext (swaks without -tls).
    const ToolResult clear = runTool(QStringLiteral("swaks"),
                                     {QStringLiteral("--to"), QStringLiteral("user@localhost"), QStringLiteral("--from"),
                                      QStringLiteral("tester@localhost"), QStringLiteral("--helo"), QStringLiteral("logs.test"),
                                      QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(exim.port())},
                                     {}, 30000);
    QVERIFY2(clear.ok(), qPrintable(clear.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(exim.logText().count(QLatin1String(" Completed")) >= 3, 10000);

    // The log as a rotation leaves it: compressed.
    const QString rotated = exim.workDir() + QStringLiteral("/mainlog.1.gz");
    const ToolResult gz = runTool(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("gzip -c '%1' > '%2'").arg(mainlog, rotated)},
                                  {}, 10000);
    QVERIFY2(gz.ok(), qPrintable(gz.describe()));

    const ToolResult cli = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                   {QStringLiteral("log"), rotated, QStringLiteral("--json"), QStringLiteral("-")}, {}, 30000);
    QVERIFY2(cli.ok(), qPrintable(cli.describe()));
    const QJsonObject doc = QJsonDocument::fromJson(cli.out).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("mailtls.log/1"));
    const QJsonObject file = doc.value(QStringLiteral("files")).toArray().first().toObject();
    QCOMPARE(file.value(QStringLiteral("format")).toString(), QStringLiteral("exim"));
    QCOMPARE(file.value(QStringLiteral("compression")).toString(), QStringLiteral("gzip"));
    QCOMPARE(file.value(QStringLiteral("unparsed")).toInt(), 0);
    QVERIFY(file.value(QStringLiteral("lines")).toInt() >= 7);
    QCOMPARE(doc.value(QStringLiteral("messages")).toInt(), 3);

    const QJsonArray partners = doc.value(QStringLiteral("partners")).toArray();
    QCOMPARE(partners.size(), 1);   // one client, inbound, from 127.0.0.1
    const QJsonObject p = partners.first().toObject();
    QCOMPARE(p.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(p.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    QCOMPARE(p.value(QStringLiteral("messages")).toInt(), 3);
    QCOMPARE(p.value(QStringLiteral("tls_versions")).toObject().value(QStringLiteral("TLSv1.3")).toInt(), 1);
    QCOMPARE(p.value(QStringLiteral("tls_versions")).toObject().value(QStringLiteral("TLSv1.2")).toInt(), 1);
    QCOMPARE(p.value(QStringLiteral("ciphers")).toObject().value(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")).toInt(), 1);
    QCOMPARE(p.value(QStringLiteral("verified")).toObject().value(QStringLiteral("no")).toInt(), 2);
    QCOMPARE(p.value(QStringLiteral("cleartext")).toInt(), 1);
    QCOMPARE(p.value(QStringLiteral("fell_back_to_cleartext")).toInt(), 1);
    const QJsonArray failures = p.value(QStringLiteral("failures")).toArray();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().toObject().value(QStringLiteral("cause")).toString(), QStringLiteral("no_shared_cipher"));
    QCOMPARE(failures.first().toObject().value(QStringLiteral("finding")).toString(), QStringLiteral("compat.no_shared_cipher"));
    QVERIFY(failures.first().toObject().value(QStringLiteral("where")).toString().startsWith(rotated + QLatin1Char(':')));

    // What breaks if TLS 1.2 goes: the partner keeps TLS 1.3, so nobody loses TLS.
    const ToolResult drop12 = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                      {QStringLiteral("log"), mainlog, QStringLiteral("--drop"), QStringLiteral("TLSv1.2"),
                                       QStringLiteral("--json"), QStringLiteral("-")},
                                      {}, 30000);
    QVERIFY2(drop12.ok(), qPrintable(drop12.describe()));
    const QJsonObject breaks = QJsonDocument::fromJson(drop12.out).object().value(QStringLiteral("what_breaks_if")).toObject();
    QCOMPARE(breaks.value(QStringLiteral("losing")).toArray().size(), 0);
    QCOMPARE(breaks.value(QStringLiteral("unaffected")).toInt(), 1);
    // ... but with TLS 1.3 gone as well, it has nothing left it used.
    const ToolResult dropBoth = runTool(QStringLiteral(MAILTLS_CLI_PATH),
                                        {QStringLiteral("log"), mainlog, QStringLiteral("--drop"), QStringLiteral("1.2,1.3")}, {}, 30000);
    QVERIFY2(dropBoth.ok(), qPrintable(dropBoth.describe()));
    QVERIFY2(dropBoth.out.contains("Would lose TLS (1)"), dropBoth.out.constData());
    QVERIFY2(dropBoth.out.contains("127.0.0.1"), dropBoth.out.constData());
}

MAILTLS_TEST_MAIN(TestEximLogReal)
#include "test_exim_log_real.moc"
