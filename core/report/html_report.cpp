#include "report/html_report.h"

#include "model/capabilities.h"
#include "report/html_parts.h"

#include <QFileInfo>
#include <QRegularExpression>

#include "base/save_file.h"
#include "catalog/cipher_catalog.h"

namespace mailtls::core {

namespace {

// Colours follow the workbench (severity badges, grade cells) so a printed report and the
// window read the same. Print rules: no shadows, sections may break but rows and findings not.
const char *const kStyle = R"CSS(
:root { --ink:#1d2430; --dim:#5d6776; --line:#d5dae1; --soft:#f4f6f9; --accent:#2f6f9f; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
       color: var(--ink); background: #fff; margin: 0 auto; padding: 24px 32px 48px; max-width: 1100px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 15px; margin: 20px 0 8px; }
.meta { color: var(--dim); margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
table.facts th { width: 210px; background: none; color: var(--dim); font-weight: 500; }
code, pre, .mono { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px;
      white-space: pre-wrap; word-break: break-word; margin: 4px 0 10px; }
.badge { display: inline-block; min-width: 64px; text-align: center; border-radius: 10px; padding: 1px 8px;
         font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.sev-info { background:#5b7fa6; color:#fff; } .sev-low { background:#3f9a62; color:#fff; }
.sev-medium { background:#e0a11b; color:#2b1d00; } .sev-high { background:#dc621e; color:#fff; }
.sev-critical { background:#b81d2a; color:#fff; }
.counts .badge { margin-right: 6px; }
.finding { border: 1px solid var(--line); border-left: 6px solid #5b7fa6; border-radius: 4px; padding: 8px 12px; margin: 10px 0; }
.finding.sev-border-low { border-left-color:#3f9a62; } .finding.sev-border-medium { border-left-color:#e0a11b; }
.finding.sev-border-high { border-left-color:#dc621e; } .finding.sev-border-critical { border-left-color:#b81d2a; }
.finding h3 { margin: 2px 0 6px; } .finding .id { color: var(--dim); font-weight: 400; margin-left: 6px; }
.label { color: var(--dim); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin-top: 6px; }
.grade { border-radius: 3px; padding: 0 6px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.grade-strong { background:#4caf6e; color:#fff; } .grade-acceptable { background:#b5d96b; color:#243800; }
.grade-weak { background:#f2a33a; color:#3d2200; } .grade-insecure { background:#d63b3b; color:#fff; }
.grade-unknown { background:#a0a8b0; color:#000; }
.yes { color:#176b2c; font-weight: 600; } .no { color: var(--dim); } .bad { color:#b81d2a; font-weight: 600; }
.ok { color:#176b2c; font-weight: 600; }
.cert { border: 1px solid var(--line); border-radius: 4px; padding: 6px 12px; margin: 10px 0; }
.dir-C { color:#1f4fb0; } .dir-S { color:#176b2c; } .dir-tls { color:#842fa8; } .dir-note { color:#6e6e6e; font-style: italic; }
table.transcript td { padding: 1px 8px; border: none; } table.transcript td.text { white-space: pre-wrap; word-break: break-word; }
.notes { white-space: pre-wrap; background: #fffbe8; border: 1px solid #eadfa8; border-radius: 4px; padding: 8px 12px; }
.toc li { margin: 2px 0; }
.report + .report { border-top: 3px double var(--line); margin-top: 40px; }
.footer { color: var(--dim); font-size: 12px; margin-top: 40px; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .finding, .cert, tr { break-inside: avoid; page-break-inside: avoid; }
  .report + .report { break-before: page; page-break-before: always; border: none; }
  a { color: inherit; text-decoration: none; }
  pre { border-color: #bbb; }
  .badge, .grade { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)CSS";

// The same look for Qt's rich-text engine, which renders the PDF: no CSS variables, no boxes
// around blocks (tables carry the borders), sizes in points for A4; cell padding comes from
// the tables' cellpadding (added in document()).
const char *const kPrintStyle = R"CSS(
body { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 9pt; color: #1d2430; }
h1 { font-size: 16pt; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; margin-top: 14pt; margin-bottom: 5pt; color: #2f6f9f; }
h3 { font-size: 10pt; margin-top: 8pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
.meta { color: #5d6776; }
table { border-collapse: collapse; margin-top: 3pt; margin-bottom: 6pt; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #d5dae1; }
th { background-color: #eef1f5; font-weight: 600; }
table.facts th { background-color: #ffffff; color: #5d6776; font-weight: normal; }
code, pre, .mono { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8pt; }
pre { background-color: #f4f6f9; white-space: pre-wrap; margin-top: 1pt; margin-bottom: 4pt; }
.badge { font-size: 7.5pt; font-weight: bold; text-transform: uppercase; }
.sev-info { background-color: #5b7fa6; color: #ffffff; } .sev-low { background-color: #3f9a62; color: #ffffff; }
.sev-medium { background-color: #e0a11b; color: #2b1d00; } .sev-high { background-color: #dc621e; color: #ffffff; }
.sev-critical { background-color: #b81d2a; color: #ffffff; }
table.finding td { border: 1px solid #d5dae1; }
table.verdict td { border: 1px solid #d5dae1; font-size: 10.5pt; }
.id { color: #5d6776; font-weight: normal; }
.label { color: #5d6776; font-size: 7.5pt; text-transform: uppercase; margin-top: 3pt; }
.grade { font-size: 7.5pt; font-weight: bold; }
.grade-strong { background-color: #4caf6e; color: #ffffff; } .grade-acceptable { background-color: #b5d96b; color: #243800; }
.grade-weak { background-color: #f2a33a; color: #3d2200; } .grade-insecure { background-color: #d63b3b; color: #ffffff; }
.grade-unknown { background-color: #a0a8b0; color: #000000; }
.yes { color: #176b2c; font-weight: bold; } .no { color: #5d6776; } .bad { color: #b81d2a; font-weight: bold; }
.ok { color: #176b2c; font-weight: bold; }
table.cert td, table.cert th { font-size: 8.5pt; }
.dir-C { color: #1f4fb0; } .dir-S { color: #176b2c; } .dir-tls { color: #842fa8; } .dir-note { color: #6e6e6e; font-style: italic; }
table.transcript td { border-bottom: 0px; white-space: pre-wrap; }
table.suites td, table.suites th { font-size: 7.5pt; }
table.suites td.mono { font-size: 7pt; }
.notes { white-space: pre-wrap; background-color: #fffbe8; }
.footer { color: #5d6776; font-size: 8pt; margin-top: 16pt; }
.pagebreak { page-break-before: always; }
)CSS";

QString esc(const QString &text)
{
    return htmlEscape(text);
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), valueHtml);
}

QString textRow(const QString &label, const QString &value)
{
    return value.isEmpty() ? QString() : row(label, esc(value));
}

QString severityClass(Severity s)
{
    return QStringLiteral("sev-") + severityName(s);
}

QString badge(Severity s)
{
    return QStringLiteral("<span class=\"badge %1\">%2</span>").arg(severityClass(s), severityName(s));
}

QString hostPort(const Target &t)
{
    if (t.port == 0)
        return t.host;
    return t.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(t.host).arg(t.port)
                                             : QStringLiteral("%1:%2").arg(t.host).arg(t.port);
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("scan"))
        return QStringLiteral("Scan");
    if (kind == QLatin1String("cert-inspect"))
        return QStringLiteral("Certificate inspection");
    if (kind == QLatin1String("session"))
        return QStringLiteral("Session");
    return kind;
}

QString reportTitle(const Report &r)
{
    if (r.kind == QLatin1String("cert-inspect"))
        return QStringLiteral("Certificate inspection — %1").arg(r.target.host);
    return QStringLiteral("%1 — %2").arg(kindText(r.kind), hostPort(r.target));
}

QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString outcomeHtml(const Report &r)
{
    const SessionOutcome &o = r.outcome;
    if (o.errorClass() == OutcomeClass::Cancelled)
        return QStringLiteral("<span class=\"bad\">cancelled</span>") + (o.error.isEmpty() ? QString() : QStringLiteral(" — ") + esc(o.error));
    if (!o.error.isEmpty())
        return QStringLiteral("<span class=\"bad\">failed (%1)</span> — %2").arg(esc(outcomeWord(o.errorKind)), esc(o.error));
    if (o.completed)
        return QStringLiteral("<span class=\"ok\">completed</span>");
    return o.connected ? QStringLiteral("connected, not completed") : QStringLiteral("not connected");
}

QString tlsSummaryHtml(const TlsFacts &t)
{
    if (!t.attempted)
        return QStringLiteral("<span class=\"no\">no TLS</span>");
    if (!t.established) {
        QString text = QStringLiteral("<span class=\"bad\">TLS failed</span>");
        if (!t.alert.isEmpty())
            text += QStringLiteral(" — alert %1 %2").arg(esc(t.alert), esc(t.alertDirection));
        if (!t.error.isEmpty())
            text += QStringLiteral(" — ") + esc(t.error);
        return text;
    }
    QString text = QStringLiteral("<b>%1</b> · <code>%2</code>").arg(esc(t.version), esc(t.cipher.iana));
    if (!t.cipher.openssl.isEmpty() && t.cipher.openssl != t.cipher.iana)
        text += QStringLiteral(" (<code>%1</code>, %2)").arg(esc(t.cipher.openssl), esc(t.cipher.codeHex()));
    return text;
}

QString severityCountsHtml(const Findings &findings)
{
    if (findings.isEmpty())
        return QStringLiteral("<span class=\"ok\">no findings</span>");
    QStringList parts;
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        int n = 0;
        for (const Finding &f : findings)
            n += f.severity == s ? 1 : 0;
        if (n > 0)
            parts << QStringLiteral("<span class=\"badge %1\">%2 %3</span>").arg(severityClass(s)).arg(n).arg(severityName(s));
    }
    return QStringLiteral("<span class=\"counts\">%1</span>").arg(parts.join(QString()));
}

QString summarySection(const Report &r, const QString &id)
{
    const Target &t = r.target;
    QString h = QStringLiteral("<h2 id=\"%1-summary\">Summary</h2>\n<table class=\"facts\">\n").arg(id);
    if (r.kind == QLatin1String("cert-inspect")) {
        h += row(QStringLiteral("Files"), esc(t.host));
        h += textRow(QStringLiteral("Expected name"), t.servername);
    } else {
        h += row(QStringLiteral("Target"), QStringLiteral("<b>%1</b>").arg(esc(hostPort(t))));
        h += textRow(QStringLiteral("Address"), t.address);
        QString dialect = t.dialect.isEmpty() ? QStringLiteral("—") : t.dialect;
        dialect += t.implicitTls ? QStringLiteral(", implicit TLS") : (t.dialect == QLatin1String("none") ? QString() : QStringLiteral(", STARTTLS"));
        h += row(QStringLiteral("Protocol"), esc(dialect));
        h += row(QStringLiteral("SNI"), t.sni.isEmpty() ? QStringLiteral("<span class=\"no\">not sent</span>") : esc(t.sni));
        h += textRow(QStringLiteral("Name checked"), t.servername);
    }
    h += row(QStringLiteral("Kind"), esc(kindText(r.kind)));
    h += textRow(QStringLiteral("Started"), timeText(r.startedAt));
    if (r.durationMs > 0)
        h += row(QStringLiteral("Duration"), esc(QStringLiteral("%1 s").arg(r.durationMs / 1000.0, 0, 'f', 1)));
    h += row(QStringLiteral("Outcome"), outcomeHtml(r));
    if (r.kind != QLatin1String("cert-inspect") && (r.tls.attempted || r.kind == QLatin1String("session")))
        h += row(QStringLiteral("Negotiated TLS"), tlsSummaryHtml(r.tls));
    h += row(QStringLiteral("Findings"), severityCountsHtml(r.findings));
    h += QStringLiteral("</table>\n");
    return h;
}

// The left edge of a finding's box in the PDF, in its severity's colour.
QString severityColour(Severity s)
{
    switch (s) {
    case Severity::Critical: return QStringLiteral("#b81d2a");
    case Severity::High: return QStringLiteral("#dc621e");
    case Severity::Medium: return QStringLiteral("#e0a11b");
    case Severity::Low: return QStringLiteral("#3f9a62");
    default: return QStringLiteral("#5b7fa6");
    }
}

QString findingsSection(const Report &r, const QString &id, bool print = false)
{
    QString h = QStringLiteral("<h2 id=\"%1-findings\">Findings (%2)</h2>\n").arg(id).arg(r.findings.size());
    if (r.findings.isEmpty())
        return h + QStringLiteral("<p class=\"ok\">Nothing to fix was found.</p>\n");
    // Worst first, stable within one severity: that is the order to work through them in.
    Findings sorted = r.findings;
    sortBySeverity(&sorted);
    for (const Finding &f : sorted) {
        // Qt's rich text draws no border around a block: the PDF's box is a one-cell table.
        // Qt's rich text draws no border on one side of a block: the PDF's box is a table whose
        // first, narrow cell is the severity's colour.
        if (print)
            h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" class=\"finding\">"
                                "<tr><td width=\"3\" bgcolor=\"%1\"></td><td>\n")
                     .arg(severityColour(f.severity));
        else
            h += QStringLiteral("<div class=\"finding sev-border-%1\">\n").arg(severityName(f.severity));
        h += QStringLiteral("<h3>%1 %2<span class=\"id mono\">%3%4</span></h3>\n")
                 .arg(badge(f.severity), esc(f.title), print ? QStringLiteral("&nbsp;&nbsp;&nbsp;") : QString(), esc(f.id));
        if (!f.detail.isEmpty())
            h += QStringLiteral("<p>%1</p>\n").arg(esc(f.detail));
        if (!f.evidence.isEmpty())
            h += QStringLiteral("<div class=\"label\">Evidence</div><pre>%1</pre>\n").arg(esc(f.evidence));
        if (!f.fixExim.isEmpty())
            h += QStringLiteral("<div class=\"label\">Fix for Exim</div><pre class=\"fix-exim\">%1</pre>\n").arg(esc(f.fixExim));
        if (!f.fixPostfix.isEmpty())
            h += QStringLiteral("<div class=\"label\">Fix for Postfix</div><pre class=\"fix-postfix\">%1</pre>\n").arg(esc(f.fixPostfix));
        if (!f.fixDns.isEmpty())
            h += QStringLiteral("<div class=\"label\">Fix in DNS</div><pre class=\"fix-dns\">%1</pre>\n").arg(esc(f.fixDns));
        if (!f.fixDovecot.isEmpty())
            h += QStringLiteral("<div class=\"label\">Fix for Dovecot</div><pre class=\"fix-dovecot\">%1</pre>\n").arg(esc(f.fixDovecot));
        h += print ? QStringLiteral("</td></tr></table>\n") : QStringLiteral("</div>\n");
    }
    return h;
}

QString gradeHtml(const QString &grade)
{
    const QString known = gradeRank(grade) >= 0 ? grade : QStringLiteral("unknown");
    return QStringLiteral("<span class=\"grade grade-%1\">%2</span>").arg(known, esc(grade.isEmpty() ? QStringLiteral("?") : grade));
}

// The resumption, OCSP-stapling and 0-RTT rows of the hygiene table (scan/resumption_probes.h):
// `yesClass` / `noClass` colour the answer ("ok", "bad", or "no" for neither).
QString resumptionRowsHtml(const HygieneResult &h)
{
    const auto answer = [](const HygieneCheck &c, const char *yesClass, const char *noClass) {
        QString word;
        switch (c.state) {
        case CheckState::Yes: word = QStringLiteral("<span class=\"%1\">yes</span>").arg(QLatin1String(yesClass)); break;
        case CheckState::No: word = QStringLiteral("<span class=\"%1\">no</span>").arg(QLatin1String(noClass)); break;
        case CheckState::NotApplicable: word = QStringLiteral("<span class=\"no\">not applicable</span>"); break;
        case CheckState::Untested: word = QStringLiteral("<span class=\"no\">not tested</span>"); break;
        }
        if (!c.evidence.isEmpty())
            word += QStringLiteral(" — ") + esc(c.evidence);
        return word;
    };
    QString out;
    out += row(QStringLiteral("Session-id resumption (TLS 1.2)"), answer(h.sessionIdResumption, "ok", "no"));
    out += row(QStringLiteral("Session-ticket resumption (TLS 1.2, RFC 5077)"), answer(h.ticketResumption, "ok", "no"));
    out += row(QStringLiteral("TLS 1.3 ticket resumption (PSK)"), answer(h.tls13Resumption, "ok", "no"));
    // A staple is good unless it says revoked or has expired; a must-staple leaf needs one.
    const bool stapleBad = h.ocspStatus == QLatin1String("revoked")
        || (h.ocspNextUpdate.isValid() && h.ocspNextUpdate < QDateTime::currentDateTimeUtc());
    out += row(QStringLiteral("OCSP stapling (status_request)"),
               answer(h.ocspStapling, stapleBad ? "bad" : "ok", h.mustStaple ? "bad" : "no"));
    if (h.mustStaple)
        out += row(QStringLiteral("Must-staple certificate (RFC 7633)"), QStringLiteral("yes"));
    out += row(QStringLiteral("0-RTT early data accepted (replayable)"), answer(h.earlyData, "no", "no"));
    return out;
}

// STARTTLS's own weaknesses (scan.starttls): "yes" is bad, except MAIL before TLS on an MX,
// where cleartext mail is normal opportunistic TLS (neither colour then).
QString starttlsChecksHtml(const StartTlsChecks &c)
{
    if (!c.present)
        return QString();
    const bool submission = c.role == QLatin1String("submission");
    const struct {
        const char *label;
        const HygieneCheck *check;
        bool yesIsBad;
    } checks[] = {
        {"MAIL FROM accepted before STARTTLS", &c.mailBeforeTls, submission},
        {"AUTH offered before STARTTLS", &c.authBeforeTls, true},
        {"STARTTLS command injection (CVE-2011-0411 kind)", &c.commandInjection, true},
    };
    QString out = QStringLiteral("<h3>STARTTLS</h3>\n<table class=\"facts\">\n");
    out += row(QStringLiteral("Role"), esc(QStringLiteral("%1, %2 connections").arg(c.role).arg(c.connections)));
    for (const auto &k : checks) {
        QString word;
        switch (k.check->state) {
        case CheckState::Yes:
            word = QStringLiteral("<span class=\"%1\">yes</span>").arg(k.yesIsBad ? QStringLiteral("bad") : QStringLiteral("no"));
            break;
        case CheckState::No: word = QStringLiteral("<span class=\"ok\">no</span>"); break;
        case CheckState::NotApplicable: word = QStringLiteral("<span class=\"no\">not applicable</span>"); break;
        case CheckState::Untested: word = QStringLiteral("<span class=\"no\">not tested</span>"); break;
        }
        if (!k.check->evidence.isEmpty())
            word += QStringLiteral(" — ") + esc(k.check->evidence);
        out += row(QString::fromLatin1(k.label), word);
    }
    out += QStringLiteral("</table>\n");
    return out;
}

// The protocol-hygiene checks (scan.hygiene): what the server does, in words that say whether it
// is the good answer; the evidence beside it.
QString hygieneHtml(const HygieneResult &h)
{
    if (!h.present)
        return QString();
    // For each check: its label, and whether "yes" is the good answer.
    const struct {
        const char *label;
        const HygieneCheck *check;
        bool yesIsGood;
    } checks[] = {
        {"Secure renegotiation (RFC 5746)", &h.secureRenegotiation, true},
        {"Client-initiated renegotiation", &h.clientRenegotiation, false},
        {"TLS_FALLBACK_SCSV honoured (RFC 7507)", &h.fallbackScsv, true},
        {"TLS 1.3 downgrade sentinel", &h.downgradeSentinel, true},
        {"Extended master secret (RFC 7627)", &h.extendedMasterSecret, true},
        {"Encrypt-then-MAC with CBC (RFC 7366)", &h.encryptThenMac, true},
        {"Heartbleed: heartbeat leaks memory (CVE-2014-0160)", &h.heartbleedLeak, false},
        {"CCS injection accepted (CVE-2014-0224)", &h.ccsInjectionAccepted, false},
        {"ROBOT: RSA padding oracle", &h.robotOracle, false},
        {"Ticketbleed: session id leaks memory (CVE-2016-9244)", &h.ticketbleedLeak, false},
    };
    QString out = QStringLiteral("<h3>Protocol hygiene</h3>\n<table class=\"facts\">\n");
    out += row(QStringLiteral("Checked at"), h.version.isEmpty() ? QStringLiteral("<span class=\"no\">no TLS 1.2 or older version accepted</span>")
                                                                 : esc(QStringLiteral("%1, %2 connections").arg(h.version).arg(h.connections)));
    for (const auto &c : checks) {
        QString word;
        switch (c.check->state) {
        case CheckState::Yes:
            word = QStringLiteral("<span class=\"%1\">yes</span>").arg(c.yesIsGood ? QStringLiteral("ok") : QStringLiteral("bad"));
            break;
        case CheckState::No:
            word = QStringLiteral("<span class=\"%1\">no</span>").arg(c.yesIsGood ? QStringLiteral("bad") : QStringLiteral("ok"));
            break;
        case CheckState::NotApplicable:
            word = QStringLiteral("<span class=\"no\">not applicable</span>");
            break;
        case CheckState::Untested:
            word = QStringLiteral("<span class=\"no\">not tested</span>");
            break;
        }
        if (!c.check->evidence.isEmpty())
            word += QStringLiteral(" — ") + esc(c.check->evidence);
        out += row(QString::fromLatin1(c.label), word);
    }
    out += resumptionRowsHtml(h);
    out += QStringLiteral("</table>\n");
    return out;
}

QString scanSection(const Report &r, const QString &id, bool print = false)
{
    const ScanResult &scan = r.scan;
    QString h = QStringLiteral("<h2 id=\"%1-matrix\">Cipher matrix</h2>\n").arg(id);
    // Newest first: that is what a partner tries first, and the legacy rows read as the tail.
    QStringList versions;
    for (auto it = scanVersions().crbegin(); it != scanVersions().crend(); ++it)
        versions << *it;
    for (auto it = scan.protocols.cbegin(); it != scan.protocols.cend(); ++it)
        if (!versions.contains(it.key()))
            versions << it.key();

    h += QStringLiteral("<table class=\"protocols\"><tr><th>Version</th><th>Accepted</th><th>Suites</th><th>Order</th></tr>\n");
    for (const QString &v : versions) {
        QString accepted;
        bool on = false;
        if (!scan.protocols.contains(v))
            accepted = QStringLiteral("<span class=\"no\">not tested</span>");
        else if ((on = scan.protocols.value(v)))
            accepted = (v.startsWith(QLatin1String("SSL")) || v == QLatin1String("TLSv1") || v == QLatin1String("TLSv1.1"))
                ? QStringLiteral("<span class=\"bad\">yes (legacy)</span>") : QStringLiteral("<span class=\"yes\">yes</span>");
        else
            accepted = QStringLiteral("<span class=\"no\">no</span>");
        const int suites = int(scan.ciphers.value(v).size());
        QString order;
        if (on)
            order = !scan.serverPreference.contains(v) ? QStringLiteral("not tested")
                  : scan.serverPreference.value(v) ? QStringLiteral("server's order") : QStringLiteral("client's order");
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(esc(tlsVersionLabel(v)), accepted, on ? QString::number(suites) : QString(), esc(order));
    }
    h += QStringLiteral("</table>\n");

    for (const QString &v : versions) {
        if (!scan.protocols.value(v))
            continue;
        const QList<SuiteInfo> suites = scan.ciphers.value(v);
        const bool serverOrder = scan.serverPreference.value(v);
        h += QStringLiteral("<h3>%1 — %2, %3</h3>\n")
                 .arg(esc(tlsVersionLabel(v)), suites.size() == 1 ? QStringLiteral("1 suite") : QStringLiteral("%1 suites").arg(suites.size()))
                 .arg(serverOrder ? QStringLiteral("listed in the server's order of preference")
                                  : QStringLiteral("the server follows the client's order"));
        if (suites.isEmpty())
            continue;
        if (print) {
            // A4 is narrower than a browser: the two names share one column, OpenSSL's below.
            h += QStringLiteral("<table class=\"suites\" width=\"100%\"><tr><th>#</th><th>Grade</th><th>Code</th>"
                                "<th>IANA name / OpenSSL name</th><th>Kex</th><th>Auth</th><th>Cipher</th><th>MAC</th><th>Bits</th></tr>\n");
            int rank = 0;
            for (const SuiteInfo &s : suites) {
                ++rank;
                const QString names = s.openssl.isEmpty() || s.openssl == s.iana
                    ? esc(s.iana) : QStringLiteral("%1<br><span class=\"no\">%2</span>").arg(esc(s.iana), esc(s.openssl));
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"mono\">%3</td><td class=\"mono\">%4</td>"
                                    "<td>%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>\n")
                         .arg(serverOrder ? QString::number(rank) : QStringLiteral("–"), gradeHtml(s.grade), esc(suiteCodeText(s)),
                              names, esc(s.kex), esc(s.auth), esc(s.enc), esc(s.mac))
                         .arg(s.bits > 0 ? QString::number(s.bits) : QString());
            }
            h += QStringLiteral("</table>\n");
            continue;
        }
        h += QStringLiteral("<table class=\"suites\"><tr><th>#</th><th>Grade</th><th>Code</th><th>IANA name</th>"
                            "<th>OpenSSL name</th><th>Key exchange</th><th>Auth</th><th>Cipher</th><th>MAC</th><th>Bits</th></tr>\n");
        int rank = 0;
        for (const SuiteInfo &s : suites) {
            ++rank;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"mono\">%3</td><td class=\"mono\">%4</td>"
                                "<td class=\"mono\">%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td><td>%10</td></tr>\n")
                     .arg(serverOrder ? QString::number(rank) : QStringLiteral("–"), gradeHtml(s.grade), esc(suiteCodeText(s)),
                          esc(s.iana), esc(s.openssl), esc(s.kex), esc(s.auth), esc(s.enc), esc(s.mac))
                     .arg(s.bits > 0 ? QString::number(s.bits) : QString());
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h3>Key exchange and certificates</h3>\n<table class=\"facts\">\n");
    h += row(QStringLiteral("Groups"), scan.groups.isEmpty() ? QStringLiteral("<span class=\"no\">none found</span>")
                                                             : esc(scan.groups.join(QStringLiteral(", "))));
    h += row(QStringLiteral("DH prime"), scan.dhBits > 0 ? esc(QStringLiteral("%1 bits (smallest seen)").arg(scan.dhBits))
                                                         : QStringLiteral("<span class=\"no\">no DHE suite accepted</span>"));
    h += row(QStringLiteral("Certificate types"), scan.certificateTypes.isEmpty() ? QStringLiteral("<span class=\"no\">none seen</span>")
                                                                                  : esc(scan.certificateTypes.join(QStringLiteral(", "))));
    for (int i = 0; i < scan.servedChains.size() && i < scan.certificateTypes.size(); ++i) {
        const CertificateChain &chain = scan.servedChains.at(i);
        if (!chain.isEmpty())
            h += row(scan.certificateTypes.at(i) + QStringLiteral(" leaf"),
                     esc(QStringLiteral("%1 (%2)").arg(chain.first().subject(), keyInfoText(chain.first().key()))));
    }
    QString cost = QStringLiteral("%1 connections, %2 handshakes").arg(scan.connections).arg(scan.handshakes);
    if (scan.retries > 0)
        cost += QStringLiteral(", %1 retries after busy answers").arg(scan.retries);
    h += row(QStringLiteral("Cost"), esc(cost));
    h += QStringLiteral("</table>\n");
    h += hygieneHtml(scan.hygiene);
    h += starttlsChecksHtml(scan.starttls);
    return h;
}

QString validityHtml(const Certificate &c, const QDateTime &at)
{
    QString text = esc(QStringLiteral("%1 until %2").arg(timeText(c.notBefore()), timeText(c.notAfter())));
    if (!at.isValid() || !c.notAfter().isValid())
        return text;
    if (c.notAfter() < at)
        return text + QStringLiteral(" <span class=\"bad\">expired %1 days before</span>").arg(c.notAfter().daysTo(at));
    if (c.notBefore().isValid() && c.notBefore() > at)
        return text + QStringLiteral(" <span class=\"bad\">not yet valid</span>");
    return text + QStringLiteral(" <span class=\"no\">(%1 days left)</span>").arg(at.daysTo(c.notAfter()));
}

QString chainSection(const Report &r, const QString &id, bool print = false)
{
    QString h = QStringLiteral("<h2 id=\"%1-chain\">Certificate chain (%2)</h2>\n").arg(id).arg(r.certificates.size());
    if (r.certificates.isEmpty())
        return h + QStringLiteral("<p class=\"no\">No certificate was received.</p>\n");
    if (r.tls.verifyCode >= 0)
        h += QStringLiteral("<p>Verification: %1</p>\n")
                 .arg(r.tls.verifyOk ? QStringLiteral("<span class=\"ok\">ok</span>")
                                     : QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(r.tls.verifyMessage)));
    const QDateTime at = r.startedAt.isValid() ? r.startedAt : QDateTime::currentDateTimeUtc();
    for (int i = 0; i < r.certificates.size(); ++i) {
        const Certificate &c = r.certificates.at(i);
        QString role = i == 0 ? QStringLiteral("server certificate") : QStringLiteral("certificate %1").arg(i);
        if (c.isSelfSigned())
            role += QStringLiteral(", self-signed");
        if (c.isCa())
            role += QStringLiteral(", CA");
        h += QStringLiteral("<div class=\"cert\">\n<h3>%1 <span class=\"no\">(%2)</span></h3>\n<table class=\"%3\"%4>\n")
                 .arg(esc(c.commonName().isEmpty() ? c.subject() : c.commonName()), esc(role),
                      print ? QStringLiteral("facts cert") : QStringLiteral("facts"), print ? QStringLiteral(" width=\"100%\"") : QString());
        h += textRow(QStringLiteral("Subject"), c.subject());
        h += textRow(QStringLiteral("Issuer"), c.issuer());
        h += row(QStringLiteral("Valid"), validityHtml(c, at));
        h += textRow(QStringLiteral("Key"), keyInfoText(c.key()));
        h += textRow(QStringLiteral("Signature"), c.signatureAlgorithm());
        h += row(QStringLiteral("Subject alt names"), c.subjectAltNames().isEmpty() ? QStringLiteral("<span class=\"no\">none</span>")
                                                                                    : esc(c.subjectAltNames().join(QStringLiteral(", "))));
        h += row(QStringLiteral("Serial"), QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(c.serialHex())));
        h += row(QStringLiteral("SHA-256 fingerprint"), QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(c.sha256Fingerprint())));
        h += row(QStringLiteral("Public key SHA-256"), QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(c.publicKeySha256())));
        h += QStringLiteral("</table>\n</div>\n");
    }
    return h;
}

QString tlsDetailSection(const Report &r, const QString &id)
{
    const TlsFacts &t = r.tls;
    const SmtpFacts &s = r.smtp;
    QString h = QStringLiteral("<h2 id=\"%1-tls\">Connection details</h2>\n<table class=\"facts\">\n").arg(id);
    h += textRow(QStringLiteral("Banner"), s.banner);
    if (!s.ehloBeforeTls.isEmpty() && !s.ehloAfterTls.isEmpty()) {
        // Side by side, what changed with TLS marked (model/capabilities.h).
        auto cell = [](const QString &params) {
            return params.isNull() ? QStringLiteral("<span class=\"no\">-</span>")
                                   : params.isEmpty() ? QStringLiteral("yes") : esc(params);
        };
        QString t = QStringLiteral("<table class=\"facts\"><tr><th>keyword</th><th>before TLS</th><th>after TLS</th></tr>");
        for (const CapabilityChange &c : compareCapabilities(s.ehloBeforeTls, s.ehloAfterTls)) {
            const bool expected = c.kind == CapabilityChange::Kind::Removed && (c.keyword == QLatin1String("STARTTLS") || c.keyword == QLatin1String("STLS"));
            const QString mark = c.kind == CapabilityChange::Kind::Same || expected
                ? QString()
                : QStringLiteral(" <span class=\"bad\">(%1)</span>").arg(capabilityChangeWord(c.kind));
            t += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(c.keyword), mark, cell(c.before), cell(c.after));
        }
        t += QStringLiteral("</table>");
        const QString &dialect = r.target.dialect;
        const bool accessDialect = dialect == QLatin1String("imap") || dialect == QLatin1String("pop3") || dialect == QLatin1String("sieve");
        h += row(accessDialect ? QStringLiteral("Capabilities before and after STARTTLS") : QStringLiteral("EHLO before and after STARTTLS"), t);
    } else if (!s.ehloBeforeTls.isEmpty()) {
        h += textRow(QStringLiteral("EHLO before TLS"), s.ehloBeforeTls.join(QStringLiteral(", ")));
    } else if (!s.ehloAfterTls.isEmpty()) {
        h += textRow(QStringLiteral("EHLO after TLS"), s.ehloAfterTls.join(QStringLiteral(", ")));
    }
    if (!s.banner.isEmpty())
        h += row(QStringLiteral("STARTTLS offered"), s.starttlsOffered ? QStringLiteral("<span class=\"yes\">yes</span>")
                                                                       : QStringLiteral("<span class=\"bad\">no</span>"));
    h += textRow(QStringLiteral("STARTTLS reply"), s.starttlsReply);
    if (!s.authBeforeTls.isEmpty())
        h += row(QStringLiteral("AUTH before TLS"), QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(s.authBeforeTls.join(QStringLiteral(" ")))));
    h += textRow(QStringLiteral("AUTH after TLS"), s.authAfterTls.join(QStringLiteral(" ")));
    if (t.attempted) {
        h += row(QStringLiteral("TLS"), tlsSummaryHtml(t));
        h += textRow(QStringLiteral("Group"), t.group);
        if (!t.tempKeyType.isEmpty())
            h += textRow(QStringLiteral("Server temporary key"),
                         t.tempKeyBits > 0 ? QStringLiteral("%1 %2 bits").arg(t.tempKeyType).arg(t.tempKeyBits) : t.tempKeyType);
        if (!t.peerSignatureType.isEmpty())
            h += textRow(QStringLiteral("Server signature"),
                         t.peerSignatureDigest.isEmpty() ? t.peerSignatureType
                                                         : QStringLiteral("%1 with %2").arg(t.peerSignatureType, t.peerSignatureDigest));
        h += row(QStringLiteral("Compression"), t.compression.isEmpty() ? QStringLiteral("none") : QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(t.compression)));
        if (t.verifyCode >= 0)
            h += row(QStringLiteral("Verification"), t.verifyOk ? QStringLiteral("<span class=\"ok\">ok</span>")
                                                                : QStringLiteral("<span class=\"bad\">%1 (code %2)</span>").arg(esc(t.verifyMessage), QString::number(t.verifyCode)));
        h += row(QStringLiteral("Client certificate"), esc(t.clientCertificateRequested
                                                               ? (t.clientCertificateSent ? QStringLiteral("requested, sent") : QStringLiteral("requested, none sent"))
                                                               : QStringLiteral("not requested")));
        h += row(QStringLiteral("Security level"), esc(QString::number(t.securityLevel)));
    }
    h += QStringLiteral("</table>\n");
    return h;
}

QString handshakeSection(const Report &r, const QString &id)
{
    QString h = QStringLiteral("<h2 id=\"%1-handshake\">Handshake (%2 messages)</h2>\n").arg(id).arg(r.handshake.size());
    h += QStringLiteral("<table class=\"handshake\"><tr><th>Time</th><th>From</th><th>Message</th><th>Bytes</th><th>Decoded</th></tr>\n");
    for (const HandshakeMessage &m : r.handshake) {
        const QString from = m.dir == QLatin1String("C") ? QStringLiteral("client") : m.dir == QLatin1String("S") ? QStringLiteral("server") : m.dir;
        h += QStringLiteral("<tr><td class=\"mono\">%1 ms</td><td class=\"dir-%2\">%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                 .arg(m.tMs).arg(esc(m.dir), esc(from), esc(m.type)).arg(m.length).arg(esc(m.summary));
    }
    return h + QStringLiteral("</table>\n");
}

QString transcriptSection(const Report &r, const QString &id)
{
    const bool inspection = r.kind == QLatin1String("cert-inspect");
    QString h = QStringLiteral("<h2 id=\"%1-transcript\">%2 (%3 lines)</h2>\n")
                    .arg(id, inspection ? QStringLiteral("Notes from reading the files") : QStringLiteral("SMTP transcript"))
                    .arg(r.transcript.size());
    if (!inspection)
        h += QStringLiteral("<p class=\"meta\">C: sent by mailtls · S: sent by the server · secrets are redacted.</p>\n");
    h += QStringLiteral("<table class=\"transcript mono\">\n");
    for (const TranscriptLine &line : r.transcript) {
        const QString code = lineDirectionCode(line.dir);
        const QString marker = line.dir == LineDirection::Client ? QStringLiteral("C:")
                             : line.dir == LineDirection::Server ? QStringLiteral("S:")
                             : line.dir == LineDirection::Tls ? QStringLiteral("TLS") : QStringLiteral("··");
        h += QStringLiteral("<tr class=\"dir-%1\"><td>%2</td><td>%3</td><td class=\"text\">%4</td></tr>\n")
                 .arg(code, esc(QStringLiteral("%1.%2").arg(line.tMs / 1000).arg(line.tMs % 1000, 3, 10, QLatin1Char('0'))),
                      esc(marker), esc(line.text));
    }
    return h + QStringLiteral("</table>\n");
}

// The PDF's first lines: how it went and how bad the worst finding is, in words a partner's
// admin reads before anything else.
QString verdictHtml(const Report &r)
{
    QString line;
    const SessionOutcome &o = r.outcome;
    if (!o.error.isEmpty() || o.errorClass() == OutcomeClass::Cancelled) {
        line = outcomeHtml(r);
    } else if (r.findings.isEmpty()) {
        line = QStringLiteral("<span class=\"ok\">No findings: nothing to fix was found.</span>");
    } else {
        Findings sorted = r.findings;
        sortBySeverity(&sorted);
        const Severity worst = sorted.first().severity;
        line = QStringLiteral("%1 <b>%2 %3 to fix, the worst %4.</b> %5")
                   .arg(badge(worst))
                   .arg(r.findings.size())
                   .arg(r.findings.size() == 1 ? QStringLiteral("finding") : QStringLiteral("findings"), severityName(worst),
                        severityCountsHtml(r.findings));
    }
    if (r.kind != QLatin1String("cert-inspect") && r.tls.attempted)
        line += QStringLiteral("<br>TLS: ") + tlsSummaryHtml(r.tls);
    if (r.tls.verifyCode >= 0)
        line += QStringLiteral("<br>Certificate verification: ") +
                (r.tls.verifyOk ? QStringLiteral("<span class=\"ok\">ok</span>")
                                : QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(r.tls.verifyMessage)));
    QString colour = QStringLiteral("#3f9a62");
    if (!o.error.isEmpty() || o.errorClass() == OutcomeClass::Cancelled) {
        colour = QStringLiteral("#a0a8b0");
    } else if (!r.findings.isEmpty()) {
        Findings sorted = r.findings;
        sortBySeverity(&sorted);
        colour = severityColour(sorted.first().severity);
    }
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" class=\"verdict\">"
                          "<tr><td width=\"4\" bgcolor=\"%1\"></td><td bgcolor=\"#f4f6f9\"><b>Verdict:</b> %2</td></tr></table>\n")
        .arg(colour, line);
}

// The sections of one report, inside <section class="report">; `id` prefixes every anchor.
QString reportBody(const Report &r, const QString &id, bool withHeading, bool print = false)
{
    QString h = QStringLiteral("<section class=\"report\" id=\"%1\">\n").arg(id);
    if (withHeading)
        h += QStringLiteral("<h1%2>%1</h1>\n").arg(esc(reportTitle(r)), print ? QStringLiteral(" class=\"pagebreak\"") : QString());
    if (print) {
        h += verdictHtml(r);
        h += summarySection(r, id);
        h += findingsSection(r, id, true);
        h += chainSection(r, id, true);
        if (r.scan.present)
            h += scanSection(r, id, true);
    } else {
        h += summarySection(r, id);
        h += findingsSection(r, id);
        if (r.scan.present)
            h += scanSection(r, id);
        h += chainSection(r, id);
    }
    if (r.kind != QLatin1String("cert-inspect")) {
        if (r.tls.attempted || !r.smtp.banner.isEmpty())
            h += tlsDetailSection(r, id);
        if (!r.handshake.isEmpty() || r.kind == QLatin1String("session"))
            h += handshakeSection(r, id);
    }
    if (!r.transcript.isEmpty() || r.kind == QLatin1String("session"))
        h += transcriptSection(r, id);
    return h + QStringLiteral("</section>\n");
}

QString document(const QString &title, const QString &body, const HtmlReportOptions &options, const QString &version)
{
    const QDateTime generated = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<meta name=\"generator\" content=\"mailtls %1\">\n<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                    .arg(esc(version), esc(title), QString::fromLatin1(options.print ? kPrintStyle : kStyle));
    if (options.print) {
        // Qt's rich text knows no padding or margin on inline text and reads cell padding from
        // the table (in CSS pixels): the badges get a space inside and between them, every table its padding.
        static const QRegularExpression chip(QStringLiteral("(<span class=\"(?:badge|grade) [^\"]*\">)([^<]*)</span>"));
        QString printed = body;
        printed.replace(chip, QStringLiteral("\\1&nbsp;\\2&nbsp;</span>&nbsp;"));
        printed.replace(QStringLiteral("<table class="), QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" class="));
        printed.replace(QStringLiteral("<table>"), QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">"));
        h += printed;
    } else {
        h += body;
    }
    h += QStringLiteral("<p class=\"footer\">Generated by mailtls %1 on %2.</p>\n</body>\n</html>\n")
             .arg(esc(version), esc(timeText(generated)));
    return h;
}

QString notesHtml(const QString &notes)
{
    if (notes.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<h2 id=\"notes\">Notes</h2>\n<div class=\"notes\">%1</div>\n").arg(esc(notes));
}

} // namespace

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default:
            // Control characters other than tab and line breaks would be invalid in HTML.
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString reportToHtml(const Report &report, const HtmlReportOptions &options)
{
    const QString title = options.title.isEmpty() ? QStringLiteral("MailTLS report — %1").arg(reportTitle(report)) : options.title;
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    body += notesHtml(options.notes);
    body += reportBody(report, QStringLiteral("r0"), false, options.print);
    return document(title, body, options, report.toolVersion.isEmpty() ? QStringLiteral(MAILTLS_VERSION) : report.toolVersion);
}

QString reportsToHtml(const QList<Report> &reports, const HtmlReportOptions &options)
{
    const QString title = options.title.isEmpty() ? QStringLiteral("MailTLS investigation — %1 reports").arg(reports.size()) : options.title;
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    body += notesHtml(options.notes);
    if (reports.size() > 1) {
        body += QStringLiteral("<h2>Contents</h2>\n<ol class=\"toc\">\n");
        for (int i = 0; i < reports.size(); ++i) {
            const Report &r = reports.at(i);
            body += QStringLiteral("<li><a href=\"#r%1\">%2</a> — %3, %4</li>\n")
                        .arg(i).arg(esc(reportTitle(r)), esc(timeText(r.startedAt)), severityCountsHtml(r.findings));
        }
        body += QStringLiteral("</ol>\n");
    }
    for (int i = 0; i < reports.size(); ++i)
        body += reportBody(reports.at(i), QStringLiteral("r%1").arg(i), true, options.print);
    return document(title, body, options, QStringLiteral(MAILTLS_VERSION));
}

QString domainReportToHtml(const DomainReport &r, const HtmlReportOptions &options)
{
    const QString title = options.title.isEmpty() ? QStringLiteral("MailTLS domain report — %1").arg(r.domain) : options.title;
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    body += notesHtml(options.notes);
    body += QStringLiteral("<table class=\"facts\">\n") + textRow(QStringLiteral("Checked"), timeText(r.startedAt)) +
            textRow(QStringLiteral("Resolver"), r.resolver) + textRow(QStringLiteral("Trust anchor"), r.trustAnchor);
    if (!r.error.isEmpty())
        body += textRow(QStringLiteral("Stopped"), r.error);
    body += QStringLiteral("</table>\n");

    body += QStringLiteral("<h2 id=\"verdicts\">Would a sender deliver?</h2>\n<table>\n<tr><th>Sender</th><th>Verdict</th><th>Why</th></tr>\n");
    for (const SenderVerdict &v : r.verdicts) {
        const QString cls = v.verdict == DeliveryVerdict::Delivers ? QStringLiteral("ok")
                            : v.verdict == DeliveryVerdict::Defers ? QStringLiteral("sev-critical")
                                                                   : QStringLiteral("sev-medium");
        body += QStringLiteral("<tr><td>%1</td><td class=\"%2\"><b>%3</b></td><td>%4</td></tr>\n")
                    .arg(esc(v.sender), cls, esc(deliveryVerdictName(v.verdict)), esc(v.line));
    }
    body += QStringLiteral("</table>\n");

    body += QStringLiteral("<h2 id=\"mx\">MX hosts and addresses</h2>\n<p>MX lookup: %1, DNSSEC %2%3</p>\n")
                .arg(esc(r.mx.answered ? r.mx.rcode : r.mx.error), esc(dnssecStatusName(r.mx.dnssec)),
                     r.nullMx ? QStringLiteral(" — null MX: the domain accepts no mail")
                              : r.implicitMx ? QStringLiteral(" — no MX: the domain's own addresses are used") : QString());
    body += QStringLiteral("<table>\n<tr><th>Pref</th><th>MX</th><th>Address</th><th>TLS</th><th>Certificate</th>"
                           "<th>Trusted</th><th>Name</th><th>DANE</th></tr>\n");
    for (const MxHost &h : r.hosts) {
        bool any = false;
        for (const MxAddressCheck &a : r.addresses) {
            if (a.mx != h.name)
                continue;
            any = true;
            const Report &s = a.session;
            QString tls;
            if (!s.outcome.connected)
                tls = QStringLiteral("no connection: ") + s.outcome.error;
            else if (!s.smtp.starttlsOffered)
                tls = QStringLiteral("no STARTTLS");
            else if (!s.tls.established)
                tls = QStringLiteral("failed: ") + (s.tls.error.isEmpty() ? s.tls.alert : s.tls.error);
            else
                tls = s.tls.version + QLatin1Char(' ') + s.tls.cipher.iana;
            const Certificate leaf = s.certificates.value(0);
            const QString cert = leaf.isNull() ? QString()
                                               : QStringLiteral("%1, until %2").arg(leaf.commonName(), leaf.notAfter().date().toString(Qt::ISODate));
            body += QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2</td><td class=\"mono\">%3</td><td>%4</td><td>%5</td>"
                                   "<td>%6</td><td>%7</td><td>%8</td></tr>\n")
                        .arg(h.implicit ? QStringLiteral("-") : QString::number(h.preference), esc(h.name), esc(a.address),
                             esc(tls), esc(cert), s.tls.established ? (a.chainTrusted ? QStringLiteral("yes") : QStringLiteral("<b>no</b>")) : QString(),
                             s.tls.established ? (a.nameMatches ? QStringLiteral("matches") : QStringLiteral("<b>mismatch</b>")) : QString(),
                             !a.dane.attempted ? QStringLiteral("—") : a.dane.verified ? QStringLiteral("verified")
                                                                                      : QStringLiteral("<b>fails</b>"));
        }
        if (!any)
            body += QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2</td><td colspan=\"6\">%3</td></tr>\n")
                        .arg(h.implicit ? QStringLiteral("-") : QString::number(h.preference), esc(h.name),
                             esc(h.addresses.isEmpty() ? QStringLiteral("no address") : h.addresses.join(QStringLiteral(", ")) + QStringLiteral(" (not connected)")));
    }
    body += QStringLiteral("</table>\n");

    body += QStringLiteral("<h2 id=\"dane\">DANE</h2>\n");
    QString tlsa;
    for (const MxHost &h : r.hosts) {
        if (h.tlsa.records.isEmpty() && h.tlsa.dnssec != DnssecStatus::Bogus)
            continue;
        tlsa += QStringLiteral("<tr><td class=\"mono\">%1</td><td>%2%3</td><td><pre>%4</pre></td></tr>\n")
                    .arg(esc(h.tlsa.name.isEmpty() ? QStringLiteral("_25._tcp.") + h.name : h.tlsa.name), esc(dnssecStatusName(h.tlsa.dnssec)),
                         h.tlsa.whyBogus.isEmpty() ? QString() : QStringLiteral(": ") + esc(h.tlsa.whyBogus),
                         esc(h.tlsa.records.join(QLatin1Char('\n'))));
    }
    body += tlsa.isEmpty() ? QStringLiteral("<p>No TLSA records.</p>\n")
                           : QStringLiteral("<table>\n<tr><th>Name</th><th>DNSSEC</th><th>Records</th></tr>\n") + tlsa + QStringLiteral("</table>\n");

    body += QStringLiteral("<h2 id=\"mta-sts\">MTA-STS and TLS-RPT</h2>\n<table class=\"facts\">\n");
    body += textRow(QStringLiteral("_mta-sts TXT"), r.sts.txt.records.isEmpty() ? QStringLiteral("none") : r.sts.txt.records.join(QLatin1Char('\n')));
    if (r.sts.fetch.attempted)
        body += textRow(QStringLiteral("Policy fetch"),
                        QStringLiteral("%1 — %2").arg(r.sts.fetch.url,
                                                      r.sts.fetch.httpStatus ? QStringLiteral("HTTP %1, %2, certificate %3")
                                                                                   .arg(r.sts.fetch.httpStatus)
                                                                                   .arg(r.sts.fetch.contentType,
                                                                                        r.sts.fetch.certificateValid ? QStringLiteral("valid") : QStringLiteral("not valid: ") + r.sts.fetch.certificateError)
                                                                             : r.sts.fetch.error));
    if (r.sts.policyParsed)
        body += textRow(QStringLiteral("Policy"), QString::fromUtf8(r.sts.fetch.body));
    body += textRow(QStringLiteral("_smtp._tls TXT"), r.tlsRpt.txt.records.isEmpty() ? QStringLiteral("none") : r.tlsRpt.txt.records.join(QLatin1Char('\n')));
    body += QStringLiteral("</table>\n");

    Report findings;
    findings.findings = r.findings;
    body += findingsSection(findings, QStringLiteral("domain"), options.print);
    for (int i = 0; i < r.addresses.size(); ++i)
        body += reportBody(r.addresses.at(i).session, QStringLiteral("a%1").arg(i), true, options.print);
    return document(title, body, options, r.toolVersion.isEmpty() ? QStringLiteral(MAILTLS_VERSION) : r.toolVersion);
}

bool checkHtmlOutputPath(const QString &path, Error *error)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return fail(error, ErrorKind::Usage, phrase("Errors", "needs a file name"));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(error, ErrorKind::FileUnwritable, phrase("Errors", "is a directory"));
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return fail(error, ErrorKind::FileUnwritable, phrase("Errors", "directory %1 does not exist").arg(info.absolutePath()));
    if (!dir.isWritable())
        return fail(error, ErrorKind::FileUnwritable, phrase("Errors", "directory %1 is not writable").arg(info.absolutePath()));
    if (info.exists() && !info.isWritable())
        return fail(error, ErrorKind::FileUnwritable, phrase("Errors", "file is not writable"));
    return true;
}

bool writeHtmlFile(const QString &path, const QString &html, Error *error)
{
    return saveFileAtomically(path, html.toUtf8(), error);
}

// The shared pieces (report/html_parts.h), for the simulation's and the comparison's HTML.
namespace html {

QString esc(const QString &text) { return htmlEscape(text); }
QString factRow(const QString &label, const QString &valueHtml) { return row(label, valueHtml); }
QString factTextRow(const QString &label, const QString &value) { return textRow(label, value); }
QString severityBadge(Severity severity) { return badge(severity); }
QString severityColour(Severity severity) { return core::severityColour(severity); }
QString severityCounts(const Findings &findings) { return severityCountsHtml(findings); }

QString findingsBlock(const Findings &findings, const QString &id, bool print, const QString &heading)
{
    Report holder;
    holder.findings = findings;
    QString h = findingsSection(holder, id, print);
    if (!heading.isEmpty())
        h.replace(QStringLiteral(">Findings ("), QStringLiteral(">%1 (").arg(esc(heading)));
    return h;
}

QString verdictBox(const QString &colour, const QString &innerHtml, bool print)
{
    if (print)
        return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" class=\"verdict\">"
                              "<tr><td width=\"4\" bgcolor=\"%1\"></td><td bgcolor=\"#f4f6f9\">%2</td></tr></table>\n")
            .arg(colour, innerHtml);
    return QStringLiteral("<div class=\"finding\" style=\"border-left-color:%1; background:#f4f6f9;\">%2</div>\n").arg(colour, innerHtml);
}

QString timeText(const QDateTime &when) { return core::timeText(when); }
QString notesSection(const QString &notes) { return notesHtml(notes); }

QString page(const QString &title, const QString &body, const HtmlReportOptions &options, const QString &version)
{
    return document(title, body, options, version);
}

} // namespace html

} // namespace mailtls::core
