// subjectAltName text as users type it: what is accepted, how it is normalised, the error a
// user reads for what is not, and the round trip through GENERAL_NAMES.

#include <QtTest>

#include <openssl/x509v3.h>

#include "x509/subject_alt_names.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestSubjectAltNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanParsesEveryType();
    void sanNormalises();
    void sanErrors_data();
    void sanErrors();
    void sanToGeneralNamesAndBack();
    void requestWrittenAsUtf8ReadsBack();
};

void TestSubjectAltNames::sanParsesEveryType()
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

void TestSubjectAltNames::sanNormalises()
{
    Error error;
    const SubjectAltNames s = SubjectAltNames::parse(
        QStringLiteral("DNS:Mail.Example.ORG,DNS:mail.example.org,DNS:bücher.example,IP:[2001:DB8::1],,"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(s.toStringList(), QStringList({QStringLiteral("DNS:mail.example.org"), QStringLiteral("DNS:xn--bcher-kva.example"),
                                            QStringLiteral("IP:2001:db8::1")}));
}

void TestSubjectAltNames::sanErrors_data()
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

void TestSubjectAltNames::sanErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Error error;
    const SubjectAltNames s = SubjectAltNames::parse(QStringLiteral("DNS:ok.example.org,") + text, &error);
    QVERIFY(s.isEmpty());
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QCOMPARE(error.kind, ErrorKind::Usage);
}

void TestSubjectAltNames::sanToGeneralNamesAndBack()
{
    Error error;
    const SubjectAltNames s = SubjectAltNames::parse(QStringLiteral("DNS:localhost,IP:127.0.0.1,IP:::1,email:a@b.example"), &error);
    GENERAL_NAMES *names = s.toGeneralNames();
    QVERIFY(names);
    const SubjectAltNames back = SubjectAltNames::fromGeneralNames(names);
    GENERAL_NAMES_free(names);
    QCOMPARE(back.toStringList(), s.toStringList());
}

void TestSubjectAltNames::requestWrittenAsUtf8ReadsBack()
{
    // What toGeneralNames() writes, fromGeneralNames() reads back unchanged, even text beyond ASCII.
    Error error;
    const SubjectAltNames s = SubjectAltNames::parse(QStringLiteral("email:jörg@example.org,DNS:bücher.example"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    GENERAL_NAMES *names = s.toGeneralNames();
    QVERIFY(names);
    const SubjectAltNames back = SubjectAltNames::fromGeneralNames(names);
    GENERAL_NAMES_free(names);
    QCOMPARE(back.toStringList(), (QStringList{QStringLiteral("email:jörg@example.org"), QStringLiteral("DNS:xn--bcher-kva.example")}));
    QVERIFY(SubjectAltNames::fromGeneralNames(nullptr).isEmpty());
}

MAILTLS_TEST_MAIN(TestSubjectAltNames)
#include "test_subject_alt_names.moc"
