// What a refusing reply most likely means: the server's words where they are clear, the code
// where they are not, and an honest "does not say which" for a bare 421 or 554.

#include <QtTest>

#include "diagnose/refusal_hint.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestRefusalHint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void causes_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("greylisted") << "451 4.7.1 Greylisted, please try again in 300 seconds" << "greeting"
                                    << "greylisting" << "5-15 minutes";
        QTest::newRow("spamhaus") << "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org"
                                  << "greeting" << "blocklist" << "zen.spamhaus.org";
        QTest::newRow("no ptr") << "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.7]"
                                << "ehlo" << "reverse_dns" << "PTR";
        QTest::newRow("reputation") << "550 5.7.1 Your IP has a poor reputation" << "ehlo" << "blocklist" << "reputation";
        QTest::newRow("too many") << "421 4.7.0 mx.example.org Too many concurrent SMTP connections; please try again later"
                                  << "greeting" << "rate_limit" << "--per-host 1";
        QTest::newRow("throttled") << "451 4.7.1 throttled, slow down" << "ehlo" << "rate_limit" << "fewer at once";
        QTest::newRow("454 starttls") << "454 4.7.0 TLS currently unavailable" << "starttls" << "tls_unavailable"
                                      << "certificate";
        QTest::newRow("tls text elsewhere") << "454 TLS not available due to local problem" << "ehlo"
                                            << "tls_unavailable" << "key";
        QTest::newRow("helo name") << "550 5.7.1 <vm>: Helo command rejected: need fully-qualified hostname" << "ehlo"
                                   << "ehlo_name" << "--ehlo NAME";
        QTest::newRow("501 ehlo") << "501 5.5.2 Syntax: EHLO hostname" << "ehlo" << "ehlo_name" << "(\"vm\")";
        QTest::newRow("bare 421") << "421 4.3.2 Service shutting down" << "greeting" << "busy_or_closing"
                                  << "does not say which";
        QTest::newRow("bare 554") << "554 mx.example.org" << "greeting" << "policy" << "does not say which";
        QTest::newRow("other 4xx") << "450 4.3.0 later" << "ehlo" << "unclear" << "temporary";
        QTest::newRow("other 5xx") << "550 5.0.0 go away" << "ehlo" << "unclear" << "permanent";
    }

    void causes()
    {
        QFETCH(QString, reply);
        QFETCH(QString, step);
        QFETCH(QString, cause);
        QFETCH(QString, mentions);
        const RefusalHint h = refusalHint(reply, step, QStringLiteral("vm"));
        QCOMPARE(h.cause, cause);
        QVERIFY2(h.text.contains(mentions), qPrintable(h.text));
    }

    void notARefusal()
    {
        for (const char *reply : {"220 mx.example.org ESMTP", "250 ok", "", "garbage", "42"}) {
            const RefusalHint h = refusalHint(QString::fromLatin1(reply), QStringLiteral("greeting"));
            QVERIFY2(h.cause.isEmpty() && h.text.isEmpty(), reply);
        }
    }
};

MAILTLS_TEST_MAIN(TestRefusalHint)
#include "test_refusal_hint.moc"
