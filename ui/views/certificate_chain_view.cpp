#include "views/certificate_chain_view.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/certificate_chain_model.h"
#include "views/validity_timeline.h"

namespace mailtls::ui {

using core::Certificate;

CertificateChainView::CertificateChainView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    source_ = new QLabel(this);
    source_->setObjectName(QStringLiteral("chainSource"));
    source_->setWordWrap(true);
    source_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source_->setStyleSheet(QStringLiteral("QLabel { background: #eef3fa; color: #1d3a5c; border: 1px solid #b7c9e2; "
                                          "border-radius: 4px; padding: 4px 6px; }"));
    source_->hide();
    layout->addWidget(source_);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    tree_ = new QTreeView(splitter);
    tree_->setObjectName(QStringLiteral("chainTree"));
    tree_->setUniformRowHeights(true);
    tree_->setAllColumnsShowFocus(true);
    tree_->setIconSize(QSize(20, 20));
    tree_->header()->setStretchLastSection(true);
    tree_->setItemsExpandable(false);
    tree_->setExpandsOnDoubleClick(false);

    auto *stack = new QStackedWidget(splitter);
    placeholder_ = new QLabel(tr("No certificates yet. The chain the server presents appears here after the handshake, "
                                   "or open certificate files with File → Open Certificate…."), stack);
    placeholder_->setAlignment(Qt::AlignCenter);
    placeholder_->setWordWrap(true);
    placeholder_->setEnabled(false);
    stack->addWidget(placeholder_);

    details_ = new QWidget(stack);
    auto *detailsLayout = new QVBoxLayout(details_);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *formHost = new QWidget(details_);
    form_ = new QFormLayout(formHost);
    form_->setLabelAlignment(Qt::AlignRight);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->setVerticalSpacing(3);
    addField(QStringLiteral("position"), tr("Position:"));
    addField(QStringLiteral("subject"), tr("Subject:"));
    addField(QStringLiteral("issuer"), tr("Issuer:"));
    addField(QStringLiteral("serial"), tr("Serial:"));
    addField(QStringLiteral("validity"), tr("Valid:"));
    addField(QStringLiteral("key"), tr("Public key:"));
    addField(QStringLiteral("signature"), tr("Signature:"));
    addField(QStringLiteral("san"), tr("Alternative names:"));
    addField(QStringLiteral("basicConstraints"), tr("Basic constraints:"));
    addField(QStringLiteral("keyUsage"), tr("Key usage:"));
    addField(QStringLiteral("extendedKeyUsage"), tr("Extended key usage:"));
    addField(QStringLiteral("ocsp"), tr("OCSP responder:"));
    addField(QStringLiteral("caIssuers"), tr("CA issuers:"));
    addField(QStringLiteral("crl"), tr("CRL distribution:"));
    addField(QStringLiteral("ski"), tr("Subject key ID:"));
    addField(QStringLiteral("aki"), tr("Authority key ID:"));
    addField(QStringLiteral("otherExtensions"), tr("Other extensions:"));
    addField(QStringLiteral("sha256"), tr("SHA-256:"));
    addField(QStringLiteral("spki"), tr("Public key SHA-256:"));
    addField(QStringLiteral("hash"), tr("Subject hash:"));
    auto *formScroll = new QScrollArea(details_);
    formScroll->setWidget(formHost);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsLayout->addWidget(formScroll);
    stack->addWidget(details_);

    dump_ = new QPlainTextEdit(splitter);
    dump_->setObjectName(QStringLiteral("certificateDump"));
    dump_->setReadOnly(true);
    dump_->setLineWrapMode(QPlainTextEdit::NoWrap);
    dump_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    dump_->setPlaceholderText(tr("openssl x509 -text of the selected certificate"));

    timeline_ = new ValidityTimeline(splitter);
    timeline_->setObjectName(QStringLiteral("validityTimeline"));

    splitter->addWidget(tree_);
    splitter->addWidget(timeline_);
    splitter->addWidget(stack);
    splitter->addWidget(dump_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);
    splitter->setStretchFactor(3, 2);
    splitter->setSizes({100, 150, 300, 180});
}

void CertificateChainView::setSourceText(const QString &text)
{
    source_->setText(text);
    source_->setVisible(!text.isEmpty());
    if (model_)
        showCertificate(tree_->currentIndex().isValid() ? tree_->currentIndex().data(CertificateChainModel::PositionRole).toInt() : -1);
}

QString CertificateChainView::sourceText() const
{
    return source_->text();
}

void CertificateChainView::setWarnDays(int days)
{
    warnDays_ = days;
    if (model_)
        timeline_->setChain(model_->chain(), model_->referenceTime(), warnDays_);
}

QLabel *CertificateChainView::addField(const QString &key, const QString &label)
{
    auto *value = new QLabel(details_);
    value->setObjectName(key);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form_->addRow(label, value);
    fields_.insert(key, value);
    return value;
}

QString CertificateChainView::fieldText(const QString &field) const
{
    const QLabel *label = fields_.value(field);
    return label ? label->text() : QString();
}

QString CertificateChainView::dumpText() const
{
    return dump_->toPlainText();
}

void CertificateChainView::setChainModel(CertificateChainModel *model)
{
    model_ = model;
    tree_->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &CertificateChainView::onModelReset);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showCertificate(current.isValid() ? current.data(CertificateChainModel::PositionRole).toInt() : -1);
            });
    onModelReset();
}

void CertificateChainView::onModelReset()
{
    timeline_->setChain(model_->chain(), model_->referenceTime(), warnDays_);
    tree_->expandAll();
    auto *header = tree_->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CertificateChainModel::NameColumn, QHeaderView::Stretch);
    for (int column : {int(CertificateChainModel::KeyColumn), int(CertificateChainModel::ExpiresColumn),
                       int(CertificateChainModel::NotesColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    const QModelIndex leaf = model_->indexForPosition(0);
    if (leaf.isValid())
        tree_->setCurrentIndex(leaf);
    else
        showCertificate(-1);
}

void CertificateChainView::showCertificate(int position)
{
    auto *stack = static_cast<QStackedWidget *>(details_->parentWidget());
    if (!model_ || position < 0 || position >= model_->chain().size()) {
        stack->setCurrentWidget(placeholder_);
        dump_->clear();
        for (QLabel *label : std::as_const(fields_))
            label->clear();
        return;
    }
    stack->setCurrentWidget(details_);
    const Certificate cert = model_->chain().at(position);
    const QDateTime now = model_->referenceTime();
    const QStringList notes = model_->notes(position);

    QString positionText = source_->text().isEmpty()
        ? tr("%1 of %2 in the served chain").arg(position).arg(model_->chain().size())
        : tr("%1 of %2, in the order a server would send them").arg(position).arg(model_->chain().size());
    if (!notes.isEmpty())
        positionText += QStringLiteral(" — ") + notes.join(QStringLiteral(", "));
    fields_.value(QStringLiteral("position"))->setText(positionText);
    fields_.value(QStringLiteral("subject"))->setText(cert.subject());
    fields_.value(QStringLiteral("issuer"))->setText(cert.issuer());
    fields_.value(QStringLiteral("serial"))->setText(cert.serialHex());

    const QLocale locale;
    const QString validity = tr("%1 to %2 (%3)")
        .arg(locale.toString(cert.notBefore(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
             locale.toString(cert.notAfter(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
             CertificateChainModel::daysLeftText(cert, now));
    QLabel *validityLabel = fields_.value(QStringLiteral("validity"));
    validityLabel->setText(validity);
    const bool invalidNow = CertificateChainModel::isExpired(cert, now) || CertificateChainModel::isNotYetValid(cert, now);
    validityLabel->setStyleSheet(invalidNow ? QStringLiteral("color: #b81d2a; font-weight: bold;") : QString());

    fields_.value(QStringLiteral("key"))->setText(core::keyInfoText(cert.key()));
    fields_.value(QStringLiteral("signature"))->setText(cert.signatureAlgorithm());
    const QStringList sans = cert.subjectAltNames();
    fields_.value(QStringLiteral("san"))->setText(sans.isEmpty() ? tr("none") : sans.join(QStringLiteral(", ")));
    const QString none = tr("none");
    auto listOrNone = [&none](const QStringList &items) {
        return items.isEmpty() ? none : items.join(QStringLiteral(", "));
    };
    const core::BasicConstraints bc = cert.basicConstraints();
    QString constraints = none;
    if (bc.present) {
        constraints = bc.ca ? (bc.pathLength >= 0 ? tr("CA, path length %1").arg(bc.pathLength) : tr("CA, no path length limit"))
                            : tr("not a CA");
        if (bc.critical)
            constraints += tr(" (critical)");
    }
    fields_.value(QStringLiteral("basicConstraints"))->setText(constraints);
    QString usage = listOrNone(cert.keyUsage());
    if (cert.keyUsageCritical())
        usage += tr(" (critical)");
    fields_.value(QStringLiteral("keyUsage"))->setText(usage);
    fields_.value(QStringLiteral("extendedKeyUsage"))->setText(listOrNone(cert.extendedKeyUsage()));
    fields_.value(QStringLiteral("ocsp"))->setText(listOrNone(cert.ocspUrls()));
    fields_.value(QStringLiteral("caIssuers"))->setText(listOrNone(cert.caIssuerUrls()));
    fields_.value(QStringLiteral("crl"))->setText(listOrNone(cert.crlDistributionPoints()));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const char *key : {"ski", "aki", "sha256", "spki"})
        fields_.value(QLatin1String(key))->setFont(fixed);
    const QString ski = cert.subjectKeyIdentifier();
    const QString aki = cert.authorityKeyIdentifier();
    fields_.value(QStringLiteral("ski"))->setText(ski.isEmpty() ? none : ski);
    fields_.value(QStringLiteral("aki"))->setText(aki.isEmpty() ? none : aki);
    // Everything not decoded above, named as OpenSSL names it.
    static const QStringList decoded = {
        QStringLiteral("2.5.29.17"), QStringLiteral("2.5.29.19"), QStringLiteral("2.5.29.15"),
        QStringLiteral("2.5.29.37"), QStringLiteral("1.3.6.1.5.5.7.1.1"), QStringLiteral("2.5.29.31"),
        QStringLiteral("2.5.29.14"), QStringLiteral("2.5.29.35")};
    QStringList others;
    for (const core::CertificateExtension &ext : cert.extensions()) {
        if (decoded.contains(ext.oid))
            continue;
        QString line = ext.critical ? tr("%1 (critical)").arg(ext.name) : ext.name;
        if (!ext.value.isEmpty())
            line += QStringLiteral(": ") + QString(ext.value).replace(QLatin1Char('\n'), QStringLiteral("; "));
        others << line;
    }
    fields_.value(QStringLiteral("otherExtensions"))->setText(listOrNone(others));
    fields_.value(QStringLiteral("sha256"))->setText(cert.sha256Fingerprint());
    fields_.value(QStringLiteral("spki"))->setText(cert.publicKeySha256());
    fields_.value(QStringLiteral("hash"))->setText(cert.subjectHash());
    dump_->setPlainText(cert.toText());
}

} // namespace mailtls::ui
