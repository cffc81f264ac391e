// The cipher catalog compiled into core: completeness, exact rows, name lookups, per-version
// lists, and the grading rules (and that every row's grade follows them).

#include <QSet>
#include <QtTest>

#include "catalog/cipher_catalog.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {
SuiteInfo suite(const char *iana, const char *kex, const char *auth, const char *enc, const char *mac, int bits)
{
    SuiteInfo s;
    s.iana = QString::fromLatin1(iana);
    s.kex = QString::fromLatin1(kex);
    s.auth = QString::fromLatin1(auth);
    s.enc = QString::fromLatin1(enc);
    s.mac = QString::fromLatin1(mac);
    s.bits = bits;
    return s;
}
} // namespace

class TestCipherCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsCompleteRegistry()
    {
        const CipherCatalog &c = CipherCatalog::instance();
        QVERIFY2(c.isValid(), qPrintable(c.error()));
        QCOMPARE(c.suites().size(), 344);
        QSet<quint16> codes;
        for (const SuiteInfo &s : c.suites()) {
            QVERIFY2(!codes.contains(s.code), qPrintable(s.iana));
            codes.insert(s.code);
            QVERIFY2(s.iana.startsWith(QLatin1String("TLS_")), qPrintable(s.iana));
            QVERIFY(!s.kex.isEmpty() && !s.auth.isEmpty() && !s.enc.isEmpty() && !s.mac.isEmpty());
        }
        // Every block the issue names is there.
        for (quint16 code : {0x0000, 0x0003, 0x0017, 0x001E, 0x002B, 0x0096, 0x00C5, 0x1301, 0x1305, 0xC001, 0xC0AF,
                             0xC072, 0xC050, 0xCCA8, 0xCCAE, 0xD001, 0xD005})
            QVERIFY2(codes.contains(code), qPrintable(QString::number(code, 16)));
        QVERIFY(!codes.contains(0x00FF));   // the renegotiation SCSV is no suite
        QVERIFY(!codes.contains(0xD004));   // unassigned
        QCOMPARE(c.sslv2Kinds().size(), 7);
        QVERIFY(c.sslv2ByCode(0x0700C0));
        QCOMPARE(c.sslv2ByCode(0x0700C0)->info.iana, QStringLiteral("SSL_CK_DES_192_EDE3_CBC_WITH_MD5"));
        QCOMPARE(c.sslv2ByCode(0x020080)->info.grade, QStringLiteral("insecure"));
        QVERIFY(!c.sslv2ByCode(0x0800C0));
    }

    void exactRows()
    {
        const CipherCatalog &c = CipherCatalog::instance();
        const SuiteInfo *s = c.byCode(0xC030);
        QVERIFY(s);
        QCOMPARE(s->iana, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
        QCOMPARE(s->openssl, QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));
        QCOMPARE(s->gnutls, QStringLiteral("TLS_ECDHE_RSA_AES_256_GCM_SHA384"));
        QCOMPARE(s->kex, QStringLiteral("ECDHE"));
        QCOMPARE(s->auth, QStringLiteral("RSA"));
        QCOMPARE(s->enc, QStringLiteral("AES-256-GCM"));
        QCOMPARE(s->mac, QStringLiteral("AEAD"));
        QCOMPARE(s->bits, 256);
        QCOMPARE(s->grade, QStringLiteral("strong"));

        s = c.byCode(0x000A);
        QVERIFY(s);
        QCOMPARE(s->iana, QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA"));
        QCOMPARE(s->enc, QStringLiteral("3DES-EDE-CBC"));
        QCOMPARE(s->mac, QStringLiteral("SHA1"));
        QCOMPARE(s->bits, 112);
        QCOMPARE(s->grade, QStringLiteral("weak"));

        s = c.byCode(0x0003);
        QVERIFY(s);
        QCOMPARE(s->iana, QStringLiteral("TLS_RSA_EXPORT_WITH_RC4_40_MD5"));
        QCOMPARE(s->enc, QStringLiteral("RC4-40"));
        QCOMPARE(s->bits, 40);
        QCOMPARE(s->grade, QStringLiteral("insecure"));
        QVERIFY(isExportSuite(*s));

        s = c.byCode(0x1303);
        QVERIFY(s);
        QCOMPARE(s->kex, QStringLiteral("any"));
        QCOMPARE(s->enc, QStringLiteral("CHACHA20-POLY1305"));
        QCOMPARE(s->grade, QStringLiteral("strong"));

        s = c.byCode(0x0018);
        QVERIFY(s);
        QCOMPARE(s->auth, QStringLiteral("anon"));
        QCOMPARE(s->grade, QStringLiteral("insecure"));
        QVERIFY(!c.byCode(0x5600));   // TLS_FALLBACK_SCSV
    }

    void namesAnyCase()
    {
        const CipherCatalog &c = CipherCatalog::instance();
        auto code = [&](const char *name) {
            const SuiteInfo *s = c.byName(QString::fromLatin1(name));
            return s ? int(s->code) : -1;
        };
        QCOMPARE(code("tls_ecdhe_rsa_with_aes_128_gcm_sha256"), 0xC02F);
        QCOMPARE(code("ecdhe-rsa-aes128-gcm-sha256"), 0xC02F);
        QCOMPARE(code("TLS_ECDHE_RSA_AES_128_GCM_SHA256"), 0xC02F);   // GnuTLS
        QCOMPARE(code("TLS_RSA_3DES_EDE_CBC_SHA1"), 0x000A);          // GnuTLS
        QCOMPARE(code("  AES128-SHA "), 0x002F);
        QCOMPARE(code("NO-SUCH-SUITE"), -1);
        QVERIFY(c.sslv2ByName(QStringLiteral("exp-rc4-md5")));
        QCOMPARE(c.sslv2ByName(QStringLiteral("exp-rc4-md5"))->code, quint32(0x020080));
    }

    void legacyOpensslNames()
    {
        // Names older OpenSSL gave suites the linked one dropped: one column of the catalog.
        const CipherCatalog &c = CipherCatalog::instance();
        const SuiteInfo *des3 = c.byName(QStringLiteral("des-cbc3-sha"));
        QVERIFY(des3);
        QCOMPARE(des3->code, quint16(0x000A));
        QCOMPARE(des3->opensslLegacy, QStringLiteral("DES-CBC3-SHA"));
        QVERIFY(des3->openssl.isEmpty());
        QCOMPARE(opensslNameOf(*des3), QStringLiteral("DES-CBC3-SHA"));
        QCOMPARE(c.byName(QStringLiteral("RC4-SHA"))->code, quint16(0x0005));
        QCOMPARE(c.byName(QStringLiteral("EDH-RSA-DES-CBC3-SHA"))->code, quint16(0x0016));
        QCOMPARE(c.byName(QStringLiteral("AECDH-DES-CBC3-SHA"))->code, quint16(0xC017));
        QCOMPARE(c.byName(QStringLiteral("ECDH-ECDSA-AES128-GCM-SHA256"))->code, quint16(0xC02D));
        QCOMPARE(opensslNameOf(*c.byCode(0xC030)), QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));   // the linked library's
        QVERIFY(opensslNameOf(*c.byCode(0x00C6)).isEmpty());   // OpenSSL never named it
        // A suite read back from a report has no legacy name of its own: the code finds it.
        SuiteInfo bare;
        bare.code = 0x0005;
        bare.iana = QStringLiteral("TLS_RSA_WITH_RC4_128_SHA");
        QCOMPARE(opensslNameOf(bare), QStringLiteral("RC4-SHA"));

        QSet<QString> names;
        int legacy = 0;
        for (const SuiteInfo &s : c.suites()) {
            for (const QString &name : {s.iana, s.openssl, s.gnutls})
                if (!name.isEmpty())
                    names.insert(name.toLower());
        }
        for (const SuiteInfo &s : c.suites()) {
            if (s.opensslLegacy.isEmpty())
                continue;
            ++legacy;
            QVERIFY2(s.openssl.isEmpty(), qPrintable(s.iana));   // only where the linked OpenSSL has no name
            QVERIFY2(!names.contains(s.opensslLegacy.toLower()), qPrintable(s.opensslLegacy));   // never another suite's name
            QCOMPARE(c.byName(s.opensslLegacy)->code, s.code);
        }
        QCOMPARE(legacy, 45);
    }

    void perVersionLists()
    {
        const CipherCatalog &c = CipherCatalog::instance();
        const QList<SuiteInfo> tls13 = c.forVersion(QStringLiteral("TLSv1.3"));
        QSet<quint16> codes13;
        for (const SuiteInfo &s : tls13) {
            codes13.insert(s.code);
            QCOMPARE(s.kex, QStringLiteral("any"));
        }
        QCOMPARE(codes13, (QSet<quint16> {0x1301, 0x1302, 0x1303, 0x1304, 0x1305, 0x00C6, 0x00C7, 0xC0B4, 0xC0B5}));
        auto has = [&](const QString &version, quint16 code) {
            for (const SuiteInfo &s : c.forVersion(version))
                if (s.code == code)
                    return true;
            return false;
        };
        QVERIFY(has(QStringLiteral("TLSv1.2"), 0xC030));
        QVERIFY(!has(QStringLiteral("TLSv1.1"), 0xC030));     // GCM is TLS 1.2 only
        QVERIFY(!has(QStringLiteral("TLSv1"), 0x003C));       // SHA-256 MAC is TLS 1.2 only
        QVERIFY(has(QStringLiteral("TLSv1"), 0x000A));
        QVERIFY(has(QStringLiteral("SSLv3"), 0x0004));
        QVERIFY(!has(QStringLiteral("TLSv1.2"), 0x1301));
        QVERIFY(!has(QStringLiteral("TLSv1.2"), 0x0000));     // TLS_NULL_WITH_NULL_NULL is never offered
        QVERIFY(c.forVersion(QStringLiteral("SSLv2")).isEmpty());
        QVERIFY(c.forVersion(QStringLiteral("TLSv1.2")).size() > 256);   // more than two hellos' worth
    }

    void gradingRules()
    {
        QCOMPARE(gradeSuite(suite("TLS_RSA_WITH_NULL_SHA", "RSA", "RSA", "NULL", "SHA1", 0)), QStringLiteral("insecure"));
        QCOMPARE(gradeSuite(suite("TLS_DH_anon_WITH_AES_128_GCM_SHA256", "DHE", "anon", "AES-128-GCM", "AEAD", 128)),
                 QStringLiteral("insecure"));
        QCOMPARE(gradeSuite(suite("TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", "RSA", "RSA", "DES40-CBC", "SHA1", 40)),
                 QStringLiteral("insecure"));
        QCOMPARE(gradeSuite(suite("TLS_ECDHE_RSA_WITH_RC4_128_SHA", "ECDHE", "RSA", "RC4-128", "SHA1", 128)),
                 QStringLiteral("insecure"));
        QCOMPARE(gradeSuite(suite("TLS_DHE_RSA_WITH_DES_CBC_SHA", "DHE", "RSA", "DES-CBC", "SHA1", 56)), QStringLiteral("insecure"));
        QCOMPARE(gradeSuite(suite("TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "ECDHE", "RSA", "3DES-EDE-CBC", "SHA1", 112)),
                 QStringLiteral("weak"));
        QCOMPARE(gradeSuite(suite("TLS_RSA_WITH_IDEA_CBC_SHA", "RSA", "RSA", "IDEA-CBC", "SHA1", 128)), QStringLiteral("weak"));
        // Static RSA is weak even with the best cipher: no forward secrecy.
        QCOMPARE(gradeSuite(suite("TLS_RSA_WITH_AES_256_GCM_SHA384", "RSA", "RSA", "AES-256-GCM", "AEAD", 256)),
                 QStringLiteral("weak"));
        QCOMPARE(gradeSuite(suite("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "ECDHE", "RSA", "AES-128-CBC", "SHA1", 128)),
                 QStringLiteral("acceptable"));
        QCOMPARE(gradeSuite(suite("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "ECDHE", "ECDSA", "AES-128-CCM-8", "AEAD", 128)),
                 QStringLiteral("acceptable"));
        QCOMPARE(gradeSuite(suite("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "DHE", "RSA", "AES-128-GCM", "AEAD", 128)),
                 QStringLiteral("strong"));
        QVERIFY(gradeRank(QStringLiteral("insecure")) < gradeRank(QStringLiteral("weak")));
        QVERIFY(gradeRank(QStringLiteral("acceptable")) < gradeRank(QStringLiteral("strong")));
        QCOMPARE(gradeRank(QStringLiteral("bogus")), -1);
    }

    void everyRowFollowsTheRules()
    {
        for (const SuiteInfo &s : CipherCatalog::instance().suites())
            QVERIFY2(s.grade == gradeSuite(s), qPrintable(QStringLiteral("%1: csv %2, rules %3").arg(s.iana, s.grade, gradeSuite(s))));
    }

    void rejectsBrokenData()
    {
        const QByteArray sslv2 = "0x010080,SSL_CK_RC4_128_WITH_MD5,RC4-MD5,RSA,RSA,RC4-128,MD5,128,insecure\n";
        const QByteArray row = "0xC030,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,ECDHE-RSA-AES256-GCM-SHA384,,ECDHE,RSA,AES-256-GCM,AEAD,256,strong,TLSv1.2\n";
        QVERIFY(CipherCatalog::fromCsv("# comment\n" + row, sslv2).isValid());
        const CipherCatalog twice = CipherCatalog::fromCsv(row + row, sslv2);
        QVERIFY(!twice.isValid());
        QVERIFY(twice.error().contains(QLatin1String("twice")));
        QVERIFY(!CipherCatalog::fromCsv("0xC030,too,few\n", sslv2).isValid());
        QVERIFY(!CipherCatalog::fromCsv("0x1C030" + row.mid(6), sslv2).isValid());   // code beyond 16 bits
        QVERIFY(!CipherCatalog::fromCsv(QByteArray(), sslv2).isValid());
        // The legacy OpenSSL name is an optional last column.
        const QByteArray legacy = "0x000A,TLS_RSA_WITH_3DES_EDE_CBC_SHA,,,RSA,RSA,3DES-EDE-CBC,SHA1,112,weak,TLSv1.2,DES-CBC3-SHA\n";
        const CipherCatalog withLegacy = CipherCatalog::fromCsv(legacy, sslv2);
        QVERIFY2(withLegacy.isValid(), qPrintable(withLegacy.error()));
        QCOMPARE(withLegacy.byName(QStringLiteral("DES-CBC3-SHA"))->code, quint16(0x000A));
        QVERIFY(!CipherCatalog::fromCsv(legacy.trimmed() + ",one-too-many\n", sslv2).isValid());
    }

    void versionCodes()
    {
        QCOMPARE(versionWireCode(QStringLiteral("TLSv1.2")), 0x0303);
        QCOMPARE(versionWireCode(QStringLiteral("SSLv3")), 0x0300);
        QCOMPARE(versionFromWireCode(0x0304), QStringLiteral("TLSv1.3"));
        QCOMPARE(versionWireCode(QStringLiteral("TLSv9")), 0);
    }
};

MAILTLS_TEST_MAIN(TestCipherCatalog)
#include "test_cipher_catalog.moc"
