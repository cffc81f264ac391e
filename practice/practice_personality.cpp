#include "practice/practice_personality.h"

#include <QtGlobal>

namespace mailtls::core {

namespace {

QList<PracticePersonality> makePersonalities()
{
    using Id = PracticePersonalityId;
    QList<PracticePersonality> list;
    const auto add = [&list](Id id, const char *name, const char *summary, QStringList expected,
                             QStringList scanOnly = {}) -> PracticePersonality & {
        PracticePersonality p;
        p.id = id;
        p.name = QString::fromLatin1(name);
        p.summary = summary;
        p.expectedFindings = std::move(expected);
        p.scanFindings = std::move(scanOnly);
        list << p;
        return list.last();
    };
    add(Id::Modern, "modern",
        QT_TRANSLATE_NOOP("PracticePersonality",
                          "TLS 1.2 and 1.3, RSA and ECDSA certificates, ECDHE suites: a well-configured server"),
        {});
    add(Id::LegacyTls10, "legacy-tls10",
        QT_TRANSLATE_NOOP("PracticePersonality", "TLS 1.0 only, as a server untouched since 2010"),
        {QStringLiteral("protocol.tls10_enabled"), QStringLiteral("protocol.tls13_missing")},
        {QStringLiteral("protocol.tls13_missing")});
    add(Id::EcdsaOnly, "ecdsa-only",
        QT_TRANSLATE_NOOP("PracticePersonality",
                          "Only an ECDSA P-256 certificate: partners that offer only RSA suites find no shared cipher"),
        {QStringLiteral("cert.ecdsa_only")}, {QStringLiteral("cert.ecdsa_only")});
    add(Id::WeakDh, "weak-dh",
        QT_TRANSLATE_NOOP("PracticePersonality",
                          "DHE suites only, with a 1024-bit prime (RFC 2409 group 2), no TLS 1.3"),
        {QStringLiteral("kex.dh_weak"), QStringLiteral("protocol.tls13_missing")},
        {QStringLiteral("protocol.tls13_missing")});
    add(Id::SelfSigned, "self-signed",
        QT_TRANSLATE_NOOP("PracticePersonality", "A self-signed server certificate that no CA vouches for"),
        {QStringLiteral("cert.self_signed")});
    add(Id::MisorderedChain, "misordered-chain",
        QT_TRANSLATE_NOOP("PracticePersonality",
                          "Two intermediates sent in the wrong order (root-side one first)"),
        {QStringLiteral("chain.order_wrong")});
    PracticePersonality &noStarttls = add(
        Id::NoStarttls, "no-starttls",
        QT_TRANSLATE_NOOP("PracticePersonality",
                          "EHLO does not offer STARTTLS: partners deliver in cleartext (implicit TLS still works)"),
        {QStringLiteral("starttls.not_offered")});
    noStarttls.offersStarttls = false;
    PracticePersonality &clientCert = add(
        Id::ClientCertRequired, "client-cert-required",
        QT_TRANSLATE_NOOP("PracticePersonality",
                          "Demands a client certificate and ends the handshake without one"),
        {QStringLiteral("client_cert.required")});
    clientCert.requiresClientCertificate = true;
    PracticePersonality &authBefore = add(
        Id::AuthBeforeTls, "auth-before-tls",
        QT_TRANSLATE_NOOP("PracticePersonality", "Offers AUTH PLAIN LOGIN before STARTTLS, on the cleartext connection"),
        {QStringLiteral("auth.plaintext_before_tls")});
    authBefore.authBeforeTls = true;
    add(Id::Expired, "expired",
        QT_TRANSLATE_NOOP("PracticePersonality", "The server certificate expired ten days ago"),
        {QStringLiteral("cert.expired")});
    PracticePersonality &injection = add(
        Id::StarttlsInjection, "starttls-injection",
        QT_TRANSLATE_NOOP("PracticePersonality",
                          "Runs commands sent in cleartext behind STARTTLS inside TLS (CVE-2011-0411): "
                          "a man in the middle can slip in his own commands; a scan shows it"),
        {QStringLiteral("starttls.command_injection")}, {QStringLiteral("starttls.command_injection")});
    injection.keepsCleartextAfterStarttls = true;
    PracticePersonality &responseInjection = add(
        Id::StarttlsResponseInjection, "starttls-response-injection",
        QT_TRANSLATE_NOOP("PracticePersonality",
                          "Sends a fake \"250 AUTH PLAIN\" line right after its 220 to STARTTLS, as a man in the "
                          "middle would: the client must discard it, never read it as said under TLS"),
        {QStringLiteral("starttls.data_after_220")});
    responseInjection.sendsAfter220 = true;
    return list;
}

} // namespace

const QList<PracticePersonality> &practicePersonalities()
{
    static const QList<PracticePersonality> personalities = makePersonalities();
    return personalities;
}

QStringList practicePersonalityNames()
{
    QStringList names;
    for (const PracticePersonality &p : practicePersonalities())
        names << p.name;
    return names;
}

const PracticePersonality *findPracticePersonality(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const PracticePersonality &p : practicePersonalities()) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

} // namespace mailtls::core
