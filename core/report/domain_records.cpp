#include "report/domain_records.h"

#include "base/display_text.h"
#include "base/limits.h"
#include "report/ordered_json_writer.h"

#include <QJsonArray>
#include <QUrl>

namespace mailtls::core {

namespace {

// RFC 1035 §3.3: one character-string of a TXT record holds at most 255 octets; a longer text
// is written as several strings, which readers join (RFC 7208 §3.3 style, RFC 8461 §3.1).
constexpr int kTxtStringBytes = 255;

bool usage(Error *error, const Phrase &message)
{
    return fail(error, ErrorKind::Usage, message);
}

// A host name as the records write it: lower case, no trailing dot, ACE for non-ASCII labels;
// letters, digits and hyphens, labels of 1-63 characters, at most 253 in all, two labels or more.
bool normaliseHostName(const QString &text, const QString &what, QString *out, Error *error)
{
    QString name = text.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    bool ascii = true;
    for (QChar c : name)
        ascii = ascii && c.unicode() <= 0x7f;
    if (!ascii)
        name = QString::fromLatin1(QUrl::toAce(name));
    const QString quoted = escapeControls(text.left(limits::kQuotedChars));
    if (name.isEmpty() || name.size() > 253)
        return usage(error, phrase("Errors", "%1 \"%2\" is not a host name").arg(what, quoted));
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return usage(error, phrase("Errors", "%1 \"%2\" is not a fully qualified host name").arg(what, quoted));
    for (const QString &label : labels) {
        bool ok = !label.isEmpty() && label.size() <= 63 && !label.startsWith(QLatin1Char('-'))
               && !label.endsWith(QLatin1Char('-'));
        for (QChar c : label)
            ok = ok && ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                        || c == QLatin1Char('-'));
        if (!ok)
            return usage(error, phrase("Errors", "%1 \"%2\" is not a host name (label \"%3\")")
                                    .arg(what, quoted, escapeControls(label.left(limits::kQuotedChars))));
    }
    *out = name;
    return true;
}

// RFC 8460 §3: rua= is a comma-separated list of mailto: or https: URIs.
bool checkRua(const QString &uri, Error *error)
{
    const QString quoted = escapeControls(uri.left(limits::kQuotedChars));
    const bool mailto = uri.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
    const bool https = uri.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
    if (!mailto && !https)
        return usage(error, phrase("Errors", "--rua \"%1\" must be a mailto: or https: URI (RFC 8460)").arg(quoted));
    for (QChar c : uri) {
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('"')
            || c == QLatin1Char('\\') || c.isSpace() || c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return usage(error, phrase("Errors", "--rua \"%1\": percent-encode '%2' (commas and semicolons separate "
                                               "the record's parts; the record is ASCII)")
                                    .arg(quoted, escapeControls(QString(c))));
    }
    if (mailto) {
        const QString address = uri.mid(7);
        const int at = address.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == address.size() - 1)
            return usage(error, phrase("Errors", "--rua \"%1\" is not a mailto: address").arg(quoted));
    } else if (uri.size() <= 8 || !uri.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        return usage(error, phrase("Errors", "--rua \"%1\" is not an https:// URL").arg(quoted));
    }
    return true;
}

// A TXT record's data: the text in quoted strings of at most 255 bytes.
QString txtData(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QStringList parts;
    for (qsizetype i = 0; i < bytes.size() || parts.isEmpty(); i += kTxtStringBytes) {
        QString part = QString::fromUtf8(bytes.mid(i, kTxtStringBytes));
        part.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        part.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        parts << QLatin1Char('"') + part + QLatin1Char('"');
    }
    return parts.join(QLatin1Char(' '));
}

// Text from a file (a subject, a file name) in a zone comment: one line, no control characters.
QString commentText(const QString &text)
{
    return escapeControls(text);
}

QString roleName(const PublishedTlsa &g)
{
    return g.next ? QStringLiteral("next") : QStringLiteral("current");
}

QString tlsaComment(const PublishedTlsa &g)
{
    QString text = QStringLiteral("%1: %2 (%3)").arg(roleName(g), g.what, g.source);
    if (!g.note.isEmpty())
        text += QStringLiteral("; ") + g.note;
    return commentText(text);
}

QString eximText()
{
    return QStringLiteral(
        "# Exim, sending: DANE (RFC 7672) towards every domain that publishes TLSA records.\n"
        "# - Exim needs DANE support compiled in (SUPPORT_DANE): 'exim -bV' lists \"DANE\" under\n"
        "#   \"Support for:\". Debian 12's exim4-daemon-heavy (4.96, GnuTLS with libgnutls-dane) has it.\n"
        "# - Exim does not validate DNSSEC itself: it trusts the AD bit of the resolver in\n"
        "#   /etc/resolv.conf, which must be a local validating resolver (unbound, ...). With glibc\n"
        "#   2.31 and later add \"options trust-ad\" there, or the AD bit never reaches Exim.\n"
        "\n"
        "# main section\n"
        "dns_dnssec_ok = 1\n"
        "# dnslookup router (Debian's configuration sets this already)\n"
        "dnssec_request_domains = *\n"
        "# remote_smtp transport: DANE where TLSA records are published, opportunistic TLS elsewhere\n"
        "hosts_try_dane = *\n"
        "# MX hosts of partners whose mail must never go without a DANE match (it waits instead):\n"
        "# hosts_require_dane = mx1.partner.example : mx2.partner.example\n"
        "\n"
        "# MTA-STS: Exim has no native MTA-STS support; it neither fetches nor applies a domain's\n"
        "# policy. Where verified TLS is needed without DANE, require it per partner by hand in the\n"
        "# transport: hosts_require_tls and tls_verify_hosts with the partner's MX hosts.\n");
}

QString postfixText()
{
    return QStringLiteral(
        "# Postfix main.cf, sending: DANE (RFC 7672) towards every domain that publishes TLSA records\n"
        "# (Postfix 2.11 and later). Like Exim it needs a local DNSSEC-validating resolver in\n"
        "# /etc/resolv.conf (with glibc 2.31 and later: \"options trust-ad\").\n"
        "smtp_dns_support_level = dnssec\n"
        "smtp_tls_security_level = dane\n"
        "# Partner domains whose mail must never go without a DANE match:\n"
        "#   smtp_tls_policy_maps = hash:/etc/postfix/tls_policy   (then: postmap /etc/postfix/tls_policy)\n"
        "#   /etc/postfix/tls_policy:   partner.example   dane-only\n"
        "\n"
        "# MTA-STS: Postfix has no native MTA-STS support either; it needs an external policy helper,\n"
        "# e.g. postfix-mta-sts-resolver (mta-sts-daemon), asked through a socketmap:\n"
        "#   smtp_tls_policy_maps = socketmap:inet:127.0.0.1:8461:postfix\n"
        "# What the helper answers for a domain overrides smtp_tls_security_level for it (DANE too).\n");
}

} // namespace

QString ZoneRecord::line() const
{
    return QStringLiteral("%1 IN %2 %3").arg(owner, type, data);
}

QString stsIdFor(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

bool buildDomainRecords(const DomainRecordsInput &input, DomainRecords *out, Error *error)
{
    DomainRecords r;
    if (!normaliseHostName(input.domain, QStringLiteral("--domain"), &r.domain, error))
        return false;
    for (const QString &mx : input.mxHosts) {
        QString name;
        if (!normaliseHostName(mx, QStringLiteral("--mx"), &name, error))
            return false;
        if (!r.mxHosts.contains(name))
            r.mxHosts << name;
    }
    if (r.mxHosts.isEmpty())
        return usage(error, phrase("Errors", "name the domain's MX hosts (--mx HOST, once per host)"));

    if (!input.stsMode.isEmpty()) {
        const QString mode = input.stsMode.trimmed().toLower();
        if (mode != QLatin1String("enforce") && mode != QLatin1String("testing") && mode != QLatin1String("none"))
            return usage(error, phrase("Errors", "--sts-mode \"%1\": enforce, testing or none")
                                    .arg(escapeControls(input.stsMode.left(limits::kQuotedChars))));
        if (input.stsMaxAge < 0 || input.stsMaxAge > kStsMaxAgeLimit)
            return usage(error, phrase("Errors", "--sts-max-age %1: from 0 to %2 seconds (RFC 8461)")
                                    .arg(input.stsMaxAge).arg(kStsMaxAgeLimit));
        QString id = input.stsId;
        if (id.isEmpty())
            id = stsIdFor(input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc());
        bool idOk = id.size() >= 1 && id.size() <= 32;
        for (QChar c : id)
            idOk = idOk && c.unicode() < 0x80 && c.isLetterOrNumber();
        if (!idOk)
            return usage(error, phrase("Errors", "--sts-id \"%1\": 1 to 32 letters and digits (RFC 8461)")
                                    .arg(escapeControls(id.left(limits::kQuotedChars))));
        r.hasSts = true;
        r.stsMode = mode;
        r.stsMaxAge = input.stsMaxAge;
        r.stsId = id;
        r.stsPolicyUrl = QStringLiteral("https://mta-sts.%1/.well-known/mta-sts.txt").arg(r.domain);
        r.stsPolicy = QStringLiteral("version: STSv1\r\nmode: %1\r\n").arg(mode);
        for (const QString &mx : std::as_const(r.mxHosts))
            r.stsPolicy += QStringLiteral("mx: %1\r\n").arg(mx);
        r.stsPolicy += QStringLiteral("max_age: %1\r\n").arg(r.stsMaxAge);
    }
    for (const QString &uri : input.rua) {
        if (!checkRua(uri, error))
            return false;
        r.rua << uri;
    }

    // TLSA, per MX.
    bool anyTlsa = false;
    bool anyNext = false;
    bool anyTa = false;
    for (const QString &mx : std::as_const(r.mxHosts)) {
        const QList<PublishedTlsa> records = input.tlsaPerMx.contains(mx) ? input.tlsaPerMx.value(mx) : input.tlsa;
        for (const PublishedTlsa &g : records) {
            ZoneRecord z;
            z.owner = QStringLiteral("_25._tcp.%1.").arg(mx);
            z.type = QStringLiteral("TLSA");
            z.data = g.record.text();
            z.comment = tlsaComment(g);
            z.mx = mx;
            z.hasTlsa = true;
            z.tlsa = g;
            r.zone << z;
            anyTlsa = true;
            anyNext = anyNext || g.next;
            anyTa = anyTa || g.record.usage == 2;
        }
    }
    if (r.hasSts) {
        ZoneRecord z;
        z.owner = QStringLiteral("_mta-sts.%1.").arg(r.domain);
        z.type = QStringLiteral("TXT");
        z.data = txtData(QStringLiteral("v=STSv1; id=%1").arg(r.stsId));
        z.comment = QStringLiteral("MTA-STS (RFC 8461): change id= whenever the policy file changes");
        r.zone << z;
    }
    if (!r.rua.isEmpty()) {
        ZoneRecord z;
        z.owner = QStringLiteral("_smtp._tls.%1.").arg(r.domain);
        z.type = QStringLiteral("TXT");
        z.data = txtData(QStringLiteral("v=TLSRPTv1; rua=%1").arg(r.rua.join(QLatin1Char(','))));
        z.comment = QStringLiteral("TLS-RPT (RFC 8460): where senders send their daily reports of TLS failures");
        r.zone << z;
    }

    // The zone text.
    QString zone = QStringLiteral("; %1: records for senders (mailtls records)\n").arg(r.domain);
    if (anyTlsa) {
        zone += QStringLiteral(";\n; DANE (RFC 7672): TLSA records for port 25 of each MX host, in the zone that holds\n"
                               "; the host. That zone (and the domain's, for the MX records) must be DNSSEC-signed:\n"
                               "; senders ignore TLSA records they cannot validate.\n");
    }
    QString lastMx;
    for (const ZoneRecord &z : std::as_const(r.zone)) {
        if (!z.hasTlsa)
            continue;
        if (z.mx != lastMx && !lastMx.isEmpty())
            zone += QLatin1Char('\n');
        lastMx = z.mx;
        zone += QStringLiteral("; %1\n%2\n").arg(z.comment, z.line());
    }
    if (anyNext) {
        zone += QStringLiteral(";\n; Key rollover (RFC 7671 §8.1): 1. publish the \"next\" records now, beside the current\n"
                               "; ones; 2. wait at least 2 x the TLSA records' TTL, then switch the server to the next\n"
                               "; key; 3. then remove the old records.\n");
    } else if (anyTlsa) {
        zone += QStringLiteral(";\n; Before a key change, publish the next key's record beside these and wait 2 x TTL\n"
                               "; (RFC 7671 §8.1; 'mailtls records --next-key FILE' writes it).\n");
    }
    for (const ZoneRecord &z : std::as_const(r.zone)) {
        if (z.hasTlsa)
            continue;
        zone += QStringLiteral("\n; %1\n%2\n").arg(z.comment, z.line());
    }
    r.zoneText = zone;
    r.exim = eximText();
    r.postfix = postfixText();

    if (!anyTlsa)
        r.notes << QStringLiteral("No TLSA records: %1.")
                       .arg(input.tlsaSkippedNote.isEmpty() ? QStringLiteral("no certificate or key was given")
                                                            : input.tlsaSkippedNote);
    if (anyTa)
        r.notes << QStringLiteral("A DANE-TA (2 1 1) record matches only while the server sends that CA certificate "
                                  "in its chain, and the leaf must name the MX host; 3 1 1 has neither condition.");
    if (r.hasSts) {
        r.notes << QStringLiteral("Serve the policy file at %1 (HTTPS, a certificate valid for mta-sts.%2, "
                                  "Content-Type text/plain, no redirects); the mx: lines must cover every MX host.")
                       .arg(r.stsPolicyUrl, r.domain);
        if (r.stsMode == QLatin1String("enforce"))
            r.notes << QStringLiteral("mode enforce: senders refuse to deliver to an MX host that is not in the policy "
                                      "or whose certificate does not verify; run in testing mode with TLS-RPT first.");
        else if (r.stsMode == QLatin1String("none"))
            r.notes << QStringLiteral("mode none withdraws a policy: keep serving it until every sender's cached "
                                      "policy (max_age) has expired, then remove the TXT record.");
    } else {
        r.notes << QStringLiteral("No MTA-STS records (no --sts-mode).");
    }
    if (r.rua.isEmpty())
        r.notes << QStringLiteral("No TLS-RPT record: name where reports go with --rua mailto:ADDRESS.");
    *out = r;
    return true;
}

QString domainRecordsText(const DomainRecords &records)
{
    QString text;
    text += QStringLiteral("== Zone lines (BIND)\n\n") + records.zoneText;
    if (records.hasSts) {
        QString policy = records.stsPolicy;
        policy.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text += QStringLiteral("\n== MTA-STS policy file, served at %1 (CRLF line ends)\n\n%2")
                    .arg(records.stsPolicyUrl, policy);
    }
    text += QStringLiteral("\n== Exim\n\n") + records.exim;
    text += QStringLiteral("\n== Postfix\n\n") + records.postfix;
    if (!records.notes.isEmpty()) {
        text += QStringLiteral("\n== Notes\n\n");
        for (const QString &note : records.notes)
            text += QStringLiteral("- %1\n").arg(note);
    }
    return text;
}

QJsonObject domainRecordsToJson(const DomainRecords &records, const QString &toolVersion, const QDateTime &createdAt)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QString::fromLatin1(kDomainRecordsSchema));
    root.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("mailtls")},
                                                    {QStringLiteral("version"), toolVersion}});
    const QDateTime created = createdAt.isValid() ? createdAt : QDateTime::currentDateTimeUtc();
    root.insert(QStringLiteral("created_at"), created.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("domain"), records.domain);
    root.insert(QStringLiteral("mx"), QJsonArray::fromStringList(records.mxHosts));

    QJsonArray tlsa;
    QJsonArray zone;
    for (const ZoneRecord &z : records.zone) {
        zone.append(QJsonObject{{QStringLiteral("owner"), z.owner},
                                {QStringLiteral("type"), z.type},
                                {QStringLiteral("data"), z.data},
                                {QStringLiteral("comment"), z.comment.isEmpty() ? QJsonValue() : QJsonValue(z.comment)},
                                {QStringLiteral("line"), z.line()}});
        if (!z.hasTlsa)
            continue;
        const PublishedTlsa &g = z.tlsa;
        tlsa.append(QJsonObject{{QStringLiteral("mx"), z.mx},
                                {QStringLiteral("owner"), z.owner},
                                {QStringLiteral("usage"), g.record.usage},
                                {QStringLiteral("selector"), g.record.selector},
                                {QStringLiteral("matching_type"), g.record.matchingType},
                                {QStringLiteral("data"), QString::fromLatin1(g.record.data.toHex().toUpper())},
                                {QStringLiteral("record"), g.record.text()},
                                {QStringLiteral("role"), roleName(g)},
                                {QStringLiteral("source"), g.source},
                                {QStringLiteral("what"), g.what},
                                {QStringLiteral("note"), g.note.isEmpty() ? QJsonValue() : QJsonValue(g.note)}});
    }
    root.insert(QStringLiteral("tlsa"), tlsa);
    if (records.hasSts) {
        root.insert(QStringLiteral("mta_sts"),
                    QJsonObject{{QStringLiteral("mode"), records.stsMode},
                                {QStringLiteral("max_age"), double(records.stsMaxAge)},
                                {QStringLiteral("id"), records.stsId},
                                {QStringLiteral("mx"), QJsonArray::fromStringList(records.mxHosts)},
                                {QStringLiteral("policy_url"), records.stsPolicyUrl},
                                {QStringLiteral("policy"), records.stsPolicy}});
    } else {
        root.insert(QStringLiteral("mta_sts"), QJsonValue());
    }
    root.insert(QStringLiteral("tls_rpt"), records.rua.isEmpty()
                                               ? QJsonValue()
                                               : QJsonValue(QJsonObject{{QStringLiteral("rua"), QJsonArray::fromStringList(records.rua)}}));
    root.insert(QStringLiteral("zone"), zone);
    root.insert(QStringLiteral("zone_text"), records.zoneText);
    root.insert(QStringLiteral("exim"), records.exim);
    root.insert(QStringLiteral("postfix"), records.postfix);
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(records.notes));
    return root;
}

QByteArray domainRecordsToJsonBytes(const QJsonObject &json)
{
    OrderedJsonWriter writer;
    writer.setKeyOrder(QString(), {"schema", "tool", "created_at", "domain", "mx", "tlsa", "mta_sts", "tls_rpt", "zone",
                                   "zone_text", "exim", "postfix", "notes"});
    writer.setKeyOrder(QStringLiteral("tool"), {"name", "version"});
    writer.setKeyOrder(QStringLiteral("tlsa[]"), {"mx", "owner", "usage", "selector", "matching_type", "data", "record",
                                                  "role", "source", "what", "note"});
    writer.setKeyOrder(QStringLiteral("mta_sts"), {"mode", "max_age", "id", "mx", "policy_url", "policy"});
    writer.setKeyOrder(QStringLiteral("tls_rpt"), {"rua"});
    writer.setKeyOrder(QStringLiteral("zone[]"), {"owner", "type", "data", "comment", "line"});
    return writer.write(json);
}

DomainRecordsInput domainRecordsInputFor(const DomainReport &report)
{
    DomainRecordsInput in;
    in.domain = report.domain;
    for (const MxHost &h : report.hosts) {
        if (!h.checked)
            continue;
        in.mxHosts << h.name;
        QList<PublishedTlsa> served;
        for (const MxAddressCheck &a : report.addresses) {
            if (a.mx != h.name || a.session.certificates.isEmpty())
                continue;
            const Certificate leaf = a.session.certificates.first();
            PublishedTlsa t;
            t.record.usage = 3;
            t.record.selector = 1;
            t.record.matchingType = 1;
            t.record.data = tlsaAssociationData(leaf, 1, 1);
            bool seen = t.record.data.isEmpty();
            for (const PublishedTlsa &other : std::as_const(served))
                seen = seen || other.record == t.record;
            if (seen)
                continue;
            t.source = QStringLiteral("served by %1").arg(a.address);
            t.what = QStringLiteral("leaf CN=%1").arg(leaf.commonName());
            served << t;
        }
        // Published records other than those: a DANE-TA record the chain matches stays, and
        // one matching nothing is kept as the next key's (dropping it would undo a rollover).
        for (int i = 0; i < h.tlsaRecords.size(); ++i) {
            const TlsaRecord &published = h.tlsaRecords.at(i);
            if (published.usage != 2 && published.usage != 3)
                continue;   // usages 0/1 are not for SMTP: not carried over
            bool known = false;
            for (const PublishedTlsa &other : std::as_const(served))
                known = known || other.record == published;
            if (known)
                continue;
            bool matched = false;
            for (const MxAddressCheck &a : report.addresses)
                matched = matched || (a.mx == h.name && a.dane.recordDepths.value(i, -1) >= 0);
            PublishedTlsa t;
            t.record = published;
            t.next = !matched;
            t.source = QStringLiteral("published now");
            t.what = matched ? QStringLiteral("matches the served chain")
                             : QStringLiteral("matches no served key: the next key's record, or a stale one");
            served << t;
        }
        if (!served.isEmpty())
            in.tlsaPerMx.insert(h.name, served);
    }
    if (in.tlsaPerMx.isEmpty())
        in.tlsaSkippedNote = report.sessionsSkipped ? QStringLiteral("no session ran (--no-sessions): no served key to publish")
                                                    : QStringLiteral("no MX address served a certificate");
    if (report.sts.policyParsed && report.sts.policy.problems.isEmpty()) {
        in.stsMode = report.sts.policy.mode;
        if (report.sts.policy.maxAge > 0 && report.sts.policy.maxAge <= kStsMaxAgeLimit)
            in.stsMaxAge = report.sts.policy.maxAge;
    }
    for (const TlsRptRecord &r : report.tlsRpt.records)
        if (r.isTlsRpt && r.problems.isEmpty())
            for (const QString &uri : r.rua)
                if (!in.rua.contains(uri))
                    in.rua << uri;
    return in;
}

} // namespace mailtls::core
