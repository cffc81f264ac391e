#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "base/limits.h"
#include "base/phrase.h"

namespace mailtls::core {

// Text as mail peers send it: UTF-8 (or ASCII) as they are supposed to, Latin-1 from old
// servers and clients. Never fails.
QString decodeMailText(const QByteArray &bytes);

// One complete SMTP/LMTP reply (RFC 5321 4.2): one or more lines sharing a code.
struct SmtpReply {
    int code = 0;
    QStringList lines;   // each whole line as received, without CRLF ("250-PIPELINING")
    QStringList texts;   // each line's text after "NNN-" / "NNN " ("PIPELINING")
    QString enhancedStatus() const;  // "2.0.0" if the first text starts with one, else empty
    bool isPositive() const { return code >= 200 && code < 400; }
    QString firstLine() const { return lines.isEmpty() ? QString() : lines.first(); }
};

// Incremental parser: feed bytes as they arrive, take replies out. Stops at the first
// protocol error and stays in the error state (the caller closes the connection).
class ReplyParser
{
public:
    enum class Result { NeedMore, Reply, Error };

    // maxLineBytes: longest accepted line (without CRLF); maxLines: most lines in one reply.
    explicit ReplyParser(int maxLineBytes = limits::kReplyLineBytes, int maxLines = limits::kReplyLines);

    void feed(const QByteArray &bytes);
    // Reply: *out holds the next complete reply. NeedMore: feed more bytes. Error: see error().
    Result next(SmtpReply *out);
    // Lines of the reply being assembled (for live transcripts), taken once each. Lines are
    // parsed by feed() and next(); parsing pauses at the end of each reply until next() takes
    // it, so a line is returned here as soon as it is complete.
    QStringList takeNewLines();
    QString error() const { return error_; }
    // The same sentence as a phrase, for the faces.
    Phrase errorPhrase() const { return errorPhrase_; }
    // After an error: the raw line that broke the rules (may be cut at the line limit).
    QByteArray rejectedLine() const { return hasError() ? rejectedLine_ : QByteArray(); }
    bool hasError() const { return !error_.isEmpty(); }
    // Bytes fed but not yet consumed as lines (e.g. after STARTTLS's 220 nothing may remain).
    QByteArray pendingBytes() const { return buffer_; }
    void reset();

private:
    bool takeLine(QByteArray *line);
    bool fail(const Phrase &message);
    // Parses whole lines from buffer_ into current_ until a reply is complete, no whole line
    // is left, or an error occurs.
    void advance();
    bool addLine(const QByteArray &line);

    int maxLineBytes_;
    int maxLines_;
    QByteArray buffer_;
    SmtpReply current_;
    QStringList newLines_;
    QString error_;
    Phrase errorPhrase_;
    QByteArray rejectedLine_;
    bool replyReady_ = false;   // current_ holds a complete reply not yet taken by next()
    bool overflow_ = false;     // feed() saw an over-long unterminated line and stopped buffering
};

} // namespace mailtls::core
