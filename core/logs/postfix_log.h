#pragma once

// One line of a Postfix mail log, as TLS facts. Pure functions over text, like exim_log.h.
// Syslog framing in both forms Postfix logs reach files in:
//
//   Mar  5 08:09:10 mx postfix/smtpd[1234]: ...                       (classic: no year)
//   2024-03-05T08:09:10.123456+01:00 mx postfix/submission/smtpd[1234]: ...   (RFC 3339)
//
// and the TLS lines of smtpd and smtp:
//
//   Anonymous TLS connection established from unknown[192.0.2.1]: TLSv1.3 with cipher
//       TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS
//       (2048 bits) server-digest SHA256
//   Verified TLS connection established to mx.example.net[192.0.2.5]:25: TLSv1.2 with cipher
//       ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)
//   SSL_accept error from unknown[192.0.2.1]: lost connection
//   warning: TLS library problem: error:0A000076:SSL routines::no suitable signature algorithm:...
//   lost connection after STARTTLS from unknown[192.0.2.1]
//   disconnect from unknown[192.0.2.1] ehlo=1 starttls=0/1 commands=1/2

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace mailtls::core {

enum class PostfixEvent {
    None,               // a Postfix line about something else
    TlsEstablished,     // "... TLS connection established|reused from|to ..."
    SslAcceptError,     // smtpd: "SSL_accept error from HOST[ADDR]: why"
    SslConnectError,    // smtp: "SSL_connect error to HOST[ADDR]:PORT: why"
    TlsLibraryProblem,  // "warning: TLS library problem: error:..."
    LostAfterStarttls,  // "lost connection after STARTTLS from HOST[ADDR]" (or "timeout after STARTTLS")
    Disconnect,         // "disconnect from HOST[ADDR] ehlo=1 starttls=0/1 ..."
    Connect,            // smtpd: "connect from HOST[ADDR]"
    ClientQueued,       // smtpd: "QUEUEID: client=HOST[ADDR]" (a message from that client)
    Delivery,           // smtp/lmtp: "QUEUEID: to=<RCPT>, relay=HOST[ADDR]:PORT, ..., status=sent (...)"
};

struct PostfixLogLine {
    QDateTime time;        // classic syslog lines carry no year: the caller's is used
    QString host;          // the syslog host name
    QString service;       // "postfix/smtpd", "postfix/submission/smtpd", "postfix/smtp"
    qint64 pid = -1;
    PostfixEvent event = PostfixEvent::None;

    QString peerName;      // "unknown" when the client had no verified name
    QString peerAddress;
    int peerPort = 0;
    bool outgoing = false; // "to" (Postfix was the client)

    // TlsEstablished:
    QString trust;         // "Anonymous", "Untrusted", "Trusted", "Verified"
    bool reused = false;   // "reused": a resumed session
    QString version;       // canonical: "TLSv1.3"
    QString cipher;        // as logged (OpenSSL's name)
    QString cipherIana;    // the catalog's IANA name, empty when unknown
    int bits = 0;          // "(256/256 bits)": the first number
    int algorithmBits = 0; // the second
    QString keyExchange;   // "X25519"
    QString serverSignature;      // "RSA-PSS (2048 bits)"
    QString serverDigest;         // "SHA256"
    QString clientSignature;
    QString clientDigest;

    // ClientQueued, Delivery:
    QString queueId;       // "4TqXyZ1abcz8" (short or long queue ids)
    QString recipient;     // Delivery: the to=<> address
    QString status;        // Delivery: "sent", "deferred", "bounced", "expired"
    QString dsn;           // Delivery: "2.0.0"

    // Disconnect: "starttls=0/1" — succeeded / tried; -1 when not logged.
    int starttlsDone = -1;
    int starttlsTried = -1;

    QString text;          // the error text (Delivery: the status's explanation), or what
                           // follows the service's "pid]: "
};

struct SyslogLine;

// False when `line` is no Postfix line (no syslog framing with a "postfix" service). `year`:
// for classic timestamps, which have none.
bool parsePostfixLogLine(QStringView line, int year, PostfixLogLine *out);
// The same for a line whose framing was already read (syslog_line.h; journald's fields).
// False when the ident is not a Postfix service.
bool parsePostfixMessage(const SyslogLine &frame, PostfixLogLine *out);

} // namespace mailtls::core
