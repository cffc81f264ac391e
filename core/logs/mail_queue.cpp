#include "logs/mail_queue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

#include "base/limits.h"
#include "logs/exim_log.h"
#include "logs/log_reader.h"

namespace mailtls::core {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kLongestAge = 100 * 366 * kDay;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// The next word of `text` from *pos on (spaces and tabs between words); empty at the end.
QStringView nextWord(QStringView text, qsizetype *pos)
{
    qsizetype i = *pos;
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    const qsizetype start = i;
    while (i < text.size() && !isSpace(text.at(i)))
        ++i;
    *pos = i;
    return text.mid(start, i - start);
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool allAlnum(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')))
            return false;
    }
    return !text.isEmpty();
}

// An envelope address as a listing shows one: not empty, bounded, and white space only inside
// a quoted local part ("john smith"@example.org).
bool plausibleAddress(QStringView text)
{
    if (text.isEmpty() || text.size() > limits::kQueueAddressChars)
        return false;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && quoted) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if ((isSpace(c) || c.unicode() < 0x20) && !quoted)
            return false;
    }
    return true;
}

QString bounded(QStringView text, int limit)
{
    return text.left(limit).toString();
}

// Exim's age column: digits and a unit; plain seconds are not an Exim age.
bool parseEximAge(QStringView text, qint64 *seconds)
{
    if (text.size() < 2 || !allDigits(text.left(text.size() - 1)))
        return false;
    return parseQueueAge(text, seconds);
}

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int monthNumber(QStringView name)
{
    for (int i = 0; i < 12; ++i) {
        if (name == QLatin1String(kMonths[i]))
            return i + 1;
    }
    return 0;
}

bool isWeekday(QStringView name)
{
    return std::any_of(std::begin(kWeekdays), std::end(kWeekdays), [name](const char *d) { return name == QLatin1String(d); });
}

// A Postfix arrival time has no year and is local time: the latest year that does not put it
// more than a day after `now` (29 February looks back to the last leap year).
QDateTime postfixArrival(int month, int day, const QTime &time, const QDateTime &now)
{
    const QDateTime limit = now.addDays(1);
    const int year = now.toLocalTime().date().year();
    for (int y = year; y >= year - 8; --y) {
        const QDate date(y, month, day);
        if (!date.isValid())
            continue;
        const QDateTime when(date, time, Qt::LocalTime);
        if (when.isValid() && when <= limit)
            return when.toUTC();
    }
    return QDateTime();
}

// The place of "recipients": [ in a postqueue -j object cut short, found by walking the JSON
// (strings and nesting respected, so a sender cannot fake it); -1 when the cut came earlier.
// *keyAt: where the key's opening quote is.
qsizetype recipientsArrayStart(QStringView text, qsizetype *keyAt)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = -1;
    QStringView lastString;
    qsizetype lastStringAt = -1;
    QStringView key;
    qsizetype keyQuote = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"')) {
                inString = false;
                lastString = text.mid(stringStart, i - stringStart);
                lastStringAt = stringStart - 1;
            }
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case ':':
            if (depth == 1) {
                key = lastString;
                keyQuote = lastStringAt;
            }
            break;
        case ',':
            key = QStringView();
            break;
        case '{':
        case '[':
            ++depth;
            if (c == QLatin1Char('[') && depth == 2 && key == QLatin1String("recipients")) {
                *keyAt = keyQuote;
                return i;
            }
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return -1;
}

// The complete objects of a JSON array whose text starts after its '[' and may be cut anywhere.
QList<QJsonObject> completeObjects(QStringView text)
{
    QList<QJsonObject> objects;
    int depth = 0;
    bool inString = false;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            if (depth == 0 && c == QLatin1Char('{'))
                start = i;
            ++depth;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
            if (depth < 0)
                break;   // the array's own end
            if (depth == 0 && start >= 0) {
                const QJsonDocument doc = QJsonDocument::fromJson(text.mid(start, i - start + 1).toUtf8());
                if (doc.isObject())
                    objects << doc.object();
                start = -1;
            }
        }
    }
    return objects;
}

} // namespace

QString queueFormatName(QueueFormat format)
{
    switch (format) {
    case QueueFormat::EximListing:
        return QStringLiteral("exim-bp");
    case QueueFormat::PostfixJson:
        return QStringLiteral("postqueue-j");
    case QueueFormat::PostfixText:
        return QStringLiteral("postqueue-p");
    case QueueFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString QueueRecipient::domain() const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

bool QueueFilter::matchesDomain(const QString &name) const
{
    if (domain.isEmpty())
        return true;
    QString wanted = domain.toLower();
    while (wanted.startsWith(QLatin1Char('@')) || wanted.startsWith(QLatin1Char('.')))
        wanted.remove(0, 1);
    if (wanted.isEmpty())
        return true;
    const QString d = name.toLower();
    return d == wanted || d.endsWith(QLatin1Char('.') + wanted);
}

bool parseQueueAge(QStringView text, qint64 *seconds)
{
    if (text.isEmpty() || text.size() > 20)
        return false;
    qint64 unit = 1;
    QStringView digits = text;
    switch (text.back().unicode()) {
    case 's': unit = 1; digits.chop(1); break;
    case 'm': unit = kMinute; digits.chop(1); break;
    case 'h': unit = kHour; digits.chop(1); break;
    case 'd': unit = kDay; digits.chop(1); break;
    case 'w': unit = kWeek; digits.chop(1); break;
    default: break;
    }
    if (!allDigits(digits) || digits.size() > 12)
        return false;
    const qint64 value = digits.toLongLong();
    if (value > kLongestAge / unit)
        return false;
    *seconds = value * unit;
    return true;
}

QString queueAgeText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    if (seconds < 90)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 90 * kMinute)
        return QStringLiteral("%1m").arg(seconds / kMinute);
    if (seconds < 48 * kHour)
        return QStringLiteral("%1h").arg(seconds / kHour);
    return QStringLiteral("%1d").arg(seconds / kDay);
}

bool parseQueueSize(QStringView text, qint64 *bytes)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    if (allDigits(text)) {
        *bytes = text.toLongLong();
        return true;
    }
    qint64 unit = 0;
    if (text.back() == QLatin1Char('K'))
        unit = 1024;
    else if (text.back() == QLatin1Char('M'))
        unit = 1024 * 1024;
    else
        return false;
    QStringView number = text.chopped(1);
    const qsizetype dot = number.indexOf(QLatin1Char('.'));
    QStringView whole = dot < 0 ? number : number.left(dot);
    QStringView tenths = dot < 0 ? QStringView() : number.mid(dot + 1);
    if (!allDigits(whole) || (dot >= 0 && (tenths.size() != 1 || !allDigits(tenths))))
        return false;
    qint64 value = whole.toLongLong() * unit;
    if (!tenths.isEmpty())
        value += tenths.toLongLong() * unit / 10;
    *bytes = value;
    return true;
}

// ------------------------------------------------------------------------------------------

struct MailQueueParser::State {
    QueueFilter filter;
    QDateTime now;
    MailQueue result;

    bool hasCurrent = false;
    QueueMessage current;
    struct Tally {
        qint64 waiting = 0;
        QString reason;                       // the first delay reason of a recipient there
    };
    QHash<QString, Tally> currentDomains;     // waiting recipients per domain (those the filter counts)
    qint64 currentOtherDomains = 0;           // waiting, beyond limits::kQueueDomainsKept domains
    qint64 currentDelivered = 0;              // delivered (those the filter counts)
    QString reason;                           // the Postfix "(reason)" that applies to the next recipients
    qint64 recipientsKept = 0;                // over every message kept so far

    QHash<QString, int> domainIndex;
    QList<QueueDomain> domains;
    bool finished = false;

    void unparsed(QStringView line)
    {
        ++result.unparsed;
        if (result.unparsedExamples.size() < limits::kLogUnparsedExamples)
            result.unparsedExamples.append({result.lines, bounded(line, limits::kLogExampleChars)});
    }

    void begin(QueueMessage message)
    {
        flush();
        current = std::move(message);
        current.line = result.lines;
        hasCurrent = true;
        reason.clear();
    }

    void addRecipient(QueueRecipient recipient)
    {
        const QString domain = recipient.domain();
        const bool counted = filter.matchesDomain(domain);
        if (recipient.delivered) {
            ++current.delivered;
            if (counted)
                ++currentDelivered;
        } else {
            ++current.pending;
            if (counted) {
                auto it = currentDomains.find(domain);
                if (it == currentDomains.end() && currentDomains.size() < limits::kQueueDomainsKept)
                    it = currentDomains.insert(domain, Tally());
                if (it != currentDomains.end()) {
                    ++it->waiting;
                    if (it->reason.isEmpty())
                        it->reason = recipient.delayReason;
                } else {
                    ++currentOtherDomains;
                }
            }
        }
        if (current.recipients.size() < limits::kQueueRecipientsPerMessage && recipientsKept < limits::kQueueRecipientsKept) {
            current.recipients.append(std::move(recipient));
            ++recipientsKept;
        } else {
            ++current.recipientsDropped;
        }
    }

    QueueDomain *domainEntry(const QString &name)
    {
        const auto it = domainIndex.constFind(name);
        if (it != domainIndex.constEnd())
            return &domains[it.value()];
        if (domains.size() >= limits::kQueueDomainsKept)
            return nullptr;
        domainIndex.insert(name, int(domains.size()));
        QueueDomain d;
        d.domain = name;
        domains.append(d);
        return &domains.last();
    }

    // The current entry is complete: filter it, count it in the groups, keep it if there is room.
    void flush()
    {
        if (!hasCurrent)
            return;
        hasCurrent = false;
        QueueMessage m = std::move(current);
        current = QueueMessage();
        const QHash<QString, Tally> domainsOfMessage = std::move(currentDomains);
        currentDomains.clear();
        const qint64 otherDomains = currentOtherDomains;
        const qint64 delivered = currentDelivered;
        currentOtherDomains = 0;
        currentDelivered = 0;

        bool passes = true;
        if (filter.olderThanSeconds >= 0 && (m.ageSeconds < 0 || m.ageSeconds < filter.olderThanSeconds))
            passes = false;
        if (!filter.domain.isEmpty() && domainsOfMessage.isEmpty() && otherDomains == 0)
            passes = false;   // nothing waiting in the domain asked about
        if (!passes) {
            ++result.filteredOut;
            recipientsKept -= m.recipients.size();
            return;
        }

        ++result.messageCount;
        qint64 waiting = otherDomains;
        bool inOther = otherDomains > 0;
        for (auto it = domainsOfMessage.constBegin(); it != domainsOfMessage.constEnd(); ++it) {
            waiting += it->waiting;
            QueueDomain *d = domainEntry(it.key());
            if (!d) {
                result.otherDomainsRecipients += it->waiting;
                inOther = true;
                continue;
            }
            ++d->messages;
            d->recipientsPending += it->waiting;
            if (d->exampleReason.isEmpty())
                d->exampleReason = it->reason;
            d->oldestAgeSeconds = qMax(d->oldestAgeSeconds, m.ageSeconds);
            if (m.frozen)
                ++d->frozenMessages;
        }
        result.otherDomainsRecipients += otherDomains;
        if (inOther)
            ++result.otherDomainsMessages;
        result.recipientsPending += waiting;
        result.recipientsDelivered += delivered;
        result.recipientsDropped += m.recipientsDropped;
        if (m.frozen)
            ++result.frozenMessages;
        result.oldestAgeSeconds = qMax(result.oldestAgeSeconds, m.ageSeconds);

        if (m.ageSeconds < 0) {
            ++result.unknownAgeMessages;
        } else {
            for (QueueAgeBucket &b : result.byAge) {
                if (m.ageSeconds >= b.fromSeconds && (b.toSeconds < 0 || m.ageSeconds < b.toSeconds)) {
                    ++b.messages;
                    b.recipientsPending += waiting;
                    if (m.frozen)
                        ++b.frozenMessages;
                    break;
                }
            }
        }

        if (result.messages.size() < limits::kQueueMessagesKept) {
            result.messages.append(std::move(m));
        } else {
            ++result.messagesDropped;
            result.recipientsDropped += m.recipients.size();
            recipientsKept -= m.recipients.size();
        }
    }

    // --- exim -bp ---------------------------------------------------------------------------

    // "25m  2.9K 1gzK7S-0007Td-Bt <alice@example.org> (login) *** frozen ***"; after a spool
    // read error Exim writes neither the age nor the sender.
    bool eximHeader(QStringView line, QueueMessage *out) const
    {
        const QStringView text = line.trimmed();
        qsizetype pos = 0;
        QueueMessage m;
        EximMessageId id;
        QStringView word = nextWord(text, &pos);
        if (!parseEximMessageId(word, &id)) {
            qint64 age = 0;
            if (!parseEximAge(word, &age))
                return false;
            m.ageSeconds = age;
            m.ageText = word.toString();
            word = nextWord(text, &pos);
            if (!parseEximMessageId(word, &id)) {
                qint64 size = 0;
                if (!parseQueueSize(word, &size))
                    return false;
                m.size = size;
                m.sizeText = word.toString();
                word = nextWord(text, &pos);
                if (!parseEximMessageId(word, &id))
                    return false;
            }
        }
        m.id = id.id;
        m.idFormat = id.longFormat ? QStringLiteral("exim-6-11-4") : QStringLiteral("exim-6-6-2");
        QStringView rest = text.mid(pos).trimmed();
        const QLatin1String frozen("*** frozen ***");
        if (rest.endsWith(frozen)) {
            m.frozen = true;
            rest = rest.chopped(frozen.size()).trimmed();
        }
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char('<')))
                return false;
            const qsizetype close = rest.lastIndexOf(QLatin1Char('>'));
            if (close < 0)
                return false;
            const QStringView sender = rest.mid(1, close - 1);
            if (!sender.isEmpty() && !plausibleAddress(sender))
                return false;
            m.sender = sender.toString();
            m.hasSender = true;
            const QStringView after = rest.mid(close + 1).trimmed();
            if (!after.isEmpty()) {
                if (!after.startsWith(QLatin1Char('(')) || !after.endsWith(QLatin1Char(')')) || after.size() > 130)
                    return false;
                m.originatorLogin = after.mid(1, after.size() - 2).toString();
            }
        }
        *out = std::move(m);
        return true;
    }

    bool eximEntryLine(QStringView line)
    {
        if (!hasCurrent || line.isEmpty() || !isSpace(line.front()))
            return false;
        const QStringView text = line.trimmed();
        if (text == QLatin1String("*** frozen ***")) {
            current.frozen = true;
            return true;
        }
        if (text.startsWith(QLatin1String("***")) && text.endsWith(QLatin1String("***")) && text.size() >= 6) {
            current.problem = bounded(text.mid(3, text.size() - 6).trimmed(), limits::kLogExampleChars);
            return true;
        }
        QueueRecipient r;
        QStringView address = text;
        if (text.startsWith(QLatin1String("+D")) && text.size() > 2 && isSpace(text.at(2))) {
            r.delivered = true;
            r.generated = true;
            address = text.mid(3).trimmed();
        } else if (text.startsWith(QLatin1Char('D')) && text.size() > 1 && isSpace(text.at(1))) {
            r.delivered = true;
            address = text.mid(2).trimmed();
        }
        if (!plausibleAddress(address))
            return false;
        r.address = address.toString();
        addRecipient(std::move(r));
        return true;
    }

    // --- postqueue -p -----------------------------------------------------------------------

    // "3F5A11234*     1234 Mon Dec  2 10:01:02  sender@example.org"
    bool postfixHeader(QStringView line, QueueMessage *out) const
    {
        if (line.isEmpty() || isSpace(line.front()))
            return false;
        qsizetype pos = 0;
        QStringView id = nextWord(line, &pos);
        QueueMessage m;
        if (id.endsWith(QLatin1Char('*'))) {
            m.queueName = QStringLiteral("active");
            id.chop(1);
        } else if (id.endsWith(QLatin1Char('!'))) {
            m.queueName = QStringLiteral("hold");
            m.frozen = true;
            id.chop(1);
        }
        if (id.size() < 5 || id.size() > 32 || !allAlnum(id))
            return false;
        const QStringView size = nextWord(line, &pos);
        const QStringView weekday = nextWord(line, &pos);
        const QStringView month = nextWord(line, &pos);
        const QStringView day = nextWord(line, &pos);
        const QStringView clock = nextWord(line, &pos);
        if (!allDigits(size) || size.size() > 15 || !isWeekday(weekday) || !monthNumber(month) || !allDigits(day)
            || day.size() > 2)
            return false;
        const QTime time = QTime::fromString(clock.toString(), QStringLiteral("HH:mm:ss"));
        if (!time.isValid())
            return false;
        const QDateTime arrival = postfixArrival(monthNumber(month), day.toInt(), time, now);
        if (!arrival.isValid())
            return false;
        const QStringView sender = line.mid(pos).trimmed();
        if (!sender.isEmpty()) {
            if (!plausibleAddress(sender))
                return false;
            m.hasSender = true;
            m.sender = sender == QLatin1String("MAILER-DAEMON") ? QString() : sender.toString();
        }
        m.id = id.toString();
        m.idFormat = QStringLiteral("postfix");
        m.size = size.toLongLong();
        m.sizeText = size.toString();
        m.arrival = arrival;
        m.ageText = QStringLiteral("%1 %2 %3 %4").arg(weekday, month, day, clock);
        m.ageSeconds = qMax<qint64>(0, arrival.secsTo(now));
        *out = std::move(m);
        return true;
    }

    // "-Queue ID- ...", "Mail queue is empty", "-- 5 Kbytes in 2 Requests."
    static bool postfixFrame(QStringView line)
    {
        if (line.startsWith(QLatin1String("-Queue ID-")) || line.trimmed() == QLatin1String("Mail queue is empty"))
            return true;
        if (!line.startsWith(QLatin1String("-- ")))
            return false;
        qsizetype pos = 3;
        const QStringView amount = nextWord(line, &pos);
        const QStringView unit = nextWord(line, &pos);
        const QStringView in = nextWord(line, &pos);
        const QStringView count = nextWord(line, &pos);
        const QStringView requests = nextWord(line, &pos);
        return allDigits(amount) && unit == QLatin1String("Kbytes") && in == QLatin1String("in") && allDigits(count)
               && (requests == QLatin1String("Request.") || requests == QLatin1String("Requests."));
    }

    bool postfixEntryLine(QStringView line)
    {
        if (!hasCurrent || line.isEmpty())
            return false;
        const QStringView text = line.trimmed();
        if (text.startsWith(QLatin1Char('('))) {
            QStringView why = text.mid(1);
            if (why.endsWith(QLatin1Char(')')))
                why.chop(1);
            reason = bounded(why, limits::kQueueReasonChars);
            return true;
        }
        if (!isSpace(line.front()) || !plausibleAddress(text))
            return false;
        QueueRecipient r;
        r.address = text.toString();
        r.delayReason = reason;
        addRecipient(std::move(r));
        return true;
    }

    // --- postqueue -j -----------------------------------------------------------------------

    bool postfixJson(QStringView line, bool cut)
    {
        QJsonObject object;
        QList<QJsonObject> recipients;
        qint64 notObjects = 0;
        bool truncated = false;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject()) {
            object = doc.object();
            for (const QJsonValue &v : object.value(QLatin1String("recipients")).toArray()) {
                if (v.isObject())
                    recipients << v.toObject();
                else
                    ++notObjects;
            }
        } else {
            // A line cut by the reader: the fields before "recipients" and the recipients whose
            // objects are complete.
            qsizetype keyAt = -1;
            const qsizetype array = cut ? recipientsArrayStart(line, &keyAt) : -1;
            if (array < 0)
                return false;
            QString head = line.left(keyAt).trimmed().toString();
            if (head.endsWith(QLatin1Char(',')))
                head.chop(1);
            const QJsonDocument headDoc = QJsonDocument::fromJson((head + QLatin1Char('}')).toUtf8());
            if (!headDoc.isObject())
                return false;
            object = headDoc.object();
            recipients = completeObjects(line.mid(array + 1));
            truncated = true;
        }
        const QJsonValue id = object.value(QLatin1String("queue_id"));
        if (!id.isString() || id.toString().size() > 32 || !allAlnum(id.toString()))
            return false;
        QueueMessage m;
        m.id = id.toString();
        m.idFormat = QStringLiteral("postfix");
        m.truncated = truncated;
        m.queueName = bounded(object.value(QLatin1String("queue_name")).toString(), 32);
        m.frozen = m.queueName == QLatin1String("hold");
        m.forcedExpire = object.value(QLatin1String("forced_expire")).toBool();
        const QJsonValue arrival = object.value(QLatin1String("arrival_time"));
        if (arrival.isDouble() && arrival.toDouble() > 0 && arrival.toDouble() < 1e11) {
            m.arrival = QDateTime::fromSecsSinceEpoch(qint64(arrival.toDouble()), Qt::UTC);
            m.ageSeconds = qMax<qint64>(0, m.arrival.secsTo(now));
            m.ageText = m.arrival.toString(Qt::ISODate);
        }
        const QJsonValue size = object.value(QLatin1String("message_size"));
        if (size.isDouble() && size.toDouble() >= 0 && size.toDouble() < 1e15)
            m.size = qint64(size.toDouble());
        // JSON strings need no guessing where they end: odd addresses are kept (bounded).
        const QJsonValue sender = object.value(QLatin1String("sender"));
        if (sender.isString()) {
            m.hasSender = true;
            m.sender = bounded(sender.toString(), limits::kQueueAddressChars);
        }
        begin(std::move(m));
        current.recipientsDropped += notObjects;   // listed, but not as recipients
        for (const QJsonObject &o : std::as_const(recipients)) {
            const QString address = o.value(QLatin1String("address")).toString();
            if (address.isEmpty()) {
                ++current.recipientsDropped;   // listed, but with no address to keep
                continue;
            }
            QueueRecipient r;
            r.address = bounded(address, limits::kQueueAddressChars);
            r.delayReason = bounded(o.value(QLatin1String("delay_reason")).toString(), limits::kQueueReasonChars);
            addRecipient(std::move(r));
        }
        flush();   // one object is one whole entry
        return true;
    }

    // --- dispatch ---------------------------------------------------------------------------

    void feed(QStringView line, bool cut)
    {
        ++result.lines;
        if (cut)
            ++result.longLines;
        if (line.size() > limits::kLogLineChars) {
            line = line.left(limits::kLogLineChars);
            if (!cut) {
                ++result.longLines;
                cut = true;
            }
        }
        if (line.trimmed().isEmpty()) {
            // A blank line ends an Exim or postqueue -p entry.
            flush();
            return;
        }
        QueueFormat &format = result.format;
        QueueMessage header;
        if (format == QueueFormat::Unknown) {
            // The first line that one of the formats reads decides; until then nothing is kept.
            if (line.trimmed().startsWith(QLatin1Char('{'))) {
                if (postfixJson(line.trimmed(), cut))
                    format = QueueFormat::PostfixJson;
                else
                    unparsed(line);
                return;
            }
            if (postfixFrame(line) || postfixHeader(line, &header))
                format = QueueFormat::PostfixText;
            else if (eximHeader(line, &header))
                format = QueueFormat::EximListing;
            else {
                unparsed(line);
                return;
            }
        }
        switch (format) {
        case QueueFormat::EximListing:
            if (!header.id.isEmpty() || eximHeader(line, &header))
                begin(std::move(header));
            else if (!eximEntryLine(line))
                unparsed(line);
            break;
        case QueueFormat::PostfixText:
            if (postfixFrame(line))
                flush();
            else if (!header.id.isEmpty() || postfixHeader(line, &header))
                begin(std::move(header));
            else if (!postfixEntryLine(line))
                unparsed(line);
            break;
        case QueueFormat::PostfixJson:
            if (!postfixJson(line.trimmed(), cut))
                unparsed(line);
            break;
        case QueueFormat::Unknown:
            break;
        }
    }

    MailQueue finish()
    {
        flush();
        finished = true;
        std::sort(domains.begin(), domains.end(), [](const QueueDomain &a, const QueueDomain &b) {
            if (a.messages != b.messages)
                return a.messages > b.messages;
            if (a.recipientsPending != b.recipientsPending)
                return a.recipientsPending > b.recipientsPending;
            if (a.oldestAgeSeconds != b.oldestAgeSeconds)
                return a.oldestAgeSeconds > b.oldestAgeSeconds;
            return a.domain < b.domain;
        });
        result.byDomain = std::move(domains);
        return std::move(result);
    }
};

MailQueueParser::MailQueueParser(const QueueFilter &filter, const QDateTime &now) : d(std::make_unique<State>())
{
    d->filter = filter;
    d->now = now.toUTC();
    d->result.readAt = d->now;
    const struct {
        const char *label;
        qint64 from;
        qint64 to;
    } buckets[] = {{"<1h", 0, kHour}, {"1h-1d", kHour, kDay}, {"1-7d", kDay, kWeek}, {">7d", kWeek, -1}};
    for (const auto &b : buckets) {
        QueueAgeBucket bucket;
        bucket.label = QLatin1String(b.label);
        bucket.fromSeconds = b.from;
        bucket.toSeconds = b.to;
        d->result.byAge.append(bucket);
    }
}

MailQueueParser::~MailQueueParser() = default;

void MailQueueParser::feed(QStringView line, bool cut)
{
    if (!d->finished)
        d->feed(line, cut);
}

MailQueue MailQueueParser::finish()
{
    if (d->finished)
        return MailQueue();
    return d->finish();
}

bool readMailQueue(const QString &path, MailQueue *out, Error *error, const QueueFilter &filter, const QDateTime &now)
{
    LogLineReader reader(path);
    if (!reader.open(error))
        return false;
    MailQueueParser parser(filter, now);
    QString line;
    qint64 longBefore = 0;
    while (reader.next(&line)) {
        const bool cut = reader.longLines() > longBefore;
        longBefore = reader.longLines();
        parser.feed(line, cut);
    }
    MailQueue queue = parser.finish();
    queue.path = path;
    queue.compression = reader.compression();
    queue.error = reader.error();
    *out = std::move(queue);
    return true;
}

MailQueue parseMailQueueText(QStringView text, const QueueFilter &filter, const QDateTime &now)
{
    MailQueueParser parser(filter, now);
    qsizetype start = 0;
    qint64 number = 0;
    Error stop;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        QStringView line = text.mid(start, end - start);
        start = end + 1;
        ++number;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.contains(QChar(0))) {
            stop = makeError(ErrorKind::BadFormat,
                             phrase("Errors", "line %1: binary data (a NUL byte), not a queue listing; reading stopped here").arg(number));
            break;
        }
        parser.feed(line);
    }
    MailQueue queue = parser.finish();
    queue.error = stop;
    return queue;
}

} // namespace mailtls::core
