#pragma once

#include <QAbstractItemModel>
#include <QDateTime>
#include <QIcon>

#include "x509/certificate.h"

namespace mailtls::ui {

// The chain as served, drawn as a tree: position 0 (the leaf) at the top, each following
// certificate a child of the one before it, so the path reads leaf -> intermediates -> root.
class CertificateChainModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KeyColumn, ExpiresColumn, NotesColumn, ColumnCount };
    enum Role { PositionRole = Qt::UserRole + 1, ExpiredRole, SelfSignedRole, CaRole };

    explicit CertificateChainModel(QObject *parent = nullptr);

    // `now` is the reference time for expiry and days left (tests pin it).
    void setChain(const core::CertificateChain &chain, const QDateTime &now = QDateTime());
    void clear();
    const core::CertificateChain &chain() const { return chain_; }
    QDateTime referenceTime() const { return now_; }

    core::Certificate certificate(const QModelIndex &index) const;
    QModelIndex indexForPosition(int position, int column = 0) const;

    // Shared with the details pane.
    static QString displayName(const core::Certificate &certificate);     // CN, else subject
    static qint64 daysLeft(const core::Certificate &certificate, const QDateTime &now);
    static QString daysLeftText(const core::Certificate &certificate, const QDateTime &now);
    static bool isExpired(const core::Certificate &certificate, const QDateTime &now);
    static bool isNotYetValid(const core::Certificate &certificate, const QDateTime &now);
    QStringList notes(int position) const;   // "leaf", "CA", "self-signed", "expired", ...

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QIcon iconFor(const core::Certificate &cert, bool selfSigned, bool ca) const;

    // Signature checks are not free: computed once per chain, not per paint.
    struct Facts {
        bool selfSigned = false;
        bool ca = false;
        QIcon icon;
    };
    core::CertificateChain chain_;
    QList<Facts> facts_;
    QDateTime now_;
};

} // namespace mailtls::ui
