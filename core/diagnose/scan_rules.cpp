#include "diagnose/scan_rules.h"

#include <QSet>

#include <algorithm>
#include <functional>

#include "catalog/cipher_catalog.h"
#include "diagnose/advice.h"

namespace mailtls::core {

namespace {

// A scan rule's finding; its fix comes from diagnose/advice.
Finding make(const char *id, Severity severity, const QString &title, const QString &detail, const QString &evidence)
{
    Finding f = makeFinding(QString::fromLatin1(id), severity, title, detail, evidence);
    f.facts.insert(QLatin1String(fixfacts::kRules), QLatin1String(fixfacts::kScanRules));
    return f;
}

// "TLSv1.2: TLS_RSA_WITH_RC4_128_SHA, …; TLSv1: …"
QString suiteEvidence(const ScanResult &scan, const std::function<bool(const SuiteInfo &)> &match)
{
    QStringList parts;
    for (const QString &version : scanVersions()) {
        QStringList names;
        for (const SuiteInfo &s : scan.ciphers.value(version))
            if (match(s))
                names << (s.iana.isEmpty() ? QStringLiteral("0x%1").arg(s.code, 4, 16, QLatin1Char('0')) : s.iana);
        if (!names.isEmpty())
            parts << QStringLiteral("%1: %2").arg(version, names.join(QLatin1String(", ")));
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

Findings scanFindings(const ScanResult &scan, const ScanRuleContext &context)
{
    Findings out;
    if (!scan.present)
        return out;
    auto accepted = [&](const char *v) { return scan.protocols.value(QString::fromLatin1(v), false); };

    if (accepted("SSLv2"))
        out << make("protocol.sslv2_enabled", Severity::Critical, QStringLiteral("SSLv2 is accepted"),
                    QStringLiteral("SSL 2.0 (1995) is broken beyond repair: an attacker can decrypt sessions (DROWN) "
                                   "even of other servers that share the key. No mail client needs it."),
                    QStringLiteral("SSLv2 handshake accepted"));
    if (accepted("SSLv3"))
        out << make("protocol.sslv3_enabled", Severity::High, QStringLiteral("SSLv3 is accepted"),
                    QStringLiteral("SSL 3.0 (1996) is vulnerable to POODLE and only offers weak ciphers. "
                                   "Mail servers from this decade never need it."),
                    QStringLiteral("SSLv3: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("SSLv3")).size()));
    if (accepted("TLSv1"))
        out << make("protocol.tls10_enabled", Severity::Low, QStringLiteral("TLS 1.0 is accepted"),
                    QStringLiteral("TLS 1.0 (1999) is deprecated (RFC 8996). For mail it is still better than "
                                   "plaintext, so some sites keep it for old senders; turn it off once your logs "
                                   "show no partner using it."),
                    QStringLiteral("TLSv1: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("TLSv1")).size()));
    if (accepted("TLSv1.1"))
        out << make("protocol.tls11_enabled", Severity::Low, QStringLiteral("TLS 1.1 is accepted"),
                    QStringLiteral("TLS 1.1 (2006) is deprecated (RFC 8996) and almost no sender offers it without "
                                   "also offering TLS 1.2."),
                    QStringLiteral("TLSv1.1: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("TLSv1.1")).size()));
    const bool anyTls = std::any_of(scan.protocols.cbegin(), scan.protocols.cend(), [](bool b) { return b; });
    if (anyTls && scan.protocols.contains(QStringLiteral("TLSv1.3")) && !accepted("TLSv1.3"))
        out << make("protocol.tls13_missing", Severity::Low, QStringLiteral("TLS 1.3 is not accepted"),
                    QStringLiteral("TLS 1.3 is faster (one round trip less), always has forward secrecy and hides "
                                   "the certificate from eavesdroppers. It needs GnuTLS >= 3.6.5 or OpenSSL >= 1.1.1."),
                    QStringLiteral("TLSv1.3 hello refused"));

    struct CipherRule {
        const char *id;
        Severity severity;
        const char *title;
        const char *detail;
        std::function<bool(const SuiteInfo &)> match;
    };
    const QList<CipherRule> cipherRules = {
        {"cipher.null", Severity::High, "Suites without encryption (NULL) are accepted",
         "A NULL suite authenticates but does not encrypt: everything, passwords included, crosses the network "
         "in clear text while the client believes it is protected.",
         [](const SuiteInfo &s) { return s.enc == QLatin1String("NULL"); }},
        {"cipher.anonymous", Severity::High, "Anonymous suites (no server authentication) are accepted",
         "Anonymous Diffie-Hellman encrypts without proving who the server is, so anyone in the path can sit in the "
         "middle. Opportunistic senders gain nothing from it that an ordinary suite would not give.",
         [](const SuiteInfo &s) { return s.auth == QLatin1String("anon"); }},
        {"cipher.export", Severity::High, "EXPORT-grade suites are accepted",
         "EXPORT suites use 40- or 56-bit keys from the 1990s US export rules; they can be broken in hours "
         "(FREAK, Logjam).",
         [](const SuiteInfo &s) { return isExportSuite(s); }},
        {"cipher.rc4", Severity::Medium, "RC4 suites are accepted",
         "RC4 has statistical biases that leak plaintext over many connections (RFC 7465 forbids it).",
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("RC4")); }},
        {"cipher.des", Severity::Medium, "Single-DES suites are accepted",
         "DES has a 56-bit key; it was brute-forced in 1998.",
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("DES-")) || s.enc.startsWith(QLatin1String("DES40")); }},
        {"cipher.3des", Severity::Low, "3DES suites are accepted",
         "3DES has a 64-bit block: after some gigabytes under one key, blocks collide and leak data (Sweet32). "
         "Only very old senders (Windows XP era) need it.",
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("3DES")); }},
        {"cipher.no_forward_secrecy", Severity::Low, "Suites without forward secrecy are accepted",
         "With static RSA or DH key exchange, whoever obtains the server's private key later can decrypt every "
         "recorded session. ECDHE and DHE suites do not have this problem.",
         [](const SuiteInfo &s) { return !hasForwardSecrecy(s) && s.auth != QLatin1String("anon") && s.enc != QLatin1String("NULL"); }},
    };
    for (const CipherRule &rule : cipherRules) {
        const QString evidence = suiteEvidence(scan, rule.match);
        if (evidence.isEmpty())
            continue;
        out << make(rule.id, rule.severity, QString::fromLatin1(rule.title), QString::fromLatin1(rule.detail), evidence);
    }

    // Connections were made ready for TLS, the probes went out, and not one came back as TLS
    // (no hello, no alert): the same fact a session reports as starttls.rejected.
    if (scan.handshakes > 0 && scan.tlsAnswers == 0) {
        if (context.starttls)
            out << make("starttls.rejected", Severity::High, QStringLiteral("The server accepted STARTTLS but did not start TLS"),
                        QStringLiteral("Every one of the scan's %1 connections got 220 to STARTTLS, and none of its TLS "
                                       "offers was answered in TLS (no ServerHello, no alert): the server closed, stalled "
                                       "or sent something else. The versions below are therefore not known, not refused. "
                                       "Partners see a broken connection and fall back to cleartext or defer.")
                            .arg(scan.handshakes),
                        QStringLiteral("%1 TLS attempt(s) after STARTTLS, 0 answered in TLS").arg(scan.handshakes));
        else
            out << make("tls.handshake_failed", Severity::High, QStringLiteral("The server does not answer in TLS"),
                        QStringLiteral("None of the scan's %1 TLS offers was answered in TLS (no ServerHello, no "
                                       "alert): the service closed, stalled or sent something else. The versions below "
                                       "are therefore not known, not refused.")
                            .arg(scan.handshakes),
                        QStringLiteral("%1 TLS attempt(s), 0 answered in TLS").arg(scan.handshakes));
    }

    // Answered with a ServerHello, then broken without a refusal from the server: what a session
    // reports as tls.handshake_failed, whatever the matrix above says about the version.
    if (scan.brokenAfterHello > 0)
        out << make("tls.handshake_failed", Severity::High, QStringLiteral("The TLS handshake breaks after the server's ServerHello"),
                    QStringLiteral("%1 of the scan's TLS offers got a ServerHello, and then the handshake broke without an "
                                   "alert from the server: the server closed the connection, stopped answering, or sent "
                                   "what is not valid TLS (our client then ended the handshake). The server picks a version "
                                   "and suite, so it is not refusing the offer, yet no client can finish the handshake: "
                                   "partners fall back to cleartext or defer, and a version shown below as not accepted may "
                                   "be one the server answers this way. The evidence fits several causes: the server "
                                   "failing after its hello (a certificate or key it cannot load or send, a crashing "
                                   "process: its log at the time of the scan tells), a certificate chain too large for any "
                                   "client, or a middlebox cutting or rewriting the connection (a session from another "
                                   "network, or mailtls session showing what arrived after the ServerHello, tells them "
                                   "apart).")
                        .arg(scan.brokenAfterHello),
                    QStringLiteral("%1; %2 TLS offer(s) ended this way").arg(scan.brokenAfterHelloFirst).arg(scan.brokenAfterHello));

    // Cleartext after the 220 to STARTTLS, before TLS: the session's starttls.data_after_220,
    // once per scan however many connections showed it.
    if (context.starttls && scan.bytesAfterStarttlsConnections > 0) {
        const int n = scan.bytesAfterStarttlsConnections;
        const QString bytes = scan.bytesAfterStarttls == scan.bytesAfterStarttlsLargest * n
            ? QStringLiteral("%1 byte(s) each").arg(scan.bytesAfterStarttlsLargest)
            : QStringLiteral("%1 byte(s) in all, at most %2 on one").arg(scan.bytesAfterStarttls).arg(scan.bytesAfterStarttlsLargest);
        out << make("starttls.data_after_220", Severity::Medium, QStringLiteral("The server sent data after its 220 to STARTTLS"),
                    QStringLiteral("On %1 of the scan's connections the server sent more bytes in cleartext after answering "
                                   "220 to STARTTLS, before the TLS handshake. RFC 3207 allows nothing there. Either the "
                                   "server answers commands it read before TLS from a buffer it keeps across STARTTLS (the "
                                   "STARTTLS command-injection flaw, CVE-2011-0411 and kin), or a middlebox adds data. The "
                                   "scan discarded the bytes; check the server's version against its advisories, and "
                                   "whether a proxy sits in front of it.")
                        .arg(n),
                    QStringLiteral("%1 of %2 connection(s) made ready for TLS: %3 after the 220 to STARTTLS")
                        .arg(n)
                        .arg(qMax(scan.handshakes, n))
                        .arg(bytes));
    }

    if (scan.dhBits > 0 && scan.dhBits < 2048) {
        QStringList dheSuites;
        for (const QString &version : scanVersions())
            for (const SuiteInfo &s : scan.ciphers.value(version))
                if (s.kex == QLatin1String("DHE") && !dheSuites.contains(s.iana))
                    dheSuites << s.iana;
        out << make("kex.dh_weak", scan.dhBits < 1024 ? Severity::High : Severity::Medium,
                    QStringLiteral("DHE uses a %1-bit prime").arg(scan.dhBits),
                    QStringLiteral("The Diffie-Hellman prime has %1 bits. Primes under 2048 bits are within reach of "
                                   "well-funded attackers (Logjam), and clients at OpenSSL security level 2 refuse "
                                   "them, so such partners fail to connect.").arg(scan.dhBits),
                    QStringLiteral("DH prime %1 bits; DHE suites: %2").arg(scan.dhBits).arg(dheSuites.join(QLatin1String(", "))));
    }

    if (scan.certificateTypes.contains(QStringLiteral("ECDSA")) && !scan.certificateTypes.contains(QStringLiteral("RSA")))
        out << make("cert.ecdsa_only", Severity::Medium, QStringLiteral("Only an ECDSA certificate is served"),
                    QStringLiteral("Every certificate the server served has an ECDSA key. Senders that offer only "
                                   "RSA-authenticated suites (older appliances, some Java and Windows stacks) find no "
                                   "shared suite and deliver in clear text or not at all. Serve an RSA certificate "
                                   "next to the ECDSA one."),
                    QStringLiteral("certificate types served: %1").arg(scan.certificateTypes.join(QLatin1String(", "))));

    // Protocol hygiene (scan.hygiene): only what was seen; an untested check raises nothing.
    const HygieneResult &h = scan.hygiene;
    if (h.present) {
        if (h.secureRenegotiation.state == CheckState::No)
            out << make("tls.no_secure_renegotiation", Severity::Medium, QStringLiteral("No secure renegotiation (RFC 5746)"),
                        QStringLiteral("The server's ServerHello carries no renegotiation_info, though the client signalled "
                                       "support. Without it a renegotiation cannot be tied to the handshake before it, so a "
                                       "man in the middle can splice his own data in front of a client's session "
                                       "(CVE-2009-3555), and current clients (OpenSSL 3 by default) refuse to connect at all. "
                                       "Every TLS library since 2010 supports it: an old library, a setting that turns it off, "
                                       "or a middlebox that strips it."),
                        h.secureRenegotiation.evidence);
        if (h.clientRenegotiation.state == CheckState::Yes)
            out << make("tls.client_renegotiation", Severity::Low, QStringLiteral("The server accepts client-initiated renegotiation"),
                        QStringLiteral("A client may ask this server for a fresh handshake on an open connection, again and "
                                       "again: each costs the server a private-key operation and the client almost nothing, "
                                       "a cheap way to load the server (a denial of service). No mail client needs it: "
                                       "turn it off where the TLS library allows."),
                        h.clientRenegotiation.evidence);
        if (h.fallbackScsv.state == CheckState::No)
            out << make("tls.no_fallback_scsv", Severity::Low, QStringLiteral("No downgrade protection by TLS_FALLBACK_SCSV (RFC 7507)"),
                        QStringLiteral("A hello for a version below the server's highest, marked with TLS_FALLBACK_SCSV, was "
                                       "accepted instead of refused with inappropriate_fallback. A client that retries with "
                                       "a lower version after a failed handshake can then be pushed down to it by whoever "
                                       "breaks the first attempt. Current TLS libraries refuse such hellos on their own."),
                        h.fallbackScsv.evidence);
        if (h.downgradeSentinel.state == CheckState::No)
            out << make("tls.no_downgrade_sentinel", Severity::Low, QStringLiteral("No TLS 1.3 downgrade sentinel"),
                        QStringLiteral("The server speaks TLS 1.3, but when it negotiates TLS 1.2 or lower its "
                                       "ServerHello.random does not end in the marker RFC 8446 (4.1.3) prescribes. TLS 1.3 "
                                       "clients look for it to detect an attacker who removed TLS 1.3 from their hello; "
                                       "without it, that downgrade goes unnoticed. A TLS-terminating device in front of the "
                                       "server that rewrites the hello is a common cause."),
                        h.downgradeSentinel.evidence);
        if (h.extendedMasterSecret.state == CheckState::No)
            out << make("tls.no_ems", Severity::Low, QStringLiteral("No extended master secret (RFC 7627)"),
                        QStringLiteral("The server does not use the extended master secret in TLS 1.2 and below, so the "
                                       "session keys are not bound to the whole handshake: the triple-handshake attack "
                                       "(resumption and renegotiation across two servers) stays possible, and clients in "
                                       "FIPS mode may refuse the connection. TLS libraries have supported it since 2015."),
                        h.extendedMasterSecret.evidence);
        if (h.encryptThenMac.state == CheckState::No)
            out << make("tls.no_etm", Severity::Low, QStringLiteral("CBC suites without encrypt-then-MAC (RFC 7366)"),
                        QStringLiteral("The server negotiates CBC suites in MAC-then-encrypt order, the construction behind "
                                       "padding-oracle and timing attacks (Lucky Thirteen, POODLE-style). With the "
                                       "encrypt_then_mac extension the record is authenticated before it is decrypted. "
                                       "Preferring AEAD suites (GCM, ChaCha20) avoids the question for capable senders."),
                        h.encryptThenMac.evidence);
    }

    // A limit only when the server said so (a 421, a close, a refused connect). A greeting that
    // never came is no answer: a tarpit, or a loaded server that had not yet accepted the
    // connection. Then the finding says what was seen and both readings, and claims no limit.
    const QString silentPart = context.noGreetingRetries > 0
        ? QStringLiteral("%1 of them after no greeting in time (first: %2)").arg(context.noGreetingRetries).arg(context.noGreetingReason)
        : QString();
    if (context.rateLimited) {
        QString evidence = QStringLiteral("%1 retries; first: %2").arg(context.retries).arg(context.busyReason);
        if (!silentPart.isEmpty())
            evidence += QStringLiteral("; ") + silentPart;
        out << make("smtp.rate_limited", Severity::Info, QStringLiteral("The server limited the scan's connections"),
                    QStringLiteral("The server turned connections away while we scanned (a 421 reply, a close before "
                                   "the greeting or during the dialogue, or a refused connect once it had answered). "
                                   "The scan waited and retried, so the results are complete; it only took longer. Busy "
                                   "answers were never counted as refusals."),
                    evidence);
    } else if (context.noGreetingRetries > 0) {
        out << make("smtp.slow_greeting", Severity::Info, QStringLiteral("Some connections got no greeting in time"),
                    QStringLiteral("The TCP connection was made, but the server sent no greeting within the timeout, "
                                   "and it never answered 421 or closed a connection. That fits two readings: a "
                                   "deliberate delay (a tarpit, a connection limit that holds instead of refusing), or a "
                                   "server or machine too loaded to take the connection in time (the kernel completes "
                                   "the TCP handshake; while the listen queue is full, the mail server accepts it seconds "
                                   "later, and a slow TCP connect points the same way). Which one, the scan cannot tell; "
                                   "the server's log at the time of the scan can (a connection logged late, or not at "
                                   "all, is load). The scan waited and retried, so the results are complete; no limit "
                                   "is claimed."),
                    QStringLiteral("%1 retries, all after no greeting in time; first: %2; no 421 or close from the server")
                        .arg(context.retries)
                        .arg(context.noGreetingReason));
    }
    return out;
}

} // namespace mailtls::core
