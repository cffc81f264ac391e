#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "jobs/fleet_job.h"
#include "model/finding.h"
#include "model/report.h"

namespace mailtls::ui {

// The Fleet tab's table: one row per target of the list, in list order. A row waits until its
// report arrives (setResult, as each target finishes), then says per target: the verdict line
// (TLS version and suite, or the failure), the TLS versions (negotiated by a session, accepted
// by a scan), the worst finding with its severity colour, the days the certificate has left and
// the time it took. SortRole gives every column a value that sorts as it reads (severity by
// rank, days and durations as numbers; rows without a value last).
class FleetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TargetColumn, VerdictColumn, VersionsColumn, WorstColumn, ExpiresColumn, DurationColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,   // the value the proxy sorts by
        DoneRole,                      // bool: the target's report has arrived
        RowRole,                       // int: the row in this model (index into targets)
    };

    // What a row shows of its report.
    struct Facts {
        bool done = false;
        bool reached = false;          // an answer to judge (not unreachable, not stopped)
        bool cancelled = false;
        QString verdict;
        QStringList versions;
        bool hasWorst = false;
        core::Severity worst = core::Severity::Info;
        QString worstId;
        QString worstTitle;
        bool hasExpiry = false;
        qint64 daysLeft = 0;
        qint64 durationMs = 0;
    };

    explicit FleetModel(QObject *parent = nullptr);

    // A new run (or a saved one): every target waiting.
    void setTargets(const QList<core::FleetTarget> &targets);
    // Target `row`'s report.
    void setResult(int row, const core::Report &report);
    // Many at once (one model reset-free batch of dataChanged).
    void setResults(const QList<QPair<int, core::Report>> &results);
    // A saved fleet: its reports in order, one row each (targets taken from the reports).
    void setReports(const QList<core::Report> &reports);
    void clear();

    int finishedCount() const { return finished_; }
    const QList<core::FleetTarget> &targets() const { return targets_; }
    bool hasReport(int row) const;
    const core::Report &report(int row) const;
    // The reports that arrived, in list order.
    QList<core::Report> reports() const;
    const Facts &facts(int row) const { return facts_.at(row); }

    // The chart's numbers: finished targets per TLS version ("TLSv1.3" ...; "no TLS" for a
    // reached target without one, "failed" for one not reached) and per worst severity
    // (rank of core::Severity, -1 for "no finding"), both over the finished rows.
    QMap<QString, int> versionCounts() const;
    QMap<int, int> severityCounts() const;

    // "expired 3 d ago", "41 d", "" (no certificate).
    static QString daysText(qint64 days);
    static Facts factsOf(const core::Report &report, const QDateTime &now);
    // "TLSv1.3 TLS_AES_256_GCM_SHA384" or the failure, translated.
    static QString verdictOf(const core::Report &report);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::FleetTarget> targets_;
    QList<core::Report> reports_;
    QList<Facts> facts_;
    int finished_ = 0;
};

} // namespace mailtls::ui
