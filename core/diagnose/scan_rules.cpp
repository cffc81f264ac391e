#include "diagnose/scan_rules.h"

#include <QSet>

#include <algorithm>
#include <functional>

#include "catalog/cipher_catalog.h"
#include "diagnose/advice.h"

namespace mailtls::core {

namespace {

// A scan rule's finding; its fix comes from diagnose/advice.
Finding make(const char *id, Severity severity, const Phrase &title, const Phrase &detail, const QString &evidence)
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

Finding scanStarttlsNotOffered(const QString &evidence)
{
    return make("starttls.not_offered", Severity::High, phrase("Findings", "The server does not offer STARTTLS"),
                phrase("Findings", "The server's answer before TLS does not list STARTTLS (POP3: STLS), so every "
                                   "client either talks in cleartext (passwords and mail readable on the path) or, "
                                   "if it requires TLS, cannot connect at all."),
                evidence);
}

Findings scanFindings(const ScanResult &scan, const ScanRuleContext &context)
{
    Findings out;
    if (!scan.present)
        return out;
    auto accepted = [&](const char *v) { return scan.protocols.value(QString::fromLatin1(v), false); };

    if (accepted("SSLv2"))
        out << make("protocol.sslv2_enabled", Severity::Critical, phrase("Findings", "SSLv2 is accepted"),
                    phrase("Findings", "SSL 2.0 (1995) is broken beyond repair: an attacker can decrypt sessions (DROWN) "
                                       "even of other servers that share the key. No mail client needs it."),
                    QStringLiteral("SSLv2 handshake accepted"));
    if (accepted("SSLv3"))
        out << make("protocol.sslv3_enabled", Severity::High, phrase("Findings", "SSLv3 is accepted"),
                    phrase("Findings", "SSL 3.0 (1996) is vulnerable to POODLE and only offers weak ciphers. "
                                       "Mail servers from this decade never need it."),
                    QStringLiteral("SSLv3: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("SSLv3")).size()));
    if (accepted("TLSv1"))
        out << make("protocol.tls10_enabled", Severity::Low, phrase("Findings", "TLS 1.0 is accepted"),
                    phrase("Findings", "TLS 1.0 (1999) is deprecated (RFC 8996). For mail it is still better than "
                                       "plaintext, so some sites keep it for old senders; turn it off once your logs "
                                       "show no partner using it."),
                    QStringLiteral("TLSv1: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("TLSv1")).size()));
    if (accepted("TLSv1.1"))
        out << make("protocol.tls11_enabled", Severity::Low, phrase("Findings", "TLS 1.1 is accepted"),
                    phrase("Findings", "TLS 1.1 (2006) is deprecated (RFC 8996) and almost no sender offers it without "
                                       "also offering TLS 1.2."),
                    QStringLiteral("TLSv1.1: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("TLSv1.1")).size()));
    const bool anyTls = std::any_of(scan.protocols.cbegin(), scan.protocols.cend(), [](bool b) { return b; });
    if (anyTls && scan.protocols.contains(QStringLiteral("TLSv1.3")) && !accepted("TLSv1.3"))
        out << make("protocol.tls13_missing", Severity::Low, phrase("Findings", "TLS 1.3 is not accepted"),
                    phrase("Findings", "TLS 1.3 is faster (one round trip less), always has forward secrecy and hides "
                                       "the certificate from eavesdroppers. It needs GnuTLS >= 3.6.5 or OpenSSL >= 1.1.1."),
                    QStringLiteral("TLSv1.3 hello refused"));

    struct CipherRule {
        const char *id;
        Severity severity;
        Phrase title;
        Phrase detail;
        std::function<bool(const SuiteInfo &)> match;
    };
    const QList<CipherRule> cipherRules = {
        {"cipher.null", Severity::High, phrase("Findings", "Suites without encryption (NULL) are accepted"),
         phrase("Findings", "A NULL suite authenticates but does not encrypt: everything, passwords included, crosses the network "
                            "in clear text while the client believes it is protected."),
         [](const SuiteInfo &s) { return s.enc == QLatin1String("NULL"); }},
        {"cipher.anonymous", Severity::High, phrase("Findings", "Anonymous suites (no server authentication) are accepted"),
         phrase("Findings", "Anonymous Diffie-Hellman encrypts without proving who the server is, so anyone in the path can sit in the "
                            "middle. Opportunistic senders gain nothing from it that an ordinary suite would not give."),
         [](const SuiteInfo &s) { return s.auth == QLatin1String("anon"); }},
        {"cipher.export", Severity::High, phrase("Findings", "EXPORT-grade suites are accepted"),
         phrase("Findings", "EXPORT suites use 40- or 56-bit keys from the 1990s US export rules; they can be broken in hours "
                            "(FREAK, Logjam)."),
         [](const SuiteInfo &s) { return isExportSuite(s); }},
        {"cipher.rc4", Severity::Medium, phrase("Findings", "RC4 suites are accepted"),
         phrase("Findings", "RC4 has statistical biases that leak plaintext over many connections (RFC 7465 forbids it)."),
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("RC4")); }},
        {"cipher.des", Severity::Medium, phrase("Findings", "Single-DES suites are accepted"),
         phrase("Findings", "DES has a 56-bit key; it was brute-forced in 1998."),
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("DES-")) || s.enc.startsWith(QLatin1String("DES40")); }},
        {"cipher.3des", Severity::Low, phrase("Findings", "64-bit block ciphers (3DES, IDEA) are accepted: SWEET32"),
         phrase("Findings", "3DES and IDEA have a 64-bit block: after some gigabytes under one key, blocks collide and leak data "
                            "(SWEET32, CVE-2016-2183). Only very old senders (Windows XP era) need them."),
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("3DES")) || s.enc.startsWith(QLatin1String("IDEA")); }},
        {"cipher.no_forward_secrecy", Severity::Low, phrase("Findings", "Suites without forward secrecy are accepted"),
         phrase("Findings", "With static RSA or DH key exchange, whoever obtains the server's private key later can decrypt every "
                            "recorded session. ECDHE and DHE suites do not have this problem."),
         [](const SuiteInfo &s) { return !hasForwardSecrecy(s) && s.auth != QLatin1String("anon") && s.enc != QLatin1String("NULL"); }},
    };
    for (const CipherRule &rule : cipherRules) {
        const QString evidence = suiteEvidence(scan, rule.match);
        if (evidence.isEmpty())
            continue;
        out << make(rule.id, rule.severity, rule.title, rule.detail, evidence);
    }
    // Attack names an auditor's checklist uses, each on exactly one finding (docs/CONTRACTS.md):
    // SWEET32 on cipher.3des, FREAK / LOGJAM on cipher.export (LOGJAM on kex.dh_weak instead
    // when the prime is under 1024 bits), POODLE on protocol.sslv3_enabled, BEAST and LUCKY13 below.
    const bool logjamOnDh = scan.dhBits > 0 && scan.dhBits < 1024;
    for (Finding &f : out) {
        if (f.id == QLatin1String("cipher.export")) {
            QStringList names;
            if (!suiteEvidence(scan, [](const SuiteInfo &x) { return isExportSuite(x) && x.kex == QLatin1String("RSA"); }).isEmpty())
                names << QStringLiteral("FREAK");
            if (!logjamOnDh && !suiteEvidence(scan, [](const SuiteInfo &x) { return isExportSuite(x) && x.kex.contains(QLatin1String("DH")); }).isEmpty())
                names << QStringLiteral("LOGJAM");
            if (!names.isEmpty())
                setTitle(&f, phrase("Findings", "%1: %2").arg(f.titlePhrase).arg(names.join(QLatin1String(", "))));
        } else if (f.id == QLatin1String("protocol.sslv3_enabled")) {
            if (!suiteEvidence(scan, [](const SuiteInfo &x) { return x.enc.endsWith(QLatin1String("-CBC")); }).isEmpty()
                && std::any_of(scan.ciphers.value(QStringLiteral("SSLv3")).cbegin(), scan.ciphers.value(QStringLiteral("SSLv3")).cend(),
                               [](const SuiteInfo &x) { return x.enc.endsWith(QLatin1String("-CBC")); }))
                setTitle(&f, phrase("Findings", "%1 with CBC suites: POODLE").arg(f.titlePhrase));
        }
    }
    {
        auto cbc = [](const SuiteInfo &x) { return x.enc.endsWith(QLatin1String("-CBC")); };
        QStringList tls10;
        for (const SuiteInfo &x : scan.ciphers.value(QStringLiteral("TLSv1")))
            if (cbc(x))
                tls10 << (x.iana.isEmpty() ? QStringLiteral("0x%1").arg(x.code, 4, 16, QLatin1Char('0')) : x.iana);
        if (!tls10.isEmpty())
            out << make("tls.beast", Severity::Info, phrase("Findings", "CBC suites in TLS 1.0: BEAST"),
                        phrase("Findings", "In TLS 1.0 a CBC record's IV is the last block of the record before, which a "
                                           "browser-style attacker who injects chosen plaintext can exploit (BEAST, 2011). "
                                           "Mail clients do not run attacker scripts, and today's clients split records "
                                           "(1/n-1), so this is listed for completeness; turning TLS 1.0 off removes it."),
                        QStringLiteral("TLSv1: %1").arg(tls10.join(QLatin1String(", "))));
        const QString cbcSuites = suiteEvidence(scan, [&](const SuiteInfo &x) { return cbc(x); });
        // Where tls.no_etm is raised (CBC without encrypt-then-MAC seen), LUCKY13 goes on its title instead.
        const bool etmKnown = scan.hygiene.present
            && (scan.hygiene.encryptThenMac.state == CheckState::Yes || scan.hygiene.encryptThenMac.state == CheckState::No);
        if (!cbcSuites.isEmpty() && !etmKnown)
            out << make("tls.lucky13", Severity::Info, phrase("Findings", "CBC suites with MAC-then-encrypt: LUCKY13"),
                        phrase("Findings", "CBC suites check the MAC after decrypting and removing the padding; the time that "
                                           "takes leaks whether the padding was right (Lucky Thirteen, CVE-2013-0169). Current "
                                           "TLS libraries answer in constant time and encrypt_then_mac (RFC 7366) removes the "
                                           "question; AEAD suites (GCM, ChaCha20) never have it."),
                        cbcSuites);
    }

    // Connections were made ready for TLS, the probes went out, and not one came back as TLS
    // (no hello, no alert): the same fact a session reports as starttls.rejected.
    if (scan.handshakes > 0 && scan.tlsAnswers == 0) {
        if (context.starttls)
            out << make("starttls.rejected", Severity::High, phrase("Findings", "The server accepted STARTTLS but did not start TLS"),
                        phrase("Findings", "Every one of the scan's %1 connections got 220 to STARTTLS, and none of its TLS "
                                           "offers was answered in TLS (no ServerHello, no alert): the server closed, stalled "
                                           "or sent something else. The versions below are therefore not known, not refused. "
                                           "Partners see a broken connection and fall back to cleartext or defer.")
                            .arg(scan.handshakes),
                        QStringLiteral("%1 TLS attempt(s) after STARTTLS, 0 answered in TLS").arg(scan.handshakes));
        else
            out << make("tls.handshake_failed", Severity::High, phrase("Findings", "The server does not answer in TLS"),
                        phrase("Findings", "None of the scan's %1 TLS offers was answered in TLS (no ServerHello, no "
                                           "alert): the service closed, stalled or sent something else. The versions below "
                                           "are therefore not known, not refused.")
                            .arg(scan.handshakes),
                        QStringLiteral("%1 TLS attempt(s), 0 answered in TLS").arg(scan.handshakes));
    }

    // Answered with a ServerHello, then broken without a refusal from the server: what a session
    // reports as tls.handshake_failed, whatever the matrix above says about the version.
    if (scan.brokenAfterHello > 0)
        out << make("tls.handshake_failed", Severity::High, phrase("Findings", "The TLS handshake breaks after the server's ServerHello"),
                    phrase("Findings", "%1 of the scan's TLS offers got a ServerHello, and then the handshake broke without an "
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
        out << make("starttls.data_after_220", Severity::Medium, phrase("Findings", "The server sent data after its 220 to STARTTLS"),
                    phrase("Findings", "On %1 of the scan's connections the server sent more bytes in cleartext after answering "
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
                    (scan.dhBits < 1024 ? phrase("Findings", "DHE uses a %1-bit prime: LOGJAM") : phrase("Findings", "DHE uses a %1-bit prime"))
                        .arg(scan.dhBits),
                    phrase("Findings", "The Diffie-Hellman prime has %1 bits. Primes under 2048 bits are within reach of "
                                       "well-funded attackers (Logjam), and clients at OpenSSL security level 2 refuse "
                                       "them, so such partners fail to connect.").arg(scan.dhBits),
                    QStringLiteral("DH prime %1 bits; DHE suites: %2").arg(scan.dhBits).arg(dheSuites.join(QLatin1String(", "))));
    }

    // DHE suites that break the handshake while the version's other suites work: a server with
    // DHE enabled but no DH parameters to use (Dovecot without ssl_dh). Not a refusal: a client
    // whose first choice is DHE gets no TLS at all from it.
    if (!scan.dheFailing.isEmpty()) {
        QStringList versions;
        int suites = 0;
        for (auto it = scan.dheFailing.cbegin(); it != scan.dheFailing.cend(); ++it) {
            versions << it.key();
            suites += int(it.value().size());
        }
        out << make("kex.dhe_fails", Severity::Medium, phrase("Findings", "DHE suites break the handshake"),
                    phrase("Findings", "Offered on their own, the server's DHE suites (%1 of them, %2) ended the handshake "
                                       "without a refusal, while the other suites of the same version work. The server has "
                                       "DHE enabled but cannot complete it, most often because it has no Diffie-Hellman "
                                       "parameters (Dovecot without ssl_dh logs \"Diffie-Hellman key exchange requested, but "
                                       "no DH parameters provided\"). A client that prefers DHE, or offers nothing else, gets "
                                       "no TLS from this server and falls back to cleartext or gives up. Give the server DH "
                                       "parameters, or take DHE out of its cipher list.")
                        .arg(suites).arg(versions.join(QLatin1String(", "))),
                    scan.dheFailingEvidence.isEmpty()
                        ? QStringLiteral("DHE suites failing: %1").arg(versions.join(QLatin1String(", ")))
                        : scan.dheFailingEvidence);
    }

    if (scan.certificateTypes.contains(QStringLiteral("ECDSA")) && !scan.certificateTypes.contains(QStringLiteral("RSA")))
        out << make("cert.ecdsa_only", Severity::Medium, phrase("Findings", "Only an ECDSA certificate is served"),
                    phrase("Findings", "Every certificate the server served has an ECDSA key. Senders that offer only "
                                       "RSA-authenticated suites (older appliances, some Java and Windows stacks) find no "
                                       "shared suite and deliver in clear text or not at all. Serve an RSA certificate "
                                       "next to the ECDSA one."),
                    QStringLiteral("certificate types served: %1").arg(scan.certificateTypes.join(QLatin1String(", "))));

    // Protocol hygiene (scan.hygiene): only what was seen; an untested check raises nothing.
    const HygieneResult &h = scan.hygiene;
    if (h.present) {
        if (h.secureRenegotiation.state == CheckState::No)
            out << make("tls.no_secure_renegotiation", Severity::Medium, phrase("Findings", "No secure renegotiation (RFC 5746)"),
                        phrase("Findings", "The server's ServerHello carries no renegotiation_info, though the client signalled "
                                           "support. Without it a renegotiation cannot be tied to the handshake before it, so a "
                                           "man in the middle can splice his own data in front of a client's session "
                                           "(CVE-2009-3555), and current clients (OpenSSL 3 by default) refuse to connect at all. "
                                           "Every TLS library since 2010 supports it: an old library, a setting that turns it off, "
                                           "or a middlebox that strips it."),
                        h.secureRenegotiation.evidence);
        if (h.clientRenegotiation.state == CheckState::Yes)
            out << make("tls.client_renegotiation", Severity::Low, phrase("Findings", "The server accepts client-initiated renegotiation"),
                        phrase("Findings", "A client may ask this server for a fresh handshake on an open connection, again and "
                                           "again: each costs the server a private-key operation and the client almost nothing, "
                                           "a cheap way to load the server (a denial of service). No mail client needs it: "
                                           "turn it off where the TLS library allows. (Not to be confused with openssl "
                                           "s_client, which renegotiates when a typed line starts with R, as in RCPT TO: "
                                           "a server that refuses then ends the session, which is the right answer.)"),
                        h.clientRenegotiation.evidence);
        if (h.fallbackScsv.state == CheckState::No)
            out << make("tls.no_fallback_scsv", Severity::Low, phrase("Findings", "No downgrade protection by TLS_FALLBACK_SCSV (RFC 7507)"),
                        phrase("Findings", "A hello for a version below the server's highest, marked with TLS_FALLBACK_SCSV, was "
                                           "accepted instead of refused with inappropriate_fallback. A client that retries with "
                                           "a lower version after a failed handshake can then be pushed down to it by whoever "
                                           "breaks the first attempt. Current TLS libraries refuse such hellos on their own."),
                        h.fallbackScsv.evidence);
        if (h.downgradeSentinel.state == CheckState::No)
            out << make("tls.no_downgrade_sentinel", Severity::Low, phrase("Findings", "No TLS 1.3 downgrade sentinel"),
                        phrase("Findings", "The server speaks TLS 1.3, but when it negotiates TLS 1.2 or lower its "
                                           "ServerHello.random does not end in the marker RFC 8446 (4.1.3) prescribes. TLS 1.3 "
                                           "clients look for it to detect an attacker who removed TLS 1.3 from their hello; "
                                           "without it, that downgrade goes unnoticed. A TLS-terminating device in front of the "
                                           "server that rewrites the hello is a common cause."),
                        h.downgradeSentinel.evidence);
        if (h.extendedMasterSecret.state == CheckState::No)
            out << make("tls.no_ems", Severity::Low, phrase("Findings", "No extended master secret (RFC 7627)"),
                        phrase("Findings", "The server does not use the extended master secret in TLS 1.2 and below, so the "
                                           "session keys are not bound to the whole handshake: the triple-handshake attack "
                                           "(resumption and renegotiation across two servers) stays possible, and clients in "
                                           "FIPS mode may refuse the connection. TLS libraries have supported it since 2015."),
                        h.extendedMasterSecret.evidence);
        if (h.encryptThenMac.state == CheckState::No)
            out << make("tls.no_etm", Severity::Low, phrase("Findings", "CBC suites without encrypt-then-MAC (RFC 7366): LUCKY13"),
                        phrase("Findings", "The server negotiates CBC suites in MAC-then-encrypt order, the construction behind "
                                           "padding-oracle and timing attacks (Lucky Thirteen, POODLE-style). With the "
                                           "encrypt_then_mac extension the record is authenticated before it is decrypted. "
                                           "Preferring AEAD suites (GCM, ChaCha20) avoids the question for capable senders."),
                        h.encryptThenMac.evidence);
        // Resumption, OCSP stapling and 0-RTT (scan/resumption_probes.h).
        const auto settledNo = [](const HygieneCheck &c) { return c.state == CheckState::No || c.state == CheckState::NotApplicable; };
        if (settledNo(h.sessionIdResumption) && settledNo(h.ticketResumption) && settledNo(h.tls13Resumption)
            && (h.sessionIdResumption.state == CheckState::No || h.ticketResumption.state == CheckState::No
                || h.tls13Resumption.state == CheckState::No)) {
            QStringList evidence;
            for (const HygieneCheck *c : {&h.sessionIdResumption, &h.ticketResumption, &h.tls13Resumption})
                if (c->state == CheckState::No)
                    evidence << c->evidence;
            out << make("tls.no_resumption", Severity::Info, phrase("Findings", "No TLS session resumption"),
                        phrase("Findings", "The server resumed no earlier session, neither by session id nor by ticket: every "
                                           "connection pays a full handshake (a certificate sent, a key exchange and a "
                                           "signature). For a mail server that costs little, since few senders keep sessions "
                                           "(Postfix's smtp client does, with smtp_tls_session_cache_database); it matters "
                                           "more for a busy submission service or a peer that delivers over many "
                                           "connections."),
                        evidence.join(QLatin1String("; ")));
        }
        if (h.mustStaple && h.ocspStapling.state == CheckState::No)
            out << make("tls.ocsp_must_staple_missing", Severity::High, phrase("Findings", "Must-staple certificate served without a staple"),
                        phrase("Findings", "The certificate carries the TLS feature status_request (RFC 7633, \"must-staple\"): "
                                           "it promises that the server always staples an OCSP response. The server sent none, "
                                           "so every client that honours the promise (Firefox, and any TLS stack that checks "
                                           "RFC 7633) must refuse the connection as if the certificate were revoked. Configure "
                                           "stapling, or get a certificate without must-staple."),
                        h.ocspStapling.evidence);
        if (h.ocspStapling.state == CheckState::Yes && h.ocspStatus == QLatin1String("revoked"))
            out << make("tls.ocsp_staple_revoked", Severity::High, phrase("Findings", "The stapled OCSP response says the certificate is revoked"),
                        phrase("Findings", "The server itself staples its CA's answer that the certificate is revoked. Every "
                                           "client that looks at the staple fails verification, and the certificate cannot be "
                                           "trusted anyway: replace it (new key, new certificate) and fetch a fresh staple."),
                        h.ocspStapling.evidence);
        // Stale: nextUpdate before the moment of the scan (thisUpdate + age), so a saved report
        // reads the same later.
        const QDateTime scannedAt = h.ocspThisUpdate.isValid() && h.ocspAgeSeconds >= 0 ? h.ocspThisUpdate.addSecs(h.ocspAgeSeconds)
                                                                                         : QDateTime();
        if (h.ocspStapling.state == CheckState::Yes && h.ocspStatus != QLatin1String("revoked") && h.ocspNextUpdate.isValid()
            && scannedAt.isValid() && h.ocspNextUpdate < scannedAt)
            out << make("tls.ocsp_staple_stale", Severity::Medium, phrase("Findings", "The stapled OCSP response has expired"),
                        phrase("Findings", "The staple's nextUpdate had passed when the server sent it: the server keeps serving "
                                           "an old response instead of fetching a new one. Clients that check staples treat an "
                                           "expired one as no answer or as a failure (with a must-staple certificate, a hard "
                                           "one). Whatever refreshes the OCSP file has stopped working."),
                        h.ocspStapling.evidence);
        if (h.ocspStapling.state == CheckState::Yes && (h.ocspStatus.isEmpty() || h.ocspStatus == QLatin1String("unknown")))
            out << make("tls.ocsp_staple_unusable", Severity::Low, phrase("Findings", "The stapled OCSP response does not vouch for the certificate"),
                        phrase("Findings", "The server staples something, but not a usable answer for its certificate: no OCSP "
                                           "response, an error status, no entry for the served certificate, or \"unknown\" "
                                           "(often the response of another certificate or issuer). Clients ignore it at best; "
                                           "the OCSP file is the wrong one or out of date."),
                        h.ocspStapling.evidence);
        if (h.earlyData.state == CheckState::Yes)
            out << make("tls.early_data_accepted", Severity::Info, phrase("Findings", "The server accepts TLS 1.3 early data (0-RTT)"),
                        phrase("Findings", "Data a client sends with its first flight on a resumed TLS 1.3 connection is taken "
                                           "before the handshake is done. Such data can be replayed by an attacker who recorded "
                                           "it; the server must treat it as replayable. SMTP commands sent early are mostly "
                                           "harmless to repeat (EHLO), but a replayed message transaction would be delivered "
                                           "twice; mail clients and MTAs hardly ever use 0-RTT."),
                        h.earlyData.evidence);
        // Known attacks (scan/attack_probes.h): Yes is "vulnerable", on clear evidence only.
        if (h.heartbleedLeak.state == CheckState::Yes)
            out << make("tls.heartbleed", Severity::Critical, phrase("Findings", "Heartbleed: the server leaks memory (CVE-2014-0160)"),
                        phrase("Findings", "The server answered a heartbeat request with more bytes than the request carried: "
                                           "the rest is its own memory, which can hold private keys, passwords and other "
                                           "users' mail. Anyone who can connect can read it, without leaving a trace in the "
                                           "usual logs. The TLS library is OpenSSL 1.0.1 to 1.0.1f or something built the same "
                                           "way. Upgrade it now, then replace the certificate's key and revoke the old certificate, "
                                           "and treat every password used over TLS with this server as known. (The leaked bytes "
                                           "were neither kept nor shown.)"),
                        h.heartbleedLeak.evidence);
        if (h.ccsInjectionAccepted.state == CheckState::Yes)
            out << make("tls.ccs_injection", Severity::High, phrase("Findings", "CCS injection: an early ChangeCipherSpec is accepted (CVE-2014-0224)"),
                        phrase("Findings", "The server took a ChangeCipherSpec before any key exchange and switched to keys made "
                                           "from an empty premaster. A man in the middle between two such peers can make them use "
                                           "keys he knows and read or change the session. The TLS library is an OpenSSL before "
                                           "0.9.8za, 1.0.0m or 1.0.1h: upgrade it."),
                        h.ccsInjectionAccepted.evidence);
        if (h.robotOracle.state == CheckState::Yes)
            out << make("tls.robot", Severity::High, phrase("Findings", "ROBOT: an RSA padding oracle (Bleichenbacher)"),
                        phrase("Findings", "The server answers malformed RSA-encrypted premasters differently from a well-formed "
                                           "one. With many such connections an attacker can decrypt recorded sessions that used "
                                           "RSA key exchange, or sign with the server's key (Return Of Bleichenbacher's Oracle "
                                           "Threat, 2017). Upgrade the TLS library (or the appliance's firmware) and disable the "
                                           "RSA key exchange suites (TLS_RSA_*): ECDHE suites do not use the premaster this way."),
                        h.robotOracle.evidence);
        if (h.ticketbleedLeak.state == CheckState::Yes)
            out << make("tls.ticketbleed", Severity::High, phrase("Findings", "Ticketbleed: the session id leaks memory (CVE-2016-9244)"),
                        phrase("Findings", "The server echoed a 1-byte session id sent with a session ticket as a 32-byte one: "
                                           "the 31 extra bytes are its memory, which may hold other connections' session "
                                           "secrets. Known from F5 BIG-IP with session tickets on; upgrade the firmware or turn "
                                           "session tickets off on that profile."),
                        h.ticketbleedLeak.evidence);
    }

    // STARTTLS's own weaknesses (scan.starttls): only what was seen; MAIL and AUTH before TLS
    // are faults on submission only (an MX taking cleartext mail is opportunistic TLS).
    const StartTlsChecks &st = scan.starttls;
    if (st.present) {
        if (st.commandInjection.state == CheckState::Yes)
            out << make("starttls.command_injection", Severity::High,
                        phrase("Findings", "Commands sent before STARTTLS are executed inside TLS"),
                        phrase("Findings", "A command written in cleartext right behind STARTTLS was kept by the server and "
                                           "answered inside the TLS session (the CVE-2011-0411 kind of bug). A man in the "
                                           "middle can therefore inject commands (a MAIL FROM, a RCPT TO; in IMAP, POP3 or "
                                           "ManageSieve a login or a command on the mailbox) that run as if the "
                                           "client had sent them under TLS, and steer or capture its mail or its "
                                           "authentication. The server must discard everything it read before the handshake."),
                        st.commandInjection.evidence);
        // The lane saw no STARTTLS (STLS) in EHLO or the capability list: the same id as a session.
        const HygieneCheck &noStarttls = st.authBeforeTls.state == CheckState::NotApplicable ? st.authBeforeTls : st.commandInjection;
        if (noStarttls.state == CheckState::NotApplicable)
            out << scanStarttlsNotOffered(noStarttls.evidence);
        // IMAP, POP3, ManageSieve: a password login before TLS raises the session's ids.
        const QString &dialect = context.dialect;
        if (st.authBeforeTls.state == CheckState::Yes && dialect == QLatin1String("imap"))
            out << make("imap.login_before_tls", Severity::High, phrase("Findings", "IMAP accepts passwords before STARTTLS"),
                        phrase("Findings", "On the unencrypted connection the server offers a password login (no LOGINDISABLED, "
                                           "or AUTH=PLAIN/LOGIN listed) or began an AUTHENTICATE PLAIN exchange, so a mail "
                                           "client that does not insist on STARTTLS sends the user's password in cleartext. "
                                           "A server that refuses cleartext logins says LOGINDISABLED and refuses "
                                           "AUTHENTICATE PLAIN until TLS is up (RFC 9051 6.2.3). The probe cancelled the "
                                           "exchange; no credentials were sent."),
                        st.authBeforeTls.evidence);
        else if (st.authBeforeTls.state == CheckState::Yes && dialect == QLatin1String("pop3"))
            out << make("pop3.plaintext_auth", Severity::High, phrase("Findings", "POP3 offers password logins before STLS"),
                        phrase("Findings", "On the unencrypted connection the CAPA list offers USER or SASL PLAIN/LOGIN, or "
                                           "the server began an AUTH PLAIN exchange, so a mail client that does not insist on "
                                           "STLS sends the user's password in cleartext (RFC 2595 4, RFC 8314). The probe "
                                           "cancelled the exchange; no credentials were sent."),
                        st.authBeforeTls.evidence);
        else if (st.authBeforeTls.state == CheckState::Yes && dialect == QLatin1String("sieve"))
            out << make("sieve.auth_before_tls", Severity::High, phrase("Findings", "ManageSieve offers SASL before STARTTLS"),
                        phrase("Findings", "The capability list the server greets with names SASL mechanisms on the unencrypted "
                                           "connection, or it began an AUTHENTICATE \"PLAIN\" exchange, so a Sieve client that "
                                           "does not insist on STARTTLS sends the user's password in cleartext (RFC 5804 2.1 "
                                           "and 4). The probe cancelled the exchange; no credentials were sent."),
                        st.authBeforeTls.evidence);
        const bool access = dialect == QLatin1String("imap") || dialect == QLatin1String("pop3") || dialect == QLatin1String("sieve");
        const bool submission = st.role == QLatin1String("submission") && !access;
        if (submission && st.mailBeforeTls.state == CheckState::Yes)
            out << make("submission.mail_before_tls", Severity::High,
                        phrase("Findings", "The submission port accepts MAIL before STARTTLS"),
                        phrase("Findings", "On the submission port (587) the server accepted MAIL FROM before TLS was "
                                           "started. A client that is stripped of STARTTLS by a man in the middle sends its "
                                           "whole message, and often its password, in cleartext; RFC 8314 asks submission "
                                           "servers to require TLS first. (An MX on port 25 accepting cleartext mail is "
                                           "normal and raises nothing.)"),
                        st.mailBeforeTls.evidence);
        if (submission && st.authBeforeTls.state == CheckState::Yes)
            out << make("submission.auth_before_tls", Severity::High,
                        phrase("Findings", "The submission port offers AUTH before STARTTLS"),
                        phrase("Findings", "On the submission port (587) the EHLO answer before TLS advertises AUTH, so a "
                                           "client (or one whose STARTTLS an attacker removed) may send its user name and "
                                           "password in cleartext. Offer AUTH only once TLS is up."),
                        st.authBeforeTls.evidence);
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
        out << make("smtp.rate_limited", Severity::Info, phrase("Findings", "The server limited the scan's connections"),
                    phrase("Findings", "The server turned connections away while we scanned (a 421 reply, a close before "
                                       "the greeting or during the dialogue, or a refused connect once it had answered). "
                                       "The scan waited and retried, so the results are complete; it only took longer. Busy "
                                       "answers were never counted as refusals."),
                    evidence);
    } else if (context.noGreetingRetries > 0) {
        out << make("smtp.slow_greeting", Severity::Info, phrase("Findings", "Some connections got no greeting in time"),
                    phrase("Findings", "The TCP connection was made, but the server sent no greeting within the timeout, "
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
