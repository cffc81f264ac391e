#include "wire/server_hello_facts.h"

#include "wire/byte_reader.h"

namespace mailtls::core {

DowngradeSentinel downgradeSentinelOf(const QByteArray &serverRandom)
{
    if (serverRandom.size() != 32)
        return DowngradeSentinel::None;
    static const QByteArray stem = QByteArrayLiteral("DOWNGRD");   // 44 4F 57 4E 47 52 44
    const QByteArray tail = serverRandom.right(8);
    if (!tail.startsWith(stem))
        return DowngradeSentinel::None;
    switch (quint8(tail.at(7))) {
    case 0x01: return DowngradeSentinel::Tls12;
    case 0x00: return DowngradeSentinel::Tls11OrBelow;
    default: return DowngradeSentinel::None;
    }
}

ServerHelloFacts serverHelloFacts(const QByteArray &handshakeMessage)
{
    ServerHelloFacts f;
    ByteReader header(handshakeMessage);
    const int type = int(header.u(1));
    const int length = int(header.u(3));
    if (!header.ok() || type != 2) {
        f.error = QStringLiteral("not a ServerHello");
        return f;
    }
    if (length > header.left()) {
        f.error = QStringLiteral("truncated ServerHello");
        return f;
    }
    ByteReader r(header.bytes(length));
    f.legacyVersion = int(r.u(2));
    f.random = r.bytes(32);
    r.vector(1);   // session id
    f.suite = quint16(r.u(2));
    r.u(1);        // compression
    if (!r.ok()) {
        f.error = QStringLiteral("truncated ServerHello");
        return f;
    }
    f.version = f.legacyVersion;
    ExtensionsStatus status = ExtensionsStatus::Ok;
    const QList<TlsExtension> extensions = readExtensions(r, &status);
    if (status != ExtensionsStatus::Ok) {
        f.error = QStringLiteral("malformed ServerHello extensions");
        return f;
    }
    for (const TlsExtension &e : extensions) {
        f.extensions << e.type;
        if (e.type == 43 && e.data.size() == 2) {
            ByteReader v(e.data);
            f.version = int(v.u(2));
        } else if (e.type == extension::kRenegotiationInfo) {
            ByteReader v(e.data);
            f.renegotiationInfo = v.vector(1);
        }
    }
    f.ok = true;
    return f;
}

} // namespace mailtls::core
