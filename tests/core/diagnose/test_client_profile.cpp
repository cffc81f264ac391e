// Client offers: the built-in profiles load completely, a broken profile says why, and a
// pasted cipher list becomes an offer with the versions it implies.
#include <QTest>

#include "diagnose/client_profile.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestClientProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profilesLoadCompletely();
    void badProfilesSayWhy();
    void offerFromPastedList();
};

void TestClientProfile::profilesLoadCompletely()
{
    QVERIFY2(profileLoadErrors().isEmpty(), qPrintable(profileLoadErrors().join(QLatin1Char('\n'))));
    const QStringList required = {QStringLiteral("openssl3-default"), QStringLiteral("openssl102-default"),
                                  QStringLiteral("gnutls-normal-dh2048"), QStringLiteral("exim4-gnutls"),
                                  QStringLiteral("postfix3-openssl"), QStringLiteral("exchange-online"), QStringLiteral("gmail"),
                                  QStringLiteral("java8"), QStringLiteral("gateway-rsa-legacy")};
    for (const QString &name : required) {
        const ClientProfile *p = findProfile(name);
        QVERIFY2(p, qPrintable(name));
        QVERIFY2(p->offer.unknownNames.isEmpty(), qPrintable(name + QLatin1String(": ") + p->offer.unknownNames.join(QLatin1Char(','))));
        QVERIFY2(!p->offer.source.isEmpty(), qPrintable(name));
    }
    const ClientOffer &gateway = findProfile(QStringLiteral("gateway-rsa-legacy"))->offer;
    QCOMPARE(gateway.ciphers.size(), 14);
    QCOMPARE(gateway.effectiveVersions().last(), QStringLiteral("TLSv1.2"));
    QCOMPARE(findProfile(QStringLiteral("gnutls-normal-dh2048"))->offer.minDhBits, 2048);
    QCOMPARE(findProfile(QStringLiteral("openssl3-default"))->offer.effectiveVersions(),
             (QStringList{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    QVERIFY(findProfile(QStringLiteral("GMAIL")));   // case-insensitive
    QVERIFY(!findProfile(QStringLiteral("nobody")));
}

void TestClientProfile::badProfilesSayWhy()
{
    Error error;
    ClientOffer offer;
    QVERIFY(!parseClientProfile("{\"name\":\"x\",\"title\":\"t\",\"source\":\"s\",\"versions\":[\"TLSv9\"],\"ciphers\":[\"AES128-SHA\"]}",
                                &offer, &error));
    QVERIFY(error.message.contains(QLatin1String("TLSv9")));
    QCOMPARE(error.kind, ErrorKind::BadFormat);
    error = Error();
    QVERIFY(!parseClientProfile("not json", &offer, &error));
    QVERIFY(error.message.startsWith(QLatin1String("not a JSON object")));
    QCOMPARE(error.kind, ErrorKind::BadFormat);
}

void TestClientProfile::offerFromPastedList()
{
    // The gateway's list (legacy OpenSSL names kept in place): TLS 1.0 - 1.2, no TLS 1.3 suite.
    const ClientOffer offer = offerFromCipherList(parseCipherList(QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384:RC4-SHA:DES-CBC3-SHA")));
    QCOMPARE(offer.name, QStringLiteral("custom"));
    QCOMPARE(offer.ciphers, (QList<quint16>{0xC030, 0x0005, 0x000A}));
    QCOMPARE(offer.effectiveVersions(), (QStringList{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")}));
    QVERIFY(offer.unknownNames.isEmpty());
    const ClientOffer modern = offerFromCipherList(parseCipherList(QStringLiteral("TLS_AES_128_GCM_SHA256 TLS_RSA_WITH_AES_128_CBC_SHA")));
    QCOMPARE(modern.effectiveVersions().last(), QStringLiteral("TLSv1.3"));
}

MAILTLS_TEST_MAIN(TestClientProfile)
#include "test_client_profile.moc"
