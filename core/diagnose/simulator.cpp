#include "diagnose/simulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "advise/advice.h"
#include "diagnose/cipher_list_parser.h"
#include "ossl/handles.h"
#include "report/json_report.h"
#include "report/ordered_json_writer.h"
#include "scan/cipher_catalog.h"
#include "scan/client_hello_builder.h"
#include "scan/scanner.h"
#include "scan/server_hello_parser.h"
#include "tls/tls_client.h"

namespace mailtls::core {

namespace {

bool isTls13Version(const QString &v)
{
    return v == QLatin1String("TLSv1.3");
}

int versionRank(const QString &v)
{
    return scanVersions().indexOf(v);
}

// The certificate key type a TLS <= 1.2 suite needs on the server; empty when none (anon, PSK).
QString certTypeForSuite(const SuiteInfo &s)
{
    if (s.kex == QLatin1String("ECDH"))
        return QStringLiteral("ECDSA");   // static ECDH: an EC key in the certificate
    if (s.auth == QLatin1String("RSA"))
        return QStringLiteral("RSA");
    if (s.auth == QLatin1String("ECDSA"))
        return QStringLiteral("ECDSA");
    if (s.auth == QLatin1String("DSS"))
        return QStringLiteral("DSA");
    return QString();
}

bool isEcGroup(const QString &g)
{
    return !g.startsWith(QLatin1String("ffdhe")) && !g.contains(QLatin1String("MLKEM")) && !g.contains(QLatin1String("Kyber"));
}

QString suiteLabel(const SuiteInfo &s)
{
    const QString ossl = opensslNameOf(s);
    if (ossl.isEmpty() || ossl == s.iana)
        return s.iana;
    return QStringLiteral("%1 (%2)").arg(ossl, s.iana);
}

QString shortSuite(const SuiteInfo &s)
{
    const QString ossl = opensslNameOf(s);
    return ossl.isEmpty() ? s.iana : ossl;
}

QString joinTypes(const QStringList &types, const QString &conjunction)
{
    if (types.size() <= 1)
        return types.value(0);
    return QStringList(types.mid(0, types.size() - 1)).join(QLatin1String(", ")) + QLatin1Char(' ') + conjunction
           + QLatin1Char(' ') + types.last();
}

QString articleFor(const QString &word)
{
    return word.startsWith(QLatin1Char('E')) || word.startsWith(QLatin1Char('R')) ? QStringLiteral("an") : QStringLiteral("a");
}

QString rangeText(const QStringList &versions)
{
    if (versions.isEmpty())
        return QStringLiteral("no version");
    QStringList sorted = versions;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return versionRank(a) < versionRank(b); });
    if (sorted.size() == 1)
        return tlsVersionLabel(sorted.first());
    return QStringLiteral("%1 – %2").arg(tlsVersionLabel(sorted.first()), tlsVersionLabel(sorted.last()));
}

QStringList serverCertificateTypes(const ScanResult &scan)
{
    if (!scan.certificateTypes.isEmpty())
        return scan.certificateTypes;
    QStringList types;   // older reports: what the accepted suites imply
    for (auto it = scan.ciphers.cbegin(); it != scan.ciphers.cend(); ++it)
        for (const SuiteInfo &s : it.value()) {
            const QString t = certTypeForSuite(s);
            if (!t.isEmpty() && !types.contains(t))
                types << t;
        }
    return types;
}

// ---- fixes -----------------------------------------------------------------------------------

void certificateFix(const QStringList &needed, const QStringList &served, Finding *f)
{
    const QString need = needed.value(0, QStringLiteral("RSA"));
    const QString have = served.value(0, QStringLiteral("ECDSA"));
    const QString n = need.toLower(), h = have.toLower();
    f->fixExim = QStringLiteral("# Exim 4.90 or later (GnuTLS and OpenSSL builds): serve both certificates; list the keys\n"
                                "# in the same order (GnuTLS requires it)\n"
                                "tls_certificate = /etc/exim4/%1.pem : /etc/exim4/%2.pem\n"
                                "tls_privatekey = /etc/exim4/%1.key : /etc/exim4/%2.key\n"
                                "# Exim with OpenSSL before 1.1.1: $tls_in_ourcert is unreliable with two certificates\n"
                                "# a new %3 key: openssl genpkey -algorithm %4 -out /etc/exim4/%1.key\n")
                     .arg(n, h, need, need == QLatin1String("ECDSA") ? QStringLiteral("EC -pkeyopt ec_paramgen_curve:P-256")
                                                                    : QStringLiteral("RSA -pkeyopt rsa_keygen_bits:2048"));
    f->fixPostfix = QStringLiteral("# Postfix 3.4 or later: one key and its chain per algorithm\n"
                                   "smtpd_tls_chain_files = /etc/postfix/%1-key.pem, /etc/postfix/%1-chain.pem,\n"
                                   "    /etc/postfix/%2-key.pem, /etc/postfix/%2-chain.pem\n"
                                   "# before 3.4: smtpd_tls_cert_file + smtpd_tls_key_file (RSA) and\n"
                                   "# smtpd_tls_eccert_file + smtpd_tls_eckey_file (ECDSA)\n")
                        .arg(n, h);
}

void dhFix(int minBits, Finding *f)
{
    const int bits = minBits > 2048 ? minBits : 2048;
    f->fixExim = QStringLiteral("# server: a standard %1-bit group (RFC 7919) instead of the small prime\n"
                                "tls_dhparam = ffdhe%1\n"
                                "# the partner's side (Exim/GnuTLS only, weakens it): tls_dh_min_bits = 1024 on its smtp transport\n")
                     .arg(bits);
    f->fixPostfix = QStringLiteral("# the parameter's name is historic; the file's size is what counts\n"
                                   "smtpd_tls_dh1024_param_file = /etc/postfix/dh%1.pem\n"
                                   "# make it: openssl dhparam -out /etc/postfix/dh%1.pem %1\n")
                        .arg(bits);
}

void protocolFix(bool serverTooOld, const QStringList &clientVersions, Finding *f)
{
    if (serverTooOld) {
        f->fixExim = QStringLiteral("# Exim with GnuTLS: drop the -VERS-… items that switch TLS 1.2/1.3 off\n"
                                    "tls_require_ciphers = NORMAL\n"
                                    "# Exim with OpenSSL: openssl_options must not contain +no_tlsv1_2 / +no_tlsv1_3\n");
        f->fixPostfix = QStringLiteral("# Postfix 3.6 or later (older: smtpd_tls_protocols = !SSLv2, !SSLv3)\n"
                                       "smtpd_tls_protocols = >=TLSv1\n"
                                       "smtpd_tls_mandatory_protocols = >=TLSv1\n");
        return;
    }
    const QString oldest = tlsVersionLabel(clientVersions.value(clientVersions.size() - 1));
    f->fixExim = QStringLiteral("# better: the partner upgrades. If you must accept %1 again (weakens every connection):\n"
                                "# Exim with GnuTLS\n"
                                "tls_require_ciphers = NORMAL:+VERS-TLS1.1:+VERS-TLS1.0\n"
                                "# Exim with OpenSSL 3: also tls_require_ciphers = DEFAULT:@SECLEVEL=0\n")
                     .arg(oldest);
    f->fixPostfix = QStringLiteral("# better: the partner upgrades. If you must accept %1 again (weakens every connection):\n"
                                   "smtpd_tls_protocols = >=TLSv1\n"
                                   "# with OpenSSL 3 also: tls_config_file naming a [system_default] section with\n"
                                   "# CipherString = DEFAULT@SECLEVEL=0\n")
                        .arg(oldest);
}

void cipherFix(const SuiteInfo *suggest, Finding *f)
{
    if (!suggest) {
        f->fixExim = QStringLiteral("# no suite of this partner fits the certificates served; see the detail\n");
        f->fixPostfix = f->fixExim;
        return;
    }
    const QString ossl = opensslNameOf(*suggest);
    QString gnutlsCipher = suggest->enc;
    if (gnutlsCipher == QLatin1String("3DES-EDE-CBC"))
        gnutlsCipher = QStringLiteral("3DES-CBC");
    else if (gnutlsCipher == QLatin1String("RC4-128"))
        gnutlsCipher = QStringLiteral("ARCFOUR-128");
    QString kx = suggest->kex == QLatin1String("RSA") ? QStringLiteral("RSA") : suggest->kex + QLatin1Char('-') + suggest->auth;
    const bool opensslLacks = suggest->openssl.isEmpty();
    f->fixExim = QStringLiteral("# accept %1 as well\n"
                                "# Exim with GnuTLS:\n"
                                "tls_require_ciphers = NORMAL:+%2:+%3:+%4\n"
                                "# Exim with OpenSSL:%5\n")
                     .arg(suggest->iana, kx, gnutlsCipher, suggest->mac == QLatin1String("AEAD") ? QStringLiteral("AEAD") : suggest->mac,
                          opensslLacks ? QStringLiteral(" OpenSSL 3 no longer has this suite; the partner must offer a newer one")
                                       : QStringLiteral(" tls_require_ciphers = DEFAULT:%1").arg(ossl));
    f->fixPostfix = opensslLacks
                        ? QStringLiteral("# Postfix uses OpenSSL, and OpenSSL 3 no longer has %1 (%2):\n"
                                         "# the partner has to offer a current suite.\n").arg(suggest->iana, ossl)
                        : QStringLiteral("# make sure smtpd_tls_exclude_ciphers does not remove %1\n"
                                         "smtpd_tls_ciphers = medium\n").arg(ossl);
}

Finding makeFinding(const char *id, const QString &title, const QString &sentence, const QString &evidence)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = Severity::High;
    f.title = title;
    f.detail = sentence;
    f.evidence = evidence;
    return f;
}

} // namespace

// ---- prediction --------------------------------------------------------------------------

Prediction predictCompatibility(const ScanResult &scan, const ClientOffer &offer)
{
    Prediction p;
    const QStringList clientVersions = offer.effectiveVersions();
    QStringList serverVersions;
    for (auto it = scan.protocols.cbegin(); it != scan.protocols.cend(); ++it)
        if (it.value())
            serverVersions << it.key();
    std::sort(serverVersions.begin(), serverVersions.end(), [](const QString &a, const QString &b) { return versionRank(a) < versionRank(b); });
    for (const QString &v : clientVersions)
        if (serverVersions.contains(v))
            p.sharedVersions << v;
    p.steps << QStringLiteral("partner offers %1; server accepts %2").arg(rangeText(clientVersions), rangeText(serverVersions));
    const QStringList served = serverCertificateTypes(scan);

    // 1. Version.
    if (p.sharedVersions.isEmpty()) {
        const bool serverTooOld = !serverVersions.isEmpty() && !clientVersions.isEmpty()
                                  && versionRank(serverVersions.last()) < versionRank(clientVersions.first());
        QString sentence;
        if (serverVersions.isEmpty())
            sentence = QStringLiteral("Protocol mismatch: the server accepted no TLS version in the scan, so no partner can connect.");
        else if (serverTooOld)
            sentence = QStringLiteral("Protocol mismatch: the partner offers %1, but this server accepts only %2; enable %3 on the server.")
                           .arg(rangeText(clientVersions), rangeText(serverVersions), tlsVersionLabel(clientVersions.first()));
        else
            sentence = QStringLiteral("Protocol mismatch: the partner offers only %1, but this server accepts only %2; the partner "
                                      "must enable %3 (or the server accept %4 again, which weakens it for everyone).")
                           .arg(rangeText(clientVersions), rangeText(serverVersions), tlsVersionLabel(serverVersions.first()),
                                tlsVersionLabel(clientVersions.last()));
        p.finding = makeFinding(kCompatProtocolMismatch, QStringLiteral("The partner and the server share no TLS version"), sentence,
                                QStringLiteral("partner: %1; server: %2").arg(rangeText(clientVersions), rangeText(serverVersions)));
        protocolFix(serverTooOld, clientVersions, &p.finding);
        p.sentence = sentence;
        return p;
    }
    const QString version = p.sharedVersions.last();
    p.steps << QStringLiteral("both speak %1: the server picks the highest, %1").arg(tlsVersionLabel(version));
    const bool serverOrder = scan.serverPreference.value(version, false);
    const QList<SuiteInfo> serverSuites = scan.ciphers.value(version);
    p.steps << QStringLiteral("server accepts %1 suites in %2; %3")
                   .arg(serverSuites.size())
                   .arg(tlsVersionLabel(version))
                   .arg(serverOrder ? QStringLiteral("it picks in its own order") : QStringLiteral("it follows the client's order"));

    // Groups: only when both sides' lists are known.
    const bool groupsKnown = !offer.groups.isEmpty() && !scan.groups.isEmpty();
    QStringList sharedGroups;
    if (groupsKnown) {
        for (const QString &g : offer.groups)
            if (scan.groups.contains(g))
                sharedGroups << g;
    } else {
        p.caveats << (offer.groups.isEmpty() ? QStringLiteral("the partner's groups are not known; assumed to match")
                                             : QStringLiteral("the server's groups are not in the scan; assumed to match"));
        // The group shown is then a likely one, not a certain one (see the caveat).
        sharedGroups = offer.groups.isEmpty() ? scan.groups : offer.groups;
    }
    // Signature algorithms: only when the partner's list is known.
    QStringList sigTypes;
    for (const QString &s : offer.sigalgs) {
        const QString t = sigalgCertificateType(s);
        if (!t.isEmpty() && !sigTypes.contains(t))
            sigTypes << t;
    }

    const QList<quint16> &clientSuites = isTls13Version(version) ? offer.tls13Suites : offer.ciphers;
    QList<SuiteInfo> shared;
    if (serverOrder) {
        for (const SuiteInfo &s : serverSuites)
            if (clientSuites.contains(s.code))
                shared << s;
    } else {
        for (quint16 code : clientSuites)
            for (const SuiteInfo &s : serverSuites)
                if (s.code == code)
                    shared << s;
    }

    if (isTls13Version(version)) {
        p.sharedSuites = shared;
        if (shared.isEmpty()) {
            p.failedVersion = version;
            const QString sentence = QStringLiteral("No shared cipher: in TLS 1.3 the partner offers %1 and the server accepts %2, none in common; "
                                                    "enable TLS_AES_128_GCM_SHA256 and TLS_AES_256_GCM_SHA384 on the server.")
                                         .arg(offer.tls13Suites.size()).arg(serverSuites.size());
            p.finding = makeFinding(kCompatNoSharedCipher, QStringLiteral("No TLS 1.3 suite in common"), sentence, QString());
            cipherFix(nullptr, &p.finding);
            p.sentence = sentence;
            return p;
        }
        if (groupsKnown) {
            QStringList tls13Groups;
            for (const QString &g : sharedGroups)
                tls13Groups << g;
            if (tls13Groups.isEmpty()) {
                p.failedVersion = version;
                const QString sentence = QStringLiteral("No shared key exchange group: in TLS 1.3 the partner offers %1 and the server accepts %2; "
                                                        "enable x25519 and secp256r1 on the server.")
                                             .arg(offer.groups.join(QLatin1String(", ")), scan.groups.join(QLatin1String(", ")));
                p.finding = makeFinding(kCompatNoSharedCipher, QStringLiteral("No key exchange group in common"), sentence, QString());
                p.finding.fixExim = QStringLiteral("# Exim with GnuTLS\ntls_require_ciphers = NORMAL:+GROUP-X25519:+GROUP-SECP256R1\n");
                p.finding.fixPostfix = QStringLiteral("tls_eecdh_auto_curves = X25519 X448 prime256v1 secp521r1 secp384r1\n");
                p.sentence = sentence;
                return p;
            }
            p.group = tls13Groups.first();
        } else {
            p.group = sharedGroups.value(0);
        }
        if (!sigTypes.isEmpty()) {
            bool match = false;
            for (const QString &t : served)
                match = match || sigTypes.contains(t);
            if (!match && !served.isEmpty()) {
                p.failedVersion = version;
                const QString sentence = QStringLiteral("No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve %2 %3 "
                                                        "certificate alongside the %4 one.")
                                             .arg(joinTypes(sigTypes, QStringLiteral("or")), articleFor(sigTypes.first()), sigTypes.first(),
                                                  joinTypes(served, QStringLiteral("and")));
                p.finding = makeFinding(kCompatCertTypeMismatch, QStringLiteral("The partner cannot verify the certificate type served"),
                                        sentence, QStringLiteral("served: %1").arg(served.join(QLatin1String(", "))));
                certificateFix(sigTypes, served, &p.finding);
                p.sentence = sentence;
                return p;
            }
        }
        p.connects = true;
        p.version = version;
        p.suite = shared.first();
        p.steps << QStringLiteral("agreed suite: %1").arg(suiteLabel(p.suite));
        p.sentence = QStringLiteral("This partner connects: %1 with %2%3.")
                         .arg(tlsVersionLabel(version), p.suite.iana,
                              p.group.isEmpty() ? QString() : QStringLiteral(", key exchange %1").arg(p.group));
        return p;
    }

    // TLS <= 1.2: ECDHE needs a shared curve, and the client's signature list must allow the
    // certificate (TLS 1.2 only).
    const bool noSharedCurve = groupsKnown && std::none_of(sharedGroups.cbegin(), sharedGroups.cend(), isEcGroup);
    QList<SuiteInfo> usable;
    for (const SuiteInfo &s : shared) {
        if (noSharedCurve && s.kex == QLatin1String("ECDHE"))
            continue;
        if (version == QLatin1String("TLSv1.2") && !sigTypes.isEmpty() && !certTypeForSuite(s).isEmpty()
            && !sigTypes.contains(certTypeForSuite(s)))
            continue;
        usable << s;
    }
    p.sharedSuites = usable;
    if (usable.isEmpty()) {
        p.failedVersion = version;
        // Which certificate types would the partner's suites need?
        QStringList needed;
        for (quint16 code : offer.ciphers)
            if (const SuiteInfo *s = CipherCatalog::instance().byCode(code)) {
                const QString t = certTypeForSuite(*s);
                if (!t.isEmpty() && !needed.contains(t))
                    needed << t;
            }
        bool anyServed = false;
        for (const QString &t : needed)
            anyServed = anyServed || served.contains(t);
        if (!needed.isEmpty() && !served.isEmpty() && !anyServed) {
            const QString sentence = needed.size() == 1
                ? QStringLiteral("No shared cipher: every suite this client offers needs %1 %2 certificate; serve %1 %2 certificate "
                                 "alongside the %3 one.")
                      .arg(articleFor(needed.first()), needed.first(), joinTypes(served, QStringLiteral("and")))
                : QStringLiteral("No shared cipher: every suite this client offers needs %1 certificate; serve %2 %3 certificate "
                                 "alongside the %4 one.")
                      .arg(joinTypes(needed, QStringLiteral("or")) + QStringLiteral(" "), articleFor(needed.first()), needed.first(),
                           joinTypes(served, QStringLiteral("and")))
                      .replace(QLatin1String("needs RSA"), QLatin1String("needs an RSA"));
            p.finding = makeFinding(kCompatCertTypeMismatch,
                                    QStringLiteral("The partner's suites need %1 certificate; the server serves only %2")
                                        .arg(joinTypes(needed, QStringLiteral("or")), joinTypes(served, QStringLiteral("and"))),
                                    sentence,
                                    QStringLiteral("partner suites need: %1; server serves: %2")
                                        .arg(needed.join(QLatin1String(", ")), served.join(QLatin1String(", "))));
            certificateFix(needed, served, &p.finding);
            p.sentence = sentence;
            p.steps << QStringLiteral("no suite in common: the partner's suites all need %1, the server has %2")
                           .arg(joinTypes(needed, QStringLiteral("or")), joinTypes(served, QStringLiteral("and")));
            return p;
        }
        // Suggest the strongest partner suite whose certificate the server already has.
        const SuiteInfo *suggest = nullptr;
        for (quint16 code : offer.ciphers) {
            const SuiteInfo *s = CipherCatalog::instance().byCode(code);
            if (!s || (!certTypeForSuite(*s).isEmpty() && !served.contains(certTypeForSuite(*s))))
                continue;
            if (!suggest || gradeRank(s->grade) > gradeRank(suggest->grade))
                suggest = s;
        }
        QString sentence;
        if (noSharedCurve && !shared.isEmpty())
            sentence = QStringLiteral("No shared cipher: the only suites in common in %1 are ECDHE suites, and the partner's curves (%2) "
                                      "are not among the server's (%3); enable secp256r1 and x25519 on the server.")
                           .arg(tlsVersionLabel(version), offer.groups.join(QLatin1String(", ")), scan.groups.join(QLatin1String(", ")));
        else
            sentence = QStringLiteral("No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common%4.")
                           .arg(tlsVersionLabel(version))
                           .arg(offer.ciphers.size())
                           .arg(serverSuites.size())
                           .arg(suggest ? QStringLiteral("; accepting %1 on the server would fix it").arg(suiteLabel(*suggest)) : QString());
        p.finding = makeFinding(kCompatNoSharedCipher, QStringLiteral("The partner and the server share no cipher suite"), sentence,
                                QStringLiteral("%1: partner %2 suites, server %3").arg(version).arg(offer.ciphers.size()).arg(serverSuites.size()));
        cipherFix(suggest, &p.finding);
        p.sentence = sentence;
        return p;
    }

    const SuiteInfo chosen = usable.first();
    p.steps << QStringLiteral("the server picks %1").arg(suiteLabel(chosen));
    if (chosen.kex == QLatin1String("ECDHE")) {
        for (const QString &g : sharedGroups)
            if (isEcGroup(g)) {
                p.group = g;
                break;
            }
    }
    if (chosen.kex == QLatin1String("DHE")) {
        p.dhBits = scan.dhBits;
        if (scan.dhBits <= 0) {
            p.caveats << QStringLiteral("the scan did not record the server's DH prime size");
        } else if (offer.minDhBits > 0 && scan.dhBits < offer.minDhBits) {
            p.failedVersion = version;
            const QString sentence = QStringLiteral("DH too small: the server would pick %1 and send a %2-bit DH prime, but this client "
                                                    "requires at least %3 bits and ends the handshake; give the server a %4-bit DH "
                                                    "group (or let it prefer ECDHE suites).")
                                         .arg(shortSuite(chosen)).arg(scan.dhBits).arg(offer.minDhBits).arg(qMax(2048, offer.minDhBits));
            p.finding = makeFinding(kCompatDhTooSmall,
                                    QStringLiteral("The server's %1-bit DH prime is below the partner's minimum of %2 bits")
                                        .arg(scan.dhBits).arg(offer.minDhBits),
                                    sentence, QStringLiteral("dh_bits %1, suite %2").arg(scan.dhBits).arg(chosen.iana));
            dhFix(offer.minDhBits, &p.finding);
            p.sentence = sentence;
            p.steps << QStringLiteral("the server's DH prime has %1 bits; the partner requires %2").arg(scan.dhBits).arg(offer.minDhBits);
            return p;
        }
    }
    p.connects = true;
    p.version = version;
    p.suite = chosen;
    p.sentence = QStringLiteral("This partner connects: %1 with %2%3.")
                     .arg(tlsVersionLabel(version), suiteLabel(chosen),
                          p.group.isEmpty() ? (p.dhBits > 0 ? QStringLiteral(", %1-bit DH").arg(p.dhBits) : QString())
                                            : QStringLiteral(", key exchange %1").arg(p.group));
    return p;
}

// ---- live handshake ---------------------------------------------------------------------

namespace {

QString opensslGroupList(const QStringList &groups, QStringList *omitted)
{
    QStringList usable;
    ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    for (const QString &g : groups) {
        if (ctx && SSL_CTX_set1_groups_list(ctx.get(), g.toLatin1().constData()) == 1)
            usable << g;
        else
            *omitted << QStringLiteral("group %1").arg(g);
        ERR_clear_error();
    }
    return usable.join(QLatin1Char(':'));
}

QString opensslSigalgList(const QStringList &sigalgs, QStringList *omitted)
{
    QStringList usable;
    ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    for (const QString &s : sigalgs) {
        if (ctx && SSL_CTX_set1_sigalgs_list(ctx.get(), s.toLatin1().constData()) == 1)
            usable << s;
        else
            *omitted << QStringLiteral("signature algorithm %1").arg(s);
        ERR_clear_error();
    }
    return usable.join(QLatin1Char(':'));
}

void opensslHandshake(Connection &connection, const ScanTarget &target, const ClientOffer &offer, LiveHandshake *live)
{
    const QStringList versions = offer.effectiveVersions();
    TlsClientConfig config;
    config.minVersion = versions.first();
    config.maxVersion = versions.last();
    config.securityLevel = 0;   // the partner's own limits are checked after the handshake
    config.sni = target.sni;
    QSet<quint16> offerable;
    for (const QString &v : versions)
        for (quint16 code : opensslOfferableSuites(v))
            offerable.insert(code);
    const CipherCatalog &catalog = CipherCatalog::instance();
    QStringList names, suites13;
    for (quint16 code : offer.ciphers) {
        const SuiteInfo *s = catalog.byCode(code);
        if (s && offerable.contains(code) && !s->openssl.isEmpty())
            names << s->openssl;
        else if (s)
            live->omitted << shortSuite(*s);
    }
    for (quint16 code : offer.tls13Suites) {
        const SuiteInfo *s = catalog.byCode(code);
        if (s && offerable.contains(code))
            suites13 << s->iana;
        else if (s)
            live->omitted << s->iana;
    }
    if (names.isEmpty() && versionRank(config.minVersion) < versionRank(QStringLiteral("TLSv1.3")))
        config.minVersion = QStringLiteral("TLSv1.3");
    // An empty TLS <= 1.2 list would mean "OpenSSL's default": keep it empty on the wire instead.
    config.ciphers = names.isEmpty() ? QStringLiteral("-ALL") : names.join(QLatin1Char(':'));
    config.ciphersuites = suites13.join(QLatin1Char(':'));
    if (suites13.isEmpty() && config.maxVersion == QLatin1String("TLSv1.3"))
        config.maxVersion = QStringLiteral("TLSv1.2");
    config.groups = opensslGroupList(offer.groups, &live->omitted);
    config.sigalgs = opensslSigalgList(offer.sigalgs, &live->omitted);
    TlsClient tls(connection);
    QString error;
    if (names.isEmpty())
        config.ciphers = QStringLiteral("ALL");   // ignored: TLS 1.3 only (minVersion above)
    if (!tls.configure(config, &error)) {
        live->error = error;
        return;
    }
    NetError net;
    const bool ok = tls.handshake(target.timeoutMs, &net);
    TlsFacts facts;
    tls.fillFacts(&facts);
    if (!ok) {
        live->alert = facts.alert.isEmpty() ? QStringLiteral("closed") : facts.alert;
        if (net.kind == NetError::Kind::Timeout || net.kind == NetError::Kind::Cancelled)
            live->error = net.message;
        return;
    }
    live->serverAccepted = true;
    live->version = facts.version;
    if (const SuiteInfo *s = catalog.byCode(facts.cipher.code))
        live->suite = *s;
    live->suite.code = facts.cipher.code;
    live->group = facts.group == QLatin1String("prime256v1") ? QStringLiteral("secp256r1") : facts.group;
    live->dhBits = tls.recorder().dhPrimeBits();
    tls.shutdown(200);
}

void rawHandshake(Connection &connection, const ScanTarget &target, const ClientOffer &offer, LiveHandshake *live)
{
    const QStringList versions = offer.effectiveVersions();
    ClientHelloSpec spec;
    spec.version = versionWireCode(versions.last());
    spec.suites = offer.ciphers;
    spec.sni = target.sni;
    // A partner whose groups are not known: the curves every client of that era sends.
    const QStringList groups = offer.groups.isEmpty()
        ? QStringList{QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("secp384r1"), QStringLiteral("secp521r1")}
        : offer.groups;
    for (const QString &g : groups)
        if (const quint16 code = groupFromName(g))
            spec.groups << code;
    for (const QString &s : offer.sigalgs)
        if (const quint16 code = sigalgCode(s))
            spec.signatureSchemes << code;
    QString error;
    const QByteArray hello = ClientHelloBuilder::build(spec, &error);
    if (hello.isEmpty()) {
        live->error = error;
        return;
    }
    NetError net;
    if (!connection.writeAll(hello, target.timeoutMs, &net)) {
        live->alert = QStringLiteral("closed");
        return;
    }
    ServerHelloParser parser(spec.suites, true);
    QElapsedTimer timer;
    timer.start();
    while (!parser.isDone()) {
        QByteArray bytes;
        const int left = int(qMax<qint64>(0, target.timeoutMs - timer.elapsed()));
        if (!connection.readSome(&bytes, left, &net)) {
            if (net.kind == NetError::Kind::Timeout || net.kind == NetError::Kind::Cancelled) {
                live->error = net.message;
                return;
            }
            parser.finishOnClose();
            break;
        }
        parser.feed(bytes);
    }
    const ServerResponse &r = parser.response();
    if (r.kind == ServerResponse::Kind::Alert) {
        live->alert = r.alertName;
        return;
    }
    if (r.kind != ServerResponse::Kind::ServerHello) {
        live->alert = QStringLiteral("closed");
        if (!r.error.isEmpty() && r.error != QLatin1String("closed"))
            live->error = r.error;
        return;
    }
    live->serverAccepted = true;
    live->version = versionFromWireCode(r.version);
    if (const SuiteInfo *s = CipherCatalog::instance().byCode(r.suite))
        live->suite = *s;
    live->suite.code = r.suite;
    if (!r.serverKeyExchange.isEmpty()) {
        if (live->suite.kex == QLatin1String("DHE"))
            live->dhBits = dhPrimeBitsFromServerKeyExchange(r.serverKeyExchange);
        else if (live->suite.kex == QLatin1String("ECDHE"))
            live->group = groupName(quint16(namedCurveFromServerKeyExchange(r.serverKeyExchange)));
    }
}

} // namespace

LiveHandshake runLiveHandshake(const ScanTarget &target, const ClientOffer &offer, const Prediction &prediction, CancelToken cancel)
{
    LiveHandshake live;
    live.ran = true;
    const QStringList versions = offer.effectiveVersions();
    if (versions.isEmpty()) {
        live.error = QStringLiteral("the offer holds no suite for any of its versions");
        return live;
    }
    // Our own ClientHello sends the offer exactly (RC4, 3DES, static DH …) but speaks one version
    // range up to TLS 1.2; OpenSSL is used whenever it can send every suite, and for TLS 1.3.
    QSet<quint16> offerable;
    for (const QString &v : versions)
        for (quint16 code : opensslOfferableSuites(v))
            offerable.insert(code);
    bool allOfferable = true;
    for (quint16 code : offer.ciphers + offer.tls13Suites)
        allOfferable = allOfferable && offerable.contains(code);
    const bool raw = !allOfferable && !versions.contains(QLatin1String("TLSv1.3"))
                     && offer.ciphers.size() <= ClientHelloBuilder::kMaxSuites;
    live.path = raw ? QStringLiteral("raw") : QStringLiteral("openssl");

    Connection connection(cancel);
    const OpenResult open = openForTls(target, connection);
    live.connected = open.connected;
    if (open.outcome != OpenOutcome::Ready) {
        live.error = open.error.isEmpty() ? QStringLiteral("could not reach the point of TLS") : open.error;
    } else if (raw) {
        rawHandshake(connection, target, offer, &live);
    } else {
        opensslHandshake(connection, target, offer, &live);
    }

    // What the partner itself would do with the server's choice.
    if (live.serverAccepted) {
        if (!versions.contains(live.version))
            live.clientAbortReason = QStringLiteral("the server chose %1, which the partner does not offer").arg(tlsVersionLabel(live.version));
        else if (live.suite.kex == QLatin1String("DHE") && offer.minDhBits > 0 && live.dhBits > 0 && live.dhBits < offer.minDhBits)
            live.clientAbortReason = QStringLiteral("the server sent a %1-bit DH prime; the partner requires %2 bits and ends the handshake")
                                         .arg(live.dhBits).arg(offer.minDhBits);
        live.clientWouldAccept = live.clientAbortReason.isEmpty();
    }

    if (!live.error.isEmpty() && !live.serverAccepted && live.alert.isEmpty()) {
        live.predictionHeld = false;
        live.verdict = QStringLiteral("no verdict: the live handshake could not be made (%1)").arg(live.error);
        return live;
    }
    if (live.clientWouldAccept && prediction.connects) {
        live.predictionHeld = live.version == prediction.version && live.suite.code == prediction.suite.code;
        live.verdict = live.predictionHeld
            ? QStringLiteral("prediction held: both agree on %1 with %2").arg(tlsVersionLabel(live.version), shortSuite(live.suite))
            : QStringLiteral("prediction did NOT hold: predicted %1 with %2, the server chose %3 with %4")
                  .arg(tlsVersionLabel(prediction.version), shortSuite(prediction.suite), tlsVersionLabel(live.version),
                       shortSuite(live.suite));
    } else if (!live.clientWouldAccept && !prediction.connects) {
        live.predictionHeld = true;
        live.verdict = QStringLiteral("prediction held: the real handshake failed too (%1)")
                           .arg(!live.clientAbortReason.isEmpty() ? live.clientAbortReason
                                                                  : QStringLiteral("the server answered %1").arg(live.alert));
    } else if (live.clientWouldAccept) {
        live.verdict = QStringLiteral("prediction did NOT hold: predicted failure (%1), but the real handshake agreed on %2 with %3")
                           .arg(prediction.finding.id, tlsVersionLabel(live.version), shortSuite(live.suite));
    } else {
        live.verdict = QStringLiteral("prediction did NOT hold: predicted %1 with %2, but the real handshake failed (%3)")
                           .arg(tlsVersionLabel(prediction.version), shortSuite(prediction.suite),
                                !live.clientAbortReason.isEmpty() ? live.clientAbortReason : live.alert);
    }
    return live;
}

// ---- whole runs --------------------------------------------------------------------------

bool SimulationResult::partnerFails() const
{
    if (live.ran && (live.serverAccepted || !live.alert.isEmpty()))
        return !live.clientWouldAccept;
    return !prediction.connects;
}

SimulationResult runSimulation(const SimulationRequest &request, CancelToken cancel, const std::function<void(int, int)> &progress)
{
    SimulationResult result;
    result.offer = request.offer;
    Report scanReport;
    if (request.live) {
        ScanOptions options;
        options.target = request.target;
        options.maxConnections = request.maxConnections;
        ScanCallbacks callbacks;
        callbacks.progress = progress;
        Scanner scanner(options, cancel, callbacks);
        scanReport = scanner.run();
        result.serverSource = QStringLiteral("live scan");
    } else {
        scanReport = request.savedReport;
        result.serverSource = QStringLiteral("report %1").arg(request.reportFile);
    }
    Report &r = result.report;
    r = scanReport;
    r.kind = QStringLiteral("simulate");
    r.findings.clear();
    if (!request.live)
        r.startedAt = QDateTime::currentDateTimeUtc();
    if (scanReport.outcome.errorKind == QLatin1String("cancelled")) {
        result.cancelled = true;
        return result;
    }
    if (!scanReport.scan.present || (request.live && !scanReport.outcome.errorKind.isEmpty())) {
        result.unreachable = request.live;
        if (r.outcome.error.isEmpty())
            r.outcome.error = QStringLiteral("the report holds no scan section");
        return result;
    }
    result.prediction = predictCompatibility(scanReport.scan, request.offer);
    if (request.live && request.confirmLive && !cancel.isCancelled())
        result.live = runLiveHandshake(request.target, request.offer, result.prediction, cancel);
    if (cancel.isCancelled()) {
        result.cancelled = true;
        r.outcome.errorKind = QStringLiteral("cancelled");
        r.outcome.error = QStringLiteral("cancelled by the user");
    }
    if (!result.prediction.connects)
        r.findings << result.prediction.finding;
    applyAdvice(&r.findings);   // the consequences, as every other finding carries them
    return result;
}

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue cipherJson(const SuiteInfo &s)
{
    if (s.code == 0)
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("code"), QStringLiteral("0x%1").arg(s.code, 4, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x")));
    o.insert(QStringLiteral("iana"), nullable(s.iana));
    o.insert(QStringLiteral("openssl"), nullable(opensslNameOf(s)));
    return o;
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray suiteArray(const QList<quint16> &codes)
{
    QJsonArray a;
    for (quint16 code : codes) {
        SuiteInfo s;
        if (const SuiteInfo *info = CipherCatalog::instance().byCode(code))
            s = *info;
        s.code = code;
        a.append(cipherJson(s));
    }
    return a;
}

} // namespace

// "simulation": {
//   client {name, title, source, versions[], ciphers[{code, iana, openssl}], tls13_suites[…],
//           groups[], sigalgs[], min_dh_bits, notes[], unknown_names[]},
//   server {source, versions[], certificate_types[], groups[], dh_bits},
//   prediction {connects, version, cipher {code, iana, openssl}, group, dh_bits, failed_version,
//               finding_id, sentence, steps[], caveats[], shared_versions[], shared_suites[],
//               fix {exim, postfix}},
//   live {ran, path, omitted[], connected, server_accepted, client_would_accept, version, cipher,
//         group, dh_bits, alert, error, client_abort_reason, prediction_held, verdict}   (null if not run)
//   partner_fails }
QJsonObject simulationToJson(const SimulationResult &result)
{
    QJsonObject sim;
    const ClientOffer &offer = result.offer;
    QJsonObject client;
    client.insert(QStringLiteral("name"), offer.name);
    client.insert(QStringLiteral("title"), offer.title);
    client.insert(QStringLiteral("source"), offer.source);
    client.insert(QStringLiteral("versions"), stringArray(offer.versions));
    client.insert(QStringLiteral("ciphers"), suiteArray(offer.ciphers));
    client.insert(QStringLiteral("tls13_suites"), suiteArray(offer.tls13Suites));
    client.insert(QStringLiteral("groups"), stringArray(offer.groups));
    client.insert(QStringLiteral("sigalgs"), stringArray(offer.sigalgs));
    client.insert(QStringLiteral("min_dh_bits"), offer.minDhBits > 0 ? QJsonValue(offer.minDhBits) : QJsonValue(QJsonValue::Null));
    client.insert(QStringLiteral("notes"), stringArray(offer.notes));
    client.insert(QStringLiteral("unknown_names"), stringArray(offer.unknownNames));
    sim.insert(QStringLiteral("client"), client);
    const Prediction &p = result.prediction;
    QJsonObject server;
    server.insert(QStringLiteral("source"), result.serverSource);
    QStringList versions;
    for (auto it = result.report.scan.protocols.cbegin(); it != result.report.scan.protocols.cend(); ++it)
        if (it.value())
            versions << it.key();
    server.insert(QStringLiteral("versions"), stringArray(versions));
    server.insert(QStringLiteral("certificate_types"), stringArray(serverCertificateTypes(result.report.scan)));
    server.insert(QStringLiteral("groups"), stringArray(result.report.scan.groups));
    server.insert(QStringLiteral("dh_bits"), result.report.scan.dhBits > 0 ? QJsonValue(result.report.scan.dhBits) : QJsonValue(QJsonValue::Null));
    sim.insert(QStringLiteral("server"), server);

    QJsonObject pred;
    pred.insert(QStringLiteral("connects"), p.connects);
    pred.insert(QStringLiteral("version"), nullable(p.version));
    pred.insert(QStringLiteral("cipher"), cipherJson(p.suite));
    pred.insert(QStringLiteral("group"), nullable(p.group));
    pred.insert(QStringLiteral("dh_bits"), p.dhBits > 0 ? QJsonValue(p.dhBits) : QJsonValue(QJsonValue::Null));
    pred.insert(QStringLiteral("failed_version"), nullable(p.failedVersion));
    pred.insert(QStringLiteral("finding_id"), p.connects ? QJsonValue(QJsonValue::Null) : QJsonValue(p.finding.id));
    pred.insert(QStringLiteral("sentence"), p.sentence);
    pred.insert(QStringLiteral("steps"), stringArray(p.steps));
    pred.insert(QStringLiteral("caveats"), stringArray(p.caveats));
    pred.insert(QStringLiteral("shared_versions"), stringArray(p.sharedVersions));
    QList<quint16> sharedCodes;
    for (const SuiteInfo &s : p.sharedSuites)
        sharedCodes << s.code;
    pred.insert(QStringLiteral("shared_suites"), suiteArray(sharedCodes));
    if (!p.connects) {
        QJsonObject fix;
        fix.insert(QStringLiteral("exim"), nullable(p.finding.fixExim));
        fix.insert(QStringLiteral("postfix"), nullable(p.finding.fixPostfix));
        pred.insert(QStringLiteral("fix"), fix);
    } else {
        pred.insert(QStringLiteral("fix"), QJsonValue(QJsonValue::Null));
    }
    sim.insert(QStringLiteral("prediction"), pred);

    const LiveHandshake &l = result.live;
    if (l.ran) {
        QJsonObject live;
        live.insert(QStringLiteral("ran"), true);
        live.insert(QStringLiteral("path"), l.path);
        live.insert(QStringLiteral("omitted"), stringArray(l.omitted));
        live.insert(QStringLiteral("connected"), l.connected);
        live.insert(QStringLiteral("server_accepted"), l.serverAccepted);
        live.insert(QStringLiteral("client_would_accept"), l.clientWouldAccept);
        live.insert(QStringLiteral("version"), nullable(l.version));
        live.insert(QStringLiteral("cipher"), cipherJson(l.suite));
        live.insert(QStringLiteral("group"), nullable(l.group));
        live.insert(QStringLiteral("dh_bits"), l.dhBits > 0 ? QJsonValue(l.dhBits) : QJsonValue(QJsonValue::Null));
        live.insert(QStringLiteral("alert"), nullable(l.alert));
        live.insert(QStringLiteral("error"), nullable(l.error));
        live.insert(QStringLiteral("client_abort_reason"), nullable(l.clientAbortReason));
        live.insert(QStringLiteral("prediction_held"), l.predictionHeld);
        live.insert(QStringLiteral("verdict"), l.verdict);
        sim.insert(QStringLiteral("live"), live);
    } else {
        sim.insert(QStringLiteral("live"), QJsonValue(QJsonValue::Null));
    }
    sim.insert(QStringLiteral("partner_fails"), result.partnerFails());
    return sim;
}

QByteArray simulationReportBytes(const SimulationResult &result)
{
    // The report as every other command writes it, with "simulation" appended as the last key
    // (spliced in so the shared writer's key order stays untouched).
    QByteArray bytes = reportToJsonBytes(result.report);
    OrderedJsonWriter writer;
    writer.setKeyOrder(QString(), {QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("prediction"),
                                   QStringLiteral("live"), QStringLiteral("partner_fails")});
    writer.setKeyOrder(QStringLiteral("client"),
                       {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("versions"),
                        QStringLiteral("ciphers"), QStringLiteral("tls13_suites"), QStringLiteral("groups"), QStringLiteral("sigalgs"),
                        QStringLiteral("min_dh_bits"), QStringLiteral("notes"), QStringLiteral("unknown_names")});
    writer.setKeyOrder(QStringLiteral("prediction"),
                       {QStringLiteral("connects"), QStringLiteral("version"), QStringLiteral("cipher"), QStringLiteral("group"),
                        QStringLiteral("dh_bits"), QStringLiteral("failed_version"), QStringLiteral("finding_id"),
                        QStringLiteral("sentence"), QStringLiteral("fix"), QStringLiteral("steps"), QStringLiteral("caveats"),
                        QStringLiteral("shared_versions"), QStringLiteral("shared_suites")});
    writer.setKeyOrder(QStringLiteral("live"),
                       {QStringLiteral("ran"), QStringLiteral("path"), QStringLiteral("omitted"), QStringLiteral("connected"),
                        QStringLiteral("server_accepted"), QStringLiteral("client_would_accept"), QStringLiteral("version"),
                        QStringLiteral("cipher"), QStringLiteral("group"), QStringLiteral("dh_bits"), QStringLiteral("alert"),
                        QStringLiteral("error"), QStringLiteral("client_abort_reason"), QStringLiteral("prediction_held"),
                        QStringLiteral("verdict")});
    for (const char *path : {"prediction.cipher", "live.cipher", "client.ciphers[]", "client.tls13_suites[]", "prediction.shared_suites[]"})
        writer.setKeyOrder(QString::fromLatin1(path), {QStringLiteral("code"), QStringLiteral("iana"), QStringLiteral("openssl")});
    writer.setKeyOrder(QStringLiteral("prediction.fix"), {QStringLiteral("exim"), QStringLiteral("postfix")});
    QJsonObject sim = simulationToJson(result);
    QByteArray simBytes = writer.write(sim).trimmed();
    simBytes.replace("\n", "\n  ");
    const int close = bytes.lastIndexOf('}');
    if (close <= 0)
        return bytes;
    QByteArray head = bytes.left(close);
    while (head.endsWith('\n') || head.endsWith(' '))
        head.chop(1);
    return head + ",\n  \"simulation\": " + simBytes + "\n}\n";
}

} // namespace mailtls::core
