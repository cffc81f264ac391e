#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

#include "views/qcustomplot_include.h"

namespace mailtls::ui {

// A QCustomPlot bar chart of the accepted suites by strength grade (strong, acceptable,
// weak, insecure), each bar in its grade's colour with its count on top.
class StrengthChart : public QWidget
{
    Q_OBJECT
public:
    explicit StrengthChart(QWidget *parent = nullptr);

    // grade ("strong", …) -> number of distinct accepted suites
    void setCounts(const QHash<QString, int> &countsByGrade);
    void clear();
    QHash<QString, int> counts() const { return counts_; }
    QCustomPlot *plot() const { return plot_; }

    QSize sizeHint() const override;

private:
    void rebuild();

    QCustomPlot *plot_ = nullptr;
    QHash<QString, int> counts_;
};

} // namespace mailtls::ui
