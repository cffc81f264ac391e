#pragma once

// A short plain-language explanation of each handshake message (and of the SMTP steps around
// STARTTLS), with a note on what TLS 1.3 changed where it changed something. For the ladder's
// details pane; written for the teacher's audience, checked against RFC 8446 and RFC 5246.

#include <QString>
#include <QStringList>

namespace mailtls::core {

struct MessageExplanation {
    QString title;       // "ClientHello"
    QString text;        // 2–4 sentences
    QString tls13Note;   // "In TLS 1.3: ..." or empty when nothing changed
    bool known() const { return !text.isEmpty(); }
};

// `type` as HandshakeMessage::type names it ("ClientHello", "HelloRetryRequest", "Alert",
// "ChangeCipherSpec", ...) or an SMTP step ("STARTTLS", "EHLO", "220"). Unknown: empty.
MessageExplanation explainMessage(const QString &type);

// Every type explainMessage() knows (tests make sure each has text).
QStringList explainedMessageTypes();

} // namespace mailtls::core
