#include "report/comparison_html.h"

#include <QHash>

#include "report/html_parts.h"

namespace mailtls::core {

namespace {

using html::esc;

QString hostPortOf(const Target &t)
{
    if (t.port == 0)
        return t.host;
    return t.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(t.host).arg(t.port)
                                             : QStringLiteral("%1:%2").arg(t.host).arg(t.port);
}

QString labelOf(const Comparison &c, const QList<Report> &reports, int i)
{
    const QString label = c.labels.value(i);
    return label.isEmpty() ? hostPortOf(reports.value(i).target) : label;
}

QString columnHeader(const Comparison &c, const QList<Report> &reports, int i)
{
    return QStringLiteral("[%1] %2").arg(i + 1).arg(labelOf(c, reports, i));
}

// Which cells of a differing row to mark: those that leave the value most servers share; all
// present ones when no value is shared by more servers than any other.
QList<bool> markedCells(const CompareRow &row)
{
    QHash<QString, int> counts;
    for (const CompareCell &cell : row.values)
        if (!cell.missing)
            ++counts[cell.text];
    QString common;
    int best = 1;
    bool tie = false;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            common = it.key();
            tie = false;
        } else if (it.value() == best && best > 1) {
            tie = true;
        }
    }
    QList<bool> marked;
    for (const CompareCell &cell : row.values)
        marked << (!cell.missing && (common.isEmpty() || tie || cell.text != common));
    return marked;
}

QString cellHtml(const CompareCell &cell, bool marked)
{
    if (cell.missing)
        return QStringLiteral("<td class=\"no\"><i>%1</i></td>").arg(esc(cell.text.isEmpty() ? QStringLiteral("not in this report")
                                                                                           : QStringLiteral("(%1)").arg(cell.text)));
    if (marked)
        return QStringLiteral("<td class=\"differs\" bgcolor=\"#fff1c2\"><b>%1</b></td>").arg(esc(cell.text));
    return QStringLiteral("<td>%1</td>").arg(esc(cell.text));
}

// One row per fact: the aspect, what within it, then a value per server; `width` 100% so the
// PDF's columns share the page.
QString rowsTable(const Comparison &c, const QList<Report> &reports, const QList<CompareRow> &rows, bool markDifferences)
{
    // The suite names are long: "what" gets the widest column, the servers share the rest.
    const int servers = qMax(1, int(c.labels.size()));
    const int valueWidth = qMax(10, 40 / servers);
    QString h = QStringLiteral("<table class=\"suites\" width=\"100%\">\n<tr><th width=\"13%\">Aspect</th><th width=\"%1%\">What</th>")
                    .arg(qMax(25, 87 - valueWidth * servers));
    for (int i = 0; i < c.labels.size(); ++i)
        h += QStringLiteral("<th width=\"%1%\">%2</th>").arg(valueWidth).arg(esc(columnHeader(c, reports, i)));
    h += QStringLiteral("</tr>\n");
    QString previous;
    for (const CompareRow &row : rows) {
        const QList<bool> marked = markDifferences ? markedCells(row) : QList<bool>();
        // The aspect once for a run of rows, as a heading of its rows.
        const QString aspect = row.aspect == previous ? QString() : QStringLiteral("<b>%1</b>").arg(esc(row.aspect));
        previous = row.aspect;
        h += QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2</td>").arg(aspect, esc(row.key));
        for (int i = 0; i < row.values.size(); ++i)
            h += cellHtml(row.values.at(i), marked.value(i, false));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

QString verdictHtml(const Comparison &c, const QList<Report> &reports, bool print)
{
    const int differences = c.count(CompareRow::State::Differs);
    QStringList names;
    for (int i = 0; i < c.labels.size(); ++i)
        names << esc(labelOf(c, reports, i));
    QString h = QStringLiteral("<b>Compared:</b> %1<br>").arg(names.join(QStringLiteral(" · ")));
    if (differences == 0)
        h += QStringLiteral("<span class=\"ok\">The servers agree</span> on everything their reports hold in common.");
    else
        h += QStringLiteral("<span class=\"bad\">%1 %2</span>").arg(differences).arg(differences == 1 ? QStringLiteral("difference") : QStringLiteral("differences"));
    h += QStringLiteral(" — %1 the same, %2 not comparable.").arg(c.count(CompareRow::State::Same)).arg(c.count(CompareRow::State::Incomparable));
    QStringList aspects;
    for (const CompareRow &row : c.rowsIn(CompareRow::State::Differs))
        if (!aspects.contains(row.aspect))
            aspects << row.aspect;
    if (!aspects.isEmpty())
        h += QStringLiteral("<br><b>They differ in:</b> %1").arg(esc(aspects.join(QStringLiteral(", "))));
    int findings = 0;
    for (const Report &r : reports)
        findings += int(r.findings.size());
    h += QStringLiteral("<br><b>Findings:</b> ");
    QStringList perServer;
    for (int i = 0; i < reports.size(); ++i)
        perServer << QStringLiteral("[%1] %2").arg(i + 1).arg(html::severityCounts(reports.at(i).findings));
    h += perServer.join(QStringLiteral(" &nbsp; "));
    const QString colour = differences > 0 ? html::severityColour(Severity::Medium) : QStringLiteral("#3f9a62");
    return html::verdictBox(colour, h, print);
}

QString serversTable(const Comparison &c, const QList<Report> &reports, const QStringList &sources)
{
    bool banners = false;
    for (const Report &r : reports)
        banners = banners || !r.smtp.banner.isEmpty();
    QString h = QStringLiteral("<h2 id=\"servers\">The servers</h2>\n<table width=\"100%\">\n"
                               "<tr><th>Column</th><th>Server</th><th>From</th><th>Kind</th><th>Scanned</th>%1</tr>\n")
                    .arg(banners ? QStringLiteral("<th>Banner</th>") : QString());
    for (int i = 0; i < reports.size(); ++i) {
        const Report &r = reports.at(i);
        const QString source = sources.value(i, QStringLiteral("live"));
        QString server = QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(hostPortOf(r.target)));
        if (!r.target.address.isEmpty() && r.target.address != r.target.host)
            server += QStringLiteral("<br><span class=\"no\">%1</span>").arg(esc(r.target.address));
        if (!r.outcome.error.isEmpty())
            server += QStringLiteral("<br><span class=\"bad\">%1</span>").arg(esc(r.outcome.error));
        h += QStringLiteral("<tr><td>[%1] %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>%7</tr>\n")
                 .arg(i + 1)
                 .arg(esc(labelOf(c, reports, i)), server,
                      esc(source == QLatin1String("live") ? QStringLiteral("live scan") : QStringLiteral("saved report %1").arg(source)),
                      esc(r.kind), esc(html::timeText(r.startedAt)),
                      banners ? QStringLiteral("<td class=\"mono\">%1</td>").arg(esc(r.smtp.banner)) : QString());
    }
    return h + QStringLiteral("</table>\n");
}

} // namespace

QString comparisonToHtml(const Comparison &c, const QList<Report> &reports, const QStringList &sources,
                         const HtmlReportOptions &options)
{
    QStringList names;
    for (int i = 0; i < c.labels.size(); ++i)
        names << labelOf(c, reports, i);
    const QString title = options.title.isEmpty() ? QStringLiteral("MailTLS comparison — %1").arg(names.join(QStringLiteral(" vs "))) : options.title;
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    body += html::notesSection(options.notes);
    body += verdictHtml(c, reports, options.print);

    const QList<CompareRow> differences = c.rowsIn(CompareRow::State::Differs);
    body += QStringLiteral("<h2 id=\"differences\">Differences (%1)</h2>\n").arg(differences.size());
    if (differences.isEmpty()) {
        body += QStringLiteral("<p class=\"ok\">None: the servers agree on everything their reports hold in common.</p>\n");
    } else {
        body += QStringLiteral("<p class=\"meta\">Side by side; the values that differ are marked. A value in brackets and "
                               "italics is not in that report and makes no difference.</p>\n");
        body += rowsTable(c, reports, differences, true);
    }
    if (!c.notes.isEmpty()) {
        body += QStringLiteral("<div class=\"label\">Notes</div>\n<ul>\n");
        for (const QString &n : c.notes)
            body += QStringLiteral("<li>%1</li>\n").arg(esc(n));
        body += QStringLiteral("</ul>\n");
    }
    body += serversTable(c, reports, sources);

    for (int i = 0; i < reports.size(); ++i)
        body += html::findingsBlock(reports.at(i).findings, QStringLiteral("s%1").arg(i), options.print,
                                    QStringLiteral("Findings of %1").arg(columnHeader(c, reports, i)));

    const QList<CompareRow> same = c.rowsIn(CompareRow::State::Same);
    if (!same.isEmpty()) {
        body += QStringLiteral("<h2 id=\"same\">The same on all servers (%1)</h2>\n").arg(same.size());
        body += rowsTable(c, reports, same, false);
    }
    const QList<CompareRow> incomparable = c.rowsIn(CompareRow::State::Incomparable);
    if (!incomparable.isEmpty()) {
        body += QStringLiteral("<h2 id=\"incomparable\">Held by one report only (%1)</h2>\n").arg(incomparable.size());
        body += rowsTable(c, reports, incomparable, false);
    }
    return html::page(title, body, options, QStringLiteral(MAILTLS_VERSION));
}

} // namespace mailtls::core
