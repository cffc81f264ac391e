#include "models/domain_address_model.h"

#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <utility>

#include "base/display_text.h"
#include "catalog/versions.h"

namespace mailtls::ui {

using core::DnssecStatus;
using core::MxAddressCheck;
using core::MxHost;

namespace {

constexpr int kExpirySoonDays = 14;

QString visible(const QString &text)
{
    return core::visibleControls(text);
}

const core::Certificate *leafOf(const MxAddressCheck &a)
{
    return a.session.certificates.isEmpty() || a.session.certificates.first().isNull() ? nullptr
                                                                                      : &a.session.certificates.first();
}

bool isOldVersion(const QString &version)
{
    const int rank = core::versionRank(version);
    return rank >= 0 && rank < core::versionRank(QStringLiteral("TLSv1.2"));
}

} // namespace

DomainAddressModel::DomainAddressModel(QObject *parent) : QAbstractTableModel(parent) {}

void DomainAddressModel::setReport(const core::DomainReport &report)
{
    beginResetModel();
    addresses_ = report.addresses;
    hosts_ = report.hosts;
    checkedAt_ = report.startedAt;
    computeDifferences();
    endResetModel();
}

void DomainAddressModel::appendAddress(const MxAddressCheck &address)
{
    const int row = int(addresses_.size());
    beginInsertRows(QModelIndex(), row, row);
    addresses_ << address;
    computeDifferences();
    endInsertRows();
    // A new sibling may change what its siblings' cells look like.
    if (row > 0)
        Q_EMIT dataChanged(index(0, 0), index(row - 1, ColumnCount - 1));
}

void DomainAddressModel::clear()
{
    beginResetModel();
    addresses_.clear();
    hosts_.clear();
    checkedAt_ = QDateTime();
    differs_.clear();
    endResetModel();
}

const MxHost *DomainAddressModel::hostOf(int row) const
{
    if (row < 0 || row >= addresses_.size())
        return nullptr;
    for (const MxHost &host : hosts_)
        if (host.name == addresses_.at(row).mx)
            return &host;
    return nullptr;
}

int DomainAddressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(addresses_.size());
}

int DomainAddressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor DomainAddressModel::statusColor(Status status)
{
    switch (status) {
    case Good: return QColor(0x1e, 0x7b, 0x3c);
    case Warning: return QColor(0x9a, 0x5b, 0x00);
    case Bad: return QColor(0xb3, 0x26, 0x1e);
    case Neutral: break;
    }
    return {};
}

QColor DomainAddressModel::differsBackground()
{
    return QColor(0xff, 0xec, 0xb3);
}

QString DomainAddressModel::dnssecText(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Secure: return tr("secure");
    case DnssecStatus::Insecure: return tr("insecure");
    case DnssecStatus::Bogus: return tr("bogus");
    case DnssecStatus::Unknown: break;
    }
    return tr("unknown");
}

DomainAddressModel::Status DomainAddressModel::dnssecStatus(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Secure: return Good;
    case DnssecStatus::Insecure: return Neutral;
    case DnssecStatus::Bogus: return Bad;
    case DnssecStatus::Unknown: break;
    }
    return Warning;
}

QString DomainAddressModel::cellText(int row, int column) const
{
    if (row < 0 || row >= addresses_.size())
        return QString();
    const MxAddressCheck &a = addresses_.at(row);
    const core::Report &s = a.session;
    const MxHost *host = hostOf(row);
    const core::Certificate *leaf = leafOf(a);
    const bool tls = s.tls.established;
    switch (column) {
    case MxColumn:
        return host && host->implicit ? tr("%1 (no MX: implicit)").arg(visible(a.mx)) : visible(a.mx);
    case PreferenceColumn:
        if (!host || host->implicit)
            return QStringLiteral("—");
        return QString::number(host->preference);
    case AddressColumn:
        return visible(a.address);
    case StarttlsColumn:
        if (!s.outcome.connected)
            return tr("no connection");
        if (s.smtp.starttlsOffered)
            return tr("offered");
        return s.smtp.banner.isEmpty() ? tr("no SMTP") : tr("not offered");
    case VersionColumn:
        if (tls)
            return core::tlsVersionLabel(s.tls.version);
        return s.tls.attempted ? tr("failed") : QStringLiteral("—");
    case SuiteColumn:
        if (!tls)
            return QStringLiteral("—");
        return s.tls.cipher.iana.isEmpty() ? visible(s.tls.cipher.openssl) : visible(s.tls.cipher.iana);
    case CertificateColumn:
        if (!leaf)
            return QStringLiteral("—");
        return leaf->commonName().isEmpty() ? tr("(no CN)") : visible(leaf->commonName());
    case ExpiresColumn:
        return leaf ? leaf->notAfter().toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
    case TrustedColumn:
        if (!leaf)
            return QStringLiteral("—");
        return a.chainTrusted ? tr("yes") : tr("no");
    case NameColumn:
        if (!leaf)
            return QStringLiteral("—");
        return a.nameMatches ? tr("yes") : tr("no");
    case DaneColumn:
        if (a.dane.attempted) {
            if (!a.dane.verified)
                return tr("failed");
            return a.dane.matchedDepth >= 0 ? tr("verified (depth %1)").arg(a.dane.matchedDepth) : tr("verified");
        }
        if (!host)
            return QStringLiteral("—");
        return host->tlsaRecords.isEmpty() ? tr("no TLSA") : tr("not checked");
    case TlsaDnssecColumn:
        if (!host)
            return QStringLiteral("—");
        if (!host->tlsa.answered)
            return tr("no answer");
        if (host->tlsa.rcode != QLatin1String("NOERROR") && !host->tlsa.nxdomain())
            return visible(host->tlsa.rcode);
        return host->tlsa.hasData() ? dnssecText(host->tlsa.dnssec)
                                    : tr("%1, none").arg(dnssecText(host->tlsa.dnssec));
    default:
        break;
    }
    return QString();
}

QString DomainAddressModel::compareKey(int row, int column) const
{
    const MxAddressCheck &a = addresses_.at(row);
    switch (column) {
    case CertificateColumn: {
        // Same name, other certificate (a node not yet renewed) is a difference too.
        const core::Certificate *leaf = leafOf(a);
        return leaf ? leaf->sha256Fingerprint() : QString();
    }
    case ExpiresColumn: {
        const core::Certificate *leaf = leafOf(a);
        return leaf ? leaf->notAfter().toUTC().toString(Qt::ISODate) : QString();
    }
    case DaneColumn:
        return a.dane.attempted ? (a.dane.verified ? QStringLiteral("verified") : QStringLiteral("failed")) : QString();
    default:
        return cellText(row, column);
    }
}

void DomainAddressModel::computeDifferences()
{
    differs_ = QList<QList<bool>>(addresses_.size(), QList<bool>(ColumnCount, false));
    // Siblings: the addresses of one MX host. Each should serve the same thing.
    QHash<QString, QList<int>> groups;
    for (int row = 0; row < addresses_.size(); ++row)
        groups[addresses_.at(row).mx] << row;
    const QList<int> compared{StarttlsColumn, VersionColumn, SuiteColumn, CertificateColumn, ExpiresColumn,
                              TrustedColumn,  NameColumn,    DaneColumn};
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<int> &rows = it.value();
        if (rows.size() < 2)
            continue;
        for (int column : compared) {
            QHash<QString, int> counts;
            for (int row : rows)
                ++counts[compareKey(row, column)];
            if (counts.size() < 2)
                continue;
            int most = 0;
            for (int n : std::as_const(counts))
                most = std::max(most, n);
            // The value most siblings have is the reference. Without a majority (two nodes, two
            // certificates), the better one is: the better status (DANE verified over failed),
            // then the later expiry (the renewed certificate); if that does not decide, every
            // cell is marked.
            QString reference;
            int referenceCount = 0;
            auto score = [this, column](int row) {
                static const int rank[] = {2, 3, 1, 0};   // Neutral, Good, Warning, Bad
                const core::Certificate *leaf = leafOf(addresses_.at(row));
                const qint64 expiry = (column == CertificateColumn || column == ExpiresColumn) && leaf
                                          ? leaf->notAfter().toSecsSinceEpoch()
                                          : 0;
                return std::make_pair(rank[cellStatus(row, column)], expiry);
            };
            std::pair<int, qint64> best{-1, 0};
            for (int row : rows) {
                const QString key = compareKey(row, column);
                if (counts.value(key) != most)
                    continue;
                const auto s = score(row);
                if (referenceCount == 0 || s > best) {
                    best = s;
                    reference = key;
                    referenceCount = 1;
                } else if (s == best && key != reference) {
                    ++referenceCount;   // two values equally good: no reference
                }
            }
            for (int row : rows)
                differs_[row][column] = referenceCount != 1 || compareKey(row, column) != reference;
        }
    }
}

bool DomainAddressModel::repeatsMx(int row) const
{
    return row > 0 && row < addresses_.size() && addresses_.at(row - 1).mx == addresses_.at(row).mx;
}

bool DomainAddressModel::differs(int row, int column) const
{
    return row >= 0 && row < differs_.size() && column >= 0 && column < ColumnCount && differs_.at(row).at(column);
}

int DomainAddressModel::differingRows() const
{
    int count = 0;
    for (const QList<bool> &row : differs_)
        count += row.contains(true) ? 1 : 0;
    return count;
}

DomainAddressModel::Status DomainAddressModel::cellStatus(int row, int column) const
{
    const MxAddressCheck &a = addresses_.at(row);
    const core::Report &s = a.session;
    const core::Certificate *leaf = leafOf(a);
    const MxHost *host = hostOf(row);
    switch (column) {
    case StarttlsColumn:
        return s.outcome.connected && s.smtp.starttlsOffered ? Good : Bad;
    case VersionColumn:
        if (s.tls.established)
            return isOldVersion(s.tls.version) ? Warning : Neutral;
        return s.tls.attempted ? Bad : Neutral;
    case ExpiresColumn: {
        if (!leaf)
            return Neutral;
        const QDateTime now = checkedAt_.isValid() ? checkedAt_ : QDateTime::currentDateTimeUtc();
        if (leaf->notAfter() < now)
            return Bad;
        return leaf->notAfter() < now.addDays(kExpirySoonDays) ? Warning : Neutral;
    }
    case TrustedColumn:
        return leaf ? (a.chainTrusted ? Good : Warning) : Neutral;
    case NameColumn:
        return leaf ? (a.nameMatches ? Good : Warning) : Neutral;
    case DaneColumn:
        if (a.dane.attempted)
            return a.dane.verified ? Good : Bad;
        return host && !host->tlsaRecords.isEmpty() ? Warning : Neutral;
    case TlsaDnssecColumn:
        if (!host)
            return Neutral;
        if (!host->tlsa.answered)
            return Warning;
        return dnssecStatus(host->tlsa.dnssec);
    default:
        break;
    }
    return Neutral;
}

QString DomainAddressModel::toolTip(int row, int column) const
{
    const MxAddressCheck &a = addresses_.at(row);
    const core::Report &s = a.session;
    const core::Certificate *leaf = leafOf(a);
    const MxHost *host = hostOf(row);
    QStringList lines;
    switch (column) {
    case MxColumn:
    case AddressColumn:
        lines << tr("Double-click to open this address's session in the Handshake, Certificates and Findings tabs");
        break;
    case StarttlsColumn:
        if (!s.outcome.error.isEmpty())
            lines << visible(core::shownPhrase(s.outcome.errorPhrase, s.outcome.error));
        if (!s.smtp.banner.isEmpty())
            lines << tr("Banner: %1").arg(visible(s.smtp.banner));
        break;
    case VersionColumn:
    case SuiteColumn:
        if (!s.tls.error.isEmpty())
            lines << visible(core::shownPhrase(s.tls.errorPhrase, s.tls.error));
        if (s.tls.established && !s.tls.group.isEmpty())
            lines << tr("Key exchange: %1").arg(visible(s.tls.group));
        break;
    case CertificateColumn:
    case ExpiresColumn:
        if (leaf) {
            lines << tr("Subject: %1").arg(visible(leaf->subject()));
            lines << tr("Issuer: %1").arg(visible(leaf->issuer()));
            if (!leaf->dnsNames().isEmpty())
                lines << tr("Names: %1").arg(visible(leaf->dnsNames().join(QStringLiteral(", "))));
            lines << tr("Valid: %1 to %2").arg(leaf->notBefore().toUTC().toString(Qt::ISODate),
                                               leaf->notAfter().toUTC().toString(Qt::ISODate));
            lines << tr("SHA-256: %1").arg(leaf->sha256Fingerprint());
        }
        break;
    case TrustedColumn:
        if (leaf && !a.chainTrusted && !s.tls.verifyMessage.isEmpty())
            lines << visible(s.tls.verifyMessage);
        if (leaf)
            lines << tr("MTA-STS senders need a trusted chain; opportunistic and DANE senders do not");
        break;
    case NameColumn:
        if (leaf)
            lines << (a.nameMatches ? tr("The certificate is valid for %1").arg(visible(a.mx))
                                    : tr("The certificate is not valid for %1").arg(visible(a.mx)));
        break;
    case DaneColumn:
        if (a.dane.attempted && a.dane.verified && a.dane.matchedRecord >= 0)
            lines << tr("TLSA record %1 matched the certificate at depth %2").arg(a.dane.matchedRecord + 1).arg(a.dane.matchedDepth);
        if (a.dane.attempted && !a.dane.verified)
            lines << (a.dane.error.isEmpty() ? tr("No TLSA record matches the served chain") : visible(a.dane.error));
        if (!a.dane.attempted && host && !host->tlsaRecords.isEmpty())
            lines << tr("No chain to check against the TLSA records (no TLS session)");
        break;
    case TlsaDnssecColumn:
        if (host) {
            lines << tr("_25._tcp.%1 TLSA").arg(visible(host->name));
            if (!host->tlsa.error.isEmpty())
                lines << visible(core::shownPhrase(host->tlsa.errorPhrase, host->tlsa.error));
            if (!host->tlsa.whyBogus.isEmpty())
                lines << visible(host->tlsa.whyBogus);
        }
        break;
    default:
        break;
    }
    if (differs(row, column)) {
        QStringList others;
        for (int r = 0; r < addresses_.size(); ++r)
            if (r != row && addresses_.at(r).mx == a.mx)
                others << tr("%1: %2").arg(visible(addresses_.at(r).address), cellText(r, column));
        lines.prepend(tr("Differs from the other addresses of %1 (%2)").arg(visible(a.mx), others.join(QStringLiteral("; "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant DomainAddressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= addresses_.size() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole: {
        if (column == MxColumn && repeatsMx(row))
            return QColor(0x80, 0x80, 0x80);   // the MX of the row above: the eye groups them
        const Status status = cellStatus(row, column);
        return status == Neutral ? QVariant() : QVariant(statusColor(status));
    }
    case Qt::BackgroundRole:
        return differs(row, column) ? QVariant(differsBackground()) : QVariant();
    case Qt::FontRole:
        if (differs(row, column) || (column == MxColumn && !repeatsMx(row))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == PreferenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DiffersRole:
        return differs(row, column);
    case AddressIndexRole:
        return row;
    case StatusRole:
        return int(cellStatus(row, column));
    default:
        break;
    }
    return {};
}

QVariant DomainAddressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case MxColumn: return tr("MX");
        case PreferenceColumn: return tr("Pref.");
        case AddressColumn: return tr("Address");
        case StarttlsColumn: return tr("STARTTLS");
        case VersionColumn: return tr("TLS");
        case SuiteColumn: return tr("Cipher suite");
        case CertificateColumn: return tr("Certificate");
        case ExpiresColumn: return tr("Expires");
        case TrustedColumn: return tr("Trusted");
        case NameColumn: return tr("Name matches");
        case DaneColumn: return tr("DANE");
        case TlsaDnssecColumn: return tr("TLSA DNSSEC");
        default: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PreferenceColumn: return tr("MX preference: lower is tried first");
        case CertificateColumn: return tr("Common name of the served certificate");
        case ExpiresColumn: return tr("End of the served certificate's validity (UTC)");
        case TrustedColumn: return tr("The served chain verifies against the trusted CAs");
        case NameColumn: return tr("The certificate is valid for the MX host name");
        case DaneColumn: return tr("The served chain against the MX's TLSA records (RFC 7672)");
        case TlsaDnssecColumn: return tr("DNSSEC status of the MX's TLSA answer: DANE needs it secure");
        default: break;
        }
    }
    return {};
}

} // namespace mailtls::ui
