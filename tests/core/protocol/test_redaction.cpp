#include <QtTest>

#include "protocol/redaction.h"
#include "test_registry.h"

using mailtls::core::Redactor;

namespace {

const QString kPassword = QStringLiteral("s3cr3t-Passw0rd");

QString b64(const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); }
QString b64(const QString &text) { return b64(text.toUtf8()); }

QString plainBlob(const QString &authzid, const QString &user, const QString &password)
{
    return b64(authzid.toUtf8() + '\0' + user.toUtf8() + '\0' + password.toUtf8());
}

// Every spelling of the password an attacker could read back from a transcript.
QStringList leakForms(const QString &password)
{
    QStringList forms{password, b64(password)};
    const QByteArray bytes = password.toUtf8();
    // Inside a larger base64 blob at each alignment: the characters fixed by the password alone.
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = (QByteArray(shift, 'x') + bytes + "yy").toBase64();
        const int first = (8 * shift + 5) / 6;
        const int end = (8 * shift + 8 * int(bytes.size())) / 6;
        forms << QString::fromLatin1(encoded.mid(first, end - first));
    }
    return forms;
}

void verifyNoLeak(const QStringList &outputs, const QString &password)
{
    for (const QString &out : outputs) {
        for (const QString &form : leakForms(password))
            QVERIFY2(!out.contains(form), qPrintable(QStringLiteral("leaked %1 in: %2").arg(form, out)));
    }
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainWithInitialResponse()
    {
        Redactor redactor;
        const QString blob = plainBlob(QString(), QStringLiteral("alice"), kPassword);
        const QString shown = redactor.clientLine(QStringLiteral("AUTH PLAIN ") + blob);
        QCOMPARE(shown, QStringLiteral("AUTH PLAIN <redacted: user \"alice\", password hidden>"));
        QVERIFY(redactor.inAuthExchange());
        redactor.serverReply(235);
        QVERIFY(!redactor.inAuthExchange());
        QCOMPARE(redactor.clientLine(QStringLiteral("MAIL FROM:<alice@example.org>")),
                 QStringLiteral("MAIL FROM:<alice@example.org>"));
        verifyNoLeak({shown}, kPassword);
    }

    void plainAfter334()
    {
        Redactor redactor;
        QCOMPARE(redactor.clientLine(QStringLiteral("AUTH PLAIN")), QStringLiteral("AUTH PLAIN"));
        QVERIFY(redactor.inAuthExchange());
        redactor.serverReply(334);
        QVERIFY(redactor.inAuthExchange());
        const QString shown = redactor.clientLine(plainBlob(QString(), QStringLiteral("alice"), kPassword));
        QCOMPARE(shown, QStringLiteral("<redacted: user \"alice\", password hidden>"));
        redactor.serverReply(235);
        QVERIFY(!redactor.inAuthExchange());
        verifyNoLeak({shown}, kPassword);
    }

    void plainWithAuthorizationIdentity()
    {
        Redactor redactor;
        const QString shown = redactor.clientLine(
            QStringLiteral("AUTH PLAIN ") + plainBlob(QStringLiteral("shared@example.org"),
                                                      QStringLiteral("alice"), kPassword));
        QCOMPARE(shown, QStringLiteral("AUTH PLAIN <redacted: user \"alice\" acting as "
                                       "\"shared@example.org\", password hidden>"));
        verifyNoLeak({shown}, kPassword);
    }

    void plainThatDoesNotDecode_data()
    {
        QTest::addColumn<QString>("response");
        QTest::addRow("not base64") << QStringLiteral("%%%not-base64%%%");
        QTest::addRow("no NULs") << b64(QStringLiteral("alice:") + kPassword);
        QTest::addRow("empty user") << plainBlob(QString(), QString(), kPassword);
        QTest::addRow("two tokens") << plainBlob(QString(), QStringLiteral("alice"), kPassword) + QStringLiteral(" extra");
    }

    void plainThatDoesNotDecode()
    {
        QFETCH(QString, response);
        Redactor redactor;
        const QString shown = redactor.clientLine(QStringLiteral("AUTH PLAIN ") + response);
        QCOMPARE(shown, QStringLiteral("AUTH PLAIN <redacted>"));
        verifyNoLeak({shown}, kPassword);
    }

    void loginTwoStep()
    {
        Redactor redactor;
        QStringList outputs;
        outputs << redactor.clientLine(QStringLiteral("AUTH LOGIN"));
        QCOMPARE(outputs.last(), QStringLiteral("AUTH LOGIN"));
        redactor.serverReply(334);
        outputs << redactor.serverLine(QStringLiteral("334 VXNlcm5hbWU6"));
        QCOMPARE(outputs.last(), QStringLiteral("334 VXNlcm5hbWU6"));
        outputs << redactor.clientLine(b64(QStringLiteral("alice")));
        QCOMPARE(outputs.last(), QStringLiteral("<redacted: user \"alice\">"));
        redactor.serverReply(334);
        outputs << redactor.clientLine(b64(kPassword));
        QCOMPARE(outputs.last(), QStringLiteral("<redacted: password>"));
        redactor.serverReply(235);
        QVERIFY(!redactor.inAuthExchange());
        outputs << redactor.clientLine(QStringLiteral("QUIT"));
        QCOMPARE(outputs.last(), QStringLiteral("QUIT"));
        verifyNoLeak(outputs, kPassword);
    }

    void loginWithInitialUser()
    {
        Redactor redactor;
        QStringList outputs;
        outputs << redactor.clientLine(QStringLiteral("AUTH LOGIN ") + b64(QStringLiteral("alice")));
        QCOMPARE(outputs.last(), QStringLiteral("AUTH LOGIN <redacted: user \"alice\">"));
        redactor.serverReply(334);
        outputs << redactor.clientLine(b64(kPassword));
        QCOMPARE(outputs.last(), QStringLiteral("<redacted: password>"));
        redactor.serverReply(535);
        QVERIFY(!redactor.inAuthExchange());
        verifyNoLeak(outputs, kPassword);
    }

    void loginUserNameIsEscaped()
    {
        Redactor redactor;
        redactor.clientLine(QStringLiteral("AUTH LOGIN"));
        redactor.serverReply(334);
        QCOMPARE(redactor.clientLine(b64(QByteArray("a\"b\r\nc"))),
                 QStringLiteral("<redacted: user \"a\\\"b\\x0d\\x0ac\">"));
    }

    void cramMd5()
    {
        Redactor redactor;
        QCOMPARE(redactor.clientLine(QStringLiteral("AUTH CRAM-MD5")), QStringLiteral("AUTH CRAM-MD5"));
        redactor.serverReply(334);
        const QString response = b64(QByteArray("joe 3dbc88f0624776a737b39093f6eb6427"));
        const QString shown = redactor.clientLine(response);
        QCOMPARE(shown, QStringLiteral("<redacted: CRAM-MD5 response for user \"joe\">"));
        QVERIFY(!shown.contains(QLatin1String("3dbc88f0")));
        redactor.serverReply(235);
        QVERIFY(!redactor.inAuthExchange());
    }

    void unknownMechanism()
    {
        Redactor redactor;
        const QString token = b64(QStringLiteral("user=alice\x01" "auth=Bearer ya29.token\x01\x01"));
        QCOMPARE(redactor.clientLine(QStringLiteral("AUTH XOAUTH2 ") + token),
                 QStringLiteral("AUTH XOAUTH2 <redacted>"));
        redactor.serverReply(235);

        QCOMPARE(redactor.clientLine(QStringLiteral("AUTH SCRAM-SHA-256")), QStringLiteral("AUTH SCRAM-SHA-256"));
        redactor.serverReply(334);
        QCOMPARE(redactor.clientLine(b64(QByteArray("n,,n=alice,r=rOprNGfwEbeRWgbNEkqO"))),
                 QStringLiteral("<redacted>"));
        redactor.serverReply(334);
        QCOMPARE(redactor.clientLine(b64(QByteArray("c=biws,r=rOprNGfw,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="))),
                 QStringLiteral("<redacted>"));
        redactor.serverReply(235);
        QVERIFY(!redactor.inAuthExchange());
        QCOMPARE(redactor.clientLine(QStringLiteral("NOOP")), QStringLiteral("NOOP"));
    }

    void caseInsensitiveAuthKeyword()
    {
        Redactor redactor;
        const QString shown = redactor.clientLine(QStringLiteral("auth plain ")
                                                  + plainBlob(QString(), QStringLiteral("alice"), kPassword));
        QCOMPARE(shown, QStringLiteral("auth plain <redacted: user \"alice\", password hidden>"));
        redactor.serverReply(235);
        redactor.clientLine(QStringLiteral("Auth Login"));
        QVERIFY(redactor.inAuthExchange());
        redactor.serverReply(334);
        QCOMPARE(redactor.clientLine(b64(QStringLiteral("bob"))), QStringLiteral("<redacted: user \"bob\">"));
    }

    void notAnAuthCommand()
    {
        Redactor redactor;
        QCOMPARE(redactor.clientLine(QStringLiteral("AUTH")), QStringLiteral("AUTH"));
        QVERIFY(!redactor.inAuthExchange());
        QCOMPARE(redactor.clientLine(QStringLiteral("AUTHX PLAIN abc")), QStringLiteral("AUTHX PLAIN abc"));
        QVERIFY(!redactor.inAuthExchange());
        QCOMPARE(redactor.clientLine(QStringLiteral("MAIL FROM:<auth@example.org> AUTH=<>")),
                 QStringLiteral("MAIL FROM:<auth@example.org> AUTH=<>"));
        QVERIFY(!redactor.inAuthExchange());
        redactor.serverReply(334);  // a stray 334 opens nothing
        QVERIFY(!redactor.inAuthExchange());
    }

    void rejectedMechanismEndsExchange()
    {
        Redactor redactor;
        redactor.clientLine(QStringLiteral("AUTH GSSAPI"));
        redactor.serverReply(504);
        QVERIFY(!redactor.inAuthExchange());
        QCOMPARE(redactor.clientLine(QStringLiteral("EHLO me")), QStringLiteral("EHLO me"));
    }

    void starCancels()
    {
        Redactor redactor;
        redactor.clientLine(QStringLiteral("AUTH LOGIN"));
        redactor.serverReply(334);
        QCOMPARE(redactor.clientLine(QStringLiteral("*")), QStringLiteral("*"));
        QVERIFY(!redactor.inAuthExchange());
        // The line after the cancel is a normal command, even before the 501 arrives.
        QCOMPARE(redactor.clientLine(QStringLiteral("MAIL FROM:<a@example.org>")),
                 QStringLiteral("MAIL FROM:<a@example.org>"));
        redactor.serverReply(501);
        QVERIFY(!redactor.inAuthExchange());
    }

    void disabledPassesEverything()
    {
        Redactor redactor(false);
        redactor.addSecret(kPassword);
        const QString auth = QStringLiteral("AUTH PLAIN ") + plainBlob(QString(), QStringLiteral("alice"), kPassword);
        QCOMPARE(redactor.clientLine(auth), auth);
        redactor.serverReply(235);
        QCOMPARE(redactor.clientLine(QStringLiteral("AUTH LOGIN")), QStringLiteral("AUTH LOGIN"));
        redactor.serverReply(334);
        QCOMPARE(redactor.clientLine(b64(kPassword)), b64(kPassword));
        const QString typed = QStringLiteral("MAIL FROM:<x> ") + kPassword;
        QCOMPARE(redactor.clientLine(typed), typed);
        const QString echo = QStringLiteral("535 bad password ") + kPassword;
        QCOMPARE(redactor.serverLine(echo), echo);
    }

    void registeredSecretTypedLater()
    {
        Redactor redactor;
        redactor.addSecret(kPassword);
        QCOMPARE(redactor.clientLine(QStringLiteral("MAIL FROM:<x> ") + kPassword),
                 QStringLiteral("MAIL FROM:<x> <redacted>"));
        QCOMPARE(redactor.clientLine(QStringLiteral("RCPT TO:<y> ") + b64(kPassword)),
                 QStringLiteral("RCPT TO:<y> <redacted>"));
        QCOMPARE(redactor.clientLine(kPassword + kPassword), QStringLiteral("<redacted>"));
        QCOMPARE(redactor.clientLine(QStringLiteral("NOOP")), QStringLiteral("NOOP"));
    }

    void passwordLearnedFromExchange()
    {
        // No addSecret: the password seen in AUTH PLAIN is masked wherever it turns up later.
        Redactor redactor;
        QStringList outputs;
        outputs << redactor.clientLine(QStringLiteral("AUTH PLAIN ")
                                       + plainBlob(QString(), QStringLiteral("alice"), kPassword));
        redactor.serverReply(535);
        outputs << redactor.clientLine(QStringLiteral("MAIL FROM:<x> ") + kPassword);
        QCOMPARE(outputs.last(), QStringLiteral("MAIL FROM:<x> <redacted>"));
        outputs << redactor.serverLine(QStringLiteral("500 5.5.2 unrecognized command: ") + kPassword);
        QCOMPARE(outputs.last(), QStringLiteral("500 5.5.2 unrecognized command: <redacted>"));
        verifyNoLeak(outputs, kPassword);
    }

    void loginPasswordLearned()
    {
        Redactor redactor;
        redactor.clientLine(QStringLiteral("AUTH LOGIN ") + b64(QStringLiteral("alice")));
        redactor.serverReply(334);
        redactor.clientLine(b64(kPassword));
        redactor.serverReply(535);
        const QString shown = redactor.clientLine(QStringLiteral("NOOP ") + kPassword);
        QCOMPARE(shown, QStringLiteral("NOOP <redacted>"));
    }

    void serverEchoMasked()
    {
        Redactor redactor;
        redactor.addSecret(kPassword);
        const QString blob = plainBlob(QString(), QStringLiteral("alice"), kPassword);
        const QStringList echoes{
            QStringLiteral("535 5.7.8 Authentication failed for ") + kPassword,
            QStringLiteral("501 5.5.2 cannot decode ") + b64(kPassword),
            QStringLiteral("535 5.7.8 bad blob ") + blob,
        };
        QStringList outputs;
        for (const QString &echo : echoes) {
            outputs << redactor.serverLine(echo);
            QVERIFY2(outputs.last().contains(QLatin1String("<redacted>")), qPrintable(outputs.last()));
        }
        QCOMPARE(outputs.first(), QStringLiteral("535 5.7.8 Authentication failed for <redacted>"));
        verifyNoLeak(outputs, kPassword);
        QCOMPARE(redactor.serverLine(QStringLiteral("250 OK")), QStringLiteral("250 OK"));
    }

    void base64AtEveryAlignment()
    {
        Redactor redactor;
        redactor.addSecret(kPassword);
        for (const QByteArray &prefix : {QByteArray(), QByteArray("a"), QByteArray("ab"), QByteArray("abc"),
                                          QByteArray("\0bob\0", 5)}) {
            const QString blob = b64(prefix + kPassword.toUtf8() + "-tail");
            const QString shown = redactor.serverLine(QStringLiteral("535 ") + blob);
            QVERIFY2(shown.contains(QLatin1String("<redacted>")), qPrintable(shown));
            verifyNoLeak({shown}, kPassword);
        }
    }

    void secretMaskedInsideAuthExchange()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("alice-is-secret"));
        const QString shown = redactor.clientLine(
            QStringLiteral("AUTH PLAIN ") + plainBlob(QString(), QStringLiteral("alice-is-secret"), kPassword));
        QVERIFY2(!shown.contains(QLatin1String("alice-is-secret")), qPrintable(shown));
    }

    void noOverlappingFragments()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("abcdefgh"));
        redactor.addSecret(QStringLiteral("efghijkl"));
        QCOMPARE(redactor.serverLine(QStringLiteral("x abcdefghijkl y")), QStringLiteral("x <redacted> y"));
    }

    void emptySecretIgnored()
    {
        Redactor redactor;
        redactor.addSecret(QString());
        QCOMPARE(redactor.clientLine(QStringLiteral("NOOP")), QStringLiteral("NOOP"));
        QCOMPARE(redactor.serverLine(QStringLiteral("250 OK")), QStringLiteral("250 OK"));
    }

    void fullSessionNeverLeaks()
    {
        Redactor redactor;
        QStringList outputs;
        auto client = [&](const QString &line) { outputs << redactor.clientLine(line); };
        auto server = [&](int code, const QString &line) {
            outputs << redactor.serverLine(line);
            redactor.serverReply(code);
        };
        server(220, QStringLiteral("220 mx ESMTP"));
        client(QStringLiteral("EHLO client"));
        server(250, QStringLiteral("250 AUTH PLAIN LOGIN"));
        client(QStringLiteral("AUTH LOGIN"));
        server(334, QStringLiteral("334 VXNlcm5hbWU6"));
        client(b64(QStringLiteral("alice")));
        server(334, QStringLiteral("334 UGFzc3dvcmQ6"));
        client(b64(kPassword));
        server(535, QStringLiteral("535 5.7.8 ") + b64(kPassword) + QStringLiteral(" rejected"));
        client(QStringLiteral("AUTH PLAIN"));
        server(334, QStringLiteral("334 "));
        client(plainBlob(QString(), QStringLiteral("alice"), kPassword));
        server(235, QStringLiteral("235 2.7.0 ok"));
        client(QStringLiteral("MAIL FROM:<alice@example.org>"));
        server(250, QStringLiteral("250 ok"));
        client(QStringLiteral("RCPT TO:<bob@example.org> ") + kPassword);
        verifyNoLeak(outputs, kPassword);
        QCOMPARE(outputs.at(13), QStringLiteral("MAIL FROM:<alice@example.org>"));
        QVERIFY(outputs.contains(QStringLiteral("<redacted: user \"alice\">")));
    }
};

MAILTLS_TEST_MAIN(TestRedaction)
#include "test_redaction.moc"
