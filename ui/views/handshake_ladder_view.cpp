#include "views/handshake_ladder_view.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollBar>

#include <algorithm>

#include "models/ladder_model.h"

namespace mailtls::ui {

namespace {

const QColor kClientColor(0x2f, 0x6f, 0x9f);
const QColor kServerColor(0x2e, 0x7d, 0x4f);
const QColor kAlertColor(0xc6, 0x28, 0x28);
const QColor kCloseColor(0x6b, 0x77, 0x85);
const QColor kLifelineColor(0xa9, 0xb3, 0xbe);
const QColor kMutedText(0x5f, 0x6b, 0x78);
const QColor kSelection(0xdb, 0xe7, 0xf6);
const QColor kBoundaryFill(0xff, 0xf4, 0xd6);
const QColor kBoundaryLine(0xd9, 0x9a, 0x1e);
const QColor kSummaryFill(0xee, 0xf2, 0xf7);
const QColor kLockColor(0x8a, 0x6d, 0x1d);

constexpr int kTimeColumn = 74;
constexpr int kSizeColumn = 74;
constexpr int kTitleHeight = 40;
constexpr int kLegendHeight = 34;

// close_notify is the orderly end of a connection, not a failure: no alarm colour for it.
bool isOrderlyClose(const LadderRow &row)
{
    return row.alert && !row.fatal && row.detail.contains(QLatin1String("close_notify"));
}

QColor directionColor(const LadderRow &row)
{
    if (isOrderlyClose(row))
        return kCloseColor;
    if (row.alert)
        return kAlertColor;
    return row.direction == LadderRow::ClientToServer ? kClientColor : kServerColor;
}

void drawArrow(QPainter &p, int fromX, int toX, int y, const QColor &color, qreal width, bool dashed)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    const int dir = toX > fromX ? 1 : -1;
    const int head = 10;
    p.drawLine(QPointF(fromX, y), QPointF(toX - dir * head, y));
    QPainterPath path;
    path.moveTo(toX, y);
    path.lineTo(toX - dir * head, y - 5);
    path.lineTo(toX - dir * head, y + 5);
    path.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(path);
    p.setBrush(Qt::NoBrush);
}

// A small padlock: the record layer protects this message.
void drawPadlock(QPainter &p, const QPointF &topLeft, const QColor &color)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.6);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QRectF shackle(topLeft.x() + 2.5, topLeft.y(), 6, 7);
    p.drawArc(shackle, 0, 180 * 16);
    p.drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), topLeft.y() + 5.5));
    p.drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), topLeft.y() + 5.5));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(topLeft.x(), topLeft.y() + 5, 11, 8), 1.5, 1.5);
    p.restore();
}

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}

} // namespace

QString ladderTimeText(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 10000)
        return QStringLiteral("%1 ms").arg(ms);
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString ladderSizeText(int bytes)
{
    if (bytes < 0)
        return QString();
    if (bytes < 10240)
        return QStringLiteral("%1 B").arg(bytes);
    return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}

HandshakeLadderView::HandshakeLadderView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("handshakeLadderView"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    const QFontMetrics fm(font());
    rowHeight_ = qMax(46, fm.height() * 3 + 6);
    headerHeight_ = qMax(54, fm.height() * 3 + 12);
    setAccessibleName(tr("Handshake ladder"));
    setToolTip(QString());
}

void HandshakeLadderView::setLadderModel(LadderModel *model)
{
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    currentRow_ = -1;
    if (model_) {
        connect(model_, &QAbstractItemModel::modelReset, this, [this] {
            if (currentRow_ >= model_->rowCount())
                currentRow_ = -1;
            updateScrollBars();
            viewport()->update();
            Q_EMIT currentRowChanged(currentRow_);
        });
        connect(model_, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model_, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
            viewport()->update();
            if (topLeft.row() == currentRow_)
                Q_EMIT currentRowChanged(currentRow_);
        });
    }
    updateScrollBars();
    viewport()->update();
}

void HandshakeLadderView::onRowsInserted(int first, int last)
{
    Q_UNUSED(last)
    QScrollBar *bar = verticalScrollBar();
    // Live sessions: keep following the newest message while the user is at the bottom.
    const bool following = bar->value() >= bar->maximum();
    updateScrollBars();
    if (following && first > 0)
        bar->setValue(bar->maximum());
    viewport()->update();
}

QSize HandshakeLadderView::sizeHint() const
{
    return QSize(620, 520);
}

QSize HandshakeLadderView::minimumSizeHint() const
{
    return QSize(420, headerHeight_ + rowHeight_ * 3);
}

HandshakeLadderView::Geometry HandshakeLadderView::geometryFor(int width) const
{
    Geometry g;
    g.width = qMax(width, 420);
    g.timeRight = kTimeColumn - 8;
    g.sizeLeft = g.width - kSizeColumn + 8;
    const int inset = qMin(90, (g.width - kTimeColumn - kSizeColumn) / 6);
    g.clientX = kTimeColumn + inset;
    g.serverX = g.width - kSizeColumn - inset;
    return g;
}

void HandshakeLadderView::updateScrollBars()
{
    const int rows = model_ ? model_->rowCount() : 0;
    const int visible = qMax(0, viewport()->height() - headerHeight_);
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, qMax(0, rows * rowHeight_ - visible));
    bar->setPageStep(visible);
    bar->setSingleStep(rowHeight_);
}

QRect HandshakeLadderView::rowRect(int row) const
{
    return QRect(0, headerHeight_ + row * rowHeight_ - verticalScrollBar()->value(), viewport()->width(), rowHeight_);
}

int HandshakeLadderView::rowAt(int viewportY) const
{
    if (!model_ || viewportY < headerHeight_)
        return -1;
    const int row = (viewportY - headerHeight_ + verticalScrollBar()->value()) / rowHeight_;
    return row < model_->rowCount() ? row : -1;
}

void HandshakeLadderView::setCurrentRow(int row)
{
    const int rows = model_ ? model_->rowCount() : 0;
    if (rows == 0)
        row = -1;
    else
        row = std::clamp(row, 0, rows - 1);
    if (row == currentRow_)
        return;
    currentRow_ = row;
    if (row >= 0)
        ensureRowVisible(row);
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

void HandshakeLadderView::ensureRowVisible(int row)
{
    QScrollBar *bar = verticalScrollBar();
    const int top = row * rowHeight_;
    const int visible = viewport()->height() - headerHeight_;
    if (top < bar->value())
        bar->setValue(top);
    else if (top + rowHeight_ > bar->value() + visible)
        bar->setValue(top + rowHeight_ - visible);
}

void HandshakeLadderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    // A row chosen while the view was hidden (another tab) was scrolled for another size.
    if (currentRow_ >= 0)
        ensureRowVisible(currentRow_);
}

void HandshakeLadderView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool HandshakeLadderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && model_) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0) {
            const LadderRow &r = model_->row(row);
            QString tip = r.label;
            if (!r.detail.isEmpty())
                tip += QLatin1Char('\n') + r.detail;
            if (r.encrypted)
                tip += QLatin1Char('\n') + tr("sent encrypted");
            setToolTip(tip);
        } else {
            setToolTip(QString());
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void HandshakeLadderView::keyPressEvent(QKeyEvent *event)
{
    if (!model_ || model_->rowCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int page = qMax(1, (viewport()->height() - headerHeight_) / rowHeight_ - 1);
    const int current = currentRow_;
    switch (event->key()) {
    case Qt::Key_Down: setCurrentRow(current < 0 ? 0 : current + 1); break;
    case Qt::Key_Up: setCurrentRow(current < 0 ? 0 : current - 1); break;
    case Qt::Key_PageDown: setCurrentRow(current < 0 ? page : current + page); break;
    case Qt::Key_PageUp: setCurrentRow(current < 0 ? 0 : current - page); break;
    case Qt::Key_Home: setCurrentRow(0); break;
    case Qt::Key_End: setCurrentRow(model_->rowCount() - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentRow_ >= 0)
            Q_EMIT rowActivated(currentRow_);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HandshakeLadderView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        setCurrentRow(row);
    event->accept();
}

void HandshakeLadderView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        Q_EMIT rowActivated(row);
    event->accept();
}

void HandshakeLadderView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Geometry g = geometryFor(viewport()->width());
    const int height = viewport()->height();
    lastPaintedRows_ = 0;

    const int rows = model_ ? model_->rowCount() : 0;
    const int scroll = verticalScrollBar()->value();
    paintLifelines(p, g, headerHeight_, rows ? qMin(height, headerHeight_ + rows * rowHeight_ - scroll) : height);
    if (rows > 0) {
        // Only the rows that intersect the viewport.
        const int first = qMax(0, scroll / rowHeight_);
        const int last = qMin(rows - 1, (scroll + height - headerHeight_) / rowHeight_);
        p.save();
        p.setClipRect(QRect(0, headerHeight_, viewport()->width(), height - headerHeight_));
        for (int row = first; row <= last; ++row) {
            paintRow(p, g, model_->row(row), headerHeight_ + row * rowHeight_ - scroll, row == currentRow_);
            ++lastPaintedRows_;
        }
        p.restore();
    } else {
        p.setPen(kMutedText);
        p.drawText(QRect(0, headerHeight_, viewport()->width(), height - headerHeight_), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No conversation yet.\nConnect to a server: the SMTP lines and every TLS handshake message appear here."));
    }
    paintHeader(p, g, 0);
}

void HandshakeLadderView::paintLifelines(QPainter &p, const Geometry &g, int top, int bottom) const
{
    if (bottom <= top)
        return;
    QPen pen(kLifelineColor, 2);
    p.setPen(pen);
    p.drawLine(g.clientX, top, g.clientX, bottom);
    p.drawLine(g.serverX, top, g.serverX, bottom);
}

void HandshakeLadderView::paintHeader(QPainter &p, const Geometry &g, int top) const
{
    p.save();
    p.fillRect(QRect(0, top, g.width, headerHeight_), palette().color(QPalette::Base));
    const QFont title = scaled(font(), 1.05, true);
    const QFont small = scaled(font(), 0.85);
    const QFontMetrics tm(title);
    const QFontMetrics sm(small);
    const QString server = model_ && !model_->report().target.host.isEmpty()
        ? QStringLiteral("%1:%2").arg(model_->report().target.host).arg(model_->report().target.port)
        : tr("mail server");
    auto box = [&](int x, const QString &name, const QString &sub, const QColor &color) {
        const int w = qMax(tm.horizontalAdvance(name), sm.horizontalAdvance(sub)) + 28;
        const int h = tm.height() + sm.height() + 10;
        const QRect r(x - w / 2, top + (headerHeight_ - h) / 2 - 2, w, h);
        p.setPen(QPen(color, 1.5));
        // A pale tint of the direction colour: the boxes frame the diagram, they do not shout.
        p.setBrush(QColor((color.red() + 255 * 6) / 7, (color.green() + 255 * 6) / 7, (color.blue() + 255 * 6) / 7));
        p.drawRoundedRect(r, 6, 6);
        p.setPen(color.darker(140));
        p.setFont(title);
        p.drawText(QRect(r.left(), r.top() + 4, r.width(), tm.height()), Qt::AlignCenter, name);
        p.setFont(small);
        p.setPen(kMutedText);
        p.drawText(QRect(r.left(), r.top() + 4 + tm.height(), r.width(), sm.height()), Qt::AlignCenter, sub);
    };
    box(g.clientX, tr("Client"), tr("mailtls"), kClientColor);
    box(g.serverX, tr("Server"), sm.elidedText(server, Qt::ElideMiddle, (g.serverX - g.clientX) / 2), kServerColor);
    p.setFont(small);
    p.setPen(kMutedText);
    p.drawText(QRect(0, top, g.timeRight, headerHeight_ - 4), Qt::AlignRight | Qt::AlignBottom, tr("time"));
    p.drawText(QRect(g.sizeLeft, top, kSizeColumn - 8, headerHeight_ - 4), Qt::AlignLeft | Qt::AlignBottom, tr("size"));
    p.setPen(QPen(QColor(0xd5, 0xdb, 0xe2), 1));
    p.drawLine(0, top + headerHeight_ - 1, g.width, top + headerHeight_ - 1);
    p.restore();
}

void HandshakeLadderView::paintRow(QPainter &p, const Geometry &g, const LadderRow &row, int top, bool selected) const
{
    p.save();
    const QRect band(0, top, g.width, rowHeight_);
    const QFont base = font();
    const QFont labelFont = scaled(base, 1.0, row.kind == LadderRow::TlsMessage || row.kind == LadderRow::Boundary
                                                  || row.kind == LadderRow::Summary);
    const QFont detailFont = scaled(base, 0.88);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.95 : 9);
    const QFontMetrics dm(detailFont);

    if (row.kind == LadderRow::Boundary) {
        const QColor line = row.fatal ? kAlertColor : kBoundaryLine;
        p.fillRect(band.adjusted(0, 4, 0, -4), row.fatal ? QColor(0xfb, 0xe3, 0xe4) : kBoundaryFill);
        QPen pen(line, 1.5, Qt::DashLine);
        p.setPen(pen);
        const int y = top + rowHeight_ / 2 - (row.detail.isEmpty() ? 0 : 6);
        p.drawLine(8, y, g.width - 8, y);
        p.setFont(labelFont);
        const QFontMetrics lm(labelFont);
        const QString text = lm.elidedText(row.label, Qt::ElideRight, g.serverX - g.clientX);
        const int w = lm.horizontalAdvance(text) + 40;
        const QRect pill((g.clientX + g.serverX) / 2 - w / 2, y - lm.height() / 2 - 4, w, lm.height() + 8);
        p.setPen(QPen(line, 1.2));
        p.setBrush(QColor(Qt::white));
        p.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        drawPadlock(p, QPointF(pill.left() + 10, pill.center().y() - 7), row.fatal ? kAlertColor : kLockColor);
        p.setPen(row.fatal ? kAlertColor.darker(120) : QColor(0x5a, 0x40, 0x00));
        p.drawText(pill.adjusted(22, 0, -8, 0), Qt::AlignCenter, text);
        if (!row.detail.isEmpty()) {
            p.setFont(detailFont);
            p.setPen(row.fatal ? kAlertColor : kMutedText);
            p.drawText(QRect(g.clientX, pill.bottom() + 1, g.serverX - g.clientX, dm.height()), Qt::AlignCenter,
                       dm.elidedText(row.detail, Qt::ElideRight, g.serverX - g.clientX));
        }
        p.setFont(detailFont);
        p.setPen(kMutedText);
        p.drawText(QRect(0, top, g.timeRight, rowHeight_), Qt::AlignRight | Qt::AlignVCenter, ladderTimeText(row.tMs));
        if (selected) {
            p.setPen(QPen(kClientColor, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(band.adjusted(1, 2, -2, -3));
        }
        p.restore();
        return;
    }

    if (selected) {
        p.fillRect(band, kSelection);
        p.fillRect(QRect(0, top, 4, rowHeight_), kClientColor);
    }
    // Lifelines under a selected row were painted over: draw them again.
    paintLifelines(p, g, top, top + rowHeight_);

    p.setFont(detailFont);
    p.setPen(kMutedText);
    const int arrowY = top + rowHeight_ / 2 + 2;
    p.drawText(QRect(0, top, g.timeRight, rowHeight_), Qt::AlignRight | Qt::AlignVCenter, ladderTimeText(row.tMs));
    p.drawText(QRect(g.sizeLeft, top, kSizeColumn - 10, rowHeight_), Qt::AlignLeft | Qt::AlignVCenter, ladderSizeText(row.size));

    const int span = g.serverX - g.clientX;
    const int textWidth = span - 24;
    if (row.kind == LadderRow::Summary) {
        const QRect box(g.clientX + 10, top + 6, span - 20, rowHeight_ - 12);
        p.setPen(QPen(QColor(0xb8, 0xc4, 0xd2), 1));
        p.setBrush(kSummaryFill);
        p.drawRoundedRect(box, 6, 6);
        // Both directions: the encrypted SMTP conversation (when there is room for the hint).
        const bool wide = box.width() >= 380;
        if (wide) {
            drawArrow(p, box.left() + 6, box.left() + 40, box.top() + 10, kClientColor, 1.6, false);
            drawArrow(p, box.right() - 6, box.right() - 40, box.bottom() - 10, kServerColor, 1.6, false);
        }
        p.setFont(labelFont);
        const QFontMetrics lm(labelFont);
        const QString label = lm.elidedText(row.label, Qt::ElideRight, box.width() - (wide ? 120 : 36));
        const int labelWidth = lm.horizontalAdvance(label);
        const int lx = box.center().x() - (labelWidth + 16) / 2;
        drawPadlock(p, QPointF(lx, box.top() + 5 + (lm.height() - 13) / 2), kLockColor);
        p.setPen(QColor(0x2b, 0x36, 0x42));
        p.drawText(QRect(lx + 16, box.top() + 4, labelWidth + 2, lm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setFont(detailFont);
        p.setPen(kMutedText);
        const int detailInset = wide ? 48 : 8;
        p.drawText(QRect(box.left() + detailInset, box.bottom() - dm.height() - 3, box.width() - 2 * detailInset, dm.height()),
                   Qt::AlignCenter, dm.elidedText(row.detail, Qt::ElideRight, box.width() - 2 * detailInset));
        p.restore();
        return;
    }

    const bool toServer = row.direction == LadderRow::ClientToServer;
    const QColor color = directionColor(row);
    const int from = toServer ? g.clientX : g.serverX;
    const int to = toServer ? g.serverX : g.clientX;
    const bool tlsMessage = row.kind == LadderRow::TlsMessage;
    drawArrow(p, from + (toServer ? 3 : -3), to + (toServer ? -2 : 2), arrowY, color, tlsMessage ? 2.2 : 1.4, false);
    // Where the arrow starts: a dot on the sender's lifeline.
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QPointF(from, arrowY), 3.5, 3.5);
    p.setBrush(Qt::NoBrush);

    // Label above the arrow, detail below.
    const QFont &lf = tlsMessage ? labelFont : mono;
    const QFontMetrics lm(lf);
    const int lockWidth = row.encrypted ? 16 : 0;
    QString label = row.label;
    if (row.alert && !row.detail.isEmpty())
        label = tr("Alert: %1").arg(row.detail);
    label = lm.elidedText(label, Qt::ElideRight, textWidth - lockWidth);
    const int labelWidth = lm.horizontalAdvance(label) + lockWidth;
    const int lx = (g.clientX + g.serverX) / 2 - labelWidth / 2;
    const int labelTop = arrowY - 4 - lm.height();
    if (row.encrypted)
        drawPadlock(p, QPointF(lx, labelTop + (lm.height() - 13) / 2.0), kLockColor);
    p.setFont(lf);
    p.setPen(tlsMessage ? color.darker(115) : QColor(0x2b, 0x36, 0x42));
    p.drawText(QRect(lx + lockWidth, labelTop, labelWidth - lockWidth + 2, lm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);

    QString detail = row.alert ? QString() : row.detail;
    if (tlsMessage && row.encrypted && detail.isEmpty() && !row.alert)
        detail = tr("encrypted");
    if (!detail.isEmpty()) {
        p.setFont(detailFont);
        p.setPen(row.alert ? kAlertColor : kMutedText);
        p.drawText(QRect(g.clientX + 12, arrowY + 4, span - 24, dm.height()), Qt::AlignCenter,
                   dm.elidedText(detail, Qt::ElideRight, span - 24));
    }
    p.restore();
}

void HandshakeLadderView::paintTitle(QPainter &p, int width, int top, const QString &suffix) const
{
    p.save();
    const QFont f = scaled(font(), 1.2, true);
    p.setFont(f);
    p.setPen(QColor(0x1d, 0x2a, 0x38));
    QString title = tr("Handshake ladder");
    if (model_ && !model_->title().isEmpty())
        title += QStringLiteral(" — ") + model_->title();
    p.drawText(QRect(12, top, width - 24, kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(f).elidedText(title, Qt::ElideRight, width - 140));
    if (!suffix.isEmpty()) {
        p.setFont(scaled(font(), 0.9));
        p.setPen(kMutedText);
        p.drawText(QRect(12, top, width - 24, kTitleHeight), Qt::AlignRight | Qt::AlignVCenter, suffix);
    }
    p.restore();
}

void HandshakeLadderView::paintLegend(QPainter &p, const Geometry &g, int top) const
{
    p.save();
    const QFont f = scaled(font(), 0.88);
    p.setFont(f);
    const QFontMetrics fm(f);
    p.setPen(QPen(QColor(0xd5, 0xdb, 0xe2), 1));
    p.drawLine(0, top + 2, g.width, top + 2);
    int x = 14;
    const int y = top + kLegendHeight / 2 + 2;
    auto item = [&](const QColor &color, const QString &text) {
        drawArrow(p, x, x + 28, y, color, 2, false);
        x += 34;
        p.setPen(kMutedText);
        p.drawText(QPoint(x, y + fm.ascent() / 2 - 1), text);
        x += fm.horizontalAdvance(text) + 20;
    };
    item(kClientColor, tr("client to server"));
    item(kServerColor, tr("server to client"));
    item(kAlertColor, tr("alert"));
    drawPadlock(p, QPointF(x, y - 7), kLockColor);
    x += 16;
    p.setPen(kMutedText);
    p.drawText(QPoint(x, y + fm.ascent() / 2 - 1), tr("encrypted"));
    p.restore();
}

QImage HandshakeLadderView::renderImage(int width, qreal devicePixelRatio) const
{
    const int rows = model_ ? model_->rowCount() : 0;
    const Geometry g = geometryFor(width);
    const int height = kTitleHeight + headerHeight_ + rows * rowHeight_ + kLegendHeight + 8;
    // Very long ladders: keep the bitmap within what image viewers open comfortably.
    qreal dpr = devicePixelRatio;
    while (dpr > 1.0 && height * dpr > 30000)
        dpr -= 0.5;
    QImage image(QSize(int(g.width * dpr), int(height * dpr)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintTitle(p, g.width, 0, QString());
    paintLifelines(p, g, kTitleHeight + headerHeight_, kTitleHeight + headerHeight_ + rows * rowHeight_);
    for (int row = 0; row < rows; ++row)
        paintRow(p, g, model_->row(row), kTitleHeight + headerHeight_ + row * rowHeight_, false);
    paintHeader(p, g, kTitleHeight);
    paintLegend(p, g, kTitleHeight + headerHeight_ + rows * rowHeight_ + 4);
    p.end();
    return image;
}

bool HandshakeLadderView::exportPng(const QString &fileName, QString *error) const
{
    const QImage image = renderImage(qMax(960, viewport()->width()));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!image.save(&file, "PNG")) {
        if (error)
            *error = tr("could not encode the PNG image");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool HandshakeLadderView::exportPdf(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Handshake ladder"));
        writer.setCreator(QStringLiteral("MailTLS Workbench"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const int diagramWidth = 900;
        const qreal scale = qreal(page.width()) / diagramWidth;
        const int pageHeight = int(page.height() / scale);
        const Geometry g = geometryFor(diagramWidth);
        const int rows = model_ ? model_->rowCount() : 0;
        const int perPage = qMax(1, (pageHeight - kTitleHeight - headerHeight_ - kLegendHeight - 8) / rowHeight_);
        const int pages = qMax(1, (rows + perPage - 1) / perPage);
        QPainter p;
        if (!p.begin(&writer)) {
            if (error)
                *error = tr("could not start the PDF");
            file.cancelWriting();
            return false;
        }
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
            if (pageIndex > 0)
                writer.newPage();
            const int first = pageIndex * perPage;
            const int last = qMin(rows, first + perPage);
            const int rowsTop = kTitleHeight + headerHeight_;
            paintTitle(p, diagramWidth, 0, pages > 1 ? tr("page %1 of %2").arg(pageIndex + 1).arg(pages) : QString());
            paintLifelines(p, g, rowsTop, rowsTop + (last - first) * rowHeight_);
            for (int row = first; row < last; ++row)
                paintRow(p, g, model_->row(row), rowsTop + (row - first) * rowHeight_, false);
            paintHeader(p, g, kTitleHeight);
            paintLegend(p, g, rowsTop + (last - first) * rowHeight_ + 4);
        }
        p.end();
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace mailtls::ui
