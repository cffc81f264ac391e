// A finding's title and detail: English for the contracts, the phrase for the faces.

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

#include "model/finding.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

class FakeChinese : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Findings") == 0 && qstrcmp(source, "The certificate of %1 has expired") == 0)
            return QStringLiteral("%1 的证书已过期");
        if (qstrcmp(context, "Findings") == 0 && qstrcmp(source, "It expired %1 days ago.") == 0)
            return QStringLiteral("它已于 %1 天前过期。");
        return {};
    }
};

} // namespace

class TestFindingText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shownTextFollowsTheLanguageContractTextDoesNot();
    void textChangedByHandIsShownAsIs();
};

void TestFindingText::shownTextFollowsTheLanguageContractTextDoesNot()
{
    FakeChinese chinese;
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    const Finding f = makeFinding(QStringLiteral("cert.expired"), Severity::Critical,
                                  phrase("Findings", "The certificate of %1 has expired").arg(QStringLiteral("mx.example")),
                                  phrase("Findings", "It expired %1 days ago.").arg(3), QStringLiteral("notAfter ..."));
    QCOMPARE(f.title, QStringLiteral("The certificate of mx.example has expired"));
    QCOMPARE(f.detail, QStringLiteral("It expired 3 days ago."));
    QCOMPARE(shownTitle(f), QStringLiteral("mx.example 的证书已过期"));
    QCOMPARE(shownDetail(f), QStringLiteral("它已于 3 天前过期。"));
    QVERIFY(QCoreApplication::removeTranslator(&chinese));
    QCOMPARE(shownTitle(f), f.title);
}

void TestFindingText::textChangedByHandIsShownAsIs()
{
    FakeChinese chinese;
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    Finding f = makeFinding(QStringLiteral("cert.expired"), Severity::Critical,
                            phrase("Findings", "The certificate of %1 has expired").arg(QStringLiteral("a")), QString(), {});
    f.title += QStringLiteral(" (edited)");   // the phrase no longer says the same: the text wins
    QCOMPARE(shownTitle(f), QStringLiteral("The certificate of a has expired (edited)"));
    setTitle(&f, phrase("Findings", "The certificate of %1 has expired").arg(QStringLiteral("b")));
    QCOMPARE(shownTitle(f), QStringLiteral("b 的证书已过期"));
    // Read back from JSON: plain text, shown as it is.
    Finding read;
    read.title = QStringLiteral("The certificate of c has expired");
    QCOMPARE(shownTitle(read), read.title);
    QVERIFY(QCoreApplication::removeTranslator(&chinese));
}

MAILTLS_TEST_MAIN(TestFindingText)
#include "test_finding_text.moc"
