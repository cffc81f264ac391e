// Mail queue listings as facts. The first listing is what this project's test Exim (exim4 4.96,
// Debian 12) printed for `exim -bp` after one recipient was delivered and one message frozen;
// the others follow the layouts of Exim's queue listing (both message-id formats, -bpa's "+D",
// the age units and size roundings), of `postqueue -j` (postqueue(1), "JSON OBJECT FORMAT") and
// of Postfix's `postqueue -p`. Then hostile input: huge lines, NUL bytes, a million recipients,
// more messages and domains than are kept, a postqueue -j object longer than a line may be.

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "base/limits.h"
#include "logs/mail_queue.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

const QDateTime kNow(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);

// exim -bp of Exim 4.96 (cat -A showed these bytes; only the line ends are dropped here).
const char *const kEximReal =
    " 0m   272 1xa3Fc-0003Rp-0R <alice@test.example>\n"
    "          bob@mail.test.example\n"
    "        D carol@test.example\n"
    "\n"
    " 3h   238 1xa3Fc-0003Rr-0T <> *** frozen ***\n"
    "          dave@mail.test.example\n"
    "\n"
    " 5d  3.3K 1xa3GB-0003U3-1y <>\n"
    "          x@test.example\n"
    "\n";

// Every variation of the layout in one listing.
const char *const kEximVariations =
    "45s   512 1gzK7S-0007Td-Bt <alice@example.org>\n"
    "          bob@example.net\n"
    "        D carol@example.org\n"
    "\n"
    "25m  2.9K 1sIXS3-000000069nP-2yYi-H <> *** frozen ***\n"
    "          postmaster@Example.NET\n"
    "\n"
    " 3h   12K 1gzK7T-0007Te-Bu <sales@example.org> (webuser)\n"
    "          dave@mx.partner.example\n"
    "          erin@partner.example\n"
    "        D frank@example.org\n"
    "       +D frank.local@example.org\n"
    "\n"
    " 4d  1.2M 1sIXS4-00000006ABC-3zZz <news@example.org>\n"
    "          gina@partner.example\n"
    "          \"hal smith\"@partner.example\n"
    "\n"
    " 2w   310 1gzK7U-0007Tf-Bv <old@example.org> *** frozen ***\n"
    "          ivan@partner.example\n"
    "\n";

const QueueMessage *findMessage(const MailQueue &q, const QString &id)
{
    for (const QueueMessage &m : q.messages) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const QueueDomain *findDomain(const MailQueue &q, const QString &domain)
{
    for (const QueueDomain &d : q.byDomain) {
        if (d.domain == domain)
            return &d;
    }
    return nullptr;
}

QString unparsedText(const MailQueue &q)
{
    QStringList out;
    for (const auto &e : q.unparsedExamples)
        out << QStringLiteral("%1: %2").arg(e.first).arg(e.second.left(120));
    return out.join(QLatin1Char('\n'));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// `value` in Exim's id digits, `width` of them.
QString base62(int value, int width)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString out(width, QLatin1Char('0'));
    for (int i = width - 1; i >= 0 && value > 0; --i, value /= 62)
        out[i] = QLatin1Char(digits[value % 62]);
    return out;
}

qint64 epoch(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

} // namespace

class TestMailQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << "45s" << true << qint64(45);
        QTest::newRow("minutes") << "25m" << true << qint64(1500);
        QTest::newRow("hours") << "3h" << true << qint64(10800);
        QTest::newRow("days") << "4d" << true << qint64(345600);
        QTest::newRow("weeks") << "2w" << true << qint64(1209600);
        QTest::newRow("plain") << "90" << true << qint64(90);
        QTest::newRow("zero minutes") << "0m" << true << qint64(0);
        QTest::newRow("unit only") << "m" << false << qint64(0);
        QTest::newRow("unknown unit") << "3y" << false << qint64(0);
        QTest::newRow("negative") << "-3h" << false << qint64(0);
        QTest::newRow("fraction") << "1.5h" << false << qint64(0);
        QTest::newRow("a century and more") << "99999w" << false << qint64(0);
        QTest::newRow("huge") << "99999999999999999999d" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
    }
    void ages()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, seconds);
        qint64 parsed = -7;
        QCOMPARE(parseQueueAge(text, &parsed), valid);
        QCOMPARE(parsed, valid ? seconds : qint64(-7));   // untouched when refused
    }

    void ageTexts()
    {
        QCOMPARE(queueAgeText(-1), QStringLiteral("?"));
        QCOMPARE(queueAgeText(45), QStringLiteral("45s"));
        QCOMPARE(queueAgeText(1500), QStringLiteral("25m"));
        QCOMPARE(queueAgeText(10800), QStringLiteral("3h"));
        QCOMPARE(queueAgeText(47 * 3600), QStringLiteral("47h"));
        QCOMPARE(queueAgeText(5 * 86400 + 100), QStringLiteral("5d"));
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("bytes") << "512" << true << qint64(512);
        QTest::newRow("K with tenths") << "2.9K" << true << qint64(2969);
        QTest::newRow("whole K") << "12K" << true << qint64(12288);
        QTest::newRow("M with tenths") << "1.2M" << true << qint64(1258291);
        QTest::newRow("whole M") << "25M" << true << qint64(26214400);
        QTest::newRow("two decimals") << "2.95K" << false << qint64(0);
        QTest::newRow("G") << "1.0G" << false << qint64(0);
        QTest::newRow("letters") << "abcK" << false << qint64(0);
        QTest::newRow("dot only") << ".K" << false << qint64(0);
    }
    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        qint64 parsed = -1;
        QCOMPARE(parseQueueSize(text, &parsed), valid);
        if (valid) {
            QFETCH(qint64, bytes);
            QCOMPARE(parsed, bytes);
        }
    }

    void eximAsItPrints()
    {
        const MailQueue q = parseMailQueueText(QString::fromLatin1(kEximReal), {}, kNow);
        QCOMPARE(q.format, QueueFormat::EximListing);
        QCOMPARE(queueFormatName(q.format), QStringLiteral("exim-bp"));
        QVERIFY2(q.unparsed == 0, qPrintable(unparsedText(q)));
        QCOMPARE(q.messages.size(), 3);
        QCOMPARE(q.lines, qint64(10));

        const QueueMessage &a = q.messages.at(0);
        QCOMPARE(a.id, QStringLiteral("1xa3Fc-0003Rp-0R"));
        QCOMPARE(a.idFormat, QStringLiteral("exim-6-6-2"));
        QCOMPARE(a.ageSeconds, qint64(0));
        QCOMPARE(a.size, qint64(272));
        QVERIFY(a.hasSender);
        QCOMPARE(a.sender, QStringLiteral("alice@test.example"));
        QVERIFY(!a.frozen);
        QCOMPARE(a.line, qint64(1));
        QCOMPARE(a.recipients.size(), 2);
        QCOMPARE(a.recipients.at(0).address, QStringLiteral("bob@mail.test.example"));
        QVERIFY(!a.recipients.at(0).delivered);
        QCOMPARE(a.recipients.at(1).address, QStringLiteral("carol@test.example"));
        QVERIFY(a.recipients.at(1).delivered);
        QCOMPARE(a.pending, qint64(1));
        QCOMPARE(a.delivered, qint64(1));

        const QueueMessage &b = q.messages.at(1);
        QCOMPARE(b.id, QStringLiteral("1xa3Fc-0003Rr-0T"));
        QVERIFY(b.frozen);
        QVERIFY(b.hasSender);
        QVERIFY(b.sender.isEmpty());   // <>: a bounce
        QCOMPARE(b.ageSeconds, qint64(3 * 3600));
        QCOMPARE(b.ageText, QStringLiteral("3h"));
        QCOMPARE(b.line, qint64(5));

        const QueueMessage &c = q.messages.at(2);
        QCOMPARE(c.ageSeconds, qint64(5 * 86400));
        QCOMPARE(c.sizeText, QStringLiteral("3.3K"));
        QCOMPARE(c.size, qint64(3379));

        // The test Exim's domains: the delivered recipient does not count as waiting.
        QCOMPARE(q.byDomain.size(), 2);
        QCOMPARE(q.byDomain.at(0).domain, QStringLiteral("mail.test.example"));
        QCOMPARE(q.byDomain.at(0).messages, qint64(2));
        QCOMPARE(q.byDomain.at(0).frozenMessages, qint64(1));
        QCOMPARE(q.byDomain.at(0).oldestAgeSeconds, qint64(3 * 3600));
        QCOMPARE(q.byDomain.at(1).domain, QStringLiteral("test.example"));
        QCOMPARE(q.byDomain.at(1).recipientsPending, qint64(1));
        QCOMPARE(q.recipientsPending, qint64(3));
        QCOMPARE(q.recipientsDelivered, qint64(1));
        QCOMPARE(q.frozenMessages, qint64(1));
    }

    void eximVariations()
    {
        const MailQueue q = parseMailQueueText(QString::fromLatin1(kEximVariations), {}, kNow);
        QVERIFY2(q.unparsed == 0, qPrintable(unparsedText(q)));
        QCOMPARE(q.messages.size(), 5);
        QCOMPARE(q.messageCount, qint64(5));

        const QueueMessage *m = findMessage(q, QStringLiteral("1gzK7S-0007Td-Bt"));
        QVERIFY(m);
        QCOMPARE(m->ageSeconds, qint64(45));
        QCOMPARE(m->size, qint64(512));

        m = findMessage(q, QStringLiteral("1sIXS3-000000069nP-2yYi"));   // "-H" dropped
        QVERIFY(m);
        QCOMPARE(m->idFormat, QStringLiteral("exim-6-11-4"));
        QVERIFY(m->frozen);
        QVERIFY(m->hasSender && m->sender.isEmpty());
        QCOMPARE(m->size, qint64(2969));
        QCOMPARE(m->recipients.value(0).domain(), QStringLiteral("example.net"));   // lower case

        m = findMessage(q, QStringLiteral("1gzK7T-0007Te-Bu"));
        QVERIFY(m);
        QCOMPARE(m->originatorLogin, QStringLiteral("webuser"));
        QCOMPARE(m->sender, QStringLiteral("sales@example.org"));
        QCOMPARE(m->recipients.size(), 4);
        QVERIFY(!m->recipients.at(0).delivered);
        QVERIFY(!m->recipients.at(1).delivered);
        QVERIFY(m->recipients.at(2).delivered && !m->recipients.at(2).generated);
        QVERIFY(m->recipients.at(3).delivered && m->recipients.at(3).generated);
        QCOMPARE(m->recipients.at(3).address, QStringLiteral("frank.local@example.org"));
        QCOMPARE(m->pending, qint64(2));
        QCOMPARE(m->delivered, qint64(2));

        m = findMessage(q, QStringLiteral("1sIXS4-00000006ABC-3zZz"));
        QVERIFY(m);
        QCOMPARE(m->size, qint64(1258291));
        QCOMPARE(m->recipients.value(1).address, QStringLiteral("\"hal smith\"@partner.example"));

        m = findMessage(q, QStringLiteral("1gzK7U-0007Tf-Bv"));
        QVERIFY(m);
        QCOMPARE(m->ageSeconds, qint64(14 * 86400));
        QVERIFY(m->frozen);

        // By domain, most stuck first.
        QCOMPARE(q.byDomain.size(), 3);
        QCOMPARE(q.byDomain.at(0).domain, QStringLiteral("partner.example"));
        QCOMPARE(q.byDomain.at(0).messages, qint64(3));
        QCOMPARE(q.byDomain.at(0).recipientsPending, qint64(4));
        QCOMPARE(q.byDomain.at(0).oldestAgeSeconds, qint64(14 * 86400));
        QCOMPARE(q.byDomain.at(0).frozenMessages, qint64(1));
        QCOMPARE(q.byDomain.at(1).domain, QStringLiteral("example.net"));
        QCOMPARE(q.byDomain.at(1).messages, qint64(2));
        QCOMPARE(q.byDomain.at(1).oldestAgeSeconds, qint64(1500));
        QCOMPARE(q.byDomain.at(2).domain, QStringLiteral("mx.partner.example"));

        // By age.
        QCOMPARE(q.byAge.size(), 4);
        const QStringList labels{QStringLiteral("<1h"), QStringLiteral("1h-1d"), QStringLiteral("1-7d"), QStringLiteral(">7d")};
        const qint64 messages[] = {2, 1, 1, 1};
        const qint64 waiting[] = {2, 2, 2, 1};
        const qint64 frozen[] = {1, 0, 0, 1};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(q.byAge.at(i).label, labels.at(i));
            QCOMPARE(q.byAge.at(i).messages, messages[i]);
            QCOMPARE(q.byAge.at(i).recipientsPending, waiting[i]);
            QCOMPARE(q.byAge.at(i).frozenMessages, frozen[i]);
        }
        QCOMPARE(q.recipientsPending, qint64(7));
        QCOMPARE(q.recipientsDelivered, qint64(3));
        QCOMPARE(q.frozenMessages, qint64(2));
        QCOMPARE(q.oldestAgeSeconds, qint64(14 * 86400));
        QCOMPARE(q.unknownAgeMessages, qint64(0));
    }

    void eximSpoolError()
    {
        // After a spool read error Exim prints no age, a blank size and no sender.
        const MailQueue q = parseMailQueueText(u"      1gzK7S-0007Td-Bt\n"
                                               u"    *** spool read error: No such file or directory ***\n"
                                               u"\n"
                                               u" 2h   1.0K 1gzK7S-0007Te-Bu <a@example.org>\n"
                                               u"          b@example.net\n",
                                               {}, kNow);
        QVERIFY2(q.unparsed == 0, qPrintable(unparsedText(q)));
        QCOMPARE(q.messages.size(), 2);
        const QueueMessage &broken = q.messages.at(0);
        QCOMPARE(broken.ageSeconds, qint64(-1));
        QCOMPARE(broken.size, qint64(-1));
        QVERIFY(!broken.hasSender);
        QCOMPARE(broken.problem, QStringLiteral("spool read error: No such file or directory"));
        QCOMPARE(q.unknownAgeMessages, qint64(1));
        QCOMPARE(q.messages.at(1).recipients.size(), 1);   // the last entry needs no blank line
    }

    void filters()
    {
        QueueFilter partner;
        partner.domain = QStringLiteral("Partner.Example");
        MailQueue q = parseMailQueueText(QString::fromLatin1(kEximVariations), partner, kNow);
        QCOMPARE(q.messageCount, qint64(3));
        QCOMPARE(q.filteredOut, qint64(2));
        QCOMPARE(q.recipientsPending, qint64(5));   // the subdomain counts, example.net does not
        QCOMPARE(q.byDomain.size(), 2);
        QCOMPARE(q.byDomain.at(0).domain, QStringLiteral("partner.example"));
        QCOMPARE(q.byDomain.at(1).domain, QStringLiteral("mx.partner.example"));
        QCOMPARE(q.frozenMessages, qint64(1));

        QueueFilter net;
        net.domain = QStringLiteral("@example.net");
        q = parseMailQueueText(QString::fromLatin1(kEximVariations), net, kNow);
        QCOMPARE(q.messageCount, qint64(2));
        QCOMPARE(q.messages.at(0).id, QStringLiteral("1gzK7S-0007Td-Bt"));

        // A domain whose recipients were all delivered has nothing stuck.
        QueueFilter delivered;
        delivered.domain = QStringLiteral("example.org");
        q = parseMailQueueText(QString::fromLatin1(kEximVariations), delivered, kNow);
        QCOMPARE(q.messageCount, qint64(0));
        QCOMPARE(q.filteredOut, qint64(5));
        QVERIFY(q.messages.isEmpty());

        QueueFilter old;
        old.olderThanSeconds = 86400;
        q = parseMailQueueText(QString::fromLatin1(kEximVariations), old, kNow);
        QCOMPARE(q.messageCount, qint64(2));
        QCOMPARE(q.byAge.at(0).messages, qint64(0));
        QCOMPARE(q.byAge.at(2).messages, qint64(1));
        QCOMPARE(q.byAge.at(3).messages, qint64(1));

        QVERIFY(partner.matchesDomain(QStringLiteral("mx.partner.example")));
        QVERIFY(!partner.matchesDomain(QStringLiteral("notpartner.example")));
        QVERIFY(QueueFilter().isEmpty());
    }

    void postfixJson()
    {
        const qint64 now = epoch(kNow);
        const QString text =
            QStringLiteral("{\"queue_name\": \"deferred\", \"queue_id\": \"4Pd2zX1vq3z9rHM\", \"arrival_time\": %1, "
                           "\"message_size\": 3359, \"forced_expire\": false, \"sender\": \"alice@example.org\", "
                           "\"recipients\": [{\"address\": \"bob@partner.example\", \"delay_reason\": \"connect to "
                           "mx.partner.example[192.0.2.5]:25: Connection timed out\"}, {\"address\": \"carol@other.example\"}]}\n"
                           "{\"queue_name\": \"hold\", \"queue_id\": \"3F5A1123AB\", \"arrival_time\": %2, \"message_size\": 512, "
                           "\"forced_expire\": true, \"sender\": \"\", \"recipients\": [{\"address\": \"dave@partner.example\", "
                           "\"delay_reason\": \"TLS is required, but was not offered by host mx.partner.example[192.0.2.5]\"}]}\n"
                           "{\"queue_name\": \"active\", \"queue_id\": \"B00B5\", \"arrival_time\": %3, \"message_size\": 100, "
                           "\"sender\": \"x@example.org\", \"recipients\": []}\n"
                           "{\"queue_id\": \"bad id!\", \"recipients\": []}\n"
                           "{not json at all\n")
                .arg(now - 7200)
                .arg(now - 9 * 86400)
                .arg(now - 30);
        const MailQueue q = parseMailQueueText(text, {}, kNow);
        QCOMPARE(q.format, QueueFormat::PostfixJson);
        QCOMPARE(queueFormatName(q.format), QStringLiteral("postqueue-j"));
        QCOMPARE(q.messages.size(), 3);
        QCOMPARE(q.unparsed, qint64(2));
        QCOMPARE(q.unparsedExamples.value(0).first, qint64(4));
        QCOMPARE(q.unparsedExamples.value(1).first, qint64(5));

        const QueueMessage &a = q.messages.at(0);
        QCOMPARE(a.id, QStringLiteral("4Pd2zX1vq3z9rHM"));
        QCOMPARE(a.idFormat, QStringLiteral("postfix"));
        QCOMPARE(a.queueName, QStringLiteral("deferred"));
        QCOMPARE(a.ageSeconds, qint64(7200));
        QCOMPARE(a.arrival, kNow.addSecs(-7200));
        QCOMPARE(a.size, qint64(3359));
        QCOMPARE(a.sender, QStringLiteral("alice@example.org"));
        QVERIFY(!a.frozen);
        QCOMPARE(a.recipients.size(), 2);
        QCOMPARE(a.recipients.at(0).delayReason,
                 QStringLiteral("connect to mx.partner.example[192.0.2.5]:25: Connection timed out"));
        QVERIFY(a.recipients.at(1).delayReason.isEmpty());

        const QueueMessage &b = q.messages.at(1);
        QVERIFY(b.frozen);   // on hold
        QVERIFY(b.forcedExpire);
        QVERIFY(b.hasSender && b.sender.isEmpty());
        QCOMPARE(b.ageSeconds, qint64(9 * 86400));

        QCOMPARE(q.messages.at(2).queueName, QStringLiteral("active"));
        QCOMPARE(q.messages.at(2).pending, qint64(0));

        const QueueDomain *partner = findDomain(q, QStringLiteral("partner.example"));
        QVERIFY(partner);
        QCOMPARE(partner->messages, qint64(2));
        QCOMPARE(partner->frozenMessages, qint64(1));
        QCOMPARE(partner->oldestAgeSeconds, qint64(9 * 86400));
        QCOMPARE(partner->exampleReason, QStringLiteral("connect to mx.partner.example[192.0.2.5]:25: Connection timed out"));
        QCOMPARE(q.byDomain.at(0).domain, QStringLiteral("partner.example"));
        QCOMPARE(q.byAge.at(0).messages, qint64(1));
        QCOMPARE(q.byAge.at(1).messages, qint64(1));
        QCOMPARE(q.byAge.at(3).messages, qint64(1));
    }

    void postfixText()
    {
        const MailQueue q = parseMailQueueText(
            u"-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"
            u"A7F3C2E8B1*    2345 Sat Jan 10 11:00:00  alice@example.org\n"
            u"                                         bob@partner.example\n"
            u"\n"
            u"C800B104BA4!    848 Tue Dec 30 10:00:00  MAILER-DAEMON\n"
            u"(connect to mx.partner.example[192.0.2.5]:25: Connection refused)\n"
            u"                                         carol@partner.example\n"
            u"            (TLS is required, but was not offered by host mx.other.example[192.0.2.9])\n"
            u"                                         dave@other.example\n"
            u"\n"
            u"D1E2F3A4B5     100 Fri Jan  9 12:00:00  eve@example.org\n"
            u"                                         frank@other.example\n"
            u"\n"
            u"-- 4 Kbytes in 3 Requests.\n",
            {}, kNow);
        QCOMPARE(q.format, QueueFormat::PostfixText);
        QCOMPARE(queueFormatName(q.format), QStringLiteral("postqueue-p"));
        QVERIFY2(q.unparsed == 0, qPrintable(unparsedText(q)));
        QCOMPARE(q.messages.size(), 3);

        const QueueMessage &a = q.messages.at(0);
        QCOMPARE(a.id, QStringLiteral("A7F3C2E8B1"));
        QCOMPARE(a.queueName, QStringLiteral("active"));
        QCOMPARE(a.size, qint64(2345));
        QCOMPARE(a.arrival, QDateTime(QDate(2026, 1, 10), QTime(11, 0), Qt::LocalTime).toUTC());
        QCOMPARE(a.ageSeconds, QDateTime(QDate(2026, 1, 10), QTime(11, 0), Qt::LocalTime).secsTo(kNow));

        // December, read in January: last year.
        const QueueMessage &b = q.messages.at(1);
        QCOMPARE(b.id, QStringLiteral("C800B104BA4"));
        QVERIFY(b.frozen);
        QCOMPARE(b.queueName, QStringLiteral("hold"));
        QVERIFY(b.hasSender && b.sender.isEmpty());   // MAILER-DAEMON: the null sender
        QCOMPARE(b.arrival.toLocalTime().date(), QDate(2025, 12, 30));
        QCOMPARE(b.recipients.size(), 2);
        QCOMPARE(b.recipients.at(0).delayReason, QStringLiteral("connect to mx.partner.example[192.0.2.5]:25: Connection refused"));
        QCOMPARE(b.recipients.at(1).delayReason,
                 QStringLiteral("TLS is required, but was not offered by host mx.other.example[192.0.2.9]"));

        QVERIFY(q.messages.at(2).queueName.isEmpty());   // no mark: the listing does not say which queue
        QCOMPARE(q.byDomain.size(), 2);
        QCOMPARE(findDomain(q, QStringLiteral("partner.example"))->exampleReason,
                 QStringLiteral("connect to mx.partner.example[192.0.2.5]:25: Connection refused"));   // the first one listed
        QCOMPARE(findDomain(q, QStringLiteral("other.example"))->exampleReason,
                 QStringLiteral("TLS is required, but was not offered by host mx.other.example[192.0.2.9]"));
        QCOMPARE(q.frozenMessages, qint64(1));

        const MailQueue empty = parseMailQueueText(u"Mail queue is empty\n", {}, kNow);
        QCOMPARE(empty.format, QueueFormat::PostfixText);
        QCOMPARE(empty.messageCount, qint64(0));
        QCOMPARE(empty.unparsed, qint64(0));
    }

    void unparsedLines()
    {
        QString text = QStringLiteral("          orphan@example.net\n"            // 1: a recipient before any message
                                      " 2m   300 1gzK7S-0007Td-Bt <a@example.org>\n"   // 2
                                      "          bob@example.net\n"               // 3
                                      "          two words@example.net\n"         // 4: not an address
                                      "        D carol@example.org\n"             // 5
                                      "\n"                                        // 6
                                      "this is not a queue line\n");              // 7
        for (int i = 0; i < 30; ++i)
            text += QStringLiteral("noise %1 ").arg(i) + QString(1000, QLatin1Char('z')) + QLatin1Char('\n');
        const MailQueue q = parseMailQueueText(text, {}, kNow);
        QCOMPARE(q.messages.size(), 1);
        QCOMPARE(q.messages.at(0).recipients.size(), 2);
        QCOMPARE(q.unparsed, qint64(33));
        QCOMPARE(q.unparsedExamples.size(), mailtls::core::limits::kLogUnparsedExamples);
        QCOMPARE(q.unparsedExamples.at(0).first, qint64(1));
        QCOMPARE(q.unparsedExamples.at(1).first, qint64(4));
        QCOMPARE(q.unparsedExamples.at(2).first, qint64(7));
        QCOMPARE(q.unparsedExamples.at(2).second, QStringLiteral("this is not a queue line"));
        QCOMPARE(q.unparsedExamples.at(3).first, qint64(8));
        QCOMPARE(q.unparsedExamples.at(3).second.size(), mailtls::core::limits::kLogExampleChars);

        // Nothing that looks like a queue: every line counted, the format unknown.
        const MailQueue log = parseMailQueueText(u"2026-12-06 02:46:09 1xa2GP-0005Po-10 <= a@example.org\nplain text\n", {}, kNow);
        QCOMPARE(log.format, QueueFormat::Unknown);
        QCOMPARE(log.unparsed, qint64(2));
        QCOMPARE(log.messageCount, qint64(0));

        // JSON that is no postqueue -j object decides nothing either.
        const MailQueue report = parseMailQueueText(u"{\n  \"schema\": \"mailtls.report/1\",\n  \"kind\": \"scan\"\n}\n", {}, kNow);
        QCOMPARE(report.format, QueueFormat::Unknown);
        QCOMPARE(report.unparsed, qint64(4));

        // An empty listing is an empty queue (exim -bp prints nothing then).
        const MailQueue none = parseMailQueueText(u"", {}, kNow);
        QCOMPARE(none.unparsed, qint64(0));
        QCOMPARE(none.messageCount, qint64(0));
    }

    void readsFilesThroughTheLogReader()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("queue.txt"));
        QVERIFY(writeFile(plain, QByteArray(kEximVariations).replace("\n", "\r\n")));
        MailQueue q;
        Error error;
        QVERIFY2(readMailQueue(plain, &q, &error, {}, kNow), qPrintable(error.message));
        QVERIFY2(!q.error.isError(), qPrintable(q.error.message));
        QCOMPARE(q.path, plain);
        QCOMPARE(q.messages.size(), 5);
        QCOMPARE(q.unparsed, qint64(0));

        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
        QVERIFY(gzip.waitForStarted());
        gzip.write(kEximReal);
        gzip.closeWriteChannel();
        QVERIFY(gzip.waitForFinished());
        const QString packed = dir.filePath(QStringLiteral("queue.gz"));
        QVERIFY(writeFile(packed, gzip.readAllStandardOutput()));
        QVERIFY2(readMailQueue(packed, &q, &error, {}, kNow), qPrintable(error.message));
        QCOMPARE(q.compression, QStringLiteral("gzip"));
        QCOMPARE(q.messages.size(), 3);

        QVERIFY(!readMailQueue(dir.filePath(QStringLiteral("missing")), &q, &error, {}, kNow));
        QCOMPARE(error.kind, ErrorKind::FileUnreadable);
        QVERIFY(error.message.contains(QLatin1String("missing")));
    }

    // --- hostile input ------------------------------------------------------------------------

    void tenMegabyteLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge"));
        QByteArray bytes(kEximReal);
        bytes += QByteArray(10 * 1024 * 1024, 'x') + '\n';
        bytes += " 1m   300 1xa3Fc-0003Rz-0Z <late@example.org>\n          z@example.net\n";
        QVERIFY(writeFile(path, bytes));
        MailQueue q;
        Error error;
        QVERIFY(readMailQueue(path, &q, &error, {}, kNow));
        QVERIFY2(!q.error.isError(), qPrintable(q.error.message));
        QCOMPARE(q.messages.size(), 4);   // before and after the monster line
        QCOMPARE(q.longLines, qint64(1));
        QCOMPARE(q.unparsed, qint64(1));
        QCOMPARE(q.unparsedExamples.at(0).first, qint64(11));
        QCOMPARE(q.unparsedExamples.at(0).second.size(), mailtls::core::limits::kLogExampleChars);

        // The same line handed over in memory is cut by the parser itself.
        const MailQueue inMemory = parseMailQueueText(QString(10 * 1024 * 1024, QLatin1Char('y')), {}, kNow);
        QCOMPARE(inMemory.longLines, qint64(1));
        QCOMPARE(inMemory.unparsed, qint64(1));
    }

    void nulBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("binary"));
        QVERIFY(writeFile(path, QByteArray(kEximReal) + QByteArray(" 1m   300 1xa3Fc") + '\0' + QByteArray("-0003Rz-0Z <x@y>\n")
                                    + QByteArray(kEximReal)));
        MailQueue q;
        Error error;
        QVERIFY(readMailQueue(path, &q, &error, {}, kNow));
        QVERIFY(q.error.isError());
        QCOMPARE(q.error.kind, ErrorKind::BadFormat);
        QVERIFY2(q.error.message.startsWith(path + QStringLiteral(":11:")), qPrintable(q.error.message));
        QCOMPARE(q.messages.size(), 3);   // everything before the damage

        const MailQueue inMemory = parseMailQueueText(QString::fromLatin1(kEximReal) + QLatin1Char('a') + QChar(0) + QStringLiteral("b\n"), {}, kNow);
        QVERIFY(inMemory.error.isError());
        QVERIFY2(inMemory.error.message.startsWith(QStringLiteral("line 11:")), qPrintable(inMemory.error.message));
        QCOMPARE(inMemory.messages.size(), 3);
    }

    void aMillionRecipients()
    {
        QString text = QStringLiteral(" 2h  1.0K 1gzK7S-0007Td-Bt <list@example.org>\n");
        const int count = 1000000;
        text.reserve(text.size() + count * 36);
        for (int i = 0; i < count; ++i)
            text += QStringLiteral("          member%1@d%2.example\n").arg(i).arg(i % 7);
        text += QStringLiteral("\n 1m   300 1gzK7S-0007Te-Bu <a@example.org>\n          b@example.net\n");
        QElapsedTimer timer;
        timer.start();
        const MailQueue q = parseMailQueueText(text, {}, kNow);
        qInfo("a million recipient lines parsed in %lld ms", timer.elapsed());
        QCOMPARE(q.messages.size(), 2);
        const QueueMessage &list = q.messages.at(0);
        QCOMPARE(list.recipients.size(), mailtls::core::limits::kQueueRecipientsPerMessage);
        QCOMPARE(list.recipientsDropped, qint64(count - mailtls::core::limits::kQueueRecipientsPerMessage));
        QCOMPARE(list.pending, qint64(count));
        QCOMPARE(q.recipientsPending, qint64(count + 1));   // every recipient counted
        QCOMPARE(q.byDomain.size(), 8);
        QCOMPARE(findDomain(q, QStringLiteral("d3.example"))->recipientsPending, qint64(142857));
        QCOMPARE(q.messages.at(1).recipients.size(), 1);   // the next message is whole
        QCOMPARE(q.unparsed, qint64(0));
    }

    void moreMessagesThanKept()
    {
        const int kept = mailtls::core::limits::kQueueMessagesKept;
        const int count = kept + 500;
        QString text;
        text.reserve(count * 80);
        for (int i = 0; i < count; ++i) {
            text += QStringLiteral(" 5m   300 1gz%1-0007Td-Bt <a@example.org>\n          b%2@example.net\n\n")
                        .arg(base62(i, 3))
                        .arg(i);
        }
        const MailQueue q = parseMailQueueText(text, {}, kNow);
        QVERIFY2(q.unparsed == 0, qPrintable(unparsedText(q)));
        QCOMPARE(q.messageCount, qint64(count));
        QCOMPARE(q.messages.size(), kept);
        QCOMPARE(q.messagesDropped, qint64(500));
        QCOMPARE(q.byDomain.value(0).messages, qint64(count));   // the groups count every message
        QCOMPARE(q.byAge.at(0).messages, qint64(count));
    }

    void moreDomainsThanKept()
    {
        const int kept = mailtls::core::limits::kQueueDomainsKept;
        QString text = QStringLiteral(" 5m   300 1gzK7S-0007Td-Bt <a@example.org>\n");
        for (int i = 0; i < kept + 250; ++i)
            text += QStringLiteral("          r@host%1.example\n").arg(i);
        text += QStringLiteral("\n 5m   300 1gzK7S-0007Te-Bu <a@example.org>\n          r@another.example\n");
        const MailQueue q = parseMailQueueText(text, {}, kNow);
        QCOMPARE(q.byDomain.size(), kept);
        QCOMPARE(q.otherDomainsRecipients, qint64(250 + 1));
        QCOMPARE(q.otherDomainsMessages, qint64(2));
        QCOMPARE(q.recipientsPending, qint64(kept + 251));
        QCOMPARE(q.messages.at(0).recipients.size(), mailtls::core::limits::kQueueRecipientsPerMessage);
    }

    void postqueueObjectLongerThanALine()
    {
        // 3000 recipients make a line of about 200 000 characters; the reader keeps the first
        // limits::kLogLineChars of it, and the complete recipient objects in there are kept.
        QString big = QStringLiteral("{\"queue_name\": \"deferred\", \"queue_id\": \"4Pd2zX1vq3z9rHM\", \"arrival_time\": %1, "
                                     "\"message_size\": 2048, \"forced_expire\": false, \"sender\": \"list@example.org\", "
                                     "\"recipients\": [")
                          .arg(epoch(kNow) - 600);
        for (int i = 0; i < 3000; ++i) {
            if (i)
                big += QLatin1String(", ");
            big += QStringLiteral("{\"address\": \"member%1@partner.example\", \"delay_reason\": \"connect to mx.partner.example"
                                  "[192.0.2.5]:25: Connection timed out\"}")
                       .arg(i);
        }
        big += QLatin1String("]}");
        QVERIFY(big.size() > 3 * mailtls::core::limits::kLogLineChars);
        const QString next = QStringLiteral("{\"queue_name\": \"active\", \"queue_id\": \"B00B5\", \"arrival_time\": %1, "
                                            "\"message_size\": 100, \"sender\": \"x@example.org\", \"recipients\": "
                                            "[{\"address\": \"y@example.net\"}]}")
                                 .arg(epoch(kNow) - 10);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("postqueue.json"));
        QVERIFY(writeFile(path, (big + QLatin1Char('\n') + next + QLatin1Char('\n')).toUtf8()));
        MailQueue q;
        Error error;
        QVERIFY(readMailQueue(path, &q, &error, {}, kNow));
        QVERIFY2(q.unparsed == 0, qPrintable(unparsedText(q)));
        QCOMPARE(q.longLines, qint64(1));
        QCOMPARE(q.messages.size(), 2);
        const QueueMessage &cut = q.messages.at(0);
        QVERIFY(cut.truncated);
        QCOMPARE(cut.id, QStringLiteral("4Pd2zX1vq3z9rHM"));
        QCOMPARE(cut.sender, QStringLiteral("list@example.org"));
        QCOMPARE(cut.ageSeconds, qint64(600));
        QVERIFY2(cut.recipients.size() > 300 && cut.recipients.size() < 3000, qPrintable(QString::number(cut.recipients.size())));
        QCOMPARE(cut.recipients.last().address, QStringLiteral("member%1@partner.example").arg(cut.recipients.size() - 1));
        QVERIFY(!q.messages.at(1).truncated);
        QCOMPARE(q.messages.at(1).recipients.value(0).address, QStringLiteral("y@example.net"));

        // A sender that spells the key inside its string does not fool the salvage.
        const QString fake = QStringLiteral("{\"queue_id\": \"C0FFEE1\", \"sender\": \"a\\\"recipients\\\":[{\\\"address\\\":"
                                            "\\\"evil@x\\\"}]@example.org\", \"recipients\": [{\"address\": \"real@example.net\"}, "
                                            "{\"address\": \"cut@exa");
        MailQueueParser parser({}, kNow);
        parser.feed(fake, true);
        const MailQueue salvaged = parser.finish();
        QCOMPARE(salvaged.messages.size(), 1);
        QCOMPARE(salvaged.messages.at(0).recipients.size(), 1);
        QCOMPARE(salvaged.messages.at(0).recipients.at(0).address, QStringLiteral("real@example.net"));
    }

    void deepJsonAndOddValues()
    {
        const MailQueue q = parseMailQueueText(QString(20000, QLatin1Char('{')) + QLatin1Char('\n')
                                                   + QStringLiteral("{\"queue_id\": \"ABCDE1\", \"arrival_time\": -5, "
                                                                    "\"message_size\": \"big\", \"recipients\": [1, \"x\", "
                                                                    "{\"address\": 7}, {\"address\": \"ok@example.net\"}]}\n"),
                                               {}, kNow);
        QCOMPARE(q.unparsed, qint64(1));
        QCOMPARE(q.messages.size(), 1);
        const QueueMessage &m = q.messages.at(0);
        QCOMPARE(m.ageSeconds, qint64(-1));   // a negative time is no time
        QCOMPARE(m.size, qint64(-1));
        QVERIFY(!m.hasSender);
        QCOMPARE(m.recipients.size(), 1);
        QCOMPARE(m.recipientsDropped, qint64(3));   // 1, "x" and an address that is no string

        // JSON says where a string ends: an odd sender is kept, not guessed at.
        const MailQueue odd = parseMailQueueText(u"{\"queue_id\": \"ABCDE2\", \"sender\": \"john smith@example.org\", "
                                                 u"\"recipients\": [{\"address\": \"a b@example.net\"}]}\n",
                                                 {}, kNow);
        QCOMPARE(odd.messages.size(), 1);
        QCOMPARE(odd.messages.at(0).sender, QStringLiteral("john smith@example.org"));
        QCOMPARE(odd.messages.at(0).recipients.value(0).domain(), QStringLiteral("example.net"));
    }
};

MAILTLS_TEST_MAIN(TestMailQueue)
#include "test_mail_queue.moc"
