#include "diagnose/scan_rules.h"

#include <QSet>

#include <algorithm>
#include <functional>

#include "catalog/cipher_catalog.h"

namespace mailtls::core {

namespace {

const char *const kEximGnutlsNote =
    "Debian's Exim is built with GnuTLS: tls_require_ciphers takes a GnuTLS priority string. "
    "An Exim built with OpenSSL takes an OpenSSL cipher list there instead, and only it knows openssl_options.";

Finding make(const char *id, Severity severity, const QString &title, const QString &detail, const QString &evidence,
             const QString &exim, const QString &postfix)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.evidence = evidence;
    f.fixExim = exim;
    f.fixPostfix = postfix;
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
    const QString gnutlsNote = QString::fromLatin1(kEximGnutlsNote);
    auto accepted = [&](const char *v) { return scan.protocols.value(QString::fromLatin1(v), false); };

    const QString eximProtocols = QStringLiteral(
        "# GnuTLS build (Debian):\ntls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2\n"
        "# OpenSSL build:\nopenssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1");
    const QString postfixProtocols = QStringLiteral(
        "smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n"
        "# Postfix < 3.6: smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1");

    if (accepted("SSLv2"))
        out << make("protocol.sslv2_enabled", Severity::Critical, QStringLiteral("SSLv2 is accepted"),
                    QStringLiteral("SSL 2.0 (1995) is broken beyond repair: an attacker can decrypt sessions (DROWN) "
                                   "even of other servers that share the key. No mail client needs it."),
                    QStringLiteral("SSLv2 handshake accepted"), eximProtocols, postfixProtocols);
    if (accepted("SSLv3"))
        out << make("protocol.sslv3_enabled", Severity::High, QStringLiteral("SSLv3 is accepted"),
                    QStringLiteral("SSL 3.0 (1996) is vulnerable to POODLE and only offers weak ciphers. "
                                   "Mail servers from this decade never need it."),
                    QStringLiteral("SSLv3: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("SSLv3")).size()),
                    eximProtocols, postfixProtocols);
    if (accepted("TLSv1"))
        out << make("protocol.tls10_enabled", Severity::Low, QStringLiteral("TLS 1.0 is accepted"),
                    QStringLiteral("TLS 1.0 (1999) is deprecated (RFC 8996). For mail it is still better than "
                                   "plaintext, so some sites keep it for old senders; turn it off once your logs "
                                   "show no partner using it."),
                    QStringLiteral("TLSv1: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("TLSv1")).size()),
                    eximProtocols, postfixProtocols);
    if (accepted("TLSv1.1"))
        out << make("protocol.tls11_enabled", Severity::Low, QStringLiteral("TLS 1.1 is accepted"),
                    QStringLiteral("TLS 1.1 (2006) is deprecated (RFC 8996) and almost no sender offers it without "
                                   "also offering TLS 1.2."),
                    QStringLiteral("TLSv1.1: %1 suites accepted").arg(scan.ciphers.value(QStringLiteral("TLSv1.1")).size()),
                    eximProtocols, postfixProtocols);
    const bool anyTls = std::any_of(scan.protocols.cbegin(), scan.protocols.cend(), [](bool b) { return b; });
    if (anyTls && scan.protocols.contains(QStringLiteral("TLSv1.3")) && !accepted("TLSv1.3"))
        out << make("protocol.tls13_missing", Severity::Low, QStringLiteral("TLS 1.3 is not accepted"),
                    QStringLiteral("TLS 1.3 is faster (one round trip less), always has forward secrecy and hides "
                                   "the certificate from eavesdroppers. It needs GnuTLS >= 3.6.5 or OpenSSL >= 1.1.1."),
                    QStringLiteral("TLSv1.3 hello refused"),
                    QStringLiteral("# GnuTLS build: do not remove it, e.g.\ntls_require_ciphers = NORMAL\n"
                                   "# OpenSSL build: remove +no_tlsv1_3 from openssl_options"),
                    QStringLiteral("# with OpenSSL >= 1.1.1, do not exclude it:\nsmtpd_tls_protocols = >=TLSv1.2"));

    struct CipherRule {
        const char *id;
        Severity severity;
        const char *title;
        const char *detail;
        const char *gnutls;
        const char *openssl;
        const char *postfix;
        std::function<bool(const SuiteInfo &)> match;
    };
    const QList<CipherRule> cipherRules = {
        {"cipher.null", Severity::High, "Suites without encryption (NULL) are accepted",
         "A NULL suite authenticates but does not encrypt: everything, passwords included, crosses the network "
         "in clear text while the client believes it is protected.",
         "tls_require_ciphers = NORMAL:-NULL", "tls_require_ciphers = DEFAULT:!eNULL:!aNULL",
         "smtpd_tls_exclude_ciphers = eNULL, aNULL",
         [](const SuiteInfo &s) { return s.enc == QLatin1String("NULL"); }},
        {"cipher.anonymous", Severity::High, "Anonymous suites (no server authentication) are accepted",
         "Anonymous Diffie-Hellman encrypts without proving who the server is, so anyone in the path can sit in the "
         "middle. Opportunistic senders gain nothing from it that an ordinary suite would not give.",
         "tls_require_ciphers = NORMAL:-ANON-DH:-ANON-ECDH", "tls_require_ciphers = DEFAULT:!aNULL",
         "smtpd_tls_exclude_ciphers = aNULL",
         [](const SuiteInfo &s) { return s.auth == QLatin1String("anon"); }},
        {"cipher.export", Severity::High, "EXPORT-grade suites are accepted",
         "EXPORT suites use 40- or 56-bit keys from the 1990s US export rules; they can be broken in hours "
         "(FREAK, Logjam).",
         "tls_require_ciphers = NORMAL:-RSA-EXPORT", "tls_require_ciphers = DEFAULT:!EXPORT",
         "smtpd_tls_exclude_ciphers = EXPORT, LOW",
         [](const SuiteInfo &s) { return isExportSuite(s); }},
        {"cipher.rc4", Severity::Medium, "RC4 suites are accepted",
         "RC4 has statistical biases that leak plaintext over many connections (RFC 7465 forbids it).",
         "tls_require_ciphers = NORMAL:-ARCFOUR-128", "tls_require_ciphers = DEFAULT:!RC4",
         "smtpd_tls_exclude_ciphers = RC4",
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("RC4")); }},
        {"cipher.des", Severity::Medium, "Single-DES suites are accepted",
         "DES has a 56-bit key; it was brute-forced in 1998.",
         "tls_require_ciphers = NORMAL:-DES-CBC", "tls_require_ciphers = DEFAULT:!DES",
         "smtpd_tls_exclude_ciphers = DES, LOW",
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("DES-")) || s.enc.startsWith(QLatin1String("DES40")); }},
        {"cipher.3des", Severity::Low, "3DES suites are accepted",
         "3DES has a 64-bit block: after some gigabytes under one key, blocks collide and leak data (Sweet32). "
         "Only very old senders (Windows XP era) need it.",
         "tls_require_ciphers = NORMAL:-3DES-CBC", "tls_require_ciphers = DEFAULT:!3DES",
         "smtpd_tls_exclude_ciphers = 3DES",
         [](const SuiteInfo &s) { return s.enc.startsWith(QLatin1String("3DES")); }},
        {"cipher.no_forward_secrecy", Severity::Low, "Suites without forward secrecy are accepted",
         "With static RSA or DH key exchange, whoever obtains the server's private key later can decrypt every "
         "recorded session. ECDHE and DHE suites do not have this problem.",
         "tls_require_ciphers = NORMAL:-RSA:-DHE-PSK:-PSK", "tls_require_ciphers = ECDHE:DHE:!aNULL:!eNULL",
         "smtpd_tls_exclude_ciphers = kRSA, kDH, kECDH",
         [](const SuiteInfo &s) { return !hasForwardSecrecy(s) && s.auth != QLatin1String("anon") && s.enc != QLatin1String("NULL"); }},
    };
    for (const CipherRule &rule : cipherRules) {
        const QString evidence = suiteEvidence(scan, rule.match);
        if (evidence.isEmpty())
            continue;
        out << make(rule.id, rule.severity, QString::fromLatin1(rule.title), QString::fromLatin1(rule.detail), evidence,
                    QStringLiteral("# GnuTLS build:\n%1\n# OpenSSL build:\n%2\n# %3")
                        .arg(QLatin1String(rule.gnutls), QLatin1String(rule.openssl), gnutlsNote),
                    QStringLiteral("%1\nsmtpd_tls_mandatory_exclude_ciphers = $smtpd_tls_exclude_ciphers")
                        .arg(QLatin1String(rule.postfix)));
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
                    QStringLiteral("DH prime %1 bits; DHE suites: %2").arg(scan.dhBits).arg(dheSuites.join(QLatin1String(", "))),
                    QStringLiteral("tls_dhparam = ffdhe2048\n# or a file made with: openssl dhparam -out /etc/exim4/dh2048.pem 2048"),
                    QStringLiteral("# Postfix >= 3.7 uses a 2048-bit group by default; otherwise:\n"
                                   "smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\n"
                                   "# made with: openssl dhparam -out /etc/postfix/dh2048.pem 2048"));
    }

    if (scan.certificateTypes.contains(QStringLiteral("ECDSA")) && !scan.certificateTypes.contains(QStringLiteral("RSA")))
        out << make("cert.ecdsa_only", Severity::Medium, QStringLiteral("Only an ECDSA certificate is served"),
                    QStringLiteral("Every certificate the server served has an ECDSA key. Senders that offer only "
                                   "RSA-authenticated suites (older appliances, some Java and Windows stacks) find no "
                                   "shared suite and deliver in clear text or not at all. Serve an RSA certificate "
                                   "next to the ECDSA one."),
                    QStringLiteral("certificate types served: %1").arg(scan.certificateTypes.join(QLatin1String(", "))),
                    QStringLiteral("tls_certificate = /etc/exim4/rsa.crt : /etc/exim4/ecdsa.crt\n"
                                   "tls_privatekey = /etc/exim4/rsa.key : /etc/exim4/ecdsa.key"),
                    QStringLiteral("smtpd_tls_chain_files = /etc/postfix/rsa.pem, /etc/postfix/ecdsa.pem"));

    if (context.rateLimited)
        out << make("smtp.rate_limited", Severity::Info, QStringLiteral("The server limited the scan's connections"),
                    QStringLiteral("The server turned connections away while we scanned (a 421 greeting, a close before "
                                   "the greeting, or no greeting in time). The scan waited and retried, so the results "
                                   "are complete; it only took longer. Busy answers were never counted as refusals."),
                    QStringLiteral("%1 retries; first: %2").arg(context.retries).arg(context.busyReason),
                    QStringLiteral("# to let a trusted scanner through, e.g.:\n"
                                   "smtp_accept_max_per_host = ${if eq{$sender_host_address}{192.0.2.10}{0}{10}}"),
                    QStringLiteral("# exempt the scanner from connection limits:\n"
                                   "smtpd_client_event_limit_exceptions = 192.0.2.10"));
    return out;
}

} // namespace mailtls::core
