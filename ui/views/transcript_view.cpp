#include "views/transcript_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>

#include "models/transcript_model.h"
#include "model/report.h"

namespace mailtls::ui {

TranscriptView::TranscriptView(QWidget *parent) : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTextElideMode(Qt::ElideNone);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(false);

    copyAction_ = new QAction(tr("&Copy"), this);
    copyAction_->setShortcut(QKeySequence::Copy);
    copyAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction_, &QAction::triggered, this, &TranscriptView::copySelection);
    addAction(copyAction_);

    selectAllAction_ = new QAction(tr("Select &All"), this);
    selectAllAction_->setShortcut(QKeySequence::SelectAll);
    selectAllAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAllAction_, &QAction::triggered, this, &QAbstractItemView::selectAll);
    addAction(selectAllAction_);

    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &TranscriptView::onRangeChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TranscriptView::onScrolled);
}

void TranscriptView::setTranscriptModel(TranscriptModel *model)
{
    model_ = model;
    setModel(model);
    const QFontMetrics fm(font());
    // Wide enough for the content and for the (translated) header, whichever is wider.
    header()->resizeSection(TranscriptModel::TimeColumn,
                            qMax(fm.horizontalAdvance(QStringLiteral("+000.000")) + 16,
                                 header()->sectionSizeHint(TranscriptModel::TimeColumn)));
    header()->resizeSection(TranscriptModel::DirectionColumn,
                            qMax(fm.horizontalAdvance(QStringLiteral("TLS")) + 18,
                                 header()->sectionSizeHint(TranscriptModel::DirectionColumn)));
    // A new session starts at the top and follows again.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        follow_ = true;
        widestText_ = 0;
        measureRows(0, model_->rowCount() - 1);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { measureRows(first, last); });
    measureRows(0, model->rowCount() - 1);
}

void TranscriptView::measureRows(int first, int last)
{
    if (!model_)
        return;
    const QFontMetrics fm(font());
    const QList<core::TranscriptLine> &lines = model_->lines();
    for (int row = qMax(0, first); row <= last && row < lines.size(); ++row)
        widestText_ = qMax(widestText_, fm.horizontalAdvance(lines.at(row).text) + 16);
    fitTextColumn();
}

void TranscriptView::fitTextColumn()
{
    if (!model_)
        return;
    const int others = header()->sectionSize(TranscriptModel::TimeColumn)
                     + header()->sectionSize(TranscriptModel::DirectionColumn);
    const int width = qMax(widestText_, viewport()->width() - others);
    if (header()->sectionSize(TranscriptModel::TextColumn) != width)
        header()->resizeSection(TranscriptModel::TextColumn, width);
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitTextColumn();
}

void TranscriptView::onRangeChanged(int, int max)
{
    if (follow_)
        verticalScrollBar()->setValue(max);
}

void TranscriptView::onScrolled(int value)
{
    follow_ = value >= verticalScrollBar()->maximum();
}

QString TranscriptView::selectedText() const
{
    if (!model_ || !selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return model_->plainText(rows);
}

void TranscriptView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    copyAction_->setEnabled(selectionModel() && selectionModel()->hasSelection());
    QMenu menu(this);
    menu.addAction(copyAction_);
    menu.addAction(selectAllAction_);
    menu.exec(event->globalPos());
}

} // namespace mailtls::ui
