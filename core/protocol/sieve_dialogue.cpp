#include "protocol/sieve_dialogue.h"

#include <QRegularExpression>

#include "base/limits.h"

namespace mailtls::core {

QString SieveDialogue::authenticatePlainCommand(const QByteArray &base64Response)
{
    return QStringLiteral("AUTHENTICATE \"PLAIN\" \"%1\"").arg(QString::fromLatin1(base64Response));
}

bool SieveDialogue::classify(const QString &line, DialectStatus *status)
{
    const QString upper = line.toUpper();
    auto is = [&upper](const char *word) {
        const QLatin1String w(word);
        return upper.startsWith(w) && (upper.size() == w.size() || upper.at(w.size()) == QLatin1Char(' ')
                                       || upper.at(w.size()) == QLatin1Char('('));
    };
    if (is("OK"))
        *status = DialectStatus::Ok;
    else if (is("NO"))
        *status = DialectStatus::No;
    else if (is("BYE"))
        *status = DialectStatus::Bye;
    else
        return false;
    return true;
}

bool SieveDialogue::splitStrings(const QString &line, QStringList *strings, int *literal)
{
    *literal = -1;
    int i = 0;
    const int n = int(line.size());
    while (i < n) {
        const QChar c = line.at(i);
        if (c == QLatin1Char(' ')) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            QString s;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = line.at(i++);
                if (d == QLatin1Char('\\') && i < n) {
                    s += line.at(i++);
                } else if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else {
                    s += d;
                }
            }
            if (!closed)
                return false;
            *strings << s;
        } else if (c == QLatin1Char('{')) {
            static const QRegularExpression lit(QStringLiteral("^\\{(\\d{1,9})\\+?\\}$"));
            const QRegularExpressionMatch m = lit.match(line.mid(i));
            if (!m.hasMatch())
                return false;
            *literal = m.captured(1).toInt();
            return true;
        } else {
            // An atom (unquoted word), tolerated.
            const int end = int(line.indexOf(QLatin1Char(' '), i));
            *strings << line.mid(i, end < 0 ? -1 : end - i);
            i = end < 0 ? n : end;
        }
    }
    return true;
}

DialectCapabilities SieveDialogue::capabilitiesFrom(const QList<QStringList> &items, const QString &statusLine, bool ok)
{
    DialectCapabilities caps;
    caps.ok = ok;
    caps.statusLine = statusLine;
    for (const QStringList &item : items) {
        if (item.isEmpty())
            continue;
        const QString keyword = item.first().toUpper();
        const QString value = item.mid(1).join(QLatin1Char(' ')).simplified();
        // "SASL" "" is no mechanism at all (RFC 5804 1.7): left out, so the comparison with the
        // list under TLS reads "SASL added" rather than "SASL yes -> PLAIN".
        if (keyword == QLatin1String("SASL") && value.isEmpty())
            continue;
        caps.lines << (value.isEmpty() ? keyword : keyword + QLatin1Char(' ') + value);
        if (keyword == QLatin1String("STARTTLS"))
            caps.starttls = true;
        else if (keyword == QLatin1String("SASL"))
            for (const QString &m : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (!caps.authMechanisms.contains(m.toUpper()))
                    caps.authMechanisms << m.toUpper();
    }
    return caps;
}

bool SieveDialogue::response(DialectReply *reply, QList<QStringList> *items, Error *error, int timeoutMs)
{
    *reply = DialectReply();
    const int wait = timeoutMs < 0 ? this->timeoutMs() : timeoutMs;
    for (int n = 0; n < limits::kDialectResponseLines; ++n) {
        QString line;
        if (!readLine(&line, wait, error))
            return false;
        reply->lines << line;
        if (classify(line, &reply->status)) {
            reply->statusLine = line;
            return true;
        }
        QStringList strings;
        int literal = -1;
        if (!splitStrings(line, &strings, &literal))
            return refuse(phrase("Errors", "unexpected line \"%1\"").arg(line.left(limits::kQuotedChars)), error);
        int pieces = 0;
        while (literal >= 0) {
            if (++pieces > limits::kDialectResponseLines)
                return refuse(phrase("Errors", "a line with too many literals"), error);
            QByteArray bytes;
            if (!readBytes(literal, &bytes, wait, error))
                return false;
            strings << QString::fromUtf8(bytes);
            QString rest;
            if (!readLine(&rest, wait, error))
                return false;
            if (!splitStrings(rest, &strings, &literal))
                return refuse(phrase("Errors", "unexpected line \"%1\"").arg(rest.left(limits::kQuotedChars)), error);
        }
        if (items)
            *items << strings;
    }
    return refuse(phrase("Errors", "a response of more than %1 lines").arg(limits::kDialectResponseLines), error);
}

bool SieveDialogue::greeting(DialectReply *reply, Error *error)
{
    QList<QStringList> items;
    if (!response(reply, &items, error))
        return false;
    greetingCaps_ = capabilitiesFrom(items, reply->statusLine, reply->ok() && !items.isEmpty());
    haveGreetingCaps_ = greetingCaps_.ok;
    return true;
}

bool SieveDialogue::capabilities(DialectCapabilities *caps, Error *error)
{
    if (haveGreetingCaps_) {
        *caps = greetingCaps_;
        return true;
    }
    DialectReply reply;
    QList<QStringList> items;
    if (!send(capabilityCommand(), error) || !response(&reply, &items, error))
        return false;
    *caps = capabilitiesFrom(items, reply.statusLine, reply.ok());
    return true;
}

bool SieveDialogue::capabilitiesAfterTls(DialectCapabilities *caps, Error *error)
{
    DialectReply reply;
    QList<QStringList> items;
    if (!response(&reply, &items, error))
        return false;
    *caps = capabilitiesFrom(items, reply.statusLine, reply.ok());
    return true;
}

bool SieveDialogue::startTls(DialectReply *reply, int *discarded, Error *error)
{
    *discarded = 0;
    if (!send(starttlsCommand(), error) || !response(reply, nullptr, error))
        return false;
    if (reply->ok())
        *discarded = int(takePendingBytes().size());
    return true;
}

bool SieveDialogue::authenticate(const QString &user, const QString &password, const QString &mechanism,
                                 const DialectCapabilities &, DialectReply *reply, QString *used, Error *error)
{
    const QString mech = mechanism.toUpper();
    if (!mech.isEmpty() && mech != QLatin1String("PLAIN"))
        note(QStringLiteral("ManageSieve: only AUTHENTICATE \"PLAIN\" is supported here; using it instead of %1").arg(mech));
    *used = QStringLiteral("AUTHENTICATE \"PLAIN\"");
    const QString redacted = QStringLiteral("AUTHENTICATE \"PLAIN\" <redacted: PLAIN response for \"%1\">").arg(user);
    return send(authenticatePlainCommand(plainBlob(user, password)), error, redacted) && response(reply, nullptr, error);
}

bool SieveDialogue::logout(Error *error)
{
    if (!send(logoutCommand(), error))
        return false;
    DialectReply reply;
    Error ignored;
    response(&reply, nullptr, &ignored, limits::kDialectLogoutWaitMs);
    return true;
}

} // namespace mailtls::core
