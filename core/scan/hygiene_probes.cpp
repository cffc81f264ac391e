#include "scan/hygiene_probes.h"

#include <QElapsedTimer>

#include <algorithm>

#include "base/limits.h"
#include "catalog/cipher_catalog.h"
#include "catalog/tls_names.h"
#include "catalog/versions.h"
#include "scan/resumption_probes.h"
#include "scan/scanner.h"
#include "tls/tls_client.h"
#include "wire/client_hello_builder.h"
#include "wire/server_hello_parser.h"

namespace mailtls::core {

namespace {

bool isCbc(quint16 code)
{
    const SuiteInfo *s = CipherCatalog::instance().byCode(code);
    return s && s->enc.endsWith(QLatin1String("-CBC"));
}

QString suiteName(quint16 code)
{
    const SuiteInfo *s = CipherCatalog::instance().byCode(code);
    return s && !s->iana.isEmpty() ? s->iana : suiteCodeHex(code);
}

// "warning no_renegotiation (100)" from an alert record's payload.
QString alertText(const HandshakeMessage &m)
{
    if (m.raw.size() < 2)
        return m.summary;
    const int level = quint8(m.raw.at(0));
    const int description = quint8(m.raw.at(1));
    return QStringLiteral("%1 %2 (%3)")
        .arg(level == 1 ? QStringLiteral("warning") : QStringLiteral("fatal"), alertDescriptionName(description))
        .arg(description);
}

// The first alert the server sent at or after message index `from`; empty if none.
QString serverAlertSince(const HandshakeRecorder &recorder, int from)
{
    const QList<HandshakeMessage> &messages = recorder.messages();
    for (int i = from; i < messages.size(); ++i)
        if (messages.at(i).dir == QLatin1String("S") && messages.at(i).contentType == 21)
            return alertText(messages.at(i));
    return QString();
}

// The first ServerHello the recorder saw, taken apart.
ServerHelloFacts firstServerHello(const HandshakeRecorder &recorder)
{
    for (const HandshakeMessage &m : recorder.messages())
        if (m.dir == QLatin1String("S") && m.contentType == 22 && m.handshakeType == 2)
            return serverHelloFacts(m.raw);
    return {};
}

HygieneCheck check(CheckState state, const QString &evidence)
{
    return HygieneCheck{state, evidence};
}

// Suites for a raw hello of `version`: those the linked OpenSSL can offer first (what real
// servers accept), `first` at the head, at most kMaxSuites - 1 (room for the fallback SCSV).
QList<quint16> rawSuites(const QString &version, quint16 first)
{
    const QList<quint16> offerable = opensslOfferableSuites(version);
    QList<quint16> out;
    if (first != 0)
        out << first;
    for (quint16 code : offerable)
        if (!out.contains(code))
            out << code;
    for (const SuiteInfo &s : CipherCatalog::instance().forVersion(version))
        if (!out.contains(s.code) && (s.code >> 8) != 0x13)
            out << s.code;
    return out.mid(0, ClientHelloBuilder::kMaxSuites - 1);
}

class Probes
{
public:
    explicit Probes(const HygieneProbeSetup &setup) : s_(setup) {}

    HygieneFacts run()
    {
        HygieneResult &r = f_.result;
        r.present = true;
        const QString untried = QStringLiteral("not tried: no full TLS <= 1.2 handshake");
        r.secureRenegotiation = r.clientRenegotiation = r.extendedMasterSecret = r.encryptThenMac = check(CheckState::Untested, untried);
        estimate(3);
        firstHandshake();
        if (f_.refusedAll) {
            const QString why = QStringLiteral("the server accepts no TLS 1.0-1.2 hello (%1)").arg(f_.refusal);
            r.secureRenegotiation = r.clientRenegotiation = r.extendedMasterSecret = r.encryptThenMac =
                check(CheckState::NotApplicable, why);
        }
        if (f_.firstHandshake) {
            if (needCbcProbe_)
                cbcHandshake();
            fallbackProbes();
        }
        // Resumption, OCSP stapling and 0-RTT (scan/resumption_probes.h), each when asked for.
        runResumptionProbes(s_, &r);
        estimate(0);
        return f_;
    }

private:
    void note(const QString &text)
    {
        if (s_.note)
            s_.note(QStringLiteral("hygiene: ") + text);
    }
    void estimate(int n)
    {
        if (s_.estimate)
            s_.estimate(n);
    }
    int waitMs() const { return qMin(s_.target.timeoutMs, limits::kRenegotiationWaitMs); }

    HygieneAttempt connect(const std::function<HygieneAttempt(Connection &)> &work)
    {
        bool ran = false;
        HygieneAttempt a = s_.connect([&](Connection &c) {
            ran = true;
            return work(c);
        });
        if (ran)
            ++f_.result.connections;
        return a;
    }

    // 1: the highest TLS <= 1.2 version, a full handshake, then renegotiations.
    void firstHandshake()
    {
        HygieneResult &r = f_.result;
        const HygieneAttempt a = connect([&](Connection &c) {
            HygieneAttempt out;
            TlsClientConfig config;
            config.minVersion = QStringLiteral("TLSv1");
            config.maxVersion = QStringLiteral("TLSv1.2");
            config.securityLevel = 0;
            config.sni = s_.target.sni;
            config.ciphers = QStringLiteral("ALL:COMPLEMENTOFALL:!aNULL:!eNULL");
            config.legacyServerConnect = true;
            TlsClient tls(c);
            if (!tls.configure(config, &out.error))
                return out;
            Error error;
            const bool ok = tls.handshake(s_.target.timeoutMs, &error);
            const HandshakeRecorder &rec = tls.recorder();
            const ServerHelloFacts hello = firstServerHello(rec);
            out.serverSpokeTls = hello.ok || !serverAlertSince(rec, 0).isEmpty();
            out.status = error.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled : AttemptStatus::Completed;
            out.error = error;
            if (!hello.ok) {
                const QString alert = serverAlertSince(rec, 0);
                if (!alert.isEmpty()) {
                    f_.refusedAll = true;
                    f_.refusal = alert;
                    out.status = AttemptStatus::Rejected;
                } else {
                    f_.refusal = error.message;
                }
                note(QStringLiteral("TLS 1.0-1.2 hello: %1").arg(alert.isEmpty() ? error.message : QStringLiteral("refused, ") + alert));
                return out;
            }
            readFirstHello(hello, ok ? QString() : error.message);
            if (ok)
                renegotiations(tls, hello);
            else
                r.clientRenegotiation = check(CheckState::Untested,
                                              QStringLiteral("not tried: the first handshake did not complete (%1)").arg(error.message));
            tls.shutdown(200);
            return out;
        });
        if (a.status == AttemptStatus::Failed && !f_.firstHandshake && !f_.refusedAll && f_.refusal.isEmpty())
            f_.refusal = a.error.message;
    }

    void readFirstHello(const ServerHelloFacts &hello, const QString &brokeAfter)
    {
        HygieneResult &r = f_.result;
        f_.firstHandshake = true;
        f_.negotiated = hello.version;
        f_.sentinel = downgradeSentinelOf(hello.random);
        f_.randomTail = hello.random.right(8);
        firstSuite_ = hello.suite;
        const QString version = protocolVersionName(hello.version);
        r.version = version;
        note(QStringLiteral("%1 with %2; ServerHello extensions: %3%4")
                 .arg(version, suiteName(hello.suite), extensionList(hello),
                      brokeAfter.isEmpty() ? QString() : QStringLiteral("; then %1").arg(brokeAfter)));
        if (hello.has(extension::kRenegotiationInfo))
            r.secureRenegotiation = check(CheckState::Yes,
                                          QStringLiteral("renegotiation_info (0xff01) in the %1 ServerHello, in reply to the SCSV 0x00FF%2")
                                              .arg(version, hello.renegotiationInfo.isEmpty() ? QString()
                                                                                              : QStringLiteral(" (not empty: %1 bytes)")
                                                                                                    .arg(hello.renegotiationInfo.size())));
        else
            r.secureRenegotiation = check(CheckState::No,
                                          QStringLiteral("no renegotiation_info (0xff01) in the %1 ServerHello, though the hello carried the SCSV 0x00FF")
                                              .arg(version));
        r.extendedMasterSecret = hello.has(extension::kExtendedMasterSecret)
            ? check(CheckState::Yes, QStringLiteral("extended_master_secret (23) in the %1 ServerHello").arg(version))
            : check(CheckState::No, QStringLiteral("no extended_master_secret (23) in the %1 ServerHello, though the hello offered it").arg(version));
        if (isCbc(hello.suite)) {
            etmFrom(hello, version);
        } else {
            needCbcProbe_ = true;
            r.encryptThenMac = check(CheckState::Untested, QStringLiteral("not tried: no CBC suite negotiated yet"));
        }
    }

    void etmFrom(const ServerHelloFacts &hello, const QString &version)
    {
        f_.result.encryptThenMac = hello.has(extension::kEncryptThenMac)
            ? check(CheckState::Yes, QStringLiteral("encrypt_then_mac (22) in the %1 ServerHello with %2").arg(version, suiteName(hello.suite)))
            : check(CheckState::No, QStringLiteral("no encrypt_then_mac (22) in the %1 ServerHello with %2, though the hello offered it")
                                        .arg(version, suiteName(hello.suite)));
    }

    static QString extensionList(const ServerHelloFacts &hello)
    {
        QStringList names;
        for (int type : hello.extensions)
            names << QStringLiteral("%1 (%2)").arg(extensionName(type)).arg(type);
        return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "));
    }

    void renegotiations(TlsClient &tls, const ServerHelloFacts &hello)
    {
        HygieneResult &r = f_.result;
        if (!s_.attackChecks) {
            r.clientRenegotiation = check(CheckState::Untested, QStringLiteral("not tried: --no-attack-checks"));
            return;
        }
        if (!hello.has(extension::kRenegotiationInfo)) {
            r.clientRenegotiation = check(CheckState::Untested,
                                          QStringLiteral("not tried: without secure renegotiation a renegotiation would be the insecure kind"));
            return;
        }
        QString stopped;
        CheckState stopState = CheckState::Untested;
        for (int i = 0; i < limits::kRenegotiationsInARow; ++i) {
            const int before = int(tls.recorder().messages().size());
            Error error;
            ++r.renegotiationsTried;
            if (tls.renegotiate(waitMs(), &error)) {
                ++r.renegotiationsAccepted;
                continue;
            }
            const QString alert = serverAlertSince(tls.recorder(), before);
            if (!alert.isEmpty()) {
                stopped = QStringLiteral("alert %1").arg(alert);
                stopState = CheckState::No;
            } else if (error.kind == ErrorKind::Closed) {
                stopped = QStringLiteral("the server closed the connection");
                stopState = CheckState::No;
            } else if (error.kind == ErrorKind::Tls || error.kind == ErrorKind::Io) {
                // What came back was no handshake: a server that drops TLS on the request (Exim
                // with GnuTLS answers in cleartext) has refused it.
                stopped = error.message.contains(QLatin1String("wrong version number"))
                    ? QStringLiteral("the server broke off TLS instead (its answer was not a TLS record)")
                    : QStringLiteral("the server broke off TLS instead (%1)").arg(error.message);
                stopState = CheckState::No;
            } else {
                stopped = error.message;   // a timeout: nothing learned
                stopState = CheckState::Untested;
            }
            break;
        }
        if (r.renegotiationsAccepted > 0) {
            r.clientRenegotiation = check(CheckState::Yes, stopped.isEmpty()
                    ? QStringLiteral("%1 client-initiated renegotiations in a row accepted (%2 asked for)")
                          .arg(r.renegotiationsAccepted).arg(r.renegotiationsTried)
                    : QStringLiteral("%1 client-initiated renegotiation(s) accepted, then the next refused: %2")
                          .arg(r.renegotiationsAccepted).arg(stopped));
        } else {
            r.clientRenegotiation = check(stopState, stopState == CheckState::No
                    ? QStringLiteral("refused: %1").arg(stopped)
                    : QStringLiteral("no verdict: %1").arg(stopped));
        }
        note(QStringLiteral("client-initiated renegotiation: %1").arg(r.clientRenegotiation.evidence));
    }

    // 2: encrypt_then_mac needs a CBC suite: a handshake offering only those.
    void cbcHandshake()
    {
        HygieneResult &r = f_.result;
        const QString version = protocolVersionName(f_.negotiated);
        QStringList names;
        for (quint16 code : opensslOfferableSuites(version))
            if (isCbc(code))
                if (const SuiteInfo *s = CipherCatalog::instance().byCode(code); s && !s->openssl.isEmpty())
                    names << s->openssl;
        if (names.isEmpty()) {
            r.encryptThenMac = check(CheckState::Untested, QStringLiteral("not tried: no CBC suite to offer in %1").arg(version));
            return;
        }
        estimate(3);
        connect([&](Connection &c) {
            HygieneAttempt out;
            TlsClientConfig config;
            config.minVersion = config.maxVersion = version;
            config.securityLevel = 0;
            config.sni = s_.target.sni;
            config.ciphers = names.join(QLatin1Char(':'));
            config.legacyServerConnect = true;
            TlsClient tls(c);
            if (!tls.configure(config, &out.error))
                return out;
            Error error;
            const bool ok = tls.handshake(s_.target.timeoutMs, &error);
            const ServerHelloFacts hello = firstServerHello(tls.recorder());
            const QString alert = serverAlertSince(tls.recorder(), 0);
            out.serverSpokeTls = hello.ok || !alert.isEmpty();
            out.status = error.kind == ErrorKind::Cancelled ? AttemptStatus::Cancelled : AttemptStatus::Completed;
            out.error = error;
            if (hello.ok && isCbc(hello.suite)) {
                etmFrom(hello, version);
                note(QStringLiteral("%1 with CBC suites only: %2; ServerHello extensions: %3")
                         .arg(version, suiteName(hello.suite), extensionList(hello)));
            } else if (!alert.isEmpty()) {
                out.status = AttemptStatus::Rejected;
                r.encryptThenMac = check(CheckState::NotApplicable,
                                         QStringLiteral("the server accepts no CBC suite in %1 (alert %2)").arg(version, alert));
                note(QStringLiteral("%1 with CBC suites only: refused, %2").arg(version, alert));
            } else {
                r.encryptThenMac = check(CheckState::Untested,
                                         QStringLiteral("the CBC-only handshake got no answer to judge: %1")
                                             .arg(ok ? QStringLiteral("a suite that was not offered") : error.message));
            }
            tls.shutdown(200);
            return out;
        });
    }

    // A raw hello of `version` carrying TLS_FALLBACK_SCSV: how the server answered.
    FallbackAnswer fallbackHello(int version, QString *evidence)
    {
        const QString name = protocolVersionName(version);
        ClientHelloSpec spec;
        spec.version = version;
        spec.suites = rawSuites(name, version == f_.negotiated ? firstSuite_ : 0);
        spec.suites << kFallbackScsv;
        spec.sni = s_.target.sni;
        FallbackAnswer answer = FallbackAnswer::NoAnswer;
        const HygieneAttempt a = connect([&](Connection &c) {
            HygieneAttempt out;
            out.status = AttemptStatus::Completed;
            Error error;
            const QByteArray hello = ClientHelloBuilder::build(spec, &error);
            if (hello.isEmpty() || !c.writeAll(hello, s_.target.timeoutMs, &error)) {
                out.error = error;
                *evidence = error.message;
                return out;
            }
            ServerHelloParser parser(spec.suites, false);
            QElapsedTimer timer;
            timer.start();
            while (!parser.isDone()) {
                QByteArray bytes;
                const int left = int(qMax<qint64>(0, s_.target.timeoutMs - timer.elapsed()));
                if (!c.readSome(&bytes, left, &error)) {
                    if (error.kind == ErrorKind::Cancelled) {
                        out.status = AttemptStatus::Cancelled;
                        return out;
                    }
                    if (error.kind == ErrorKind::Timeout && parser.response().kind == ServerResponse::Kind::None) {
                        out.error = error;
                        *evidence = QStringLiteral("no answer within %1 s").arg(s_.target.timeoutMs / 1000.0);
                        return out;
                    }
                    parser.finishOnClose();
                    break;
                }
                parser.feed(bytes);
            }
            const ServerResponse &resp = parser.response();
            switch (resp.kind) {
            case ServerResponse::Kind::Alert:
                out.serverSpokeTls = true;
                out.status = AttemptStatus::Rejected;
                answer = resp.alertDescription == kInappropriateFallbackAlert ? FallbackAnswer::Refused : FallbackAnswer::OtherAlert;
                *evidence = QStringLiteral("a %1 hello with TLS_FALLBACK_SCSV got alert %2 (%3)")
                                .arg(name, resp.alertName).arg(resp.alertDescription);
                break;
            case ServerResponse::Kind::ServerHello:
                out.serverSpokeTls = true;
                answer = resp.version == version ? FallbackAnswer::Accepted : FallbackAnswer::OtherAlert;
                *evidence = resp.version == version
                    ? QStringLiteral("a %1 hello with TLS_FALLBACK_SCSV was accepted (ServerHello, %2)").arg(name, suiteName(resp.suite))
                    : QStringLiteral("a %1 hello with TLS_FALLBACK_SCSV was answered with %2").arg(name, protocolVersionName(resp.version));
                break;
            default:
                *evidence = QStringLiteral("a %1 hello with TLS_FALLBACK_SCSV: %2")
                                .arg(name, resp.error == QLatin1String("closed") ? QStringLiteral("the server closed the connection") : resp.error);
                break;
            }
            return out;
        });
        if (a.status == AttemptStatus::Failed && evidence->isEmpty())
            *evidence = a.error.message;
        note(*evidence);
        return answer;
    }

    // 3: TLS_FALLBACK_SCSV at the version the server chose, then one lower while it accepts.
    void fallbackProbes()
    {
        estimate(2);
        f_.fallbackAtVersion = fallbackHello(f_.negotiated, &f_.fallbackAtVersionEvidence);
        // Accepted at its own highest TLS <= 1.2 version: right if that is its highest overall,
        // so ask one version lower too, unless the sentinel already says TLS 1.3 is there.
        if (f_.fallbackAtVersion == FallbackAnswer::Accepted && f_.negotiated > 0x0301 && f_.sentinel == DowngradeSentinel::None) {
            estimate(1);
            f_.belowVersion = f_.negotiated - 1;
            f_.fallbackBelow = fallbackHello(f_.belowVersion, &f_.fallbackBelowEvidence);
        }
    }

    const HygieneProbeSetup &s_;
    HygieneFacts f_;
    bool needCbcProbe_ = false;
    quint16 firstSuite_ = 0;
};

} // namespace

HygieneFacts runHygieneProbes(const HygieneProbeSetup &setup)
{
    return Probes(setup).run();
}

HygieneResult concludeHygiene(const HygieneFacts &facts, const QMap<QString, bool> &protocols)
{
    HygieneResult r = facts.result;
    if (!r.present)
        return r;
    const bool tls13Known = protocols.contains(QStringLiteral("TLSv1.3"));
    const bool tls13 = protocols.value(QStringLiteral("TLSv1.3"), false);
    bool olderAccepted = false;
    for (const QString &v : {QStringLiteral("SSLv3"), QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")})
        olderAccepted = olderAccepted || protocols.value(v, false);

    if (!facts.firstHandshake) {
        // No TLS <= 1.2 handshake: fine for a TLS 1.3-only server, no verdict otherwise.
        const bool notApplicable = facts.refusedAll && !olderAccepted;
        const QString why = notApplicable
            ? QStringLiteral("the server accepts no TLS 1.0-1.2 hello (%1)").arg(facts.refusal)
            : QStringLiteral("no TLS 1.0-1.2 handshake to look at: %1")
                  .arg(facts.refusal.isEmpty() ? QStringLiteral("the probe did not run") : facts.refusal);
        const HygieneCheck c{notApplicable ? CheckState::NotApplicable : CheckState::Untested, why};
        r.secureRenegotiation = r.clientRenegotiation = r.extendedMasterSecret = r.encryptThenMac = c;
        r.fallbackScsv = r.downgradeSentinel = c;
        return r;
    }
    const QString version = protocolVersionName(facts.negotiated);

    // The downgrade sentinel: only a server that speaks TLS 1.3 writes it.
    const QString tail = QString::fromLatin1(facts.randomTail.toHex(' ')).toUpper();
    const DowngradeSentinel expected = facts.negotiated == 0x0303 ? DowngradeSentinel::Tls12 : DowngradeSentinel::Tls11OrBelow;
    if (tls13) {
        r.downgradeSentinel = facts.sentinel == expected
            ? HygieneCheck{CheckState::Yes, QStringLiteral("the %1 ServerHello.random ends in %2 (the RFC 8446 sentinel)").arg(version, tail)}
            : HygieneCheck{CheckState::No, QStringLiteral("the server speaks TLS 1.3, yet its %1 ServerHello.random ends in %2, not %3")
                                               .arg(version, tail,
                                                    expected == DowngradeSentinel::Tls12 ? QStringLiteral("44 4F 57 4E 47 52 44 01")
                                                                                         : QStringLiteral("44 4F 57 4E 47 52 44 00"))};
    } else if (tls13Known) {
        r.downgradeSentinel = {CheckState::NotApplicable, QStringLiteral("the server does not accept TLS 1.3; its %1 ServerHello.random ends in %2")
                                                              .arg(version, tail)};
    } else {
        r.downgradeSentinel = {CheckState::Untested, QStringLiteral("TLS 1.3 was not tested, so the sentinel cannot be judged")};
    }

    // TLS_FALLBACK_SCSV: refused with inappropriate_fallback below the highest version.
    switch (facts.fallbackAtVersion) {
    case FallbackAnswer::Refused:
        r.fallbackScsv = {CheckState::Yes, facts.fallbackAtVersionEvidence};
        break;
    case FallbackAnswer::Accepted:
        if (tls13 || facts.sentinel != DowngradeSentinel::None) {
            r.fallbackScsv = {CheckState::No, QStringLiteral("%1, though the server speaks TLS 1.3").arg(facts.fallbackAtVersionEvidence)};
        } else if (facts.fallbackBelow == FallbackAnswer::Refused) {
            r.fallbackScsv = {CheckState::Yes, facts.fallbackBelowEvidence};
        } else if (facts.fallbackBelow == FallbackAnswer::Accepted) {
            r.fallbackScsv = {CheckState::No, QStringLiteral("%1, though the server speaks %2").arg(facts.fallbackBelowEvidence, version)};
        } else if (facts.fallbackBelow == FallbackAnswer::OtherAlert && tls13Known && !protocols.value(protocolVersionName(facts.belowVersion), false)) {
            r.fallbackScsv = {CheckState::NotApplicable, QStringLiteral("the server accepts only %1: there is no lower version to fall back to (%2)")
                                                             .arg(version, facts.fallbackBelowEvidence)};
        } else if (facts.fallbackBelow == FallbackAnswer::NotSent && facts.negotiated <= 0x0301 && tls13Known) {
            r.fallbackScsv = {CheckState::NotApplicable, QStringLiteral("the server's highest version is %1: nothing lower to fall back to").arg(version)};
        } else {
            r.fallbackScsv = {CheckState::Untested, facts.fallbackBelowEvidence.isEmpty() ? facts.fallbackAtVersionEvidence
                                                                                           : facts.fallbackBelowEvidence};
        }
        break;
    case FallbackAnswer::OtherAlert:
        r.fallbackScsv = {CheckState::Untested, QStringLiteral("%1, not inappropriate_fallback: no verdict").arg(facts.fallbackAtVersionEvidence)};
        break;
    case FallbackAnswer::NoAnswer:
        r.fallbackScsv = {CheckState::Untested, facts.fallbackAtVersionEvidence};
        break;
    case FallbackAnswer::NotSent:
        r.fallbackScsv = {CheckState::Untested, QStringLiteral("not tried")};
        break;
    }
    return r;
}

} // namespace mailtls::core
