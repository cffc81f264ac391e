#pragma once

// The Ladder tab: the ladder diagram on top, the selected message's details below, and the
// export buttons with a hint line.

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;

namespace mailtls::ui {

class HandshakeLadderView;
class LadderDetails;
class LadderModel;

class LadderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LadderPanel(QWidget *parent = nullptr);

    void setLadderModel(LadderModel *model);
    HandshakeLadderView *view() const { return view_; }
    LadderDetails *details() const { return details_; }
    QPushButton *exportPngButton() const { return exportPng_; }
    QPushButton *exportPdfButton() const { return exportPdf_; }
    QString hintText() const;

    // Selects the row of Report::handshake[messageIndex] (from the Handshake tab).
    bool selectHandshakeMessage(int messageIndex);

public Q_SLOTS:
    void exportPngAs();
    void exportPdfAs();
    void updateWidgets();

private:
    void showRow(int row);
    QString suggestedName(const QString &extension) const;

    LadderModel *model_ = nullptr;
    HandshakeLadderView *view_ = nullptr;
    LadderDetails *details_ = nullptr;
    QSplitter *splitter_ = nullptr;
    QLabel *hint_ = nullptr;
    QPushButton *exportPng_ = nullptr;
    QPushButton *exportPdf_ = nullptr;
};

} // namespace mailtls::ui
