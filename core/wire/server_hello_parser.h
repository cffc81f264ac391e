#pragma once

// Reads what a server answers to our raw ClientHello, as it arrives (record reassembly across
// TCP reads): ServerHello (version, incl. supported_versions; the chosen suite checked against
// the offer; the key_share group), HelloRetryRequest, an alert, an SSLv2 SERVER-HELLO, and in
// TLS <= 1.2 the Certificate and ServerKeyExchange (DH prime size, ECDHE curve) up to
// ServerHelloDone. Bounds-checked throughout: malformed input ends in Malformed, never a crash.

#include <QByteArray>
#include <QList>
#include <QString>

#include "base/limits.h"

namespace mailtls::core {

struct ServerResponse {
    enum class Kind {
        None,               // nothing complete yet
        ServerHello,        // TLS/SSLv3 ServerHello (see version, suite)
        HelloRetryRequest,  // TLS 1.3 HRR: suite and selectedGroup are the server's choice
        Alert,              // alertLevel / alertDescription / alertName
        Sslv2ServerHello,   // sslv2Kinds: what the server supports of our offer
        Sslv2Error,
        Malformed,          // not TLS, or broken framing: `error` says what
    };
    Kind kind = Kind::None;
    int recordVersion = 0;
    int legacyVersion = 0;        // ServerHello.legacy_version
    int version = 0;              // negotiated: supported_versions when present, else legacy_version
    quint16 suite = 0;
    bool suiteWasOffered = true;  // false: the server picked something we did not offer
    int compression = 0;
    int selectedGroup = 0;        // HRR selected_group, or the group of the key_share in ServerHello
    int alertLevel = 0;
    int alertDescription = -1;
    QString alertName;
    QList<quint32> sslv2Kinds;
    QList<QByteArray> certificatesDer;   // TLS <= 1.2 Certificate message, leaf first
    QByteArray serverKeyExchange;        // body of ServerKeyExchange, if any
    bool serverHelloDone = false;
    bool serverHelloSeen = false;        // a whole ServerHello was read (kind may turn Malformed after it)
    QString error;
};

// True for the fixed random that marks a ServerHello as a HelloRetryRequest (RFC 8446 4.1.3).
bool isHelloRetryRequestRandom(const QByteArray &random);

// From a ServerKeyExchange body: the size of the DH prime p (DHE suites), 0 when not DHE-shaped.
int dhPrimeBitsFromServerKeyExchange(const QByteArray &body);
// From a ServerKeyExchange body: the named curve (ECDHE suites, curve_type 3), 0 otherwise.
int namedCurveFromServerKeyExchange(const QByteArray &body);

class ServerHelloParser
{
public:
    enum class State { NeedMore, Done };
    static constexpr int kMaxBufferedBytes = limits::kServerHelloFlightBytes;

    // offeredSuites: to check the server's choice; readFlight: in TLS <= 1.2 keep reading after
    // the ServerHello up to ServerHelloDone (certificates, key exchange parameters).
    explicit ServerHelloParser(QList<quint16> offeredSuites = {}, bool readFlight = false);
    // Expect an SSLv2 SERVER-HELLO (answers to buildSslv2()).
    void setSslv2(bool sslv2) { sslv2_ = sslv2; }

    // Feed bytes in any chunking; Done once the response is complete (or malformed).
    State feed(const QByteArray &bytes);
    // The peer closed: whatever was complete stays; Kind::None becomes Malformed("closed").
    void finishOnClose();
    const ServerResponse &response() const { return r_; }
    bool isDone() const { return done_; }

private:
    State parseTls();
    State parseSslv2();
    bool handleHandshake(int type, const QByteArray &body);
    bool parseServerHello(const QByteArray &body);
    State malformed(const QString &why);

    QList<quint16> offered_;
    bool readFlight_ = false;
    bool sslv2_ = false;
    bool done_ = false;
    QByteArray buffer_;          // raw bytes not yet consumed as records
    QByteArray handshake_;       // handshake bytes reassembled across records
    ServerResponse r_;
};

} // namespace mailtls::core
