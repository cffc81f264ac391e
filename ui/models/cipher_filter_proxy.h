#pragma once

#include <QSortFilterProxyModel>

namespace mailtls::ui {

// Filters and sorts the cipher matrix: "only accepted" (accepted in at least one version),
// "only weak" (graded weak or insecure), and a name / code search over IANA, OpenSSL and
// GnuTLS names. Sorting uses the model's SortRole (codes numerically, grades best first,
// version columns by the server's rank).
class CipherFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CipherFilterProxy(QObject *parent = nullptr);

    bool onlyAccepted() const { return onlyAccepted_; }
    bool onlyWeak() const { return onlyWeak_; }
    QString searchText() const { return search_; }

public Q_SLOTS:
    void setOnlyAccepted(bool on);
    void setOnlyWeak(bool on);
    void setSearchText(const QString &text);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    bool onlyAccepted_ = false;
    bool onlyWeak_ = false;
    QString search_;
};

} // namespace mailtls::ui
