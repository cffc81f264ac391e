#include "models/severity_badge_delegate.h"

#include <QApplication>
#include <QPainter>

namespace mailtls::ui {

void SeverityBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    // Selection and focus from the style, then the badge on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    base.icon = QIcon();
    base.backgroundBrush = Qt::NoBrush;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QColor fill = index.data(Qt::BackgroundRole).value<QColor>();
    const QColor ink = index.data(Qt::ForegroundRole).value<QColor>();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int height = qMin(option.rect.height() - 4, fm.height() + 4);
    const int width = qMin(option.rect.width() - 8, fm.horizontalAdvance(text) + 16);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(fill.darker(125), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize SeverityBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 28,
                 qMax(base.height(), fm.height() + 8));
}

} // namespace mailtls::ui
