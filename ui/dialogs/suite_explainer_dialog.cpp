#include "dialogs/suite_explainer_dialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "models/cipher_matrix_model.h"
#include "catalog/cipher_catalog.h"

namespace mailtls::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "Yes: because ..." -> "because ..." (a translation may use a full-width colon).
QString withoutYesNo(const QString &text)
{
    const qsizetype colon = text.indexOf(QRegularExpression(QStringLiteral("[:\uFF1A]")));
    return colon < 0 ? text : text.mid(colon + 1).trimmed();
}

QString yesNo(bool yes, const QString &text)
{
    const QString color = yes ? QStringLiteral("#2e7d32") : QStringLiteral("#b85c00");
    return QStringLiteral("<span style='color:%1; font-weight:bold'>%2</span> %3")
        .arg(color, yes ? SuiteExplainerDialog::tr("Yes") : SuiteExplainerDialog::tr("No"), esc(withoutYesNo(text)));
}

} // namespace

SuiteExplainerDialog::SuiteExplainerDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("suiteExplainerDialog"));
    setWindowTitle(tr("Explain Cipher Suite"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Suite:"), this);
    edit_ = new QLineEdit(this);
    edit_->setObjectName(QStringLiteral("suiteEdit"));
    edit_->setPlaceholderText(tr("e.g. ECDHE-RSA-AES256-GCM-SHA384, TLS_AES_128_GCM_SHA256 or 0xC02F"));
    edit_->setClearButtonEnabled(true);
    label->setBuddy(edit_);
    completer_ = new QCompleter(core::allSuiteNames(), this);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchContains);
    completer_->setMaxVisibleItems(14);
    edit_->setCompleter(completer_);
    auto *explainButton = new QPushButton(tr("E&xplain"), this);
    explainButton->setDefault(true);
    top->addWidget(label);
    top->addWidget(edit_, 1);
    top->addWidget(explainButton);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    notation_ = new QComboBox(left);
    notation_->setObjectName(QStringLiteral("notationCombo"));
    notation_->addItem(tr("IANA names"), QStringLiteral("IANA"));
    notation_->addItem(tr("OpenSSL names"), QStringLiteral("OpenSSL"));
    notation_->addItem(tr("GnuTLS names"), QStringLiteral("GnuTLS"));
    list_ = new QListWidget(left);
    list_->setObjectName(QStringLiteral("suiteList"));
    list_->setUniformItemSizes(true);
    leftLayout->addWidget(notation_);
    leftLayout->addWidget(list_, 1);
    result_ = new QTextBrowser(splitter);
    result_->setObjectName(QStringLiteral("suiteResult"));
    result_->setOpenLinks(false);
    splitter->addWidget(left);
    splitter->addWidget(result_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 520});
    layout->addWidget(splitter, 1);

    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("suiteHint"));
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: #5f6b78;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint_, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(explainButton, &QPushButton::clicked, this, [this] { explain(edit_->text()); });
    connect(edit_, &QLineEdit::returnPressed, this, [this] { explain(edit_->text()); });
    connect(edit_, &QLineEdit::textEdited, this, &SuiteExplainerDialog::onTextEdited);
    connect(completer_, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) { explain(name); });
    connect(notation_, &QComboBox::currentIndexChanged, this, [this] {
        fillList();
        filterList(edit_->text());
    });
    connect(list_, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (name.isEmpty() || name == edit_->text())
            return;
        edit_->setText(name);
        explain(name);
    });
    connect(result_, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Suggestions are links: "suite:NAME".
        if (url.scheme() == QLatin1String("suite")) {
            const QString name = url.path();
            edit_->setText(name);
            explain(name);
        }
    });

    fillList();
    resize(900, 600);
    updateWidgets();
}

void SuiteExplainerDialog::fillList()
{
    list_->blockSignals(true);
    list_->clear();
    list_->addItems(core::allSuiteNames(notation_->currentData().toString()));
    list_->blockSignals(false);
}

void SuiteExplainerDialog::filterList(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem *item = list_->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void SuiteExplainerDialog::onTextEdited(const QString &text)
{
    filterList(text);
    // A complete name explains itself as soon as it is typed.
    const core::SuiteExplanation e = core::explainSuite(text);
    if (e.found && !text.trimmed().startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        explanation_ = e;
        result_->setHtml(explanationHtml(e));
    }
    updateWidgets();
}

bool SuiteExplainerDialog::explain(const QString &name)
{
    explanation_ = core::explainSuite(name);
    result_->setHtml(explanationHtml(explanation_));
    if (edit_->text() != name)
        edit_->setText(name);
    filterList(QString());
    if (explanation_.found) {
        // Show where it sits in the list of the chosen notation.
        const QString notation = notation_->currentData().toString();
        const QString inList = notation == QLatin1String("OpenSSL") ? explanation_.suite.openssl
                               : notation == QLatin1String("GnuTLS") ? explanation_.suite.gnutls
                                                                     : explanation_.suite.iana;
        const QList<QListWidgetItem *> items = list_->findItems(inList, Qt::MatchExactly);
        if (!items.isEmpty()) {
            list_->blockSignals(true);
            list_->setCurrentItem(items.first());
            list_->blockSignals(false);
            list_->scrollToItem(items.first());
        }
    }
    updateWidgets();
    return explanation_.found;
}

void SuiteExplainerDialog::updateWidgets()
{
    if (edit_->text().trimmed().isEmpty())
        hint_->setText(tr("Type a suite name in any notation, or its code, or pick one from the list."));
    else if (explanation_.found && explanation_.input.trimmed().compare(edit_->text().trimmed(), Qt::CaseInsensitive) == 0)
        hint_->setText(tr("%1 is graded %2. Pick another suite to compare.")
                           .arg(explanation_.suite.iana, CipherGradeStyle::label(explanation_.grade).toLower()));
    else if (!explanation_.found && !explanation_.input.isEmpty())
        hint_->setText(tr("Not a known suite: pick one of the suggestions or from the list."));
    else
        hint_->setText(tr("Press Enter to explain, or choose a completion."));
}

QString SuiteExplainerDialog::resultText() const
{
    return result_->toPlainText();
}

QString SuiteExplainerDialog::resultHtml() const
{
    return result_->toHtml();
}

QString SuiteExplainerDialog::hintText() const
{
    return hint_->text();
}

QString SuiteExplainerDialog::explanationHtml(const core::SuiteExplanation &e)
{
    if (e.input.trimmed().isEmpty())
        return QString();
    if (!e.found) {
        QString html = QStringLiteral("<h3 style='color:#b8001f'>%1</h3>").arg(esc(tr("Unknown cipher suite “%1”").arg(e.input.trimmed())));
        if (e.suggestions.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No suite name is close to this. Try the list on the left.")));
        } else {
            html += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Did you mean:")));
            for (const QString &s : e.suggestions)
                html += QStringLiteral("<li><a href='suite:%1'>%2</a></li>").arg(QString::fromLatin1(QUrl::toPercentEncoding(s)), esc(s));
            html += QStringLiteral("</ul>");
        }
        return html;
    }
    const core::SuiteInfo &s = e.suite;
    const QColor fill = CipherGradeStyle::fill(e.grade);
    const QColor text = CipherGradeStyle::text(e.grade);
    QString html;
    html += QStringLiteral("<h2 style='margin-bottom:0'>%1</h2>").arg(esc(s.iana));
    QStringList names;
    names << e.codeHex;
    if (!s.openssl.isEmpty() && s.openssl != s.iana)
        names << tr("OpenSSL: %1").arg(s.openssl);
    if (!s.gnutls.isEmpty() && s.gnutls != s.iana)
        names << tr("GnuTLS: %1").arg(s.gnutls);
    html += QStringLiteral("<p style='color:#5f6b78; margin-top:2px'>%1 &nbsp;·&nbsp; %2</p>")
                .arg(esc(names.join(QStringLiteral(" · "))), esc(tr("typed as %1").arg(core::shownNotation(e.notation))));
    html += QStringLiteral("<table cellpadding='6' cellspacing='0'><tr><td style='background:%1; color:%2; font-weight:bold; font-size:large'>&nbsp;%3&nbsp;</td>"
                           "<td>%4</td></tr></table>")
                .arg(fill.name(), text.name(), esc(CipherGradeStyle::label(e.grade)), esc(e.shownGradeReasons().join(QLatin1Char(' '))));

    html += QStringLiteral("<table cellpadding='5' cellspacing='0' width='100%' style='margin-top:8px'>");
    auto part = [&html](const QString &title, const core::SuitePart &p, const QString &shade) {
        html += QStringLiteral("<tr style='background:%1'><td width='26%' valign='top'><b>%2</b></td>"
                               "<td width='24%' valign='top' style='font-family:monospace'>%3</td><td valign='top'>%4</td></tr>")
                    .arg(shade, esc(title), esc(p.shownName()), esc(p.shownMeaning()));
    };
    part(tr("Key exchange"), e.keyExchange, QStringLiteral("#f4f6f8"));
    part(tr("Authentication"), e.authentication, QStringLiteral("#ffffff"));
    part(tr("Bulk cipher"), e.cipher, QStringLiteral("#f4f6f8"));
    part(tr("MAC / PRF"), e.mac, QStringLiteral("#ffffff"));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<table cellpadding='5' cellspacing='0' width='100%' style='margin-top:8px'>");
    auto fact = [&html](const QString &title, const QString &value) {
        html += QStringLiteral("<tr><td width='26%' valign='top'><b>%1</b></td><td valign='top'>%2</td></tr>").arg(esc(title), value);
    };
    fact(tr("Versions"), esc(e.shownVersions()));
    fact(tr("Forward secrecy"), yesNo(e.forwardSecrecy, e.shownForwardSecrecy()));
    fact(tr("AEAD"), yesNo(e.aead, e.shownAead()));
    fact(tr("Certificate needed"), esc(e.shownCertificate()));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace mailtls::ui
