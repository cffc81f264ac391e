#include "diagnose/certificate_rules.h"

#include "diagnose/advice.h"
#include "diagnose/findings_pipeline.h"
#include "x509/hostname.h"

#include <QStringList>

#include <algorithm>

#include <openssl/x509_vfy.h>

namespace mailtls::core {

namespace {

QString utcText(const QDateTime &dt)
{
    if (!dt.isValid())
        return QStringLiteral("(unreadable)");
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// The date as findings' texts show it.
Phrase utcPhrase(const QDateTime &dt)
{
    if (!dt.isValid())
        return phrase("Findings", "(unreadable)");
    return Phrase(utcText(dt));
}

// "certificate 2 (CN=...)" inside a sentence, "Certificate 2 (CN=...)" at its start.
Phrase certLabel(const CertificateChain &served, int position, bool atStart = false)
{
    const QString subject = served.at(position).subject();
    const Phrase shown = subject.isEmpty() ? phrase("Findings", "(empty subject)") : Phrase(subject);
    return atStart ? phrase("Findings", "Certificate %1 (%2)").arg(position).arg(shown)
                   : phrase("Findings", "certificate %1 (%2)").arg(position).arg(shown);
}

// A certificate rule's finding; its fix comes from diagnose/advice.
Finding make(const char *id, Severity severity, const Phrase &title, const Phrase &detail, const QString &evidence)
{
    Finding f = makeFinding(QString::fromLatin1(id), severity, title, detail, evidence);
    f.facts.insert(QLatin1String(fixfacts::kRules), QLatin1String(fixfacts::kCertificateRules));
    return f;
}

// Who is hurt, and how: sending MTAs mostly deliver anyway; mail clients verify.
Phrase verifyingPeers(const CertificateCheckOptions &options)
{
    if (options.mailClients)
        return phrase("Findings", "Mail clients (Thunderbird, Outlook, phones' mail apps) verify the certificate of the "
                                  "server they log in to: they refuse to connect or ask the user to accept it, and a user "
                                  "who learns to click that away would accept an attacker's certificate too.");
    return phrase("Findings", "Most MTAs use opportunistic TLS and deliver anyway, but partners that verify certificates "
                              "(MTA-STS in enforce mode, DANE with a DANE-TA TLSA record, or a hand-configured "
                              "\"encrypt and verify\" policy) will refuse to deliver and queue the mail instead.");
}

// Positions whose dates matter: the leaf's path, and position 0 which clients check first.
QList<int> datedPositions(const CertificateChain &served, const ChainAnalysis &analysis)
{
    QList<int> positions{0};
    for (int p : analysis.suggestedOrder) {
        if (p >= 0 && p < served.size() && !positions.contains(p))
            positions << p;
    }
    return positions;
}

void addDateFindings(Findings &out, const CertificateChain &served, const ChainAnalysis &analysis,
                     const QDateTime &now, const CertificateCheckOptions &options)
{
    for (int p : datedPositions(served, analysis)) {
        const Certificate &cert = served.at(p);
        const QDateTime notBefore = cert.notBefore();
        const QDateTime notAfter = cert.notAfter();
        if (notAfter.isValid() && notAfter < now) {
            const qint64 daysAgo = notAfter.secsTo(now) / 86400;
            const QString date = notAfter.toUTC().date().toString(Qt::ISODate);
            out << make(
                "cert.expired", Severity::High,
                p == 0 ? phrase("Findings", "The server certificate expired on %1").arg(date)
                       : phrase("Findings", "Certificate %1 of the chain expired on %2").arg(p).arg(date),
                phrase("Findings", "%1 is no longer valid: it expired %2 day(s) ago. Clients that check "
                                   "certificates reject it. %3 Install a renewed certificate and "
                                   "reload the mail server.")
                    .arg(certLabel(served, p, true)).arg(daysAgo).arg(verifyingPeers(options)),
                QStringLiteral("certificate %1 notAfter %2").arg(p).arg(utcText(notAfter)));
        } else if (notBefore.isValid() && notBefore > now) {
            const QString date = notBefore.toUTC().date().toString(Qt::ISODate);
            out << make(
                "cert.not_yet_valid", Severity::High,
                p == 0 ? phrase("Findings", "The server certificate is not valid before %1").arg(date)
                       : phrase("Findings", "Certificate %1 of the chain is not valid before %2").arg(p).arg(date),
                phrase("Findings", "%1 only becomes valid on %2; until then verifying clients reject it. "
                                   "Either the certificate was installed too early or this machine's "
                                   "clock (or the server's) is wrong. %3")
                    .arg(certLabel(served, p, true)).arg(utcPhrase(notBefore)).arg(verifyingPeers(options)),
                QStringLiteral("certificate %1 notBefore %2").arg(p).arg(utcText(notBefore)));
        } else if (notAfter.isValid() && now.secsTo(notAfter) < qint64(options.warnDays) * 86400) {
            const qint64 daysLeft = now.secsTo(notAfter) / 86400;
            out << make(
                "cert.expires_soon", daysLeft <= 7 ? Severity::Medium : Severity::Low,
                p == 0 ? phrase("Findings", "The server certificate expires in %1 day(s)").arg(daysLeft)
                       : phrase("Findings", "Certificate %1 of the chain expires in %2 day(s)").arg(p).arg(daysLeft),
                phrase("Findings", "%1 expires on %2, %3 day(s) from now. After that date verifying "
                                   "partners will refuse delivery; renew it now and check that the "
                                   "automatic renewal also reloads the mail server.")
                    .arg(certLabel(served, p, true)).arg(utcPhrase(notAfter)).arg(daysLeft),
                QStringLiteral("certificate %1 notAfter %2").arg(p).arg(utcText(notAfter)));
        }
    }
}

bool isDateError(long code)
{
    return code == X509_V_ERR_CERT_HAS_EXPIRED || code == X509_V_ERR_CERT_NOT_YET_VALID;
}

} // namespace

Findings certificateFindings(const CertificateChain &served, const ChainAnalysis &analysis,
                             const CertificateCheckOptions &options)
{
    Findings out;
    if (served.isEmpty() || served.first().isNull())
        return out;
    for (const Certificate &cert : served) {
        if (cert.isNull())
            return out;
    }
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const Certificate &leaf = served.first();
    const bool leafSelfSigned = leaf.isSelfSigned();

    // Trust.
    if (leafSelfSigned && !analysis.trusted) {
        out << make(
            "cert.self_signed", Severity::Medium,
            phrase("Findings", "The server certificate is self-signed"),
            phrase("Findings", "The certificate was signed with its own key, so no certificate "
                               "authority vouches for it and no partner can check it is really "
                               "yours. %1 A DANE-EE TLSA record (usage 3) that pins this key is the "
                               "one way such a certificate is verified. Otherwise use a certificate "
                               "from a public CA (e.g. Let's Encrypt).")
                .arg(verifyingPeers(options)),
            QStringLiteral("certificate 0 subject %1 equals its issuer and verifies with its own key")
                .arg(leaf.subject()));
    } else if (!leafSelfSigned && !analysis.trusted && !isDateError(analysis.verifyCode)) {
        Phrase detail;
        if (analysis.intermediateMissing)
            detail = phrase("Findings", "No path leads from the server certificate to a trusted "
                                        "root: verification fails with \"%1\". "
                                        "The chain ends at an issuer that is neither sent nor trusted: a missing "
                                        "intermediate, or a private root this check was not given "
                                        "(see chain.intermediate_missing). %2");
        else if (analysis.leafPosition > 0)
            detail = phrase("Findings", "No path leads from the server certificate to a trusted "
                                        "root: verification fails with \"%1\". "
                                        "The server sends an issuer certificate before its own "
                                        "certificate (see chain.order_wrong), and clients take the "
                                        "first one as the server certificate. %2");
        else if (analysis.verifyCode == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)
            detail = phrase("Findings", "No path leads from the server certificate to a trusted "
                                        "root: verification fails with \"%1\". "
                                        "The chain ends in a root that is not among the trusted "
                                        "roots (a private CA?). %2");
        else
            detail = phrase("Findings", "No path leads from the server certificate to a trusted "
                                        "root: verification fails with \"%1\". %2");
        detail = detail.arg(analysis.verifyMessage).arg(verifyingPeers(options));
        out << make(
            "cert.untrusted", Severity::Medium,
            phrase("Findings", "The certificate chain is not trusted"), detail,
            QStringLiteral("verify error %1 (%2) for certificate 0 (%3) issued by %4")
                .arg(analysis.verifyCode)
                .arg(analysis.verifyMessage, leaf.subject(), leaf.issuer()));
    }

    addDateFindings(out, served, analysis, now, options);

    // Name.
    if (!options.servername.trimmed().isEmpty()) {
        const HostnameCheck check = checkHostname(leaf, options.servername.trimmed());
        if (!check.matched) {
            Phrase carries = check.candidates.isEmpty()
                                 ? phrase("Findings", "The certificate carries no name of that kind.")
                                 : phrase("Findings", "The certificate carries: %1.").arg(check.candidates.join(QStringLiteral(", ")));
            if (check.usedCommonName)
                carries = phrase("Findings", "%1 It has no DNS subject alternative names, so only the "
                                             "common name could be compared; many clients no longer "
                                             "look at the common name at all.").arg(carries);
            out << make(
                "cert.hostname_mismatch", Severity::Medium,
                phrase("Findings", "The certificate does not cover %1").arg(options.servername.trimmed()),
                (options.mailClients ? phrase("Findings", "Mail clients connect to %1 (the server name set in the user's "
                                                          "account) and expect that name in the certificate. %2 %3 Add the "
                                                          "name as a subject alternative name when the certificate is next "
                                                          "issued.")
                                     : phrase("Findings", "Partners connect to %1 (the MX host) and expect that name in the "
                                                          "certificate. %2 %3 Add the name as a subject alternative name when "
                                                          "the certificate is next issued."))
                    .arg(options.servername.trimmed()).arg(carries).arg(verifyingPeers(options)),
                QStringLiteral("certificate 0 names: %1")
                    .arg(check.candidates.isEmpty() ? QStringLiteral("(none)") : check.candidates.join(QStringLiteral(", "))));
        }
    }

    // Key and signature strength, per served certificate.
    for (int p = 0; p < served.size(); ++p) {
        const Certificate &cert = served.at(p);
        const KeyInfo key = cert.key();
        const bool rsaOrDsa = key.type == QLatin1String("RSA") || key.type == QLatin1String("RSA-PSS")
                              || key.type == QLatin1String("DSA");
        const bool weak = (rsaOrDsa && key.bits > 0 && key.bits < 2048)
                          || (key.type == QLatin1String("EC") && key.bits > 0 && key.bits < 224);
        if (weak) {
            out << make(
                "cert.key_weak", (rsaOrDsa && key.bits < 1024) ? Severity::High : Severity::Medium,
                phrase("Findings", "Weak %1 key in certificate %2").arg(keyInfoText(key)).arg(p),
                phrase("Findings", "%1 has a %2-bit %3 key. Keys this short can be broken with "
                                   "enough computing power, and current OpenSSL-based clients at "
                                   "their default security level refuse them, so those partners fail "
                                   "the handshake or fall back to cleartext. Use RSA 2048 or more, or "
                                   "ECDSA P-256.")
                    .arg(certLabel(served, p, true)).arg(key.bits).arg(key.type),
                QStringLiteral("certificate %1 key %2").arg(p).arg(keyInfoText(key)));
        }

        if (cert.isSelfSigned())
            continue;   // a root's self-signature is never checked by clients
        const QString digest = cert.signatureDigest();
        if (digest == QLatin1String("MD5") || digest == QLatin1String("SHA1")) {
            out << make(
                "cert.signature_weak", digest == QLatin1String("MD5") ? Severity::High : Severity::Medium,
                phrase("Findings", "Certificate %1 is signed with %2").arg(p).arg(digest),
                phrase("Findings", "%1 carries a %2 signature. %2 collisions can be forged, so such "
                                   "signatures prove little, and current clients reject them at their "
                                   "default security level. Have the certificate re-issued with SHA-256.")
                    .arg(certLabel(served, p, true)).arg(digest),
                QStringLiteral("certificate %1 signatureAlgorithm %2").arg(p).arg(cert.signatureAlgorithm()));
        }
    }

    // Shape of the chain.
    if (!analysis.orderCorrect) {
        QStringList served_;
        for (int p = 0; p < served.size(); ++p)
            served_ << QStringLiteral("%1: %2").arg(p).arg(served.at(p).subject());
        out << make(
            "chain.order_wrong", Severity::Low,
            phrase("Findings", "The certificates are sent in the wrong order"),
            phrase("Findings", "%1 TLS 1.2 requires the server certificate first and each following "
                               "certificate to certify the one before it. Many clients sort the chain "
                               "themselves, but strict or older ones fail verification.")
                .arg(analysis.orderProblem),
            QStringLiteral("served order: %1").arg(served_.join(QStringLiteral("; "))));
    }

    if (analysis.intermediateMissing) {
        const int last = analysis.suggestedOrder.isEmpty() ? 0 : analysis.suggestedOrder.last();
        // From outside, "issuer neither served nor trusted" fits two causes: a missing
        // intermediate of a public CA, or a complete chain to a private root this check was not
        // given. When the server already sends an intermediate (a CA certificate), the second
        // is at least as likely, and the finding says both.
        const bool servesCa = last > 0 && last < served.size() && served.at(last).isCa();
        const Phrase detail = servesCa
            ? phrase("Findings", "The chain the server sends ends at %1, whose issuer %2 is neither sent nor a root "
                                 "this check trusts. Either %2 is a private root (then the chain is complete; "
                                 "partners must have that root in their trust store, and --ca-file ROOT.pem shows "
                                 "whether the chain verifies against it), or it is a further intermediate of a public "
                                 "CA that is missing (then append it, after the others). The CA's bundle or the "
                                 "certificate's \"CA Issuers\" URL tells which. %3")
                  .arg(certLabel(served, last)).arg(analysis.missingIssuer).arg(verifyingPeers(options))
            : phrase("Findings", "The server does not send the certificate of %1, which issued %2, and it is not a "
                                 "trusted root either. Most often this is the CA's intermediate certificate: mail servers "
                                 "(Postfix, Exim, Sendmail) do not fetch missing intermediates as browsers sometimes do, "
                                 "so they cannot build a path to a trusted root. If %1 is instead a private root that "
                                 "signed the certificate directly, nothing is missing from the chain, but partners must "
                                 "trust that root (--ca-file ROOT.pem checks it). %3")
                  .arg(analysis.missingIssuer).arg(certLabel(served, last)).arg(verifyingPeers(options));
        out << make(
            "chain.intermediate_missing", Severity::Medium,
            servesCa ? phrase("Findings", "The chain ends at an issuer that is neither sent nor trusted")
                     : phrase("Findings", "An intermediate certificate is missing from the chain"),
            detail,
            QStringLiteral("certificate %1 issuer %2: not served and not a trust anchor%3")
                .arg(last)
                .arg(analysis.missingIssuer, servesCa ? QStringLiteral(" (certificate %1 is a CA certificate)").arg(last) : QString()));
    }

    for (int p : analysis.extraCertificates) {
        if (p < 0 || p >= served.size())
            continue;
        int duplicateOf = -1;
        for (int q : analysis.suggestedOrder) {
            if (q >= 0 && q < served.size() && served.at(q) == served.at(p)) {
                duplicateOf = q;
                break;
            }
        }
        const Phrase detail = duplicateOf < 0
            ? phrase("Findings", "%1 is sent by the server, but it is not part of the path from the server "
                                 "certificate to its root. It costs bytes in every handshake and can confuse "
                                 "clients that expect each certificate to certify the one before it. Remove it "
                                 "from the certificate file.")
                  .arg(certLabel(served, p, true))
            : phrase("Findings", "%1 is sent by the server, but it is a duplicate of certificate %2. It costs "
                                 "bytes in every handshake and can confuse clients that expect each certificate "
                                 "to certify the one before it. Remove it from the certificate file.")
                  .arg(certLabel(served, p, true)).arg(duplicateOf);
        out << make(
            "chain.extra_certificate", Severity::Low,
            phrase("Findings", "Certificate %1 does not belong in the chain").arg(p),
            detail,
            QStringLiteral("certificate %1 subject %2 issuer %3").arg(p).arg(served.at(p).subject(), served.at(p).issuer()));
    }

    return out;
}

namespace {

// The server certificate of a served chain: the analysis knows it; position 0 otherwise.
int leafOf(const CertificateChain &served, const ChainAnalysis &analysis)
{
    const int leaf = analysis.leafPosition;
    return leaf >= 0 && leaf < served.size() ? leaf : 0;
}

QString validityText(const Certificate &cert)
{
    return QStringLiteral("%1 to %2").arg(utcText(cert.notBefore()), utcText(cert.notAfter()));
}

// validityText() in a finding's detail.
Phrase validityPhrase(const Certificate &cert)
{
    return phrase("Findings", "%1 to %2").arg(utcPhrase(cert.notBefore())).arg(utcPhrase(cert.notAfter()));
}

} // namespace

Findings chainInfoFindings(const CertificateChain &served, const ChainAnalysis &analysis)
{
    Findings out;
    if (!analysis.rootIncluded || analysis.rootPosition < 0 || analysis.rootPosition >= served.size())
        return out;
    const int p = analysis.rootPosition;
    out << make(
        "chain.root_included", Severity::Info,
        phrase("Findings", "The chain includes its root certificate"),
        phrase("Findings", "%1 is the self-signed root the chain ends in. Clients trust a root because "
                           "they already have it, never because the server sent it, so it only adds "
                           "bytes to every handshake. It does no harm; you may leave it out of the "
                           "certificate file.")
            .arg(certLabel(served, p, true)),
        QStringLiteral("certificate %1 subject %2 is self-signed").arg(p).arg(served.at(p).subject()));
    return out;
}

Findings privateKeyFindings(const CertificateChain &served, const ChainAnalysis &analysis,
                            const QList<LoadedPrivateKey> &keys)
{
    Findings out;
    if (keys.isEmpty() || served.isEmpty())
        return out;
    const int leaf = leafOf(served, analysis);
    for (const LoadedPrivateKey &key : keys) {
        if (key.matchesPosition == leaf)
            return out;
    }
    const Certificate &cert = served.at(leaf);
    QStringList keyLines;
    Phrase belongs;   // "The key from A belongs to X; the key from B belongs to Y"
    for (const LoadedPrivateKey &key : keys) {
        keyLines << QStringLiteral("key from %1: %2, public key SHA-256 %3")
                        .arg(key.file, keyInfoText(key.info), key.publicKeySha256);
        if (key.matchesPosition >= 0 && key.matchesPosition < served.size())
            belongs = belongs.isEmpty()
                ? phrase("Findings", "The key from %1 belongs to %2").arg(key.file).arg(certLabel(served, key.matchesPosition))
                : phrase("Findings", "%1; the key from %2 belongs to %3").arg(belongs).arg(key.file)
                      .arg(certLabel(served, key.matchesPosition));
    }
    const Phrase detail = belongs.isEmpty()
        ? phrase("Findings", "The private key given does not belong to the server certificate (%1): a TLS server "
                             "needs the key the certificate was issued for. Exim and Postfix cannot use such a pair; "
                             "the TLS handshake fails or STARTTLS is not offered, and partners defer or deliver in "
                             "cleartext. Use the key generated together with the certificate's CSR, or have the "
                             "certificate re-issued for this key.")
              .arg(certLabel(served, leaf))
        : phrase("Findings", "The private key given does not belong to the server certificate (%1): a TLS server "
                             "needs the key the certificate was issued for. Exim and Postfix cannot use such a pair; "
                             "the TLS handshake fails or STARTTLS is not offered, and partners defer or deliver in "
                             "cleartext. %2. Use the key generated together with the certificate's CSR, or have the "
                             "certificate re-issued for this key.")
              .arg(certLabel(served, leaf)).arg(belongs);
    out << make(
        "key.mismatch", Severity::High,
        phrase("Findings", "The private key does not match the server certificate"), detail,
        QStringLiteral("%1; certificate %2 key: %3, public key SHA-256 %4")
            .arg(keyLines.join(QStringLiteral("; ")))
            .arg(leaf)
            .arg(keyInfoText(cert.key()), cert.publicKeySha256()));
    return out;
}

Findings expectedCertificateFindings(const CertificateChain &served, const CertificateChain &expected,
                                     const QString &expectedFile)
{
    Findings out;
    if (served.isEmpty() || expected.isEmpty())
        return out;
    for (const Certificate &cert : served + expected) {
        if (cert.isNull())
            return out;
    }
    const Certificate servedLeaf = served.at(leafOf(served, analyzeChainStructure(served, {})));
    const Certificate fileLeaf = expected.at(leafOf(expected, analyzeChainStructure(expected, {})));
    if (servedLeaf == fileLeaf)
        return out;

    Phrase which;
    if (servedLeaf.notAfter().isValid() && fileLeaf.notAfter().isValid()
        && servedLeaf.notAfter() != fileLeaf.notAfter()) {
        which = fileLeaf.notAfter() > servedLeaf.notAfter()
            ? phrase("Findings", "The file holds the newer certificate: most likely it was renewed but "
                                 "the mail server was not reloaded and still serves the old one. ")
            : phrase("Findings", "The server serves the newer certificate: the file is an older copy, "
                                 "or the server reads its certificate from another path. ");
    } else {
        which = phrase("Findings", "The server was given another certificate than this file (a renewed "
                                   "certificate but no restart, or the reverse), or it reads another path. ");
    }
    if (servedLeaf.publicKeySha256() == fileLeaf.publicKeySha256())
        which = phrase("Findings", "%1Both use the same key, as a renewal that keeps the key does. ").arg(which);

    Finding f = make(
        "cert.differs_from_file", Severity::Medium,
        phrase("Findings", "The server does not serve the certificate in %1").arg(expectedFile),
        phrase("Findings", "The certificate the server sent (%1, valid %2, SHA-256 %3) is not the one in "
                           "%4 (%5, valid %6, SHA-256 %7). %8Reload the mail server after installing a "
                           "certificate, and check which file its configuration names.")
            .arg(servedLeaf.subject()).arg(validityPhrase(servedLeaf)).arg(servedLeaf.sha256Fingerprint())
            .arg(expectedFile).arg(fileLeaf.subject()).arg(validityPhrase(fileLeaf))
            .arg(fileLeaf.sha256Fingerprint()).arg(which),
        QStringLiteral("served: SHA-256 %1, serial %2, valid %3; file %4: SHA-256 %5, serial %6, valid %7")
            .arg(servedLeaf.sha256Fingerprint(), servedLeaf.serialHex(), validityText(servedLeaf), expectedFile,
                 fileLeaf.sha256Fingerprint(), fileLeaf.serialHex(), validityText(fileLeaf)));
    f.facts.insert(QLatin1String(fixfacts::kFile), expectedFile);
    out << f;
    return out;
}

Report certificateInspectionReport(const QStringList &files, const CertificateLoadResult &loaded,
                                   const TrustStore &trust, const CertificateCheckOptions &check)
{
    const QDateTime now = check.now.isValid() ? check.now.toUTC() : QDateTime::currentDateTimeUtc();
    CertificateCheckOptions options = check;
    options.now = now;
    const ChainAnalysis analysis = analyzeChain(loaded.certificates, trust, now);

    Report report;
    report.kind = QStringLiteral("cert-inspect");
    report.target.host = files.join(QLatin1Char(' '));
    report.target.servername = check.servername;
    report.startedAt = now;
    report.certificates = loaded.certificates;
    report.outcome.completed = true;

    auto note = [&report](const QString &text) { report.transcript.append({0, LineDirection::Note, text}); };
    for (const LoadedFileSummary &file : loaded.files) {
        QString text = file.describe();
        if (file.certificateCount > 0)
            text += QStringLiteral(" (positions %1-%2)").arg(file.firstPosition).arg(file.firstPosition + file.certificateCount - 1);
        note(text);
    }
    for (const LoadedPrivateKey &key : loaded.keys) {
        note(key.matchesPosition >= 0
                 ? QStringLiteral("private key from %1 belongs to certificate %2").arg(key.file).arg(key.matchesPosition)
                 : QStringLiteral("private key from %1 belongs to none of the certificates").arg(key.file));
    }
    if (!analysis.empty) {
        QStringList order;
        for (int p : analysis.suggestedOrder)
            order << QString::number(p);
        note(QStringLiteral("server certificate: position %1").arg(analysis.leafPosition));
        if (analysis.certificatesNotAnalysed > 0)
            note(QStringLiteral("chain: only the first %1 certificates were analysed; the other %2 are listed, not "
                                "taken into the order and verification (no server sends chains that long)")
                     .arg(loaded.certificates.size() - analysis.certificatesNotAnalysed)
                     .arg(analysis.certificatesNotAnalysed));
        note(analysis.orderCorrect ? QStringLiteral("order: correct (each certificate followed by its issuer)")
                                   : QStringLiteral("order: wrong; send positions %1").arg(order.join(QStringLiteral(", "))));
        note(QStringLiteral("verified against %1: %2")
                 .arg(trust.description(), analysis.trusted ? QStringLiteral("trusted") : analysis.verifyMessage));
    }

    report.findings = certificateFindings(loaded.certificates, analysis, options);
    report.findings << chainInfoFindings(loaded.certificates, analysis);
    report.findings << privateKeyFindings(loaded.certificates, analysis, loaded.keys);
    finishFindings(&report.findings);
    return report;
}

} // namespace mailtls::core
