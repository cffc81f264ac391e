#include "views/ladder_details.h"

#include <QTextBrowser>
#include <QVBoxLayout>

#include "explain/message_explanations.h"
#include "models/ladder_model.h"
#include "views/handshake_ladder_view.h"

namespace mailtls::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString explanationHtml(const core::MessageExplanation &e)
{
    if (!e.known())
        return QString();
    QString html = QStringLiteral("<p style='margin-top:6px'>%1</p>").arg(esc(e.shownText()));
    if (!e.tls13Note.isEmpty()) {
        html += QStringLiteral("<table width='100%' cellpadding='6' style='background:#eef3fa; border:1px solid #b7c9e2'>"
                               "<tr><td style='color:#1d3a5c'>%1</td></tr></table>")
                    .arg(esc(e.shownTls13Note()));
    }
    return html;
}

} // namespace

LadderDetails::LadderDetails(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ladderDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    browser_ = new QTextBrowser(this);
    browser_->setObjectName(QStringLiteral("ladderDetailsBrowser"));
    browser_->setOpenLinks(false);
    browser_->setFrameShape(QFrame::NoFrame);
    layout->addWidget(browser_);
    clear();
}

void LadderDetails::clear()
{
    browser_->setHtml(QStringLiteral("<p style='color:#5f6b78'>%1</p>")
                          .arg(esc(tr("Select a message in the ladder (click, or use the arrow keys) to see its decoded fields and what it does."))));
}

QString LadderDetails::html() const
{
    return browser_->toHtml();
}

QString LadderDetails::plainText() const
{
    return browser_->toPlainText();
}

void LadderDetails::setRow(const LadderRow &row)
{
    browser_->setHtml(rowHtml(row));
}

QString LadderDetails::rowHtml(const LadderRow &row)
{
    QString html;
    const QString arrow = row.direction == LadderRow::ClientToServer ? tr("client → server")
                          : row.direction == LadderRow::ServerToClient ? tr("server → client")
                                                                       : QString();
    const QString color = row.alert ? QStringLiteral("#c62828")
                          : row.direction == LadderRow::ClientToServer ? QStringLiteral("#2f6f9f")
                                                                       : QStringLiteral("#2e7d4f");
    QString title = row.label;
    if (row.kind == LadderRow::SmtpLine)
        title = row.direction == LadderRow::ClientToServer ? tr("SMTP command") : tr("SMTP reply");
    html += QStringLiteral("<h3 style='margin-bottom:2px; color:%1'>%2</h3>").arg(color, esc(title));

    QStringList meta;
    if (!arrow.isEmpty())
        meta << arrow;
    if (row.tMs >= 0)
        meta << tr("at %1").arg(ladderTimeText(row.tMs));
    if (row.size >= 0)
        meta << ladderSizeText(row.size);
    if (row.kind == LadderRow::TlsMessage || row.kind == LadderRow::Summary)
        meta << (row.encrypted ? tr("encrypted") : tr("in clear text"));
    else if (row.kind == LadderRow::SmtpLine)
        meta << tr("in clear text");
    if (!meta.isEmpty())
        html += QStringLiteral("<p style='color:#5f6b78; margin-top:0'>%1</p>").arg(esc(meta.join(QStringLiteral(" · "))));

    switch (row.kind) {
    case LadderRow::SmtpLine: {
        html += QStringLiteral("<pre style='background:#f4f6f8; padding:4px'>%1</pre>").arg(esc(row.lines.join(QLatin1Char('\n'))));
        const QString first = row.lines.value(0);
        core::MessageExplanation e = core::explainMessage(first);
        if (!e.known() && row.direction == LadderRow::ServerToClient && first.startsWith(QLatin1String("250"))
            && row.lines.size() > 1)
            e = core::explainMessage(QStringLiteral("EHLO"));
        html += explanationHtml(e);
        break;
    }
    case LadderRow::Boundary:
        if (!row.detail.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(row.detail));
        html += explanationHtml(core::explainMessage(QStringLiteral("STARTTLS")));
        break;
    case LadderRow::Summary:
        if (!row.detail.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Commands:")), esc(row.detail));
        html += explanationHtml(core::explainMessage(QStringLiteral("EncryptedSession")));
        html += QStringLiteral("<pre style='background:#f4f6f8; padding:4px'>%1</pre>").arg(esc(row.lines.join(QLatin1Char('\n'))));
        break;
    case LadderRow::TlsMessage: {
        const core::DecodedHandshake &d = row.decoded;
        if (!d.error.isEmpty())
            html += QStringLiteral("<p style='color:#c62828'>%1</p>").arg(esc(tr("Could not decode all of it: %1").arg(d.error)));
        html += explanationHtml(core::explainMessage(d.type.isEmpty() ? row.label : d.type));
        if (row.renegotiation) {
            // A second handshake on this connection: what it is, and the openssl s_client trap.
            const core::MessageExplanation r = core::explainRenegotiation();
            html += QStringLiteral("<h4 style='margin-bottom:2px; color:#8a5a00'>%1</h4>").arg(esc(tr("This starts a renegotiation")));
            html += QStringLiteral("<table width='100%' cellpadding='6' style='background:#fff4dc; border:1px solid #ecc97a'>"
                                   "<tr><td style='color:#4a3300'>%1</td></tr></table>")
                        .arg(esc(r.shownText()).replace(QStringLiteral("\n\n"), QStringLiteral("<br><br>")));
            if (!r.tls13Note.isEmpty())
                html += QStringLiteral("<table width='100%' cellpadding='6' style='background:#eef3fa; border:1px solid #b7c9e2'>"
                                       "<tr><td style='color:#1d3a5c'>%1</td></tr></table>").arg(esc(r.shownTls13Note()));
        }
        if (!d.fields.isEmpty()) {
            html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>").arg(esc(d.decoded ? tr("Decoded fields") : tr("Recorded summary")));
            html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
            bool shade = false;
            for (const core::DecodedField &f : d.fields) {
                QString value = esc(f.value);
                if (!f.items.isEmpty()) {
                    QStringList items;
                    for (const QString &item : f.items)
                        items << esc(item);
                    value += QStringLiteral("<br><span style='font-family:monospace; font-size:small'>%1</span>")
                                 .arg(items.join(QStringLiteral("<br>")));
                }
                html += QStringLiteral("<tr style='background:%1'><td valign='top' width='30%'><b>%2</b></td><td valign='top'>%3</td></tr>")
                            .arg(shade ? QStringLiteral("#f4f6f8") : QStringLiteral("#ffffff"), esc(f.name), value);
                shade = !shade;
            }
            html += QStringLiteral("</table>");
        }
        if (!d.decoded)
            html += QStringLiteral("<p style='color:#5f6b78'>%1</p>")
                        .arg(esc(tr("This report was saved without the message bytes, so only the summary is known.")));
        break;
    }
    }
    return html;
}

} // namespace mailtls::ui
