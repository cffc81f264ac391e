#pragma once

// Takes recorded handshake messages apart into named fields for the ladder's details pane and
// for tests: what a ClientHello offered, what the ServerHello chose, which certificates came,
// the key exchange parameters, ticket lifetimes and alerts. Works on HandshakeMessage::raw;
// a message without raw bytes (an old saved report) keeps only its summary.

#include <QList>
#include <QString>
#include <QStringList>

#include "model/report.h"

namespace mailtls::core {

struct DecodedField {
    QString name;        // "Offered versions"
    QString value;       // one line; for lists a count or the short form
    QStringList items;   // long lists, one entry per line (suites, extensions, certificates)
};

struct DecodedHandshake {
    QString type;              // "ClientHello", "HelloRetryRequest", "Alert", ...
    QString dir;               // "C" or "S"
    bool decoded = false;      // raw bytes were present and parsed
    bool encrypted = false;    // sent under record protection (follows from earlier messages)
    bool tls13 = false;        // part of a TLS 1.3 handshake (known from the ServerHello on)
    QString error;             // "truncated ..." when the bytes ended early
    // The part the message cannot do without was cut short: a hello's fixed fields, the
    // certificate list, the DH prime. Nothing past it was read.
    bool malformed = false;
    QList<DecodedField> fields;

    // Typed facts, where the message carries them.
    int legacyVersion = 0;            // the version field in the hello (0x0303 for TLS 1.3 too)
    QStringList versions;             // ClientHello: supported_versions; ServerHello: the chosen one
    QList<quint16> suites;            // ClientHello: offered; ServerHello: the chosen one
    QStringList groups;               // supported_groups
    QStringList keyShareGroups;       // group names. ClientHello: one per share sent; ServerHello:
                                      // the chosen one; HRR: the one asked for
    QStringList signatureAlgorithms;  // signature_algorithms (hello, CertificateRequest)
    QString sni;                      // server_name (host_name)
    QStringList alpn;
    QStringList extensions;           // names, in message order
    bool helloRetryRequest = false;
    QStringList certificateSubjects;  // Certificate: one per entry, leaf first
    QString keyExchange;              // ServerKeyExchange: "ECDHE" or "DHE"
    QString curve;                    // ServerKeyExchange (ECDHE)
    int curveCode = -1;               // ServerKeyExchange (ECDHE, named_curve): the group; -1 otherwise
    int dhPrimeBits = 0;              // ServerKeyExchange (DHE), once the prime could be read
    QString signatureScheme;          // ServerKeyExchange / CertificateVerify, once it could be read
    qint64 ticketLifetime = -1;       // NewSessionTicket, seconds; -1 when cut short
    int alertLevelCode = 0;           // 1 warning, 2 fatal
    QString alertLevel;               // "warning", "fatal"
    QString alertDescription;         // "handshake_failure"

    QString field(const QString &name) const;   // the value of a field, empty if absent
};

// Stateful: messages must be fed in the order they were recorded, since a message's meaning
// depends on what came before (TLS 1.3 or not, the chosen suite, who already encrypts).
class HandshakeDecoder
{
public:
    DecodedHandshake decode(const HandshakeMessage &message);
    static QList<DecodedHandshake> decodeAll(const QList<HandshakeMessage> &messages);

    bool isTls13() const { return tls13_; }

private:
    void decodeClientHello(const QByteArray &body, DecodedHandshake *d);
    void decodeServerHello(const QByteArray &body, DecodedHandshake *d);
    void decodeEncryptedExtensions(const QByteArray &body, DecodedHandshake *d);
    void decodeCertificate(const QByteArray &body, DecodedHandshake *d);
    void decodeCertificateRequest(const QByteArray &body, DecodedHandshake *d);
    void decodeServerKeyExchange(const QByteArray &body, DecodedHandshake *d);
    void decodeCertificateVerify(const QByteArray &body, DecodedHandshake *d);
    void decodeClientKeyExchange(const QByteArray &body, DecodedHandshake *d);
    void decodeNewSessionTicket(const QByteArray &body, DecodedHandshake *d);
    void decodeFinished(const QByteArray &body, DecodedHandshake *d);
    void decodeKeyUpdate(const QByteArray &body, DecodedHandshake *d);

    bool tls13_ = false;
    quint16 chosenSuite_ = 0;
    bool clientEncrypts_ = false;
    bool serverEncrypts_ = false;
};

// "TLS_AES_128_GCM_SHA256", "GREASE", "TLS_EMPTY_RENEGOTIATION_INFO_SCSV" or "0xC0FF".
QString suiteDisplayName(quint16 code);

} // namespace mailtls::core
