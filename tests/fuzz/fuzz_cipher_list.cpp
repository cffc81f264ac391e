// Cipher lists as users paste them (OpenSSL, IANA, GnuTLS priority strings); GnuTLS strings go
// through the built-in table only ("-": gnutls-cli is not run from a fuzzer).

#include <QString>

#include <cstdint>

#include "catalog/cipher_list_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    if (size < 1)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const CipherListSyntax syntaxes[] = {CipherListSyntax::Auto, CipherListSyntax::OpenSsl, CipherListSyntax::Iana,
                                         CipherListSyntax::Gnutls};
    parseCipherList(text, syntaxes[data[0] % 4], QStringLiteral("-"));
    return 0;
}
