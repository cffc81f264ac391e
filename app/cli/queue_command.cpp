#include "queue_command.h"
#include "cli_tr.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

#include "base/display_text.h"
#include "common_options.h"
#include "console.h"
#include "interrupt_guard.h"
#include "jobs/log_job.h"
#include "report/json_values.h"
#include "report/ordered_json_writer.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

const char *const kCommand = "queue";

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Reads a mail queue listing and says what is stuck: how many messages wait for how many\n"
    "recipients, which destination domains hold most of them, how old they are, and which\n"
    "messages are frozen (Exim) or on hold (Postfix). The listing is what the mail server\n"
    "prints, saved or piped in:\n"
    "  exim -bp (or mailq, exim -bpa, -bpu), both message-id formats (Exim 4.97's too)\n"
    "  postqueue -j (Postfix 3.1 and later: one JSON object per line, with delay reasons)\n"
    "  postqueue -p / mailq of Postfix (queue ids with * active and ! on hold, delay reasons)\n"
    "Plain or compressed (gzip, xz, bzip2). With --log, the server's own mail logs are read too\n"
    "(as 'mailtls log' reads them) and every stuck domain is shown with the TLS failures of the\n"
    "partners it is delivered to.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Counting:\n"
    "  A recipient is 'waiting' until it is delivered (Exim marks delivered ones with D). A domain\n"
    "  counts the messages with a recipient waiting there; 'oldest' is the oldest of them. Exim\n"
    "  lists ages and sizes rounded (25m, 3h, 4d; 2.9K); a Postfix age is measured to now.\n"
    "  --domain counts only the recipients in that domain (and its subdomains).\n"
    "  --log matches a domain to the outbound partners of the logs by host name: a partner whose\n"
    "  name is the domain or ends with '.DOMAIN' (an address literal [192.0.2.1] by its address).\n"
    "  MX hosts named under another domain are not found this way.\n"
    "\n"
    "Exit codes:\n"
    "  0    read (also when messages are stuck: the text says so)\n"
    "  2    usage error; the listing (or a --log file) cannot be opened, or is no queue listing\n"
    "  3    the listing or a --log file was damaged part-way (named with FILE:LINE): everything\n"
    "       before it is reported\n"
    "  130  interrupted (Ctrl-C) while reading --log files\n"
    "\n"
    "Examples:\n"
    "  exim -bp | mailtls queue -\n"
    "  mailtls queue queue.txt --domain example.net --older-than 4h\n"
    "  postqueue -j | mailtls queue - --json stuck.json\n"
    "  mailtls queue queue.txt --log /var/log/exim4/mainlog --log /var/log/exim4/mainlog.1.gz\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption json = jsonOption(Cli::tr("the JSON document (schema \"mailtls.queue/1\")"));
    QCommandLineOption domain{QStringLiteral("domain"),
                              Cli::tr("Only messages with a recipient waiting in this domain (or its subdomains)."),
                              QStringLiteral("DOMAIN")};
    QCommandLineOption olderThan{QStringLiteral("older-than"),
                                 Cli::tr("Only messages at least this old: 45s, 30m, 4h, 2d, 1w (or seconds)."),
                                 QStringLiteral("AGE")};
    QCommandLineOption top{QStringLiteral("top"),
                           Cli::tr("Domains and frozen messages listed in the text (default: 20; 0: all)."),
                           QStringLiteral("N")};
    QCommandLineOption log{QStringLiteral("log"),
                           Cli::tr("A mail log (Exim or Postfix; repeat for rotations): tie the stuck domains to "
                                          "the TLS failures of their partners."),
                           QStringLiteral("FILE")};
    QCommandLineOption noColor = noColorOption();

    QList<QCommandLineOption> all() const { return {help, json, domain, olderThan, top, log, noColor}; }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
    parser->addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The queue listing; - reads standard input."),
                                  QStringLiteral("FILE|-"));
}

QString safe(const QString &text)
{
    return escapeControls(text);
}

QString plural(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(groupedNumber(n), Cli::tr(n == 1 ? one : many));
}

QString senderText(const QueueMessage &m)
{
    if (!m.hasSender)
        return Cli::tr("(sender not listed)");
    return QStringLiteral("<%1>").arg(safe(m.sender));
}

QString sizeText(const QueueMessage &m)
{
    if (!m.sizeText.isEmpty())
        return safe(m.sizeText);
    return m.size < 0 ? QStringLiteral("?") : groupedNumber(m.size);
}

QString domainLabel(const QString &domain)
{
    return domain.isEmpty() ? Cli::tr("(no domain)") : safe(domain);
}

QString filterText(const QueueFilter &filter)
{
    QStringList parts;
    if (!filter.domain.isEmpty())
        parts << Cli::tr("domain %1").arg(safe(filter.domain));
    if (filter.olderThanSeconds >= 0)
        parts << Cli::tr("older than %1").arg(queueAgeText(filter.olderThanSeconds));
    return parts.join(QStringLiteral(", "));
}

// An age to read. Exim lists whole minutes at best, so under a minute is "<1m" there, not "0s".
QString ageCell(qint64 seconds, QueueFormat format)
{
    if (format == QueueFormat::EximListing && seconds >= 0 && seconds < 60)
        return QStringLiteral("<1m");
    return queueAgeText(seconds);
}

// Qt's leftJustified/rightJustified by terminal columns (a translated CJK cell is two columns a
// character); never cut.
QString leftColumns(const QString &text, int columns)
{
    return text + QString(qMax(0, columns - displayColumns(text)), QLatin1Char(' '));
}

QString rightColumns(const QString &text, int columns)
{
    return QString(qMax(0, columns - displayColumns(text)), QLatin1Char(' ')) + text;
}

QString percent(qint64 part, qint64 whole)
{
    return whole <= 0 ? QStringLiteral("-") : QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 0);
}

} // namespace

QString queueHelpText()
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    return subcommandHelp(parser, QStringLiteral("mailtls queue [options] FILE|-"), kEpilogue);
}

bool parseQueueArgs(const QStringList &args, QueueSettings *settings, QString *error)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    if (!parseCommandLine(parser, args, QString::fromLatin1(kCommand), error))
        return false;
    QueueSettings s;
    if (parser.isSet(opt.help)) {
        s.cli.showHelp = true;
        s.cli.helpText = queueHelpText();
        *settings = s;
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = Cli::tr("name the queue listing: FILE, or - for standard input (e.g. 'exim -bp | mailtls queue -')");
        return false;
    }
    if (positional.size() > 1) {
        *error = Cli::tr("one queue listing at a time, not '%1' and '%2'").arg(positional.at(0), positional.at(1));
        return false;
    }
    s.path = positional.first();
    if (s.path != QLatin1String("-") && !readableFile(s.path, QString(), error, FileKind::Stream))
        return false;
    if (!readOutputOptions(parser, {&opt.json, nullptr, nullptr, &opt.noColor, nullptr}, &s.cli, error))
        return false;
    if (parser.isSet(opt.domain)) {
        const QString domain = parser.value(opt.domain).trimmed().toLower();
        if (!checkSingleName(domain, QStringLiteral("domain"), error))
            return false;
        s.filter.domain = domain;
    }
    if (parser.isSet(opt.olderThan) && !parseQueueAge(parser.value(opt.olderThan).trimmed(), &s.filter.olderThanSeconds)) {
        *error = Cli::tr("--older-than must be an age such as 45s, 30m, 4h, 2d or 1w, not '%1'").arg(parser.value(opt.olderThan));
        return false;
    }
    if (!readInt(parser, opt.top, 0, 1000000, &s.top, error))
        return false;
    for (const QString &log : parser.values(opt.log)) {
        if (log == QLatin1String("-")) {
            if (s.path == QLatin1String("-") || s.logPaths.contains(log)) {
                *error = Cli::tr("standard input (-) can be read only once");
                return false;
            }
        } else if (!readableFile(log, QStringLiteral("--log "), error, FileKind::Stream)) {
            return false;
        }
        s.logPaths << log;
    }
    *settings = s;
    return true;
}

QList<const LogPartner *> partnersForDomain(const LogInventory &inventory, const QString &domain)
{
    QList<const LogPartner *> out;
    if (domain.isEmpty())
        return out;
    const QString wanted = domain.toLower();
    const bool literal = wanted.startsWith(QLatin1Char('[')) && wanted.endsWith(QLatin1Char(']'));
    QString address = literal ? wanted.mid(1, wanted.size() - 2) : QString();
    if (address.startsWith(QLatin1String("ipv6:")))
        address = address.mid(5);
    for (const LogPartner &p : inventory.partners) {
        if (!p.outgoing)
            continue;
        const QString host = p.host.toLower();
        const bool match = literal ? (!address.isEmpty() && p.address.compare(address, Qt::CaseInsensitive) == 0)
                                   : (host == wanted || host.endsWith(QLatin1Char('.') + wanted));
        if (match)
            out << &p;
    }
    return out;
}

QString queueText(const MailQueue &queue, const QueueFilter &filter, int top, bool color, const LogInventory *inventory)
{
    const int width = std::max(80, stdoutColumns(100));
    auto bold = [&](const QString &s) { return color ? styled(s, "1") : s; };
    auto red = [&](const QString &s) { return color ? styled(s, "31") : s; };
    const bool postfix = queue.format == QueueFormat::PostfixJson || queue.format == QueueFormat::PostfixText;
    const QString frozenWord = postfix ? Cli::tr("on hold") : Cli::tr("frozen");
    QString out;

    // The summary line.
    QString summary = Cli::tr("%1 waiting, %2 not delivered, %3 %4; oldest %5")
                          .arg(plural(queue.messageCount, QT_TRANSLATE_NOOP("mailtls", "message"), QT_TRANSLATE_NOOP("mailtls", "messages")),
                               plural(queue.recipientsPending, QT_TRANSLATE_NOOP("mailtls", "recipient"), QT_TRANSLATE_NOOP("mailtls", "recipients")), groupedNumber(queue.frozenMessages),
                               frozenWord, ageCell(queue.oldestAgeSeconds, queue.format));
    if (queue.messageCount == 0)
        summary = Cli::tr("nothing waiting");
    if (!filter.isEmpty())
        summary += Cli::tr(" (%1; %2 left out)").arg(filterText(filter), groupedNumber(queue.filteredOut));
    out += bold(Cli::tr("Queue: ") + summary) + QLatin1Char('\n');
    QString source = QStringLiteral("  %1: %2").arg(queue.path == QLatin1String("-") ? Cli::tr("standard input") : safe(queue.path),
                                                  queueFormatName(queue.format));
    if (!queue.compression.isEmpty())
        source += QStringLiteral(" (%1)").arg(queue.compression);
    source += QStringLiteral(", %1").arg(plural(queue.lines, QT_TRANSLATE_NOOP("mailtls", "line"), QT_TRANSLATE_NOOP("mailtls", "lines")));
    if (queue.format == QueueFormat::PostfixJson || queue.format == QueueFormat::PostfixText)
        source += Cli::tr(", ages measured to %1 UTC").arg(queue.readAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out += source + QLatin1Char('\n');
    if (queue.messagesDropped > 0)
        out += Cli::tr("  %1 further messages are counted but not kept one by one\n").arg(groupedNumber(queue.messagesDropped));

    // By destination domain.
    out += bold(Cli::tr("\nBy destination domain (most stuck first)\n"));
    if (queue.byDomain.isEmpty() && queue.otherDomainsRecipients == 0) {
        out += Cli::tr("  no recipient waiting\n");
    } else {
        int nameWidth = 6;
        for (int i = 0; i < queue.byDomain.size() && (top == 0 || i < top); ++i)
            nameWidth = std::max<int>(nameWidth, int(domainLabel(queue.byDomain.at(i).domain).size()));
        nameWidth = std::min(nameWidth, std::max(20, width - 44));
        auto row = [&](const QString &name, const QString &messages, const QString &waiting, const QString &oldest,
                       const QString &frozen) {
            QString cell = name;
            if (cell.size() > nameWidth)
                cell = cell.left(nameWidth - 1) + QStringLiteral("…");
            return QStringLiteral("  %1 %2 %3 %4 %5\n")
                .arg(leftColumns(cell, nameWidth), rightColumns(messages, 9), rightColumns(waiting, 9),
                     rightColumns(oldest, 7), rightColumns(frozen, 7));
        };
        out += row(Cli::tr("DOMAIN"), Cli::tr("MESSAGES"), Cli::tr("WAITING"), Cli::tr("OLDEST"),
                   postfix ? Cli::tr("HOLD") : Cli::tr("FROZEN"));
        int shown = 0;
        for (const QueueDomain &d : queue.byDomain) {
            if (top > 0 && shown == top) {
                out += Cli::tr("  … and %1 (--top 0 lists all)\n")
                           .arg(plural(queue.byDomain.size() - top, QT_TRANSLATE_NOOP("mailtls", "more domain"), QT_TRANSLATE_NOOP("mailtls", "more domains")));
                break;
            }
            ++shown;
            const QString line = row(domainLabel(d.domain), groupedNumber(d.messages), groupedNumber(d.recipientsPending),
                                     ageCell(d.oldestAgeSeconds, queue.format), groupedNumber(d.frozenMessages));
            out += d.frozenMessages > 0 ? red(line.chopped(1)) + QLatin1Char('\n') : line;
            if (!d.exampleReason.isEmpty())
                out += Cli::tr("      why: %1\n").arg(safe(d.exampleReason.left(width - 12)));
        }
        if (queue.otherDomainsRecipients > 0)
            out += row(Cli::tr("(further domains)"), groupedNumber(queue.otherDomainsMessages), groupedNumber(queue.otherDomainsRecipients),
                       QStringLiteral("-"), QStringLiteral("-"));
    }

    // By age.
    out += bold(Cli::tr("\nBy age\n"));
    for (const QueueAgeBucket &b : queue.byAge) {
        out += QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(b.label.leftJustified(8), rightColumns(plural(b.messages, QT_TRANSLATE_NOOP("mailtls", "message"), QT_TRANSLATE_NOOP("mailtls", "messages")), 14),
                        rightColumns(Cli::tr("%1 waiting").arg(groupedNumber(b.recipientsPending)), 16),
                        rightColumns(QStringLiteral("%1 %2").arg(groupedNumber(b.frozenMessages), frozenWord), 12));
    }
    if (queue.unknownAgeMessages > 0)
        out += Cli::tr("  %1 %2 (the listing gives no age)\n")
                   .arg(leftColumns(Cli::tr("unknown"), 8), rightColumns(plural(queue.unknownAgeMessages, QT_TRANSLATE_NOOP("mailtls", "message"), QT_TRANSLATE_NOOP("mailtls", "messages")), 14));

    // Frozen (held) messages.
    QList<const QueueMessage *> frozen;
    for (const QueueMessage &m : queue.messages) {
        if (m.frozen)
            frozen << &m;
    }
    out += bold(postfix ? Cli::tr("\nMessages on hold\n") : Cli::tr("\nFrozen messages\n"));
    if (frozen.isEmpty())
        out += Cli::tr("  none\n");
    int shownFrozen = 0;
    for (const QueueMessage *m : std::as_const(frozen)) {
        if (top > 0 && shownFrozen == top) {
            out += Cli::tr("  … and %1 more (--top 0 lists all)\n").arg(groupedNumber(frozen.size() - top));
            break;
        }
        ++shownFrozen;
        QStringList waiting;
        for (const QueueRecipient &r : m->recipients) {
            if (!r.delivered)
                waiting << safe(r.address);
        }
        QString to = waiting.isEmpty() ? Cli::tr("no recipient waiting") : Cli::tr("to ") + waiting.first();
        if (m->pending > 1)
            to += Cli::tr(" and %1 more").arg(groupedNumber(m->pending - 1));
        out += red(QStringLiteral("  %1").arg(safe(m->id)))
               + Cli::tr("  %1  %2  from %3  %4\n").arg(ageCell(m->ageSeconds, queue.format), sizeText(*m), senderText(*m), to);
        if (!m->problem.isEmpty())
            out += QStringLiteral("      %1\n").arg(safe(m->problem));
    }
    if (queue.frozenMessages > frozen.size())
        out += Cli::tr("  (%1 more among the messages not kept one by one)\n").arg(groupedNumber(queue.frozenMessages - frozen.size()));

    // Problems the listing itself shows (Exim spool read errors).
    QStringList problems;
    for (const QueueMessage &m : queue.messages) {
        if (!m.problem.isEmpty() && !m.frozen)
            problems << QStringLiteral("  %1: %2\n").arg(safe(m.id), safe(m.problem));
    }
    if (!problems.isEmpty())
        out += bold(Cli::tr("\nMessages the listing could not show\n")) + problems.join(QString());

    // --log: the stuck domains and what the logs say about their partners' TLS.
    if (inventory) {
        out += bold(Cli::tr("\nStuck domains in the logs (outbound partners matched by host name)\n"));
        int shownDomains = 0;
        for (const QueueDomain &d : queue.byDomain) {
            if (d.recipientsPending == 0 || d.domain.isEmpty())
                continue;
            if (top > 0 && shownDomains == top) {
                out += Cli::tr("  … and more domains (--top 0 lists all)\n");
                break;
            }
            ++shownDomains;
            out += Cli::tr("  %1  (%2 waiting)\n").arg(bold(safe(d.domain)), plural(d.recipientsPending, QT_TRANSLATE_NOOP("mailtls", "recipient"), QT_TRANSLATE_NOOP("mailtls", "recipients")));
            const QList<const LogPartner *> partners = partnersForDomain(*inventory, d.domain);
            if (partners.isEmpty()) {
                out += Cli::tr("      no outbound partner in the logs is named under %1 (an MX host with another name is not "
                                      "found by name)\n")
                           .arg(safe(d.domain));
                continue;
            }
            const bool literal = d.domain.startsWith(QLatin1Char('['));
            for (const LogPartner *p : partners) {
                QString deliveries = plural(p->messages, QT_TRANSLATE_NOOP("mailtls", "message delivered"), QT_TRANSLATE_NOOP("mailtls", "messages delivered"));
                if (p->messages > 0)
                    deliveries += Cli::tr(" (TLS %1)").arg(percent(p->tlsMessages, p->messages));
                out += (literal ? Cli::tr("      address match: %1  %2, %3\n") : Cli::tr("      name match: %1  %2, %3\n"))
                           .arg(safe(p->label()), deliveries,
                                p->failures.isEmpty() ? Cli::tr("no TLS failure")
                                                      : red(plural(p->failureCount(), QT_TRANSLATE_NOOP("mailtls", "TLS failure"), QT_TRANSLATE_NOOP("mailtls", "TLS failures"))));
                for (const LogFailure &f : p->failures) {
                    out += QStringLiteral("        %1 ×%2, e.g. %3 (%4)\n")
                               .arg(f.cause, groupedNumber(f.count), safe(f.example.left(width - 30)), safe(f.where));
                }
            }
        }
        if (shownDomains == 0)
            out += Cli::tr("  no domain has a recipient waiting\n");
    }

    // What was not understood.
    if (queue.unparsed > 0 || queue.longLines > 0) {
        out += bold(Cli::tr("\nNot understood\n"));
        out += Cli::tr("  %1 of %2 not understood%3\n")
                   .arg(plural(queue.unparsed, QT_TRANSLATE_NOOP("mailtls", "line"), QT_TRANSLATE_NOOP("mailtls", "lines")), groupedNumber(queue.lines),
                        queue.longLines ? Cli::tr(", %1 cut at the line limit").arg(groupedNumber(queue.longLines)) : QString());
        for (const auto &e : queue.unparsedExamples)
            out += Cli::tr("  line %1: %2\n").arg(groupedNumber(e.first), safe(e.second.left(width - 16)));
        if (queue.unparsed > queue.unparsedExamples.size() && !queue.unparsedExamples.isEmpty())
            out += Cli::tr("  … and %1 more\n").arg(groupedNumber(queue.unparsed - queue.unparsedExamples.size()));
    }
    return out;
}

QByteArray queueJsonBytes(const MailQueue &queue, const QueueFilter &filter, const LogInventory *inventory)
{
    auto ageOrNull = [](qint64 seconds) { return seconds < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(seconds); };

    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("mailtls.queue/1"));
    root.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("mailtls")},
                                                    {QStringLiteral("version"), QStringLiteral(MAILTLS_VERSION)}});
    root.insert(QStringLiteral("source"), queue.path);
    root.insert(QStringLiteral("format"), queueFormatName(queue.format));
    root.insert(QStringLiteral("compression"), textOrNull(queue.compression));
    root.insert(QStringLiteral("read_at"), dateOrNull(queue.readAt, Qt::ISODate));
    root.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("domain"), textOrNull(filter.domain)},
                                                      {QStringLiteral("older_than_s"), ageOrNull(filter.olderThanSeconds)}});

    QJsonObject summary;
    summary.insert(QStringLiteral("messages"), queue.messageCount);
    summary.insert(QStringLiteral("recipients_pending"), queue.recipientsPending);
    summary.insert(QStringLiteral("recipients_delivered"), queue.recipientsDelivered);
    summary.insert(QStringLiteral("frozen"), queue.frozenMessages);
    summary.insert(QStringLiteral("oldest_age_s"), ageOrNull(queue.oldestAgeSeconds));
    summary.insert(QStringLiteral("filtered_out"), queue.filteredOut);
    summary.insert(QStringLiteral("messages_not_listed"), queue.messagesDropped);
    summary.insert(QStringLiteral("recipients_not_listed"), queue.recipientsDropped);
    root.insert(QStringLiteral("summary"), summary);

    QJsonArray messages;
    for (const QueueMessage &m : queue.messages) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), m.id);
        o.insert(QStringLiteral("id_format"), m.idFormat);
        o.insert(QStringLiteral("age_s"), ageOrNull(m.ageSeconds));
        o.insert(QStringLiteral("size"), m.size < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m.size));
        o.insert(QStringLiteral("sender"), m.hasSender ? QJsonValue(m.sender) : QJsonValue(QJsonValue::Null));
        QJsonArray waiting, delivered, reasons;
        for (const QueueRecipient &r : m.recipients) {
            (r.delivered ? delivered : waiting).append(r.address);
            if (!r.delayReason.isEmpty())
                reasons.append(QJsonObject{{QStringLiteral("address"), r.address}, {QStringLiteral("reason"), r.delayReason}});
        }
        o.insert(QStringLiteral("recipients"), waiting);
        o.insert(QStringLiteral("frozen"), m.frozen);
        o.insert(QStringLiteral("delivered"), delivered);
        o.insert(QStringLiteral("delay_reasons"), reasons);
        o.insert(QStringLiteral("recipients_pending"), m.pending);
        o.insert(QStringLiteral("recipients_delivered"), m.delivered);
        o.insert(QStringLiteral("recipients_not_listed"), m.recipientsDropped);
        o.insert(QStringLiteral("age_as_listed"), textOrNull(m.ageText));
        o.insert(QStringLiteral("size_as_listed"), textOrNull(m.sizeText));
        o.insert(QStringLiteral("arrival"), dateOrNull(m.arrival, Qt::ISODate));
        o.insert(QStringLiteral("queue_name"), textOrNull(m.queueName));
        o.insert(QStringLiteral("originator_login"), textOrNull(m.originatorLogin));
        o.insert(QStringLiteral("forced_expire"), m.forcedExpire);
        o.insert(QStringLiteral("problem"), textOrNull(m.problem));
        o.insert(QStringLiteral("truncated"), m.truncated);
        o.insert(QStringLiteral("line"), m.line);
        messages.append(o);
    }
    root.insert(QStringLiteral("messages"), messages);

    QJsonArray domains;
    for (const QueueDomain &d : queue.byDomain) {
        QJsonObject o;
        o.insert(QStringLiteral("domain"), d.domain);
        o.insert(QStringLiteral("messages"), d.messages);
        o.insert(QStringLiteral("recipients_pending"), d.recipientsPending);
        o.insert(QStringLiteral("oldest_age_s"), ageOrNull(d.oldestAgeSeconds));
        o.insert(QStringLiteral("frozen"), d.frozenMessages);
        o.insert(QStringLiteral("example_delay_reason"), textOrNull(d.exampleReason));
        if (inventory) {
            QJsonArray partners;
            for (const LogPartner *p : partnersForDomain(*inventory, d.domain)) {
                QJsonArray failures;
                for (const LogFailure &f : p->failures) {
                    failures.append(QJsonObject{{QStringLiteral("cause"), f.cause},
                                                {QStringLiteral("count"), f.count},
                                                {QStringLiteral("example"), f.example},
                                                {QStringLiteral("where"), f.where},
                                                {QStringLiteral("last"), dateOrNull(f.last, Qt::ISODate)}});
                }
                QJsonObject po;
                po.insert(QStringLiteral("host"), textOrNull(p->host));
                po.insert(QStringLiteral("address"), textOrNull(p->address));
                po.insert(QStringLiteral("match"), d.domain.startsWith(QLatin1Char('[')) ? QStringLiteral("address")
                                                                                         : QStringLiteral("host-name"));
                po.insert(QStringLiteral("messages"), p->messages);
                po.insert(QStringLiteral("tls_messages"), p->tlsMessages);
                po.insert(QStringLiteral("cleartext"), p->cleartext);
                po.insert(QStringLiteral("failures"), failures);
                partners.append(po);
            }
            o.insert(QStringLiteral("log_partners"), partners);
        } else {
            o.insert(QStringLiteral("log_partners"), QJsonValue(QJsonValue::Null));
        }
        domains.append(o);
    }
    root.insert(QStringLiteral("by_domain"), domains);
    root.insert(QStringLiteral("other_domains"), QJsonObject{{QStringLiteral("messages"), queue.otherDomainsMessages},
                                                             {QStringLiteral("recipients_pending"), queue.otherDomainsRecipients}});

    QJsonArray ages;
    for (const QueueAgeBucket &b : queue.byAge) {
        QJsonObject o;
        o.insert(QStringLiteral("bucket"), b.label);
        o.insert(QStringLiteral("from_s"), b.fromSeconds);
        o.insert(QStringLiteral("to_s"), b.toSeconds < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(b.toSeconds));
        o.insert(QStringLiteral("messages"), b.messages);
        o.insert(QStringLiteral("recipients_pending"), b.recipientsPending);
        o.insert(QStringLiteral("frozen"), b.frozenMessages);
        ages.append(o);
    }
    root.insert(QStringLiteral("by_age"), ages);
    root.insert(QStringLiteral("unknown_age"), queue.unknownAgeMessages);

    QJsonArray examples;
    for (const auto &e : queue.unparsedExamples)
        examples.append(QJsonObject{{QStringLiteral("line"), e.first}, {QStringLiteral("text"), e.second}});
    root.insert(QStringLiteral("unparsed"), QJsonObject{{QStringLiteral("lines"), queue.lines},
                                                        {QStringLiteral("count"), queue.unparsed},
                                                        {QStringLiteral("long_lines"), queue.longLines},
                                                        {QStringLiteral("examples"), examples}});
    root.insert(QStringLiteral("error"), textOrNull(queue.error.message));

    if (inventory) {
        QJsonArray files;
        for (const LogFileSummary &f : inventory->files) {
            files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("format"), logFormatName(f.format)},
                                     {QStringLiteral("lines"), f.lines},
                                     {QStringLiteral("unparsed"), f.unparsed},
                                     {QStringLiteral("error"), textOrNull(f.error.message)}});
        }
        root.insert(QStringLiteral("log"), QJsonObject{{QStringLiteral("files"), files},
                                                       {QStringLiteral("match"), QStringLiteral("host-name")}});
    } else {
        root.insert(QStringLiteral("log"), QJsonValue(QJsonValue::Null));
    }

    static const OrderedJsonWriter writer = [] {
        OrderedJsonWriter w;
        w.setKeyOrder(QString(), {"schema", "tool", "source", "format", "compression", "read_at", "filter", "summary", "messages",
                                  "by_domain", "other_domains", "by_age", "unknown_age", "unparsed", "error", "log"});
        w.setKeyOrder(QStringLiteral("tool"), {"name", "version"});
        w.setKeyOrder(QStringLiteral("filter"), {"domain", "older_than_s"});
        w.setKeyOrder(QStringLiteral("summary"), {"messages", "recipients_pending", "recipients_delivered", "frozen", "oldest_age_s",
                                                  "filtered_out", "messages_not_listed", "recipients_not_listed"});
        w.setKeyOrder(QStringLiteral("messages[]"),
                      {"id", "id_format", "age_s", "size", "sender", "recipients", "frozen", "delivered", "delay_reasons",
                       "recipients_pending", "recipients_delivered", "recipients_not_listed", "age_as_listed", "size_as_listed",
                       "arrival", "queue_name", "originator_login", "forced_expire", "problem", "truncated", "line"});
        w.setKeyOrder(QStringLiteral("messages[].delay_reasons[]"), {"address", "reason"});
        w.setKeyOrder(QStringLiteral("by_domain[]"),
                      {"domain", "messages", "recipients_pending", "oldest_age_s", "frozen", "example_delay_reason", "log_partners"});
        w.setKeyOrder(QStringLiteral("by_domain[].log_partners[]"),
                      {"host", "address", "match", "messages", "tls_messages", "cleartext", "failures"});
        w.setKeyOrder(QStringLiteral("by_domain[].log_partners[].failures[]"), {"cause", "count", "example", "where", "last"});
        w.setKeyOrder(QStringLiteral("other_domains"), {"messages", "recipients_pending"});
        w.setKeyOrder(QStringLiteral("by_age[]"), {"bucket", "from_s", "to_s", "messages", "recipients_pending", "frozen"});
        w.setKeyOrder(QStringLiteral("unparsed"), {"lines", "count", "long_lines", "examples"});
        w.setKeyOrder(QStringLiteral("unparsed.examples[]"), {"line", "text"});
        w.setKeyOrder(QStringLiteral("log"), {"files", "match"});
        w.setKeyOrder(QStringLiteral("log.files[]"), {"path", "format", "lines", "unparsed", "error"});
        return w;
    }();
    return writer.write(root);
}

int runQueueCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QueueSettings settings;
    QString error;
    if (!parseQueueArgs(args, &settings, &error)) {
        printError(command, safe(error) + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls queue")));
        return ExitUsage;
    }
    if (settings.cli.showHelp) {
        writeOut(settings.cli.helpText);
        return ExitOk;
    }

    MailQueue queue;
    Error why;
    if (!readMailQueue(settings.path, &queue, &why, settings.filter)) {
        printError(command, safe(shownMessage(why)));
        return ExitUsage;
    }

    // --log: the server's own logs, outbound partners only (we deliver to the stuck domains).
    LogInventory inventory;
    const bool withLog = !settings.logPaths.isEmpty();
    if (withLog) {
        LogRequest request;
        request.paths = settings.logPaths;
        request.filter.direction = 2;
        CancelToken cancel;
        InterruptGuard guard(cancel);
        inventory = runLogAnalysis(request, cancel);
    }

    const bool jsonToStdout = settings.cli.jsonPath == QLatin1String("-");
    int code = ExitOk;
    if (!settings.cli.jsonPath.isEmpty()) {
        const QByteArray bytes = queueJsonBytes(queue, settings.filter, withLog ? &inventory : nullptr);
        if (jsonToStdout) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
                printError(command, Cli::tr("cannot write the JSON to standard output"));
                code = ExitUsage;
            }
        } else if (!writeOutputFile(settings.cli.jsonPath, bytes, &error)) {
            printError(command, Cli::tr("cannot write --json %1: %2").arg(safe(settings.cli.jsonPath), safe(error)));
            code = ExitUsage;
        }
    }
    if (!jsonToStdout)
        writeOut(queueText(queue, settings.filter, settings.top, !settings.cli.noColor && stdoutWantsColor(),
                           withLog ? &inventory : nullptr));

    if (queue.error.isError()) {
        printError(command, safe(shownMessage(queue.error)));
        if (code == ExitOk)
            code = queue.error.kind == ErrorKind::FileUnreadable ? ExitUsage : ExitUnreachable;
    }
    if (queue.format == QueueFormat::Unknown && queue.unparsed > 0) {
        const auto first = queue.unparsedExamples.value(0);
        printError(command, Cli::tr("%1:%2: not a queue listing (exim -bp, postqueue -j or postqueue -p); %3 not understood")
                                .arg(settings.path == QLatin1String("-") ? Cli::tr("standard input") : safe(settings.path))
                                .arg(first.first)
                                .arg(plural(queue.unparsed, QT_TRANSLATE_NOOP("mailtls", "line"), QT_TRANSLATE_NOOP("mailtls", "lines"))));
        code = ExitUsage;
    }
    for (const LogFileSummary &f : inventory.files) {
        if (f.error.isError()) {
            printError(command, Cli::tr("--log: %1").arg(safe(shownMessage(f.error))));
            if (code == ExitOk)
                code = f.error.kind == ErrorKind::FileUnreadable && f.lines == 0 ? ExitUsage : ExitUnreachable;
        }
    }
    if (inventory.cancelled) {
        printError(QString(), Cli::tr("interrupted"));
        return ExitInterrupted;
    }
    return code;
}

} // namespace mailtls::cli
