#include "views/findings_view.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "models/findings_model.h"
#include "models/severity_badge_delegate.h"
#include "models/severity_style.h"

namespace mailtls::ui {

using core::Finding;

FindingsView::FindingsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    table_ = new QTableView(splitter);
    table_->setObjectName(QStringLiteral("findingsTable"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setShowGrid(false);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 10);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setItemDelegateForColumn(FindingsModel::SeverityColumn, new SeverityBadgeDelegate(table_));

    detail_ = new QTextBrowser(splitter);
    detail_->setObjectName(QStringLiteral("findingDetail"));
    detail_->setOpenExternalLinks(false);

    splitter->addWidget(table_);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    showFinding(-1);
}

void FindingsView::setFindingsModel(FindingsModel *model)
{
    model_ = model;
    table_->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &FindingsView::onModelReset);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFinding(current.isValid() ? current.row() : -1); });
    onModelReset();
}

QString FindingsView::detailText() const
{
    return detail_->toPlainText();
}

void FindingsView::onModelReset()
{
    auto *header = table_->horizontalHeader();
    header->resizeSection(FindingsModel::SeverityColumn, 96);
    table_->resizeColumnToContents(FindingsModel::IdColumn);
    header->resizeSection(FindingsModel::IdColumn, qBound(120, header->sectionSize(FindingsModel::IdColumn) + 12, 260));
    if (model_ && model_->rowCount() > 0)
        table_->setCurrentIndex(model_->index(0, 0));
    else
        showFinding(-1);
}

static QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

static QString codeBlock(const QString &text)
{
    return QStringLiteral("<pre style=\"background:#f3f3f3; color:#1e1e1e; padding:6px;\">%1</pre>")
        .arg(text.toHtmlEscaped());
}

void FindingsView::showFinding(int row)
{
    if (!model_ || row < 0 || row >= model_->rowCount()) {
        detail_->setHtml(QStringLiteral("<p style=\"color:#777;\">%1</p>")
                             .arg(model_ && model_->rowCount() == 0
                                      ? tr("No findings. They appear here once a session has reached the server.")
                                      : tr("Select a finding to see what it means, the evidence, and how to fix it.")));
        return;
    }
    const Finding f = model_->findings().at(row);
    QString html;
    html += QStringLiteral("<h3 style=\"margin-bottom:2px;\">%1</h3>").arg(core::shownTitle(f).toHtmlEscaped());
    html += QStringLiteral("<p><span style=\"background:%1; color:%2; font-weight:bold;\">&nbsp;%3&nbsp;</span>"
                           "&nbsp;&nbsp;<code>%4</code></p>")
                .arg(SeverityStyle::color(f.severity).name(), SeverityStyle::textColor(f.severity).name(),
                     SeverityStyle::label(f.severity).toHtmlEscaped(), f.id.toHtmlEscaped());
    if (!f.detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(paragraphs(core::shownDetail(f)));
    if (!f.evidence.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Evidence").toHtmlEscaped()) + codeBlock(f.evidence);
    if (!f.fixExim.isEmpty() || !f.fixPostfix.isEmpty() || !f.fixDns.isEmpty() || !f.fixDovecot.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("How to fix it").toHtmlEscaped());
        if (!f.fixExim.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(QStringLiteral("Exim")) + codeBlock(f.fixExim);
        if (!f.fixPostfix.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(QStringLiteral("Postfix")) + codeBlock(f.fixPostfix);
        if (!f.fixDns.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("DNS").toHtmlEscaped()) + codeBlock(f.fixDns);
        if (!f.fixDovecot.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(QStringLiteral("Dovecot")) + codeBlock(f.fixDovecot);
    }
    detail_->setHtml(html);
}

} // namespace mailtls::ui
