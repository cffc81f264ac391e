#include "scan/resumption_probes.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <memory>

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "base/limits.h"
#include "catalog/versions.h"
#include "protocol/smtp_dialogue.h"
#include "tls/tls_client.h"

namespace mailtls::core {

namespace {

HygieneCheck check(CheckState state, const QString &evidence)
{
    return HygieneCheck{state, evidence};
}

QDateTime utcOf(const ASN1_GENERALIZEDTIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        ERR_clear_error();
        return QDateTime();
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString isoOf(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QStringLiteral("none");
}

// The session id of the first ServerHello the recorder saw (TLS <= 1.2 layout: version, random,
// then the id with its length byte); empty when none or malformed.
QByteArray serverHelloSessionId(const HandshakeRecorder &recorder)
{
    for (const HandshakeMessage &m : recorder.messages()) {
        if (m.dir != QLatin1String("S") || m.contentType != 22 || m.handshakeType != 2)
            continue;
        if (m.raw.size() < 39)
            return QByteArray();
        const int len = quint8(m.raw.at(38));
        if (len > 32 || m.raw.size() < 39 + len)
            return QByteArray();
        return m.raw.mid(39, len);
    }
    return QByteArray();
}

int serverMessages(const HandshakeRecorder &recorder, int handshakeType)
{
    int n = 0;
    for (const HandshakeMessage &m : recorder.messages())
        if (m.dir == QLatin1String("S") && m.contentType == 22 && m.handshakeType == handshakeType)
            ++n;
    return n;
}

QString shortHex(const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(bytes.left(8).toHex()).toUpper();
    return bytes.size() > 8 ? hex + QStringLiteral("…") : hex;
}

// What a stapled OCSP response says about the leaf.
struct StapleFacts {
    bool parsed = false;        // a successful response with an answer for the leaf
    QString problem;            // why not
    QString certStatus;         // "good", "revoked", "unknown"
    QDateTime thisUpdate, nextUpdate, revokedAt;
    QString revocationReason;
};

StapleFacts readStaple(const QByteArray &der, X509 *leaf, X509 *issuer)
{
    StapleFacts f;
    if (der.size() > limits::kOcspStapleBytes) {
        f.problem = QStringLiteral("a staple of %1 bytes, beyond the %2 bytes read").arg(der.size()).arg(limits::kOcspStapleBytes);
        return f;
    }
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<OCSP_RESPONSE, decltype(&OCSP_RESPONSE_free)> response(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())),
                                                                         OCSP_RESPONSE_free);
    if (!response) {
        ERR_clear_error();
        f.problem = QStringLiteral("the staple (%1 bytes) is no OCSP response").arg(der.size());
        return f;
    }
    const int status = OCSP_response_status(response.get());
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        f.problem = QStringLiteral("the OCSP response status is %1 (%2)").arg(QString::fromLatin1(OCSP_response_status_str(status))).arg(status);
        return f;
    }
    std::unique_ptr<OCSP_BASICRESP, decltype(&OCSP_BASICRESP_free)> basic(OCSP_response_get1_basic(response.get()), OCSP_BASICRESP_free);
    if (!basic) {
        ERR_clear_error();
        f.problem = QStringLiteral("the OCSP response holds no basic response");
        return f;
    }
    OCSP_SINGLERESP *single = nullptr;
    if (leaf && issuer) {
        if (OCSP_CERTID *id = OCSP_cert_to_id(EVP_sha1(), leaf, issuer)) {
            const int idx = OCSP_resp_find(basic.get(), id, -1);
            if (idx >= 0)
                single = OCSP_resp_get0(basic.get(), idx);
            OCSP_CERTID_free(id);
        }
    }
    // Another hash, or no issuer served: the answer for the leaf's serial number.
    for (int i = 0; !single && leaf && i < OCSP_resp_count(basic.get()); ++i) {
        OCSP_SINGLERESP *candidate = OCSP_resp_get0(basic.get(), i);
        ASN1_INTEGER *serial = nullptr;
        if (OCSP_id_get0_info(nullptr, nullptr, nullptr, &serial, const_cast<OCSP_CERTID *>(OCSP_SINGLERESP_get0_id(candidate))) == 1
            && serial && ASN1_INTEGER_cmp(serial, X509_get0_serialNumber(leaf)) == 0)
            single = candidate;
    }
    ERR_clear_error();
    if (!single) {
        f.problem = QStringLiteral("the OCSP response (%1 answers) has none for the served certificate").arg(OCSP_resp_count(basic.get()));
        return f;
    }
    int reason = -1;
    ASN1_GENERALIZEDTIME *revoked = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
    const int certStatus = OCSP_single_get0_status(single, &reason, &revoked, &thisUpdate, &nextUpdate);
    f.parsed = true;
    f.certStatus = certStatus == V_OCSP_CERTSTATUS_GOOD      ? QStringLiteral("good")
                 : certStatus == V_OCSP_CERTSTATUS_REVOKED   ? QStringLiteral("revoked")
                                                             : QStringLiteral("unknown");
    f.thisUpdate = utcOf(thisUpdate);
    f.nextUpdate = utcOf(nextUpdate);
    f.revokedAt = utcOf(revoked);
    if (certStatus == V_OCSP_CERTSTATUS_REVOKED && reason >= 0)
        f.revocationReason = QString::fromLatin1(OCSP_crl_reason_str(reason));
    return f;
}

// RFC 7633: the leaf's TLS feature extension (id-pe-tlsfeature) lists status_request (5).
bool isMustStaple(X509 *leaf)
{
    if (!leaf)
        return false;
    TLS_FEATURE *features = static_cast<TLS_FEATURE *>(X509_get_ext_d2i(leaf, NID_tlsfeature, nullptr, nullptr));
    ERR_clear_error();
    if (!features)
        return false;
    bool found = false;
    for (int i = 0; i < sk_ASN1_INTEGER_num(features); ++i)
        found = found || ASN1_INTEGER_get(sk_ASN1_INTEGER_value(features, i)) == 5;
    TLS_FEATURE_free(features);
    return found;
}

// One full or resumed handshake and what came of it.
struct Handshake {
    bool ran = false;            // a connection was made and the work ran
    bool established = false;
    bool cancelled = false;
    QString version;             // "TLSv1.3"
    QString error;               // why not established
    bool resumed = false;
    QByteArray sessionId;        // from the ServerHello (TLS <= 1.2)
    ossl::SslSessionPtr session; // what a later connection may offer
    int tickets = 0;             // NewSessionTicket messages seen
    QByteArray staple;
    CertificateChain chain;
    QString earlyData;           // "accepted", "rejected", "not_sent"
};

class Probes
{
public:
    Probes(const HygieneProbeSetup &setup, HygieneResult *result) : s_(setup), r_(*result) {}

    void run()
    {
        const bool resumption = runs(QStringLiteral("resumption"));
        const bool ocsp = runs(QStringLiteral("ocsp"));
        const bool early = runs(QStringLiteral("early_data"));
        const QString skipped = QStringLiteral("skipped (--skip-checks)");
        r_.sessionIdResumption = r_.ticketResumption = r_.tls13Resumption =
            check(CheckState::Untested, resumption ? QStringLiteral("not tried") : skipped);
        r_.ocspStapling = check(CheckState::Untested, ocsp ? QStringLiteral("not tried") : skipped);
        r_.earlyData = check(CheckState::Untested, early ? QStringLiteral("not tried") : skipped);
        if (!resumption && !ocsp && !early)
            return;

        estimate(resumption ? 5 : early ? 2 : 1);
        TlsClientConfig first = baseConfig();
        first.requestOcspStaple = ocsp;
        const Handshake one = handshake(first, nullptr, /*readTickets=*/resumption || early, QByteArray());
        if (one.cancelled)
            return;
        if (ocsp)
            judgeStaple(one);
        if (!one.established) {
            const QString why = QStringLiteral("no full handshake to start from: %1").arg(one.error);
            if (resumption)
                r_.sessionIdResumption = r_.ticketResumption = r_.tls13Resumption = check(CheckState::Untested, why);
            if (early)
                r_.earlyData = check(CheckState::Untested, why);
            return;
        }
        const bool tls13 = one.version == QLatin1String("TLSv1.3");
        if (tls13 && (resumption || early)) {
            estimate(resumption ? 4 : 1);
            tls13Resumption(one, resumption, early);
        } else {
            if (resumption)
                r_.tls13Resumption = check(CheckState::NotApplicable,
                                           QStringLiteral("the server answered a TLS 1.3 hello with %1").arg(one.version));
            if (early)
                r_.earlyData = check(CheckState::NotApplicable,
                                     QStringLiteral("0-RTT is TLS 1.3 only; the server answered with %1").arg(one.version));
        }
        if (!resumption || cancelled_)
            return;
        estimate(3);
        TlsClientConfig older = baseConfig();
        older.maxVersion = tls13 ? QStringLiteral("TLSv1.2") : one.version;
        // OpenSSL (and RFC 5077) servers send an empty session id with a new ticket: the id is
        // looked at in a handshake without the session_ticket extension. Handshake 1 serves when
        // it was TLS <= 1.2 and its id is not empty, or no ticket came.
        const bool oneServes = !tls13 && (!one.sessionId.isEmpty() || !hasTicket(one));
        if (oneServes) {
            tls12Resumption(one, older, true);
            return;
        }
        TlsClientConfig noTicket = older;
        noTicket.sessionTickets = false;
        const Handshake full = handshake(noTicket, nullptr, false, QByteArray());
        if (full.cancelled)
            return;
        if (!full.established) {
            const bool refused = full.ran && full.error.contains(QLatin1String("alert"));
            const CheckState state = tls13 && refused ? CheckState::NotApplicable : CheckState::Untested;
            const QString why = state == CheckState::NotApplicable
                ? QStringLiteral("the server accepts no TLS 1.2 or older hello (%1)").arg(full.error)
                : QStringLiteral("no full TLS 1.2 handshake to start from: %1").arg(full.error);
            r_.sessionIdResumption = r_.ticketResumption = check(state, why);
            return;
        }
        tls12Resumption(full, older, false);
    }

private:
    bool runs(const QString &name) const { return !s_.runsCheck || s_.runsCheck(name); }
    void note(const QString &text)
    {
        if (s_.note)
            s_.note(QStringLiteral("resumption: ") + text);
    }
    void estimate(int n)
    {
        if (s_.estimate)
            s_.estimate(n);
    }
    int postHandshakeWaitMs() const { return qMin(s_.target.timeoutMs, limits::kPostHandshakeWaitMs); }
    bool smtpLike() const
    {
        return s_.target.dialect == QLatin1String("smtp") || s_.target.dialect == QLatin1String("lmtp");
    }
    QByteArray ehloLine() const
    {
        const QString verb = s_.target.dialect == QLatin1String("lmtp") ? QStringLiteral("LHLO") : QStringLiteral("EHLO");
        return QStringLiteral("%1 %2\r\n").arg(verb, ehloNameOrDefault(s_.target.ehloName)).toLatin1();
    }

    TlsClientConfig baseConfig() const
    {
        TlsClientConfig config;
        config.securityLevel = 0;
        config.sni = s_.target.sni;
        config.legacyServerConnect = true;
        return config;
    }

    // Reads an SMTP reply up to its last line ("250 ..."), within the post-handshake wait.
    void readReply(TlsClient &tls, QElapsedTimer &timer)
    {
        static const QRegularExpression lastLine(QStringLiteral("(^|\\n)\\d{3}( [^\\n]*)?\\r?\\n"));
        QByteArray text;
        while (text.size() < limits::kPostHandshakeBytes && !lastLine.match(QString::fromLatin1(text)).hasMatch()) {
            const int left = int(postHandshakeWaitMs() - timer.elapsed());
            Error error;
            if (left <= 0 || !tls.read(&text, left, &error))
                return;
        }
    }

    // TLS 1.3: tickets come after the handshake. Over SMTP the server speaks after our EHLO (or
    // greets first on implicit TLS); on bare TLS it sends them unasked.
    void readTickets(TlsClient &tls)
    {
        QElapsedTimer timer;
        timer.start();
        if (smtpLike()) {
            if (s_.target.implicitTls)
                readReply(tls, timer);
            Error error;
            if (tls.write(ehloLine(), postHandshakeWaitMs(), &error))
                readReply(tls, timer);
            return;
        }
        QByteArray dropped;
        bool seen = false;
        while (dropped.size() < limits::kPostHandshakeBytes) {
            const ossl::SslSessionPtr session = tls.currentSession();
            const bool hasTicket = session && SSL_SESSION_has_ticket(session.get());
            if (hasTicket && seen)
                return;   // one more short read after the first ticket, for the rest of them
            seen = seen || hasTicket;
            const int left = int(postHandshakeWaitMs() - timer.elapsed());
            if (left <= 0)
                return;
            Error error;
            // Short slices: tickets alone are no plaintext, so read() waits out its whole time.
            if (!tls.read(&dropped, qMin(left, 150), &error) && error.kind != ErrorKind::Timeout)
                return;
        }
    }

    // One connection: a handshake (offering `resume` if given, with `earlyData` as 0-RTT data if
    // not empty), then, if asked, the post-handshake read for TLS 1.3 tickets.
    Handshake handshake(const TlsClientConfig &config, SSL_SESSION *resume, bool readTicketsAfter, const QByteArray &earlyData)
    {
        Handshake h;
        bool ran = false;
        const HygieneAttempt a = s_.connect([&](Connection &c) {
            ran = true;
            HygieneAttempt out;
            TlsClient tls(c);
            if (!tls.configure(config, &out.error)) {
                h.error = out.error.message;
                return out;
            }
            if (resume)
                tls.offerSession(resume);
            Error error;
            bool ok = true;
            if (!earlyData.isEmpty())
                ok = tls.writeEarlyData(earlyData, s_.target.timeoutMs, &error);
            ok = ok && tls.handshake(s_.target.timeoutMs, &error);
            TlsFacts facts;
            tls.fillFacts(&facts);
            out.serverSpokeTls = ok || tls.serverSpokeTls();
            out.status = error.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled : AttemptStatus::Completed;
            out.error = error;
            if (!ok) {
                h.error = error.message;
                if (!facts.alert.isEmpty() && facts.alertDirection == QLatin1String("received"))
                    out.status = AttemptStatus::Rejected;
                return out;
            }
            h.established = true;
            h.version = facts.version;
            h.resumed = facts.sessionReused;
            h.sessionId = serverHelloSessionId(tls.recorder());
            h.staple = tls.ocspStaple();
            h.chain = tls.peerChain();
            if (!earlyData.isEmpty())
                h.earlyData = tls.earlyDataStatus();
            if (readTicketsAfter && h.version == QLatin1String("TLSv1.3"))
                readTickets(tls);
            h.tickets = serverMessages(tls.recorder(), 4);
            h.session = tls.currentSession();
            tls.shutdown(200);
            return out;
        });
        h.ran = ran;
        if (ran)
            ++r_.connections;
        if (a.status == AttemptStatus::Cancelled) {
            h.cancelled = cancelled_ = true;
            h.error = QStringLiteral("cancelled");
        } else if (!h.established && h.error.isEmpty()) {
            h.error = a.error.message;
        }
        return h;
    }

    void judgeStaple(const Handshake &one)
    {
        X509 *leaf = one.chain.isEmpty() ? nullptr : one.chain.first().handle();
        X509 *issuer = one.chain.size() > 1 ? one.chain.at(1).handle() : nullptr;
        r_.mustStaple = isMustStaple(leaf);
        const QString mustText = r_.mustStaple ? QStringLiteral("; the leaf is must-staple (TLS feature status_request)") : QString();
        if (!one.established) {
            r_.ocspStapling = check(CheckState::Untested, QStringLiteral("no handshake to ask in: %1").arg(one.error));
            return;
        }
        if (one.staple.isEmpty()) {
            r_.ocspStapling = check(CheckState::No, QStringLiteral("no OCSP staple in the %1 handshake, though the hello asked for one (status_request)%2")
                                                        .arg(one.version, mustText));
            note(r_.ocspStapling.evidence);
            return;
        }
        const StapleFacts f = readStaple(one.staple, leaf, issuer);
        if (!f.parsed) {
            r_.ocspStapling = check(CheckState::Yes, QStringLiteral("a staple of %1 bytes in the %2 handshake, unusable: %3%4")
                                                         .arg(one.staple.size()).arg(one.version, f.problem, mustText));
            note(r_.ocspStapling.evidence);
            return;
        }
        r_.ocspStatus = f.certStatus;
        r_.ocspThisUpdate = f.thisUpdate;
        r_.ocspNextUpdate = f.nextUpdate;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        r_.ocspAgeSeconds = f.thisUpdate.isValid() ? qMax<qint64>(0, f.thisUpdate.secsTo(now)) : -1;
        QString text = QStringLiteral("a staple of %1 bytes in the %2 handshake: %3").arg(one.staple.size()).arg(one.version, f.certStatus);
        if (f.certStatus == QLatin1String("revoked"))
            text += QStringLiteral(" since %1%2").arg(isoOf(f.revokedAt),
                                                     f.revocationReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.revocationReason));
        text += QStringLiteral(", thisUpdate %1, nextUpdate %2").arg(isoOf(f.thisUpdate), isoOf(f.nextUpdate));
        if (f.nextUpdate.isValid() && f.nextUpdate < now)
            text += QStringLiteral(" (passed)");
        text += QStringLiteral("; signature not checked") + mustText;
        r_.ocspStapling = check(CheckState::Yes, text);
        note(text);
    }

    void tls13Resumption(const Handshake &one, bool resumption, bool early)
    {
        SSL_SESSION *session = one.session.get();
        const bool resumable = session && SSL_SESSION_has_ticket(session) && SSL_SESSION_is_resumable(session);
        const QString waited = smtpLike() ? QStringLiteral("after the TLS 1.3 handshake and the reply to our EHLO") : QStringLiteral("after the TLS 1.3 handshake");
        if (!resumable) {
            const QString why = QStringLiteral("no NewSessionTicket %1 (waited up to %2 s)").arg(waited).arg(postHandshakeWaitMs() / 1000.0);
            if (resumption)
                r_.tls13Resumption = check(CheckState::No, why);
            if (early)
                r_.earlyData = check(CheckState::NotApplicable, QStringLiteral("no TLS 1.3 ticket to send early data with (%1)").arg(why));
            note(why);
            return;
        }
        r_.tls13TicketLifetime = qint64(SSL_SESSION_get_ticket_lifetime_hint(session));
        r_.tls13MaxEarlyData = qint64(SSL_SESSION_get_max_early_data(session));
        const QString ticketText = QStringLiteral("%1 NewSessionTicket(s) %2 (lifetime %3 s, max_early_data %4)")
                                       .arg(qMax(1, one.tickets)).arg(waited).arg(r_.tls13TicketLifetime).arg(r_.tls13MaxEarlyData);
        // 0-RTT only where the client speaks first: over STARTTLS, or on bare TLS.
        QByteArray earlyBytes;
        QString noEarly;
        if (early) {
            if (r_.tls13MaxEarlyData <= 0)
                noEarly = QStringLiteral("the server's tickets allow no early data (max_early_data 0)");
            else if (smtpLike() && s_.target.implicitTls)
                noEarly = QStringLiteral("not tried: with implicit TLS the server greets first, so there is no client data to send early");
            else
                earlyBytes = smtpLike() ? ehloLine() : QByteArrayLiteral("\r\n");
        }
        if (!resumption && earlyBytes.isEmpty()) {
            r_.earlyData = check(noEarly.startsWith(QLatin1String("not tried")) ? CheckState::Untested : CheckState::No, noEarly);
            return;
        }
        TlsClientConfig config = baseConfig();
        config.minVersion = config.maxVersion = QStringLiteral("TLSv1.3");
        const Handshake two = handshake(config, session, false, earlyBytes);
        if (two.cancelled)
            return;
        if (!two.established) {
            if (resumption)
                r_.tls13Resumption = check(CheckState::Untested, QStringLiteral("%1; the second connection offering it failed: %2").arg(ticketText, two.error));
            if (early)
                r_.earlyData = check(CheckState::Untested, noEarly.isEmpty() ? QStringLiteral("the connection with early data failed: %1").arg(two.error) : noEarly);
            return;
        }
        if (resumption)
            r_.tls13Resumption = two.resumed
                ? check(CheckState::Yes, QStringLiteral("%1; a second connection offering the latest was resumed with it (PSK, no certificate)").arg(ticketText))
                : check(CheckState::No, QStringLiteral("%1; but a second connection offering the latest got a full handshake").arg(ticketText));
        note(QStringLiteral("TLS 1.3 ticket: %1").arg(r_.tls13Resumption.evidence));
        if (!early)
            return;
        if (earlyBytes.isEmpty()) {
            r_.earlyData = check(noEarly.startsWith(QLatin1String("not tried")) ? CheckState::Untested : CheckState::No, noEarly);
        } else if (two.earlyData == QLatin1String("accepted")) {
            r_.earlyData = check(CheckState::Yes, QStringLiteral("%1 bytes of 0-RTT data (%2) on the resumed TLS 1.3 connection were accepted (max_early_data %3)")
                                                      .arg(earlyBytes.size())
                                                      .arg(earlyBytes.trimmed().isEmpty() ? QStringLiteral("CRLF") : QString::fromLatin1(earlyBytes.trimmed()))
                                                      .arg(r_.tls13MaxEarlyData));
        } else if (two.earlyData == QLatin1String("rejected")) {
            r_.earlyData = check(CheckState::No, QStringLiteral("%1 bytes of 0-RTT data on the %2 TLS 1.3 connection were rejected, though the ticket allowed %3")
                                                     .arg(earlyBytes.size())
                                                     .arg(two.resumed ? QStringLiteral("resumed") : QStringLiteral("(not resumed)"))
                                                     .arg(r_.tls13MaxEarlyData));
        } else {
            r_.earlyData = check(CheckState::Untested, QStringLiteral("the early data was not sent (OpenSSL would not use the ticket for it)"));
        }
        note(QStringLiteral("early data: %1").arg(r_.earlyData.evidence));
    }

    static bool hasTicket(const Handshake &h) { return h.session && SSL_SESSION_has_ticket(h.session.get()); }

    // TLS <= 1.2 from a full handshake `first`: resumption by session id, then by ticket. When
    // `first` holds no ticket, the connection resuming it by id offers tickets too and so brings
    // the ticket the last connection offers (three connections in all).
    void tls12Resumption(const Handshake &first, const TlsClientConfig &config, bool ticketsOffered)
    {
        const QString version = first.version;
        note(QStringLiteral("%1 full handshake: session id %2, %3").arg(version,
                 first.sessionId.isEmpty() ? QStringLiteral("empty") : QStringLiteral("of %1 bytes").arg(first.sessionId.size()),
                 hasTicket(first) ? QStringLiteral("a NewSessionTicket") : QStringLiteral("no NewSessionTicket")));
        const Handshake *ticketFrom = hasTicket(first) ? &first : nullptr;
        Handshake second;
        const QString id = QStringLiteral("the session id %1 (%2 bytes)").arg(shortHex(first.sessionId)).arg(first.sessionId.size());
        if (first.sessionId.isEmpty()) {
            r_.sessionIdResumption = check(CheckState::No, QStringLiteral("the %1 ServerHello carried an empty session id%2: "
                                                                          "the server names no session to resume by id")
                                                               .arg(version, ticketsOffered ? QStringLiteral(", and no ticket came")
                                                                                            : QStringLiteral(", though the hello offered no ticket")));
        } else {
            // The session as named by the ServerHello's id (a ticket's session is named by the
            // ticket's hash); with a ticket in it, the hello must leave tickets out.
            ossl::SslSessionPtr byId(first.session ? SSL_SESSION_dup(first.session.get()) : nullptr);
            if (!byId || SSL_SESSION_set1_id(byId.get(), reinterpret_cast<const unsigned char *>(first.sessionId.constData()),
                                             unsigned(first.sessionId.size())) != 1) {
                ERR_clear_error();
                r_.sessionIdResumption = check(CheckState::Untested, QStringLiteral("OpenSSL could not copy the session"));
            } else {
                TlsClientConfig idConfig = config;
                idConfig.sessionTickets = ticketFrom == nullptr;
                second = handshake(idConfig, byId.get(), false, QByteArray());
                if (second.cancelled)
                    return;
                if (!second.established)
                    r_.sessionIdResumption = check(CheckState::Untested, QStringLiteral("a second connection offering %1 failed: %2").arg(id, second.error));
                else if (second.resumed)
                    r_.sessionIdResumption = check(CheckState::Yes, QStringLiteral("a second %1 connection offering %2 was resumed (abbreviated handshake)")
                                                                        .arg(second.version, id));
                else
                    r_.sessionIdResumption = check(CheckState::No, QStringLiteral("a second %1 connection offering %2 got a full handshake (the server did not keep the session)")
                                                                       .arg(second.version, id));
                if (!ticketFrom && second.established && hasTicket(second))
                    ticketFrom = &second;
            }
        }
        note(QStringLiteral("session id: %1").arg(r_.sessionIdResumption.evidence));

        // A ticket still to get: a full handshake offering the extension (a server may give one
        // only then, not when it resumed by id).
        Handshake third;
        bool askedAfresh = false;
        if (!ticketFrom && !(second.established && !second.resumed)) {
            askedAfresh = true;
            third = handshake(config, nullptr, false, QByteArray());
            if (third.cancelled)
                return;
            if (!third.established) {
                r_.ticketResumption = check(CheckState::Untested, QStringLiteral("the handshake asking for a ticket failed: %1").arg(third.error));
                return;
            }
            if (hasTicket(third))
                ticketFrom = &third;
        }
        if (!ticketFrom) {
            r_.ticketResumption = check(CheckState::No, QStringLiteral("no NewSessionTicket in a full %1 handshake, though the hello offered session_ticket (35)")
                                                            .arg(askedAfresh ? third.version : second.established ? second.version : version));
            note(QStringLiteral("ticket: %1").arg(r_.ticketResumption.evidence));
            return;
        }
        SSL_SESSION *session = ticketFrom->session.get();
        r_.ticketLifetime = qint64(SSL_SESSION_get_ticket_lifetime_hint(session));
        const QString ticketText = QStringLiteral("a NewSessionTicket in the %1 %2 handshake (%3)")
                                       .arg(ticketFrom->resumed ? QStringLiteral("resumed") : QStringLiteral("full"), ticketFrom->version,
                                            r_.ticketLifetime > 0 ? QStringLiteral("lifetime hint %1 s").arg(r_.ticketLifetime)
                                                                  : QStringLiteral("lifetime hint 0: unspecified"));
        const Handshake again = handshake(config, session, false, QByteArray());
        if (again.cancelled)
            return;
        if (!again.established)
            r_.ticketResumption = check(CheckState::Untested, QStringLiteral("%1; a second connection offering it failed: %2").arg(ticketText, again.error));
        else if (again.resumed)
            r_.ticketResumption = check(CheckState::Yes, QStringLiteral("%1, resumed on a further connection (abbreviated handshake)").arg(ticketText));
        else
            r_.ticketResumption = check(CheckState::No, QStringLiteral("%1, but a further connection offering it got a full handshake").arg(ticketText));
        note(QStringLiteral("ticket: %1").arg(r_.ticketResumption.evidence));
    }

    const HygieneProbeSetup &s_;
    HygieneResult &r_;
    bool cancelled_ = false;
};

} // namespace

void runResumptionProbes(const HygieneProbeSetup &setup, HygieneResult *result)
{
    Probes(setup, result).run();
}

} // namespace mailtls::core
