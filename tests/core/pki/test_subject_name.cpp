// Subjects as users type them: what is accepted, how it is normalised, the error a user reads
// for what is not, and the round trip through an X509_NAME.

#include <QtTest>

#include <openssl/x509.h>

#include "pki/subject_name.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestSubjectName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjectParsesInOrder();
    void subjectEscapes();
    void subjectErrors_data();
    void subjectErrors();
    void subjectRoundTrip();
};

void TestSubjectName::subjectParsesInOrder()
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

void TestSubjectName::subjectEscapes()
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

void TestSubjectName::subjectErrors_data()
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

void TestSubjectName::subjectErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Error error;
    const SubjectName n = SubjectName::parse(text, &error);
    QVERIFY(n.isEmpty());
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QCOMPARE(error.kind, ErrorKind::Usage);
}

void TestSubjectName::subjectRoundTrip()
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

MAILTLS_TEST_MAIN(TestSubjectName)
#include "test_subject_name.moc"
