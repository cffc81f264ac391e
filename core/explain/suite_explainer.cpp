#include "explain/suite_explainer.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

#include "catalog/cipher_catalog.h"

namespace mailtls::core {

namespace {

// Names compared the way people mistype them: case and '-' versus '_' do not count.
QString normalized(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    n.remove(QLatin1Char(' '));
    return n;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// "0xC030", "C030", "0xC0,0x30", "{0xC0,0x30}", "c0:30" -> code; false when it is no code.
bool parseCode(const QString &text, quint32 *code)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char('{')).remove(QLatin1Char('}')).remove(QLatin1Char(' '));
    static const QRegularExpression pair(QStringLiteral("^(?:0x)?([0-9a-f]{1,2})[,:](?:0x)?([0-9a-f]{1,2})$"));
    const QRegularExpressionMatch m = pair.match(t);
    if (m.hasMatch()) {
        *code = (m.captured(1).toUInt(nullptr, 16) << 8) | m.captured(2).toUInt(nullptr, 16);
        return true;
    }
    static const QRegularExpression single(QStringLiteral("^(?:0x)?([0-9a-f]{4}|[0-9a-f]{6})$"));
    const QRegularExpressionMatch s = single.match(t);
    if (s.hasMatch()) {
        // Four hex digits (a TLS suite) or six (an SSLv2 cipher kind); no suite name is that short.
        *code = s.captured(1).toUInt(nullptr, 16);
        return true;
    }
    return false;
}

// One plain sentence per key exchange and authentication name the catalog uses.
struct Meaning {
    const char *name;
    const char *text;
};

const Meaning kKeyExchanges[] = {
    {"ECDHE",
     "Ephemeral elliptic-curve Diffie-Hellman: both sides make a fresh key pair for this connection and derive the secret from them."},
    {"DHE",
     "Ephemeral finite-field Diffie-Hellman: a fresh key pair per connection over the server's prime; the prime size decides the strength."},
    {"RSA",
     "RSA key transport: the client encrypts a random premaster secret with the public key in the server's certificate."},
    {"DH",
     "Static Diffie-Hellman: the server's DH key is fixed and sits in its certificate."},
    {"ECDH",
     "Static elliptic-curve Diffie-Hellman: the server's EC key in its certificate is used directly for key agreement."},
    {"PSK",
     "Pre-shared key: both sides already hold a secret agreed outside TLS."},
    {"SRP",
     "Secure Remote Password: a password-based key exchange that never sends the password."},
    {"KRB5",
     "Kerberos: the client presents a Kerberos ticket for the server."},
    {"ECCPWD",
     "Password-authenticated key exchange on an elliptic curve (RFC 8492)."},
    {"GOST",
     "GOST VKO key agreement (Russian national standards)."},
    {"any",
     "Not fixed by the suite: in TLS 1.3 the key exchange is always ephemeral (EC)DHE (or PSK), agreed through the supported_groups and key_share extensions."},
    {"NULL",
     "None: this placeholder suite protects nothing."},
};

const Meaning kAuthentications[] = {
    {"RSA",
     "The server signs the key exchange with its RSA key."},
    {"ECDSA",
     "The server signs with an ECDSA key."},
    {"DSS",
     "The server signs with a DSA key (DSS), long deprecated."},
    {"anon",
     "None: the server is not authenticated, so anyone on the path can pose as it."},
    {"PSK",
     "The pre-shared key authenticates both sides; no certificate is involved."},
    {"SRP",
     "The shared password authenticates both sides."},
    {"KRB5",
     "Kerberos authenticates the server."},
    {"ECCPWD",
     "The shared password authenticates both sides."},
    {"GOST",
     "The server signs with a GOST R 34.10 key."},
    {"any",
     "Not fixed by the suite: in TLS 1.3 the certificate's signature algorithm is negotiated separately (RSA-PSS, ECDSA, Ed25519)."},
    {"NULL",
     "None."},
};

template <size_t N>
QString meaningIn(const Meaning (&table)[N], const QString &name, const char *unknown)
{
    for (const Meaning &m : table)
        if (name == QLatin1String(m.name))
            return QString::fromUtf8(m.text);
    return QStringLiteral("%1 %2.").arg(QLatin1String(unknown), name);
}

QString keyExchangeMeaning(const SuiteInfo &s)
{
    return meaningIn(kKeyExchanges, s.kex, "Key exchange");
}

QString authenticationMeaning(const SuiteInfo &s)
{
    // Static RSA proves the key by decrypting, every other RSA suite by signing.
    if (s.auth == QLatin1String("RSA") && s.kex == QLatin1String("RSA"))
        return QStringLiteral("The server proves itself by decrypting the premaster secret with its RSA private key.");
    return meaningIn(kAuthentications, s.auth, "Authentication");
}

bool isAead(const SuiteInfo &s)
{
    return s.mac == QLatin1String("AEAD");
}

QString cipherMeaning(const SuiteInfo &s)
{
    const QString &e = s.enc;
    if (e == QLatin1String("NULL"))
        return QStringLiteral("No encryption at all: the data is only integrity-protected and travels readable.");
    QString mode;
    if (e.contains(QLatin1String("GCM")))
        mode = QStringLiteral("block cipher in Galois/Counter Mode: encryption and integrity in one step (AEAD)");
    else if (e.endsWith(QLatin1String("CCM-8")))
        mode = QStringLiteral("block cipher in CCM mode with a short 8-byte tag (AEAD)");
    else if (e.contains(QLatin1String("CCM")))
        mode = QStringLiteral("block cipher in CCM mode (AEAD)");
    else if (e.contains(QLatin1String("CHACHA20")))
        mode = QStringLiteral("ChaCha20 stream cipher with the Poly1305 authenticator (AEAD), fast without AES hardware");
    else if (e.contains(QLatin1String("CBC")))
        mode = QStringLiteral("block cipher in CBC mode; integrity comes from a separate HMAC");
    else if (e.startsWith(QLatin1String("RC4")))
        mode = QStringLiteral("RC4 stream cipher, broken: its key stream is biased");
    else if (e.contains(QLatin1String("CTR")) || e.contains(QLatin1String("CNT")))
        mode = QStringLiteral("block cipher in counter mode");
    else
        mode = QStringLiteral("symmetric cipher");
    return QStringLiteral("%1-bit strength; %2.").arg(s.bits).arg(mode);
}

// The hash named at the end of the suite name drives the TLS 1.2 PRF / TLS 1.3 HKDF.
QString suiteHash(const SuiteInfo &s)
{
    if (s.iana.endsWith(QLatin1String("SHA384")))
        return QStringLiteral("SHA-384");
    if (s.iana.endsWith(QLatin1String("SHA256")))
        return QStringLiteral("SHA-256");
    return QString();
}

SuitePart macPart(const SuiteInfo &s, const QStringList &versions)
{
    SuitePart p;
    const QString hash = suiteHash(s);
    if (versions == QStringList{QStringLiteral("TLSv1.3")}) {
        p.name = QStringLiteral("AEAD · HKDF-%1").arg(hash);
        p.meaning = QStringLiteral("The cipher itself protects integrity; %1 drives HKDF, which derives every key of the connection.").arg(hash);
        return p;
    }
    if (isAead(s)) {
        p.name = QStringLiteral("AEAD · PRF %1").arg(hash.isEmpty() ? QStringLiteral("SHA-256") : hash);
        p.meaning = QStringLiteral("No separate MAC: the cipher protects integrity. The TLS 1.2 PRF uses %1.").arg(hash.isEmpty() ? QStringLiteral("SHA-256") : hash);
        return p;
    }
    const QString &m = s.mac;
    if (m == QLatin1String("SHA1") || m == QLatin1String("MD5")) {
        p.name = QStringLiteral("HMAC-%1").arg(m == QLatin1String("SHA1") ? QStringLiteral("SHA1") : QStringLiteral("MD5"));
        p.meaning = QStringLiteral("Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2.")
                        .arg(m == QLatin1String("SHA1") ? QStringLiteral("SHA1") : QStringLiteral("MD5"));
        if (m == QLatin1String("MD5"))
            p.meaning += QStringLiteral(" HMAC-MD5 is not known to be broken, but MD5 is retired everywhere.");
        return p;
    }
    if (m == QLatin1String("SHA256") || m == QLatin1String("SHA384")) {
        const QString h = m == QLatin1String("SHA256") ? QStringLiteral("SHA-256") : QStringLiteral("SHA-384");
        p.name = QStringLiteral("HMAC-%1 · PRF %1").arg(h);
        p.meaning = QStringLiteral("Records carry an HMAC-%1 tag, and the TLS 1.2 PRF uses %1.").arg(h);
        return p;
    }
    if (m == QLatin1String("NULL")) {
        p.name = QStringLiteral("none");
        p.meaning = QStringLiteral("No integrity protection.");
        return p;
    }
    p.name = m;
    p.meaning = QStringLiteral("GOST message authentication (%1).").arg(m);
    return p;
}

QString certificateNeeded(const SuiteInfo &s)
{
    const QString &k = s.kex;
    const QString &a = s.auth;
    if (a == QLatin1String("any"))
        return QStringLiteral("Any: TLS 1.3 suites do not fix the certificate type. The server picks RSA, ECDSA or Ed25519 by the client's signature_algorithms.");
    if (s.iana.contains(QLatin1String("RSA_PSK")))
        return QStringLiteral("An RSA certificate whose key may encrypt (keyEncipherment), plus the pre-shared key.");
    if (a == QLatin1String("anon") || a == QLatin1String("NULL"))
        return QStringLiteral("None: the server sends no certificate (and so proves nothing).");
    if (a == QLatin1String("PSK") || a == QLatin1String("SRP") || a == QLatin1String("ECCPWD"))
        return QStringLiteral("None: a shared secret or password authenticates the server.");
    if (a == QLatin1String("KRB5"))
        return QStringLiteral("None: a Kerberos service key authenticates the server.");
    if (k == QLatin1String("DH"))
        return QStringLiteral("A certificate holding a fixed Diffie-Hellman key, issued by a CA that signs with %1. Practically no CA issues these.")
            .arg(a == QLatin1String("DSS") ? QStringLiteral("DSA") : a);
    if (k == QLatin1String("ECDH"))
        return QStringLiteral("A certificate holding an EC key allowed for key agreement (keyAgreement), issued by a CA that signs with %1.")
            .arg(a);
    if (a == QLatin1String("RSA"))
        return k == QLatin1String("RSA")
                   ? QStringLiteral("An RSA certificate whose key may encrypt (keyEncipherment).")
                   : QStringLiteral("An RSA certificate whose key may sign (digitalSignature).");
    if (a == QLatin1String("ECDSA"))
        return QStringLiteral("An ECDSA certificate (an EC key such as P-256) that may sign. An RSA certificate does not work with this suite.");
    if (a == QLatin1String("DSS"))
        return QStringLiteral("A DSA certificate; hardly any CA issues these today.");
    if (a == QLatin1String("GOST"))
        return QStringLiteral("A GOST R 34.10-2012 certificate.");
    return QStringLiteral("A %1 certificate.").arg(a);
}

QStringList gradeReasons(const SuiteInfo &s, bool fs)
{
    QStringList r;
    const QString &e = s.enc;
    if (e == QLatin1String("NULL"))
        r << QStringLiteral("No encryption: anyone on the path reads the traffic.");
    if (s.auth == QLatin1String("anon") || s.auth == QLatin1String("NULL"))
        r << QStringLiteral("No authentication: a man in the middle can pose as the server.");
    if (s.iana.contains(QLatin1String("EXPORT")))
        r << QStringLiteral("Export grade: keys cut down on purpose to 40–56 bits in the 1990s (FREAK, Logjam).");
    if (e.startsWith(QLatin1String("RC4")))
        r << QStringLiteral("RC4's biased key stream leaks plaintext; RFC 7465 forbids it in TLS.");
    if (e.startsWith(QLatin1String("RC2")))
        r << QStringLiteral("RC2 is an obsolete cipher with export-size keys.");
    if (e.startsWith(QLatin1String("DES-")) || e.startsWith(QLatin1String("DES40")))
        r << QStringLiteral("Single DES: a 56-bit key is searched exhaustively in hours.");
    if (e.startsWith(QLatin1String("3DES")) || e.startsWith(QLatin1String("IDEA")))
        r << QStringLiteral("64-bit block cipher: after a few tens of gigabytes on one connection, block collisions leak data (Sweet32).");
    if (s.bits > 0 && s.bits < 128 && !e.startsWith(QLatin1String("3DES")) && !e.startsWith(QLatin1String("DES")))
        r << QStringLiteral("Under 128 bits of symmetric strength.");
    if (!fs && s.kex != QLatin1String("NULL"))
        r << QStringLiteral("No forward secrecy: whoever obtains the server's long-term key later can decrypt recorded sessions.");
    if (r.isEmpty()) {
        if (isAead(s) && e.endsWith(QLatin1String("CCM-8")))
            r << QStringLiteral("Forward secrecy and AEAD, but CCM_8's 8-byte tag is short for general use.");
        else if (isAead(s))
            r << QStringLiteral("Forward secrecy and authenticated encryption (AEAD) with a full-length tag.");
        else
            r << QStringLiteral("Forward secrecy, but CBC with a separate HMAC (MAC-then-encrypt) has a history of padding-oracle attacks such as Lucky13.");
    }
    return r;
}

QString versionRange(const QStringList &versions)
{
    if (versions.isEmpty())
        return QStringLiteral("none (a placeholder, never negotiated)");
    if (versions.size() == 1)
        return QStringLiteral("%1 only").arg(explainedVersionName(versions.first()));
    return QStringLiteral("%1 – %2").arg(explainedVersionName(versions.first()), explainedVersionName(versions.last()));
}

void fill(SuiteExplanation *e, const SuiteInfo &s, QStringList versions)
{
    e->found = true;
    e->suite = s;
    // The ECC suites (RFC 4492) were never defined for SSLv3.
    if ((s.kex == QLatin1String("ECDHE") || s.kex == QLatin1String("ECDH")) && versions.contains(QStringLiteral("SSLv3")))
        versions.removeAll(QStringLiteral("SSLv3"));
    e->versions = versions;
    e->versionsText = versionRange(versions);
    if (!versions.contains(QStringLiteral("TLSv1.3")) && !versions.isEmpty())
        e->versionsText += QStringLiteral("; not in TLS 1.3, which keeps only five AEAD suites");
    e->keyExchange = {s.kex == QLatin1String("any") ? QStringLiteral("(EC)DHE, negotiated") : s.kex, keyExchangeMeaning(s)};
    e->authentication = {s.auth == QLatin1String("any") ? QStringLiteral("certificate, negotiated") : s.auth, authenticationMeaning(s)};
    e->cipher = {s.enc, cipherMeaning(s)};
    e->mac = macPart(s, versions);
    e->forwardSecrecy = hasForwardSecrecy(s);
    e->forwardSecrecyText = e->forwardSecrecy
        ? QStringLiteral("Yes: session keys come from ephemeral keys thrown away after the handshake.")
        : QStringLiteral("No: recorded traffic can be decrypted later with the server's long-term key.");
    e->aead = isAead(s);
    e->aeadText = e->aead ? QStringLiteral("Yes: encryption and integrity in one authenticated mode.")
                          : (s.enc == QLatin1String("NULL") ? QStringLiteral("No: there is no encryption.")
                                                            : QStringLiteral("No: a separate MAC protects integrity."));
    e->grade = s.grade.isEmpty() ? gradeSuite(s) : s.grade;
    e->gradeReasons = gradeReasons(s, e->forwardSecrecy);
    e->certificate = certificateNeeded(s);
}

} // namespace

QString explainedVersionName(const QString &version)
{
    return version.startsWith(QLatin1String("TLSv")) ? tlsVersionLabel(version) : version;   // "SSLv3" stays
}

QString SuiteExplanation::error() const
{
    if (found)
        return QString();
    QString text = QStringLiteral("unknown cipher suite '%1'").arg(input);
    if (!suggestions.isEmpty())
        text += QStringLiteral("; did you mean %1?").arg(suggestions.join(QStringLiteral(", ")));
    return text;
}

SuiteExplanation explainSuite(const QString &name)
{
    return explainSuite(name, CipherCatalog::instance());
}

SuiteExplanation explainSuite(const QString &name, const CipherCatalog &catalog)
{
    SuiteExplanation e;
    e.input = name;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return e;

    const SuiteInfo *suite = catalog.byName(trimmed);
    if (!suite) {
        // Hyphens for underscores and the SSL_ prefix of older (Java-style) names.
        QString alt = trimmed;
        if (alt.startsWith(QLatin1String("SSL_"), Qt::CaseInsensitive))
            alt = QStringLiteral("TLS_") + alt.mid(4);
        suite = catalog.byName(alt);
        if (!suite)
            suite = catalog.byName(QString(alt).replace(QLatin1Char('_'), QLatin1Char('-')));
        if (!suite)
            suite = catalog.byName(QString(alt).replace(QLatin1Char('-'), QLatin1Char('_')));
    }
    quint32 code = 0;
    if (suite) {
        QStringList notations;
        if (suite->iana.compare(trimmed, Qt::CaseInsensitive) == 0)
            notations << QStringLiteral("IANA");
        if (opensslNameOf(*suite).compare(trimmed, Qt::CaseInsensitive) == 0)
            notations << QStringLiteral("OpenSSL");
        if (!suite->gnutls.isEmpty() && suite->gnutls.compare(trimmed, Qt::CaseInsensitive) == 0)
            notations << QStringLiteral("GnuTLS");
        e.notation = notations.isEmpty() ? QStringLiteral("IANA") : notations.join(QLatin1Char('/'));
    } else if (parseCode(trimmed, &code)) {
        if (code <= 0xFFFF)
            suite = catalog.byCode(quint16(code));
        e.notation = QStringLiteral("code");
        if (!suite) {
            if (const CipherCatalog::Sslv2Kind *kind = catalog.sslv2ByCode(code)) {
                fill(&e, kind->info, {QStringLiteral("SSLv2")});
                e.notation = QStringLiteral("code");
                e.codeHex = sslv2KindCodeHex(code);
                e.versionsText = QStringLiteral("SSLv2 only (a cipher kind, not a TLS suite)");
                return e;
            }
        }
    }
    if (suite) {
        fill(&e, *suite, catalog.versionsOf(suite->code));
        e.suite.openssl = opensslNameOf(*suite);
        e.codeHex = suiteCodeHex(suite->code);
        return e;
    }
    if (const CipherCatalog::Sslv2Kind *kind = catalog.sslv2ByName(trimmed)) {
        fill(&e, kind->info, {QStringLiteral("SSLv2")});
        e.notation = QStringLiteral("SSLv2");
        e.codeHex = sslv2KindCodeHex(kind->code);
        e.versionsText = QStringLiteral("SSLv2 only (a cipher kind, not a TLS suite)");
        return e;
    }
    e.suggestions = closeSuiteNames(trimmed);
    return e;
}

QStringList allSuiteNames(const QString &notation)
{
    QStringList names;
    for (const SuiteInfo &s : CipherCatalog::instance().suites()) {
        if (notation.isEmpty() || notation == QLatin1String("IANA"))
            names << s.iana;
        if (notation.isEmpty() || notation == QLatin1String("OpenSSL")) {
            const QString openssl = opensslNameOf(s);
            if (!openssl.isEmpty())
                names << openssl;
        }
        if ((notation.isEmpty() || notation == QLatin1String("GnuTLS")) && !s.gnutls.isEmpty())
            names << s.gnutls;
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

QStringList closeSuiteNames(const QString &input, int most)
{
    const QString needle = normalized(input);
    if (needle.isEmpty())
        return {};
    struct Candidate {
        int score;
        QString name;
    };
    QList<Candidate> candidates;
    for (const QString &name : allSuiteNames()) {
        const QString n = normalized(name);
        int score = editDistance(needle, n);
        // A fragment of a longer name ("ECDHE-RSA-AES256") is a good hint, not a far miss.
        if (n.contains(needle))
            score = std::min(score, 1 + int(n.size() - needle.size()) / 8);
        candidates << Candidate{score, name};
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    const int limit = std::max(3, int(needle.size()) / 3);
    QStringList out;
    for (const Candidate &c : candidates) {
        if (out.size() >= most || c.score > limit)
            break;
        out << c.name;
    }
    return out;
}

QString explanationText(const SuiteExplanation &e)
{
    if (!e.found)
        return e.error() + QLatin1Char('\n');
    const SuiteInfo &s = e.suite;
    QString t;
    auto line = [&t](const QString &label, const QString &value) {
        t += QStringLiteral("%1%2\n").arg(label.leftJustified(18, QLatin1Char(' ')), value);
    };
    t += QStringLiteral("%1 (%2)\n").arg(s.iana, e.codeHex);
    if (!s.openssl.isEmpty())
        line(QStringLiteral("  OpenSSL name"), s.openssl);
    if (!s.gnutls.isEmpty())
        line(QStringLiteral("  GnuTLS name"), s.gnutls);
    line(QStringLiteral("  Typed as"), e.notation);
    t += QLatin1Char('\n');
    line(QStringLiteral("Key exchange"), e.keyExchange.name);
    line(QString(), e.keyExchange.meaning);
    line(QStringLiteral("Authentication"), e.authentication.name);
    line(QString(), e.authentication.meaning);
    line(QStringLiteral("Bulk cipher"), e.cipher.name);
    line(QString(), e.cipher.meaning);
    line(QStringLiteral("MAC / PRF"), e.mac.name);
    line(QString(), e.mac.meaning);
    t += QLatin1Char('\n');
    line(QStringLiteral("Versions"), e.versionsText);
    line(QStringLiteral("Forward secrecy"), e.forwardSecrecyText);
    line(QStringLiteral("AEAD"), e.aeadText);
    line(QStringLiteral("Certificate"), e.certificate);
    line(QStringLiteral("Grade"), e.grade);
    for (const QString &reason : e.gradeReasons)
        line(QString(), QStringLiteral("- ") + reason);
    return t;
}

} // namespace mailtls::core
