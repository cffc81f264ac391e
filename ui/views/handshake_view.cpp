#include "views/handshake_view.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/handshake_model.h"
#include "views/capabilities_view.h"

namespace mailtls::ui {

using core::Report;
using core::TlsFacts;

QString verificationText(const TlsFacts &tls)
{
    if (tls.verifyCode < 0)
        return HandshakeView::tr("not checked");
    if (tls.verifyOk)
        return HandshakeView::tr("ok — the chain verifies against the trust store");
    return HandshakeView::tr("failed: %1 (code %2)").arg(tls.verifyMessage).arg(tls.verifyCode);
}

HandshakeView::HandshakeView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *summaryBox = new QGroupBox(tr("Negotiated"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    status_ = new QLabel(summaryBox);
    status_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("handshakeStatus"));
    summaryLayout->addWidget(status_);
    form_ = new QFormLayout;
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->setLabelAlignment(Qt::AlignRight);
    form_->setVerticalSpacing(3);
    summaryLayout->addLayout(form_);

    addField(QStringLiteral("protocol"), tr("Protocol:"));
    addField(QStringLiteral("cipher"), tr("Cipher (IANA):"));
    addField(QStringLiteral("openssl"), tr("Cipher (OpenSSL):"));
    addField(QStringLiteral("code"), tr("Cipher code:"));
    addField(QStringLiteral("group"), tr("Key exchange group:"));
    addField(QStringLiteral("tempKey"), tr("Server temp key:"));
    addField(QStringLiteral("signature"), tr("Peer signature:"));
    addField(QStringLiteral("verify"), tr("Verification:"));
    addField(QStringLiteral("security"), tr("Security level:"));
    addField(QStringLiteral("clientCert"), tr("Client certificate:"));
    addField(QStringLiteral("compression"), tr("Compression:"));

    auto *messagesBox = new QGroupBox(tr("Handshake messages"), this);
    auto *messagesLayout = new QVBoxLayout(messagesBox);
    table_ = new QTableView(messagesBox);
    table_->setObjectName(QStringLiteral("handshakeTable"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setShowGrid(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    messagesLayout->addWidget(table_);

    capabilitiesBox_ = new QGroupBox(CapabilitiesView::titleFor(QStringLiteral("smtp")), this);
    capabilitiesBox_->setObjectName(QStringLiteral("capabilitiesBox"));
    auto *capabilitiesLayout = new QVBoxLayout(capabilitiesBox_);
    capabilities_ = new CapabilitiesView(capabilitiesBox_);
    capabilitiesLayout->addWidget(capabilities_);

    layout->addWidget(summaryBox);
    layout->addWidget(capabilitiesBox_);
    layout->addWidget(messagesBox, 1);
    clear();
}

void HandshakeView::setHandshakeModel(HandshakeModel *model)
{
    table_->setModel(model);
    auto *header = table_->horizontalHeader();
    const QFontMetrics fm(table_->font());
    // Content width or the (translated) header's, whichever is wider.
    const auto fit = [header, &fm](int column, const QString &widest) {
        header->resizeSection(column, qMax(fm.horizontalAdvance(widest) + 24, header->sectionSizeHint(column)));
    };
    fit(HandshakeModel::TimeColumn, QStringLiteral("+00.000"));
    fit(HandshakeModel::DirectionColumn, QStringLiteral("TLS"));
    fit(HandshakeModel::TypeColumn, QStringLiteral("EncryptedExtensions"));
    fit(HandshakeModel::LengthColumn, QStringLiteral("00000"));
}

QLabel *HandshakeView::addField(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setObjectName(key);
    form_->addRow(label, value);
    fields_.insert(key, value);
    return value;
}

void HandshakeView::setField(const QString &key, const QString &text, const QColor &color)
{
    QLabel *label = fields_.value(key);
    if (!label)
        return;
    label->setText(text.isEmpty() ? QStringLiteral("—") : text);
    label->setStyleSheet(color.isValid() ? QStringLiteral("color: %1; font-weight: bold;").arg(color.name())
                                         : QString());
}

QString HandshakeView::fieldText(const QString &field) const
{
    if (field == QLatin1String("status"))
        return status_->text();
    const QLabel *label = fields_.value(field);
    return label ? label->text() : QString();
}

void HandshakeView::setStatus(const QString &text, Tone tone)
{
    status_->setText(text);
    switch (tone) {
    case Neutral:
        status_->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); padding: 4px; }"));
        break;
    case Good:
        status_->setStyleSheet(QStringLiteral("QLabel { background: #e6f4ea; color: #145a26; border: 1px solid #a8d5b5; border-radius: 4px; padding: 5px; }"));
        break;
    case Warning:
        status_->setStyleSheet(QStringLiteral("QLabel { background: #fff4dc; color: #6b4400; border: 1px solid #ecc97a; border-radius: 4px; padding: 5px; }"));
        break;
    case Bad:
        status_->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e4; color: #7a0c16; border: 1px solid #e3a5aa; border-radius: 4px; padding: 5px; font-weight: bold; }"));
        break;
    }
}

void HandshakeView::clear()
{
    for (auto it = fields_.cbegin(); it != fields_.cend(); ++it)
        setField(it.key(), QString());
    setStatus(tr("No handshake yet. Connect to a server to see what it negotiates."), Neutral);
    capabilities_->clear();
    capabilitiesBox_->hide();
}

bool HandshakeView::capabilitiesShown() const
{
    return !capabilitiesBox_->isHidden();
}

void HandshakeView::setReport(const Report &report)
{
    clear();
    const TlsFacts &tls = report.tls;
    const QColor good(0x17, 0x6b, 0x2c);
    const QColor bad(0xb8, 0x1d, 0x2a);

    const QString peer = report.target.servername.isEmpty() ? report.target.host : report.target.servername;
    if (!report.outcome.connected) {
        setStatus(tr("Not connected, so there was no handshake."), Neutral);
    } else if (!tls.attempted) {
        setStatus(report.smtp.banner.isEmpty()
                      ? tr("No TLS handshake was attempted.")
                      : tr("No TLS: the server did not offer STARTTLS or refused it, so the session stayed in cleartext."),
                  report.smtp.banner.isEmpty() ? Neutral : Bad);
    } else if (!tls.established) {
        QString why = core::shownPhrase(tls.errorPhrase, tls.error);
        if (!tls.alert.isEmpty())
            why = tr("alert %1 (%2)").arg(tls.alert, tls.alertDirection) + (why.isEmpty() ? QString() : QStringLiteral(" — ") + why);
        setStatus(tr("Handshake failed: %1").arg(why.isEmpty() ? tr("no reason given") : why), Bad);
    } else if (tls.verifyCode > 0 && !tls.verifyOk) {
        setStatus(tr("%1 established with %2, but the certificate does not verify: %3.")
                      .arg(tls.version, peer, tls.verifyMessage), Warning);
    } else {
        setStatus(tr("%1 established with %2; the certificate verifies.").arg(tls.version, peer), Good);
    }

    capabilities_->setSmtp(report.smtp);
    capabilitiesBox_->setTitle(CapabilitiesView::titleFor(report.target.dialect));
    capabilitiesBox_->setVisible(capabilities_->table()->rowCount() > 0);

    setField(QStringLiteral("protocol"), tls.version);
    setField(QStringLiteral("cipher"), tls.cipher.iana);
    setField(QStringLiteral("openssl"), tls.cipher.openssl);
    if (tls.cipher.code != 0 || !tls.cipher.iana.isEmpty())
        setField(QStringLiteral("code"), QStringLiteral("0x%1").arg(QString::number(tls.cipher.code, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    setField(QStringLiteral("group"), tls.group);
    if (!tls.tempKeyType.isEmpty())
        setField(QStringLiteral("tempKey"), tls.tempKeyBits > 0 ? tr("%1, %2 bits").arg(tls.tempKeyType).arg(tls.tempKeyBits)
                                                                 : tls.tempKeyType);
    if (!tls.peerSignatureType.isEmpty())
        setField(QStringLiteral("signature"), tls.peerSignatureDigest.isEmpty()
                                                   ? tls.peerSignatureType
                                                   : tr("%1 with %2").arg(tls.peerSignatureType, tls.peerSignatureDigest));
    if (tls.attempted) {
        setField(QStringLiteral("verify"), verificationText(tls),
                 tls.verifyCode < 0 ? QColor() : (tls.verifyOk ? good : bad));
        setField(QStringLiteral("security"),
                 tls.securityLevel == 0
                     ? tr("0 — everything allowed, so legacy servers can be examined; weak parameters are reported as findings")
                     : tr("%1 — OpenSSL refuses parameters below this level").arg(tls.securityLevel));
        QString clientCert;
        if (!tls.clientCertificateRequested)
            clientCert = tr("not requested");
        else
            clientCert = tls.clientCertificateSent ? tr("requested, sent") : tr("requested, none sent");
        setField(QStringLiteral("clientCert"), clientCert);
        setField(QStringLiteral("compression"), tls.compression.isEmpty() ? tr("none") : tls.compression,
                 tls.compression.isEmpty() ? QColor() : bad);
    }
}

} // namespace mailtls::ui
