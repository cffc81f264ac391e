#pragma once

// The handshake as a ladder diagram: client lifeline on the left, server on the right, one
// arrow per SMTP line or TLS message with its time and size, the STARTTLS boundary as a band,
// encrypted messages with a padlock, alerts in red. Custom painted over a LadderModel: only
// the rows in view are painted, so hundreds of messages scroll smoothly. Keyboard: Up/Down,
// PageUp/PageDown, Home/End; mouse: click a row. Exports the whole ladder as PNG or PDF.

#include <QAbstractScrollArea>
#include <QImage>
#include <QPointer>

class QPainter;

namespace mailtls::ui {

class LadderModel;
struct LadderRow;

class HandshakeLadderView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit HandshakeLadderView(QWidget *parent = nullptr);

    void setLadderModel(LadderModel *model);
    LadderModel *ladderModel() const { return model_; }

    int currentRow() const { return currentRow_; }
    void setCurrentRow(int row);
    int rowAt(int viewportY) const;          // -1 for the header or below the last row
    QRect rowRect(int row) const;            // in viewport coordinates
    int rowHeight() const { return rowHeight_; }
    int headerHeight() const { return headerHeight_; }
    // Rows painted by the last paint event (for tests: only the visible ones are painted).
    int lastPaintedRowCount() const { return lastPaintedRows_; }

    // The whole ladder, title and legend included, `width` logical pixels wide.
    QImage renderImage(int width = 960, qreal devicePixelRatio = 2.0) const;
    bool exportPng(const QString &fileName, QString *error = nullptr) const;
    bool exportPdf(const QString &fileName, QString *error = nullptr) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentRowChanged(int row);
    void rowActivated(int row);   // double click or Enter

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Geometry {
        int width = 0;
        int clientX = 0;
        int serverX = 0;
        int timeRight = 0;
        int sizeLeft = 0;
    };
    Geometry geometryFor(int width) const;
    void paintHeader(QPainter &p, const Geometry &g, int top) const;
    void paintLifelines(QPainter &p, const Geometry &g, int top, int bottom) const;
    void paintRow(QPainter &p, const Geometry &g, const LadderRow &row, int top, bool selected) const;
    void paintTitle(QPainter &p, int width, int top, const QString &suffix) const;
    void paintLegend(QPainter &p, const Geometry &g, int top) const;
    void updateScrollBars();
    void ensureRowVisible(int row);
    void onRowsInserted(int first, int last);

    QPointer<LadderModel> model_;
    int currentRow_ = -1;
    int rowHeight_ = 50;
    int headerHeight_ = 58;
    int lastPaintedRows_ = 0;
};

// "85 ms", "12.4 s"; empty for an unknown time.
QString ladderTimeText(qint64 ms);
// "517 B", "4.2 KiB"; empty for an unknown size.
QString ladderSizeText(int bytes);

} // namespace mailtls::ui
