// RFC 6125 name matching as OpenSSL decides it: patterns alone, then against real certificates,
// with the list of entries compared that the explanation shows.

#include <QTemporaryDir>
#include <QtTest>

#include "certificate_fixtures.h"
#include "x509/certificate.h"
#include "x509/hostname.h"

#include <openssl/x509_vfy.h>
#include "test_registry.h"

using namespace mailtls::core;
using namespace mailtls::test;

class TestHostname : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pattern_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");

        QTest::newRow("exact") << "mail.example.org" << "mail.example.org" << true;
        QTest::newRow("different host") << "mail.example.org" << "mx.example.org" << false;
        QTest::newRow("suffix is not a match") << "example.org" << "mail.example.org" << false;
        QTest::newRow("case") << "Mail.Example.ORG" << "mail.EXAMPLE.org" << true;
        QTest::newRow("trailing dot on host") << "mail.example.org" << "mail.example.org." << true;
        QTest::newRow("trailing dot on pattern") << "mail.example.org." << "mail.example.org" << true;
        QTest::newRow("empty host") << "mail.example.org" << "" << false;
        QTest::newRow("empty pattern") << "" << "mail.example.org" << false;
        QTest::newRow("empty label") << "mail..example.org" << "mail..example.org" << false;

        QTest::newRow("wildcard one label") << "*.example.org" << "mx1.example.org" << true;
        QTest::newRow("wildcard case") << "*.EXAMPLE.org" << "MX1.example.ORG." << true;
        QTest::newRow("wildcard not bare domain") << "*.example.org" << "example.org" << false;
        QTest::newRow("wildcard not two labels") << "*.example.org" << "a.b.example.org" << false;
        QTest::newRow("wildcard other domain") << "*.example.org" << "mx1.example.net" << false;
        QTest::newRow("wildcard empty label") << "*.example.org" << ".example.org" << false;
        QTest::newRow("no *.com") << "*.com" << "example.com" << false;
        QTest::newRow("no *.co") << "*.co" << "example.co" << false;
        QTest::newRow("no bare *") << "*" << "localhost" << false;
        QTest::newRow("partial f*o rejected") << "f*o.example.org" << "foo.example.org" << false;
        QTest::newRow("partial mx* rejected") << "mx*.example.org" << "mx1.example.org" << false;
        QTest::newRow("partial *x rejected") << "*x.example.org" << "mx.example.org" << false;
        QTest::newRow("wildcard not left-most") << "mail.*.org" << "mail.example.org" << false;
        QTest::newRow("two wildcards") << "*.*.example.org" << "a.b.example.org" << false;
        QTest::newRow("wildcard never an IP") << "*.0.0.1" << "127.0.0.1" << false;
        QTest::newRow("literal star host") << "*.example.org" << "*.example.org" << true;
        QTest::newRow("idn ace") << "xn--mller-kva.example.org" << "müller.example.org" << true;
        QTest::newRow("idn wildcard") << "*.example.org" << "müller.example.org" << true;
    }

    void pattern()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        QCOMPARE(hostnameMatchesPattern(pattern, host), matches);
    }

    void sanCertificate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matched");
        QTest::addColumn<QString>("matchedBy");

        QTest::newRow("dns exact") << "mail.example.org" << true << "DNS:mail.example.org";
        QTest::newRow("dns case and dot") << "MAIL.Example.org." << true << "DNS:mail.example.org";
        QTest::newRow("wildcard one label") << "in.mx.example.org" << true << "DNS:*.mx.example.org";
        QTest::newRow("wildcard bare domain") << "mx.example.org" << false << "";
        QTest::newRow("wildcard two labels") << "a.in.mx.example.org" << false << "";
        QTest::newRow("other host") << "smtp.example.net" << false << "";
        QTest::newRow("ipv4") << "127.0.0.1" << true << "IP:127.0.0.1";
        QTest::newRow("ipv4 other") << "127.0.0.2" << false << "";
        QTest::newRow("ipv6") << "2001:db8::25" << true << "IP:2001:db8::25";
        QTest::newRow("ipv6 long form, brackets") << "[2001:DB8:0:0:0:0:0:25]" << true << "IP:2001:db8::25";
        QTest::newRow("ipv6 other") << "::1" << false << "";
        QTest::newRow("email is not a host name") << "postmaster@example.org" << false << "";
    }

    void sanCertificate()
    {
        QFETCH(QString, name);
        QFETCH(bool, matched);
        QFETCH(QString, matchedBy);
        const Certificate cert = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        QVERIFY(!cert.isNull());
        const HostnameCheck check = checkHostname(cert, name);
        QCOMPARE(check.matched, matched);
        QCOMPARE(check.matchedBy, matchedBy);
        QVERIFY(!check.usedCommonName);
    }

    void ipLiteralsOnlyConsultIpSans()
    {
        const Certificate cert = loadOne(QStringLiteral("leaf-rsa2048.pem"));
        const HostnameCheck ip = checkHostname(cert, QStringLiteral("192.0.2.1"));
        QCOMPARE(ip.candidates, QStringList({QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:2001:db8::25")}));
        const HostnameCheck dns = checkHostname(cert, QStringLiteral("smtp.example.net"));
        QCOMPARE(dns.candidates, QStringList({QStringLiteral("DNS:mail.example.org"), QStringLiteral("DNS:*.mx.example.org")}));

        // A certificate with only a CN: an IP literal never falls back to it.
        const Certificate legacy = loadOne(QStringLiteral("selfsigned-cn-only.pem"));
        const HostnameCheck legacyIp = checkHostname(legacy, QStringLiteral("127.0.0.1"));
        QVERIFY(!legacyIp.matched);
        QVERIFY(!legacyIp.usedCommonName);
        QVERIFY(legacyIp.candidates.isEmpty());
    }

    void commonNameOnlyWithoutDnsSans()
    {
        const Certificate legacy = loadOne(QStringLiteral("selfsigned-cn-only.pem"));
        QVERIFY(!legacy.isNull());
        const HostnameCheck hit = checkHostname(legacy, QStringLiteral("Legacy.Example.org."));
        QVERIFY(hit.matched);
        QVERIFY(hit.usedCommonName);
        QCOMPARE(hit.matchedBy, QStringLiteral("CN=legacy.example.org"));
        QCOMPARE(hit.candidates, QStringList{QStringLiteral("CN=legacy.example.org")});

        const HostnameCheck miss = checkHostname(legacy, QStringLiteral("mail.example.org"));
        QVERIFY(!miss.matched);
        QVERIFY(miss.usedCommonName);

        // CN names one host, the SAN another: the CN is ignored because a DNS SAN exists.
        const Certificate both = loadOne(QStringLiteral("leaf-cn-and-san.pem"));
        QVERIFY(!both.isNull());
        const HostnameCheck cnIgnored = checkHostname(both, QStringLiteral("cn-only.example.org"));
        QVERIFY(!cnIgnored.matched);
        QVERIFY(!cnIgnored.usedCommonName);
        QCOMPARE(cnIgnored.candidates, QStringList{QStringLiteral("DNS:san.example.org")});
        QVERIFY(checkHostname(both, QStringLiteral("san.example.org")).matched);
    }

    void everyCommonNameIsCompared()
    {
        // OpenSSL compares every CN of a certificate without DNS SANs; the listing names them all.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Certificate cert = makeSelfSigned(dir.path(), QStringLiteral("/CN=*.first.example.org/CN=second.example.org"),
                                                {QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:192.0.2.7")});
        QVERIFY(!cert.isNull());
        const HostnameCheck first = checkHostname(cert, QStringLiteral("mx.first.example.org"));
        QVERIFY(first.matched);
        QVERIFY(first.usedCommonName);   // an IP SAN is no DNS SAN
        QCOMPARE(first.matchedBy, QStringLiteral("CN=*.first.example.org"));
        QCOMPARE(first.candidates, (QStringList{QStringLiteral("CN=*.first.example.org"), QStringLiteral("CN=second.example.org")}));
        QCOMPARE(checkHostname(cert, QStringLiteral("second.example.org")).matchedBy, QStringLiteral("CN=second.example.org"));
        QVERIFY(!checkHostname(cert, QStringLiteral("third.example.org")).matched);
        const HostnameCheck ip = checkHostname(cert, QStringLiteral("192.0.2.7"));
        QVERIFY(ip.matched);
        QCOMPARE(ip.matchedBy, QStringLiteral("IP:192.0.2.7"));
    }

    void notAHostName_data()
    {
        QTest::addColumn<QString>("name");
        // OpenSSL would read a leading dot as "any name below"; an empty label is no host name.
        QTest::newRow("leading dot") << ".example.org";
        QTest::newRow("empty label") << "mail..example.org";
        QTest::newRow("only a dot") << ".";
        QTest::newRow("blank") << "  ";
    }

    void notAHostName()
    {
        QFETCH(QString, name);
        const HostnameCheck check = checkHostname(loadOne(QStringLiteral("leaf-rsa2048.pem")), name);
        QVERIFY(!check.matched);
        QVERIFY(check.matchedBy.isEmpty());
        QCOMPARE(check.candidates.size(), 2);   // the DNS SANs are still listed
    }

    void nullCertificate()
    {
        const HostnameCheck check = checkHostname(Certificate(), QStringLiteral("mail.example.org"));
        QVERIFY(!check.matched);
        QVERIFY(check.candidates.isEmpty());
    }

    // The handshake's verification gets the same rules: a partial-label wildcard that the report
    // refuses is refused by OpenSSL's chain verification too, a plain one passes in both.
    void handshakeVerificationAgrees_data()
    {
        QTest::addColumn<QString>("san");
        QTest::addColumn<QString>("name");
        QTest::newRow("partial wildcard") << "DNS:mx*.example.org" << "mx1.example.org";
        QTest::newRow("wildcard") << "DNS:*.example.org" << "mx1.example.org";
        QTest::newRow("exact, trailing dot asked") << "DNS:mx.example.org" << "MX.example.org.";
        QTest::newRow("other name") << "DNS:mx.example.org" << "mail.example.org";
        QTest::newRow("ip") << "IP:127.0.0.1" << "127.0.0.1";
        QTest::newRow("bracketed ipv6") << "IP:::1" << "[::1]";
        QTest::newRow("ip name not in DNS SAN") << "DNS:127.0.0.1" << "127.0.0.1";
    }
    void handshakeVerificationAgrees()
    {
        QFETCH(QString, san);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const Certificate cert = makeSelfSigned(dir.path(), QStringLiteral("/CN=test"),
                                                {QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san});
        QVERIFY(!cert.isNull());

        X509_STORE *store = X509_STORE_new();
        QVERIFY(X509_STORE_add_cert(store, cert.handle()) == 1);
        X509_STORE_CTX *ctx = X509_STORE_CTX_new();
        QVERIFY(X509_STORE_CTX_init(ctx, store, cert.handle(), nullptr) == 1);
        QVERIFY(setVerifyName(X509_STORE_CTX_get0_param(ctx), name));
        const bool verified = X509_verify_cert(ctx) == 1;
        const int code = X509_STORE_CTX_get_error(ctx);
        X509_STORE_CTX_free(ctx);
        X509_STORE_free(store);

        const bool matched = checkHostname(cert, name).matched;
        QCOMPARE(verified, matched);
        if (!verified)
            QVERIFY2(code == X509_V_ERR_HOSTNAME_MISMATCH || code == X509_V_ERR_IP_ADDRESS_MISMATCH,
                     X509_verify_cert_error_string(code));
    }
    void noVerifyNameForNonsense()
    {
        X509_VERIFY_PARAM *param = X509_VERIFY_PARAM_new();
        QVERIFY(!setVerifyName(param, QStringLiteral("mx..example.org")));
        QVERIFY(!setVerifyName(param, QString()));
        X509_VERIFY_PARAM_free(param);
    }
};

MAILTLS_TEST_MAIN(TestHostname)
#include "test_hostname.moc"
