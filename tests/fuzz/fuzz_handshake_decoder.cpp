// Handshake messages as a saved report or the wire hands them to the decoder (the ladder and
// the transcript summaries): any bytes, any order of types, both directions.

#include <QByteArray>
#include <QList>

#include <cstdint>

#include "wire/handshake_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    // Messages separated by the byte 0xFF 0xFE: each starts with a direction/type byte.
    QList<HandshakeMessage> messages;
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &part : all.split('\xFE')) {
        if (part.isEmpty())
            continue;
        HandshakeMessage m;
        m.dir = (uchar(part.at(0)) & 1) ? QStringLiteral("S") : QStringLiteral("C");
        m.contentType = (uchar(part.at(0)) & 2) ? 21 : 22;
        m.raw = part.mid(1);
        m.handshakeType = m.raw.isEmpty() ? -1 : uchar(m.raw.at(0));
        m.length = int(m.raw.size());
        messages << m;
        if (messages.size() > 64)
            break;
    }
    HandshakeDecoder::decodeAll(messages);
    return 0;
}
