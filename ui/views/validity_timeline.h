#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QWidget>

#include "x509/certificate.h"

class QCustomPlot;
class QCPItemRect;
class QCPItemText;

namespace mailtls::ui {

// When each certificate of a chain is valid: one horizontal bar per certificate (leaf on
// top, root at the bottom) on a date axis, today drawn as a vertical line. Expired bars are
// red, bars ending within the warning period amber, not yet valid ones grey, the rest green.
class ValidityTimeline : public QWidget
{
    Q_OBJECT
public:
    enum class BarState { Valid, ExpiresSoon, Expired, NotYetValid };

    explicit ValidityTimeline(QWidget *parent = nullptr);

    // `now` invalid: the current time. `warnDays` as --warn-days (default 30).
    void setChain(const core::CertificateChain &chain, const QDateTime &now = QDateTime(), int warnDays = 30);
    void clear() { setChain({}); }

    int barCount() const { return int(states_.size()); }
    BarState barState(int position) const { return states_.value(position, BarState::Valid); }
    static QColor colorFor(BarState state);
    QCustomPlot *plot() const { return plot_; }

    QSize sizeHint() const override;

private:
    void rebuild();
    void placeItems();

    QCustomPlot *plot_ = nullptr;
    core::CertificateChain chain_;
    QList<BarState> states_;
    QList<QCPItemRect *> bars_;       // owned by plot_, one per certificate with dates
    QList<QCPItemText *> captions_;
    QDateTime now_;
    int warnDays_ = 30;
};

} // namespace mailtls::ui
