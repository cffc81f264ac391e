// The workbench's proxy setting: the Session Options dialog's proxy URL and password reach the
// options sessions and scans start with; a bad URL or a password in the URL blocks OK with the
// reason; the target bar keeps the URL in the settings (never the password), reads it back when
// a new bar is made, and keeps the desk's proxy when a workspace's options are loaded.

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs/session_options_dialog.h"
#include "model/targets.h"
#include "test_registry.h"
#include "views/target_bar.h"

using namespace mailtls;

class TestProxySetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailTLS"));
        QCoreApplication::setApplicationName(QStringLiteral("MailTLS Workbench proxy test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir_.path());
        QSettings().remove(QLatin1String(ui::TargetBar::kProxySettingKey));
    }

    void dialogFillsTheProxy()
    {
        ui::SessionOptionsDialog dialog(core::SessionOptions {});
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("proxyUrl"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("proxyPassword"));
        QVERIFY(url && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.options().proxy.isSet());

        url->setText(QStringLiteral("socks5://alice:secret@127.0.0.1:1080"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.hint().contains(QStringLiteral("no password in the proxy URL")), qPrintable(dialog.hint()));
        url->setText(QStringLiteral("ftp://127.0.0.1"));
        QVERIFY(!ok->isEnabled());
        url->setText(QStringLiteral("http://127.0.0.1:3128"));
        password->setText(QStringLiteral("pw"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.hint().contains(QStringLiteral("needs a user")), qPrintable(dialog.hint()));

        url->setText(QStringLiteral("socks5://alice@127.0.0.1:1080"));
        QVERIFY(ok->isEnabled());
        const core::SessionOptions o = dialog.options();
        QCOMPARE(o.proxy.kind, core::ProxySettings::Kind::Socks5);
        QCOMPARE(o.proxy.user, QStringLiteral("alice"));
        QCOMPARE(o.proxy.password, QStringLiteral("pw"));
        // Scans started from the window take the session's options: the proxy goes along.
        QCOMPARE(core::scanTargetFor(o).proxy.port, quint16(1080));
    }

    void targetBarKeepsTheUrlNotThePassword()
    {
        core::ProxySettings proxy;
        QString error;
        QVERIFY(core::parseProxyUrl(QStringLiteral("socks5://alice@127.0.0.1:1080"), &proxy, &error));
        proxy.password = QStringLiteral("pw");
        ui::TargetBar::storeProxySetting(proxy);
        QCOMPARE(QSettings().value(QLatin1String(ui::TargetBar::kProxySettingKey)).toString(),
                 QStringLiteral("socks5://alice@127.0.0.1:1080"));

        ui::TargetBar bar;
        QCOMPARE(core::proxyUrl(bar.options().proxy), QStringLiteral("socks5://alice@127.0.0.1:1080"));
        QVERIFY(bar.options().proxy.password.isEmpty());

        // A workspace's options (which carry no proxy) keep the desk's proxy.
        core::SessionOptions fromWorkspace;
        fromWorkspace.host = QStringLiteral("mx.example.org");
        bar.setOptions(fromWorkspace);
        QCOMPARE(bar.options().host, QStringLiteral("mx.example.org"));
        QCOMPARE(core::proxyUrl(bar.options().proxy), QStringLiteral("socks5://alice@127.0.0.1:1080"));

        ui::TargetBar::storeProxySetting(core::ProxySettings());
        QVERIFY(!QSettings().contains(QLatin1String(ui::TargetBar::kProxySettingKey)));
        QVERIFY(!ui::TargetBar().options().proxy.isSet());
    }

private:
    QTemporaryDir settingsDir_;
};

MAILTLS_TEST_MAIN(TestProxySetting)
#include "test_proxy_setting.moc"
