#pragma once

#include <QString>
#include <QStringList>

namespace mailtls::core {

// Keeps AUTH secrets out of transcripts and reports. Stateful: it follows an AUTH exchange
// (AUTH PLAIN <ir>, AUTH LOGIN, AUTH CRAM-MD5 / 334 challenges) from the client line that
// starts it to the server reply that ends it, and also masks every registered secret (and its
// base64 forms) wherever it appears, e.g. typed by hand in the workbench console.
class Redactor
{
public:
    explicit Redactor(bool enabled = true);

    void addSecret(const QString &secret);
    // The client line as it may be shown; secrets replaced by "<redacted>" markers that keep
    // the user name visible where the mechanism carries one (AUTH PLAIN, LOGIN user line).
    QString clientLine(const QString &line);
    // Follows the exchange: 334 keeps an AUTH exchange open, any other code ends it.
    void serverReply(int code);
    // Server lines can echo secrets too (e.g. a 535 that quotes input): mask known secrets.
    QString serverLine(const QString &line) const;
    bool inAuthExchange() const { return authStep_ > 0; }

private:
    QString maskSecrets(const QString &text) const;
    // The marker shown for one SASL response of the current exchange (initial response or a
    // line after a 334); learns the password it carries as a secret.
    QString describeResponse(const QString &response);
    void endExchange();
    void addForms(const QString &plain, const QByteArray &bytes);
    // Passwords seen in an exchange are masked wherever they show up later (server echoes,
    // typed by hand); very short ones are skipped so they do not shred the transcript.
    void learnSecret(const QString &plain, const QByteArray &bytes);

    bool enabled_;
    QStringList secrets_;      // plain and base64 forms
    QString mechanism_;
    int authStep_ = 0;         // 0: not in AUTH; 1..n: client lines sent in this exchange
    int responses_ = 0;        // SASL responses seen in this exchange, initial response included
};

} // namespace mailtls::core
