#pragma once

// Hand-made reports with every section filled, for the HTML and workspace tests. Certificates
// are the fixture files, so fingerprints and subjects are real.

#include <QFile>

#include "model/report.h"

namespace mailtls::test {

inline core::CertificateChain fixtureChain(std::initializer_list<const char *> names)
{
    core::CertificateChain chain;
    for (const char *name : names) {
        QFile f(QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/") + QString::fromLatin1(name));
        if (f.open(QIODevice::ReadOnly))
            chain << core::Certificate::listFromPem(f.readAll());
    }
    return chain;
}

inline core::SuiteInfo suite(quint16 code, const char *iana, const char *openssl, const char *kex, const char *auth,
                             const char *enc, const char *mac, int bits, const char *grade)
{
    core::SuiteInfo s;
    s.code = code;
    s.iana = QString::fromLatin1(iana);
    s.openssl = QString::fromLatin1(openssl);
    s.kex = QString::fromLatin1(kex);
    s.auth = QString::fromLatin1(auth);
    s.enc = QString::fromLatin1(enc);
    s.mac = QString::fromLatin1(mac);
    s.bits = bits;
    s.grade = QString::fromLatin1(grade);
    return s;
}

// A STARTTLS session followed by a scan of the same server, merged as the workbench does.
inline core::Report sessionAndScanReport()
{
    using namespace mailtls::core;
    Report r;
    r.toolVersion = QStringLiteral("0.1.0");
    r.kind = QStringLiteral("session");
    r.target.host = QStringLiteral("mail.example.org");
    r.target.port = 25;
    r.target.address = QStringLiteral("192.0.2.10");
    r.target.dialect = QStringLiteral("smtp");
    r.target.sni = QStringLiteral("mail.example.org");
    r.target.servername = QStringLiteral("mx.example.org");
    r.startedAt = QDateTime(QDate(2024, 3, 5), QTime(8, 9, 10, 123), Qt::UTC);
    r.durationMs = 842;
    r.transcript = {
        {0, LineDirection::Note, QStringLiteral("connected to 192.0.2.10 port 25")},
        {12, LineDirection::Server, QStringLiteral("220 mail.example.org ESMTP <script>alert(1)</script>")},
        {13, LineDirection::Client, QStringLiteral("EHLO workbench.test")},
        {15, LineDirection::Server, QStringLiteral("250-mail.example.org Hello & welcome")},
        {15, LineDirection::Server, QStringLiteral("250-AUTH PLAIN LOGIN")},
        {15, LineDirection::Server, QStringLiteral("250 STARTTLS")},
        {16, LineDirection::Client, QStringLiteral("STARTTLS")},
        {17, LineDirection::Server, QStringLiteral("220 2.0.0 Ready to start TLS")},
        {40, LineDirection::Tls, QStringLiteral("TLSv1.3 TLS_AES_256_GCM_SHA384")},
        {41, LineDirection::Client, QStringLiteral("AUTH PLAIN ****")},
    };
    r.smtp.banner = QStringLiteral("220 mail.example.org ESMTP <script>alert(1)</script>");
    r.smtp.ehloBeforeTls = {QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("STARTTLS")};
    r.smtp.ehloAfterTls = {QStringLiteral("AUTH PLAIN LOGIN")};
    r.smtp.starttlsOffered = true;
    r.smtp.authBeforeTls = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    r.smtp.authAfterTls = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    r.smtp.starttlsAccepted = true;
    r.smtp.starttlsReply = QStringLiteral("220 2.0.0 Ready to start TLS");
    HandshakeMessage hello;
    hello.tMs = 18;
    hello.dir = QStringLiteral("C");
    hello.type = QStringLiteral("ClientHello");
    hello.length = 512;
    hello.summary = QStringLiteral("TLS 1.3, 31 suites");
    hello.contentType = 22;
    hello.handshakeType = 1;
    HandshakeMessage server = hello;
    server.tMs = 25;
    server.dir = QStringLiteral("S");
    server.type = QStringLiteral("ServerHello");
    server.length = 122;
    server.summary = QStringLiteral("TLS 1.3, TLS_AES_256_GCM_SHA384, x25519");
    server.handshakeType = 2;
    r.handshake = {hello, server};
    r.tls.attempted = true;
    r.tls.established = true;
    r.tls.version = QStringLiteral("TLSv1.3");
    r.tls.cipher.code = 0x1302;
    r.tls.cipher.iana = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.tls.cipher.openssl = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.tls.group = QStringLiteral("x25519");
    r.tls.tempKeyType = QStringLiteral("X25519");
    r.tls.tempKeyBits = 253;
    r.tls.peerSignatureType = QStringLiteral("RSA-PSS");
    r.tls.peerSignatureDigest = QStringLiteral("SHA256");
    r.tls.verifyOk = false;
    r.tls.verifyCode = 20;
    r.tls.verifyMessage = QStringLiteral("unable to get local issuer certificate");
    r.certificates = fixtureChain({"leaf-rsa2048.pem", "intermediate-ca.pem"});
    r.outcome.connected = true;
    r.outcome.completed = true;

    r.scan.present = true;
    r.scan.protocols = {{QStringLiteral("SSLv2"), false}, {QStringLiteral("SSLv3"), false},
                        {QStringLiteral("TLSv1"), true}, {QStringLiteral("TLSv1.1"), false},
                        {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), true}};
    r.scan.ciphers.insert(QStringLiteral("TLSv1.3"),
                          {suite(0x1302, "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", "any", "any", "AES-256-GCM", "AEAD", 256, "strong"),
                           suite(0x1301, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "any", "any", "AES-128-GCM", "AEAD", 128, "strong")});
    r.scan.ciphers.insert(QStringLiteral("TLSv1.2"),
                          {suite(0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE", "RSA", "AES-256-GCM", "AEAD", 256, "strong"),
                           suite(0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "DES-CBC3-SHA", "RSA", "RSA", "3DES-EDE-CBC", "SHA1", 112, "weak")});
    r.scan.ciphers.insert(QStringLiteral("TLSv1"),
                          {suite(0x0005, "TLS_RSA_WITH_RC4_128_SHA", "RC4-SHA", "RSA", "RSA", "RC4-128", "SHA1", 128, "insecure")});
    r.scan.serverPreference = {{QStringLiteral("TLSv1"), false}, {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), true}};
    r.scan.groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("ffdhe2048")};
    r.scan.dhBits = 2048;
    r.scan.certificateTypes = {QStringLiteral("RSA"), QStringLiteral("ECDSA")};
    r.scan.servedChains = {fixtureChain({"leaf-rsa2048.pem", "intermediate-ca.pem"}), fixtureChain({"leaf-ec-p256.pem"})};
    r.scan.connections = 14;
    r.scan.handshakes = 12;
    r.scan.retries = 1;

    Finding auth;
    auth.id = QStringLiteral("auth.plaintext_before_tls");
    auth.severity = Severity::High;
    auth.title = QStringLiteral("AUTH offered before STARTTLS");
    auth.detail = QStringLiteral("Passwords could cross the network in clear text.");
    auth.evidence = QStringLiteral("250-AUTH PLAIN LOGIN");
    auth.fixExim = QStringLiteral("auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}");
    auth.fixPostfix = QStringLiteral("smtpd_tls_auth_only = yes");
    Finding rc4;
    rc4.id = QStringLiteral("cipher.rc4");
    rc4.severity = Severity::Critical;
    rc4.title = QStringLiteral("RC4 suites accepted");
    rc4.detail = QStringLiteral("RC4 is broken <b>and</b> forbidden by RFC 7465.");
    rc4.evidence = QStringLiteral("TLSv1: TLS_RSA_WITH_RC4_128_SHA");
    rc4.fixExim = QStringLiteral("tls_require_ciphers = ${if =={$received_port}{25}{DEFAULT:!RC4}{HIGH}}");
    rc4.fixPostfix = QStringLiteral("smtpd_tls_exclude_ciphers = RC4, aNULL");
    Finding tls13;
    tls13.id = QStringLiteral("protocol.tls10_enabled");
    tls13.severity = Severity::Medium;
    tls13.title = QStringLiteral("TLS 1.0 accepted");
    r.findings = {auth, rc4, tls13};
    return r;
}

} // namespace mailtls::test
