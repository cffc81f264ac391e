#include "protocol/text_dialogue.h"

#include <QElapsedTimer>

#include "base/display_text.h"
#include "base/limits.h"
#include "net/connection.h"
#include "protocol/imap_dialogue.h"
#include "protocol/pop3_dialogue.h"
#include "protocol/redaction.h"
#include "protocol/reply_parser.h"
#include "protocol/sieve_dialogue.h"
#include "tls/tls_client.h"

namespace mailtls::core {

bool isTextDialect(const QString &dialect)
{
    return dialect == QLatin1String("imap") || dialect == QLatin1String("pop3") || dialect == QLatin1String("sieve");
}

QString dialectDisplayName(const QString &dialect)
{
    if (dialect == QLatin1String("imap"))
        return QStringLiteral("IMAP");
    if (dialect == QLatin1String("pop3"))
        return QStringLiteral("POP3");
    if (dialect == QLatin1String("sieve"))
        return QStringLiteral("ManageSieve");
    return dialect.toUpper();
}

QString dialectFromGreeting(const QByteArray &firstLine)
{
    const QByteArray l = firstLine.trimmed();
    const QByteArray upper = l.toUpper();
    if (upper.startsWith("* OK") || upper.startsWith("* PREAUTH") || upper.startsWith("* BYE"))
        return QStringLiteral("imap");
    if (upper.startsWith("+OK") || upper.startsWith("-ERR"))
        return QStringLiteral("pop3");
    if (l.startsWith('"') || upper.startsWith("OK \"") || upper.startsWith("BYE"))
        return QStringLiteral("sieve");
    if (l.size() >= 3 && std::isdigit(uchar(l[0])) && std::isdigit(uchar(l[1])) && std::isdigit(uchar(l[2]))
        && (l.size() == 3 || l[3] == ' ' || l[3] == '-'))
        return QStringLiteral("smtp");
    return QString();
}

TextDialogue::TextDialogue(Connection &connection, int timeoutMs) : connection_(connection), timeoutMs_(timeoutMs) {}

TextDialogue::~TextDialogue() = default;

bool TextDialogue::usingTls() const
{
    return tls_ && tls_->isEstablished();
}

void TextDialogue::show(LineDirection dir, const QString &text)
{
    if (transcript_)
        transcript_(dir, text);
}

bool TextDialogue::write(const QByteArray &bytes, Error *error)
{
    if (usingTls())
        return tls_->write(bytes, timeoutMs_, error);
    return connection_.writeAll(bytes, timeoutMs_, error);
}

QString TextDialogue::shownSecret(const QString &line, const QString &redacted) const
{
    return showSecrets_ ? line : redacted;
}

QByteArray TextDialogue::plainBlob(const QString &user, const QString &password)
{
    QByteArray blob;
    blob.append('\0').append(user.toUtf8()).append('\0').append(password.toUtf8());
    return blob.toBase64();
}

bool TextDialogue::send(const QString &line, Error *error, const QString &shown)
{
    QString text = (!showSecrets_ && !shown.isEmpty()) ? shown : line;
    if (redactor_)
        text = redactor_->serverLine(text);   // masks every registered secret
    show(LineDirection::Client, text);
    return write(line.toUtf8() + "\r\n", error);
}

bool TextDialogue::readMore(int timeoutMs, Error *error)
{
    QByteArray bytes;
    const bool ok = usingTls() ? tls_->read(&bytes, timeoutMs, error) : connection_.readSome(&bytes, timeoutMs, error);
    if (ok)
        buffer_ += bytes;
    return ok;
}

bool TextDialogue::refuse(const Phrase &why, Error *error)
{
    return fail(error, ErrorKind::Protocol,
                phrase("Errors", "the server does not speak %1: %2").arg(dialectDisplayName(dialect())).arg(why));
}

bool TextDialogue::readLine(QString *line, int timeoutMs, Error *error)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const int nl = buffer_.indexOf('\n');
        if (nl >= 0) {
            if (nl > limits::kDialectLineBytes)
                break;
            QByteArray raw = buffer_.left(nl);
            buffer_.remove(0, nl + 1);
            if (raw.endsWith('\r'))
                raw.chop(1);
            *line = decodeMailText(raw);
            const QString shown = escapeControls(*line);
            show(LineDirection::Server, redactor_ ? redactor_->serverLine(shown) : shown);
            return true;
        }
        if (buffer_.size() > limits::kDialectLineBytes)
            break;
        const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        Error readError;
        if (!readMore(left, &readError)) {
            if (readError.kind == ErrorKind::Timeout)
                readError = makeError(readError.kind, phrase("Errors", "no complete reply within %1 s").arg(timeoutMs / 1000.0));
            return fail(error, readError);
        }
    }
    show(LineDirection::Server, escapeControls(decodeMailText(buffer_.left(200)))
                                    + QStringLiteral("… (over %1 KiB without a line end)").arg(limits::kDialectLineBytes / 1024));
    buffer_.clear();
    return refuse(phrase("Errors", "a line longer than %1 KiB").arg(limits::kDialectLineBytes / 1024), error);
}

bool TextDialogue::readBytes(int n, QByteArray *out, int timeoutMs, Error *error)
{
    if (n < 0 || n > limits::kDialectLiteralBytes)
        return refuse(phrase("Errors", "a literal of %1 bytes (at most %2 KiB are read)").arg(n).arg(limits::kDialectLiteralBytes / 1024),
                      error);
    QElapsedTimer timer;
    timer.start();
    while (buffer_.size() < n) {
        const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        Error readError;
        if (!readMore(left, &readError)) {
            if (readError.kind == ErrorKind::Timeout)
                readError = makeError(readError.kind, phrase("Errors", "no complete reply within %1 s").arg(timeoutMs / 1000.0));
            return fail(error, readError);
        }
    }
    *out = buffer_.left(n);
    buffer_.remove(0, n);
    return true;
}

QByteArray TextDialogue::takePendingBytes()
{
    const QByteArray pending = buffer_;
    buffer_.clear();
    return pending;
}

std::unique_ptr<TextDialogue> makeTextDialogue(const QString &dialect, Connection &connection, int timeoutMs)
{
    if (dialect == QLatin1String("imap"))
        return std::make_unique<ImapDialogue>(connection, timeoutMs);
    if (dialect == QLatin1String("pop3"))
        return std::make_unique<Pop3Dialogue>(connection, timeoutMs);
    if (dialect == QLatin1String("sieve"))
        return std::make_unique<SieveDialogue>(connection, timeoutMs);
    return nullptr;
}

} // namespace mailtls::core
