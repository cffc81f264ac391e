#include "logs/exim_log.h"

#include "logs/syslog_line.h"

#include <QHash>
#include <algorithm>
#include <QRegularExpression>
#include <QStringList>

#include "base/limits.h"
#include "catalog/cipher_catalog.h"
#include "catalog/versions.h"

namespace mailtls::core {

namespace {

bool isIdDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

bool allIdDigits(QStringView part)
{
    for (QChar c : part) {
        if (!isIdDigit(c))
            return false;
    }
    return true;
}

// The fields Exim writes as " KEY=value" on message lines; a value runs to the next of them.
bool isKnownKey(QStringView name)
{
    static const char *const keys[] = {"H", "P",  "X", "CV", "DN", "SNI", "S",   "id",   "R",  "T",  "U",  "I",  "F",
                                       "A", "C",  "K", "M8S", "PRDR", "Q", "QT", "DT", "RT", "L", "E", "TFO", "ST"};
    for (const char *k : keys) {
        if (name == QLatin1String(k))
            return true;
    }
    return false;
}

// Where the next " KEY=" of a known key starts at or after `from`; -1 when none. Keys are at
// most four characters, so each space costs a few steps: linear in the line.
int nextField(QStringView text, int from, QStringView *key)
{
    constexpr int kLongestKey = 4;
    for (int i = from; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char(' '))
            continue;
        int j = i + 1;
        while (j < text.size() && j - i - 1 <= kLongestKey && text.at(j) != QLatin1Char('=') && text.at(j) != QLatin1Char(' '))
            ++j;
        if (j >= text.size() || text.at(j) != QLatin1Char('=') || j == i + 1)
            continue;
        const QStringView name = text.mid(i + 1, j - i - 1);
        if (isKnownKey(name)) {
            *key = name;
            return i;
        }
    }
    return -1;
}

// The value at `start` (just after '='): a quoted string (quotes removed, \" and \\ undone); for
// H= (a host with its HELO name and address) the text up to the next known field; else one
// word. *end: where it stopped.
QString fieldValue(QStringView text, int start, QStringView key, int *end)
{
    if (start < text.size() && text.at(start) == QLatin1Char('"')) {
        QString value;
        int i = start + 1;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\\') && i + 1 < text.size()) {
                value += text.at(++i);
                continue;
            }
            if (c == QLatin1Char('"')) {
                ++i;
                break;
            }
            value += c;
        }
        *end = i;
        return value;
    }
    if (key != QLatin1String("H")) {
        const int space = int(text.indexOf(QLatin1Char(' '), start));
        *end = space < 0 ? int(text.size()) : space;
        return text.mid(start, *end - start).toString();
    }
    QStringView next;
    const int at = nextField(text, start, &next);
    *end = at < 0 ? int(text.size()) : at;
    return text.mid(start, *end - start).trimmed().toString();
}

// Where a value that is not kept ends: after its closing quote, or at the next space (keys
// other than H= hold one word).
int skipFieldValue(QStringView text, int start)
{
    if (start < text.size() && text.at(start) == QLatin1Char('"')) {
        for (int i = start + 1; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('\\'))
                ++i;
            else if (text.at(i) == QLatin1Char('"'))
                return i + 1;
        }
        return int(text.size());
    }
    const int space = int(text.indexOf(QLatin1Char(' '), start));
    return space < 0 ? int(text.size()) : space;
}

// The IANA name of a suite GnuTLS described as KX__SIG__CIPHER[__MAC] ("ECDHE_X25519",
// "RSA_PSS_RSAE_SHA256", "AES_128_CBC", "SHA1"), found in the catalog.
QString ianaOfGnutlsDescription(const QString &version, const QStringList &parts, EximTls *tls)
{
    if (parts.size() < 2)
        return QString();
    const QString kx = parts.first();
    QString kxName = kx.section(QLatin1Char('_'), 0, 0);   // ECDHE, DHE, RSA, PSK, ...
    if (kx.contains(QLatin1Char('_')))
        tls->group = kx.section(QLatin1Char('_'), 1);
    // Ephemeral key exchanges name the server's signature next; RSA (and PSK) key exchange does
    // not: "RSA__AES_128_CBC__SHA1".
    const bool signs = kxName == QLatin1String("ECDHE") || kxName == QLatin1String("DHE");
    QString cipher, mac;
    if (signs && parts.size() >= 3) {
        tls->signature = parts.at(1);
        cipher = parts.at(2);
        mac = parts.value(3);
    } else {
        cipher = parts.at(1);
        mac = parts.value(2);
    }
    const CipherCatalog &catalog = CipherCatalog::instance();
    if (version == QLatin1String("TLSv1.3")) {
        const QString prefix = QStringLiteral("TLS_") + cipher + QLatin1Char('_');
        for (const SuiteInfo &s : catalog.forVersion(version)) {
            if (s.iana.startsWith(prefix))
                return s.iana;
        }
        return QString();
    }
    QString auth;
    if (!signs)
        auth.clear();
    else if (tls->signature.startsWith(QLatin1String("RSA")))
        auth = QStringLiteral("RSA");
    else if (tls->signature.startsWith(QLatin1String("ECDSA")) || tls->signature.startsWith(QLatin1String("ED")))
        auth = QStringLiteral("ECDSA");
    else if (tls->signature.startsWith(QLatin1String("DSA")))
        auth = QStringLiteral("DSS");
    const QString head = auth.isEmpty() ? QStringLiteral("TLS_%1_WITH_%2").arg(kxName, cipher)
                                        : QStringLiteral("TLS_%1_%2_WITH_%3").arg(kxName, auth, cipher);
    if (!mac.isEmpty()) {
        const SuiteInfo *s = catalog.byName(head + QLatin1Char('_') + (mac == QLatin1String("SHA1") ? QStringLiteral("SHA") : mac));
        return s ? s->iana : QString();
    }
    for (const SuiteInfo &s : catalog.suites()) {   // AEAD: the MAC part names the PRF hash
        if (s.iana.startsWith(head + QLatin1Char('_')) && s.iana.count(QLatin1Char('_')) == head.count(QLatin1Char('_')) + 1)
            return s.iana;
    }
    return QString();
}

} // namespace

bool parseEximMessageId(QStringView token, EximMessageId *out)
{
    EximMessageId id;
    QStringView body = token;
    if (body.size() > 2 && body.at(body.size() - 2) == QLatin1Char('-')) {
        const QChar suffix = body.at(body.size() - 1);
        if (suffix == QLatin1Char('H') || suffix == QLatin1Char('D') || suffix == QLatin1Char('J')) {
            const QStringView rest = body.left(body.size() - 2);
            EximMessageId inner;
            if (rest.count(QLatin1Char('-')) == 2 && parseEximMessageId(rest, &inner)) {
                inner.spoolSuffix = suffix;
                *out = inner;
                return true;
            }
        }
    }
    // 6-6-2 (16 characters) or 6-11-4 (23), dashes at fixed places.
    const bool shortForm = body.size() == 16 && body.at(6) == QLatin1Char('-') && body.at(13) == QLatin1Char('-');
    const bool longForm = body.size() == 23 && body.at(6) == QLatin1Char('-') && body.at(18) == QLatin1Char('-');
    if (!(shortForm || longForm))
        return false;
    const int second = shortForm ? 13 : 18;
    if (!allIdDigits(body.left(6)) || !allIdDigits(body.mid(7, second - 7)) || !allIdDigits(body.mid(second + 1)))
        return false;
    id.id = body.toString();
    id.longFormat = longForm;
    *out = id;
    return true;
}

bool parseEximHost(QStringView text, EximHost *out)
{
    EximHost host;
    QStringView rest = text.trimmed();
    if (!rest.isEmpty() && rest.at(0) != QLatin1Char('(') && rest.at(0) != QLatin1Char('[')) {
        const int space = int(rest.indexOf(QLatin1Char(' ')));
        host.name = (space < 0 ? rest : rest.left(space)).toString();
        rest = space < 0 ? QStringView() : rest.mid(space + 1).trimmed();
    }
    if (!rest.isEmpty() && rest.at(0) == QLatin1Char('(')) {
        const int close = int(rest.indexOf(QLatin1Char(')')));
        if (close < 0)
            return false;
        host.helo = rest.mid(1, close - 1).toString();
        rest = rest.mid(close + 1).trimmed();
    }
    if (!rest.isEmpty() && rest.at(0) == QLatin1Char('[')) {
        const int close = int(rest.indexOf(QLatin1Char(']')));
        if (close < 0)
            return false;
        host.address = rest.mid(1, close - 1).toString();
        rest = rest.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':'))) {
            int end = 1;
            while (end < rest.size() && rest.at(end).isDigit())
                ++end;
            bool ok = false;
            host.port = rest.mid(1, end - 1).toInt(&ok);
            if (!ok)
                host.port = 0;
            rest = rest.mid(end);
        }
        rest = rest.trimmed();
    }
    if (host.isEmpty())
        return false;
    *out = host;
    return true;
}

bool parseEximTls(QStringView value, EximTls *out)
{
    EximTls tls;
    tls.asLogged = value.toString();
    QStringView v = value.trimmed();
    if (v.endsWith(QLatin1Char('*'))) {
        tls.resumed = true;
        v.chop(1);
    }
    // "VERSION:CIPHER[:BITS]". A busy server's log repeats a few dozen version/cipher pairs:
    // each is decoded once a thread (the cache is cleared should a hostile log make it large).
    const int firstColon = int(v.indexOf(QLatin1Char(':')));
    if (firstColon <= 0)
        return false;
    const int lastColon = int(v.lastIndexOf(QLatin1Char(':')));
    bool bitsOk = false;
    const int bits = lastColon > firstColon ? v.mid(lastColon + 1).toInt(&bitsOk) : 0;
    const QStringView pair = bitsOk ? v.left(lastColon) : v;
    struct Decoded {
        QString version, cipher, cipherIana, group, signature;
    };
    thread_local QHash<QString, Decoded> cache;
    const QString key = pair.toString();
    const auto hit = cache.constFind(key);
    if (hit != cache.constEnd()) {
        if (hit->version.isEmpty())
            return false;
        tls.version = hit->version;
        tls.cipher = hit->cipher;
        tls.cipherIana = hit->cipherIana;
        tls.group = hit->group;
        tls.signature = hit->signature;
        tls.bits = bits;
        *out = tls;
        return true;
    }
    if (cache.size() > 4096)
        cache.clear();
    tls.version = canonicalVersion(pair.left(firstColon).toString());
    if (tls.version.isEmpty()) {
        cache.insert(key, Decoded());
        return false;
    }
    tls.cipher = pair.mid(firstColon + 1).toString();
    tls.bits = bits;
    const CipherCatalog &catalog = CipherCatalog::instance();
    if (tls.cipher.contains(QLatin1String("__"))) {
        tls.cipherIana = ianaOfGnutlsDescription(tls.version, tls.cipher.split(QStringLiteral("__")), &tls);
    } else if (const SuiteInfo *s = catalog.byName(tls.cipher)) {
        tls.cipherIana = s->iana;   // OpenSSL or IANA spelling
    } else if (const SuiteInfo *g = catalog.byName(QStringLiteral("TLS_") + tls.cipher)) {
        tls.cipherIana = g->iana;   // older GnuTLS builds: the GnuTLS name without "TLS_"
    }
    cache.insert(key, Decoded{tls.version, tls.cipher, tls.cipherIana, tls.group, tls.signature});
    *out = tls;
    return true;
}

bool parseEximLogLine(QStringView whole, EximLogLine *out)
{
    const QStringView line = whole.left(limits::kLogLineChars);
    // "2026-12-06 02:46:09", then ".123" (+millisec), then " +0100" (log_timezone). Read by
    // hand: this runs once a line over logs of gigabytes.
    if (line.size() < 20 || line.at(10) != QLatin1Char(' '))
        return false;
    EximLogLine e;
    QDateTime time;
    int used = readIsoTimestamp(line.left(23), &time);   // no offset can follow directly
    if (used != 19 && used != 23)
        return false;
    if (used + 6 < line.size() && line.at(used) == QLatin1Char(' ')
        && (line.at(used + 1) == QLatin1Char('+') || line.at(used + 1) == QLatin1Char('-')) && line.at(used + 6) == QLatin1Char(' ')) {
        bool ok = false;
        const int hhmm = line.mid(used + 2, 4).toInt(&ok);
        if (ok) {
            const int seconds = ((hhmm / 100) * 60 + hhmm % 100) * 60;
            time = QDateTime(time.date(), time.time(), Qt::OffsetFromUTC, line.at(used + 1) == QLatin1Char('-') ? -seconds : seconds);
            used += 6;
        }
    }
    if (used >= line.size() || line.at(used) != QLatin1Char(' '))
        return false;
    e.time = time;
    QStringView rest = line.mid(used + 1);

    if (rest.startsWith(QLatin1Char('['))) {   // +pid
        const int close = int(rest.indexOf(QLatin1String("] ")));
        bool ok = false;
        const qint64 pid = close > 1 ? rest.mid(1, close - 1).toLongLong(&ok) : 0;
        if (ok) {
            e.pid = pid;
            rest = rest.mid(close + 2);
        }
    }

    static const QRegularExpression tlsError(QStringLiteral(
        "TLS error on connection(?: (from|to) (.*?))? \\(([^()]*)\\): (.*)$"));
    const int space = int(rest.indexOf(QLatin1Char(' ')));
    const QStringView first = space < 0 ? rest : rest.left(space);
    if (parseEximMessageId(first, &e.id)) {
        e.hasId = true;
        rest = space < 0 ? QStringView() : rest.mid(space + 1);
    }

    struct Mark {
        const char *text;
        EximEvent event;
    };
    static const Mark marks[] = {{"<= ", EximEvent::Arrival},    {"=> ", EximEvent::Delivery},  {"-> ", EximEvent::Additional},
                                 {"*> ", EximEvent::Suppressed}, {"** ", EximEvent::Bounce},    {"== ", EximEvent::Deferral}};
    if (e.hasId) {
        e.event = EximEvent::Other;
        for (const Mark &mark : marks) {
            if (rest.startsWith(QLatin1String(mark.text))) {
                e.event = mark.event;
                rest = rest.mid(3);
                const int end = int(rest.indexOf(QLatin1Char(' ')));
                e.address = (end < 0 ? rest : rest.left(end)).toString();
                rest = end < 0 ? QStringView() : rest.mid(end);
                break;
            }
        }
        if (e.event == EximEvent::Other && rest.startsWith(QLatin1String("Completed")))
            e.event = EximEvent::Completed;
    }

    // A TLS error line carries none of the delivery marks; only other lines are searched.
    const bool marked = e.event != EximEvent::None && e.event != EximEvent::Other;
    const QRegularExpressionMatch error = !marked && rest.contains(QLatin1String("TLS error on connection"))
                                              ? tlsError.match(rest.toString())
                                              : QRegularExpressionMatch();
    if (error.hasMatch()) {
        e.tlsError = true;
        e.outgoing = error.captured(1) == QLatin1String("to");
        if (error.hasCaptured(2))
            parseEximHost(error.capturedView(2), &e.host);
        e.errorSource = error.captured(3);
        e.text = error.captured(4);
        // An outgoing error line may carry the host as H= before the text.
        if (e.host.isEmpty() && rest.startsWith(QLatin1String("H="))) {
            const int at = int(rest.indexOf(QLatin1String(" TLS error on connection")));
            parseEximHost(rest.mid(2, at - 2), &e.host);
            e.outgoing = true;
        }
        *out = e;
        return true;
    }

    // Fields. The text is what the line says beyond them (a deferral's reason, say).
    // Keys are found after a space: the text is used in place when it starts with one.
    const QString paddedCopy = rest.startsWith(QLatin1Char(' ')) ? QString() : QLatin1Char(' ') + rest.toString();
    const QStringView padded = paddedCopy.isNull() ? rest : QStringView(paddedCopy);
    QStringView key;
    int at = nextField(padded, 0, &key);
    e.text = (at < 0 ? padded : padded.left(at)).trimmed().toString();
    while (at >= 0) {
        const int valueStart = at + 1 + int(key.size()) + 1;
        int end = 0;
        const bool oneWord = key == QLatin1String("P") || key == QLatin1String("CV") || key == QLatin1String("X");
        const bool wanted = key == QLatin1String("H") || key == QLatin1String("DN") || key == QLatin1String("SNI");
        const QString value = wanted ? fieldValue(padded, valueStart, key, &end) : QString();
        if (!wanted)
            end = skipFieldValue(padded, valueStart);
        const QStringView word = oneWord ? padded.mid(valueStart, std::max(0, end - valueStart)) : QStringView();
        if (key == QLatin1String("H"))
            parseEximHost(value, &e.host);
        else if (key == QLatin1String("P"))
            e.protocol = internLogText(word);
        else if (key == QLatin1String("X"))
            e.hasTls = parseEximTls(word, &e.tls);
        else if (key == QLatin1String("CV"))
            e.certificateVerified = internLogText(word);
        else if (key == QLatin1String("DN"))
            e.peerDn = value;
        else if (key == QLatin1String("SNI"))
            e.sni = value;
        QStringView nextKey;
        at = nextField(padded, end, &nextKey);
        if (at >= 0 && end < at) {
            const QStringView between = padded.mid(end, at - end).trimmed();
            if (!between.isEmpty()) {
                if (!e.text.isEmpty())
                    e.text += QLatin1Char(' ');
                e.text += between;
            }
        } else if (at < 0 && end < padded.size()) {
            const QStringView tail = padded.mid(end).trimmed();
            if (!tail.isEmpty()) {
                if (!e.text.isEmpty())
                    e.text += QLatin1Char(' ');
                e.text += tail;
            }
        }
        key = nextKey;
    }
    *out = e;
    return true;
}

} // namespace mailtls::core
