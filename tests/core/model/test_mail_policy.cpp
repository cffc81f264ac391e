// What a domain publishes for senders, as text: the MTA-STS TXT record and policy (RFC 8461
// §3.1, §3.2), mx pattern matching (§4.1) and the TLS-RPT record (RFC 8460 §3). Each problem a
// parser reports is checked by a word or two of its sentence, so the wording can improve
// without rewriting the tests, while a missing or extra problem still fails.

#include <QtTest>

#include "base/limits.h"
#include "model/mail_policy.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

// The one problem that mentions `needle`; fails the test when there is none.
bool hasProblem(const QStringList &problems, const QString &needle)
{
    for (const QString &p : problems) {
        if (p.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    qWarning().noquote() << "no problem mentions" << needle << "in" << problems;
    return false;
}

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

} // namespace

class TestMailPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stsTxtGood_data();
    void stsTxtGood();
    void stsTxtNotSts_data();
    void stsTxtNotSts();
    void stsTxtProblems_data();
    void stsTxtProblems();
    void stsTxtIsBounded();

    void policyGood();
    void policyLfLinesAreValid();
    void policyAnyFieldOrder();
    void policyModeNoneNeedsNoMx();
    void policyProblems_data();
    void policyProblems();
    void policyDuplicateKeysKeepTheFirst();
    void policyUnknownKeysListed();
    void policyMxPatterns_data();
    void policyMxPatterns();
    void policyGarbageIsBounded();
    void policyTooLong();

    void patternMatching_data();
    void patternMatching();
    void patternsMatchingList();

    void tlsRptGood_data();
    void tlsRptGood();
    void tlsRptProblems_data();
    void tlsRptProblems();
};

// ---- MTA-STS TXT ----------------------------------------------------------------------------

void TestMailPolicy::stsTxtGood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << QStringLiteral("v=STSv1; id=20240101T000000") << QStringLiteral("20240101T000000");
    QTest::newRow("no space") << QStringLiteral("v=STSv1;id=abc123") << QStringLiteral("abc123");
    QTest::newRow("trailing ;") << QStringLiteral("v=STSv1; id=abc;") << QStringLiteral("abc");
    QTest::newRow("trailing ; and space") << QStringLiteral("v=STSv1; id=abc; ") << QStringLiteral("abc");
    QTest::newRow("tabs around ;") << QStringLiteral("v=STSv1\t;\tid=abc") << QStringLiteral("abc");
    QTest::newRow("32 characters") << QStringLiteral("v=STSv1; id=%1").arg(QString(32, QLatin1Char('a')))
                                   << QString(32, QLatin1Char('a'));
    QTest::newRow("extension") << QStringLiteral("v=STSv1; id=1; ext_name.x-y=some/value") << QStringLiteral("1");
    QTest::newRow("extension first") << QStringLiteral("v=STSv1; foo=bar; id=Z9") << QStringLiteral("Z9");
}

void TestMailPolicy::stsTxtGood()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    const StsTxtRecord r = parseStsTxtRecord(text);
    QVERIFY(r.isSts);
    QCOMPARE(r.id, id);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1String(" | "))));
}

void TestMailPolicy::stsTxtNotSts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("SPF") << QStringLiteral("v=spf1 -all") << QStringLiteral("does not start with");
    QTest::newRow("lower case") << QStringLiteral("v=stsv1; id=1") << QStringLiteral("case-sensitive");
    QTest::newRow("leading space") << QStringLiteral(" v=STSv1; id=1") << QStringLiteral("whitespace before");
    QTest::newRow("longer version") << QStringLiteral("v=STSv10; id=1") << QStringLiteral("goes on as");
    QTest::newRow("empty") << QString() << QStringLiteral("does not start with");
    QTest::newRow("TLS-RPT") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@b.example") << QStringLiteral("does not start with");
    QTest::newRow("comma separator") << QStringLiteral("v=STSv1, id=abc") << QStringLiteral("goes on as");
}

void TestMailPolicy::stsTxtNotSts()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const StsTxtRecord r = parseStsTxtRecord(text);
    QVERIFY(!r.isSts);
    QVERIFY(r.id.isEmpty());
    QVERIFY(hasProblem(r.problems, problem));
}

void TestMailPolicy::stsTxtProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");       // what is still taken as the id
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("no fields") << QStringLiteral("v=STSv1") << QString() << QStringList{QStringLiteral("id= is missing")};
    QTest::newRow("only ;") << QStringLiteral("v=STSv1;") << QString() << QStringList{QStringLiteral("id= is missing")};
    QTest::newRow("empty id") << QStringLiteral("v=STSv1; id=") << QString() << QStringList{QStringLiteral("id= is empty")};
    QTest::newRow("hyphen") << QStringLiteral("v=STSv1; id=a-b") << QString()
                            << QStringList{QStringLiteral("id=\"a-b\" has characters other than letters and digits")};
    QTest::newRow("33 characters") << QStringLiteral("v=STSv1; id=%1").arg(QString(33, QLatin1Char('a'))) << QString()
                                   << QStringList{QStringLiteral("longer than 32")};
    QTest::newRow("space in id") << QStringLiteral("v=STSv1; id=abc def") << QString()
                                 << QStringList{QStringLiteral("other than letters")};
    QTest::newRow("no ; after version") << QStringLiteral("v=STSv1 id=abc") << QStringLiteral("abc")
                                        << QStringList{QStringLiteral("not followed by \";\"")};
    QTest::newRow("double ;") << QStringLiteral("v=STSv1;; id=abc") << QStringLiteral("abc")
                              << QStringList{QStringLiteral("empty field")};
    QTest::newRow("trailing space") << QStringLiteral("v=STSv1; id=abc ") << QStringLiteral("abc")
                                    << QStringList{QStringLiteral("ends with whitespace")};
    QTest::newRow("two ids") << QStringLiteral("v=STSv1; id=one; id=two") << QStringLiteral("one")
                             << QStringList{QStringLiteral("appears 2 times")};
    QTest::newRow("ID upper case") << QStringLiteral("v=STSv1; ID=abc") << QString()
                                   << QStringList{QStringLiteral("case-sensitive"), QStringLiteral("id= is missing")};
    QTest::newRow("not name=value") << QStringLiteral("v=STSv1; id=abc; junk") << QStringLiteral("abc")
                                    << QStringList{QStringLiteral("not name=value")};
    QTest::newRow("bad extension name") << QStringLiteral("v=STSv1; id=abc; _x=1") << QStringLiteral("abc")
                                        << QStringList{QStringLiteral("field name")};
    QTest::newRow("extension without value") << QStringLiteral("v=STSv1; id=abc; x=") << QStringLiteral("abc")
                                             << QStringList{QStringLiteral("has no value")};
    QTest::newRow("extension value with =") << QStringLiteral("v=STSv1; id=abc; x=a=b") << QStringLiteral("abc")
                                            << QStringList{QStringLiteral("the value of")};
    QTest::newRow("control character") << QStringLiteral("v=STSv1; id=abc\x01") << QString()
                                       << QStringList{QStringLiteral("other than letters")};
}

void TestMailPolicy::stsTxtProblems()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QStringList, problems);
    const StsTxtRecord r = parseStsTxtRecord(text);
    QVERIFY(r.isSts);
    QCOMPARE(r.id, id);
    QCOMPARE(r.problems.size(), problems.size());
    for (const QString &p : problems)
        QVERIFY(hasProblem(r.problems, p));
}

void TestMailPolicy::stsTxtIsBounded()
{
    // A record longer than the TXT bound is read up to the bound; a problem quoting the input
    // is cut at kQuotedChars.
    const QString huge = QStringLiteral("v=STSv1; id=") + QString(1 << 20, QLatin1Char('x'));
    const StsTxtRecord r = parseStsTxtRecord(huge);
    QVERIFY(r.isSts);
    QVERIFY(r.id.isEmpty());
    QVERIFY(hasProblem(r.problems, QStringLiteral("longer than 32")));
    for (const QString &p : r.problems)
        QVERIFY(p.size() < limits::kQuotedChars + 100);
}

// ---- MTA-STS policy -------------------------------------------------------------------------

void TestMailPolicy::policyGood()
{
    const StsPolicyText p = parseStsPolicy(crlf("version: STSv1\nmode: enforce\nmx: mail.example.com\n"
                                                "mx: *.example.net\nmx: backupmx.example.com\nmax_age: 604800\n"));
    QCOMPARE(p.version, QStringLiteral("STSv1"));
    QCOMPARE(p.mode, QStringLiteral("enforce"));
    QCOMPARE(p.maxAge, 604800);
    QCOMPARE(p.mx, (QStringList{QStringLiteral("mail.example.com"), QStringLiteral("*.example.net"),
                                QStringLiteral("backupmx.example.com")}));
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1String(" | "))));
    QVERIFY(p.unknownKeys.isEmpty());

    // Without the final line ending, with whitespace after ":" and at the ends of lines.
    const StsPolicyText q = parseStsPolicy(crlf("version:STSv1  \nmode:\t testing\nmx: mx1.example.org\nmax_age: 0"));
    QCOMPARE(q.mode, QStringLiteral("testing"));
    QCOMPARE(q.maxAge, 0);
    QVERIFY2(q.problems.isEmpty(), qPrintable(q.problems.join(QLatin1String(" | "))));

    // The largest max_age allowed, and trailing blank lines (every sender accepts them).
    const StsPolicyText r = parseStsPolicy(crlf("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 31557600\n\n\n"));
    QCOMPARE(r.maxAge, 31557600);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1String(" | "))));
}

void TestMailPolicy::policyLfLinesAreValid()
{
    // RFC 8461's ABNF: sts-policy-term = LF / CRLF. LF alone and a mix are both valid.
    const StsPolicyText lf = parseStsPolicy("version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 86400\n");
    QVERIFY2(lf.problems.isEmpty(), qPrintable(lf.problems.join(QLatin1String(" | "))));
    QCOMPARE(lf.mx, QStringList{QStringLiteral("mail.example.com")});
    const StsPolicyText mixed = parseStsPolicy("version: STSv1\r\nmode: enforce\nmx: mail.example.com\r\nmax_age: 86400\n");
    QVERIFY2(mixed.problems.isEmpty(), qPrintable(mixed.problems.join(QLatin1String(" | "))));
    QCOMPARE(mixed.maxAge, 86400);

    // A CR alone is not a line ending in the grammar: noted, and still split so the rest reads.
    const StsPolicyText cr = parseStsPolicy("version: STSv1\rmode: enforce\rmx: mail.example.com\rmax_age: 86400\r");
    QCOMPARE(cr.mode, QStringLiteral("enforce"));
    QCOMPARE(cr.problems.size(), 1);
    QVERIFY(hasProblem(cr.problems, QStringLiteral("CR that is not followed by LF")));
}

void TestMailPolicy::policyAnyFieldOrder()
{
    // RFC 8461 gives the policy's fields no order (unlike the TXT record's v= first).
    const StsPolicyText p = parseStsPolicy(crlf("max_age: 86400\nmx: mail.example.com\nmode: testing\nversion: STSv1\n"));
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1String(" | "))));
    QCOMPARE(p.version, QStringLiteral("STSv1"));
}

void TestMailPolicy::policyModeNoneNeedsNoMx()
{
    const StsPolicyText p = parseStsPolicy(crlf("version: STSv1\nmode: none\nmax_age: 86400\n"));
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1String(" | "))));
    QVERIFY(p.mx.isEmpty());
    const StsPolicyText q = parseStsPolicy(crlf("version: STSv1\nmode: testing\nmax_age: 86400\n"));
    QCOMPARE(q.problems.size(), 1);
    QVERIFY(hasProblem(q.problems, QStringLiteral("mx: is missing")));
}

void TestMailPolicy::policyProblems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("problems");
    const QByteArray good = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 86400\n";
    auto without = [&](const char *line) { return crlf(QByteArray(good).replace(line, "").constData()); };
    auto replaced = [&](const char *from, const char *to) { return crlf(QByteArray(good).replace(from, to).constData()); };

    QTest::newRow("empty") << QByteArray()
                           << QStringList{QStringLiteral("empty"), QStringLiteral("version: is missing"),
                                          QStringLiteral("mode: is missing"), QStringLiteral("max_age: is missing"),
                                          QStringLiteral("mx: is missing")};
    QTest::newRow("no version") << without("version: STSv1\n") << QStringList{QStringLiteral("version: is missing")};
    QTest::newRow("no mode") << without("mode: enforce\n")
                             << QStringList{QStringLiteral("mode: is missing")};
    QTest::newRow("no max_age") << without("max_age: 86400\n") << QStringList{QStringLiteral("max_age: is missing")};
    QTest::newRow("no mx") << without("mx: mail.example.com\n") << QStringList{QStringLiteral("mx: is missing")};
    QTest::newRow("version STSv2") << replaced("STSv1", "STSv2") << QStringList{QStringLiteral("not \"STSv1\"")};
    QTest::newRow("version lower case") << replaced("STSv1", "stsv1") << QStringList{QStringLiteral("not \"STSv1\"")};
    QTest::newRow("mode unknown") << replaced("enforce", "strict") << QStringList{QStringLiteral("mode is \"strict\"")};
    QTest::newRow("mode capitalised") << replaced("enforce", "Enforce") << QStringList{QStringLiteral("mode is \"Enforce\"")};
    QTest::newRow("max_age over a year") << replaced("86400", "31557601")
                                         << QStringList{QStringLiteral("more than 31557600")};
    QTest::newRow("max_age negative") << replaced("86400", "-1") << QStringList{QStringLiteral("not a number")};
    QTest::newRow("max_age word") << replaced("86400", "1w") << QStringList{QStringLiteral("not a number")};
    QTest::newRow("max_age 11 digits") << replaced("86400", "00000086400") << QStringList{QStringLiteral("not a number")};
    QTest::newRow("max_age empty") << replaced("86400", "") << QStringList{QStringLiteral("not a number")};
    QTest::newRow("line without colon") << replaced("mode: enforce", "mode enforce")
                                        << QStringList{QStringLiteral("not \"key: value\""), QStringLiteral("mode: is missing")};
    QTest::newRow("space before colon") << replaced("mode: enforce", "mode : enforce")
                                        << QStringList{QStringLiteral("whitespace before \":\"")};
    QTest::newRow("leading whitespace") << replaced("mode: enforce", "  mode: enforce")
                                        << QStringList{QStringLiteral("starts with whitespace")};
    QTest::newRow("blank line between") << replaced("mode: enforce\n", "mode: enforce\n\n")
                                        << QStringList{QStringLiteral("line 3: is empty")};
    QTest::newRow("Mode key") << replaced("mode: enforce", "Mode: enforce")
                              << QStringList{QStringLiteral("case-sensitive"), QStringLiteral("mode: is missing")};
    QTest::newRow("mx empty") << replaced("mx: mail.example.com", "mx:") << QStringList{QStringLiteral("no pattern")};
    QTest::newRow("bad UTF-8") << replaced("mx: mail.example.com", "mx: mail.example.com\nx-note: \xff\xfe")
                               << QStringList{QStringLiteral("UTF-8")};
    QTest::newRow("HTML page")
        << QByteArray("<!DOCTYPE html>\n<html><body>Not found</body></html>\n")
        << QStringList{QStringLiteral("line 1"), QStringLiteral("line 2"), QStringLiteral("version: is missing"),
                       QStringLiteral("mode: is missing"), QStringLiteral("max_age: is missing"), QStringLiteral("mx: is missing")};
}

void TestMailPolicy::policyProblems()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, problems);
    const StsPolicyText p = parseStsPolicy(body);
    QVERIFY2(p.problems.size() == problems.size(), qPrintable(p.problems.join(QLatin1String(" | "))));
    for (const QString &want : problems)
        QVERIFY(hasProblem(p.problems, want));
}

void TestMailPolicy::policyDuplicateKeysKeepTheFirst()
{
    const StsPolicyText p = parseStsPolicy(crlf("version: STSv1\nmode: testing\nmode: enforce\nmx: a.example\n"
                                                "max_age: 10\nmax_age: 20\nmax_age: 30\n"));
    QCOMPARE(p.mode, QStringLiteral("testing"));
    QCOMPARE(p.maxAge, 10);
    QCOMPARE(p.problems.size(), 2);
    QVERIFY(hasProblem(p.problems, QStringLiteral("mode: appears 2 times")));
    QVERIFY(hasProblem(p.problems, QStringLiteral("max_age: appears 3 times")));

    // mx is the one field that repeats.
    const StsPolicyText q = parseStsPolicy(crlf("version: STSv1\nmode: enforce\nmx: a.example\nmx: b.example\nmax_age: 1\n"));
    QVERIFY(q.problems.isEmpty());
    QCOMPARE(q.mx.size(), 2);
}

void TestMailPolicy::policyUnknownKeysListed()
{
    // Extension keys are allowed (and ignored by senders): listed, not problems.
    const StsPolicyText p = parseStsPolicy(crlf("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 86400\n"
                                                "comment: hello world\nx_y.z-1: 2\ncomment: again\n"));
    QCOMPARE(p.unknownKeys, (QStringList{QStringLiteral("comment"), QStringLiteral("x_y.z-1")}));
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1String(" | "))));

    const StsPolicyText q = parseStsPolicy(crlf("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 86400\n# note: x\n"));
    QVERIFY(hasProblem(q.problems, QStringLiteral("key \"# note\"")));
}

void TestMailPolicy::policyMxPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("problem");   // empty: valid
    QTest::newRow("name") << QStringLiteral("mail.example.com") << QString();
    QTest::newRow("wildcard") << QStringLiteral("*.example.com") << QString();
    QTest::newRow("upper case") << QStringLiteral("MX1.Example.COM") << QString();
    QTest::newRow("one label") << QStringLiteral("localhost") << QString();
    QTest::newRow("A-label") << QStringLiteral("xn--bcher-kva.example") << QString();
    QTest::newRow("digits in labels") << QStringLiteral("mx1.2example.com") << QString();
    QTest::newRow("63-character label") << QString(63, QLatin1Char('a')) + QStringLiteral(".example") << QString();
    QTest::newRow("64-character label") << QString(64, QLatin1Char('a')) + QStringLiteral(".example")
                                        << QStringLiteral("longer than 63");
    QTest::newRow("254 characters") << (QString(63, QLatin1Char('a')) + QLatin1Char('.')).repeated(3)
                                               + QString(62, QLatin1Char('b'))
                                    << QStringLiteral("longer than 253");
    QTest::newRow("partial wildcard") << QStringLiteral("mx*.example.com") << QStringLiteral("left-most label");
    QTest::newRow("wildcard inside") << QStringLiteral("mail.*.example.com") << QStringLiteral("left-most label");
    QTest::newRow("double wildcard") << QStringLiteral("*.*.example.com") << QStringLiteral("left-most label");
    QTest::newRow("bare star") << QStringLiteral("*") << QStringLiteral("left-most label");
    QTest::newRow("star without dot") << QStringLiteral("*example.com") << QStringLiteral("left-most label");
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.25") << QStringLiteral("IP address");
    QTest::newRow("IPv4 bracketed") << QStringLiteral("[192.0.2.25]") << QStringLiteral("IP address");
    QTest::newRow("IPv6") << QStringLiteral("2001:db8::25") << QStringLiteral("IP address");
    QTest::newRow("IPv6 bracketed") << QStringLiteral("[2001:db8::25]") << QStringLiteral("IP address");
    QTest::newRow("IPv6 SMTP literal") << QStringLiteral("[IPv6:2001:db8::25]") << QStringLiteral("IP address");
    QTest::newRow("numbers only") << QStringLiteral("10.1") << QStringLiteral("IP address");
    QTest::newRow("empty label") << QStringLiteral("mail..example.com") << QStringLiteral("empty label");
    QTest::newRow("leading dot") << QStringLiteral(".example.com") << QStringLiteral("empty label");
    QTest::newRow("wildcard then dot") << QStringLiteral("*..example.com") << QStringLiteral("empty label");
    QTest::newRow("trailing dot") << QStringLiteral("mail.example.com.") << QStringLiteral("ends with a dot");
    QTest::newRow("underscore") << QStringLiteral("mail_1.example.com") << QStringLiteral("other than letters");
    QTest::newRow("hyphen at start") << QStringLiteral("-mail.example.com") << QStringLiteral("starts or ends");
    QTest::newRow("hyphen at end") << QStringLiteral("mail-.example.com") << QStringLiteral("starts or ends");
    QTest::newRow("space inside") << QStringLiteral("mail example.com") << QStringLiteral("space");
    QTest::newRow("U-label") << QStringLiteral("bücher.example") << QStringLiteral("A-labels");
}

void TestMailPolicy::policyMxPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, problem);
    const QByteArray body = "version: STSv1\r\nmode: enforce\r\nmx: " + pattern.toUtf8() + "\r\nmax_age: 86400\r\n";
    const StsPolicyText p = parseStsPolicy(body);
    QCOMPARE(p.mx, QStringList{pattern});   // as written, even when it is wrong
    if (problem.isEmpty()) {
        QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1String(" | "))));
    } else {
        QCOMPARE(p.problems.size(), 1);
        QVERIFY(hasProblem(p.problems, problem));
        QVERIFY(p.problems.first().startsWith(QLatin1String("line 3: ")));
    }
}

void TestMailPolicy::policyGarbageIsBounded()
{
    // 52 KB of lines without ":": a bounded list of sentences, the rest counted.
    QByteArray body;
    for (int i = 0; i < 4000; ++i)
        body += "garbage line\n";
    const StsPolicyText p = parseStsPolicy(body);
    QVERIFY(p.problems.size() < 40);
    QVERIFY(hasProblem(p.problems, QStringLiteral("more lines have problems")));
    QVERIFY(hasProblem(p.problems, QStringLiteral("3980 more")));
}

void TestMailPolicy::policyTooLong()
{
    QByteArray body = crlf("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 86400\n");
    body += "comment: " + QByteArray(int(limits::kStsPolicyBytes), 'x') + "\r\n";
    const StsPolicyText p = parseStsPolicy(body);
    QCOMPARE(p.mode, QStringLiteral("enforce"));
    QVERIFY(hasProblem(p.problems, QStringLiteral("longer than %1 bytes").arg(limits::kStsPolicyBytes)));
}

// ---- pattern matching -----------------------------------------------------------------------

void TestMailPolicy::patternMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << QStringLiteral("mail.example.com") << QStringLiteral("mail.example.com") << true;
    QTest::newRow("case") << QStringLiteral("Mail.Example.COM") << QStringLiteral("mail.EXAMPLE.com") << true;
    QTest::newRow("trailing dot host") << QStringLiteral("mail.example.com") << QStringLiteral("mail.example.com.") << true;
    QTest::newRow("trailing dot pattern") << QStringLiteral("mail.example.com.") << QStringLiteral("mail.example.com") << true;
    QTest::newRow("other name") << QStringLiteral("mail.example.com") << QStringLiteral("mx.example.com") << false;
    QTest::newRow("suffix is not a match") << QStringLiteral("example.com") << QStringLiteral("mail.example.com") << false;
    QTest::newRow("wildcard one label") << QStringLiteral("*.example.com") << QStringLiteral("mx1.example.com") << true;
    QTest::newRow("wildcard case") << QStringLiteral("*.EXAMPLE.com") << QStringLiteral("MX1.example.COM.") << true;
    QTest::newRow("wildcard two labels") << QStringLiteral("*.example.com") << QStringLiteral("a.b.example.com") << false;
    QTest::newRow("wildcard not the parent") << QStringLiteral("*.example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("wildcard empty label") << QStringLiteral("*.example.com") << QStringLiteral(".example.com") << false;
    QTest::newRow("wildcard other domain") << QStringLiteral("*.example.com") << QStringLiteral("mx.badexample.com") << false;
    QTest::newRow("wildcard suffix only") << QStringLiteral("*.example.com") << QStringLiteral("mxexample.com") << false;
    QTest::newRow("wildcard inside is literal") << QStringLiteral("mx.*.example.com") << QStringLiteral("mx.a.example.com") << false;
    QTest::newRow("bare star") << QStringLiteral("*") << QStringLiteral("mx") << false;
    QTest::newRow("star dot") << QStringLiteral("*.") << QStringLiteral("mx") << false;
    QTest::newRow("empty pattern") << QString() << QStringLiteral("mx.example.com") << false;
    QTest::newRow("empty host") << QStringLiteral("*.example.com") << QString() << false;
}

void TestMailPolicy::patternMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(stsPatternMatches(pattern, host), matches);
}

void TestMailPolicy::patternsMatchingList()
{
    const QStringList patterns{QStringLiteral("mail.example.com"), QStringLiteral("*.example.com"),
                               QStringLiteral("*.example.net")};
    QCOMPARE(stsPatternsMatching(patterns, QStringLiteral("mail.example.com")),
             (QStringList{QStringLiteral("mail.example.com"), QStringLiteral("*.example.com")}));
    QCOMPARE(stsPatternsMatching(patterns, QStringLiteral("mx.example.net")), QStringList{QStringLiteral("*.example.net")});
    QVERIFY(stsPatternsMatching(patterns, QStringLiteral("a.mx.example.net")).isEmpty());
}

// ---- TLS-RPT --------------------------------------------------------------------------------

void TestMailPolicy::tlsRptGood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rua");
    QTest::newRow("mailto") << QStringLiteral("v=TLSRPTv1; rua=mailto:tlsrpt@example.com")
                            << QStringList{QStringLiteral("mailto:tlsrpt@example.com")};
    QTest::newRow("https") << QStringLiteral("v=TLSRPTv1;rua=https://reports.example.com/v1/tlsrpt")
                           << QStringList{QStringLiteral("https://reports.example.com/v1/tlsrpt")};
    QTest::newRow("two, spaces") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com , https://r.example.com/x;")
                                 << QStringList{QStringLiteral("mailto:a@example.com"), QStringLiteral("https://r.example.com/x")};
    QTest::newRow("scheme upper case") << QStringLiteral("v=TLSRPTv1; rua=MAILTO:a@example.com")
                                       << QStringList{QStringLiteral("MAILTO:a@example.com")};
    QTest::newRow("encoded !") << QStringLiteral("v=TLSRPTv1; rua=mailto:a%21b@example.com")
                               << QStringList{QStringLiteral("mailto:a%21b@example.com")};
    QTest::newRow("extension") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com; ext=1")
                               << QStringList{QStringLiteral("mailto:a@example.com")};
    QTest::newRow("mailto with subject") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com?subject=tls")
                                         << QStringList{QStringLiteral("mailto:a@example.com?subject=tls")};
}

void TestMailPolicy::tlsRptGood()
{
    QFETCH(QString, text);
    QFETCH(QStringList, rua);
    const TlsRptRecord r = parseTlsRptRecord(text);
    QVERIFY(r.isTlsRpt);
    QCOMPARE(r.rua, rua);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1String(" | "))));
}

void TestMailPolicy::tlsRptProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isTlsRpt");
    QTest::addColumn<int>("ruaCount");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("not TLS-RPT") << QStringLiteral("v=STSv1; id=1") << false << 0
                                 << QStringList{QStringLiteral("does not start with \"v=TLSRPTv1\"")};
    QTest::newRow("lower case") << QStringLiteral("v=tlsrptv1; rua=mailto:a@example.com") << false << 0
                                << QStringList{QStringLiteral("case-sensitive")};
    QTest::newRow("no rua") << QStringLiteral("v=TLSRPTv1") << true << 0 << QStringList{QStringLiteral("rua= is missing")};
    QTest::newRow("empty rua") << QStringLiteral("v=TLSRPTv1; rua=") << true << 0 << QStringList{QStringLiteral("rua= is empty")};
    QTest::newRow("http") << QStringLiteral("v=TLSRPTv1; rua=http://r.example.com/") << true << 1
                          << QStringList{QStringLiteral("neither mailto: nor https:")};
    QTest::newRow("no scheme") << QStringLiteral("v=TLSRPTv1; rua=tlsrpt@example.com") << true << 1
                               << QStringList{QStringLiteral("no scheme")};
    QTest::newRow("mailto without address") << QStringLiteral("v=TLSRPTv1; rua=mailto:") << true << 1
                                            << QStringList{QStringLiteral("no address")};
    QTest::newRow("mailto without @") << QStringLiteral("v=TLSRPTv1; rua=mailto:tlsrpt") << true << 1
                                      << QStringList{QStringLiteral("not one address")};
    QTest::newRow("mailto without domain") << QStringLiteral("v=TLSRPTv1; rua=mailto:tlsrpt@") << true << 1
                                           << QStringList{QStringLiteral("not one address")};
    QTest::newRow("DMARC size limit") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com!10m") << true << 1
                                      << QStringList{QStringLiteral("DMARC syntax")};
    QTest::newRow("https without host") << QStringLiteral("v=TLSRPTv1; rua=https:/path") << true << 1
                                        << QStringList{QStringLiteral("not a valid https URL")};
    QTest::newRow("duplicate URI") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com,mailto:a@example.com") << true << 2
                                   << QStringList{QStringLiteral("listed twice")};
    QTest::newRow("two rua fields") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com")
                                    << true << 1 << QStringList{QStringLiteral("appears 2 times")};
    QTest::newRow("space separated URIs") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com mailto:b@example.com")
                                          << true << 1 << QStringList{QStringLiteral("space")};
    QTest::newRow("empty URI in the list") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com,,mailto:b@example.com")
                                           << true << 2 << QStringList{QStringLiteral("empty URI")};
    QTest::newRow("missing ;") << QStringLiteral("v=TLSRPTv1 rua=mailto:a@example.com") << true << 1
                               << QStringList{QStringLiteral("not followed by \";\"")};
    QTest::newRow("trailing space") << QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com ") << true << 1
                                    << QStringList{QStringLiteral("ends with whitespace")};
}

void TestMailPolicy::tlsRptProblems()
{
    QFETCH(QString, text);
    QFETCH(bool, isTlsRpt);
    QFETCH(int, ruaCount);
    QFETCH(QStringList, problems);
    const TlsRptRecord r = parseTlsRptRecord(text);
    QCOMPARE(r.isTlsRpt, isTlsRpt);
    QCOMPARE(r.rua.size(), ruaCount);
    QVERIFY2(r.problems.size() == problems.size(), qPrintable(r.problems.join(QLatin1String(" | "))));
    for (const QString &p : problems)
        QVERIFY(hasProblem(r.problems, p));
}

MAILTLS_TEST_MAIN(TestMailPolicy)
#include "test_mail_policy.moc"
