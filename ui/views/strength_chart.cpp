#include "views/strength_chart.h"

#include <QSharedPointer>
#include <QVBoxLayout>

#include "models/cipher_matrix_model.h"

namespace mailtls::ui {

StrengthChart::StrengthChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("strengthPlot"));
    plot_->setMinimumSize(260, 140);
    plot_->setInteractions(QCP::Interactions());
    plot_->setBackground(palette().base());
    plot_->axisRect()->setBackground(palette().base());
    layout->addWidget(plot_);
    rebuild();
}

QSize StrengthChart::sizeHint() const
{
    return QSize(300, 220);
}

void StrengthChart::setCounts(const QHash<QString, int> &countsByGrade)
{
    counts_ = countsByGrade;
    rebuild();
}

void StrengthChart::clear()
{
    counts_.clear();
    rebuild();
}

void StrengthChart::rebuild()
{
    plot_->clearPlottables();
    plot_->clearItems();
    plot_->plotLayout()->setRowSpacing(0);

    const QStringList grades = CipherGradeStyle::grades();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int maximum = 0;
    for (int i = 0; i < grades.size(); ++i) {
        const QString &grade = grades.at(i);
        const int count = counts_.value(grade, 0);
        maximum = qMax(maximum, count);
        ticker->addTick(i + 1, CipherGradeStyle::label(grade));

        // One QCPBars per grade so each bar carries its grade's colour.
        auto *bars = new QCPBars(plot_->xAxis, plot_->yAxis);
        bars->setName(CipherGradeStyle::label(grade));
        const QColor fill = CipherGradeStyle::fill(grade);
        bars->setBrush(fill);
        bars->setPen(QPen(fill.darker(130)));
        bars->setWidth(0.7);
        bars->addData(i + 1, count);

        auto *label = new QCPItemText(plot_);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(i + 1, count);
        label->setPadding(QMargins(0, 0, 0, 3));
        label->setText(QString::number(count));
        QFont font = plot_->font();
        font.setBold(true);
        label->setFont(font);
        label->setColor(count ? palette().text().color() : palette().placeholderText().color());
    }

    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setRange(0.4, grades.size() + 0.6);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 3);
    plot_->xAxis->grid()->setVisible(false);
    plot_->xAxis->setBasePen(QPen(palette().mid().color()));
    plot_->xAxis->setTickLabelColor(palette().text().color());

    QSharedPointer<QCPAxisTickerFixed> yTicker(new QCPAxisTickerFixed);
    yTicker->setTickStep(maximum > 20 ? 5.0 : (maximum > 8 ? 2.0 : 1.0));
    yTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot_->yAxis->setTicker(yTicker);
    plot_->yAxis->setRange(0, qMax(4.0, maximum * 1.2 + 0.5));
    plot_->yAxis->setLabel(tr("accepted suites"));
    plot_->yAxis->setLabelColor(palette().text().color());
    plot_->yAxis->setTickLabelColor(palette().text().color());
    plot_->yAxis->setBasePen(QPen(palette().mid().color()));
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->grid()->setPen(QPen(palette().midlight().color(), 1, Qt::DotLine));

    plot_->legend->setVisible(false);
    plot_->replot();
}

} // namespace mailtls::ui
