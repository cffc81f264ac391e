#include "explain/suite_explainer.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

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
    Phrase text;
};

const std::vector<Meaning> &keyExchanges()
{
    static const std::vector<Meaning> table = {
        {"ECDHE",
         phrase("Explain", "Ephemeral elliptic-curve Diffie-Hellman: both sides make a fresh key pair for this connection and derive the secret from them.")},
        {"DHE",
         phrase("Explain", "Ephemeral finite-field Diffie-Hellman: a fresh key pair per connection over the server's prime; the prime size decides the strength.")},
        {"RSA",
         phrase("Explain", "RSA key transport: the client encrypts a random premaster secret with the public key in the server's certificate.")},
        {"DH",
         phrase("Explain", "Static Diffie-Hellman: the server's DH key is fixed and sits in its certificate.")},
        {"ECDH",
         phrase("Explain", "Static elliptic-curve Diffie-Hellman: the server's EC key in its certificate is used directly for key agreement.")},
        {"PSK",
         phrase("Explain", "Pre-shared key: both sides already hold a secret agreed outside TLS.")},
        {"SRP",
         phrase("Explain", "Secure Remote Password: a password-based key exchange that never sends the password.")},
        {"KRB5",
         phrase("Explain", "Kerberos: the client presents a Kerberos ticket for the server.")},
        {"ECCPWD",
         phrase("Explain", "Password-authenticated key exchange on an elliptic curve (RFC 8492).")},
        {"GOST",
         phrase("Explain", "GOST VKO key agreement (Russian national standards).")},
        {"any",
         phrase("Explain", "Not fixed by the suite: in TLS 1.3 the key exchange is always ephemeral (EC)DHE (or PSK), agreed through the supported_groups and key_share extensions.")},
        {"NULL",
         phrase("Explain", "None: this placeholder suite protects nothing.")},
    };
    return table;
}

const std::vector<Meaning> &authentications()
{
    static const std::vector<Meaning> table = {
        {"RSA",
         phrase("Explain", "The server signs the key exchange with its RSA key.")},
        {"ECDSA",
         phrase("Explain", "The server signs with an ECDSA key.")},
        {"DSS",
         phrase("Explain", "The server signs with a DSA key (DSS), long deprecated.")},
        {"anon",
         phrase("Explain", "None: the server is not authenticated, so anyone on the path can pose as it.")},
        {"PSK",
         phrase("Explain", "The pre-shared key authenticates both sides; no certificate is involved.")},
        {"SRP",
         phrase("Explain", "The shared password authenticates both sides.")},
        {"KRB5",
         phrase("Explain", "Kerberos authenticates the server.")},
        {"ECCPWD",
         phrase("Explain", "The shared password authenticates both sides.")},
        {"GOST",
         phrase("Explain", "The server signs with a GOST R 34.10 key.")},
        {"any",
         phrase("Explain", "Not fixed by the suite: in TLS 1.3 the certificate's signature algorithm is negotiated separately (RSA-PSS, ECDSA, Ed25519).")},
        {"NULL",
         phrase("Explain", "None.")},
    };
    return table;
}

// `unknown` is the sentence for a name the table lacks, with the name as %1.
Phrase meaningIn(const std::vector<Meaning> &table, const QString &name, const Phrase &unknown)
{
    for (const Meaning &m : table)
        if (name == QLatin1String(m.name))
            return m.text;
    return unknown.arg(name);
}

Phrase keyExchangeMeaning(const SuiteInfo &s)
{
    return meaningIn(keyExchanges(), s.kex, phrase("Explain", "Key exchange %1."));
}

Phrase authenticationMeaning(const SuiteInfo &s)
{
    // Static RSA proves the key by decrypting, every other RSA suite by signing.
    if (s.auth == QLatin1String("RSA") && s.kex == QLatin1String("RSA"))
        return phrase("Explain", "The server proves itself by decrypting the premaster secret with its RSA private key.");
    return meaningIn(authentications(), s.auth, phrase("Explain", "Authentication %1."));
}

bool isAead(const SuiteInfo &s)
{
    return s.mac == QLatin1String("AEAD");
}

Phrase cipherMeaning(const SuiteInfo &s)
{
    const QString &e = s.enc;
    if (e == QLatin1String("NULL"))
        return phrase("Explain", "No encryption at all: the data is only integrity-protected and travels readable.");
    Phrase text;
    if (e.contains(QLatin1String("GCM")))
        text = phrase("Explain", "%1-bit strength; block cipher in Galois/Counter Mode: encryption and integrity in one step (AEAD).");
    else if (e.endsWith(QLatin1String("CCM-8")))
        text = phrase("Explain", "%1-bit strength; block cipher in CCM mode with a short 8-byte tag (AEAD).");
    else if (e.contains(QLatin1String("CCM")))
        text = phrase("Explain", "%1-bit strength; block cipher in CCM mode (AEAD).");
    else if (e.contains(QLatin1String("CHACHA20")))
        text = phrase("Explain", "%1-bit strength; ChaCha20 stream cipher with the Poly1305 authenticator (AEAD), fast without AES hardware.");
    else if (e.contains(QLatin1String("CBC")))
        text = phrase("Explain", "%1-bit strength; block cipher in CBC mode; integrity comes from a separate HMAC.");
    else if (e.startsWith(QLatin1String("RC4")))
        text = phrase("Explain", "%1-bit strength; RC4 stream cipher, broken: its key stream is biased.");
    else if (e.contains(QLatin1String("CTR")) || e.contains(QLatin1String("CNT")))
        text = phrase("Explain", "%1-bit strength; block cipher in counter mode.");
    else
        text = phrase("Explain", "%1-bit strength; symmetric cipher.");
    return text.arg(s.bits);
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

SuitePart makePart(const Phrase &name, const Phrase &meaning)
{
    SuitePart p;
    p.name = name.english();
    p.meaning = meaning.english();
    p.namePhrase = name;
    p.meaningPhrase = meaning;
    return p;
}

SuitePart macPart(const SuiteInfo &s, const QStringList &versions)
{
    const QString hash = suiteHash(s);
    if (versions == QStringList{QStringLiteral("TLSv1.3")}) {
        return makePart(QStringLiteral("AEAD · HKDF-%1").arg(hash),
                        phrase("Explain", "The cipher itself protects integrity; %1 drives HKDF, which derives every key of the connection.").arg(hash));
    }
    if (isAead(s)) {
        const QString prfHash = hash.isEmpty() ? QStringLiteral("SHA-256") : hash;
        return makePart(QStringLiteral("AEAD · PRF %1").arg(prfHash),
                        phrase("Explain", "No separate MAC: the cipher protects integrity. The TLS 1.2 PRF uses %1.").arg(prfHash));
    }
    const QString &m = s.mac;
    if (m == QLatin1String("SHA1"))
        return makePart(QStringLiteral("HMAC-SHA1"),
                        phrase("Explain", "Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2.")
                            .arg(QStringLiteral("SHA1")));
    if (m == QLatin1String("MD5"))
        return makePart(QStringLiteral("HMAC-MD5"),
                        phrase("Explain", "Records carry an HMAC-%1 tag. The key derivation (PRF) is MD5+SHA-1 in TLS 1.0/1.1 and SHA-256 in TLS 1.2."
                                          " HMAC-MD5 is not known to be broken, but MD5 is retired everywhere.")
                            .arg(QStringLiteral("MD5")));
    if (m == QLatin1String("SHA256") || m == QLatin1String("SHA384")) {
        const QString h = m == QLatin1String("SHA256") ? QStringLiteral("SHA-256") : QStringLiteral("SHA-384");
        return makePart(QStringLiteral("HMAC-%1 · PRF %1").arg(h),
                        phrase("Explain", "Records carry an HMAC-%1 tag, and the TLS 1.2 PRF uses %1.").arg(h));
    }
    if (m == QLatin1String("NULL"))
        return makePart(phrase("Explain", "none"), phrase("Explain", "No integrity protection."));
    return makePart(m, phrase("Explain", "GOST message authentication (%1).").arg(m));
}

Phrase certificateNeeded(const SuiteInfo &s)
{
    const QString &k = s.kex;
    const QString &a = s.auth;
    if (a == QLatin1String("any"))
        return phrase("Explain", "Any: TLS 1.3 suites do not fix the certificate type. The server picks RSA, ECDSA or Ed25519 by the client's signature_algorithms.");
    if (s.iana.contains(QLatin1String("RSA_PSK")))
        return phrase("Explain", "An RSA certificate whose key may encrypt (keyEncipherment), plus the pre-shared key.");
    if (a == QLatin1String("anon") || a == QLatin1String("NULL"))
        return phrase("Explain", "None: the server sends no certificate (and so proves nothing).");
    if (a == QLatin1String("PSK") || a == QLatin1String("SRP") || a == QLatin1String("ECCPWD"))
        return phrase("Explain", "None: a shared secret or password authenticates the server.");
    if (a == QLatin1String("KRB5"))
        return phrase("Explain", "None: a Kerberos service key authenticates the server.");
    if (k == QLatin1String("DH"))
        return phrase("Explain", "A certificate holding a fixed Diffie-Hellman key, issued by a CA that signs with %1. Practically no CA issues these.")
            .arg(a == QLatin1String("DSS") ? QStringLiteral("DSA") : a);
    if (k == QLatin1String("ECDH"))
        return phrase("Explain", "A certificate holding an EC key allowed for key agreement (keyAgreement), issued by a CA that signs with %1.")
            .arg(a);
    if (a == QLatin1String("RSA"))
        return k == QLatin1String("RSA")
                   ? phrase("Explain", "An RSA certificate whose key may encrypt (keyEncipherment).")
                   : phrase("Explain", "An RSA certificate whose key may sign (digitalSignature).");
    if (a == QLatin1String("ECDSA"))
        return phrase("Explain", "An ECDSA certificate (an EC key such as P-256) that may sign. An RSA certificate does not work with this suite.");
    if (a == QLatin1String("DSS"))
        return phrase("Explain", "A DSA certificate; hardly any CA issues these today.");
    if (a == QLatin1String("GOST"))
        return phrase("Explain", "A GOST R 34.10-2012 certificate.");
    return phrase("Explain", "A %1 certificate.").arg(a);
}

QList<Phrase> gradeReasons(const SuiteInfo &s, bool fs)
{
    QList<Phrase> r;
    const QString &e = s.enc;
    if (e == QLatin1String("NULL"))
        r << phrase("Explain", "No encryption: anyone on the path reads the traffic.");
    if (s.auth == QLatin1String("anon") || s.auth == QLatin1String("NULL"))
        r << phrase("Explain", "No authentication: a man in the middle can pose as the server.");
    if (s.iana.contains(QLatin1String("EXPORT")))
        r << phrase("Explain", "Export grade: keys cut down on purpose to 40–56 bits in the 1990s (FREAK, Logjam).");
    if (e.startsWith(QLatin1String("RC4")))
        r << phrase("Explain", "RC4's biased key stream leaks plaintext; RFC 7465 forbids it in TLS.");
    if (e.startsWith(QLatin1String("RC2")))
        r << phrase("Explain", "RC2 is an obsolete cipher with export-size keys.");
    if (e.startsWith(QLatin1String("DES-")) || e.startsWith(QLatin1String("DES40")))
        r << phrase("Explain", "Single DES: a 56-bit key is searched exhaustively in hours.");
    if (e.startsWith(QLatin1String("3DES")) || e.startsWith(QLatin1String("IDEA")))
        r << phrase("Explain", "64-bit block cipher: after a few tens of gigabytes on one connection, block collisions leak data (Sweet32).");
    if (s.bits > 0 && s.bits < 128 && !e.startsWith(QLatin1String("3DES")) && !e.startsWith(QLatin1String("DES")))
        r << phrase("Explain", "Under 128 bits of symmetric strength.");
    if (!fs && s.kex != QLatin1String("NULL"))
        r << phrase("Explain", "No forward secrecy: whoever obtains the server's long-term key later can decrypt recorded sessions.");
    if (r.isEmpty()) {
        if (isAead(s) && e.endsWith(QLatin1String("CCM-8")))
            r << phrase("Explain", "Forward secrecy and AEAD, but CCM_8's 8-byte tag is short for general use.");
        else if (isAead(s))
            r << phrase("Explain", "Forward secrecy and authenticated encryption (AEAD) with a full-length tag.");
        else
            r << phrase("Explain", "Forward secrecy, but CBC with a separate HMAC (MAC-then-encrypt) has a history of padding-oracle attacks such as Lucky13.");
    }
    return r;
}

// `notIn13`: the remark that TLS 1.3 does not have the suite (whole sentences for translators).
Phrase versionRange(const QStringList &versions, bool notIn13)
{
    if (versions.isEmpty())
        return phrase("Explain", "none (a placeholder, never negotiated)");
    if (versions.size() == 1)
        return (notIn13 ? phrase("Explain", "%1 only; not in TLS 1.3, which keeps only five AEAD suites")
                        : phrase("Explain", "%1 only"))
            .arg(explainedVersionName(versions.first()));
    return (notIn13 ? phrase("Explain", "%1 – %2; not in TLS 1.3, which keeps only five AEAD suites")
                    : Phrase(QStringLiteral("%1 – %2")))
        .arg(explainedVersionName(versions.first()))
        .arg(explainedVersionName(versions.last()));
}

void setVersions(SuiteExplanation *e, const Phrase &text)
{
    e->versionsPhrase = text;
    e->versionsText = text.english();
}

void fill(SuiteExplanation *e, const SuiteInfo &s, QStringList versions)
{
    e->found = true;
    e->suite = s;
    // The ECC suites (RFC 4492) were never defined for SSLv3.
    if ((s.kex == QLatin1String("ECDHE") || s.kex == QLatin1String("ECDH")) && versions.contains(QStringLiteral("SSLv3")))
        versions.removeAll(QStringLiteral("SSLv3"));
    e->versions = versions;
    setVersions(e, versionRange(versions, !versions.contains(QStringLiteral("TLSv1.3")) && !versions.isEmpty()));
    e->keyExchange = makePart(s.kex == QLatin1String("any") ? phrase("Explain", "(EC)DHE, negotiated") : Phrase(s.kex), keyExchangeMeaning(s));
    e->authentication = makePart(s.auth == QLatin1String("any") ? phrase("Explain", "certificate, negotiated") : Phrase(s.auth), authenticationMeaning(s));
    e->cipher = makePart(s.enc, cipherMeaning(s));
    e->mac = macPart(s, versions);
    e->forwardSecrecy = hasForwardSecrecy(s);
    e->forwardSecrecyPhrase = e->forwardSecrecy
        ? phrase("Explain", "Yes: session keys come from ephemeral keys thrown away after the handshake.")
        : phrase("Explain", "No: recorded traffic can be decrypted later with the server's long-term key.");
    e->forwardSecrecyText = e->forwardSecrecyPhrase.english();
    e->aead = isAead(s);
    e->aeadPhrase = e->aead ? phrase("Explain", "Yes: encryption and integrity in one authenticated mode.")
                            : (s.enc == QLatin1String("NULL") ? phrase("Explain", "No: there is no encryption.")
                                                              : phrase("Explain", "No: a separate MAC protects integrity."));
    e->aeadText = e->aeadPhrase.english();
    e->grade = s.grade.isEmpty() ? gradeSuite(s) : s.grade;
    e->gradeReasonPhrases = gradeReasons(s, e->forwardSecrecy);
    e->gradeReasons.clear();
    for (const Phrase &reason : e->gradeReasonPhrases)
        e->gradeReasons << reason.english();
    e->certificatePhrase = certificateNeeded(s);
    e->certificate = e->certificatePhrase.english();
}

// Columns of the plain text: wide (East Asian) characters take two cells in a terminal.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                          || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace

QString explainedVersionName(const QString &version)
{
    return version.startsWith(QLatin1String("TLSv")) ? tlsVersionLabel(version) : version;   // "SSLv3" stays
}

QString SuiteExplanation::error() const
{
    return errorPhrase().english();
}

Phrase SuiteExplanation::errorPhrase() const
{
    if (found)
        return Phrase();
    if (suggestions.isEmpty())
        return phrase("Explain", "unknown cipher suite '%1'").arg(input);
    return phrase("Explain", "unknown cipher suite '%1'; did you mean %2?").arg(input, suggestions.join(QStringLiteral(", ")));
}

namespace {

QString shownOr(const Phrase &p, const QString &english)
{
    return shownPhrase(p, english);
}

} // namespace

QString SuiteExplanation::shownVersions() const
{
    return shownOr(versionsPhrase, versionsText);
}

QString SuiteExplanation::shownForwardSecrecy() const
{
    return shownOr(forwardSecrecyPhrase, forwardSecrecyText);
}

QString SuiteExplanation::shownAead() const
{
    return shownOr(aeadPhrase, aeadText);
}

QString SuiteExplanation::shownCertificate() const
{
    return shownOr(certificatePhrase, certificate);
}

QStringList SuiteExplanation::shownGradeReasons() const
{
    if (gradeReasonPhrases.size() != gradeReasons.size())
        return gradeReasons;
    QStringList out;
    for (const Phrase &reason : gradeReasonPhrases)
        out << reason.localized();
    return out;
}

QString shownGrade(const QString &grade)
{
    if (grade == QLatin1String("strong"))
        return phrase("Explain", "strong").localized();
    if (grade == QLatin1String("acceptable"))
        return phrase("Explain", "acceptable").localized();
    if (grade == QLatin1String("weak"))
        return phrase("Explain", "weak").localized();
    if (grade == QLatin1String("insecure"))
        return phrase("Explain", "insecure").localized();
    return grade;
}

QString shownNotation(const QString &notation)
{
    return notation == QLatin1String("code") ? phrase("Explain", "code").localized() : notation;
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
                setVersions(&e, phrase("Explain", "SSLv2 only (a cipher kind, not a TLS suite)"));
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
        setVersions(&e, phrase("Explain", "SSLv2 only (a cipher kind, not a TLS suite)"));
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
    return explanationText(e, false);
}

QString explanationText(const SuiteExplanation &e, bool localized, QString (*styleGrade)(const QString &grade, const QString &shown))
{
    if (!e.found)
        return (localized ? e.errorPhrase().localized() : e.error()) + QLatin1Char('\n');
    const SuiteInfo &s = e.suite;
    // A label in English or in the installed language.
    auto label = [localized](const Phrase &p) { return localized ? p.localized() : p.english(); };
    const QString openSslLabel = QStringLiteral("  ") + label(phrase("Explain", "OpenSSL name"));
    const QString gnuTlsLabel = QStringLiteral("  ") + label(phrase("Explain", "GnuTLS name"));
    const QString typedLabel = QStringLiteral("  ") + label(phrase("Explain", "Typed as"));
    const QString kexLabel = label(phrase("Explain", "Key exchange"));
    const QString authLabel = label(phrase("Explain", "Authentication"));
    const QString cipherLabel = label(phrase("Explain", "Bulk cipher"));
    const QString macLabel = label(phrase("Explain", "MAC / PRF"));
    const QString versionsLabel = label(phrase("Explain", "Versions"));
    const QString fsLabel = label(phrase("Explain", "Forward secrecy"));
    const QString aeadLabel = QStringLiteral("AEAD");
    const QString certLabel = label(phrase("Explain", "Certificate"));
    const QString gradeLabel = label(phrase("Explain", "Grade"));
    // 18 columns, wider when a translated label needs it.
    int column = 18;
    for (const QString &l : {openSslLabel, gnuTlsLabel, typedLabel, kexLabel, authLabel, cipherLabel, macLabel,
                             versionsLabel, fsLabel, aeadLabel, certLabel, gradeLabel})
        column = std::max(column, displayWidth(l) + 2);
    QString t;
    auto line = [&t, column](const QString &name, const QString &value) {
        t += name + QString(std::max(0, column - displayWidth(name)), QLatin1Char(' ')) + value + QLatin1Char('\n');
    };
    t += QStringLiteral("%1 (%2)\n").arg(s.iana, e.codeHex);
    if (!s.openssl.isEmpty())
        line(openSslLabel, s.openssl);
    if (!s.gnutls.isEmpty())
        line(gnuTlsLabel, s.gnutls);
    line(typedLabel, localized ? shownNotation(e.notation) : e.notation);
    t += QLatin1Char('\n');
    auto part = [&](const QString &name, const SuitePart &p) {
        line(name, localized ? p.shownName() : p.name);
        line(QString(), localized ? p.shownMeaning() : p.meaning);
    };
    part(kexLabel, e.keyExchange);
    part(authLabel, e.authentication);
    part(cipherLabel, e.cipher);
    part(macLabel, e.mac);
    t += QLatin1Char('\n');
    line(versionsLabel, localized ? e.shownVersions() : e.versionsText);
    line(fsLabel, localized ? e.shownForwardSecrecy() : e.forwardSecrecyText);
    line(aeadLabel, localized ? e.shownAead() : e.aeadText);
    line(certLabel, localized ? e.shownCertificate() : e.certificate);
    const QString grade = localized ? shownGrade(e.grade) : e.grade;
    line(gradeLabel, styleGrade ? styleGrade(e.grade, grade) : grade);
    for (const QString &reason : localized ? e.shownGradeReasons() : e.gradeReasons)
        line(QString(), QStringLiteral("- ") + reason);
    return t;
}

} // namespace mailtls::core
