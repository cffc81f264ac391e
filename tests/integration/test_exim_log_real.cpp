// The Exim log parser against a log a real Exim writes now: swaks delivers over TLS 1.3 and
// over TLS 1.2 with a CBC suite, and `openssl s_client` offers only NULL-SHA, which Exim's GnuTLS
// refuses ("no shared cipher" on the server's side). Every line of the resulting mainlog must parse, and the parsed facts must be the
// ones the clients chose.

#include <QFile>
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

MAILTLS_TEST_MAIN(TestEximLogReal)
#include "test_exim_log_real.moc"
