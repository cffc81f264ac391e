#include "catalog/cipher_list_parser.h"

#include <QProcess>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "base/display_text.h"
#include "base/limits.h"
#include "catalog/groups.h"
#include "catalog/sigalgs.h"
#include "catalog/versions.h"
#include "ossl/handles.h"
#include "catalog/cipher_catalog.h"

namespace mailtls::core {

namespace {

// A piece of the user's list inside an error message: bounded and escaped, so a list of
// 100 KB or one with control characters gives a one-line message.
QString quoted(QStringView text)
{
    constexpr int kShown = limits::kQuotedChars;
    const QStringView trimmed = text.trimmed();
    return escapeControls(trimmed.left(kShown)) + (trimmed.size() > kShown ? QStringLiteral("…") : QString());
}

// Why nothing usable came of the list, in English (`error`) and as written (`errorPhrase`).
void setError(ParsedCipherList *out, const Phrase &why)
{
    out->errorPhrase = why;
    out->error = why.english();
}

} // namespace

namespace {

bool isTls13(quint16 code)
{
    return (code >> 8) == 0x13;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[:,;\\s]+"));
    QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    return tokens;
}

void addCode(ParsedCipherList *out, quint16 code)
{
    QList<quint16> &list = isTls13(code) ? out->tls13Suites : out->ciphers;
    if (!list.contains(code))
        list << code;
}

// ---- OpenSSL ---------------------------------------------------------------------------------

ParsedCipherList parseOpenssl(const QString &text)
{
    ParsedCipherList out;
    out.syntax = CipherListSyntax::OpenSsl;
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("[:,\\s]+")), Qt::SkipEmptyParts);
    bool needsExpansion = false;
    QStringList tls12Part;
    for (const QString &token : tokens) {
        const SuiteInfo *s = suiteByAnyName(token);
        if (s && isTls13(s->code)) {
            addCode(&out, s->code);   // OpenSSL takes TLS 1.3 suites from a separate list
            continue;
        }
        if (!s)
            needsExpansion = true;
        tls12Part << token;
    }
    if (!needsExpansion) {
        for (const QString &token : tls12Part)
            addCode(&out, suiteByAnyName(token)->code);
        out.method = QStringLiteral("OpenSSL suite names, mapped one by one");
    } else {
        ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_method()));
        if (!ctx) {
            setError(&out, phrase("Errors", "cannot create an OpenSSL context"));
            return out;
        }
        SSL_CTX_set_security_level(ctx.get(), 0);
        const QByteArray list = tls12Part.join(QLatin1Char(':')).toLatin1();
        if (tls12Part.isEmpty() || SSL_CTX_set_cipher_list(ctx.get(), list.constData()) != 1) {
            ERR_clear_error();
            if (out.tls13Suites.isEmpty()) {
                setError(&out, phrase("Errors", "the linked OpenSSL finds no cipher suite in \"%1\"").arg(quoted(text)));
                return out;
            }
        } else {
            STACK_OF(SSL_CIPHER) *ciphers = SSL_CTX_get_ciphers(ctx.get());
            for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i) {
                const quint16 code = quint16(SSL_CIPHER_get_protocol_id(sk_SSL_CIPHER_value(ciphers, i)));
                if (!isTls13(code))
                    addCode(&out, code);
            }
        }
        out.method = QStringLiteral("expanded by the linked %1 at security level 0 (suites it lacks, such as RC4 "
                                    "and 3DES, cannot come from keywords; name them one by one)")
                         .arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).section(QLatin1Char(' '), 0, 1));
    }
    if (out.ciphers.isEmpty() && out.tls13Suites.isEmpty())
        setError(&out, phrase("Errors", "no cipher suite in \"%1\"").arg(quoted(text)));
    return out;
}

// ---- IANA ------------------------------------------------------------------------------------

ParsedCipherList parseIana(const QString &text)
{
    ParsedCipherList out;
    out.syntax = CipherListSyntax::Iana;
    out.method = QStringLiteral("IANA suite names, mapped one by one");
    for (const QString &token : splitList(text)) {
        const SuiteInfo *s = suiteByAnyName(token);
        if (s)
            addCode(&out, s->code);
        else
            out.unknown << token;
    }
    if (out.ciphers.isEmpty() && out.tls13Suites.isEmpty())
        setError(&out, phrase("Errors", "no known IANA suite name in \"%1\"").arg(quoted(text)));
    return out;
}

// ---- GnuTLS ----------------------------------------------------------------------------------

QString groupFromGnutls(QString token)
{
    token = token.trimmed();
    if (token.startsWith(QLatin1String("GROUP-")) || token.startsWith(QLatin1String("CURVE-")))
        token = token.section(QLatin1Char('-'), 1);
    const quint16 code = groupFromName(token);
    return code ? groupName(code) : QString();
}

bool expandWithGnutlsCli(const QString &program, const QString &priority, ParsedCipherList *out, QString *why)
{
    QProcess p;
    p.start(program, {QStringLiteral("--priority"), priority, QStringLiteral("-l")});
    if (!p.waitForStarted(3000)) {
        *why = QStringLiteral("%1 is not installed").arg(program);
        return false;
    }
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        *why = QStringLiteral("%1 did not answer").arg(program);
        return false;
    }
    const QString text = QString::fromLocal8Bit(p.readAllStandardOutput());
    if (p.exitCode() != 0 || !text.contains(QLatin1String("Cipher suites for"))) {
        const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        setError(out, err.isEmpty() ? phrase("Errors", "GnuTLS refuses the priority string \"%1\"").arg(quoted(priority))
                                    : phrase("Errors", "GnuTLS refuses the priority string \"%1\": %2").arg(quoted(priority), quoted(err)));
        return true;   // gnutls-cli answered: its verdict stands
    }
    static const QRegularExpression suiteLine(QStringLiteral("^(\\S+)\\s+0x([0-9a-fA-F]{2}),\\s*0x([0-9a-fA-F]{2})"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = suiteLine.match(line);
        if (m.hasMatch()) {
            const quint16 code = quint16((m.captured(2).toUInt(nullptr, 16) << 8) | m.captured(3).toUInt(nullptr, 16));
            if (CipherCatalog::instance().byCode(code))
                addCode(out, code);
            else
                out->unknown << m.captured(1);
            continue;
        }
        const QString key = line.section(QLatin1Char(':'), 0, 0).trimmed();
        const QStringList values = line.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (key == QLatin1String("Protocols")) {
            for (const QString &v : values) {
                const QString version = canonicalVersion(v);
                if (!version.isEmpty() && !out->versions.contains(version))
                    out->versions.prepend(version);   // gnutls lists newest first
            }
        } else if (key == QLatin1String("Groups")) {
            for (const QString &g : values) {
                const QString name = groupFromGnutls(g);
                if (!name.isEmpty() && !out->groups.contains(name))
                    out->groups << name;
            }
        } else if (key == QLatin1String("PK-signatures")) {
            for (const QString &s : values) {
                const QString name = canonicalSigalg(s);
                if (!name.isEmpty() && !out->sigalgs.contains(name))
                    out->sigalgs << name;
            }
        }
    }
    QString version;
    QProcess v;
    v.start(program, {QStringLiteral("--version")});
    if (v.waitForFinished(3000))
        version = QString::fromLocal8Bit(v.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
    out->method = QStringLiteral("expanded by %1 --priority … -l").arg(version.isEmpty() ? program : version);
    return true;
}

// The built-in subset: GnuTLS' own model (a priority list each of versions, ciphers, MACs, key
// exchanges, groups, signatures; suites = every catalog suite whose parts are all enabled,
// ordered by key exchange, then cipher, then MAC).
struct GnutlsModel {
    QStringList versions, ciphers, macs, kx, groups, sigs;
};

const QStringList &knownCiphers()
{
    static const QStringList c = {QStringLiteral("AES-256-GCM"), QStringLiteral("CHACHA20-POLY1305"), QStringLiteral("AES-256-CCM"),
                                  QStringLiteral("AES-256-CBC"), QStringLiteral("AES-128-GCM"), QStringLiteral("AES-128-CCM"),
                                  QStringLiteral("AES-128-CBC"), QStringLiteral("AES-256-CCM-8"), QStringLiteral("AES-128-CCM-8"),
                                  QStringLiteral("CAMELLIA-256-GCM"), QStringLiteral("CAMELLIA-128-GCM"), QStringLiteral("CAMELLIA-256-CBC"),
                                  QStringLiteral("CAMELLIA-128-CBC"), QStringLiteral("3DES-CBC"), QStringLiteral("ARCFOUR-128"),
                                  QStringLiteral("NULL")};
    return c;
}
const QStringList &knownMacs()
{
    static const QStringList m = {QStringLiteral("SHA1"), QStringLiteral("AEAD"), QStringLiteral("SHA256"), QStringLiteral("SHA384"),
                                  QStringLiteral("MD5")};
    return m;
}
const QStringList &knownKx()
{
    static const QStringList k = {QStringLiteral("ECDHE-ECDSA"), QStringLiteral("ECDHE-RSA"), QStringLiteral("RSA"),
                                  QStringLiteral("DHE-RSA"), QStringLiteral("DHE-DSS"), QStringLiteral("ANON-DH"),
                                  QStringLiteral("ANON-ECDH"), QStringLiteral("PSK"), QStringLiteral("DHE-PSK"),
                                  QStringLiteral("ECDHE-PSK"), QStringLiteral("RSA-PSK"), QStringLiteral("SRP")};
    return k;
}
const QStringList &allGroups()
{
    static const QStringList g = {QStringLiteral("secp256r1"), QStringLiteral("secp384r1"), QStringLiteral("secp521r1"),
                                  QStringLiteral("x25519"), QStringLiteral("x448"), QStringLiteral("ffdhe2048"),
                                  QStringLiteral("ffdhe3072"), QStringLiteral("ffdhe4096"), QStringLiteral("ffdhe6144"),
                                  QStringLiteral("ffdhe8192")};
    return g;
}
const QStringList &allSigs()
{
    static const QStringList s = {QStringLiteral("rsa_pkcs1_sha256"), QStringLiteral("rsa_pss_pss_sha256"),
                                  QStringLiteral("rsa_pss_rsae_sha256"), QStringLiteral("ecdsa_secp256r1_sha256"),
                                  QStringLiteral("ed25519"), QStringLiteral("rsa_pkcs1_sha384"), QStringLiteral("rsa_pss_pss_sha384"),
                                  QStringLiteral("rsa_pss_rsae_sha384"), QStringLiteral("ecdsa_secp384r1_sha384"),
                                  QStringLiteral("ed448"), QStringLiteral("rsa_pkcs1_sha512"), QStringLiteral("rsa_pss_pss_sha512"),
                                  QStringLiteral("rsa_pss_rsae_sha512"), QStringLiteral("ecdsa_secp521r1_sha512"),
                                  QStringLiteral("rsa_pkcs1_sha1"), QStringLiteral("ecdsa_sha1")};
    return s;
}

QString gnutlsCipherOf(const SuiteInfo &s)
{
    if (s.enc == QLatin1String("3DES-EDE-CBC"))
        return QStringLiteral("3DES-CBC");
    if (s.enc == QLatin1String("RC4-128"))
        return QStringLiteral("ARCFOUR-128");
    return s.enc;
}

QString gnutlsKxOf(const SuiteInfo &s)
{
    if (s.kex == QLatin1String("any"))
        return QStringLiteral("any");
    if (s.auth == QLatin1String("anon"))
        return s.kex == QLatin1String("ECDHE") ? QStringLiteral("ANON-ECDH") : QStringLiteral("ANON-DH");
    if (s.kex == QLatin1String("RSA") && s.auth == QLatin1String("RSA"))
        return QStringLiteral("RSA");
    if (s.auth == QLatin1String("PSK"))
        return s.kex == QLatin1String("PSK") ? QStringLiteral("PSK") : s.kex + QStringLiteral("-PSK");
    return s.kex + QLatin1Char('-') + (s.auth == QLatin1String("DSS") ? QStringLiteral("DSS") : s.auth);
}

bool baseModel(const QString &keyword, GnutlsModel *m)
{
    const QStringList allVersions = {QStringLiteral("TLSv1.3"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1")};
    const QStringList normalKx = {QStringLiteral("ECDHE-ECDSA"), QStringLiteral("ECDHE-RSA"), QStringLiteral("RSA"), QStringLiteral("DHE-RSA")};
    const QString k = keyword.toUpper();
    if (k == QLatin1String("NONE")) {
        *m = GnutlsModel();
        return true;
    }
    m->versions = allVersions;
    m->macs = {QStringLiteral("SHA1"), QStringLiteral("AEAD")};
    m->kx = normalKx;
    m->groups = allGroups();
    m->sigs = allSigs();
    if (k == QLatin1String("NORMAL") || k == QLatin1String("SECURE128") || k == QLatin1String("SECURE")) {
        m->ciphers = knownCiphers().mid(0, 7);
    } else if (k == QLatin1String("PERFORMANCE")) {
        m->ciphers = {QStringLiteral("AES-128-GCM"), QStringLiteral("AES-128-CCM"), QStringLiteral("CHACHA20-POLY1305"),
                      QStringLiteral("AES-128-CBC"), QStringLiteral("AES-256-GCM"), QStringLiteral("AES-256-CCM"),
                      QStringLiteral("AES-256-CBC")};
    } else if (k == QLatin1String("SECURE192") || k == QLatin1String("SECURE256")) {
        m->ciphers = {QStringLiteral("AES-256-GCM"), QStringLiteral("CHACHA20-POLY1305"), QStringLiteral("AES-256-CCM"),
                      QStringLiteral("AES-256-CBC")};
        m->macs << QStringLiteral("SHA384");
        m->groups = {QStringLiteral("secp384r1"), QStringLiteral("secp521r1"), QStringLiteral("x448"), QStringLiteral("ffdhe8192")};
    } else {
        return false;
    }
    return true;
}

void applyModifier(QStringList *list, const QString &item, bool add)
{
    list->removeAll(item);
    if (add)
        list->append(item);
}

void expandWithTable(const QString &priority, ParsedCipherList *out)
{
    const QStringList tokens = priority.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    GnutlsModel m;
    if (tokens.isEmpty() || !baseModel(tokens.first().trimmed(), &m)) {
        setError(out, phrase("Errors", "a GnuTLS priority string starts with NORMAL, PERFORMANCE, SECURE128, SECURE192, "
                                    "SECURE256 or NONE, not \"%1\"").arg(tokens.value(0)));
        return;
    }
    QStringList ignored;
    for (int i = 1; i < tokens.size(); ++i) {
        QString t = tokens.at(i).trimmed().toUpper();
        if (t.startsWith(QLatin1Char('%'))) {
            ignored << t;
            continue;
        }
        const QChar op = t.isEmpty() ? QChar() : t.at(0);
        if (op != QLatin1Char('+') && op != QLatin1Char('-') && op != QLatin1Char('!')) {
            setError(out, phrase("Errors", "\"%1\" in a GnuTLS priority string needs +, - or !").arg(quoted(tokens.at(i))));
            return;
        }
        const bool add = op == QLatin1Char('+');
        t = t.mid(1);
        if (t == QLatin1String("VERS-ALL")) {
            m.versions = add ? QStringList{QStringLiteral("TLSv1.3"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1")}
                             : QStringList();
        } else if (t.startsWith(QLatin1String("VERS-"))) {
            const QString v = canonicalVersion(t);
            if (v.isEmpty()) {
                if (t.startsWith(QLatin1String("VERS-DTLS")))
                    continue;
                setError(out, phrase("Errors", "unknown version \"%1\"").arg(quoted(tokens.at(i))));
                return;
            }
            applyModifier(&m.versions, v, add);
        } else if (t == QLatin1String("CIPHER-ALL")) {
            m.ciphers = add ? knownCiphers().mid(0, 7) : QStringList();
        } else if (t == QLatin1String("MAC-ALL")) {
            m.macs = add ? QStringList{QStringLiteral("SHA1"), QStringLiteral("AEAD")} : QStringList();
        } else if (t == QLatin1String("KX-ALL")) {
            m.kx = add ? QStringList{QStringLiteral("ECDHE-ECDSA"), QStringLiteral("ECDHE-RSA"), QStringLiteral("RSA"), QStringLiteral("DHE-RSA")}
                       : QStringList();
        } else if (t == QLatin1String("GROUP-ALL") || t == QLatin1String("CURVE-ALL")) {
            m.groups = add ? allGroups() : QStringList();
        } else if (t == QLatin1String("SIGN-ALL")) {
            m.sigs = add ? allSigs() : QStringList();
        } else if (t.startsWith(QLatin1String("GROUP-")) || t.startsWith(QLatin1String("CURVE-"))) {
            const QString g = groupFromGnutls(t);
            if (g.isEmpty()) {
                setError(out, phrase("Errors", "unknown group \"%1\"").arg(quoted(tokens.at(i))));
                return;
            }
            applyModifier(&m.groups, g, add);
        } else if (t.startsWith(QLatin1String("SIGN-"))) {
            const QString s = canonicalSigalg(t);
            if (s.isEmpty()) {
                setError(out, phrase("Errors", "unknown signature algorithm \"%1\"").arg(quoted(tokens.at(i))));
                return;
            }
            applyModifier(&m.sigs, s, add);
        } else if (knownCiphers().contains(t)) {
            applyModifier(&m.ciphers, t, add);
        } else if (knownMacs().contains(t)) {
            applyModifier(&m.macs, t, add);
        } else if (knownKx().contains(t)) {
            applyModifier(&m.kx, t, add);
        } else if (t == QLatin1String("COMP-ALL") || t.startsWith(QLatin1String("COMP-")) || t.startsWith(QLatin1String("CTYPE-"))) {
            ignored << t;
        } else {
            setError(out, phrase("Errors", "\"%1\" is not in the built-in GnuTLS table (install gnutls-bin for the full syntax)")
                             .arg(quoted(tokens.at(i))));
            return;
        }
    }
    const CipherCatalog &catalog = CipherCatalog::instance();
    // TLS 1.3 suites: by cipher order.
    if (m.versions.contains(QLatin1String("TLSv1.3")))
        for (const QString &cipher : m.ciphers)
            for (const SuiteInfo &s : catalog.suites())
                if (isTls13(s.code) && !s.gnutls.isEmpty() && gnutlsCipherOf(s) == cipher)
                    addCode(out, s.code);
    for (const QString &kx : m.kx)
        for (const QString &cipher : m.ciphers)
            for (const QString &mac : m.macs)
                for (const SuiteInfo &s : catalog.suites())
                    if (!isTls13(s.code) && !s.gnutls.isEmpty() && gnutlsKxOf(s) == kx && gnutlsCipherOf(s) == cipher && s.mac == mac)
                        addCode(out, s.code);
    const QStringList &order = scanVersions();
    for (const QString &v : order)
        if (m.versions.contains(v))
            out->versions << v;
    out->groups = m.groups;
    out->sigalgs = m.sigs;
    out->method = QStringLiteral("built-in GnuTLS 3.7 table (an approximation; gnutls-cli was not used)");
    if (!ignored.isEmpty())
        out->method += QStringLiteral("; ignored: %1").arg(ignored.join(QLatin1String(", ")));
}

ParsedCipherList parseGnutls(const QString &text, const QString &gnutlsCli)
{
    ParsedCipherList out;
    out.syntax = CipherListSyntax::Gnutls;
    const QString priority = text.trimmed();
    if (gnutlsCli != QLatin1String("-")) {
        QString why;
        ParsedCipherList viaTool = out;
        if (expandWithGnutlsCli(gnutlsCli.isEmpty() ? QStringLiteral("gnutls-cli") : gnutlsCli, priority, &viaTool, &why)) {
            if (viaTool.ok() && viaTool.ciphers.isEmpty() && viaTool.tls13Suites.isEmpty())
                setError(&viaTool, phrase("Errors", "the priority string \"%1\" enables no cipher suite").arg(quoted(priority)));
            return viaTool;
        }
    }
    expandWithTable(priority, &out);
    if (out.ok() && out.ciphers.isEmpty() && out.tls13Suites.isEmpty())
        setError(&out, phrase("Errors", "the priority string \"%1\" enables no cipher suite").arg(quoted(priority)));
    return out;
}

} // namespace

QString cipherListSyntaxName(CipherListSyntax syntax)
{
    switch (syntax) {
    case CipherListSyntax::OpenSsl: return QStringLiteral("openssl");
    case CipherListSyntax::Iana: return QStringLiteral("iana");
    case CipherListSyntax::Gnutls: return QStringLiteral("gnutls");
    case CipherListSyntax::Auto: break;
    }
    return QStringLiteral("auto");
}

bool parseCipherListSyntax(const QString &text, CipherListSyntax *out)
{
    for (CipherListSyntax s : {CipherListSyntax::Auto, CipherListSyntax::OpenSsl, CipherListSyntax::Iana, CipherListSyntax::Gnutls})
        if (text.trimmed().compare(cipherListSyntaxName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    return false;
}

CipherListSyntax detectCipherListSyntax(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression gnutlsBase(QStringLiteral("^(NORMAL|PERFORMANCE|SECURE128|SECURE192|SECURE256|SECURE|NONE|SUITEB128|SUITEB192|LEGACY|PFS|@\\w+)(:|$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (gnutlsBase.match(t).hasMatch() || t.contains(QLatin1String("VERS-")))
        return CipherListSyntax::Gnutls;
    const QStringList tokens = splitList(t);
    bool allIana = !tokens.isEmpty();
    for (const QString &token : tokens)
        if (!token.startsWith(QLatin1String("TLS_"), Qt::CaseInsensitive) && !token.startsWith(QLatin1String("SSL_"), Qt::CaseInsensitive))
            allIana = false;
    return allIana ? CipherListSyntax::Iana : CipherListSyntax::OpenSsl;
}

ParsedCipherList parseCipherList(const QString &text, CipherListSyntax syntax, const QString &gnutlsCli)
{
    if (text.trimmed().isEmpty()) {
        ParsedCipherList out;
        setError(&out, phrase("Errors", "the cipher list is empty"));
        return out;
    }
    if (syntax == CipherListSyntax::Auto)
        syntax = detectCipherListSyntax(text);
    switch (syntax) {
    case CipherListSyntax::Gnutls: return parseGnutls(text, gnutlsCli);
    case CipherListSyntax::Iana: return parseIana(text);
    default: return parseOpenssl(text);
    }
}

const SuiteInfo *suiteByAnyName(const QString &name)
{
    const CipherCatalog &catalog = CipherCatalog::instance();
    const QString n = name.trimmed();
    if (const SuiteInfo *s = catalog.byName(n))   // legacy OpenSSL names included
        return s;
    // GnuTLS spells TLS 1.2 suites without "_WITH_"; IANA with it; some lists use "SSL_" prefixes.
    if (n.startsWith(QLatin1String("SSL_"), Qt::CaseInsensitive))
        return catalog.byName(QStringLiteral("TLS_") + n.mid(4));
    return nullptr;
}

} // namespace mailtls::core
