// The suite explainer: one suite typed in IANA, OpenSSL and GnuTLS notation or as its code
// gives the same breakdown; forward secrecy, AEAD, grade reasons and the certificate needed
// follow the suite's parts; unknown names get close suggestions. (The JSON:
// report/test_explanation_json.)

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include "catalog/cipher_catalog.h"
#include "explain/suite_explainer.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestSuiteExplainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSuiteInEveryNotation_data();
    void sameSuiteInEveryNotation();
    void tls13Suite();
    void staticRsaHasNoForwardSecrecy();
    void insecureSuitesSayWhy();
    void certificateFollowsAuthentication();
    void unknownNameSuggestsCloseOnes();
    void everyCatalogSuiteExplains();
    void namesForTheCompleter();
    void legacyOpensslNames();
    void text();
    void phrasesKeepTheEnglish();
    void localizedText();
};

namespace {

// Marks every "Explain" text it translates, so a test sees which parts went through it.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Explain") != 0)
            return QString();
        return QStringLiteral("<<") + QString::fromUtf8(source) + QStringLiteral(">>");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestSuiteExplainer::sameSuiteInEveryNotation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("notation");
    QTest::newRow("iana") << QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384") << QStringLiteral("IANA");
    QTest::newRow("openssl") << QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384") << QStringLiteral("OpenSSL");
    QTest::newRow("gnutls") << QStringLiteral("TLS_ECDHE_RSA_AES_256_GCM_SHA384") << QStringLiteral("GnuTLS");
    QTest::newRow("lower case") << QStringLiteral("ecdhe-rsa-aes256-gcm-sha384") << QStringLiteral("OpenSSL");
    QTest::newRow("code") << QStringLiteral("0xC030") << QStringLiteral("code");
    QTest::newRow("code pair") << QStringLiteral("0xC0,0x30") << QStringLiteral("code");
    QTest::newRow("java style") << QStringLiteral("SSL_ECDHE_RSA_WITH_AES_256_GCM_SHA384") << QStringLiteral("IANA");
}

void TestSuiteExplainer::sameSuiteInEveryNotation()
{
    QFETCH(QString, input);
    QFETCH(QString, notation);
    const SuiteExplanation e = explainSuite(input);
    QVERIFY2(e.found, qPrintable(e.error()));
    QCOMPARE(e.notation, notation);
    QCOMPARE(e.suite.code, quint16(0xC030));
    QCOMPARE(e.codeHex, QStringLiteral("0xC030"));
    QCOMPARE(e.keyExchange.name, QStringLiteral("ECDHE"));
    QCOMPARE(e.authentication.name, QStringLiteral("RSA"));
    QCOMPARE(e.cipher.name, QStringLiteral("AES-256-GCM"));
    QVERIFY(e.mac.name.contains(QLatin1String("SHA-384")));
    QCOMPARE(e.versions, QStringList{QStringLiteral("TLSv1.2")});
    QVERIFY(e.versionsText.startsWith(QLatin1String("TLS 1.2 only")));
    QVERIFY(e.forwardSecrecy);
    QVERIFY(e.aead);
    QCOMPARE(e.grade, QStringLiteral("strong"));
    QVERIFY(e.certificate.startsWith(QLatin1String("An RSA certificate")));
    QVERIFY(e.certificate.contains(QLatin1String("sign")));
}

void TestSuiteExplainer::tls13Suite()
{
    const SuiteExplanation e = explainSuite(QStringLiteral("TLS_CHACHA20_POLY1305_SHA256"));
    QVERIFY(e.found);
    QCOMPARE(e.notation, QStringLiteral("IANA/OpenSSL/GnuTLS"));
    QCOMPARE(e.versions, QStringList{QStringLiteral("TLSv1.3")});
    QVERIFY(e.forwardSecrecy);
    QVERIFY(e.aead);
    QVERIFY(e.mac.name.contains(QLatin1String("HKDF-SHA-256")));
    QVERIFY(e.certificate.startsWith(QLatin1String("Any")));
    QVERIFY(e.keyExchange.meaning.contains(QLatin1String("key_share")));
    QCOMPARE(e.grade, QStringLiteral("strong"));
    const SuiteExplanation ccm8 = explainSuite(QStringLiteral("TLS_AES_128_CCM_8_SHA256"));
    QCOMPARE(ccm8.grade, QStringLiteral("acceptable"));
    QVERIFY(ccm8.gradeReasons.join(QLatin1Char(' ')).contains(QLatin1String("8-byte tag")));
}

void TestSuiteExplainer::staticRsaHasNoForwardSecrecy()
{
    const SuiteExplanation e = explainSuite(QStringLiteral("AES128-SHA"));
    QVERIFY(e.found);
    QCOMPARE(e.suite.iana, QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA"));
    QVERIFY(!e.forwardSecrecy);
    QVERIFY(!e.aead);
    QCOMPARE(e.grade, QStringLiteral("weak"));
    QVERIFY(e.gradeReasons.first().startsWith(QLatin1String("No forward secrecy")));
    QVERIFY(e.certificate.contains(QLatin1String("keyEncipherment")));
    QVERIFY(e.versions.contains(QStringLiteral("SSLv3")));
    QVERIFY(e.versionsText.contains(QLatin1String("not in TLS 1.3")));
    QCOMPARE(e.mac.name, QStringLiteral("HMAC-SHA1"));
}

void TestSuiteExplainer::insecureSuitesSayWhy()
{
    const SuiteExplanation rc4 = explainSuite(QStringLiteral("RC4-MD5"));
    QCOMPARE(rc4.grade, QStringLiteral("insecure"));
    QVERIFY(rc4.gradeReasons.join(QLatin1Char(' ')).contains(QLatin1String("RFC 7465")));
    const SuiteExplanation anon = explainSuite(QStringLiteral("ADH-AES256-GCM-SHA384"));
    QCOMPARE(anon.grade, QStringLiteral("insecure"));
    QVERIFY(anon.gradeReasons.first().startsWith(QLatin1String("No authentication")));
    QVERIFY(anon.certificate.startsWith(QLatin1String("None")));
    const SuiteExplanation des3 = explainSuite(QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA"));
    QCOMPARE(des3.grade, QStringLiteral("weak"));
    QVERIFY(des3.gradeReasons.join(QLatin1Char(' ')).contains(QLatin1String("Sweet32")));
    const SuiteExplanation null = explainSuite(QStringLiteral("TLS_RSA_WITH_NULL_SHA256"));
    QVERIFY(null.gradeReasons.first().startsWith(QLatin1String("No encryption")));
    QVERIFY(!null.aead);
    const SuiteExplanation exp = explainSuite(QStringLiteral("TLS_RSA_EXPORT_WITH_RC4_40_MD5"));
    QVERIFY(exp.gradeReasons.join(QLatin1Char(' ')).contains(QLatin1String("Export grade")));
    // An SSLv2 cipher kind by name and by code.
    const SuiteExplanation v2 = explainSuite(QStringLiteral("SSL_CK_RC4_128_WITH_MD5"));
    QVERIFY(v2.found);
    QCOMPARE(v2.versions, QStringList{QStringLiteral("SSLv2")});
    QCOMPARE(explainSuite(QStringLiteral("0x010080")).suite.iana, QStringLiteral("SSL_CK_RC4_128_WITH_MD5"));
}

void TestSuiteExplainer::certificateFollowsAuthentication()
{
    QVERIFY(explainSuite(QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")).certificate.startsWith(QLatin1String("An ECDSA certificate")));
    QVERIFY(explainSuite(QStringLiteral("TLS_ECDH_RSA_WITH_AES_128_CBC_SHA")).certificate.contains(QLatin1String("keyAgreement")));
    QVERIFY(explainSuite(QStringLiteral("TLS_DH_DSS_WITH_AES_128_CBC_SHA")).certificate.contains(QLatin1String("Diffie-Hellman")));
    QVERIFY(explainSuite(QStringLiteral("PSK-AES128-CBC-SHA")).certificate.startsWith(QLatin1String("None")));
    QVERIFY(explainSuite(QStringLiteral("DHE-DSS-AES128-SHA")).certificate.startsWith(QLatin1String("A DSA certificate")));
    // ECC suites were never defined for SSLv3.
    QVERIFY(!explainSuite(QStringLiteral("ECDHE-RSA-AES128-SHA")).versions.contains(QStringLiteral("SSLv3")));
}

void TestSuiteExplainer::unknownNameSuggestsCloseOnes()
{
    const SuiteExplanation typo = explainSuite(QStringLiteral("ECDHE-RSA-AES256-GCM-SHA348"));
    QVERIFY(!typo.found);
    QVERIFY(!typo.suggestions.isEmpty());
    QCOMPARE(typo.suggestions.first(), QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));
    QVERIFY(typo.error().contains(QLatin1String("did you mean")));
    const SuiteExplanation fragment = explainSuite(QStringLiteral("CHACHA20-POLY1305"));
    QVERIFY(!fragment.found);
    QVERIFY(fragment.suggestions.join(QLatin1Char(' ')).contains(QLatin1String("CHACHA20-POLY1305")));
    const SuiteExplanation junk = explainSuite(QStringLiteral("qqqqqqqqqqqqqqqqqqqqqqqqqqqq"));
    QVERIFY(!junk.found);
    QVERIFY(junk.suggestions.isEmpty());
    QVERIFY(!explainSuite(QString()).found);
    QVERIFY(!explainSuite(QStringLiteral("0xFFFF")).found);
}

void TestSuiteExplainer::everyCatalogSuiteExplains()
{
    const CipherCatalog &catalog = CipherCatalog::instance();
    QVERIFY(catalog.isValid());
    for (const SuiteInfo &s : catalog.suites()) {
        const SuiteExplanation e = explainSuite(s.iana);
        QVERIFY2(e.found, qPrintable(s.iana));
        QCOMPARE(e.suite.code, s.code);
        QVERIFY2(!e.keyExchange.meaning.isEmpty() && !e.authentication.meaning.isEmpty() && !e.cipher.meaning.isEmpty()
                     && !e.mac.meaning.isEmpty() && !e.certificate.isEmpty() && !e.gradeReasons.isEmpty(),
                 qPrintable(s.iana));
        QCOMPARE(e.grade, gradeSuite(s));
        if (!s.openssl.isEmpty())
            QCOMPARE(explainSuite(s.openssl).suite.code, s.code);
        if (!s.gnutls.isEmpty())
            QCOMPARE(explainSuite(s.gnutls).suite.code, s.code);
    }
}

void TestSuiteExplainer::namesForTheCompleter()
{
    const QStringList all = allSuiteNames();
    QVERIFY(all.contains(QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384")));
    QVERIFY(all.contains(QStringLiteral("TLS_ECDHE_RSA_AES_256_GCM_SHA384")));
    QVERIFY(all.contains(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")));
    QVERIFY(all.size() > 600);
    QVERIFY(!allSuiteNames(QStringLiteral("OpenSSL")).contains(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")));
}

void TestSuiteExplainer::legacyOpensslNames()
{
    // Names of suites the linked OpenSSL dropped, from the catalog's legacy column.
    const SuiteExplanation des3 = explainSuite(QStringLiteral("DES-CBC3-SHA"));
    QVERIFY(des3.found);
    QCOMPARE(des3.notation, QStringLiteral("OpenSSL"));
    QCOMPARE(des3.suite.code, quint16(0x000A));
    QCOMPARE(des3.suite.openssl, QStringLiteral("DES-CBC3-SHA"));
    QCOMPARE(des3.grade, QStringLiteral("weak"));
    QCOMPARE(explainSuite(QStringLiteral("rc4-sha")).suite.code, quint16(0x0005));
    QCOMPARE(explainSuite(QStringLiteral("0x0005")).suite.openssl, QStringLiteral("RC4-SHA"));
    QVERIFY(allSuiteNames(QStringLiteral("OpenSSL")).contains(QStringLiteral("EDH-RSA-DES-CBC3-SHA")));
    QCOMPARE(explainSuite(QStringLiteral("DES-CBC3")).suggestions.value(0), QStringLiteral("DES-CBC3-SHA"));
}

void TestSuiteExplainer::text()
{
    const SuiteExplanation e = explainSuite(QStringLiteral("DHE-RSA-AES128-GCM-SHA256"));
    const QString text = explanationText(e);
    QVERIFY(text.startsWith(QLatin1String("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256 (0x009E)")));
    QVERIFY(text.contains(QLatin1String("Key exchange      DHE")));
    QVERIFY(text.contains(QLatin1String("Grade             strong")));
    QVERIFY(explanationText(explainSuite(QStringLiteral("AES128-SHAA"))).startsWith(QLatin1String("unknown cipher suite 'AES128-SHAA'")));
}

void TestSuiteExplainer::phrasesKeepTheEnglish()
{
    // The English fields (JSON) are exactly what the Phrases say in English.
    QStringList inputs;
    for (const SuiteInfo &s : CipherCatalog::instance().suites())
        inputs << s.iana;
    inputs << QStringLiteral("0x0700C0") << QStringLiteral("DES-CBC3-MD5");
    for (const QString &input : inputs) {
        const SuiteExplanation e = explainSuite(input);
        QVERIFY2(e.found, qPrintable(input));
        for (const SuitePart *p : {&e.keyExchange, &e.authentication, &e.cipher, &e.mac}) {
            QCOMPARE(p->namePhrase.english(), p->name);
            QCOMPARE(p->meaningPhrase.english(), p->meaning);
            QVERIFY2(p->meaningPhrase.translatable(), qPrintable(input + QLatin1String(": ") + p->meaning));
        }
        QCOMPARE(e.versionsPhrase.english(), e.versionsText);
        QCOMPARE(e.forwardSecrecyPhrase.english(), e.forwardSecrecyText);
        QCOMPARE(e.aeadPhrase.english(), e.aeadText);
        QCOMPARE(e.certificatePhrase.english(), e.certificate);
        QCOMPARE(e.gradeReasonPhrases.size(), e.gradeReasons.size());
        for (int i = 0; i < e.gradeReasons.size(); ++i)
            QCOMPARE(e.gradeReasonPhrases.at(i).english(), e.gradeReasons.at(i));
        // Without a translator the shown texts are the English ones.
        QCOMPARE(explanationText(e, true), explanationText(e));
    }
    const SuiteExplanation unknown = explainSuite(QStringLiteral("AES128-SHAA"));
    QCOMPARE(unknown.errorPhrase().english(), unknown.error());
}

void TestSuiteExplainer::localizedText()
{
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const SuiteExplanation e = explainSuite(QStringLiteral("ECDHE-RSA-AES128-SHA"));
    const QString shown = explanationText(e, true);
    const QString english = explanationText(e);
    QCoreApplication::removeTranslator(&marking);
    // Labels and sentences are translated; names and values stay.
    QVERIFY2(shown.contains(QLatin1String("<<Key exchange>>")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("<<Grade>>")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("<<weak>>")) || shown.contains(QLatin1String("<<acceptable>>")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("<<%1-bit strength;").arg(e.suite.bits)), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("ECDHE")) && shown.contains(QLatin1String("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")));
    for (const QString &line : shown.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString value = line.trimmed();
        // Every sentence line went through the translator.
        if (value.endsWith(QLatin1Char('.')))
            QVERIFY2(value.contains(QLatin1String("<<")), qPrintable(line));
    }
    // The English (and so the JSON) is untouched.
    QVERIFY(!english.contains(QLatin1String("<<")));
    QVERIFY(!e.keyExchange.meaning.contains(QLatin1String("<<")));
}

MAILTLS_TEST_MAIN(TestSuiteExplainer)
#include "test_suite_explainer.moc"
