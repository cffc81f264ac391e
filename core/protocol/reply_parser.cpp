#include "protocol/reply_parser.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <utility>

#include "base/limits.h"

namespace mailtls::core {

namespace {

constexpr int kQuoteLimit = limits::kQuotedChars;

// A line as it may appear inside an error message: printable ASCII kept, everything else
// escaped, cut at kQuoteLimit bytes so a hostile server cannot flood the message.
QString quoteLine(const QByteArray &line)
{
    QString out = QStringLiteral("\"");
    const qsizetype shown = qMin<qsizetype>(line.size(), kQuoteLimit);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto byte = static_cast<unsigned char>(line.at(i));
        if (byte == '"' || byte == '\\') {
            out += QLatin1Char('\\');
            out += QLatin1Char(static_cast<char>(byte));
        } else if (byte >= 0x20 && byte < 0x7f) {
            out += QLatin1Char(static_cast<char>(byte));
        } else {
            out += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
        }
    }
    out += QLatin1Char('"');
    if (line.size() > shown)
        out += QStringLiteral("... (%1 bytes)").arg(line.size());
    return out;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

QString decodeMailText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes);
    return text;
}

QString SmtpReply::enhancedStatus() const
{
    if (texts.isEmpty())
        return QString();
    // RFC 3463: class.subject.detail, class 2/4/5, subject and detail 1-3 digits.
    static const QRegularExpression status(QStringLiteral("^([245]\\.\\d{1,3}\\.\\d{1,3})(?:\\s|$)"));
    const QRegularExpressionMatch match = status.match(texts.first());
    return match.hasMatch() ? match.captured(1) : QString();
}

ReplyParser::ReplyParser(int maxLineBytes, int maxLines)
    : maxLineBytes_(qMax(maxLineBytes, 4)), maxLines_(qMax(maxLines, 1))
{
}

void ReplyParser::feed(const QByteArray &bytes)
{
    if (hasError() || overflow_ || bytes.isEmpty())
        return;

    // Length of the unterminated last line once bytes are appended. One byte over the limit
    // is allowed for the CR of a CRLF whose LF has not arrived yet.
    const qsizetype allowed = qsizetype(maxLineBytes_) + 1;
    const qsizetype lastLf = bytes.lastIndexOf('\n');
    qsizetype tail = 0;
    if (lastLf >= 0) {
        tail = bytes.size() - lastLf - 1;
    } else {
        const qsizetype bufferedTail = buffer_.size() - (buffer_.lastIndexOf('\n') + 1);
        tail = bufferedTail + bytes.size();
    }

    if (tail > allowed) {
        // The line is too long whatever follows: keep just enough to report it, drop the rest.
        buffer_.append(bytes.constData(), bytes.size() - (tail - allowed));
        overflow_ = true;
    } else {
        buffer_.append(bytes);
    }
    advance();
}

ReplyParser::Result ReplyParser::next(SmtpReply *out)
{
    if (hasError())
        return Result::Error;
    advance();
    if (replyReady_) {
        if (out)
            *out = std::exchange(current_, SmtpReply());
        else
            current_ = SmtpReply();
        replyReady_ = false;
        return Result::Reply;
    }
    return hasError() ? Result::Error : Result::NeedMore;
}

QStringList ReplyParser::takeNewLines()
{
    return std::exchange(newLines_, QStringList());
}

void ReplyParser::reset()
{
    buffer_.clear();
    current_ = SmtpReply();
    newLines_.clear();
    error_.clear();
    errorPhrase_ = Phrase();
    replyReady_ = false;
    overflow_ = false;
    rejectedLine_.clear();
}

void ReplyParser::advance()
{
    QByteArray line;
    while (!replyReady_ && !hasError() && takeLine(&line)) {
        if (!addLine(line))
            return;
    }
}

bool ReplyParser::takeLine(QByteArray *line)
{
    const qsizetype lf = buffer_.indexOf('\n');
    if (lf < 0) {
        const qsizetype tail = buffer_.size();
        const bool pendingCr = tail > 0 && buffer_.endsWith('\r');
        if (overflow_ || tail > maxLineBytes_ + (pendingCr ? 1 : 0)) {
            rejectedLine_ = buffer_;
            return fail(phrase("Errors", "reply line longer than %1 bytes without a line end: %2")
                            .arg(maxLineBytes_)
                            .arg(quoteLine(buffer_)));
        }
        return false;
    }

    QByteArray whole = buffer_.left(lf);
    if (whole.endsWith('\r'))
        whole.chop(1);
    if (whole.size() > maxLineBytes_) {
        rejectedLine_ = whole;
        return fail(phrase("Errors", "reply line of %1 bytes is longer than the limit of %2 bytes: %3")
                        .arg(whole.size())
                        .arg(maxLineBytes_)
                        .arg(quoteLine(whole)));
    }
    buffer_.remove(0, lf + 1);
    *line = whole;
    return true;
}

bool ReplyParser::addLine(const QByteArray &line)
{
    const int lineNumber = current_.lines.size() + 1;
    rejectedLine_ = line; // kept only for the caller to show when this line fails

    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2))) {
        return fail(phrase("Errors", "reply line %1 does not start with a three-digit code: %2")
                        .arg(lineNumber)
                        .arg(quoteLine(line)));
    }
    const char first = line.at(0);
    const char second = line.at(1);
    if (first < '2' || first > '5' || second > '5') {
        return fail(phrase("Errors", "reply code %1 is out of range (first digit 2-5, second 0-5): %2")
                        .arg(QString::fromLatin1(line.left(3)))
                        .arg(quoteLine(line)));
    }

    bool last = true;
    if (line.size() > 3) {
        const char separator = line.at(3);
        if (separator == '-') {
            last = false;
        } else if (separator != ' ') {
            return fail(phrase("Errors", "reply code is not followed by a space, a hyphen or the "
                                 "line end: %1")
                            .arg(quoteLine(line)));
        }
    }

    const int code = line.left(3).toInt();
    if (lineNumber == 1) {
        current_.code = code;
    } else if (code != current_.code) {
        return fail(phrase("Errors", "multi-line reply changes code from %1 to %2 on line %3: %4")
                        .arg(current_.code)
                        .arg(code)
                        .arg(lineNumber)
                        .arg(quoteLine(line)));
    }

    if (lineNumber > maxLines_) {
        return fail(phrase("Errors", "reply has more than %1 lines").arg(maxLines_));
    }

    const QString text = decodeMailText(line);
    current_.lines.append(text);
    current_.texts.append(line.size() > 4 ? decodeMailText(line.mid(4)) : QString());
    newLines_.append(text);
    if (last)
        replyReady_ = true;
    return true;
}

bool ReplyParser::fail(const Phrase &message)
{
    errorPhrase_ = message.isEmpty() ? phrase("Errors", "protocol error") : message;
    error_ = errorPhrase_.english();
    return false;
}

} // namespace mailtls::core
