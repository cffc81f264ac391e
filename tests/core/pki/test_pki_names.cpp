// Subject and SAN text as users type it: what is accepted, how it is normalised, and the
// error a user reads for what is not.

#include <QtTest>

#include <openssl/x509v3.h>

#include "x509/subject_alt_names.h"
#include "pki/subject_name.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestPkiNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjectParsesInOrder();
    void subjectEscapes();
    void subjectErrors_data();
    void subjectErrors();
    void subjectRoundTrip();
    void sanParsesEveryType();
    void sanNormalises();
    void sanErrors_data();
    void sanErrors();
    void sanToGeneralNamesAndBack();
};

void TestPkiNames::subjectParsesInOrder()
{
    Error error;
    const SubjectName n = SubjectName::parse(QStringLiteral(" O = Example GmbH , ou=Mail,C=de, CN=mail.example.org"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(n.attributes().size(), 4);
    QCOMPARE(n.attributes().at(0).field, QStringLiteral("O"));
    QCOMPARE(n.attributes().at(0).value, QStringLiteral("Example GmbH"));
    QCOMPARE(n.attributes().at(1).field, QStringLiteral("OU"));
    QCOMPARE(n.value(QStringLiteral("C")), QStringLiteral("DE"));
    QCOMPARE(n.value(QStringLiteral("CN")), QStringLiteral("mail.example.org"));
    QVERIFY(SubjectName::parse(QString(), &error).isEmpty());
}

void TestPkiNames::subjectEscapes()
{
    Error error;
    SubjectName n = SubjectName::parse(QStringLiteral("O=Smith\\, Jones and Co,L=\"Berlin, Mitte\",CN=a\\\\b"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(n.value(QStringLiteral("O")), QStringLiteral("Smith, Jones and Co"));
    QCOMPARE(n.value(QStringLiteral("L")), QStringLiteral("Berlin, Mitte"));
    QCOMPARE(n.value(QStringLiteral("CN")), QStringLiteral("a\\b"));
    n = SubjectName::parse(QStringLiteral("O=台灣郵件,emailAddress=postmaster@example.org"), &error);
    QCOMPARE(n.value(QStringLiteral("O")), QStringLiteral("台灣郵件"));
    QCOMPARE(n.value(QStringLiteral("emailAddress")), QStringLiteral("postmaster@example.org"));
}

void TestPkiNames::subjectErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown attribute") << "XX=1" << "unknown subject attribute 'XX'";
    QTest::newRow("no equals") << "O=Example,Mail" << "has no '='";
    QTest::newRow("empty value") << "O=,CN=x" << "empty value";
    QTest::newRow("country too long") << "C=DEU" << "two-letter country code";
    QTest::newRow("country digits") << "C=12" << "two-letter country code";
    QTest::newRow("cn too long") << QStringLiteral("CN=") + QString(65, QLatin1Char('a')) << "at most 64";
    QTest::newRow("open quote") << "O=\"Example" << "not closed";
    QTest::newRow("lone backslash") << "O=Example\\" << "lone backslash";
    QTest::newRow("no name") << "=x" << "no name";
}

void TestPkiNames::subjectErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Error error;
    const SubjectName n = SubjectName::parse(text, &error);
    QVERIFY(n.isEmpty());
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
}

void TestPkiNames::subjectRoundTrip()
{
    Error error;
    const SubjectName n = SubjectName::parse(QStringLiteral("O=Smith\\, Jones,OU=\" padded \",CN=x=y"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const SubjectName again = SubjectName::parse(n.toString(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(again.toString(), n.toString());
    QCOMPARE(again.value(QStringLiteral("OU")), QStringLiteral(" padded "));
    QCOMPARE(again.value(QStringLiteral("CN")), QStringLiteral("x=y"));
    X509_NAME *x509 = n.toX509Name();
    QVERIFY(x509);
    const SubjectName fromX509 = SubjectName::fromX509Name(x509);
    X509_NAME_free(x509);
    QCOMPARE(fromX509.toString(), n.toString());
}

void TestPkiNames::sanParsesEveryType()
{
    Error error;
    const SubjectAltNames s = SubjectAltNames::parse(
        QStringLiteral("DNS:mail.example.org, dns:*.example.org,IP:192.0.2.25,IP:::1,ip:2001:db8::25,"
                       "email:postmaster@example.org,URI:https://example.org/mta-sts"),
        &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(s.toStringList(),
             QStringList({QStringLiteral("DNS:mail.example.org"), QStringLiteral("DNS:*.example.org"),
                          QStringLiteral("IP:192.0.2.25"), QStringLiteral("IP:::1"), QStringLiteral("IP:2001:db8::25"),
                          QStringLiteral("email:postmaster@example.org"), QStringLiteral("URI:https://example.org/mta-sts")}));
    QCOMPARE(s.dnsNames(), QStringList({QStringLiteral("mail.example.org"), QStringLiteral("*.example.org")}));
}

void TestPkiNames::sanNormalises()
{
    Error error;
    const SubjectAltNames s = SubjectAltNames::parse(
        QStringLiteral("DNS:Mail.Example.ORG,DNS:mail.example.org,DNS:bücher.example,IP:[2001:DB8::1],,"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(s.toStringList(), QStringList({QStringLiteral("DNS:mail.example.org"), QStringLiteral("DNS:xn--bcher-kva.example"),
                                            QStringLiteral("IP:2001:db8::1")}));
}

void TestPkiNames::sanErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no type") << "mail.example.org" << "give the type of each SAN";
    QTest::newRow("unknown type") << "RID:1.2.3" << "give the type of each SAN";
    QTest::newRow("empty value") << "DNS:" << "empty value";
    QTest::newRow("bad label") << "DNS:mail_server.example.org" << "invalid label 'mail_server'";
    QTest::newRow("hyphen edge") << "DNS:-mail.example.org" << "invalid label";
    QTest::newRow("inner wildcard") << "DNS:mail.*.example.org" << "wildcard may only be the whole leftmost label";
    QTest::newRow("partial wildcard") << "DNS:m*.example.org" << "wildcard may only be the whole leftmost label";
    QTest::newRow("tld wildcard") << "DNS:*.org" << "covers a whole top-level domain";
    QTest::newRow("empty label") << "DNS:mail..example.org" << "invalid label ''";
    QTest::newRow("bad ipv4") << "IP:192.0.2.256" << "not an IPv4 or IPv6 address";
    QTest::newRow("bad ipv6") << "IP:2001:db8:::1" << "not an IPv4 or IPv6 address";
    QTest::newRow("name as ip") << "IP:mail.example.org" << "not an IPv4 or IPv6 address";
    QTest::newRow("bad email") << "email:postmaster" << "not an e-mail address";
    QTest::newRow("relative uri") << "URI:/just/a/path" << "not an absolute URI";
}

void TestPkiNames::sanErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Error error;
    const SubjectAltNames s = SubjectAltNames::parse(QStringLiteral("DNS:ok.example.org,") + text, &error);
    QVERIFY(s.isEmpty());
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
}

void TestPkiNames::sanToGeneralNamesAndBack()
{
    Error error;
    const SubjectAltNames s = SubjectAltNames::parse(QStringLiteral("DNS:localhost,IP:127.0.0.1,IP:::1,email:a@b.example"), &error);
    GENERAL_NAMES *names = s.toGeneralNames();
    QVERIFY(names);
    const SubjectAltNames back = SubjectAltNames::fromGeneralNames(names);
    GENERAL_NAMES_free(names);
    QCOMPARE(back.toStringList(), s.toStringList());
}

MAILTLS_TEST_MAIN(TestPkiNames)
#include "test_pki_names.moc"
