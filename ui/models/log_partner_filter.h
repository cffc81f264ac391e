#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace mailtls::ui {

class LogPartnerModel;

// Filters and sorts the partners of a mail log: a text over host and address, the direction,
// a TLS version the partner used, how its certificate was verified, and "failing only" /
// "with cleartext only". Sorting uses LogPartnerModel::SortRole (counts and times as numbers).
class LogPartnerFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Direction { AnyDirection = 0, Inbound = 1, Outbound = 2 };

    explicit LogPartnerFilter(QObject *parent = nullptr);

    void setPartnerModel(LogPartnerModel *model);
    LogPartnerModel *partnerModel() const { return model_; }

    QString text() const { return text_; }
    int direction() const { return direction_; }
    QString version() const { return version_; }
    QString verification() const { return verification_; }
    bool failingOnly() const { return failingOnly_; }
    bool cleartextOnly() const { return cleartextOnly_; }
    // The source row of a proxy row, -1 when out of range.
    int partnerRow(int proxyRow) const;

public Q_SLOTS:
    void setText(const QString &text);
    void setDirection(int direction);
    // "TLSv1.2"; empty: any.
    void setVersion(const QString &version);
    // "yes", "no", "dane"; empty: any.
    void setVerification(const QString &verification);
    void setFailingOnly(bool on);
    void setCleartextOnly(bool on);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    LogPartnerModel *model_ = nullptr;
    QString text_;
    int direction_ = AnyDirection;
    QString version_;
    QString verification_;
    bool failingOnly_ = false;
    bool cleartextOnly_ = false;
};

} // namespace mailtls::ui
