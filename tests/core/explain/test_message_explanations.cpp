// Handshake message explanations: every message type the transcript shows has two to four
// sentences, TLS 1.3 differences are marked, and unknown types are said to be unknown.
#include <QTest>

#include "explain/message_explanations.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestMessageExplanations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageExplanations();
};

void TestMessageExplanations::messageExplanations()
{
    const QStringList types = {QStringLiteral("ClientHello"), QStringLiteral("ServerHello"), QStringLiteral("HelloRetryRequest"),
                               QStringLiteral("EncryptedExtensions"), QStringLiteral("Certificate"), QStringLiteral("CertificateVerify"),
                               QStringLiteral("ServerKeyExchange"), QStringLiteral("CertificateRequest"), QStringLiteral("ServerHelloDone"),
                               QStringLiteral("ClientKeyExchange"), QStringLiteral("ChangeCipherSpec"), QStringLiteral("Finished"),
                               QStringLiteral("NewSessionTicket"), QStringLiteral("Alert"), QStringLiteral("STARTTLS")};
    for (const QString &type : types) {
        const MessageExplanation e = explainMessage(type);
        QVERIFY2(e.known(), qPrintable(type));
        // Short: two to four sentences.
        const int sentences = int(e.text.count(QStringLiteral(". "))) + 1;
        QVERIFY2(sentences >= 2 && sentences <= 4, qPrintable(type + QLatin1String(": ") + e.text));
        if (!e.tls13Note.isEmpty())
            QVERIFY2(e.tls13Note.startsWith(QLatin1String("In TLS 1.3:")), qPrintable(type));
    }
    QVERIFY(explainMessage(QStringLiteral("ServerKeyExchange")).tls13Note.contains(QLatin1String("gone")));
    QVERIFY(explainMessage(QStringLiteral("STARTTLS 2.0.0")).known());
    // IMAP, POP3 and ManageSieve lines as the transcript has them.
    QCOMPARE(explainMessage(QStringLiteral("a2 STARTTLS")).title, QStringLiteral("STARTTLS"));
    QCOMPARE(explainMessage(QStringLiteral("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED")).title, QStringLiteral("CAPABILITY"));
    QCOMPARE(explainMessage(QStringLiteral("a1 CAPABILITY")).title, QStringLiteral("CAPABILITY"));
    QCOMPARE(explainMessage(QStringLiteral("+OK Dovecot ready.")).title, QStringLiteral("Greeting"));
    QCOMPARE(explainMessage(QStringLiteral("* OK [CAPABILITY IMAP4rev1] ready")).title, QStringLiteral("Greeting"));
    QCOMPARE(explainMessage(QStringLiteral("STLS")).title, QStringLiteral("STLS"));
    QCOMPARE(explainMessage(QStringLiteral("CAPA")).title, QStringLiteral("CAPA"));
    QVERIFY(!explainMessage(QStringLiteral("Bogus")).known());
    for (const QString &type : explainedMessageTypes()) {
        const MessageExplanation e = explainMessage(type);
        QVERIFY(e.known());
        // The English kept for the faces' fallback is what the translatable Phrase says.
        QVERIFY2(e.textPhrase.translatable(), qPrintable(type));
        QCOMPARE(e.textPhrase.english(), e.text);
        QCOMPARE(e.tls13NotePhrase.english(), e.tls13Note);
        QCOMPARE(e.shownText(), e.text);
    }
}

MAILTLS_TEST_MAIN(TestMessageExplanations)
#include "test_message_explanations.moc"
