// DANE as a DANE-enforcing SMTP sender decides it (RFC 7672 over RFC 6698/7671), by OpenSSL's
// own DANE code: DANE-EE records of every selector and matching type, DANE-TA with the name
// check, dates ignored for DANE-EE only, usages 0 and 1 unusable, a key rollover's two
// records; and the TLSA parsers. Keys and certificates are made here with OpenSSL's API
// (EC P-256: fast), so every case names exactly the chain it needs.

#include <QtTest>

#include "ossl/handles.h"
#include "x509/certificate.h"
#include "x509/dane.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include "test_registry.h"

using namespace mailtls::core;

namespace {

ossl::EvpPkeyPtr newKey()
{
    return ossl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

struct CertSpec {
    QString commonName;
    QString dnsName;            // the one DNS SAN (leaves)
    bool ca = false;
    long notBeforeOffset = -3600;          // seconds from now
    long notAfterOffset = 30L * 86400;
};

// A certificate for `key`, signed by `issuerKey` under `issuer` (self-signed when null).
Certificate makeCertificate(EVP_PKEY *key, const CertSpec &spec, X509 *issuer, EVP_PKEY *issuerKey)
{
    ossl::X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return {};
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(spec.commonName.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.notBeforeOffset);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.notAfterOffset);
    X509_set_pubkey(cert.get(), key);
    X509 *signer = issuer ? issuer : cert.get();
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
           && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid");
    if (spec.ca) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE")
                && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
                && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature")
                && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        if (!spec.dnsName.isEmpty())
            ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name,
                                    QStringLiteral("DNS:%1").arg(spec.dnsName).toLatin1().constData());
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return Certificate::fromX509(cert.get());
}

TlsaRecord record(int usage, int selector, int matchingType, const Certificate &cert)
{
    TlsaRecord r;
    r.usage = usage;
    r.selector = selector;
    r.matchingType = matchingType;
    r.data = tlsaAssociationData(cert, selector, matchingType);
    return r;
}

const QString kMx = QStringLiteral("mx1.example.org");

} // namespace

class TestDane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void associationData();
    void daneEeMatches_data();
    void daneEeMatches();
    void daneEeOtherKeyFails();
    void daneEeIgnoresDatesAndNames();
    void daneEeOnlyAtTheLeaf();
    void daneTaMatchesWithName();
    void daneTaChecksTheName();
    void daneTaNeedsTheCaServed();
    void daneTaChecksDates();
    void pkixUsagesAreUnusable();
    void refusedRecordIsUnusable();
    void rolloverTwoRecords();
    void nothingToCheck();
    void noReferenceName();

    void parsePresentation_data();
    void parsePresentation();
    void parseRefuses_data();
    void parseRefuses();
    void fromRdata();
    void names();

private:
    ossl::EvpPkeyPtr caKey_;
    ossl::EvpPkeyPtr leafKey_;
    ossl::EvpPkeyPtr otherKey_;
    Certificate ca_;
    Certificate leaf_;          // signed by ca_, DNS:mx1.example.org
    Certificate otherNameLeaf_; // signed by ca_, DNS:mail.example.net
    Certificate expiredLeaf_;   // leafKey_, signed by ca_, expired yesterday
    Certificate otherLeaf_;     // otherKey_, self-signed
};

void TestDane::initTestCase()
{
    caKey_ = newKey();
    leafKey_ = newKey();
    otherKey_ = newKey();
    QVERIFY(caKey_ && leafKey_ && otherKey_);
    ca_ = makeCertificate(caKey_.get(), {QStringLiteral("DANE Test CA"), QString(), true}, nullptr, nullptr);
    QVERIFY(!ca_.isNull());
    leaf_ = makeCertificate(leafKey_.get(), {kMx, kMx}, ca_.handle(), caKey_.get());
    otherNameLeaf_ = makeCertificate(leafKey_.get(), {QStringLiteral("mail.example.net"), QStringLiteral("mail.example.net")},
                                     ca_.handle(), caKey_.get());
    CertSpec expired{kMx, kMx};
    expired.notBeforeOffset = -30L * 86400;
    expired.notAfterOffset = -86400;
    expiredLeaf_ = makeCertificate(leafKey_.get(), expired, ca_.handle(), caKey_.get());
    otherLeaf_ = makeCertificate(otherKey_.get(), {kMx, kMx}, nullptr, nullptr);
    QVERIFY(!leaf_.isNull() && !otherNameLeaf_.isNull() && !expiredLeaf_.isNull() && !otherLeaf_.isNull());
    QVERIFY(leaf_.isIssuedBy(ca_));
}

void TestDane::associationData()
{
    // Selector 1 + SHA-256 is the SPKI digest, which Certificate computes on its own.
    const QByteArray spkiSha256 = tlsaAssociationData(leaf_, 1, 1);
    QCOMPARE(spkiSha256.size(), 32);
    QCOMPARE(QString::fromLatin1(spkiSha256.toHex(':').toUpper()), leaf_.publicKeySha256());
    // The same key in another certificate gives the same SPKI data, another full-cert data.
    QCOMPARE(tlsaAssociationData(expiredLeaf_, 1, 1), spkiSha256);
    QVERIFY(tlsaAssociationData(expiredLeaf_, 0, 1) != tlsaAssociationData(leaf_, 0, 1));
    // Selector 0 + SHA-256 is the certificate's fingerprint; 0 0 is its DER.
    QCOMPARE(QString::fromLatin1(tlsaAssociationData(leaf_, 0, 1).toHex(':').toUpper()), leaf_.sha256Fingerprint());
    QCOMPARE(tlsaAssociationData(leaf_, 0, 0), leaf_.toDer());
    QCOMPARE(tlsaAssociationData(leaf_, 1, 2).size(), 64);
    QCOMPARE(tlsaAssociationData(leaf_, 1, 2),
             QCryptographicHash::hash(tlsaAssociationData(leaf_, 1, 0), QCryptographicHash::Sha512));
    QVERIFY(tlsaAssociationData(leaf_, 2, 1).isEmpty());
    QVERIFY(tlsaAssociationData(leaf_, 1, 3).isEmpty());
    QVERIFY(tlsaAssociationData(Certificate(), 1, 1).isEmpty());
}

void TestDane::daneEeMatches_data()
{
    QTest::addColumn<int>("selector");
    QTest::addColumn<int>("matchingType");
    QTest::newRow("3 1 1") << 1 << 1;
    QTest::newRow("3 0 1") << 0 << 1;
    QTest::newRow("3 1 2") << 1 << 2;
    QTest::newRow("3 0 0") << 0 << 0;
    QTest::newRow("3 1 0") << 1 << 0;
    QTest::newRow("3 0 2") << 0 << 2;
}

void TestDane::daneEeMatches()
{
    QFETCH(int, selector);
    QFETCH(int, matchingType);
    const DaneVerification v = verifyDane({leaf_, ca_}, {record(3, selector, matchingType, leaf_)}, {kMx});
    QVERIFY(v.attempted);
    QVERIFY2(v.verified, qPrintable(v.error));
    QVERIFY(v.error.isEmpty());
    QCOMPARE(v.matchedRecord, 0);
    QCOMPARE(v.matchedDepth, 0);
    QCOMPARE(v.recordDepths, QList<int>{0});
}

void TestDane::daneEeOtherKeyFails()
{
    const DaneVerification v = verifyDane({leaf_, ca_}, {record(3, 1, 1, otherLeaf_)}, {kMx});
    QVERIFY(v.attempted);
    QVERIFY(!v.verified);
    // OpenSSL's words for X509_V_ERR_DANE_NO_MATCH.
    QCOMPARE(v.error, QString::fromUtf8(X509_verify_cert_error_string(X509_V_ERR_DANE_NO_MATCH)));
    QCOMPARE(v.matchedRecord, -1);
    QCOMPARE(v.matchedDepth, -1);
    QCOMPARE(v.recordDepths, QList<int>{-1});
}

void TestDane::daneEeIgnoresDatesAndNames()
{
    // RFC 7672 §3.1.1: a DANE-EE match stands whatever the dates and names say.
    const DaneVerification expired = verifyDane({expiredLeaf_, ca_}, {record(3, 1, 1, expiredLeaf_)}, {kMx});
    QVERIFY2(expired.verified, qPrintable(expired.error));
    const DaneVerification otherName = verifyDane({otherNameLeaf_}, {record(3, 1, 1, otherNameLeaf_)}, {kMx});
    QVERIFY2(otherName.verified, qPrintable(otherName.error));
    // A self-signed leaf alone is fine too: no issuer is needed.
    const DaneVerification self = verifyDane({otherLeaf_}, {record(3, 0, 1, otherLeaf_)}, {kMx});
    QVERIFY2(self.verified, qPrintable(self.error));
}

void TestDane::daneEeOnlyAtTheLeaf()
{
    // A DANE-EE record of the CA is not a trust anchor: OpenSSL looks for usage 3 at depth 0 only.
    const DaneVerification v = verifyDane({leaf_, ca_}, {record(3, 1, 1, ca_)}, {kMx});
    QVERIFY(!v.verified);
    QCOMPARE(v.recordDepths, QList<int>{-1});
    // And a DANE-TA record of the leaf itself is no match either.
    const DaneVerification ta = verifyDane({leaf_, ca_}, {record(2, 1, 1, leaf_)}, {kMx});
    QVERIFY(!ta.verified);
    QCOMPARE(ta.recordDepths, QList<int>{-1});
}

void TestDane::daneTaMatchesWithName()
{
    const DaneVerification v = verifyDane({leaf_, ca_}, {record(2, 1, 1, ca_)}, {kMx, QStringLiteral("mx1.example.org.")});
    QVERIFY2(v.verified, qPrintable(v.error));
    QCOMPARE(v.matchedRecord, 0);
    QCOMPARE(v.matchedDepth, 1);
    QCOMPARE(v.recordDepths, QList<int>{1});
    // The name is compared without regard to case or a trailing dot.
    const DaneVerification upper = verifyDane({leaf_, ca_}, {record(2, 0, 1, ca_)}, {QStringLiteral("MX1.Example.ORG.")});
    QVERIFY2(upper.verified, qPrintable(upper.error));
    // A second reference name (the TLSA base domain after a CNAME) is accepted as well.
    const DaneVerification second = verifyDane({leaf_, ca_}, {record(2, 1, 1, ca_)},
                                               {QStringLiteral("mx.example.com"), kMx});
    QVERIFY2(second.verified, qPrintable(second.error));
}

void TestDane::daneTaChecksTheName()
{
    const DaneVerification v = verifyDane({otherNameLeaf_, ca_}, {record(2, 1, 1, ca_)}, {kMx});
    QVERIFY(v.attempted);
    QVERIFY(!v.verified);
    QCOMPARE(v.error, QString::fromUtf8(X509_verify_cert_error_string(X509_V_ERR_HOSTNAME_MISMATCH)));
    // The record did match (the CA is served); the name is what failed.
    QCOMPARE(v.recordDepths, QList<int>{1});
    QCOMPARE(v.matchedRecord, 0);
    QCOMPARE(v.matchedDepth, 1);
}

void TestDane::daneTaNeedsTheCaServed()
{
    const DaneVerification v = verifyDane({leaf_}, {record(2, 1, 1, ca_)}, {kMx});
    QVERIFY(v.attempted);
    QVERIFY(!v.verified);
    QVERIFY(!v.error.isEmpty());
    QCOMPARE(v.recordDepths, QList<int>{-1});
    QCOMPARE(v.matchedRecord, -1);
}

void TestDane::daneTaChecksDates()
{
    // DANE-TA is a chain like PKIX's, dates included (RFC 7671 §5.2.2 leaves names and dates on).
    const DaneVerification v = verifyDane({expiredLeaf_, ca_}, {record(2, 1, 1, ca_)}, {kMx});
    QVERIFY(!v.verified);
    QCOMPARE(v.error, QString::fromUtf8(X509_verify_cert_error_string(X509_V_ERR_CERT_HAS_EXPIRED)));
}

void TestDane::pkixUsagesAreUnusable()
{
    // RFC 7672 §3.1.3: PKIX-TA(0) and PKIX-EE(1) are not used by SMTP, even when they match.
    const QList<TlsaRecord> pkix = {record(0, 1, 1, ca_), record(1, 1, 1, leaf_)};
    const DaneVerification only = verifyDane({leaf_, ca_}, pkix, {kMx});
    QVERIFY(only.attempted);
    QVERIFY(!only.verified);
    QCOMPARE(only.recordDepths, (QList<int>{-2, -2}));
    QVERIFY(only.error.contains(QLatin1String("no usable TLSA record")));
    QCOMPARE(only.matchedRecord, -1);

    // Beside a usable record they change nothing.
    const DaneVerification mixed = verifyDane({leaf_, ca_}, pkix + QList<TlsaRecord>{record(3, 1, 1, leaf_)}, {kMx});
    QVERIFY2(mixed.verified, qPrintable(mixed.error));
    QCOMPARE(mixed.recordDepths, (QList<int>{-2, -2, 0}));
    QCOMPARE(mixed.matchedRecord, 2);
}

void TestDane::refusedRecordIsUnusable()
{
    // 3 0 0 whose data is no certificate: OpenSSL refuses it (SSL_dane_tlsa_add returns 0).
    TlsaRecord garbage;
    garbage.usage = 3;
    garbage.selector = 0;
    garbage.matchingType = 0;
    garbage.data = QByteArray("not a certificate");
    TlsaRecord unknownUsage = record(3, 1, 1, leaf_);
    unknownUsage.usage = 4;
    const DaneVerification v = verifyDane({leaf_, ca_}, {garbage, unknownUsage, record(3, 1, 1, leaf_)}, {kMx});
    QVERIFY2(v.verified, qPrintable(v.error));
    QCOMPARE(v.recordDepths, (QList<int>{-2, -2, 0}));
    QCOMPARE(v.matchedRecord, 2);
}

void TestDane::rolloverTwoRecords()
{
    // RFC 7671 §8.1: the current key's record and the next key's, published side by side.
    const TlsaRecord current = record(3, 1, 1, leaf_);
    const TlsaRecord next = record(3, 1, 1, otherLeaf_);
    const DaneVerification before = verifyDane({leaf_, ca_}, {current, next}, {kMx});
    QVERIFY2(before.verified, qPrintable(before.error));
    QCOMPARE(before.recordDepths, (QList<int>{0, -1}));
    QCOMPARE(before.matchedRecord, 0);

    // After the switch the server serves the next key: the other record matches.
    const DaneVerification after = verifyDane({otherLeaf_}, {current, next}, {kMx});
    QVERIFY2(after.verified, qPrintable(after.error));
    QCOMPARE(after.recordDepths, (QList<int>{-1, 0}));
    QCOMPARE(after.matchedRecord, 1);
    QCOMPARE(after.matchedDepth, 0);

    // A DANE-EE and a DANE-TA record together: the leaf's matches first.
    const DaneVerification both = verifyDane({leaf_, ca_}, {record(2, 1, 1, ca_), current}, {kMx});
    QVERIFY2(both.verified, qPrintable(both.error));
    QCOMPARE(both.recordDepths, (QList<int>{1, 0}));
    QCOMPARE(both.matchedRecord, 1);
    QCOMPARE(both.matchedDepth, 0);
}

void TestDane::nothingToCheck()
{
    const DaneVerification noRecords = verifyDane({leaf_}, {}, {kMx});
    QVERIFY(!noRecords.attempted);
    QVERIFY(!noRecords.verified);
    QVERIFY(noRecords.recordDepths.isEmpty());
    const DaneVerification noChain = verifyDane({}, {record(3, 1, 1, leaf_)}, {kMx});
    QVERIFY(!noChain.attempted);
    QVERIFY(!noChain.verified);
}

void TestDane::noReferenceName()
{
    const DaneVerification v = verifyDane({leaf_, ca_}, {record(3, 1, 1, leaf_)}, {QStringLiteral(" ")});
    QVERIFY(v.attempted);
    QVERIFY(!v.verified);
    QVERIFY(v.error.contains(QLatin1String("reference name")));
    // Our own look still says which record equals what.
    QCOMPARE(v.recordDepths, QList<int>{0});
}

void TestDane::parsePresentation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("usage");
    QTest::addColumn<int>("selector");
    QTest::addColumn<int>("matchingType");
    QTest::addColumn<QByteArray>("data");
    const QByteArray digest = QByteArray::fromHex(QByteArray("0123456789abcdef").repeated(4));
    const QString hex = QString::fromLatin1(digest.toHex());
    QTest::newRow("plain") << QStringLiteral("3 1 1 %1").arg(hex) << 3 << 1 << 1 << digest;
    QTest::newRow("upper case") << QStringLiteral("3 1 1 %1").arg(hex.toUpper()) << 3 << 1 << 1 << digest;
    QTest::newRow("spaces inside the data") << QStringLiteral("  2 0 1  %1 %2\t%3 ").arg(hex.left(10), hex.mid(10, 30), hex.mid(40))
                                            << 2 << 0 << 1 << digest;
    QTest::newRow("line breaks") << QStringLiteral("3 1 1\n%1\n%2").arg(hex.left(32), hex.mid(32)) << 3 << 1 << 1 << digest;
    QTest::newRow("sha-512") << QStringLiteral("3 1 2 %1").arg(hex + hex) << 3 << 1 << 2 << digest + digest;
    QTest::newRow("full data any length") << QStringLiteral("3 0 0 0a0b") << 3 << 0 << 0 << QByteArray("\x0a\x0b");
    QTest::newRow("unknown usage parses") << QStringLiteral("7 1 1 %1").arg(hex) << 7 << 1 << 1 << digest;
    QTest::newRow("255") << QStringLiteral("255 255 255 00") << 255 << 255 << 255 << QByteArray(1, '\0');
}

void TestDane::parsePresentation()
{
    QFETCH(QString, text);
    QFETCH(int, usage);
    QFETCH(int, selector);
    QFETCH(int, matchingType);
    QFETCH(QByteArray, data);
    TlsaRecord r;
    QString why;
    QVERIFY2(parseTlsaRecord(text, &r, &why), qPrintable(why));
    QCOMPARE(r.usage, usage);
    QCOMPARE(r.selector, selector);
    QCOMPARE(r.matchingType, matchingType);
    QCOMPARE(r.data, data);
    // text() gives the presentation form back, hex upper case, and it parses to the same record.
    TlsaRecord again;
    QVERIFY(parseTlsaRecord(r.text(), &again));
    QVERIFY(again == r);
    QCOMPARE(r.text(), QStringLiteral("%1 %2 %3 %4").arg(usage).arg(selector).arg(matchingType)
                           .arg(QString::fromLatin1(data.toHex().toUpper())));
}

void TestDane::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");   // a word of the reason
    const QString hex32 = QStringLiteral("ab").repeated(32);
    QTest::newRow("empty") << QString() << "four fields";
    QTest::newRow("three fields") << QStringLiteral("3 1 1") << "four fields";
    QTest::newRow("bad hex") << QStringLiteral("3 1 1 %1").arg(hex32.left(62) + QStringLiteral("zz")) << "hex";
    QTest::newRow("odd hex") << QStringLiteral("3 0 0 abc") << "odd";
    QTest::newRow("sha-256 too short") << QStringLiteral("3 1 1 %1").arg(hex32.left(62)) << "32 bytes";
    QTest::newRow("sha-256 too long") << QStringLiteral("3 1 1 %1").arg(hex32 + QStringLiteral("00")) << "32 bytes";
    QTest::newRow("sha-512 given 32 bytes") << QStringLiteral("3 1 2 %1").arg(hex32) << "64 bytes";
    QTest::newRow("usage 256") << QStringLiteral("256 1 1 %1").arg(hex32) << "usage";
    QTest::newRow("negative selector") << QStringLiteral("3 -1 1 %1").arg(hex32) << "selector";
    QTest::newRow("matching type word") << QStringLiteral("3 1 sha256 %1").arg(hex32) << "matching type";
    QTest::newRow("plus sign") << QStringLiteral("+3 1 1 %1").arg(hex32) << "usage";
    QTest::newRow("huge number") << QStringLiteral("99999999999999999999 1 1 %1").arg(hex32) << "usage";
}

void TestDane::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    TlsaRecord r;
    r.usage = 9;
    QString reason;
    QVERIFY(!parseTlsaRecord(text, &r, &reason));
    QVERIFY2(reason.contains(why), qPrintable(reason));
    QCOMPARE(r.usage, 9);   // untouched
    QVERIFY(!parseTlsaRecord(text, &r));   // no reason wanted: fine too
}

void TestDane::fromRdata()
{
    const QByteArray digest(32, '\x5a');
    TlsaRecord r;
    QString why;
    QVERIFY2(tlsaFromRdata(QByteArray("\x03\x01\x01", 3) + digest, &r, &why), qPrintable(why));
    QCOMPARE(r.usage, 3);
    QCOMPARE(r.selector, 1);
    QCOMPARE(r.matchingType, 1);
    QCOMPARE(r.data, digest);
    QVERIFY(tlsaFromRdata(QByteArray("\x02\x00\x00\xff", 4), &r));
    QCOMPARE(r.usage, 2);
    QCOMPARE(r.data, QByteArray("\xff"));
    QVERIFY(tlsaFromRdata(QByteArray("\xff\xfe\xfd\x00", 4), &r));
    QCOMPARE(r.usage, 255);
    QCOMPARE(r.selector, 254);
    QCOMPARE(r.matchingType, 253);

    QVERIFY(!tlsaFromRdata(QByteArray(), &r, &why));
    QVERIFY(why.contains(QLatin1String("at least 4")));
    QVERIFY(!tlsaFromRdata(QByteArray("\x03\x01\x01", 3), &r, &why));
    QVERIFY(!tlsaFromRdata(QByteArray("\x03\x01\x01", 3) + digest.left(31), &r, &why));
    QVERIFY2(why.contains(QLatin1String("32 bytes")), qPrintable(why));
    QVERIFY(!tlsaFromRdata(QByteArray("\x03\x01\x02", 3) + digest, &r, &why));
    QVERIFY2(why.contains(QLatin1String("64 bytes")), qPrintable(why));
}

void TestDane::names()
{
    QCOMPARE(tlsaUsageName(0), QStringLiteral("PKIX-TA"));
    QCOMPARE(tlsaUsageName(1), QStringLiteral("PKIX-EE"));
    QCOMPARE(tlsaUsageName(2), QStringLiteral("DANE-TA"));
    QCOMPARE(tlsaUsageName(3), QStringLiteral("DANE-EE"));
    QCOMPARE(tlsaUsageName(7), QStringLiteral("usage 7"));
    QCOMPARE(tlsaSelectorName(0), QStringLiteral("Cert"));
    QCOMPARE(tlsaSelectorName(1), QStringLiteral("SPKI"));
    QCOMPARE(tlsaSelectorName(2), QStringLiteral("selector 2"));
    QCOMPARE(tlsaMatchingTypeName(0), QStringLiteral("Full"));
    QCOMPARE(tlsaMatchingTypeName(1), QStringLiteral("SHA-256"));
    QCOMPARE(tlsaMatchingTypeName(2), QStringLiteral("SHA-512"));
    QCOMPARE(tlsaMatchingTypeName(3), QStringLiteral("matching type 3"));
}

MAILTLS_TEST_MAIN(TestDane)
#include "test_dane.moc"
