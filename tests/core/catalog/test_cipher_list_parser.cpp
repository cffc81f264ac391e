// Pasted cipher lists -> suite codes: OpenSSL names (old and new spellings), OpenSSL keywords
// expanded by the linked library, IANA names, GnuTLS priority strings (gnutls-cli and the
// built-in table).
#include <QProcess>
#include <QTest>

#include "catalog/cipher_list_parser.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestCipherListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileListGivesOneBoundedLine();
    void gatewayListKeepsOrderAndLegacySuites();
    void opensslKeywordsExpandedByLinkedLibrary();
    void ianaNamesAnySeparator();
    void detectsSyntax();
    void gnutlsViaTool();
    void gnutlsBuiltInTable();
    void badInputSaysWhy();
    void legacyOpensslNamesByName();
};

void TestCipherListParser::gatewayListKeepsOrderAndLegacySuites()
{
    const ParsedCipherList list = parseCipherList(QStringLiteral(
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES128-SHA256:"
        "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-SHA256:AES128-SHA256:"
        "AES256-SHA:AES128-SHA:RC4-SHA:DES-CBC3-SHA"));
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.syntax, CipherListSyntax::OpenSsl);
    QCOMPARE(list.ciphers.size(), 14);
    QCOMPARE(list.ciphers.first(), quint16(0xC030));
    QCOMPARE(list.ciphers.at(12), quint16(0x0005));   // RC4-SHA: the linked OpenSSL lacks it, the list keeps it
    QCOMPARE(list.ciphers.last(), quint16(0x000A));   // DES-CBC3-SHA
    QVERIFY(list.tls13Suites.isEmpty());
    QVERIFY(list.versions.isEmpty());
}

void TestCipherListParser::opensslKeywordsExpandedByLinkedLibrary()
{
    const ParsedCipherList list = parseCipherList(QStringLiteral("kEDH+aRSA+AESGCM:!aNULL"));
    QVERIFY2(list.ok(), qPrintable(list.error));
    QVERIFY(list.method.contains(QLatin1String("OpenSSL")));
    QVERIFY(list.ciphers.contains(0x009F));    // DHE-RSA-AES256-GCM-SHA384
    QVERIFY(list.ciphers.contains(0x009E));
    QVERIFY(!list.ciphers.contains(0xC030));   // not DHE
    // HIGH never holds RC4; !aNULL removes the anonymous suites.
    const ParsedCipherList high = parseCipherList(QStringLiteral("HIGH:!aNULL"));
    QVERIFY(high.ok());
    QVERIFY(high.ciphers.contains(0xC02F));
    QVERIFY(!high.ciphers.contains(0x0005));
    QVERIFY(!high.ciphers.contains(0x00A7));   // ADH-AES256-GCM-SHA384
}

void TestCipherListParser::ianaNamesAnySeparator()
{
    const ParsedCipherList list = parseCipherList(
        QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA TLS_AES_128_GCM_SHA256;TLS_NOT_A_SUITE"));
    QCOMPARE(list.syntax, CipherListSyntax::Iana);
    QVERIFY(list.ok());
    QCOMPARE(list.ciphers, (QList<quint16>{0x002F, 0x000A}));
    QCOMPARE(list.tls13Suites, QList<quint16>{0x1301});
    QCOMPARE(list.unknown, QStringList{QStringLiteral("TLS_NOT_A_SUITE")});
}

void TestCipherListParser::detectsSyntax()
{
    QCOMPARE(detectCipherListSyntax(QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.2")), CipherListSyntax::Gnutls);
    QCOMPARE(detectCipherListSyntax(QStringLiteral("SECURE256")), CipherListSyntax::Gnutls);
    QCOMPARE(detectCipherListSyntax(QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA")), CipherListSyntax::Iana);
    QCOMPARE(detectCipherListSyntax(QStringLiteral("HIGH:!aNULL:!MD5")), CipherListSyntax::OpenSsl);
    QCOMPARE(detectCipherListSyntax(QStringLiteral("AES128-SHA")), CipherListSyntax::OpenSsl);
}

void TestCipherListParser::gnutlsViaTool()
{
    QProcess which;
    which.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("command -v gnutls-cli")});
    which.waitForFinished();
    if (which.exitCode() != 0)
        QSKIP("gnutls-cli is not installed (gnutls-bin)");
    const ParsedCipherList list = parseCipherList(QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.2:+3DES-CBC"));
    QVERIFY2(list.ok(), qPrintable(list.error));
    QVERIFY2(list.method.contains(QLatin1String("gnutls-cli")), qPrintable(list.method));
    QCOMPARE(list.versions, QStringList{QStringLiteral("TLSv1.2")});
    QVERIFY(list.ciphers.contains(0x000A));   // +3DES-CBC: TLS_RSA_WITH_3DES_EDE_CBC_SHA
    QVERIFY(list.ciphers.contains(0xC030));
    QVERIFY(list.groups.contains(QStringLiteral("x25519")));
    QVERIFY(list.sigalgs.contains(QStringLiteral("rsa_pss_rsae_sha256")));
    // A string GnuTLS refuses is refused, with GnuTLS's reason.
    const ParsedCipherList bad = parseCipherList(QStringLiteral("NORMAL:+NO-SUCH-THING"), CipherListSyntax::Gnutls);
    QVERIFY(!bad.ok());
}

void TestCipherListParser::gnutlsBuiltInTable()
{
    // "-": the fallback table, as on a machine without gnutls-bin. NORMAL as GnuTLS 3.7 lists it.
    const ParsedCipherList normal = parseCipherList(QStringLiteral("NORMAL"), CipherListSyntax::Gnutls, QStringLiteral("-"));
    QVERIFY2(normal.ok(), qPrintable(normal.error));
    QVERIFY(normal.method.contains(QLatin1String("built-in")));
    QCOMPARE(normal.ciphers.first(), quint16(0xC02C));   // TLS_ECDHE_ECDSA_AES_256_GCM_SHA384 first
    QCOMPARE(normal.ciphers.size(), 25);
    QCOMPARE(normal.tls13Suites, (QList<quint16>{0x1302, 0x1303, 0x1301, 0x1304}));
    QCOMPARE(normal.versions, (QStringList{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    const ParsedCipherList legacy = parseCipherList(QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.2:+3DES-CBC:-DHE-RSA:-GROUP-ALL:+GROUP-SECP256R1"),
                                                    CipherListSyntax::Gnutls, QStringLiteral("-"));
    QVERIFY2(legacy.ok(), qPrintable(legacy.error));
    QCOMPARE(legacy.versions, QStringList{QStringLiteral("TLSv1.2")});
    QVERIFY(legacy.ciphers.contains(0x000A));
    QVERIFY(!legacy.ciphers.contains(0x009F));   // -DHE-RSA
    QVERIFY(legacy.tls13Suites.isEmpty());
    QCOMPARE(legacy.groups, QStringList{QStringLiteral("secp256r1")});
    const ParsedCipherList unknown = parseCipherList(QStringLiteral("NORMAL:+WHATEVER"), CipherListSyntax::Gnutls, QStringLiteral("-"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error.contains(QLatin1String("WHATEVER")));
}

void TestCipherListParser::badInputSaysWhy()
{
    QVERIFY(!parseCipherList(QString()).ok());
    const ParsedCipherList nothing = parseCipherList(QStringLiteral("NO-SUCH-CIPHER:ALSO-NOT"));
    QVERIFY(!nothing.ok());
    QVERIFY(!nothing.error.isEmpty());
    // The faces can translate why: a phrase of the "Errors" context that fills to the same English.
    QVERIFY(nothing.errorPhrase.translatable());
    QCOMPARE(QString::fromLatin1(nothing.errorPhrase.context()), QStringLiteral("Errors"));
    QCOMPARE(nothing.errorPhrase.english(), nothing.error);
    QCOMPARE(shownPhrase(nothing.errorPhrase, nothing.error), nothing.error);   // no translator: English
    const ParsedCipherList empty = parseCipherList(QString());
    QCOMPARE(empty.errorPhrase.source(), QStringLiteral("the cipher list is empty"));
    QCOMPARE(empty.errorPhrase.english(), empty.error);
    CipherListSyntax s;
    QVERIFY(!parseCipherListSyntax(QStringLiteral("klingon"), &s));
}

void TestCipherListParser::legacyOpensslNamesByName()
{
    // Names older OpenSSL gave suites the linked one dropped; any case, and in lists.
    QCOMPARE(suiteByAnyName(QStringLiteral("DES-CBC3-SHA"))->code, quint16(0x000A));
    QCOMPARE(suiteByAnyName(QStringLiteral("edh-rsa-des-cbc3-sha"))->code, quint16(0x0016));
    QCOMPARE(suiteByAnyName(QStringLiteral("ECDH-RSA-AES256-GCM-SHA384"))->code, quint16(0xC032));
    QCOMPARE(suiteByAnyName(QStringLiteral("SSL_RSA_WITH_RC4_128_SHA"))->code, quint16(0x0005));
    QVERIFY(!suiteByAnyName(QStringLiteral("DES-CBC3-SHA1")));
    const ParsedCipherList list = parseCipherList(QStringLiteral("RC4-SHA:DES-CBC3-SHA"));
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.ciphers, (QList<quint16>{0x0005, 0x000A}));
    QVERIFY(list.method.contains(QLatin1String("one by one")));
}

// A list of 100 KB with control characters in it: the error quotes a bounded, escaped piece,
// in every syntax, also when gnutls-cli echoes the string back.
void TestCipherListParser::hostileListGivesOneBoundedLine()
{
    const QString hostile = QStringLiteral("BOGUS\x1b]0;pwned\x07") + QString(100000, QLatin1Char('A'));
    for (CipherListSyntax syntax : {CipherListSyntax::Auto, CipherListSyntax::OpenSsl, CipherListSyntax::Iana, CipherListSyntax::Gnutls}) {
        const ParsedCipherList parsed = parseCipherList(hostile, syntax);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.size() < 400, qPrintable(QString::number(parsed.error.size())));
        QVERIFY(!parsed.error.contains(QChar(0x1b)));
        QVERIFY(!parsed.error.contains(QChar(0x07)));
        QVERIFY(!parsed.error.contains(QLatin1Char('\n')));
    }
}

MAILTLS_TEST_MAIN(TestCipherListParser)
#include "test_cipher_list_parser.moc"
