#pragma once

// A short plain-language explanation of each handshake message (and of the SMTP steps around
// STARTTLS), with a note on what TLS 1.3 changed where it changed something. For the ladder's
// details pane; written for the teacher's audience, checked against RFC 8446 and RFC 5246.

#include <QList>
#include <QString>
#include <QStringList>

#include "base/phrase.h"
#include "model/report.h"

namespace mailtls::core {

struct MessageExplanation {
    QString title;       // "ClientHello"
    QString text;        // 2–4 sentences
    QString tls13Note;   // "In TLS 1.3: ..." or empty when nothing changed
    // The same texts as Phrases (context "Explain"): what the window shows, localized().
    Phrase textPhrase;
    Phrase tls13NotePhrase;
    bool known() const { return !text.isEmpty(); }
    QString shownText() const { return shownPhrase(textPhrase, text); }
    QString shownTls13Note() const { return shownPhrase(tls13NotePhrase, tls13Note); }
};

// `type` as HandshakeMessage::type names it ("ClientHello", "HelloRetryRequest", "Alert",
// "ChangeCipherSpec", ...) or an SMTP step ("STARTTLS", "EHLO", "220"). Unknown: empty.
MessageExplanation explainMessage(const QString &type);

// Every type explainMessage() knows (tests make sure each has text).
QStringList explainedMessageTypes();

// Renegotiation on one connection (TLS 1.2 and earlier): the index into `messages` of every
// message that starts one, a HelloRequest from the server or a ClientHello after a Finished.
// A ClientHello after a HelloRetryRequest (TLS 1.3, before any Finished) is no renegotiation.
QList<int> renegotiationStarts(const QList<HandshakeMessage> &messages);

// What a renegotiation on the ladder is, and the openssl s_client trap: there a typed line
// starting with "R" (RCPT TO) renegotiates and one starting with "Q" quits, and a server that
// rightly refuses client-initiated renegotiation ends the session. Title "Renegotiation".
MessageExplanation explainRenegotiation();

} // namespace mailtls::core
