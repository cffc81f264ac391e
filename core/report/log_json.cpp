#include "report/log_json.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

#include "report/json_values.h"
#include "report/ordered_json_writer.h"

namespace mailtls::core {

namespace {

QJsonObject counts(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        o.insert(it.key(), double(it.value()));
    return o;
}

QJsonArray texts(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject impactPartner(const LogInventory &inventory, const PartnerImpact &pi)
{
    const LogPartner &p = inventory.partners.at(pi.partner);
    QJsonObject o;
    o.insert(QStringLiteral("host"), textOrNull(p.host));
    o.insert(QStringLiteral("address"), textOrNull(p.address));
    o.insert(QStringLiteral("direction"), p.outgoing ? QStringLiteral("out") : QStringLiteral("in"));
    o.insert(QStringLiteral("messages"), double(pi.messages));
    o.insert(QStringLiteral("last_seen"), dateOrNull(pi.lastSeen.toUTC()));
    o.insert(QStringLiteral("verdict"), pi.verdict);
    o.insert(QStringLiteral("finding"), textOrNull(pi.findingId));
    o.insert(QStringLiteral("reason"), pi.reason);
    QJsonArray keeps;
    for (const LogTlsUse &u : pi.stillWorking) {
        QJsonObject k;
        k.insert(QStringLiteral("version"), u.version);
        k.insert(QStringLiteral("cipher"), u.cipher);
        keeps.append(k);
    }
    o.insert(QStringLiteral("still_working"), keeps);
    return o;
}

} // namespace

QList<LogCauseGroup> failuresByCause(const LogInventory &inventory)
{
    QMap<QString, LogCauseGroup> groups;
    for (int i = 0; i < inventory.partners.size(); ++i) {
        for (const LogFailure &f : inventory.partners.at(i).failures) {
            LogCauseGroup &g = groups[f.cause];
            g.cause = f.cause;
            g.count += f.count;
            g.partners.append(i);
        }
    }
    QList<LogCauseGroup> list = groups.values();
    for (LogCauseGroup &g : list) {
        std::stable_sort(g.partners.begin(), g.partners.end(), [&](int a, int b) {
            auto countOf = [&](int index) {
                for (const LogFailure &f : inventory.partners.at(index).failures) {
                    if (f.cause == g.cause)
                        return f.count;
                }
                return qint64(0);
            };
            return countOf(a) > countOf(b);
        });
    }
    std::stable_sort(list.begin(), list.end(), [](const LogCauseGroup &a, const LogCauseGroup &b) { return a.count > b.count; });
    return list;
}

QJsonObject logInventoryToJson(const LogInventory &inventory, const LogFilter &filter, const ChangeImpact *impact,
                               const QString &toolVersion)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("mailtls.log/1"));
    QJsonObject tool;
    tool.insert(QStringLiteral("name"), QStringLiteral("mailtls"));
    tool.insert(QStringLiteral("version"), textOrNull(toolVersion));
    root.insert(QStringLiteral("tool"), tool);
    root.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QJsonObject f;
    f.insert(QStringLiteral("since"), dateOrNull(filter.since.toUTC()));
    f.insert(QStringLiteral("until"), dateOrNull(filter.until.toUTC()));
    f.insert(QStringLiteral("partner"), textOrNull(filter.partner));
    f.insert(QStringLiteral("direction"), filter.direction == 1   ? QJsonValue(QStringLiteral("in"))
                                          : filter.direction == 2 ? QJsonValue(QStringLiteral("out"))
                                                                  : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("filter"), f);

    QJsonArray files;
    for (const LogFileSummary &s : inventory.files) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), s.path);
        o.insert(QStringLiteral("format"), logFormatName(s.format));
        o.insert(QStringLiteral("compression"), textOrNull(s.compression));
        o.insert(QStringLiteral("bytes"), double(s.bytes));
        o.insert(QStringLiteral("lines"), double(s.lines));
        o.insert(QStringLiteral("parsed"), double(s.parsed));
        o.insert(QStringLiteral("unparsed"), double(s.unparsed));
        o.insert(QStringLiteral("skipped"), double(s.skipped));
        o.insert(QStringLiteral("long_lines"), double(s.longLines));
        QJsonArray examples;
        for (const auto &e : s.unparsedExamples) {
            QJsonObject x;
            x.insert(QStringLiteral("line"), double(e.first));
            x.insert(QStringLiteral("text"), e.second);
            examples.append(x);
        }
        o.insert(QStringLiteral("unparsed_examples"), examples);
        o.insert(QStringLiteral("error"), s.error.kind == ErrorKind::None ? QJsonValue(QJsonValue::Null) : QJsonValue(s.error.message));
        files.append(o);
    }
    root.insert(QStringLiteral("files"), files);
    root.insert(QStringLiteral("cancelled"), inventory.cancelled);
    root.insert(QStringLiteral("messages"), double(inventory.messages));
    root.insert(QStringLiteral("first"), dateOrNull(inventory.first.toUTC()));
    root.insert(QStringLiteral("last"), dateOrNull(inventory.last.toUTC()));

    QJsonArray partners;
    for (const LogPartner &p : inventory.partners) {
        QJsonObject o;
        o.insert(QStringLiteral("host"), textOrNull(p.host));
        o.insert(QStringLiteral("address"), textOrNull(p.address));
        o.insert(QStringLiteral("direction"), p.outgoing ? QStringLiteral("out") : QStringLiteral("in"));
        o.insert(QStringLiteral("connections"), double(p.connections));
        o.insert(QStringLiteral("messages"), double(p.messages));
        o.insert(QStringLiteral("tls_messages"), double(p.tlsMessages));
        o.insert(QStringLiteral("tls_versions"), counts(p.tlsVersions));
        o.insert(QStringLiteral("ciphers"), counts(p.ciphers));
        o.insert(QStringLiteral("verified"), counts(p.verified));
        o.insert(QStringLiteral("cleartext"), double(p.cleartext));
        o.insert(QStringLiteral("fell_back_to_cleartext"), double(p.fellBackToCleartext));
        o.insert(QStringLiteral("authenticated"), double(p.authenticatedMessages));
        o.insert(QStringLiteral("peer_dns"), texts(p.peerDns));
        o.insert(QStringLiteral("snis"), texts(p.snis));
        o.insert(QStringLiteral("first_seen"), dateOrNull(p.firstSeen.toUTC()));
        o.insert(QStringLiteral("last_seen"), dateOrNull(p.lastSeen.toUTC()));
        QJsonArray failures;
        for (const LogFailure &x : p.failures) {
            QJsonObject fo;
            fo.insert(QStringLiteral("cause"), x.cause);
            fo.insert(QStringLiteral("finding"), textOrNull(logCauseInfo(x.cause).finding));
            fo.insert(QStringLiteral("count"), double(x.count));
            fo.insert(QStringLiteral("example"), x.example);
            fo.insert(QStringLiteral("where"), x.where);
            fo.insert(QStringLiteral("first"), dateOrNull(x.first.toUTC()));
            fo.insert(QStringLiteral("last"), dateOrNull(x.last.toUTC()));
            failures.append(fo);
        }
        o.insert(QStringLiteral("failures"), failures);
        partners.append(o);
    }
    root.insert(QStringLiteral("partners"), partners);

    QJsonArray causes;
    for (const LogCauseGroup &g : failuresByCause(inventory)) {
        const LogCauseInfo info = logCauseInfo(g.cause);
        QJsonObject o;
        o.insert(QStringLiteral("cause"), g.cause);
        o.insert(QStringLiteral("finding"), textOrNull(info.finding));
        o.insert(QStringLiteral("title"), info.title);
        o.insert(QStringLiteral("meaning"), info.meaning);
        o.insert(QStringLiteral("count"), double(g.count));
        QJsonArray who;
        for (int i : g.partners)
            who.append(inventory.partners.at(i).label());
        o.insert(QStringLiteral("partners"), who);
        causes.append(o);
    }
    root.insert(QStringLiteral("failures_by_cause"), causes);

    QJsonArray hours;
    for (const LogHour &h : inventory.hours) {
        QJsonObject o;
        o.insert(QStringLiteral("start"), dateOrNull(h.start));
        o.insert(QStringLiteral("tls_messages"), double(h.tlsMessages));
        o.insert(QStringLiteral("cleartext_messages"), double(h.cleartextMessages));
        o.insert(QStringLiteral("tls_versions"), counts(h.tlsVersions));
        o.insert(QStringLiteral("failures"), counts(h.failures));
        hours.append(o);
    }
    root.insert(QStringLiteral("hours"), hours);

    if (!impact) {
        root.insert(QStringLiteral("what_breaks_if"), QJsonValue(QJsonValue::Null));
    } else {
        QJsonObject o;
        o.insert(QStringLiteral("change"), impact->description);
        o.insert(QStringLiteral("server"), impact->serverSummary);
        o.insert(QStringLiteral("error"), textOrNull(impact->error));
        QJsonArray losing, atRisk;
        for (const PartnerImpact &pi : impact->losing)
            losing.append(impactPartner(inventory, pi));
        for (const PartnerImpact &pi : impact->atRisk)
            atRisk.append(impactPartner(inventory, pi));
        o.insert(QStringLiteral("losing"), losing);
        o.insert(QStringLiteral("at_risk"), atRisk);
        o.insert(QStringLiteral("unaffected"), impact->unaffected);
        o.insert(QStringLiteral("cleartext_only"), impact->cleartextOnly);
        o.insert(QStringLiteral("caveats"), texts(impact->caveats));
        root.insert(QStringLiteral("what_breaks_if"), o);
    }
    return root;
}

QByteArray logInventoryToJsonBytes(const QJsonObject &json)
{
    OrderedJsonWriter writer;
    writer.setKeyOrder(QString(), {"schema", "tool", "created_at", "filter", "files", "cancelled", "messages", "first", "last",
                                   "partners", "failures_by_cause", "hours", "what_breaks_if"});
    writer.setKeyOrder(QStringLiteral("tool"), {"name", "version"});
    writer.setKeyOrder(QStringLiteral("filter"), {"since", "until", "partner", "direction"});
    writer.setKeyOrder(QStringLiteral("files[]"), {"path", "format", "compression", "bytes", "lines", "parsed", "unparsed",
                                                   "skipped", "long_lines", "unparsed_examples", "error"});
    writer.setKeyOrder(QStringLiteral("partners[]"),
                       {"host", "address", "direction", "connections", "messages", "tls_messages", "tls_versions", "ciphers",
                        "verified", "cleartext", "fell_back_to_cleartext", "authenticated", "peer_dns", "snis", "first_seen", "last_seen",
                        "failures"});
    writer.setKeyOrder(QStringLiteral("partners[].failures[]"), {"cause", "finding", "count", "example", "where", "first", "last"});
    writer.setKeyOrder(QStringLiteral("failures_by_cause[]"), {"cause", "finding", "title", "meaning", "count", "partners"});
    writer.setKeyOrder(QStringLiteral("hours[]"), {"start", "tls_messages", "cleartext_messages", "tls_versions", "failures"});
    writer.setKeyOrder(QStringLiteral("what_breaks_if"),
                       {"change", "server", "error", "losing", "at_risk", "unaffected", "cleartext_only", "caveats"});
    return writer.write(json);
}

} // namespace mailtls::core
