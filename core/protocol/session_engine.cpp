#include "protocol/session_engine.h"

#include "model/targets.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>

#include "base/display_text.h"
#include "base/limits.h"
#include "net/connection.h"
#include "protocol/ehlo.h"
#include "protocol/proxy_route.h"
#include "protocol/redaction.h"
#include "protocol/smtp_dialogue.h"
#include "protocol/text_dialogue.h"
#include "tls/tls_client.h"

#ifndef MAILTLS_VERSION
#define MAILTLS_VERSION "0"
#endif

namespace mailtls::core {

namespace {

constexpr int kDataLinesShown = 12;

} // namespace

struct SessionEngine::Private {
    SessionOptions options;
    CancelToken cancel;
    SessionCallbacks callbacks;
    Report report;
    QElapsedTimer clock;
    Connection connection;
    std::unique_ptr<TlsClient> tls;
    SmtpDialogue dialogue;
    std::unique_ptr<TextDialogue> text;   // IMAP, POP3, ManageSieve
    QString dialect;                      // the dialect spoken (options.dialect, or what "auto" found)
    Redactor redactor;
    bool failed = false;
    bool ehloNoted = false;   // the bare-EHLO-name note goes into the transcript once

    Private(SessionOptions o, CancelToken c, SessionCallbacks cb)
        : options(std::move(o)), cancel(c), callbacks(std::move(cb)), connection(c), dialogue(connection, options.timeoutMs),
          dialect(options.dialect), redactor(options.redactSecrets)
    {
        dialogue.setRedactor(&redactor);
        dialogue.setTimeoutWording(SmtpDialogue::TimeoutWording::Reply);
        dialogue.setTranscript([this](LineDirection dir, const QString &text) { add(dir, text); });
    }

    void phase(const QString &name)
    {
        if (callbacks.phase)
            callbacks.phase(name);
    }

    void add(LineDirection dir, const QString &text)
    {
        TranscriptLine line;
        line.tMs = clock.elapsed();
        line.dir = dir;
        line.text = text;
        report.transcript << line;
        if (callbacks.line)
            callbacks.line(line);
    }
    void note(const QString &text) { add(LineDirection::Note, text); }

    void fail(ErrorKind kind, const Phrase &message)
    {
        failed = true;
        report.outcome.errorKind = kind;
        report.outcome.error = message.english();
        report.outcome.errorPhrase = message;
        note(QStringLiteral("error: %1").arg(report.outcome.error));
    }

    void refused(const QString &step, const QString &reply)
    {
        report.outcome.refusal.step = step;
        report.outcome.refusal.reply = reply;
    }

    void failNet(const Error &error, const Phrase &during)
    {
        switch (error.kind) {
        case ErrorKind::Cancelled:
            fail(ErrorKind::Cancelled, phrase("Errors", "cancelled by the user"));
            return;
        case ErrorKind::Timeout:
            fail(ErrorKind::Timeout, phrase("Errors", "%1 (%2)").arg(messageOf(error)).arg(during));
            return;
        case ErrorKind::Closed:
            fail(ErrorKind::Closed, phrase("Errors", "%1 %2").arg(messageOf(error)).arg(during));
            return;
        default:
            fail(kindInClass(OutcomeClass::Protocol, error.kind, ErrorKind::Protocol),
                 phrase("Errors", "%1 (%2)").arg(messageOf(error)).arg(during));
        }
    }

    bool usingTls() const { return dialogue.usingTls(); }

    // Sends one command line; what the transcript shows is redacted.
    bool send(const QString &line, const Phrase &during)
    {
        Error error;
        if (!dialogue.send(line, &error)) {
            failDialogue(error, during);
            return false;
        }
        return true;
    }

    // A step of the dialogue failed: a reply the parser refused (Protocol, worded by the
    // dialogue for the greeting, by where it happened after that), or the connection's failure.
    void failDialogue(const Error &error, const Phrase &during, bool greeting = false)
    {
        if (error.kind == ErrorKind::Protocol)
            fail(ErrorKind::Protocol, greeting ? messageOf(error)
                                               : phrase("Errors", "malformed reply (%1): %2").arg(during).arg(dialogue.parserErrorPhrase()));
        else
            handleIoFailure(error, during);
    }

    void handleIoFailure(const Error &error, const Phrase &during)
    {
        // After TLS is up, an alert from the server (e.g. certificate_required) ends the session.
        if (tls && report.tls.attempted) {
            TlsFacts facts = report.tls;
            tls->fillFacts(&facts);
            report.tls.alert = facts.alert;
            report.tls.alertDirection = facts.alertDirection;
            report.tls.clientCertificateRequested = facts.clientCertificateRequested;
            report.tls.clientCertificateSent = facts.clientCertificateSent;
            if (!facts.alert.isEmpty() && error.kind != ErrorKind::Cancelled && error.kind != ErrorKind::Timeout) {
                report.tls.error = error.message;
                report.tls.errorPhrase = messageOf(error);
                fail(ErrorKind::Tls, phrase("Errors", "%1 %2").arg(messageOf(error)).arg(during));
                return;
            }
        }
        failNet(error, during);
    }

    bool readReply(SmtpReply *reply, const Phrase &during, bool greeting = false)
    {
        Error error;
        if (dialogue.readReply(reply, options.timeoutMs, &error))
            return true;
        failDialogue(error, during, greeting);
        return false;
    }

    bool command(const QString &line, SmtpReply *reply, const Phrase &during)
    {
        return send(line, during) && readReply(reply, during);
    }

    bool hello(EhloCapabilities *caps, const Phrase &during)
    {
        const bool lmtp = dialect == QLatin1String("lmtp");
        SmtpReply reply;
        Error error;
        if (!ehloNoted) {
            ehloNoted = true;
            const QString bare = bareEhloNote(options.ehloName);
            if (!bare.isEmpty())
                note(bare);
        }
        if (!dialogue.hello(lmtp, ehloNameOrDefault(options.ehloName), true, caps, &reply, &error)) {
            failDialogue(error, during);
            return false;
        }
        if (caps->ok)
            return true;
        refused(QStringLiteral("ehlo"), reply.firstLine());
        fail(ErrorKind::Protocol, lmtp ? phrase("Errors", "LHLO was refused: %1").arg(reply.firstLine())
                                       : phrase("Errors", "EHLO and HELO were refused: %1").arg(reply.firstLine()));
        return false;
    }

    bool startTlsCommand(SmtpReply *reply, int *discarded)
    {
        Error error;
        if (dialogue.startTls(reply, discarded, &error))
            return true;
        failDialogue(error, phrase("Errors", "after STARTTLS"));
        return false;
    }

    bool readBanner()
    {
        phase(QStringLiteral("banner"));
        SmtpReply banner;
        if (!readReply(&banner, phrase("Errors", "waiting for the server's greeting"), true)) {
            // A close before any greeting is how many servers turn a client away when they
            // are busy or limit connections per client: "busy", which a fleet retries later.
            if (report.outcome.errorKind == ErrorKind::Closed)
                report.outcome.errorKind = ErrorKind::Busy;
            return false;
        }
        report.smtp.banner = banner.lines.join(QLatin1Char('\n'));
        if (banner.code == 220)
            return true;
        refused(QStringLiteral("greeting"), banner.firstLine());
        if (banner.code == 421)
            fail(ErrorKind::Busy, phrase("Errors", "the server refused the session in its greeting (421: busy or "
                                           "limiting connections): %1").arg(banner.firstLine()));
        else if (banner.code == 554)
            fail(ErrorKind::Protocol, phrase("Errors", "the server refused the session in its greeting: %1").arg(banner.firstLine()));
        else
            fail(ErrorKind::Protocol, phrase("Errors", "unexpected greeting (expected 220): %1").arg(banner.firstLine()));
        return false;
    }

    TlsClientConfig tlsConfig() const
    {
        TlsClientConfig c;
        c.minVersion = options.tlsMin;
        c.maxVersion = options.tlsMax;
        c.ciphers = options.ciphers;
        c.ciphersuites = options.ciphersuites;
        c.groups = options.groups;
        c.securityLevel = options.securityLevel;
        c.sni = report.target.sni;
        c.verifyName = report.target.servername;
        c.caFile = options.caFile;
        c.clientCertFile = options.clientCertFile;
        c.clientKeyFile = options.clientKeyFile;
        return c;
    }

    bool startTls()
    {
        phase(QStringLiteral("tls"));
        report.tls.attempted = true;
        report.tls.securityLevel = options.securityLevel;
        tls->recorder().setClock(&clock);
        tls->recorder().setListener([this](const HandshakeMessage &m) {
            report.handshake << m;
            add(LineDirection::Tls, QStringLiteral("%1 %2 (%3 bytes)%4")
                                        .arg(m.dir == QLatin1String("C") ? QStringLiteral("->") : QStringLiteral("<-"),
                                             m.type)
                                        .arg(m.length)
                                        .arg(m.summary.isEmpty() ? QString() : QStringLiteral(": ") + m.summary));
            if (callbacks.handshakeMessage)
                callbacks.handshakeMessage(m);
        });
        note(QStringLiteral("starting TLS (client at OpenSSL security level %1%2)")
                 .arg(options.securityLevel)
                 .arg(options.securityLevel == 0 ? QStringLiteral(", accepts legacy servers") : QString()));
        Error error;
        const bool ok = tls->handshake(options.timeoutMs, &error);
        tls->fillFacts(&report.tls);
        report.certificates = tls->peerChain();
        if (!ok) {
            report.tls.error = error.message;
            report.tls.errorPhrase = messageOf(error);
            if (error.kind == ErrorKind::Cancelled)
                fail(ErrorKind::Cancelled, phrase("Errors", "cancelled by the user"));
            else if (error.kind == ErrorKind::Timeout)
                fail(ErrorKind::Timeout, messageOf(error));
            else
                fail(ErrorKind::Tls, messageOf(error));   // whatever broke it: the handshake failed
            return false;
        }
        const TlsFacts &t = report.tls;
        add(LineDirection::Tls, QStringLiteral("TLS established: %1, %2 (%3)%4")
                                    .arg(t.version, t.cipher.iana.isEmpty() ? t.cipher.openssl : t.cipher.iana, t.cipher.codeHex())
                                    .arg(t.group.isEmpty() ? QString() : QStringLiteral(", group %1").arg(t.group)));
        add(LineDirection::Tls, t.verifyOk ? QStringLiteral("certificate verified for %1").arg(report.target.servername)
                                           : QStringLiteral("certificate not verified: %1 (code %2)").arg(t.verifyMessage).arg(t.verifyCode));
        return true;
    }

    void authenticate()
    {
        if (options.authUser.isEmpty())
            return;
        if (!usingTls()) {
            note(QStringLiteral("not sending credentials: the connection is not encrypted"));
            return;
        }
        redactor.addSecret(options.authPassword);
        const QStringList offered = report.smtp.authAfterTls;
        QString mech = options.authMechanism.toUpper();
        if (mech.isEmpty())
            mech = offered.contains(QLatin1String("PLAIN")) || !offered.contains(QLatin1String("LOGIN")) ? QStringLiteral("PLAIN")
                                                                                                          : QStringLiteral("LOGIN");
        if (!offered.isEmpty() && !offered.contains(mech))
            note(QStringLiteral("the server does not advertise AUTH %1 (it offers %2); trying anyway").arg(mech, offered.join(QLatin1Char(' '))));
        if (offered.isEmpty())
            note(QStringLiteral("the server advertises no AUTH after STARTTLS; trying AUTH %1 anyway").arg(mech));
        phase(QStringLiteral("auth"));
        SmtpReply reply;
        if (mech == QLatin1String("PLAIN")) {
            QByteArray blob;
            blob.append('\0').append(options.authUser.toUtf8()).append('\0').append(options.authPassword.toUtf8());
            if (!command(QStringLiteral("AUTH PLAIN %1").arg(QString::fromLatin1(blob.toBase64())), &reply, phrase("Errors", "during AUTH")))
                return;
        } else if (mech == QLatin1String("LOGIN")) {
            if (!command(QStringLiteral("AUTH LOGIN"), &reply, phrase("Errors", "during AUTH")))
                return;
            if (reply.code == 334 && !command(QString::fromLatin1(options.authUser.toUtf8().toBase64()), &reply, phrase("Errors", "during AUTH")))
                return;
            if (reply.code == 334 && !command(QString::fromLatin1(options.authPassword.toUtf8().toBase64()), &reply, phrase("Errors", "during AUTH")))
                return;
        } else {
            note(QStringLiteral("AUTH %1 is not supported by this client (use PLAIN or LOGIN)").arg(mech));
            return;
        }
        note(reply.code == 235 ? QStringLiteral("authenticated as %1").arg(options.authUser)
                               : QStringLiteral("authentication failed: %1").arg(reply.firstLine()));
    }

    QByteArray messageBody() const
    {
        if (!options.data.isEmpty())
            return options.data;
        const QString rcpt = options.rcptTo.join(QStringLiteral(", "));
        const QString text = QStringLiteral(
                                 "Date: %1\r\nFrom: <%2>\r\nTo: %3\r\nMessage-ID: <%4@mailtls.invalid>\r\n"
                                 "Subject: MailTLS Workbench test message\r\n\r\n"
                                 "This is a test message sent by MailTLS Workbench to check mail delivery over TLS.\r\n")
                                 .arg(QDateTime::currentDateTime().toString(Qt::RFC2822Date), options.mailFrom, rcpt,
                                      QUuid::createUuid().toString(QUuid::WithoutBraces));
        return text.toUtf8();
    }

    void transaction()
    {
        if (options.mailFrom.isEmpty() && options.rcptTo.isEmpty())
            return;
        phase(QStringLiteral("mail"));
        SmtpReply reply;
        if (!command(QStringLiteral("MAIL FROM:<%1>").arg(options.mailFrom), &reply, phrase("Errors", "after MAIL FROM")))
            return;
        if (reply.code != 250) {
            note(QStringLiteral("the sender was refused; skipping the message"));
            return;
        }
        int accepted = 0;
        for (const QString &rcpt : options.rcptTo) {
            if (!command(QStringLiteral("RCPT TO:<%1>").arg(rcpt), &reply, phrase("Errors", "after RCPT TO")))
                return;
            if (reply.code == 250 || reply.code == 251)
                ++accepted;
        }
        if (!options.sendData && options.data.isEmpty()) {
            if (!command(QStringLiteral("RSET"), &reply, phrase("Errors", "after RSET")))
                return;
            return;
        }
        if (accepted == 0) {
            note(QStringLiteral("no recipient was accepted; not sending DATA"));
            command(QStringLiteral("RSET"), &reply, phrase("Errors", "after RSET"));
            return;
        }
        if (!command(QStringLiteral("DATA"), &reply, phrase("Errors", "after DATA")) || reply.code != 354)
            return;
        QByteArray body = messageBody();
        body.replace("\r\n", "\n");
        const QList<QByteArray> lines = body.split('\n');
        QByteArray wire;
        int shown = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (i == lines.size() - 1 && lines[i].isEmpty())
                break; // the final newline
            QByteArray line = lines[i];
            if (line.startsWith('.'))
                line.prepend('.'); // dot-stuffing, RFC 5321 4.5.2
            wire += line + "\r\n";
            if (shown < kDataLinesShown) {
                add(LineDirection::Client, redactor.clientLine(QString::fromUtf8(line)));
                ++shown;
            }
        }
        if (lines.size() > kDataLinesShown + 1)
            note(QStringLiteral("… %1 more message lines (%2 bytes in all)").arg(lines.size() - 1 - kDataLinesShown).arg(wire.size()));
        wire += ".\r\n";
        add(LineDirection::Client, QStringLiteral("."));
        Error error;
        if (!dialogue.write(wire, &error)) {
            handleIoFailure(error, phrase("Errors", "while sending the message"));
            return;
        }
        // LMTP answers once per accepted recipient (RFC 2033 4.2).
        const int replies = dialect == QLatin1String("lmtp") ? accepted : 1;
        for (int i = 0; i < replies; ++i)
            if (!readReply(&reply, phrase("Errors", "after the message")))
                return;
    }

    // --starttls auto on a port that names no dialect: the greeting's first line decides.
    bool sniffDialect()
    {
        phase(QStringLiteral("banner"));
        QByteArray bytes;
        QElapsedTimer timer;
        timer.start();
        while (!bytes.contains('\n') && bytes.size() <= limits::kDialectLineBytes) {
            QByteArray more;
            Error error;
            const int left = int(qMax<qint64>(0, options.timeoutMs - timer.elapsed()));
            const bool ok = usingTls() ? tls->read(&more, left, &error) : connection.readSome(&more, left, &error);
            if (!ok) {
                if (error.kind == ErrorKind::Timeout)
                    error = makeError(error.kind, phrase("Errors", "no greeting within %1 s").arg(options.timeoutMs / 1000.0));
                failNet(error, phrase("Errors", "waiting for the greeting that tells the dialect"));
                if (report.outcome.errorKind == ErrorKind::Closed)
                    report.outcome.errorKind = ErrorKind::Busy;
                return false;
            }
            bytes += more;
        }
        const int nl = int(bytes.indexOf('\n'));
        const QString found = dialectFromGreeting(nl < 0 ? bytes.left(200) : bytes.left(nl));
        if (found.isEmpty()) {
            add(LineDirection::Server, escapeControls(decodeMailText(bytes.left(nl < 0 ? 200 : qMin(nl, 200))).trimmed()));
            fail(ErrorKind::Protocol, phrase("Errors", "--starttls auto: the greeting is not SMTP, IMAP, POP3 or ManageSieve"));
            return false;
        }
        dialect = found;
        report.target.dialect = found;
        note(QStringLiteral("the greeting says %1 (--starttls auto)").arg(dialectDisplayName(found)));
        if (isTextDialect(found)) {
            makeText();
            text->feed(bytes);
        } else {
            dialogue.parser().feed(bytes);
        }
        return true;
    }

    void makeText()
    {
        text = makeTextDialogue(dialect, connection, options.timeoutMs);
        text->setTls(tls.get());
        text->setRedactor(&redactor);
        text->setShowSecrets(!options.redactSecrets);
        text->setTranscript([this](LineDirection dir, const QString &t) { add(dir, t); });
    }

    bool textStep(bool ok, const Error &error, const Phrase &during, bool greeting = false)
    {
        if (ok)
            return true;
        if (error.kind == ErrorKind::Protocol)
            fail(ErrorKind::Protocol, greeting ? messageOf(error) : phrase("Errors", "%1 (%2)").arg(messageOf(error)).arg(during));
        else
            handleIoFailure(error, during);
        if (greeting && report.outcome.errorKind == ErrorKind::Closed)
            report.outcome.errorKind = ErrorKind::Busy;
        return false;
    }

    // IMAP, POP3, ManageSieve: greeting, capabilities, STARTTLS, capabilities again, login, goodbye.
    // The capability lists land where EHLO's do (report.smtp), one keyword line each.
    void runText(bool keepOpen)
    {
        const QString name = dialectDisplayName(dialect);
        if (!text)
            makeText();
        Error error;
        phase(QStringLiteral("banner"));
        DialectReply greeting;
        if (!textStep(text->greeting(&greeting, &error), error, phrase("Errors", "waiting for the server's greeting"), true))
            return;
        report.smtp.banner = greeting.lines.join(QLatin1Char('\n'));
        if (!greeting.ok()) {
            refused(QStringLiteral("greeting"), greeting.statusLine);
            fail(ErrorKind::Busy, phrase("Errors", "the server refused the session in its greeting (busy or limiting "
                                           "connections): %1").arg(greeting.statusLine));
            return;
        }
        phase(QStringLiteral("ehlo"));
        DialectCapabilities caps;
        if (!textStep(text->capabilities(&caps, &error), error, phrase("Errors", "after CAPABILITY")))
            return;
        DialectCapabilities authCaps = caps;
        if (report.target.implicitTls) {
            report.smtp.ehloAfterTls = caps.lines;
            report.smtp.authAfterTls = caps.authMechanisms;
        } else {
            report.smtp.ehloBeforeTls = caps.lines;
            report.smtp.authBeforeTls = caps.authMechanisms;
            report.smtp.starttlsOffered = caps.starttls;
            if (!caps.ok)
                note(QStringLiteral("the server lists no capabilities; trying STARTTLS anyway"));
            if (!caps.starttls && caps.ok) {
                note(QStringLiteral("the server does not offer STARTTLS; the session stays in cleartext"));
            } else {
                DialectReply reply;
                int discarded = 0;
                if (!textStep(text->startTls(&reply, &discarded, &error), error, phrase("Errors", "after STARTTLS")))
                    return;
                report.smtp.starttlsReply = reply.statusLine;
                if (!reply.ok()) {
                    refused(QStringLiteral("starttls"), reply.statusLine);
                    note(QStringLiteral("STARTTLS was refused; the session stays in cleartext"));
                } else {
                    report.smtp.starttlsAccepted = true;
                    report.smtp.bytesAfterStarttls = discarded;
                    if (discarded > 0)
                        note(QStringLiteral("the server sent %1 bytes after its OK to STARTTLS before TLS started; "
                                            "discarded (a sign of a buggy server or of command injection)").arg(discarded));
                    if (!startTls())
                        return;
                    // What was said before TLS is forgotten (RFC 9051 6.2.1, RFC 2595 4, RFC 5804 2.2).
                    DialectCapabilities after;
                    if (!textStep(text->capabilitiesAfterTls(&after, &error), error,
                                  phrase("Errors", "reading the capabilities over TLS")))
                        return;
                    report.smtp.ehloAfterTls = after.lines;
                    report.smtp.authAfterTls = after.authMechanisms;
                    authCaps = after;
                }
            }
        }
        if (!options.authUser.isEmpty()) {
            if (!usingTls()) {
                note(QStringLiteral("not sending credentials: the connection is not encrypted"));
            } else {
                phase(QStringLiteral("auth"));
                redactor.addSecret(options.authPassword);
                DialectReply reply;
                QString used;
                if (!textStep(text->authenticate(options.authUser, options.authPassword, options.authMechanism, authCaps,
                                                 &reply, &used, &error),
                              error, used.isEmpty() ? phrase("Errors", "during login") : phrase("Errors", "during %1").arg(used)))
                    return;
                note(reply.ok() ? QStringLiteral("authenticated as %1 (%2 %3)").arg(options.authUser, name, used)
                                : QStringLiteral("authentication failed (%1): %2").arg(used, reply.statusLine));
            }
        }
        if (!options.mailFrom.isEmpty() || !options.rcptTo.isEmpty())
            note(QStringLiteral("--from/--to send mail over SMTP; %1 carries no messages, so they are ignored").arg(name));
        if (options.quit && !keepOpen) {
            phase(QStringLiteral("quit"));
            text->logout(&error);
            if (tls)
                tls->shutdown(1000);
        }
    }

    void quit()
    {
        phase(QStringLiteral("quit"));
        SmtpReply reply;
        add(LineDirection::Client, QStringLiteral("QUIT"));
        Error error;
        if (!dialogue.write("QUIT\r\n", &error))
            return; // the server may already be gone; not an error of the session
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const ReplyParser::Result result = dialogue.parser().next(&reply);
            dialogue.flushServerLines();
            if (result != ReplyParser::Result::NeedMore)
                break;
            if (!dialogue.readMore(qMax(0, 3000 - int(timer.elapsed())), &error))
                break;
        }
        if (tls)
            tls->shutdown(1000);
    }

    void finish()
    {
        if (!failed)
            report.outcome.completed = true;
        report.durationMs = clock.elapsed();
    }
};

SessionEngine::SessionEngine(SessionOptions options, CancelToken cancel, SessionCallbacks callbacks)
    : d(std::make_unique<Private>(std::move(options), std::move(cancel), std::move(callbacks)))
{
}

SessionEngine::~SessionEngine() = default;

const Report &SessionEngine::report() const { return d->report; }

Report SessionEngine::run(bool keepOpen)
{
    Private &p = *d;
    const SessionOptions &o = p.options;
    Report &r = p.report;
    r.toolVersion = QStringLiteral(MAILTLS_VERSION);
    r.target = plannedTarget(o);
    r.tls.securityLevel = o.securityLevel;
    r.startedAt = QDateTime::currentDateTimeUtc();
    p.clock.start();

    // A TLS offer that cannot be built (bad cipher list, unreadable client key) is the user's
    // mistake: say so before touching the network.
    {
        p.tls = std::make_unique<TlsClient>(p.connection);
        Error configError;
        if (!p.tls->configure(p.tlsConfig(), &configError)) {
            p.tls.reset();
            p.fail(kindInClass(OutcomeClass::Usage, configError.kind, ErrorKind::Usage), messageOf(configError));
            p.finish();
            return r;
        }
    }

    p.phase(QStringLiteral("connecting"));
    if (o.proxy.isSet())
        p.note(proxyNote(o.proxy));
    p.note(QStringLiteral("connecting to %1 port %2").arg(o.host).arg(o.port));
    p.connection.setProxy(proxyHopFor(o.proxy));
    Error error;
    if (!p.connection.connectTo(o.host, o.port, o.timeoutMs, &error)) {
        if (error.kind == ErrorKind::Cancelled)
            p.fail(ErrorKind::Cancelled, phrase("Errors", "cancelled by the user"));
        else if (error.kind == ErrorKind::Timeout)
            p.fail(ErrorKind::Timeout, messageOf(error));
        else
            p.fail(kindInClass(OutcomeClass::Connect, error.kind, ErrorKind::Unreachable), messageOf(error));
        p.finish();
        return r;
    }
    r.outcome.connected = true;
    r.target.address = p.connection.peerAddress();
    if (o.proxy.isSet())
        p.note(QStringLiteral("connected to %1 port %2 %3").arg(o.host).arg(o.port).arg(r.target.address));
    else
        p.note(QStringLiteral("connected to %1").arg(r.target.address));

    const bool rawTls = o.dialect == QLatin1String("none");
    p.dialogue.setTls(p.tls.get());
    if (r.target.implicitTls && !p.startTls()) {
        p.finish();
        return r;
    }
    if (rawTls) {
        // Plain TLS service: nothing to say after the handshake.
        if (!keepOpen && p.tls)
            p.tls->shutdown(1000);
        p.finish();
        return r;
    }

    if (o.dialect == QLatin1String("auto") && !p.sniffDialect()) {
        p.finish();
        return r;
    }
    if (isTextDialect(p.dialect)) {
        p.runText(keepOpen);
        p.finish();
        return r;
    }
    if (!p.readBanner()) {
        p.finish();
        return r;
    }
    p.phase(QStringLiteral("ehlo"));
    EhloCapabilities caps;
    if (!p.hello(&caps, phrase("Errors", "after EHLO"))) {
        p.finish();
        return r;
    }
    if (r.target.implicitTls) {
        r.smtp.ehloAfterTls = caps.keywordLines;
        r.smtp.authAfterTls = caps.authMechanisms;
    } else {
        r.smtp.ehloBeforeTls = caps.keywordLines;
        r.smtp.authBeforeTls = caps.authMechanisms;
        r.smtp.starttlsOffered = caps.starttls;
        if (!caps.starttls) {
            p.note(QStringLiteral("the server does not offer STARTTLS; the session stays in cleartext"));
        } else {
            SmtpReply reply;
            int discarded = 0;
            if (!p.startTlsCommand(&reply, &discarded)) {
                p.finish();
                return r;
            }
            r.smtp.starttlsReply = reply.firstLine();
            if (reply.code != 220) {
                p.refused(QStringLiteral("starttls"), reply.firstLine());
                p.note(QStringLiteral("STARTTLS was refused; the session stays in cleartext"));
            } else {
                r.smtp.starttlsAccepted = true;
                r.smtp.bytesAfterStarttls = discarded;
                if (discarded > 0) {
                    // Shown escaped and cut, never acted on: the EHLO below is asked again inside TLS.
                    const QByteArray bytes = p.dialogue.discardedAfterStarttls();
                    QString shown = escapeControls(QString::fromLatin1(bytes.left(limits::kStarttlsShownBytes)));
                    if (bytes.size() > limits::kStarttlsShownBytes)
                        shown += QStringLiteral("…");
                    p.note(QStringLiteral("the server sent %1 bytes after its 220 before TLS started; discarded "
                                          "(a sign of a buggy server or of command injection): \"%2\"")
                               .arg(discarded)
                               .arg(shown));
                }
                if (!p.startTls()) {
                    p.finish();
                    return r;
                }
                // RFC 3207: forget everything learned before TLS and ask again.
                EhloCapabilities after;
                if (!p.hello(&after, phrase("Errors", "after EHLO over TLS"))) {
                    p.finish();
                    return r;
                }
                r.smtp.ehloAfterTls = after.keywordLines;
                r.smtp.authAfterTls = after.authMechanisms;
            }
        }
    }

    p.authenticate();
    if (!p.failed)
        p.transaction();
    if (!p.failed && o.quit && !keepOpen)
        p.quit();
    p.finish();
    return r;
}

void SessionEngine::interact(const std::function<bool(QStringList *, bool *)> &takeLines)
{
    Private &p = *d;
    if (!p.connection.isOpen() || p.failed)
        return;
    p.phase(QStringLiteral("interactive"));
    p.note(QStringLiteral("interactive: every line you type is sent to the server as is"));
    QByteArray pendingText = p.text ? p.text->takePendingBytes() : p.dialogue.takePendingBytes();
    // A flooding server costs bounded memory (base/limits.h, kConsoleKeptBytes): what is kept of
    // it is counted, what is over the budget (or past the head of an overlong line) is dropped
    // and counted in `hidden`, and one note per burst says how much.
    qint64 keptBytes = 0;       // the whole console part
    int keptLines = 0;
    qint64 burstBytes = 0;      // since the burst began
    int burstLines = 0;
    qint64 hidden = 0;
    bool cuttingLine = false;   // inside a line over kReplyLineBytes whose head was kept
    const auto totalLeft = [&] {
        return keptBytes < limits::kConsoleKeptBytes && keptLines < limits::kConsoleKeptLines;
    };
    const auto budgetLeft = [&] {
        return totalLeft() && burstBytes < limits::kConsoleBurstKeptBytes && burstLines < limits::kConsoleBurstKeptLines;
    };
    const auto keep = [&](LineDirection dir, const QString &text, qint64 bytes) {
        p.add(dir, text);
        keptBytes += bytes + limits::kConsoleLineOverheadBytes;
        ++keptLines;
        burstBytes += bytes + limits::kConsoleLineOverheadBytes;
        ++burstLines;
    };
    const auto keepServer = [&](const QString &text, qint64 bytes) {
        if (budgetLeft())
            keep(LineDirection::Server, text, bytes);
        else
            hidden += bytes;
    };
    // Ends a burst: the note, once, when something was dropped; the next burst keeps afresh.
    const auto endBurst = [&] {
        if (hidden > 0) {
            const QString text = totalLeft()
                ? QStringLiteral("[… %1 bytes not shown]").arg(hidden)
                : QStringLiteral("[… %1 bytes not shown] (the console keeps at most %2 KiB of what the server sends)")
                      .arg(hidden).arg(limits::kConsoleKeptBytes / 1024);
            keep(LineDirection::Note, text, text.size());
            hidden = 0;
        }
        burstBytes = 0;
        burstLines = 0;
    };
    auto emitServerLines = [&](bool flushPartial) {
        // Lines are taken by position and the consumed head removed once: a chunk of tiny
        // lines costs linear time, not a copy of the rest per line.
        qsizetype from = 0;
        for (;;) {
            const qsizetype nl = pendingText.indexOf('\n', from);
            if (nl < 0)
                break;
            const qsizetype size = nl + 1 - from;
            if (cuttingLine) {
                // The rest of an overlong line: counted, not kept.
                hidden += size;
                from = nl + 1;
                cuttingLine = false;
                continue;
            }
            if (!budgetLeft()) {
                hidden += size;
                from = nl + 1;
                continue;
            }
            QByteArray line = pendingText.mid(from, nl - from);
            from = nl + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            const QString text = QString::fromUtf8(line);
            bool ok = false;
            const int code = text.left(3).toInt(&ok);
            if (ok && (text.size() == 3 || text.at(3) == QLatin1Char(' ')))
                p.redactor.serverReply(code);
            keepServer(p.redactor.serverLine(text), size);
        }
        pendingText.remove(0, from);
        if (cuttingLine) {
            hidden += pendingText.size();
            pendingText.clear();
        } else if (pendingText.size() > limits::kReplyLineBytes) {
            // A line over 64 KiB: its head is kept, the rest (up to its line end) counted.
            keepServer(QString::fromUtf8(pendingText.left(limits::kConsoleCutLineHeadBytes)) + QStringLiteral("…"),
                       limits::kConsoleCutLineHeadBytes);
            hidden += pendingText.size() - limits::kConsoleCutLineHeadBytes;
            pendingText.clear();
            cuttingLine = true;
        }
        if (flushPartial && !pendingText.isEmpty()) {
            keepServer(QString::fromUtf8(pendingText), pendingText.size());
            pendingText.clear();
        }
    };

    for (;;) {
        // Something dropped and budget left: a quiet server ends the burst (its note shows then);
        // with the budget spent, the next line sent or the end does.
        const bool waitForQuiet = hidden > 0 && totalLeft();
        const Connection::Wait wait = p.connection.waitReadable(waitForQuiet ? limits::kConsoleBurstQuietMs : -1);
        if (wait == Connection::Wait::Timeout) {
            endBurst();
            continue;
        }
        if (wait != Connection::Wait::Readable)
            endBurst();
        if (wait == Connection::Wait::Cancelled) {
            p.note(QStringLiteral("disconnected (cancelled)"));
            break;
        }
        if (wait == Connection::Wait::Error) {
            p.note(QStringLiteral("error: waiting for the server failed"));
            break;
        }
        if (wait == Connection::Wait::Woken) {
            p.cancel.drainWake();
            QStringList lines;
            bool disconnect = false;
            takeLines(&lines, &disconnect);
            bool broken = false;
            for (const QString &line : lines) {
                keep(LineDirection::Client, p.redactor.clientLine(line), line.size());
                Error error;
                if (!p.dialogue.write(line.toUtf8() + "\r\n", &error)) {
                    p.note(QStringLiteral("error: %1").arg(error.message));
                    broken = true;
                    break;
                }
            }
            if (broken)
                break;
            if (disconnect) {
                if (p.tls)
                    p.tls->shutdown(500);
                p.note(QStringLiteral("disconnected"));
                break;
            }
            continue;
        }
        QByteArray bytes;
        Error error;
        const bool ok = p.usingTls() ? p.tls->pump(&bytes, &error) : p.connection.readAvailable(&bytes, &error);
        pendingText += bytes;
        emitServerLines(!ok);
        if (!ok) {
            endBurst();
            p.note(error.kind == ErrorKind::Closed ? QStringLiteral("the server closed the connection")
                                                        : QStringLiteral("error: %1").arg(error.message));
            break;
        }
    }
    p.connection.close();
    p.report.durationMs = p.clock.elapsed();
}

} // namespace mailtls::core
