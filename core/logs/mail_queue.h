#pragma once

// A mail queue listing as facts: which messages wait, for whom, since when, which are frozen
// (Exim) or held (Postfix), and the same grouped by destination domain and by age. Three
// listings are read, the format found by the first line that fits one of them:
//
//   exim -bp (also mailq, exim -bpa, -bpr, -bpu), as Exim's specification describes it in
//   chapter "The Exim command line", section "Command line options", option -bp (and -bpa):
//
//      25m  2.9K 1gzK7S-0007Td-Bt <alice@example.org>
//             D delivered@example.net
//               bob@example.net
//      ...
//      3h   512 1sIXS3-000000069nP-2yYi <> *** frozen ***
//               postmaster@example.com
//
//     age (Exim writes minutes up to 90m, hours up to 72h, then days; "s" and "w" are accepted
//     too), size rounded to one decimal of K or M (blank when unknown), the message id in
//     either format (6-6-2 before Exim 4.97, 6-11-4 from 4.97; a spool suffix "-H" is
//     accepted), the envelope sender ("<>" for a bounce), the login of an untrusted submitter
//     in parentheses, "*** frozen ***"; then one line per recipient, "D" before those already
//     delivered, "+D" (-bpa) before delivered addresses an alias or forward generated; a
//     blank line ends the entry. A "*** spool read error ***" line is kept as the message's
//     problem.
//
//   postqueue -j (Postfix 3.1 and later): one JSON object per line, postqueue(1) "JSON OBJECT
//   FORMAT": queue_name, queue_id, arrival_time, message_size, forced_expire, sender,
//   recipients [{address, delay_reason}].
//
//   postqueue -p / mailq of Postfix: "ID[*!] SIZE Dow Mon DD HH:MM:SS SENDER", "*" in the
//   active queue, "!" on hold, "(delay reason)" lines before the recipients they apply to,
//   "MAILER-DAEMON" for the null sender; the arrival time has no year and is local time (the
//   year is the latest that does not put it in the future).
//
// Hostile input is normal input: lines come through LogLineReader (bounded lines, NUL bytes
// stop with FILE:LINE), and what is kept is bounded by base/limits.h (kQueue*): every message
// and recipient is counted, only the first ones are kept one by one. A line that fits no
// format is counted, the first ones kept with their line numbers.

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <memory>

#include "base/error.h"

namespace mailtls::core {

enum class QueueFormat {
    Unknown,        // nothing recognised yet (an empty listing is an empty queue)
    EximListing,    // exim -bp
    PostfixJson,    // postqueue -j
    PostfixText,    // postqueue -p, Postfix's mailq
};
// "exim-bp", "postqueue-j", "postqueue-p", "unknown" (JSON contract: mailtls.queue/1 `format`).
QString queueFormatName(QueueFormat format);

struct QueueRecipient {
    QString address;
    bool delivered = false;     // Exim "D" / "+D"
    bool generated = false;     // Exim "+D": an address an alias or forward made, already delivered
    QString delayReason;        // Postfix: why the last attempt failed (bounded), empty when not said
    QString domain() const;     // lower case, after the last '@'; empty for a local part alone
};

struct QueueMessage {
    QString id;
    QString idFormat;           // "exim-6-6-2", "exim-6-11-4", "postfix"
    qint64 ageSeconds = -1;     // -1: not listed (an Exim spool read error)
    QString ageText;            // as listed: "25m"; Postfix: the arrival time as listed
    QDateTime arrival;          // Postfix only (UTC)
    qint64 size = -1;           // bytes; Exim lists it rounded ("2.9K"); -1 unknown
    QString sizeText;           // as listed ("2.9K"); empty for postqueue -j
    bool hasSender = false;     // false when the listing names none (an Exim spool read error)
    QString sender;             // empty for the null sender (a bounce: "<>", Postfix "MAILER-DAEMON")
    QString originatorLogin;    // Exim: "(login)" of an untrusted local submitter
    bool frozen = false;        // Exim frozen, Postfix on hold
    QString queueName;          // Postfix: "active", "deferred", "hold", "incoming", "maildrop"; empty when not said
    bool forcedExpire = false;  // Postfix: postsuper -e was used
    QString problem;            // Exim: "spool read error: ..." instead of the envelope
    QList<QueueRecipient> recipients;   // as listed, at most limits::kQueueRecipientsPerMessage
    qint64 recipientsDropped = 0;       // listed but not kept (limits)
    bool truncated = false;     // its line was longer than limits::kLogLineChars: recipients after the cut are unknown
    qint64 line = 0;            // where the entry starts in the input
    qint64 pending = 0;         // recipients not delivered (kept or dropped)
    qint64 delivered = 0;       // recipients delivered (kept or dropped)
};

// One destination domain: the messages with a recipient there still waiting.
struct QueueDomain {
    QString domain;             // lower case; empty for local parts without a domain
    qint64 messages = 0;
    qint64 recipientsPending = 0;
    qint64 oldestAgeSeconds = -1;
    qint64 frozenMessages = 0;
    QString exampleReason;      // Postfix: the first delay reason listed for a recipient there
};

struct QueueAgeBucket {
    QString label;              // "<1h", "1h-1d", "1-7d", ">7d"
    qint64 fromSeconds = 0;     // inclusive
    qint64 toSeconds = -1;      // exclusive; -1: open
    qint64 messages = 0;
    qint64 recipientsPending = 0;
    qint64 frozenMessages = 0;
};

// Which messages count. A message passes when it is at least `olderThanSeconds` old and, with
// a domain, has a recipient still waiting in that domain or one of its subdomains; then only
// the waiting recipients in that domain count in the totals and the groups.
struct QueueFilter {
    QString domain;             // empty: every domain
    qint64 olderThanSeconds = -1;   // -1: any age
    bool matchesDomain(const QString &domain) const;
    bool isEmpty() const { return domain.isEmpty() && olderThanSeconds < 0; }
};

struct MailQueue {
    QString path;
    QueueFormat format = QueueFormat::Unknown;
    QString compression;                // "", "gzip", "xz", "bzip2"
    QDateTime readAt;                   // "now" for Postfix arrival times (UTC)

    QList<QueueMessage> messages;       // passing the filter, in listing order, at most limits::kQueueMessagesKept
    qint64 messageCount = 0;            // passing the filter, kept or not
    qint64 messagesDropped = 0;         // passing, but beyond limits::kQueueMessagesKept
    qint64 filteredOut = 0;             // messages the filter left out
    qint64 recipientsPending = 0;       // of the messages passing (in the filter's domain)
    qint64 recipientsDelivered = 0;
    qint64 recipientsDropped = 0;       // listed but not kept with their message
    qint64 frozenMessages = 0;
    qint64 oldestAgeSeconds = -1;

    QList<QueueDomain> byDomain;        // most stuck first: messages, then recipients, then age
    qint64 otherDomainsRecipients = 0;  // waiting in domains beyond limits::kQueueDomainsKept
    qint64 otherDomainsMessages = 0;
    QList<QueueAgeBucket> byAge;        // always the four buckets, youngest first
    qint64 unknownAgeMessages = 0;

    qint64 lines = 0;
    qint64 unparsed = 0;                // lines no format understood
    qint64 longLines = 0;               // cut at limits::kLogLineChars
    QList<QPair<qint64, QString>> unparsedExamples;   // first limits::kLogUnparsedExamples: line number, text (bounded)
    Error error;                        // reading stopped early ("FILE:LINE: why"); everything before it counted
};

// Takes a listing line by line (the reader below, or a test with text in memory).
class MailQueueParser
{
public:
    explicit MailQueueParser(const QueueFilter &filter = QueueFilter(),
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    ~MailQueueParser();
    MailQueueParser(const MailQueueParser &) = delete;
    MailQueueParser &operator=(const MailQueueParser &) = delete;

    // One line without its line end. `cut`: the reader shortened it (a postqueue -j object
    // longer than limits::kLogLineChars keeps the recipients before the cut).
    void feed(QStringView line, bool cut = false);
    // Ends the last entry and returns everything; the parser is spent.
    MailQueue finish();

    struct State;
private:
    std::unique_ptr<State> d;
};

// Reads a listing ("-": standard input; gzip, xz and bzip2 are undone). False only when the
// file cannot be opened (FileUnreadable); damage later on is in MailQueue::error, with every
// line before it read.
bool readMailQueue(const QString &path, MailQueue *out, Error *error, const QueueFilter &filter = QueueFilter(),
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

// A whole listing in memory (tests, the window's paste box).
MailQueue parseMailQueueText(QStringView text, const QueueFilter &filter = QueueFilter(),
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

// "45s", "25m", "3h", "4d", "2w", or plain seconds; false for anything else (and for more
// than 100 years).
bool parseQueueAge(QStringView text, qint64 *seconds);
// The short form people read: "45s", "25m", "3h", "4d" (rounded down to the unit; seconds up
// to 90s, minutes up to 90m, hours up to 48h, then days); "?" for an unknown age.
QString queueAgeText(qint64 seconds);
// Exim's size column: "512", "2.9K", "12K", "1.2M" (K = 1024 bytes); false otherwise.
bool parseQueueSize(QStringView text, qint64 *bytes);

} // namespace mailtls::core
