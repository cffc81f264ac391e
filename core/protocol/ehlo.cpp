#include "protocol/ehlo.h"

namespace mailtls::core {

namespace {

struct KeywordLine {
    QString keyword;      // "AUTH" also for the old "AUTH=LOGIN" form
    QString firstToken;   // as sent, e.g. "AUTH=LOGIN"
    QStringList parameters;
};

// "SIZE 52428800" -> SIZE [52428800]; "AUTH=LOGIN PLAIN" -> AUTH [LOGIN, PLAIN].
KeywordLine splitKeywordLine(const QString &text)
{
    KeywordLine parsed;
    QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return parsed;
    parsed.firstToken = tokens.takeFirst();
    parsed.keyword = parsed.firstToken;
    parsed.parameters = tokens;
    // Pre-RFC 4954 servers (Outlook Express era clients need it) advertise "AUTH=LOGIN PLAIN".
    if (parsed.firstToken.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive)) {
        parsed.keyword = parsed.firstToken.left(4);
        const QString firstMechanism = parsed.firstToken.mid(5);
        if (!firstMechanism.isEmpty())
            parsed.parameters.prepend(firstMechanism);
    }
    return parsed;
}

bool matches(const KeywordLine &line, const QString &keyword)
{
    return line.keyword.compare(keyword, Qt::CaseInsensitive) == 0
        || line.firstToken.compare(keyword, Qt::CaseInsensitive) == 0;
}

} // namespace

bool EhloCapabilities::has(const QString &keyword) const
{
    const QString wanted = keyword.trimmed();
    if (wanted.isEmpty())
        return false;
    for (const QString &text : keywordLines) {
        if (matches(splitKeywordLine(text), wanted))
            return true;
    }
    return false;
}

QStringList EhloCapabilities::parameters(const QString &keyword) const
{
    const QString wanted = keyword.trimmed();
    QStringList result;
    if (wanted.isEmpty())
        return result;
    // A keyword may be advertised twice (Exim with both AUTH forms): parameters of all lines.
    for (const QString &text : keywordLines) {
        const KeywordLine line = splitKeywordLine(text);
        if (matches(line, wanted))
            result += line.parameters;
    }
    return result;
}

EhloCapabilities parseEhlo(const SmtpReply &reply)
{
    EhloCapabilities caps;
    caps.ok = reply.code == 250;
    if (!reply.texts.isEmpty())
        caps.greeting = reply.texts.first();
    if (!caps.ok)
        return caps;

    caps.keywordLines = reply.texts.mid(1);
    for (const QString &text : std::as_const(caps.keywordLines)) {
        const KeywordLine line = splitKeywordLine(text);
        const QString keyword = line.keyword.toUpper();
        if (keyword == QLatin1String("STARTTLS")) {
            caps.starttls = true;
        } else if (keyword == QLatin1String("AUTH")) {
            for (const QString &mechanism : line.parameters) {
                const QString upper = mechanism.toUpper();
                if (!caps.authMechanisms.contains(upper))
                    caps.authMechanisms.append(upper);
            }
        } else if (keyword == QLatin1String("SIZE")) {
            // "SIZE" alone: the server has a limit but does not say it (RFC 1870).
            qint64 limit = 0;
            if (!line.parameters.isEmpty()) {
                bool numeric = false;
                const qint64 value = line.parameters.first().toLongLong(&numeric);
                if (numeric && value > 0)
                    limit = value;
            }
            caps.sizeLimit = qMax(caps.sizeLimit, limit);
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtputf8 = true;
        }
    }
    return caps;
}

} // namespace mailtls::core
