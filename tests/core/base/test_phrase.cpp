// Phrase: core's English text with its template kept, shown translated by the faces.

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

#include "base/error.h"
#include "base/phrase.h"
#include "test_registry.h"

using namespace mailtls::core;

namespace {

// A translator that knows two templates of the context "Findings".
class FakeGerman : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Errors") == 0) {
            if (qstrcmp(source, "cannot read %1: %2") == 0)
                return QStringLiteral("%1 kann nicht gelesen werden: %2");
            if (qstrcmp(source, "no such file") == 0)
                return QStringLiteral("keine solche Datei");
            return {};
        }
        if (qstrcmp(context, "Findings") != 0)
            return {};
        if (qstrcmp(source, "The server sent %1 byte(s) after \"%2\"") == 0)
            return QStringLiteral("Nach „%2“ sandte der Server %1 Byte(s)");
        if (qstrcmp(source, "%1 (%2 of %3 MX addresses)") == 0)
            return QStringLiteral("%1 (%2 von %3 MX-Adressen)");
        if (qstrcmp(source, "The certificate has expired") == 0)
            return QStringLiteral("Das Zertifikat ist abgelaufen");
        return {};
    }
};

} // namespace

class TestPhrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishIsTheFilledTemplate();
    void valuesAreNeverSubstitutedTwice();
    void localizedUsesTheTranslatorAndTheSameValues();
    void nestedPhrasesFollowTheLanguage();
    void verbatimTextIsNotTranslated();
    void errorsKeepTheirPhrase();
};

void TestPhrase::englishIsTheFilledTemplate()
{
    const Phrase p = phrase("Findings", "The server sent %1 byte(s) after \"%2\"").arg(12).arg(QStringLiteral("220 go"));
    QCOMPARE(p.english(), QStringLiteral("The server sent 12 byte(s) after \"220 go\""));
    // Exactly what QString::arg() gives for the same template and values, numbers included.
    QCOMPARE(phrase("Findings", "%1 s, %2 bits, %3").arg(1.5).arg(qint64(4096)).arg(QLatin1String("x")).english(),
             QStringLiteral("%1 s, %2 bits, %3").arg(1.5).arg(qint64(4096)).arg(QLatin1String("x")));
    QCOMPARE(phrase("Findings", "%1 %").arg(3.25, 0, 'f', 1).english(), QStringLiteral("%1 %").arg(3.25, 0, 'f', 1));
    QCOMPARE(phrase("Findings", "%2 before %1").arg(QStringLiteral("a"), QStringLiteral("b")).english(),
             QStringLiteral("b before a"));
    // A placeholder without a value stays as written; "%0" and "% 1" are no placeholders.
    QCOMPARE(phrase("Findings", "%1 and %2, %0, % 1").arg(QStringLiteral("one")).english(),
             QStringLiteral("one and %2, %0, % 1"));
}

void TestPhrase::valuesAreNeverSubstitutedTwice()
{
    // A server's reply that contains "%2" stays as it came (chained QString::arg() would put
    // the second value into it).
    const Phrase p = phrase("Findings", "The server sent %1 byte(s) after \"%2\"")
                         .arg(QStringLiteral("%2%1"))
                         .arg(QStringLiteral("250 %1 ok"));
    QCOMPARE(p.english(), QStringLiteral("The server sent %2%1 byte(s) after \"250 %1 ok\""));
}

void TestPhrase::localizedUsesTheTranslatorAndTheSameValues()
{
    const Phrase p = phrase("Findings", "The server sent %1 byte(s) after \"%2\"").arg(7).arg(QStringLiteral("220 %1"));
    QCOMPARE(p.localized(), p.english());   // no translator installed: English
    FakeGerman german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(p.localized(), QStringLiteral("Nach „220 %1“ sandte der Server 7 Byte(s)"));
    QCOMPARE(p.english(), QStringLiteral("The server sent 7 byte(s) after \"220 %1\""));
    // A template the translation lacks stays English.
    QCOMPARE(phrase("Findings", "Untranslated %1").arg(1).localized(), QStringLiteral("Untranslated 1"));
    QVERIFY(QCoreApplication::removeTranslator(&german));
}

void TestPhrase::nestedPhrasesFollowTheLanguage()
{
    const Phrase title = phrase("Findings", "The certificate has expired");
    const Phrase counted = phrase("Findings", "%1 (%2 of %3 MX addresses)").arg(title).arg(2).arg(3);
    QCOMPARE(counted.english(), QStringLiteral("The certificate has expired (2 of 3 MX addresses)"));
    FakeGerman german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(counted.localized(), QStringLiteral("Das Zertifikat ist abgelaufen (2 von 3 MX-Adressen)"));
    QVERIFY(QCoreApplication::removeTranslator(&german));
}

void TestPhrase::verbatimTextIsNotTranslated()
{
    const Phrase plain(QStringLiteral("The certificate has expired"));
    QVERIFY(!plain.translatable());
    QVERIFY(!plain.isEmpty());
    QVERIFY(Phrase().isEmpty());
    FakeGerman german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(plain.localized(), QStringLiteral("The certificate has expired"));
    QVERIFY(QCoreApplication::removeTranslator(&german));
}

void TestPhrase::errorsKeepTheirPhrase()
{
    // An error written as a phrase: English in `message` (logs, JSON), the template for the faces.
    const Phrase why = phrase("Errors", "no such file");
    const Error e = makeError(ErrorKind::FileUnreadable,
                              phrase("Errors", "cannot read %1: %2").arg(QStringLiteral("/tmp/%1.pem")).arg(why));
    QCOMPARE(e.message, QStringLiteral("cannot read /tmp/%1.pem: no such file"));
    QVERIFY(e.messagePhrase.translatable());
    QCOMPARE(shownMessage(e), e.message);   // no translator: English
    Error viaFail;
    QVERIFY(!fail(&viaFail, ErrorKind::FileUnreadable, phrase("Errors", "no such file")));
    QCOMPARE(viaFail.kind, ErrorKind::FileUnreadable);
    QCOMPARE(viaFail.message, QStringLiteral("no such file"));

    FakeGerman german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(shownMessage(e), QStringLiteral("/tmp/%1.pem kann nicht gelesen werden: keine solche Datei"));
    // Passed on inside a longer message, the inner part stays translatable.
    const Phrase longer = phrase("Errors", "cannot read %1: %2").arg(QStringLiteral("a.key")).arg(messageOf(viaFail));
    QCOMPARE(longer.localized(), QStringLiteral("a.key kann nicht gelesen werden: keine solche Datei"));
    // A message changed after it was made is shown as it is now, in English, never the stale phrase.
    Error changed = e;
    changed.message += QStringLiteral(" (after 3 tries)");
    QCOMPARE(shownMessage(changed), changed.message);
    QVERIFY(!messageOf(changed).translatable());
    QCOMPARE(messageOf(changed).english(), changed.message);
    // A plain QString message is shown as written.
    const Error plain = makeError(ErrorKind::Io, QStringLiteral("no such file"));
    QVERIFY(!plain.messagePhrase.translatable());
    QCOMPARE(shownMessage(plain), QStringLiteral("no such file"));
    QVERIFY(QCoreApplication::removeTranslator(&german));
}

MAILTLS_TEST_MAIN(TestPhrase)
#include "test_phrase.moc"
