#pragma once

// POP3 (RFC 1939) up to and around TLS: the "+OK" greeting, CAPA (RFC 2449), STLS (RFC 2595),
// CAPA again under TLS, AUTH PLAIN (RFC 5034) or USER/PASS, QUIT. Implicit TLS (POP3S) is port
// 995 (RFC 8314).

#include "protocol/text_dialogue.h"

namespace mailtls::core {

class Pop3Dialogue : public TextDialogue
{
public:
    using TextDialogue::TextDialogue;

    // The command lines, for probes.
    static QString capaCommand() { return QStringLiteral("CAPA"); }
    static QString stlsCommand() { return QStringLiteral("STLS"); }
    static QString quitCommand() { return QStringLiteral("QUIT"); }
    // "+OK ..." Ok, "-ERR ..." No, "+ ..." Continue. False: not a status line.
    static bool classify(const QString &line, DialectStatus *status);
    // A CAPA list's lines ("STLS", "SASL PLAIN LOGIN", "USER").
    static DialectCapabilities capabilitiesFrom(const QStringList &lines, const QString &statusLine);

    QString dialect() const override { return QStringLiteral("pop3"); }
    bool greeting(DialectReply *reply, Error *error) override;
    bool capabilities(DialectCapabilities *caps, Error *error) override;
    bool startTls(DialectReply *reply, int *discarded, Error *error) override;
    bool authenticate(const QString &user, const QString &password, const QString &mechanism,
                      const DialectCapabilities &offered, DialectReply *reply, QString *used, Error *error) override;
    bool logout(Error *error) override;

private:
    // One status line: +OK, -ERR or "+ " (a SASL challenge).
    bool status(DialectReply *reply, Error *error, int timeoutMs = -1);
};

} // namespace mailtls::core
