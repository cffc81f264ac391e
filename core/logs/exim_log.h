#pragma once

// One line of an Exim main log, as facts: when, which message, what happened, with which host,
// and the TLS of that connection as Exim logged it. Pure functions over text (no file access):
// the reader that feeds them lines, bounds them and counts what is not understood comes with
// `mailtls log` (issue 12). Formats as Exim writes them:
//
//   2026-12-06 02:46:09 1xa2GP-0005Po-10 <= a@example.org H=(client.example.org) [127.0.0.1]
//       P=esmtps X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=509
//   2026-12-06 01:57:43 TLS error on connection from (vm) [127.0.0.1] (gnutls_handshake):
//       No supported cipher suites have been found.
//
// with the variations log_selector allows: milliseconds (+millisec), a time-zone offset
// (log_timezone), a "[pid]" prefix (+pid), ports after addresses (+incoming_port,
// +outgoing_port), DN= and SNI= (+tls_peerdn, +tls_sni), and both message-id formats.

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace mailtls::core {

// An Exim message id: "1gzK7S-0007Td-Bt" (6-6-2, before Exim 4.97) or "1sIXS3-000000069nP-2yYi"
// (6-11-4, Exim 4.97 and later). Digits are base 62 (0-9A-Za-z), or base 36 (0-9A-Z) where Exim
// runs on a case-insensitive file system; a spool file name adds "-H", "-D" or "-J".
struct EximMessageId {
    QString id;               // without the spool suffix
    bool longFormat = false;  // 6-11-4
    QChar spoolSuffix;        // 'H', 'D', 'J', or null
};
// Recognises a whole token (nothing before or after) as a message id.
bool parseEximMessageId(QStringView token, EximMessageId *out);

enum class EximEvent {
    None,        // a line about no single message (TLS errors, connections, daemon notes)
    Arrival,     // <=
    Delivery,    // =>
    Additional,  // ->  (a further address of the same delivery)
    Suppressed,  // *>  (delivery suppressed by -N)
    Bounce,      // **  (permanent failure)
    Deferral,    // ==  (temporary failure)
    Completed,   // Completed
    Other,       // a message line with another text (frozen, rejected, ...)
};

// The TLS of a connection as an X= field gave it.
struct EximTls {
    QString asLogged;     // "TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256"
    QString version;      // canonical: "TLSv1.3"; empty when unreadable
    QString cipher;       // as the library named it: "ECDHE_RSA_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384"
    QString cipherIana;   // the catalog's IANA name, empty when the catalog has none
    QString group;        // GnuTLS TLS 1.3 descriptions only: "X25519"
    QString signature;    // GnuTLS TLS 1.3 descriptions only: "RSA_PSS_RSAE_SHA256"
    int bits = 0;
    bool resumed = false; // a trailing "*": the session was resumed
};

// A host as Exim writes it: "mx.example.net [192.0.2.5]", "(helo.example) [127.0.0.1]:2525",
// "mx.example.net (helo) [2001:db8::1]".
struct EximHost {
    QString name;
    QString helo;
    QString address;
    int port = 0;
    bool isEmpty() const { return name.isEmpty() && helo.isEmpty() && address.isEmpty(); }
};
bool parseEximHost(QStringView text, EximHost *out);

struct EximLogLine {
    QDateTime time;            // with the logged offset when there is one, else local time
    qint64 pid = -1;           // "[1234]" prefix, when logged
    bool hasId = false;
    EximMessageId id;
    EximEvent event = EximEvent::None;
    QString address;           // the envelope address after <= => -> *> ** ==
    EximHost host;             // H=, or the host of a TLS error line
    QString protocol;          // P=: "esmtps", "esmtp", "smtp", ...
    bool hasTls = false;
    EximTls tls;               // X=
    QString certificateVerified;  // CV=: "yes", "no", "dane"
    QString peerDn;            // DN= (quotes removed)
    QString sni;               // SNI=
    bool tlsError = false;     // a "TLS error on connection" line
    bool outgoing = false;     // of a TLS error line: "to" (we were the client)
    QString errorSource;       // "gnutls_handshake", "SSL_accept", "SSL_connect", ...
    QString text;              // the error text, or for other lines what follows the id
};

// False when `line` is not an Exim main-log line (no timestamp where Exim writes it); then
// *out is left as it was. Only the first limits::kLogLineChars characters are looked at; time
// is linear in those.
bool parseEximLogLine(QStringView line, EximLogLine *out);

// The X= value decoded: TLS version, cipher (GnuTLS or OpenSSL spelling) with its IANA name from
// the catalog, bits, the resumption mark. False when it does not look like an X= value.
bool parseEximTls(QStringView value, EximTls *out);

} // namespace mailtls::core
