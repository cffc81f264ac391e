#include "models/certificate_chain_model.h"

#include <QIcon>
#include <QLocale>

#include "models/severity_style.h"

namespace mailtls::ui {

using core::Certificate;

CertificateChainModel::CertificateChainModel(QObject *parent) : QAbstractItemModel(parent) {}

void CertificateChainModel::setChain(const core::CertificateChain &chain, const QDateTime &now)
{
    beginResetModel();
    chain_ = chain;
    facts_.clear();
    now_ = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    for (const Certificate &cert : chain) {
        Facts facts{cert.isSelfSigned(), cert.isCa(), QIcon()};
        facts.icon = iconFor(cert, facts.selfSigned, facts.ca);
        facts_.append(facts);
    }
    endResetModel();
}

void CertificateChainModel::clear()
{
    setChain({});
}

Certificate CertificateChainModel::certificate(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const int position = int(index.internalId());
    return position < chain_.size() ? chain_.at(position) : Certificate();
}

QModelIndex CertificateChainModel::indexForPosition(int position, int column) const
{
    if (position < 0 || position >= chain_.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(0, column, quintptr(position));
}

QString CertificateChainModel::displayName(const Certificate &certificate)
{
    const QString cn = certificate.commonName();
    return cn.isEmpty() ? certificate.subject() : cn;
}

qint64 CertificateChainModel::daysLeft(const Certificate &certificate, const QDateTime &now)
{
    return now.secsTo(certificate.notAfter()) / 86400;
}

bool CertificateChainModel::isExpired(const Certificate &certificate, const QDateTime &now)
{
    return certificate.notAfter() < now;
}

bool CertificateChainModel::isNotYetValid(const Certificate &certificate, const QDateTime &now)
{
    return certificate.notBefore() > now;
}

QString CertificateChainModel::daysLeftText(const Certificate &certificate, const QDateTime &now)
{
    if (isExpired(certificate, now)) {
        const qint64 ago = -daysLeft(certificate, now);
        return ago == 0 ? tr("expired today") : ago == 1 ? tr("expired 1 day ago") : tr("expired %1 days ago").arg(ago);
    }
    if (isNotYetValid(certificate, now))
        return tr("not valid yet");
    const qint64 days = daysLeft(certificate, now);
    return days == 0 ? tr("expires today") : days == 1 ? tr("1 day left") : tr("%1 days left").arg(days);
}

QStringList CertificateChainModel::notes(int position) const
{
    QStringList out;
    if (position < 0 || position >= chain_.size())
        return out;
    const Certificate &cert = chain_.at(position);
    if (position == 0)
        out << tr("leaf");
    if (facts_.at(position).selfSigned)
        out << tr("self-signed");
    if (facts_.at(position).ca)
        out << tr("CA");
    if (isExpired(cert, now_))
        out << tr("expired");
    else if (isNotYetValid(cert, now_))
        out << tr("not yet valid");
    else if (daysLeft(cert, now_) < 30)
        out << tr("expires soon");
    return out;
}

QIcon CertificateChainModel::iconFor(const Certificate &cert, bool selfSigned, bool ca) const
{
    // Most urgent state wins; the glyph keeps it readable without colour.
    if (isExpired(cert, now_) || isNotYetValid(cert, now_))
        return SeverityStyle::glyphIcon(QColor(0xb8, 0x1d, 0x2a), QStringLiteral("!"));
    if (selfSigned)
        return SeverityStyle::glyphIcon(QColor(0xe0, 0xa1, 0x1b), QStringLiteral("S"));
    if (ca)
        return SeverityStyle::glyphIcon(QColor(0x2f, 0x6f, 0x9f), QStringLiteral("CA"));
    return SeverityStyle::glyphIcon(QColor(0x3f, 0x9a, 0x62), QStringLiteral("L"));
}

QModelIndex CertificateChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row != 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return chain_.isEmpty() ? QModelIndex() : createIndex(0, column, quintptr(0));
    if (parent.column() != 0)
        return {};
    const int child = int(parent.internalId()) + 1;
    return child < chain_.size() ? createIndex(0, column, quintptr(child)) : QModelIndex();
}

QModelIndex CertificateChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int position = int(child.internalId());
    return position == 0 ? QModelIndex() : createIndex(0, 0, quintptr(position - 1));
}

int CertificateChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return chain_.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(parent.internalId()) + 1 < chain_.size() ? 1 : 0;
}

int CertificateChainModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CertificateChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int position = int(index.internalId());
    if (position >= chain_.size())
        return {};
    const Certificate &cert = chain_.at(position);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return displayName(cert);
        case KeyColumn: return core::keyInfoText(cert.key());
        case ExpiresColumn:
            return QStringLiteral("%1 (%2)")
                .arg(QLocale().toString(cert.notAfter().date(), QLocale::ShortFormat),
                     daysLeftText(cert, now_));
        case NotesColumn: return notes(position).join(QStringLiteral(", "));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return facts_.at(position).icon;
        break;
    case Qt::ToolTipRole:
        return tr("Position %1 in the served chain\nSubject: %2\nIssuer: %3")
            .arg(position).arg(cert.subject(), cert.issuer());
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn || index.column() == NotesColumn) {
            if (isExpired(cert, now_) || isNotYetValid(cert, now_))
                return QColor(0xb8, 0x1d, 0x2a);
            if (daysLeft(cert, now_) < 30)
                return QColor(0xc0, 0x5a, 0x10);
        }
        break;
    case PositionRole: return position;
    case ExpiredRole: return isExpired(cert, now_);
    case SelfSignedRole: return facts_.at(position).selfSigned;
    case CaRole: return facts_.at(position).ca;
    }
    return {};
}

QVariant CertificateChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Certificate");
    case KeyColumn: return tr("Key");
    case ExpiresColumn: return tr("Expires");
    case NotesColumn: return tr("Notes");
    }
    return {};
}

} // namespace mailtls::ui
