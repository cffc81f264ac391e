// SMTP/LMTP replies as a server sends them, in arbitrary chunks: the parser must stay within
// its limits (base/limits.h) and never crash, whatever the bytes.

#include <QByteArray>

#include <cstdint>

#include "protocol/reply_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ReplyParser parser;
    // The first byte chooses the chunking, so the fuzzer also explores split lines.
    const qsizetype chunk = size > 0 ? 1 + (data[0] % 64) : 1;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        parser.feed(bytes.mid(at, chunk));
        SmtpReply reply;
        while (parser.next(&reply) == ReplyParser::Result::Reply)
            reply = SmtpReply();
        parser.takeNewLines();
        if (parser.hasError())
            break;
    }
    return 0;
}
