// The CLI's choice of language from the environment (app/cli/cli_language.h) and the padding
// of translated labels by terminal columns (app/cli/cli_tr.h).
#include <QtTest>

#include "cli_language.h"
#include "cli_tr.h"
#include "test_registry.h"

using namespace mailtls::cli;

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data();
    void codes();
    void environment_data();
    void environment();
    void columns();
};

void TestCliLanguage::codes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("de_DE.UTF-8") << "de_DE.UTF-8" << "de";
    QTest::newRow("de_AT@euro") << "de_AT@euro" << "de";
    QTest::newRow("zh_TW") << "zh_TW.UTF-8" << "zh_TW";
    QTest::newRow("zh_HK") << "zh_HK" << "zh_TW";
    QTest::newRow("zh-Hant") << "zh-Hant" << "zh_TW";
    QTest::newRow("zh_CN") << "zh_CN.GB2312" << "zh_CN";
    QTest::newRow("zh_SG") << "zh_SG" << "zh_CN";
    QTest::newRow("EN") << "EN" << "en";
    QTest::newRow("C") << "C" << "";
    QTest::newRow("C.UTF-8") << "C.UTF-8" << "";
    QTest::newRow("POSIX") << "POSIX" << "";
    QTest::newRow("fr_FR") << "fr_FR.UTF-8" << "";
    QTest::newRow("empty") << "" << "";
}

void TestCliLanguage::codes()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(cliLanguageCode(text), code);
}

void TestCliLanguage::environment_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lcMessages");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing set") << "" << "" << "" << "" << "" << "";
    QTest::newRow("LANG=de") << "" << "" << "" << "de_DE.UTF-8" << "" << "de";
    QTest::newRow("LANG=C") << "" << "" << "" << "C" << "" << "";
    QTest::newRow("LC_ALL=C wins") << "" << "C" << "de_DE.UTF-8" << "de_DE.UTF-8" << "" << "";
    QTest::newRow("LC_MESSAGES over LANG") << "" << "" << "zh_TW.UTF-8" << "de_DE.UTF-8" << "" << "zh_TW";
    QTest::newRow("LANGUAGE list") << "" << "" << "" << "en_GB.UTF-8" << "fr:zh_CN:de" << "zh_CN";
    QTest::newRow("LANGUAGE ignored in C") << "" << "" << "" << "C.UTF-8" << "de" << "";
    QTest::newRow("LANGUAGE en first") << "" << "" << "" << "de_DE.UTF-8" << "en:de" << "";
    QTest::newRow("override wins") << "zh_TW" << "C" << "" << "" << "" << "zh_TW";
    QTest::newRow("override en") << "en" << "" << "" << "de_DE.UTF-8" << "" << "";
    QTest::newRow("unknown override ignored") << "klingon" << "" << "" << "de_DE.UTF-8" << "" << "de";
}

void TestCliLanguage::environment()
{
    QFETCH(QString, override);
    QFETCH(QString, lcAll);
    QFETCH(QString, lcMessages);
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(cliLanguageFor(override, lcAll, lcMessages, lang, language), expected);
}

void TestCliLanguage::columns()
{
    QCOMPARE(displayColumns(QStringLiteral("Host")), 4);
    QCOMPARE(displayColumns(QStringLiteral("主机")), 4);
    QCOMPARE(displayColumns(QStringLiteral("憑證鏈（2）")), 11);   // full-width parentheses are two columns each
    QCOMPARE(padColumns(QStringLiteral("主机"), 20), QStringLiteral("主机") + QString(16, QLatin1Char(' ')));
    QCOMPARE(padColumns(QStringLiteral("Host"), 20).size(), 20);
    // Longer than the column: one space still separates it from the value.
    QCOMPARE(padColumns(QStringLiteral("Schlüsselaustauschgruppe"), 20), QStringLiteral("Schlüsselaustauschgruppe "));
    QCOMPARE(padColumns(QString(), 3), QStringLiteral("   "));
}

MAILTLS_TEST_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
