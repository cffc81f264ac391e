#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "base/limits.h"
#include "model/proxy_settings.h"

namespace mailtls::core {

// Everything one session is told to do. Defaults match the CLI's.
struct SessionOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 25;
    QString dialect = QStringLiteral("smtp");  // "smtp", "lmtp", "imap", "pop3", "sieve", "none", or "auto"
                                               // (from the greeting's first line)
    bool implicitTls = false;                  // TLS from the first byte (port 465)
    QString ehloName;                          // empty: the local host name
    bool sendSni = true;
    QString sni;                               // empty + sendSni: the host when it is a name
    QString servername;                        // empty: the host
    QString caFile;                            // empty: the system trust store
    QString expectCertFile;                    // cert.differs_from_file when the served leaf is not this file's
    QString clientCertFile;
    QString clientKeyFile;
    QString authUser;
    QString authPassword;                      // never printed; redacted in transcripts
    QString authMechanism;                     // empty: PLAIN if offered, else LOGIN
    QString mailFrom;
    QStringList rcptTo;
    QByteArray data;                           // message to send after DATA (dot-stuffed by us)
    bool sendData = false;
    int timeoutMs = limits::kStepTimeoutMs;    // per connect / read / write step
    QString tlsMin;                            // "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3" or empty
    QString tlsMax;
    QString ciphers;                           // TLS <= 1.2 list, OpenSSL syntax; empty: ALL:COMPLEMENTOFALL
    QString ciphersuites;                      // TLS 1.3 suites; empty: OpenSSL default
    QString groups;                            // e.g. "X25519:P-256"; empty: OpenSSL default
    int securityLevel = 0;                     // 0 talks to legacy servers
    bool redactSecrets = true;
    bool quit = true;                          // send QUIT at the end
    ProxySettings proxy;                       // none: a direct connection
};

// The dialect that follows from a port when the user names none: 24 lmtp; 143, 993 imap;
// 110, 995 pop3; 4190 sieve (ManageSieve); anything else smtp (587 is submission: SMTP with
// STARTTLS, AUTH after TLS; 465 SMTP inside implicit TLS). Implicit TLS: 465, 993, 995.
QString defaultDialectForPort(quint16 port);
bool defaultImplicitTlsForPort(quint16 port);
// True when the port names a dialect by itself (25, 24, 465, 587, 143, 993, 110, 995, 4190):
// "--starttls auto" on any other port decides from the greeting.
bool portNamesDialect(quint16 port);
// The port a URL scheme stands for: smtp 25, submission 587, smtps and submissions 465, lmtp 24,
// imap 143, imaps 993, pop3 110, pop3s 995, sieve 4190; 0 for any other scheme (lower case).
// The mode then follows from that port by the functions above, also when the URL names
// another port (imaps://host:10993 is IMAP inside implicit TLS).
quint16 defaultPortForScheme(const QString &scheme);
// The schemes defaultPortForScheme knows, as "smtp://, smtps://, ..." for messages.
QString knownSchemesText();

} // namespace mailtls::core
