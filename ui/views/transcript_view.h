#pragma once

#include <QTreeView>

namespace mailtls::ui {

class TranscriptModel;

// Monospace log of the conversation. Follows new lines while the user is at the bottom; once
// they scroll up it stays put until they scroll back down. Ctrl+C copies the selected rows.
class TranscriptView : public QTreeView
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setTranscriptModel(TranscriptModel *model);
    bool isFollowingOutput() const { return follow_; }
    QString selectedText() const;

public Q_SLOTS:
    void copySelection();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Long lines scroll sideways instead of being cut: the text column is as wide as the
    // widest line seen (measured once per line as it arrives), or the view, whichever is wider.
    void measureRows(int first, int last);
    void fitTextColumn();

    void onRangeChanged(int min, int max);
    void onScrolled(int value);

    TranscriptModel *model_ = nullptr;
    QAction *copyAction_ = nullptr;
    QAction *selectAllAction_ = nullptr;
    bool follow_ = true;
    int widestText_ = 0;
};

} // namespace mailtls::ui
