// What a key is and how it is spelled: the one reading of an EVP_PKEY that certificates, loaded
// key files, requests and generated keys share, and the one text every report, view and
// command prints.

#include <QtTest>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include "certificate_fixtures.h"
#include "ossl/handles.h"
#include "x509/key_info.h"
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

Q_DECLARE_METATYPE(KeyInfo)

namespace {

ossl::EvpPkeyPtr generate(const char *algorithm, const char *group)
{
    if (group)
        return ossl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm, group));
    return ossl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm));
}

// A key from generated domain parameters (DSA) or a named group (DH: RFC 7919 ffdhe2048).
ossl::EvpPkeyPtr generateWithParameters(const char *algorithm, const char *group, size_t bits)
{
    ossl::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
    if (!ctx)
        return nullptr;
    EVP_PKEY *key = nullptr;
    if (group) {
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char *>(group), 0),
                                     OSSL_PARAM_construct_end()};
        if (EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_params(ctx.get(), params) <= 0
            || EVP_PKEY_keygen(ctx.get(), &key) <= 0)
            return nullptr;
        return ossl::EvpPkeyPtr(key);
    }
    EVP_PKEY *domain = nullptr;
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_size_t(OSSL_PKEY_PARAM_FFC_PBITS, &bits), OSSL_PARAM_construct_end()};
    if (EVP_PKEY_paramgen_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_params(ctx.get(), params) <= 0
        || EVP_PKEY_paramgen(ctx.get(), &domain) <= 0)
        return nullptr;
    ossl::EvpPkeyPtr domainOwner(domain);
    ossl::EvpPkeyCtxPtr keyCtx(EVP_PKEY_CTX_new_from_pkey(nullptr, domain, nullptr));
    if (!keyCtx || EVP_PKEY_keygen_init(keyCtx.get()) <= 0 || EVP_PKEY_keygen(keyCtx.get(), &key) <= 0)
        return nullptr;
    return ossl::EvpPkeyPtr(key);
}

} // namespace

class TestKeyInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullKey()
    {
        const KeyInfo none = keyInfoOf(nullptr);
        QVERIFY(none.type.isEmpty());
        QCOMPARE(none.bits, 0);
        QVERIFY(Certificate().key().type.isEmpty());
    }

    void everyKeyType_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("reading");   // KeyInfo as "type bits curve"
        QTest::addColumn<QString>("longText");
        QTest::addColumn<QString>("shortText");
        QTest::newRow("RSA 2048") << "RSA" << "" << "RSA 2048" << "RSA 2048" << "RSA 2048";
        // OpenSSL takes the NIST alias and the short name alike; the key reads back the same.
        QTest::newRow("EC P-256") << "EC" << "P-256" << "EC 256 prime256v1" << "EC 256 (prime256v1)" << "EC P-256";
        QTest::newRow("EC prime256v1") << "EC" << "prime256v1" << "EC 256 prime256v1" << "EC 256 (prime256v1)" << "EC P-256";
        QTest::newRow("EC P-384") << "EC" << "P-384" << "EC 384 secp384r1" << "EC 384 (secp384r1)" << "EC P-384";
        QTest::newRow("EC secp384r1") << "EC" << "secp384r1" << "EC 384 secp384r1" << "EC 384 (secp384r1)" << "EC P-384";
        // No NIST name: the short form keeps OpenSSL's.
        QTest::newRow("EC brainpool") << "EC" << "brainpoolP256r1" << "EC 256 brainpoolP256r1" << "EC 256 (brainpoolP256r1)"
                                      << "EC brainpoolP256r1";
        QTest::newRow("Ed25519") << "ED25519" << "" << "Ed25519 256" << "Ed25519" << "Ed25519";
        QTest::newRow("Ed448") << "ED448" << "" << "Ed448 456" << "Ed448" << "Ed448";
        QTest::newRow("DSA 2048") << "DSA" << "" << "DSA 2048" << "DSA 2048" << "DSA 2048";
        QTest::newRow("DH ffdhe2048") << "DH" << "ffdhe2048" << "DH 2048" << "DH 2048" << "DH 2048";
        // X9.42 DH is DH to a user, not OpenSSL's "DHX".
        QTest::newRow("DHX") << "DHX" << "dh_2048_256" << "DH 2048" << "DH 2048" << "DH 2048";
    }

    void everyKeyType()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, group);
        QFETCH(QString, reading);
        QFETCH(QString, longText);
        QFETCH(QString, shortText);
        const QByteArray alg = algorithm.toLatin1();
        const QByteArray grp = group.toLatin1();
        ossl::EvpPkeyPtr key;
        if (algorithm == QLatin1String("RSA"))
            key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
        else if (algorithm == QLatin1String("DSA"))
            key = generateWithParameters("DSA", nullptr, 2048);
        else if (algorithm.startsWith(QLatin1String("DH")))
            key = generateWithParameters(alg.constData(), grp.constData(), 0);
        else
            key = generate(alg.constData(), group.isEmpty() ? nullptr : grp.constData());
        QVERIFY2(key, qPrintable(algorithm));

        const KeyInfo info = keyInfoOf(key.get());
        QCOMPARE(QStringLiteral("%1 %2 %3").arg(info.type).arg(info.bits).arg(info.curve).trimmed(), reading);
        QCOMPARE(keyInfoText(info), longText);
        QCOMPARE(keyInfoText(info, KeyTextForm::Short), shortText);
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void certificateKeysReadTheSame()
    {
        // A certificate's key reads as the key itself does, and prints as the reports print it.
        const QList<QPair<QString, QString>> fixtures = {
            {QStringLiteral("leaf-rsa2048.pem"), QStringLiteral("RSA 2048")},
            {QStringLiteral("leaf-rsa1024-sha1.pem"), QStringLiteral("RSA 1024")},
            {QStringLiteral("leaf-ec-p256.pem"), QStringLiteral("EC 256 (prime256v1)")},
            {QStringLiteral("selfsigned-ed25519.pem"), QStringLiteral("Ed25519")},
        };
        for (const auto &[file, text] : fixtures) {
            const Certificate cert = loadOne(file);
            QVERIFY2(!cert.isNull(), qPrintable(file));
            const KeyInfo fromCertificate = cert.key();
            const KeyInfo fromKey = keyInfoOf(X509_get0_pubkey(cert.handle()));
            QCOMPARE(fromCertificate.type, fromKey.type);
            QCOMPARE(fromCertificate.bits, fromKey.bits);
            QCOMPARE(fromCertificate.curve, fromKey.curve);
            QCOMPARE(keyInfoText(fromCertificate), text);
        }
    }

    void textOfDescribedKeys_data()
    {
        QTest::addColumn<KeyInfo>("key");
        QTest::addColumn<int>("form");
        QTest::addColumn<QString>("text");
        // Formerly ReportPrinter::keyText, the spelling of `mailtls session` and `cert inspect`.
        QTest::newRow("RSA") << KeyInfo{QStringLiteral("RSA"), 2048, QString()} << int(KeyTextForm::Long) << "RSA 2048";
        QTest::newRow("EC") << KeyInfo{QStringLiteral("EC"), 256, QStringLiteral("prime256v1")} << int(KeyTextForm::Long)
                            << "EC 256 (prime256v1)";
        QTest::newRow("Ed25519") << KeyInfo{QStringLiteral("Ed25519"), 256, QString()} << int(KeyTextForm::Long) << "Ed25519";
        // Nothing known, or no size known.
        QTest::newRow("nothing") << KeyInfo() << int(KeyTextForm::Long) << "unknown";
        QTest::newRow("nothing, short") << KeyInfo() << int(KeyTextForm::Short) << "unknown";
        QTest::newRow("no size") << KeyInfo{QStringLiteral("SM2"), 0, QString()} << int(KeyTextForm::Long) << "SM2";
        QTest::newRow("RSA-PSS, short") << KeyInfo{QStringLiteral("RSA-PSS"), 3072, QString()} << int(KeyTextForm::Short)
                                        << "RSA-PSS 3072";
    }

    void textOfDescribedKeys()
    {
        QFETCH(KeyInfo, key);
        QFETCH(int, form);
        QFETCH(QString, text);
        QCOMPARE(keyInfoText(key, KeyTextForm(form)), text);
    }

};

MAILTLS_TEST_MAIN(TestKeyInfo)
#include "test_key_info.moc"
