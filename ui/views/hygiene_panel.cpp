#include "views/hygiene_panel.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailtls::ui {

using core::CheckState;
using core::HygieneCheck;
using core::HygieneResult;
using core::ScanResult;

namespace {

QString renegotiationCounts(const ScanResult &scan)
{
    const HygieneResult &h = scan.hygiene;
    if (h.renegotiationsTried <= 0)
        return QString();
    return HygienePanel::tr("%1 of %2 accepted").arg(h.renegotiationsAccepted).arg(h.renegotiationsTried);
}

QColor verdictColor(HygieneVerdict verdict)
{
    switch (verdict) {
    case HygieneVerdict::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case HygieneVerdict::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case HygieneVerdict::Untested:
        return QColor(0xb2, 0x6a, 0x00);
    case HygieneVerdict::Information:
        return QColor(0x2f, 0x6f, 0x9f);
    case HygieneVerdict::NotApplicable:
        break;
    }
    return QColor(0x78, 0x80, 0x8a);
}

QColor verdictTint(HygieneVerdict verdict)
{
    switch (verdict) {
    case HygieneVerdict::Good:
        return QColor(0xe3, 0xf2, 0xe4);
    case HygieneVerdict::Bad:
        return QColor(0xfb, 0xe3, 0xe3);
    case HygieneVerdict::Untested:
        return QColor(0xfd, 0xf1, 0xd8);
    case HygieneVerdict::Information:
        return QColor(0xe6, 0xee, 0xf7);
    case HygieneVerdict::NotApplicable:
        break;
    }
    return QColor(0xee, 0xef, 0xf1);
}

// A disc in the verdict's colour with a white mark whose shape alone tells it apart too:
// ✓ good, ✗ bad, ? untested, – not applicable.
QIcon verdictIcon(HygieneVerdict verdict)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(verdictColor(verdict));
    p.drawEllipse(QRectF(0.5, 0.5, 13, 13));
    QPen pen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (verdict) {
    case HygieneVerdict::Good:
        p.drawPolyline(QPolygonF({QPointF(4, 7.2), QPointF(6.2, 9.6), QPointF(10.2, 4.6)}));
        break;
    case HygieneVerdict::Bad:
        p.drawLine(QPointF(4.5, 4.5), QPointF(9.5, 9.5));
        p.drawLine(QPointF(9.5, 4.5), QPointF(4.5, 9.5));
        break;
    case HygieneVerdict::Untested: {
        QFont f = p.font();
        f.setPixelSize(11);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRectF(0, 0, 14, 14), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case HygieneVerdict::NotApplicable:
        p.drawLine(QPointF(4, 7), QPointF(10, 7));
        break;
    case HygieneVerdict::Information:
        p.drawPoint(QPointF(7, 4));
        p.drawLine(QPointF(7, 6.5), QPointF(7, 10));
        break;
    }
    return QIcon(pm);
}

QString verdictWord(HygieneVerdict verdict)
{
    switch (verdict) {
    case HygieneVerdict::Good:
        return HygienePanel::tr("good");
    case HygieneVerdict::Bad:
        return HygienePanel::tr("needs attention");
    case HygieneVerdict::Untested:
        return HygienePanel::tr("no clear answer");
    case HygieneVerdict::Information:
        return HygienePanel::tr("neither good nor bad: for information");
    case HygieneVerdict::NotApplicable:
        break;
    }
    return HygienePanel::tr("does not apply to this server");
}

// The STARTTLS rows in the words of the dialect the scan spoke (IMAP, POP3, ManageSieve have
// no MAIL FROM and log in with their own commands); empty: the row's own label or tooltip.
QString starttlsLabel(const QString &key, const QString &dialect, bool about)
{
    const bool imap = dialect == QLatin1String("imap");
    const bool pop3 = dialect == QLatin1String("pop3");
    const bool sieve = dialect == QLatin1String("sieve");
    if (key == QLatin1String("starttls_auth_before_tls")) {
        if (imap)
            return about ? HygienePanel::tr("Did the cleartext CAPABILITY allow LOGIN (no LOGINDISABLED) or list AUTH=PLAIN, or did "
                                            "AUTHENTICATE PLAIN get a challenge before TLS? No is good. The check cancels with \"*\" "
                                            "and never sends credentials.")
                         : HygienePanel::tr("LOGIN offered before STARTTLS");
        if (pop3)
            return about ? HygienePanel::tr("Did the cleartext CAPA list USER or SASL PLAIN, or did AUTH PLAIN get a challenge before "
                                            "STLS? No is good. The check cancels with \"*\" and never sends credentials.")
                         : HygienePanel::tr("USER or SASL PLAIN offered before STLS");
        if (sieve)
            return about ? HygienePanel::tr("Did the greeting's capability list name SASL mechanisms, or did AUTHENTICATE \"PLAIN\" get "
                                            "a challenge before STARTTLS? No is good. The check cancels with \"*\" and never sends "
                                            "credentials.")
                         : HygienePanel::tr("SASL offered before STARTTLS");
    }
    if (key == QLatin1String("starttls_command_injection") && pop3 && !about)
        return HygienePanel::tr("STLS command injection");
    return QString();
}

} // namespace

// The check a row shows: one of the hygiene lane's, or one of the STARTTLS lane's (absent when
// that lane did not run).
#define HYGIENE(member) [](const ScanResult &scan) -> const HygieneCheck * { return &scan.hygiene.member; }
#define STARTTLS(member) \
    [](const ScanResult &scan) -> const HygieneCheck * { return scan.starttls.present ? &scan.starttls.member : nullptr; }

const QList<HygieneRowSpec> &hygieneRows()
{
    // One line per check. `good` is the answer a well-run server gives (NotApplicable: the answer
    // is information only); the findings are those diagnose/scan_rules.cpp raises on the check.
    static const QList<HygieneRowSpec> rows = {
        {"secure_renegotiation", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Secure renegotiation (RFC 5746)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Does the ServerHello carry renegotiation_info, so that a renegotiation is tied to the handshake "
                    "before it? Yes is good; without it OpenSSL 3 clients refuse to connect."),
         HYGIENE(secureRenegotiation), CheckState::Yes, "tls.no_secure_renegotiation", nullptr},
        {"client_renegotiation", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Client-initiated renegotiation"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Does the server do a fresh handshake whenever the client asks on an open connection? No is good: "
                    "each one costs the server a private-key operation and the client almost nothing."),
         HYGIENE(clientRenegotiation), CheckState::No, "tls.client_renegotiation", &renegotiationCounts},
        {"fallback_scsv", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "TLS_FALLBACK_SCSV honoured (RFC 7507)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Does the server refuse a lower-version hello marked as a fallback with inappropriate_fallback? "
                    "Yes is good: a client's retry cannot be pushed down to an older version."),
         HYGIENE(fallbackScsv), CheckState::Yes, "tls.no_fallback_scsv", nullptr},
        {"downgrade_sentinel", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "TLS 1.3 downgrade sentinel (RFC 8446)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Does a TLS 1.3 server mark the random of its TLS 1.2 ServerHello, so that TLS 1.3 clients "
                    "notice an attacker who removed TLS 1.3 from their hello? Yes is good; it does not apply "
                    "without TLS 1.3."),
         HYGIENE(downgradeSentinel), CheckState::Yes, "tls.no_downgrade_sentinel", nullptr},
        {"extended_master_secret", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Extended master secret (RFC 7627)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Are the TLS 1.2 session keys bound to the whole handshake? Yes is good: it closes the "
                    "triple-handshake attack."),
         HYGIENE(extendedMasterSecret), CheckState::Yes, "tls.no_ems", nullptr},
        {"encrypt_then_mac", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Encrypt-then-MAC with CBC suites (RFC 7366)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "With a CBC suite, is each record authenticated before it is decrypted? Yes is good: it closes "
                    "padding-oracle attacks. It does not apply to a server without CBC suites."),
         HYGIENE(encryptThenMac), CheckState::Yes, "tls.no_etm", nullptr},
        {"session_id_resumption", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Resumption by session id (TLS 1.2)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did a second connection resume the first one's session by its id, with an abbreviated "
                    "handshake? Information: resumption saves a full handshake per connection."),
         HYGIENE(sessionIdResumption), CheckState::NotApplicable, "tls.no_resumption", nullptr},
        {"ticket_resumption", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Resumption by session ticket (TLS 1.2)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did the server issue a session ticket (RFC 5077), and did a second connection resume with it? "
                    "Information."),
         HYGIENE(ticketResumption), CheckState::NotApplicable, "tls.no_resumption", nullptr},
        {"tls13_resumption", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Resumption with a TLS 1.3 ticket (PSK)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did the server send a NewSessionTicket after the TLS 1.3 handshake, and did a second "
                    "connection resume with it? Information."),
         HYGIENE(tls13Resumption), CheckState::NotApplicable, "tls.no_resumption", nullptr},
        {"ocsp_stapling", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "OCSP stapling (status_request)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did the server staple an OCSP response to its certificate? Yes is good; a stapled response "
                    "must say good and be current, and a must-staple certificate needs one."),
         HYGIENE(ocspStapling), CheckState::Yes,
         "tls.ocsp_must_staple_missing,tls.ocsp_staple_revoked,tls.ocsp_staple_stale,tls.ocsp_staple_unusable", nullptr},
        {"early_data", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "0-RTT early data accepted"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did the server accept data sent before the TLS 1.3 handshake finished? No is good: early "
                    "data can be replayed by an attacker."),
         HYGIENE(earlyData), CheckState::No, "tls.early_data_accepted", nullptr},
        {"heartbleed_leak", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Heartbleed (CVE-2014-0160)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did a heartbeat request claiming more bytes than it carried come back longer than sent? "
                    "No is good; Yes means the server leaks its memory. The leaked bytes are never kept or shown."),
         HYGIENE(heartbleedLeak), CheckState::No, "tls.heartbleed", nullptr},
        {"ccs_injection_accepted", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "CCS injection (CVE-2014-0224)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did the server accept a ChangeCipherSpec sent before the key exchange? No is good."),
         HYGIENE(ccsInjectionAccepted), CheckState::No, "tls.ccs_injection", nullptr},
        {"robot_oracle", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "ROBOT (RSA padding oracle)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "With RSA key exchange, did the server answer malformed premaster secrets differently from a "
                    "well-formed one? No is good; it does not apply without RSA key exchange."),
         HYGIENE(robotOracle), CheckState::No, "tls.robot", nullptr},
        {"ticketbleed_leak", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Ticketbleed (CVE-2016-9244)"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did a 1-byte session id offered with a session ticket come back longer, with bytes that "
                    "were not ours? No is good. The probe offers a made-up ticket, so No is weaker evidence here "
                    "than for the other checks."),
         HYGIENE(ticketbleedLeak), CheckState::No, "tls.ticketbleed", nullptr},
        {"starttls_command_injection", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "STARTTLS command injection"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Was a command sent in the same packet as STARTTLS answered inside TLS? No is good; Yes means "
                    "an attacker on the path can add commands that run inside the encrypted session."),
         STARTTLS(commandInjection), CheckState::No, "starttls.command_injection", nullptr},
        {"starttls_mail_before_tls", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "MAIL FROM accepted before STARTTLS"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did the server accept MAIL FROM in cleartext (then RSET; nothing is sent)? Normal for an MX "
                    "on port 25; on a submission port it must not."),
         STARTTLS(mailBeforeTls), CheckState::NotApplicable, "submission.mail_before_tls", nullptr},
        {"starttls_auth_before_tls", QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "AUTH offered before STARTTLS"),
         QT_TRANSLATE_NOOP("mailtls::ui::HygienePanel", "Did the cleartext EHLO advertise AUTH? On a submission port passwords would travel in "
                    "cleartext; no credentials are ever sent by the check."),
         STARTTLS(authBeforeTls), CheckState::NotApplicable,
         "submission.auth_before_tls,imap.login_before_tls,pop3.plaintext_auth,sieve.auth_before_tls", nullptr},
    };
    return rows;
}
#undef HYGIENE
#undef STARTTLS

HygieneVerdict hygieneVerdict(CheckState state, CheckState good)
{
    switch (state) {
    case CheckState::Untested:
        return HygieneVerdict::Untested;
    case CheckState::NotApplicable:
        return HygieneVerdict::NotApplicable;
    case CheckState::Yes:
    case CheckState::No:
        break;
    }
    if (good != CheckState::Yes && good != CheckState::No)
        return HygieneVerdict::Information;
    return state == good ? HygieneVerdict::Good : HygieneVerdict::Bad;
}

QString HygienePanel::stateText(CheckState state)
{
    switch (state) {
    case CheckState::Yes:
        return tr("Yes");
    case CheckState::No:
        return tr("No");
    case CheckState::NotApplicable:
        return tr("Not applicable");
    case CheckState::Untested:
        break;
    }
    return tr("Untested");
}

HygienePanel::HygienePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("hygienePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("hygieneNote"));
    note_->setWordWrap(true);
    layout->addWidget(note_);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("hygieneTable"));
    table_->setHorizontalHeaderLabels({tr("Check"), tr("Answer"), tr("Finding"), tr("Evidence")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(false);
    table_->setShowGrid(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setIconSize(QSize(14, 14));
    layout->addWidget(table_, 1);
    clear();
}

void HygienePanel::clear()
{
    table_->setRowCount(0);
    note_->setText(QStringLiteral("<b>%1</b> — %2").arg(tr("Protocol hygiene").toHtmlEscaped(),
                                                          tr("no checks in this scan").toHtmlEscaped()));
}

void HygienePanel::setScan(const ScanResult &scan, const core::Findings &findings)
{
    const HygieneResult &hygiene = scan.hygiene;
    if (!hygiene.present) {
        table_->setRowCount(0);
        note_->setText(QStringLiteral("<b>%1</b> — %2").arg(
                tr("Protocol hygiene").toHtmlEscaped(),
                tr("not checked: no TLS 1.2 or lower handshake to check, or a report from before these checks").toHtmlEscaped()));
        return;
    }
    QString where = hygiene.version.isEmpty() ? tr("the server accepted no TLS 1.2 or lower")
                                              : tr("checked with %1").arg(hygiene.version);
    where += QStringLiteral(", ") + (hygiene.connections == 1 ? tr("1 connection") : tr("%1 connections").arg(hygiene.connections));
    note_->setText(QStringLiteral("<b>%1</b> — %2<br/><small>%3</small>")
                       .arg(tr("Protocol hygiene").toHtmlEscaped(), where.toHtmlEscaped(),
                            tr("Whether \"Yes\" is good depends on the check: the mark says which. Hover over a check to see what it asks.")
                                .toHtmlEscaped()));

    QList<std::pair<const HygieneRowSpec *, const HygieneCheck *>> rows;
    const QString &dialect = scan.starttls.dialect;
    const bool access = dialect == QLatin1String("imap") || dialect == QLatin1String("pop3") || dialect == QLatin1String("sieve");
    for (const HygieneRowSpec &spec : hygieneRows()) {
        // No MAIL FROM outside SMTP: the row would only ever say "does not apply".
        if (access && qstrcmp(spec.key, "starttls_mail_before_tls") == 0)
            continue;
        if (const HygieneCheck *check = spec.check(scan))
            rows.append({&spec, check});
    }
    table_->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const HygieneRowSpec &spec = *rows.at(r).first;
        const HygieneCheck &check = *rows.at(r).second;
        const HygieneVerdict verdict = hygieneVerdict(check.state, spec.good);
        const QString key = QString::fromLatin1(spec.key);
        const QString ownAbout = starttlsLabel(key, dialect, true);
        const QString ownLabel = starttlsLabel(key, dialect, false);
        const QString about = ownAbout.isEmpty() ? tr(spec.about) : ownAbout;

        auto *name = new QTableWidgetItem(ownLabel.isEmpty() ? tr(spec.label) : ownLabel);
        name->setData(Qt::UserRole, QString::fromLatin1(spec.key));
        name->setToolTip(about);
        table_->setItem(r, CheckColumn, name);

        QString answer = stateText(check.state);
        if (spec.detail) {
            const QString extra = spec.detail(scan);
            if (!extra.isEmpty())
                answer += QStringLiteral(" (%1)").arg(extra);
        }
        auto *result = new QTableWidgetItem(verdictIcon(verdict), answer);
        result->setData(Qt::UserRole, int(verdict));
        result->setBackground(verdictTint(verdict));
        result->setForeground(verdictColor(verdict).darker(125));
        result->setToolTip(tr("%1 — %2").arg(answer, verdictWord(verdict)));
        table_->setItem(r, ResultColumn, result);

        QStringList raised;
        if (spec.findingIds) {
            for (const QString &id : QString::fromLatin1(spec.findingIds).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString wanted = id.trimmed();
                const bool present = std::any_of(findings.cbegin(), findings.cend(),
                                                 [&wanted](const core::Finding &f) { return f.id == wanted; });
                if (present && !raised.contains(wanted))
                    raised << wanted;
            }
        }
        auto *finding = new QTableWidgetItem(raised.join(QStringLiteral(", ")));
        if (!raised.isEmpty())
            finding->setToolTip(tr("See the Findings tab for what it means and the Exim and Postfix fix."));
        table_->setItem(r, FindingColumn, finding);

        auto *evidence = new QTableWidgetItem(check.evidence);
        evidence->setToolTip(check.evidence.isEmpty() ? about : QStringLiteral("%1\n\n%2").arg(check.evidence, about));
        table_->setItem(r, EvidenceColumn, evidence);
    }
    table_->resizeColumnToContents(CheckColumn);
    table_->resizeColumnToContents(ResultColumn);
    table_->resizeColumnToContents(FindingColumn);
}

int HygienePanel::rowOf(const QString &key) const
{
    for (int r = 0; r < table_->rowCount(); ++r)
        if (const QTableWidgetItem *item = table_->item(r, CheckColumn); item && item->data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

static QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = row >= 0 ? table->item(row, column) : nullptr;
    return item ? item->text() : QString();
}

QString HygienePanel::resultText(const QString &key) const
{
    return cellText(table_, rowOf(key), ResultColumn);
}

QString HygienePanel::evidenceText(const QString &key) const
{
    return cellText(table_, rowOf(key), EvidenceColumn);
}

QString HygienePanel::findingText(const QString &key) const
{
    return cellText(table_, rowOf(key), FindingColumn);
}

HygieneVerdict HygienePanel::verdict(const QString &key) const
{
    const int row = rowOf(key);
    const QTableWidgetItem *item = row >= 0 ? table_->item(row, ResultColumn) : nullptr;
    return item ? HygieneVerdict(item->data(Qt::UserRole).toInt()) : HygieneVerdict::Untested;
}

QString HygienePanel::noteText() const
{
    return note_->text();
}

} // namespace mailtls::ui
