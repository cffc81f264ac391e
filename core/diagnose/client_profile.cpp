#include "diagnose/client_profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "diagnose/cipher_list_parser.h"
#include "scan/cipher_catalog.h"
#include "scan/client_hello_builder.h"

namespace mailtls::core {

namespace {

struct SigalgEntry {
    const char *name;
    quint16 code;
    const char *certType;
};

// TLS SignatureScheme code points (RFC 8446 4.2.3) with the names OpenSSL's sigalgs lists take.
const SigalgEntry kSigalgs[] = {
    {"rsa_pkcs1_sha256", 0x0401, "RSA"},       {"rsa_pkcs1_sha384", 0x0501, "RSA"},
    {"rsa_pkcs1_sha512", 0x0601, "RSA"},       {"rsa_pkcs1_sha1", 0x0201, "RSA"},
    {"ecdsa_secp256r1_sha256", 0x0403, "ECDSA"}, {"ecdsa_secp384r1_sha384", 0x0503, "ECDSA"},
    {"ecdsa_secp521r1_sha512", 0x0603, "ECDSA"}, {"ecdsa_sha1", 0x0203, "ECDSA"},
    {"rsa_pss_rsae_sha256", 0x0804, "RSA"},    {"rsa_pss_rsae_sha384", 0x0805, "RSA"},
    {"rsa_pss_rsae_sha512", 0x0806, "RSA"},    {"rsa_pss_pss_sha256", 0x0809, "RSA-PSS"},
    {"rsa_pss_pss_sha384", 0x080a, "RSA-PSS"}, {"rsa_pss_pss_sha512", 0x080b, "RSA-PSS"},
    {"ed25519", 0x0807, "Ed25519"},            {"ed448", 0x0808, "Ed448"},
    {"dsa_sha256", 0x0402, "DSA"},             {"dsa_sha1", 0x0202, "DSA"},
};

const SigalgEntry *sigalgByName(const QString &canonical)
{
    for (const SigalgEntry &e : kSigalgs)
        if (canonical == QLatin1String(e.name))
            return &e;
    return nullptr;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString().trimmed();
    out.removeAll(QString());
    return out;
}

struct ProfileStore {
    QList<ClientProfile> profiles;
    QStringList errors;
};

ProfileStore loadProfiles()
{
    ProfileStore store;
    const QDir dir(QStringLiteral(":/profiles"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            store.errors << QStringLiteral("%1: cannot read").arg(path);
            continue;
        }
        ClientProfile p;
        p.fileName = path;
        QString error;
        if (!parseClientProfile(f.readAll(), &p.offer, &error)) {
            store.errors << QStringLiteral("%1: %2").arg(path, error);
            continue;
        }
        store.profiles << p;
    }
    std::sort(store.profiles.begin(), store.profiles.end(),
              [](const ClientProfile &a, const ClientProfile &b) { return a.offer.name < b.offer.name; });
    return store;
}

const ProfileStore &store()
{
    static const ProfileStore s = loadProfiles();
    return s;
}

} // namespace

QString canonicalVersion(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1String("vers-"));
    t.replace(QLatin1Char('_'), QLatin1Char('.'));
    t.remove(QLatin1Char(' '));
    if (t == QLatin1String("sslv3") || t == QLatin1String("ssl3.0") || t == QLatin1String("ssl3"))
        return QStringLiteral("SSLv3");
    if (t == QLatin1String("sslv2") || t == QLatin1String("ssl2"))
        return QStringLiteral("SSLv2");
    if (t.startsWith(QLatin1String("tlsv")))
        t = t.mid(4);
    else if (t.startsWith(QLatin1String("tls")))
        t = t.mid(3);
    if (t == QLatin1String("1") || t == QLatin1String("1.0"))
        return QStringLiteral("TLSv1");
    if (t == QLatin1String("1.1") || t == QLatin1String("1.2") || t == QLatin1String("1.3"))
        return QStringLiteral("TLSv") + t;
    return QString();
}

QString tlsVersionLabel(const QString &version)
{
    if (version == QLatin1String("TLSv1"))
        return QStringLiteral("TLS 1.0");
    if (version.startsWith(QLatin1String("TLSv")))
        return QStringLiteral("TLS ") + version.mid(4);
    if (version.startsWith(QLatin1String("SSLv")))
        return QStringLiteral("SSL ") + version.mid(4) + QStringLiteral(".0");
    return version;
}

QString canonicalSigalg(const QString &name)
{
    QString n = name.trimmed();
    if (n.startsWith(QLatin1String("SIGN-"), Qt::CaseInsensitive))
        n = n.mid(5);
    const QString lower = n.toLower();
    if (sigalgByName(lower))
        return lower;
    // "RSA+SHA256" (OpenSSL), "RSA-SHA256" / "ECDSA-SECP256R1-SHA256" / "EdDSA-Ed25519" (GnuTLS)
    QString key = n.toUpper();
    key.replace(QLatin1Char('+'), QLatin1Char('-'));
    static const QList<QPair<QString, QString>> aliases = {
        {QStringLiteral("RSA-SHA256"), QStringLiteral("rsa_pkcs1_sha256")},
        {QStringLiteral("RSA-SHA384"), QStringLiteral("rsa_pkcs1_sha384")},
        {QStringLiteral("RSA-SHA512"), QStringLiteral("rsa_pkcs1_sha512")},
        {QStringLiteral("RSA-SHA1"), QStringLiteral("rsa_pkcs1_sha1")},
        {QStringLiteral("ECDSA-SHA256"), QStringLiteral("ecdsa_secp256r1_sha256")},
        {QStringLiteral("ECDSA-SECP256R1-SHA256"), QStringLiteral("ecdsa_secp256r1_sha256")},
        {QStringLiteral("ECDSA-SHA384"), QStringLiteral("ecdsa_secp384r1_sha384")},
        {QStringLiteral("ECDSA-SECP384R1-SHA384"), QStringLiteral("ecdsa_secp384r1_sha384")},
        {QStringLiteral("ECDSA-SHA512"), QStringLiteral("ecdsa_secp521r1_sha512")},
        {QStringLiteral("ECDSA-SECP521R1-SHA512"), QStringLiteral("ecdsa_secp521r1_sha512")},
        {QStringLiteral("ECDSA-SHA1"), QStringLiteral("ecdsa_sha1")},
        {QStringLiteral("RSA-PSS-SHA256"), QStringLiteral("rsa_pss_pss_sha256")},   // GnuTLS: PSS with an RSA-PSS key
        {QStringLiteral("RSA-PSS-SHA384"), QStringLiteral("rsa_pss_pss_sha384")},
        {QStringLiteral("RSA-PSS-SHA512"), QStringLiteral("rsa_pss_pss_sha512")},
        {QStringLiteral("RSA-PSS-RSAE-SHA256"), QStringLiteral("rsa_pss_rsae_sha256")},
        {QStringLiteral("RSA-PSS-RSAE-SHA384"), QStringLiteral("rsa_pss_rsae_sha384")},
        {QStringLiteral("RSA-PSS-RSAE-SHA512"), QStringLiteral("rsa_pss_rsae_sha512")},
        {QStringLiteral("EDDSA-ED25519"), QStringLiteral("ed25519")},
        {QStringLiteral("EDDSA-ED448"), QStringLiteral("ed448")},
        {QStringLiteral("DSA-SHA256"), QStringLiteral("dsa_sha256")},
        {QStringLiteral("DSA-SHA1"), QStringLiteral("dsa_sha1")},
    };
    for (const auto &a : aliases)
        if (a.first == key)
            return a.second;
    return QString();
}

quint16 sigalgCode(const QString &canonicalName)
{
    const SigalgEntry *e = sigalgByName(canonicalName);
    return e ? e->code : 0;
}

QString sigalgCertificateType(const QString &canonicalName)
{
    const SigalgEntry *e = sigalgByName(canonicalName);
    if (!e)
        return QString();
    // A certificate with an rsaEncryption key signs with either kind of RSA signature in practice.
    return QLatin1String(e->certType) == QLatin1String("RSA-PSS") ? QStringLiteral("RSA") : QString::fromLatin1(e->certType);
}

QStringList ClientOffer::effectiveVersions() const
{
    QStringList out;
    for (const QString &v : versions) {
        if (v == QLatin1String("TLSv1.3") ? tls13Suites.isEmpty() : ciphers.isEmpty())
            continue;
        out << v;
    }
    return out;
}

QString ClientOffer::versionRangeText() const
{
    const QStringList v = effectiveVersions();
    if (v.isEmpty())
        return QStringLiteral("none");
    if (v.size() == 1)
        return tlsVersionLabel(v.first());
    return QStringLiteral("%1 – %2").arg(tlsVersionLabel(v.first()), tlsVersionLabel(v.last()));
}

bool parseClientProfile(const QByteArray &json, ClientOffer *offer, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    ClientOffer out;
    out.name = o.value(QStringLiteral("name")).toString().trimmed();
    out.title = o.value(QStringLiteral("title")).toString().trimmed();
    out.source = o.value(QStringLiteral("source")).toString().trimmed();
    if (out.name.isEmpty() || out.title.isEmpty() || out.source.isEmpty()) {
        *error = QStringLiteral("\"name\", \"title\" and \"source\" are required");
        return false;
    }
    for (const QString &v : stringList(o.value(QStringLiteral("versions")))) {
        const QString canonical = canonicalVersion(v);
        if (canonical.isEmpty()) {
            *error = QStringLiteral("unknown version \"%1\"").arg(v);
            return false;
        }
        out.versions << canonical;
    }
    const QStringList &order = scanVersions();
    std::sort(out.versions.begin(), out.versions.end(),
              [&order](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
    out.versions.removeDuplicates();
    if (out.versions.isEmpty()) {
        *error = QStringLiteral("\"versions\" is empty");
        return false;
    }
    auto addSuites = [&](const QJsonValue &list) {
        for (const QString &name : stringList(list)) {
            const SuiteInfo *s = suiteByAnyName(name);
            if (!s) {
                out.unknownNames << name;
                continue;
            }
            QList<quint16> &target = (s->code >> 8) == 0x13 ? out.tls13Suites : out.ciphers;
            if (!target.contains(s->code))
                target << s->code;
        }
    };
    addSuites(o.value(QStringLiteral("ciphers")));
    addSuites(o.value(QStringLiteral("tls13_suites")));
    for (const QString &g : stringList(o.value(QStringLiteral("groups")))) {
        const quint16 code = groupFromName(g == QLatin1String("prime256v1") ? QStringLiteral("secp256r1") : g);
        if (code == 0) {
            *error = QStringLiteral("unknown group \"%1\"").arg(g);
            return false;
        }
        out.groups << groupName(code);
    }
    for (const QString &s : stringList(o.value(QStringLiteral("sigalgs")))) {
        const QString canonical = canonicalSigalg(s);
        if (canonical.isEmpty()) {
            *error = QStringLiteral("unknown signature algorithm \"%1\"").arg(s);
            return false;
        }
        if (!out.sigalgs.contains(canonical))
            out.sigalgs << canonical;
    }
    out.minDhBits = o.value(QStringLiteral("min_dh_bits")).toInt();
    out.notes = stringList(o.value(QStringLiteral("notes")));
    if (out.ciphers.isEmpty() && out.tls13Suites.isEmpty()) {
        *error = QStringLiteral("no known cipher suite in \"ciphers\" / \"tls13_suites\"");
        return false;
    }
    *offer = out;
    return true;
}

const QList<ClientProfile> &builtinProfiles()
{
    return store().profiles;
}

QStringList profileLoadErrors()
{
    return store().errors;
}

const ClientProfile *findProfile(const QString &name)
{
    for (const ClientProfile &p : builtinProfiles())
        if (p.offer.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

} // namespace mailtls::core
