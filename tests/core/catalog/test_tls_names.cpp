// The TLS name tables (catalog/tls_names, groups, sigalgs, versions): handshake types, alerts and
// extensions by their registry names; every group the table knows, 14 and 31-40 included, by
// name and back; GREASE and unknown codes; signature schemes in OpenSSL's and GnuTLS's
// spellings; and every spelling of a version canonicalVersion accepts.

#include <QtTest>

#include <tuple>

#include "catalog/tls_names.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestTlsNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsGreaseUnknownAndAliases()
    {
        QCOMPARE(groupName(0x0a0a), QStringLiteral("GREASE"));
        QCOMPARE(groupName(0xfafa), QStringLiteral("GREASE"));
        QVERIFY(!isKnownGroup(0x0a0a));
        QCOMPARE(groupName(0x14dc), QStringLiteral("group(0x14dc)"));
        QCOMPARE(groupName(0), QStringLiteral("group(0x0000)"));
        QVERIFY(!isKnownGroup(0x14dc));
        QCOMPARE(groupFromName(QStringLiteral("P-256")), group::secp256r1);
        QCOMPARE(groupFromName(QStringLiteral("prime256v1")), group::secp256r1);
        QCOMPARE(groupFromName(QStringLiteral("P-384")), group::secp384r1);
        QCOMPARE(groupFromName(QStringLiteral("P-521")), group::secp521r1);
        QCOMPARE(groupFromName(QStringLiteral("no-such-group")), quint16(0));
        // Everything a scan tries has a name of its own.
        for (quint16 g : scanGroups())
            QVERIFY2(isKnownGroup(g), qPrintable(groupName(g)));
    }

    void registryNames_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        const QList<std::tuple<const char *, int, const char *>> rows = {
            {"handshake", 1, "ClientHello"}, {"handshake", 2, "ServerHello"}, {"handshake", 4, "NewSessionTicket"},
            {"handshake", 8, "EncryptedExtensions"}, {"handshake", 11, "Certificate"}, {"handshake", 12, "ServerKeyExchange"},
            {"handshake", 13, "CertificateRequest"}, {"handshake", 14, "ServerHelloDone"}, {"handshake", 15, "CertificateVerify"},
            {"handshake", 16, "ClientKeyExchange"}, {"handshake", 20, "Finished"}, {"handshake", 24, "KeyUpdate"},
            {"handshake", 99, "Handshake(99)"},
            {"level", 1, "warning"}, {"level", 2, "fatal"}, {"level", 7, "level(7)"},
            {"alert", 0, "close_notify"}, {"alert", 40, "handshake_failure"}, {"alert", 42, "bad_certificate"},
            {"alert", 70, "protocol_version"}, {"alert", 116, "certificate_required"}, {"alert", 250, "alert(250)"},
            {"extension", 0, "server_name"}, {"extension", 10, "supported_groups"}, {"extension", 13, "signature_algorithms"},
            {"extension", 16, "application_layer_protocol_negotiation"}, {"extension", 43, "supported_versions"},
            {"extension", 51, "key_share"}, {"extension", 0xff01, "renegotiation_info"}, {"extension", 1234, "extension(1234)"},
        };
        for (const auto &[registry, code, name] : rows)
            QTest::addRow("%s %d", registry, code) << QString::fromLatin1(registry) << code << QString::fromLatin1(name);
    }

    void registryNames()
    {
        QFETCH(QString, registry);
        QFETCH(int, code);
        QFETCH(QString, name);
        if (registry == QLatin1String("handshake"))
            QCOMPARE(handshakeTypeName(code), name);
        else if (registry == QLatin1String("level"))
            QCOMPARE(alertLevelName(code), name);
        else if (registry == QLatin1String("alert"))
            QCOMPARE(alertDescriptionName(code), name);
        else
            QCOMPARE(extensionName(code), name);
    }

    void groupsByCode_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("14") << 14 << QStringLiteral("sect571r1");
        QTest::newRow("23") << 23 << QStringLiteral("secp256r1");
        QTest::newRow("24") << 24 << QStringLiteral("secp384r1");
        QTest::newRow("25") << 25 << QStringLiteral("secp521r1");
        QTest::newRow("29") << 29 << QStringLiteral("x25519");
        QTest::newRow("30") << 30 << QStringLiteral("x448");
        QTest::newRow("31") << 31 << QStringLiteral("brainpoolP256r1tls13");
        QTest::newRow("32") << 32 << QStringLiteral("brainpoolP384r1tls13");
        QTest::newRow("33") << 33 << QStringLiteral("brainpoolP512r1tls13");
        QTest::newRow("34") << 34 << QStringLiteral("GC256A");
        QTest::newRow("35") << 35 << QStringLiteral("GC256B");
        QTest::newRow("36") << 36 << QStringLiteral("GC256C");
        QTest::newRow("37") << 37 << QStringLiteral("GC256D");
        QTest::newRow("38") << 38 << QStringLiteral("GC512A");
        QTest::newRow("39") << 39 << QStringLiteral("GC512B");
        QTest::newRow("40") << 40 << QStringLiteral("GC512C");
        QTest::newRow("256") << 256 << QStringLiteral("ffdhe2048");
        QTest::newRow("260") << 260 << QStringLiteral("ffdhe8192");
        QTest::newRow("0x11EC") << 0x11EC << QStringLiteral("X25519MLKEM768");
    }

    void groupsByCode()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QCOMPARE(groupName(code), name);
        QVERIFY(isKnownGroup(code));
        // One name each way: the name leads back to the code, in any case.
        QCOMPARE(int(groupFromName(name)), code);
        QCOMPARE(int(groupFromName(name.toUpper())), code);
        QCOMPARE(int(groupFromName(QLatin1Char(' ') + name.toLower() + QLatin1Char(' '))), code);
    }

    void signatureSchemeSpellings_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char *name, const char *spelling, const char *canonical) {
            QTest::newRow(name) << QString::fromLatin1(spelling) << QString::fromLatin1(canonical);
        };
        row("canonical", "rsa_pss_rsae_sha256", "rsa_pss_rsae_sha256");
        row("upper case", "RSA_PSS_RSAE_SHA256", "rsa_pss_rsae_sha256");
        row("GnuTLS rsae", "RSA-PSS-RSAE-SHA256", "rsa_pss_rsae_sha256");
        row("OpenSSL RSA", "RSA+SHA256", "rsa_pkcs1_sha256");
        row("GnuTLS SIGN-RSA", "SIGN-RSA-SHA256", "rsa_pkcs1_sha256");
        row("OpenSSL ECDSA", "ECDSA+SHA256", "ecdsa_secp256r1_sha256");
        row("GnuTLS ECDSA curve", "SIGN-ECDSA-SECP384R1-SHA384", "ecdsa_secp384r1_sha384");
        row("OpenSSL RSA-PSS", "RSA-PSS+SHA256", "rsa_pss_pss_sha256");
        row("GnuTLS EdDSA", "SIGN-EdDSA-Ed25519", "ed25519");
        row("OpenSSL DSA", "DSA+SHA1", "dsa_sha1");
        row("unknown", "NOPE+SHA256", "");
    }

    void signatureSchemeSpellings()
    {
        QFETCH(QString, spelling);
        QFETCH(QString, canonical);
        QCOMPARE(canonicalSigalg(spelling), canonical);
        if (!canonical.isEmpty())
            QCOMPARE(signatureSchemeName(sigalgCode(canonical)), canonical);   // and back through its code
    }

    void signatureSchemes()
    {
        QCOMPARE(signatureSchemeName(0x0804), QStringLiteral("rsa_pss_rsae_sha256"));
        QCOMPARE(signatureSchemeName(0x0403), QStringLiteral("ecdsa_secp256r1_sha256"));
        QCOMPARE(signatureSchemeName(0x0807), QStringLiteral("ed25519"));
        QCOMPARE(signatureSchemeName(0x0201), QStringLiteral("rsa_pkcs1_sha1"));
        QCOMPARE(signatureSchemeName(0x1234), QStringLiteral("0x1234"));
        QCOMPARE(sigalgCode(QStringLiteral("rsa_pss_rsae_sha256")), quint16(0x0804));
        QCOMPARE(sigalgCode(QStringLiteral("nope")), quint16(0));
        QCOMPARE(sigalgCertificateType(QStringLiteral("rsa_pss_pss_sha256")), QStringLiteral("RSA"));
        QCOMPARE(sigalgCertificateType(QStringLiteral("ecdsa_sha1")), QStringLiteral("ECDSA"));
        QCOMPARE(sigalgCertificateType(QStringLiteral("ed448")), QStringLiteral("Ed448"));
        QVERIFY(sigalgCertificateType(QStringLiteral("nope")).isEmpty());
    }

    void versionCodes()
    {
        QCOMPARE(scanVersions(), (QStringList{QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                                              QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
        const QList<int> codes = {0x0002, 0x0300, 0x0301, 0x0302, 0x0303, 0x0304};
        for (int i = 0; i < codes.size(); ++i) {
            const QString v = scanVersions().at(i);
            QCOMPARE(versionWireCode(v), codes.at(i));
            QCOMPARE(versionFromWireCode(codes.at(i)), v);
            QCOMPARE(protocolVersionName(codes.at(i)), v);
            QCOMPARE(versionRank(v), i);
        }
        QCOMPARE(versionWireCode(QStringLiteral("TLSv9")), 0);
        QVERIFY(versionFromWireCode(0x0305).isEmpty());
        QCOMPARE(versionRank(QStringLiteral("TLSv9")), -1);
        QCOMPARE(protocolVersionName(0x0305), QStringLiteral("0x0305"));
        QCOMPARE(protocolVersionName(0x7a7a), QStringLiteral("GREASE"));
        QCOMPARE(tlsVersionLabel(QStringLiteral("TLSv1")), QStringLiteral("TLS 1.0"));
        QCOMPARE(tlsVersionLabel(QStringLiteral("TLSv1.2")), QStringLiteral("TLS 1.2"));
        QCOMPARE(tlsVersionLabel(QStringLiteral("SSLv3")), QStringLiteral("SSL 3.0"));
        QCOMPARE(tlsVersionLabel(QStringLiteral("other")), QStringLiteral("other"));
    }

    void everyVersionSpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        const QList<QPair<QString, QStringList>> spellings = {
            {QStringLiteral("SSLv2"), {QStringLiteral("SSLv2"), QStringLiteral("sslv2"), QStringLiteral("ssl2"), QStringLiteral("SSL2")}},
            {QStringLiteral("SSLv3"), {QStringLiteral("SSLv3"), QStringLiteral("sslv3"), QStringLiteral("ssl3"), QStringLiteral("SSL3.0"),
                                       QStringLiteral("ssl3_0"), QStringLiteral("VERS-SSL3.0"), QStringLiteral(" ssl 3.0 ")}},
            {QStringLiteral("TLSv1"), {QStringLiteral("TLSv1"), QStringLiteral("tlsv1"), QStringLiteral("TLSv1.0"), QStringLiteral("1"),
                                       QStringLiteral("1.0"), QStringLiteral("10"), QStringLiteral("tls1"), QStringLiteral("TLS1.0"),
                                       QStringLiteral("tls1_0"), QStringLiteral("tls_1_0"), QStringLiteral("VERS-TLS1.0"),
                                       QStringLiteral("TLS 1.0")}},
            {QStringLiteral("TLSv1.1"), {QStringLiteral("TLSv1.1"), QStringLiteral("1.1"), QStringLiteral("11"), QStringLiteral("tls1_1"),
                                         QStringLiteral("TLS1.1"), QStringLiteral("VERS-TLS1.1"), QStringLiteral("tls_1_1")}},
            {QStringLiteral("TLSv1.2"), {QStringLiteral("TLSv1.2"), QStringLiteral("tlsv1.2"), QStringLiteral("1.2"), QStringLiteral("12"),
                                         QStringLiteral("tls1_2"), QStringLiteral("TLS1.2"), QStringLiteral("VERS-TLS1.2"),
                                         QStringLiteral("vers-tls1.2"), QStringLiteral("TLS 1.2"), QStringLiteral("tls_1_2")}},
            {QStringLiteral("TLSv1.3"), {QStringLiteral("TLSv1.3"), QStringLiteral("1.3"), QStringLiteral("13"), QStringLiteral("tls1_3"),
                                         QStringLiteral("TLS1.3"), QStringLiteral("VERS-TLS1.3"), QStringLiteral("tlsv1_3")}},
        };
        for (const auto &s : spellings)
            for (const QString &text : s.second)
                QTest::newRow(qPrintable(text)) << text << s.first;
        for (const char *bad : {"", "TLSv9", "1.4", "ssl4", "tls", "v1.2", "DTLS1.2"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad) << QString();
    }

    void everyVersionSpelling()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(canonicalVersion(text), canonical);
    }
};

MAILTLS_TEST_MAIN(TestTlsNames)
#include "test_tls_names.moc"
