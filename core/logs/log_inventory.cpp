#include "logs/log_inventory.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

#include <sys/stat.h>

#include "base/limits.h"
#include "catalog/cipher_catalog.h"
#include "logs/exim_log.h"
#include "logs/log_reader.h"
#include "logs/postfix_log.h"
#include "logs/syslog_line.h"

namespace mailtls::core {

QString logFormatName(LogFormat format)
{
    switch (format) {
    case LogFormat::EximMainlog: return QStringLiteral("exim");
    case LogFormat::EximSyslog: return QStringLiteral("exim-syslog");
    case LogFormat::PostfixSyslog: return QStringLiteral("postfix");
    case LogFormat::JournalShortIso: return QStringLiteral("journal-short-iso");
    case LogFormat::JournalJson: return QStringLiteral("journal-json");
    case LogFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString classifyTlsFailure(QStringView text)
{
    struct Rule {
        const char *cause;
        std::initializer_list<const char *> words;
    };
    // Most specific first: a verification failure that names its reason goes to that reason.
    static const Rule rules[] = {
        {log_cause::kNoSharedCipher,
         {"no shared cipher", "no supported cipher suites", "could not negotiate a supported cipher suite", "no cipher match",
          "no ciphers available", "no_shared_cipher", "no cipher suites in common"}},
        {log_cause::kDhTooSmall,
         {"dh key too small", "diffie-hellman prime sent by the server is not acceptable", "dh_key_too_small",
          "dh key too small", "dh prime too small"}},
        {log_cause::kCertificateExpired, {"certificate has expired", "certificate expired", "the certificate has expired"}},
        {log_cause::kUnknownCa,
         {"unknown ca", "unable to get local issuer certificate", "self signed certificate", "self-signed certificate",
          "untrusted issuer", "issuer is unknown", "signer not found", "unable to get issuer certificate",
          "server certificate not trusted"}},
        {log_cause::kNoSignatureAlgorithm,
         {"no suitable signature algorithm", "no shared signature algorithms", "no_suitable_signature_algorithm",
          "signature algorithm is not supported", "insufficient security"}},
        {log_cause::kWrongVersion, {"wrong version number"}},
        {log_cause::kUnsupportedProtocol,
         {"unsupported protocol", "protocol version", "illegal or unsupported version", "no protocols available",
          "inappropriate fallback", "version too low", "unsupported_protocol", "unsupported version"}},
        {log_cause::kCertificateVerifyFailed,
         {"certificate verify failed", "certificate verification failed", "certificate invalid", "certificate not verified",
          "ssl verify error", "bad certificate", "certificate is bad", "name mismatch", "hostname mismatch"}},
        {log_cause::kNotTls,
         {"http request", "unknown protocol", "packet length too long", "unexpected tls packet", "record layer failure",
          "unexpected message"}},
        {log_cause::kTlsNotOffered,
         {"tls is required, but was not offered", "but the server did not offer tls", "starttls not offered",
          "but was not offered", "did not offer tls"}},
        {log_cause::kTlsRequired, {"must issue a starttls command first", "tls required", "encryption required"}},
        {log_cause::kHandshakeFailureAlert,
         {"handshake failure", "a tls fatal alert has been received", "handshake_failure", "received alert"}},
        {log_cause::kTimeout, {"timed out", "timeout"}},
        {log_cause::kConnectionClosed,
         {"unexpected eof", "connection reset", "lost connection", "non-properly terminated", "error in the pull function",
          "error in the push function", "broken pipe", "connection closed", "eof was observed"}},
    };
    const QString lower = text.left(2048).toString().toLower();
    for (const Rule &rule : rules) {
        for (const char *word : rule.words) {
            if (lower.contains(QLatin1String(word)))
                return QLatin1String(rule.cause);
        }
    }
    return QLatin1String(log_cause::kOther);
}

qint64 LogPartner::failureCount() const
{
    qint64 n = 0;
    for (const LogFailure &f : failures)
        n += f.count;
    return n;
}

QString LogPartner::label() const
{
    if (host.isEmpty())
        return address.isEmpty() ? QStringLiteral("?") : QStringLiteral("[%1]").arg(address);
    if (address.isEmpty())
        return host;
    return QStringLiteral("%1 [%2]").arg(host, address);
}

bool LogFilter::matchesPartner(const QString &host, const QString &address) const
{
    if (partner.isEmpty())
        return true;
    if (address == partner)
        return true;
    const QString wanted = partner.toLower();
    const QString name = host.toLower();
    return name == wanted || name.endsWith(QLatin1Char('.') + wanted);
}

qint64 LogInventory::totalLines() const
{
    qint64 n = 0;
    for (const LogFileSummary &f : files)
        n += f.lines;
    return n;
}

qint64 LogInventory::totalUnparsed() const
{
    qint64 n = 0;
    for (const LogFileSummary &f : files)
        n += f.unparsed;
    return n;
}

namespace {

// Distinct message ids without keeping the ids: their 64-bit hashes in an open-addressing
// table (8 to 10 bytes a message).
class IdSet
{
public:
    void insert(QStringView id)
    {
        quint64 h = 1469598103934665603ULL;
        for (QChar c : id) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        // FNV-1a spreads poorly in the low bits probing uses: finish with splitmix64's mixer.
        h ^= h >> 30;
        h *= 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 27;
        h *= 0x94d049bb133111ebULL;
        h ^= h >> 31;
        if (h == 0)
            h = 1;
        // Up to 80 % full: linear probing stays short with a well-mixed hash, and a log of
        // 4.6 million messages costs 64 MB (96 MB while growing).
        if ((count_ + 1) * 5 > slots_.size() * 4)
            grow();
        const size_t mask = slots_.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            if (slots_[i] == h)
                return;
            if (slots_[i] == 0) {
                slots_[i] = h;
                ++count_;
                return;
            }
        }
    }
    qint64 size() const { return qint64(count_); }

private:
    void grow()
    {
        std::vector<quint64> old = std::move(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
        count_ = 0;
        for (quint64 h : old) {
            if (h == 0)
                continue;
            const size_t mask = slots_.size() - 1;
            for (size_t i = h & mask;; i = (i + 1) & mask) {
                if (slots_[i] == 0) {
                    slots_[i] = h;
                    ++count_;
                    break;
                }
            }
        }
    }
    std::vector<quint64> slots_;
    size_t count_ = 0;
};

struct PartnerAcc {
    LogPartner p;
    QHash<QPair<QString, QString>, qint64> uses;   // (version, cipher) -> count
    QHash<QString, int> failureIndex;     // cause -> index in p.failures
    QDateTime lastFailure;
};

// What a Postfix process (by pid) is in the middle of: the client or server it talks to, and
// the TLS it has with it.
struct PostfixSession {
    int partner = -1;
    bool tls = false;
    QString version;
    QString cipher;
    QString verified;
    QString libraryProblem;  // the last "TLS library problem" text of this process
    bool failureCounted = false;
    QString failureCause;    // of the failure counted for this connection
    QString failureExample;
};

constexpr qint64 kFallbackWindowSecs = 3600;
constexpr int kDistinctNames = 5;    // DNs and SNIs kept per partner
constexpr int kMaxProcesses = 100000; // pid tables are cleared beyond this (a long log recycles pids)

QString boundedExample(QStringView text)
{
    return text.left(limits::kLogExampleChars).toString();
}

// One line, parsed: what the (pure, thread-safe) parsers made of it, for the aggregation to
// take in order. `raw` is the text failure examples quote.
struct ParsedLine {
    enum Kind { Unparsed, Nothing, Exim, Postfix };
    Kind kind = Unparsed;
    EximLogLine exim;
    PostfixLogLine postfix;
    QString raw;
};

// Exim inside syslog: the message carries Exim's own time stamp unless syslog_timestamp is
// false; then the frame's time stands in.
void parseEximMessage(const SyslogLine &frame, ParsedLine *p)
{
    if (parseEximLogLine(frame.message, &p->exim)) {
        p->raw = frame.message.toString();
    } else {
        const QString withTime = frame.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + frame.message.toString();
        if (!parseEximLogLine(withTime, &p->exim))
            return;
        p->exim.time = frame.time;
        p->raw = withTime;
    }
    if (p->exim.pid < 0)
        p->exim.pid = frame.pid;
    p->kind = ParsedLine::Exim;
}

void parseFramed(const SyslogLine &frame, ParsedLine *p)
{
    if (frame.ident.startsWith(QLatin1String("postfix"))) {
        if (parsePostfixMessage(frame, &p->postfix)) {
            p->kind = ParsedLine::Postfix;
            // The text is still the whole message unless the line's event took a part of it.
            p->raw = p->postfix.text.size() == frame.message.size() ? p->postfix.text : frame.message.toString();
        }
        return;
    }
    if (frame.ident == QLatin1String("exim") || frame.ident == QLatin1String("exim4")) {
        parseEximMessage(frame, p);
        return;
    }
    p->kind = ParsedLine::Nothing;   // another program's line in a shared log: understood, not mail
}

// journalctl -o json: one object a line.
void parseJournalJson(QStringView line, ParsedLine *p)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
    if (!doc.isObject())
        return;
    const QJsonObject o = doc.object();
    const QJsonValue messageValue = o.value(QLatin1String("MESSAGE"));
    if (!messageValue.isString()) {
        if (!messageValue.isUndefined())
            p->kind = ParsedLine::Nothing;   // journald writes non-UTF-8 messages as byte arrays
        return;
    }
    const QString message = messageValue.toString().left(limits::kLogLineChars);
    SyslogLine frame;
    frame.ident = o.value(QLatin1String("SYSLOG_IDENTIFIER")).toString();
    bool ok = false;
    frame.pid = o.value(QLatin1String("SYSLOG_PID")).toString(o.value(QLatin1String("_PID")).toString()).toLongLong(&ok);
    if (!ok)
        frame.pid = -1;
    frame.host = o.value(QLatin1String("_HOSTNAME")).toString();
    const qint64 us = o.value(QLatin1String("__REALTIME_TIMESTAMP")).toString().toLongLong(&ok);
    if (ok)
        frame.time = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
    frame.message = message;
    parseFramed(frame, p);
}

ParsedLine parseLine(LogFormat format, const QString &line, int lineYear, const QDateTime &notAfter)
{
    ParsedLine p;
    switch (format) {
    case LogFormat::EximMainlog:
        if (parseEximLogLine(line, &p.exim)) {
            p.kind = ParsedLine::Exim;
            p.raw = line;
        }
        break;
    case LogFormat::EximSyslog:
    case LogFormat::PostfixSyslog:
    case LogFormat::JournalShortIso: {
        SyslogLine frame;
        if (!parseSyslogLine(line, lineYear, &frame))
            break;
        // A classic time stamp later than the file itself belongs to the year before (a log
        // that spans New Year).
        if (notAfter.isValid() && frame.time > notAfter.addDays(1))
            parseSyslogLine(line, lineYear - 1, &frame);
        parseFramed(frame, &p);
        break;
    }
    case LogFormat::JournalJson:
        parseJournalJson(line, &p);
        break;
    case LogFormat::Unknown:
        break;
    }
    return p;
}

} // namespace

struct LogAnalyzer::State {
    LogFilter filter;
    int year = 0;
    QList<LogFileSummary> files;
    std::vector<PartnerAcc> partners;
    QHash<QString, int> partnerIndex[2];   // inbound, outbound: by address (or lower-case name)
    IdSet ids;
    QMap<qint64, LogHour> hours;   // by hour number since the epoch
    QDateTime first, last;
    bool cancelled = false;

    // Per file:
    LogFileSummary *file = nullptr;
    qint64 lineNumber = 0;
    bool eximConnectionLines = false;
    QHash<qint64, int> eximPidPartner;          // pid -> partner of its current connection
    QHash<qint64, PostfixSession> postfixPids;

    int partnerFor(const QString &name, const QString &address, bool outgoing)
    {
        QHash<QString, int> &index = partnerIndex[outgoing ? 1 : 0];
        auto it = address.isEmpty() ? index.constFind(name.toLower()) : index.constFind(address);
        if (it != index.constEnd()) {
            PartnerAcc &acc = partners[size_t(*it)];
            if ((acc.p.host.isEmpty() || acc.p.host == QLatin1String("unknown")) && !name.isEmpty())
                acc.p.host = name;
            return *it;
        }
        PartnerAcc acc;
        acc.p.host = name;
        acc.p.address = address;
        acc.p.outgoing = outgoing;
        partners.push_back(acc);
        const int at = int(partners.size() - 1);
        index.insert(address.isEmpty() ? name.toLower() : address, at);
        return at;
    }

    // Whether an event with this partner and time is inside the filter.
    bool wanted(const QString &name, const QString &address, bool outgoing, const QDateTime &time) const
    {
        if (filter.direction == 1 && outgoing)
            return false;
        if (filter.direction == 2 && !outgoing)
            return false;
        return filter.matchesPartner(name, address) && inTime(time);
    }
    bool inTime(const QDateTime &time) const
    {
        if (filter.since.isValid() && time.isValid() && time < filter.since)
            return false;
        if (filter.until.isValid() && time.isValid() && time > filter.until)
            return false;
        return true;
    }

    LogHour &hourOf(const QDateTime &time)
    {
        const qint64 key = time.toSecsSinceEpoch() / 3600;
        auto it = hours.find(key);
        if (it == hours.end()) {
            LogHour h;
            h.start = QDateTime::fromSecsSinceEpoch(key * 3600, Qt::UTC);
            it = hours.insert(key, h);
        }
        return *it;
    }

    void seen(PartnerAcc &acc, const QDateTime &time)
    {
        if (!time.isValid())
            return;
        if (!acc.p.firstSeen.isValid() || time < acc.p.firstSeen)
            acc.p.firstSeen = time;
        if (!acc.p.lastSeen.isValid() || time > acc.p.lastSeen)
            acc.p.lastSeen = time;
        if (!first.isValid() || time < first)
            first = time;
        if (!last.isValid() || time > last)
            last = time;
    }

    void message(int index, const QDateTime &time, bool tls, const QString &version, const QString &cipher,
                 const QString &verified, const QString &dn, const QString &sni)
    {
        PartnerAcc &acc = partners[size_t(index)];
        seen(acc, time);
        ++acc.p.messages;
        LogHour *hour = time.isValid() ? &hourOf(time) : nullptr;
        if (tls) {
            ++acc.p.tlsMessages;
            const QString v = version.isEmpty() ? QStringLiteral("?") : version;
            ++acc.p.tlsVersions[v];
            if (!cipher.isEmpty()) {
                ++acc.p.ciphers[cipher];
                ++acc.uses[qMakePair(v, cipher)];
            }
            if (!verified.isEmpty())
                ++acc.p.verified[verified];
            if (!dn.isEmpty() && acc.p.peerDns.size() < kDistinctNames && !acc.p.peerDns.contains(dn))
                acc.p.peerDns.append(boundedExample(dn));
            if (!sni.isEmpty() && acc.p.snis.size() < kDistinctNames && !acc.p.snis.contains(sni))
                acc.p.snis.append(boundedExample(sni));
            if (hour) {
                ++hour->tlsMessages;
                ++hour->tlsVersions[v];
            }
        } else {
            ++acc.p.cleartext;
            if (acc.lastFailure.isValid() && time.isValid() && acc.lastFailure <= time
                && acc.lastFailure.secsTo(time) <= kFallbackWindowSecs)
                ++acc.p.fellBackToCleartext;
            if (hour)
                ++hour->cleartextMessages;
        }
    }

    void failure(int index, const QDateTime &time, const QString &cause, QStringView example)
    {
        PartnerAcc &acc = partners[size_t(index)];
        seen(acc, time);
        acc.lastFailure = time;
        auto it = acc.failureIndex.constFind(cause);
        LogFailure *f = nullptr;
        if (it == acc.failureIndex.constEnd()) {
            acc.failureIndex.insert(cause, int(acc.p.failures.size()));
            acc.p.failures.append(LogFailure());
            f = &acc.p.failures.last();
            f->cause = cause;
            f->example = boundedExample(example);
            f->where = QStringLiteral("%1:%2").arg(file ? file->path : QString()).arg(lineNumber);
            f->first = time;
        } else {
            f = &acc.p.failures[*it];
        }
        ++f->count;
        if (time.isValid() && (!f->last.isValid() || time > f->last))
            f->last = time;
        if (time.isValid())
            ++hourOf(time).failures[cause];
    }

    // One failure of `from` becomes one of `to` (a reason logged after the failure itself).
    void moveFailure(int index, const QString &from, const QString &to, const QDateTime &time, const QString &example)
    {
        PartnerAcc &acc = partners[size_t(index)];
        auto it = acc.failureIndex.find(from);
        if (it == acc.failureIndex.end())
            return;
        const int at = *it;
        LogFailure &old = acc.p.failures[at];
        if (time.isValid()) {
            LogHour &hour = hourOf(time);
            if (hour.failures.value(from) > 0 && --hour.failures[from] == 0)
                hour.failures.remove(from);
        }
        if (--old.count == 0) {
            acc.p.failures.removeAt(at);
            acc.failureIndex.erase(it);
            for (auto j = acc.failureIndex.begin(); j != acc.failureIndex.end(); ++j) {
                if (*j > at)
                    --*j;
            }
        }
        failure(index, time, to, example);
    }

    void connection(int index)
    {
        ++partners[size_t(index)].p.connections;
    }

    // Exim: a connection per process and partner when the pid is logged; without pids, each
    // event counts one unless the log has "SMTP connection from" lines.
    void eximConnection(int index, qint64 pid, bool isConnectionLine)
    {
        if (pid < 0) {
            if (isConnectionLine || !eximConnectionLines)
                connection(index);
            return;
        }
        if (eximPidPartner.size() > kMaxProcesses)
            eximPidPartner.clear();
        auto it = eximPidPartner.find(pid);
        if (isConnectionLine || it == eximPidPartner.end() || *it != index) {
            eximPidPartner.insert(pid, index);
            connection(index);
        }
    }

    static QString hostName(const EximHost &h) { return h.name.isEmpty() ? h.helo : h.name; }

    void takeExim(const EximLogLine &e, QStringView raw)
    {
        if (e.hasId && (e.event == EximEvent::Arrival || e.event == EximEvent::Completed || e.event == EximEvent::Delivery))
            ids.insert(e.id.id);
        if (!inTime(e.time)) {
            ++file->skipped;
            return;
        }
        const QString name = hostName(e.host);
        if (e.tlsError) {
            if (e.host.isEmpty() || !wanted(name, e.host.address, e.outgoing, e.time))
                return;
            const int index = partnerFor(name, e.host.address, e.outgoing);
            eximConnection(index, e.pid, false);
            failure(index, e.time, classifyTlsFailure(e.text), raw.mid(raw.indexOf(QLatin1String("TLS error"))));
            return;
        }
        const bool marked = e.event != EximEvent::None && e.event != EximEvent::Other;
        const int unencrypted = marked ? -1 : int(raw.indexOf(QLatin1String("delivering unencrypted to ")));
        if (unencrypted >= 0) {
            // "TLS session failure: delivering unencrypted to HOST [ADDR] (not in hosts_require_tls)",
            // or from 4.93 "TLS session: (WHY): delivering unencrypted to H=HOST [ADDR] (...)".
            QStringView hostText = raw.mid(unencrypted + 26);
            if (hostText.startsWith(QLatin1String("H=")))
                hostText = hostText.mid(2);
            const int paren = int(hostText.indexOf(QLatin1String(" (")));
            EximHost host;
            if (parseEximHost(paren < 0 ? hostText : hostText.left(paren), &host)
                && wanted(hostName(host), host.address, true, e.time)) {
                const int index = partnerFor(hostName(host), host.address, true);
                const int from = int(raw.indexOf(QLatin1String("TLS session")));
                const QStringView why = raw.mid(from < 0 ? 0 : from, unencrypted - (from < 0 ? 0 : from));
                const QString cause = classifyTlsFailure(why);
                // Before 4.93 the line names no reason: it then closes the failure just logged
                // for this host (a "TLS error on connection to" line), which is not counted twice.
                const PartnerAcc &acc = partners[size_t(index)];
                const bool sameEvent = cause == QLatin1String(log_cause::kOther) && acc.lastFailure.isValid()
                                       && e.time.isValid() && qAbs(acc.lastFailure.secsTo(e.time)) <= 60;
                if (!sameEvent)
                    failure(index, e.time, cause, raw.mid(from < 0 ? 0 : from));
            }
            return;
        }
        if (e.text.startsWith(QLatin1String("SMTP connection from "))) {
            EximHost host;
            QStringView rest = QStringView(e.text).mid(21);
            const int paren = int(rest.indexOf(QLatin1String(" (TCP/IP")));
            if (paren > 0)
                rest = rest.left(paren);
            if (parseEximHost(rest, &host) && wanted(hostName(host), host.address, false, e.time)) {
                eximConnectionLines = true;
                const int index = partnerFor(hostName(host), host.address, false);
                seen(partners[size_t(index)], e.time);
                eximConnection(index, e.pid, true);
            }
            return;
        }
        if (e.host.isEmpty())
            return;   // local submission, local delivery: no partner
        const bool outgoing = e.event != EximEvent::Arrival;
        if (!wanted(name, e.host.address, outgoing, e.time))
            return;
        switch (e.event) {
        case EximEvent::Arrival:
        case EximEvent::Delivery: {
            const int index = partnerFor(name, e.host.address, outgoing);
            eximConnection(index, e.pid, false);
            const QString cipher = e.tls.cipherIana.isEmpty() ? e.tls.cipher : e.tls.cipherIana;
            message(index, e.time, e.hasTls, e.tls.version, cipher, e.certificateVerified, e.peerDn, e.sni);
            // P=esmtpa / esmtpsa: the sender logged in (a user's submission, not a mail server).
            if (e.event == EximEvent::Arrival && e.protocol.endsWith(QLatin1Char('a')))
                ++partners[size_t(index)].p.authenticatedMessages;
            break;
        }
        case EximEvent::Deferral:
        case EximEvent::Bounce: {
            // Only a deferral that speaks of TLS is a TLS failure ("TLS session: (SSL_connect): ...",
            // "a TLS session is required, but the server did not offer TLS support").
            const int at = int(raw.indexOf(QLatin1String("TLS")));
            if (at < 0)
                break;
            const int index = partnerFor(name, e.host.address, true);
            failure(index, e.time, classifyTlsFailure(raw.mid(at)), raw.mid(at));
            break;
        }
        default:
            break;
        }
    }

    PostfixSession &postfixSession(qint64 pid)
    {
        if (postfixPids.size() > kMaxProcesses)
            postfixPids.clear();
        return postfixPids[pid];
    }

    void postfixFailure(PostfixSession &s, int index, const PostfixLogLine &e, QStringView raw)
    {
        if (s.failureCounted && s.partner == index)
            return;
        s.partner = index;
        s.failureCounted = true;
        QString cause = classifyTlsFailure(e.text);
        // "SSL_accept error from x[y]: -1" says little: the library problem logged just before does.
        if ((cause == QLatin1String(log_cause::kOther) || cause == QLatin1String(log_cause::kConnectionClosed))
            && !s.libraryProblem.isEmpty()) {
            const QString fromLibrary = classifyTlsFailure(s.libraryProblem);
            if (fromLibrary != QLatin1String(log_cause::kOther))
                cause = fromLibrary;
        }
        const QString example = s.libraryProblem.isEmpty() ? raw.toString() : raw.toString() + QStringLiteral(" [") + s.libraryProblem + QLatin1Char(']');
        failure(index, e.time, cause, example);
        s.failureCause = cause;
        s.failureExample = raw.left(limits::kLogExampleChars).toString();
    }

    void takePostfix(const PostfixLogLine &e, QStringView raw)
    {
        if (!e.queueId.isEmpty() && (e.event == PostfixEvent::ClientQueued || e.event == PostfixEvent::Delivery))
            ids.insert(e.queueId);
        if (!inTime(e.time)) {
            ++file->skipped;
            return;
        }
        const QString name = e.peerName == QLatin1String("unknown") ? QString() : e.peerName;
        switch (e.event) {
        case PostfixEvent::Connect: {
            PostfixSession &s = postfixSession(e.pid);
            s = PostfixSession();
            if (!wanted(name, e.peerAddress, false, e.time))
                return;
            s.partner = partnerFor(name, e.peerAddress, false);
            seen(partners[size_t(s.partner)], e.time);
            connection(s.partner);
            return;
        }
        case PostfixEvent::TlsEstablished: {
            if (!wanted(name, e.peerAddress, e.outgoing, e.time))
                return;
            const int index = partnerFor(name, e.peerAddress, e.outgoing);
            PostfixSession &s = postfixSession(e.pid);
            if (s.partner != index || e.outgoing) {
                // smtp logs one TLS session a connection; smtpd counted its "connect from" already,
                // unless the log lacks that line.
                connection(index);
                s = PostfixSession();
                s.partner = index;
            }
            seen(partners[size_t(index)], e.time);
            s.tls = true;
            s.version = e.version;
            s.cipher = e.cipherIana.isEmpty() ? e.cipher : e.cipherIana;
            s.verified = (e.trust == QLatin1String("Verified") || e.trust == QLatin1String("Trusted")) ? QStringLiteral("yes")
                                                                                                       : QStringLiteral("no");
            return;
        }
        case PostfixEvent::ClientQueued: {
            if (!wanted(name, e.peerAddress, false, e.time))
                return;
            const int index = partnerFor(name, e.peerAddress, false);
            PostfixSession &s = postfixSession(e.pid);
            const bool tls = s.partner == index && s.tls;
            if (s.partner != index) {
                connection(index);
                s = PostfixSession();
                s.partner = index;
            }
            message(index, e.time, tls, s.version, s.cipher, s.verified, QString(), QString());
            if (e.text.contains(QLatin1String("sasl_username=")))
                ++partners[size_t(index)].p.authenticatedMessages;
            return;
        }
        case PostfixEvent::Delivery: {
            QString relayName = name;
            QString relayAddress = e.peerAddress;
            if (relayAddress.isEmpty()) {
                // relay=none: a failure before any session; the text may name the host
                // ("TLS is required, but was not offered by host mx.example[192.0.2.30]").
                static const QRegularExpression host(QStringLiteral("host (\\S+?)\\[([^\\]]+)\\]"));
                const QRegularExpressionMatch m = host.match(e.text);
                if (!m.hasMatch())
                    return;   // local delivery, lmtp over a socket
                relayName = m.captured(1);
                relayAddress = m.captured(2);
            }
            if (!wanted(relayName, relayAddress, true, e.time))
                return;
            const int index = partnerFor(relayName, relayAddress, true);
            PostfixSession &s = postfixSession(e.pid);
            if (e.status == QLatin1String("sent")) {
                const bool tls = s.partner == index && s.tls;
                if (s.partner != index) {
                    connection(index);
                    s = PostfixSession();
                    s.partner = index;
                }
                message(index, e.time, tls, s.version, s.cipher, s.verified, QString(), QString());
            } else if (e.text.contains(QLatin1String("TLS")) || e.text.contains(QLatin1String("certificate"))) {
                failure(index, e.time, classifyTlsFailure(e.text), raw);
            }
            return;
        }
        case PostfixEvent::TlsLibraryProblem: {
            PostfixSession &s = postfixSession(e.pid);
            s.libraryProblem = e.text.left(limits::kLogExampleChars);
            // Postfix 3.7 logs "SSL_accept error ...: -1" before the library's reason: a failure
            // counted as vague moves to the cause the reason names.
            if (s.failureCounted && s.partner >= 0 && !s.failureCause.isEmpty()) {
                const QString better = classifyTlsFailure(s.libraryProblem);
                if (better != QLatin1String(log_cause::kOther) && better != s.failureCause
                    && (s.failureCause == QLatin1String(log_cause::kOther)
                        || s.failureCause == QLatin1String(log_cause::kConnectionClosed))) {
                    moveFailure(s.partner, s.failureCause, better, e.time, s.failureExample + QStringLiteral(" [") + s.libraryProblem + QLatin1Char(']'));
                    s.failureCause = better;
                }
            }
            return;
        }
        case PostfixEvent::SslAcceptError:
        case PostfixEvent::SslConnectError:
        case PostfixEvent::LostAfterStarttls: {
            if (!wanted(name, e.peerAddress, e.outgoing, e.time))
                return;
            const int index = partnerFor(name, e.peerAddress, e.outgoing);
            PostfixSession &s = postfixSession(e.pid);
            if (s.partner != index)
                connection(index);
            postfixFailure(s, index, e, raw);
            return;
        }
        case PostfixEvent::Disconnect: {
            PostfixSession &s = postfixSession(e.pid);
            if (e.starttlsTried > e.starttlsDone && wanted(name, e.peerAddress, false, e.time)) {
                const int index = partnerFor(name, e.peerAddress, false);
                if (s.partner != index)
                    connection(index);
                PostfixLogLine copy = e;
                copy.text = QStringLiteral("STARTTLS failed (disconnect summary: starttls=%1/%2)").arg(e.starttlsDone).arg(e.starttlsTried);
                postfixFailure(s, index, copy, raw);
            }
            postfixPids.remove(e.pid);
            return;
        }
        case PostfixEvent::None:
            return;
        }
    }

    void apply(const ParsedLine &p)
    {
        if (p.kind == ParsedLine::Exim)
            takeExim(p.exim, p.raw);
        else if (p.kind == ParsedLine::Postfix)
            takePostfix(p.postfix, p.raw);
    }

    int yearFor(const QString &path) const
    {
        if (year > 0)
            return year;
        const QFileInfo info(path);
        return (path == QLatin1String("-") || !info.exists()) ? QDate::currentDate().year() : info.lastModified().date().year();
    }

    bool take(LogFormat format, const QString &line, int lineYear, const QDateTime &notAfter)
    {
        const ParsedLine p = parseLine(format, line, lineYear, notAfter);
        apply(p);
        return p.kind != ParsedLine::Unparsed;
    }
};

LogFormat detectLogFormat(const QStringList &firstLines)
{
    int votes[6] = {0, 0, 0, 0, 0, 0};
    int looked = 0;
    for (const QString &line : firstLines) {
        if (looked++ >= limits::kLogDetectLines)
            break;
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('{'))) {
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
            if (doc.isObject() && doc.object().contains(QLatin1String("MESSAGE")))
                ++votes[int(LogFormat::JournalJson)];
            continue;
        }
        EximLogLine exim;
        if (parseEximLogLine(line, &exim)) {
            ++votes[int(LogFormat::EximMainlog)];
            continue;
        }
        SyslogLine frame;
        if (parseSyslogLine(line, 2000, &frame)) {
            const bool shortIso = line.at(0).isDigit() && line.size() > 24 && line.at(10) == QLatin1Char('T')
                                  && (line.at(19) == QLatin1Char('+') || line.at(19) == QLatin1Char('-'))
                                  && line.at(22) != QLatin1Char(':');
            if (shortIso)
                ++votes[int(LogFormat::JournalShortIso)];
            else if (frame.ident.startsWith(QLatin1String("postfix")))
                ++votes[int(LogFormat::PostfixSyslog)];
            else if (frame.ident.startsWith(QLatin1String("exim")))
                ++votes[int(LogFormat::EximSyslog)];
        }
    }
    int best = 0;
    for (int i = 1; i < 6; ++i) {
        if (votes[i] > votes[best])
            best = i;
    }
    return votes[best] > 0 ? LogFormat(best) : LogFormat::Unknown;
}

LogAnalyzer::LogAnalyzer(LogFilter filter) : d(std::make_unique<State>())
{
    d->filter = std::move(filter);
    // In UTC, for the same reason as the files' dates.
    if (d->filter.since.isValid())
        d->filter.since = d->filter.since.toUTC();
    if (d->filter.until.isValid())
        d->filter.until = d->filter.until.toUTC();
}

LogAnalyzer::~LogAnalyzer() = default;

void LogAnalyzer::setYear(int year)
{
    d->year = year;
}

bool LogAnalyzer::feed(LogFormat format, QStringView line)
{
    if (d->files.isEmpty()) {
        LogFileSummary f;
        f.path = QStringLiteral("(lines)");
        f.format = format;
        d->files.append(f);
    }
    d->file = &d->files.last();
    d->lineNumber = ++d->file->lines;
    const bool ok = d->take(format, line.toString(), d->year > 0 ? d->year : QDate::currentDate().year(), QDateTime());
    if (ok) {
        ++d->file->parsed;
    } else {
        ++d->file->unparsed;
        if (d->file->unparsedExamples.size() < limits::kLogUnparsedExamples)
            d->file->unparsedExamples.append({d->file->lines, boundedExample(line)});
    }
    return ok;
}

bool LogAnalyzer::read(const QStringList &paths, const CancelToken &cancel, const std::function<void(qint64, qint64)> &progress)
{
    // First pass: the format and first time stamp of each file, to read rotations in order.
    struct Planned {
        QString path;
        QDateTime firstTime;
        qint64 size = 0;
        int given = 0;
        bool stream = false;
    };
    QList<Planned> plan;
    qint64 total = 0;
    for (int i = 0; i < paths.size(); ++i) {
        Planned p;
        p.path = paths.at(i);
        p.given = i;
        // A pipe (standard input, <(zcat ...), a FIFO) can be read once only: it is not peeked
        // at and comes last.
        struct stat st {};
        p.stream = p.path == QLatin1String("-") || ::stat(QFile::encodeName(p.path).constData(), &st) != 0 || !S_ISREG(st.st_mode);
        if (!p.stream) {
            p.size = QFileInfo(p.path).size();
            LogLineReader peek(p.path);
            Error ignored;
            if (peek.open(&ignored)) {
                QString line;
                for (int n = 0; n < limits::kLogDetectLines && !p.firstTime.isValid() && peek.next(&line); ++n) {
                    EximLogLine e;
                    SyslogLine frame;
                    if (parseEximLogLine(line, &e))
                        p.firstTime = e.time;
                    else if (parseSyslogLine(line, d->yearFor(p.path), &frame))
                        p.firstTime = frame.time;
                }
            }
        }
        total += p.size;
        plan.append(p);
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Planned &a, const Planned &b) {
        if (a.stream || b.stream)
            return b.stream && !a.stream;   // pipes last, in the order given
        if (a.firstTime.isValid() && b.firstTime.isValid())
            return a.firstTime < b.firstTime;
        return a.given < b.given;
    });

    qint64 doneBefore = 0;
    for (const Planned &p : plan) {
        LogFileSummary summary;
        summary.path = p.path;
        d->files.append(summary);
        d->file = &d->files.last();
        d->eximConnectionLines = false;
        d->eximPidPartner.clear();
        d->postfixPids.clear();
        LogFileSummary &f = *d->file;
        LogLineReader reader(p.path);
        if (!reader.open(&f.error))
            continue;
        f.compression = reader.compression();
        const int lineYear = d->yearFor(p.path);
        // In UTC: comparing with a local-time QDateTime asks the time zone every line.
        const QDateTime notAfter = p.stream ? QDateTime() : QFileInfo(p.path).lastModified().toUTC();

        // The format from the first lines, which are then read like the rest.
        QStringList head;
        QString line;
        bool more = true;
        while (head.size() < limits::kLogDetectLines && (more = reader.next(&line)))
            head.append(line);
        f.format = detectLogFormat(head);

        auto handle = [&](const QString &text, const ParsedLine &parsed) {
            d->lineNumber = ++f.lines;
            if (text.isEmpty() || parsed.kind != ParsedLine::Unparsed) {
                ++f.parsed;
                d->apply(parsed);
                return;
            }
            ++f.unparsed;
            if (f.unparsedExamples.size() < limits::kLogUnparsedExamples)
                f.unparsedExamples.append({f.lines, boundedExample(text)});
        };
        for (const QString &l : std::as_const(head))
            handle(l, parseLine(f.format, l, lineYear, notAfter));
        head.clear();

        // The rest: this thread reads batches of lines and takes the parsed ones in, in order;
        // parsing (most of the work) runs on worker threads, one a core (at most four), a batch
        // at a time. Batches in flight are bounded, so memory stays flat whatever the size.
        struct RawBatch {
            qint64 seq = 0;
            QStringList lines;
        };
        struct ParsedBatch {
            QStringList lines;
            std::vector<ParsedLine> parsed;
        };
        constexpr int kBatchLines = 1024;
        const int workerCount = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
        const qint64 inFlightLimit = 2 * workerCount + 2;
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<RawBatch> todo;
        std::map<qint64, ParsedBatch> ready;
        std::vector<ParsedBatch> spent;   // taken in, for a worker to free
        bool noMoreBatches = false;
        const LogFormat format = f.format;
        std::vector<std::thread> workers;
        for (int w = 0; w < workerCount; ++w) {
            workers.emplace_back([&] {
                for (;;) {
                    RawBatch raw;
                    std::vector<ParsedBatch> toFree;
                    {
                        std::unique_lock<std::mutex> lock(mutex);
                        changed.wait(lock, [&] { return !todo.empty() || noMoreBatches; });
                        toFree.swap(spent);
                        if (todo.empty())
                            return;
                        raw = std::move(todo.front());
                        todo.pop_front();
                    }
                    toFree.clear();   // the taken-in batches are freed here, off the reading thread
                    ParsedBatch out;
                    out.parsed.reserve(size_t(raw.lines.size()));
                    for (const QString &line : std::as_const(raw.lines))
                        out.parsed.push_back(parseLine(format, line, lineYear, notAfter));
                    out.lines = std::move(raw.lines);
                    std::lock_guard<std::mutex> lock(mutex);
                    ready.emplace(raw.seq, std::move(out));
                    changed.notify_all();
                }
            });
        }
        qint64 seqRead = 0, seqApplied = 0, reported = 0;
        bool readingDone = !more;
        for (;;) {
            // Keep the workers fed.
            while (!readingDone && seqRead - seqApplied < inFlightLimit) {
                RawBatch raw;
                raw.seq = seqRead;
                raw.lines.reserve(kBatchLines);
                QString text;
                while (raw.lines.size() < kBatchLines && (readingDone = !reader.next(&text)) == false)
                    raw.lines.append(text);
                if (raw.lines.isEmpty())
                    break;
                ++seqRead;
                std::lock_guard<std::mutex> lock(mutex);
                todo.push_back(std::move(raw));
                changed.notify_all();
            }
            if (seqApplied == seqRead && readingDone)
                break;
            ParsedBatch batch;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return ready.count(seqApplied) > 0; });
                auto it = ready.find(seqApplied);
                batch = std::move(it->second);
                ready.erase(it);
            }
            ++seqApplied;
            for (qsizetype i = 0; i < batch.lines.size(); ++i)
                handle(batch.lines.at(i), batch.parsed[size_t(i)]);
            {
                std::lock_guard<std::mutex> lock(mutex);
                spent.push_back(std::move(batch));
            }
            if (cancel.isCancelled()) {
                d->cancelled = true;
                break;
            }
            if (progress && reader.bytesRead() - reported >= 4 * 1024 * 1024) {
                reported = reader.bytesRead();
                progress(doneBefore + reported, total);
            }
        }
        {
            std::lock_guard<std::mutex> lock(mutex);
            noMoreBatches = true;
            todo.clear();
            changed.notify_all();
        }
        for (std::thread &t : workers)
            t.join();
        f.longLines = reader.longLines();
        f.bytes = reader.bytesRead();
        if (reader.error().kind != ErrorKind::None)
            f.error = reader.error();
        doneBefore += p.size;
        if (progress)
            progress(doneBefore, total);
        if (d->cancelled)
            return false;
    }
    return true;
}

LogInventory LogAnalyzer::inventory() const
{
    LogInventory inv;
    inv.files = d->files;
    inv.messages = d->ids.size();
    inv.first = d->first;
    inv.last = d->last;
    inv.cancelled = d->cancelled;
    for (const PartnerAcc &acc : d->partners) {
        LogPartner p = acc.p;
        for (auto it = acc.uses.constBegin(); it != acc.uses.constEnd(); ++it)
            p.uses.append(LogTlsUse{it.key().first, it.key().second, it.value()});
        std::sort(p.uses.begin(), p.uses.end(), [](const LogTlsUse &a, const LogTlsUse &b) {
            return a.count != b.count ? a.count > b.count : (a.version + a.cipher) < (b.version + b.cipher);
        });
        std::stable_sort(p.failures.begin(), p.failures.end(),
                         [](const LogFailure &a, const LogFailure &b) { return a.count > b.count; });
        if (p.messages == 0 && p.connections == 0 && p.failures.isEmpty())
            continue;
        inv.partners.append(p);
    }
    std::stable_sort(inv.partners.begin(), inv.partners.end(), [](const LogPartner &a, const LogPartner &b) {
        const qint64 fa = a.failureCount(), fb = b.failureCount();
        if (fa != fb)
            return fa > fb;
        if (a.messages != b.messages)
            return a.messages > b.messages;
        return a.label() < b.label();
    });
    for (auto it = d->hours.constBegin(); it != d->hours.constEnd(); ++it)
        inv.hours.append(*it);
    return inv;
}

} // namespace mailtls::core
