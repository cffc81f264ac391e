#include "models/log_partner_filter.h"

#include "models/log_partner_model.h"

namespace mailtls::ui {

LogPartnerFilter::LogPartnerFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LogPartnerModel::SortRole);
    setDynamicSortFilter(true);
}

void LogPartnerFilter::setPartnerModel(LogPartnerModel *model)
{
    model_ = model;
    setSourceModel(model);
}

int LogPartnerFilter::partnerRow(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return mapToSource(index(proxyRow, 0)).row();
}

void LogPartnerFilter::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == text_)
        return;
    text_ = t;
    refilter();
}

void LogPartnerFilter::setDirection(int direction)
{
    if (direction == direction_)
        return;
    direction_ = direction;
    refilter();
}

void LogPartnerFilter::setVersion(const QString &version)
{
    if (version == version_)
        return;
    version_ = version;
    refilter();
}

void LogPartnerFilter::setVerification(const QString &verification)
{
    if (verification == verification_)
        return;
    verification_ = verification;
    refilter();
}

void LogPartnerFilter::setFailingOnly(bool on)
{
    if (on == failingOnly_)
        return;
    failingOnly_ = on;
    refilter();
}

void LogPartnerFilter::setCleartextOnly(bool on)
{
    if (on == cleartextOnly_)
        return;
    cleartextOnly_ = on;
    refilter();
}

void LogPartnerFilter::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool LogPartnerFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!model_ || sourceParent.isValid() || sourceRow < 0 || sourceRow >= model_->rowCount())
        return false;
    const core::LogPartner &p = model_->partner(sourceRow);
    if (direction_ == Inbound && p.outgoing)
        return false;
    if (direction_ == Outbound && !p.outgoing)
        return false;
    if (failingOnly_ && p.failureCount() == 0)
        return false;
    if (cleartextOnly_ && p.cleartext == 0)
        return false;
    if (!version_.isEmpty() && p.tlsVersions.value(version_) <= 0)
        return false;
    if (!verification_.isEmpty() && p.verified.value(verification_) <= 0)
        return false;
    if (!text_.isEmpty() && !p.host.contains(text_, Qt::CaseInsensitive) && !p.address.contains(text_, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace mailtls::ui
