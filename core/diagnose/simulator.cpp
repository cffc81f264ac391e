#include "diagnose/simulator.h"

#include <QDateTime>


#include "diagnose/advice.h"
#include "catalog/cipher_catalog.h"

namespace mailtls::core {

namespace {

bool isTls13Version(const QString &v)
{
    return v == QLatin1String("TLSv1.3");
}

// The certificate key type a TLS <= 1.2 suite needs on the server; empty when none (anon, PSK).

bool isEcGroup(const QString &g)
{
    return !g.startsWith(QLatin1String("ffdhe")) && !g.contains(QLatin1String("MLKEM")) && !g.contains(QLatin1String("Kyber"));
}

QString suiteLabel(const SuiteInfo &s)
{
    const QString ossl = opensslNameOf(s);
    if (ossl.isEmpty() || ossl == s.iana)
        return s.iana;
    return QStringLiteral("%1 (%2)").arg(ossl, s.iana);
}

QString joinTypes(const QStringList &types, const QString &conjunction)
{
    if (types.size() <= 1)
        return types.value(0);
    return QStringList(types.mid(0, types.size() - 1)).join(QLatin1String(", ")) + QLatin1Char(' ') + conjunction
           + QLatin1Char(' ') + types.last();
}

QString articleFor(const QString &word)
{
    return word.startsWith(QLatin1Char('E')) || word.startsWith(QLatin1Char('R')) ? QStringLiteral("an") : QStringLiteral("a");
}

QString rangeText(const QStringList &versions)
{
    if (versions.isEmpty())
        return QStringLiteral("no version");
    QStringList sorted = versions;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return versionRank(a) < versionRank(b); });
    if (sorted.size() == 1)
        return tlsVersionLabel(sorted.first());
    return QStringLiteral("%1 – %2").arg(tlsVersionLabel(sorted.first()), tlsVersionLabel(sorted.last()));
}

} // namespace

QString shortSuite(const SuiteInfo &s)
{
    const QString ossl = opensslNameOf(s);
    return ossl.isEmpty() ? s.iana : ossl;
}

QString certificateTypeForSuite(const SuiteInfo &s)
{
    if (s.kex == QLatin1String("ECDH"))
        return QStringLiteral("ECDSA");   // static ECDH: an EC key in the certificate
    if (s.auth == QLatin1String("RSA"))
        return QStringLiteral("RSA");
    if (s.auth == QLatin1String("ECDSA"))
        return QStringLiteral("ECDSA");
    if (s.auth == QLatin1String("DSS"))
        return QStringLiteral("DSA");
    return QString();
}

QStringList serverCertificateTypes(const ScanResult &scan)
{
    if (!scan.certificateTypes.isEmpty())
        return scan.certificateTypes;
    QStringList types;   // older reports: what the accepted suites imply
    for (auto it = scan.ciphers.cbegin(); it != scan.ciphers.cend(); ++it)
        for (const SuiteInfo &s : it.value()) {
            const QString t = certificateTypeForSuite(s);
            if (!t.isEmpty() && !types.contains(t))
                types << t;
        }
    return types;
}

namespace {

// A failed prediction's finding: the sentence as its detail, and what its fix needs.
Finding compatFinding(const char *id, const QString &title, const QString &sentence, const QString &evidence,
                      const QMap<QString, QString> &facts)
{
    Finding f = makeFinding(QString::fromLatin1(id), Severity::High, title, sentence, evidence);
    f.facts = facts;
    f.facts.insert(QLatin1String(fixfacts::kRules), QLatin1String(fixfacts::kSimulation));
    writeFix(&f);   // the prediction shows its fix before any pipeline runs
    return f;
}

QMap<QString, QString> fact(const char *key, const QString &value)
{
    return {{QLatin1String(key), value}};
}

QMap<QString, QString> certificateTypeFacts(const QStringList &needed, const QStringList &served)
{
    return {{QLatin1String(fixfacts::kNeededTypes), needed.join(QLatin1Char(','))},
            {QLatin1String(fixfacts::kServedTypes), served.join(QLatin1Char(','))}};
}

} // namespace

// ---- prediction --------------------------------------------------------------------------

Prediction predictCompatibility(const ScanResult &scan, const ClientOffer &offer)
{
    Prediction p;
    const QStringList clientVersions = offer.effectiveVersions();
    QStringList serverVersions;
    for (auto it = scan.protocols.cbegin(); it != scan.protocols.cend(); ++it)
        if (it.value())
            serverVersions << it.key();
    std::sort(serverVersions.begin(), serverVersions.end(), [](const QString &a, const QString &b) { return versionRank(a) < versionRank(b); });
    for (const QString &v : clientVersions)
        if (serverVersions.contains(v))
            p.sharedVersions << v;
    p.steps << QStringLiteral("partner offers %1; server accepts %2").arg(rangeText(clientVersions), rangeText(serverVersions));
    const QStringList served = serverCertificateTypes(scan);

    // 1. Version.
    if (p.sharedVersions.isEmpty()) {
        const bool serverTooOld = !serverVersions.isEmpty() && !clientVersions.isEmpty()
                                  && versionRank(serverVersions.last()) < versionRank(clientVersions.first());
        QString sentence;
        if (serverVersions.isEmpty())
            sentence = QStringLiteral("Protocol mismatch: the server accepted no TLS version in the scan, so no partner can connect.");
        else if (serverTooOld)
            sentence = QStringLiteral("Protocol mismatch: the partner offers %1, but this server accepts only %2; enable %3 on the server.")
                           .arg(rangeText(clientVersions), rangeText(serverVersions), tlsVersionLabel(clientVersions.first()));
        else
            sentence = QStringLiteral("Protocol mismatch: the partner offers only %1, but this server accepts only %2; the partner "
                                      "must enable %3 (or the server accept %4 again, which weakens it for everyone).")
                           .arg(rangeText(clientVersions), rangeText(serverVersions), tlsVersionLabel(serverVersions.first()),
                                tlsVersionLabel(clientVersions.last()));
        p.finding = compatFinding(kCompatProtocolMismatch, QStringLiteral("The partner and the server share no TLS version"), sentence,
                                  QStringLiteral("partner: %1; server: %2").arg(rangeText(clientVersions), rangeText(serverVersions)),
                                  serverTooOld ? fact(fixfacts::kServerTooOld, QStringLiteral("yes"))
                                               : fact(fixfacts::kPartnerNewestVersion, clientVersions.value(clientVersions.size() - 1)));
        p.sentence = sentence;
        return p;
    }
    const QString version = p.sharedVersions.last();
    p.steps << QStringLiteral("both speak %1: the server picks the highest, %1").arg(tlsVersionLabel(version));
    const bool serverOrder = scan.serverPreference.value(version, false);
    const QList<SuiteInfo> serverSuites = scan.ciphers.value(version);
    p.steps << QStringLiteral("server accepts %1 suites in %2; %3")
                   .arg(serverSuites.size())
                   .arg(tlsVersionLabel(version))
                   .arg(serverOrder ? QStringLiteral("it picks in its own order") : QStringLiteral("it follows the client's order"));

    // Groups: only when both sides' lists are known.
    const bool groupsKnown = !offer.groups.isEmpty() && !scan.groups.isEmpty();
    QStringList sharedGroups;
    if (groupsKnown) {
        for (const QString &g : offer.groups)
            if (scan.groups.contains(g))
                sharedGroups << g;
    } else {
        p.caveats << (offer.groups.isEmpty() ? QStringLiteral("the partner's groups are not known; assumed to match")
                                             : QStringLiteral("the server's groups are not in the scan; assumed to match"));
        // The group shown is then a likely one, not a certain one (see the caveat).
        sharedGroups = offer.groups.isEmpty() ? scan.groups : offer.groups;
    }
    // Signature algorithms: only when the partner's list is known.
    QStringList sigTypes;
    for (const QString &s : offer.sigalgs) {
        const QString t = sigalgCertificateType(s);
        if (!t.isEmpty() && !sigTypes.contains(t))
            sigTypes << t;
    }

    const QList<quint16> &clientSuites = isTls13Version(version) ? offer.tls13Suites : offer.ciphers;
    QList<SuiteInfo> shared;
    if (serverOrder) {
        for (const SuiteInfo &s : serverSuites)
            if (clientSuites.contains(s.code))
                shared << s;
    } else {
        for (quint16 code : clientSuites)
            for (const SuiteInfo &s : serverSuites)
                if (s.code == code)
                    shared << s;
    }

    if (isTls13Version(version)) {
        p.sharedSuites = shared;
        if (shared.isEmpty()) {
            p.failedVersion = version;
            const QString sentence = QStringLiteral("No shared cipher: in TLS 1.3 the partner offers %1 and the server accepts %2, none in common; "
                                                    "enable TLS_AES_128_GCM_SHA256 and TLS_AES_256_GCM_SHA384 on the server.")
                                         .arg(offer.tls13Suites.size()).arg(serverSuites.size());
            p.finding = compatFinding(kCompatNoSharedCipher, QStringLiteral("No TLS 1.3 suite in common"), sentence, QString(),
                                      fact(fixfacts::kLacking, QStringLiteral("suite")));
            p.sentence = sentence;
            return p;
        }
        if (groupsKnown) {
            QStringList tls13Groups;
            for (const QString &g : sharedGroups)
                tls13Groups << g;
            if (tls13Groups.isEmpty()) {
                p.failedVersion = version;
                const QString sentence = QStringLiteral("No shared key exchange group: in TLS 1.3 the partner offers %1 and the server accepts %2; "
                                                        "enable x25519 and secp256r1 on the server.")
                                             .arg(offer.groups.join(QLatin1String(", ")), scan.groups.join(QLatin1String(", ")));
                p.finding = compatFinding(kCompatNoSharedCipher, QStringLiteral("No key exchange group in common"), sentence, QString(),
                                          fact(fixfacts::kLacking, QStringLiteral("group")));
                p.sentence = sentence;
                return p;
            }
            p.group = tls13Groups.first();
        } else {
            p.group = sharedGroups.value(0);
        }
        if (!sigTypes.isEmpty()) {
            bool match = false;
            for (const QString &t : served)
                match = match || sigTypes.contains(t);
            if (!match && !served.isEmpty()) {
                p.failedVersion = version;
                const QString sentence = QStringLiteral("No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve %2 %3 "
                                                        "certificate alongside the %4 one.")
                                             .arg(joinTypes(sigTypes, QStringLiteral("or")), articleFor(sigTypes.first()), sigTypes.first(),
                                                  joinTypes(served, QStringLiteral("and")));
                p.finding = compatFinding(kCompatCertTypeMismatch, QStringLiteral("The partner cannot verify the certificate type served"),
                                          sentence, QStringLiteral("served: %1").arg(served.join(QLatin1String(", "))),
                                          certificateTypeFacts(sigTypes, served));
                p.sentence = sentence;
                return p;
            }
        }
        p.connects = true;
        p.version = version;
        p.suite = shared.first();
        p.steps << QStringLiteral("agreed suite: %1").arg(suiteLabel(p.suite));
        p.sentence = QStringLiteral("This partner connects: %1 with %2%3.")
                         .arg(tlsVersionLabel(version), p.suite.iana,
                              p.group.isEmpty() ? QString() : QStringLiteral(", key exchange %1").arg(p.group));
        return p;
    }

    // TLS <= 1.2: ECDHE needs a shared curve, and the client's signature list must allow the
    // certificate (TLS 1.2 only).
    const bool noSharedCurve = groupsKnown && std::none_of(sharedGroups.cbegin(), sharedGroups.cend(), isEcGroup);
    QList<SuiteInfo> usable;
    for (const SuiteInfo &s : shared) {
        if (noSharedCurve && s.kex == QLatin1String("ECDHE"))
            continue;
        if (version == QLatin1String("TLSv1.2") && !sigTypes.isEmpty() && !certificateTypeForSuite(s).isEmpty()
            && !sigTypes.contains(certificateTypeForSuite(s)))
            continue;
        usable << s;
    }
    p.sharedSuites = usable;
    if (usable.isEmpty()) {
        p.failedVersion = version;
        // Which certificate types would the partner's suites need?
        QStringList needed;
        for (quint16 code : offer.ciphers)
            if (const SuiteInfo *s = CipherCatalog::instance().byCode(code)) {
                const QString t = certificateTypeForSuite(*s);
                if (!t.isEmpty() && !needed.contains(t))
                    needed << t;
            }
        bool anyServed = false;
        for (const QString &t : needed)
            anyServed = anyServed || served.contains(t);
        if (!needed.isEmpty() && !served.isEmpty() && !anyServed) {
            const QString sentence = needed.size() == 1
                ? QStringLiteral("No shared cipher: every suite this client offers needs %1 %2 certificate; serve %1 %2 certificate "
                                 "alongside the %3 one.")
                      .arg(articleFor(needed.first()), needed.first(), joinTypes(served, QStringLiteral("and")))
                : QStringLiteral("No shared cipher: every suite this client offers needs %1 certificate; serve %2 %3 certificate "
                                 "alongside the %4 one.")
                      .arg(joinTypes(needed, QStringLiteral("or")) + QStringLiteral(" "), articleFor(needed.first()), needed.first(),
                           joinTypes(served, QStringLiteral("and")))
                      .replace(QLatin1String("needs RSA"), QLatin1String("needs an RSA"));
            p.finding = compatFinding(kCompatCertTypeMismatch,
                                      QStringLiteral("The partner's suites need %1 certificate; the server serves only %2")
                                          .arg(joinTypes(needed, QStringLiteral("or")), joinTypes(served, QStringLiteral("and"))),
                                      sentence,
                                      QStringLiteral("partner suites need: %1; server serves: %2")
                                          .arg(needed.join(QLatin1String(", ")), served.join(QLatin1String(", "))),
                                      certificateTypeFacts(needed, served));
            p.sentence = sentence;
            p.steps << QStringLiteral("no suite in common: the partner's suites all need %1, the server has %2")
                           .arg(joinTypes(needed, QStringLiteral("or")), joinTypes(served, QStringLiteral("and")));
            return p;
        }
        // Suggest the strongest partner suite whose certificate the server already has.
        const SuiteInfo *suggest = nullptr;
        for (quint16 code : offer.ciphers) {
            const SuiteInfo *s = CipherCatalog::instance().byCode(code);
            if (!s || (!certificateTypeForSuite(*s).isEmpty() && !served.contains(certificateTypeForSuite(*s))))
                continue;
            if (!suggest || gradeRank(s->grade) > gradeRank(suggest->grade))
                suggest = s;
        }
        QString sentence;
        if (noSharedCurve && !shared.isEmpty())
            sentence = QStringLiteral("No shared cipher: the only suites in common in %1 are ECDHE suites, and the partner's curves (%2) "
                                      "are not among the server's (%3); enable secp256r1 and x25519 on the server.")
                           .arg(tlsVersionLabel(version), offer.groups.join(QLatin1String(", ")), scan.groups.join(QLatin1String(", ")));
        else
            sentence = QStringLiteral("No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common%4.")
                           .arg(tlsVersionLabel(version))
                           .arg(offer.ciphers.size())
                           .arg(serverSuites.size())
                           .arg(suggest ? QStringLiteral("; accepting %1 on the server would fix it").arg(suiteLabel(*suggest)) : QString());
        QMap<QString, QString> facts = fact(fixfacts::kLacking, QStringLiteral("suite"));
        if (suggest)
            facts.insert(QLatin1String(fixfacts::kSuggestedSuite), suiteCodeHex(suggest->code));
        p.finding = compatFinding(kCompatNoSharedCipher, QStringLiteral("The partner and the server share no cipher suite"), sentence,
                                  QStringLiteral("%1: partner %2 suites, server %3").arg(version).arg(offer.ciphers.size()).arg(serverSuites.size()),
                                  facts);
        p.sentence = sentence;
        return p;
    }

    const SuiteInfo chosen = usable.first();
    p.steps << QStringLiteral("the server picks %1").arg(suiteLabel(chosen));
    if (chosen.kex == QLatin1String("ECDHE")) {
        for (const QString &g : sharedGroups)
            if (isEcGroup(g)) {
                p.group = g;
                break;
            }
    }
    if (chosen.kex == QLatin1String("DHE")) {
        p.dhBits = scan.dhBits;
        if (scan.dhBits <= 0) {
            p.caveats << QStringLiteral("the scan did not record the server's DH prime size");
        } else if (offer.minDhBits > 0 && scan.dhBits < offer.minDhBits) {
            p.failedVersion = version;
            const QString sentence = QStringLiteral("DH too small: the server would pick %1 and send a %2-bit DH prime, but this client "
                                                    "requires at least %3 bits and ends the handshake; give the server a %4-bit DH "
                                                    "group (or let it prefer ECDHE suites).")
                                         .arg(shortSuite(chosen)).arg(scan.dhBits).arg(offer.minDhBits).arg(qMax(2048, offer.minDhBits));
            p.finding = compatFinding(kCompatDhTooSmall,
                                      QStringLiteral("The server's %1-bit DH prime is below the partner's minimum of %2 bits")
                                          .arg(scan.dhBits).arg(offer.minDhBits),
                                      sentence, QStringLiteral("dh_bits %1, suite %2").arg(scan.dhBits).arg(chosen.iana),
                                      fact(fixfacts::kMinDhBits, QString::number(offer.minDhBits)));
            p.sentence = sentence;
            p.steps << QStringLiteral("the server's DH prime has %1 bits; the partner requires %2").arg(scan.dhBits).arg(offer.minDhBits);
            return p;
        }
    }
    p.connects = true;
    p.version = version;
    p.suite = chosen;
    p.sentence = QStringLiteral("This partner connects: %1 with %2%3.")
                     .arg(tlsVersionLabel(version), suiteLabel(chosen),
                          p.group.isEmpty() ? (p.dhBits > 0 ? QStringLiteral(", %1-bit DH").arg(p.dhBits) : QString())
                                            : QStringLiteral(", key exchange %1").arg(p.group));
    return p;
}

// ---- live handshake: the verdict ------------------------------------------------------

namespace {

// Alerts a client sends when the peer's bytes break the protocol's rules (a record or message
// over the limits, a field out of range, a message out of order), as opposed to a refusal of
// what the peer chose (handshake_failure, insufficient_security, bad_certificate, ...).
bool alertMeansBrokenTls(const QString &alert)
{
    static const QStringList broken = {QStringLiteral("record_overflow"),      QStringLiteral("illegal_parameter"),
                                       QStringLiteral("decode_error"),         QStringLiteral("unexpected_message"),
                                       QStringLiteral("bad_record_mac"),       QStringLiteral("unsupported_extension"),
                                       QStringLiteral("missing_extension"),    QStringLiteral("decompression_failure")};
    return broken.contains(alert);
}

bool alertSentByUs(const LiveHandshake &live)
{
    return live.alertDirection == QLatin1String("sent") && !live.alert.isEmpty() && live.alert != QLatin1String("closed");
}

// "record_overflow sent by us: excessive message size"
QString sentAlertText(const LiveHandshake &live)
{
    return live.alertReason.isEmpty() ? QStringLiteral("%1 sent by us").arg(live.alert)
                                      : QStringLiteral("%1 sent by us: %2").arg(live.alert, live.alertReason);
}

// The ending as the verdict names it: the server's alert by name, our own with who sent it.
QString endingForVerdict(const LiveHandshake &live)
{
    if (!alertSentByUs(live))
        return live.alert;
    return liveEndingText(live);
}

} // namespace

QString liveEndingText(const LiveHandshake &live)
{
    if (live.serverAccepted || live.alert.isEmpty())
        return QString();
    if (live.alert == QLatin1String("closed"))
        return QStringLiteral("the connection closed during the handshake (no alert)");
    if (!alertSentByUs(live))
        return QStringLiteral("server refused: %1").arg(live.alert);
    if (alertMeansBrokenTls(live.alert))
        return QStringLiteral("our client gave up: the server's reply broke TLS (%1)").arg(sentAlertText(live));
    return QStringLiteral("our client refused the server's reply (%1)").arg(sentAlertText(live));
}

void judgeLiveHandshake(LiveHandshake *out, const ClientOffer &offer, const Prediction &prediction)
{
    LiveHandshake &live = *out;
    const QStringList versions = offer.effectiveVersions();
    // What the partner itself would do with the server's choice.
    if (live.serverAccepted) {
        if (!versions.contains(live.version))
            live.clientAbortReason = QStringLiteral("the server chose %1, which the partner does not offer").arg(tlsVersionLabel(live.version));
        else if (live.suite.kex == QLatin1String("DHE") && offer.minDhBits > 0 && live.dhBits > 0 && live.dhBits < offer.minDhBits)
            live.clientAbortReason = QStringLiteral("the server sent a %1-bit DH prime; the partner requires %2 bits and ends the handshake")
                                         .arg(live.dhBits).arg(offer.minDhBits);
        live.clientWouldAccept = live.clientAbortReason.isEmpty();
    }

    if (!live.error.isEmpty() && !live.serverAccepted && live.alert.isEmpty()) {
        live.predictionHeld = false;
        live.verdict = QStringLiteral("no verdict: the live handshake could not be made (%1)").arg(live.error);
        return;
    }
    if (live.clientWouldAccept && prediction.connects) {
        live.predictionHeld = live.version == prediction.version && live.suite.code == prediction.suite.code;
        live.verdict = live.predictionHeld
            ? QStringLiteral("prediction held: both agree on %1 with %2").arg(tlsVersionLabel(live.version), shortSuite(live.suite))
            : QStringLiteral("prediction did NOT hold: predicted %1 with %2, the server chose %3 with %4")
                  .arg(tlsVersionLabel(prediction.version), shortSuite(prediction.suite), tlsVersionLabel(live.version),
                       shortSuite(live.suite));
    } else if (!live.clientWouldAccept && !prediction.connects) {
        live.predictionHeld = true;
        live.verdict = QStringLiteral("prediction held: the real handshake failed too (%1)")
                           .arg(!live.clientAbortReason.isEmpty() ? live.clientAbortReason
                                : alertSentByUs(live)            ? liveEndingText(live)
                                                                 : QStringLiteral("the server answered %1").arg(live.alert));
    } else if (live.clientWouldAccept) {
        live.verdict = QStringLiteral("prediction did NOT hold: predicted failure (%1), but the real handshake agreed on %2 with %3")
                           .arg(prediction.finding.id, tlsVersionLabel(live.version), shortSuite(live.suite));
    } else {
        live.verdict = QStringLiteral("prediction did NOT hold: predicted %1 with %2, but the real handshake failed (%3)")
                           .arg(tlsVersionLabel(prediction.version), shortSuite(prediction.suite),
                                !live.clientAbortReason.isEmpty() ? live.clientAbortReason : endingForVerdict(live));
    }
}

// ---- whole runs --------------------------------------------------------------------------

bool SimulationResult::partnerFails() const
{
    if (live.ran && (live.serverAccepted || !live.alert.isEmpty()))
        return !live.clientWouldAccept;
    return !prediction.connects;
}

} // namespace mailtls::core
