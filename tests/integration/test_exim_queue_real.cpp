// The queue parser against a queue a real Exim holds. The test Exim (the project's peer, its
// config extended here) keeps what it receives (queue_only) and routes two partner domains to a
// port that refuses connections, and domain literals [127.0.0.1] to a second real Exim that
// speaks only TLS 1.2 while this one insists on TLS 1.3 (hosts_require_tls): that delivery
// defers with a TLS error in the log. swaks submits five messages; one is delivered in part
// (`exim -M`: the local recipient is, the partner is not), one is frozen (`exim -Mf`), two are
// back-dated in their spool headers so Exim lists them as hours and days old. Then
// `exim -bp` is parsed, and `mailtls queue` is run on it (text, --json, --domain, --older-than,
// standard input, --log with the Exim's own main log).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "logs/mail_queue.h"
#include "test_pki.h"
#include "test_process.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestEximQueueReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsWhatEximHolds();
};

namespace {

// The project's Exim peer with a config that keeps mail: partner domains routed to a refusing
// port, domain literals to a TLS peer, a retry rule so deferrals stay deferred.
class QueueingExim : public EximServer
{
public:
    QueueingExim(EximOptions options, quint16 refusingPort, quint16 tlsPeerPort)
        : EximServer(std::move(options)), refusingPort_(refusingPort), tlsPeerPort_(tlsPeerPort)
    {
    }
    ~QueueingExim() override { stop(); }

    // `exim -C CONFIG args...` as root, as an admin runs it.
    ToolResult exim(const QStringList &args) const
    {
        return runTool(eximBinary(), QStringList{QStringLiteral("-C"), configFile()} + args, {}, 60000);
    }
    QString spoolHeader(const QString &id) const { return workDir() + QStringLiteral("/spool/input/") + id + QStringLiteral("-H"); }
    QString mainlog() const { return workDir() + QStringLiteral("/log/mainlog"); }

protected:
    bool prepareAttempt(quint16 port, QString *error) override
    {
        if (!EximServer::prepareAttempt(port, error))
            return false;
        QFile file(configFile());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(configFile());
            return false;
        }
        QString config = QString::fromUtf8(file.readAll());
        file.close();
        const QList<QPair<QString, QString>> edits{
            {QStringLiteral("domainlist local_domains = @ : localhost : mail.test.example : test.example\n"),
             QStringLiteral("domainlist local_domains = @ : localhost : mail.test.example : test.example : "
                            "stuck-a.example : stuck-b.example : @[]\n")},
            {QStringLiteral("\nbegin routers\n\n"),
             QStringLiteral("\nbegin routers\n\n"
                            "stuck_partners:\n"
                            "  driver = manualroute\n"
                            "  domains = stuck-a.example : stuck-b.example\n"
                            "  route_list = * 127.0.0.1\n"
                            "  transport = refused_smtp\n"
                            "  self = send\n\n"
                            "tls_partner:\n"
                            "  driver = ipliteral\n"
                            "  domains = @[]\n"
                            "  transport = tls13_only_smtp\n"
                            "  self = send\n\n")},
            {QStringLiteral("\nbegin transports\n"),
             QStringLiteral("\nbegin transports\n\n"
                            "refused_smtp:\n"
                            "  driver = smtp\n"
                            "  port = %1\n"
                            "  allow_localhost\n\n"
                            "tls13_only_smtp:\n"
                            "  driver = smtp\n"
                            "  port = %2\n"
                            "  allow_localhost\n"
                            "  hosts_require_tls = *\n"
                            "  tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3\n")
                 .arg(refusingPort_)
                 .arg(tlsPeerPort_)},
        };
        for (const auto &edit : edits) {
            if (!config.contains(edit.first)) {
                *error = QStringLiteral("the peer's config changed: '%1' not found in %2").arg(edit.first.trimmed(), configFile());
                return false;
            }
            config.replace(edit.first, edit.second);
        }
        config += QStringLiteral("\nbegin retry\n\n* * F,1h,10m\n");
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
            *error = QStringLiteral("cannot write %1").arg(configFile());
            return false;
        }
        return true;
    }

private:
    quint16 refusingPort_;
    quint16 tlsPeerPort_;
};

// swaks to the queueing Exim; the id Exim gave the message (its "250 OK id=..." reply).
QString submit(quint16 port, const QString &from, const QStringList &to, int bodyBytes, QString *transcript)
{
    QString body = QStringLiteral("queued by the mailtls queue test\n");
    while (body.size() < bodyBytes)
        body += QStringLiteral("0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ\n");
    const ToolResult r = runTool(QStringLiteral("swaks"),
                                 {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--from"), from,
                                  QStringLiteral("--to"), to.join(QLatin1Char(',')), QStringLiteral("--helo"),
                                  QStringLiteral("queue.test"), QStringLiteral("--body"), body},
                                 {}, 30000);
    *transcript = r.describe();
    if (!r.ok())
        return QString();
    static const QRegularExpression accepted(QStringLiteral("250 OK id=(\\S+)"));
    return accepted.match(r.outText()).captured(1);
}

// The S= of each arrival in the main log, by message id.
QHash<QString, qint64> arrivalSizes(const QString &mainlog)
{
    QHash<QString, qint64> sizes;
    static const QRegularExpression arrival(QStringLiteral("^\\S+ \\S+ (\\S+) <= .* S=(\\d+)"));
    for (const QString &line : readTextFile(mainlog, 1024 * 1024).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = arrival.match(line);
        if (m.hasMatch())
            sizes.insert(m.captured(1), m.captured(2).toLongLong());
    }
    return sizes;
}

// Moves a message's arrival `seconds` into the past: the spool header's fourth line holds the
// arrival time that `exim -bp` counts the age from.
bool backdate(const QString &headerFile, qint64 seconds, QString *error)
{
    QFile file(headerFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(headerFile);
        return false;
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    static const QRegularExpression timeLine(QStringLiteral("^(\\d+)( .*)$"));
    const QRegularExpressionMatch m = timeLine.match(QString::fromLatin1(lines.value(3)));
    if (!m.hasMatch()) {
        *error = QStringLiteral("%1: no arrival time on line 4 ('%2')").arg(headerFile, QString::fromLatin1(lines.value(3)));
        return false;
    }
    lines[3] = QByteArray::number(m.captured(1).toLongLong() - seconds) + m.captured(2).toLatin1();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(lines.join('\n')) < 0) {
        *error = QStringLiteral("cannot write %1").arg(headerFile);
        return false;
    }
    return true;
}

ToolResult cli(const QStringList &args, const QByteArray &input = {})
{
    return runTool(QStringLiteral(MAILTLS_CLI_PATH), QStringList{QStringLiteral("queue")} + args, input, 120000);
}

QJsonObject jsonOf(const ToolResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject domainOf(const QJsonObject &doc, const QString &domain)
{
    for (const QJsonValue &v : doc.value(QLatin1String("by_domain")).toArray()) {
        if (v.toObject().value(QLatin1String("domain")).toString() == domain)
            return v.toObject();
    }
    return {};
}

bool closeToListed(qint64 listed, qint64 logged)
{
    // Exim lists bytes below 1K, tenths of K below 10K, whole K above.
    const qint64 tolerance = logged < 1024 ? 0 : logged < 10 * 1024 ? 103 : 512;
    return qAbs(listed - logged) <= tolerance;
}

} // namespace

void TestEximQueueReal::listsWhatEximHolds()
{
    const TestPki &pki = TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    RefusingPort refusing;
    QVERIFY(refusing.port() != 0);

    EximOptions peerOptions = EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile);
    peerOptions.tlsRequireCiphers = QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.2");
    EximServer tlsPeer(peerOptions);
    QString error;
    QVERIFY2(tlsPeer.start(&error), qPrintable(error));

    EximOptions options;
    options.extraMain = QStringLiteral("queue_only = true\nallow_domain_literals = true");
    QueueingExim exim(options, refusing.port(), tlsPeer.port());
    QVERIFY2(exim.start(&error), qPrintable(error));

    // Five messages.
    QString transcript;
    const QString partial = submit(exim.port(), QStringLiteral("alice@test.example"),
                                   {QStringLiteral("carol@test.example"), QStringLiteral("dave@stuck-a.example")}, 100, &transcript);
    QVERIFY2(!partial.isEmpty(), qPrintable(transcript));
    const QString bounce = submit(exim.port(), QStringLiteral("<>"), {QStringLiteral("erin@stuck-a.example")}, 3000, &transcript);
    QVERIFY2(!bounce.isEmpty(), qPrintable(transcript));
    const QString old = submit(exim.port(), QStringLiteral("bob@test.example"), {QStringLiteral("frank@stuck-b.example")}, 12000,
                               &transcript);
    QVERIFY2(!old.isEmpty(), qPrintable(transcript));
    const QString toFreeze = submit(exim.port(), QStringLiteral("root@test.example"),
                                    {QStringLiteral("grace@stuck-b.example"), QStringLiteral("henry@stuck-a.example")}, 100,
                                    &transcript);
    QVERIFY2(!toFreeze.isEmpty(), qPrintable(transcript));
    const QString tls = submit(exim.port(), QStringLiteral("alice@test.example"), {QStringLiteral("ivan@[127.0.0.1]")}, 100,
                               &transcript);
    QVERIFY2(!tls.isEmpty(), qPrintable(transcript));

    // Deliveries that defer, a freeze, and two older arrivals.
    ToolResult r = exim.exim({QStringLiteral("-M"), partial});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    r = exim.exim({QStringLiteral("-M"), tls});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    r = exim.exim({QStringLiteral("-Mf"), toFreeze});
    QVERIFY2(r.ok() && r.outText().contains(QLatin1String("is now frozen")), qPrintable(r.describe()));
    QVERIFY2(backdate(exim.spoolHeader(bounce), 3 * 3600 + 60, &error), qPrintable(error));
    QVERIFY2(backdate(exim.spoolHeader(old), 5 * 86400, &error), qPrintable(error));

    // Each delivery attempt has left its word in the log before the listing is taken.
    QTRY_VERIFY2_WITH_TIMEOUT(readTextFile(exim.mainlog()).contains(QStringLiteral("%1 == dave@stuck-a.example").arg(partial))
                                  && readTextFile(exim.mainlog()).contains(QStringLiteral("%1 == ivan@[127.0.0.1]").arg(tls)),
                              qPrintable(exim.logText().right(3000)), 20000);

    const ToolResult listing = exim.exim({QStringLiteral("-bp")});
    QVERIFY2(listing.ok(), qPrintable(listing.describe()));
    QTemporaryDir dir;
    const QString listingFile = dir.filePath(QStringLiteral("exim-bp.txt"));
    {
        QFile f(listingFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(listing.out);
    }

    // The parser.
    MailQueue q;
    Error readError;
    QVERIFY2(readMailQueue(listingFile, &q, &readError), qPrintable(readError.message));
    const QString shown = listing.outText();
    QCOMPARE(q.format, QueueFormat::EximListing);
    QVERIFY2(q.unparsed == 0, qPrintable(shown));
    QVERIFY2(!q.error.isError(), qPrintable(q.error.message));
    QCOMPARE(q.messages.size(), 5);
    QCOMPARE(q.messageCount, qint64(5));

    const QHash<QString, qint64> logged = arrivalSizes(exim.mainlog());
    QHash<QString, const QueueMessage *> byId;
    for (const QueueMessage &m : q.messages) {
        byId.insert(m.id, &m);
        QCOMPARE(m.idFormat, m.id.size() == 23 ? QStringLiteral("exim-6-11-4") : QStringLiteral("exim-6-6-2"));
        QVERIFY2(logged.contains(m.id), qPrintable(m.id));
        QVERIFY2(closeToListed(m.size, logged.value(m.id)),
                 qPrintable(QStringLiteral("%1: listed %2 (%3), logged S=%4").arg(m.id).arg(m.size).arg(m.sizeText).arg(logged.value(m.id))));
        QCOMPARE(m.frozen, m.id == toFreeze);
    }
    for (const QString &id : {partial, bounce, old, toFreeze, tls})
        QVERIFY2(byId.contains(id), qPrintable(id + QStringLiteral(" not listed:\n") + shown));

    const QueueMessage *m = byId.value(partial);
    QCOMPARE(m->sender, QStringLiteral("alice@test.example"));
    QCOMPARE(m->recipients.size(), 2);
    for (const QueueRecipient &rcpt : m->recipients)
        QCOMPARE(rcpt.delivered, rcpt.address == QLatin1String("carol@test.example"));
    QVERIFY(m->ageSeconds >= 0 && m->ageSeconds < 3600);

    m = byId.value(bounce);
    QVERIFY(m->hasSender);
    QVERIFY(m->sender.isEmpty());
    QVERIFY2(m->sizeText.endsWith(QLatin1Char('K')), qPrintable(m->sizeText));
    QVERIFY2(m->ageSeconds >= 2 * 3600 && m->ageSeconds <= 4 * 3600, qPrintable(m->ageText));
    QVERIFY2(m->ageText.endsWith(QLatin1Char('h')), qPrintable(m->ageText));

    m = byId.value(old);
    QCOMPARE(m->ageText, QStringLiteral("5d"));
    QCOMPARE(m->ageSeconds, qint64(5 * 86400));
    QVERIFY2(m->size > 10 * 1024, qPrintable(m->sizeText));

    m = byId.value(toFreeze);
    QCOMPARE(m->sender, QStringLiteral("root@test.example"));
    QCOMPARE(m->pending, qint64(2));

    m = byId.value(tls);
    QCOMPARE(m->recipients.value(0).address, QStringLiteral("ivan@[127.0.0.1]"));
    QCOMPARE(m->recipients.value(0).domain(), QStringLiteral("[127.0.0.1]"));

    // The groups: carol was delivered, so test.example has nothing stuck.
    QCOMPARE(q.byDomain.size(), 3);
    QCOMPARE(q.byDomain.at(0).domain, QStringLiteral("stuck-a.example"));
    QCOMPARE(q.byDomain.at(0).messages, qint64(3));
    QCOMPARE(q.byDomain.at(0).recipientsPending, qint64(3));
    QCOMPARE(q.byDomain.at(0).frozenMessages, qint64(1));
    QCOMPARE(q.byDomain.at(1).domain, QStringLiteral("stuck-b.example"));
    QCOMPARE(q.byDomain.at(1).messages, qint64(2));
    QCOMPARE(q.byDomain.at(1).oldestAgeSeconds, qint64(5 * 86400));
    QCOMPARE(q.byDomain.at(2).domain, QStringLiteral("[127.0.0.1]"));
    QCOMPARE(q.recipientsPending, qint64(6));
    QCOMPARE(q.recipientsDelivered, qint64(1));
    QCOMPARE(q.frozenMessages, qint64(1));
    QCOMPARE(q.byAge.at(0).messages, qint64(3));
    QCOMPARE(q.byAge.at(1).messages, qint64(1));
    QCOMPARE(q.byAge.at(2).messages, qint64(1));
    QCOMPARE(q.byAge.at(3).messages, qint64(0));

    // The CLI: the text, most stuck first, the frozen message named.
    r = cli({listingFile, QStringLiteral("--no-color")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    const QString text = r.outText();
    QVERIFY2(text.startsWith(QLatin1String("Queue: 5 messages waiting, 6 recipients not delivered, 1 frozen; oldest 5d")),
             qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("stuck-a.example")) < text.indexOf(QLatin1String("stuck-b.example")), qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("By age")) < text.indexOf(QLatin1String("Frozen messages")), qPrintable(text));
    QVERIFY2(text.section(QLatin1String("Frozen messages"), 1).contains(toFreeze), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('\x1b')), qPrintable(text));

    // --json -: the contract's keys.
    r = cli({listingFile, QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QJsonObject doc = jsonOf(r);
    QCOMPARE(doc.value(QLatin1String("schema")).toString(), QStringLiteral("mailtls.queue/1"));
    QCOMPARE(doc.value(QLatin1String("tool")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("mailtls"));
    QCOMPARE(doc.value(QLatin1String("format")).toString(), QStringLiteral("exim-bp"));
    QCOMPARE(doc.value(QLatin1String("messages")).toArray().size(), 5);
    for (const QJsonValue &v : doc.value(QLatin1String("messages")).toArray()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "id_format", "age_s", "size", "sender", "recipients", "frozen"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QLatin1String("frozen")).toBool(), o.value(QLatin1String("id")).toString() == toFreeze);
        if (o.value(QLatin1String("id")).toString() == partial) {
            QCOMPARE(o.value(QLatin1String("recipients")).toArray(), QJsonArray{QStringLiteral("dave@stuck-a.example")});
            QCOMPARE(o.value(QLatin1String("delivered")).toArray(), QJsonArray{QStringLiteral("carol@test.example")});
        }
        if (o.value(QLatin1String("id")).toString() == bounce)
            QCOMPARE(o.value(QLatin1String("sender")).toString(QStringLiteral("null")), QString());
    }
    QCOMPARE(domainOf(doc, QStringLiteral("stuck-b.example")).value(QLatin1String("recipients_pending")).toInt(), 2);
    QVERIFY(domainOf(doc, QStringLiteral("stuck-b.example")).value(QLatin1String("log_partners")).isNull());
    QCOMPARE(doc.value(QLatin1String("unparsed")).toObject().value(QLatin1String("count")).toInt(-1), 0);
    QVERIFY(doc.value(QLatin1String("log")).isNull());

    // --domain and --older-than.
    r = cli({listingFile, QStringLiteral("--domain"), QStringLiteral("stuck-b.example"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    doc = jsonOf(r);
    QCOMPARE(doc.value(QLatin1String("summary")).toObject().value(QLatin1String("messages")).toInt(), 2);
    QCOMPARE(doc.value(QLatin1String("by_domain")).toArray().size(), 1);
    r = cli({listingFile, QStringLiteral("--older-than"), QStringLiteral("1d"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    doc = jsonOf(r);
    QCOMPARE(doc.value(QLatin1String("messages")).toArray().size(), 1);
    QCOMPARE(doc.value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("id")).toString(), old);

    // Standard input, as in `exim -bp | mailtls queue -`.
    r = cli({QStringLiteral("-"), QStringLiteral("--json"), QStringLiteral("-")}, listing.out);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(jsonOf(r).value(QLatin1String("summary")).toObject().value(QLatin1String("recipients_pending")).toInt(), 6);

    // --log: the Exim's own main log ties [127.0.0.1] to the TLS failure of its delivery.
    r = cli({listingFile, QStringLiteral("--log"), exim.mainlog(), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.ok(), qPrintable(r.describe() + exim.logText().right(2000)));
    doc = jsonOf(r);
    const QJsonArray partners = domainOf(doc, QStringLiteral("[127.0.0.1]")).value(QLatin1String("log_partners")).toArray();
    QVERIFY2(partners.size() == 1, qPrintable(QString::fromUtf8(r.out)));
    const QJsonObject partner = partners.at(0).toObject();
    QCOMPARE(partner.value(QLatin1String("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(partner.value(QLatin1String("match")).toString(), QStringLiteral("address"));
    const QJsonArray failures = partner.value(QLatin1String("failures")).toArray();
    QVERIFY2(!failures.isEmpty(), qPrintable(QString::fromUtf8(r.out) + exim.logText().right(2000)));
    QVERIFY(failures.at(0).toObject().value(QLatin1String("count")).toInt() >= 1);
    QVERIFY(!failures.at(0).toObject().value(QLatin1String("example")).toString().isEmpty());
    // The partner domains are reached at 127.0.0.1 too, but by no name under them.
    QCOMPARE(domainOf(doc, QStringLiteral("stuck-a.example")).value(QLatin1String("log_partners")).toArray().size(), 0);
    QCOMPARE(doc.value(QLatin1String("log")).toObject().value(QLatin1String("files")).toArray().size(), 1);

    r = cli({listingFile, QStringLiteral("--log"), exim.mainlog(), QStringLiteral("--no-color")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QVERIFY2(r.outText().contains(QLatin1String("Stuck domains in the logs")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QStringLiteral("no outbound partner in the logs is named under stuck-b.example")),
             qPrintable(r.outText()));

    // Usage errors: exit 2 with the reason.
    r = cli({dir.filePath(QStringLiteral("missing.txt"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("missing.txt")), qPrintable(r.describe()));
    r = cli({listingFile, QStringLiteral("--older-than"), QStringLiteral("soon")});
    QCOMPARE(r.exitCode, 2);
    r = cli({exim.mainlog()});   // a log is not a queue listing
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("not a queue listing")), qPrintable(r.describe()));
}

MAILTLS_TEST_MAIN(TestEximQueueReal)
#include "test_exim_queue_real.moc"
