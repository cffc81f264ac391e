#pragma once

// The cipher suite catalog: every suite of the IANA TLS Cipher Suites registry (and the SSLv2
// cipher kinds) with its OpenSSL and GnuTLS names, its parts and a strength grade. The data is
// resources/ciphers/catalog.csv + sslv2.csv, compiled into core as Qt resources
// (core/CMakeLists.txt), so the CLI, the GUI and the tests all read the same table.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "catalog/suite_info.h"
#include "catalog/versions.h"

namespace mailtls::core {

// The four grades, weakest first. Rules in gradeSuite().
inline constexpr const char *kGradeInsecure = "insecure";
inline constexpr const char *kGradeWeak = "weak";
inline constexpr const char *kGradeAcceptable = "acceptable";
inline constexpr const char *kGradeStrong = "strong";

// The one place that decides a suite's grade, from its parts (not from its name alone):
//  insecure:   no encryption (NULL), no authentication (anon), EXPORT strength, RC4, RC2,
//              single DES, or under 64 bits — an eavesdropper can read or alter the traffic;
//  weak:       64-bit block ciphers (3DES, IDEA: Sweet32), under 128 bits, or a key exchange
//              without forward secrecy (static RSA/DH/ECDH, plain PSK, KRB5);
//  strong:     forward secrecy and an AEAD cipher with a full-length tag (GCM, CCM, ChaCha20);
//  acceptable: everything else (forward secrecy with CBC + HMAC, CCM_8's short tag).
QString gradeSuite(const SuiteInfo &suite);
// Ephemeral key exchange: DHE, ECDHE, TLS 1.3 ("any"), SRP, ECCPWD, GOST VKO.
bool hasForwardSecrecy(const SuiteInfo &suite);
// 0 insecure .. 3 strong; -1 for an unknown grade text. For sorting and charts.
int gradeRank(const QString &grade);
bool isExportSuite(const SuiteInfo &suite);

// OpenSSL's name of a suite: the linked library's, else the legacy one older releases used;
// empty when OpenSSL never named it.
QString opensslNameOf(const SuiteInfo &suite);

// A suite's code as reports write it: "0xC030"; an SSLv2 cipher kind (code 0 in SuiteInfo)
// by its three-byte code from the catalog, "0x0700C0".
QString suiteCodeText(const SuiteInfo &suite);

class CipherCatalog
{
public:
    // The catalog compiled into core (":/ciphers/catalog.csv"); loaded once, thread-safe.
    static const CipherCatalog &instance();
    // Parses the two CSV files (format: see make_catalog.py; the last suite column,
    // openssl_legacy, may be left out). error() says what was wrong.
    static CipherCatalog fromCsv(const QByteArray &suitesCsv, const QByteArray &sslv2Csv);

    bool isValid() const { return error_.isEmpty() && !suites_.isEmpty(); }
    QString error() const { return error_; }

    const QList<SuiteInfo> &suites() const { return suites_; }   // TLS suites, code order
    const SuiteInfo *byCode(quint16 code) const;
    // IANA, OpenSSL (the linked library's or a legacy one) or GnuTLS name, any case; nullptr
    // when unknown.
    const SuiteInfo *byName(const QString &name) const;
    // Versions a scan offers the suite in ("TLSv1.3" only for TLS 1.3 suites, SHA-2/AEAD
    // suites only from TLS 1.2, the rest SSLv3 … TLS 1.2). Empty for TLS_NULL_WITH_NULL_NULL.
    QStringList versionsOf(quint16 code) const;
    // The suites a scan offers in one version, in code order. "SSLv2": use sslv2Kinds().
    QList<SuiteInfo> forVersion(const QString &version) const;

    // SSLv2 cipher kinds (3-byte codes; SuiteInfo::code is 0 for them, the code is here).
    struct Sslv2Kind {
        quint32 code = 0;
        SuiteInfo info;   // iana = "SSL_CK_…" name, openssl = OpenSSL's old name
    };
    const QList<Sslv2Kind> &sslv2Kinds() const { return sslv2_; }
    const Sslv2Kind *sslv2ByCode(quint32 code) const;
    const Sslv2Kind *sslv2ByName(const QString &name) const;

private:
    QList<SuiteInfo> suites_;
    QHash<quint16, int> byCode_;
    QHash<QString, int> byName_;          // lower-case name -> index
    QHash<quint16, QStringList> versions_;
    QList<Sslv2Kind> sslv2_;
    QString error_;
};

} // namespace mailtls::core
