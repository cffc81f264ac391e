#include "catalog/groups.h"

namespace mailtls::core {

namespace {

struct GroupEntry {
    quint16 code;
    const char *name;
};

// IANA TLS Supported Groups, the names as the report writes them.
constexpr GroupEntry kGroups[] = {
    {1, "sect163k1"},
    {14, "sect571r1"},
    {19, "secp192r1"},
    {21, "secp224r1"},
    {22, "secp256k1"},
    {group::secp256r1, "secp256r1"},
    {group::secp384r1, "secp384r1"},
    {group::secp521r1, "secp521r1"},
    {26, "brainpoolP256r1"},
    {27, "brainpoolP384r1"},
    {28, "brainpoolP512r1"},
    {group::x25519, "x25519"},
    {group::x448, "x448"},
    {31, "brainpoolP256r1tls13"},
    {32, "brainpoolP384r1tls13"},
    {33, "brainpoolP512r1tls13"},
    {34, "GC256A"},
    {35, "GC256B"},
    {36, "GC256C"},
    {37, "GC256D"},
    {38, "GC512A"},
    {39, "GC512B"},
    {40, "GC512C"},
    {group::ffdhe2048, "ffdhe2048"},
    {group::ffdhe3072, "ffdhe3072"},
    {group::ffdhe4096, "ffdhe4096"},
    {group::ffdhe6144, "ffdhe6144"},
    {group::ffdhe8192, "ffdhe8192"},
    {group::secp256r1Mlkem768, "SecP256r1MLKEM768"},
    {group::x25519Mlkem768, "X25519MLKEM768"},
    {group::secp384r1Mlkem1024, "SecP384r1MLKEM1024"},
    {group::x25519Kyber768Draft00, "X25519Kyber768Draft00"},
    {group::secp256r1Kyber768Draft00, "SecP256r1Kyber768Draft00"},
};

const GroupEntry *entryFor(int code)
{
    for (const GroupEntry &e : kGroups)
        if (e.code == code)
            return &e;
    return nullptr;
}

} // namespace

QString groupName(int code)
{
    if (const GroupEntry *e = entryFor(code))
        return QString::fromLatin1(e->name);
    if ((code & 0x0f0f) == 0x0a0a)
        return QStringLiteral("GREASE");
    return QStringLiteral("group(0x%1)").arg(code, 4, 16, QLatin1Char('0'));
}

bool isKnownGroup(int code)
{
    return entryFor(code) != nullptr;
}

quint16 groupFromName(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const GroupEntry &e : kGroups)
        if (trimmed.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.code;
    // OpenSSL's other names for the NIST curves (SSL_CTX_set1_groups_list, EVP key names).
    static const GroupEntry aliases[] = {{group::secp256r1, "P-256"}, {group::secp256r1, "prime256v1"},
                                         {group::secp384r1, "P-384"}, {group::secp521r1, "P-521"}};
    for (const GroupEntry &e : aliases)
        if (trimmed.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.code;
    return 0;
}

QList<quint16> scanGroups()
{
    return {group::x25519Mlkem768, group::secp256r1Mlkem768, group::secp384r1Mlkem1024,
            group::x25519Kyber768Draft00, group::secp256r1Kyber768Draft00,
            group::x25519, group::x448, group::secp256r1, group::secp384r1, group::secp521r1,
            31, 32, 33, 26, 27, 28, 22, 21, 19,
            group::ffdhe2048, group::ffdhe3072, group::ffdhe4096, group::ffdhe6144, group::ffdhe8192};
}

} // namespace mailtls::core
