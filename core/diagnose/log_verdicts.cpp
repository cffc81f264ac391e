#include "diagnose/log_verdicts.h"

#include <algorithm>

#include "catalog/cipher_catalog.h"
#include "catalog/cipher_list_parser.h"
#include "catalog/versions.h"
#include "diagnose/simulator.h"

namespace mailtls::core {

namespace {

struct CauseRow {
    const char *cause;
    const char *finding;
    const char *title;
    const char *meaning;
    const char *nextStep;
};

// One row per cause. A meaning names every explanation the log line fits, and what tells them
// apart; a finding is given only where the cause points to one.
const CauseRow kCauses[] = {
    {log_cause::kNoSharedCipher, "compat.no_shared_cipher", QT_TRANSLATE_NOOP("Findings", "No cipher suite in common"),
     QT_TRANSLATE_NOOP("Findings", "The two TLS libraries found no suite both accept. Either the partner offers only suites this side has "
                                   "disabled (RSA key exchange, 3DES, RC4, CBC), or the certificate type does not fit the partner's suites (an "
                                   "ECDSA-only certificate meets an RSA-only partner): both are logged with the same words. A scan of the server "
                                   "shows its certificate types; a simulation with the partner's cipher list shows which one it is."),
     "mailtls scan SERVER; mailtls simulate --server SERVER --cipher-list 'PARTNER-LIST'"},
    {log_cause::kDhTooSmall, "kex.dh_weak", QT_TRANSLATE_NOOP("Findings", "Diffie-Hellman prime too small for the client"),
     QT_TRANSLATE_NOOP("Findings", "The client refused the server's DHE prime as too short (GnuTLS clients want at least 2048 bits at their normal "
                                   "level, OpenSSL 3 at security level 2 as well). Inbound, our server's DH parameters are too small; outbound, the "
                                   "partner's are. ECDHE suites, or 2048-bit DH parameters, avoid it (compat.dh_too_small when simulated)."),
     "mailtls scan SERVER (DH size); mailtls cert dhparam --bits 2048"},
    {log_cause::kUnknownCa, "cert.untrusted", QT_TRANSLATE_NOOP("Findings", "Certificate issuer not trusted"),
     QT_TRANSLATE_NOOP("Findings", "The verifying side does not trust the certificate's issuer: a self-signed certificate, a private CA, or a chain "
                                   "that lacks its intermediate certificate (chain.intermediate_missing reads the same in a log). The served chain "
                                   "tells which."),
     "mailtls session HOST (chain and verification)"},
    {log_cause::kCertificateVerifyFailed, "cert.untrusted", QT_TRANSLATE_NOOP("Findings", "Certificate verification failed"),
     QT_TRANSLATE_NOOP("Findings", "Verification failed and the log does not say why: an untrusted issuer, a missing intermediate, an expired "
                                   "certificate or a name that does not match the host all end here. A session against the host shows each check."),
     "mailtls session HOST"},
    {log_cause::kCertificateExpired, "cert.expired", QT_TRANSLATE_NOOP("Findings", "Certificate expired"),
     QT_TRANSLATE_NOOP("Findings", "The certificate (or one in its chain) was past its notAfter date when the handshake ran."),
     "mailtls session HOST; mailtls cert inspect FILE"},
    {log_cause::kWrongVersion, "compat.protocol_mismatch", QT_TRANSLATE_NOOP("Findings", "Unexpected record version"),
     QT_TRANSLATE_NOOP("Findings", "One side read a record it did not expect. Most often the other side spoke no TLS at that moment (plaintext "
                                   "after STARTTLS, or STARTTLS against an implicit-TLS port); sometimes the versions do not overlap. A session "
                                   "from here shows what the server sends."),
     "mailtls session HOST:PORT"},
    {log_cause::kUnsupportedProtocol, "compat.protocol_mismatch", QT_TRANSLATE_NOOP("Findings", "No TLS version in common"),
     QT_TRANSLATE_NOOP("Findings", "The two sides share no TLS version: one requires a version the other lacks (TLS 1.0/1.1 switched off on one "
                                   "side, a partner that knows only TLS 1.0, or TLS 1.3 only)."),
     "mailtls scan SERVER (versions); mailtls simulate --server SERVER --client PROFILE"},
    {log_cause::kNoSignatureAlgorithm, "compat.cert_type_mismatch", QT_TRANSLATE_NOOP("Findings", "No signature algorithm in common"),
     QT_TRANSLATE_NOOP("Findings", "No signature algorithm both sides accept for the certificate's key: an ECDSA-only or RSA-PSS certificate with "
                                   "a client that does not list it, or a SHA-1-only client against OpenSSL 3."),
     "mailtls scan SERVER (certificate types); mailtls simulate --server SERVER --sigalgs LIST"},
    {log_cause::kHandshakeFailureAlert, "", QT_TRANSLATE_NOOP("Findings", "Handshake failure alert"),
     QT_TRANSLATE_NOOP("Findings", "The peer ended the handshake with a handshake_failure alert, which several causes share: no suite in common, no "
                                   "signature algorithm in common, a certificate type it cannot use, or a client certificate it required. The alert "
                                   "alone does not tell them apart; a simulation with the partner's offer does."),
     "mailtls simulate --server SERVER --cipher-list 'PARTNER-LIST'"},
    {log_cause::kTimeout, "", QT_TRANSLATE_NOOP("Findings", "Handshake timed out"),
     QT_TRANSLATE_NOOP("Findings", "The handshake did not finish in time: a slow or overloaded peer, a packet filter dropping large records, or a "
                                   "client that stalled. Not a TLS setting as such."),
     "mailtls session HOST --timeout 60"},
    {log_cause::kConnectionClosed, "", QT_TRANSLATE_NOOP("Findings", "Connection closed during the handshake"),
     QT_TRANSLATE_NOOP("Findings", "The connection ended during the handshake without a TLS reason at this end: the peer gave up (its own "
                                   "verification or cipher failure, logged only on its side), a middlebox cut it, or the network dropped. The "
                                   "partner's log holds the reason; a session from here shows whether it happens to us too."),
     "mailtls session HOST"},
    {log_cause::kNotTls, "", QT_TRANSLATE_NOOP("Findings", "Not TLS"),
     QT_TRANSLATE_NOOP("Findings", "Bytes that are not TLS arrived where a handshake was expected: a scanner, an HTTP client, or a client speaking "
                                   "TLS at once to a STARTTLS port (or the other way round)."),
     "mailtls session HOST:PORT --implicit-tls (or --starttls smtp)"},
    {log_cause::kTlsNotOffered, "", QT_TRANSLATE_NOOP("Findings", "TLS required but not offered"),
     QT_TRANSLATE_NOOP("Findings", "One side required TLS and the other did not offer STARTTLS (or a middlebox removed it from the EHLO answer)."),
     "mailtls session HOST (EHLO before TLS)"},
    {log_cause::kTlsRequired, "", QT_TRANSLATE_NOOP("Findings", "Peer required TLS"),
     QT_TRANSLATE_NOOP("Findings", "The other side refused to go on without TLS, and TLS was not started."),
     "mailtls session HOST"},
    {log_cause::kOther, "", QT_TRANSLATE_NOOP("Findings", "Other TLS failure"),
     QT_TRANSLATE_NOOP("Findings", "A TLS failure whose words this version does not sort; the example line says what the library reported."),
     "mailtls session HOST"},
};

const CauseRow *causeRow(const QString &cause)
{
    for (const CauseRow &row : kCauses) {
        if (cause == QLatin1String(row.cause))
            return &row;
    }
    return nullptr;
}

QString versionList(const QStringList &versions)
{
    QStringList labels;
    for (const QString &v : versions)
        labels << tlsVersionLabel(v);
    return labels.join(QStringLiteral(", "));
}

// The server as it is before the change, as far as it is known.
ScanResult startingServer(const ServerChange &change)
{
    if (change.hasBase)
        return change.base;
    ScanResult s;
    s.present = true;
    const CipherCatalog &catalog = CipherCatalog::instance();
    for (const char *v : {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"}) {
        const QString version = QLatin1String(v);
        s.protocols.insert(version, true);
        s.ciphers.insert(version, catalog.forVersion(version));
        s.serverPreference.insert(version, true);
    }
    s.protocols.insert(QStringLiteral("SSLv3"), false);
    s.certificateTypes = {QStringLiteral("RSA"), QStringLiteral("ECDSA")};
    s.dhBits = 2048;
    return s;
}

void addCaveat(ChangeImpact *impact, const Phrase &caveat)
{
    impact->caveats << caveat.english();
    impact->caveatPhrases << caveat;
}

void setReason(PartnerImpact *pi, const Phrase &reason)
{
    pi->reason = reason.english();
    pi->reasonPhrase = reason;
}

bool usesDhe(const SuiteInfo &s)
{
    return s.kex == QLatin1String("DHE") || s.kex == QLatin1String("EDH");
}

} // namespace

LogCauseInfo logCauseInfo(const QString &cause)
{
    LogCauseInfo info;
    info.cause = cause;
    const CauseRow *row = causeRow(cause);
    if (!row)
        row = causeRow(QLatin1String(log_cause::kOther));
    info.finding = QLatin1String(row->finding);
    info.title = QLatin1String(row->title);
    info.meaning = QLatin1String(row->meaning);
    info.titlePhrase = Phrase("Findings", row->title);
    info.meaningPhrase = Phrase("Findings", row->meaning);
    info.nextStep = QLatin1String(row->nextStep);
    return info;
}

QStringList logCauseIds()
{
    QStringList ids;
    for (const CauseRow &row : kCauses)
        ids << QLatin1String(row.cause);
    return ids;
}

bool ServerChange::isEmpty() const
{
    return !hasBase && dropVersions.isEmpty() && !hasCipherList && certificateTypes.isEmpty() && dhBits == 0;
}

Phrase ServerChange::descriptionPhrase() const
{
    QList<Phrase> parts;
    if (hasBase)
        parts << phrase("Findings", "start from the saved scan");
    if (!dropVersions.isEmpty())
        parts << phrase("Findings", "drop %1").arg(versionList(dropVersions));
    if (hasCipherList)
        parts << phrase("Findings", "suites '%1'").arg(cipherList);
    if (!certificateTypes.isEmpty())
        parts << phrase("Findings", "serve only %1").arg(certificateTypes.join(QStringLiteral(" + ")));
    if (dhBits > 0)
        parts << phrase("Findings", "DH prime %1 bits").arg(dhBits);
    if (parts.isEmpty())
        return phrase("Findings", "no change");
    Phrase all = parts.first();
    for (int i = 1; i < parts.size(); ++i)
        all = phrase("Findings", "%1; %2").arg(all).arg(parts.at(i));
    return all;
}

QString ServerChange::description() const
{
    return descriptionPhrase().english();
}

ChangeImpact whatBreaksIf(const LogInventory &inventory, const ServerChange &change, int direction)
{
    ChangeImpact impact;
    impact.descriptionPhrase = change.descriptionPhrase();
    impact.description = impact.descriptionPhrase.english();
    ScanResult server = startingServer(change);
    const CipherCatalog &catalog = CipherCatalog::instance();

    if (change.hasCipherList) {
        const ParsedCipherList list = parseCipherList(change.cipherList);
        if (!list.ok()) {
            impact.error = list.error;
            return impact;
        }
        if (list.ciphers.isEmpty() && list.tls13Suites.isEmpty()) {
            impact.errorPhrase = phrase("Findings", "the cipher list '%1' names no suite the catalog knows").arg(change.cipherList);
            impact.error = impact.errorPhrase.english();
            return impact;
        }
        if (!list.unknown.isEmpty())
            addCaveat(&impact, phrase("Findings", "names not in the catalog were left out: %1").arg(list.unknown.join(QStringLiteral(", "))));
        // The list's suites, each in the versions it exists in; a GnuTLS string's versions too.
        for (auto it = server.ciphers.begin(); it != server.ciphers.end(); ++it) {
            const bool tls13 = it.key() == QLatin1String("TLSv1.3");
            QList<SuiteInfo> suites;
            for (quint16 code : tls13 ? list.tls13Suites : list.ciphers) {
                const SuiteInfo *s = catalog.byCode(code);
                if (s && catalog.versionsOf(code).contains(it.key()))
                    suites << *s;
            }
            *it = suites;
        }
        if (!list.versions.isEmpty()) {
            for (auto it = server.protocols.begin(); it != server.protocols.end(); ++it)
                *it = *it && list.versions.contains(it.key());
        }
        if (list.syntax == CipherListSyntax::OpenSsl && list.tls13Suites.isEmpty())
            addCaveat(&impact, phrase("Findings", "an OpenSSL cipher list does not govern TLS 1.3 suites (Postfix: tls_high_cipherlist "
                                                  "/ OpenSSL Ciphersuites); TLS 1.3 was simulated with no suite"));
    }
    for (const QString &v : change.dropVersions) {
        server.protocols.insert(canonicalVersion(v).isEmpty() ? v : canonicalVersion(v), false);
        server.ciphers.remove(canonicalVersion(v).isEmpty() ? v : canonicalVersion(v));
    }
    for (auto it = server.protocols.begin(); it != server.protocols.end(); ++it) {
        if (!*it)
            server.ciphers.remove(it.key());
    }
    if (!change.certificateTypes.isEmpty()) {
        if (direction == 2)
            addCaveat(&impact, phrase("Findings", "certificate types are the server's: outbound, the partner's certificate decides"));
        else {
            // The suites that need a certificate the server will no longer have go with it.
            server.certificateTypes = change.certificateTypes;
            for (auto it = server.ciphers.begin(); it != server.ciphers.end(); ++it) {
                QList<SuiteInfo> kept;
                for (const SuiteInfo &s : std::as_const(*it)) {
                    const QString needs = certificateTypeForSuite(s);
                    if (needs.isEmpty() || change.certificateTypes.contains(needs))
                        kept << s;
                }
                *it = kept;
            }
        }
    }
    if (change.dhBits > 0)
        server.dhBits = change.dhBits;

    QStringList accepted;
    int suiteCount = 0;
    for (auto it = server.protocols.constBegin(); it != server.protocols.constEnd(); ++it) {
        if (*it && !server.ciphers.value(it.key()).isEmpty()) {
            accepted << it.key();
            suiteCount += int(server.ciphers.value(it.key()).size());
        }
    }
    std::sort(accepted.begin(), accepted.end(), [](const QString &a, const QString &b) { return versionRank(a) < versionRank(b); });
    impact.serverSummaryPhrase = (change.hasBase ? phrase("Findings", "%1; %2 suites; certificates %3; DH %4 bits (from the saved scan)")
                                                 : phrase("Findings", "%1; %2 suites; certificates %3; DH %4 bits (what the change "
                                                                      "leaves of a server that accepts every suite)"))
                                     .arg(accepted.isEmpty() ? phrase("Findings", "no version") : Phrase(versionList(accepted)))
                                     .arg(suiteCount)
                                     .arg(server.certificateTypes.join(QStringLiteral(" + ")))
                                     .arg(server.dhBits);
    impact.serverSummary = impact.serverSummaryPhrase.english();
    if (!change.hasBase)
        addCaveat(&impact, phrase("Findings", "without a saved scan of the server, today's server is taken as "
                                              "accepting everything, so only what the change itself removes is counted"));
    addCaveat(&impact, phrase("Findings", "a partner is judged by the versions and suites it used in these logs; it may offer more "
                                          "than it used, so 'loses TLS' means none of what it used would still work"));

    for (int i = 0; i < inventory.partners.size(); ++i) {
        const LogPartner &p = inventory.partners.at(i);
        if ((direction == 1 && p.outgoing) || (direction == 2 && !p.outgoing))
            continue;
        if (p.tlsMessages == 0) {
            ++impact.cleartextOnly;
            continue;
        }
        PartnerImpact pi;
        pi.partner = i;
        pi.messages = p.messages;
        pi.lastSeen = p.lastSeen;
        QStringList unknown;
        Phrase failSentence;
        QString failFinding;
        bool usedDhe = false;
        for (const LogTlsUse &use : p.uses) {
            const SuiteInfo *suite = suiteByAnyName(use.cipher);
            if (!suite || canonicalVersion(use.version).isEmpty()) {
                unknown << QStringLiteral("%1 %2").arg(use.version, use.cipher);
                continue;
            }
            ClientOffer offer;
            offer.name = QStringLiteral("observed");
            offer.versions = {canonicalVersion(use.version)};
            if (suite->kex == QLatin1String("any"))
                offer.tls13Suites = {suite->code};
            else
                offer.ciphers = {suite->code};
            const Prediction prediction = predictCompatibility(server, offer);
            if (prediction.connects) {
                pi.stillWorking.append(use);
                usedDhe = usedDhe || usesDhe(*suite);
            } else if (failSentence.isEmpty()) {
                failSentence = prediction.sentencePhrase;
                failFinding = prediction.finding.id;
            }
        }
        if (p.uses.isEmpty()) {
            pi.verdict = QStringLiteral("at-risk");
            setReason(&pi, phrase("Findings", "the log names no cipher for its TLS messages, so the change cannot be judged for it"));
            impact.atRisk.append(pi);
        } else if (pi.stillWorking.isEmpty() && unknown.isEmpty()) {
            pi.verdict = QStringLiteral("loses-tls");
            pi.findingId = failFinding;
            setReason(&pi, phrase("Findings", "none of the %1 version/suite pair(s) it used would still be accepted: %2")
                               .arg(p.uses.size())
                               .arg(failSentence));
            impact.losing.append(pi);
        } else if (pi.stillWorking.isEmpty()) {
            pi.verdict = QStringLiteral("at-risk");
            setReason(&pi, phrase("Findings", "what it used is either refused or not in the catalog (%1), so it cannot be told")
                               .arg(unknown.join(QStringLiteral(", "))));
            impact.atRisk.append(pi);
        } else if (usedDhe && change.dhBits > 1024 && direction != 2) {
            pi.verdict = QStringLiteral("at-risk");
            setReason(&pi, phrase("Findings", "what it keeps is DHE, and a DH prime of %1 bits fails clients that cap it at 1024 "
                                              "(Java 7 and older); the log cannot tell its library")
                               .arg(change.dhBits));
            impact.atRisk.append(pi);
        } else {
            ++impact.unaffected;
        }
    }
    auto byMessages = [](const PartnerImpact &a, const PartnerImpact &b) { return a.messages > b.messages; };
    std::stable_sort(impact.losing.begin(), impact.losing.end(), byMessages);
    std::stable_sort(impact.atRisk.begin(), impact.atRisk.end(), byMessages);
    return impact;
}

} // namespace mailtls::core
