#pragma once

#include <QStyledItemDelegate>

namespace mailtls::ui {

// Paints the severity column as a rounded, coloured badge carrying the severity's name, so
// severity reads by text as well as by colour. Fill and text colours come from the model's
// BackgroundRole / ForegroundRole.
class SeverityBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mailtls::ui
