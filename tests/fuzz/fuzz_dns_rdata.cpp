// DNS answers as a resolver hands them over: every record type's rdata decoder, and the CNAME
// chain read out of a whole answer message (core/dns/rdata.h). Never read past the buffer,
// never loop, always bounded by the input.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

#include "base/limits.h"
#include "dns/rdata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString out;
    for (RrType type : {RrType::A, RrType::Cname, RrType::Mx, RrType::Txt, RrType::Aaaa, RrType::Tlsa})
        decodeRdata(type, bytes, &out);
    bool cut = false;
    decodeTxt(bytes, &out, &cut);
    int pos = 0;
    readDomainName(bytes, &pos, true, &out);
    QStringList chain;
    bool loop = false;
    cnameChainInMessage(bytes, QStringLiteral("mx.example.org"), limits::kDnsCnameChain, &chain, &loop);
    return 0;
}
