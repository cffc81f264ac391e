#pragma once

// Hand-built facts for the diagnose tests (and the report tests above them): sessions as the
// engine reports them, scans, and the certificate fixtures.

#include "catalog/cipher_catalog.h"
#include "catalog/versions.h"
#include "model/report.h"

#include "../x509/certificate_fixtures.h"   // loadOne(), fixturePath()

namespace mailtls::test {

inline core::SuiteInfo catalogSuite(quint16 code)
{
    const core::SuiteInfo *s = core::CipherCatalog::instance().byCode(code);
    return s ? *s : core::SuiteInfo();
}

inline QList<core::SuiteInfo> catalogSuites(std::initializer_list<quint16> codes)
{
    QList<core::SuiteInfo> out;
    for (quint16 code : codes)
        out << catalogSuite(code);
    return out;
}

// The scan section of a server accepting `versions`: `tls12` in every version below TLS 1.3,
// TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256 and TLS_AES_128_GCM_SHA256 in TLS 1.3,
// x25519 and secp256r1, certificates of `certTypes`.
inline core::ScanResult scanServing(const QStringList &versions, const QList<core::SuiteInfo> &tls12,
                                    const QStringList &certTypes, bool serverOrder = true)
{
    core::ScanResult scan;
    scan.present = true;
    for (const QString &v : core::scanVersions())
        scan.protocols.insert(v, versions.contains(v));
    for (const QString &v : versions) {
        if (v == QLatin1String("TLSv1.3"))
            scan.ciphers.insert(v, catalogSuites({0x1302, 0x1303, 0x1301}));
        else
            scan.ciphers.insert(v, tls12);
        scan.serverPreference.insert(v, serverOrder);
    }
    scan.certificateTypes = certTypes;
    scan.groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1")};
    return scan;
}

// An SMTP session that got as far as EHLO: banner, EHLO keywords, STARTTLS offered.
inline core::Report smtpSession()
{
    core::Report r;
    r.kind = QStringLiteral("session");
    r.target.host = QStringLiteral("mx.example.org");
    r.target.port = 25;
    r.target.dialect = QStringLiteral("smtp");
    r.outcome.connected = true;
    r.smtp.banner = QStringLiteral("220 mx.example.org ESMTP");
    r.smtp.ehloBeforeTls = {QStringLiteral("PIPELINING"), QStringLiteral("STARTTLS")};
    r.smtp.starttlsOffered = true;
    return r;
}

// A session whose STARTTLS succeeded and whose handshake completed with `version`.
inline core::Report establishedSession(const QString &version)
{
    core::Report r = smtpSession();
    r.smtp.starttlsAccepted = true;
    r.smtp.starttlsReply = QStringLiteral("220 2.0.0 Ready to start TLS");
    r.tls.attempted = r.tls.established = true;
    r.tls.version = version;
    r.tls.cipher.code = 0xC030;
    r.tls.cipher.iana = QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    r.tls.cipher.openssl = QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    r.tls.tempKeyType = QStringLiteral("X25519");
    r.tls.tempKeyBits = 253;
    r.outcome.completed = true;
    return r;
}

// A scan of a server that accepts every weakness the scan rules know: SSLv2 … TLS 1.1 but not
// TLS 1.3, NULL, anonymous, EXPORT, RC4, DES, 3DES and static RSA suites, a 1024-bit DH prime,
// only an ECDSA certificate, and it limited the scan's connections.
inline core::ScanResult everyWeaknessScan()
{
    core::ScanResult scan;
    scan.present = true;
    for (const char *v : {"SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2"})
        scan.protocols.insert(QString::fromLatin1(v), true);
    scan.protocols.insert(QStringLiteral("TLSv1.3"), false);
    const QList<core::SuiteInfo> legacy = {catalogSuite(0x0002), catalogSuite(0x0018), catalogSuite(0x0003),
                                           catalogSuite(0x0005), catalogSuite(0x0009), catalogSuite(0x000A),
                                           catalogSuite(0x002F), catalogSuite(0x0033)};
    for (const char *v : {"SSLv3", "TLSv1", "TLSv1.1"})
        scan.ciphers.insert(QString::fromLatin1(v), legacy);
    scan.ciphers.insert(QStringLiteral("TLSv1.2"), legacy + QList<core::SuiteInfo>{catalogSuite(0xC02C), catalogSuite(0x009E)});
    scan.dhBits = 1024;
    scan.certificateTypes = {QStringLiteral("ECDSA")};
    scan.rateLimited = true;
    scan.retries = 3;
    scan.busyReason = QStringLiteral("421 4.7.0 too many connections");
    return scan;
}

// A scan report as `mailtls scan` makes it: TLS 1.2 + 1.3, server order, x25519.
inline core::Report scanReport(const QString &host, const QString &type)
{
    using namespace mailtls::core;
    Report r;
    r.kind = QStringLiteral("scan");
    r.target.host = host;
    r.target.port = 25;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.outcome.connected = r.outcome.completed = true;
    ScanResult &s = r.scan;
    s.present = true;
    for (const char *v : {"SSLv2", "SSLv3", "TLSv1", "TLSv1.1"})
        s.protocols.insert(QString::fromLatin1(v), false);
    s.protocols.insert(QStringLiteral("TLSv1.2"), true);
    s.protocols.insert(QStringLiteral("TLSv1.3"), true);
    if (type == QLatin1String("RSA"))
        s.ciphers.insert(QStringLiteral("TLSv1.2"), {catalogSuite(0xC030), catalogSuite(0xC02F)});
    else
        s.ciphers.insert(QStringLiteral("TLSv1.2"), {catalogSuite(0xC02C), catalogSuite(0xC02B)});
    s.ciphers.insert(QStringLiteral("TLSv1.3"), {catalogSuite(0x1302), catalogSuite(0x1301), catalogSuite(0x1303)});
    s.serverPreference.insert(QStringLiteral("TLSv1.2"), true);
    s.serverPreference.insert(QStringLiteral("TLSv1.3"), false);
    s.groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1")};
    s.certificateTypes = {type};
    const CertificateChain chain = type == QLatin1String("RSA")
        ? CertificateChain{loadOne("leaf-rsa2048.pem"), loadOne("intermediate-ca.pem")}
        : CertificateChain{loadOne("leaf-ec-p256.pem")};
    s.servedChains = {chain};
    r.certificates = chain;
    if (type == QLatin1String("ECDSA")) {
        Finding f;
        f.id = QStringLiteral("cert.ecdsa_only");
        f.severity = Severity::Medium;
        r.findings << f;
    }
    return r;
}
} // namespace mailtls::test
