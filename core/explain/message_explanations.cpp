#include "explain/message_explanations.h"

#include <QHash>

namespace mailtls::core {

namespace {

struct Entry {
    Phrase text;
    Phrase tls13;   // empty: TLS 1.3 changed nothing worth saying
};

const QHash<QString, Entry> &entries()
{
    static const QHash<QString, Entry> table = {
        {QStringLiteral("ClientHello"),
         {phrase("Explain", "The client opens the handshake. It sends a fresh random value and lists what it can do: "
          "protocol versions, cipher suites, and extensions such as the server name (SNI), the key "
          "exchange groups and the signature algorithms it accepts."),
          phrase("Explain", "In TLS 1.3: the client already sends key shares for the groups it guesses the server will "
          "pick, which saves a round trip. The real version list moved into the supported_versions "
          "extension; the old version field stays at TLS 1.2 for compatibility.")}},
        {QStringLiteral("ServerHello"),
         {phrase("Explain", "The server's answer to the ClientHello: it picks one protocol version and one cipher suite "
          "from the client's offer and adds its own random value. From here both sides know which "
          "algorithms the rest of the handshake uses."),
          phrase("Explain", "In TLS 1.3: it also carries the server's key share, so both sides can derive handshake "
          "keys at once; every message after it is encrypted. The chosen version is in "
          "supported_versions.")}},
        {QStringLiteral("HelloRetryRequest"),
         {phrase("Explain", "The server supports one of the groups the client listed but found no key share for it in "
          "the ClientHello. It asks the client to send a new ClientHello with a share for that group. "
          "On the wire it looks like a ServerHello with a fixed, special random value."),
          phrase("Explain", "In TLS 1.3: this message exists only here; it costs one extra round trip, which is why "
          "clients try to guess the server's preferred group.")}},
        {QStringLiteral("EncryptedExtensions"),
         {phrase("Explain", "The server's answers to extensions that are not needed to agree on keys, such as ALPN or "
          "the acknowledgement of the server name. It is the first message protected by the "
          "handshake keys."),
          phrase("Explain", "In TLS 1.3: new. In TLS 1.2 these answers travelled in the ServerHello, readable by anyone "
          "on the path.")}},
        {QStringLiteral("Certificate"),
         {phrase("Explain", "The sender's certificate chain: its own certificate first, then the intermediates that "
          "lead to a trusted root. The receiver checks the chain, the dates and that the name matches "
          "the host it wanted. The server always sends one (except for anonymous or PSK suites); the "
          "client only when asked."),
          phrase("Explain", "In TLS 1.3: the chain is encrypted, so an eavesdropper no longer sees which certificate "
          "was served, and each entry can carry extensions such as a stapled OCSP response.")}},
        {QStringLiteral("CertificateRequest"),
         {phrase("Explain", "The server asks the client to authenticate with a certificate of its own and says which "
          "signature algorithms and issuing CAs it accepts. Mail servers often ask but still accept a "
          "client that sends an empty certificate list."),
          phrase("Explain", "In TLS 1.3: encrypted, with its parameters as extensions and a request context; a server "
          "may also ask after the handshake if the client offered post_handshake_auth.")}},
        {QStringLiteral("ServerKeyExchange"),
         {phrase("Explain", "Sent in TLS 1.2 and earlier with ephemeral (EC)DHE suites: the server's Diffie-Hellman "
          "parameters (a named curve, or a prime and generator) and its public value, signed with the "
          "certificate's key. With static RSA key exchange there is no such message."),
          phrase("Explain", "In TLS 1.3: gone. The server's key share sits in the ServerHello and its signature moved to "
          "CertificateVerify, which covers the whole transcript instead of only the parameters.")}},
        {QStringLiteral("ServerHelloDone"),
         {phrase("Explain", "An empty message that closes the server's first flight in TLS 1.2 and earlier. The server "
          "has said everything it needs to, and it is now the client's turn to send its key exchange."),
          phrase("Explain", "In TLS 1.3: removed; the server's flight simply ends with its Finished message.")}},
        {QStringLiteral("ClientKeyExchange"),
         {phrase("Explain", "The client's contribution to the shared secret in TLS 1.2 and earlier: its (EC)DH public "
          "value, or with RSA key exchange a random premaster secret encrypted to the server's RSA "
          "key. After it both sides can compute the same master secret."),
          phrase("Explain", "In TLS 1.3: gone; the client's key share already went out in the ClientHello, and RSA key "
          "transport no longer exists.")}},
        {QStringLiteral("CertificateVerify"),
         {phrase("Explain", "A signature made with the private key of the certificate just sent, over the handshake so "
          "far. It proves the sender really holds that key, not just a copy of the public "
          "certificate. In TLS 1.2 only a client that sent a certificate uses it."),
          phrase("Explain", "In TLS 1.3: the server sends one in every certificate-based handshake; it replaces the "
          "signature that ServerKeyExchange used to carry.")}},
        {QStringLiteral("ChangeCipherSpec"),
         {phrase("Explain", "Not a handshake message but a one-byte record of its own: from the next record on, this "
          "side encrypts with the keys just negotiated. Each side sends one just before its Finished."),
          phrase("Explain", "In TLS 1.3: it means nothing. Implementations may still send one so that middleboxes "
          "which expect a TLS 1.2 handshake let the connection through; the peer ignores it.")}},
        {QStringLiteral("Finished"),
         {phrase("Explain", "A MAC over the whole handshake, computed with the new keys. Each side checks the other's, "
          "so any message altered or removed on the way (for example a weaker suite list) makes the "
          "handshake fail. In TLS 1.2 it is the first encrypted message from each side."),
          phrase("Explain", "In TLS 1.3: computed with a key derived from the handshake secret; the server's Finished "
          "ends its flight and the client's Finished completes the handshake.")}},
        {QStringLiteral("NewSessionTicket"),
         {phrase("Explain", "The server hands the client an opaque, server-encrypted ticket so a later connection can "
          "resume this session without a full handshake. The lifetime says how long the server will "
          "honour it. In TLS 1.2 it comes just before the server's ChangeCipherSpec."),
          phrase("Explain", "In TLS 1.3: sent after the handshake, encrypted, often several at once; each ticket is a "
          "pre-shared key identity valid for at most seven days.")}},
        {QStringLiteral("KeyUpdate"),
         {phrase("Explain", "Only in TLS 1.3: one side switches to fresh traffic keys and may ask the peer to do the "
          "same, so a long connection never uses one key for too much data."),
          phrase("Explain", "In TLS 1.3: this replaces renegotiation for changing keys.")}},
        {QStringLiteral("EndOfEarlyData"),
         {phrase("Explain", "Only in TLS 1.3: the client marks the end of the early (0-RTT) data it sent with a "
          "resumed session before the handshake finished."),
          Phrase()}},
        {QStringLiteral("CertificateStatus"),
         {phrase("Explain", "A stapled OCSP response: the server passes on its CA's signed statement that the "
          "certificate was not revoked, so the client need not ask the CA itself."),
          phrase("Explain", "In TLS 1.3: the response travels as an extension of the certificate entry instead of a "
          "message of its own.")}},
        {QStringLiteral("HelloRequest"),
         {phrase("Explain", "In TLS 1.2 and earlier the server asks the client to start a new handshake "
          "(renegotiation) on the running connection."),
          phrase("Explain", "In TLS 1.3: removed, together with renegotiation.")}},
        {QStringLiteral("Alert"),
         {phrase("Explain", "Two bytes: a level (warning or fatal) and a reason. A fatal alert ends the connection at "
          "once and tells why the handshake failed; close_notify announces an orderly end."),
          phrase("Explain", "In TLS 1.3: every alert except close_notify and user_canceled is fatal whatever level it "
          "states, and alerts after the ServerHello are encrypted.")}},
        {QStringLiteral("STARTTLS"),
         {phrase("Explain", "The SMTP command (RFC 3207) that turns this same TCP connection into a TLS connection. "
          "Everything before it travelled in clear text; after the server's 220 reply the next bytes "
          "the client sends are a TLS ClientHello. IMAP (RFC 9051, tagged OK) and ManageSieve "
          "(RFC 5804, OK) use the same command; POP3 calls it STLS."),
          Phrase()}},
        {QStringLiteral("STLS"),
         {phrase("Explain", "POP3's STARTTLS (RFC 2595). After the server's +OK the next bytes the client sends are a "
          "TLS ClientHello on the same connection."),
          Phrase()}},
        {QStringLiteral("CAPABILITY"),
         {phrase("Explain", "IMAP (RFC 9051) or ManageSieve (RFC 5804): the server lists what it supports: STARTTLS, "
          "the SASL mechanisms (AUTH=PLAIN, \"SASL\"), and LOGINDISABLED when it refuses passwords "
          "before TLS. After TLS the IMAP client asks again and the ManageSieve server sends the list "
          "again by itself, because an attacker could have changed the clear-text one."),
          Phrase()}},
        {QStringLiteral("CAPA"),
         {phrase("Explain", "POP3 (RFC 2449): the server lists its capabilities: STLS, USER (password logins) and the "
          "SASL mechanisms. A server that protects passwords lists neither USER nor SASL PLAIN until "
          "TLS is up; after STLS the client asks again."),
          Phrase()}},
        {QStringLiteral("Greeting"),
         {phrase("Explain", "The server's first words when the connection opens: \"* OK\" from IMAP, \"+OK\" from "
          "POP3, the capability list ending in OK from ManageSieve, 220 from SMTP. They travel in "
          "clear text unless TLS started with the first byte (ports 993, 995, 465)."),
          Phrase()}},
        {QStringLiteral("EHLO"),
         {phrase("Explain", "The client greets the server and the server lists the SMTP extensions it supports, such as "
          "STARTTLS, AUTH and SIZE. After TLS is up the client says EHLO again, because an attacker "
          "could have changed the clear-text answer."),
          Phrase()}},
        {QStringLiteral("220"),
         {phrase("Explain", "A positive reply: either the server's greeting when the connection opens, or, after "
          "STARTTLS, the go-ahead to start the TLS handshake on this connection."),
          Phrase()}},
        {QStringLiteral("EncryptedSession"),
         {phrase("Explain", "Once both Finished messages are checked, the SMTP conversation goes on inside TLS "
          "records: an eavesdropper sees only sizes and timing, not commands, addresses or the "
          "message."),
          Phrase()}},
    };
    return table;
}

} // namespace

MessageExplanation explainMessage(const QString &type)
{
    MessageExplanation e;
    e.title = type;
    QString key = type;
    // IMAP commands carry a tag ("a2 STARTTLS"), untagged answers a star ("* CAPABILITY ...").
    QString bare = type;
    const QString firstWord = type.section(QLatin1Char(' '), 0, 0);
    const QString secondWord = type.section(QLatin1Char(' '), 1, 1).toUpper();
    if (!firstWord.isEmpty() && !secondWord.isEmpty()
        && (secondWord == QLatin1String("STARTTLS") || secondWord == QLatin1String("CAPABILITY")))
        bare = type.section(QLatin1Char(' '), 1);
    if (type.startsWith(QLatin1String("* OK"), Qt::CaseInsensitive) || type.startsWith(QLatin1String("+OK"), Qt::CaseInsensitive)
        || type.startsWith(QLatin1String("\"IMPLEMENTATION\""), Qt::CaseInsensitive))
        key = QStringLiteral("Greeting");
    else if (bare.startsWith(QLatin1String("STARTTLS"), Qt::CaseInsensitive))
        key = QStringLiteral("STARTTLS");
    else if (bare.startsWith(QLatin1String("CAPABILITY"), Qt::CaseInsensitive))
        key = QStringLiteral("CAPABILITY");
    else if (type.compare(QLatin1String("CAPA"), Qt::CaseInsensitive) == 0)
        key = QStringLiteral("CAPA");
    else if (type.compare(QLatin1String("STLS"), Qt::CaseInsensitive) == 0)
        key = QStringLiteral("STLS");
    else if (type.startsWith(QLatin1String("STARTTLS"), Qt::CaseInsensitive))
        key = QStringLiteral("STARTTLS");
    else if (type.startsWith(QLatin1String("EHLO"), Qt::CaseInsensitive))
        key = QStringLiteral("EHLO");
    else if (type.startsWith(QLatin1String("220")))
        key = QStringLiteral("220");
    const auto it = entries().constFind(key);
    if (it == entries().constEnd())
        return e;
    e.title = key;
    e.textPhrase = it->text;
    e.text = it->text.english();
    if (!it->tls13.isEmpty()) {
        e.tls13NotePhrase = it->tls13;
        e.tls13Note = it->tls13.english();
    }
    return e;
}

QStringList explainedMessageTypes()
{
    QStringList keys = entries().keys();
    keys.sort();
    return keys;
}

namespace {

// Handshake msg_type values (RFC 5246 7.4, RFC 8446 4).
constexpr int kHelloRequest = 0;
constexpr int kClientHello = 1;
constexpr int kFinished = 20;

int handshakeTypeOf(const HandshakeMessage &m)
{
    if (m.contentType != 22 && m.contentType != 0)
        return -1;
    if (m.handshakeType >= 0)
        return m.handshakeType;
    // Older reports without the type number: by name.
    if (m.type == QLatin1String("HelloRequest"))
        return kHelloRequest;
    if (m.type == QLatin1String("ClientHello"))
        return kClientHello;
    if (m.type == QLatin1String("Finished"))
        return kFinished;
    return -1;
}

} // namespace

QList<int> renegotiationStarts(const QList<HandshakeMessage> &messages)
{
    QList<int> starts;
    bool finished = false;        // a Finished went by: the first handshake is (at least half) done
    bool pendingRequest = false;  // a HelloRequest started one; its ClientHello is part of it
    for (int i = 0; i < messages.size(); ++i) {
        const int type = handshakeTypeOf(messages.at(i));
        if (type == kHelloRequest) {
            starts << i;
            pendingRequest = true;
            finished = false;
        } else if (type == kClientHello) {
            if (finished && !pendingRequest)
                starts << i;
            pendingRequest = false;
            finished = false;
        } else if (type == kFinished) {
            finished = true;
        }
    }
    return starts;
}

MessageExplanation explainRenegotiation()
{
    MessageExplanation e;
    e.title = QStringLiteral("Renegotiation");
    e.textPhrase = phrase("Explain",
        "A second handshake on a connection that already finished one: in TLS 1.2 and earlier either side may ask "
        "for fresh keys this way, the server with a HelloRequest, the client with a new ClientHello. Servers may "
        "refuse a client's request (a no_renegotiation alert, or closing the connection), and many mail servers "
        "rightly do, because each handshake costs them a private-key operation.\n\nA common surprise: openssl "
        "s_client treats a typed line that starts with a capital R as a request to renegotiate and one with Q as "
        "quit, so typing RCPT TO renegotiates instead of sending the command, and a server that refuses then "
        "drops the session. That is the tool, not the server: start s_client with -ign_eof or -quiet (both "
        "imply -nocommands), or type rcpt to in lower case. This workbench sends every typed line as it is.");
    e.text = e.textPhrase.english();
    e.tls13NotePhrase = phrase("Explain",
        "In TLS 1.3: renegotiation is gone. Fresh keys come from a KeyUpdate message (s_client sends one on a "
        "typed k or K) and a late client certificate from post-handshake authentication.");
    e.tls13Note = e.tls13NotePhrase.english();
    return e;
}

} // namespace mailtls::core
