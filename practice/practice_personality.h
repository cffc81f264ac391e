#pragma once

// The personalities of the built-in practice server: each one a mail server with one typical
// TLS configuration (good or bad), so a newcomer can see what the workbench says about it
// without setting up a mail server. The list is the contract between the practice server,
// the CLI (`mailtls practice-server --personality NAME`), the workbench menu and the tests:
// expectedFindings names the finding ids the workbench's session or scan must raise.

#include <QList>
#include <QString>
#include <QStringList>

namespace mailtls::core {

enum class PracticePersonalityId {
    Modern,
    LegacyTls10,
    EcdsaOnly,
    WeakDh,
    SelfSigned,
    MisorderedChain,
    NoStarttls,
    ClientCertRequired,
    AuthBeforeTls,
    Expired,
    StarttlsInjection,
    StarttlsResponseInjection,
};

struct PracticePersonality {
    PracticePersonalityId id = PracticePersonalityId::Modern;
    QString name;                  // what users type: "modern", "legacy-tls10", ...
    const char *summary = "";      // one line, English; translatable via QCoreApplication::translate("PracticePersonality", summary)
    QStringList expectedFindings;  // ids the workbench raises against it (session and/or scan)
    QStringList scanFindings;      // those of expectedFindings that only a scan can see
    bool offersStarttls = true;    // EHLO lists STARTTLS on the SMTP port
    bool authBeforeTls = false;    // EHLO lists AUTH PLAIN LOGIN before STARTTLS
    bool requiresClientCertificate = false;
    // STARTTLS's own weaknesses (issue 14): keeps the cleartext read behind STARTTLS and runs it
    // inside TLS (CVE-2011-0411); sends a fake reply line in the same write as its 220 go-ahead.
    bool keepsCleartextAfterStarttls = false;
    bool sendsAfter220 = false;
};

// Every personality, "modern" first (the default).
const QList<PracticePersonality> &practicePersonalities();
QStringList practicePersonalityNames();
// nullptr when `name` is not one of practicePersonalityNames() (case-insensitive).
const PracticePersonality *findPracticePersonality(const QString &name);

} // namespace mailtls::core
