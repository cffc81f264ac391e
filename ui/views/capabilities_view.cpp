#include "views/capabilities_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "base/display_text.h"

namespace mailtls::ui {

using core::CapabilityChange;

namespace {

bool expectedChange(const CapabilityChange &c)
{
    // RFC 3207: STARTTLS is not offered again inside TLS.
    return c.kind == CapabilityChange::Kind::Removed && (c.keyword == QLatin1String("STARTTLS") || c.keyword == QLatin1String("STLS"));
}

} // namespace

CapabilitiesView::CapabilitiesView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("capabilitiesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("capabilitiesSummary"));
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("capabilitiesTable"));
    table_->setHorizontalHeaderLabels({tr("Keyword"), tr("Before TLS"), tr("After TLS"), tr("With TLS")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setShowGrid(false);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setToolTip(tr("RFC 3207: after STARTTLS the client forgets the first list and asks again, because an attacker "
                          "could have changed the cleartext one."));
    layout->addWidget(table_, 1);
    clear();
}

QString CapabilitiesView::titleFor(const QString &dialect)
{
    if (dialect == QLatin1String("imap"))
        return tr("IMAP capabilities (CAPABILITY) before and after STARTTLS");
    if (dialect == QLatin1String("pop3"))
        return tr("POP3 capabilities (CAPA) before and after STLS");
    if (dialect == QLatin1String("sieve"))
        return tr("ManageSieve capabilities before and after STARTTLS");
    if (dialect == QLatin1String("lmtp"))
        return tr("LMTP extensions (LHLO) before and after STARTTLS");
    return tr("SMTP extensions (EHLO) before and after STARTTLS");
}

void CapabilitiesView::clear()
{
    table_->setRowCount(0);
    summary_->clear();
    setVisible(false);
}

void CapabilitiesView::setSmtp(const core::SmtpFacts &smtp)
{
    clear();
    if (smtp.ehloBeforeTls.isEmpty() && smtp.ehloAfterTls.isEmpty())
        return;
    const QList<CapabilityChange> changes = core::compareCapabilities(smtp.ehloBeforeTls, smtp.ehloAfterTls);
    const bool both = !smtp.ehloBeforeTls.isEmpty() && !smtp.ehloAfterTls.isEmpty();
    const QColor addedTint(0xe3, 0xf2, 0xe4), removedTint(0xfb, 0xe3, 0xe3), changedTint(0xfd, 0xf1, 0xd8);
    const QColor muted(0x78, 0x80, 0x8a);
    auto cell = [&muted](const QString &params) {
        auto *item = new QTableWidgetItem;
        if (params.isNull()) {
            item->setText(QStringLiteral("—"));
            item->setForeground(muted);
            item->setToolTip(tr("not offered"));
        } else {
            item->setText(params.isEmpty() ? tr("offered") : core::visibleControls(params));
            item->setToolTip(item->text());
        }
        return item;
    };

    int changed = 0;
    table_->setRowCount(int(changes.size()));
    for (int r = 0; r < changes.size(); ++r) {
        const CapabilityChange &c = changes.at(r);
        auto *keyword = new QTableWidgetItem(core::visibleControls(c.keyword));
        keyword->setData(Qt::UserRole, c.keyword);
        keyword->setData(Qt::UserRole + 1, core::capabilityChangeWord(c.kind));
        QFont bold = keyword->font();
        bold.setBold(true);
        keyword->setFont(bold);
        table_->setItem(r, KeywordColumn, keyword);
        table_->setItem(r, BeforeColumn, cell(c.before));
        table_->setItem(r, AfterColumn, cell(c.after));

        QString word;
        QColor tint;
        if (!both) {
            word = QString();
        } else if (expectedChange(c)) {
            word = tr("gone after TLS (expected)");
        } else {
            switch (c.kind) {
            case CapabilityChange::Kind::Same:
                break;
            case CapabilityChange::Kind::Added:
                word = c.keyword == QLatin1String("AUTH") ? tr("+ added after TLS (good: passwords only inside TLS)")
                                                          : tr("+ added after TLS");
                tint = addedTint;
                break;
            case CapabilityChange::Kind::Removed:
                word = tr("− gone after TLS");
                tint = removedTint;
                break;
            case CapabilityChange::Kind::Changed:
                word = tr("~ other parameters after TLS");
                tint = changedTint;
                break;
            }
            if (c.kind != CapabilityChange::Kind::Same)
                ++changed;
        }
        auto *change = new QTableWidgetItem(word);
        if (expectedChange(c))
            change->setForeground(muted);
        table_->setItem(r, ChangeColumn, change);
        if (tint.isValid())
            for (int col = 0; col < ColumnCount; ++col)
                table_->item(r, col)->setBackground(tint);
    }
    if (!both)
        summary_->setText(smtp.ehloBeforeTls.isEmpty() ? tr("Only an EHLO after TLS in this session.")
                                                       : tr("Only an EHLO before TLS in this session: nothing to compare."));
    else if (changed == 0)
        summary_->setText(tr("Nothing changed with TLS but STARTTLS itself, which is not offered again inside TLS."));
    else
        summary_->setText(changed == 1 ? tr("1 keyword changed with TLS (marked); STARTTLS itself is not offered again inside TLS.")
                                       : tr("%1 keywords changed with TLS (marked); STARTTLS itself is not offered again inside TLS.")
                                             .arg(changed));
    for (int col : {int(KeywordColumn), int(BeforeColumn), int(AfterColumn)})
        table_->resizeColumnToContents(col);
    // Tall enough for every row without a scroll bar up to a dozen or so.
    const int rows = qMin(int(changes.size()), 14);
    table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() + rows * table_->verticalHeader()->defaultSectionSize() + 4);
    setVisible(true);
}

QString CapabilitiesView::summaryText() const
{
    return summary_->text();
}

int CapabilitiesView::rowOf(const QString &keyword) const
{
    for (int r = 0; r < table_->rowCount(); ++r)
        if (const QTableWidgetItem *item = table_->item(r, KeywordColumn); item && item->data(Qt::UserRole).toString() == keyword)
            return r;
    return -1;
}

QString CapabilitiesView::cellText(const QString &keyword, int column) const
{
    const int row = rowOf(keyword);
    const QTableWidgetItem *item = row >= 0 ? table_->item(row, column) : nullptr;
    return item ? item->text() : QString();
}

QString CapabilitiesView::changeWord(const QString &keyword) const
{
    const int row = rowOf(keyword);
    const QTableWidgetItem *item = row >= 0 ? table_->item(row, KeywordColumn) : nullptr;
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

} // namespace mailtls::ui
