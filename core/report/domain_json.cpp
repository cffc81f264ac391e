#include "report/domain_json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "report/json_report.h"
#include "report/json_values.h"
#include "report/ordered_json_writer.h"

namespace mailtls::core {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

QJsonObject lookupToJson(const DnsLookup &l)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), l.name);
    o.insert(QStringLiteral("type"), l.type);
    o.insert(QStringLiteral("answered"), l.answered);
    o.insert(QStringLiteral("rcode"), textOrNull(l.rcode));
    o.insert(QStringLiteral("dnssec"), dnssecStatusName(l.dnssec));
    o.insert(QStringLiteral("why_bogus"), textOrNull(l.whyBogus));
    o.insert(QStringLiteral("canonical_name"), textOrNull(l.canonicalName));
    o.insert(QStringLiteral("cname_chain"), strings(l.cnameChain));
    o.insert(QStringLiteral("records"), strings(l.records));
    o.insert(QStringLiteral("dropped_records"), l.droppedRecords);
    o.insert(QStringLiteral("ttl"), l.ttl);
    o.insert(QStringLiteral("elapsed_ms"), l.elapsedMs);
    o.insert(QStringLiteral("error"), textOrNull(l.error));
    return o;
}

DnsLookup lookupFromJson(const QJsonObject &o)
{
    DnsLookup l;
    l.name = o.value(QStringLiteral("name")).toString();
    l.type = o.value(QStringLiteral("type")).toString();
    l.answered = o.value(QStringLiteral("answered")).toBool();
    l.rcode = o.value(QStringLiteral("rcode")).toString();
    parseDnssecStatus(o.value(QStringLiteral("dnssec")).toString(), &l.dnssec);
    l.whyBogus = o.value(QStringLiteral("why_bogus")).toString();
    l.canonicalName = o.value(QStringLiteral("canonical_name")).toString();
    l.cnameChain = stringsOf(o.value(QStringLiteral("cname_chain")));
    l.records = stringsOf(o.value(QStringLiteral("records")));
    l.droppedRecords = o.value(QStringLiteral("dropped_records")).toInt();
    l.ttl = o.value(QStringLiteral("ttl")).toInt();
    l.elapsedMs = qint64(o.value(QStringLiteral("elapsed_ms")).toDouble());
    l.error = o.value(QStringLiteral("error")).toString();
    return l;
}

QJsonObject tlsaToJson(const TlsaRecord &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("usage"), t.usage);
    o.insert(QStringLiteral("selector"), t.selector);
    o.insert(QStringLiteral("matching_type"), t.matchingType);
    o.insert(QStringLiteral("data"), QString::fromLatin1(t.data.toHex().toUpper()));
    return o;
}

TlsaRecord tlsaFromJson(const QJsonObject &o)
{
    TlsaRecord t;
    t.usage = o.value(QStringLiteral("usage")).toInt(-1);
    t.selector = o.value(QStringLiteral("selector")).toInt(-1);
    t.matchingType = o.value(QStringLiteral("matching_type")).toInt(-1);
    t.data = QByteArray::fromHex(o.value(QStringLiteral("data")).toString().toLatin1());
    return t;
}

QJsonArray chainToJson(const CertificateChain &chain)
{
    QJsonArray a;
    for (const Certificate &c : chain)
        a.append(QString::fromLatin1(c.toPem()));
    return a;
}

CertificateChain chainFromJson(const QJsonValue &v)
{
    CertificateChain chain;
    for (const QJsonValue &e : v.toArray()) {
        const QList<Certificate> parsed = Certificate::listFromPem(e.toString().toLatin1());
        if (!parsed.isEmpty())
            chain << parsed.first();
    }
    return chain;
}

QJsonValue errorKindOrNull(ErrorKind kind)
{
    return kind == ErrorKind::None ? QJsonValue(QJsonValue::Null) : QJsonValue(errorKindName(kind));
}

QJsonObject hostToJson(const MxHost &h)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), h.name);
    o.insert(QStringLiteral("preference"), h.preference);
    o.insert(QStringLiteral("implicit"), h.implicit);
    o.insert(QStringLiteral("checked"), h.checked);
    o.insert(QStringLiteral("a"), lookupToJson(h.a));
    o.insert(QStringLiteral("aaaa"), lookupToJson(h.aaaa));
    o.insert(QStringLiteral("addresses"), strings(h.addresses));
    o.insert(QStringLiteral("addresses_not_checked"), h.addressesNotChecked);
    o.insert(QStringLiteral("tlsa"), lookupToJson(h.tlsa));
    QJsonArray records;
    for (const TlsaRecord &t : h.tlsaRecords)
        records.append(tlsaToJson(t));
    o.insert(QStringLiteral("tlsa_records"), records);
    o.insert(QStringLiteral("tlsa_unparsed"), strings(h.tlsaUnparsed));
    return o;
}

MxHost hostFromJson(const QJsonObject &o)
{
    MxHost h;
    h.name = o.value(QStringLiteral("name")).toString();
    h.preference = o.value(QStringLiteral("preference")).toInt();
    h.implicit = o.value(QStringLiteral("implicit")).toBool();
    h.checked = o.value(QStringLiteral("checked")).toBool(true);
    h.a = lookupFromJson(o.value(QStringLiteral("a")).toObject());
    h.aaaa = lookupFromJson(o.value(QStringLiteral("aaaa")).toObject());
    h.addresses = stringsOf(o.value(QStringLiteral("addresses")));
    h.addressesNotChecked = o.value(QStringLiteral("addresses_not_checked")).toInt();
    h.tlsa = lookupFromJson(o.value(QStringLiteral("tlsa")).toObject());
    for (const QJsonValue &t : o.value(QStringLiteral("tlsa_records")).toArray())
        h.tlsaRecords << tlsaFromJson(t.toObject());
    h.tlsaUnparsed = stringsOf(o.value(QStringLiteral("tlsa_unparsed")));
    return h;
}

QJsonObject daneToJson(const DaneVerification &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("attempted"), d.attempted);
    o.insert(QStringLiteral("verified"), d.verified);
    o.insert(QStringLiteral("matched_record"), d.matchedRecord);
    o.insert(QStringLiteral("matched_depth"), d.matchedDepth);
    o.insert(QStringLiteral("error"), textOrNull(d.error));
    QJsonArray depths;
    for (int depth : d.recordDepths)
        depths.append(depth);
    o.insert(QStringLiteral("record_depths"), depths);
    return o;
}

DaneVerification daneFromJson(const QJsonObject &o)
{
    DaneVerification d;
    d.attempted = o.value(QStringLiteral("attempted")).toBool();
    d.verified = o.value(QStringLiteral("verified")).toBool();
    d.matchedRecord = o.value(QStringLiteral("matched_record")).toInt(-1);
    d.matchedDepth = o.value(QStringLiteral("matched_depth")).toInt(-1);
    d.error = o.value(QStringLiteral("error")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("record_depths")).toArray())
        d.recordDepths << v.toInt(-1);
    return d;
}

QJsonObject fetchToJson(const StsPolicyFetch &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("attempted"), f.attempted);
    o.insert(QStringLiteral("url"), textOrNull(f.url));
    o.insert(QStringLiteral("host"), textOrNull(f.host));
    o.insert(QStringLiteral("address"), textOrNull(f.address));
    o.insert(QStringLiteral("host_a"), lookupToJson(f.hostA));
    o.insert(QStringLiteral("host_aaaa"), lookupToJson(f.hostAaaa));
    o.insert(QStringLiteral("http_status"), f.httpStatus ? QJsonValue(f.httpStatus) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("content_type"), textOrNull(f.contentType));
    o.insert(QStringLiteral("redirect_location"), textOrNull(f.redirectLocation));
    o.insert(QStringLiteral("body_bytes"), double(f.bodyBytes));
    o.insert(QStringLiteral("body_too_large"), f.bodyTooLarge);
    o.insert(QStringLiteral("body"), textOrNull(QString::fromUtf8(f.body)));
    o.insert(QStringLiteral("certificate_valid"), f.certificateValid);
    o.insert(QStringLiteral("certificate_error"), textOrNull(f.certificateError));
    o.insert(QStringLiteral("chain"), chainToJson(f.chain));
    o.insert(QStringLiteral("error_kind"), errorKindOrNull(f.errorKind));
    o.insert(QStringLiteral("error"), textOrNull(f.error));
    o.insert(QStringLiteral("elapsed_ms"), double(f.elapsedMs));
    return o;
}

StsPolicyFetch fetchFromJson(const QJsonObject &o)
{
    StsPolicyFetch f;
    f.attempted = o.value(QStringLiteral("attempted")).toBool();
    f.url = o.value(QStringLiteral("url")).toString();
    f.host = o.value(QStringLiteral("host")).toString();
    f.address = o.value(QStringLiteral("address")).toString();
    f.hostA = lookupFromJson(o.value(QStringLiteral("host_a")).toObject());
    f.hostAaaa = lookupFromJson(o.value(QStringLiteral("host_aaaa")).toObject());
    f.httpStatus = o.value(QStringLiteral("http_status")).toInt();
    f.contentType = o.value(QStringLiteral("content_type")).toString();
    f.redirectLocation = o.value(QStringLiteral("redirect_location")).toString();
    f.bodyBytes = qint64(o.value(QStringLiteral("body_bytes")).toDouble());
    f.bodyTooLarge = o.value(QStringLiteral("body_too_large")).toBool();
    f.body = o.value(QStringLiteral("body")).toString().toUtf8();
    f.certificateValid = o.value(QStringLiteral("certificate_valid")).toBool();
    f.certificateError = o.value(QStringLiteral("certificate_error")).toString();
    f.chain = chainFromJson(o.value(QStringLiteral("chain")));
    parseErrorKind(o.value(QStringLiteral("error_kind")).toString(), &f.errorKind);
    f.error = o.value(QStringLiteral("error")).toString();
    f.elapsedMs = qint64(o.value(QStringLiteral("elapsed_ms")).toDouble());
    return f;
}

QJsonObject stsToJson(const StsFacts &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("txt"), lookupToJson(s.txt));
    QJsonArray records;
    for (const StsTxtRecord &r : s.records) {
        QJsonObject e;
        e.insert(QStringLiteral("is_sts"), r.isSts);
        e.insert(QStringLiteral("id"), textOrNull(r.id));
        e.insert(QStringLiteral("problems"), strings(r.problems));
        records.append(e);
    }
    o.insert(QStringLiteral("records"), records);
    o.insert(QStringLiteral("fetch"), fetchToJson(s.fetch));
    if (s.policyParsed) {
        QJsonObject p;
        p.insert(QStringLiteral("version"), textOrNull(s.policy.version));
        p.insert(QStringLiteral("mode"), textOrNull(s.policy.mode));
        p.insert(QStringLiteral("max_age"), s.policy.maxAge >= 0 ? QJsonValue(double(s.policy.maxAge)) : QJsonValue(QJsonValue::Null));
        p.insert(QStringLiteral("mx"), strings(s.policy.mx));
        p.insert(QStringLiteral("problems"), strings(s.policy.problems));
        p.insert(QStringLiteral("unknown_keys"), strings(s.policy.unknownKeys));
        o.insert(QStringLiteral("policy"), p);
    } else {
        o.insert(QStringLiteral("policy"), QJsonValue::Null);
    }
    return o;
}

StsFacts stsFromJson(const QJsonObject &o)
{
    StsFacts s;
    s.txt = lookupFromJson(o.value(QStringLiteral("txt")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("records")).toArray()) {
        const QJsonObject e = v.toObject();
        StsTxtRecord r;
        r.isSts = e.value(QStringLiteral("is_sts")).toBool();
        r.id = e.value(QStringLiteral("id")).toString();
        r.problems = stringsOf(e.value(QStringLiteral("problems")));
        s.records << r;
    }
    s.fetch = fetchFromJson(o.value(QStringLiteral("fetch")).toObject());
    const QJsonValue policy = o.value(QStringLiteral("policy"));
    s.policyParsed = policy.isObject();
    if (s.policyParsed) {
        const QJsonObject p = policy.toObject();
        s.policy.version = p.value(QStringLiteral("version")).toString();
        s.policy.mode = p.value(QStringLiteral("mode")).toString();
        s.policy.maxAge = p.value(QStringLiteral("max_age")).isDouble() ? qint64(p.value(QStringLiteral("max_age")).toDouble()) : -1;
        s.policy.mx = stringsOf(p.value(QStringLiteral("mx")));
        s.policy.problems = stringsOf(p.value(QStringLiteral("problems")));
        s.policy.unknownKeys = stringsOf(p.value(QStringLiteral("unknown_keys")));
    }
    return s;
}

QJsonObject tlsRptToJson(const TlsRptFacts &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("txt"), lookupToJson(t.txt));
    QJsonArray records;
    for (const TlsRptRecord &r : t.records) {
        QJsonObject e;
        e.insert(QStringLiteral("is_tlsrpt"), r.isTlsRpt);
        e.insert(QStringLiteral("rua"), strings(r.rua));
        e.insert(QStringLiteral("problems"), strings(r.problems));
        records.append(e);
    }
    o.insert(QStringLiteral("records"), records);
    return o;
}

TlsRptFacts tlsRptFromJson(const QJsonObject &o)
{
    TlsRptFacts t;
    t.txt = lookupFromJson(o.value(QStringLiteral("txt")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("records")).toArray()) {
        const QJsonObject e = v.toObject();
        TlsRptRecord r;
        r.isTlsRpt = e.value(QStringLiteral("is_tlsrpt")).toBool();
        r.rua = stringsOf(e.value(QStringLiteral("rua")));
        r.problems = stringsOf(e.value(QStringLiteral("problems")));
        t.records << r;
    }
    return t;
}

const std::initializer_list<const char *> kLookupKeys = {
    "name", "type", "answered", "rcode", "dnssec", "why_bogus", "canonical_name", "cname_chain",
    "records", "dropped_records", "ttl", "elapsed_ms", "error"};

OrderedJsonWriter makeWriter()
{
    OrderedJsonWriter w;
    w.setKeyOrder(QString(), {"schema", "tool", "started_at", "duration_ms", "domain", "resolver", "trust_anchor",
                              "outcome", "verdicts", "findings", "mx", "hosts", "sessions_skipped", "addresses",
                              "mta_sts", "tls_rpt"});
    w.setKeyOrder(QStringLiteral("tool"), {"name", "version"});
    w.setKeyOrder(QStringLiteral("outcome"), {"error_kind", "error"});
    w.setKeyOrder(QStringLiteral("verdicts[]"), {"sender", "verdict", "line", "fix", "finding_ids"});
    w.setKeyOrder(QStringLiteral("findings[]"), {"id", "severity", "title", "detail", "evidence", "fix", "phrases"});
    w.setKeyOrder(QStringLiteral("findings[].fix"), {"exim", "postfix", "dns"});
    w.setKeyOrder(QStringLiteral("findings[].phrases"), {"title", "detail"});
    w.setKeyOrder(QStringLiteral("mx"), {"lookup", "null_mx", "implicit"});
    w.setKeyOrder(QStringLiteral("hosts[]"), {"name", "preference", "implicit", "checked", "a", "aaaa", "addresses",
                                              "addresses_not_checked", "tlsa", "tlsa_records", "tlsa_unparsed"});
    w.setKeyOrder(QStringLiteral("hosts[].tlsa_records[]"), {"usage", "selector", "matching_type", "data"});
    w.setKeyOrder(QStringLiteral("addresses[]"), {"mx", "address", "name_matches", "chain_trusted", "dane", "session"});
    w.setKeyOrder(QStringLiteral("addresses[].dane"),
                  {"attempted", "verified", "matched_record", "matched_depth", "error", "record_depths"});
    w.setKeyOrder(QStringLiteral("mta_sts"), {"txt", "records", "fetch", "policy"});
    w.setKeyOrder(QStringLiteral("mta_sts.records[]"), {"is_sts", "id", "problems"});
    w.setKeyOrder(QStringLiteral("mta_sts.fetch"),
                  {"attempted", "url", "host", "address", "host_a", "host_aaaa", "http_status", "content_type",
                   "redirect_location", "body_bytes", "body_too_large", "body", "certificate_valid",
                   "certificate_error", "chain", "error_kind", "error", "elapsed_ms"});
    w.setKeyOrder(QStringLiteral("mta_sts.policy"), {"version", "mode", "max_age", "mx", "problems", "unknown_keys"});
    w.setKeyOrder(QStringLiteral("tls_rpt"), {"txt", "records"});
    w.setKeyOrder(QStringLiteral("tls_rpt.records[]"), {"is_tlsrpt", "rua", "problems"});
    for (const char *path : {"mx.lookup", "hosts[].a", "hosts[].aaaa", "hosts[].tlsa", "mta_sts.txt",
                             "mta_sts.fetch.host_a", "mta_sts.fetch.host_aaaa", "tls_rpt.txt"})
        w.setKeyOrder(QLatin1String(path), kLookupKeys);
    addReportKeyOrders(&w, QStringLiteral("addresses[].session"));
    return w;
}

} // namespace

QJsonObject domainReportToJson(const DomainReport &r)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), r.schema);
    QJsonObject tool;
    tool.insert(QStringLiteral("name"), QStringLiteral("mailtls"));
    tool.insert(QStringLiteral("version"), r.toolVersion);
    root.insert(QStringLiteral("tool"), tool);
    root.insert(QStringLiteral("started_at"), dateOrNull(r.startedAt));
    root.insert(QStringLiteral("duration_ms"), double(r.durationMs));
    root.insert(QStringLiteral("domain"), r.domain);
    root.insert(QStringLiteral("resolver"), textOrNull(r.resolver));
    root.insert(QStringLiteral("trust_anchor"), textOrNull(r.trustAnchor));
    QJsonObject outcome;
    outcome.insert(QStringLiteral("error_kind"), errorKindOrNull(r.errorKind));
    outcome.insert(QStringLiteral("error"), textOrNull(r.error));
    root.insert(QStringLiteral("outcome"), outcome);
    QJsonArray verdicts;
    for (const SenderVerdict &v : r.verdicts) {
        QJsonObject o;
        o.insert(QStringLiteral("sender"), v.sender);
        o.insert(QStringLiteral("verdict"), deliveryVerdictName(v.verdict));
        o.insert(QStringLiteral("line"), v.line);
        o.insert(QStringLiteral("fix"), textOrNull(v.fix));
        o.insert(QStringLiteral("finding_ids"), strings(v.findingIds));
        verdicts.append(o);
    }
    root.insert(QStringLiteral("verdicts"), verdicts);
    root.insert(QStringLiteral("findings"), findingsToJson(r.findings));
    QJsonObject mx;
    mx.insert(QStringLiteral("lookup"), lookupToJson(r.mx));
    mx.insert(QStringLiteral("null_mx"), r.nullMx);
    mx.insert(QStringLiteral("implicit"), r.implicitMx);
    root.insert(QStringLiteral("mx"), mx);
    QJsonArray hosts;
    for (const MxHost &h : r.hosts)
        hosts.append(hostToJson(h));
    root.insert(QStringLiteral("hosts"), hosts);
    root.insert(QStringLiteral("sessions_skipped"), r.sessionsSkipped);
    QJsonArray addresses;
    for (const MxAddressCheck &a : r.addresses) {
        QJsonObject o;
        o.insert(QStringLiteral("mx"), a.mx);
        o.insert(QStringLiteral("address"), a.address);
        o.insert(QStringLiteral("name_matches"), a.nameMatches);
        o.insert(QStringLiteral("chain_trusted"), a.chainTrusted);
        o.insert(QStringLiteral("dane"), daneToJson(a.dane));
        o.insert(QStringLiteral("session"), reportToJson(a.session));
        addresses.append(o);
    }
    root.insert(QStringLiteral("addresses"), addresses);
    root.insert(QStringLiteral("mta_sts"), stsToJson(r.sts));
    root.insert(QStringLiteral("tls_rpt"), tlsRptToJson(r.tlsRpt));
    return root;
}

QByteArray domainReportToJsonBytes(const DomainReport &report)
{
    static const OrderedJsonWriter writer = makeWriter();
    return writer.write(domainReportToJson(report));
}

bool domainReportFromJson(const QJsonObject &root, DomainReport *out, Error *error)
{
    const QString schema = root.value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(kDomainReportSchema))
        return fail(error, ErrorKind::BadFormat,
                    schema.isEmpty() ? phrase("Errors", "not a domain report (no \"schema\")")
                                     : phrase("Errors", "not a domain report: schema \"%1\"").arg(schema.left(80)));
    DomainReport r;
    r.toolVersion = root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")).toString();
    r.startedAt = QDateTime::fromString(root.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    r.durationMs = qint64(root.value(QStringLiteral("duration_ms")).toDouble());
    r.domain = root.value(QStringLiteral("domain")).toString();
    r.resolver = root.value(QStringLiteral("resolver")).toString();
    r.trustAnchor = root.value(QStringLiteral("trust_anchor")).toString();
    const QJsonObject outcome = root.value(QStringLiteral("outcome")).toObject();
    parseErrorKind(outcome.value(QStringLiteral("error_kind")).toString(), &r.errorKind);
    r.error = outcome.value(QStringLiteral("error")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject o = v.toObject();
        SenderVerdict s;
        s.sender = o.value(QStringLiteral("sender")).toString();
        parseDeliveryVerdict(o.value(QStringLiteral("verdict")).toString(), &s.verdict);
        s.line = o.value(QStringLiteral("line")).toString();
        s.fix = o.value(QStringLiteral("fix")).toString();
        s.findingIds = stringsOf(o.value(QStringLiteral("finding_ids")));
        r.verdicts << s;
    }
    QString why;
    if (!findingsFromJson(root.value(QStringLiteral("findings")).toArray(), &r.findings, &why))
        return fail(error, ErrorKind::BadFormat, why);
    const QJsonObject mx = root.value(QStringLiteral("mx")).toObject();
    r.mx = lookupFromJson(mx.value(QStringLiteral("lookup")).toObject());
    r.nullMx = mx.value(QStringLiteral("null_mx")).toBool();
    r.implicitMx = mx.value(QStringLiteral("implicit")).toBool();
    for (const QJsonValue &v : root.value(QStringLiteral("hosts")).toArray())
        r.hosts << hostFromJson(v.toObject());
    r.sessionsSkipped = root.value(QStringLiteral("sessions_skipped")).toBool();
    const QJsonArray addresses = root.value(QStringLiteral("addresses")).toArray();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QJsonObject o = addresses.at(i).toObject();
        MxAddressCheck a;
        a.mx = o.value(QStringLiteral("mx")).toString();
        a.address = o.value(QStringLiteral("address")).toString();
        a.nameMatches = o.value(QStringLiteral("name_matches")).toBool();
        a.chainTrusted = o.value(QStringLiteral("chain_trusted")).toBool();
        a.dane = daneFromJson(o.value(QStringLiteral("dane")).toObject());
        Error sessionError;
        if (!reportFromJson(QJsonDocument(o.value(QStringLiteral("session")).toObject()).toJson(QJsonDocument::Compact),
                            &a.session, &sessionError))
            return fail(error, ErrorKind::BadFormat,
                        phrase("Errors", "addresses[%1].session: %2").arg(i).arg(messageOf(sessionError)));
        r.addresses << a;
    }
    r.sts = stsFromJson(root.value(QStringLiteral("mta_sts")).toObject());
    r.tlsRpt = tlsRptFromJson(root.value(QStringLiteral("tls_rpt")).toObject());
    *out = r;
    return true;
}

bool domainReportFromJsonBytes(const QByteArray &json, DomainReport *out, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(error, ErrorKind::BadFormat,
                    doc.isNull() ? phrase("Errors", "not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                                 : phrase("Errors", "not a domain report: the top level is not an object"));
    return domainReportFromJson(doc.object(), out, error);
}

} // namespace mailtls::core
