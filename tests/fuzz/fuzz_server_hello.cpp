// What a server answers to a ClientHello (records, alerts, SSLv2, garbage), chunked: the
// ServerHello parser, the key-exchange readers and the hygiene facts of a recorded ServerHello
// (serverHelloFacts) must never crash or read out of bounds.

#include <QByteArray>

#include <cstdint>

#include "wire/server_hello_facts.h"
#include "wire/server_hello_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    if (size < 2)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    ServerHelloParser parser({0x1301, 0x1302, 0xC02F, 0xC030, 0x009E, 0x002F}, (data[0] & 1) != 0);
    parser.setSslv2((data[0] & 2) != 0);
    const qsizetype chunk = 1 + data[1] % 97;
    for (qsizetype at = 0; at < bytes.size() && !parser.isDone(); at += chunk)
        parser.feed(bytes.mid(at, chunk));
    parser.finishOnClose();
    dhPrimeBitsFromServerKeyExchange(bytes);
    namedCurveFromServerKeyExchange(bytes);
    const ServerHelloFacts facts = serverHelloFacts(bytes);
    downgradeSentinelOf(facts.random);
    return 0;
}
