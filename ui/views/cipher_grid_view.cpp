#include "views/cipher_grid_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/cipher_filter_proxy.h"
#include "models/cipher_matrix_model.h"
#include "models/findings_model.h"
#include "views/hygiene_panel.h"
#include "views/strength_chart.h"

namespace mailtls::ui {

static QIcon gradeSwatch(const QString &grade)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = CipherGradeStyle::fill(grade);
    p.setPen(QPen(fill.darker(130), 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2.5, 2.5);
    return QIcon(pm);
}

CipherGridView::CipherGridView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cipherGridView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(5);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("scanSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary_);

    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("scanHint"));
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    layout->addWidget(hint_);

    progressRow_ = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(progressRow_);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progress_ = new QProgressBar(progressRow_);
    progress_->setObjectName(QStringLiteral("scanProgress"));
    progress_->setRange(0, 0);
    progress_->setFormat(tr("%v of %m connections"));
    progressLabel_ = new QLabel(progressRow_);
    cancel_ = new QPushButton(tr("Cancel scan"), progressRow_);
    cancel_->setObjectName(QStringLiteral("cancelScanButton"));
    progressLayout->addWidget(progress_, 2);
    progressLayout->addWidget(progressLabel_, 3);
    progressLayout->addWidget(cancel_);
    progressRow_->hide();
    layout->addWidget(progressRow_);
    connect(cancel_, &QPushButton::clicked, this, &CipherGridView::cancelRequested);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(12);
    onlyAccepted_ = new QCheckBox(tr("Only accepted"), this);
    onlyAccepted_->setObjectName(QStringLiteral("onlyAccepted"));
    onlyAccepted_->setToolTip(tr("Hide the catalog's suites the server accepts in no version"));
    onlyWeak_ = new QCheckBox(tr("Only weak"), this);
    onlyWeak_->setObjectName(QStringLiteral("onlyWeak"));
    onlyWeak_->setToolTip(tr("Show only suites graded weak or insecure: the ones to disable"));
    showCatalog_ = new QCheckBox(tr("All catalog suites"), this);
    showCatalog_->setObjectName(QStringLiteral("showCatalog"));
    showCatalog_->setToolTip(tr("Also list every IANA suite the server did not accept"));
    nameStyle_ = new QComboBox(this);
    nameStyle_->setObjectName(QStringLiteral("nameStyle"));
    nameStyle_->addItem(tr("IANA names"), int(CipherMatrixModel::NameStyle::Iana));
    nameStyle_->addItem(tr("OpenSSL names"), int(CipherMatrixModel::NameStyle::OpenSsl));
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("suiteSearch"));
    search_->setPlaceholderText(tr("Filter by name or code, e.g. CHACHA or 0xC030"));
    search_->setClearButtonEnabled(true);
    rowCount_ = new QLabel(this);
    rowCount_->setObjectName(QStringLiteral("rowCount"));
    filters->addWidget(onlyAccepted_);
    filters->addWidget(onlyWeak_);
    filters->addWidget(showCatalog_);
    filters->addWidget(nameStyle_);
    filters->addWidget(search_, 1);
    filters->addWidget(rowCount_);
    layout->addLayout(filters);

    // The grid gets the full width; chart, legend and server order sit in a row below it.
    splitter_ = new QSplitter(Qt::Vertical, this);
    splitter_->setChildrenCollapsible(false);
    table_ = new QTableView(splitter_);
    table_->setObjectName(QStringLiteral("cipherTable"));
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(false);
    table_->setShowGrid(true);
    table_->setGridStyle(Qt::SolidLine);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->setStyleSheet(QStringLiteral("QTableView { gridline-color: palette(midlight); }"));

    auto *side = new QWidget(splitter_);
    auto *sideRow = new QHBoxLayout(side);
    sideRow->setContentsMargins(0, 4, 0, 0);
    sideRow->setSpacing(10);
    auto *chartBox = new QVBoxLayout;
    chartBox->setSpacing(2);
    chartBox->addWidget(new QLabel(tr("<b>Accepted suites by strength</b>"), side));
    chart_ = new StrengthChart(side);
    chartBox->addWidget(chart_, 1);
    sideRow->addLayout(chartBox, 4);
    auto *legendBox = new QVBoxLayout;
    legendBox->setSpacing(2);
    legendBox->addWidget(new QLabel(tr("<b>Legend</b>"), side));

    auto *legend = new QLabel(side);
    legend->setObjectName(QStringLiteral("gradeLegend"));
    legend->setWordWrap(true);
    QString legendHtml = QStringLiteral("<table cellspacing='2'>");
    for (const QString &grade : CipherGradeStyle::grades()) {
        legendHtml += QStringLiteral("<tr><td><span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span></td><td><small>%4</small></td></tr>")
                          .arg(CipherGradeStyle::fill(grade).name(), CipherGradeStyle::text(grade).name(),
                               CipherGradeStyle::label(grade).toHtmlEscaped(), CipherGradeStyle::explanation(grade).toHtmlEscaped());
    }
    legendHtml += QStringLiteral("<tr><td align='center'><b>3</b></td><td><small>%1</small></td></tr>")
                      .arg(tr("rank in the server's own order (⇣ in the header: the server enforces it); ✓ accepted, client's order").toHtmlEscaped());
    legendHtml += QStringLiteral("<tr><td align='center' style='background:#e4e6ea'>–</td><td><small>%1</small></td></tr>")
                      .arg(tr("the server refuses this protocol version").toHtmlEscaped());
    legendHtml += QStringLiteral("</table>");
    legend->setText(legendHtml);
    legendBox->addWidget(legend);
    legendBox->addStretch(1);
    sideRow->addLayout(legendBox, 3);

    auto *sideLayout = new QVBoxLayout;
    sideLayout->setSpacing(2);
    auto *prefRow = new QHBoxLayout;
    prefRow->addWidget(new QLabel(tr("<b>Server order</b>"), side));
    preferenceVersion_ = new QComboBox(side);
    preferenceVersion_->setObjectName(QStringLiteral("preferenceVersion"));
    prefRow->addWidget(preferenceVersion_, 1);
    sideLayout->addLayout(prefRow);
    preferenceNote_ = new QLabel(side);
    preferenceNote_->setWordWrap(true);
    sideLayout->addWidget(preferenceNote_);
    preferenceList_ = new QListWidget(side);
    preferenceList_->setObjectName(QStringLiteral("preferenceList"));
    preferenceList_->setSelectionMode(QAbstractItemView::NoSelection);
    preferenceList_->setFocusPolicy(Qt::NoFocus);
    sideLayout->addWidget(preferenceList_, 1);
    sideRow->addLayout(sideLayout, 4);

    // The protocol-hygiene checks of the same scan, below the grid.
    hygiene_ = new HygienePanel(splitter_);

    splitter_->addWidget(table_);
    splitter_->addWidget(hygiene_);
    splitter_->addWidget(side);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);
    splitter_->setStretchFactor(2, 2);
    layout->addWidget(splitter_, 1);

    proxy_ = new CipherFilterProxy(this);
    table_->setModel(proxy_);

    connect(onlyAccepted_, &QCheckBox::toggled, proxy_, &CipherFilterProxy::setOnlyAccepted);
    connect(onlyWeak_, &QCheckBox::toggled, proxy_, &CipherFilterProxy::setOnlyWeak);
    connect(search_, &QLineEdit::textChanged, proxy_, &CipherFilterProxy::setSearchText);
    connect(proxy_, &CipherFilterProxy::filterChanged, this, &CipherGridView::updateCounts);
    connect(showCatalog_, &QCheckBox::toggled, this, [this](bool on) {
        if (model_)
            model_->setShowCatalogSuites(on);
        // Catalog rows are the not-accepted ones: showing them with "only accepted" on is moot.
        if (on && onlyAccepted_->isChecked())
            onlyAccepted_->setChecked(false);
    });
    connect(nameStyle_, &QComboBox::currentIndexChanged, this, [this](int) {
        if (model_)
            model_->setNameStyle(CipherMatrixModel::NameStyle(nameStyle_->currentData().toInt()));
        table_->resizeColumnToContents(CipherMatrixModel::SuiteColumn);
        showPreferenceOrder();
    });
    connect(preferenceVersion_, &QComboBox::currentIndexChanged, this, &CipherGridView::showPreferenceOrder);

    updateSummary();
    updateHint();
}

void CipherGridView::setMatrixModel(CipherMatrixModel *model)
{
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    proxy_->setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &CipherGridView::onModelReset);
        model->setShowCatalogSuites(showCatalog_->isChecked());
    }
    QHeaderView *header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    for (int c = CipherMatrixModel::Sslv2Column; c <= CipherMatrixModel::Tls13Column; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        header->resizeSection(c, qMax(58, table_->fontMetrics().horizontalAdvance(QStringLiteral("TLS 1.3 ⇣")) + 10));
    }
    header->setSectionResizeMode(CipherMatrixModel::BitsColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(36);
    // Newest version's server order first; the user can sort by any column.
    table_->sortByColumn(-1, Qt::AscendingOrder);
    onModelReset();
}

void CipherGridView::onModelReset()
{
    showCatalog_->setEnabled(model_ && model_->hasCatalog());
    for (int c : {int(CipherMatrixModel::SuiteColumn), int(CipherMatrixModel::CodeColumn), int(CipherMatrixModel::GradeColumn),
                  int(CipherMatrixModel::KexColumn), int(CipherMatrixModel::AuthColumn), int(CipherMatrixModel::EncColumn),
                  int(CipherMatrixModel::MacColumn)}) {
        table_->resizeColumnToContents(c);
    }
    updateSummary();
    updateHint();
    updatePreferenceVersions();
    updateCounts();
    chart_->setCounts(model_ ? model_->acceptedCountByGrade() : QHash<QString, int>());
    updateHygiene();
}

void CipherGridView::setFindingsModel(FindingsModel *model)
{
    if (findings_)
        disconnect(findings_, nullptr, this, nullptr);
    findings_ = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &CipherGridView::updateHygiene);
    updateHygiene();
}

void CipherGridView::updateHygiene()
{
    if (!model_ || !model_->scan().present) {
        hygiene_->clear();
        return;
    }
    hygiene_->setScan(model_->scan(), findings_ ? findings_->findings() : core::Findings());
}

void CipherGridView::updateCounts()
{
    const int shown = proxy_->rowCount();
    const int total = model_ ? model_->rowCount() : 0;
    if (shown == total)
        rowCount_->setText(total == 1 ? tr("1 suite") : tr("%1 suites").arg(total));
    else
        rowCount_->setText(tr("%1 of %2 suites").arg(shown).arg(total));
}

QString CipherGridView::summaryText() const
{
    return summary_->text();
}

QString CipherGridView::hintText() const
{
    return hint_->text();
}

void CipherGridView::updateSummary()
{
    if (!model_ || !model_->scan().present) {
        summary_->setText(tr("<b>Cipher matrix</b> — no scan yet"));
        return;
    }
    const core::ScanResult &scan = model_->scan();
    QStringList accepted, refused;
    for (const QString &v : CipherMatrixModel::versions()) {
        if (!scan.protocols.contains(v))
            continue;
        (scan.protocols.value(v) ? accepted : refused) << CipherMatrixModel::versionLabel(v);
    }
    QStringList parts;
    parts << (accepted.isEmpty() ? tr("no protocol version accepted") : tr("accepts %1").arg(accepted.join(QStringLiteral(", "))));
    const int suites = model_->acceptedSuiteCount();
    parts << (suites == 1 ? tr("1 suite") : tr("%1 suites").arg(suites));
    if (!scan.groups.isEmpty())
        parts << tr("groups %1").arg(scan.groups.join(QStringLiteral(", ")));
    if (scan.dhBits > 0)
        parts << tr("DH %1 bits").arg(scan.dhBits);
    if (!scan.certificateTypes.isEmpty())
        parts << tr("certificates: %1").arg(scan.certificateTypes.join(QStringLiteral(", ")));
    QString line = parts.join(QStringLiteral(" · ")).toHtmlEscaped();
    QString counts = tr("%1 connections, %2 handshakes").arg(scan.connections).arg(scan.handshakes);
    if (scan.retries > 0)
        counts += QStringLiteral(", ") + tr("%1 retried after rate limiting").arg(scan.retries);
    summary_->setText(QStringLiteral("<b>%1</b> %2<br/><small>%3</small>")
                          .arg(tr("Cipher matrix").toHtmlEscaped(), line, counts.toHtmlEscaped()));
}

void CipherGridView::updateHint()
{
    QString hint;
    if (scanning_) {
        hint = tr("Scanning %1: each version is enumerated with as few handshakes as possible. Cancel stops at once; "
                  "nothing is shown for a cancelled scan.").arg(target_);
    } else if (!model_ || !model_->scan().present) {
        hint = tr("Press Scan (next to Connect) to enumerate every protocol version and cipher suite the server accepts.");
    } else {
        const QHash<QString, int> byGrade = model_->acceptedCountByGrade();
        const int weak = byGrade.value(QStringLiteral("weak")) + byGrade.value(QStringLiteral("insecure"));
        hint = weak == 1 ? tr("1 accepted suite is weak or insecure: tick \"Only weak\" to see it, and Findings for the "
                              "Exim and Postfix lines that disable it.")
             : weak > 1  ? tr("%1 accepted suites are weak or insecure: tick \"Only weak\" to list them, and see Findings for the "
                              "Exim and Postfix lines that disable them.").arg(weak)
                        : tr("Every accepted suite is graded strong or acceptable. Hover over a cell to see a suite taken apart.");
    }
    hint_->setText(hint);
}

void CipherGridView::updatePreferenceVersions()
{
    const QString previous = preferenceVersion_->currentData().toString();
    const QSignalBlocker blocker(preferenceVersion_);
    preferenceVersion_->clear();
    if (model_) {
        const core::ScanResult &scan = model_->scan();
        const QStringList all = CipherMatrixModel::versions();
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            if (scan.protocols.value(*it, false) && !scan.ciphers.value(*it).isEmpty())
                preferenceVersion_->addItem(CipherMatrixModel::versionLabel(*it), *it);
    }
    const int keep = preferenceVersion_->findData(previous);
    preferenceVersion_->setCurrentIndex(keep >= 0 ? keep : 0);
    preferenceVersion_->setEnabled(preferenceVersion_->count() > 0);
    showPreferenceOrder();
}

void CipherGridView::showPreferenceOrder()
{
    preferenceList_->clear();
    const QString version = preferenceVersion_->currentData().toString();
    if (!model_ || version.isEmpty()) {
        preferenceNote_->setText(tr("No accepted version yet."));
        return;
    }
    const core::ScanResult &scan = model_->scan();
    const bool ordered = scan.serverPreference.value(version, false);
    preferenceNote_->setText(ordered ? tr("The server picks from its own list, in this order:")
                                     : tr("The server follows the client's order; accepted suites:"));
    const bool openssl = model_->nameStyle() == CipherMatrixModel::NameStyle::OpenSsl;
    const QList<core::SuiteInfo> suites = scan.ciphers.value(version);
    for (int i = 0; i < suites.size(); ++i) {
        const core::SuiteInfo &s = suites.at(i);
        const QString name = openssl && !s.openssl.isEmpty() ? s.openssl : s.iana;
        auto *item = new QListWidgetItem(gradeSwatch(s.grade), ordered ? QStringLiteral("%1. %2").arg(i + 1).arg(name) : name);
        item->setToolTip(tr("%1 — %2").arg(CipherGradeStyle::label(s.grade), CipherGradeStyle::explanation(s.grade)));
        item->setData(Qt::UserRole, QVariant::fromValue<quint16>(s.code));
        preferenceList_->addItem(item);
    }
}

void CipherGridView::setScanning(bool scanning, const QString &target)
{
    scanning_ = scanning;
    if (!target.isEmpty())
        target_ = target;
    progressRow_->setVisible(scanning);
    cancel_->setEnabled(scanning);
    if (scanning) {
        progress_->setRange(0, 0);
        progressLabel_->setText(tr("starting…"));
    }
    updateHint();
}

void CipherGridView::setProgress(int done, int total, const QString &step)
{
    if (total > 0) {
        progress_->setRange(0, total);
        progress_->setValue(qBound(0, done, total));
    } else {
        progress_->setRange(0, 0);
    }
    progressLabel_->setText(step);
}

} // namespace mailtls::ui
