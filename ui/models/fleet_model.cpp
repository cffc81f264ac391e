#include "fleet_model.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

#include "severity_style.h"
#include "x509/certificate.h"

namespace mailtls::ui {

using core::Report;

namespace {

const QStringList &versionOrder()
{
    static const QStringList order = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                                      QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    return order;
}

QString secondsText(qint64 ms)
{
    return FleetModel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

FleetModel::FleetModel(QObject *parent) : QAbstractTableModel(parent) {}

void FleetModel::setTargets(const QList<core::FleetTarget> &targets)
{
    beginResetModel();
    targets_ = targets;
    reports_ = QList<Report>(targets.size());
    facts_ = QList<Facts>(targets.size());
    finished_ = 0;
    endResetModel();
}

void FleetModel::setResult(int row, const Report &report)
{
    setResults({qMakePair(row, report)});
}

void FleetModel::setResults(const QList<QPair<int, Report>> &results)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int first = -1;
    int last = -1;
    for (const auto &result : results) {
        const int row = result.first;
        if (row < 0 || row >= targets_.size())
            continue;
        if (!facts_.at(row).done)
            ++finished_;
        reports_[row] = result.second;
        facts_[row] = factsOf(result.second, now);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void FleetModel::setReports(const QList<Report> &reports)
{
    QList<core::FleetTarget> targets;
    for (const Report &r : reports) {
        core::FleetTarget t;
        t.host = r.target.host;
        t.port = r.target.port;
        t.dialect = r.target.dialect.isEmpty() ? QStringLiteral("smtp") : r.target.dialect;
        t.implicitTls = r.target.implicitTls;
        const QString host = t.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(t.host) : t.host;
        t.text = QStringLiteral("%1:%2").arg(host).arg(t.port);
        t.line = int(targets.size()) + 1;
        targets << t;
    }
    setTargets(targets);
    QList<QPair<int, Report>> results;
    for (int i = 0; i < reports.size(); ++i)
        results << qMakePair(i, reports.at(i));
    setResults(results);
}

void FleetModel::clear()
{
    setTargets({});
}

bool FleetModel::hasReport(int row) const
{
    return row >= 0 && row < facts_.size() && facts_.at(row).done;
}

const Report &FleetModel::report(int row) const
{
    return reports_.at(row);
}

QList<Report> FleetModel::reports() const
{
    QList<Report> out;
    for (int i = 0; i < reports_.size(); ++i) {
        if (facts_.at(i).done)
            out << reports_.at(i);
    }
    return out;
}

QMap<QString, int> FleetModel::versionCounts() const
{
    QMap<QString, int> counts;
    for (const Facts &f : facts_) {
        if (!f.done)
            continue;
        if (!f.reached)
            ++counts[QStringLiteral("failed")];
        else if (f.versions.isEmpty())
            ++counts[QStringLiteral("no TLS")];
        for (const QString &v : f.versions)
            ++counts[v];
    }
    return counts;
}

QMap<int, int> FleetModel::severityCounts() const
{
    QMap<int, int> counts;
    for (const Facts &f : facts_) {
        if (f.done && f.reached)
            ++counts[f.hasWorst ? int(f.worst) : -1];
    }
    return counts;
}

QString FleetModel::daysText(qint64 days)
{
    return days < 0 ? tr("expired %1 d ago").arg(-days) : tr("%1 d").arg(days);
}

QString FleetModel::verdictOf(const Report &report)
{
    const core::OutcomeClass kind = report.outcome.errorClass();
    const QString reason = report.outcome.error.isEmpty() ? core::outcomeWord(report.outcome.errorKind)
                                                          : core::shownPhrase(report.outcome.errorPhrase, report.outcome.error);
    if (kind == core::OutcomeClass::Cancelled)
        return tr("stopped before it finished");
    if (kind == core::OutcomeClass::Usage)
        return tr("not run: %1").arg(reason);
    if (kind != core::OutcomeClass::None && kind != core::OutcomeClass::Tls)
        return QStringLiteral("%1: %2").arg(core::outcomeWord(report.outcome.errorKind), reason);
    if (report.kind == QLatin1String("scan")) {
        QStringList versions;
        for (auto it = report.scan.protocols.begin(); it != report.scan.protocols.end(); ++it) {
            if (it.value())
                versions << it.key();
        }
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return versionOrder().indexOf(a) < versionOrder().indexOf(b); });
        int suites = 0;
        for (const auto &list : report.scan.ciphers)
            suites += int(list.size());
        if (versions.isEmpty())
            return tr("no TLS version accepted");
        return tr("%1, %2 suites").arg(versions.join(QLatin1Char(' '))).arg(suites);
    }
    const core::TlsFacts &t = report.tls;
    if (t.established)
        return QStringLiteral("%1 %2").arg(t.version, t.cipher.iana.isEmpty() ? t.cipher.openssl : t.cipher.iana);
    if (t.attempted)
        return t.alert.isEmpty() ? tr("TLS handshake failed") : tr("TLS handshake failed (%1)").arg(t.alert);
    return report.smtp.starttlsOffered ? tr("no TLS") : tr("no TLS (STARTTLS not offered)");
}

FleetModel::Facts FleetModel::factsOf(const Report &report, const QDateTime &now)
{
    Facts f;
    f.done = true;
    f.durationMs = report.durationMs;
    const core::OutcomeClass kind = report.outcome.errorClass();
    f.cancelled = kind == core::OutcomeClass::Cancelled;
    f.reached = kind == core::OutcomeClass::None || kind == core::OutcomeClass::Tls;
    f.verdict = verdictOf(report);
    for (const core::Finding &finding : report.findings) {
        if (!f.hasWorst || int(finding.severity) > int(f.worst)) {
            f.hasWorst = true;
            f.worst = finding.severity;
            f.worstId = finding.id;
            f.worstTitle = core::shownTitle(finding);
        }
    }
    core::Certificate leaf;
    if (report.kind == QLatin1String("scan")) {
        for (auto it = report.scan.protocols.begin(); it != report.scan.protocols.end(); ++it) {
            if (it.value())
                f.versions << it.key();
        }
        std::sort(f.versions.begin(), f.versions.end(),
                  [](const QString &a, const QString &b) { return versionOrder().indexOf(a) < versionOrder().indexOf(b); });
        if (!report.scan.servedChains.isEmpty() && !report.scan.servedChains.first().isEmpty())
            leaf = report.scan.servedChains.first().first();
    } else {
        if (report.tls.established)
            f.versions << report.tls.version;
        if (!report.certificates.isEmpty())
            leaf = report.certificates.first();
    }
    if (!leaf.isNull()) {
        const qint64 secs = now.secsTo(leaf.notAfter());
        f.hasExpiry = true;
        f.daysLeft = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    }
    return f;
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(targets_.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= targets_.size())
        return {};
    const int row = index.row();
    const Facts &f = facts_.at(row);
    const core::FleetTarget &t = targets_.at(row);
    if (role == DoneRole)
        return f.done;
    if (role == RowRole)
        return row;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn:
            return t.text;
        case VerdictColumn:
            return f.done ? f.verdict : tr("waiting…");
        case VersionsColumn:
            return f.versions.join(QLatin1Char(' '));
        case WorstColumn:
            if (!f.done)
                return QString();
            if (!f.hasWorst)
                return f.reached ? tr("none") : QStringLiteral("–");
            return QStringLiteral("%1  %2").arg(SeverityStyle::label(f.worst), f.worstId);
        case ExpiresColumn:
            return f.hasExpiry ? daysText(f.daysLeft) : QString();
        case DurationColumn:
            return f.done ? secondsText(f.durationMs) : QString();
        default:
            return {};
        }
    case SortRole:
        // Waiting rows and rows without a value sort after the others in ascending order.
        switch (index.column()) {
        case TargetColumn:
            return t.text.toLower();
        case VerdictColumn:
            return f.done ? f.verdict.toLower() : QStringLiteral("\uffff");
        case VersionsColumn:
            return f.versions.isEmpty() ? -1 : versionOrder().indexOf(f.versions.last());
        case WorstColumn:
            // Most severe first in ascending order: Critical 0 ... Info 4, none 5, failed 6, waiting 7.
            if (!f.done)
                return 7;
            if (!f.hasWorst)
                return f.reached ? 5 : 6;
            return int(core::Severity::Critical) - int(f.worst);
        case ExpiresColumn:
            return f.hasExpiry ? f.daysLeft : std::numeric_limits<qint64>::max();
        case DurationColumn:
            return f.done ? f.durationMs : std::numeric_limits<qint64>::max();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == WorstColumn && f.done && f.hasWorst)
            return SeverityStyle::icon(f.worst);
        return {};
    case Qt::ForegroundRole:
        if (!f.done)
            return QColor(Qt::gray);
        if (index.column() == VerdictColumn && !f.reached)
            return SeverityStyle::color(core::Severity::High);
        if (index.column() == ExpiresColumn && f.hasExpiry && f.daysLeft < 0)
            return SeverityStyle::color(core::Severity::Critical);
        if (index.column() == ExpiresColumn && f.hasExpiry && f.daysLeft < 14)
            return SeverityStyle::color(core::Severity::Medium);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WorstColumn && f.hasWorst)
            return QStringLiteral("%1: %2").arg(f.worstId, f.worstTitle);
        if (index.column() == VerdictColumn && f.done)
            return f.verdict;
        if (index.column() == TargetColumn)
            return tr("Line %1 of the list: %2 port %3").arg(t.line).arg(t.host).arg(t.port);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ExpiresColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn: return tr("Target");
    case VerdictColumn: return tr("TLS");
    case VersionsColumn: return tr("Versions");
    case WorstColumn: return tr("Worst finding");
    case ExpiresColumn: return tr("Certificate");
    case DurationColumn: return tr("Time");
    default: return {};
    }
}

} // namespace mailtls::ui
