#pragma once

// ManageSieve (RFC 5804) up to and around TLS. The server greets with its capability list
// ("IMPLEMENTATION", "SASL", "STARTTLS", ... then OK); after STARTTLS and the handshake it sends
// the list again by itself (RFC 5804 2.2), so the client reads it rather than asking.
// AUTHENTICATE "PLAIN" with a base64 initial response; LOGOUT. Port 4190.

#include "protocol/text_dialogue.h"

namespace mailtls::core {

class SieveDialogue : public TextDialogue
{
public:
    using TextDialogue::TextDialogue;

    // The command lines, for probes.
    static QString capabilityCommand() { return QStringLiteral("CAPABILITY"); }
    static QString starttlsCommand() { return QStringLiteral("STARTTLS"); }
    static QString logoutCommand() { return QStringLiteral("LOGOUT"); }
    static QString authenticatePlainCommand(const QByteArray &base64Response);
    // "OK ..." Ok, "NO ..." No, "BYE ..." Bye. False: a data line (strings).
    static bool classify(const QString &line, DialectStatus *status);
    // The quoted strings of one line; *literal: the length of a trailing {N}/{N+}, else -1.
    // False when the line is not a sequence of strings.
    static bool splitStrings(const QString &line, QStringList *strings, int *literal);
    // Capability items ("SASL" "PLAIN LOGIN") as keyword lines ("SASL PLAIN LOGIN").
    static DialectCapabilities capabilitiesFrom(const QList<QStringList> &items, const QString &statusLine, bool ok);

    QString dialect() const override { return QStringLiteral("sieve"); }
    // Reads the capability list the server greets with; Ok when it ends in OK.
    bool greeting(DialectReply *reply, Error *error) override;
    // The list the greeting carried (asked with CAPABILITY only when there was none).
    bool capabilities(DialectCapabilities *caps, Error *error) override;
    bool capabilitiesAfterTls(DialectCapabilities *caps, Error *error) override;
    bool startTls(DialectReply *reply, int *discarded, Error *error) override;
    bool authenticate(const QString &user, const QString &password, const QString &mechanism,
                      const DialectCapabilities &offered, DialectReply *reply, QString *used, Error *error) override;
    bool logout(Error *error) override;

private:
    // Lines of strings until OK/NO/BYE.
    bool response(DialectReply *reply, QList<QStringList> *items, Error *error, int timeoutMs = -1);

    DialectCapabilities greetingCaps_;
    bool haveGreetingCaps_ = false;
};

} // namespace mailtls::core
