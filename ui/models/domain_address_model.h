#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

#include "model/domain_report.h"

namespace mailtls::ui {

// The addresses of a domain's MX hosts (core::DomainReport::addresses), one row each: which MX,
// its preference, the address, then what a sending MTA met there (STARTTLS, TLS version and
// suite, the served certificate, whether it is trusted and names the MX, DANE against the MX's
// TLSA records and the DNSSEC status of those records). Rows may arrive one at a time while a
// check runs (appendAddress); setReport() then puts the whole report in place.
//
// A cell whose value differs from the other addresses of the same MX (one node serving an older
// certificate, another TLS version) is marked: bold on a warning background, with a tooltip
// that says what its siblings have. DiffersRole tells it to tests and delegates.
class DomainAddressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MxColumn,
        PreferenceColumn,
        AddressColumn,
        // What decides delivery first (STARTTLS, DANE, the certificate), the suite last.
        StarttlsColumn,
        VersionColumn,
        DaneColumn,
        TlsaDnssecColumn,
        CertificateColumn,
        ExpiresColumn,
        TrustedColumn,
        NameColumn,
        SuiteColumn,
        ColumnCount
    };
    enum Role {
        DiffersRole = Qt::UserRole + 1,   // bool: this cell differs from its siblings
        AddressIndexRole,                 // int: index into the address list
        StatusRole,                       // int: Status of the cell (for colours and tests)
    };
    // What a cell says about delivery, for its colour.
    enum Status { Neutral, Good, Warning, Bad };

    explicit DomainAddressModel(QObject *parent = nullptr);

    // The whole report: hosts (preferences, TLSA) and every checked address.
    void setReport(const core::DomainReport &report);
    // One address as its session ends, while a check runs (no hosts known yet).
    void appendAddress(const core::MxAddressCheck &address);
    void clear();

    const QList<core::MxAddressCheck> &addresses() const { return addresses_; }
    const core::MxAddressCheck &address(int row) const { return addresses_.at(row); }
    // The host record of row's MX, nullptr when not known (live rows).
    const core::MxHost *hostOf(int row) const;

    bool differs(int row, int column) const;
    // Rows with at least one differing cell.
    int differingRows() const;
    // The comparison value of a cell (what "differs" compares), also its display text.
    QString cellText(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor statusColor(Status status);   // text colour of a Good / Warning / Bad cell
    static QColor differsBackground();          // background of a differing cell
    // Translated DNSSEC status word: "secure", "insecure", "bogus", "unknown".
    static QString dnssecText(core::DnssecStatus status);
    static Status dnssecStatus(core::DnssecStatus status);

private:
    Status cellStatus(int row, int column) const;
    bool repeatsMx(int row) const;   // same MX as the row above
    QString toolTip(int row, int column) const;
    QString compareKey(int row, int column) const;
    void computeDifferences();

    QList<core::MxAddressCheck> addresses_;
    QList<core::MxHost> hosts_;
    QDateTime checkedAt_;
    QList<QList<bool>> differs_;   // [row][column]
};

} // namespace mailtls::ui
