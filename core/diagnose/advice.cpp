#include "diagnose/advice.h"

#include <QDateTime>
#include <QHash>

#include "catalog/cipher_catalog.h"
#include "catalog/versions.h"

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

// Removing a class of suites: what each build and Postfix take to do it. The table's fixes and
// the scan's own wording both come from here.
struct CipherRemoval {
    const char *id;
    const char *gnutls;           // GnuTLS priority string (Debian's exim4)
    const char *openssl;          // OpenSSL cipher list (an Exim built with OpenSSL)
    const char *postfixExclude;   // smtpd_tls_exclude_ciphers
    const char *consequence;      // nullptr: kCipherConsequence
};

// Removing suites: one priority string (GnuTLS) or cipher list (OpenSSL) per build.
QString eximCiphers(const CipherRemoval &r)
{
    return QStringLiteral("# main section, GnuTLS build (Debian's exim4): a GnuTLS priority string\n"
                          "tls_require_ciphers = %1\n"
                          "# main section, OpenSSL build: an OpenSSL cipher list instead\n"
                          "tls_require_ciphers = %2")
        .arg(QLatin1String(r.gnutls), QLatin1String(r.openssl));
}

QString postfixCiphers(const CipherRemoval &r)
{
    return QStringLiteral("# main.cf\n"
                          "smtpd_tls_exclude_ciphers = %1\n"
                          "smtpd_tls_mandatory_exclude_ciphers = %1")
        .arg(QLatin1String(r.postfixExclude));
}

const char *const kCipherConsequence =
    "Senders that offer nothing else lose TLS with this server (cleartext, or a deferral if they "
    "insist on TLS); every other sender simply picks a stronger suite.";

const CipherRemoval kCipherRemovals[] = {
    {"cipher.null", "NORMAL:-NULL", "DEFAULT:!eNULL:!aNULL", "eNULL, aNULL",
     "No sender relies on NULL encryption; nothing breaks."},
    {"cipher.anonymous", "NORMAL:-ANON-DH:-ANON-ECDH", "DEFAULT:!aNULL", "aNULL",
     "Senders that offered only anonymous suites (rare, and only opportunistic ones) fall back to "
     "cleartext; the rest authenticate the server."},
    {"cipher.export", "NORMAL:-RSA-EXPORT", "DEFAULT:!EXPORT", "EXPORT, LOW", nullptr},
    {"cipher.rc4", "NORMAL:-ARCFOUR-128", "DEFAULT:!RC4", "RC4", nullptr},
    {"cipher.des", "NORMAL:-DES-CBC", "DEFAULT:!DES", "DES, LOW", nullptr},
    {"cipher.3des", "NORMAL:-3DES-CBC", "DEFAULT:!3DES", "3DES",
     "Windows XP-era senders lose TLS with this server and deliver in cleartext; everyone "
     "else picks AES."},
    {"cipher.no_forward_secrecy", "NORMAL:-RSA:-DHE-PSK:-PSK", "ECDHE:DHE:!aNULL:!eNULL", "kRSA, kDH, kECDH",
     "Senders without ECDHE or DHE (very old appliances) lose TLS with this server; recorded "
     "sessions can no longer be decrypted with a stolen key."},
};

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

// The join of the non-empty parts, one per line.
QString lines(std::initializer_list<QString> parts)
{
    QStringList list;
    for (const QString &p : parts)
        if (!p.isEmpty())
            list << p;
    return list.join(QLatin1Char('\n'));
}

enum class Reload { No, Yes };

// Serve the certificate files again, after the same comment on both servers (and reload).
Advice serveCertificate(const char *id, const char *comment, const char *consequence, Reload reload = Reload::No)
{
    const QString note = QString::fromUtf8(comment);
    const bool again = reload == Reload::Yes;
    return Advice{QString::fromLatin1(id),
                  lines({note, QString::fromUtf8(kEximCertificate), again ? QString::fromUtf8(kEximReload) : QString()}),
                  lines({note, QString::fromUtf8(kPostfixCertificate), again ? QString::fromUtf8(kPostfixReload) : QString()}),
                  QString::fromUtf8(consequence), {}, {}};
}

QList<Advice> buildTable()
{
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    auto join = lines;
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

    // STARTTLS's own weaknesses (scan.starttls).
    t << Advice{QStringLiteral("starttls.command_injection"),
                join({s("# Exim discards input buffered before STARTTLS (smtp_in.c, since 4.x); a server that runs it"),
                      s("# inside TLS is not a current Exim: exim -bV, upgrade; or a proxy or filter in front"),
                      s("# of it that replays the cleartext after the handshake: remove or fix that device")}),
                join({s("# Postfix discards pipelined input at STARTTLS since 2.8.0 / 2.7.3 / 2.6.9 / 2.5.12"),
                      s("# (CVE-2011-0411): postconf mail_version, upgrade an older one; a current Postfix"),
                      s("# points to a proxy or filter in front of it")}),
                s("Commands a man in the middle writes before the handshake no longer run inside the encrypted "
                  "session; clients notice nothing."),
                {}, {}};
    t << Advice{QStringLiteral("submission.mail_before_tls"),
                join({s("# ACL (the acl_smtp_mail one; add acl_smtp_mail = acl_check_mail to the main section"),
                      s("# if there is none): refuse MAIL on the submission port until TLS is up"),
                      s("acl_check_mail:"),
                      s("  deny    condition = ${if eq{$received_port}{587}}"),
                      s("          condition = ${if eq{$tls_in_cipher}{}}"),
                      s("          message   = 530 5.7.0 Must issue a STARTTLS command first"),
                      s("  accept")}),
                join({s("# master.cf, the submission service:"),
                      s("submission inet n       -       y       -       -       smtpd"),
                      s("  -o smtpd_tls_security_level=encrypt"),
                      s("  -o smtpd_sasl_auth_enable=yes")}),
                s("Mail clients on port 587 must start TLS before they send; every current client does "
                  "(those configured for 'no encryption' stop working and have to be switched to STARTTLS)."),
                {}, {}};
    t << Advice{QStringLiteral("submission.auth_before_tls"),
                join({s("# main section: advertise AUTH only once TLS is up"),
                      s("auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}")}),
                join({s("# main.cf (or -o in the submission service of master.cf):"),
                      s("smtpd_tls_auth_only = yes"),
                      s("# master.cf, the submission service, to require TLS altogether:"),
                      s("  -o smtpd_tls_security_level=encrypt")}),
                s("Passwords are no longer offered a cleartext path; clients authenticate after STARTTLS as "
                  "they normally do."),
                {}, {}};
    t << Advice{QStringLiteral("starttls.data_after_220"),
                join({s("# a server that answers buffered commands after STARTTLS: run a supported Exim release"),
                      s("# (exim -bV shows the version; Debian's exim4 4.96 is not affected); nothing to configure"),
                      s("# if Exim is current: look for a proxy or filter in front of it that adds the bytes")}),
                join({s("# Postfix discards pipelined input at STARTTLS since 2.8.0 / 2.7.3 / 2.6.9 / 2.5.12:"),
                      s("# postconf mail_version; upgrade an older one"),
                      s("# if Postfix is current: look for a proxy or filter in front of it that adds the bytes")}),
                s("Commands a man in the middle slips in before TLS are no longer answered inside the encrypted "
                  "session; partners notice nothing."),
                {}, {}};

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

    const std::pair<const char *, const char *> oldVersions[] = {
        {"protocol.sslv2_enabled", "No sender needs SSLv2; removing it also stops DROWN against every server sharing the key."},
        {"protocol.sslv3_enabled", "Only senders from the last decade remain, which all do TLS 1.0 or better; POODLE is gone."},
        {"protocol.tls10_enabled", kProtocolConsequence},
        {"protocol.tls11_enabled", kProtocolConsequence},
    };
    for (const auto &[id, consequence] : oldVersions)
        t << Advice{QString::fromLatin1(id), s(kEximProtocols), s(kPostfixProtocols), s(consequence), {}, {}};
    t << Advice{QStringLiteral("protocol.tls13_missing"),
                join({s("# needs GnuTLS >= 3.6.5 or OpenSSL >= 1.1.1 (Debian 12 has both)"),
                      s("# main section, GnuTLS build: do not remove it from the priority string, e.g."),
                      s("tls_require_ciphers = NORMAL"),
                      s("# main section, OpenSSL build only: drop +no_tlsv1_3 from openssl_options")}),
                join({s("# main.cf (Postfix >= 3.4 with OpenSSL >= 1.1.1): do not exclude it"),
                      s("smtpd_tls_protocols = >=TLSv1.2"), s("smtpd_tls_mandatory_protocols = >=TLSv1.2")}),
                s("Senders that speak TLS 1.3 get a faster handshake with forward secrecy and an encrypted "
                  "certificate; nobody loses TLS."), {}, {}};

    for (const CipherRemoval &r : kCipherRemovals)
        t << Advice{QString::fromLatin1(r.id), eximCiphers(r), postfixCiphers(r),
                    s(r.consequence ? r.consequence : kCipherConsequence), {}, {}};

    t << Advice{QStringLiteral("kex.dh_weak"), s(kEximDhParam), s(kPostfixDhParam),
                s("Senders at OpenSSL security level 2 and GnuTLS senders (Debian's Exim) accept the prime and "
                  "stop failing DHE handshakes; the handshake costs a little more CPU."),
                s(kEximAcceptSmallDh), s(kPostfixAcceptSmallDh)};

    t << Advice{QStringLiteral("kex.dhe_fails"), s(kEximDhParam), s(kPostfixDhParam),
                s("Clients that pick DHE complete the handshake instead of losing the connection; the others notice "
                  "nothing. (Dovecot: ssl_dh = </usr/share/dovecot/dh.pem.)"),
                {}, {}};

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
    t << serveCertificate("cert.signature_weak", "# have the certificate re-issued with a SHA-256 signature, then:",
                          "Current senders stop rejecting the chain; nothing else changes.", Reload::Yes);
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

    t << serveCertificate("chain.order_wrong", nullptr,
                          "Strict senders that do not sort the chain verify it again; others notice nothing.");
    t << serveCertificate("chain.intermediate_missing",
                          "# a public CA's missing intermediate: append it after the server certificate\n"
                          "# (a private root is not served: the senders must trust it; check with --ca-file ROOT.pem)",
                          "Verifying senders can build the path to their root and deliver; opportunistic ones notice "
                          "nothing.");
    t << serveCertificate("chain.extra_certificate", "# remove the certificate that is not on the path from the file:",
                          "Handshakes get a little smaller; strict senders stop stumbling over the stray certificate.");
    t << serveCertificate("chain.root_included", "# optional: leave the root out of the file",
                          "Only saves bytes per handshake; no partner changes its verdict.");
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
    // Protocol hygiene (scan.hygiene). Most are library features with no switch: then the fix
    // says so and names the version that has it.
    t << Advice{QStringLiteral("tls.no_secure_renegotiation"),
                join({s("# GnuTLS build (Debian's exim4): GnuTLS sends renegotiation_info unless the priority string"),
                      s("# turns it off: remove %DISABLE_SAFE_RENEGOTIATION from tls_require_ciphers, e.g."),
                      s("tls_require_ciphers = NORMAL:%SAFE_RENEGOTIATION"),
                      s("# OpenSSL build: OpenSSL >= 0.9.8m always supports it; there is no setting: upgrade OpenSSL"),
                      s("# and rebuild Exim, or look for a TLS proxy in front of Exim that strips the extension")}),
                join({s("# no Postfix setting: OpenSSL >= 0.9.8m always sends renegotiation_info."),
                      s("# postconf -d mail_version / openssl version: upgrade an older library,"),
                      s("# or look for a TLS proxy in front of Postfix that strips the extension")}),
                s("Current clients that refused the server (OpenSSL 3 does by default) connect again; nothing "
                  "breaks for older ones."), {}, {}};
    t << Advice{QStringLiteral("tls.client_renegotiation"),
                join({s("# OpenSSL build only: OpenSSL >= 3.0 refuses client-initiated renegotiation by default;"),
                      s("# with an older one, where your release's openssl_options list has no_renegotiation"),
                      s("# (check the Exim spec of that release), main section:"),
                      s("openssl_options = +no_renegotiation"),
                      s("# GnuTLS build: GnuTLS has no priority-string keyword for it; a current Exim does not"),
                      s("# carry out a renegotiation a client asks for: upgrade Exim and GnuTLS")}),
                join({s("# main.cf (Postfix >= 3.4 with OpenSSL >= 1.1.0h; recent releases set it by default)"),
                      s("tls_ssl_options = NO_RENEGOTIATION")}),
                s("Clients can no longer make the server redo its handshake on an open connection; mail "
                  "clients and senders never need it, so nothing breaks. Testing by hand with openssl s_client "
                  "afterwards: a typed line starting with R (as in RCPT TO) makes s_client renegotiate, and the "
                  "server now rightly ends the session; start s_client with -ign_eof or -quiet (both imply "
                  "-nocommands), or type rcpt to in lower case."), {}, {}};
    t << Advice{QStringLiteral("tls.no_fallback_scsv"),
                join({s("# no Exim setting: the TLS library answers TLS_FALLBACK_SCSV by itself"),
                      s("# GnuTLS build: GnuTLS >= 3.3.x does; OpenSSL build: OpenSSL >= 1.0.1j does."),
                      s("# exim -bV names the library: upgrade it, or look for a TLS proxy in front of Exim")}),
                join({s("# no Postfix setting: OpenSSL >= 1.0.1j answers TLS_FALLBACK_SCSV by itself."),
                      s("# postconf -d mail_version names the OpenSSL: upgrade it, or look for a TLS proxy in front")}),
                s("Clients that retry with a lower version can no longer be forced down to it; clients that "
                  "really need the lower version still get it."), {}, {}};
    t << Advice{QStringLiteral("tls.no_downgrade_sentinel"),
                join({s("# no Exim setting: the TLS library writes the sentinel when it negotiates TLS 1.2 or lower"),
                      s("# (GnuTLS >= 3.6.5, OpenSSL >= 1.1.1). A TLS 1.3 server without it is usually a proxy or"),
                      s("# load balancer terminating TLS in front of Exim: upgrade or reconfigure that device")}),
                join({s("# no Postfix setting: OpenSSL >= 1.1.1 writes the sentinel by itself."),
                      s("# Look for a proxy or load balancer terminating TLS in front of Postfix")}),
                s("TLS 1.3 clients can tell an attacker's downgrade from a real TLS 1.2 server again; nothing "
                  "breaks."), {}, {}};
    t << Advice{QStringLiteral("tls.no_ems"),
                join({s("# GnuTLS build (Debian's exim4): GnuTLS uses it unless the priority string says"),
                      s("# %NO_SESSION_HASH: remove that keyword from tls_require_ciphers, e.g."),
                      s("tls_require_ciphers = NORMAL"),
                      s("# OpenSSL build only: OpenSSL >= 1.1.0 uses it by default; drop any openssl_options value"),
                      s("# that sets SSL_OP_NO_EXTENDED_MASTER_SECRET, or upgrade OpenSSL")}),
                join({s("# no named Postfix setting: OpenSSL >= 1.1.0 uses it by default."),
                      s("# Remove a tls_ssl_options hex value that sets SSL_OP_NO_EXTENDED_MASTER_SECRET (0x1),"),
                      s("# or upgrade OpenSSL")}),
                s("Sessions are bound to their whole handshake; clients without the extension still connect."), {}, {}};
    t << Advice{QStringLiteral("tls.no_etm"),
                join({s("# GnuTLS build (Debian's exim4): GnuTLS uses it unless the priority string says %NO_ETM:"),
                      s("# remove that keyword; and let the server's order prefer AEAD suites, e.g."),
                      s("tls_require_ciphers = NORMAL:%SERVER_PRECEDENCE"),
                      s("# OpenSSL build only: OpenSSL >= 1.1.0 uses it by default; drop any openssl_options value"),
                      s("# that sets SSL_OP_NO_ENCRYPT_THEN_MAC, or upgrade OpenSSL")}),
                join({s("# no named Postfix setting: OpenSSL >= 1.1.0 uses it by default. Remove a tls_ssl_options"),
                      s("# hex value that sets SSL_OP_NO_ENCRYPT_THEN_MAC (0x80000), or upgrade OpenSSL; and let"),
                      s("# the server's order prefer AEAD suites:"),
                      s("tls_preempt_cipherlist = yes")}),
                s("CBC records are authenticated before they are decrypted; senders that cannot do it keep "
                  "the old order, and AEAD-capable senders are not affected."), {}, {}};
    // Resumption, OCSP stapling, 0-RTT (scan/resumption_probes.h).
    t << Advice{QStringLiteral("tls.no_resumption"),
                join({s("# main section (Exim >= 4.95): session tickets (TLS 1.2 and 1.3) for the hosts listed;"),
                      s("# Exim keeps no session-id cache of its own"),
                      s("tls_resumption_hosts = *")}),
                join({s("# main.cf: a session-id cache for TLS 1.2 (tickets are on unless turned off)"),
                      s("smtpd_tls_session_cache_database = btree:${data_directory}/smtpd_scache"),
                      s("smtpd_tls_session_cache_timeout = 3600s"),
                      s("# and drop NO_TICKET from tls_ssl_options if it is there")}),
                s("Senders that keep sessions (Postfix's smtp client with smtp_tls_session_cache_database) "
                  "reconnect with an abbreviated handshake; nothing changes for the others."), {}, {}};
    t << Advice{QStringLiteral("tls.ocsp_must_staple_missing"),
                join({s("# main section: staple the CA's OCSP response, kept fresh by a cron job, e.g. hourly"),
                      s("# openssl ocsp -issuer CHAIN.pem -cert CERT.pem -url $(openssl x509 -in CERT.pem -noout -ocsp_uri) \\"),
                      s("#   -respout /etc/exim4/ocsp.der -no_nonce"),
                      s("tls_ocsp_file = /etc/exim4/ocsp.der"),
                      s("# or get a certificate without the must-staple extension")}),
                join({s("# Postfix's smtpd cannot staple OCSP responses at all: get a certificate without the"),
                      s("# must-staple (TLS feature) extension, e.g. certbot without --must-staple")}),
                s("Clients that honour must-staple (browsers, some TLS stacks) connect again; nothing breaks "
                  "for the others."), {}, {}};
    t << Advice{QStringLiteral("tls.ocsp_staple_revoked"),
                join({s("# the certificate is revoked: make a new key and certificate, then point Exim at them"),
                      s("tls_certificate = /etc/exim4/new-chain.pem"),
                      s("tls_privatekey = /etc/exim4/new-key.pem"),
                      s("# and fetch a fresh OCSP response for it into tls_ocsp_file")}),
                join({s("# the certificate is revoked: make a new key and certificate"),
                      s("smtpd_tls_chain_files = /etc/postfix/new-key.pem, /etc/postfix/new-chain.pem"),
                      s("# (the staple itself comes from a proxy in front: Postfix's smtpd does not staple)")}),
                s("Clients verify the certificate again; a revoked key no longer protects the mail."), {}, {}};
    t << Advice{QStringLiteral("tls.ocsp_staple_stale"),
                join({s("# the response in tls_ocsp_file is out of date: whatever refreshes it has stopped. Refresh"),
                      s("# it by cron well before nextUpdate; Exim rereads the file for new connections, e.g."),
                      s("# openssl ocsp -issuer CHAIN.pem -cert CERT.pem -url URL -respout /etc/exim4/ocsp.der -no_nonce"),
                      s("tls_ocsp_file = /etc/exim4/ocsp.der")}),
                join({s("# Postfix's smtpd does not staple: the staple comes from a TLS proxy in front of it;"),
                      s("# fix the OCSP refresh there")}),
                s("Clients that check staples get a current answer again; with must-staple, they connect again."), {}, {}};
    t << Advice{QStringLiteral("tls.ocsp_staple_unusable"),
                join({s("# tls_ocsp_file must hold the DER response for the certificate in tls_certificate, from"),
                      s("# its issuer's responder; refetch it after every certificate renewal, e.g."),
                      s("# openssl ocsp -issuer CHAIN.pem -cert CERT.pem -url URL -respout /etc/exim4/ocsp.der -no_nonce"),
                      s("tls_ocsp_file = /etc/exim4/ocsp.der")}),
                join({s("# Postfix's smtpd does not staple: the staple comes from a TLS proxy in front of it;"),
                      s("# give it the response for the certificate it serves")}),
                s("Clients that look at the staple can use it; nothing breaks."), {}, {}};
    t << Advice{QStringLiteral("tls.early_data_accepted"),
                join({s("# Exim does not turn on TLS 1.3 early data itself (GnuTLS and OpenSSL keep it off):"),
                      s("# a TLS-terminating proxy in front of Exim accepts it; turn 0-RTT off there, or leave it"),
                      s("# if replayed SMTP commands are acceptable")}),
                join({s("# Postfix does not turn on TLS 1.3 early data (OpenSSL keeps it off by default): a"),
                      s("# TLS-terminating proxy in front of Postfix accepts it; turn 0-RTT off there")}),
                s("Resumed clients wait one round trip before sending, as everyone else does; nothing breaks."), {}, {}};
    t << Advice{QStringLiteral("tls.heartbleed"),
                join({s("# no Exim setting: upgrade the TLS library Exim is linked with (OpenSSL 1.0.1g or later;"),
                      s("# Debian: apt-get install --only-upgrade libssl* exim4-daemon-heavy), restart Exim, then"),
                      s("# make a new key and certificate (tls_privatekey / tls_certificate) and revoke the old one")}),
                join({s("# no Postfix setting: upgrade OpenSSL (1.0.1g or later), restart Postfix, then make a new"),
                      s("# key and certificate (smtpd_tls_chain_files) and revoke the old one")}),
                s("Nothing to lose: a fixed library simply ignores malformed heartbeats."), {}, {}};
    t << Advice{QStringLiteral("tls.ccs_injection"),
                join({s("# no Exim setting: upgrade the TLS library Exim is linked with (OpenSSL 0.9.8za, 1.0.0m,"),
                      s("# 1.0.1h or later) and restart Exim")}),
                join({s("# no Postfix setting: upgrade OpenSSL (0.9.8za, 1.0.0m, 1.0.1h or later) and restart Postfix")}),
                s("Nothing to lose: correct peers never send ChangeCipherSpec early."), {}, {}};
    t << Advice{QStringLiteral("tls.robot"),
                join({s("# upgrade the TLS library (or the appliance in front of Exim), and drop RSA key exchange:"),
                      s("# GnuTLS build (Debian's exim4):"),
                      s("tls_require_ciphers = NORMAL:-RSA"),
                      s("# OpenSSL build:"),
                      s("# tls_require_ciphers = DEFAULT:!kRSA")}),
                join({s("# upgrade OpenSSL (or the appliance in front of Postfix), and drop RSA key exchange:"),
                      s("smtpd_tls_exclude_ciphers = kRSA"),
                      s("# (or leave it out of the list tls_high_cipherlist / tls_medium_cipherlist names)")}),
                s("Senders that offer only TLS_RSA_* suites (very old appliances) fall back to cleartext; "
                  "everything from the last decade offers ECDHE."), {}, {}};
    t << Advice{QStringLiteral("tls.ticketbleed"),
                join({s("# not Exim itself: a TLS-terminating device in front of it (F5 BIG-IP) answers. Upgrade its"),
                      s("# firmware, or turn session tickets off in its client SSL profile")}),
                join({s("# not Postfix itself: a TLS-terminating device in front of it (F5 BIG-IP) answers. Upgrade its"),
                      s("# firmware, or turn session tickets off in its client SSL profile")}),
                s("Without tickets, clients resume by session id or make full handshakes: a little more CPU."), {}, {}};
    t << Advice{QStringLiteral("tls.beast"),
                join({s("# turn TLS 1.0 off once no partner needs it (GnuTLS build):"),
                      s("tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1")}),
                join({s("# turn TLS 1.0 off once no partner needs it:"),
                      s("smtpd_tls_protocols = >=TLSv1.2"),
                      s("smtpd_tls_mandatory_protocols = >=TLSv1.2")}),
                s("Senders that speak only TLS 1.0 (very old systems) fall back to cleartext."), {}, {}};
    t << Advice{QStringLiteral("tls.lucky13"),
                join({s("# prefer AEAD suites and keep encrypt_then_mac on (GnuTLS build):"),
                      s("tls_require_ciphers = NORMAL:%SERVER_PRECEDENCE"),
                      s("# or drop CBC entirely once no partner needs it: NORMAL:-CIPHER-ALL:+AES-256-GCM:+AES-128-GCM:+CHACHA20-POLY1305")}),
                join({s("# prefer AEAD suites (OpenSSL's order already does):"),
                      s("tls_preempt_cipherlist = yes"),
                      s("# or drop CBC once no partner needs it: smtpd_tls_exclude_ciphers = CBC")}),
                s("Preferring AEAD costs nothing; dropping CBC leaves old senders (TLS 1.0/1.1 only) in cleartext."), {}, {}};
    t << Advice{QStringLiteral("smtp.rate_limited"),
                join({s("# main section: let a trusted scanner through, limit everyone else"),
                      s("smtp_accept_max_per_host = ${if eq{$sender_host_address}{192.0.2.10}{0}{10}}")}),
                join({s("# main.cf: exempt the scanner from connection limits"),
                      s("smtpd_client_event_limit_exceptions = 192.0.2.10")}),
                s("Nothing to fix for partners: the limit protects the server. Exempting the scanner only "
                  "makes scans faster."), {}, {}};

    // Silence only, never a 421 or a close: load or a deliberate delay, and the fix depends on
    // which; the server's log tells them apart, so the fix says how to read it first.
    t << Advice{QStringLiteral("smtp.slow_greeting"),
                join({s("# first tell the two readings apart in the mainlog at the time of the scan:"),
                      s("# connections logged seconds late (or in bursts) = the daemon accepts late under load;"),
                      s("# a connect ACL with 'delay =' = a deliberate tarpit, nothing to fix."),
                      s("# late accepts: a longer listen queue (default 20), main section:"),
                      s("smtp_connect_backlog = 128"),
                      s("# and find what loads the machine (content scanning, DNS lookups at connect)")}),
                join({s("# first tell the readings apart in the mail log at the time of the scan:"),
                      s("# postscreen's greet pause is deliberate (up to postscreen_greet_wait, 6 s by default)"),
                      s("# and nothing to fix; every smtpd process busy = connections wait to be accepted:"),
                      s("default_process_limit = 200"),
                      s("# (and the smtp service's maxproc column in master.cf, if set there)")}),
                s("Partners whose connections now wait for a greeting get it in time; senders with short "
                  "banner timeouts stop deferring."), {}, {}};

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
    // The domain view's findings about its MX addresses are the session findings' causes seen
    // across a domain's hosts: the same server-side fixes (the DNS side is dnsFix()'s).
    const auto alias = [&t](const char *id, const char *from) {
        for (const Advice &a : std::as_const(t))
            if (a.id == QLatin1String(from)) {
                Advice copy = a;
                copy.id = QLatin1String(id);
                t << copy;
                return;
            }
    };
    alias("mx.no_starttls", "starttls.not_offered");
    alias("mx.tls_failed", "tls.handshake_failed");
    alias("mx.cert_name_mismatch", "cert.hostname_mismatch");
    alias("mx.cert_untrusted", "cert.untrusted");
    alias("dane.no_tls", "starttls.not_offered");
    t << Advice{QStringLiteral("mx.inconsistent"),
                join({s("# Give every node behind the MX name the same files and settings, e.g. from one"),
                      s("# configuration management source; then reload Exim on each node:"),
                      s("tls_certificate = /etc/exim4/cert.pem"), s("tls_privatekey = /etc/exim4/key.pem")}),
                join({s("# main.cf on every node, the same files everywhere; then postfix reload:"),
                      s("smtpd_tls_chain_files = /etc/postfix/key.pem, /etc/postfix/fullchain.pem")}),
                s("Partners get the same answer from every node; a failure that looked random disappears."),
                QString(), QString()};
    return t;
}

// ---- the fixes a rule set words for itself ---------------------------------------------------
// Shorter than the table's, and parameterised where the rule saw a file, a bit count or a suite.

struct FixText {
    QString exim;
    QString postfix;
};

const char *const kSessionVersionsExim =
    "# Exim with GnuTLS:\ntls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1\n"
    "# Exim with OpenSSL:\nopenssl_options = +no_tlsv1 +no_tlsv1_1";
const char *const kSessionVersionsPostfix = "smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2";
const char *const kScanVersionsExim =
    "# GnuTLS build (Debian):\ntls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2\n"
    "# OpenSSL build:\nopenssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1";
const char *const kScanVersionsPostfix =
    "smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n"
    "# Postfix < 3.6: smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1";
const char *const kChainExim = "tls_certificate = /etc/exim4/fullchain.pem  # server certificate first, then each intermediate";
const char *const kChainPostfix =
    "smtpd_tls_chain_files = /etc/postfix/key.pem, /etc/postfix/fullchain.pem  # leaf, then intermediates";

// A session sees one negotiated version and key exchange, a scan every version and suite, the
// certificate rules one chain: each words the fixes of its ids for what it saw.
struct RuleFixText {
    const char *rules;
    const char *ids;   // one or more, separated by spaces
    const char *exim;
    const char *postfix;
};

const RuleFixText kRuleFixes[] = {
    {fixfacts::kSessionRules, "starttls.not_offered",
     "tls_advertise_hosts = *\ntls_certificate = /etc/exim4/cert.pem\ntls_privatekey = /etc/exim4/key.pem",
     "smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /etc/postfix/key.pem, /etc/postfix/cert.pem"},
    {fixfacts::kSessionRules, "client_cert.required",
     "# verify client certificates only when offered:\ntls_try_verify_hosts = *\n# instead of tls_verify_hosts = *",
     "smtpd_tls_ask_ccert = yes\n# and not smtpd_tls_req_ccert = yes"},
    {fixfacts::kSessionRules, "protocol.sslv3_enabled protocol.tls10_enabled protocol.tls11_enabled", kSessionVersionsExim,
     kSessionVersionsPostfix},
    {fixfacts::kSessionRules, "kex.dh_weak",
     "tls_dhparam = ffdhe2048\n# or a file made with: openssl dhparam -out dh2048.pem 2048",
     "smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\n# (the name is historical; give it a 2048-bit file)"},
    {fixfacts::kSessionRules, "auth.plaintext_before_tls", "auth_advertise_hosts = ${if eq{$tls_cipher}{}{}{*}}",
     "smtpd_tls_auth_only = yes"},

    {fixfacts::kScanRules, "protocol.sslv2_enabled protocol.sslv3_enabled protocol.tls10_enabled protocol.tls11_enabled",
     kScanVersionsExim, kScanVersionsPostfix},
    {fixfacts::kScanRules, "protocol.tls13_missing",
     "# GnuTLS build: do not remove it, e.g.\ntls_require_ciphers = NORMAL\n"
     "# OpenSSL build: remove +no_tlsv1_3 from openssl_options",
     "# with OpenSSL >= 1.1.1, do not exclude it:\nsmtpd_tls_protocols = >=TLSv1.2"},
    {fixfacts::kScanRules, "kex.dh_weak",
     "tls_dhparam = ffdhe2048\n# or a file made with: openssl dhparam -out /etc/exim4/dh2048.pem 2048",
     "# Postfix >= 3.7 uses a 2048-bit group by default; otherwise:\n"
     "smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\n"
     "# made with: openssl dhparam -out /etc/postfix/dh2048.pem 2048"},
    {fixfacts::kScanRules, "kex.dhe_fails",
     "# give DHE a group (RFC 7919) or a parameter file, main section:\ntls_dhparam = ffdhe2048\n"
     "# or a file made with: openssl dhparam -out /etc/exim4/dh2048.pem 2048",
     "smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\n"
     "# made with: openssl dhparam -out /etc/postfix/dh2048.pem 2048"},
    {fixfacts::kScanRules, "cert.ecdsa_only",
     "tls_certificate = /etc/exim4/rsa.crt : /etc/exim4/ecdsa.crt\ntls_privatekey = /etc/exim4/rsa.key : /etc/exim4/ecdsa.key",
     "smtpd_tls_chain_files = /etc/postfix/rsa.pem, /etc/postfix/ecdsa.pem"},
    {fixfacts::kScanRules, "smtp.rate_limited",
     "# to let a trusted scanner through, e.g.:\n"
     "smtp_accept_max_per_host = ${if eq{$sender_host_address}{192.0.2.10}{0}{10}}",
     "# exempt the scanner from connection limits:\nsmtpd_client_event_limit_exceptions = 192.0.2.10"},

    // A scan's tls.handshake_failed: offers answered with nothing a client can finish, not a
    // refusal of the offer, so no cipher list to widen; the server's own log names the reason.
    {fixfacts::kScanRules, "tls.handshake_failed",
     "# the reason is in Exim's mainlog / paniclog at the time of the scan (\"TLS error on connection\"):\n"
     "# usually a certificate or key it cannot load or send\n"
     "tls_certificate = /etc/exim4/cert.pem\ntls_privatekey = /etc/exim4/key.pem\n"
     "# nothing logged: look for a proxy or filter in front of Exim that cuts the handshake",
     "# the reason is in the mail log at the time of the scan (\"SSL_accept error\", \"TLS library problem\"):\n"
     "# usually a certificate or key it cannot load or send\n"
     "smtpd_tls_chain_files = /etc/postfix/key.pem, /etc/postfix/cert.pem\n"
     "# nothing logged: look for a proxy or filter in front of Postfix that cuts the handshake"},

    {fixfacts::kCertificateRules, "chain.order_wrong chain.extra_certificate chain.root_included", kChainExim, kChainPostfix},
    {fixfacts::kCertificateRules, "chain.intermediate_missing",
     "# a public CA's missing intermediate: append it\ntls_certificate = /etc/exim4/fullchain.pem  # server certificate "
     "first, then each intermediate\n# a private root is not served: the senders must trust it (check: --ca-file ROOT.pem)",
     "# a public CA's missing intermediate: append it\nsmtpd_tls_chain_files = /etc/postfix/key.pem, /etc/postfix/fullchain.pem"
     "  # leaf, then intermediates\n# a private root is not served: the senders must trust it (check: --ca-file ROOT.pem)"},
    {fixfacts::kCertificateRules, "key.mismatch",
     "tls_certificate = /etc/exim4/fullchain.pem\ntls_privatekey = /etc/exim4/privkey.pem  # the key of that certificate",
     "smtpd_tls_chain_files = /etc/postfix/privkey.pem, /etc/postfix/fullchain.pem  # key first, then its certificate"},
};

const char *const kEximGnutlsNote =
    "Debian's Exim is built with GnuTLS: tls_require_ciphers takes a GnuTLS priority string. "
    "An Exim built with OpenSSL takes an OpenSSL cipher list there instead, and only it knows openssl_options.";

// A scan's cipher.* fix: the removal for each build, and the note which build is which.
FixText scanCipherFix(const CipherRemoval &r)
{
    return {QStringLiteral("# GnuTLS build:\ntls_require_ciphers = %1\n# OpenSSL build:\ntls_require_ciphers = %2\n# %3")
                .arg(QLatin1String(r.gnutls), QLatin1String(r.openssl), QLatin1String(kEximGnutlsNote)),
            QStringLiteral("smtpd_tls_exclude_ciphers = %1\nsmtpd_tls_mandatory_exclude_ciphers = $smtpd_tls_exclude_ciphers")
                .arg(QLatin1String(r.postfixExclude))};
}

// cert.differs_from_file: name the file the server should serve.
FixText expectedFileFix(const Finding &f)
{
    const QString file = f.facts.value(QLatin1String(fixfacts::kFile));
    return {QStringLiteral("tls_certificate = %1\n# then: systemctl reload exim4").arg(file),
            QStringLiteral("smtpd_tls_chain_files = /etc/postfix/privkey.pem, %1\n# then: postfix reload").arg(file)};
}

// compat.cert_type_mismatch: serve the type the partner needs next to the one served.
FixText bothCertificatesFix(const Finding &f)
{
    const QStringList needed = f.facts.value(QLatin1String(fixfacts::kNeededTypes)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList served = f.facts.value(QLatin1String(fixfacts::kServedTypes)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString need = needed.value(0, QStringLiteral("RSA"));
    const QString have = served.value(0, QStringLiteral("ECDSA"));
    const QString n = need.toLower(), h = have.toLower();
    return {QStringLiteral("# Exim 4.90 or later (GnuTLS and OpenSSL builds): serve both certificates; list the keys\n"
                           "# in the same order (GnuTLS requires it)\n"
                           "tls_certificate = /etc/exim4/%1.pem : /etc/exim4/%2.pem\n"
                           "tls_privatekey = /etc/exim4/%1.key : /etc/exim4/%2.key\n"
                           "# Exim with OpenSSL before 1.1.1: $tls_in_ourcert is unreliable with two certificates\n"
                           "# a new %3 key: openssl genpkey -algorithm %4 -out /etc/exim4/%1.key\n")
                .arg(n, h, need, need == QLatin1String("ECDSA") ? QStringLiteral("EC -pkeyopt ec_paramgen_curve:P-256")
                                                               : QStringLiteral("RSA -pkeyopt rsa_keygen_bits:2048")),
            QStringLiteral("# Postfix 3.4 or later: one key and its chain per algorithm\n"
                           "smtpd_tls_chain_files = /etc/postfix/%1-key.pem, /etc/postfix/%1-chain.pem,\n"
                           "    /etc/postfix/%2-key.pem, /etc/postfix/%2-chain.pem\n"
                           "# before 3.4: smtpd_tls_cert_file + smtpd_tls_key_file (RSA) and\n"
                           "# smtpd_tls_eccert_file + smtpd_tls_eckey_file (ECDSA)\n")
                .arg(n, h)};
}

// compat.dh_too_small: a standard group at least as large as the partner's minimum.
FixText largerDhFix(const Finding &f)
{
    const int minBits = f.facts.value(QLatin1String(fixfacts::kMinDhBits)).toInt();
    const int bits = minBits > 2048 ? minBits : 2048;
    return {QStringLiteral("# server: a standard %1-bit group (RFC 7919) instead of the small prime\n"
                           "tls_dhparam = ffdhe%1\n"
                           "# the partner's side (Exim/GnuTLS only, weakens it): tls_dh_min_bits = 1024 on its smtp transport\n")
                .arg(bits),
            QStringLiteral("# the parameter's name is historic; the file's size is what counts\n"
                           "smtpd_tls_dh1024_param_file = /etc/postfix/dh%1.pem\n"
                           "# make it: openssl dhparam -out /etc/postfix/dh%1.pem %1\n")
                .arg(bits)};
}

// compat.protocol_mismatch: the server switches its new versions back on, or accepts the
// partner's newest old one again.
FixText sharedVersionFix(const Finding &f)
{
    if (f.facts.value(QLatin1String(fixfacts::kServerTooOld)) == QLatin1String("yes"))
        return {QStringLiteral("# Exim with GnuTLS: drop the -VERS-… items that switch TLS 1.2/1.3 off\n"
                               "tls_require_ciphers = NORMAL\n"
                               "# Exim with OpenSSL: openssl_options must not contain +no_tlsv1_2 / +no_tlsv1_3\n"),
                QStringLiteral("# Postfix 3.6 or later (older: smtpd_tls_protocols = !SSLv2, !SSLv3)\n"
                               "smtpd_tls_protocols = >=TLSv1\n"
                               "smtpd_tls_mandatory_protocols = >=TLSv1\n")};
    const QString version = tlsVersionLabel(f.facts.value(QLatin1String(fixfacts::kPartnerNewestVersion)));
    return {QStringLiteral("# better: the partner upgrades. If you must accept %1 again (weakens every connection):\n"
                           "# Exim with GnuTLS\n"
                           "tls_require_ciphers = NORMAL:+VERS-TLS1.1:+VERS-TLS1.0\n"
                           "# Exim with OpenSSL 3: also tls_require_ciphers = DEFAULT:@SECLEVEL=0\n")
                .arg(version),
            QStringLiteral("# better: the partner upgrades. If you must accept %1 again (weakens every connection):\n"
                           "smtpd_tls_protocols = >=TLSv1\n"
                           "# with OpenSSL 3 also: tls_config_file naming a [system_default] section with\n"
                           "# CipherString = DEFAULT@SECLEVEL=0\n")
                .arg(version)};
}

// compat.no_shared_cipher: accept the partner's best suite the certificates allow, or a group.
FixText sharedSuiteFix(const Finding &f)
{
    if (f.facts.value(QLatin1String(fixfacts::kLacking)) == QLatin1String("group"))
        return {QStringLiteral("# Exim with GnuTLS\ntls_require_ciphers = NORMAL:+GROUP-X25519:+GROUP-SECP256R1\n"),
                QStringLiteral("tls_eecdh_auto_curves = X25519 X448 prime256v1 secp521r1 secp384r1\n")};
    bool known = false;
    const quint16 code = f.facts.value(QLatin1String(fixfacts::kSuggestedSuite)).mid(2).toUShort(&known, 16);   // "0x0005"
    const SuiteInfo *suggest = known ? CipherCatalog::instance().byCode(code) : nullptr;
    if (!suggest) {
        const QString none = QStringLiteral("# no suite of this partner fits the certificates served; see the detail\n");
        return {none, none};
    }
    const QString ossl = opensslNameOf(*suggest);
    QString gnutlsCipher = suggest->enc;
    if (gnutlsCipher == QLatin1String("3DES-EDE-CBC"))
        gnutlsCipher = QStringLiteral("3DES-CBC");
    else if (gnutlsCipher == QLatin1String("RC4-128"))
        gnutlsCipher = QStringLiteral("ARCFOUR-128");
    const QString kx = suggest->kex == QLatin1String("RSA") ? QStringLiteral("RSA") : suggest->kex + QLatin1Char('-') + suggest->auth;
    const bool opensslLacks = suggest->openssl.isEmpty();
    FixText fix;
    fix.exim = QStringLiteral("# accept %1 as well\n"
                              "# Exim with GnuTLS:\n"
                              "tls_require_ciphers = NORMAL:+%2:+%3:+%4\n"
                              "# Exim with OpenSSL:%5\n")
                   .arg(suggest->iana, kx, gnutlsCipher, suggest->mac == QLatin1String("AEAD") ? QStringLiteral("AEAD") : suggest->mac,
                        opensslLacks ? QStringLiteral(" OpenSSL 3 no longer has this suite; the partner must offer a newer one")
                                     : QStringLiteral(" tls_require_ciphers = DEFAULT:%1").arg(ossl));
    fix.postfix = opensslLacks
                      ? QStringLiteral("# Postfix uses OpenSSL, and OpenSSL 3 no longer has %1 (%2):\n"
                                       "# the partner has to offer a current suite.\n").arg(suggest->iana, ossl)
                      : QStringLiteral("# make sure smtpd_tls_exclude_ciphers does not remove %1\n"
                                       "smtpd_tls_ciphers = medium\n").arg(ossl);
    return fix;
}

// The rule set's own fix for this finding; empty when it words none (the table's lines apply).
FixText ruleFix(const Finding &f)
{
    const QString rules = f.facts.value(QLatin1String(fixfacts::kRules));
    if (rules.isEmpty())
        return {};
    for (const RuleFixText &r : kRuleFixes)
        if (rules == QLatin1String(r.rules) && QString::fromLatin1(r.ids).split(QLatin1Char(' ')).contains(f.id))
            return {QString::fromUtf8(r.exim), QString::fromUtf8(r.postfix)};
    if (rules == QLatin1String(fixfacts::kScanRules))
        for (const CipherRemoval &r : kCipherRemovals)
            if (f.id == QLatin1String(r.id))
                return scanCipherFix(r);
    if (rules == QLatin1String(fixfacts::kCertificateRules) && f.id == QLatin1String("cert.differs_from_file"))
        return expectedFileFix(f);
    if (rules != QLatin1String(fixfacts::kSimulation))
        return {};
    if (f.id == QLatin1String("compat.cert_type_mismatch"))
        return bothCertificatesFix(f);
    if (f.id == QLatin1String("compat.dh_too_small"))
        return largerDhFix(f);
    if (f.id == QLatin1String("compat.protocol_mismatch"))
        return sharedVersionFix(f);
    if (f.id == QLatin1String("compat.no_shared_cipher"))
        return sharedSuiteFix(f);
    return {};
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

// The fix, then the consequence note and the sending side; once only.
QString withConsequence(const QString &fix, const QString &consequence, const QString &sending)
{
    if (fix.contains(QLatin1String(kConsequenceMarker)))
        return fix;
    QStringList parts;
    parts << fix;
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


// What to publish in DNS (or the MTA-STS policy file) for the domain view's findings, from the
// facts diagnose/domain_rules gave: the domain, the MX host, the TLSA owner name, the records
// the served certificates would need, the MX host names.
static QString dnsFix(const Finding &f)
{
    const QString domain = f.facts.value(QStringLiteral("domain"));
    const QString host = f.facts.value(QStringLiteral("host"));
    const QString tlsaName = f.facts.value(QStringLiteral("tlsa_name"));
    const QStringList suggested = f.facts.value(QStringLiteral("suggested_records")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList hosts = f.facts.value(QStringLiteral("hosts")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString id = f.id;
    const auto tlsaLines = [&](const QString &comment) {
        QStringList lines{comment};
        for (const QString &r : suggested)
            lines << QStringLiteral("%1. IN TLSA %2").arg(tlsaName, r);
        return lines.join(QLatin1Char('\n'));
    };
    const auto policyText = [&](const QString &mode) {
        QStringList lines{QStringLiteral("# https://mta-sts.%1/.well-known/mta-sts.txt (text/plain, CRLF lines):").arg(domain),
                          QStringLiteral("version: STSv1"), QStringLiteral("mode: %1").arg(mode.isEmpty() ? QStringLiteral("testing") : mode)};
        for (const QString &h : hosts)
            lines << QStringLiteral("mx: %1").arg(h);
        lines << QStringLiteral("max_age: 604800")
              << QStringLiteral("# then change the id so senders fetch it again:")
              << QStringLiteral("_mta-sts.%1. IN TXT \"v=STSv1; id=%2\"")
                     .arg(domain, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
        return lines.join(QLatin1Char('\n'));
    };
    if (id == QLatin1String("mx.bogus") || id == QLatin1String("dane.bogus"))
        return QStringLiteral("# Find what fails: dig +dnssec +cd %1 shows the data and signatures; expired RRSIGs\n"
                              "# need a re-sign (is the signer's cron or the DNS host's signing running?); a DS at the\n"
                              "# parent that matches no DNSKEY needs the DS replaced at the registrar.\n"
                              "ldns-verify-zone ZONEFILE   # or: dnssec-verify -o ZONE ZONEFILE")
            .arg(tlsaName.isEmpty() ? (host.isEmpty() ? domain : host) : tlsaName);
    if (id == QLatin1String("dane.mismatch"))
        return tlsaLines(QStringLiteral("# DANE senders are failing now: publish the record of the key served now at once.\n"
                                        "# Keep the old record only while some node still serves the old key; remove it after.\n"
                                        "# (Next time publish the next key's record first: `mailtls records --next-key`.)"));
    if (id == QLatin1String("dane.unusable_usage"))
        return tlsaLines(QStringLiteral("# Replace the usage 0/1 records by DANE-EE (3 1 1) for the key served now, and\n"
                                        "# a 2 1 1 for the issuing CA if you prefer to pin the CA:"));
    if (id == QLatin1String("dane.insecure"))
        return QStringLiteral("# Sign the zone that holds %1 (DNSSEC) and publish its DS at the parent; or delete\n"
                              "# the TLSA records, which mean nothing unsigned.").arg(tlsaName);
    if (id == QLatin1String("dane.host_insecure"))
        return QStringLiteral("# Sign the zone that holds the A/AAAA records of %1 and publish its DS at the parent;\n"
                              "# DANE senders look up TLSA only for hosts whose addresses are signed.").arg(host);
    if (id == QLatin1String("dane.lookup_failed"))
        return QStringLiteral("# The zone's servers must answer a TLSA query for %1 (NOERROR, or NXDOMAIN with a\n"
                              "# signed denial); test each authoritative server: dig @SERVER %1 TLSA +dnssec").arg(tlsaName);
    if (id == QLatin1String("dane.no_rollover"))
        return QStringLiteral("# Publish the next key's record now, beside the current one:\n"
                              "#   mailtls records --domain %1 --mx %2 --cert CURRENT.pem --next-key NEXT-KEY.pem\n"
                              "%3. IN TLSA 3 1 1 <SHA-256 of the next key's SubjectPublicKeyInfo>")
            .arg(domain, tlsaName.mid(QStringLiteral("_25._tcp.").size()), tlsaName);
    if (id == QLatin1String("dane.record_form"))
        return QStringLiteral("# Prefer 3 1 1 (the key's SHA-256): `mailtls records --cert` writes it.\n%1. IN TLSA 3 1 1 ...").arg(tlsaName);
    if (id == QLatin1String("dane.record_invalid"))
        return QStringLiteral("# Rewrite the records in the form USAGE SELECTOR TYPE HEX, e.g.\n%1. IN TLSA 3 1 1 <64 hex digits>").arg(tlsaName);
    if (id == QLatin1String("dane.none"))
        return QStringLiteral("# In a DNSSEC-signed zone, for each MX host (mailtls records --cert writes them):\n%1")
            .arg([&] {
                QStringList l;
                for (const QString &h : hosts)
                    l << QStringLiteral("_25._tcp.%1. IN TLSA 3 1 1 <SHA-256 of its key>").arg(h);
                return l.join(QLatin1Char('\n'));
            }());
    if (id == QLatin1String("mtasts.txt_duplicate") || id == QLatin1String("mtasts.txt_invalid"))
        return QStringLiteral("# Exactly one record, replacing the others:\n_mta-sts.%1. IN TXT \"v=STSv1; id=%2\"")
            .arg(domain, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
    if (id == QLatin1String("mtasts.mx_not_covered") || id == QLatin1String("mtasts.policy_invalid") ||
        id == QLatin1String("mtasts.pattern_unused"))
        return policyText(f.facts.value(QStringLiteral("mode")));
    if (id == QLatin1String("mtasts.none"))
        return QStringLiteral("# Start in testing mode, read the TLS-RPT reports, then switch to enforce:\n") + policyText(QStringLiteral("testing"));
    if (id == QLatin1String("mtasts.policy_redirect"))
        return QStringLiteral("# Serve the file itself (200, text/plain) at https://mta-sts.%1/.well-known/mta-sts.txt;\n"
                              "# senders never follow redirects.").arg(domain);
    if (id == QLatin1String("mtasts.policy_cert_invalid"))
        return QStringLiteral("# mta-sts.%1 needs a certificate from a public CA that names mta-sts.%1\n"
                              "# (e.g. from Let's Encrypt), with its intermediate served.").arg(domain);
    if (id == QLatin1String("mtasts.policy_unavailable") || id == QLatin1String("mtasts.policy_too_large") ||
        id == QLatin1String("mtasts.policy_content_type"))
        return QStringLiteral("# Serve the policy at https://mta-sts.%1/.well-known/mta-sts.txt with status 200,\n"
                              "# Content-Type: text/plain, a few lines long:\n").arg(domain) + policyText(QStringLiteral("testing"));
    if (id == QLatin1String("mtasts.mx_cert_invalid"))
        return QStringLiteral("# Not DNS: give the listed MX addresses a certificate from a public CA that names the\n"
                              "# MX host (see the Exim/Postfix lines of cert.untrusted and cert.hostname_mismatch);\n"
                              "# until then keep the policy in testing mode:\n") + policyText(QStringLiteral("testing"));
    if (id == QLatin1String("mtasts.max_age_short"))
        return QStringLiteral("# In the policy file: max_age: 604800 (a week) or more; change the TXT id after.");
    if (id == QLatin1String("tlsrpt.none") || id == QLatin1String("tlsrpt.duplicate") || id == QLatin1String("tlsrpt.invalid"))
        return QStringLiteral("# Exactly one record:\n_smtp._tls.%1. IN TXT \"v=TLSRPTv1; rua=mailto:tls-reports@%1\"").arg(domain);
    if (id == QLatin1String("mx.cname"))
        return QStringLiteral("# Point the MX at the host's own name (the CNAME's target), e.g.\n%1. IN MX 10 TARGET-HOST.").arg(domain);
    if (id == QLatin1String("mx.implicit") || id == QLatin1String("mx.none") || id == QLatin1String("mx.no_address"))
        return QStringLiteral("# Name the mail host explicitly, with its addresses:\n%1. IN MX 10 mail.%1.\nmail.%1. IN A ADDRESS").arg(domain);
    return QString();
}

// The IMAP/POP3/ManageSieve findings: Dovecot serves all three, from one setting.
static QString dovecotFix(const Finding &f)
{
    const QString &id = f.id;
    const bool cleartext = id == QLatin1String("imap.login_before_tls") || id == QLatin1String("pop3.plaintext_auth")
        || id == QLatin1String("sieve.auth_before_tls");
    if (cleartext)
        return QStringLiteral(
            "# conf.d/10-auth.conf: no password logins until TLS is up (LOGINDISABLED, no USER, no SASL PLAIN/LOGIN)\n"
            "disable_plaintext_auth = yes\n"
            "# Dovecot 2.4 names it: auth_allow_cleartext = no\n"
            "# conf.d/10-ssl.conf: or refuse every login without TLS, whatever the mechanism\n"
            "ssl = required\n"
            "# connections from the server's own address and login_trusted_networks still count as secure\n"
            "# then: doveadm reload");
    if (id.endsWith(QLatin1String(".capabilities_changed")))
        return QStringLiteral("# conf.d/10-auth.conf: the mechanisms offered once TLS is up\n"
                              "auth_mechanisms = plain login\n"
                              "# then: doveadm reload");
    return QString();
}

void applyDovecotAdvice(Findings *findings)
{
    auto starts = [](const QString &id, const char *prefix) { return id.startsWith(QLatin1String(prefix)); };
    for (Finding &f : *findings) {
        const QString &id = f.id;
        QString fix;
        if (starts(id, "cert.") || starts(id, "chain.") || starts(id, "key."))
            fix = QStringLiteral("# conf.d/10-ssl.conf: the server certificate first, then each intermediate; and its key\n"
                                 "ssl_cert = </etc/dovecot/private/fullchain.pem\n"
                                 "ssl_key = </etc/dovecot/private/privkey.pem\n"
                                 "# then: doveadm reload (renewals too, e.g. certbot --deploy-hook \"doveadm reload\")");
        else if (starts(id, "protocol.") && id != QLatin1String("protocol.tls13_missing"))
            fix = QStringLiteral("# conf.d/10-ssl.conf (Dovecot 2.3)\nssl_min_protocol = TLSv1.2\n# then: doveadm reload");
        else if (starts(id, "cipher."))
            fix = QStringLiteral("# conf.d/10-ssl.conf (TLS 1.2 and older; TLS 1.3 suites are all strong)\n"
                                 "ssl_cipher_list = ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:!aNULL:!eNULL:!MD5:!DSS\n"
                                 "ssl_prefer_server_ciphers = yes\n# then: doveadm reload");
        else if (id == QLatin1String("starttls.command_injection"))
            fix = QStringLiteral("# Dovecot discards input read before STARTTLS/STLS; one that runs it inside TLS is an\n"
                                 "# old or patched build, or a proxy in front of it replays the cleartext after the handshake:\n"
                                 "# dovecot --version, upgrade to your distribution's current package; or remove/fix that proxy\n"
                                 "# meanwhile, let no password travel before TLS (conf.d/10-ssl.conf):\n"
                                 "ssl = required\n# then: doveadm reload");
        else if (id == QLatin1String("starttls.not_offered"))
            fix = QStringLiteral("# conf.d/10-ssl.conf: TLS with a certificate, STARTTLS/STLS then offered\n"
                                 "ssl = required\n"
                                 "ssl_cert = </etc/dovecot/private/fullchain.pem\n"
                                 "ssl_key = </etc/dovecot/private/privkey.pem\n"
                                 "# conf.d/10-auth.conf\ndisable_plaintext_auth = yes\n# then: doveadm reload");
        else if (id == QLatin1String("kex.dhe_fails"))
            fix = QStringLiteral("# conf.d/10-ssl.conf: DH parameters for the DHE suites (Debian ships a file)\n"
                                 "ssl_dh = </usr/share/dovecot/dh.pem\n"
                                 "# or make one: openssl dhparam -out /etc/dovecot/dh.pem 4096\n"
                                 "# then: doveadm reload");
        else if (id == QLatin1String("kex.dh_weak"))
            fix = QStringLiteral("# conf.d/10-ssl.conf: a 2048-bit or larger group, e.g. Debian's own\n"
                                 "ssl_dh = </usr/share/dovecot/dh.pem\n"
                                 "# or made with: openssl dhparam -out /etc/dovecot/dh.pem 4096\n# then: doveadm reload");
        if (fix.isEmpty())
            continue;
        f.fixDovecot = fix;
        f.fixExim.clear();
        f.fixPostfix.clear();
    }
}

void writeFix(Finding *finding)
{
    if (finding->fixDovecot.isEmpty())
        finding->fixDovecot = dovecotFix(*finding);
    if (finding->fixDns.isEmpty())
        finding->fixDns = dnsFix(*finding);
    const Advice *advice = adviceFor(finding->id);
    if (!advice)
        return;
    const bool eximEmpty = finding->fixExim.trimmed().isEmpty();
    const bool postfixEmpty = finding->fixPostfix.trimmed().isEmpty();
    if (!eximEmpty && !postfixEmpty)
        return;
    const FixText own = ruleFix(*finding);
    if (eximEmpty)
        finding->fixExim = own.exim.isEmpty() ? advice->exim : own.exim;
    if (postfixEmpty)
        finding->fixPostfix = own.postfix.isEmpty() ? advice->postfix : own.postfix;
}

void applyAdvice(Finding *finding)
{
    if (finding->fixDovecot.isEmpty())
        finding->fixDovecot = dovecotFix(*finding);
    if (finding->fixDns.isEmpty())
        finding->fixDns = dnsFix(*finding);
    const Advice *advice = adviceFor(finding->id);
    if (!advice)
        return;
    writeFix(finding);
    finding->fixExim = withConsequence(finding->fixExim, advice->consequence, advice->eximSending);
    finding->fixPostfix = withConsequence(finding->fixPostfix, advice->consequence, advice->postfixSending);
}

void applyAdvice(Findings *findings)
{
    for (Finding &f : *findings)
        applyAdvice(&f);
}

} // namespace mailtls::core
