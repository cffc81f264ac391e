#include "views/log_what_breaks_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "catalog/cipher_list_parser.h"
#include "catalog/versions.h"
#include "jobs/job.h"
#include "models/log_partner_model.h"

namespace mailtls::ui {

namespace {

constexpr int kPartnerRole = Qt::UserRole + 1;

QString usesText(const QList<core::LogTlsUse> &uses)
{
    QStringList parts;
    for (const core::LogTlsUse &use : uses)
        parts << QStringLiteral("%1 %2").arg(core::tlsVersionLabel(use.version), use.cipher);
    return parts.join(QStringLiteral(", "));
}

} // namespace

LogWhatBreaksPanel::LogWhatBreaksPanel(QWidget *parent) : QWidget(parent)
{
    direction_ = new QComboBox(this);
    direction_->setObjectName(QStringLiteral("whatBreaksDirection"));
    direction_->addItem(tr("Our server — partners that deliver to us"), 1);
    direction_->addItem(tr("Our outgoing TLS — partners we deliver to"), 2);

    dropTls10_ = new QCheckBox(tr("Drop TLS 1.0"), this);
    dropTls10_->setObjectName(QStringLiteral("whatBreaksDropTls10"));
    dropTls11_ = new QCheckBox(tr("Drop TLS 1.1"), this);
    dropTls11_->setObjectName(QStringLiteral("whatBreaksDropTls11"));
    dropTls12_ = new QCheckBox(tr("Drop TLS 1.2"), this);
    dropTls12_->setObjectName(QStringLiteral("whatBreaksDropTls12"));
    dropTls12_->setToolTip(tr("TLS 1.3 only"));

    certificate_ = new QComboBox(this);
    certificate_->setObjectName(QStringLiteral("whatBreaksCertificate"));
    certificate_->addItem(tr("as now"), QString());
    certificate_->addItem(tr("serve only ECDSA"), QStringLiteral("ECDSA"));
    certificate_->addItem(tr("serve only RSA"), QStringLiteral("RSA"));
    certificate_->setToolTip(tr("The certificate types our server offers"));

    dh_ = new QComboBox(this);
    dh_->setObjectName(QStringLiteral("whatBreaksDh"));
    dh_->addItem(tr("as now"), 0);
    dh_->addItem(tr("2048 bits"), 2048);
    dh_->addItem(tr("3072 bits"), 3072);
    dh_->setToolTip(tr("The size of the DHE prime: partners with a smaller upper limit cannot use DHE suites"));

    cipherList_ = new QLineEdit(this);
    cipherList_->setObjectName(QStringLiteral("whatBreaksCipherList"));
    cipherList_->setClearButtonEnabled(true);
    cipherList_->setPlaceholderText(tr("unchanged — or an OpenSSL list, IANA names, a GnuTLS priority string"));
    cipherList_->setToolTip(tr("The suites after the change, e.g. ECDHE+AESGCM:ECDHE+CHACHA20 (OpenSSL), "
                               "TLS_AES_128_GCM_SHA256,… (IANA) or SECURE128:-VERS-TLS1.0 (GnuTLS, expanded by gnutls-cli)"));

    baseScan_ = new QCheckBox(this);
    baseScan_->setObjectName(QStringLiteral("whatBreaksBaseScan"));
    baseScan_->setToolTip(tr("Without a scan, today's server is taken as accepting every suite and version, so only what "
                             "the change itself removes is counted"));
    baseScan_->setVisible(false);

    run_ = new QPushButton(tr("Run"), this);
    run_->setObjectName(QStringLiteral("whatBreaksRun"));
    run_->setToolTip(tr("Play the change against every partner's TLS in the logs"));
    run_->setDefault(true);

    auto *versions = new QHBoxLayout;
    versions->addWidget(dropTls10_);
    versions->addWidget(dropTls11_);
    versions->addWidget(dropTls12_);
    versions->addStretch(1);
    auto *server = new QHBoxLayout;
    server->addWidget(certificate_);
    server->addSpacing(12);
    server->addWidget(new QLabel(tr("DH prime:"), this));
    server->addWidget(dh_);
    server->addStretch(1);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(new QLabel(tr("Change:"), this), 0, 0);
    grid->addWidget(direction_, 0, 1);
    grid->addWidget(new QLabel(tr("Versions:"), this), 1, 0);
    grid->addLayout(versions, 1, 1);
    grid->addWidget(new QLabel(tr("Certificate:"), this), 2, 0);
    grid->addLayout(server, 2, 1);
    grid->addWidget(new QLabel(tr("Cipher suites:"), this), 3, 0);
    grid->addWidget(cipherList_, 3, 1);
    grid->addWidget(baseScan_, 4, 1);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("whatBreaksSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(run_, 0, Qt::AlignTop);
    runRow->addWidget(summary_, 1);

    results_ = new QTreeWidget(this);
    results_->setObjectName(QStringLiteral("whatBreaksResults"));
    results_->setColumnCount(4);
    results_->setHeaderLabels({tr("Partner"), tr("Messages"), tr("Last seen"), tr("Why")});
    results_->setRootIsDecorated(true);
    results_->setUniformRowHeights(true);
    results_->setAlternatingRowColors(true);
    results_->header()->setStretchLastSection(true);
    results_->setColumnWidth(PartnerColumn, 260);
    results_->setColumnWidth(MessagesColumn, 80);
    results_->setColumnWidth(LastSeenColumn, 130);

    reason_ = new QLabel(this);
    reason_->setObjectName(QStringLiteral("whatBreaksReason"));
    reason_->setWordWrap(true);
    reason_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reason_->setTextFormat(Qt::RichText);

    caveats_ = new QLabel(this);
    caveats_->setObjectName(QStringLiteral("whatBreaksCaveats"));
    caveats_->setWordWrap(true);
    caveats_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caveats_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(grid);
    layout->addLayout(runRow);
    layout->addWidget(results_, 1);
    layout->addWidget(reason_);
    layout->addWidget(caveats_);

    connect(run_, &QPushButton::clicked, this, &LogWhatBreaksPanel::run);
    connect(cipherList_, &QLineEdit::returnPressed, this, &LogWhatBreaksPanel::run);
    connect(direction_, qOverload<int>(&QComboBox::currentIndexChanged), this, &LogWhatBreaksPanel::updateWidgets);
    connect(results_, &QTreeWidget::currentItemChanged, this, &LogWhatBreaksPanel::showReason);
    connect(results_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant partner = item ? item->data(PartnerColumn, kPartnerRole) : QVariant();
        if (partner.isValid())
            Q_EMIT partnerActivated(partner.toInt());
    });
    updateWidgets();
}

LogWhatBreaksPanel::~LogWhatBreaksPanel()
{
    if (job_)
        job_->cancel();
}

void LogWhatBreaksPanel::setInventory(std::shared_ptr<const core::LogInventory> inventory)
{
    inventory_ = std::move(inventory);
    ++generation_;   // a prediction over the old logs no longer belongs here
    job_.clear();
    impact_ = core::ChangeImpact();
    hasImpact_ = false;
    results_->clear();
    reason_->clear();
    reason_->hide();
    caveats_->clear();
    caveats_->hide();
    summary_->clear();
    summary_->setStyleSheet(QString());
    updateWidgets();
}

int LogWhatBreaksPanel::direction() const
{
    return direction_->currentData().toInt();
}

core::ServerChange LogWhatBreaksPanel::change() const
{
    core::ServerChange change;
    if (dropTls10_->isChecked())
        change.dropVersions << QStringLiteral("TLSv1");
    if (dropTls11_->isChecked())
        change.dropVersions << QStringLiteral("TLSv1.1");
    if (dropTls12_->isChecked())
        change.dropVersions << QStringLiteral("TLSv1.2");
    const QString list = cipherList_->text().trimmed();
    change.hasCipherList = !list.isEmpty();
    change.cipherList = list;
    const QString type = certificate_->currentData().toString();
    if (!type.isEmpty() && certificate_->isEnabled())
        change.certificateTypes << type;
    change.dhBits = dh_->currentData().toInt();
    if (!baseScan_->isHidden() && baseScan_->isChecked() && base_.present) {
        change.hasBase = true;
        change.base = base_;
    }
    return change;
}

void LogWhatBreaksPanel::setBaseScan(const core::ScanResult &scan, const QString &label)
{
    base_ = scan;
    baseScan_->setText(tr("Start from the scan of %1 (what the server accepts today)").arg(label));
    baseScan_->setVisible(scan.present);
    if (scan.present)
        baseScan_->setChecked(true);
}

void LogWhatBreaksPanel::showMessage(const QString &text, bool error)
{
    summary_->setText(text);
    summary_->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

bool LogWhatBreaksPanel::run()
{
    if (job_)
        return false;
    if (!inventory_ || inventory_->partners.isEmpty()) {
        showMessage(tr("Open mail logs first: the prediction plays the change against the partners they show."), true);
        return false;
    }
    const core::ServerChange change = this->change();
    if (change.isEmpty()) {
        showMessage(tr("Choose a change first: a version to drop, a certificate type, a DH prime size or a cipher list."), true);
        return false;
    }
    const int direction = this->direction();
    const bool gnutls = change.hasCipherList
                        && core::detectCipherListSyntax(change.cipherList) == core::CipherListSyntax::Gnutls;
    if (!gnutls) {
        // In memory and quick: the partners' observed pairs against the simulated server.
        showImpact(core::whatBreaksIf(*inventory_, change, direction));
        return true;
    }
    // Expanding a GnuTLS priority string runs gnutls-cli: not on the GUI thread.
    const quint64 generation = ++generation_;
    std::shared_ptr<const core::LogInventory> inventory = inventory_;
    job_ = core::Job::start<core::ChangeImpact>(
        this,
        [inventory, change, direction](core::JobContext &) { return core::whatBreaksIf(*inventory, change, direction); },
        [this, generation](const core::ChangeImpact &impact) {
            if (generation != generation_)
                return;
            job_.clear();
            showImpact(impact);
        });
    connect(job_, &core::Job::finished, job_, &QObject::deleteLater);
    showMessage(tr("Expanding the GnuTLS priority string with gnutls-cli…"), false);
    updateWidgets();
    return true;
}

void LogWhatBreaksPanel::showImpact(const core::ChangeImpact &impact)
{
    impact_ = impact;
    hasImpact_ = true;
    results_->clear();
    reason_->clear();
    reason_->hide();
    caveats_->clear();
    const QLocale locale;
    if (!impact.error.isEmpty()) {
        showMessage(tr("The change cannot be read: %1").arg(core::shownPhrase(impact.errorPhrase, impact.error)), true);
        updateWidgets();
        Q_EMIT impactReady();
        return;
    }

    const int losing = int(impact.losing.size());
    const int atRisk = int(impact.atRisk.size());
    QString verdict;
    if (losing == 0 && atRisk == 0)
        verdict = tr("No partner in the logs would lose TLS.");
    else if (losing == 0)
        verdict = tr("No partner would lose TLS for certain; %1 at risk.").arg(atRisk);
    else
        verdict = tr("%1 would lose TLS, %2 at risk.").arg(losing).arg(atRisk);
    const QColor verdictColor = losing > 0 ? LogPartnerModel::failureColor()
                                           : (atRisk > 0 ? LogPartnerModel::cleartextColor() : QColor(0x2e, 0x7d, 0x32));
    QString text = tr("<b>%1</b> %2<br>%3 keep TLS · %4 never used TLS here")
                       .arg(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(verdictColor.name(), verdict.toHtmlEscaped()),
                            (core::shownPhrase(impact.descriptionPhrase, impact.description)).toHtmlEscaped())
                       .arg(impact.unaffected)
                       .arg(impact.cleartextOnly);
    if (!impact.serverSummary.isEmpty())
        text += QStringLiteral("<br><span style=\"color: palette(placeholder-text);\">%1</span>")
                    .arg(tr("Simulated: %1").arg(core::shownPhrase(impact.serverSummaryPhrase, impact.serverSummary)).toHtmlEscaped());
    showMessage(text, false);

    const auto addGroup = [this](const QString &title, const QColor &color) {
        auto *group = new QTreeWidgetItem(results_, {title});
        QFont font = group->font(PartnerColumn);
        font.setBold(true);
        group->setFont(PartnerColumn, font);
        group->setForeground(PartnerColumn, color);
        group->setFirstColumnSpanned(true);
        return group;
    };
    const auto addPartner = [this, &locale](QTreeWidgetItem *group, const core::PartnerImpact &p, const QString &reason) {
        QString label;
        if (inventory_ && p.partner >= 0 && p.partner < inventory_->partners.size()) {
            const core::LogPartner &partner = inventory_->partners.at(p.partner);
            label = partner.label();
        }
        auto *item = new QTreeWidgetItem(group, {label, locale.toString(p.messages), LogPartnerModel::timeText(p.lastSeen), reason});
        item->setData(PartnerColumn, kPartnerRole, p.partner);
        item->setTextAlignment(MessagesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(ReasonColumn, reason);
        item->setToolTip(PartnerColumn, tr("Double-click to show this partner"));
    };

    QTreeWidgetItem *losingGroup = addGroup(losing == 1 ? tr("Would lose TLS: 1 partner") : tr("Would lose TLS: %1 partners").arg(losing),
                                            LogPartnerModel::failureColor());
    losingGroup->setData(PartnerColumn, Qt::UserRole, QStringLiteral("loses-tls"));
    for (const core::PartnerImpact &p : impact.losing)
        addPartner(losingGroup, p, core::shownPhrase(p.reasonPhrase, p.reason));
    QTreeWidgetItem *riskGroup = addGroup(atRisk == 1 ? tr("At risk: 1 partner") : tr("At risk: %1 partners").arg(atRisk),
                                          LogPartnerModel::cleartextColor());
    riskGroup->setData(PartnerColumn, Qt::UserRole, QStringLiteral("at-risk"));
    for (const core::PartnerImpact &p : impact.atRisk) {
        QString reason = core::shownPhrase(p.reasonPhrase, p.reason);
        if (!p.stillWorking.isEmpty())
            reason += QLatin1Char(' ') + tr("Still works: %1.").arg(usesText(p.stillWorking));
        addPartner(riskGroup, p, reason);
    }
    QTreeWidgetItem *keeps = addGroup(impact.unaffected == 1 ? tr("Keep TLS: 1 partner") : tr("Keep TLS: %1 partners").arg(impact.unaffected),
                                      QColor(0x2e, 0x7d, 0x32));
    keeps->setData(PartnerColumn, Qt::UserRole, QStringLiteral("keeps-tls"));
    if (impact.cleartextOnly > 0) {
        QTreeWidgetItem *clear = addGroup(impact.cleartextOnly == 1
                                              ? tr("Never used TLS here: 1 partner (a TLS change does not reach it)")
                                              : tr("Never used TLS here: %1 partners (a TLS change does not reach them)").arg(impact.cleartextOnly),
                                          palette().placeholderText().color());
        clear->setData(PartnerColumn, Qt::UserRole, QStringLiteral("cleartext-only"));
    }
    losingGroup->setExpanded(true);
    riskGroup->setExpanded(true);
    // The partner column as wide as its partners (the group titles span the row anyway).
    int widest = 0;
    for (int g = 0; g < results_->topLevelItemCount(); ++g)
        for (int c = 0; c < results_->topLevelItem(g)->childCount(); ++c)
            widest = qMax(widest, results_->fontMetrics().horizontalAdvance(results_->topLevelItem(g)->child(c)->text(PartnerColumn)));
    results_->setColumnWidth(PartnerColumn, qBound(200, widest + 2 * results_->indentation() + 16, 380));
    // The first partner that loses (else the first at risk) is selected: its whole reason shows below.
    QTreeWidgetItem *first = losingGroup->childCount() ? losingGroup->child(0) : (riskGroup->childCount() ? riskGroup->child(0) : nullptr);
    if (first)
        results_->setCurrentItem(first);

    QStringList caveats;
    for (int i = 0; i < impact.caveats.size(); ++i)
        caveats << QStringLiteral("• ") + (core::shownPhrase(impact.caveatPhrases.value(i), impact.caveats.at(i)));
    caveats_->setText(caveats.join(QLatin1Char('\n')));
    caveats_->setVisible(!caveats.isEmpty());
    updateWidgets();
    Q_EMIT impactReady();
}

void LogWhatBreaksPanel::showReason()
{
    QTreeWidgetItem *item = results_->currentItem();
    if (!item || !item->data(PartnerColumn, kPartnerRole).isValid()) {
        reason_->hide();
        return;
    }
    reason_->setText(QStringLiteral("<b>%1</b> %2").arg(item->text(PartnerColumn).toHtmlEscaped(), item->text(ReasonColumn).toHtmlEscaped()));
    reason_->show();
}

void LogWhatBreaksPanel::updateWidgets()
{
    const bool outbound = direction() == 2;
    certificate_->setEnabled(!outbound);
    certificate_->setToolTip(outbound ? tr("Our outgoing TLS serves no certificate: only for our server")
                                      : tr("The certificate types our server offers"));
    run_->setEnabled(!job_);
    if (!hasImpact_ && !job_ && summary_->text().isEmpty())
        showMessage(tr("Choose a change and press Run: the partners in the logs that would lose TLS are listed here, "
                       "with how much mail they send and when they were last seen."),
                    false);
}

} // namespace mailtls::ui
