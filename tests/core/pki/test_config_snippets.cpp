// The Exim and Postfix lines that put generated files to use.

#include <QtTest>

#include "pki/config_snippets.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestConfigSnippets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippetsForRsaAndEcdsa();
};

void TestConfigSnippets::snippetsForRsaAndEcdsa()
{
    const ConfigSnippets both = ConfigSnippets::server({{QStringLiteral("/etc/mail/ecdsa.pem"), QStringLiteral("/etc/mail/ecdsa.key"), QStringLiteral("EC")},
                                                        {QStringLiteral("/etc/mail/rsa.pem"), QStringLiteral("/etc/mail/rsa.key"), QStringLiteral("RSA")}});
    QVERIFY2(both.exim.contains(QLatin1String("tls_certificate = /etc/mail/rsa.pem : /etc/mail/ecdsa.pem\n")), qPrintable(both.exim));
    QVERIFY(both.exim.contains(QLatin1String("tls_privatekey = /etc/mail/rsa.key : /etc/mail/ecdsa.key\n")));
    QVERIFY(both.exim.contains(QLatin1String("4.92")));
    QVERIFY2(both.postfix.contains(QLatin1String("smtpd_tls_chain_files = /etc/mail/rsa.key,\n    /etc/mail/rsa.pem,\n    /etc/mail/ecdsa.key,\n    /etc/mail/ecdsa.pem\n")),
             qPrintable(both.postfix));
    QVERIFY(both.postfix.contains(QLatin1String("smtpd_tls_eccert_file = /etc/mail/ecdsa.pem")));
    const ConfigSnippets dh = ConfigSnippets::dhParameters(QStringLiteral("/etc/mail/dh.pem"));
    QVERIFY(dh.exim.contains(QLatin1String("tls_dhparam = /etc/mail/dh.pem")));
    QVERIFY(dh.postfix.contains(QLatin1String("smtpd_tls_dh1024_param_file = /etc/mail/dh.pem")));
    const ConfigSnippets locked = ConfigSnippets::server({{QStringLiteral("/a.pem"), QStringLiteral("/a.key"), QStringLiteral("RSA"), true}});
    QVERIFY(locked.exim.contains(QLatin1String("passphrase-protected")));
}

MAILTLS_TEST_MAIN(TestConfigSnippets)
#include "test_config_snippets.moc"
