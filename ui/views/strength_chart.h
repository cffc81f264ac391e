#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

// qcustomplot.h spells Qt's keywords out (signals, slots, emit, foreach), which QT_NO_KEYWORDS
// switches off for this project; map them to the macro forms for this one header.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach

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
