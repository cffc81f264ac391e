#include "dns/rdata.h"

#include "base/limits.h"

#include <QHash>
#include <QSet>

#include <arpa/inet.h>
#include <sys/socket.h>

namespace mailtls::core {

namespace {

// RFC 1035 §2.3.4: a name is at most 255 bytes on the wire, so at most 127 labels; a name
// needs no more compression pointers than labels.
constexpr int kNameWireBytes = 255;
constexpr int kNamePointerJumps = 127;

int byteAt(const QByteArray &data, int pos)
{
    return static_cast<quint8>(data.at(pos));
}

int u16At(const QByteArray &data, int pos)
{
    return (byteAt(data, pos) << 8) | byteAt(data, pos + 1);
}

QString escapedByte(int byte)
{
    return QStringLiteral("\\%1").arg(byte, 3, 10, QLatin1Char('0'));
}

// One label byte as presentation text: letters lower case, and everything that would make the
// name ambiguous or unprintable as \DDD.
void appendLabelByte(QString *out, int byte)
{
    if (byte >= 'A' && byte <= 'Z')
        out->append(QChar(byte + ('a' - 'A')));
    else if (byte > 0x20 && byte < 0x7f && byte != '.' && byte != '\\')
        out->append(QChar(byte));
    else
        out->append(escapedByte(byte));
}

} // namespace

bool rrTypeFromName(const QString &name, RrType *out)
{
    static const QHash<QString, RrType> types = {
        {QStringLiteral("A"), RrType::A},       {QStringLiteral("CNAME"), RrType::Cname},
        {QStringLiteral("MX"), RrType::Mx},     {QStringLiteral("TXT"), RrType::Txt},
        {QStringLiteral("AAAA"), RrType::Aaaa}, {QStringLiteral("TLSA"), RrType::Tlsa},
    };
    const auto it = types.constFind(name.toUpper());
    if (it == types.constEnd())
        return false;
    *out = it.value();
    return true;
}

QString rrTypeName(RrType type)
{
    switch (type) {
    case RrType::A: return QStringLiteral("A");
    case RrType::Cname: return QStringLiteral("CNAME");
    case RrType::Mx: return QStringLiteral("MX");
    case RrType::Txt: return QStringLiteral("TXT");
    case RrType::Aaaa: return QStringLiteral("AAAA");
    case RrType::Tlsa: return QStringLiteral("TLSA");
    }
    return QStringLiteral("TYPE%1").arg(int(type));
}

QString rcodeName(int rcode)
{
    switch (rcode) {
    case 0: return QStringLiteral("NOERROR");
    case 1: return QStringLiteral("FORMERR");
    case 2: return QStringLiteral("SERVFAIL");
    case 3: return QStringLiteral("NXDOMAIN");
    case 4: return QStringLiteral("NOTIMP");
    case 5: return QStringLiteral("REFUSED");
    default: return QStringLiteral("RCODE%1").arg(rcode);
    }
}

bool readDomainName(const QByteArray &data, int *pos, bool allowPointers, QString *out)
{
    const int size = int(data.size());
    int p = *pos;
    int end = -1;          // where the caller continues: after the first pointer or the root label
    int wireBytes = 1;     // the root label's length byte
    int jumps = 0;
    QString text;
    for (;;) {
        if (p < 0 || p >= size)
            return false;
        const int len = byteAt(data, p);
        if ((len & 0xC0) == 0xC0) {
            // A pointer must point before itself, and a name needs at most one per label: a
            // loop of pointers ends at the jump bound.
            if (!allowPointers || p + 1 >= size || ++jumps > kNamePointerJumps)
                return false;
            const int target = ((len & 0x3F) << 8) | byteAt(data, p + 1);
            if (target >= p)
                return false;
            if (end < 0)
                end = p + 2;
            p = target;
            continue;
        }
        if (len & 0xC0)
            return false;   // extended label types (RFC 6891 §5) are not used in answers
        if (len == 0) {
            if (end < 0)
                end = p + 1;
            break;
        }
        wireBytes += 1 + len;
        if (wireBytes > kNameWireBytes || p + 1 + len > size)
            return false;
        if (!text.isEmpty())
            text.append(QLatin1Char('.'));
        for (int i = 0; i < len; ++i)
            appendLabelByte(&text, byteAt(data, p + 1 + i));
        p += 1 + len;
    }
    *out = text.isEmpty() ? QStringLiteral(".") : text;
    *pos = end;
    return true;
}

QString normalizedName(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.size() > 1 && n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

bool decodeA(const QByteArray &rdata, QString *out)
{
    if (rdata.size() != 4)
        return false;
    *out = QStringLiteral("%1.%2.%3.%4")
               .arg(byteAt(rdata, 0)).arg(byteAt(rdata, 1)).arg(byteAt(rdata, 2)).arg(byteAt(rdata, 3));
    return true;
}

bool decodeAaaa(const QByteArray &rdata, QString *out)
{
    if (rdata.size() != 16)
        return false;
    char text[INET6_ADDRSTRLEN] = {};
    if (!::inet_ntop(AF_INET6, rdata.constData(), text, sizeof text))
        return false;
    *out = QString::fromLatin1(text);
    return true;
}

bool decodeCname(const QByteArray &rdata, QString *out)
{
    int pos = 0;
    QString name;
    if (!readDomainName(rdata, &pos, false, &name) || pos != rdata.size())
        return false;
    *out = name;
    return true;
}

bool decodeMx(const QByteArray &rdata, QString *out)
{
    if (rdata.size() < 3)
        return false;
    const int preference = u16At(rdata, 0);
    int pos = 2;
    QString exchange;
    if (!readDomainName(rdata, &pos, false, &exchange) || pos != rdata.size())
        return false;
    *out = QStringLiteral("%1 %2").arg(preference).arg(exchange);
    return true;
}

bool decodeTxt(const QByteArray &rdata, QString *out, bool *cut)
{
    const int size = int(rdata.size());
    if (size == 0)
        return false;   // RFC 1035 §3.3.14: one or more character-strings
    QString text;
    bool truncated = false;
    int pos = 0;
    while (pos < size) {
        const int len = byteAt(rdata, pos);
        if (pos + 1 + len > size)
            return false;
        for (int i = 0; i < len && !truncated; ++i) {
            const int byte = byteAt(rdata, pos + 1 + i);
            const bool plain = byte >= 0x20 && byte < 0x7f && byte != '\\';
            const int width = plain ? 1 : 4;
            if (text.size() + width > limits::kTxtRecordChars) {
                truncated = true;
                break;
            }
            if (plain)
                text.append(QChar(byte));
            else
                text.append(escapedByte(byte));
        }
        pos += 1 + len;
    }
    *out = text;
    if (cut)
        *cut = truncated;
    return true;
}

bool decodeTlsa(const QByteArray &rdata, QString *out)
{
    if (rdata.size() < 4)
        return false;
    *out = QStringLiteral("%1 %2 %3 %4")
               .arg(byteAt(rdata, 0))
               .arg(byteAt(rdata, 1))
               .arg(byteAt(rdata, 2))
               .arg(QString::fromLatin1(rdata.mid(3).toHex().toUpper()));
    return true;
}

bool decodeRdata(RrType type, const QByteArray &rdata, QString *out)
{
    switch (type) {
    case RrType::A: return decodeA(rdata, out);
    case RrType::Aaaa: return decodeAaaa(rdata, out);
    case RrType::Cname: return decodeCname(rdata, out);
    case RrType::Mx: return decodeMx(rdata, out);
    case RrType::Txt: return decodeTxt(rdata, out);
    case RrType::Tlsa: return decodeTlsa(rdata, out);
    }
    return false;
}

bool cnameChainInMessage(const QByteArray &message, const QString &qname, int maxChain,
                         QStringList *chain, bool *loop)
{
    *loop = false;
    const int size = int(message.size());
    if (size < 12)
        return false;
    const int questions = u16At(message, 4);
    const int answers = u16At(message, 6);
    int pos = 12;
    for (int i = 0; i < questions; ++i) {
        QString ignored;
        if (!readDomainName(message, &pos, true, &ignored) || pos + 4 > size)
            return false;
        pos += 4;
    }
    // Every record takes at least 11 bytes, so the count is bounded by the message size.
    QHash<QString, QString> targets;
    for (int i = 0; i < answers; ++i) {
        QString owner;
        if (!readDomainName(message, &pos, true, &owner) || pos + 10 > size)
            return false;
        const int type = u16At(message, pos);
        const int rrClass = u16At(message, pos + 2);
        const int rdLength = u16At(message, pos + 8);
        pos += 10;
        if (pos + rdLength > size)
            return false;
        if (type == int(RrType::Cname) && rrClass == 1) {
            int namePos = pos;
            QString target;
            if (!readDomainName(message, &namePos, true, &target) || namePos > pos + rdLength)
                return false;
            if (!targets.contains(owner))
                targets.insert(owner, target);
        }
        pos += rdLength;
    }
    QStringList followed;
    QSet<QString> seen;
    QString current = normalizedName(qname);
    seen.insert(current);
    while (targets.contains(current)) {
        const QString next = targets.value(current);
        if (seen.contains(next) || followed.size() >= maxChain) {
            *loop = true;
            return false;
        }
        followed.append(next);
        seen.insert(next);
        current = next;
    }
    *chain = followed;
    return true;
}

} // namespace mailtls::core
