#pragma once

// One cipher suite as the catalog (resources/ciphers/) describes it: the record every layer
// above passes around when it speaks of a suite.

#include <QString>

namespace mailtls::core {

struct SuiteInfo {
    quint16 code = 0;
    QString iana;         // "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    QString openssl;      // "ECDHE-RSA-AES256-GCM-SHA384"; empty when OpenSSL has no name
    QString opensslLegacy; // where `openssl` is empty: the name older OpenSSL gave it ("DES-CBC3-SHA")
    QString gnutls;       // "TLS_ECDHE_RSA_AES_256_GCM_SHA384"; empty when GnuTLS has none
    QString kex;          // "ECDHE", "DHE", "RSA", "DH", "ECDH", "PSK", "any" (TLS 1.3) ...
    QString auth;         // "RSA", "ECDSA", "DSS", "anon", "PSK", "any" (TLS 1.3)
    QString enc;          // "AES-256-GCM", "3DES-EDE-CBC", "RC4-128", "NULL" ...
    QString mac;          // "AEAD", "SHA1", "SHA256", "MD5" ...
    int bits = 0;         // symmetric key strength
    QString grade;        // "strong", "acceptable", "weak", "insecure"
};

// A suite code as reports write it: "0xC030" (upper-case hex, four digits).
QString suiteCodeHex(quint16 code);
// An SSLv2 cipher kind's three-byte code: "0x0700C0".
QString sslv2KindCodeHex(quint32 code);

} // namespace mailtls::core
