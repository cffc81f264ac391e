#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include "protocol/reply_parser.h"
#include "test_registry.h"

using mailtls::core::ReplyParser;
using mailtls::core::SmtpReply;

namespace {

// Feeds everything at once and collects replies until the parser needs more or fails.
QList<SmtpReply> parseAll(ReplyParser &parser, const QByteArray &bytes)
{
    parser.feed(bytes);
    QList<SmtpReply> replies;
    SmtpReply reply;
    while (parser.next(&reply) == ReplyParser::Result::Reply)
        replies.append(reply);
    return replies;
}

const QByteArray kEximEhlo =
    "250-mx.example.org Hello client.example.net [192.0.2.7]\r\n"
    "250-SIZE 52428800\r\n"
    "250-8BITMIME\r\n"
    "250-PIPELINING\r\n"
    "250-STARTTLS\r\n"
    "250 HELP\r\n";

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectedLineIsKeptForTheTranscript()
    {
        ReplyParser parser;
        parser.feed("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QCOMPARE(parser.rejectedLine(), QByteArray("HTTP/1.1 400 Bad Request"));

        ReplyParser good;
        good.feed("220 ok\r\n");
        QCOMPARE(good.next(&reply), ReplyParser::Result::Reply);
        QVERIFY(good.rejectedLine().isEmpty());

        ReplyParser changing;
        changing.feed("250-a\r\n251 b\r\n");
        QCOMPARE(changing.next(&reply), ReplyParser::Result::Error);
        QCOMPARE(changing.rejectedLine(), QByteArray("251 b"));
    }
    void singleLine()
    {
        ReplyParser parser;
        parser.feed("220 mx.example.org ESMTP Exim 4.96 ready\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 220);
        QCOMPARE(reply.lines, QStringList{QStringLiteral("220 mx.example.org ESMTP Exim 4.96 ready")});
        QCOMPARE(reply.texts, QStringList{QStringLiteral("mx.example.org ESMTP Exim 4.96 ready")});
        QCOMPARE(reply.firstLine(), QStringLiteral("220 mx.example.org ESMTP Exim 4.96 ready"));
        QVERIFY(reply.isPositive());
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
        QVERIFY(!parser.hasError());
        QVERIFY(parser.pendingBytes().isEmpty());
    }

    void multiLine()
    {
        ReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser, kEximEhlo);
        QCOMPARE(replies.size(), 1);
        const SmtpReply &reply = replies.first();
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines.size(), 6);
        QCOMPARE(reply.lines.at(3), QStringLiteral("250-PIPELINING"));
        QCOMPARE(reply.texts,
                 (QStringList{QStringLiteral("mx.example.org Hello client.example.net [192.0.2.7]"),
                              QStringLiteral("SIZE 52428800"), QStringLiteral("8BITMIME"),
                              QStringLiteral("PIPELINING"), QStringLiteral("STARTTLS"),
                              QStringLiteral("HELP")}));
        QVERIFY(!parser.hasError());
    }

    void incompleteMultiLineNeedsMore()
    {
        ReplyParser parser;
        parser.feed("250-first\r\n250-second\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
        parser.feed("250 last\r\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.texts.size(), 3);
        QCOMPARE(reply.texts.last(), QStringLiteral("last"));
    }

    void chunkBoundaries_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 3, 5, 7, 13, 64})
            QTest::addRow("chunk %d", chunk) << chunk;
    }

    void chunkBoundaries()
    {
        QFETCH(int, chunk);
        const QByteArray stream = kEximEhlo + "221 2.0.0 bye\r\n";
        ReplyParser parser;
        QList<SmtpReply> replies;
        SmtpReply reply;
        for (int i = 0; i < stream.size(); i += chunk) {
            parser.feed(stream.mid(i, chunk));
            ReplyParser::Result result;
            while ((result = parser.next(&reply)) == ReplyParser::Result::Reply)
                replies.append(reply);
            QCOMPARE(result, ReplyParser::Result::NeedMore);
        }
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).code, 250);
        QCOMPARE(replies.at(0).lines.size(), 6);
        QCOMPARE(replies.at(0).texts.at(1), QStringLiteral("SIZE 52428800"));
        QCOMPARE(replies.at(1).code, 221);
        QCOMPARE(replies.at(1).enhancedStatus(), QStringLiteral("2.0.0"));
        QVERIFY(parser.pendingBytes().isEmpty());
    }

    void randomChunkBoundaries()
    {
        const QByteArray stream = kEximEhlo + "354 go ahead\n" + "250 2.6.0 queued as 1abc\r\n";
        QRandomGenerator random(4711);
        for (int round = 0; round < 200; ++round) {
            ReplyParser parser;
            QList<int> codes;
            SmtpReply reply;
            int pos = 0;
            while (pos < stream.size()) {
                const int len = int(random.bounded(1, 20));
                parser.feed(stream.mid(pos, len));
                pos += len;
                while (parser.next(&reply) == ReplyParser::Result::Reply)
                    codes.append(reply.code);
            }
            QCOMPARE(codes, (QList<int>{250, 354, 250}));
            QVERIFY(!parser.hasError());
        }
    }

    void crlfSplitBetweenChunks()
    {
        ReplyParser parser;
        parser.feed("250 ok\r");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
        parser.feed("\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.lines.first(), QStringLiteral("250 ok"));  // no CR left in the text
    }

    void bareLf()
    {
        ReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser, "250-one\n250-two\r\n250 three\n");
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().texts,
                 (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    }

    void codeWithoutText()
    {
        ReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser, "250\r\n");
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().code, 250);
        QCOMPARE(replies.first().lines, QStringList{QStringLiteral("250")});
        QCOMPARE(replies.first().texts, QStringList{QString()});
        QVERIFY(replies.first().enhancedStatus().isEmpty());
    }

    void codeWithoutTextEndsMultiLine()
    {
        ReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser, "250-a\r\n250\r\n");
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().lines.size(), 2);
    }

    void twoRepliesInOneFeed()
    {
        ReplyParser parser;
        parser.feed("250 2.1.0 sender ok\r\n550 5.1.1 no such user\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.enhancedStatus(), QStringLiteral("2.1.0"));
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 550);
        QCOMPARE(reply.enhancedStatus(), QStringLiteral("5.1.1"));
        QVERIFY(!reply.isPositive());
        QCOMPARE(reply.lines, QStringList{QStringLiteral("550 5.1.1 no such user")});
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
    }

    void badCodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("word") << QByteArray("hello\r\n") << QStringLiteral("\"hello\"");
        QTest::addRow("first digit 0") << QByteArray("099 x\r\n") << QStringLiteral("\"099 x\"");
        QTest::addRow("first digit 1") << QByteArray("150 x\r\n") << QStringLiteral("\"150 x\"");
        QTest::addRow("first digit 6") << QByteArray("600 x\r\n") << QStringLiteral("\"600 x\"");
        QTest::addRow("second digit 6") << QByteArray("260 x\r\n") << QStringLiteral("\"260 x\"");
        QTest::addRow("letter") << QByteArray("25x ok\r\n") << QStringLiteral("\"25x ok\"");
        QTest::addRow("two digits") << QByteArray("25\r\n") << QStringLiteral("\"25\"");
        QTest::addRow("four digits") << QByteArray("2500 ok\r\n") << QStringLiteral("\"2500 ok\"");
        QTest::addRow("tab separator") << QByteArray("250\tok\r\n") << QStringLiteral("\"250\\x09ok\"");
        QTest::addRow("empty line") << QByteArray("\r\n") << QStringLiteral("\"\"");
        QTest::addRow("after good lines") << QByteArray("250-ok\r\n250-ok\r\nxyz\r\n")
                                          << QStringLiteral("\"xyz\"");
    }

    void badCodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, quoted);
        ReplyParser parser;
        parser.feed(bytes);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QVERIFY(parser.hasError());
        QVERIFY2(parser.error().contains(quoted), qPrintable(parser.error()));
        QCOMPARE(reply.code, 0);  // nothing handed out
    }

    void badCodeMessageSaysWhy()
    {
        ReplyParser parser;
        parser.feed("600 x\r\n");
        QCOMPARE(parser.next(nullptr), ReplyParser::Result::Error);
        QVERIFY2(parser.error().contains(QLatin1String("600")) && parser.error().contains(QLatin1String("range")),
                 qPrintable(parser.error()));
    }

    void quotedLineIsTruncatedAndEscaped()
    {
        ReplyParser parser;
        QByteArray line("\x01\x7f\xff\"bad");
        line += QByteArray(300, 'z');
        parser.feed(line + "\r\n");
        QCOMPARE(parser.next(nullptr), ReplyParser::Result::Error);
        const QString error = parser.error();
        QVERIFY2(error.contains(QLatin1String("\\x01\\x7f\\xff\\\"bad")), qPrintable(error));
        QVERIFY2(!error.contains(QString(100, QLatin1Char('z'))), qPrintable(error));
        QVERIFY2(error.size() < 250, qPrintable(error));
    }

    void codeChangeMidReply()
    {
        ReplyParser parser;
        parser.feed("250-a\r\n250-b\r\n251 c\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QVERIFY2(parser.error().contains(
                     QLatin1String("multi-line reply changes code from 250 to 251 on line 3")),
                 qPrintable(parser.error()));
    }

    void megabyteLineFailsFast()
    {
        ReplyParser parser;  // 64 KiB default limit
        QElapsedTimer timer;
        timer.start();
        const QByteArray huge = "250 " + QByteArray(1024 * 1024, 'A');
        parser.feed(huge);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QVERIFY2(timer.elapsed() < 2000, "a 1 MB line must be rejected quickly");
        QVERIFY2(parser.error().contains(QLatin1String("longer than 65536 bytes")),
                 qPrintable(parser.error()));
        QVERIFY2(parser.error().contains(QLatin1String("\"250 AAAA")), qPrintable(parser.error()));
        QVERIFY2(parser.error().size() < 300, "the message must not quote the whole line");
        QVERIFY(parser.pendingBytes().size() <= 65537);  // did not keep the megabyte
    }

    void longLineFailsAsSoonAsLimitIsPassed()
    {
        ReplyParser parser(100, 10);
        SmtpReply reply;
        parser.feed("250-" + QByteArray(96, 'a'));  // exactly 100 bytes: still fine
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
        parser.feed("\r");  // the CR of a CRLF may still come
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
        parser.feed("\n250-" + QByteArray(97, 'b'));  // 101 bytes, no line end yet
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QVERIFY2(parser.error().contains(QLatin1String("longer than 100 bytes")), qPrintable(parser.error()));
    }

    void chunkedHugeLineStopsAtTheLimit()
    {
        ReplyParser parser;
        const QByteArray chunk(4096, 'B');
        qsizetype fed = 0;
        SmtpReply reply;
        ReplyParser::Result result = ReplyParser::Result::NeedMore;
        parser.feed("250 ");
        while (result == ReplyParser::Result::NeedMore && fed < 1024 * 1024) {
            parser.feed(chunk);
            fed += chunk.size();
            result = parser.next(&reply);
        }
        QCOMPARE(result, ReplyParser::Result::Error);
        QVERIFY2(fed <= 65536 + chunk.size(), "error must come right after the limit is passed");
    }

    void truncatedLineEndingInCrStillFails()
    {
        // The cut-off for an over-long line lands right after a CR: a later LF must not turn the
        // truncated remains into a valid reply.
        ReplyParser parser(10, 10);
        parser.feed("250 aaaaaa");
        parser.feed("\r" + QByteArray(100000, 'x'));
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        parser.feed("\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QCOMPARE(reply.code, 0);
    }

    void completeOverlongLine()
    {
        ReplyParser parser(50, 10);
        parser.feed("250 " + QByteArray(60, 'c') + "\r\n");
        QCOMPARE(parser.next(nullptr), ReplyParser::Result::Error);
        QVERIFY2(parser.error().contains(QLatin1String("limit of 50 bytes")), qPrintable(parser.error()));
    }

    void lineAtLimitIsAccepted()
    {
        ReplyParser parser(50, 10);
        const QByteArray line = "250 " + QByteArray(46, 'c');
        parser.feed(line + "\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.lines.first().size(), 50);
    }

    void maxLines()
    {
        ReplyParser parser(1000, 3);
        parser.feed("250-a\r\n250-b\r\n250 c\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.lines.size(), 3);

        parser.feed("250-a\r\n250-b\r\n250-c\r\n250 d\r\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QVERIFY2(parser.error().contains(QLatin1String("more than 3 lines")), qPrintable(parser.error()));
    }

    void takeNewLinesBeforeReplyCompletes()
    {
        ReplyParser parser;
        parser.feed("250-mx.example.org\r\n250-PIPEL");
        QCOMPARE(parser.takeNewLines(), QStringList{QStringLiteral("250-mx.example.org")});
        QCOMPARE(parser.takeNewLines(), QStringList());  // taken once
        parser.feed("INING\r\n");
        QCOMPARE(parser.takeNewLines(), QStringList{QStringLiteral("250-PIPELINING")});
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
        parser.feed("250 HELP\r\n");
        QCOMPARE(parser.takeNewLines(), QStringList{QStringLiteral("250 HELP")});
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.lines.size(), 3);
        QCOMPARE(parser.takeNewLines(), QStringList());
    }

    void takeNewLinesFollowsReplies()
    {
        ReplyParser parser;
        parser.feed("250 first\r\n251 second\r\n");
        QCOMPARE(parser.takeNewLines(), QStringList{QStringLiteral("250 first")});
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 251);
        QCOMPARE(parser.takeNewLines(), QStringList{QStringLiteral("251 second")});
    }

    void pendingBytesAfterStarttlsReply()
    {
        // A server (or a man in the middle) that sends data right after 220 to STARTTLS.
        ReplyParser parser;
        parser.feed("220 2.0.0 Ready to start TLS\r\n250 injected\r\n\x16\x03\x01");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 220);
        QCOMPARE(parser.pendingBytes(), QByteArray("250 injected\r\n\x16\x03\x01"));
    }

    void pendingBytesEmptyAfterCleanReply()
    {
        ReplyParser parser;
        parser.feed("220 2.0.0 Ready to start TLS\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QVERIFY(parser.pendingBytes().isEmpty());
        parser.feed("25");
        QCOMPARE(parser.pendingBytes(), QByteArray("25"));
    }

    void errorIsSticky()
    {
        ReplyParser parser;
        parser.feed("hello\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        const QString error = parser.error();
        parser.feed("250 fine now\r\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QCOMPARE(parser.error(), error);
        QCOMPARE(reply.code, 0);
    }

    void replyBeforeErrorIsStillDelivered()
    {
        ReplyParser parser;
        parser.feed("250 ok\r\ngarbage\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 250);
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
    }

    void resetClearsError()
    {
        ReplyParser parser;
        parser.feed("hello\r\n");
        QCOMPARE(parser.next(nullptr), ReplyParser::Result::Error);
        parser.reset();
        QVERIFY(!parser.hasError());
        QVERIFY(parser.pendingBytes().isEmpty());
        parser.feed("250 ok\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 250);
    }

    void nonUtf8Text()
    {
        ReplyParser parser;
        // Latin-1 "Grüße" as an old server sends it, then valid UTF-8 "Grüße".
        parser.feed("220-Gr\xfc\xdf" "e\r\n220 Gr\xc3\xbc\xc3\x9f" "e\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.texts.at(0), QString::fromUtf8("Gr\xc3\xbc\xc3\x9f" "e"));
        QCOMPARE(reply.texts.at(1), QString::fromUtf8("Gr\xc3\xbc\xc3\x9f" "e"));
    }

    void binaryGarbageNeverCrashes()
    {
        QRandomGenerator random(12345);
        for (int round = 0; round < 500; ++round) {
            ReplyParser parser(200, 20);
            QByteArray bytes(int(random.bounded(0, 600)), '\0');
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            // Sometimes start with a valid code so the parser gets deeper into the line.
            if (round % 3 == 0)
                bytes.prepend("250-");
            int pos = 0;
            while (pos < bytes.size()) {
                const int len = int(random.bounded(1, 64));
                parser.feed(bytes.mid(pos, len));
                pos += len;
                SmtpReply reply;
                ReplyParser::Result result;
                while ((result = parser.next(&reply)) == ReplyParser::Result::Reply) {
                    QVERIFY(reply.code >= 200 && reply.code <= 559);
                    QCOMPARE(reply.lines.size(), reply.texts.size());
                }
                if (result == ReplyParser::Result::Error)
                    QVERIFY(!parser.error().isEmpty());
                parser.takeNewLines();
            }
        }
    }

    void tlsRecordInsteadOfReply()
    {
        // A TLS ServerHello where a reply was expected (implicit TLS port spoken to as plain).
        ReplyParser parser;
        parser.feed(QByteArray::fromHex("160303003d020000390303") + QByteArray(50, '\0') + "\n");
        QCOMPARE(parser.next(nullptr), ReplyParser::Result::Error);
        QVERIFY2(parser.error().contains(QLatin1String("\\x16\\x03\\x03")), qPrintable(parser.error()));
    }

    void enhancedStatus()
    {
        SmtpReply reply;
        reply.texts = QStringList{QStringLiteral("4.7.0 TLS not available")};
        QCOMPARE(reply.enhancedStatus(), QStringLiteral("4.7.0"));
        reply.texts = QStringList{QStringLiteral("2.0.0")};
        QCOMPARE(reply.enhancedStatus(), QStringLiteral("2.0.0"));
        reply.texts = QStringList{QStringLiteral("1.2.3 not a class")};
        QVERIFY(reply.enhancedStatus().isEmpty());
        reply.texts = QStringList{QStringLiteral("2.0.0.1 too long")};
        QVERIFY(reply.enhancedStatus().isEmpty());
        reply.texts = QStringList{QStringLiteral("mx.example.org ESMTP")};
        QVERIFY(reply.enhancedStatus().isEmpty());
    }
};

MAILTLS_TEST_MAIN(TestReplyParser)
#include "test_reply_parser.moc"
