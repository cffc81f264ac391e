#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "diagnose/compare.h"
#include "model/report.h"

namespace mailtls::ui {

// Reports side by side (core::compareReports): one row per fact, differing rows first; columns
// "Aspect", "What", then one per report. Differing rows carry a highlight background and bold
// values; cells a report lacks are grey and in parentheses.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AspectColumn, WhatColumn, FirstReportColumn };
    enum Role { StateRole = Qt::UserRole + 1, MissingRole };

    explicit CompareModel(QObject *parent = nullptr);

    // `label` names the column (host:port, a file name); empty: the report's target.
    void addReport(const core::Report &report, const QString &label = QString());
    // Index among the reports (column - FirstReportColumn). False when out of range.
    bool removeReport(int reportIndex);
    void clear();

    int reportCount() const { return int(reports_.size()); }
    const QList<core::Report> &reports() const { return reports_; }
    const QStringList &labels() const { return labels_; }
    const core::Comparison &comparison() const { return comparison_; }
    int differenceCount() const { return comparison_.count(core::CompareRow::State::Differs); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor differsBackground();   // row highlight of a difference
    static QColor differsValueBackground();   // the value cells of such a row

Q_SIGNALS:
    void comparisonChanged();

private:
    void recompute();

    QList<core::Report> reports_;
    QStringList labels_;
    core::Comparison comparison_;
};

} // namespace mailtls::ui
