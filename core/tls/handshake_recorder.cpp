#include "tls/handshake_recorder.h"

#include <QStringList>

#include <openssl/ssl.h>

#include "catalog/tls_names.h"

namespace mailtls::core {

namespace {

QString suiteName(quint16 code, SSL *ssl)
{
    const unsigned char bytes[2] = {quint8(code >> 8), quint8(code & 0xff)};
    if (ssl) {
        if (const SSL_CIPHER *c = SSL_CIPHER_find(ssl, bytes)) {
            if (const char *std = SSL_CIPHER_standard_name(c))
                return QString::fromLatin1(std);
            return QString::fromLatin1(SSL_CIPHER_get_name(c));
        }
    }
    return suiteCodeHex(code);
}

QString joinLimited(const QStringList &items, int most)
{
    if (items.size() <= most)
        return items.join(QLatin1Char(','));
    return items.mid(0, most).join(QLatin1Char(',')) + QStringLiteral(",… (%1 in all)").arg(items.size());
}

} // namespace

void HandshakeRecorder::attach(SSL *ssl)
{
    SSL_set_msg_callback(ssl, &HandshakeRecorder::callback);
    SSL_set_msg_callback_arg(ssl, this);
}

void HandshakeRecorder::callback(int writeP, int /*version*/, int contentType, const void *buf, size_t len,
                                 SSL *ssl, void *arg)
{
    auto *self = static_cast<HandshakeRecorder *>(arg);
    QByteArray bytes(static_cast<const char *>(buf), int(len));
    if (contentType == SSL3_RT_HEADER && !writeP && len >= 5 && bytes[0] == SSL3_RT_CHANGE_CIPHER_SPEC) {
        // OpenSSL reports a received ChangeCipherSpec only as a record header: make it a message.
        contentType = SSL3_RT_CHANGE_CIPHER_SPEC;
        bytes = QByteArray(1, '\x01');
    } else if (contentType == SSL3_RT_CHANGE_CIPHER_SPEC && !writeP) {
        return; // already recorded from its header
    } else if (contentType != SSL3_RT_HANDSHAKE && contentType != SSL3_RT_ALERT
               && contentType != SSL3_RT_CHANGE_CIPHER_SPEC) {
        return; // other record headers and TLS 1.3 inner content types are not messages
    }
    HandshakeMessage message = self->decode(writeP != 0, contentType, bytes, ssl);
    self->messages_ << message;
    if (self->listener_)
        self->listener_(message);
}

HandshakeMessage HandshakeRecorder::decode(bool sent, int contentType, const QByteArray &bytes, SSL *ssl)
{
    HandshakeMessage m;
    m.dir = sent ? QStringLiteral("C") : QStringLiteral("S");
    m.contentType = contentType;
    m.length = int(bytes.size());
    m.raw = bytes;
    if (clock_)
        m.tMs = clock_->elapsed();
    if (contentType == SSL3_RT_CHANGE_CIPHER_SPEC)
        m.type = QStringLiteral("ChangeCipherSpec");
    else if (contentType == SSL3_RT_ALERT)
        m.type = QStringLiteral("Alert");
    else
        m.type = QStringLiteral("Handshake");   // named below once its header is there

    // One parse of every message, in order (the decoder follows TLS 1.3 and the chosen suite).
    const DecodedHandshake d = decoder_.decode(m);

    if (contentType == SSL3_RT_CHANGE_CIPHER_SPEC) {
        m.summary = decoder_.isTls13() ? QStringLiteral("middlebox compatibility only (TLS 1.3)")
                                       : QStringLiteral("switching to the negotiated keys");
        return m;
    }
    if (contentType == SSL3_RT_ALERT) {
        if (!d.alertDescription.isEmpty()) {
            lastAlertLevel_ = d.alertLevelCode;
            lastAlert_ = d.alertDescription;
            lastAlertReceived_ = !sent;
            m.summary = d.alertLevel + QLatin1Char(' ') + lastAlert_;
        } else {
            m.summary = QStringLiteral("truncated alert");
        }
        return m;
    }

    if (bytes.size() < 4) {
        m.summary = QStringLiteral("truncated message");
        return m;
    }
    const int type = quint8(bytes[0]);
    const int bodySize = int(bytes.size()) - 4;
    m.handshakeType = type;
    m.type = d.type;   // a ServerHello may turn out to be a HelloRetryRequest
    switch (type) {
    case 1:
        m.summary = summarizeClientHello(d);
        break;
    case 2:
        m.summary = summarizeServerHello(d, ssl);
        break;
    case 8:
        m.summary = d.extensions.isEmpty() ? QStringLiteral("no extensions") : d.extensions.join(QLatin1Char(','));
        break;
    case 11:
        m.summary = summarizeCertificate(d, sent);
        break;
    case 12:
        m.summary = summarizeServerKeyExchange(d, bodySize, ssl);
        break;
    case 13:
        certificateRequested_ = true;
        m.summary = QStringLiteral("the server asks for a client certificate");
        break;
    case 14:
        m.summary = QStringLiteral("server hello complete");
        break;
    case 15:
        if (!d.signatureScheme.isEmpty())
            m.summary = QStringLiteral("signed with %1").arg(d.signatureScheme);
        break;
    case 16:
        m.summary = QStringLiteral("%1 bytes of key exchange data").arg(bodySize);
        break;
    case 20:
        m.summary = QStringLiteral("handshake verified (%1 bytes)").arg(bodySize);
        break;
    case 4:
        if (d.ticketLifetime >= 0)
            m.summary = QStringLiteral("session ticket, lifetime %1 s").arg(d.ticketLifetime);
        break;
    default:
        break;
    }
    return m;
}

QString HandshakeRecorder::summarizeClientHello(const DecodedHandshake &d) const
{
    if (d.malformed)
        return QStringLiteral("malformed");
    QStringList parts;
    parts << (d.versions.isEmpty() ? QStringLiteral("offers %1").arg(protocolVersionName(d.legacyVersion))
                                   : QStringLiteral("offers %1").arg(d.versions.join(QLatin1Char(','))));
    parts << QStringLiteral("%1 suites").arg(d.suites.size());
    if (!d.sni.isEmpty())
        parts << QStringLiteral("SNI %1").arg(d.sni);
    if (!d.groups.isEmpty())
        parts << QStringLiteral("groups %1").arg(joinLimited(d.groups, 6));
    if (!d.keyShareGroups.isEmpty())
        parts << QStringLiteral("key share %1").arg(d.keyShareGroups.join(QLatin1Char(',')));
    if (!d.signatureAlgorithms.isEmpty())
        parts << QStringLiteral("%1 signature algorithms").arg(d.signatureAlgorithms.size());
    return parts.join(QStringLiteral("; "));
}

QString HandshakeRecorder::summarizeServerHello(const DecodedHandshake &d, SSL *ssl)
{
    if (d.malformed)
        return QStringLiteral("malformed");
    chosenSuite_ = d.suites.value(0);
    QStringList parts;
    parts << d.versions.value(0);
    parts << suiteName(chosenSuite_, ssl);
    if (!d.keyShareGroups.isEmpty()) {
        const QString share = d.keyShareGroups.constLast();
        parts << (d.helloRetryRequest ? QStringLiteral("asks for key share %1").arg(share) : QStringLiteral("key share %1").arg(share));
    }
    return parts.join(QStringLiteral(", "));
}

QString HandshakeRecorder::summarizeCertificate(const DecodedHandshake &d, bool sent)
{
    if (d.malformed)
        return QStringLiteral("malformed");
    const int count = int(d.certificateSubjects.size());
    if (sent) {
        clientSentCertificate_ = count > 0;
        return count ? QStringLiteral("client certificate chain of %1").arg(count)
                     : QStringLiteral("empty: no client certificate");
    }
    return count == 1 ? QStringLiteral("1 certificate") : QStringLiteral("%1 certificates").arg(count);
}

QString HandshakeRecorder::summarizeServerKeyExchange(const DecodedHandshake &d, int bodySize, SSL *ssl)
{
    // Which parameters these are follows from the suite as OpenSSL knows it.
    int kx = NID_undef;
    if (ssl && chosenSuite_) {
        const unsigned char bytes[2] = {quint8(chosenSuite_ >> 8), quint8(chosenSuite_ & 0xff)};
        if (const SSL_CIPHER *c = SSL_CIPHER_find(ssl, bytes))
            kx = SSL_CIPHER_get_kx_nid(c);
    }
    if (kx == NID_kx_ecdhe || kx == NID_kx_ecdhe_psk) {
        if (d.curveCode >= 0)
            return QStringLiteral("ECDHE on %1").arg(groupName(d.curveCode));
        return QStringLiteral("ECDHE parameters");
    }
    if (kx == NID_kx_dhe || kx == NID_kx_dhe_psk) {
        if (d.malformed)
            return QStringLiteral("malformed DH parameters");
        dhPrimeBits_ = d.dhPrimeBits;
        return QStringLiteral("DHE with a %1-bit prime").arg(dhPrimeBits_);
    }
    return QStringLiteral("%1 bytes of key exchange parameters").arg(bodySize);
}

} // namespace mailtls::core
