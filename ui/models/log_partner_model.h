#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QString>

#include "logs/log_inventory.h"

namespace mailtls::ui {

// The partners of a mail log (core::LogInventory::partners), one row each: who, which way,
// how much mail, how much of it over TLS and with what, and what went wrong. Display texts are
// short; tooltips carry the whole story. SortRole gives numbers and times as numbers, so a
// QSortFilterProxyModel (LogPartnerFilter) sorts them as such.
class LogPartnerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        // What decides a change first (who, how much, which versions, what fails), the rest after.
        HostColumn,
        AddressColumn,
        DirectionColumn,
        MessagesColumn,
        TlsShareColumn,
        VersionsColumn,
        FailuresColumn,
        CleartextColumn,
        FellBackColumn,
        VerifiedColumn,
        CipherColumn,
        ConnectionsColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        PartnerIndexRole,   // the row's index into the partner list (== the source row)
    };

    explicit LogPartnerModel(QObject *parent = nullptr);

    void setPartners(const QList<core::LogPartner> &partners);
    void clear();
    const QList<core::LogPartner> &partners() const { return partners_; }
    // Source row -> partner; row must be valid.
    const core::LogPartner &partner(int row) const { return partners_.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Texts shared with the details panel and the "What breaks if…" results.
    static QString hostText(const core::LogPartner &partner);        // the name, else "(no name)"
    static QString directionText(const core::LogPartner &partner);   // "in" / "out"
    static QString tlsShareText(const core::LogPartner &partner);    // "97 %", "—" without messages
    static double tlsShare(const core::LogPartner &partner);         // 0..1, -1 without messages
    static QString versionsText(const core::LogPartner &partner);    // "TLS 1.3 ×120, TLS 1.2 ×4"
    static QString topCipher(const core::LogPartner &partner);       // most used, empty when none
    static QString verifiedText(const core::LogPartner &partner);    // "yes ×3, no ×1"
    static QString failuresText(const core::LogPartner &partner);    // "5 · No cipher suite in common"
    static QString timeText(const QDateTime &when);                  // "2026-12-06 02:46" (local time)
    // Versions the project considers outdated for mail (SSL 3, TLS 1.0, TLS 1.1).
    static bool isOldVersion(const QString &version);
    static bool usedOldVersion(const core::LogPartner &partner);

    static QColor failureColor();     // text of failure counts
    static QColor cleartextColor();   // text of cleartext counts and old versions

private:
    QVariant displayData(const core::LogPartner &p, int column) const;
    QVariant sortData(const core::LogPartner &p, int column) const;
    QString toolTip(const core::LogPartner &p, int column) const;

    QList<core::LogPartner> partners_;
};

} // namespace mailtls::ui
