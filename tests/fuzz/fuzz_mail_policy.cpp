// What a domain publishes as text: the _mta-sts and _smtp._tls TXT records, the MTA-STS policy
// body (core/model/mail_policy.h), TLSA presentation form (core/x509/dane.h) and an mx pattern
// matched against a name taken from the same input.

#include <QByteArray>
#include <QString>

#include <cstdint>

#include "model/mail_policy.h"
#include "x509/dane.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    parseStsTxtRecord(text);
    parseTlsRptRecord(text);
    const StsPolicyText policy = parseStsPolicy(bytes);
    const int split = int(text.size() / 2);
    stsPatternMatches(text.left(split), text.mid(split));
    for (const QString &pattern : policy.mx)
        stsPatternMatches(pattern, QStringLiteral("mx1.example.org"));
    TlsaRecord record;
    parseTlsaRecord(text, &record);
    tlsaFromRdata(bytes, &record);
    return 0;
}
