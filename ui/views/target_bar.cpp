#include "views/target_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

#include "dialogs/session_options_dialog.h"
#include "window_proxy.h"

namespace mailtls::ui {

using core::SessionOptions;

TargetBar::TargetBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    auto *hostLabel = new QLabel(tr("&Host:"), this);
    host_ = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    host_->setObjectName(QStringLiteral("hostEdit"));
    host_->setPlaceholderText(tr("mail.example.org"));
    host_->setMinimumWidth(220);
    host_->setToolTip(tr("Host name or address of the mail server"));
    hostLabel->setBuddy(host_);

    auto *portLabel = new QLabel(tr("&Port:"), this);
    port_ = new QSpinBox(this);
    port_->setObjectName(QStringLiteral("portSpin"));
    port_->setRange(1, 65535);
    port_->setValue(25);
    port_->setToolTip(tr("25 SMTP, 587 submission, 465 SMTPS (implicit TLS), 24 LMTP, 143 IMAP, 993 IMAPS, "
                         "110 POP3, 995 POP3S, 4190 ManageSieve"));
    portLabel->setBuddy(port_);

    auto *dialectLabel = new QLabel(tr("&Mode:"), this);
    dialect_ = new QComboBox(this);
    dialect_->setObjectName(QStringLiteral("dialectCombo"));
    dialect_->addItem(tr("SMTP STARTTLS"), int(SmtpStartTls));
    dialect_->addItem(tr("LMTP STARTTLS"), int(LmtpStartTls));
    dialect_->addItem(tr("Implicit TLS (SMTPS)"), int(ImplicitTls));
    dialect_->addItem(tr("IMAP STARTTLS"), int(ImapStartTls));
    dialect_->addItem(tr("Implicit TLS (IMAPS)"), int(ImapImplicitTls));
    dialect_->addItem(tr("POP3 STLS"), int(Pop3StartTls));
    dialect_->addItem(tr("Implicit TLS (POP3S)"), int(Pop3ImplicitTls));
    dialect_->addItem(tr("ManageSieve STARTTLS"), int(SieveStartTls));
    dialect_->addItem(tr("Plain TCP (TLS, no SMTP)"), int(PlainTcp));
    dialect_->setItemData(dialect_->count() - 1, tr("TLS right after the TCP connect, without any SMTP (e.g. openssl s_server)"),
                          Qt::ToolTipRole);
    dialect_->setToolTip(tr("How TLS starts: after STARTTLS, from the first byte, or not at all"));
    dialectLabel->setBuddy(dialect_);

    optionsButton_ = new QToolButton(this);
    optionsButton_->setObjectName(QStringLiteral("optionsButton"));
    optionsButton_->setText(tr("&Options…"));
    optionsButton_->setToolTip(tr("SNI, verification name, CA file, client certificate, TLS versions, ciphers, groups, EHLO name, proxy"));
    extra_.proxy = storedProxySetting();
    setWindowProxy(extra_.proxy);

    layout->addWidget(hostLabel);
    layout->addWidget(host_, 1);
    layout->addSpacing(6);
    layout->addWidget(portLabel);
    layout->addWidget(port_);
    layout->addSpacing(6);
    layout->addWidget(dialectLabel);
    layout->addWidget(dialect_);
    layout->addSpacing(6);
    layout->addWidget(optionsButton_);

    connect(host_, &QLineEdit::returnPressed, this, &TargetBar::connectRequested);
    connect(host_, &QLineEdit::textChanged, this, &TargetBar::targetChanged);
    connect(port_, &QSpinBox::valueChanged, this, &TargetBar::onPortChanged);
    connect(dialect_, &QComboBox::currentIndexChanged, this, &TargetBar::targetChanged);
    connect(optionsButton_, &QToolButton::clicked, this, &TargetBar::editOptions);
}

TargetBar::Dialect TargetBar::dialect() const
{
    return Dialect(dialect_->currentData().toInt());
}

void TargetBar::setDialect(Dialect dialect)
{
    dialect_->setCurrentIndex(dialect_->findData(int(dialect)));
}

void TargetBar::onPortChanged(int port)
{
    // The port names the usual mode; the user can still pick another afterwards.
    const Dialect now = dialect();
    const bool portBound = now == ImplicitTls || now == ImapStartTls || now == ImapImplicitTls || now == Pop3StartTls
        || now == Pop3ImplicitTls || now == SieveStartTls;
    if (port == 465)
        setDialect(ImplicitTls);
    else if (port == 143)
        setDialect(ImapStartTls);
    else if (port == 993)
        setDialect(ImapImplicitTls);
    else if (port == 110)
        setDialect(Pop3StartTls);
    else if (port == 995)
        setDialect(Pop3ImplicitTls);
    else if (port == 4190)
        setDialect(SieveStartTls);
    else if (port == 24 && now == SmtpStartTls)
        setDialect(LmtpStartTls);
    else if (portBound)
        setDialect(SmtpStartTls);
    Q_EMIT targetChanged();
}

SessionOptions TargetBar::options() const
{
    SessionOptions options = extra_;
    options.host = host_->text().trimmed();
    options.port = quint16(port_->value());
    switch (dialect()) {
    case SmtpStartTls:
        options.dialect = QStringLiteral("smtp");
        options.implicitTls = false;
        break;
    case LmtpStartTls:
        options.dialect = QStringLiteral("lmtp");
        options.implicitTls = false;
        break;
    case ImplicitTls:
        options.dialect = QStringLiteral("smtp");
        options.implicitTls = true;
        break;
    case PlainTcp:
        // As the CLI's --starttls none: TLS on connect, no SMTP dialogue.
        options.dialect = QStringLiteral("none");
        options.implicitTls = true;
        break;
    case ImapStartTls:
    case ImapImplicitTls:
        options.dialect = QStringLiteral("imap");
        options.implicitTls = dialect() == ImapImplicitTls;
        break;
    case Pop3StartTls:
    case Pop3ImplicitTls:
        options.dialect = QStringLiteral("pop3");
        options.implicitTls = dialect() == Pop3ImplicitTls;
        break;
    case SieveStartTls:
        options.dialect = QStringLiteral("sieve");
        options.implicitTls = false;
        break;
    }
    return options;
}

void TargetBar::setOptions(const SessionOptions &options)
{
    // The proxy belongs to this desk, not to a workspace: options without one keep it.
    const core::ProxySettings proxy = extra_.proxy;
    extra_ = options;
    if (!options.proxy.isSet())
        extra_.proxy = proxy;
    setWindowProxy(extra_.proxy);
    host_->setText(options.host);
    const QSignalBlocker blocker(port_);
    port_->setValue(options.port);
    if (options.dialect == QLatin1String("none"))
        setDialect(PlainTcp);
    else if (options.dialect == QLatin1String("imap"))
        setDialect(options.implicitTls ? ImapImplicitTls : ImapStartTls);
    else if (options.dialect == QLatin1String("pop3"))
        setDialect(options.implicitTls ? Pop3ImplicitTls : Pop3StartTls);
    else if (options.dialect == QLatin1String("sieve"))
        setDialect(SieveStartTls);
    else if (options.implicitTls)
        setDialect(ImplicitTls);
    else if (options.dialect == QLatin1String("lmtp"))
        setDialect(LmtpStartTls);
    else
        setDialect(SmtpStartTls);
}

void TargetBar::setEditable(bool editable)
{
    host_->setEnabled(editable);
    port_->setEnabled(editable);
    dialect_->setEnabled(editable);
    optionsButton_->setEnabled(editable);
}

void TargetBar::editOptions()
{
    SessionOptionsDialog dialog(options(), this);
    if (dialog.exec() == QDialog::Accepted) {
        extra_ = dialog.options();
        storeProxySetting(extra_.proxy);
        setWindowProxy(extra_.proxy);
    }
}

core::ProxySettings TargetBar::storedProxySetting()
{
    core::ProxySettings proxy;
    QString ignored;
    if (!core::parseProxyUrl(QSettings().value(QLatin1String(kProxySettingKey)).toString(), &proxy, &ignored))
        return core::ProxySettings();
    return proxy;
}

void TargetBar::storeProxySetting(const core::ProxySettings &proxy)
{
    QSettings settings;
    if (proxy.isSet())
        settings.setValue(QLatin1String(kProxySettingKey), core::proxyUrl(proxy));   // never the password
    else
        settings.remove(QLatin1String(kProxySettingKey));
}

} // namespace mailtls::ui
