#include "wire/server_hello_parser.h"

#include "catalog/tls_names.h"
#include "wire/byte_reader.h"

namespace mailtls::core {

namespace {

// The fixed random of a HelloRetryRequest (RFC 8446 4.1.3).
const QByteArray kHrrRandom = QByteArray::fromHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

} // namespace

bool isHelloRetryRequestRandom(const QByteArray &random)
{
    return random == kHrrRandom;
}

int dhPrimeBitsFromServerKeyExchange(const QByteArray &body)
{
    ByteReader r(body);
    const QByteArray p = r.bytes(int(r.u(2)));
    const QByteArray g = r.bytes(int(r.u(2)));
    const QByteArray ys = r.bytes(int(r.u(2)));
    if (!r.ok() || p.isEmpty() || g.isEmpty() || ys.isEmpty())
        return 0;
    return bigEndianBitLength(p);
}

int namedCurveFromServerKeyExchange(const QByteArray &body)
{
    ByteReader r(body);
    if (r.u(1) != 3)
        return 0;
    const int curve = int(r.u(2));
    return r.ok() ? curve : 0;
}

ServerHelloParser::ServerHelloParser(QList<quint16> offeredSuites, bool readFlight)
    : offered_(std::move(offeredSuites)), readFlight_(readFlight)
{
}

ServerHelloParser::State ServerHelloParser::malformed(const QString &why)
{
    r_.kind = ServerResponse::Kind::Malformed;
    r_.error = why;
    done_ = true;
    return State::Done;
}

void ServerHelloParser::finishOnClose()
{
    if (done_)
        return;
    if (r_.kind == ServerResponse::Kind::ServerHello) {
        done_ = true;   // the ServerHello itself was complete; the rest of the flight is missing
        return;
    }
    malformed(buffer_.isEmpty() && handshake_.isEmpty() ? QStringLiteral("the server closed the connection without answering")
                                                        : QStringLiteral("the server closed the connection mid-record"));
    r_.error = buffer_.isEmpty() && handshake_.isEmpty() ? QStringLiteral("closed") : r_.error;
}

ServerHelloParser::State ServerHelloParser::feed(const QByteArray &bytes)
{
    if (done_)
        return State::Done;
    if (buffer_.size() + bytes.size() > kMaxBufferedBytes)
        return malformed(QStringLiteral("the server sent more than %1 bytes without completing its hello").arg(kMaxBufferedBytes));
    buffer_ += bytes;
    return sslv2_ ? parseSslv2() : parseTls();
}

ServerHelloParser::State ServerHelloParser::parseSslv2()
{
    if (buffer_.isEmpty())
        return State::NeedMore;
    // A TLS alert in answer to an SSLv2 hello: the server speaks TLS only.
    if (quint8(buffer_.at(0)) == 21 || quint8(buffer_.at(0)) == 22) {
        sslv2_ = false;
        return parseTls();
    }
    if (buffer_.size() < 2)
        return State::NeedMore;
    int length = 0;
    int header = 2;
    if (quint8(buffer_.at(0)) & 0x80) {
        length = ((quint8(buffer_.at(0)) & 0x7f) << 8) | quint8(buffer_.at(1));
    } else {
        header = 3;
        length = ((quint8(buffer_.at(0)) & 0x3f) << 8) | quint8(buffer_.at(1));
        if (buffer_.size() < 3)
            return State::NeedMore;
    }
    if (buffer_.size() < header + length)
        return State::NeedMore;
    const QByteArray body = buffer_.mid(header, length);
    ByteReader r(body);
    const int type = int(r.u(1));
    if (type == 0) {   // ERROR
        r_.kind = ServerResponse::Kind::Sslv2Error;
        r_.alertDescription = int(r.u(2));
        r_.alertName = QStringLiteral("SSLv2 error %1").arg(r_.alertDescription);
        done_ = true;
        return State::Done;
    }
    if (type != 4)
        return malformed(QStringLiteral("SSLv2 message type %1 where SERVER-HELLO was expected").arg(type));
    r.u(1);   // session id hit
    r.u(1);   // certificate type
    const int version = int(r.u(2));
    const int certLength = int(r.u(2));
    const int specsLength = int(r.u(2));
    const int connIdLength = int(r.u(2));
    const QByteArray cert = r.bytes(certLength);
    const QByteArray specs = r.bytes(specsLength);
    r.bytes(connIdLength);
    if (!r.ok() || specsLength % 3 != 0)
        return malformed(QStringLiteral("truncated SSLv2 SERVER-HELLO"));
    r_.kind = ServerResponse::Kind::Sslv2ServerHello;
    r_.version = r_.legacyVersion = version;
    ByteReader sr(specs);
    while (sr.left() >= 3)
        r_.sslv2Kinds << sr.u(3);
    if (!cert.isEmpty())
        r_.certificatesDer << cert;
    done_ = true;
    return State::Done;
}

ServerHelloParser::State ServerHelloParser::parseTls()
{
    for (;;) {
        if (buffer_.size() < 5)
            return State::NeedMore;
        const int type = quint8(buffer_.at(0));
        const int version = (quint8(buffer_.at(1)) << 8) | quint8(buffer_.at(2));
        const int length = (quint8(buffer_.at(3)) << 8) | quint8(buffer_.at(4));
        if (type < 20 || type > 23 || (version >> 8) != 3)
            return malformed(QStringLiteral("not a TLS record (first bytes %1)").arg(QString::fromLatin1(buffer_.left(5).toHex(' '))));
        if (length > 16384 + 2048)
            return malformed(QStringLiteral("TLS record of %1 bytes is over the limit").arg(length));
        if (buffer_.size() < 5 + length)
            return State::NeedMore;
        const QByteArray fragment = buffer_.mid(5, length);
        buffer_.remove(0, 5 + length);
        if (r_.recordVersion == 0)
            r_.recordVersion = version;

        if (type == 21) {
            // Once the ServerHello is in, a later alert ends the flight but keeps the hello.
            if (fragment.size() < 2)
                return malformed(QStringLiteral("truncated alert"));
            if (r_.kind == ServerResponse::Kind::ServerHello) {
                done_ = true;
                return State::Done;
            }
            r_.kind = ServerResponse::Kind::Alert;
            r_.alertLevel = quint8(fragment.at(0));
            r_.alertDescription = quint8(fragment.at(1));
            r_.alertName = alertDescriptionName(r_.alertDescription);
            done_ = true;
            return State::Done;
        }
        if (type != 22) {
            // ChangeCipherSpec or encrypted records: in TLS 1.3 everything after the
            // ServerHello; we have what we need.
            if (r_.kind == ServerResponse::Kind::ServerHello) {
                done_ = true;
                return State::Done;
            }
            if (type == 20)
                continue;   // TLS 1.3 middlebox-compatibility CCS before anything else: ignore
            return malformed(QStringLiteral("record type %1 before the ServerHello").arg(type));
        }
        handshake_ += fragment;
        while (handshake_.size() >= 4) {
            const int hsType = quint8(handshake_.at(0));
            const int hsLength = (quint8(handshake_.at(1)) << 16) | (quint8(handshake_.at(2)) << 8) | quint8(handshake_.at(3));
            if (hsLength > kMaxBufferedBytes)
                return malformed(QStringLiteral("handshake message of %1 bytes is over the limit").arg(hsLength));
            if (handshake_.size() < 4 + hsLength)
                break;
            const QByteArray body = handshake_.mid(4, hsLength);
            handshake_.remove(0, 4 + hsLength);
            if (!handleHandshake(hsType, body))
                return State::Done;
        }
    }
}

bool ServerHelloParser::parseServerHello(const QByteArray &body)
{
    ByteReader r(body);
    r_.legacyVersion = int(r.u(2));
    const QByteArray random = r.bytes(32);
    r.bytes(int(r.u(1)));   // session id
    r_.suite = quint16(r.u(2));
    r_.compression = int(r.u(1));
    if (!r.ok()) {
        malformed(QStringLiteral("truncated ServerHello"));
        return false;
    }
    r_.version = r_.legacyVersion;
    const bool hrr = isHelloRetryRequestRandom(random);
    ExtensionsStatus status = ExtensionsStatus::Ok;
    const QList<TlsExtension> extensions = readExtensions(r, &status);
    if (status == ExtensionsStatus::Overrun) {
        malformed(QStringLiteral("ServerHello extensions overrun the message"));
        return false;
    }
    if (status == ExtensionsStatus::BadEntry) {
        malformed(QStringLiteral("malformed ServerHello extension"));
        return false;
    }
    for (const TlsExtension &e : extensions) {
        ByteReader dr(e.data);
        if (e.type == 43 && e.data.size() == 2)
            r_.version = int(dr.u(2));
        else if (e.type == 51 && e.data.size() >= 2)
            r_.selectedGroup = int(dr.u(2));   // HRR: selected_group; ServerHello: key_share.group
    }
    r_.kind = hrr ? ServerResponse::Kind::HelloRetryRequest : ServerResponse::Kind::ServerHello;
    r_.serverHelloSeen = !hrr;
    r_.suiteWasOffered = offered_.isEmpty() || offered_.contains(r_.suite);
    return true;
}

bool ServerHelloParser::handleHandshake(int type, const QByteArray &body)
{
    if (r_.kind == ServerResponse::Kind::None) {
        if (type != 2) {
            malformed(QStringLiteral("%1 before the ServerHello").arg(handshakeTypeName(type)));
            return false;
        }
        if (!parseServerHello(body))
            return false;
        // TLS 1.3 (and HRR): the rest is encrypted or a new round; SSLv3-1.2 without
        // readFlight: the ServerHello is all we wanted.
        if (r_.kind == ServerResponse::Kind::HelloRetryRequest || r_.version >= 0x0304 || !readFlight_) {
            done_ = true;
            return false;
        }
        return true;
    }
    switch (type) {
    case 11: {   // Certificate (TLS <= 1.2)
        ByteReader r(body);
        const QByteArray list = r.bytes(int(r.u(3)));
        ByteReader lr(list);
        while (lr.ok() && lr.left() >= 3) {
            const QByteArray der = lr.bytes(int(lr.u(3)));
            if (lr.ok())
                r_.certificatesDer << der;
        }
        break;
    }
    case 12: r_.serverKeyExchange = body; break;
    case 14:
        r_.serverHelloDone = true;
        done_ = true;
        return false;
    default: break;   // CertificateStatus, CertificateRequest: not needed
    }
    return true;
}

} // namespace mailtls::core
