#include "views/validity_timeline.h"

#include <QSharedPointer>
#include <QVBoxLayout>

#include "views/qcustomplot_include.h"

#include "models/certificate_chain_model.h"

namespace mailtls::ui {

using core::Certificate;

namespace {

double plotTime(const QDateTime &when)
{
    return double(when.toMSecsSinceEpoch()) / 1000.0;
}

QString shortName(const Certificate &cert)
{
    QString name = CertificateChainModel::displayName(cert);
    if (name.size() > 30)
        name = name.left(29) + QChar(0x2026);
    return name;
}

} // namespace

ValidityTimeline::ValidityTimeline(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("validityPlot"));
    plot_->setMinimumHeight(120);
    plot_->setInteractions(QCP::Interactions());
    plot_->setBackground(palette().base());
    plot_->axisRect()->setBackground(palette().base());
    layout->addWidget(plot_);
    connect(plot_, &QCustomPlot::afterLayout, this, &ValidityTimeline::placeItems);
    rebuild();
}

QSize ValidityTimeline::sizeHint() const
{
    return QSize(480, 60 + 34 * qMax(2, barCount()));
}

QColor ValidityTimeline::colorFor(BarState state)
{
    switch (state) {
    case BarState::Expired: return QColor(0xc6, 0x28, 0x28);
    case BarState::ExpiresSoon: return QColor(0xef, 0xa0, 0x1c);
    case BarState::NotYetValid: return QColor(0x90, 0x98, 0xa4);
    case BarState::Valid: break;
    }
    return QColor(0x3f, 0x9a, 0x62);
}

void ValidityTimeline::setChain(const core::CertificateChain &chain, const QDateTime &now, int warnDays)
{
    chain_ = chain;
    now_ = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    warnDays_ = warnDays;
    states_.clear();
    for (const Certificate &cert : chain) {
        BarState state = BarState::Valid;
        if (cert.notAfter().isValid() && cert.notAfter() < now_)
            state = BarState::Expired;
        else if (cert.notBefore().isValid() && cert.notBefore() > now_)
            state = BarState::NotYetValid;
        else if (cert.notAfter().isValid() && now_.secsTo(cert.notAfter()) < qint64(warnDays_) * 86400)
            state = BarState::ExpiresSoon;
        states_ << state;
    }
    rebuild();
    updateGeometry();
}

void ValidityTimeline::rebuild()
{
    plot_->clearPlottables();
    plot_->clearItems();

    const double today = plotTime(now_.isValid() ? now_ : QDateTime::currentDateTimeUtc());
    double start = today;
    double end = today;
    for (const Certificate &cert : std::as_const(chain_)) {
        if (cert.notBefore().isValid())
            start = qMin(start, plotTime(cert.notBefore()));
        if (cert.notAfter().isValid())
            end = qMax(end, plotTime(cert.notAfter()));
    }
    const double span = qMax(end - start, 86400.0 * 30);

    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    for (int i = 0; i < chain_.size(); ++i)
        names->addTick(i, tr("#%1 %2").arg(i).arg(shortName(chain_.at(i))));

    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeSpec(Qt::UTC);
    dates->setDateTimeFormat(span > 86400.0 * 365 * 3 ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM-dd"));
    dates->setTickCount(6);
    plot_->xAxis->setTicker(dates);
    plot_->xAxis->setRange(start - span * 0.03, end + span * 0.06);
    plot_->xAxis->grid()->setVisible(true);

    plot_->yAxis->setTicker(names);
    plot_->yAxis->setRangeReversed(true);   // the leaf on top
    plot_->yAxis->setRange(-0.7, qMax(0, int(chain_.size()) - 1) + 0.7);
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->setTickLength(0, 0);
    plot_->yAxis->grid()->setVisible(false);
    plot_->axisRect()->setMinimumMargins(QMargins(0, 18, 12, 0));

    bars_.clear();
    captions_.clear();
    for (int i = 0; i < chain_.size(); ++i) {
        const Certificate &cert = chain_.at(i);
        if (!cert.notBefore().isValid() || !cert.notAfter().isValid())
            continue;
        const BarState state = states_.value(i);
        const QColor fill = colorFor(state);
        auto *bar = new QCPItemRect(plot_);
        bar->setObjectName(QStringLiteral("bar%1").arg(i));
        bar->topLeft->setCoords(plotTime(cert.notBefore()), i - 0.32);
        bar->bottomRight->setCoords(plotTime(cert.notAfter()), i + 0.32);
        bar->setBrush(fill);
        bar->setPen(QPen(fill.darker(125)));

        QString label;
        switch (state) {
        case BarState::Expired:
            label = tr("expired %1").arg(cert.notAfter().date().toString(Qt::ISODate));
            break;
        case BarState::NotYetValid:
            label = tr("from %1").arg(cert.notBefore().date().toString(Qt::ISODate));
            break;
        case BarState::ExpiresSoon:
        case BarState::Valid:
            label = tr("until %1 (%2)").arg(cert.notAfter().date().toString(Qt::ISODate),
                                            CertificateChainModel::daysLeftText(cert, now_));
            break;
        }
        auto *caption = new QCPItemText(plot_);
        caption->setText(label);
        caption->setProperty("barState", int(state));
        caption->setProperty("notAfter", plotTime(cert.notAfter()));
        bars_ << bar;
        captions_ << caption;
    }

    auto *todayLine = new QCPItemStraightLine(plot_);
    todayLine->setObjectName(QStringLiteral("todayLine"));
    todayLine->point1->setCoords(today, 0);
    todayLine->point2->setCoords(today, 1);
    todayLine->setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 2, Qt::DashLine));
    auto *todayLabel = new QCPItemText(plot_);
    todayLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    todayLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    todayLabel->position->setCoords(today, 0);
    todayLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    todayLabel->setClipToAxisRect(false);
    todayLabel->setPadding(QMargins(2, 0, 2, 2));
    todayLabel->setColor(QColor(0x1f, 0x5f, 0xbf));
    todayLabel->setText(tr("today"));

    plot_->replot();
}

void ValidityTimeline::placeItems()
{
    // Runs inside each replot once the axis rect has its size: widths and caption sides are
    // decided in pixels, so they follow every resize.
    const QColor text = palette().text().color();
    const QFontMetrics metrics(plot_->font());
    const double pixelsPerSecond = plot_->axisRect()->width() / qMax(1.0, plot_->xAxis->range().size());
    for (int i = 0; i < bars_.size() && i < captions_.size(); ++i) {
        QCPItemRect *bar = bars_.at(i);
        QCPItemText *caption = captions_.at(i);
        const BarState state = BarState(caption->property("barState").toInt());
        const double from = bar->topLeft->coords().x();
        // A 90-day leaf next to a 25-year root would be a hairline: at least 6 pixels wide.
        const double to = qMax(caption->property("notAfter").toDouble(), from + 6.0 / qMax(pixelsPerSecond, 1e-12));
        bar->bottomRight->setCoords(to, bar->bottomRight->coords().y());
        const double barPixels = (to - from) * pixelsPerSecond;
        const double roomRight = plot_->axisRect()->right() - plot_->xAxis->coordToPixel(to);
        const int needed = metrics.horizontalAdvance(caption->text()) + 12;
        const double y = (bar->topLeft->coords().y() + bar->bottomRight->coords().y()) / 2;
        caption->position->setCoords(to, y);
        if (roomRight >= needed || barPixels < needed) {
            caption->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            caption->setPadding(QMargins(5, 0, 0, 0));
            caption->setColor(state == BarState::Expired ? colorFor(state).darker(115) : text);
        } else {
            caption->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
            caption->setPadding(QMargins(0, 0, 6, 0));
            caption->setColor(state == BarState::ExpiresSoon ? QColor(0x3a, 0x26, 0x00) : QColor(Qt::white));
        }
    }
}

} // namespace mailtls::ui
