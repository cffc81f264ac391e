#include "views/ladder_panel.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "models/ladder_model.h"
#include "views/handshake_ladder_view.h"
#include "views/ladder_details.h"

namespace mailtls::ui {

LadderPanel::LadderPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ladderPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("ladderHint"));
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: #5f6b78;"));
    exportPng_ = new QPushButton(tr("Export PNG…"), this);
    exportPng_->setObjectName(QStringLiteral("exportLadderPng"));
    exportPng_->setToolTip(tr("Save the whole ladder as a PNG picture"));
    exportPdf_ = new QPushButton(tr("Export PDF…"), this);
    exportPdf_->setObjectName(QStringLiteral("exportLadderPdf"));
    exportPdf_->setToolTip(tr("Save the whole ladder as a PDF document (A4, several pages when long)"));
    bar->addWidget(hint_, 1);
    bar->addWidget(exportPng_);
    bar->addWidget(exportPdf_);
    layout->addLayout(bar);

    splitter_ = new QSplitter(Qt::Vertical, this);
    splitter_->setChildrenCollapsible(false);
    view_ = new HandshakeLadderView(splitter_);
    details_ = new LadderDetails(splitter_);
    splitter_->addWidget(view_);
    splitter_->addWidget(details_);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);
    splitter_->setSizes({540, 360});   // the details need room for the decoded fields
    layout->addWidget(splitter_, 1);

    connect(view_, &HandshakeLadderView::currentRowChanged, this, &LadderPanel::showRow);
    connect(exportPng_, &QPushButton::clicked, this, &LadderPanel::exportPngAs);
    connect(exportPdf_, &QPushButton::clicked, this, &LadderPanel::exportPdfAs);
    updateWidgets();
}

void LadderPanel::setLadderModel(LadderModel *model)
{
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    view_->setLadderModel(model);
    if (model_) {
        connect(model_, &QAbstractItemModel::modelReset, this, &LadderPanel::updateWidgets);
        connect(model_, &QAbstractItemModel::rowsInserted, this, &LadderPanel::updateWidgets);
    }
    updateWidgets();
}

QString LadderPanel::hintText() const
{
    return hint_->text();
}

void LadderPanel::updateWidgets()
{
    const int rows = model_ ? model_->rowCount() : 0;
    exportPng_->setEnabled(rows > 0);
    exportPdf_->setEnabled(rows > 0);
    if (rows == 0)
        hint_->setText(tr("Connect to a server to draw its conversation."));
    else if (view_->currentRow() < 0)
        hint_->setText(tr("Click a message, or press ↓, to see its decoded fields and what it does."));
    else
        hint_->setText(tr("↑/↓ step through the messages, Home/End jump"));
    if (view_->currentRow() < 0)
        details_->clear();
}

void LadderPanel::showRow(int row)
{
    if (model_ && row >= 0 && row < model_->rowCount())
        details_->setRow(model_->row(row));
    updateWidgets();
}

bool LadderPanel::selectHandshakeMessage(int messageIndex)
{
    if (!model_)
        return false;
    const int row = model_->rowOfMessage(messageIndex);
    if (row < 0)
        return false;
    view_->setCurrentRow(row);
    view_->setFocus();
    return true;
}

QString LadderPanel::suggestedName(const QString &extension) const
{
    QString host = model_ ? model_->report().target.host : QString();
    host.replace(QLatin1Char(':'), QLatin1Char('_'));
    if (host.isEmpty())
        host = QStringLiteral("session");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("mailtls-ladder-%1-%2.%3")
                      .arg(host, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), extension));
}

void LadderPanel::exportPngAs()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Ladder as PNG"), suggestedName(QStringLiteral("png")),
                                                          tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!view_->exportPng(fileName, &error))
        QMessageBox::warning(this, tr("Export Ladder"), tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), error));
}

void LadderPanel::exportPdfAs()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Ladder as PDF"), suggestedName(QStringLiteral("pdf")),
                                                          tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!view_->exportPdf(fileName, &error))
        QMessageBox::warning(this, tr("Export Ladder"), tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), error));
}

} // namespace mailtls::ui
