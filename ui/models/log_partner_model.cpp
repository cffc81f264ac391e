#include "models/log_partner_model.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

#include "base/display_text.h"
#include "catalog/versions.h"
#include "diagnose/log_verdicts.h"

namespace mailtls::ui {

using core::LogPartner;

namespace {

// Keys of a count map, the largest count first (ties: by key).
QStringList byCount(const QMap<QString, qint64> &counts)
{
    QStringList keys = counts.keys();
    std::stable_sort(keys.begin(), keys.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) > counts.value(b);
    });
    return keys;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

LogPartnerModel::LogPartnerModel(QObject *parent) : QAbstractTableModel(parent) {}

void LogPartnerModel::setPartners(const QList<LogPartner> &partners)
{
    beginResetModel();
    partners_ = partners;
    endResetModel();
}

void LogPartnerModel::clear()
{
    setPartners({});
}

int LogPartnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(partners_.size());
}

int LogPartnerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor LogPartnerModel::failureColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor LogPartnerModel::cleartextColor()
{
    return QColor(0x9a, 0x5b, 0x00);
}

QString LogPartnerModel::hostText(const LogPartner &partner)
{
    return partner.host.isEmpty() ? tr("(no name)") : core::visibleControls(partner.host);
}

QString LogPartnerModel::directionText(const LogPartner &partner)
{
    return partner.outgoing ? tr("out") : tr("in");
}

double LogPartnerModel::tlsShare(const LogPartner &partner)
{
    return partner.messages > 0 ? double(partner.tlsMessages) / double(partner.messages) : -1.0;
}

QString LogPartnerModel::tlsShareText(const LogPartner &partner)
{
    const double share = tlsShare(partner);
    if (share < 0)
        return QStringLiteral("—");
    // 99.6 % is not "100 %": only all of it is all of it.
    int percent = int(share * 100.0 + 0.5);
    if (percent == 100 && partner.tlsMessages < partner.messages)
        percent = 99;
    if (percent == 0 && partner.tlsMessages > 0)
        percent = 1;
    return tr("%1 %").arg(percent);
}

bool LogPartnerModel::isOldVersion(const QString &version)
{
    const int rank = core::versionRank(version);
    return rank >= 0 && rank < core::versionRank(QStringLiteral("TLSv1.2"));
}

bool LogPartnerModel::usedOldVersion(const LogPartner &partner)
{
    for (auto it = partner.tlsVersions.cbegin(); it != partner.tlsVersions.cend(); ++it)
        if (it.value() > 0 && isOldVersion(it.key()))
            return true;
    return false;
}

QString LogPartnerModel::versionsText(const LogPartner &partner)
{
    // Newest first, as people read them.
    QStringList versions = partner.tlsVersions.keys();
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return core::versionRank(a) > core::versionRank(b);
    });
    QStringList parts;
    for (const QString &v : std::as_const(versions))
        parts << tr("%1 ×%2").arg(core::tlsVersionLabel(v), number(partner.tlsVersions.value(v)));
    return parts.join(QStringLiteral(", "));
}

QString LogPartnerModel::topCipher(const LogPartner &partner)
{
    return byCount(partner.ciphers).value(0);
}

QString LogPartnerModel::verifiedText(const LogPartner &partner)
{
    QStringList parts;
    for (const QString &key : byCount(partner.verified))
        parts << tr("%1 ×%2").arg(key, number(partner.verified.value(key)));
    return parts.join(QStringLiteral(", "));
}

QString LogPartnerModel::failuresText(const LogPartner &partner)
{
    const qint64 count = partner.failureCount();
    if (count == 0)
        return QString();
    const QString cause = partner.failures.isEmpty() ? QString() : partner.failures.first().cause;
    const QString title = cause.isEmpty() ? QString() : core::logCauseInfo(cause).title;
    return title.isEmpty() ? number(count) : tr("%1 · %2").arg(number(count), title);
}

QString LogPartnerModel::timeText(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QVariant LogPartnerModel::displayData(const LogPartner &p, int column) const
{
    switch (column) {
    case HostColumn: return hostText(p);
    case AddressColumn: return p.address;
    case DirectionColumn: return directionText(p);
    case MessagesColumn: return number(p.messages);
    case ConnectionsColumn: return number(p.connections);
    case TlsShareColumn: return tlsShareText(p);
    case VersionsColumn: return versionsText(p);
    case CipherColumn: return topCipher(p);
    case VerifiedColumn: return verifiedText(p);
    case CleartextColumn: return p.cleartext ? number(p.cleartext) : QString();
    case FellBackColumn: return p.fellBackToCleartext ? number(p.fellBackToCleartext) : QString();
    case FailuresColumn: return failuresText(p);
    case FirstSeenColumn: return timeText(p.firstSeen);
    case LastSeenColumn: return timeText(p.lastSeen);
    }
    return {};
}

QVariant LogPartnerModel::sortData(const LogPartner &p, int column) const
{
    switch (column) {
    case HostColumn: return p.host.toLower();
    case AddressColumn: return p.address;
    case DirectionColumn: return p.outgoing ? 1 : 0;
    case MessagesColumn: return p.messages;
    case ConnectionsColumn: return p.connections;
    case TlsShareColumn: return tlsShare(p);
    case VersionsColumn: {
        // By the oldest version used: the partners that hold back a change sort together.
        int oldest = 100;
        for (auto it = p.tlsVersions.cbegin(); it != p.tlsVersions.cend(); ++it)
            if (it.value() > 0)
                oldest = qMin(oldest, core::versionRank(it.key()));
        return oldest;
    }
    case CipherColumn: return topCipher(p);
    case VerifiedColumn: return p.verified.value(QStringLiteral("yes")) + p.verified.value(QStringLiteral("dane"));
    case CleartextColumn: return p.cleartext;
    case FellBackColumn: return p.fellBackToCleartext;
    case FailuresColumn: return p.failureCount();
    case FirstSeenColumn: return p.firstSeen.isValid() ? p.firstSeen.toMSecsSinceEpoch() : qint64(0);
    case LastSeenColumn: return p.lastSeen.isValid() ? p.lastSeen.toMSecsSinceEpoch() : qint64(0);
    }
    return {};
}

QString LogPartnerModel::toolTip(const LogPartner &p, int column) const
{
    switch (column) {
    case HostColumn:
    case AddressColumn:
        return p.label();
    case DirectionColumn:
        return p.outgoing ? tr("We delivered to this host (our server was the TLS client)")
                          : tr("This host delivered to us (our server was the TLS server)");
    case MessagesColumn:
        return tr("%1 messages, %2 of them over TLS").arg(number(p.messages), number(p.tlsMessages));
    case TlsShareColumn:
        return tr("Share of this partner's messages that went over TLS");
    case CipherColumn: {
        QStringList lines;
        for (const QString &cipher : byCount(p.ciphers))
            lines << tr("%1 ×%2").arg(cipher, number(p.ciphers.value(cipher)));
        return lines.join(QLatin1Char('\n'));
    }
    case VerifiedColumn:
        return tr("Whether the peer's certificate was verified (Exim CV=, Postfix Trusted/Verified): yes, no, dane");
    case CleartextColumn:
        return tr("Messages without TLS");
    case FellBackColumn:
        return tr("Cleartext messages that followed a failed TLS handshake with this partner within an hour");
    case FailuresColumn: {
        QStringList lines;
        for (const core::LogFailure &f : p.failures)
            lines << tr("%1 ×%2").arg(core::logCauseInfo(f.cause).title.isEmpty() ? f.cause : core::logCauseInfo(f.cause).title,
                                      number(f.count));
        return lines.join(QLatin1Char('\n'));
    }
    case VersionsColumn:
        return usedOldVersion(p) ? tr("Used TLS 1.1 or older, which dropping old versions would take away") : QString();
    }
    return QString();
}

QVariant LogPartnerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= partners_.size())
        return {};
    const LogPartner &p = partners_.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(p, column);
    case SortRole:
        return sortData(p, column);
    case PartnerIndexRole:
        return index.row();
    case Qt::ToolTipRole: {
        const QString tip = toolTip(p, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        switch (column) {
        case MessagesColumn:
        case ConnectionsColumn:
        case TlsShareColumn:
        case CleartextColumn:
        case FellBackColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case DirectionColumn:
            return int(Qt::AlignCenter);
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == FailuresColumn && p.failureCount() > 0)
            return failureColor();
        if ((column == CleartextColumn && p.cleartext > 0) || (column == FellBackColumn && p.fellBackToCleartext > 0))
            return cleartextColor();
        if (column == VersionsColumn && usedOldVersion(p))
            return cleartextColor();
        if (column == TlsShareColumn && tlsShare(p) >= 0 && tlsShare(p) < 1.0)
            return cleartextColor();
        return {};
    case Qt::FontRole:
        if (column == HostColumn && p.failureCount() > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant LogPartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case HostColumn: return tr("Host");
        case AddressColumn: return tr("Address");
        case DirectionColumn: return tr("Dir.");
        case MessagesColumn: return tr("Messages");
        case ConnectionsColumn: return tr("Conn.");
        case TlsShareColumn: return tr("TLS");
        case VersionsColumn: return tr("Versions");
        case CipherColumn: return tr("Top cipher");
        case VerifiedColumn: return tr("Verified");
        case CleartextColumn: return tr("Cleartext");
        case FellBackColumn: return tr("Fell back");
        case FailuresColumn: return tr("Failures");
        case FirstSeenColumn: return tr("First seen");
        case LastSeenColumn: return tr("Last seen");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case DirectionColumn: return tr("in: the partner delivered to us; out: we delivered to it");
        case ConnectionsColumn: return tr("Connections");
        case TlsShareColumn: return tr("Share of messages over TLS");
        case FellBackColumn: return tr("Cleartext messages after a failed TLS handshake");
        case FailuresColumn: return tr("TLS failures, with the most frequent cause");
        }
    }
    return {};
}

} // namespace mailtls::ui
