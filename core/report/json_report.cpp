#include "report/json_report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include "base/limits.h"
#include "base/read_file.h"
#include "report/json_values.h"
#include "report/ordered_json_writer.h"
#include "catalog/cipher_catalog.h"

namespace mailtls::core {

// Rules for the writer, so that readers (scripts, the GUI) can rely on them:
// - every key docs/CONTRACTS.md lists for an object is present; when it does not apply its
//   value is null (never an invented "" / 0 / false);
// - keys beyond that list (servername, starttls_reply, tls.established, ...) are omitted when
//   they carry nothing;
// - "tls" is null when no TLS was attempted, "smtp" is null when no SMTP was spoken.

namespace {

QJsonObject targetToJson(const Target &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("host"), t.host);
    o.insert(QStringLiteral("port"), int(t.port));
    o.insert(QStringLiteral("address"), textOrNull(t.address));
    o.insert(QStringLiteral("dialect"), textOrNull(t.dialect));
    o.insert(QStringLiteral("implicit_tls"), t.implicitTls);
    o.insert(QStringLiteral("sni"), textOrNull(t.sni));
    if (!t.servername.isEmpty())
        o.insert(QStringLiteral("servername"), t.servername);
    o.insert(QStringLiteral("proxy"), textOrNull(t.proxy));
    return o;
}

QJsonArray transcriptToJson(const QList<TranscriptLine> &lines)
{
    QJsonArray array;
    for (const TranscriptLine &line : lines) {
        QJsonObject o;
        o.insert(QStringLiteral("t_ms"), line.tMs);
        o.insert(QStringLiteral("dir"), lineDirectionCode(line.dir));
        o.insert(QStringLiteral("text"), line.text);
        array.append(o);
    }
    return array;
}

bool smtpWasSpoken(const Report &r)
{
    const SmtpFacts &s = r.smtp;
    return !s.banner.isEmpty() || !s.ehloBeforeTls.isEmpty() || !s.ehloAfterTls.isEmpty()
        || s.starttlsOffered || !s.starttlsReply.isEmpty() || !s.authBeforeTls.isEmpty()
        || !s.authAfterTls.isEmpty();
}

QJsonValue smtpToJson(const Report &r)
{
    if (!smtpWasSpoken(r))
        return QJsonValue::Null;
    const SmtpFacts &s = r.smtp;
    // The EHLO after TLS only exists once TLS is up; before that it is "not applicable", not [].
    const bool afterTls = r.tls.established || !s.ehloAfterTls.isEmpty();
    QJsonObject o;
    o.insert(QStringLiteral("banner"), textOrNull(s.banner));
    o.insert(QStringLiteral("ehlo_before_tls"), QJsonArray::fromStringList(s.ehloBeforeTls));
    o.insert(QStringLiteral("ehlo_after_tls"),
             afterTls ? QJsonValue(QJsonArray::fromStringList(s.ehloAfterTls)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("starttls_offered"), s.starttlsOffered);
    o.insert(QStringLiteral("auth_before_tls"), QJsonArray::fromStringList(s.authBeforeTls));
    o.insert(QStringLiteral("auth_after_tls"),
             afterTls ? QJsonValue(QJsonArray::fromStringList(s.authAfterTls)) : QJsonValue(QJsonValue::Null));
    if (!s.starttlsReply.isEmpty()) {
        o.insert(QStringLiteral("starttls_reply"), s.starttlsReply);
        o.insert(QStringLiteral("starttls_accepted"), s.starttlsAccepted);
        if (s.bytesAfterStarttls > 0)
            o.insert(QStringLiteral("bytes_after_starttls"), s.bytesAfterStarttls);
    }
    return o;
}

QJsonArray handshakeToJson(const QList<HandshakeMessage> &messages)
{
    QJsonArray array;
    for (const HandshakeMessage &m : messages) {
        QJsonObject o;
        o.insert(QStringLiteral("t_ms"), m.tMs);
        o.insert(QStringLiteral("dir"), m.dir);
        o.insert(QStringLiteral("type"), m.type);
        o.insert(QStringLiteral("length"), m.length);
        o.insert(QStringLiteral("summary"), textOrNull(m.summary));
        if (m.contentType != 0)
            o.insert(QStringLiteral("content_type"), m.contentType);
        if (m.handshakeType >= 0)
            o.insert(QStringLiteral("handshake_type"), m.handshakeType);
        if (!m.raw.isEmpty())
            o.insert(QStringLiteral("hex"), QString::fromLatin1(m.raw.toHex()));
        array.append(o);
    }
    return array;
}

QJsonValue tlsToJson(const TlsFacts &t)
{
    if (!t.attempted)
        return QJsonValue::Null;
    QJsonObject o;
    o.insert(QStringLiteral("attempted"), true);
    o.insert(QStringLiteral("established"), t.established);
    o.insert(QStringLiteral("version"), textOrNull(t.version));
    if (t.established && (t.cipher.code != 0 || !t.cipher.openssl.isEmpty())) {
        QJsonObject c;
        c.insert(QStringLiteral("code"), t.cipher.codeHex());
        c.insert(QStringLiteral("iana"), textOrNull(t.cipher.iana));
        c.insert(QStringLiteral("openssl"), textOrNull(t.cipher.openssl));
        o.insert(QStringLiteral("cipher"), c);
    } else {
        o.insert(QStringLiteral("cipher"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("group"), textOrNull(t.group));
    if (!t.tempKeyType.isEmpty()) {
        QJsonObject k;
        k.insert(QStringLiteral("type"), t.tempKeyType);
        k.insert(QStringLiteral("bits"), positiveOrNull(t.tempKeyBits));
        o.insert(QStringLiteral("temp_key"), k);
    } else {
        o.insert(QStringLiteral("temp_key"), QJsonValue::Null);
    }
    if (!t.peerSignatureType.isEmpty()) {
        QJsonObject s;
        s.insert(QStringLiteral("type"), t.peerSignatureType);
        s.insert(QStringLiteral("digest"), textOrNull(t.peerSignatureDigest));   // none for Ed25519
        o.insert(QStringLiteral("peer_signature"), s);
    } else {
        o.insert(QStringLiteral("peer_signature"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("compression"), textOrNull(t.compression));
    if (t.verifyCode >= 0) {
        QJsonObject v;
        v.insert(QStringLiteral("ok"), t.verifyOk);
        v.insert(QStringLiteral("code"), qint64(t.verifyCode));
        v.insert(QStringLiteral("message"), textOrNull(t.verifyMessage));
        o.insert(QStringLiteral("verify"), v);
    } else {
        o.insert(QStringLiteral("verify"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("security_level"), t.securityLevel);
    if (!t.alert.isEmpty()) {
        o.insert(QStringLiteral("alert"), t.alert);
        if (!t.alertDirection.isEmpty())
            o.insert(QStringLiteral("alert_direction"), t.alertDirection);
    }
    if (!t.error.isEmpty())
        o.insert(QStringLiteral("error"), t.error);
    o.insert(QStringLiteral("client_certificate_requested"), t.clientCertificateRequested);
    o.insert(QStringLiteral("client_certificate_sent"), t.clientCertificateSent);
    if (t.sessionReused)
        o.insert(QStringLiteral("session_reused"), true);
    if (t.attempted)
        o.insert(QStringLiteral("server_bytes"), double(t.serverBytes));
    return o;
}

QJsonObject certificateToJson(const Certificate &c, int position)
{
    QJsonObject o;
    o.insert(QStringLiteral("position"), position);
    o.insert(QStringLiteral("subject"), c.subject());
    o.insert(QStringLiteral("issuer"), c.issuer());
    o.insert(QStringLiteral("serial"), c.serialHex());
    o.insert(QStringLiteral("not_before"), dateOrNull(c.notBefore(), Qt::ISODate));
    o.insert(QStringLiteral("not_after"), dateOrNull(c.notAfter(), Qt::ISODate));
    const KeyInfo key = c.key();
    QJsonObject k;
    k.insert(QStringLiteral("type"), textOrNull(key.type));
    k.insert(QStringLiteral("bits"), positiveOrNull(key.bits));
    if (!key.curve.isEmpty())
        k.insert(QStringLiteral("curve"), key.curve);   // EC only: an RSA key has no curve
    o.insert(QStringLiteral("key"), k);
    o.insert(QStringLiteral("signature_algorithm"), textOrNull(c.signatureAlgorithm()));
    o.insert(QStringLiteral("san"), QJsonArray::fromStringList(c.subjectAltNames()));
    o.insert(QStringLiteral("sha256"), c.sha256Fingerprint());
    o.insert(QStringLiteral("subject_hash"), textOrNull(c.subjectHash()));
    o.insert(QStringLiteral("self_signed"), c.isSelfSigned());
    o.insert(QStringLiteral("is_ca"), c.isCa());
    o.insert(QStringLiteral("pem"), QString::fromLatin1(c.toPem()));
    return o;
}

// A finding's text as the rule wrote it: {"context", "template", "values": [text | phrase]}, so a
// report read back is shown in the admin's language too (base/phrase.h). Null for plain text.
QJsonValue phraseToJson(const Phrase &p)
{
    if (!p.translatable())
        return QJsonValue::Null;
    QJsonObject o;
    o.insert(QStringLiteral("context"), QString::fromLatin1(p.context()));
    o.insert(QStringLiteral("template"), p.source());
    QJsonArray values;
    for (const Phrase &value : p.values())
        values.append(value.translatable() ? phraseToJson(value) : QJsonValue(value.english()));
    o.insert(QStringLiteral("values"), values);
    return o;
}

// A record's `phrases` object: its texts' phrases under their keys, or null when none of them
// was written as a phrase.
QJsonValue phrasesToJson(const QJsonObject &phrases)
{
    for (auto it = phrases.begin(); it != phrases.end(); ++it)
        if (!it.value().isNull())
            return phrases;
    return QJsonValue::Null;
}

// The contexts phrases are written in; a phrase read back keeps one of these literals.
const char *knownPhraseContext(const QString &name)
{
    static const char *const kContexts[] = {"Findings", "Explain", "Errors"};
    for (const char *context : kContexts)
        if (name == QLatin1String(context))
            return context;
    return nullptr;
}

// Bounded: a hostile file costs no more than limits::kPhraseDepth levels of
// limits::kPhraseValues values each. False for anything that is not a phrase we write.
bool phraseFromJson(const QJsonValue &value, int depth, Phrase *out)
{
    if (value.isString()) {
        *out = Phrase(value.toString());
        return true;
    }
    const QJsonObject o = value.toObject();
    const char *context = knownPhraseContext(o.value(QStringLiteral("context")).toString());
    const QString source = o.value(QStringLiteral("template")).toString();
    const QJsonArray values = o.value(QStringLiteral("values")).toArray();
    if (!value.isObject() || !context || source.isEmpty() || depth > limits::kPhraseDepth
        || values.size() > limits::kPhraseValues)
        return false;
    Phrase p(context, source.toUtf8().constData());
    for (const QJsonValue &v : values) {
        Phrase part;
        if (!phraseFromJson(v, depth + 1, &part))
            return false;
        p = p.arg(part);
    }
    *out = p;
    return true;
}

// Takes the phrase only when it says what the contract text says.
void readPhrase(const QJsonValue &value, const QString &english, Phrase *out)
{
    Phrase p;
    if (value.isObject() && phraseFromJson(value, 0, &p) && p.english() == english)
        *out = p;
}

QJsonObject findingToJson(const Finding &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), f.id);
    o.insert(QStringLiteral("severity"), severityName(f.severity));
    o.insert(QStringLiteral("title"), f.title);
    o.insert(QStringLiteral("detail"), textOrNull(f.detail));
    o.insert(QStringLiteral("evidence"), textOrNull(f.evidence));
    if (f.fixExim.isEmpty() && f.fixPostfix.isEmpty() && f.fixDns.isEmpty() && f.fixDovecot.isEmpty()) {
        o.insert(QStringLiteral("fix"), QJsonValue::Null);
    } else {
        QJsonObject fix;
        fix.insert(QStringLiteral("exim"), textOrNull(f.fixExim));
        fix.insert(QStringLiteral("postfix"), textOrNull(f.fixPostfix));
        if (!f.fixDns.isEmpty())   // domain findings only: session reports keep their two keys
            fix.insert(QStringLiteral("dns"), f.fixDns);
        if (!f.fixDovecot.isEmpty())   // IMAP/POP3/ManageSieve findings only
            fix.insert(QStringLiteral("dovecot"), f.fixDovecot);
        o.insert(QStringLiteral("fix"), fix);
    }
    o.insert(QStringLiteral("phrases"), phrasesToJson({{QStringLiteral("title"), phraseToJson(f.titlePhrase)},
                                                       {QStringLiteral("detail"), phraseToJson(f.detailPhrase)}}));
    return o;
}

QJsonObject outcomeToJson(const SessionOutcome &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("connected"), s.connected);
    o.insert(QStringLiteral("completed"), s.completed);
    o.insert(QStringLiteral("error_kind"), textOrNull(outcomeWord(s.errorKind)));
    // The exact kind under that word ("refused" and "resolve" are both "connect"), so that a
    // report read back tells them apart as the live one did.
    o.insert(QStringLiteral("error_reason"), s.errorKind == ErrorKind::None ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(errorKindName(s.errorKind)));
    o.insert(QStringLiteral("error"), textOrNull(s.error));
    if (s.refusal.isEmpty()) {
        o.insert(QStringLiteral("refusal"), QJsonValue::Null);
    } else {
        QJsonObject r;
        r.insert(QStringLiteral("step"), s.refusal.step);
        r.insert(QStringLiteral("reply"), s.refusal.reply);
        r.insert(QStringLiteral("cause"), textOrNull(s.refusal.cause));
        r.insert(QStringLiteral("hint"), textOrNull(s.refusal.hint));
        o.insert(QStringLiteral("refusal"), r);
    }
    // What `error` and the refusal's `hint` were filled from, as a finding's `phrases`: a saved
    // report that failed shows why in the admin's language when it is opened again.
    const auto phraseOf = [](const Phrase &p, const QString &english) {
        return english.isEmpty() || p.english() != english ? QJsonValue(QJsonValue::Null) : phraseToJson(p);
    };
    o.insert(QStringLiteral("phrases"), phrasesToJson({{QStringLiteral("error"), phraseOf(s.errorPhrase, s.error)},
                                                       {QStringLiteral("hint"), phraseOf(s.refusal.hintPhrase, s.refusal.hint)}}));
    return o;
}

// ---- reading ----

QStringList readStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

bool readTarget(const QJsonObject &o, Target *t, Phrase *error)
{
    t->host = o.value(QStringLiteral("host")).toString();
    const qint64 port = o.value(QStringLiteral("port")).toInteger(0);
    if (port < 0 || port > 65535) {
        *error = phrase("Errors", "target.port %1 is out of range").arg(port);
        return false;
    }
    t->port = quint16(port);
    t->address = o.value(QStringLiteral("address")).toString();
    t->dialect = o.value(QStringLiteral("dialect")).toString();
    t->implicitTls = o.value(QStringLiteral("implicit_tls")).toBool();
    t->sni = o.value(QStringLiteral("sni")).toString();
    t->servername = o.value(QStringLiteral("servername")).toString();
    t->proxy = o.value(QStringLiteral("proxy")).toString();
    return true;
}

void readSmtp(const QJsonObject &o, SmtpFacts *s)
{
    s->banner = o.value(QStringLiteral("banner")).toString();
    s->ehloBeforeTls = readStringList(o.value(QStringLiteral("ehlo_before_tls")));
    s->ehloAfterTls = readStringList(o.value(QStringLiteral("ehlo_after_tls")));
    s->starttlsOffered = o.value(QStringLiteral("starttls_offered")).toBool();
    s->authBeforeTls = readStringList(o.value(QStringLiteral("auth_before_tls")));
    s->authAfterTls = readStringList(o.value(QStringLiteral("auth_after_tls")));
    s->starttlsReply = o.value(QStringLiteral("starttls_reply")).toString();
    s->bytesAfterStarttls = o.value(QStringLiteral("bytes_after_starttls")).toInt();
    s->starttlsAccepted = o.value(QStringLiteral("starttls_accepted")).toBool();
}

bool readCipherCode(const QString &text, quint16 *code)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    bool ok = false;
    const uint value = digits.toUInt(&ok, 16);
    if (!ok || value > 0xFFFF)
        return false;
    *code = quint16(value);
    return true;
}

bool readTls(const QJsonObject &o, TlsFacts *t, Phrase *error)
{
    t->attempted = o.value(QStringLiteral("attempted")).toBool(true);
    t->established = o.value(QStringLiteral("established")).toBool();
    t->version = o.value(QStringLiteral("version")).toString();
    const QJsonObject cipher = o.value(QStringLiteral("cipher")).toObject();
    if (!cipher.isEmpty()) {
        const QString code = cipher.value(QStringLiteral("code")).toString();
        if (!code.isEmpty() && !readCipherCode(code, &t->cipher.code)) {
            *error = phrase("Errors", "tls.cipher.code \"%1\" is not a hex suite code").arg(code);
            return false;
        }
        t->cipher.iana = cipher.value(QStringLiteral("iana")).toString();
        t->cipher.openssl = cipher.value(QStringLiteral("openssl")).toString();
    }
    t->group = o.value(QStringLiteral("group")).toString();
    const QJsonObject tempKey = o.value(QStringLiteral("temp_key")).toObject();
    t->tempKeyType = tempKey.value(QStringLiteral("type")).toString();
    t->tempKeyBits = tempKey.value(QStringLiteral("bits")).toInt();
    const QJsonObject peerSig = o.value(QStringLiteral("peer_signature")).toObject();
    t->peerSignatureType = peerSig.value(QStringLiteral("type")).toString();
    t->peerSignatureDigest = peerSig.value(QStringLiteral("digest")).toString();
    t->compression = o.value(QStringLiteral("compression")).toString();
    const QJsonValue verify = o.value(QStringLiteral("verify"));
    if (verify.isObject()) {
        const QJsonObject v = verify.toObject();
        t->verifyOk = v.value(QStringLiteral("ok")).toBool();
        t->verifyCode = long(v.value(QStringLiteral("code")).toInteger(-1));
        t->verifyMessage = v.value(QStringLiteral("message")).toString();
    } else {
        t->verifyOk = false;
        t->verifyCode = -1;
        t->verifyMessage.clear();
    }
    t->securityLevel = o.value(QStringLiteral("security_level")).toInt();
    t->alert = o.value(QStringLiteral("alert")).toString();
    t->alertDirection = o.value(QStringLiteral("alert_direction")).toString();
    t->error = o.value(QStringLiteral("error")).toString();
    t->clientCertificateRequested = o.value(QStringLiteral("client_certificate_requested")).toBool();
    t->clientCertificateSent = o.value(QStringLiteral("client_certificate_sent")).toBool();
    t->sessionReused = o.value(QStringLiteral("session_reused")).toBool();
    t->serverBytes = qint64(o.value(QStringLiteral("server_bytes")).toDouble());
    return true;
}

// ---- scan section (docs/CONTRACTS.md); SSLv2 cipher kinds have 3-byte codes that SuiteInfo
// cannot hold (code 0 there): suiteCodeText writes theirs from the catalog by name ----

// The hygiene checks (docs/CONTRACTS.md, scan.hygiene): each {"result", "evidence"}.
const std::pair<const char *, HygieneCheck HygieneResult::*> kHygieneChecks[] = {
    {"secure_renegotiation", &HygieneResult::secureRenegotiation},
    {"client_renegotiation", &HygieneResult::clientRenegotiation},
    {"fallback_scsv", &HygieneResult::fallbackScsv},
    {"downgrade_sentinel", &HygieneResult::downgradeSentinel},
    {"extended_master_secret", &HygieneResult::extendedMasterSecret},
    {"encrypt_then_mac", &HygieneResult::encryptThenMac},
    {"session_id_resumption", &HygieneResult::sessionIdResumption},
    {"ticket_resumption", &HygieneResult::ticketResumption},
    {"tls13_resumption", &HygieneResult::tls13Resumption},
    {"ocsp_stapling", &HygieneResult::ocspStapling},
    {"early_data", &HygieneResult::earlyData},
    {"heartbleed_leak", &HygieneResult::heartbleedLeak},
    {"ccs_injection_accepted", &HygieneResult::ccsInjectionAccepted},
    {"robot_oracle", &HygieneResult::robotOracle},
    {"ticketbleed_leak", &HygieneResult::ticketbleedLeak},
};

// The extra keys of the resumption, OCSP and 0-RTT checks (null when unknown).
QJsonValue secondsOrNull(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

void writeResumptionExtras(const HygieneResult &h, HygieneCheck HygieneResult::*member, QJsonObject *check)
{
    if (member == &HygieneResult::ticketResumption) {
        check->insert(QStringLiteral("lifetime_seconds"), secondsOrNull(h.ticketLifetime));
    } else if (member == &HygieneResult::tls13Resumption) {
        check->insert(QStringLiteral("lifetime_seconds"), secondsOrNull(h.tls13TicketLifetime));
        check->insert(QStringLiteral("max_early_data"), secondsOrNull(h.tls13MaxEarlyData));
    } else if (member == &HygieneResult::ocspStapling) {
        check->insert(QStringLiteral("status"), h.ocspStatus.isEmpty() ? QJsonValue() : QJsonValue(h.ocspStatus));
        check->insert(QStringLiteral("this_update"), timeOrNull(h.ocspThisUpdate));
        check->insert(QStringLiteral("next_update"), timeOrNull(h.ocspNextUpdate));
        check->insert(QStringLiteral("age_seconds"), secondsOrNull(h.ocspAgeSeconds));
        check->insert(QStringLiteral("must_staple"), h.mustStaple);
    }
}

qint64 secondsFrom(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 9.0e15 ? qint64(v.toDouble()) : -1;
}

QDateTime timeFrom(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

void readResumptionExtras(const QJsonObject &check, HygieneCheck HygieneResult::*member, HygieneResult *h)
{
    if (member == &HygieneResult::ticketResumption) {
        h->ticketLifetime = secondsFrom(check.value(QStringLiteral("lifetime_seconds")));
    } else if (member == &HygieneResult::tls13Resumption) {
        h->tls13TicketLifetime = secondsFrom(check.value(QStringLiteral("lifetime_seconds")));
        h->tls13MaxEarlyData = secondsFrom(check.value(QStringLiteral("max_early_data")));
    } else if (member == &HygieneResult::ocspStapling) {
        const QString status = check.value(QStringLiteral("status")).toString();
        h->ocspStatus = status == QLatin1String("good") || status == QLatin1String("revoked") || status == QLatin1String("unknown")
            ? status : QString();
        h->ocspThisUpdate = timeFrom(check.value(QStringLiteral("this_update")));
        h->ocspNextUpdate = timeFrom(check.value(QStringLiteral("next_update")));
        h->ocspAgeSeconds = secondsFrom(check.value(QStringLiteral("age_seconds")));
        h->mustStaple = check.value(QStringLiteral("must_staple")).toBool();
    }
}

QJsonObject hygieneToJson(const HygieneResult &h)
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), h.version.isEmpty() ? QJsonValue() : QJsonValue(h.version));
    o.insert(QStringLiteral("connections"), h.connections);
    o.insert(QStringLiteral("attack_connections"), h.attackConnections);
    for (const auto &[key, member] : kHygieneChecks) {
        const HygieneCheck &c = h.*member;
        QJsonObject check;
        check.insert(QStringLiteral("result"), checkStateWord(c.state));
        check.insert(QStringLiteral("evidence"), c.evidence);
        if (member == &HygieneResult::clientRenegotiation) {
            check.insert(QStringLiteral("tried"), h.renegotiationsTried);
            check.insert(QStringLiteral("accepted"), h.renegotiationsAccepted);
        }
        writeResumptionExtras(h, member, &check);
        o.insert(QLatin1String(key), check);
    }
    return o;
}

bool readHygiene(const QJsonObject &o, HygieneResult *h, Phrase *error)
{
    h->present = true;
    h->version = o.value(QStringLiteral("version")).toString();
    h->connections = qMax(0, o.value(QStringLiteral("connections")).toInt());
    h->attackConnections = qMax(0, o.value(QStringLiteral("attack_connections")).toInt());
    for (const auto &[key, member] : kHygieneChecks) {
        const QJsonObject check = o.value(QLatin1String(key)).toObject();
        HygieneCheck &c = h->*member;
        const QString word = check.value(QStringLiteral("result")).toString(QStringLiteral("untested"));
        if (!parseCheckState(word, &c.state)) {
            *error = phrase("Errors", "scan.hygiene.%1.result \"%2\" is not yes, no, untested or not_applicable")
                         .arg(QLatin1String(key), word);
            return false;
        }
        c.evidence = check.value(QStringLiteral("evidence")).toString();
        if (member == &HygieneResult::clientRenegotiation) {
            h->renegotiationsTried = qMax(0, check.value(QStringLiteral("tried")).toInt());
            h->renegotiationsAccepted = qMax(0, check.value(QStringLiteral("accepted")).toInt());
        }
        readResumptionExtras(check, member, h);
    }
    return true;
}

// STARTTLS's own weaknesses (docs/CONTRACTS.md, scan.starttls): each check {"result", "evidence"}.
const std::pair<const char *, HygieneCheck StartTlsChecks::*> kStartTlsChecks[] = {
    {"mail_before_tls", &StartTlsChecks::mailBeforeTls},
    {"auth_before_tls", &StartTlsChecks::authBeforeTls},
    {"command_injection", &StartTlsChecks::commandInjection},
};

QJsonObject starttlsChecksToJson(const StartTlsChecks &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("role"), c.role);
    o.insert(QStringLiteral("connections"), c.connections);
    for (const auto &[key, member] : kStartTlsChecks) {
        QJsonObject check;
        check.insert(QStringLiteral("result"), checkStateWord((c.*member).state));
        check.insert(QStringLiteral("evidence"), (c.*member).evidence);
        if (member == &StartTlsChecks::commandInjection)
            check.insert(QStringLiteral("bytes_after_220"), c.bytesAfter220);
        o.insert(QLatin1String(key), check);
    }
    return o;
}

bool readStartTlsChecks(const QJsonObject &o, StartTlsChecks *c, Phrase *error)
{
    c->present = true;
    c->role = o.value(QStringLiteral("role")).toString(QStringLiteral("unknown"));
    c->connections = qMax(0, o.value(QStringLiteral("connections")).toInt());
    for (const auto &[key, member] : kStartTlsChecks) {
        const QJsonObject check = o.value(QLatin1String(key)).toObject();
        const QString word = check.value(QStringLiteral("result")).toString(QStringLiteral("untested"));
        if (!parseCheckState(word, &(c->*member).state)) {
            *error = phrase("Errors", "scan.starttls.%1.result \"%2\" is not yes, no, untested or not_applicable")
                         .arg(QLatin1String(key), word);
            return false;
        }
        (c->*member).evidence = check.value(QStringLiteral("evidence")).toString();
        if (member == &StartTlsChecks::commandInjection)
            c->bytesAfter220 = qMax(0, check.value(QStringLiteral("bytes_after_220")).toInt());
    }
    return true;
}

QJsonValue scanToJson(const ScanResult &scan)
{
    QJsonObject o;
    QJsonObject protocols;
    for (auto it = scan.protocols.cbegin(); it != scan.protocols.cend(); ++it)
        protocols.insert(it.key(), it.value());
    o.insert(QStringLiteral("protocols"), protocols);
    QJsonObject ciphers;
    for (auto it = scan.ciphers.cbegin(); it != scan.ciphers.cend(); ++it) {
        QJsonArray list;
        for (const SuiteInfo &s : it.value()) {
            QJsonObject c;
            c.insert(QStringLiteral("code"), suiteCodeText(s));
            c.insert(QStringLiteral("iana"), textOrNull(s.iana));
            c.insert(QStringLiteral("openssl"), textOrNull(s.openssl));
            c.insert(QStringLiteral("kex"), textOrNull(s.kex));
            c.insert(QStringLiteral("auth"), textOrNull(s.auth));
            c.insert(QStringLiteral("enc"), textOrNull(s.enc));
            c.insert(QStringLiteral("mac"), textOrNull(s.mac));
            c.insert(QStringLiteral("bits"), s.enc.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.bits));
            list.append(c);
        }
        ciphers.insert(it.key(), list);
    }
    o.insert(QStringLiteral("ciphers"), ciphers);
    QJsonObject preference;
    for (auto it = scan.serverPreference.cbegin(); it != scan.serverPreference.cend(); ++it)
        preference.insert(it.key(), it.value());
    o.insert(QStringLiteral("server_preference"), preference);
    o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(scan.groups));
    o.insert(QStringLiteral("dh_bits"), positiveOrNull(scan.dhBits));
    o.insert(QStringLiteral("certificate_types"), QJsonArray::fromStringList(scan.certificateTypes));
    o.insert(QStringLiteral("connections"), scan.connections);
    o.insert(QStringLiteral("handshakes"), scan.handshakes);
    if (scan.retries > 0)
        o.insert(QStringLiteral("retries"), scan.retries);
    if (scan.tlsAnswers >= 0)
        o.insert(QStringLiteral("tls_answers"), scan.tlsAnswers);
    if (scan.bytesAfterStarttlsConnections > 0) {
        QJsonObject after;
        after.insert(QStringLiteral("connections"), scan.bytesAfterStarttlsConnections);
        after.insert(QStringLiteral("bytes"), scan.bytesAfterStarttls);
        after.insert(QStringLiteral("largest"), scan.bytesAfterStarttlsLargest);
        o.insert(QStringLiteral("bytes_after_starttls"), after);
    }
    if (scan.brokenAfterHello > 0) {
        QJsonObject broken;
        broken.insert(QStringLiteral("offers"), scan.brokenAfterHello);
        broken.insert(QStringLiteral("first"), scan.brokenAfterHelloFirst);
        o.insert(QStringLiteral("broken_after_hello"), broken);
    }
    // Added later to the same schema: DHE suites the server fails on (kex.dhe_fails), per
    // version as suite codes; written when there were any.
    if (!scan.dheFailing.isEmpty()) {
        QJsonObject failing;
        for (auto it = scan.dheFailing.cbegin(); it != scan.dheFailing.cend(); ++it) {
            QJsonArray codes;
            for (quint16 code : it.value())
                codes.append(suiteCodeHex(code));
            failing.insert(it.key(), codes);
        }
        o.insert(QStringLiteral("dhe_failing"), failing);
    }
    // Added later to the same schema: the protocol-hygiene checks; absent in older reports.
    if (scan.hygiene.present)
        o.insert(QStringLiteral("hygiene"), hygieneToJson(scan.hygiene));
    // Added later to the same schema: STARTTLS's own weaknesses; absent in older reports and
    // for implicit TLS.
    if (scan.starttls.present)
        o.insert(QStringLiteral("starttls"), starttlsChecksToJson(scan.starttls));
    // Added later to the same schema: the chain served per certificate type, as PEM, so a saved
    // scan reloads whole.
    if (!scan.servedChains.isEmpty()) {
        QJsonArray chains;
        for (const CertificateChain &chain : scan.servedChains) {
            QJsonArray pems;
            for (const Certificate &c : chain)
                pems.append(QString::fromLatin1(c.toPem()));
            chains.append(pems);
        }
        o.insert(QStringLiteral("served_chains"), chains);
    }
    return o;
}

bool readScan(const QJsonObject &o, ScanResult *scan, Phrase *error)
{
    scan->present = true;
    const QJsonObject protocols = o.value(QStringLiteral("protocols")).toObject();
    for (auto it = protocols.begin(); it != protocols.end(); ++it)
        scan->protocols.insert(it.key(), it.value().toBool());
    const QJsonObject ciphers = o.value(QStringLiteral("ciphers")).toObject();
    const CipherCatalog &catalog = CipherCatalog::instance();
    for (auto it = ciphers.begin(); it != ciphers.end(); ++it) {
        QList<SuiteInfo> list;
        const QJsonArray array = it.value().toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject c = array.at(i).toObject();
            SuiteInfo s;
            const QString code = c.value(QStringLiteral("code")).toString();
            QString digits = code.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? code.mid(2) : code;
            bool ok = false;
            const uint value = digits.toUInt(&ok, 16);
            if (!ok || value > 0xFFFFFF) {
                *error = phrase("Errors", "scan.ciphers.%1[%2].code \"%3\" is not a hex suite code").arg(it.key()).arg(i).arg(code);
                return false;
            }
            s.code = value > 0xFFFF ? 0 : quint16(value);   // SSLv2 kinds: see suiteCodeText()
            s.iana = c.value(QStringLiteral("iana")).toString();
            s.openssl = c.value(QStringLiteral("openssl")).toString();
            s.kex = c.value(QStringLiteral("kex")).toString();
            s.auth = c.value(QStringLiteral("auth")).toString();
            s.enc = c.value(QStringLiteral("enc")).toString();
            s.mac = c.value(QStringLiteral("mac")).toString();
            s.bits = c.value(QStringLiteral("bits")).toInt();
            // Not in the JSON: the GnuTLS name and the grade come from the catalog.
            const SuiteInfo *known = value > 0xFFFF ? nullptr : catalog.byCode(s.code);
            if (value > 0xFFFF) {
                if (const CipherCatalog::Sslv2Kind *k = catalog.sslv2ByCode(value))
                    known = &k->info;
            }
            s.gnutls = known ? known->gnutls : QString();
            s.grade = known ? known->grade : (s.enc.isEmpty() ? QString() : gradeSuite(s));
            list << s;
        }
        scan->ciphers.insert(it.key(), list);
    }
    const QJsonObject preference = o.value(QStringLiteral("server_preference")).toObject();
    for (auto it = preference.begin(); it != preference.end(); ++it)
        scan->serverPreference.insert(it.key(), it.value().toBool());
    scan->groups = readStringList(o.value(QStringLiteral("groups")));
    scan->dhBits = o.value(QStringLiteral("dh_bits")).toInt();
    scan->certificateTypes = readStringList(o.value(QStringLiteral("certificate_types")));
    scan->connections = o.value(QStringLiteral("connections")).toInt();
    scan->handshakes = o.value(QStringLiteral("handshakes")).toInt();
    scan->retries = o.value(QStringLiteral("retries")).toInt();
    scan->tlsAnswers = o.value(QStringLiteral("tls_answers")).toInt(-1);
    const QJsonObject after = o.value(QStringLiteral("bytes_after_starttls")).toObject();
    scan->bytesAfterStarttlsConnections = qMax(0, after.value(QStringLiteral("connections")).toInt());
    scan->bytesAfterStarttls = qMax(0, after.value(QStringLiteral("bytes")).toInt());
    scan->bytesAfterStarttlsLargest = qMax(0, after.value(QStringLiteral("largest")).toInt());
    const QJsonObject broken = o.value(QStringLiteral("broken_after_hello")).toObject();
    scan->brokenAfterHello = qMax(0, broken.value(QStringLiteral("offers")).toInt());
    scan->brokenAfterHelloFirst = broken.value(QStringLiteral("first")).toString();
    const QJsonObject dheFailing = o.value(QStringLiteral("dhe_failing")).toObject();
    for (auto it = dheFailing.constBegin(); it != dheFailing.constEnd(); ++it) {
        QList<quint16> codes;
        for (const QJsonValue &value : it.value().toArray()) {
            quint16 code = 0;
            if (!readCipherCode(value.toString(), &code)) {
                *error = phrase("Errors", "scan.dhe_failing: \"%1\" is not a hex suite code").arg(value.toString());
                return false;
            }
            codes << code;
        }
        scan->dheFailing.insert(it.key(), codes);
    }
    const QJsonValue hygiene = o.value(QStringLiteral("hygiene"));
    if (hygiene.isObject() && !readHygiene(hygiene.toObject(), &scan->hygiene, error))
        return false;
    const QJsonValue starttls = o.value(QStringLiteral("starttls"));
    if (starttls.isObject() && !readStartTlsChecks(starttls.toObject(), &scan->starttls, error))
        return false;
    const QJsonArray chains = o.value(QStringLiteral("served_chains")).toArray();
    for (qsizetype i = 0; i < chains.size(); ++i) {
        CertificateChain chain;
        const QJsonArray pems = chains.at(i).toArray();
        for (qsizetype j = 0; j < pems.size(); ++j) {
            const QList<Certificate> parsed = Certificate::listFromPem(pems.at(j).toString().toLatin1());
            if (parsed.isEmpty()) {
                *error = phrase("Errors", "scan.served_chains[%1][%2] is not a PEM certificate").arg(i).arg(j);
                return false;
            }
            chain << parsed.first();
        }
        scan->servedChains << chain;
    }
    return true;
}

bool readReport(const QJsonObject &root, Report *r, Phrase *error)
{
    const QJsonObject tool = root.value(QStringLiteral("tool")).toObject();
    if (tool.contains(QStringLiteral("name")))
        r->toolName = tool.value(QStringLiteral("name")).toString();
    r->toolVersion = tool.value(QStringLiteral("version")).toString();
    if (root.contains(QStringLiteral("kind")))
        r->kind = root.value(QStringLiteral("kind")).toString();

    if (!readTarget(root.value(QStringLiteral("target")).toObject(), &r->target, error))
        return false;

    const QJsonValue started = root.value(QStringLiteral("started_at"));
    if (started.isString()) {
        QDateTime when = QDateTime::fromString(started.toString(), Qt::ISODateWithMs);
        if (!when.isValid()) {
            *error = phrase("Errors", "started_at \"%1\" is not an ISO 8601 time").arg(started.toString());
            return false;
        }
        r->startedAt = when.toUTC();
    }
    r->durationMs = root.value(QStringLiteral("duration_ms")).toInteger();

    const QJsonArray transcript = root.value(QStringLiteral("transcript")).toArray();
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        const QJsonObject o = transcript.at(i).toObject();
        TranscriptLine line;
        line.tMs = o.value(QStringLiteral("t_ms")).toInteger();
        const QString dir = o.value(QStringLiteral("dir")).toString();
        if (!parseLineDirection(dir, &line.dir)) {
            *error = phrase("Errors", "transcript[%1].dir \"%2\" is not C, S, tls or note").arg(i).arg(dir);
            return false;
        }
        line.text = o.value(QStringLiteral("text")).toString();
        r->transcript << line;
    }

    const QJsonValue smtp = root.value(QStringLiteral("smtp"));
    if (smtp.isObject())
        readSmtp(smtp.toObject(), &r->smtp);

    const QJsonArray handshake = root.value(QStringLiteral("handshake")).toArray();
    for (const QJsonValue &value : handshake) {
        const QJsonObject o = value.toObject();
        HandshakeMessage m;
        m.tMs = o.value(QStringLiteral("t_ms")).toInteger();
        m.dir = o.value(QStringLiteral("dir")).toString();
        m.type = o.value(QStringLiteral("type")).toString();
        m.length = o.value(QStringLiteral("length")).toInt();
        m.summary = o.value(QStringLiteral("summary")).toString();
        m.contentType = o.value(QStringLiteral("content_type")).toInt();
        m.handshakeType = o.value(QStringLiteral("handshake_type")).toInt(-1);
        // Raw bytes let a reopened report show decoded fields; bad hex is dropped, not fatal.
        const QByteArray hex = o.value(QStringLiteral("hex")).toString().toLatin1();
        if (!hex.isEmpty() && hex.size() % 2 == 0) {
            const QByteArray raw = QByteArray::fromHex(hex);
            if (raw.size() * 2 == hex.size())
                m.raw = raw;
        }
        r->handshake << m;
    }

    const QJsonValue tls = root.value(QStringLiteral("tls"));
    if (tls.isObject() && !readTls(tls.toObject(), &r->tls, error))
        return false;

    const QJsonArray certificates = root.value(QStringLiteral("certificates")).toArray();
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        const QByteArray pem = certificates.at(i).toObject().value(QStringLiteral("pem")).toString().toLatin1();
        const QList<Certificate> parsed = Certificate::listFromPem(pem);
        if (parsed.isEmpty()) {
            *error = phrase("Errors", "certificates[%1] has no readable \"pem\"").arg(i);
            return false;
        }
        r->certificates << parsed.first();
    }

    const QJsonValue scan = root.value(QStringLiteral("scan"));
    if (scan.isObject() && !readScan(scan.toObject(), &r->scan, error))
        return false;
    // Not a key of its own: the STARTTLS lane spoke the target's dialect.
    if (r->scan.starttls.present)
        r->scan.starttls.dialect = r->target.dialect;

    QString findingsError;
    if (!findingsFromJson(root.value(QStringLiteral("findings")).toArray(), &r->findings, &findingsError)) {
        *error = findingsError;
        return false;
    }

    const QJsonObject outcome = root.value(QStringLiteral("outcome")).toObject();
    r->outcome.connected = outcome.value(QStringLiteral("connected")).toBool();
    r->outcome.completed = outcome.value(QStringLiteral("completed")).toBool();
    outcomeKindFromWord(outcome.value(QStringLiteral("error_kind")).toString(), &r->outcome.errorKind);
    // The exact kind when the report holds one that belongs under its word (older reports have
    // the word alone: its one stand-in kind stays).
    ErrorKind exact = ErrorKind::None;
    if (r->outcome.errorKind != ErrorKind::None
        && parseErrorKind(outcome.value(QStringLiteral("error_reason")).toString(), &exact)
        && outcomeClass(exact) == outcomeClass(r->outcome.errorKind))
        r->outcome.errorKind = exact;
    r->outcome.error = outcome.value(QStringLiteral("error")).toString();
    const QJsonObject refusal = outcome.value(QStringLiteral("refusal")).toObject();
    r->outcome.refusal.step = refusal.value(QStringLiteral("step")).toString();
    r->outcome.refusal.reply = refusal.value(QStringLiteral("reply")).toString();
    r->outcome.refusal.cause = refusal.value(QStringLiteral("cause")).toString();
    r->outcome.refusal.hint = refusal.value(QStringLiteral("hint")).toString();
    const QJsonObject phrases = outcome.value(QStringLiteral("phrases")).toObject();
    readPhrase(phrases.value(QStringLiteral("error")), r->outcome.error, &r->outcome.errorPhrase);
    readPhrase(phrases.value(QStringLiteral("hint")), r->outcome.refusal.hint, &r->outcome.refusal.hintPhrase);
    return true;
}

void setReportKeyOrders(OrderedJsonWriter &w, const QString &prefix)
{
    const auto at = [&prefix](const QString &path) { return prefix.isEmpty() ? path : prefix + QLatin1Char('.') + path; };
    w.setKeyOrder(prefix, reportKeyOrder());
    w.setKeyOrder(at(QStringLiteral("tool")), {"name", "version"});
    w.setKeyOrder(at(QStringLiteral("target")),
                  {"host", "port", "address", "dialect", "implicit_tls", "sni", "servername", "proxy"});
    w.setKeyOrder(at(QStringLiteral("outcome")), {"connected", "completed", "error_kind", "error_reason", "error", "refusal", "phrases"});
    w.setKeyOrder(at(QStringLiteral("outcome.phrases")), {"error", "hint"});
    w.setKeyOrder(at(QStringLiteral("outcome.refusal")), {"step", "reply", "cause", "hint"});
    w.setKeyOrder(at(QStringLiteral("transcript[]")), {"t_ms", "dir", "text"});
    w.setKeyOrder(at(QStringLiteral("smtp")),
                  {"banner", "ehlo_before_tls", "ehlo_after_tls", "starttls_offered",
                   "auth_before_tls", "auth_after_tls", "starttls_reply", "starttls_accepted",
                   "bytes_after_starttls"});
    w.setKeyOrder(at(QStringLiteral("handshake[]")),
                  {"t_ms", "dir", "type", "length", "summary", "content_type", "handshake_type", "hex"});
    w.setKeyOrder(at(QStringLiteral("tls")),
                  {"attempted", "established", "version", "cipher", "group", "temp_key",
                   "peer_signature", "compression", "verify", "security_level", "alert",
                   "alert_direction", "error", "client_certificate_requested",
                   "client_certificate_sent", "session_reused", "server_bytes"});
    w.setKeyOrder(at(QStringLiteral("tls.cipher")), {"code", "iana", "openssl"});
    w.setKeyOrder(at(QStringLiteral("tls.temp_key")), {"type", "bits"});
    w.setKeyOrder(at(QStringLiteral("tls.peer_signature")), {"type", "digest"});
    w.setKeyOrder(at(QStringLiteral("tls.verify")), {"ok", "code", "message"});
    w.setKeyOrder(at(QStringLiteral("certificates[]")),
                  {"position", "subject", "issuer", "serial", "not_before", "not_after", "key",
                   "signature_algorithm", "san", "sha256", "subject_hash", "self_signed",
                   "is_ca", "pem"});
    w.setKeyOrder(at(QStringLiteral("certificates[].key")), {"type", "bits", "curve"});
    w.setKeyOrder(at(QStringLiteral("scan")),
                  {"protocols", "ciphers", "server_preference", "groups", "dh_bits",
                   "certificate_types", "connections", "handshakes", "retries", "tls_answers", "bytes_after_starttls",
                   "broken_after_hello", "dhe_failing", "hygiene", "starttls", "served_chains"});
    w.setKeyOrder(at(QStringLiteral("scan.hygiene")),
                  {"version", "connections", "secure_renegotiation", "client_renegotiation", "fallback_scsv",
                   "downgrade_sentinel", "extended_master_secret", "encrypt_then_mac", "session_id_resumption",
                   "ticket_resumption", "tls13_resumption", "ocsp_stapling", "early_data"});
    for (const char *check : {"secure_renegotiation", "client_renegotiation", "fallback_scsv", "downgrade_sentinel",
                              "extended_master_secret", "encrypt_then_mac"})
        w.setKeyOrder(at(QStringLiteral("scan.hygiene.%1")).arg(QLatin1String(check)), {"result", "evidence", "tried", "accepted"});
    for (const char *check : {"session_id_resumption", "ticket_resumption", "tls13_resumption", "ocsp_stapling", "early_data"})
        w.setKeyOrder(at(QStringLiteral("scan.hygiene.%1")).arg(QLatin1String(check)),
                      {"result", "evidence", "lifetime_seconds", "max_early_data", "status", "this_update", "next_update",
                       "age_seconds", "must_staple"});
    w.setKeyOrder(at(QStringLiteral("scan.starttls")),
                  {"role", "connections", "mail_before_tls", "auth_before_tls", "command_injection"});
    for (const char *check : {"mail_before_tls", "auth_before_tls", "command_injection"})
        w.setKeyOrder(at(QStringLiteral("scan.starttls.%1")).arg(QLatin1String(check)), {"result", "evidence", "bytes_after_220"});
    w.setKeyOrder(at(QStringLiteral("scan.bytes_after_starttls")), {"connections", "bytes", "largest"});
    w.setKeyOrder(at(QStringLiteral("scan.broken_after_hello")), {"offers", "first"});
    for (const char *version : {"SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"})
        w.setKeyOrder(at(QStringLiteral("scan.ciphers.%1[]")).arg(QLatin1String(version)),
                      {"code", "iana", "openssl", "kex", "auth", "enc", "mac", "bits"});
    w.setKeyOrder(at(QStringLiteral("findings[]")),
                  {"id", "severity", "title", "detail", "evidence", "fix", "phrases"});
    w.setKeyOrder(at(QStringLiteral("findings[].fix")), {"exim", "postfix", "dns"});
    w.setKeyOrder(at(QStringLiteral("findings[].phrases")), {"title", "detail"});
}

OrderedJsonWriter makeWriter()
{
    OrderedJsonWriter w;
    setReportKeyOrders(w, QString());
    return w;
}

} // namespace

void addReportKeyOrders(OrderedJsonWriter *writer, const QString &prefix)
{
    setReportKeyOrders(*writer, prefix);
}

QJsonArray findingsToJson(const Findings &findings)
{
    QJsonArray a;
    for (const Finding &f : findings)
        a.append(findingToJson(f));
    return a;
}

bool findingsFromJson(const QJsonArray &findings, Findings *out, QString *error)
{
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QJsonObject o = findings.at(i).toObject();
        Finding f;
        f.id = o.value(QStringLiteral("id")).toString();
        const QString severity = o.value(QStringLiteral("severity")).toString();
        if (!parseSeverity(severity, &f.severity)) {
            *error = QStringLiteral("findings[%1].severity \"%2\" is not info, low, medium, high or critical")
                         .arg(i).arg(severity);
            return false;
        }
        f.title = o.value(QStringLiteral("title")).toString();
        f.detail = o.value(QStringLiteral("detail")).toString();
        f.evidence = o.value(QStringLiteral("evidence")).toString();
        const QJsonObject fix = o.value(QStringLiteral("fix")).toObject();
        f.fixExim = fix.value(QStringLiteral("exim")).toString();
        f.fixPostfix = fix.value(QStringLiteral("postfix")).toString();
        f.fixDns = fix.value(QStringLiteral("dns")).toString();
        f.fixDovecot = fix.value(QStringLiteral("dovecot")).toString();
        const QJsonObject phrases = o.value(QStringLiteral("phrases")).toObject();
        readPhrase(phrases.value(QStringLiteral("title")), f.title, &f.titlePhrase);
        readPhrase(phrases.value(QStringLiteral("detail")), f.detail, &f.detailPhrase);
        out->append(f);
    }
    return true;
}

QStringList reportKeyOrder()
{
    return {QStringLiteral("schema"), QStringLiteral("tool"), QStringLiteral("kind"), QStringLiteral("target"),
            QStringLiteral("started_at"), QStringLiteral("duration_ms"), QStringLiteral("outcome"),
            QStringLiteral("transcript"), QStringLiteral("smtp"), QStringLiteral("handshake"), QStringLiteral("tls"),
            QStringLiteral("certificates"), QStringLiteral("scan"), QStringLiteral("findings")};
}

QJsonObject reportToJson(const Report &report)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QString::fromLatin1(kReportSchema));
    QJsonObject tool;
    tool.insert(QStringLiteral("name"), report.toolName);
    tool.insert(QStringLiteral("version"), textOrNull(report.toolVersion));
    root.insert(QStringLiteral("tool"), tool);
    root.insert(QStringLiteral("kind"), report.kind);
    root.insert(QStringLiteral("target"), targetToJson(report.target));
    root.insert(QStringLiteral("started_at"), dateOrNull(report.startedAt, Qt::ISODateWithMs));
    root.insert(QStringLiteral("duration_ms"), report.durationMs);
    root.insert(QStringLiteral("transcript"), transcriptToJson(report.transcript));
    root.insert(QStringLiteral("smtp"), smtpToJson(report));
    root.insert(QStringLiteral("handshake"), handshakeToJson(report.handshake));
    root.insert(QStringLiteral("tls"), tlsToJson(report.tls));
    QJsonArray certificates;
    for (int i = 0; i < report.certificates.size(); ++i)
        certificates.append(certificateToJson(report.certificates.at(i), i));
    root.insert(QStringLiteral("certificates"), certificates);
    if (report.scan.present)
        root.insert(QStringLiteral("scan"), scanToJson(report.scan));
    QJsonArray findings;
    for (const Finding &f : report.findings)
        findings.append(findingToJson(f));
    root.insert(QStringLiteral("findings"), findings);
    root.insert(QStringLiteral("outcome"), outcomeToJson(report.outcome));
    return root;
}

QByteArray reportToJsonBytes(const Report &report)
{
    static const OrderedJsonWriter writer = makeWriter();
    return writer.write(reportToJson(report));
}

bool reportFromJson(const QByteArray &json, Report *out, Error *error)
{
    auto fail = [error](const Phrase &message) { return core::fail(error, ErrorKind::BadFormat, message); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(phrase("Errors", "not JSON: %1 at offset %2")
                        .arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(phrase("Errors", "not a mailtls report: the JSON is not an object"));
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (!schema.isString())
        return fail(phrase("Errors", "not a mailtls report: no \"schema\" key"));
    if (schema.toString() != QLatin1String(kReportSchema))
        return fail(phrase("Errors", "unsupported schema \"%1\" (this version reads %2)")
                        .arg(schema.toString(), QLatin1String(kReportSchema)));
    Report report;
    Phrase message;
    if (!readReport(root, &report, &message))
        return fail(phrase("Errors", "damaged report: %1").arg(message));
    if (out)
        *out = report;
    return true;
}

bool loadReportFile(const QString &path, Report *out, Error *error)
{
    QByteArray bytes;
    if (!readFileBounded(path, limits::kReportFileBytes, phrase("Errors", "saved report"), &bytes, error))
        return false;
    Error why;
    if (!reportFromJson(bytes, out, &why)) {
        if (error)
            *error = makeError(why.kind, phrase("Errors", "%1: %2").arg(path).arg(messageOf(why)));
        return false;
    }
    return true;
}

} // namespace mailtls::core
