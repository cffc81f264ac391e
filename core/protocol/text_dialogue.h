#pragma once

// The line protocols of mail access, IMAP (RFC 9051/3501), POP3 (RFC 1939/2449/2595) and
// ManageSieve (RFC 5804), on one connection, with the same few steps a session and a scan need:
// the greeting, the capability list, STARTTLS/STLS, authentication, the goodbye. Each dialect is
// its own class (imap_dialogue.h, pop3_dialogue.h, sieve_dialogue.h) over the bounded line reader
// here; each step only reports what was said, the caller decides what it means. Lines sent are
// shown through the transcript (with secrets replaced unless told to show them), lines received
// through the redactor's mask.
//
// A small API for probes: makeTextDialogue("imap", ...) then greeting(), capabilities(),
// startTls(); the command lines themselves are in each dialect's header.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "base/error.h"
#include "model/report.h"

namespace mailtls::core {

class Connection;
class Redactor;
class TlsClient;

// How a server answered one command.
enum class DialectStatus {
    Ok,        // IMAP OK/PREAUTH, POP3 +OK, Sieve OK
    No,        // IMAP NO, POP3 -ERR, Sieve NO
    Bad,       // IMAP BAD (syntax error as the server sees it)
    Bye,       // IMAP * BYE, Sieve BYE: the server ends the connection
    Continue,  // IMAP/POP3 "+ ...", a Sieve literal challenge: the server waits for more
};

struct DialectReply {
    DialectStatus status = DialectStatus::No;
    QStringList lines;    // every line of the response as received (untagged lines included)
    QString statusLine;   // the line that ended it ("a1 OK ...", "+OK ...", "OK \"...\"")
    bool ok() const { return status == DialectStatus::Ok; }
};

// A capability list in the words of the report: one keyword line each, "KEYWORD[ params]"
// (IMAP "AUTH=PLAIN", "STARTTLS"; POP3 "SASL PLAIN LOGIN", "USER"; Sieve "SASL PLAIN LOGIN",
// "IMPLEMENTATION Dovecot Pigeonhole"), so the before/after comparison works as for EHLO.
struct DialectCapabilities {
    bool ok = false;             // the server answered with a list
    QStringList lines;
    bool starttls = false;       // STARTTLS (IMAP, Sieve) / STLS (POP3)
    QStringList authMechanisms;  // SASL mechanisms, upper case
    bool plaintextLogin = false; // IMAP LOGIN allowed (no LOGINDISABLED); POP3 USER offered
    QString statusLine;
};

// "imap", "pop3", "sieve"
bool isTextDialect(const QString &dialect);
// "IMAP", "POP3", "ManageSieve", "SMTP", "LMTP" for messages.
QString dialectDisplayName(const QString &dialect);
// The dialect a greeting's first line shows: "* OK"/"* PREAUTH"/"* BYE" imap, "+OK"/"-ERR"
// pop3, a quoted string ("IMPLEMENTATION" ...) sieve, a three-digit code smtp; empty when none.
QString dialectFromGreeting(const QByteArray &firstLine);

class TextDialogue
{
public:
    using Transcript = std::function<void(LineDirection, const QString &)>;

    TextDialogue(Connection &connection, int timeoutMs);
    virtual ~TextDialogue();

    void setTls(TlsClient *tls) { tls_ = tls; }
    void setTranscript(Transcript transcript) { transcript_ = std::move(transcript); }
    // Server lines are masked by it; client lines that carry secrets are shown as the dialect's
    // redacted form unless showSecrets.
    void setRedactor(Redactor *redactor) { redactor_ = redactor; }
    void setShowSecrets(bool show) { showSecrets_ = show; }

    bool usingTls() const;
    bool write(const QByteArray &bytes, Error *error);
    // One line (CRLF added); the transcript shows `shown` when secrets are hidden and it is set.
    bool send(const QString &line, Error *error, const QString &shown = QString());
    // The next line (without CR LF), shown in the transcript. Protocol error over the line limit.
    bool readLine(QString *line, int timeoutMs, Error *error);
    // Exactly n bytes (an IMAP/Sieve literal), bounded by limits::kDialectLiteralBytes.
    bool readBytes(int n, QByteArray *out, int timeoutMs, Error *error);
    // Bytes read by someone else first (a greeting sniffed for --starttls auto).
    void feed(const QByteArray &bytes) { buffer_ += bytes; }
    // Bytes read but not taken as lines; the buffer is emptied.
    QByteArray takePendingBytes();
    int timeoutMs() const { return timeoutMs_; }
    void note(const QString &text) { show(LineDirection::Note, text); }

    // "imap", "pop3", "sieve"
    virtual QString dialect() const = 0;
    // The greeting. Ok: the server will talk; No/Bye: it turned us away (busy or refused).
    virtual bool greeting(DialectReply *reply, Error *error) = 0;
    // The capability list before TLS (ManageSieve: the one its greeting carried).
    virtual bool capabilities(DialectCapabilities *caps, Error *error) = 0;
    // After TLS: asked again (IMAP, POP3) or read as the server re-sends it (ManageSieve).
    virtual bool capabilitiesAfterTls(DialectCapabilities *caps, Error *error) { return capabilities(caps, error); }
    // STARTTLS/STLS. On Ok, bytes the server sent after its answer are dropped (*discarded).
    virtual bool startTls(DialectReply *reply, int *discarded, Error *error) = 0;
    // Logs in with PLAIN (or the dialect's own LOGIN/USER-PASS when `mechanism` says so or PLAIN
    // is not offered). *used names what was used ("AUTHENTICATE PLAIN", "LOGIN", "USER/PASS").
    virtual bool authenticate(const QString &user, const QString &password, const QString &mechanism,
                              const DialectCapabilities &offered, DialectReply *reply, QString *used, Error *error) = 0;
    // LOGOUT / QUIT; waits briefly for the goodbye. False only when the write failed.
    virtual bool logout(Error *error) = 0;

protected:
    void show(LineDirection dir, const QString &text);
    bool readMore(int timeoutMs, Error *error);
    // A line the protocol does not allow: Protocol "the server does not speak X: ...".
    bool refuse(const Phrase &why, Error *error);
    QString shownSecret(const QString &line, const QString &redacted) const;
    static QByteArray plainBlob(const QString &user, const QString &password);

private:
    Connection &connection_;
    int timeoutMs_;
    TlsClient *tls_ = nullptr;
    Redactor *redactor_ = nullptr;
    bool showSecrets_ = false;
    Transcript transcript_;
    QByteArray buffer_;
};

// The dialogue for "imap", "pop3" or "sieve"; null for any other dialect.
std::unique_ptr<TextDialogue> makeTextDialogue(const QString &dialect, Connection &connection, int timeoutMs);

} // namespace mailtls::core
