#include <QtTest>

#include "protocol/ehlo.h"
#include "protocol/reply_parser.h"
#include "test_registry.h"

using mailtls::core::EhloCapabilities;
using mailtls::core::parseEhlo;
using mailtls::core::ReplyParser;
using mailtls::core::SmtpReply;

namespace {

// Builds the reply the way a session does: through the parser, from wire bytes.
SmtpReply replyFrom(const QByteArray &bytes)
{
    ReplyParser parser;
    parser.feed(bytes);
    SmtpReply reply;
    if (parser.next(&reply) != ReplyParser::Result::Reply)
        qFatal("fixture does not parse: %s", qPrintable(parser.error()));
    return reply;
}

// Exim 4.96 (Debian) after STARTTLS, with both AUTH forms (auth_advertise_hosts + old clients).
const QByteArray kExim =
    "250-mx1.example.org Hello client.example.net [192.0.2.7]\r\n"
    "250-SIZE 52428800\r\n"
    "250-8BITMIME\r\n"
    "250-PIPELINING\r\n"
    "250-PIPE_CONNECT\r\n"
    "250-AUTH PLAIN LOGIN\r\n"
    "250-CHUNKING\r\n"
    "250-STARTTLS\r\n"
    "250-SMTPUTF8\r\n"
    "250 HELP\r\n";

// Postfix 3.7 on the submission port, before STARTTLS.
const QByteArray kPostfix =
    "250-smtp.example.com\r\n"
    "250-PIPELINING\r\n"
    "250-SIZE 10240000\r\n"
    "250-VRFY\r\n"
    "250-ETRN\r\n"
    "250-STARTTLS\r\n"
    "250-AUTH PLAIN LOGIN CRAM-MD5\r\n"
    "250-AUTH=PLAIN LOGIN CRAM-MD5\r\n"
    "250-ENHANCEDSTATUSCODES\r\n"
    "250-8BITMIME\r\n"
    "250-DSN\r\n"
    "250 CHUNKING\r\n";

} // namespace

class TestEhlo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exim()
    {
        const EhloCapabilities caps = parseEhlo(replyFrom(kExim));
        QVERIFY(caps.ok);
        QCOMPARE(caps.greeting, QStringLiteral("mx1.example.org Hello client.example.net [192.0.2.7]"));
        QCOMPARE(caps.keywordLines.size(), 9);
        QCOMPARE(caps.keywordLines.first(), QStringLiteral("SIZE 52428800"));
        QCOMPARE(caps.keywordLines.last(), QStringLiteral("HELP"));
        QVERIFY(caps.starttls);
        QCOMPARE(caps.authMechanisms, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
        QCOMPARE(caps.sizeLimit, qint64(52428800));
        QVERIFY(caps.pipelining);
        QVERIFY(caps.chunking);
        QVERIFY(caps.smtputf8);
        QVERIFY(caps.has(QStringLiteral("PIPE_CONNECT")));
        QVERIFY(caps.has(QStringLiteral("8BITMIME")));
        QVERIFY(!caps.has(QStringLiteral("DSN")));
        QVERIFY(!caps.has(QStringLiteral("mx1.example.org")));  // the greeting is no keyword
    }

    void postfix()
    {
        const EhloCapabilities caps = parseEhlo(replyFrom(kPostfix));
        QVERIFY(caps.ok);
        QCOMPARE(caps.greeting, QStringLiteral("smtp.example.com"));
        QCOMPARE(caps.keywordLines.size(), 11);
        QVERIFY(caps.starttls);
        // Both AUTH lines name the same mechanisms: listed once each, in order.
        QCOMPARE(caps.authMechanisms, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                                                   QStringLiteral("CRAM-MD5")}));
        QCOMPARE(caps.sizeLimit, qint64(10240000));
        QVERIFY(caps.pipelining);
        QVERIFY(caps.chunking);
        QVERIFY(!caps.smtputf8);
        QVERIFY(caps.has(QStringLiteral("ENHANCEDSTATUSCODES")));
        QVERIFY(caps.has(QStringLiteral("VRFY")));
    }

    void oldAuthFormOnly()
    {
        const EhloCapabilities caps = parseEhlo(replyFrom(
            "250-old.example.net\r\n250-AUTH=LOGIN PLAIN\r\n250 8BITMIME\r\n"));
        QCOMPARE(caps.authMechanisms, (QStringList{QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}));
        QVERIFY(caps.has(QStringLiteral("AUTH")));
        QVERIFY(caps.has(QStringLiteral("auth=login")));
        QCOMPARE(caps.parameters(QStringLiteral("AUTH")),
                 (QStringList{QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}));
    }

    void mechanismsAreUpperCasedAndDeduplicated()
    {
        const EhloCapabilities caps = parseEhlo(replyFrom(
            "250-mx\r\n250-auth plain Login XOAUTH2\r\n250-AUTH=login\r\n250 AUTH  PLAIN   scram-sha-256\r\n"));
        QCOMPARE(caps.authMechanisms, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                                                   QStringLiteral("XOAUTH2"),
                                                   QStringLiteral("SCRAM-SHA-256")}));
    }

    void sizeForms_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("limit");
        QTest::addRow("absent") << QByteArray("250-mx\r\n250 PIPELINING\r\n") << qint64(-1);
        QTest::addRow("alone") << QByteArray("250-mx\r\n250 SIZE\r\n") << qint64(0);
        QTest::addRow("number") << QByteArray("250-mx\r\n250 SIZE 35882577\r\n") << qint64(35882577);
        QTest::addRow("zero") << QByteArray("250-mx\r\n250 SIZE 0\r\n") << qint64(0);
        QTest::addRow("lower case") << QByteArray("250-mx\r\n250 size 1000\r\n") << qint64(1000);
        QTest::addRow("beyond 32 bits") << QByteArray("250-mx\r\n250 SIZE 10737418240\r\n")
                                        << qint64(10737418240LL);
        QTest::addRow("garbage") << QByteArray("250-mx\r\n250 SIZE lots\r\n") << qint64(0);
        QTest::addRow("greeting says SIZE") << QByteArray("250-SIZE 5\r\n250 HELP\r\n") << qint64(-1);
    }

    void sizeForms()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, limit);
        QCOMPARE(parseEhlo(replyFrom(bytes)).sizeLimit, limit);
    }

    void caseInsensitiveKeywords()
    {
        const EhloCapabilities caps = parseEhlo(replyFrom(
            "250-mx\r\n250-StartTLS\r\n250-pipelining\r\n250-Chunking\r\n250-smtputf8\r\n"
            "250 X-Custom a B\r\n"));
        QVERIFY(caps.starttls);
        QVERIFY(caps.pipelining);
        QVERIFY(caps.chunking);
        QVERIFY(caps.smtputf8);
        QVERIFY(caps.has(QStringLiteral("STARTTLS")));
        QVERIFY(caps.has(QStringLiteral("x-custom")));
        QCOMPARE(caps.parameters(QStringLiteral("X-CUSTOM")), (QStringList{QStringLiteral("a"), QStringLiteral("B")}));
        QCOMPARE(caps.parameters(QStringLiteral("size")), QStringList());
        QVERIFY(!caps.has(QString()));
    }

    void parametersOfSize()
    {
        const EhloCapabilities caps = parseEhlo(replyFrom(kExim));
        QCOMPARE(caps.parameters(QStringLiteral("size")), QStringList{QStringLiteral("52428800")});
        QCOMPARE(caps.parameters(QStringLiteral("AUTH")),
                 (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
        QCOMPARE(caps.parameters(QStringLiteral("STARTTLS")), QStringList());
    }

    void keywordIsWholeWord()
    {
        const EhloCapabilities caps = parseEhlo(replyFrom("250-mx\r\n250-STARTTLSX\r\n250 XPIPELINING\r\n"));
        QVERIFY(!caps.starttls);
        QVERIFY(!caps.pipelining);
        QVERIFY(!caps.has(QStringLiteral("STARTTLS")));
    }

    void greetingOnly()
    {
        const EhloCapabilities caps = parseEhlo(replyFrom("250 tiny.example.org\r\n"));
        QVERIFY(caps.ok);
        QCOMPARE(caps.greeting, QStringLiteral("tiny.example.org"));
        QVERIFY(caps.keywordLines.isEmpty());
        QVERIFY(!caps.starttls);
        QVERIFY(caps.authMechanisms.isEmpty());
        QCOMPARE(caps.sizeLimit, qint64(-1));
    }

    void notOk_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("502") << QByteArray("502-5.5.1 EHLO not supported\r\n502 STARTTLS\r\n");
        QTest::addRow("421") << QByteArray("421 4.7.0 mx.example.org too many connections\r\n");
        QTest::addRow("251") << QByteArray("251-mx\r\n251 STARTTLS\r\n");
    }

    void notOk()
    {
        QFETCH(QByteArray, bytes);
        const EhloCapabilities caps = parseEhlo(replyFrom(bytes));
        QVERIFY(!caps.ok);
        QVERIFY(!caps.starttls);  // keyword-looking text in an error reply advertises nothing
        QVERIFY(!caps.has(QStringLiteral("STARTTLS")));
    }

    void emptyReply()
    {
        const EhloCapabilities caps = parseEhlo(SmtpReply());
        QVERIFY(!caps.ok);
        QVERIFY(caps.greeting.isEmpty());
    }
};

MAILTLS_TEST_MAIN(TestEhlo)
#include "test_ehlo.moc"
