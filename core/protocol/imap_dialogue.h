#pragma once

// IMAP (RFC 9051, RFC 3501) up to and around TLS: the "* OK" greeting, CAPABILITY, STARTTLS,
// CAPABILITY again under TLS (RFC 9051 6.2.1: what was said before TLS is forgotten),
// AUTHENTICATE PLAIN or LOGIN, LOGOUT. Implicit TLS (IMAPS) is port 993 (RFC 8314).

#include "protocol/text_dialogue.h"

namespace mailtls::core {

class ImapDialogue : public TextDialogue
{
public:
    using TextDialogue::TextDialogue;

    // The command lines, for probes that build their own conversations.
    static QString capabilityCommand(const QString &tag) { return tag + QStringLiteral(" CAPABILITY"); }
    static QString starttlsCommand(const QString &tag) { return tag + QStringLiteral(" STARTTLS"); }
    static QString logoutCommand(const QString &tag) { return tag + QStringLiteral(" LOGOUT"); }
    // LOGIN with both arguments as quoted strings (RFC 9051 4.3).
    static QString loginCommand(const QString &tag, const QString &user, const QString &password);
    static QString quoted(const QString &text);
    // "a3 OK ..." for tag "a3" -> Ok; "* BYE" -> Bye; "+ " -> Continue. False: another line.
    static bool classify(const QString &line, const QString &tag, DialectStatus *status);
    // The capability keywords of "* CAPABILITY a b c" (empty for any other line).
    static QStringList capabilityTokens(const QString &line);
    static DialectCapabilities capabilitiesFrom(const QStringList &tokens, const QString &statusLine);

    QString dialect() const override { return QStringLiteral("imap"); }
    bool greeting(DialectReply *reply, Error *error) override;
    bool capabilities(DialectCapabilities *caps, Error *error) override;
    bool startTls(DialectReply *reply, int *discarded, Error *error) override;
    bool authenticate(const QString &user, const QString &password, const QString &mechanism,
                      const DialectCapabilities &offered, DialectReply *reply, QString *used, Error *error) override;
    bool logout(Error *error) override;

    QString nextTag() { return QStringLiteral("a%1").arg(++tags_); }

private:
    // Reads until the tagged status line for `tag` (or a continuation, or BYE and close).
    bool response(const QString &tag, DialectReply *reply, Error *error);
    bool readFullLine(QString *line, Error *error);

    int tags_ = 0;
};

} // namespace mailtls::core
