// Certificate, chain, key, PKCS#7 and PKCS#12 data as `cert inspect` and the window load it.

#include <QByteArray>

#include <cstdint>

#include "x509/certificate_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CertificateLoadResult result;
    loadCertificateData(bytes, QStringLiteral("fuzz"), CertificateLoadOptions(), &result);
    return 0;
}
