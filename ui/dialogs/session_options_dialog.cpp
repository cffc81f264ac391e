#include "dialogs/session_options_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailtls::ui {

using core::SessionOptions;

static const QStringList &tlsVersions()
{
    static const QStringList versions{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"),
                                      QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return versions;
}

static QComboBox *versionCombo(QWidget *parent, const QString &objectName, const QString &current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(SessionOptionsDialog::tr("Library default"), QString());
    for (const QString &v : tlsVersions())
        combo->addItem(v, v);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    return combo;
}

SessionOptionsDialog::SessionOptionsDialog(const SessionOptions &options, QWidget *parent)
    : QDialog(parent), options_(options)
{
    setWindowTitle(tr("Session Options"));
    auto *layout = new QVBoxLayout(this);

    auto *nameBox = new QGroupBox(tr("Names"), this);
    auto *nameForm = new QFormLayout(nameBox);
    ehloName_ = new QLineEdit(options.ehloName, nameBox);
    ehloName_->setObjectName(QStringLiteral("ehloName"));
    ehloName_->setPlaceholderText(tr("the local host name"));
    nameForm->addRow(tr("&EHLO name:"), ehloName_);
    sendSni_ = new QCheckBox(tr("Send &SNI"), nameBox);
    sendSni_->setObjectName(QStringLiteral("sendSni"));
    sendSni_->setChecked(options.sendSni);
    sni_ = new QLineEdit(options.sni, nameBox);
    sni_->setObjectName(QStringLiteral("sni"));
    sni_->setPlaceholderText(tr("the host, when it is a name"));
    auto *sniRow = new QHBoxLayout;
    sniRow->addWidget(sendSni_);
    sniRow->addWidget(sni_, 1);
    nameForm->addRow(tr("Server name indication:"), sniRow);
    servername_ = new QLineEdit(options.servername, nameBox);
    servername_->setObjectName(QStringLiteral("servername"));
    servername_->setPlaceholderText(tr("the host (use the MX name partners look up)"));
    nameForm->addRow(tr("&Verify certificate for:"), servername_);
    layout->addWidget(nameBox);

    auto *fileBox = new QGroupBox(tr("Trust and client certificate"), this);
    auto *fileForm = new QFormLayout(fileBox);
    const QString pemFilter = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    caFile_ = addFileRow(fileForm, tr("&CA file:"), QStringLiteral("caFile"), pemFilter);
    caFile_->setText(options.caFile);
    caFile_->setPlaceholderText(tr("the system trust store"));
    clientCert_ = addFileRow(fileForm, tr("Client &certificate:"), QStringLiteral("clientCert"), pemFilter);
    clientCert_->setText(options.clientCertFile);
    clientCert_->setPlaceholderText(tr("none"));
    clientKey_ = addFileRow(fileForm, tr("Client &key:"), QStringLiteral("clientKey"), pemFilter);
    clientKey_->setText(options.clientKeyFile);
    clientKey_->setPlaceholderText(tr("none"));
    layout->addWidget(fileBox);

    auto *tlsBox = new QGroupBox(tr("TLS"), this);
    auto *tlsForm = new QFormLayout(tlsBox);
    tlsMin_ = versionCombo(tlsBox, QStringLiteral("tlsMin"), options.tlsMin);
    tlsMax_ = versionCombo(tlsBox, QStringLiteral("tlsMax"), options.tlsMax);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(new QLabel(tr("from"), tlsBox));
    versionRow->addWidget(tlsMin_);
    versionRow->addWidget(new QLabel(tr("to"), tlsBox));
    versionRow->addWidget(tlsMax_);
    versionRow->addStretch(1);
    tlsForm->addRow(tr("Versions:"), versionRow);
    ciphers_ = new QLineEdit(options.ciphers, tlsBox);
    ciphers_->setObjectName(QStringLiteral("ciphers"));
    ciphers_->setPlaceholderText(QStringLiteral("ALL:COMPLEMENTOFALL"));
    tlsForm->addRow(tr("C&iphers (TLS ≤ 1.2):"), ciphers_);
    ciphersuites_ = new QLineEdit(options.ciphersuites, tlsBox);
    ciphersuites_->setObjectName(QStringLiteral("ciphersuites"));
    ciphersuites_->setPlaceholderText(tr("OpenSSL default"));
    tlsForm->addRow(tr("TLS 1.3 s&uites:"), ciphersuites_);
    groups_ = new QLineEdit(options.groups, tlsBox);
    groups_->setObjectName(QStringLiteral("groups"));
    groups_->setPlaceholderText(tr("OpenSSL default, e.g. X25519:P-256"));
    tlsForm->addRow(tr("&Groups:"), groups_);
    securityLevel_ = new QSpinBox(tlsBox);
    securityLevel_->setObjectName(QStringLiteral("securityLevel"));
    securityLevel_->setRange(0, 5);
    securityLevel_->setValue(options.securityLevel);
    tlsForm->addRow(tr("Security &level:"), securityLevel_);
    timeout_ = new QSpinBox(tlsBox);
    timeout_->setObjectName(QStringLiteral("timeout"));
    timeout_->setRange(1, 300);
    timeout_->setSuffix(tr(" s"));
    timeout_->setValue(qMax(1, options.timeoutMs / 1000));
    tlsForm->addRow(tr("&Timeout per step:"), timeout_);
    layout->addWidget(tlsBox);

    auto *proxyBox = new QGroupBox(tr("Proxy"), this);
    auto *proxyForm = new QFormLayout(proxyBox);
    proxyUrl_ = new QLineEdit(core::proxyUrl(options.proxy), proxyBox);
    proxyUrl_->setObjectName(QStringLiteral("proxyUrl"));
    proxyUrl_->setPlaceholderText(tr("none: direct; socks5://USER@HOST:PORT or http://HOST:PORT"));
    proxyUrl_->setToolTip(tr("Every connection of sessions and scans goes through this SOCKS5 proxy (it resolves host "
                             "names) or HTTP proxy (CONNECT). The URL is remembered; the password is not."));
    proxyForm->addRow(tr("Pro&xy URL:"), proxyUrl_);
    proxyPassword_ = new QLineEdit(options.proxy.password, proxyBox);
    proxyPassword_->setObjectName(QStringLiteral("proxyPassword"));
    proxyPassword_->setEchoMode(QLineEdit::Password);
    proxyPassword_->setPlaceholderText(tr("for the user in the URL; kept until the window closes"));
    proxyForm->addRow(tr("Proxy pass&word:"), proxyPassword_);
    layout->addWidget(proxyBox);

    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("hint"));
    hint_->setWordWrap(true);
    layout->addWidget(hint_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : {ehloName_, sni_, servername_, caFile_, clientCert_, clientKey_, ciphers_, ciphersuites_, groups_,
                            proxyUrl_, proxyPassword_})
        connect(edit, &QLineEdit::textChanged, this, &SessionOptionsDialog::updateWidgets);
    connect(sendSni_, &QCheckBox::toggled, this, &SessionOptionsDialog::updateWidgets);
    connect(tlsMin_, &QComboBox::currentIndexChanged, this, &SessionOptionsDialog::updateWidgets);
    connect(tlsMax_, &QComboBox::currentIndexChanged, this, &SessionOptionsDialog::updateWidgets);
    connect(securityLevel_, &QSpinBox::valueChanged, this, &SessionOptionsDialog::updateWidgets);
    updateWidgets();
    resize(560, sizeHint().height());
}

QLineEdit *SessionOptionsDialog::addFileRow(QFormLayout *form, const QString &label,
                                            const QString &objectName, const QString &filter)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, label, filter] {
        QString title = label;
        title.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        const QString file = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

SessionOptions SessionOptionsDialog::options() const
{
    SessionOptions o = options_;
    o.ehloName = ehloName_->text().trimmed();
    o.sendSni = sendSni_->isChecked();
    o.sni = sni_->text().trimmed();
    o.servername = servername_->text().trimmed();
    o.caFile = caFile_->text().trimmed();
    o.clientCertFile = clientCert_->text().trimmed();
    o.clientKeyFile = clientKey_->text().trimmed();
    o.tlsMin = tlsMin_->currentData().toString();
    o.tlsMax = tlsMax_->currentData().toString();
    o.ciphers = ciphers_->text().trimmed();
    o.ciphersuites = ciphersuites_->text().trimmed();
    o.groups = groups_->text().trimmed();
    o.securityLevel = securityLevel_->value();
    o.timeoutMs = timeout_->value() * 1000;
    QString ignored;
    if (!core::parseProxyUrl(proxyUrl_->text(), &o.proxy, &ignored))
        o.proxy = core::ProxySettings();
    if (!o.proxy.user.isEmpty())
        o.proxy.password = proxyPassword_->text();
    return o;
}

QString SessionOptionsDialog::problem() const
{
    const auto missing = [](const QLineEdit *edit) {
        const QString path = edit->text().trimmed();
        return !path.isEmpty() && !QFileInfo(path).isFile();
    };
    if (missing(caFile_))
        return tr("The CA file does not exist.");
    if (missing(clientCert_))
        return tr("The client certificate file does not exist.");
    if (missing(clientKey_))
        return tr("The client key file does not exist.");
    if (clientCert_->text().trimmed().isEmpty() != clientKey_->text().trimmed().isEmpty())
        return tr("A client certificate needs its private key, and a key needs its certificate.");
    if (tlsMin_->currentIndex() > 0 && tlsMax_->currentIndex() > 0
        && tlsMin_->currentIndex() > tlsMax_->currentIndex())
        return tr("The lowest TLS version is above the highest one.");
    if (ehloName_->text().trimmed().contains(QLatin1Char(' ')))
        return tr("The EHLO name cannot contain spaces.");
    core::ProxySettings proxy;
    QString why;
    core::Phrase whyPhrase;
    if (!core::parseProxyUrl(proxyUrl_->text(), &proxy, &why, &whyPhrase))
        return tr("Proxy: %1").arg(core::shownPhrase(whyPhrase, why));
    if (!proxyPassword_->text().isEmpty() && proxy.user.isEmpty())
        return tr("A proxy password needs a user in the proxy URL (socks5://USER@HOST:PORT).");
    return {};
}

bool SessionOptionsDialog::isAcceptable() const
{
    return problem().isEmpty();
}

QString SessionOptionsDialog::hint() const
{
    return hint_->text();
}

void SessionOptionsDialog::updateWidgets()
{
    sni_->setEnabled(sendSni_->isChecked());
    const QString why = problem();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        hint_->setText(why);
        hint_->setStyleSheet(QStringLiteral("color: #b81d2a;"));
        return;
    }
    hint_->setStyleSheet(QString());
    if (!sendSni_->isChecked())
        hint_->setText(tr("No SNI will be sent: servers with several certificates show their default one."));
    else if (securityLevel_->value() > 0)
        hint_->setText(tr("Security level %1: servers with weaker keys or ciphers fail the handshake instead of being examined.")
                           .arg(securityLevel_->value()));
    else if (servername_->text().trimmed().isEmpty())
        hint_->setText(tr("Tip: to check a partner's view, set \"Verify certificate for\" to the MX name they look up. These options apply from the next Connect."));
    else
        hint_->setText(tr("These options apply from the next Connect."));
}

} // namespace mailtls::ui
