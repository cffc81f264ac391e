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

// "RSA or ECDSA", "RSA, DSA and ECDSA": a list of certificate types in a sentence.
Phrase joinTypesOr(const QStringList &types)
{
    if (types.size() <= 1)
        return Phrase(types.value(0));
    return phrase("Findings", "%1 or %2").arg(QStringList(types.mid(0, types.size() - 1)).join(QLatin1String(", ")), types.last());
}

Phrase joinTypesAnd(const QStringList &types)
{
    if (types.size() <= 1)
        return Phrase(types.value(0));
    return phrase("Findings", "%1 and %2").arg(QStringList(types.mid(0, types.size() - 1)).join(QLatin1String(", ")), types.last());
}

// English picks "an" before a type said with a vowel sound (ECDSA, RSA).
bool takesAn(const QString &word)
{
    return word.startsWith(QLatin1Char('E')) || word.startsWith(QLatin1Char('R'));
}

Phrase rangePhrase(const QStringList &versions)
{
    if (versions.isEmpty())
        return phrase("Findings", "no version");
    QStringList sorted = versions;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return versionRank(a) < versionRank(b); });
    if (sorted.size() == 1)
        return Phrase(tlsVersionLabel(sorted.first()));
    return Phrase(QStringLiteral("%1 – %2").arg(tlsVersionLabel(sorted.first()), tlsVersionLabel(sorted.last())));
}

QString rangeText(const QStringList &versions)
{
    return rangePhrase(versions).english();
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
Finding compatFinding(const char *id, const Phrase &title, const Phrase &sentence, const QString &evidence,
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

void addStep(Prediction *p, const Phrase &step)
{
    p->steps << step.english();
    p->stepPhrases << step;
}

void addCaveat(Prediction *p, const Phrase &caveat)
{
    p->caveats << caveat.english();
    p->caveatPhrases << caveat;
}

void setSentence(Prediction *p, const Phrase &sentence)
{
    p->sentence = sentence.english();
    p->sentencePhrase = sentence;
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
    addStep(&p, phrase("Findings", "partner offers %1; server accepts %2").arg(rangePhrase(clientVersions)).arg(rangePhrase(serverVersions)));
    const QStringList served = serverCertificateTypes(scan);

    // 1. Version.
    if (p.sharedVersions.isEmpty()) {
        const bool serverTooOld = !serverVersions.isEmpty() && !clientVersions.isEmpty()
                                  && versionRank(serverVersions.last()) < versionRank(clientVersions.first());
        Phrase sentence;
        if (serverVersions.isEmpty())
            sentence = phrase("Findings", "Protocol mismatch: the server accepted no TLS version in the scan, so no partner can connect.");
        else if (serverTooOld)
            sentence = phrase("Findings", "Protocol mismatch: the partner offers %1, but this server accepts only %2; enable %3 on the server.")
                           .arg(rangePhrase(clientVersions))
                           .arg(rangePhrase(serverVersions))
                           .arg(tlsVersionLabel(clientVersions.first()));
        else
            sentence = phrase("Findings", "Protocol mismatch: the partner offers only %1, but this server accepts only %2; the partner "
                                          "must enable %3 (or the server accept %4 again, which weakens it for everyone).")
                           .arg(rangePhrase(clientVersions))
                           .arg(rangePhrase(serverVersions))
                           .arg(tlsVersionLabel(serverVersions.first()))
                           .arg(tlsVersionLabel(clientVersions.last()));
        p.finding = compatFinding(kCompatProtocolMismatch, phrase("Findings", "The partner and the server share no TLS version"), sentence,
                                  QStringLiteral("partner: %1; server: %2").arg(rangeText(clientVersions), rangeText(serverVersions)),
                                  serverTooOld ? fact(fixfacts::kServerTooOld, QStringLiteral("yes"))
                                               : fact(fixfacts::kPartnerNewestVersion, clientVersions.value(clientVersions.size() - 1)));
        setSentence(&p, sentence);
        return p;
    }
    const QString version = p.sharedVersions.last();
    addStep(&p, phrase("Findings", "both speak %1: the server picks the highest, %1").arg(tlsVersionLabel(version)));
    const bool serverOrder = scan.serverPreference.value(version, false);
    const QList<SuiteInfo> serverSuites = scan.ciphers.value(version);
    addStep(&p, (serverOrder ? phrase("Findings", "server accepts %1 suites in %2; it picks in its own order")
                             : phrase("Findings", "server accepts %1 suites in %2; it follows the client's order"))
                    .arg(serverSuites.size())
                    .arg(tlsVersionLabel(version)));

    // Groups: only when both sides' lists are known.
    const bool groupsKnown = !offer.groups.isEmpty() && !scan.groups.isEmpty();
    QStringList sharedGroups;
    if (groupsKnown) {
        for (const QString &g : offer.groups)
            if (scan.groups.contains(g))
                sharedGroups << g;
    } else {
        addCaveat(&p, offer.groups.isEmpty() ? phrase("Findings", "the partner's groups are not known; assumed to match")
                                             : phrase("Findings", "the server's groups are not in the scan; assumed to match"));
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
            const Phrase sentence = phrase("Findings", "No shared cipher: in TLS 1.3 the partner offers %1 and the server accepts %2, none in common; "
                                                       "enable TLS_AES_128_GCM_SHA256 and TLS_AES_256_GCM_SHA384 on the server.")
                                        .arg(offer.tls13Suites.size())
                                        .arg(serverSuites.size());
            p.finding = compatFinding(kCompatNoSharedCipher, phrase("Findings", "No TLS 1.3 suite in common"), sentence, QString(),
                                      fact(fixfacts::kLacking, QStringLiteral("suite")));
            setSentence(&p, sentence);
            return p;
        }
        if (groupsKnown) {
            QStringList tls13Groups;
            for (const QString &g : sharedGroups)
                tls13Groups << g;
            if (tls13Groups.isEmpty()) {
                p.failedVersion = version;
                const Phrase sentence = phrase("Findings", "No shared key exchange group: in TLS 1.3 the partner offers %1 and the server accepts %2; "
                                                           "enable x25519 and secp256r1 on the server.")
                                            .arg(offer.groups.join(QLatin1String(", ")), scan.groups.join(QLatin1String(", ")));
                p.finding = compatFinding(kCompatNoSharedCipher, phrase("Findings", "No key exchange group in common"), sentence, QString(),
                                          fact(fixfacts::kLacking, QStringLiteral("group")));
                setSentence(&p, sentence);
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
                const Phrase sentence = (takesAn(sigTypes.first())
                                             ? phrase("Findings", "No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve an %2 "
                                                                  "certificate alongside the %3 one.")
                                             : phrase("Findings", "No shared cipher: in TLS 1.3 this client accepts only %1 signatures; serve a %2 "
                                                                  "certificate alongside the %3 one."))
                                            .arg(joinTypesOr(sigTypes))
                                            .arg(sigTypes.first())
                                            .arg(joinTypesAnd(served));
                p.finding = compatFinding(kCompatCertTypeMismatch, phrase("Findings", "The partner cannot verify the certificate type served"),
                                          sentence, QStringLiteral("served: %1").arg(served.join(QLatin1String(", "))),
                                          certificateTypeFacts(sigTypes, served));
                setSentence(&p, sentence);
                return p;
            }
        }
        p.connects = true;
        p.version = version;
        p.suite = shared.first();
        addStep(&p, phrase("Findings", "agreed suite: %1").arg(suiteLabel(p.suite)));
        setSentence(&p, p.group.isEmpty() ? phrase("Findings", "This partner connects: %1 with %2.").arg(tlsVersionLabel(version), p.suite.iana)
                                          : phrase("Findings", "This partner connects: %1 with %2, key exchange %3.")
                                                .arg(tlsVersionLabel(version), p.suite.iana, p.group));
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
            Phrase sentence;
            if (needed.size() == 1)
                sentence = (takesAn(needed.first())
                                ? phrase("Findings", "No shared cipher: every suite this client offers needs an %1 certificate; serve an %1 "
                                                     "certificate alongside the %2 one.")
                                : phrase("Findings", "No shared cipher: every suite this client offers needs a %1 certificate; serve a %1 "
                                                     "certificate alongside the %2 one."))
                               .arg(needed.first())
                               .arg(joinTypesAnd(served));
            else
                // (The double space is the English as it has always been written.)
                sentence = (takesAn(needed.first())
                                ? phrase("Findings", "No shared cipher: every suite this client offers needs %1  certificate; serve an %2 "
                                                     "certificate alongside the %3 one.")
                                : phrase("Findings", "No shared cipher: every suite this client offers needs %1  certificate; serve a %2 "
                                                     "certificate alongside the %3 one."))
                               .arg(needed.first() == QLatin1String("RSA") ? phrase("Findings", "an %1").arg(joinTypesOr(needed))
                                                                           : joinTypesOr(needed))
                               .arg(needed.first())
                               .arg(joinTypesAnd(served));
            p.finding = compatFinding(kCompatCertTypeMismatch,
                                      phrase("Findings", "The partner's suites need %1 certificate; the server serves only %2")
                                          .arg(joinTypesOr(needed))
                                          .arg(joinTypesAnd(served)),
                                      sentence,
                                      QStringLiteral("partner suites need: %1; server serves: %2")
                                          .arg(needed.join(QLatin1String(", ")), served.join(QLatin1String(", "))),
                                      certificateTypeFacts(needed, served));
            setSentence(&p, sentence);
            addStep(&p, phrase("Findings", "no suite in common: the partner's suites all need %1, the server has %2")
                            .arg(joinTypesOr(needed))
                            .arg(joinTypesAnd(served)));
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
        Phrase sentence;
        if (noSharedCurve && !shared.isEmpty())
            sentence = phrase("Findings", "No shared cipher: the only suites in common in %1 are ECDHE suites, and the partner's curves (%2) "
                                          "are not among the server's (%3); enable secp256r1 and x25519 on the server.")
                           .arg(tlsVersionLabel(version), offer.groups.join(QLatin1String(", ")), scan.groups.join(QLatin1String(", ")));
        else if (suggest)
            sentence = phrase("Findings", "No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common; "
                                          "accepting %4 on the server would fix it.")
                           .arg(tlsVersionLabel(version))
                           .arg(offer.ciphers.size())
                           .arg(serverSuites.size())
                           .arg(suiteLabel(*suggest));
        else
            sentence = phrase("Findings", "No shared cipher: in %1 the partner offers %2 suites and this server accepts %3, none in common.")
                           .arg(tlsVersionLabel(version))
                           .arg(offer.ciphers.size())
                           .arg(serverSuites.size());
        QMap<QString, QString> facts = fact(fixfacts::kLacking, QStringLiteral("suite"));
        if (suggest)
            facts.insert(QLatin1String(fixfacts::kSuggestedSuite), suiteCodeHex(suggest->code));
        p.finding = compatFinding(kCompatNoSharedCipher, phrase("Findings", "The partner and the server share no cipher suite"), sentence,
                                  QStringLiteral("%1: partner %2 suites, server %3").arg(version).arg(offer.ciphers.size()).arg(serverSuites.size()),
                                  facts);
        setSentence(&p, sentence);
        return p;
    }

    const SuiteInfo chosen = usable.first();
    addStep(&p, phrase("Findings", "the server picks %1").arg(suiteLabel(chosen)));
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
            addCaveat(&p, phrase("Findings", "the scan did not record the server's DH prime size"));
        } else if (offer.minDhBits > 0 && scan.dhBits < offer.minDhBits) {
            p.failedVersion = version;
            const Phrase sentence = phrase("Findings", "DH too small: the server would pick %1 and send a %2-bit DH prime, but this client "
                                                       "requires at least %3 bits and ends the handshake; give the server a %4-bit DH "
                                                       "group (or let it prefer ECDHE suites).")
                                        .arg(shortSuite(chosen))
                                        .arg(scan.dhBits)
                                        .arg(offer.minDhBits)
                                        .arg(qMax(2048, offer.minDhBits));
            p.finding = compatFinding(kCompatDhTooSmall,
                                      phrase("Findings", "The server's %1-bit DH prime is below the partner's minimum of %2 bits")
                                          .arg(scan.dhBits)
                                          .arg(offer.minDhBits),
                                      sentence, QStringLiteral("dh_bits %1, suite %2").arg(scan.dhBits).arg(chosen.iana),
                                      fact(fixfacts::kMinDhBits, QString::number(offer.minDhBits)));
            setSentence(&p, sentence);
            addStep(&p, phrase("Findings", "the server's DH prime has %1 bits; the partner requires %2").arg(scan.dhBits).arg(offer.minDhBits));
            return p;
        }
    }
    p.connects = true;
    p.version = version;
    p.suite = chosen;
    if (!p.group.isEmpty())
        setSentence(&p, phrase("Findings", "This partner connects: %1 with %2, key exchange %3.")
                            .arg(tlsVersionLabel(version), suiteLabel(chosen), p.group));
    else if (p.dhBits > 0)
        setSentence(&p, phrase("Findings", "This partner connects: %1 with %2, %3-bit DH.").arg(tlsVersionLabel(version), suiteLabel(chosen)).arg(p.dhBits));
    else
        setSentence(&p, phrase("Findings", "This partner connects: %1 with %2.").arg(tlsVersionLabel(version), suiteLabel(chosen)));
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
Phrase sentAlertText(const LiveHandshake &live)
{
    return live.alertReason.isEmpty() ? phrase("Findings", "%1 sent by us").arg(live.alert)
                                      : phrase("Findings", "%1 sent by us: %2").arg(live.alert, live.alertReason);
}

// The ending as the verdict names it: the server's alert by name, our own with who sent it.
Phrase endingForVerdict(const LiveHandshake &live)
{
    if (!alertSentByUs(live))
        return Phrase(live.alert);
    return liveEndingPhrase(live);
}

void setAbortReason(LiveHandshake *live, const Phrase &reason)
{
    live->clientAbortReason = reason.english();
    live->clientAbortReasonPhrase = reason;
}

void setVerdict(LiveHandshake *live, const Phrase &verdict)
{
    live->verdict = verdict.english();
    live->verdictPhrase = verdict;
}

} // namespace

Phrase liveEndingPhrase(const LiveHandshake &live)
{
    if (live.serverAccepted || live.alert.isEmpty())
        return Phrase();
    if (live.alert == QLatin1String("closed"))
        return phrase("Findings", "the connection closed during the handshake (no alert)");
    if (!alertSentByUs(live))
        return phrase("Findings", "server refused: %1").arg(live.alert);
    if (alertMeansBrokenTls(live.alert))
        return phrase("Findings", "our client gave up: the server's reply broke TLS (%1)").arg(sentAlertText(live));
    return phrase("Findings", "our client refused the server's reply (%1)").arg(sentAlertText(live));
}

QString liveEndingText(const LiveHandshake &live)
{
    return liveEndingPhrase(live).english();
}

void judgeLiveHandshake(LiveHandshake *out, const ClientOffer &offer, const Prediction &prediction)
{
    LiveHandshake &live = *out;
    const QStringList versions = offer.effectiveVersions();
    // What the partner itself would do with the server's choice.
    if (live.serverAccepted) {
        if (!versions.contains(live.version))
            setAbortReason(&live, phrase("Findings", "the server chose %1, which the partner does not offer").arg(tlsVersionLabel(live.version)));
        else if (live.suite.kex == QLatin1String("DHE") && offer.minDhBits > 0 && live.dhBits > 0 && live.dhBits < offer.minDhBits)
            setAbortReason(&live, phrase("Findings", "the server sent a %1-bit DH prime; the partner requires %2 bits and ends the handshake")
                                      .arg(live.dhBits)
                                      .arg(offer.minDhBits));
        live.clientWouldAccept = live.clientAbortReason.isEmpty();
    }

    if (!live.error.isEmpty() && !live.serverAccepted && live.alert.isEmpty()) {
        live.predictionHeld = false;
        setVerdict(&live, phrase("Findings", "no verdict: the live handshake could not be made (%1)").arg(live.error));
        return;
    }
    const Phrase abortReason = live.clientAbortReasonPhrase.isEmpty() ? Phrase(live.clientAbortReason) : live.clientAbortReasonPhrase;
    if (live.clientWouldAccept && prediction.connects) {
        live.predictionHeld = live.version == prediction.version && live.suite.code == prediction.suite.code;
        setVerdict(&live, live.predictionHeld
                              ? phrase("Findings", "prediction held: both agree on %1 with %2").arg(tlsVersionLabel(live.version), shortSuite(live.suite))
                              : phrase("Findings", "prediction did NOT hold: predicted %1 with %2, the server chose %3 with %4")
                                    .arg(tlsVersionLabel(prediction.version), shortSuite(prediction.suite), tlsVersionLabel(live.version))
                                    .arg(shortSuite(live.suite)));
    } else if (!live.clientWouldAccept && !prediction.connects) {
        live.predictionHeld = true;
        setVerdict(&live, phrase("Findings", "prediction held: the real handshake failed too (%1)")
                              .arg(!live.clientAbortReason.isEmpty() ? abortReason
                                   : alertSentByUs(live)            ? liveEndingPhrase(live)
                                                                    : phrase("Findings", "the server answered %1").arg(live.alert)));
    } else if (live.clientWouldAccept) {
        setVerdict(&live, phrase("Findings", "prediction did NOT hold: predicted failure (%1), but the real handshake agreed on %2 with %3")
                              .arg(prediction.finding.id, tlsVersionLabel(live.version), shortSuite(live.suite)));
    } else {
        setVerdict(&live, phrase("Findings", "prediction did NOT hold: predicted %1 with %2, but the real handshake failed (%3)")
                              .arg(tlsVersionLabel(prediction.version), shortSuite(prediction.suite))
                              .arg(!live.clientAbortReason.isEmpty() ? abortReason : endingForVerdict(live)));
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
