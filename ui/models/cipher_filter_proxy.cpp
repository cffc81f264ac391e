#include "models/cipher_filter_proxy.h"

#include "models/cipher_matrix_model.h"

namespace mailtls::ui {

CipherFilterProxy::CipherFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CipherMatrixModel::SortRole);
    setDynamicSortFilter(true);
}

void CipherFilterProxy::setOnlyAccepted(bool on)
{
    if (onlyAccepted_ == on)
        return;
    onlyAccepted_ = on;
    refilter();
}

void CipherFilterProxy::setOnlyWeak(bool on)
{
    if (onlyWeak_ == on)
        return;
    onlyWeak_ = on;
    refilter();
}

void CipherFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (search_ == trimmed)
        return;
    search_ = trimmed;
    refilter();
}

void CipherFilterProxy::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the supported way.
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool CipherFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *matrix = qobject_cast<const CipherMatrixModel *>(sourceModel());
    if (!matrix)
        return true;
    const QModelIndex first = matrix->index(sourceRow, CipherMatrixModel::SuiteColumn, sourceParent);
    if (onlyAccepted_ && !first.data(CipherMatrixModel::AcceptedRole).toBool())
        return false;
    if (onlyWeak_ && !CipherGradeStyle::isWeak(first.data(CipherMatrixModel::GradeRole).toString()))
        return false;
    if (!search_.isEmpty()) {
        const core::SuiteInfo suite = matrix->suite(sourceRow);
        const QString code = core::CipherSuite{suite.code, QString(), QString()}.codeHex();
        const bool hit = suite.iana.contains(search_, Qt::CaseInsensitive)
            || suite.openssl.contains(search_, Qt::CaseInsensitive)
            || suite.gnutls.contains(search_, Qt::CaseInsensitive)
            || code.contains(search_, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

bool CipherFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    if (l.toLongLong() != r.toLongLong())
        return l.toLongLong() < r.toLongLong();
    // Ties keep the model's order (newest version's server order first).
    return left.row() < right.row();
}

} // namespace mailtls::ui
