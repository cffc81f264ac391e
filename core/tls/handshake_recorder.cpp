#include "tls/handshake_recorder.h"

#include <QStringList>

#include <openssl/ssl.h>

#include "catalog/tls_names.h"

namespace mailtls::core {

namespace {

// Bounds-checked big-endian reader over one message; a short read marks it bad, never crashes.
class Reader
{
public:
    explicit Reader(const QByteArray &data) : data_(data) {}
    bool ok() const { return ok_; }
    int left() const { return ok_ ? int(data_.size()) - pos_ : 0; }
    quint32 u(int bytes)
    {
        if (!ok_ || pos_ + bytes > data_.size()) {
            ok_ = false;
            return 0;
        }
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(data_[pos_ + i]);
        pos_ += bytes;
        return v;
    }
    QByteArray bytes(int n)
    {
        if (!ok_ || n < 0 || pos_ + n > data_.size()) {
            ok_ = false;
            return {};
        }
        QByteArray out = data_.mid(pos_, n);
        pos_ += n;
        return out;
    }
    QByteArray vector(int lengthBytes) { return bytes(int(u(lengthBytes))); }

private:
    const QByteArray &data_;
    int pos_ = 0;
    bool ok_ = true;
};

struct Extension {
    int type;
    QByteArray data;
};

QList<Extension> readExtensions(Reader &r)
{
    QList<Extension> out;
    if (r.left() < 2)
        return out;
    const QByteArray all = r.vector(2);
    Reader er(all);
    while (er.ok() && er.left() >= 4) {
        Extension e;
        e.type = int(er.u(2));
        e.data = er.vector(2);
        if (er.ok())
            out << e;
    }
    return out;
}

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

const unsigned char kHelloRetryRandom[32] = {
    0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
    0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C};

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

    if (contentType == SSL3_RT_CHANGE_CIPHER_SPEC) {
        m.type = QStringLiteral("ChangeCipherSpec");
        m.summary = tls13_ ? QStringLiteral("middlebox compatibility only (TLS 1.3)")
                           : QStringLiteral("switching to the negotiated keys");
        return m;
    }
    if (contentType == SSL3_RT_ALERT) {
        m.type = QStringLiteral("Alert");
        if (bytes.size() >= 2) {
            lastAlertLevel_ = quint8(bytes[0]);
            lastAlert_ = alertDescriptionName(quint8(bytes[1]));
            lastAlertReceived_ = !sent;
            m.summary = alertLevelName(lastAlertLevel_) + QLatin1Char(' ') + lastAlert_;
        } else {
            m.summary = QStringLiteral("truncated alert");
        }
        return m;
    }

    if (bytes.size() < 4) {
        m.type = QStringLiteral("Handshake");
        m.summary = QStringLiteral("truncated message");
        return m;
    }
    const int type = quint8(bytes[0]);
    m.handshakeType = type;
    m.type = handshakeTypeName(type);
    const QByteArray body = bytes.mid(4);
    switch (type) {
    case 1:
        m.summary = summarizeClientHello(body);
        break;
    case 2: {
        QString typeOverride;
        m.summary = summarizeServerHello(body, &typeOverride, ssl);
        if (!typeOverride.isEmpty())
            m.type = typeOverride;
        break;
    }
    case 8: {
        Reader r(body);
        const QList<Extension> ext = readExtensions(r);
        QStringList names;
        for (const Extension &e : ext)
            names << extensionName(e.type);
        m.summary = names.isEmpty() ? QStringLiteral("no extensions") : names.join(QLatin1Char(','));
        break;
    }
    case 11:
        m.summary = summarizeCertificate(body, sent);
        break;
    case 12:
        m.summary = summarizeServerKeyExchange(body, ssl);
        break;
    case 13:
        certificateRequested_ = true;
        m.summary = QStringLiteral("the server asks for a client certificate");
        break;
    case 14:
        m.summary = QStringLiteral("server hello complete");
        break;
    case 15:
        if (body.size() >= 2) {
            const int scheme = (quint8(body[0]) << 8) | quint8(body[1]);
            m.summary = QStringLiteral("signed with %1").arg(signatureSchemeName(scheme));
        }
        break;
    case 16:
        m.summary = QStringLiteral("%1 bytes of key exchange data").arg(body.size());
        break;
    case 20:
        m.summary = QStringLiteral("handshake verified (%1 bytes)").arg(body.size());
        break;
    case 4: {
        Reader r(body);
        const quint32 lifetime = r.u(4);
        if (r.ok())
            m.summary = QStringLiteral("session ticket, lifetime %1 s").arg(lifetime);
        break;
    }
    default:
        break;
    }
    return m;
}

QString HandshakeRecorder::summarizeClientHello(const QByteArray &body) const
{
    Reader r(body);
    const int legacy = int(r.u(2));
    r.bytes(32);
    r.vector(1);
    const QByteArray suites = r.vector(2);
    r.vector(1);
    if (!r.ok())
        return QStringLiteral("malformed");
    QStringList parts;
    QStringList versions;
    QString sni;
    QStringList groups;
    QStringList shares;
    int sigalgs = 0;
    for (const Extension &e : readExtensions(r)) {
        Reader er(e.data);
        if (e.type == 43) {
            const QByteArray list = er.vector(1);
            for (int i = 0; i + 1 < list.size(); i += 2) {
                const QString v = protocolVersionName((quint8(list[i]) << 8) | quint8(list[i + 1]));
                if (v != QLatin1String("GREASE"))
                    versions << v;
            }
        } else if (e.type == 0) {
            Reader lr(er.vector(2));
            if (lr.u(1) == 0)
                sni = QString::fromUtf8(lr.vector(2));
        } else if (e.type == 10) {
            const QByteArray list = er.vector(2);
            for (int i = 0; i + 1 < list.size(); i += 2)
                groups << groupName((quint8(list[i]) << 8) | quint8(list[i + 1]));
        } else if (e.type == 51) {
            Reader kr(er.vector(2));
            while (kr.ok() && kr.left() >= 4) {
                shares << groupName(int(kr.u(2)));
                kr.vector(2);
            }
        } else if (e.type == 13) {
            sigalgs = int(er.u(2)) / 2;
        }
    }
    parts << (versions.isEmpty() ? QStringLiteral("offers %1").arg(protocolVersionName(legacy))
                                 : QStringLiteral("offers %1").arg(versions.join(QLatin1Char(','))));
    parts << QStringLiteral("%1 suites").arg(suites.size() / 2);
    if (!sni.isEmpty())
        parts << QStringLiteral("SNI %1").arg(sni);
    if (!groups.isEmpty())
        parts << QStringLiteral("groups %1").arg(joinLimited(groups, 6));
    if (!shares.isEmpty())
        parts << QStringLiteral("key share %1").arg(shares.join(QLatin1Char(',')));
    if (sigalgs)
        parts << QStringLiteral("%1 signature algorithms").arg(sigalgs);
    return parts.join(QStringLiteral("; "));
}

QString HandshakeRecorder::summarizeServerHello(const QByteArray &body, QString *typeOverride, SSL *ssl)
{
    Reader r(body);
    const int legacy = int(r.u(2));
    const QByteArray random = r.bytes(32);
    r.vector(1);
    const quint16 suite = quint16(r.u(2));
    r.u(1);
    if (!r.ok())
        return QStringLiteral("malformed");
    chosenSuite_ = suite;
    int version = legacy;
    QString share;
    for (const Extension &e : readExtensions(r)) {
        Reader er(e.data);
        if (e.type == 43 && e.data.size() >= 2)
            version = int(er.u(2));
        else if (e.type == 51 && e.data.size() >= 2)
            share = groupName(int(er.u(2)));
    }
    tls13_ = version == 0x0304;
    const bool retry = random.size() == 32 && memcmp(random.constData(), kHelloRetryRandom, 32) == 0;
    if (retry)
        *typeOverride = QStringLiteral("HelloRetryRequest");
    QStringList parts;
    parts << protocolVersionName(version);
    parts << suiteName(suite, ssl);
    if (!share.isEmpty())
        parts << (retry ? QStringLiteral("asks for key share %1").arg(share) : QStringLiteral("key share %1").arg(share));
    return parts.join(QStringLiteral(", "));
}

QString HandshakeRecorder::summarizeCertificate(const QByteArray &body, bool sent)
{
    Reader r(body);
    if (tls13_)
        r.vector(1); // certificate_request_context
    const QByteArray list = r.bytes(int(r.u(3)));
    if (!r.ok())
        return QStringLiteral("malformed");
    Reader lr(list);
    int count = 0;
    while (lr.ok() && lr.left() >= 3) {
        lr.bytes(int(lr.u(3)));
        if (tls13_)
            lr.vector(2);
        if (lr.ok())
            ++count;
    }
    if (sent) {
        clientSentCertificate_ = count > 0;
        return count ? QStringLiteral("client certificate chain of %1").arg(count)
                     : QStringLiteral("empty: no client certificate");
    }
    return count == 1 ? QStringLiteral("1 certificate") : QStringLiteral("%1 certificates").arg(count);
}

QString HandshakeRecorder::summarizeServerKeyExchange(const QByteArray &body, SSL *ssl)
{
    int kx = NID_undef;
    if (ssl && chosenSuite_) {
        const unsigned char bytes[2] = {quint8(chosenSuite_ >> 8), quint8(chosenSuite_ & 0xff)};
        if (const SSL_CIPHER *c = SSL_CIPHER_find(ssl, bytes))
            kx = SSL_CIPHER_get_kx_nid(c);
    }
    Reader r(body);
    if (kx == NID_kx_ecdhe || kx == NID_kx_ecdhe_psk) {
        const int curveType = int(r.u(1));
        const int group = int(r.u(2));
        if (r.ok() && curveType == 3)
            return QStringLiteral("ECDHE on %1").arg(groupName(group));
        return QStringLiteral("ECDHE parameters");
    }
    if (kx == NID_kx_dhe || kx == NID_kx_dhe_psk) {
        QByteArray p = r.vector(2);
        if (!r.ok())
            return QStringLiteral("malformed DH parameters");
        int lead = 0;
        while (lead < p.size() && p[lead] == 0)
            ++lead;
        int bits = (p.size() - lead) * 8;
        if (lead < p.size()) {
            quint8 top = quint8(p[lead]);
            while (top && !(top & 0x80)) {
                top <<= 1;
                --bits;
            }
        }
        dhPrimeBits_ = bits;
        return QStringLiteral("DHE with a %1-bit prime").arg(bits);
    }
    return QStringLiteral("%1 bytes of key exchange parameters").arg(body.size());
}

} // namespace mailtls::core
