#include "protocol/imap_dialogue.h"

#include <QRegularExpression>

#include "base/limits.h"

namespace mailtls::core {

QString ImapDialogue::quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

QString ImapDialogue::loginCommand(const QString &tag, const QString &user, const QString &password)
{
    return QStringLiteral("%1 LOGIN %2 %3").arg(tag, quoted(user), quoted(password));
}

bool ImapDialogue::classify(const QString &line, const QString &tag, DialectStatus *status)
{
    if (line == QLatin1String("+") || line.startsWith(QLatin1String("+ "))) {
        *status = DialectStatus::Continue;
        return true;
    }
    const QString upper = line.toUpper();
    if (upper.startsWith(QLatin1String("* BYE"))) {
        *status = DialectStatus::Bye;
        return true;
    }
    if (tag.isEmpty() || !line.startsWith(tag + QLatin1Char(' ')))
        return false;
    const QString word = upper.mid(tag.size() + 1).section(QLatin1Char(' '), 0, 0);
    *status = word == QLatin1String("OK") ? DialectStatus::Ok : word == QLatin1String("NO") ? DialectStatus::No : DialectStatus::Bad;
    return true;
}

QStringList ImapDialogue::capabilityTokens(const QString &line)
{
    if (!line.toUpper().startsWith(QLatin1String("* CAPABILITY ")))
        return {};
    return line.mid(13).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

DialectCapabilities ImapDialogue::capabilitiesFrom(const QStringList &tokens, const QString &statusLine)
{
    DialectCapabilities caps;
    caps.statusLine = statusLine;
    caps.lines = tokens;
    caps.ok = !tokens.isEmpty();
    bool loginDisabled = false;
    for (const QString &t : tokens) {
        const QString u = t.toUpper();
        if (u == QLatin1String("STARTTLS"))
            caps.starttls = true;
        else if (u == QLatin1String("LOGINDISABLED"))
            loginDisabled = true;
        else if (u.startsWith(QLatin1String("AUTH=")) && !caps.authMechanisms.contains(u.mid(5)))
            caps.authMechanisms << u.mid(5);
    }
    caps.plaintextLogin = caps.ok && !loginDisabled;
    return caps;
}

bool ImapDialogue::readFullLine(QString *line, Error *error)
{
    if (!readLine(line, timeoutMs(), error))
        return false;
    // A line that ends in a literal {N} / {N+} goes on after N bytes (RFC 9051 4.3).
    static const QRegularExpression literal(QStringLiteral("\\{(\\d{1,9})\\+?\\}$"));
    int pieces = 0;
    for (;;) {
        const QRegularExpressionMatch m = literal.match(*line);
        if (!m.hasMatch())
            return true;
        if (++pieces > limits::kDialectResponseLines || line->size() > limits::kDialectLiteralBytes)
            return refuse(phrase("Errors", "a response with too many or too long literals"), error);
        QByteArray bytes;
        if (!readBytes(m.captured(1).toInt(), &bytes, timeoutMs(), error))
            return false;
        QString rest;
        if (!readLine(&rest, timeoutMs(), error))
            return false;
        *line = line->left(m.capturedStart()) + quoted(QString::fromUtf8(bytes)) + rest;
    }
}

bool ImapDialogue::response(const QString &tag, DialectReply *reply, Error *error)
{
    *reply = DialectReply();
    bool bye = false;
    for (int n = 0; n < limits::kDialectResponseLines; ++n) {
        QString line;
        Error readError;
        if (!readFullLine(&line, &readError)) {
            if (bye && readError.kind == ErrorKind::Closed) {
                reply->status = DialectStatus::Bye;
                return true;
            }
            return fail(error, readError);
        }
        reply->lines << line;
        DialectStatus status;
        if (!classify(line, tag, &status)) {
            if (!line.startsWith(QLatin1String("* ")))
                return refuse(phrase("Errors", "unexpected line \"%1\"").arg(line.left(limits::kQuotedChars)), error);
            continue;
        }
        if (status == DialectStatus::Bye) {
            bye = true;
            reply->statusLine = line;
            continue;
        }
        reply->status = status;
        reply->statusLine = line;
        return true;
    }
    return refuse(phrase("Errors", "a response of more than %1 lines").arg(limits::kDialectResponseLines), error);
}

bool ImapDialogue::greeting(DialectReply *reply, Error *error)
{
    *reply = DialectReply();
    QString line;
    if (!readFullLine(&line, error))
        return false;
    reply->lines << line;
    reply->statusLine = line;
    const QString upper = line.toUpper();
    if (upper.startsWith(QLatin1String("* OK")) || upper.startsWith(QLatin1String("* PREAUTH")))
        reply->status = DialectStatus::Ok;
    else if (upper.startsWith(QLatin1String("* BYE")))
        reply->status = DialectStatus::Bye;
    else
        return refuse(phrase("Errors", "the greeting \"%1\" (expected \"* OK\")").arg(line.left(limits::kQuotedChars)), error);
    return true;
}

bool ImapDialogue::capabilities(DialectCapabilities *caps, Error *error)
{
    const QString tag = nextTag();
    DialectReply reply;
    if (!send(capabilityCommand(tag), error) || !response(tag, &reply, error))
        return false;
    QStringList tokens;
    for (const QString &line : std::as_const(reply.lines))
        tokens += capabilityTokens(line);
    *caps = capabilitiesFrom(tokens, reply.statusLine);
    caps->ok = caps->ok && reply.ok();
    return true;
}

bool ImapDialogue::startTls(DialectReply *reply, int *discarded, Error *error)
{
    *discarded = 0;
    const QString tag = nextTag();
    if (!send(starttlsCommand(tag), error) || !response(tag, reply, error))
        return false;
    if (reply->ok())
        *discarded = int(takePendingBytes().size());
    return true;
}

bool ImapDialogue::authenticate(const QString &user, const QString &password, const QString &mechanism,
                                const DialectCapabilities &offered, DialectReply *reply, QString *used, Error *error)
{
    const QString mech = mechanism.toUpper();
    const bool plain = mech == QLatin1String("PLAIN")
        || (mech.isEmpty() && (offered.authMechanisms.contains(QLatin1String("PLAIN")) || !offered.plaintextLogin));
    const QString tag = nextTag();
    if (!plain) {
        *used = QStringLiteral("LOGIN");
        const QString redacted = QStringLiteral("%1 LOGIN %2 <redacted>").arg(tag, quoted(user));
        return send(loginCommand(tag, user, password), error, redacted) && response(tag, reply, error);
    }
    *used = QStringLiteral("AUTHENTICATE PLAIN");
    if (!send(QStringLiteral("%1 AUTHENTICATE PLAIN").arg(tag), error) || !response(tag, reply, error))
        return false;
    if (reply->status != DialectStatus::Continue)
        return true;
    const QString blob = QString::fromLatin1(plainBlob(user, password));
    return send(blob, error, QStringLiteral("<redacted: PLAIN response for %1>").arg(quoted(user))) && response(tag, reply, error);
}

bool ImapDialogue::logout(Error *error)
{
    const QString tag = nextTag();
    if (!send(logoutCommand(tag), error))
        return false;
    for (int n = 0; n < limits::kDialectResponseLines; ++n) {
        QString line;
        Error ignored;
        if (!readLine(&line, limits::kDialectLogoutWaitMs, &ignored) || line.startsWith(tag + QLatin1Char(' ')))
            break;
    }
    return true;
}

} // namespace mailtls::core
