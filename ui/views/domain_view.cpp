#include "views/domain_view.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "base/display_text.h"
#include "models/domain_address_model.h"
#include "models/findings_model.h"
#include "models/severity_style.h"
#include "views/findings_view.h"
#include "window_proxy.h"
#include "x509/dane.h"

namespace mailtls::ui {

using core::DeliveryVerdict;
using core::DnsLookup;
using core::DnssecStatus;
using core::DomainReport;
using core::MxAddressCheck;
using core::MxHost;

namespace {

QString esc(const QString &text)
{
    return core::visibleControls(text).toHtmlEscaped();
}

QString coloured(const QString &html, const QColor &colour)
{
    return colour.isValid() ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html) : html;
}

const DomainReport &emptyReport()
{
    static const DomainReport empty;
    return empty;
}

// The domain as typed: "Example.ORG.", "postmaster@example.org" and " example.org " all mean
// example.org.
QString normalisedDomain(const QString &typed)
{
    QString domain = typed.trimmed();
    const int at = domain.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        domain = domain.mid(at + 1);
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return domain.toLower();
}

QColor verdictColour(DeliveryVerdict verdict)
{
    switch (verdict) {
    case DeliveryVerdict::Delivers: return SeverityStyle::color(core::Severity::Low);
    case DeliveryVerdict::DeliversUnprotected: return SeverityStyle::color(core::Severity::Medium);
    case DeliveryVerdict::Defers: return SeverityStyle::color(core::Severity::Critical);
    case DeliveryVerdict::Unknown: break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QString verdictGlyph(DeliveryVerdict verdict)
{
    switch (verdict) {
    case DeliveryVerdict::Delivers: return QStringLiteral("✓");
    case DeliveryVerdict::DeliversUnprotected: return QStringLiteral("!");
    case DeliveryVerdict::Defers: return QStringLiteral("✗");
    case DeliveryVerdict::Unknown: break;
    }
    return QStringLiteral("?");
}

} // namespace

DomainView::DomainView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("domainView"));
    addressModel_ = new DomainAddressModel(this);
    findingsModel_ = new FindingsModel(this);

    // The question: a domain, Check, and the options few people change.
    auto *domainLabel = new QLabel(tr("&Domain:"), this);
    domain_ = new QLineEdit(this);
    domain_->setObjectName(QStringLiteral("domainEdit"));
    domain_->setPlaceholderText(tr("example.org"));
    domain_->setToolTip(tr("The domain after the @ of the addresses you want to reach; Enter checks it"));
    domain_->setClearButtonEnabled(true);
    domain_->setMinimumWidth(220);
    domain_->setMaximumWidth(420);
    domainLabel->setBuddy(domain_);
    checkButton_ = new QPushButton(tr("Check"), this);
    checkButton_->setObjectName(QStringLiteral("domainCheckButton"));
    checkButton_->setToolTip(tr("Look up the MX hosts, TLSA, MTA-STS and TLS-RPT records and open a STARTTLS session to every MX address"));
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("domainCancelButton"));
    cancelButton_->setToolTip(tr("Stop the check; what was shown before stays"));
    optionsButton_ = new QToolButton(this);
    optionsButton_->setObjectName(QStringLiteral("domainOptionsButton"));
    optionsButton_->setText(tr("Options…"));
    optionsButton_->setToolTip(tr("Resolver and DNSSEC trust anchor"));
    optionsButton_->setCheckable(true);
    optionsButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    optionsButton_->setArrowType(Qt::RightArrow);
    history_ = new QComboBox(this);
    history_->setObjectName(QStringLiteral("domainHistory"));
    history_->setToolTip(tr("The checks made in this window"));
    history_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(domainLabel);
    top->addWidget(domain_, 2);
    top->addWidget(checkButton_);
    top->addWidget(cancelButton_);
    top->addWidget(optionsButton_);
    top->addStretch(1);
    top->addWidget(history_);

    options_ = new QWidget(this);
    options_->setObjectName(QStringLiteral("domainOptions"));
    resolver_ = new QLineEdit(options_);
    resolver_->setObjectName(QStringLiteral("domainResolverEdit"));
    resolver_->setPlaceholderText(tr("system resolver (/etc/resolv.conf)"));
    resolver_->setToolTip(tr("ADDR[:PORT] of the DNS server to ask, e.g. 127.0.0.1:53 or [::1]:5353; "
                             "answers are validated here, whatever that server says"));
    resolver_->setClearButtonEnabled(true);
    trustAnchor_ = new QLineEdit(options_);
    trustAnchor_->setObjectName(QStringLiteral("domainTrustAnchorEdit"));
    trustAnchor_->setPlaceholderText(tr("/usr/share/dns/root.key"));
    trustAnchor_->setToolTip(tr("DNSKEY or DS records in zone-file form that DNSSEC validation starts from"));
    trustAnchor_->setClearButtonEnabled(true);
    trustAnchorBrowse_ = new QPushButton(tr("Browse…"), options_);
    trustAnchorBrowse_->setObjectName(QStringLiteral("domainTrustAnchorBrowse"));
    auto *anchorRow = new QHBoxLayout;
    anchorRow->setContentsMargins(0, 0, 0, 0);
    anchorRow->addWidget(trustAnchor_, 1);
    anchorRow->addWidget(trustAnchorBrowse_);
    auto *form = new QFormLayout(options_);
    form->setContentsMargins(24, 0, 0, 2);
    form->addRow(tr("&Resolver:"), resolver_);
    auto *anchorLabel = new QLabel(tr("&Trust anchor:"), options_);
    anchorLabel->setBuddy(trustAnchor_);
    form->addRow(anchorLabel, anchorRow);
    options_->setMaximumWidth(640);
    options_->hide();

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("domainProgress"));
    progress_->setRange(0, 0);
    progress_->setMaximumWidth(140);
    progress_->setMaximumHeight(14);
    progress_->setTextVisible(false);
    progressLabel_ = new QLabel(this);
    progressLabel_->setObjectName(QStringLiteral("domainProgressLabel"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_);
    progressRow->addWidget(progressLabel_, 1);
    // The SMTP sessions to the MX hosts go through the window's proxy setting; DNS does not.
    auto *proxyNote = new QLabel(this);
    showProxyNote(proxyNote, windowProxy(), tr(" (SMTP sessions to the MX hosts; DNS queries go to the resolver directly)"));
    progressRow->addWidget(proxyNote);

    banner_ = new QLabel(this);
    banner_->setObjectName(QStringLiteral("domainBanner"));
    banner_->setWordWrap(true);
    banner_->setTextFormat(Qt::PlainText);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #7a1a12; border: 1px solid #e8a59d; border-radius: 4px; padding: 6px; }"));
    banner_->hide();

    empty_ = new QLabel(this);
    empty_->setObjectName(QStringLiteral("domainEmptyLabel"));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setMargin(24);
    empty_->setText(tr("<h3>Can mail for a domain be delivered securely?</h3>"
                       "<p>Type a domain above and press <b>Check</b> (or Enter).</p>"
                       "<p>Its MX hosts are looked up through a validating resolver, a STARTTLS session is opened "
                       "to every MX address on port 25, the served certificates are checked against the DANE TLSA "
                       "records, and the MTA-STS policy and TLS-RPT record are fetched.</p>"
                       "<p>You get one verdict per kind of sending server (opportunistic TLS, DANE, MTA-STS), the "
                       "addresses side by side with what differs between them, the DNS and policy facts, and the "
                       "findings with their fixes.</p>"));

    // The answer first: one line per kind of sender.
    verdicts_ = new QFrame(this);
    verdicts_->setObjectName(QStringLiteral("domainVerdicts"));
    verdicts_->setFrameShape(QFrame::StyledPanel);
    verdicts_->setStyleSheet(QStringLiteral("QFrame#domainVerdicts { background: palette(base); border: 1px solid palette(mid); border-radius: 4px; }"));
    auto *verdictLayout = new QGridLayout(verdicts_);
    verdictLayout->setContentsMargins(8, 6, 8, 6);
    verdictLayout->setHorizontalSpacing(8);
    verdictLayout->setVerticalSpacing(6);
    verdictLayout->setColumnStretch(2, 1);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("domainSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("domainAddressTable"));
    table_->setModel(addressModel_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setHighlightSections(false);

    dns_ = new QTextBrowser(this);
    dns_->setObjectName(QStringLiteral("domainDnsBrowser"));
    dns_->setOpenLinks(false);
    findingsView_ = new FindingsView(this);
    findingsView_->setObjectName(QStringLiteral("domainFindingsView"));
    findingsView_->setFindingsModel(findingsModel_);
    pages_ = new QTabWidget(this);
    pages_->setObjectName(QStringLiteral("domainPages"));
    pages_->setDocumentMode(true);
    pages_->insertTab(DnsPage, dns_, tr("DNS and policies"));
    pages_->insertTab(FindingsPage, findingsView_, tr("Findings"));

    splitter_ = new QSplitter(Qt::Vertical, this);
    splitter_->setObjectName(QStringLiteral("domainSplitter"));
    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(table_);
    splitter_->addWidget(pages_);
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(4);
    contentLayout->addWidget(verdicts_);
    contentLayout->addWidget(summary_);
    contentLayout->addWidget(splitter_, 1);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(empty_);
    stack_->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(options_);
    layout->addLayout(progressRow);
    layout->addWidget(banner_);
    layout->addWidget(stack_, 1);

    connect(checkButton_, &QPushButton::clicked, this, [this] { startCheck(); });
    connect(domain_, &QLineEdit::returnPressed, this, [this] { startCheck(); });
    connect(resolver_, &QLineEdit::returnPressed, this, [this] { startCheck(); });
    connect(trustAnchor_, &QLineEdit::returnPressed, this, [this] { startCheck(); });
    connect(cancelButton_, &QPushButton::clicked, this, &DomainView::cancelCheck);
    connect(optionsButton_, &QToolButton::toggled, this, [this](bool open) {
        options_->setVisible(open);
        optionsButton_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(trustAnchorBrowse_, &QPushButton::clicked, this, [this] {
        const QString start = trustAnchor_->text().isEmpty() ? QStringLiteral("/usr/share/dns") : trustAnchor_->text();
        const QString file = QFileDialog::getOpenFileName(this, tr("DNSSEC Trust Anchor"), start,
                                                          tr("Trust anchors (*.key *.ds *.txt);;All files (*)"));
        if (!file.isEmpty())
            trustAnchor_->setText(QDir::toNativeSeparators(file));
    });
    connect(history_, QOverload<int>::of(&QComboBox::activated), this, [this](int index) { showCheck(index); });
    connect(table_, &QTableView::doubleClicked, this, &DomainView::openAddress);

    fillHistory();
    setChecking(false);
    updateSummary();
}

DomainView::~DomainView()
{
    job_.cancelAll();
}

const DomainReport &DomainView::currentReport() const
{
    return hasReport() ? reports_.at(current_) : emptyReport();
}

void DomainView::focusDomainField()
{
    domain_->setFocus(Qt::ShortcutFocusReason);
    domain_->selectAll();
}

bool DomainView::startCheck()
{
    core::DomainOptions options;
    options.domain = normalisedDomain(domain_->text());
    options.resolver = resolver_->text().trimmed();
    options.trustAnchorFile = QDir::fromNativeSeparators(trustAnchor_->text().trimmed());
    return startCheck(options);
}

bool DomainView::startCheck(const core::DomainOptions &requested)
{
    core::DomainOptions options = requested;
    options.domain = normalisedDomain(options.domain);
    if (!options.proxy.isSet())
        options.proxy = windowProxy();
    showProxyNote(findChild<QLabel *>(QStringLiteral("proxyNote")), options.proxy,
                  tr(" (SMTP sessions to the MX hosts; DNS queries go to the resolver directly)"));
    if (options.domain.isEmpty()) {
        banner_->setText(tr("Type the domain to check first, e.g. example.org."));
        banner_->show();
        focusDomainField();
        return false;
    }
    if (domain_->text() != options.domain)
        domain_->setText(options.domain);
    // next() drops a check still going: its results would belong to the other domain.
    const std::function<bool()> current = job_.next();
    checking_ = options.domain;
    phase_.clear();
    sessionsDone_ = 0;
    status_.clear();
    timer_.start();
    core::Job *job = core::Job::start<DomainReport>(
        this,
        [this, options, current](core::JobContext &ctx) {
            core::DomainEvents events;
            // Called on the worker (and the session lanes): everything goes back through post().
            events.phase = [ctx, this, current](const QString &phase) {
                ctx.post([this, current, phase] {
                    if (current())
                        onPhase(phase);
                });
            };
            events.addressChecked = [ctx, this, current](const MxAddressCheck &address) {
                ctx.post([this, current, address] {
                    if (current())
                        onAddressChecked(address);
                });
            };
            return core::runDomainCheck(options, ctx.cancelToken(), events);
        },
        [this, current](const DomainReport &report) {
            if (!current())
                return;
            job_.finished();
            setChecking(false);
            onFinished(report);
        });
    job_.hold(job);

    // The new check's rows appear as its sessions end; the last result comes back on Cancel.
    addressModel_->clear();
    findingsModel_->clear();
    pages_->setTabText(FindingsPage, tr("Findings"));
    pages_->setTabIcon(FindingsPage, QIcon());
    dns_->setHtml(tr("<p style=\"color:gray\">The DNS records and the MTA-STS policy appear here when the check is done.</p>"));
    fillVerdicts(DomainReport());
    banner_->hide();
    table_->show();
    stack_->setCurrentIndex(1);
    setChecking(true);
    onPhase(QString());
    return true;
}

void DomainView::cancelCheck()
{
    if (!job_.isBusy())
        return;
    job_.release();
    setChecking(false);
    const int done = sessionsDone_;
    if (hasReport()) {
        const QString typed = domain_->text();   // kept: the user may want to try it again
        display(reports_.at(current_));
        domain_->setText(typed);
        status_ = tr("Check of %1 cancelled; the previous result is shown.").arg(checking_);
    } else {
        status_ = done == 1 ? tr("Check of %1 cancelled after 1 session.").arg(checking_)
                            : tr("Check of %1 cancelled after %2 sessions.").arg(checking_).arg(done);
        fillVerdicts(DomainReport());
    }
    updateSummary();
}

void DomainView::setChecking(bool checking)
{
    progress_->setVisible(checking);
    progressLabel_->setVisible(checking);
    cancelButton_->setVisible(checking);
    checkButton_->setText(checking ? tr("Check again") : tr("Check"));
    history_->setEnabled(!checking);
    Q_EMIT checkingChanged(checking);
}

QString DomainView::phaseText(const QString &phase) const
{
    if (phase == QLatin1String("mx"))
        return tr("looking up the MX hosts");
    if (phase == QLatin1String("addresses"))
        return tr("looking up their addresses");
    if (phase == QLatin1String("tlsa"))
        return tr("looking up the TLSA records");
    if (phase == QLatin1String("mta-sts"))
        return tr("fetching the MTA-STS policy");
    if (phase == QLatin1String("sessions"))
        return tr("opening STARTTLS sessions");
    if (phase == QLatin1String("done"))
        return tr("judging");
    return phase.isEmpty() ? tr("starting") : phase;
}

void DomainView::onPhase(const QString &phase)
{
    if (!phase.isEmpty())
        phase_ = phase;
    QString text = tr("Checking %1: %2…").arg(checking_, phaseText(phase_));
    if (sessionsDone_ > 0)
        text += QLatin1Char(' ') + (sessionsDone_ == 1 ? tr("1 session done") : tr("%1 sessions done").arg(sessionsDone_));
    const qint64 seconds = timer_.isValid() ? timer_.elapsed() / 1000 : 0;
    if (seconds > 0)
        text += QStringLiteral(" · ") + tr("%1 s").arg(seconds);
    progressLabel_->setText(text);
    summary_->clear();   // the progress line says it
}

void DomainView::onAddressChecked(const MxAddressCheck &address)
{
    ++sessionsDone_;
    addressModel_->appendAddress(address);
    table_->resizeColumnsToContents();
    onPhase(QString());
}

void DomainView::onFinished(const DomainReport &report)
{
    // Our own input could not be used (a domain that is not one, a resolver or trust anchor
    // that cannot be opened): nothing was asked, so there is no check to keep; say why.
    if (core::outcomeClass(report.errorKind) == core::OutcomeClass::Usage && !report.mx.answered) {
        const QString typed = domain_->text();
        if (hasReport()) {
            display(reports_.at(current_));
        } else {
            addressModel_->clear();
            fillVerdicts(DomainReport());
            stack_->setCurrentIndex(0);
        }
        domain_->setText(typed);
        status_ = tr("Nothing was checked.");
        banner_->setText(tr("Cannot check %1: %2").arg(report.domain, core::visibleControls(core::shownPhrase(report.errorPhrase, report.error))));
        banner_->show();
        updateSummary();
        return;
    }
    reports_ << report;
    current_ = int(reports_.size()) - 1;
    fillHistory();
    display(report);
    Q_EMIT reportAdded();
}

void DomainView::showReport(const DomainReport &report)
{
    // As a finished check: a run still going is dropped first.
    if (job_.isBusy()) {
        job_.release();
        setChecking(false);
    }
    status_.clear();
    onFinished(report);
}

void DomainView::setReports(const QList<DomainReport> &reports)
{
    if (job_.isBusy()) {
        job_.release();
        setChecking(false);
    }
    status_.clear();
    reports_ = reports;
    current_ = int(reports_.size()) - 1;
    fillHistory();
    if (hasReport()) {
        display(reports_.at(current_));
    } else {
        addressModel_->clear();
        findingsModel_->clear();
        dns_->clear();
        fillVerdicts(DomainReport());
        banner_->hide();
        stack_->setCurrentIndex(0);
        updateSummary();
    }
}

bool DomainView::showCheck(int index)
{
    if (index < 0 || index >= reports_.size() || job_.isBusy())
        return false;
    current_ = index;
    status_.clear();
    fillHistory();
    display(reports_.at(index));
    return true;
}

void DomainView::fillHistory()
{
    const QSignalBlocker blocker(history_);
    history_->clear();
    for (const DomainReport &r : std::as_const(reports_)) {
        const QString when = r.startedAt.isValid() ? r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                   : QString();
        history_->addItem(when.isEmpty() ? r.domain : tr("%1 — %2").arg(r.domain, when));
    }
    history_->setCurrentIndex(current_);
    history_->setVisible(reports_.size() > 1);
}

void DomainView::display(const DomainReport &report)
{
    stack_->setCurrentIndex(1);
    domain_->setText(report.domain);
    addressModel_->setReport(report);
    findingsModel_->setFindings(report.findings);
    const int findings = int(report.findings.size());
    pages_->setTabText(FindingsPage, findings ? tr("Findings (%1)").arg(findings) : tr("Findings"));
    pages_->setTabIcon(FindingsPage, findings ? SeverityStyle::icon(findingsModel_->worstSeverity()) : QIcon());
    dns_->setHtml(dnsHtml(report));
    fillVerdicts(report);

    // Columns fitted to what they hold, the long ones capped; the user may widen them.
    table_->resizeColumnsToContents();
    const QHash<int, int> caps{{DomainAddressModel::MxColumn, 220},
                               {DomainAddressModel::AddressColumn, 200},
                               {DomainAddressModel::SuiteColumn, 260},
                               {DomainAddressModel::CertificateColumn, 200}};
    for (auto it = caps.cbegin(); it != caps.cend(); ++it)
        table_->setColumnWidth(it.key(), qMin(table_->columnWidth(it.key()), it.value()));
    for (int c = 0; c < DomainAddressModel::ColumnCount; ++c)
        table_->setColumnWidth(c, table_->columnWidth(c) + 6);

    // No address was checked (no MX answer, DNS only): no empty table.
    table_->setVisible(addressModel_->rowCount() > 0);
    // The table as tall as its rows (up to about half), the DNS and policy pane gets the rest.
    const int rowHeight = table_->verticalHeader()->defaultSectionSize();
    const int rowsHeight = table_->horizontalHeader()->sizeHint().height() + 2 * table_->frameWidth()
                           + rowHeight * qMax(2, addressModel_->rowCount()) + table_->horizontalScrollBar()->sizeHint().height()
                           + rowHeight / 2;
    const int total = splitter_->height() > 0 ? splitter_->height() : 600;
    const int tableHeight = qBound(rowHeight * 3, rowsHeight, total / 2);
    splitter_->setSizes({tableHeight, qMax(100, total - tableHeight)});

    QString error = core::shownPhrase(report.errorPhrase, report.error);
    if (error.isEmpty() && !report.mx.answered && !report.mx.error.isEmpty())
        error = core::shownPhrase(report.mx.errorPhrase, report.mx.error);
    if (error.isEmpty() || report.errorKind == core::ErrorKind::Cancelled) {
        banner_->hide();
    } else {
        banner_->setText(tr("The check of %1 did not complete: %2").arg(report.domain, core::visibleControls(error)));
        banner_->show();
    }
    updateSummary();
}

void DomainView::fillVerdicts(const DomainReport &report)
{
    auto *grid = static_cast<QGridLayout *>(verdicts_->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    if (report.verdicts.isEmpty()) {
        verdicts_->setVisible(isChecking());
        if (isChecking()) {
            auto *label = new QLabel(tr("The verdicts appear when the check is done."), verdicts_);
            label->setObjectName(QStringLiteral("domainVerdictPending"));
            label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
            grid->addWidget(label, 0, 0, 1, 3);
        }
        return;
    }
    verdicts_->show();
    int row = 0;
    for (const core::SenderVerdict &v : report.verdicts) {
        const QColor colour = verdictColour(v.verdict);
        auto *icon = new QLabel(verdicts_);
        icon->setObjectName(QStringLiteral("domainVerdictIcon_%1").arg(v.sender));
        icon->setPixmap(SeverityStyle::glyphIcon(colour, verdictGlyph(v.verdict)).pixmap(22, 22));
        icon->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        QString sender = v.sender;
        QString tip;
        if (v.sender == QLatin1String("opportunistic")) {
            sender = tr("Opportunistic TLS sender");
            tip = tr("Uses STARTTLS when offered, accepts any certificate, and falls back to cleartext");
        } else if (v.sender == QLatin1String("dane")) {
            sender = tr("DANE-enforcing sender");
            tip = tr("Requires TLS and a chain matching DNSSEC-signed TLSA records when they are published (RFC 7672)");
        } else if (v.sender == QLatin1String("mta-sts")) {
            sender = tr("MTA-STS-enforcing sender");
            tip = tr("Requires TLS, a trusted certificate and an MX the policy lists when the policy is in enforce mode (RFC 8461)");
        }
        QString word;
        switch (v.verdict) {
        case DeliveryVerdict::Delivers: word = tr("delivers"); break;
        case DeliveryVerdict::DeliversUnprotected: word = tr("delivers, but unprotected"); break;
        case DeliveryVerdict::Defers: word = tr("defers the mail"); break;
        case DeliveryVerdict::Unknown: word = tr("cannot tell"); break;
        }
        // The line starts with what the sender does ("defers: …", "delivers over TLS: …"): that
        // part in the verdict's colour. A line without it gets the verdict word in front.
        const QString darker = colour.darker(115).name();
        const int colon = v.line.indexOf(QLatin1Char(':'));
        QString html;
        if (colon > 0 && colon <= 60)
            html = QStringLiteral("<b style=\"color:%1\">%2</b>%3").arg(darker, esc(v.line.left(colon + 1)), esc(v.line.mid(colon + 1)));
        else if (!v.line.isEmpty())
            html = QStringLiteral("<b style=\"color:%1\">%2</b> — %3").arg(darker, esc(word), esc(v.line));
        else
            html = QStringLiteral("<b style=\"color:%1\">%2</b>").arg(darker, esc(word));
        if (!v.fix.isEmpty())
            html += QStringLiteral("<br><span style=\"color:#5f5f5f\">%1 %2</span>").arg(esc(tr("Fix:")), esc(v.fix));
        icon->setToolTip(word);
        icon->setAccessibleName(word);
        auto *who = new QLabel(QStringLiteral("<b>%1</b>").arg(esc(sender)), verdicts_);
        who->setObjectName(QStringLiteral("domainVerdictSender_%1").arg(v.sender));
        who->setTextFormat(Qt::RichText);
        who->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        who->setToolTip(tip);
        auto *text = new QLabel(html, verdicts_);
        text->setObjectName(QStringLiteral("domainVerdict_%1").arg(v.sender));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setToolTip(v.findingIds.isEmpty() ? word : tr("%1\nFindings: %2").arg(word, v.findingIds.join(QStringLiteral(", "))));
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setProperty("verdictText", QStringLiteral("%1: %2 — %3").arg(sender, word, v.line));
        grid->addWidget(icon, row, 0, Qt::AlignTop);
        grid->addWidget(who, row, 1, Qt::AlignTop);
        grid->addWidget(text, row, 2, Qt::AlignTop);
        ++row;
    }
}

QStringList DomainView::verdictTexts() const
{
    QStringList texts;
    const auto *grid = static_cast<QGridLayout *>(verdicts_->layout());
    for (int i = 0; i < grid->count(); ++i)
        if (const QWidget *w = grid->itemAt(i)->widget())
            if (w->property("verdictText").isValid())
                texts << w->property("verdictText").toString();
    return texts;
}

void DomainView::updateSummary()
{
    if (isChecking())
        return;
    if (!hasReport()) {
        summary_->setText(esc(status_));
        if (!status_.isEmpty())
            progressLabel_->setText(status_);
        return;
    }
    const DomainReport &r = reports_.at(current_);
    const QLocale locale;
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>").arg(esc(r.domain));
    int checkedHosts = 0;
    for (const MxHost &h : r.hosts)
        checkedHosts += h.checked ? 1 : 0;
    if (!r.mx.answered)
        parts << tr("no MX answer");
    else if (r.nullMx)
        parts << tr("null MX: accepts no mail");
    else if (r.implicitMx)
        parts << tr("no MX record (the domain's own addresses)");
    else
        parts << (r.hosts.size() == 1 ? tr("1 MX host") : tr("%1 MX hosts").arg(r.hosts.size()));
    if (checkedHosts < r.hosts.size())
        parts << tr("%1 checked").arg(checkedHosts);
    if (r.sessionsSkipped)
        parts << tr("no sessions (DNS and policy only)");
    else
        parts << (r.addresses.size() == 1 ? tr("1 address") : tr("%1 addresses").arg(r.addresses.size()));
    const int differing = addressModel_->differingRows();
    if (differing > 0)
        parts << coloured(differing == 1 ? tr("1 address differs from its siblings") : tr("%1 addresses differ from their siblings").arg(differing),
                          DomainAddressModel::statusColor(DomainAddressModel::Warning));
    parts << (r.findings.size() == 1 ? tr("1 finding") : tr("%1 findings").arg(r.findings.size()));
    if (r.startedAt.isValid())
        parts << tr("checked %1 in %2 s").arg(r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                              locale.toString(double(r.durationMs) / 1000.0, 'f', 1));
    if (!r.resolver.isEmpty())
        parts << tr("resolver %1").arg(esc(r.resolver));
    QString text = parts.join(QStringLiteral(" · "));
    if (!status_.isEmpty())
        text = esc(status_) + QStringLiteral("<br>") + text;
    summary_->setText(text);
    summary_->setToolTip(r.trustAnchor.isEmpty() ? QString() : tr("Trust anchor: %1").arg(r.trustAnchor));
}

void DomainView::openAddress(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= addressModel_->rowCount())
        return;
    Q_EMIT sessionReportRequested(addressModel_->address(index.row()).session);
}

QString DomainView::dnsHtml(const DomainReport &r)
{
    const QColor good = DomainAddressModel::statusColor(DomainAddressModel::Good);
    const QColor warn = DomainAddressModel::statusColor(DomainAddressModel::Warning);
    const QColor bad = DomainAddressModel::statusColor(DomainAddressModel::Bad);
    const QColor grey(0x6e, 0x6e, 0x6e);
    const QString h3 = QStringLiteral("<h3 style=\"margin-top:10px; margin-bottom:3px\">%1</h3>");
    const QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-left:10px\">%1</table>");
    const QString th = QStringLiteral("<th align=\"left\" style=\"color:%1; padding-right:14px\">%2</th>").arg(grey.name());
    const QString td = QStringLiteral("<td style=\"padding-right:14px\">%1</td>");
    const QString mono = QStringLiteral("<span style=\"font-family:monospace\">%1</span>");

    auto dnssec = [&](DnssecStatus status) {
        return coloured(esc(DomainAddressModel::dnssecText(status)),
                        DomainAddressModel::statusColor(DomainAddressModel::dnssecStatus(status)));
    };
    // "DNSSEC secure · NOERROR · TTL 300", or why there is no answer.
    auto lookupFacts = [&](const DnsLookup &l) {
        if (!l.answered)
            return coloured(esc(l.error.isEmpty() ? tr("no answer") : core::shownPhrase(l.errorPhrase, l.error)), bad);
        QStringList facts;
        facts << tr("DNSSEC %1").arg(dnssec(l.dnssec));
        if (l.rcode != QLatin1String("NOERROR"))
            facts << coloured(esc(l.rcode), l.nxdomain() ? QColor() : bad);
        else if (l.records.isEmpty())
            facts << esc(tr("no records"));
        if (l.ttl > 0 && !l.records.isEmpty())
            facts << esc(tr("TTL %1").arg(l.ttl));
        if (!l.cnameChain.isEmpty())
            facts << esc(tr("via CNAME %1").arg(l.cnameChain.join(QStringLiteral(" → "))));
        if (l.droppedRecords > 0)
            facts << coloured(esc(tr("%1 more records not kept").arg(l.droppedRecords)), warn);
        QString text = facts.join(QStringLiteral(" · "));
        if (l.dnssec == DnssecStatus::Bogus && !l.whyBogus.isEmpty())
            text += QStringLiteral("<br>") + coloured(esc(l.whyBogus), bad);
        else if (!l.error.isEmpty())
            text += QStringLiteral("<br>") + coloured(esc(core::shownPhrase(l.errorPhrase, l.error)), warn);
        return text;
    };
    auto question = [&](const DnsLookup &l, const QString &fallbackName, const QString &type) {
        return mono.arg(esc(QStringLiteral("%1 %2").arg(l.name.isEmpty() ? fallbackName : l.name, l.type.isEmpty() ? type : l.type)));
    };
    auto problems = [&](const QStringList &list, const QColor &colour) {
        QString html;
        for (const QString &p : list)
            html += QStringLiteral("<br>") + coloured(QStringLiteral("⚠ %1").arg(esc(p)), colour);
        return html;
    };

    QString html;

    // MX
    html += h3.arg(esc(tr("MX hosts")));
    html += QStringLiteral("<p>%1 — %2</p>").arg(question(r.mx, r.domain, QStringLiteral("MX")), lookupFacts(r.mx));
    if (r.nullMx)
        html += QStringLiteral("<p><b>%1</b></p>").arg(coloured(esc(tr("Null MX (RFC 7505): this domain says it accepts no mail.")), bad));
    if (r.implicitMx)
        html += QStringLiteral("<p>%1</p>").arg(coloured(esc(tr("No MX record: senders deliver to the domain's own A/AAAA addresses (implicit MX, RFC 5321 §5.1).")), warn));
    if (!r.hosts.isEmpty()) {
        QString rows = QStringLiteral("<tr>%1%2%3%4%5</tr>")
                           .arg(th.arg(esc(tr("Pref."))), th.arg(esc(tr("Host"))), th.arg(esc(tr("Addresses"))),
                                th.arg(esc(tr("A"))), th.arg(esc(tr("AAAA"))));
        for (const MxHost &h : r.hosts) {
            QString addresses = esc(h.addresses.join(QStringLiteral(", ")));
            if (h.addresses.isEmpty())
                addresses = coloured(esc(tr("none")), bad);
            if (h.addressesNotChecked > 0)
                addresses += QStringLiteral(" ") + coloured(esc(tr("(+%1 not checked)").arg(h.addressesNotChecked)), warn);
            if (!h.checked)
                addresses = coloured(esc(tr("not checked (too many MX hosts)")), warn);
            auto addressLookup = [&](const DnsLookup &l) {
                if (!l.answered)
                    return coloured(esc(tr("no answer")), bad);
                return l.hasData() ? dnssec(l.dnssec) : QStringLiteral("%1 (%2)").arg(dnssec(l.dnssec), esc(tr("none")));
            };
            rows += QStringLiteral("<tr>%1%2%3%4%5</tr>")
                        .arg(td.arg(h.implicit ? QStringLiteral("—") : QString::number(h.preference)),
                             td.arg(QStringLiteral("<b>%1</b>").arg(esc(h.name))), td.arg(addresses),
                             td.arg(addressLookup(h.a)), td.arg(addressLookup(h.aaaa)));
        }
        html += table.arg(rows);
    }

    // DANE
    html += h3.arg(esc(tr("DANE TLSA records")));
    bool anyTlsa = false;
    for (const MxHost &h : r.hosts) {
        if (!h.checked)
            continue;
        anyTlsa = anyTlsa || !h.tlsa.records.isEmpty();
        html += QStringLiteral("<p style=\"margin-bottom:2px\">%1 — %2</p>")
                    .arg(question(h.tlsa, QStringLiteral("_25._tcp.%1").arg(h.name), QStringLiteral("TLSA")), lookupFacts(h.tlsa));
        if (h.tlsaRecords.isEmpty() && h.tlsaUnparsed.isEmpty())
            continue;
        // Per record: which addresses served a chain it matches, and at which depth.
        QList<const MxAddressCheck *> siblings;
        for (const MxAddressCheck &a : r.addresses)
            if (a.mx == h.name)
                siblings << &a;
        QString list;
        for (int i = 0; i < h.tlsaRecords.size(); ++i) {
            const core::TlsaRecord &t = h.tlsaRecords.at(i);
            const QString meaning = QStringLiteral("%1 · %2 · %3")
                                        .arg(core::tlsaUsageName(t.usage), core::tlsaSelectorName(t.selector),
                                             core::tlsaMatchingTypeName(t.matchingType));
            QStringList matched, unmatched, unusable;
            for (const MxAddressCheck *a : std::as_const(siblings)) {
                if (!a->dane.attempted)
                    continue;
                const int depth = a->dane.recordDepths.value(i, -1);
                if (depth >= 0)
                    matched << tr("%1 (depth %2)").arg(a->address).arg(depth);
                else if (depth == -2)
                    unusable << a->address;
                else
                    unmatched << a->address;
            }
            QStringList matches;
            if (!matched.isEmpty())
                matches << coloured(esc(tr("matched by %1").arg(matched.join(QStringLiteral(", ")))), good);
            if (!unmatched.isEmpty())
                matches << coloured(esc(tr("not matched by %1").arg(unmatched.join(QStringLiteral(", ")))), bad);
            if (!unusable.isEmpty())
                matches << coloured(esc(tr("unusable for SMTP")), warn);
            // The meaning and who matches on one line, the record itself below it (it is long).
            list += QStringLiteral("<p style=\"margin-left:10px; margin-top:4px; margin-bottom:0\"><b>%1</b> — %2<br>%3</p>")
                        .arg(esc(meaning),
                             matches.isEmpty() ? esc(tr("no session to compare")) : matches.join(QStringLiteral(" · ")),
                             QStringLiteral("<span style=\"font-family:monospace; color:%1\">%2</span>").arg(grey.name(), esc(t.text())));
        }
        for (const QString &u : h.tlsaUnparsed)
            list += QStringLiteral("<p style=\"margin-left:10px; margin-top:4px; margin-bottom:0\">%1<br>%2</p>")
                        .arg(coloured(esc(tr("not a TLSA record")), bad), mono.arg(esc(u)));
        html += list;
    }
    if (!anyTlsa && !r.hosts.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(grey.name(), esc(tr("No MX host publishes TLSA records: DANE senders deliver with opportunistic TLS.")));

    // MTA-STS
    html += h3.arg(esc(tr("MTA-STS")));
    const core::StsFacts &sts = r.sts;
    html += QStringLiteral("<p style=\"margin-bottom:2px\">%1 — %2</p>")
                .arg(question(sts.txt, QStringLiteral("_mta-sts.%1").arg(r.domain), QStringLiteral("TXT")), lookupFacts(sts.txt));
    for (int i = 0; i < sts.txt.records.size(); ++i) {
        const core::StsTxtRecord rec = sts.records.value(i);
        QString line = mono.arg(esc(sts.txt.records.at(i)));
        if (!rec.isSts)
            line += QStringLiteral(" ") + coloured(esc(tr("(not an MTA-STS record)")), grey);
        line += problems(rec.problems, bad);
        html += QStringLiteral("<p style=\"margin-left:10px; margin-top:0; margin-bottom:2px\">%1</p>").arg(line);
    }
    const core::StsPolicyFetch &fetch = sts.fetch;
    if (!fetch.attempted && !sts.txt.answered) {
        // No answer at all: nothing to say about a policy.
    } else if (!fetch.attempted) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(grey.name(), esc(tr("No MTA-STS record: no policy was fetched. MTA-STS senders deliver with opportunistic TLS.")));
    } else {
        QString rows;
        auto factRow = [&](const QString &label, const QString &valueHtml) {
            rows += QStringLiteral("<tr>%1%2</tr>").arg(th.arg(esc(label)), td.arg(valueHtml));
        };
        factRow(tr("Policy URL"), mono.arg(esc(fetch.url)));
        if (!fetch.address.isEmpty())
            factRow(tr("Connected to"), esc(fetch.address));
        factRow(tr("HTTP status"), fetch.httpStatus > 0
                                      ? coloured(QString::number(fetch.httpStatus), fetch.httpStatus == 200 ? good : bad)
                                      : coloured(esc(tr("no answer")), bad));
        if (!fetch.redirectLocation.isEmpty())
            factRow(tr("Redirect"), coloured(esc(tr("%1 (not followed: RFC 8461 forbids it)").arg(fetch.redirectLocation)), bad));
        if (fetch.httpStatus > 0 || !fetch.chain.isEmpty())
            factRow(tr("Certificate"), fetch.certificateValid
                                           ? coloured(esc(tr("valid for %1").arg(fetch.host)), good)
                                           : coloured(esc(fetch.certificateError.isEmpty() ? tr("not valid") : tr("not valid: %1").arg(fetch.certificateError)), bad));
        if (!fetch.contentType.isEmpty())
            factRow(tr("Content type"), esc(fetch.contentType));
        if (fetch.bodyBytes > 0 || fetch.bodyTooLarge)
            factRow(tr("Size"), fetch.bodyTooLarge ? coloured(esc(tr("too large: refused")), bad) : esc(tr("%1 bytes").arg(fetch.bodyBytes)));
        if (!fetch.error.isEmpty())
            factRow(tr("Error"), coloured(esc(core::shownPhrase(fetch.errorPhrase, fetch.error)), bad));
        html += table.arg(rows);
        if (sts.policyParsed) {
            const core::StsPolicyText &p = sts.policy;
            QString policy;
            auto policyRow = [&](const QString &label, const QString &valueHtml) {
                policy += QStringLiteral("<tr>%1%2</tr>").arg(th.arg(esc(label)), td.arg(valueHtml));
            };
            const QColor modeColour = p.mode == QLatin1String("enforce") ? good : (p.mode == QLatin1String("testing") ? warn : bad);
            policyRow(tr("Mode"), QStringLiteral("<b>%1</b>").arg(coloured(esc(p.mode.isEmpty() ? tr("(missing)") : p.mode), modeColour)));
            policyRow(tr("max_age"), p.maxAge < 0 ? coloured(esc(tr("(missing)")), bad)
                                                 : esc(tr("%1 s (%2 days)").arg(p.maxAge).arg(QLocale().toString(double(p.maxAge) / 86400.0, 'f', 1))));
            for (const QString &pattern : p.mx) {
                QStringList covered;
                for (const MxHost &h : r.hosts)
                    if (!h.implicit && core::stsPatternMatches(pattern, h.name))
                        covered << h.name;
                policyRow(tr("mx"), QStringLiteral("%1 → %2").arg(mono.arg(esc(pattern)),
                                                                  covered.isEmpty() ? coloured(esc(tr("covers no MX host")), warn)
                                                                                    : esc(covered.join(QStringLiteral(", ")))));
            }
            if (p.mx.isEmpty())
                policyRow(tr("mx"), coloured(esc(tr("(none)")), bad));
            html += QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p>").arg(esc(tr("Policy")));
            html += table.arg(policy);
            QStringList uncovered;
            for (const MxHost &h : r.hosts)
                if (!h.implicit && core::stsPatternsMatching(p.mx, h.name).isEmpty())
                    uncovered << h.name;
            if (!uncovered.isEmpty())
                html += QStringLiteral("<p style=\"margin-left:10px\">%1</p>")
                            .arg(coloured(QStringLiteral("<b>%1</b>").arg(esc(tr("Not covered by any mx pattern: %1").arg(uncovered.join(QStringLiteral(", "))))),
                                          p.mode == QLatin1String("enforce") ? bad : warn));
            if (!p.problems.isEmpty() || !p.unknownKeys.isEmpty()) {
                QString notes = problems(p.problems, bad);
                if (!p.unknownKeys.isEmpty())
                    notes += QStringLiteral("<br>") + coloured(esc(tr("Keys RFC 8461 does not define: %1").arg(p.unknownKeys.join(QStringLiteral(", ")))), grey);
                html += QStringLiteral("<p style=\"margin-left:10px; margin-top:0\">%1</p>").arg(notes.mid(4));
            }
        }
    }

    // TLS-RPT
    html += h3.arg(esc(tr("TLS-RPT")));
    const core::TlsRptFacts &rpt = r.tlsRpt;
    html += QStringLiteral("<p style=\"margin-bottom:2px\">%1 — %2</p>")
                .arg(question(rpt.txt, QStringLiteral("_smtp._tls.%1").arg(r.domain), QStringLiteral("TXT")), lookupFacts(rpt.txt));
    bool anyRpt = false;
    for (int i = 0; i < rpt.txt.records.size(); ++i) {
        const core::TlsRptRecord rec = rpt.records.value(i);
        anyRpt = anyRpt || rec.isTlsRpt;
        QString line = mono.arg(esc(rpt.txt.records.at(i)));
        if (!rec.isTlsRpt)
            line += QStringLiteral(" ") + coloured(esc(tr("(not a TLS-RPT record)")), grey);
        else if (!rec.rua.isEmpty())
            line += QStringLiteral("<br>") + esc(tr("Reports go to: %1").arg(rec.rua.join(QStringLiteral(", "))));
        line += problems(rec.problems, bad);
        html += QStringLiteral("<p style=\"margin-left:10px; margin-top:0; margin-bottom:2px\">%1</p>").arg(line);
    }
    if (!anyRpt && rpt.txt.answered)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(grey.name(), esc(tr("No TLS-RPT record: sending servers cannot tell you when TLS to your MX hosts fails.")));
    return html;
}

} // namespace mailtls::ui
