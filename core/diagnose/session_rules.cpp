#include "diagnose/session_rules.h"

#include <algorithm>

#include "diagnose/advice.h"

namespace mailtls::core {

namespace {

// A session rule's finding; its fix comes from diagnose/advice.
Finding make(const QString &id, Severity severity, const Phrase &title, const Phrase &detail, const QString &evidence)
{
    Finding f = makeFinding(id, severity, title, detail, evidence);
    f.facts.insert(QLatin1String(fixfacts::kRules), QLatin1String(fixfacts::kSessionRules));
    return f;
}

} // namespace

Findings sessionFindings(const Report &report)
{
    Findings out;
    const SmtpFacts &smtp = report.smtp;
    const TlsFacts &tls = report.tls;
    const bool smtpDialect = report.target.dialect == QLatin1String("smtp") || report.target.dialect == QLatin1String("lmtp");
    const bool hadEhlo = !smtp.ehloBeforeTls.isEmpty() || !smtp.banner.isEmpty();

    // IMAP, POP3, ManageSieve: a capability list read before TLS without STARTTLS (STLS).
    const bool accessNoStarttls = (report.target.dialect == QLatin1String("imap") || report.target.dialect == QLatin1String("pop3")
                                   || report.target.dialect == QLatin1String("sieve"))
        && !report.target.implicitTls && !smtp.ehloBeforeTls.isEmpty() && !smtp.starttlsOffered && !smtp.banner.isEmpty()
        && report.outcome.errorClass() != OutcomeClass::Protocol;
    if (accessNoStarttls) {
        const bool pop3 = report.target.dialect == QLatin1String("pop3");
        out << make(QStringLiteral("starttls.not_offered"), Severity::High,
                    phrase("Findings", "The server does not offer %1").arg(pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS")),
                    phrase("Findings", "The capability list before TLS does not name %1, so every mail client either logs in and "
                                       "reads mail in cleartext (passwords and messages readable on the path) or, if it "
                                       "requires TLS, cannot connect at all.").arg(pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS")),
                    QStringLiteral("capabilities before TLS: ") + smtp.ehloBeforeTls.join(QLatin1Char(' ')));
    }
    if (smtpDialect && !report.target.implicitTls && hadEhlo && !smtp.starttlsOffered
        && report.outcome.errorClass() != OutcomeClass::Protocol && !smtp.banner.isEmpty()) {
        out << make(QStringLiteral("starttls.not_offered"), Severity::High,
                    phrase("Findings", "The server does not offer STARTTLS"),
                    phrase("Findings", "The EHLO reply does not list STARTTLS, so every partner either delivers in "
                                       "cleartext or, if it requires TLS (DANE, MTA-STS, a policy for this domain), "
                                       "defers the mail and retries until it bounces days later."),
                    smtp.ehloBeforeTls.isEmpty() ? smtp.banner
                                                 : QStringLiteral("EHLO reply: ") + smtp.ehloBeforeTls.join(QStringLiteral(" | ")));
    }

    if (smtp.starttlsOffered && !smtp.starttlsAccepted && !smtp.starttlsReply.isEmpty()) {
        out << make(QStringLiteral("starttls.rejected"), Severity::High,
                    phrase("Findings", "The server refuses STARTTLS it advertised"),
                    phrase("Findings", "STARTTLS was listed in EHLO but the server answered it with an error, so no "
                                       "partner can start TLS. This usually means the server cannot load its "
                                       "certificate or key (check its log for the TLS error)."),
                    QStringLiteral("STARTTLS -> ") + smtp.starttlsReply);
    }

    // Cleartext after the 220 and before TLS: a server that buffers its input across STARTTLS
    // (the flaw behind CVE-2011-0411), or something in the path adding bytes. Either way a
    // command an attacker injects before TLS would be answered inside it.
    if (smtp.starttlsAccepted && smtp.bytesAfterStarttls > 0) {
        out << make(QStringLiteral("starttls.data_after_220"), Severity::Medium,
                    phrase("Findings", "The server sent data after its 220 to STARTTLS"),
                    phrase("Findings", "After answering 220 to STARTTLS the server sent %1 more byte(s) in cleartext before the "
                                       "TLS handshake. RFC 3207 allows nothing there. Either the server answers commands it "
                                       "read before TLS from a buffer it keeps across STARTTLS (the STARTTLS command-injection "
                                       "flaw, CVE-2011-0411 and kin), or a middlebox adds data. This client discarded the "
                                       "bytes; check the server's version against its advisories, and whether a proxy sits in "
                                       "front of it.")
                        .arg(smtp.bytesAfterStarttls),
                    QStringLiteral("%1 byte(s) after \"%2\"").arg(smtp.bytesAfterStarttls).arg(smtp.starttlsReply));
    }

    const bool serverSpokeTls = std::any_of(report.handshake.cbegin(), report.handshake.cend(),
                                            [](const HandshakeMessage &m) { return m.dir == QLatin1String("S"); });
    // The server asked, we had nothing to send, and it ended the connection: whatever alert it
    // chose (GnuTLS sends decode_error in TLS 1.2, OpenSSL certificate_required in TLS 1.3),
    // the missing certificate is the reason.
    const bool clientCertNeeded = tls.attempted && tls.clientCertificateRequested && !tls.clientCertificateSent
        && (!tls.established || report.outcome.errorClass() == OutcomeClass::Tls);
    if (clientCertNeeded) {
        out << make(QStringLiteral("client_cert.required"), Severity::Medium,
                    phrase("Findings", "The server requires a client certificate"),
                    phrase("Findings", "The server asked for a client certificate (CertificateRequest) and ended the "
                                       "connection when none was sent. Partners without a certificate it trusts "
                                       "cannot deliver over TLS. Run again with --client-cert/--client-key, or make "
                                       "the certificate optional for this host."),
                    tls.alert.isEmpty() ? QStringLiteral("CertificateRequest received; connection closed")
                                        : QStringLiteral("CertificateRequest received; %1 alert %2").arg(tls.alertDirection, tls.alert));
    } else if (tls.attempted && !tls.established) {
        // An alert we sent ourselves (a record or message over the limits, bytes that are not
        // TLS) says nothing about the server having answered in TLS.
        const bool serverAlert = !tls.alert.isEmpty() && tls.alertDirection != QLatin1String("sent");
        if (smtp.starttlsAccepted && !serverSpokeTls && !serverAlert) {
            // What it sent instead tells a silent server from a broken or truncated handshake.
            const Phrase detail = tls.serverBytes == 0
                ? phrase("Findings", "The server answered 220 to STARTTLS but then sent no TLS handshake at all. "
                                     "Partners see a broken connection and fall back to cleartext or defer.")
                : phrase("Findings", "The server answered 220 to STARTTLS but then sent %1 byte(s) that never made a "
                                     "complete TLS handshake message (a truncated or malformed ServerHello, or something "
                                     "that is not TLS). Partners see a broken connection and fall back to cleartext or "
                                     "defer.").arg(tls.serverBytes);
            out << make(QStringLiteral("starttls.rejected"), Severity::High,
                        phrase("Findings", "The server accepted STARTTLS but did not start TLS"),
                        detail,
                        (tls.error.isEmpty() ? smtp.starttlsReply : tls.error)
                            + QStringLiteral("; %1 byte(s) from the server after the 220").arg(tls.serverBytes));
        } else {
            const Phrase alert = tls.alert.isEmpty() ? phrase("Findings", "no alert (connection closed)") : Phrase(tls.alert);
            out << make(QStringLiteral("tls.handshake_failed"), Severity::High,
                        phrase("Findings", "The TLS handshake failed: %1").arg(alert),
                        phrase("Findings", "Client and server could not agree on a TLS connection with this offer. "
                                           "An alert named handshake_failure or insufficient_security usually means "
                                           "no shared cipher suite or group; protocol_version means no shared TLS "
                                           "version. The scan shows what the server accepts."),
                        tls.error);
        }
    }

    if (tls.established) {
        if (tls.version == QLatin1String("TLSv1") || tls.version == QLatin1String("TLSv1.1") || tls.version == QLatin1String("SSLv3")) {
            const QString id = tls.version == QLatin1String("TLSv1") ? QStringLiteral("protocol.tls10_enabled")
                             : tls.version == QLatin1String("TLSv1.1") ? QStringLiteral("protocol.tls11_enabled")
                                                                        : QStringLiteral("protocol.sslv3_enabled");
            out << make(id, Severity::Medium,
                        phrase("Findings", "%1 was negotiated").arg(tls.version),
                        phrase("Findings", "The server agreed to %1, a deprecated protocol version (RFC 8996). Modern "
                                           "clients refuse it; keep it only if a partner that cannot do TLS 1.2 still "
                                           "needs it.").arg(tls.version),
                        QStringLiteral("negotiated protocol %1 with %2").arg(tls.version, tls.cipher.openssl));
        }
        if (tls.tempKeyType == QLatin1String("DH") && tls.tempKeyBits > 0 && tls.tempKeyBits < 2048) {
            out << make(QStringLiteral("kex.dh_weak"), Severity::High,
                        phrase("Findings", "Diffie-Hellman prime of only %1 bits").arg(tls.tempKeyBits),
                        phrase("Findings", "The server's DHE key exchange uses a %1-bit prime. GnuTLS clients (Exim on "
                                           "Debian among them) refuse primes under their minimum (often 2048 bits) and "
                                           "the handshake fails; primes this small are also within reach of "
                                           "precomputation attacks (Logjam).").arg(tls.tempKeyBits),
                        QStringLiteral("server temp key DH, %1 bits (%2)").arg(tls.tempKeyBits).arg(tls.cipher.openssl));
        }
        if (!tls.compression.isEmpty()) {
            out << make(QStringLiteral("tls.compression_enabled"), Severity::Medium,
                        phrase("Findings", "TLS compression is enabled"),
                        phrase("Findings", "TLS-level compression leaks secrets through message sizes (CRIME)."),
                        QStringLiteral("compression %1").arg(tls.compression));
        }
    }

    const QString &dialect = report.target.dialect;
    const bool accessDialect = dialect == QLatin1String("imap") || dialect == QLatin1String("pop3") || dialect == QLatin1String("sieve");
    const bool cleartextBeforeTls = !report.target.implicitTls;
    if (cleartextBeforeTls && !accessDialect) {
        QStringList plain;
        for (const QString &mech : smtp.authBeforeTls)
            if (mech == QLatin1String("PLAIN") || mech == QLatin1String("LOGIN"))
                plain << mech;
        if (!plain.isEmpty()) {
            out << make(QStringLiteral("auth.plaintext_before_tls"), Severity::High,
                        phrase("Findings", "AUTH %1 offered before STARTTLS").arg(plain.join(QLatin1Char('/'))),
                        phrase("Findings", "The server offers password authentication on the unencrypted connection. "
                                           "A mail client that does not insist on TLS sends the password in "
                                           "cleartext (base64 is not encryption)."),
                        QStringLiteral("EHLO before TLS lists AUTH %1").arg(smtp.authBeforeTls.join(QLatin1Char(' '))));
        }
    }

    // IMAP, POP3, ManageSieve: the capability list read before STARTTLS (ehloBeforeTls) says
    // whether a client may send its password in the clear.
    if (cleartextBeforeTls && accessDialect && !smtp.ehloBeforeTls.isEmpty()) {
        QStringList plain;
        for (const QString &mech : smtp.authBeforeTls)
            if (mech == QLatin1String("PLAIN") || mech == QLatin1String("LOGIN"))
                plain << mech;
        const QString listed = smtp.ehloBeforeTls.join(QLatin1Char(' '));
        if (dialect == QLatin1String("imap")) {
            const bool loginDisabled = smtp.ehloBeforeTls.contains(QLatin1String("LOGINDISABLED"), Qt::CaseInsensitive);
            if (!loginDisabled || !plain.isEmpty()) {
                QStringList what;
                if (!loginDisabled)
                    what << QStringLiteral("LOGIN");
                for (const QString &m : std::as_const(plain))
                    what << QStringLiteral("AUTH=%1").arg(m);
                out << make(QStringLiteral("imap.login_before_tls"), Severity::High,
                            phrase("Findings", "IMAP accepts passwords before STARTTLS (%1)").arg(what.join(QStringLiteral(", "))),
                            loginDisabled
                                ? phrase("Findings", "The CAPABILITY list on the unencrypted connection offers password "
                                                     "mechanisms, so a mail client that does not insist on STARTTLS sends the "
                                                     "user's password in cleartext, readable by anyone on the path. A server "
                                                     "that refuses cleartext logins says LOGINDISABLED and lists no "
                                                     "AUTH=PLAIN/LOGIN until TLS is up (RFC 9051 6.2.3).")
                                : phrase("Findings", "The CAPABILITY list on the unencrypted connection lacks LOGINDISABLED, "
                                                     "so a mail client that does not insist on STARTTLS sends the user's "
                                                     "password in cleartext, readable by anyone on the path. A server that "
                                                     "refuses cleartext logins says LOGINDISABLED and lists no "
                                                     "AUTH=PLAIN/LOGIN until TLS is up (RFC 9051 6.2.3)."),
                            QStringLiteral("CAPABILITY before STARTTLS: %1").arg(listed));
            }
        } else if (dialect == QLatin1String("pop3")) {
            const bool user = smtp.ehloBeforeTls.contains(QLatin1String("USER"), Qt::CaseInsensitive);
            if (user || !plain.isEmpty()) {
                QStringList what;
                if (user)
                    what << QStringLiteral("USER/PASS");
                for (const QString &m : std::as_const(plain))
                    what << QStringLiteral("SASL %1").arg(m);
                // "A and B and C", with "and" in the admin's language.
                Phrase offered(what.first());
                for (qsizetype i = 1; i < what.size(); ++i)
                    offered = phrase("Findings", "%1 and %2").arg(offered).arg(what.at(i));
                out << make(QStringLiteral("pop3.plaintext_auth"), Severity::High,
                            phrase("Findings", "POP3 offers password logins before STLS (%1)").arg(what.join(QStringLiteral(", "))),
                            phrase("Findings", "The CAPA list on the unencrypted connection offers %1, so a mail client that does "
                                               "not insist on STLS sends the user's password in cleartext. A server that "
                                               "refuses cleartext logins lists neither USER nor SASL PLAIN/LOGIN until TLS is "
                                               "up (RFC 2595 4, RFC 8314).")
                                .arg(offered),
                            QStringLiteral("CAPA before STLS: %1").arg(listed));
            }
        } else if (!smtp.authBeforeTls.isEmpty()) {
            out << make(QStringLiteral("sieve.auth_before_tls"), Severity::High,
                        phrase("Findings", "ManageSieve offers SASL %1 before STARTTLS").arg(smtp.authBeforeTls.join(QLatin1Char('/'))),
                        phrase("Findings", "The capability list the server greets with names SASL mechanisms on the "
                                           "unencrypted connection, so a Sieve client that does not insist on STARTTLS "
                                           "sends the user's password in cleartext (RFC 5804 2.1 and 4: PLAIN only under "
                                           "TLS)."),
                        QStringLiteral("capabilities before STARTTLS: %1").arg(listed));
        }
    }

    // The list under TLS lost something the client relies on (STARTTLS going is expected).
    if (accessDialect && smtp.starttlsAccepted && !smtp.ehloBeforeTls.isEmpty() && !smtp.ehloAfterTls.isEmpty()
        && smtp.authAfterTls.isEmpty() && !smtp.authBeforeTls.isEmpty()) {
        out << make(QStringLiteral("%1.capabilities_changed").arg(dialect), Severity::Low,
                    phrase("Findings", "No login mechanism is offered after STARTTLS"),
                    phrase("Findings", "The server offered SASL mechanisms before TLS but lists none once TLS is up, so a "
                                       "client that (rightly) forgets the first list cannot log in."),
                    QStringLiteral("before: %1; after: %2").arg(smtp.ehloBeforeTls.join(QLatin1Char(' ')),
                                                               smtp.ehloAfterTls.join(QLatin1Char(' '))));
    }
    return out;
}

} // namespace mailtls::core
