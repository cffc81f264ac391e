#include "scan/starttls_probes.h"

#include <QElapsedTimer>

#include "base/display_text.h"
#include "base/limits.h"
#include "protocol/smtp_dialogue.h"
#include "tls/tls_client.h"

namespace mailtls::core {

namespace {

// The commands each dialect uses for the probes, in one table. `implemented`: the dialogue
// before TLS exists in core/protocol for it (IMAP and POP3 wait for their dialect code).
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
    {"imap", false, "a CAPABILITY", "", "b NOOP", "a STARTTLS"},
    {"pop3", false, "USER probe", "", "NOOP", "STLS"},
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
        estimate((s_.runEnforcement ? 1 : 0) + (s_.runInjection ? 1 : 0));
        if (s_.runEnforcement)
            enforcement();
        estimate(s_.runInjection ? 1 : 0);
        if (s_.runInjection)
            injection();
        estimate(0);
        return r_;
    }

private:
    void note(const QString &text)
    {
        if (s_.note)
            s_.note(QStringLiteral("starttls: ") + text);
    }
    void estimate(int n)
    {
        if (s_.estimate)
            s_.estimate(n);
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
            ++r_.connections;
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
            TlsClientConfig config;
            config.securityLevel = 0;
            config.sni = s_.target.sni;
            config.legacyServerConnect = true;
            if (!tls.configure(config, &error)) {
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
        if (a.status != AttemptStatus::Completed && result.evidence == QLatin1String("not run"))
            result = check(CheckState::Untested, a.status == AttemptStatus::Cancelled
                                                     ? (a.error.message.isEmpty() ? QStringLiteral("cancelled") : a.error.message)
                                                     : QStringLiteral("no connection: %1").arg(a.error.message));
        note(QStringLiteral("command injection: %1: %2").arg(checkStateWord(result.state), result.evidence));
    }

    const StartTlsProbeSetup &s_;
    const DialectTexts *texts_;
    StartTlsChecks r_;
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
