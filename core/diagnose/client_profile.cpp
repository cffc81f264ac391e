#include "diagnose/client_profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "catalog/cipher_list_parser.h"
#include "catalog/cipher_catalog.h"
#include "catalog/groups.h"

namespace mailtls::core {

namespace {

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
        Error error;
        if (!parseClientProfile(f.readAll(), &p.offer, &error)) {
            store.errors << QStringLiteral("%1: %2").arg(path, error.message);
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

bool parseClientProfile(const QByteArray &json, ClientOffer *offer, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(error, ErrorKind::BadFormat, phrase("Errors", "not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    ClientOffer out;
    out.name = o.value(QStringLiteral("name")).toString().trimmed();
    out.title = o.value(QStringLiteral("title")).toString().trimmed();
    out.source = o.value(QStringLiteral("source")).toString().trimmed();
    if (out.name.isEmpty() || out.title.isEmpty() || out.source.isEmpty())
        return fail(error, ErrorKind::BadFormat, phrase("Errors", "\"name\", \"title\" and \"source\" are required"));
    for (const QString &v : stringList(o.value(QStringLiteral("versions")))) {
        const QString canonical = canonicalVersion(v);
        if (canonical.isEmpty())
            return fail(error, ErrorKind::BadFormat, phrase("Errors", "unknown version \"%1\"").arg(v));
        out.versions << canonical;
    }
    const QStringList &order = scanVersions();
    std::sort(out.versions.begin(), out.versions.end(),
              [&order](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
    out.versions.removeDuplicates();
    if (out.versions.isEmpty())
        return fail(error, ErrorKind::BadFormat, phrase("Errors", "\"versions\" is empty"));
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
        const quint16 code = groupFromName(g);
        if (code == 0)
            return fail(error, ErrorKind::BadFormat, phrase("Errors", "unknown group \"%1\"").arg(g));
        out.groups << groupName(code);
    }
    for (const QString &s : stringList(o.value(QStringLiteral("sigalgs")))) {
        const QString canonical = canonicalSigalg(s);
        if (canonical.isEmpty())
            return fail(error, ErrorKind::BadFormat, phrase("Errors", "unknown signature algorithm \"%1\"").arg(s));
        if (!out.sigalgs.contains(canonical))
            out.sigalgs << canonical;
    }
    out.minDhBits = o.value(QStringLiteral("min_dh_bits")).toInt();
    out.notes = stringList(o.value(QStringLiteral("notes")));
    if (out.ciphers.isEmpty() && out.tls13Suites.isEmpty())
        return fail(error, ErrorKind::BadFormat, phrase("Errors", "no known cipher suite in \"ciphers\" / \"tls13_suites\""));
    *offer = out;
    return true;
}

ClientOffer offerFromCipherList(const ParsedCipherList &list)
{
    ClientOffer offer;
    offer.name = QStringLiteral("custom");
    offer.title = QStringLiteral("Pasted %1 cipher list").arg(cipherListSyntaxName(list.syntax));
    offer.source = list.method;
    offer.ciphers = list.ciphers;
    offer.tls13Suites = list.tls13Suites;
    offer.groups = list.groups;
    offer.sigalgs = list.sigalgs;
    offer.unknownNames = list.unknown;
    offer.versions = list.versions;
    if (offer.versions.isEmpty()) {
        offer.versions = {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")};
        if (!offer.tls13Suites.isEmpty())
            offer.versions << QStringLiteral("TLSv1.3");
    }
    return offer;
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
