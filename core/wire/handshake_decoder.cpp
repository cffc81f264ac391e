#include "wire/handshake_decoder.h"

#include "catalog/cipher_catalog.h"
#include "catalog/tls_names.h"
#include "wire/byte_reader.h"
#include "wire/server_hello_parser.h"
#include "x509/certificate.h"

namespace mailtls::core {

namespace {

// The extensions at r's position; a broken block (or a reader already past the end) sets
// d->error to `truncated`.
QList<TlsExtension> extensionsOf(ByteReader &r, DecodedHandshake *d, const QString &truncated)
{
    ExtensionsStatus status = ExtensionsStatus::Ok;
    const QList<TlsExtension> extensions = readExtensions(r, &status);
    if (status != ExtensionsStatus::Ok || !r.ok())
        d->error = truncated;
    return extensions;
}

// The protocol names of an application_layer_protocol_negotiation extension (RFC 7301 3.1).
QStringList alpnProtocols(const QByteArray &data)
{
    QStringList out;
    ByteReader list(ByteReader(data).vector(2));
    while (list.ok() && list.left() >= 1) {
        const QByteArray proto = list.vector(1);
        if (list.ok())
            out << QString::fromLatin1(proto);
    }
    return out;
}

QStringList u16Names(const QByteArray &list, QString (*name)(int))
{
    QStringList out;
    for (int i = 0; i + 1 < list.size(); i += 2)
        out << name((quint8(list[i]) << 8) | quint8(list[i + 1]));
    return out;
}

QString hexShort(const QByteArray &bytes, int most = 16)
{
    QString hex = QString::fromLatin1(bytes.left(most).toHex(' '));
    if (bytes.size() > most)
        hex += QStringLiteral(" … (%1 bytes)").arg(bytes.size());
    return hex;
}

QString versionName(int v)
{
    const QString name = protocolVersionName(v);
    return name.startsWith(QLatin1String("0x")) ? name : name + QStringLiteral(" (0x%1)").arg(v, 4, 16, QLatin1Char('0'));
}

QString certificateLine(const QByteArray &der)
{
    const Certificate cert = Certificate::fromDer(der);
    if (cert.isNull())
        return QStringLiteral("unreadable certificate (%1 bytes)").arg(der.size());
    return QStringLiteral("%1 — issued by %2 — %3 key, %4 bytes")
        .arg(cert.subject(), cert.issuer(), keyInfoText(cert.key())).arg(der.size());
}

QString compressionName(int method)
{
    switch (method) {
    case 0: return QStringLiteral("null (none)");
    case 1: return QStringLiteral("DEFLATE");
    default: return QStringLiteral("method %1").arg(method);
    }
}

QString certificateTypeName(int type)
{
    switch (type) {
    case 1: return QStringLiteral("rsa_sign");
    case 2: return QStringLiteral("dss_sign");
    case 3: return QStringLiteral("rsa_fixed_dh");
    case 4: return QStringLiteral("dss_fixed_dh");
    case 64: return QStringLiteral("ecdsa_sign");
    case 65: return QStringLiteral("rsa_fixed_ecdh");
    case 66: return QStringLiteral("ecdsa_fixed_ecdh");
    default: return QStringLiteral("type %1").arg(type);
    }
}

} // namespace

QString suiteDisplayName(quint16 code)
{
    if ((code & 0x0f0f) == 0x0a0a && (code >> 8) == (code & 0xff))
        return QStringLiteral("GREASE");
    if (code == 0x00FF)
        return QStringLiteral("TLS_EMPTY_RENEGOTIATION_INFO_SCSV");
    if (code == 0x5600)
        return QStringLiteral("TLS_FALLBACK_SCSV");
    if (const SuiteInfo *s = CipherCatalog::instance().byCode(code))
        return s->iana;
    return suiteCodeHex(code);
}

QString DecodedHandshake::field(const QString &name) const
{
    for (const DecodedField &f : fields) {
        if (f.name == name)
            return f.value;
    }
    return QString();
}

QList<DecodedHandshake> HandshakeDecoder::decodeAll(const QList<HandshakeMessage> &messages)
{
    HandshakeDecoder decoder;
    QList<DecodedHandshake> out;
    out.reserve(messages.size());
    for (const HandshakeMessage &m : messages)
        out << decoder.decode(m);
    return out;
}

DecodedHandshake HandshakeDecoder::decode(const HandshakeMessage &message)
{
    DecodedHandshake d;
    d.type = message.type;
    d.dir = message.dir;
    const bool fromClient = message.dir == QLatin1String("C");
    const bool isCcs = message.contentType == 20 || message.type == QLatin1String("ChangeCipherSpec");
    const bool isAlert = message.contentType == 21 || message.type == QLatin1String("Alert");
    // A TLS 1.3 ChangeCipherSpec is never protected; everything else is once its sender has keys.
    d.encrypted = !isCcs && (fromClient ? clientEncrypts_ : serverEncrypts_);

    auto finish = [&] {
        d.tls13 = tls13_;
        if (isCcs && !tls13_) {
            // TLS <= 1.2: everything its sender writes after ChangeCipherSpec is encrypted.
            (fromClient ? clientEncrypts_ : serverEncrypts_) = true;
        }
        return d;
    };

    const QByteArray &raw = message.raw;
    if (raw.isEmpty()) {
        // An old report: keep what the summary says, and follow the version from it.
        if (!message.summary.isEmpty())
            d.fields << DecodedField{QStringLiteral("Summary"), message.summary, {}};
        if (message.type == QLatin1String("ServerHello") && message.summary.startsWith(QLatin1String("TLSv1.3"))) {
            tls13_ = true;
            clientEncrypts_ = serverEncrypts_ = true;
        } else if (message.type == QLatin1String("EncryptedExtensions")) {
            tls13_ = true;
        }
        return finish();
    }

    d.decoded = true;
    if (isCcs) {
        d.type = QStringLiteral("ChangeCipherSpec");
        d.fields << DecodedField{QStringLiteral("Value"), QString::number(quint8(raw[0])), {}};
        d.fields << DecodedField{QStringLiteral("Purpose"),
                                 tls13_ ? QStringLiteral("none in TLS 1.3: sent only so middleboxes see a familiar handshake")
                                        : QStringLiteral("from here on this side encrypts with the negotiated keys"),
                                 {}};
        return finish();
    }
    if (isAlert) {
        d.type = QStringLiteral("Alert");
        if (raw.size() < 2) {
            d.error = QStringLiteral("truncated alert");
            return finish();
        }
        const int level = quint8(raw[0]);
        const int description = quint8(raw[1]);
        d.alertLevelCode = level;
        d.alertLevel = alertLevelName(level);
        d.alertDescription = alertDescriptionName(description);
        d.fields << DecodedField{QStringLiteral("Level"), QStringLiteral("%1 (%2)").arg(d.alertLevel).arg(level), {}};
        d.fields << DecodedField{QStringLiteral("Description"), QStringLiteral("%1 (%2)").arg(d.alertDescription).arg(description), {}};
        return finish();
    }
    if (raw.size() < 4) {
        d.error = QStringLiteral("truncated handshake header");
        return finish();
    }

    const int type = quint8(raw[0]);
    const int declared = (quint8(raw[1]) << 16) | (quint8(raw[2]) << 8) | quint8(raw[3]);
    const QByteArray body = raw.mid(4, declared);
    if (body.size() < declared)
        d.error = QStringLiteral("truncated: %1 of %2 bytes").arg(body.size()).arg(declared);
    d.type = handshakeTypeName(type);
    d.fields << DecodedField{QStringLiteral("Message"), QStringLiteral("%1 (type %2), %3 bytes of body").arg(d.type).arg(type).arg(declared), {}};

    switch (type) {
    case 1: decodeClientHello(body, &d); break;
    case 2: decodeServerHello(body, &d); break;
    case 4: decodeNewSessionTicket(body, &d); break;
    case 8: decodeEncryptedExtensions(body, &d); break;
    case 11: decodeCertificate(body, &d); break;
    case 12: decodeServerKeyExchange(body, &d); break;
    case 13: decodeCertificateRequest(body, &d); break;
    case 14:
        d.fields << DecodedField{QStringLiteral("Content"), QStringLiteral("empty: the server has sent all its hello messages"), {}};
        break;
    case 15: decodeCertificateVerify(body, &d); break;
    case 16: decodeClientKeyExchange(body, &d); break;
    case 20: decodeFinished(body, &d); break;
    case 24: decodeKeyUpdate(body, &d); break;
    default:
        d.fields << DecodedField{QStringLiteral("Body"), hexShort(body, 32), {}};
        break;
    }
    return finish();
}

void HandshakeDecoder::decodeClientHello(const QByteArray &body, DecodedHandshake *d)
{
    ByteReader r(body);
    d->legacyVersion = int(r.u(2));
    const QByteArray random = r.bytes(32);
    const QByteArray sessionId = r.vector(1);
    const QByteArray suites = r.vector(2);
    const QByteArray compression = r.vector(1);
    if (!r.ok()) {
        d->error = QStringLiteral("truncated ClientHello");
        d->malformed = true;
        return;
    }
    const QList<TlsExtension> extensions = extensionsOf(r, d, QStringLiteral("truncated extensions"));

    QStringList suiteNames;
    for (int i = 0; i + 1 < suites.size(); i += 2) {
        const quint16 code = quint16((quint8(suites[i]) << 8) | quint8(suites[i + 1]));
        d->suites << code;
        suiteNames << QStringLiteral("0x%1 %2").arg(code, 4, 16, QLatin1Char('0')).arg(suiteDisplayName(code));
    }
    QStringList compressionNames;
    for (char c : compression)
        compressionNames << compressionName(quint8(c));
    QStringList pointFormats;
    QStringList pskModes;
    QStringList keyShares;   // "x25519 (32-byte key)"

    for (const TlsExtension &e : extensions) {
        d->extensions << extensionName(e.type);
        ByteReader er(e.data);
        switch (e.type) {
        case 0: {
            ByteReader lr(er.vector(2));
            while (lr.ok() && lr.left() >= 3) {
                const int nameType = int(lr.u(1));
                const QByteArray name = lr.vector(2);
                if (nameType == 0 && lr.ok())
                    d->sni = QString::fromUtf8(name);
            }
            break;
        }
        case 10: d->groups = u16Names(er.vector(2), &groupName); break;
        case 11:
            for (char c : er.vector(1))
                pointFormats << (c == 0 ? QStringLiteral("uncompressed") : QStringLiteral("format %1").arg(quint8(c)));
            break;
        case 13: d->signatureAlgorithms = u16Names(er.vector(2), &signatureSchemeName); break;
        case 16: d->alpn << alpnProtocols(e.data); break;
        case 43:
            for (const QString &v : u16Names(er.vector(1), &protocolVersionName)) {
                if (v != QLatin1String("GREASE"))
                    d->versions << v;
            }
            break;
        case 45:
            for (char c : er.vector(1))
                pskModes << (c == 1 ? QStringLiteral("psk_dhe_ke") : c == 0 ? QStringLiteral("psk_ke") : QString::number(quint8(c)));
            break;
        case 51: {
            ByteReader kr(er.vector(2));
            while (kr.ok() && kr.left() >= 4) {
                const QString group = groupName(int(kr.u(2)));
                const QByteArray key = kr.vector(2);
                if (kr.ok() && group != QLatin1String("GREASE")) {
                    d->keyShareGroups << group;
                    keyShares << QStringLiteral("%1 (%2-byte key)").arg(group).arg(key.size());
                }
            }
            break;
        }
        default: break;
        }
    }
    d->groups.removeAll(QStringLiteral("GREASE"));

    auto &f = d->fields;
    f << DecodedField{QStringLiteral("Legacy version"), versionName(d->legacyVersion), {}};
    if (!d->versions.isEmpty())
        f << DecodedField{QStringLiteral("Offered versions"), d->versions.join(QStringLiteral(", ")), {}};
    else
        f << DecodedField{QStringLiteral("Offered versions"), QStringLiteral("up to %1 (no supported_versions extension)").arg(protocolVersionName(d->legacyVersion)), {}};
    f << DecodedField{QStringLiteral("Random"), hexShort(random, 32), {}};
    f << DecodedField{QStringLiteral("Session ID"), sessionId.isEmpty() ? QStringLiteral("empty") : QStringLiteral("%1 bytes").arg(sessionId.size()), {}};
    f << DecodedField{QStringLiteral("Cipher suites"), QStringLiteral("%1 offered").arg(d->suites.size()), suiteNames};
    f << DecodedField{QStringLiteral("Compression"), compressionNames.join(QStringLiteral(", ")), {}};
    if (!d->sni.isEmpty())
        f << DecodedField{QStringLiteral("Server name (SNI)"), d->sni, {}};
    if (!d->groups.isEmpty())
        f << DecodedField{QStringLiteral("Supported groups"), QStringLiteral("%1 groups").arg(d->groups.size()), d->groups};
    if (!keyShares.isEmpty())
        f << DecodedField{QStringLiteral("Key shares"), keyShares.join(QStringLiteral(", ")), {}};
    if (!d->signatureAlgorithms.isEmpty())
        f << DecodedField{QStringLiteral("Signature algorithms"), QStringLiteral("%1 algorithms").arg(d->signatureAlgorithms.size()), d->signatureAlgorithms};
    if (!d->alpn.isEmpty())
        f << DecodedField{QStringLiteral("ALPN"), d->alpn.join(QStringLiteral(", ")), {}};
    if (!pointFormats.isEmpty())
        f << DecodedField{QStringLiteral("EC point formats"), pointFormats.join(QStringLiteral(", ")), {}};
    if (!pskModes.isEmpty())
        f << DecodedField{QStringLiteral("PSK modes"), pskModes.join(QStringLiteral(", ")), {}};
    f << DecodedField{QStringLiteral("Extensions"), QStringLiteral("%1 extensions").arg(d->extensions.size()), d->extensions};
}

void HandshakeDecoder::decodeServerHello(const QByteArray &body, DecodedHandshake *d)
{
    ByteReader r(body);
    d->legacyVersion = int(r.u(2));
    const QByteArray random = r.bytes(32);
    const QByteArray sessionId = r.vector(1);
    const quint16 suite = quint16(r.u(2));
    const int compression = int(r.u(1));
    if (!r.ok()) {
        d->error = QStringLiteral("truncated ServerHello");
        d->malformed = true;
        return;
    }
    const QList<TlsExtension> extensions = extensionsOf(r, d, QStringLiteral("truncated extensions"));

    int version = d->legacyVersion;
    QStringList alpn;
    bool cookie = false;
    for (const TlsExtension &e : extensions) {
        d->extensions << extensionName(e.type);
        ByteReader er(e.data);
        if (e.type == 43 && e.data.size() >= 2) {
            version = int(er.u(2));
        } else if (e.type == 51 && e.data.size() >= 2) {
            d->keyShareGroups << groupName(int(er.u(2)));
        } else if (e.type == 16) {
            alpn << alpnProtocols(e.data).mid(0, 1);   // a server names one protocol
        } else if (e.type == 44) {
            cookie = true;
        }
    }
    d->helloRetryRequest = isHelloRetryRequestRandom(random);
    if (d->helloRetryRequest)
        d->type = QStringLiteral("HelloRetryRequest");
    d->versions << protocolVersionName(version);
    d->suites << suite;
    d->alpn = alpn;
    chosenSuite_ = suite;
    tls13_ = version == 0x0304;
    if (tls13_ && !d->helloRetryRequest) {
        // TLS 1.3: both sides have handshake keys once the ServerHello is through.
        clientEncrypts_ = serverEncrypts_ = true;
    }

    auto &f = d->fields;
    f << DecodedField{QStringLiteral("Legacy version"), versionName(d->legacyVersion), {}};
    f << DecodedField{QStringLiteral("Chosen version"), versionName(version), {}};
    f << DecodedField{QStringLiteral("Chosen suite"), QStringLiteral("0x%1 %2").arg(suite, 4, 16, QLatin1Char('0')).arg(suiteDisplayName(suite)), {}};
    if (!d->keyShareGroups.isEmpty())
        f << DecodedField{d->helloRetryRequest ? QStringLiteral("Asks for key share") : QStringLiteral("Key share group"),
                          d->keyShareGroups.first(), {}};
    if (d->helloRetryRequest)
        f << DecodedField{QStringLiteral("Hello retry"), cookie ? QStringLiteral("yes, with a cookie") : QStringLiteral("yes: the client must send a new ClientHello"), {}};
    f << DecodedField{QStringLiteral("Random"), hexShort(random, 32), {}};
    if (!d->helloRetryRequest && random.size() == 32 && version != 0x0304) {
        // RFC 8446 4.1.3: a TLS 1.3-capable server that settles lower marks its random.
        const QByteArray tail = random.right(8);
        if (tail.startsWith("DOWNGRD"))
            f << DecodedField{QStringLiteral("Downgrade marker"), QStringLiteral("present: this server also speaks a newer version"), {}};
    }
    f << DecodedField{QStringLiteral("Session ID"), sessionId.isEmpty() ? QStringLiteral("empty") : QStringLiteral("%1 bytes").arg(sessionId.size()), {}};
    f << DecodedField{QStringLiteral("Compression"), compressionName(compression), {}};
    if (!alpn.isEmpty())
        f << DecodedField{QStringLiteral("ALPN"), alpn.join(QStringLiteral(", ")), {}};
    f << DecodedField{QStringLiteral("Extensions"), QStringLiteral("%1 extensions").arg(d->extensions.size()), d->extensions};
}

void HandshakeDecoder::decodeEncryptedExtensions(const QByteArray &body, DecodedHandshake *d)
{
    ByteReader r(body);
    const QList<TlsExtension> extensions = extensionsOf(r, d, QStringLiteral("truncated extensions"));
    for (const TlsExtension &e : extensions) {
        d->extensions << extensionName(e.type);
        ByteReader er(e.data);
        if (e.type == 10)
            d->groups = u16Names(er.vector(2), &groupName);
        else if (e.type == 16)
            d->alpn << alpnProtocols(e.data).mid(0, 1);   // a server names one protocol
    }
    d->fields << DecodedField{QStringLiteral("Extensions"),
                              d->extensions.isEmpty() ? QStringLiteral("none") : QStringLiteral("%1 extensions").arg(d->extensions.size()),
                              d->extensions};
    if (d->extensions.contains(QStringLiteral("server_name")))
        d->fields << DecodedField{QStringLiteral("Server name (SNI)"), QStringLiteral("acknowledged"), {}};
    if (!d->groups.isEmpty())
        d->fields << DecodedField{QStringLiteral("Server's groups"), d->groups.join(QStringLiteral(", ")), {}};
    if (!d->alpn.isEmpty())
        d->fields << DecodedField{QStringLiteral("ALPN"), d->alpn.join(QStringLiteral(", ")), {}};
}

void HandshakeDecoder::decodeCertificate(const QByteArray &body, DecodedHandshake *d)
{
    ByteReader r(body);
    if (tls13_) {
        const QByteArray context = r.vector(1);
        d->fields << DecodedField{QStringLiteral("Request context"), context.isEmpty() ? QStringLiteral("empty") : hexShort(context), {}};
    }
    ByteReader lr(r.vector(3));
    if (!r.ok()) {
        d->error = QStringLiteral("truncated certificate list");
        d->malformed = true;
        return;
    }
    QStringList lines;
    while (lr.ok() && lr.left() >= 3) {
        const QByteArray der = lr.vector(3);
        if (tls13_)
            lr.vector(2);   // per-entry extensions (OCSP, SCT)
        if (!lr.ok()) {
            d->error = QStringLiteral("truncated certificate entry");
            break;
        }
        const Certificate cert = Certificate::fromDer(der);
        d->certificateSubjects << (cert.isNull() ? QString() : cert.subject());
        lines << QStringLiteral("#%1 %2").arg(lines.size()).arg(certificateLine(der));
    }
    d->fields << DecodedField{QStringLiteral("Certificates"),
                              lines.isEmpty() ? QStringLiteral("none (no certificate to offer)") : QStringLiteral("%1 in the chain").arg(lines.size()),
                              lines};
}

void HandshakeDecoder::decodeCertificateRequest(const QByteArray &body, DecodedHandshake *d)
{
    ByteReader r(body);
    if (tls13_) {
        const QByteArray context = r.vector(1);
        const QList<TlsExtension> extensions = extensionsOf(r, d, QStringLiteral("truncated CertificateRequest"));
        int authorities = 0;
        for (const TlsExtension &e : extensions) {
            d->extensions << extensionName(e.type);
            ByteReader er(e.data);
            if (e.type == 13)
                d->signatureAlgorithms = u16Names(er.vector(2), &signatureSchemeName);
            else if (e.type == 47) {
                ByteReader ar(er.vector(2));
                while (ar.ok() && ar.left() >= 2) {
                    ar.vector(2);
                    if (ar.ok())
                        ++authorities;
                }
            }
        }
        d->fields << DecodedField{QStringLiteral("Request context"), context.isEmpty() ? QStringLiteral("empty") : hexShort(context), {}};
        if (!d->signatureAlgorithms.isEmpty())
            d->fields << DecodedField{QStringLiteral("Signature algorithms"), QStringLiteral("%1 algorithms").arg(d->signatureAlgorithms.size()), d->signatureAlgorithms};
        d->fields << DecodedField{QStringLiteral("Accepted CAs"), authorities ? QStringLiteral("%1 names").arg(authorities) : QStringLiteral("any"), {}};
        d->fields << DecodedField{QStringLiteral("Extensions"), QStringLiteral("%1 extensions").arg(d->extensions.size()), d->extensions};
        return;
    }
    QStringList types;
    for (char c : r.vector(1))
        types << certificateTypeName(quint8(c));
    if (r.left() >= 2) {
        // TLS 1.2 adds the signature algorithms; older versions go straight to the CA names.
        ByteReader probe(body);
        probe.vector(1);
        const QByteArray algs = probe.vector(2);
        const QByteArray rest = probe.vector(2);
        if (probe.ok() && probe.left() == 0) {
            d->signatureAlgorithms = u16Names(algs, &signatureSchemeName);
            ByteReader nr(rest);
            int names = 0;
            while (nr.ok() && nr.left() >= 2) {
                nr.vector(2);
                if (nr.ok())
                    ++names;
            }
            d->fields << DecodedField{QStringLiteral("Certificate types"), types.join(QStringLiteral(", ")), {}};
            d->fields << DecodedField{QStringLiteral("Signature algorithms"), QStringLiteral("%1 algorithms").arg(d->signatureAlgorithms.size()), d->signatureAlgorithms};
            d->fields << DecodedField{QStringLiteral("Accepted CAs"), names ? QStringLiteral("%1 names").arg(names) : QStringLiteral("any"), {}};
            return;
        }
    }
    d->fields << DecodedField{QStringLiteral("Certificate types"), types.join(QStringLiteral(", ")), {}};
}

void HandshakeDecoder::decodeServerKeyExchange(const QByteArray &body, DecodedHandshake *d)
{
    QString kex;
    if (const SuiteInfo *s = CipherCatalog::instance().byCode(chosenSuite_))
        kex = s->kex;
    if (kex != QLatin1String("ECDHE") && kex != QLatin1String("DHE")) {
        // Unknown suite: named_curve (3) followed by a plausible group tells ECDHE apart.
        kex = body.size() > 4 && quint8(body[0]) == 3 && quint8(body[1]) == 0 ? QStringLiteral("ECDHE") : QStringLiteral("DHE");
    }
    d->keyExchange = kex;
    ByteReader r(body);
    if (kex == QLatin1String("ECDHE")) {
        const int curveType = int(r.u(1));
        const int group = int(r.u(2));
        if (r.ok() && curveType == 3)
            d->curveCode = group;
        const QByteArray point = r.vector(1);
        if (!r.ok()) {
            d->error = QStringLiteral("truncated ECDHE parameters");
            return;
        }
        d->curve = curveType == 3 ? groupName(group) : QStringLiteral("explicit curve");
        d->fields << DecodedField{QStringLiteral("Key exchange"), QStringLiteral("ECDHE"), {}};
        d->fields << DecodedField{QStringLiteral("Curve"), d->curve, {}};
        d->fields << DecodedField{QStringLiteral("Server public key"), QStringLiteral("%1 bytes").arg(point.size()), {}};
    } else {
        const QByteArray p = r.vector(2);
        if (r.ok())
            d->dhPrimeBits = bigEndianBitLength(p);
        else
            d->malformed = true;
        const QByteArray g = r.vector(2);
        const QByteArray ys = r.vector(2);
        if (!r.ok()) {
            d->error = QStringLiteral("truncated DH parameters");
            return;
        }
        quint64 generator = 0;
        for (char c : g.right(8))
            generator = (generator << 8) | quint8(c);
        d->fields << DecodedField{QStringLiteral("Key exchange"), QStringLiteral("DHE"), {}};
        d->fields << DecodedField{QStringLiteral("Prime"), QStringLiteral("%1 bits").arg(d->dhPrimeBits), {}};
        d->fields << DecodedField{QStringLiteral("Generator"), QString::number(generator), {}};
        d->fields << DecodedField{QStringLiteral("Server public key"), QStringLiteral("%1 bytes").arg(ys.size()), {}};
    }
    // TLS 1.2 names the signature scheme; TLS 1.0/1.1 signatures carry only their length.
    if (r.left() >= 4) {
        ByteReader probe = r;
        const int scheme = int(probe.u(2));
        const QByteArray sig = probe.vector(2);
        if (probe.ok() && probe.left() == 0) {
            d->signatureScheme = signatureSchemeName(scheme);
            d->fields << DecodedField{QStringLiteral("Signature"), QStringLiteral("%1, %2 bytes").arg(d->signatureScheme).arg(sig.size()), {}};
            return;
        }
        const QByteArray legacySig = r.vector(2);
        if (r.ok())
            d->fields << DecodedField{QStringLiteral("Signature"), QStringLiteral("%1 bytes (MD5+SHA-1 or SHA-1, TLS 1.0/1.1)").arg(legacySig.size()), {}};
    } else if (r.left() == 0) {
        d->fields << DecodedField{QStringLiteral("Signature"), QStringLiteral("none (anonymous key exchange)"), {}};
    }
}

void HandshakeDecoder::decodeCertificateVerify(const QByteArray &body, DecodedHandshake *d)
{
    ByteReader r(body);
    const int scheme = int(r.u(2));
    if (r.ok())
        d->signatureScheme = signatureSchemeName(scheme);
    const QByteArray sig = r.vector(2);
    if (!r.ok()) {
        d->error = QStringLiteral("truncated CertificateVerify");
        return;
    }
    d->fields << DecodedField{QStringLiteral("Signature scheme"), d->signatureScheme, {}};
    d->fields << DecodedField{QStringLiteral("Signature"), QStringLiteral("%1 bytes").arg(sig.size()), {}};
}

void HandshakeDecoder::decodeClientKeyExchange(const QByteArray &body, DecodedHandshake *d)
{
    QString kex;
    if (const SuiteInfo *s = CipherCatalog::instance().byCode(chosenSuite_))
        kex = s->kex;
    ByteReader r(body);
    QString what;
    if (kex == QLatin1String("ECDHE") || kex == QLatin1String("ECDH")) {
        what = QStringLiteral("client's ECDH public key, %1 bytes").arg(r.vector(1).size());
    } else if (kex == QLatin1String("DHE") || kex == QLatin1String("DH")) {
        what = QStringLiteral("client's DH public value, %1 bytes").arg(r.vector(2).size());
    } else if (kex == QLatin1String("RSA")) {
        what = QStringLiteral("premaster secret encrypted to the server's RSA key, %1 bytes").arg(r.vector(2).size());
    } else {
        what = QStringLiteral("%1 bytes of key exchange data").arg(body.size());
    }
    if (!kex.isEmpty())
        d->fields << DecodedField{QStringLiteral("Key exchange"), kex, {}};
    d->fields << DecodedField{QStringLiteral("Content"), what, {}};
}

void HandshakeDecoder::decodeNewSessionTicket(const QByteArray &body, DecodedHandshake *d)
{
    ByteReader r(body);
    const qint64 lifetime = qint64(r.u(4));   // shown as 0 when cut short, as sent otherwise
    if (r.ok())
        d->ticketLifetime = lifetime;
    if (tls13_) {
        r.u(4);   // ticket_age_add
        const QByteArray nonce = r.vector(1);
        const QByteArray ticket = r.vector(2);
        const QList<TlsExtension> extensions = extensionsOf(r, d, QStringLiteral("truncated NewSessionTicket"));
        for (const TlsExtension &e : extensions)
            d->extensions << extensionName(e.type);
        d->fields << DecodedField{QStringLiteral("Lifetime"), QStringLiteral("%1 s").arg(lifetime), {}};
        d->fields << DecodedField{QStringLiteral("Ticket"), QStringLiteral("%1 bytes, nonce %2 bytes").arg(ticket.size()).arg(nonce.size()), {}};
        if (!d->extensions.isEmpty())
            d->fields << DecodedField{QStringLiteral("Extensions"), d->extensions.join(QStringLiteral(", ")), {}};
        return;
    }
    const QByteArray ticket = r.vector(2);
    if (!r.ok())
        d->error = QStringLiteral("truncated NewSessionTicket");
    d->fields << DecodedField{QStringLiteral("Lifetime hint"), lifetime ? QStringLiteral("%1 s").arg(lifetime) : QStringLiteral("0 (not stated)"), {}};
    d->fields << DecodedField{QStringLiteral("Ticket"), QStringLiteral("%1 bytes").arg(ticket.size()), {}};
}

void HandshakeDecoder::decodeFinished(const QByteArray &body, DecodedHandshake *d)
{
    d->fields << DecodedField{QStringLiteral("Verify data"), QStringLiteral("%1 bytes").arg(body.size()), {}};
}

void HandshakeDecoder::decodeKeyUpdate(const QByteArray &body, DecodedHandshake *d)
{
    const bool requested = !body.isEmpty() && body[0] == 1;
    d->fields << DecodedField{QStringLiteral("Update requested"), requested ? QStringLiteral("yes: the peer must update its keys too") : QStringLiteral("no"), {}};
}

} // namespace mailtls::core
