#include "report/simulation_html.h"

#include <QSet>

#include "catalog/cipher_catalog.h"
#include "catalog/versions.h"
#include "report/html_parts.h"

namespace mailtls::core {

namespace {

using html::esc;
using html::factRow;
using html::factTextRow;

QString hostPortOf(const Target &t)
{
    if (t.port == 0)
        return t.host;
    return t.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(t.host).arg(t.port)
                                             : QStringLiteral("%1:%2").arg(t.host).arg(t.port);
}

QString partnerName(const ClientOffer &o)
{
    if (o.title.isEmpty())
        return o.name;
    return o.name.isEmpty() ? o.title : QStringLiteral("%1 (%2)").arg(o.title, o.name);
}

// "ECDHE-RSA-AES128-GCM-SHA256 (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)", escaped, in code type.
QString suiteHtml(const SuiteInfo &s)
{
    const QString ossl = opensslNameOf(s);
    if (ossl.isEmpty() || ossl == s.iana)
        return QStringLiteral("<code>%1</code>").arg(esc(s.iana));
    return QStringLiteral("<code>%1</code> (<code>%2</code>)").arg(esc(ossl), esc(s.iana));
}

QString suiteName(quint16 code)
{
    if (const SuiteInfo *info = CipherCatalog::instance().byCode(code)) {
        const QString ossl = opensslNameOf(*info);
        return ossl.isEmpty() ? info->iana : ossl;
    }
    return suiteCodeHex(code);
}

QString listOr(const QStringList &items, const QString &none, const QString &separator = QStringLiteral(", "))
{
    return items.isEmpty() ? none : items.join(separator);
}

QString yesNo(bool yes, const QString &yesText = QStringLiteral("yes"), const QString &noText = QStringLiteral("no"))
{
    return yes ? QStringLiteral("<span class=\"yes\">%1</span>").arg(esc(yesText))
               : QStringLiteral("<span class=\"no\">%1</span>").arg(esc(noText));
}

// What the partner gets, told from the live handshake when it ran, else from the prediction.
QString verdictHtml(const SimulationResult &r, bool print)
{
    const Prediction &p = r.prediction;
    const LiveHandshake &l = r.live;
    const bool fails = r.partnerFails();
    QString h = QStringLiteral("<b>Will the partner %1 connect to %2?</b><br>")
                    .arg(esc(r.offer.name.isEmpty() ? r.offer.title : r.offer.name), esc(hostPortOf(r.report.target)));
    if (!fails) {
        const QString version = l.ran && l.serverAccepted ? l.version : p.version;
        const SuiteInfo suite = l.ran && l.serverAccepted ? l.suite : p.suite;
        const QString group = l.ran && l.serverAccepted ? l.group : p.group;
        const int dhBits = l.ran && l.serverAccepted ? l.dhBits : p.dhBits;
        h += QStringLiteral("<span class=\"ok\">YES, it connects.</span><br>It gets <b>%1</b> with %2")
                 .arg(esc(tlsVersionLabel(version)), suiteHtml(suite));
        if (dhBits > 0)
            h += QStringLiteral(", a %1-bit DH prime").arg(dhBits);
        else if (!group.isEmpty())
            h += QStringLiteral(", group <code>%1</code>").arg(esc(group));
        h += QStringLiteral(".");
    } else if (!p.connects) {
        h += QStringLiteral("<span class=\"bad\">NO, it cannot connect.</span><br>%1 <b>%2</b> <span class=\"id mono\">%3</span>")
                 .arg(html::severityBadge(p.finding.severity), esc(p.finding.title), esc(p.finding.id));
        if (!p.failedVersion.isEmpty())
            h += QStringLiteral(" — in %1").arg(esc(tlsVersionLabel(p.failedVersion)));
    } else {
        // Predicted to connect, but the real handshake did not.
        h += QStringLiteral("<span class=\"bad\">NO, the real handshake failed.</span><br>%1")
                 .arg(esc(l.clientAbortReason.isEmpty() ? liveEndingText(l) : l.clientAbortReason));
        if (!l.error.isEmpty())
            h += QStringLiteral(" — ") + esc(l.error);
    }
    if (!p.sentence.isEmpty())
        h += QStringLiteral("<br><b>Why:</b> %1").arg(esc(p.sentence));
    if (l.ran)
        h += QStringLiteral("<br><b>Checked by a real handshake:</b> %1").arg(esc(l.verdict));
    else
        h += QStringLiteral("<br><span class=\"no\">A prediction from %1; no real handshake was made.</span>").arg(esc(r.serverSource));
    QString colour = QStringLiteral("#3f9a62");
    if (fails)
        colour = p.connects ? html::severityColour(Severity::High) : html::severityColour(p.finding.severity);
    return html::verdictBox(colour, h, print);
}

QString stepsSection(const Prediction &p)
{
    if (p.steps.isEmpty() && p.caveats.isEmpty())
        return QString();
    QString h = QStringLiteral("<h2 id=\"how\">How the verdict was reached</h2>\n<ol>\n");
    for (const QString &s : p.steps)
        h += QStringLiteral("<li>%1</li>\n").arg(esc(s));
    h += QStringLiteral("</ol>\n");
    if (!p.caveats.isEmpty()) {
        h += QStringLiteral("<div class=\"label\">What the server's data could not tell</div>\n<ul>\n");
        for (const QString &c : p.caveats)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(c));
        h += QStringLiteral("</ul>\n");
    }
    return h;
}

QString partnerSection(const ClientOffer &o)
{
    QString h = QStringLiteral("<h2 id=\"partner\">The partner</h2>\n<table class=\"facts\">\n");
    h += factRow(QStringLiteral("Profile"), QStringLiteral("<b>%1</b>").arg(esc(o.name)));
    h += factTextRow(QStringLiteral("Description"), o.title);
    h += factTextRow(QStringLiteral("Lists from"), o.source);
    h += factTextRow(QStringLiteral("Versions offered"), o.versionRangeText());
    h += factRow(QStringLiteral("Suites offered"), QStringLiteral("%1 up to TLS 1.2, %2 for TLS 1.3").arg(o.ciphers.size()).arg(o.tls13Suites.size()));
    h += factTextRow(QStringLiteral("Groups"), listOr(o.groups, QStringLiteral("not restricted")));
    h += factTextRow(QStringLiteral("Signature algorithms"), listOr(o.sigalgs, QStringLiteral("not restricted")));
    h += factTextRow(QStringLiteral("Smallest DH prime"), o.minDhBits > 0 ? QStringLiteral("%1 bits").arg(o.minDhBits) : QStringLiteral("not checked"));
    h += factTextRow(QStringLiteral("Not understood (left out)"), o.unknownNames.join(QStringLiteral(", ")));
    h += factTextRow(QStringLiteral("Notes"), o.notes.join(QLatin1Char('\n')));
    return h + QStringLiteral("</table>\n");
}

QString serverSection(const SimulationResult &r)
{
    const Report &rep = r.report;
    const ScanResult &scan = rep.scan;
    QStringList versions;
    for (const QString &v : scanVersions())
        if (scan.protocols.value(v, false))
            versions << tlsVersionLabel(v);
    QString h = QStringLiteral("<h2 id=\"server\">The server</h2>\n<table class=\"facts\">\n");
    h += factRow(QStringLiteral("Server"), QStringLiteral("<b>%1</b>").arg(esc(hostPortOf(rep.target))));
    h += factTextRow(QStringLiteral("Address"), rep.target.address);
    h += factTextRow(QStringLiteral("Facts from"), r.serverSource);
    h += factTextRow(QStringLiteral("Scanned"), html::timeText(rep.startedAt));
    h += factTextRow(QStringLiteral("Banner"), rep.smtp.banner);
    h += factTextRow(QStringLiteral("Versions accepted"), listOr(versions, QStringLiteral("none")));
    h += factTextRow(QStringLiteral("Certificate types"), listOr(serverCertificateTypes(scan), QStringLiteral("unknown"), QStringLiteral(" + ")));
    h += factTextRow(QStringLiteral("Groups"), listOr(scan.groups, QStringLiteral("none seen")));
    h += factTextRow(QStringLiteral("DH prime"), scan.dhBits > 0 ? QStringLiteral("%1 bits").arg(scan.dhBits) : QStringLiteral("none seen"));
    if (!rep.outcome.error.isEmpty())
        h += factTextRow(QStringLiteral("Stopped"), rep.outcome.error);
    return h + QStringLiteral("</table>\n");
}

// Versions side by side, then the suites of the version that decided: shared ones in the
// order the server picks, and what each side has that the other lacks.
QString offerSection(const SimulationResult &r)
{
    const ClientOffer &o = r.offer;
    const Prediction &p = r.prediction;
    const ScanResult &scan = r.report.scan;
    const QStringList offered = o.effectiveVersions();
    QString h = QStringLiteral("<h2 id=\"offer\">Offered and accepted</h2>\n"
                               "<table width=\"70%\">\n<tr><th>Version</th><th>Partner offers</th><th>Server accepts</th><th>Both</th></tr>\n");
    for (const QString &v : scanVersions()) {
        const bool partner = offered.contains(v);
        const bool tested = scan.protocols.contains(v);
        const bool server = scan.protocols.value(v, false);
        if (!partner && !server)
            continue;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(esc(tlsVersionLabel(v)), yesNo(partner), tested ? yesNo(server) : QStringLiteral("<span class=\"no\">not tested</span>"),
                      partner && server ? QStringLiteral("<span class=\"yes\">shared</span>") : QStringLiteral("—"));
    }
    h += QStringLiteral("</table>\n");

    QString version = p.connects ? p.version : p.failedVersion;
    if (version.isEmpty() && !p.sharedVersions.isEmpty())
        version = p.sharedVersions.last();
    if (version.isEmpty())
        return h + QStringLiteral("<p>The partner and the server have no version in common.</p>\n");

    const QString label = tlsVersionLabel(version);
    if (p.sharedSuites.isEmpty()) {
        h += QStringLiteral("<h3>Suites in %1: none in common</h3>\n").arg(esc(label));
    } else {
        h += QStringLiteral("<h3>Suites in %1 both sides have (%2), in the order the server picks</h3>\n")
                 .arg(esc(label)).arg(p.sharedSuites.size());
        h += QStringLiteral("<table>\n<tr><th>#</th><th>Suite</th><th>IANA name</th><th>Code</th></tr>\n");
        int n = 0;
        for (const SuiteInfo &s : p.sharedSuites) {
            ++n;
            h += QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2%3</td><td class=\"mono\">%4</td><td class=\"mono\">%5</td></tr>\n")
                     .arg(n)
                     .arg(esc(opensslNameOf(s).isEmpty() ? s.iana : opensslNameOf(s)),
                          p.connects && s.code == p.suite.code ? QStringLiteral(" <b>← chosen</b>") : QString(), esc(s.iana),
                          esc(suiteCodeHex(s.code)));
        }
        h += QStringLiteral("</table>\n");
    }
    // What each side has in that version that the other does not.
    const QList<quint16> &partnerCodes = version == QLatin1String("TLSv1.3") ? o.tls13Suites : o.ciphers;
    QSet<quint16> serverCodes;
    QStringList serverOnly;
    for (const SuiteInfo &s : scan.ciphers.value(version)) {
        serverCodes.insert(s.code);
        if (!partnerCodes.contains(s.code))
            serverOnly << (opensslNameOf(s).isEmpty() ? s.iana : opensslNameOf(s));
    }
    QStringList partnerOnly;
    for (quint16 code : partnerCodes)
        if (!serverCodes.contains(code))
            partnerOnly << suiteName(code);
    h += QStringLiteral("<table class=\"facts\">\n");
    h += factRow(QStringLiteral("Only the server accepts (%1)").arg(serverOnly.size()),
                 serverOnly.isEmpty() ? QStringLiteral("—") : QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(serverOnly.join(QStringLiteral(", ")))));
    h += factRow(QStringLiteral("Only the partner offers (%1)").arg(partnerOnly.size()),
                 partnerOnly.isEmpty() ? QStringLiteral("—") : QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(partnerOnly.join(QStringLiteral(", ")))));
    return h + QStringLiteral("</table>\n");
}

QString liveSection(const LiveHandshake &l)
{
    if (!l.ran)
        return QString();
    QString h = QStringLiteral("<h2 id=\"live\">The real handshake</h2>\n<table class=\"facts\">\n");
    h += factTextRow(QStringLiteral("Made with"), l.path == QLatin1String("raw") ? QStringLiteral("mailtls's own ClientHello: the exact offer")
                                                                             : QStringLiteral("an OpenSSL client with the partner's offer"));
    h += factTextRow(QStringLiteral("Left out (not sendable)"), l.omitted.join(QStringLiteral(", ")));
    h += factRow(QStringLiteral("Connected"), yesNo(l.connected));
    if (l.serverAccepted) {
        QString chose = QStringLiteral("<b>%1</b> with %2").arg(esc(tlsVersionLabel(l.version)), suiteHtml(l.suite));
        if (l.dhBits > 0)
            chose += QStringLiteral(", %1-bit DH prime").arg(l.dhBits);
        else if (!l.group.isEmpty())
            chose += QStringLiteral(", group <code>%1</code>").arg(esc(l.group));
        h += factRow(QStringLiteral("Server chose"), chose);
        h += factRow(QStringLiteral("Partner goes on"), yesNo(l.clientWouldAccept));
    } else if (l.connected) {
        h += factTextRow(QStringLiteral("Ended"), liveEndingText(l));
    }
    h += factTextRow(QStringLiteral("The partner would stop"), l.clientAbortReason);
    h += factTextRow(QStringLiteral("Error"), l.error);
    h += factRow(QStringLiteral("Prediction"), QStringLiteral("%1 — %2").arg(l.predictionHeld ? QStringLiteral("<span class=\"ok\">held</span>")
                                                                                               : QStringLiteral("<span class=\"bad\">did not hold</span>"),
                                                                          esc(l.verdict)));
    return h + QStringLiteral("</table>\n");
}

} // namespace

QString simulationToHtml(const SimulationResult &result, const HtmlReportOptions &options)
{
    const QString title = options.title.isEmpty()
                              ? QStringLiteral("MailTLS simulation — %1 to %2").arg(result.offer.name, hostPortOf(result.report.target))
                              : options.title;
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    body += QStringLiteral("<p class=\"meta\">Will this mail partner make a TLS connection to this server? Partner: %1. Server: %2, %3.</p>\n")
                .arg(esc(partnerName(result.offer)), esc(hostPortOf(result.report.target)), esc(result.serverSource));
    body += html::notesSection(options.notes);
    body += verdictHtml(result, options.print);
    if (!result.report.findings.isEmpty())
        body += html::findingsBlock(result.report.findings, QStringLiteral("sim"), options.print, QStringLiteral("What to change"));
    body += stepsSection(result.prediction);
    body += offerSection(result);
    body += liveSection(result.live);
    body += partnerSection(result.offer);
    body += serverSection(result);
    const QString version = result.report.toolVersion.isEmpty() ? QStringLiteral(MAILTLS_VERSION) : result.report.toolVersion;
    return html::page(title, body, options, version);
}

} // namespace mailtls::core
