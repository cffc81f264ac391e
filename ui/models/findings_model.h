#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include "model/finding.h"

namespace mailtls::ui {

// Findings, most serious first (stable within one severity, so the rules' order is kept).
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, IdColumn, TitleColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const core::Findings &findings);
    void clear();
    const core::Findings &findings() const { return findings_; }
    core::Finding finding(const QModelIndex &index) const;
    // The most serious severity present; Info when empty.
    core::Severity worstSeverity() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    core::Findings findings_;
    QList<QIcon> severityIcons_;   // indexed by Severity
};

} // namespace mailtls::ui
