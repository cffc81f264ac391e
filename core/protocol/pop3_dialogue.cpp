#include "protocol/pop3_dialogue.h"

#include "base/limits.h"

namespace mailtls::core {

bool Pop3Dialogue::classify(const QString &line, DialectStatus *status)
{
    const QString upper = line.toUpper();
    if (upper == QLatin1String("+OK") || upper.startsWith(QLatin1String("+OK ")))
        *status = DialectStatus::Ok;
    else if (upper == QLatin1String("-ERR") || upper.startsWith(QLatin1String("-ERR ")))
        *status = DialectStatus::No;
    else if (line == QLatin1String("+") || line.startsWith(QLatin1String("+ ")))
        *status = DialectStatus::Continue;
    else
        return false;
    return true;
}

DialectCapabilities Pop3Dialogue::capabilitiesFrom(const QStringList &lines, const QString &statusLine)
{
    DialectCapabilities caps;
    caps.ok = true;
    caps.statusLine = statusLine;
    for (const QString &line : lines) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString keyword = words.value(0).toUpper();
        // A bare "SASL" lists no mechanism (Dovecot before STLS with plaintext auth disabled).
        if (keyword == QLatin1String("SASL") && words.size() == 1)
            continue;
        caps.lines << line;
        if (keyword == QLatin1String("STLS"))
            caps.starttls = true;
        else if (keyword == QLatin1String("USER"))
            caps.plaintextLogin = true;
        else if (keyword == QLatin1String("SASL"))
            for (int i = 1; i < words.size(); ++i)
                if (!caps.authMechanisms.contains(words[i].toUpper()))
                    caps.authMechanisms << words[i].toUpper();
    }
    return caps;
}

bool Pop3Dialogue::status(DialectReply *reply, Error *error, int timeoutMs)
{
    *reply = DialectReply();
    QString line;
    if (!readLine(&line, timeoutMs < 0 ? this->timeoutMs() : timeoutMs, error))
        return false;
    reply->lines << line;
    reply->statusLine = line;
    if (!classify(line, &reply->status))
        return refuse(phrase("Errors", "\"%1\" (expected +OK or -ERR)").arg(line.left(limits::kQuotedChars)), error);
    return true;
}

bool Pop3Dialogue::greeting(DialectReply *reply, Error *error)
{
    if (!status(reply, error))
        return false;
    if (reply->status == DialectStatus::Continue)
        return refuse(phrase("Errors", "the greeting \"%1\" (expected +OK)").arg(reply->statusLine.left(limits::kQuotedChars)), error);
    return true;
}

bool Pop3Dialogue::capabilities(DialectCapabilities *caps, Error *error)
{
    DialectReply reply;
    if (!send(capaCommand(), error) || !status(&reply, error))
        return false;
    if (!reply.ok()) {
        // A server without CAPA (RFC 1939 only): no list, nothing advertised.
        *caps = DialectCapabilities();
        caps->statusLine = reply.statusLine;
        return true;
    }
    QStringList lines;
    for (int n = 0;; ++n) {
        if (n >= limits::kDialectResponseLines)
            return refuse(phrase("Errors", "a CAPA list of more than %1 lines").arg(limits::kDialectResponseLines), error);
        QString line;
        if (!readLine(&line, timeoutMs(), error))
            return false;
        if (line == QLatin1String("."))
            break;
        if (line.startsWith(QLatin1String("..")))
            line.remove(0, 1);   // dot-stuffing (RFC 1939 3)
        lines << line;
    }
    *caps = capabilitiesFrom(lines, reply.statusLine);
    return true;
}

bool Pop3Dialogue::startTls(DialectReply *reply, int *discarded, Error *error)
{
    *discarded = 0;
    if (!send(stlsCommand(), error) || !status(reply, error))
        return false;
    if (reply->ok())
        *discarded = int(takePendingBytes().size());
    return true;
}

bool Pop3Dialogue::authenticate(const QString &user, const QString &password, const QString &mechanism,
                                const DialectCapabilities &offered, DialectReply *reply, QString *used, Error *error)
{
    const QString mech = mechanism.toUpper();
    const bool plain = mech == QLatin1String("PLAIN")
        || (mech.isEmpty() && (offered.authMechanisms.contains(QLatin1String("PLAIN")) || !offered.plaintextLogin));
    if (!plain) {
        *used = QStringLiteral("USER/PASS");
        if (!send(QStringLiteral("USER %1").arg(user), error) || !status(reply, error))
            return false;
        if (!reply->ok())
            return true;
        return send(QStringLiteral("PASS %1").arg(password), error, QStringLiteral("PASS <redacted>")) && status(reply, error);
    }
    *used = QStringLiteral("AUTH PLAIN");
    if (!send(QStringLiteral("AUTH PLAIN"), error) || !status(reply, error))
        return false;
    if (reply->status != DialectStatus::Continue)
        return true;
    const QString blob = QString::fromLatin1(plainBlob(user, password));
    return send(blob, error, QStringLiteral("<redacted: PLAIN response for \"%1\">").arg(user)) && status(reply, error);
}

bool Pop3Dialogue::logout(Error *error)
{
    if (!send(quitCommand(), error))
        return false;
    DialectReply reply;
    Error ignored;
    status(&reply, &ignored, limits::kDialectLogoutWaitMs);
    return true;
}

} // namespace mailtls::core
