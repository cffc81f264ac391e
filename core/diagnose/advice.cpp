#include "diagnose/advice.h"

#include <QHash>

namespace mailtls::core {

namespace {

// Reused blocks. Each says where it goes; the build split is spelled out wherever a line
// exists for one TLS library only.
const char *const kEximCertificate =
    "# main section (both builds; the files must be readable by the Debian-exim user):\n"
    "tls_certificate = /etc/exim4/fullchain.pem   # server certificate first, then intermediates\n"
    "tls_privatekey = /etc/exim4/privkey.pem";
const char *const kPostfixCertificate =
    "# main.cf (Postfix >= 3.4): key first, then the server certificate, then intermediates\n"
    "smtpd_tls_chain_files = /etc/postfix/privkey.pem, /etc/postfix/fullchain.pem";

const char *const kEximProtocols =
    "# main section, GnuTLS build (Debian's exim4): a GnuTLS priority string\n"
    "tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2\n"
    "# main section, OpenSSL build only (GnuTLS builds do not know openssl_options):\n"
    "openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1";
const char *const kPostfixProtocols =
    "# main.cf (Postfix >= 3.6 syntax; older: !SSLv2, !SSLv3, !TLSv1, !TLSv1.1)\n"
    "smtpd_tls_protocols = >=TLSv1.2\n"
    "smtpd_tls_mandatory_protocols = >=TLSv1.2";
const char *const kProtocolConsequence =
    "Senders that cannot do TLS 1.2 no longer get TLS: most then deliver in cleartext, those that "
    "insist on TLS defer. Check the logs for partners still using the old version first.";

// Removing suites: one priority string (GnuTLS) or cipher list (OpenSSL) per build.
QString eximCiphers(const char *gnutls, const char *openssl)
{
    return QStringLiteral("# main section, GnuTLS build (Debian's exim4): a GnuTLS priority string\n"
                          "tls_require_ciphers = %1\n"
                          "# main section, OpenSSL build: an OpenSSL cipher list instead\n"
                          "tls_require_ciphers = %2")
        .arg(QLatin1String(gnutls), QLatin1String(openssl));
}

QString postfixCiphers(const char *exclude)
{
    return QStringLiteral("# main.cf\n"
                          "smtpd_tls_exclude_ciphers = %1\n"
                          "smtpd_tls_mandatory_exclude_ciphers = %1")
        .arg(QLatin1String(exclude));
}

const char *const kCipherConsequence =
    "Senders that offer nothing else lose TLS with this server (cleartext, or a deferral if they "
    "insist on TLS); every other sender simply picks a stronger suite.";

// Insisting on TLS towards one partner, so a TLS problem bounces instead of going out in clear
// or sitting in the queue for days.
const char *const kEximRequireTls =
    "# sending side, to insist on TLS to this partner:\n"
    "# smtp transport (remote_smtp)\n"
    "hosts_require_tls = partner.example\n"
    "tls_tempfail_tryclear = false\n"
    "# retry section: a rule without retry times bounces a failure at once instead of retrying for days\n"
    "partner.example  *";
const char *const kPostfixRequireTls =
    "# sending side, to insist on TLS to this partner:\n"
    "# main.cf\n"
    "smtp_tls_policy_maps = hash:/etc/postfix/tls_policy\n"
    "# /etc/postfix/tls_policy (then: postmap /etc/postfix/tls_policy)\n"
    "partner.example  encrypt\n"
    "# a TLS failure then defers until maximal_queue_lifetime; shorten it to bounce sooner";

const char *const kEximBothKeyTypes =
    "# main section, Exim >= 4.92, both builds: one list entry per key type, matching pairs\n"
    "tls_certificate = /etc/exim4/rsa-fullchain.pem : /etc/exim4/ecdsa-fullchain.pem\n"
    "tls_privatekey = /etc/exim4/rsa-privkey.pem : /etc/exim4/ecdsa-privkey.pem";
const char *const kPostfixBothKeyTypes =
    "# main.cf (Postfix >= 3.4): each key followed by its chain\n"
    "smtpd_tls_chain_files =\n"
    "    /etc/postfix/rsa-privkey.pem, /etc/postfix/rsa-fullchain.pem,\n"
    "    /etc/postfix/ecdsa-privkey.pem, /etc/postfix/ecdsa-fullchain.pem";

const char *const kEximDhParam =
    "# main section, both builds: a 2048-bit RFC 7919 group (or a file from openssl dhparam 2048)\n"
    "tls_dhparam = ffdhe2048";
const char *const kPostfixDhParam =
    "# main.cf (the name is historical; give it a 2048-bit file; Postfix >= 3.7 defaults to 2048)\n"
    "smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\n"
    "# made with: openssl dhparam -out /etc/postfix/dh2048.pem 2048";
const char *const kEximAcceptSmallDh =
    "# sending side, to accept this partner's small prime (smtp transport; the option is not\n"
    "# expanded, so give this partner its own transport and route it there):\n"
    "tls_dh_min_bits = 1024\n"
    "# GnuTLS build: the option above decides. OpenSSL build: its security level decides;\n"
    "# lower it for that transport with tls_require_ciphers = DEFAULT:@SECLEVEL=1";
const char *const kPostfixAcceptSmallDh =
    "# sending side: OpenSSL's security level decides; lowering it affects every partner\n"
    "# main.cf\n"
    "tls_medium_cipherlist = DEFAULT:@SECLEVEL=1";

const char *const kEximReload =
    "# after installing the new files:\n"
    "systemctl reload exim4";
const char *const kPostfixReload =
    "# after installing the new files:\n"
    "postfix reload";

const char *const kCertConsequence =
    "Partners that verify certificates (MTA-STS enforce, DANE, a verify policy) deliver again; "
    "opportunistic senders notice nothing.";

QList<Advice> buildTable()
{
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    auto join = [](std::initializer_list<QString> parts) {
        QStringList list;
        for (const QString &p : parts)
            if (!p.isEmpty())
                list << p;
        return list.join(QLatin1Char('\n'));
    };
    QList<Advice> t;

    t << Advice{QStringLiteral("starttls.not_offered"),
                join({s("# main section (Debian split config: MAIN_TLS_ENABLE = yes in /etc/exim4/exim4.conf.localmacros)"),
                      s("tls_advertise_hosts = *"), s(kEximCertificate)}),
                join({s("# main.cf"), s("smtpd_tls_security_level = may"), s(kPostfixCertificate),
                      s("# master.cf, submission service: TLS before anything else"),
                      s("submission inet n - y - - smtpd -o smtpd_tls_security_level=encrypt")}),
                s("Partners encrypt from their next delivery on. A broken certificate or key now shows up "
                  "as a failed STARTTLS instead of cleartext, so test with mailtls session before reloading."),
                s(kEximRequireTls), s(kPostfixRequireTls)};

    t << Advice{QStringLiteral("starttls.rejected"),
                join({s("# the reason is in Exim's paniclog / mainlog (\"TLS error on connection\"):"),
                      s("# usually an unreadable or mismatched certificate or key"), s(kEximCertificate),
                      s("# check: exim -bV names the TLS library; exim -bP tls_certificate shows the path")}),
                join({s("# the reason is in the mail log (\"cannot load certificate\" / \"warning: TLS library problem\")"),
                      s(kPostfixCertificate), s("smtpd_tls_security_level = may")}),
                s("Until it is fixed, partners that follow RFC 3207 retry in cleartext or defer; once the "
                  "server can load its certificate they encrypt."),
                s(kEximRequireTls), s(kPostfixRequireTls)};

    t << Advice{QStringLiteral("tls.handshake_failed"),
                join({s("# a priority string / cipher list wide enough for today's senders, main section:"),
                      s("# GnuTLS build (Debian's exim4):"), s("tls_require_ciphers = NORMAL"),
                      s("# OpenSSL build:"), s("tls_require_ciphers = DEFAULT"),
                      s("# and serve both key types so RSA-only and ECDSA-only senders find a suite:"),
                      s(kEximBothKeyTypes)}),
                join({s("# main.cf: the defaults accept every sender that can do TLS 1.2"),
                      s("smtpd_tls_ciphers = medium"), s("smtpd_tls_protocols = >=TLSv1.2"),
                      s(kPostfixBothKeyTypes)}),
                s("With a shared version, suite and group the handshake completes; senders that fell back "
                  "to cleartext (or deferred) encrypt again."),
                s(kEximRequireTls), s(kPostfixRequireTls)};

    t << Advice{QStringLiteral("protocol.sslv2_enabled"), s(kEximProtocols), s(kPostfixProtocols),
                s("No sender needs SSLv2; removing it also stops DROWN against every server sharing the key."), {}, {}};
    t << Advice{QStringLiteral("protocol.sslv3_enabled"), s(kEximProtocols), s(kPostfixProtocols),
                s("Only senders from the last decade remain, which all do TLS 1.0 or better; POODLE is gone."), {}, {}};
    t << Advice{QStringLiteral("protocol.tls10_enabled"), s(kEximProtocols), s(kPostfixProtocols),
                s(kProtocolConsequence), {}, {}};
    t << Advice{QStringLiteral("protocol.tls11_enabled"), s(kEximProtocols), s(kPostfixProtocols),
                s(kProtocolConsequence), {}, {}};
    t << Advice{QStringLiteral("protocol.tls13_missing"),
                join({s("# needs GnuTLS >= 3.6.5 or OpenSSL >= 1.1.1 (Debian 12 has both)"),
                      s("# main section, GnuTLS build: do not remove it from the priority string, e.g."),
                      s("tls_require_ciphers = NORMAL"),
                      s("# main section, OpenSSL build only: drop +no_tlsv1_3 from openssl_options")}),
                join({s("# main.cf (Postfix >= 3.4 with OpenSSL >= 1.1.1): do not exclude it"),
                      s("smtpd_tls_protocols = >=TLSv1.2"), s("smtpd_tls_mandatory_protocols = >=TLSv1.2")}),
                s("Senders that speak TLS 1.3 get a faster handshake with forward secrecy and an encrypted "
                  "certificate; nobody loses TLS."), {}, {}};

    t << Advice{QStringLiteral("cipher.null"), eximCiphers("NORMAL:-NULL", "DEFAULT:!eNULL:!aNULL"),
                postfixCiphers("eNULL, aNULL"), s("No sender relies on NULL encryption; nothing breaks."), {}, {}};
    t << Advice{QStringLiteral("cipher.anonymous"), eximCiphers("NORMAL:-ANON-DH:-ANON-ECDH", "DEFAULT:!aNULL"),
                postfixCiphers("aNULL"),
                s("Senders that offered only anonymous suites (rare, and only opportunistic ones) fall back to "
                  "cleartext; the rest authenticate the server."), {}, {}};
    t << Advice{QStringLiteral("cipher.export"), eximCiphers("NORMAL:-RSA-EXPORT", "DEFAULT:!EXPORT"),
                postfixCiphers("EXPORT, LOW"), s(kCipherConsequence), {}, {}};
    t << Advice{QStringLiteral("cipher.rc4"), eximCiphers("NORMAL:-ARCFOUR-128", "DEFAULT:!RC4"),
                postfixCiphers("RC4"), s(kCipherConsequence), {}, {}};
    t << Advice{QStringLiteral("cipher.des"), eximCiphers("NORMAL:-DES-CBC", "DEFAULT:!DES"),
                postfixCiphers("DES, LOW"), s(kCipherConsequence), {}, {}};
    t << Advice{QStringLiteral("cipher.3des"), eximCiphers("NORMAL:-3DES-CBC", "DEFAULT:!3DES"),
                postfixCiphers("3DES"),
                s("Windows XP-era senders lose TLS with this server and deliver in cleartext; everyone "
                  "else picks AES."), {}, {}};
    t << Advice{QStringLiteral("cipher.no_forward_secrecy"),
                eximCiphers("NORMAL:-RSA:-DHE-PSK:-PSK", "ECDHE:DHE:!aNULL:!eNULL"),
                postfixCiphers("kRSA, kDH, kECDH"),
                s("Senders without ECDHE or DHE (very old appliances) lose TLS with this server; recorded "
                  "sessions can no longer be decrypted with a stolen key."), {}, {}};

    t << Advice{QStringLiteral("kex.dh_weak"), s(kEximDhParam), s(kPostfixDhParam),
                s("Senders at OpenSSL security level 2 and GnuTLS senders (Debian's Exim) accept the prime and "
                  "stop failing DHE handshakes; the handshake costs a little more CPU."),
                s(kEximAcceptSmallDh), s(kPostfixAcceptSmallDh)};

    t << Advice{QStringLiteral("cert.self_signed"),
                join({s("# a certificate from a public CA (e.g. certbot certonly --standalone -d mx.example.org)"),
                      s(kEximCertificate),
                      s("# or keep it and publish a DANE-EE TLSA record (3 1 1) for _25._tcp.<MX host>")}),
                join({s(kPostfixCertificate),
                      s("# or keep it and publish a DANE-EE TLSA record (3 1 1) for _25._tcp.<MX host>")}),
                s(kCertConsequence),
                join({s("# sending side, to verify this partner's own certificate (smtp transport):"),
                      s("tls_verify_certificates = /etc/exim4/partner-cert.pem"),
                      s("tls_verify_hosts = partner.example")}),
                join({s("# sending side, pin this partner's certificate:"),
                      s("# main.cf: smtp_tls_policy_maps = hash:/etc/postfix/tls_policy"),
                      s("# /etc/postfix/tls_policy:"),
                      s("partner.example  fingerprint  match=<SHA-256 of the certificate>"),
                      s("# main.cf: smtp_tls_fingerprint_digest = sha256")})};
    t << Advice{QStringLiteral("cert.untrusted"),
                join({s("# serve a certificate from a CA the senders trust, with every intermediate"),
                      s(kEximCertificate)}),
                join({s(kPostfixCertificate)}), s(kCertConsequence),
                join({s("# sending side, to trust a private CA for this partner (smtp transport):"),
                      s("tls_verify_certificates = /etc/exim4/partner-ca.pem"),
                      s("tls_verify_hosts = partner.example")}),
                join({s("# sending side, to trust a private CA for this partner:"),
                      s("# /etc/postfix/tls_policy: partner.example  secure  match=partner.example"),
                      s("# main.cf: smtp_tls_CAfile = /etc/postfix/partner-ca.pem")})};
    t << Advice{QStringLiteral("cert.expired"),
                join({s("# renew (e.g. certbot renew --deploy-hook \"systemctl reload exim4\"), then:"),
                      s(kEximCertificate), s(kEximReload)}),
                join({s("# renew (e.g. certbot renew --deploy-hook \"postfix reload\"), then:"),
                      s(kPostfixCertificate), s(kPostfixReload)}),
                s("Verifying partners deliver again; opportunistic senders never stopped. Queued mail at "
                  "the partners goes out at their next retry."), {}, {}};
    t << Advice{QStringLiteral("cert.not_yet_valid"),
                join({s("# check both clocks first (timedatectl); if the certificate was installed early,"),
                      s("# serve the previous one until its start date:"), s(kEximCertificate), s(kEximReload)}),
                join({s("# check both clocks first (timedatectl); else serve the previous certificate:"),
                      s(kPostfixCertificate), s(kPostfixReload)}),
                s("Verifying partners accept the certificate once clocks agree with its start date."), {}, {}};
    t << Advice{QStringLiteral("cert.expires_soon"),
                join({s("# renew now and let every renewal reload Exim:"),
                      s("# certbot renew --deploy-hook \"systemctl reload exim4\""), s(kEximCertificate)}),
                join({s("# renew now and let every renewal reload Postfix:"),
                      s("# certbot renew --deploy-hook \"postfix reload\""), s(kPostfixCertificate)}),
                s("Nothing changes for partners if the renewal lands before the expiry date; afterwards "
                  "verifying partners would defer."), {}, {}};
    t << Advice{QStringLiteral("cert.hostname_mismatch"),
                join({s("# a certificate whose SAN lists the MX host name, or one per name chosen by SNI:"),
                      s("# main section, both builds"),
                      s("tls_certificate = ${if eq{$tls_in_sni}{mx2.example.org}{/etc/exim4/mx2.pem}{/etc/exim4/fullchain.pem}}"),
                      s("tls_privatekey = ${if eq{$tls_in_sni}{mx2.example.org}{/etc/exim4/mx2.key}{/etc/exim4/privkey.pem}}")}),
                join({s("# a certificate whose SAN lists the MX host name, or one per name chosen by SNI:"),
                      s("# main.cf (Postfix >= 3.4)"), s("tls_server_sni_maps = hash:/etc/postfix/sni"),
                      s("# /etc/postfix/sni (postmap -F): mx2.example.org  /etc/postfix/mx2-key.pem /etc/postfix/mx2-chain.pem")}),
                s("Partners that check the name (MTA-STS, DANE-TA, verify policies) accept the certificate; "
                  "the others notice nothing."), {}, {}};
    t << Advice{QStringLiteral("cert.key_weak"),
                join({s("# a new key (RSA 3072 or ECDSA P-256) and a certificate for it:"),
                      s("# openssl req -new -newkey rsa:3072 -nodes -keyout privkey.pem -out mx.csr"),
                      s(kEximCertificate)}),
                join({s("# a new key (RSA 3072 or ECDSA P-256) and a certificate for it:"),
                      s(kPostfixCertificate)}),
                s("Senders at OpenSSL security level 2 (Debian's default) stop refusing the handshake; TLSA "
                  "records that pin the old key must be updated first."), {}, {}};
    t << Advice{QStringLiteral("cert.signature_weak"),
                join({s("# have the certificate re-issued with a SHA-256 signature, then:"), s(kEximCertificate),
                      s(kEximReload)}),
                join({s("# have the certificate re-issued with a SHA-256 signature, then:"), s(kPostfixCertificate),
                      s(kPostfixReload)}),
                s("Current senders stop rejecting the chain; nothing else changes."), {}, {}};
    t << Advice{QStringLiteral("cert.ecdsa_only"), s(kEximBothKeyTypes), s(kPostfixBothKeyTypes),
                s("RSA-only senders (older appliances, some Java and Windows stacks) find a shared suite "
                  "again; modern senders keep using ECDSA."), {}, {}};
    t << Advice{QStringLiteral("cert.differs_from_file"),
                join({s("# main section: name the file you meant, then reload"),
                      s("tls_certificate = /etc/exim4/fullchain.pem"), s(kEximReload)}),
                join({s("# main.cf: name the file you meant, then reload"),
                      s("smtpd_tls_chain_files = /etc/postfix/privkey.pem, /etc/postfix/fullchain.pem"),
                      s(kPostfixReload)}),
                s("The server serves the certificate you installed; partners pinning it (DANE) must see the "
                  "new one in the TLSA record before the reload."), {}, {}};

    t << Advice{QStringLiteral("chain.order_wrong"), s(kEximCertificate), s(kPostfixCertificate),
                s("Strict senders that do not sort the chain verify it again; others notice nothing."), {}, {}};
    t << Advice{QStringLiteral("chain.intermediate_missing"),
                join({s("# append the CA's intermediate(s) after the server certificate:"), s(kEximCertificate)}),
                join({s("# append the CA's intermediate(s) after the server certificate:"), s(kPostfixCertificate)}),
                s("Verifying senders can build the path to their root and deliver; opportunistic ones notice "
                  "nothing."), {}, {}};
    t << Advice{QStringLiteral("chain.extra_certificate"),
                join({s("# remove the certificate that is not on the path from the file:"), s(kEximCertificate)}),
                join({s("# remove the certificate that is not on the path from the file:"), s(kPostfixCertificate)}),
                s("Handshakes get a little smaller; strict senders stop stumbling over the stray certificate."), {}, {}};
    t << Advice{QStringLiteral("chain.root_included"),
                join({s("# optional: leave the root out of the file"), s(kEximCertificate)}),
                join({s("# optional: leave the root out of the file"), s(kPostfixCertificate)}),
                s("Only saves bytes per handshake; no partner changes its verdict."), {}, {}};
    t << Advice{QStringLiteral("key.mismatch"),
                join({s("# main section: the key that belongs to this certificate"),
                      s("tls_certificate = /etc/exim4/fullchain.pem"), s("tls_privatekey = /etc/exim4/privkey.pem")}),
                join({s("# main.cf: key first, then its certificate and chain"),
                      s("smtpd_tls_chain_files = /etc/postfix/privkey.pem, /etc/postfix/fullchain.pem")}),
                s("With a matching pair the server can start TLS again; until then STARTTLS fails and partners "
                  "defer or deliver in cleartext."), {}, {}};

    t << Advice{QStringLiteral("client_cert.required"),
                join({s("# main section: ask for a client certificate but do not insist"),
                      s("tls_try_verify_hosts = *"), s("# and not tls_verify_hosts = *"),
                      s("# ACL (acl_smtp_rcpt), to require it only where it matters, e.g. relaying:"),
                      s("deny  !verify = certificate"), s("      hosts = +relay_partners")}),
                join({s("# main.cf: ask, do not insist"), s("smtpd_tls_ask_ccert = yes"),
                      s("# master.cf: insist only on a dedicated service"),
                      s("2525 inet n - y - - smtpd -o smtpd_tls_req_ccert=yes -o smtpd_tls_security_level=encrypt")}),
                s("Senders without a certificate deliver again (over TLS); a relay that needs client "
                  "certificates keeps them on its own port or ACL."), {}, {}};
    t << Advice{QStringLiteral("auth.plaintext_before_tls"),
                join({s("# main section: advertise AUTH only on a TLS connection"),
                      s("auth_advertise_hosts = ${if eq{$tls_cipher}{}{}{*}}"),
                      s("# and in each plaintext authenticator: server_advertise_condition = ${if def:tls_in_cipher}")}),
                join({s("# main.cf"), s("smtpd_tls_auth_only = yes"),
                      s("# master.cf, submission service"), s("submission inet n - y - - smtpd -o smtpd_tls_security_level=encrypt")}),
                s("Mail clients must use STARTTLS (or port 465) before they log in; one that tries AUTH in "
                  "clear sees no AUTH and fails instead of sending the password."), {}, {}};
    t << Advice{QStringLiteral("tls.compression_enabled"),
                join({s("# main section, OpenSSL build only:"), s("openssl_options = +no_compression"),
                      s("# GnuTLS build: GnuTLS >= 3.6 has no compression; older ones, main section:"),
                      s("tls_require_ciphers = NORMAL:-COMP-ALL:+COMP-NULL")}),
                join({s("# main.cf (Postfix >= 2.11)"), s("tls_ssl_options = NO_COMPRESSION")}),
                s("Partners stop compressing inside TLS; mail is a little larger on the wire and CRIME is "
                  "gone."), {}, {}};
    t << Advice{QStringLiteral("smtp.rate_limited"),
                join({s("# main section: let a trusted scanner through, limit everyone else"),
                      s("smtp_accept_max_per_host = ${if eq{$sender_host_address}{192.0.2.10}{0}{10}}")}),
                join({s("# main.cf: exempt the scanner from connection limits"),
                      s("smtpd_client_event_limit_exceptions = 192.0.2.10")}),
                s("Nothing to fix for partners: the limit protects the server. Exempting the scanner only "
                  "makes scans faster."), {}, {}};

    t << Advice{QStringLiteral("compat.no_shared_cipher"),
                join({s("# widen what this server accepts to include one suite the partner offers; main section:"),
                      s("# GnuTLS build (Debian's exim4): e.g. add 3DES for an XP-era partner"),
                      s("tls_require_ciphers = NORMAL:+3DES-CBC"),
                      s("# OpenSSL build: an OpenSSL cipher list"), s("tls_require_ciphers = DEFAULT:3DES:@SECLEVEL=1"),
                      s("# and serve both key types if the partner only does RSA or only ECDSA:"),
                      s(kEximBothKeyTypes)}),
                join({s("# main.cf: opportunistic TLS on port 25 should accept every suite a partner may need"),
                      s("smtpd_tls_ciphers = medium"),
                      s("# remove the partner's suites from smtpd_tls_exclude_ciphers; serve both key types:"),
                      s(kPostfixBothKeyTypes)}),
                s("The partner finds a shared suite and delivers over TLS instead of in cleartext (or not at "
                  "all); the weakest suite now accepted is the one you added."),
                s(kEximRequireTls), s(kPostfixRequireTls)};
    t << Advice{QStringLiteral("compat.protocol_mismatch"),
                join({s("# accept the partner's version again; main section:"),
                      s("# GnuTLS build (Debian's exim4): e.g. TLS 1.0 for an old partner"),
                      s("tls_require_ciphers = NORMAL:+VERS-TLS1.1:+VERS-TLS1.0"),
                      s("# OpenSSL build only: drop +no_tlsv1 / +no_tlsv1_1 from openssl_options, and with OpenSSL 3"),
                      s("tls_require_ciphers = DEFAULT:@SECLEVEL=0")}),
                join({s("# main.cf: accept the partner's version again"), s("smtpd_tls_protocols = >=TLSv1"),
                      s("tls_medium_cipherlist = DEFAULT:@SECLEVEL=0   # OpenSSL 3 refuses TLS 1.0/1.1 above level 0")}),
                s("The partner gets TLS again, over a deprecated version; log which partners use it and "
                  "remove it when they are gone."),
                s(kEximRequireTls), s(kPostfixRequireTls)};
    t << Advice{QStringLiteral("compat.dh_too_small"), s(kEximDhParam), s(kPostfixDhParam),
                s("A 2048-bit prime satisfies every current partner; the other way round (accepting a small "
                  "prime when you send) weakens only that partner's connections."),
                s(kEximAcceptSmallDh), s(kPostfixAcceptSmallDh)};
    t << Advice{QStringLiteral("compat.cert_type_mismatch"), s(kEximBothKeyTypes), s(kPostfixBothKeyTypes),
                s("Partners that only do RSA (or only ECDSA) find a certificate they can use; the others keep "
                  "their choice."), {}, {}};
    return t;
}

QString consequenceNote(const QString &consequence)
{
    // As configuration comments, wrapped, so the fix stays paste-able as a whole.
    const QStringList words = consequence.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line = QString::fromLatin1(kConsequenceMarker);
    for (const QString &word : words) {
        if (line.size() + 1 + word.size() > 96) {
            lines << line;
            line = QStringLiteral("#");
        }
        line += QLatin1Char(' ') + word;
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

QString advised(const QString &fix, const QString &table, const QString &consequence, const QString &sending)
{
    if (fix.contains(QLatin1String(kConsequenceMarker)))
        return fix;
    QStringList parts;
    parts << (fix.trimmed().isEmpty() ? table : fix);
    if (!consequence.isEmpty())
        parts << consequenceNote(consequence);
    if (!sending.isEmpty())
        parts << sending;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

const QList<Advice> &adviceTable()
{
    static const QList<Advice> table = buildTable();
    return table;
}

const Advice *adviceFor(const QString &id)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const QList<Advice> &t = adviceTable();
        for (int i = 0; i < t.size(); ++i)
            h.insert(t.at(i).id, i);
        return h;
    }();
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &adviceTable().at(it.value());
}

QStringList advisedIds()
{
    QStringList ids;
    for (const Advice &a : adviceTable())
        ids << a.id;
    return ids;
}

void applyAdvice(Finding *finding)
{
    const Advice *advice = adviceFor(finding->id);
    if (!advice)
        return;
    finding->fixExim = advised(finding->fixExim, advice->exim, advice->consequence, advice->eximSending);
    finding->fixPostfix = advised(finding->fixPostfix, advice->postfix, advice->consequence, advice->postfixSending);
}

void applyAdvice(Findings *findings)
{
    for (Finding &f : *findings)
        applyAdvice(&f);
}

} // namespace mailtls::core
