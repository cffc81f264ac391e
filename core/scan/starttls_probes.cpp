#include "scan/starttls_probes.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <atomic>
#include <system_error>
#include <thread>

#include "base/display_text.h"
#include "base/limits.h"
#include "protocol/imap_dialogue.h"
#include "protocol/pop3_dialogue.h"
#include "protocol/sieve_dialogue.h"
#include "protocol/smtp_dialogue.h"
#include "protocol/text_dialogue.h"
#include "tls/tls_client.h"

namespace mailtls::core {

namespace {

// The commands each dialect uses for the probes, in one table. `implemented`: the dialogue
// before TLS exists in core/protocol for it. IMAP, POP3 and ManageSieve have no mail
// transaction: their enforcement question is the capability list and a cancelled
// AUTHENTICATE PLAIN; their STARTTLS and NOOP tags come from the dialogue (imap).
struct DialectTexts {
    const char *dialect;
    bool implemented;
    const char *mailProbe;   // accepted before TLS = mail (or a login) taken in cleartext
    const char *reset;       // undoes mailProbe
    const char *noop;        // the injected command
    const char *starttls;
};

const DialectTexts kDialects[] = {
    {"smtp", true, "MAIL FROM:<>", "RSET", "NOOP", "STARTTLS"},
    {"lmtp", true, "MAIL FROM:<>", "RSET", "NOOP", "STARTTLS"},
    // IMAP: LOGINDISABLED in the cleartext CAPABILITY answers the enforcement question.
    {"imap", true, "", "", "NOOP", "STARTTLS"},
    {"pop3", true, "", "", "NOOP", "STLS"},
    {"sieve", true, "", "", "NOOP", "STARTTLS"},
};

const DialectTexts *textsFor(const QString &dialect)
{
    for (const DialectTexts &t : kDialects)
        if (dialect == QLatin1String(t.dialect))
            return &t;
    return nullptr;
}

HygieneCheck check(CheckState state, const QString &evidence)
{
    return HygieneCheck{state, evidence};
}

// A server's reply as one quoted line for evidence.
QString quoted(const SmtpReply &reply)
{
    QString line = escapeControls(reply.firstLine());
    if (reply.lines.size() > 1)
        line += QStringLiteral(" (+%1 lines)").arg(reply.lines.size() - 1);
    return QStringLiteral("\"%1\"").arg(line);
}

// Cleartext bytes, shown escaped and cut at kStarttlsShownBytes.
QString shownBytes(const QByteArray &bytes)
{
    QString text = escapeControls(QString::fromLatin1(bytes.left(limits::kStarttlsShownBytes)));
    if (bytes.size() > limits::kStarttlsShownBytes)
        text += QStringLiteral("… (%1 bytes)").arg(bytes.size());
    return QStringLiteral("\"%1\"").arg(text);
}

class Probes
{
public:
    explicit Probes(const StartTlsProbeSetup &setup) : s_(setup), texts_(textsFor(setup.target.dialect)) {}

    StartTlsChecks run()
    {
        r_.present = true;
        r_.dialect = s_.target.dialect;
        r_.role = starttlsRoleFor(s_.target, s_.role);
        const QString notRun = QStringLiteral("not run");
        r_.mailBeforeTls = r_.authBeforeTls = check(CheckState::Untested, s_.enforcementSkipped.isEmpty() ? notRun : s_.enforcementSkipped);
        r_.commandInjection = check(CheckState::Untested, s_.injectionSkipped.isEmpty() ? notRun : s_.injectionSkipped);
        if (!texts_ || !texts_->implemented || s_.target.implicitTls) {
            const QString why = QStringLiteral("not tried: no STARTTLS dialogue for dialect \"%1\"").arg(s_.target.dialect);
            if (s_.runEnforcement)
                r_.mailBeforeTls = r_.authBeforeTls = check(CheckState::Untested, why);
            if (s_.runInjection)
                r_.commandInjection = check(CheckState::Untested, why);
            return r_;
        }
        if (text()) {
            // No mail transaction in IMAP, POP3 or ManageSieve: logins are the question there.
            r_.mailBeforeTls = check(CheckState::NotApplicable, QStringLiteral("%1 has no mail transaction; see auth_before_tls")
                                                                    .arg(dialectDisplayName(s_.target.dialect)));
        }
        // Both probes at once, one connection each (the scanner's limiter still bounds them).
        pending_ = (s_.runEnforcement ? 1 : 0) + (s_.runInjection ? 1 : 0);
        estimate(pending_);
        const auto enforce = [this] {
            laneTag() = QStringLiteral(" (enforcement)");
            if (text())
                enforcementText();
            else
                enforcement();
            estimate(--pending_);
        };
        const auto inject = [this] {
            laneTag() = QStringLiteral(" (injection)");
            if (text())
                injectionText();
            else
                injection();
            estimate(--pending_);
        };
        if (s_.runEnforcement && s_.runInjection) {
            std::thread other;
            try {
                other = std::thread(inject);
            } catch (const std::system_error &) {
                // No second thread to be had: one after the other, as before.
            }
            enforce();
            if (other.joinable())
                other.join();
            else
                inject();
        } else if (s_.runEnforcement) {
            enforce();
        } else if (s_.runInjection) {
            inject();
        }
        laneTag().clear();
        estimate(0);   // the two decrements above may have been reported out of order
        r_.connections = connections_;
        return r_;
    }

private:
    void note(const QString &text)
    {
        if (s_.note)
            s_.note(QStringLiteral("starttls") + laneTag() + QStringLiteral(": ") + text);
    }
    void estimate(int n)
    {
        if (s_.estimate)
            s_.estimate(n);
    }
    bool text() const { return isTextDialect(s_.target.dialect); }
    // Which probe a transcript line belongs to, per thread (the two run at once).
    static QString &laneTag()
    {
        static thread_local QString tag;
        return tag;
    }
    bool lmtp() const { return s_.target.dialect == QLatin1String("lmtp"); }

    void transcriptInto(SmtpDialogue &d)
    {
        d.setTranscript([this](LineDirection dir, const QString &text) {
            const QString who = dir == LineDirection::Client ? QStringLiteral("C: ")
                              : dir == LineDirection::Server ? QStringLiteral("S: ")
                                                             : QString();
            note(who + escapeControls(text));
        });
    }

    StartTlsAttempt connect(const std::function<StartTlsAttempt(Connection &)> &work)
    {
        bool ran = false;
        StartTlsAttempt a = s_.connect([&](Connection &c) {
            ran = true;
            return work(c);
        });
        if (ran)
            ++connections_;
        return a;
    }

    // Banner and EHLO. False with *why (the checks stay untested) or *noStarttls set.
    bool greet(SmtpDialogue &d, StartTlsAttempt &out, EhloCapabilities *caps, QString *why, bool *noStarttls)
    {
        *noStarttls = false;
        SmtpReply reply;
        Error error;
        if (!d.readReply(&reply, s_.target.bannerTimeoutMs, &error)) {
            out.busy = error.kind == ErrorKind::Closed;
            out.status = error.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled : AttemptStatus::Completed;
            *why = QStringLiteral("no greeting: %1").arg(error.message);
            return false;
        }
        if (reply.code != 220) {
            out.busy = reply.code == 421;
            *why = QStringLiteral("the greeting was %1").arg(quoted(reply));
            return false;
        }
        out.greeted = true;
        if (!d.hello(lmtp(), ehloNameOrDefault(s_.target.ehloName), false, caps, &reply, &error)) {
            *why = QStringLiteral("EHLO got no answer: %1").arg(error.message);
            return false;
        }
        if (!caps->ok) {
            *why = QStringLiteral("EHLO was refused: %1").arg(quoted(reply));
            return false;
        }
        if (!caps->starttls) {
            *noStarttls = true;
            *why = QStringLiteral("the server does not offer STARTTLS in its EHLO answer");
            return false;
        }
        return true;
    }

    // 1: what the server allows before STARTTLS.
    void enforcement()
    {
        const StartTlsAttempt a = connect([&](Connection &c) {
            StartTlsAttempt out;
            out.status = AttemptStatus::Completed;
            SmtpDialogue d(c, s_.target.timeoutMs);
            transcriptInto(d);
            EhloCapabilities caps;
            QString why;
            bool noStarttls = false;
            if (!greet(d, out, &caps, &why, &noStarttls)) {
                const CheckState state = noStarttls ? CheckState::NotApplicable : CheckState::Untested;
                r_.mailBeforeTls = r_.authBeforeTls = check(state, why);
                return out;
            }
            r_.mailBeforeTls = check(CheckState::Untested, QStringLiteral("not reached: the connection ended first"));
            Error error;
            SmtpReply reply;
            // AUTH first: it is not allowed inside a mail transaction.
            if (caps.authMechanisms.isEmpty()) {
                r_.authBeforeTls = check(CheckState::No, QStringLiteral("the EHLO answer before STARTTLS advertises no AUTH"));
            } else {
                const QString advertised = QStringLiteral("AUTH %1 advertised before STARTTLS").arg(caps.authMechanisms.join(QLatin1Char(' ')));
                const QString mechanism = caps.authMechanisms.contains(QStringLiteral("LOGIN")) ? QStringLiteral("LOGIN")
                                        : caps.authMechanisms.contains(QStringLiteral("PLAIN")) ? QStringLiteral("PLAIN")
                                                                                                : QString();
                if (mechanism.isEmpty()) {
                    r_.authBeforeTls = check(CheckState::Yes, advertised + QStringLiteral(" (neither LOGIN nor PLAIN: not asked for)"));
                } else if (!d.command(QStringLiteral("AUTH %1").arg(mechanism), &reply, &error)) {
                    r_.authBeforeTls = check(CheckState::Yes, QStringLiteral("%1; AUTH %2 got no answer: %3").arg(advertised, mechanism, error.message));
                    return out;
                } else if (reply.code == 334) {
                    const QString challenge = quoted(reply);
                    SmtpReply cancelled;
                    Error cancelError;
                    // "*" cancels the exchange (RFC 4954 4); no credentials are ever sent.
                    const bool answered = d.command(QStringLiteral("*"), &cancelled, &cancelError);
                    r_.authBeforeTls = check(CheckState::Yes,
                                             QStringLiteral("%1; AUTH %2 in cleartext was answered %3 (cancelled with \"*\", no credentials sent)")
                                                 .arg(advertised, mechanism, challenge));
                    if (!answered)
                        return out;
                } else {
                    r_.authBeforeTls = check(CheckState::Yes, QStringLiteral("%1, though AUTH %2 in cleartext was then refused: %3")
                                                                  .arg(advertised, mechanism, quoted(reply)));
                }
            }
            // MAIL before STARTTLS; an accepted one is reset at once.
            const QString mail = QString::fromLatin1(texts_->mailProbe);
            if (!d.command(mail, &reply, &error)) {
                r_.mailBeforeTls = check(CheckState::Untested, QStringLiteral("%1 before STARTTLS got no answer: %2").arg(mail, error.message));
                return out;
            }
            const QString answer = quoted(reply);
            if (reply.code >= 200 && reply.code < 300) {
                r_.mailBeforeTls = check(CheckState::Yes, QStringLiteral("%1 before STARTTLS was accepted: %2 (reset with %3; no recipient, no data sent)")
                                                              .arg(mail, answer, QString::fromLatin1(texts_->reset)));
                if (!d.command(QString::fromLatin1(texts_->reset), &reply, &error))
                    return out;
            } else if (reply.code >= 500) {
                r_.mailBeforeTls = check(CheckState::No, QStringLiteral("%1 before STARTTLS was refused: %2").arg(mail, answer));
            } else if (reply.code >= 400 && reply.firstLine().contains(QLatin1String("TLS"), Qt::CaseInsensitive)) {
                r_.mailBeforeTls = check(CheckState::No, QStringLiteral("%1 before STARTTLS was refused until TLS: %2").arg(mail, answer));
            } else {
                r_.mailBeforeTls = check(CheckState::Untested, QStringLiteral("%1 before STARTTLS got %2: no verdict").arg(mail, answer));
            }
            d.command(QStringLiteral("QUIT"), &reply, &error);
            return out;
        });
        if (a.status != AttemptStatus::Completed) {
            const QString why = a.status == AttemptStatus::Cancelled
                ? (a.error.message.isEmpty() ? QStringLiteral("cancelled") : a.error.message)
                : QStringLiteral("no connection: %1").arg(a.error.message);
            if (r_.mailBeforeTls.evidence == QLatin1String("not run"))
                r_.mailBeforeTls = check(CheckState::Untested, why);
            if (r_.authBeforeTls.evidence == QLatin1String("not run"))
                r_.authBeforeTls = check(CheckState::Untested, why);
        }
        note(QStringLiteral("MAIL before TLS: %1: %2").arg(checkStateWord(r_.mailBeforeTls.state), r_.mailBeforeTls.evidence));
        note(QStringLiteral("AUTH before TLS: %1: %2").arg(checkStateWord(r_.authBeforeTls.state), r_.authBeforeTls.evidence));
    }

    // 2: a command sent in cleartext behind STARTTLS, answered inside TLS?
    void injection()
    {
        HygieneCheck &result = r_.commandInjection;
        result = check(CheckState::Untested, QStringLiteral("not run"));
        const StartTlsAttempt a = connect([&](Connection &c) {
            StartTlsAttempt out;
            out.status = AttemptStatus::Completed;
            SmtpDialogue d(c, s_.target.timeoutMs);
            transcriptInto(d);
            EhloCapabilities caps;
            QString why;
            bool noStarttls = false;
            if (!greet(d, out, &caps, &why, &noStarttls)) {
                result = check(noStarttls ? CheckState::NotApplicable : CheckState::Untested, why);
                return out;
            }
            const QString starttls = QString::fromLatin1(texts_->starttls);
            const QString noop = QString::fromLatin1(texts_->noop);
            note(QStringLiteral("C: %1 + %2, in one write").arg(starttls, noop));
            Error error;
            if (!d.write(starttls.toLatin1() + "\r\n" + noop.toLatin1() + "\r\n", &error)) {
                result = check(CheckState::Untested, QStringLiteral("could not send STARTTLS: %1").arg(error.message));
                return out;
            }
            SmtpReply reply;
            if (!d.readReply(&reply, s_.target.timeoutMs, &error)) {
                result = check(CheckState::Untested, QStringLiteral("STARTTLS with %1 behind it got no answer: %2").arg(noop, error.message));
                return out;
            }
            if (reply.code == 421) {
                out.busy = true;
                result = check(CheckState::Untested, QStringLiteral("the server was busy: %1").arg(quoted(reply)));
                return out;
            }
            if (reply.code != 220) {
                // A server that checks pipelining refuses STARTTLS with a command behind it.
                result = check(CheckState::No, QStringLiteral("STARTTLS with %1 behind it in the same write was refused: %2; "
                                                              "nothing was run inside TLS").arg(noop, quoted(reply)));
                return out;
            }
            const QByteArray after = d.takePendingBytes();
            r_.bytesAfter220 = int(after.size());
            QString cleartext;
            if (!after.isEmpty()) {
                cleartext = QStringLiteral("; the server sent %1 byte(s) in cleartext after its 220: %2 (its answer to the %3 "
                                           "before TLS, or bytes sent unasked; not read as said under TLS, see starttls.data_after_220)")
                                .arg(after.size()).arg(shownBytes(after), noop);
                note(QStringLiteral("%1 byte(s) after the 220 in cleartext, discarded: %2").arg(after.size()).arg(shownBytes(after)));
            }
            TlsClient tls(c);
            if (!configureTls(tls, &error)) {
                result = check(CheckState::Untested, QStringLiteral("TLS could not be set up: %1").arg(error.message));
                return out;
            }
            if (!tls.handshake(s_.target.timeoutMs, &error)) {
                if (error.kind == ErrorKind::Cancelled)
                    out.status = AttemptStatus::Cancelled;
                result = check(CheckState::Untested, QStringLiteral("the TLS handshake after STARTTLS failed: %1%2").arg(error.message, cleartext));
                return out;
            }
            TlsFacts facts;
            tls.fillFacts(&facts);
            note(QStringLiteral("TLS established (%1); waiting %2 s for anything the server sends unasked")
                     .arg(facts.version)
                     .arg(qMin(s_.target.timeoutMs, limits::kStarttlsInjectionWaitMs) / 1000.0));
            d.setTls(&tls);
            QElapsedTimer waited;
            waited.start();
            if (d.readReply(&reply, qMin(s_.target.timeoutMs, limits::kStarttlsInjectionWaitMs), &error)) {
                result = check(CheckState::Yes, QStringLiteral("the %1 sent in cleartext in the same write as STARTTLS was answered inside TLS "
                                                               "%2 ms after the handshake, before we sent anything: %3%4")
                                                    .arg(noop).arg(waited.elapsed()).arg(quoted(reply), cleartext));
                d.command(QStringLiteral("QUIT"), &reply, &error);
                tls.shutdown(200);
                return out;
            }
            if (error.kind == ErrorKind::Cancelled) {
                out.status = AttemptStatus::Cancelled;
                result = check(CheckState::Untested, QStringLiteral("cancelled"));
                return out;
            }
            if (error.kind == ErrorKind::Closed) {
                result = check(CheckState::No, QStringLiteral("after the handshake the server closed the connection without answering the "
                                                              "%1 sent with STARTTLS%2").arg(noop, cleartext));
                return out;
            }
            if (error.kind != ErrorKind::Timeout) {
                result = check(CheckState::Untested, QStringLiteral("inside TLS: %1%2").arg(error.message, cleartext));
                return out;
            }
            // Silence: make sure the session works and the first reply inside TLS is EHLO's.
            const QString hello = QStringLiteral("%1 %2").arg(lmtp() ? QStringLiteral("LHLO") : QStringLiteral("EHLO"),
                                                             ehloNameOrDefault(s_.target.ehloName));
            SmtpReply first;
            if (!d.command(hello, &first, &error)) {
                result = check(CheckState::Untested, QStringLiteral("nothing came inside TLS unasked, but our EHLO inside TLS got no answer: %1%2")
                                                         .arg(error.message, cleartext));
                return out;
            }
            SmtpReply second;
            Error secondError;
            if (d.readReply(&second, qMin(s_.target.timeoutMs, limits::kStarttlsSecondReplyWaitMs), &secondError)) {
                result = check(CheckState::Yes, QStringLiteral("our one EHLO inside TLS got two replies: %1 (the answer to the %2 sent in "
                                                               "cleartext with STARTTLS, late), then %3%4")
                                                    .arg(quoted(first), noop, quoted(second), cleartext));
            } else if (secondError.kind == ErrorKind::Timeout) {
                result = check(CheckState::No, QStringLiteral("nothing came inside TLS within %1 s of the handshake, and our EHLO inside TLS got "
                                                              "exactly one reply (%2): the %3 sent with STARTTLS was discarded%4")
                                                   .arg(qMin(s_.target.timeoutMs, limits::kStarttlsInjectionWaitMs) / 1000.0)
                                                   .arg(quoted(first), noop, cleartext));
            } else {
                result = check(CheckState::Untested, QStringLiteral("after EHLO inside TLS: %1%2").arg(secondError.message, cleartext));
                return out;
            }
            d.command(QStringLiteral("QUIT"), &reply, &error);
            tls.shutdown(200);
            return out;
        });
        finishInjection(a, &result);
    }

    // The TLS client of both injection probes: it must get through to whatever the server
    // offers (any level, legacy renegotiation), as the question is what happens after.
    bool configureTls(TlsClient &tls, Error *error) const
    {
        TlsClientConfig config;
        config.securityLevel = 0;
        config.sni = s_.target.sni;
        config.legacyServerConnect = true;
        return tls.configure(config, error);
    }

    // An injection probe whose connection never ran its work is untested, saying why.
    void finishInjection(const StartTlsAttempt &a, HygieneCheck *result)
    {
        if (a.status != AttemptStatus::Completed && result->evidence == QLatin1String("not run"))
            *result = check(CheckState::Untested, a.status == AttemptStatus::Cancelled
                                                      ? (a.error.message.isEmpty() ? QStringLiteral("cancelled") : a.error.message)
                                                      : QStringLiteral("no connection: %1").arg(a.error.message));
        note(QStringLiteral("command injection: %1: %2").arg(checkStateWord(result->state), result->evidence));
    }

    // ---- IMAP, POP3, ManageSieve ----------------------------------------------------------

    QString dialectName() const { return dialectDisplayName(s_.target.dialect); }
    bool imap() const { return s_.target.dialect == QLatin1String("imap"); }
    bool pop3() const { return s_.target.dialect == QLatin1String("pop3"); }

    void transcriptInto(TextDialogue &d)
    {
        d.setTranscript([this](LineDirection dir, const QString &line) {
            const QString who = dir == LineDirection::Client ? QStringLiteral("C: ")
                              : dir == LineDirection::Server ? QStringLiteral("S: ")
                                                             : QString();
            note(who + escapeControls(line));
        });
    }

    static QString quotedLine(const QString &line)
    {
        return QStringLiteral("\"%1\"").arg(escapeControls(line.left(limits::kQuotedChars)));
    }

    // One response to a command: lines until the status line (IMAP: tagged with `tag`, or a
    // continuation; POP3: +OK/-ERR/"+ "; Sieve: OK/NO/BYE, or a string line as a SASL
    // challenge when `challenge`). The first line is waited for `firstWaitMs`. Every line read
    // is kept in reply->lines (an IMAP line tagged otherwise included, for the caller to see).
    bool readResponse(TextDialogue &d, const QString &tag, bool challenge, int firstWaitMs, DialectReply *reply, Error *error)
    {
        *reply = DialectReply();
        static const QRegularExpression literal(QStringLiteral("\\{(\\d{1,9})\\+?\\}$"));
        for (int n = 0; n < limits::kDialectResponseLines; ++n) {
            QString line;
            if (!d.readLine(&line, n == 0 ? firstWaitMs : d.timeoutMs(), error))
                return false;
            // A string sent as a literal (IMAP, Sieve): read it, bounded, as part of the line.
            const QRegularExpressionMatch m = literal.match(line);
            if (m.hasMatch() && !pop3()) {
                const qint64 size = m.captured(1).toLongLong();
                if (size > limits::kDialectLiteralBytes) {
                    *error = makeError(ErrorKind::Protocol, phrase("Errors", "a literal of %1 bytes (limit %2)").arg(size).arg(limits::kDialectLiteralBytes));
                    return false;
                }
                QByteArray bytes;
                QString rest;
                if (!d.readBytes(int(size), &bytes, d.timeoutMs(), error) || !d.readLine(&rest, d.timeoutMs(), error))
                    return false;
                line = line.left(m.capturedStart()) + QStringLiteral("\"") + QString::fromUtf8(bytes) + QStringLiteral("\"") + rest;
            }
            reply->lines << line;
            DialectStatus status;
            bool done = false;
            if (imap())
                done = ImapDialogue::classify(line, tag, &status);
            else if (pop3())
                done = Pop3Dialogue::classify(line, &status);
            else if (SieveDialogue::classify(line, &status))
                done = true;
            else if (challenge && (line.startsWith(QLatin1Char('"')) || line.startsWith(QLatin1Char('{')))) {
                status = DialectStatus::Continue;
                done = true;
            }
            if (done) {
                reply->status = status;
                reply->statusLine = line;
                return true;
            }
            if (pop3()) {
                *error = makeError(ErrorKind::Protocol, phrase("Errors", "not a POP3 status line: %1").arg(quotedLine(line)));
                return false;
            }
        }
        *error = makeError(ErrorKind::Protocol, phrase("Errors", "a response of more than %1 lines").arg(limits::kDialectResponseLines));
        return false;
    }

    // The greeting and the capability list before TLS. False with *why (or *noStarttls).
    bool greetText(TextDialogue &d, StartTlsAttempt &out, DialectCapabilities *caps, QString *why, bool *noStarttls)
    {
        *noStarttls = false;
        DialectReply greeting;
        Error error;
        if (!d.greeting(&greeting, &error)) {
            out.busy = error.kind == ErrorKind::Closed;
            out.status = error.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled : AttemptStatus::Completed;
            *why = QStringLiteral("no greeting: %1").arg(error.message);
            return false;
        }
        if (!greeting.ok()) {
            out.busy = true;
            *why = QStringLiteral("the greeting was %1").arg(quotedLine(greeting.statusLine));
            return false;
        }
        out.greeted = true;
        if (!d.capabilities(caps, &error)) {
            *why = QStringLiteral("the capability list before STARTTLS could not be read: %1").arg(error.message);
            return false;
        }
        if (!caps->ok) {
            *why = QStringLiteral("the capability list before STARTTLS was refused: %1").arg(quotedLine(caps->statusLine));
            return false;
        }
        if (!caps->starttls) {
            *noStarttls = true;
            *why = QStringLiteral("the server does not offer %1 in its capability list: %2")
                       .arg(pop3() ? QStringLiteral("STLS") : QStringLiteral("STARTTLS"), caps->lines.join(QLatin1Char(' ')));
            return false;
        }
        return true;
    }

    // 1 (IMAP, POP3, Sieve): is a password login offered, or a PLAIN exchange begun, before
    // STARTTLS? No credentials are ever sent: the exchange is cancelled with "*".
    void enforcementText()
    {
        const StartTlsAttempt a = connect([&](Connection &c) {
            StartTlsAttempt out;
            out.status = AttemptStatus::Completed;
            std::unique_ptr<TextDialogue> dialogue = makeTextDialogue(s_.target.dialect, c, s_.target.timeoutMs);
            TextDialogue &d = *dialogue;
            transcriptInto(d);
            DialectCapabilities caps;
            QString why;
            bool noStarttls = false;
            if (!greetText(d, out, &caps, &why, &noStarttls)) {
                r_.authBeforeTls = check(noStarttls ? CheckState::NotApplicable : CheckState::Untested, why);
                return out;
            }
            // What the list offers, in the terms of the session rules (imap.login_before_tls …).
            QStringList offered;
            if (imap() && caps.plaintextLogin)
                offered << QStringLiteral("LOGINDISABLED missing (LOGIN allowed)");
            if (pop3() && caps.lines.contains(QStringLiteral("USER"), Qt::CaseInsensitive))
                offered << QStringLiteral("USER advertised");
            for (const QString &m : std::as_const(caps.authMechanisms))
                if (!imap() && !pop3())
                    offered << QStringLiteral("SASL %1").arg(m);
                else if (m == QLatin1String("PLAIN") || m == QLatin1String("LOGIN"))
                    offered << (imap() ? QStringLiteral("AUTH=%1").arg(m) : QStringLiteral("SASL %1").arg(m));
            const QString listed = QStringLiteral("%1 before %2: %3")
                                       .arg(imap() ? QStringLiteral("CAPABILITY") : pop3() ? QStringLiteral("CAPA") : QStringLiteral("capabilities"),
                                            pop3() ? QStringLiteral("STLS") : QStringLiteral("STARTTLS"), caps.lines.join(QLatin1Char(' ')));
            const QString offeredText = offered.isEmpty() ? QStringLiteral("no password login offered")
                                                          : QStringLiteral("offered in cleartext: %1").arg(offered.join(QStringLiteral(", ")));
            // AUTHENTICATE PLAIN in cleartext, cancelled at the challenge.
            const QString tag = imap() ? static_cast<ImapDialogue &>(d).nextTag() : QString();
            const QString ask = imap() ? QStringLiteral("%1 AUTHENTICATE PLAIN").arg(tag)
                              : pop3() ? QStringLiteral("AUTH PLAIN")
                                       : QStringLiteral("AUTHENTICATE \"PLAIN\"");
            const QString cancel = imap() || pop3() ? QStringLiteral("*") : QStringLiteral("\"*\"");
            Error error;
            DialectReply reply;
            if (!d.send(ask, &error) || !readResponse(d, tag, true, s_.target.timeoutMs, &reply, &error)) {
                r_.authBeforeTls = check(offered.isEmpty() ? CheckState::Untested : CheckState::Yes,
                                         QStringLiteral("%1; %2; %3 got no answer: %4").arg(listed, offeredText, ask, error.message));
                return out;
            }
            if (reply.status == DialectStatus::Continue) {
                // RFC 3501/9051 6.2.2, RFC 5034 4, RFC 5804 2.1: "*" cancels; nothing secret is sent.
                DialectReply cancelled;
                Error cancelError;
                const bool answered = d.send(cancel, &cancelError) && readResponse(d, tag, false, s_.target.timeoutMs, &cancelled, &cancelError);
                r_.authBeforeTls = check(CheckState::Yes, QStringLiteral("%1; %2; %3 in cleartext was answered %4: the server would take "
                                                                         "a password before TLS (cancelled with %5, no credentials sent)")
                                                              .arg(listed, offeredText, ask, quotedLine(reply.statusLine), cancel));
                if (!answered)
                    return out;
            } else if (reply.status == DialectStatus::Ok) {
                // Only a server that logs in without a password does this; we sent none.
                r_.authBeforeTls = check(CheckState::Yes, QStringLiteral("%1; %2; %3 in cleartext was accepted at once: %4")
                                                              .arg(listed, offeredText, ask, quotedLine(reply.statusLine)));
            } else if (!offered.isEmpty()) {
                r_.authBeforeTls = check(CheckState::Yes, QStringLiteral("%1; %2, though %3 in cleartext was then refused: %4")
                                                              .arg(listed, offeredText, ask, quotedLine(reply.statusLine)));
            } else {
                r_.authBeforeTls = check(CheckState::No, QStringLiteral("%1; %2; %3 in cleartext was refused: %4")
                                                             .arg(listed, offeredText, ask, quotedLine(reply.statusLine)));
            }
            if (reply.status != DialectStatus::Bye)
                d.logout(&error);
            return out;
        });
        if (a.status != AttemptStatus::Completed && r_.authBeforeTls.evidence.startsWith(QLatin1String("not run")))
            r_.authBeforeTls = check(CheckState::Untested, a.status == AttemptStatus::Cancelled
                                                               ? (a.error.message.isEmpty() ? QStringLiteral("cancelled") : a.error.message)
                                                               : QStringLiteral("no connection: %1").arg(a.error.message));
        note(QStringLiteral("login before TLS: %1: %2").arg(checkStateWord(r_.authBeforeTls.state), r_.authBeforeTls.evidence));
    }

    // 2 (IMAP, POP3, Sieve): STARTTLS and NOOP in one write; is the NOOP answered inside TLS?
    void injectionText()
    {
        HygieneCheck &result = r_.commandInjection;
        result = check(CheckState::Untested, QStringLiteral("not run"));
        const StartTlsAttempt a = connect([&](Connection &c) {
            StartTlsAttempt out;
            out.status = AttemptStatus::Completed;
            std::unique_ptr<TextDialogue> dialogue = makeTextDialogue(s_.target.dialect, c, s_.target.timeoutMs);
            TextDialogue &d = *dialogue;
            transcriptInto(d);
            DialectCapabilities caps;
            QString why;
            bool noStarttls = false;
            if (!greetText(d, out, &caps, &why, &noStarttls)) {
                result = check(noStarttls ? CheckState::NotApplicable : CheckState::Untested, why);
                return out;
            }
            ImapDialogue *imapDialogue = imap() ? static_cast<ImapDialogue *>(&d) : nullptr;
            const QString starttlsTag = imapDialogue ? imapDialogue->nextTag() : QString();
            const QString noopTag = imapDialogue ? imapDialogue->nextTag() : QString();
            const auto tagged = [](const QString &tag, const char *command) {
                return tag.isEmpty() ? QString::fromLatin1(command) : tag + QLatin1Char(' ') + QLatin1String(command);
            };
            const QString starttls = tagged(starttlsTag, texts_->starttls);
            const QString noop = tagged(noopTag, texts_->noop);
            note(QStringLiteral("C: %1 + %2, in one write").arg(starttls, noop));
            Error error;
            if (!d.write(starttls.toLatin1() + "\r\n" + noop.toLatin1() + "\r\n", &error)) {
                result = check(CheckState::Untested, QStringLiteral("could not send %1: %2").arg(starttls, error.message));
                return out;
            }
            DialectReply reply;
            if (!readResponse(d, starttlsTag, false, s_.target.timeoutMs, &reply, &error)) {
                result = check(CheckState::Untested, QStringLiteral("%1 with %2 behind it got no answer: %3").arg(starttls, noop, error.message));
                return out;
            }
            if (reply.status == DialectStatus::Bye) {
                out.busy = true;
                result = check(CheckState::Untested, QStringLiteral("the server ended the connection: %1").arg(quotedLine(reply.statusLine)));
                return out;
            }
            if (!reply.ok()) {
                result = check(CheckState::No, QStringLiteral("%1 with %2 behind it in the same write was refused: %3; nothing was run inside TLS")
                                                   .arg(starttls, noop, quotedLine(reply.statusLine)));
                return out;
            }
            const QByteArray after = d.takePendingBytes();
            r_.bytesAfter220 = int(after.size());
            QString cleartext;
            if (!after.isEmpty()) {
                cleartext = QStringLiteral("; the server sent %1 byte(s) in cleartext after its answer to %2: %3 (its answer to the %4 "
                                           "before TLS, or bytes sent unasked; not read as said under TLS)")
                                .arg(after.size()).arg(starttls, shownBytes(after), noop);
                note(QStringLiteral("%1 byte(s) after the STARTTLS answer in cleartext, discarded: %2").arg(after.size()).arg(shownBytes(after)));
            }
            TlsClient tls(c);
            if (!configureTls(tls, &error)) {
                result = check(CheckState::Untested, QStringLiteral("TLS could not be set up: %1").arg(error.message));
                return out;
            }
            if (!tls.handshake(s_.target.timeoutMs, &error)) {
                if (error.kind == ErrorKind::Cancelled)
                    out.status = AttemptStatus::Cancelled;
                if (error.kind == ErrorKind::Closed) {
                    // Dovecot does this: it accepts STARTTLS, sees the pipelined command and
                    // drops the connection rather than run it; no TLS session, nothing injected.
                    result = check(CheckState::No, QStringLiteral("%1 was accepted (%2), then the server closed the connection during the TLS "
                                                                  "handshake rather than go on with the %3 pipelined behind it: no TLS session, "
                                                                  "nothing was run inside TLS%4")
                                                       .arg(starttls, quotedLine(reply.statusLine), noop, cleartext));
                    return out;
                }
                result = check(CheckState::Untested, QStringLiteral("the TLS handshake after %1 failed: %2%3").arg(starttls, error.message, cleartext));
                return out;
            }
            d.setTls(&tls);
            const int wait = qMin(s_.target.timeoutMs, limits::kStarttlsInjectionWaitMs);
            // ManageSieve sends its capability list again by itself once TLS is up (RFC 5804
            // 2.2): that one response is expected; anything after it is not.
            if (!imap() && !pop3()) {
                DialectReply capsAgain;
                if (!readResponse(d, QString(), false, s_.target.timeoutMs, &capsAgain, &error)) {
                    result = check(CheckState::Untested, QStringLiteral("the capability list the server re-sends under TLS did not come: %1%2")
                                                             .arg(error.message, cleartext));
                    return out;
                }
            }
            note(QStringLiteral("TLS established; waiting %1 s for anything the server sends unasked").arg(wait / 1000.0));
            QElapsedTimer waited;
            waited.start();
            QString volunteered;
            if (d.readLine(&volunteered, wait, &error)) {
                result = check(CheckState::Yes, QStringLiteral("the %1 sent in cleartext in the same write as %2 was answered inside TLS "
                                                               "%3 ms after the handshake, before we sent anything: %4%5")
                                                    .arg(noop, starttls).arg(waited.elapsed()).arg(quotedLine(volunteered), cleartext));
                d.logout(&error);
                tls.shutdown(200);
                return out;
            }
            if (error.kind == ErrorKind::Cancelled) {
                out.status = AttemptStatus::Cancelled;
                result = check(CheckState::Untested, QStringLiteral("cancelled"));
                return out;
            }
            if (error.kind == ErrorKind::Closed) {
                result = check(CheckState::No, QStringLiteral("after the handshake the server closed the connection without answering the "
                                                              "%1 sent with %2%3").arg(noop, starttls, cleartext));
                return out;
            }
            if (error.kind != ErrorKind::Timeout) {
                result = check(CheckState::Untested, QStringLiteral("inside TLS: %1%2").arg(error.message, cleartext));
                return out;
            }
            // Silence: one NOOP of ours inside TLS must get exactly one reply.
            const QString ownTag = imapDialogue ? imapDialogue->nextTag() : QString();
            const QString own = tagged(ownTag, texts_->noop);
            DialectReply first;
            if (!d.send(own, &error) || !readResponse(d, ownTag, false, s_.target.timeoutMs, &first, &error)) {
                result = check(CheckState::Untested, QStringLiteral("nothing came inside TLS unasked, but our %1 inside TLS got no answer: %2%3")
                                                         .arg(own, error.message, cleartext));
                return out;
            }
            // IMAP: the cleartext NOOP's tag among the lines before ours is its late answer.
            QString late;
            if (imapDialogue)
                for (const QString &line : std::as_const(first.lines))
                    if (line.startsWith(noopTag + QLatin1Char(' ')))
                        late = line;
            QString second;
            Error secondError;
            if (!late.isEmpty()) {
                result = check(CheckState::Yes, QStringLiteral("inside TLS the server answered the %1 sent in cleartext with STARTTLS: %2 "
                                                               "(before its answer to our %3: %4)%5")
                                                    .arg(noop, quotedLine(late), own, quotedLine(first.statusLine), cleartext));
            } else if (d.readLine(&second, qMin(s_.target.timeoutMs, limits::kStarttlsSecondReplyWaitMs), &secondError)) {
                result = check(CheckState::Yes, QStringLiteral("our one %1 inside TLS got two replies: %2 (the answer to the %3 sent in "
                                                               "cleartext with %4, late), then %5%6")
                                                    .arg(own, quotedLine(first.statusLine), noop, starttls, quotedLine(second), cleartext));
            } else if (secondError.kind == ErrorKind::Timeout) {
                result = check(CheckState::No, QStringLiteral("nothing came inside TLS within %1 s of the handshake, and our %2 inside TLS got "
                                                              "exactly one reply (%3): the %4 sent with %5 was discarded%6")
                                                   .arg(wait / 1000.0)
                                                   .arg(own, quotedLine(first.statusLine), noop, starttls, cleartext));
            } else {
                result = check(CheckState::Untested, QStringLiteral("after %1 inside TLS: %2%3").arg(own, secondError.message, cleartext));
                return out;
            }
            d.logout(&error);
            tls.shutdown(200);
            return out;
        });
        finishInjection(a, &result);
    }

    const StartTlsProbeSetup &s_;
    const DialectTexts *texts_;
    StartTlsChecks r_;              // enforcement writes mail/authBeforeTls, injection the rest
    std::atomic<int> connections_{0};
    std::atomic<int> pending_{0};
};

} // namespace

QString starttlsRoleFor(const ScanTarget &target, const QString &configured)
{
    if (!configured.isEmpty())
        return configured.toLower();
    if (target.dialect == QLatin1String("lmtp"))
        return QStringLiteral("lmtp");
    if (target.port == 587)
        return QStringLiteral("submission");
    if (target.port == 25)
        return QStringLiteral("mx");
    return QStringLiteral("unknown");
}

bool starttlsProbesApply(const ScanTarget &target)
{
    if (target.implicitTls)
        return false;
    const DialectTexts *t = textsFor(target.dialect);
    return t && t->implemented;
}

StartTlsChecks runStartTlsProbes(const StartTlsProbeSetup &setup)
{
    return Probes(setup).run();
}

} // namespace mailtls::core
