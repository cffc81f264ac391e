#pragma once

// The SMTP/LMTP dialogue on one connection, written once: commands out, replies in (through
// TLS once it is up), and the steps that lead to TLS: the greeting, EHLO/LHLO (with a HELO
// fallback where asked) and STARTTLS. The session engine runs it with a transcript and
// redaction; the STARTTLS opener (scans, a simulation's live handshake) runs it bare. Each
// caller decides what a reply means for it: the dialogue only reports what was said.

#include <QByteArray>
#include <QString>

#include <functional>

#include "base/error.h"
#include "model/report.h"
#include "protocol/ehlo.h"
#include "protocol/reply_parser.h"

namespace mailtls::core {

class Connection;
class Redactor;
class TlsClient;

// The name we give in EHLO/LHLO/HELO: the configured one, else defaultEhloName().name.
QString ehloNameOrDefault(const QString &configured);

// This machine's name for EHLO when none is set, found without asking DNS (a lookup could hang
// on a desk that cannot reach its resolver): the host name when it has a dot; else the dotted
// name /etc/hosts lists beside it; else the host name with the domain from /etc/resolv.conf;
// else the bare host name (`bare`), which receivers that check EHLO names may refuse. Worked
// out once per process. `source` says where the name came from, for the transcript.
struct DefaultEhloName {
    QString name;
    bool bare = false;
    QString source;
};
DefaultEhloName defaultEhloName();

// The fully qualified name a hosts file gives `shortName`: on a line that lists shortName (or
// a name starting with "shortName."), the first name with a dot; empty when there is none.
// Comments and malformed lines are skipped.
QString fqdnFromHostsText(const QByteArray &hosts, const QString &shortName);

// The transcript note for a bare default name, empty when the name is qualified or was set.
QString bareEhloNote(const QString &configured);

class SmtpDialogue
{
public:
    using Transcript = std::function<void(LineDirection, const QString &)>;

    // timeoutMs: the deadline of every write and of command replies.
    SmtpDialogue(Connection &connection, int timeoutMs);

    // Once `tls` is established, every byte goes through it.
    void setTls(TlsClient *tls) { tls_ = tls; }
    // Every line sent and received, and the dialogue's own notes, as they happen.
    void setTranscript(Transcript transcript) { transcript_ = std::move(transcript); }
    // Secrets stay out of the transcript: client lines and server lines pass through it, and it
    // follows each reply (an AUTH exchange ends with the server's answer).
    void setRedactor(Redactor *redactor) { redactor_ = redactor; }

    // How a reply that did not come in time is worded: in the connection's words ("timed out
    // after N s waiting to read from the server"), or as the session transcript has it ("no
    // complete reply within N s"). Writes always keep the connection's words.
    enum class TimeoutWording { Connection, Reply };
    void setTimeoutWording(TimeoutWording wording) { timeoutWording_ = wording; }

    bool usingTls() const;
    // Bytes as they are, through TLS once up.
    bool write(const QByteArray &bytes, Error *error);
    // One command line (CRLF added), shown in the transcript.
    bool send(const QString &line, Error *error);
    // Waits up to timeoutMs for a complete reply. Fails with the connection's (or TLS's) error,
    // or with Protocol "the server does not speak SMTP: ..." when the parser refuses a line
    // (the raw complaint in parserError(), the line itself shown in the transcript).
    bool readReply(SmtpReply *reply, int timeoutMs, Error *error);
    bool command(const QString &line, SmtpReply *reply, Error *error);

    // The steps before TLS. Each is true when the server answered (whatever it answered).
    // EHLO (LHLO when lmtp). When the server refuses EHLO and heloFallback is set: a note, then
    // HELO, whose 250 counts as a greeting without extensions. *caps->ok: accepted; *reply: the
    // last reply.
    bool hello(bool lmtp, const QString &name, bool heloFallback, EhloCapabilities *caps, SmtpReply *reply, Error *error);
    // STARTTLS. On a 220, whatever the server sent after it must not be read as said under TLS
    // (RFC 3207 5): it is dropped, and *discarded says how many bytes that were.
    bool startTls(SmtpReply *reply, int *discarded, Error *error);
    // Those dropped bytes of the last startTls() (for the transcript, shown escaped).
    QByteArray discardedAfterStarttls() const { return discardedAfterStarttls_; }

    // Reads once (up to timeoutMs) and feeds the parser; the lines wait in the parser.
    bool readMore(int timeoutMs, Error *error);
    // The parser's complete lines into the transcript.
    void flushServerLines();
    ReplyParser &parser() { return parser_; }
    QString parserError() const { return parser_.error(); }
    Phrase parserErrorPhrase() const { return parser_.errorPhrase(); }
    // Bytes read but not yet taken as lines; the parser starts over.
    QByteArray takePendingBytes();
    int timeoutMs() const { return timeoutMs_; }

private:
    void show(LineDirection dir, const QString &text);
    void showUnparsedLine();

    Connection &connection_;
    int timeoutMs_;
    TlsClient *tls_ = nullptr;
    Redactor *redactor_ = nullptr;
    Transcript transcript_;
    TimeoutWording timeoutWording_ = TimeoutWording::Connection;
    ReplyParser parser_;
    QByteArray discardedAfterStarttls_;
};

} // namespace mailtls::core
