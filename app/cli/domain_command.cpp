#include "domain_command.h"
#include "cli_tr.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <unistd.h>

#include "cli_settings.h"
#include "common_options.h"
#include "console.h"
#include "interrupt_guard.h"
#include "jobs/domain_job.h"
#include "pdf/pdf_report.h"
#include "report/domain_json.h"
#include "report/domain_records.h"
#include "report/html_report.h"
#include "report_printer.h"

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

const QString kCommand = QStringLiteral("domain");

const char *const kDescription = QT_TRANSLATE_NOOP("mailtls",
    "Can mail for this domain be delivered securely? Looks up the domain's MX hosts and their\n"
    "addresses through a DNSSEC-validating resolver, runs a STARTTLS session on port 25 to every\n"
    "address (SNI = the MX name), matches the served chains against the DANE TLSA records,\n"
    "fetches the MTA-STS policy over HTTPS and reads the TLS-RPT record. Then one verdict line\n"
    "per kind of sending MTA (opportunistic, DANE, MTA-STS) and the findings with their fixes.");

const char *const kEpilogue = QT_TRANSLATE_NOOP("mailtls",
    "\n"
    "Verdicts: delivers, delivers_unprotected (delivers without the protection this kind of\n"
    "sender asks for), defers (mail waits in the sender's queue), unknown.\n"
    "\n"
    "Exit codes:\n"
    "  0    checked (and nothing reached --fail-on)\n"
    "  1    a finding at or above --fail-on SEVERITY\n"
    "  2    usage error: not a domain name, a bad --resolver, an unreadable --trust-anchor\n"
    "  3    no answer to judge: the resolver did not answer\n"
    "  130  interrupted (Ctrl-C)\n"
    "\n"
    "Examples:\n"
    "  mailtls domain example.org\n"
    "  mailtls domain example.org --json - | jq '.verdicts'\n"
    "  mailtls domain example.org --records      # plus the TLSA/MTA-STS/TLS-RPT records to publish\n"
    "  mailtls domain lab.test --resolver 127.0.0.1:5353 --trust-anchor lab.key --policy-ca-file lab-ca.pem\n");

struct Opt {
    QCommandLineOption help = helpOption();
    QCommandLineOption resolver{QStringLiteral("resolver"),
                                Cli::tr("The DNS resolver to ask (default: those of /etc/resolv.conf). Answers are "
                                               "validated here in any case."),
                                QStringLiteral("ADDR[:PORT]")};
    QCommandLineOption trustAnchor{QStringLiteral("trust-anchor"),
                                   Cli::tr("DNSSEC trust anchor: DNSKEY or DS records in zone-file form (default: "
                                                  "/usr/share/dns/root.key, the root key)."),
                                   QStringLiteral("FILE")};
    QCommandLineOption policyCa{QStringLiteral("policy-ca-file"),
                                Cli::tr("CA certificates for the MTA-STS policy host (default: the system store)."),
                                QStringLiteral("FILE")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              Cli::tr("CA certificates for the MX hosts' chains (default: the system store)."),
                              QStringLiteral("FILE")};
    QCommandLineOption ehlo = ehloOption();
    QCommandLineOption timeout = timeoutOption(15);
    QCommandLineOption proxy{QStringLiteral("proxy"),
                             Cli::tr("The SMTP sessions to the MX hosts go through this proxy: socks5://[USER@]HOST:PORT "
                                            "or http://[USER@]HOST:PORT (no password in the URL). DNS and the MTA-STS "
                                            "policy fetch stay direct."),
                             QStringLiteral("URL")};
    QCommandLineOption proxyPassFile = proxyPassFileOption();
    QCommandLineOption proxyConnections = proxyConnectionsOption();
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   Cli::tr("Sessions at once (default: 4)."), QStringLiteral("N")};
    QCommandLineOption noSessions{QStringLiteral("no-sessions"),
                                  Cli::tr("DNS and the MTA-STS policy only: connect to no MX host.")};
    QCommandLineOption port{QStringLiteral("port"),
                            Cli::tr("SMTP port of the MX hosts (default: 25, what senders use; others for labs)."),
                            QStringLiteral("PORT")};
    QCommandLineOption policyPort{QStringLiteral("policy-port"),
                                  Cli::tr("HTTPS port of the MTA-STS policy host (default: 443; others for labs)."),
                                  QStringLiteral("PORT")};
    QCommandLineOption json = jsonOption(Cli::tr("the domain report as JSON (schema mailtls.domain/1)"));
    QCommandLineOption html{QStringLiteral("html"), Cli::tr("Write the domain report as one HTML file."),
                            QStringLiteral("FILE")};
    QCommandLineOption pdf = pdfOption(Cli::tr("the domain report"));
    QCommandLineOption failOn = failOnOption();
    QCommandLineOption noColor = noColorOption();
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             Cli::tr("Print only the verdict lines.")};
    QCommandLineOption records{QStringLiteral("records"),
                               Cli::tr("Also print the records to publish for the MX set and the keys served now "
                                              "(TLSA 3 1 1, MTA-STS, TLS-RPT) and the sending side's DANE settings.")};

    QList<QCommandLineOption> all() const
    {
        return {help, resolver, trustAnchor, policyCa, caFile, ehlo, timeout, proxy, proxyPassFile, proxyConnections, concurrency, noSessions, port, policyPort,
                json, html, pdf, failOn, noColor, quiet, records};
    }
};

void setupParser(QCommandLineParser *parser, const Opt &opt)
{
    parser->setApplicationDescription(Cli::tr(kDescription));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(opt.all());
    parser->addPositionalArgument(QStringLiteral("DOMAIN"), Cli::tr("The mail domain, e.g. example.org."));
}

bool readPort(const QCommandLineParser &parser, const QCommandLineOption &option, quint16 *out, QString *error)
{
    int value = *out;
    if (!readInt(parser, option, 1, 65535, &value, error))
        return false;
    *out = quint16(value);
    return true;
}

bool parseArgs(const QStringList &args, DomainOptions *options, CliSettings *settings, bool *records, QString *error)
{
    QCommandLineParser parser;
    const Opt opt;
    setupParser(&parser, opt);
    if (!parseCommandLine(parser, args, kCommand, error))
        return false;
    if (parser.isSet(opt.help)) {
        settings->showHelp = true;
        settings->helpText = subcommandHelp(parser, QStringLiteral("mailtls domain [options] DOMAIN"), kEpilogue);
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty() ? Cli::tr("missing DOMAIN") : Cli::tr("one DOMAIN at a time");
        return false;
    }
    DomainOptions o;
    o.domain = positional.first();
    o.resolver = parser.value(opt.resolver).trimmed();
    if (parser.isSet(opt.trustAnchor)) {
        o.trustAnchorFile = parser.value(opt.trustAnchor);
        if (!readableFile(o.trustAnchorFile, QStringLiteral("--trust-anchor "), error))
            return false;
    }
    if (parser.isSet(opt.policyCa)) {
        o.policyCaFile = parser.value(opt.policyCa);
        if (!readableFile(o.policyCaFile, QStringLiteral("--policy-ca-file "), error))
            return false;
    }
    if (parser.isSet(opt.caFile)) {
        o.caFile = parser.value(opt.caFile);
        if (!readableFile(o.caFile, QStringLiteral("--ca-file "), error))
            return false;
    }
    if (parser.isSet(opt.ehlo)) {
        o.ehloName = parser.value(opt.ehlo);
        if (!checkSingleName(o.ehloName, QStringLiteral("ehlo"), error))
            return false;
    }
    int timeoutMs = 0;
    if (parser.isSet(opt.timeout) && !readTimeout(parser, opt.timeout, &timeoutMs, error))
        return false;
    o.timeoutMs = timeoutMs;
    if (!readProxyOptions(parser, opt.proxy, opt.proxyPassFile, &o.proxy, error))
        return false;
    if (!readInt(parser, opt.concurrency, 1, 32, &o.concurrency, error) || !readPort(parser, opt.port, &o.smtpPort, error) ||
        !readPort(parser, opt.policyPort, &o.policyPort, error))
        return false;
    o.sessions = !parser.isSet(opt.noSessions);
    *records = parser.isSet(opt.records);
    if (!readOutputOptions(parser, {&opt.json, &opt.html, &opt.failOn, &opt.noColor, &opt.quiet, &opt.pdf}, settings, error))
        return false;
    *options = o;
    return true;
}

// ---- the text ------------------------------------------------------------------------------

// The sentences core/diagnose/domain_rules.cpp builds the verdict lines from. The report (and its
// JSON) keeps them in English; the text shows them in the user's language by matching a line
// against these (most specific first). A line that matches none, or whose sentence has no
// translation, is shown as core wrote it.
const char *const kVerdictSentences[] = {
    QT_TRANSLATE_NOOP("mailtls", "bounces at once: the domain publishes a null MX (accepts no mail)"),
    QT_TRANSLATE_NOOP("mailtls", "bounces at once: the domain does not exist (NXDOMAIN)"),
    QT_TRANSLATE_NOOP("mailtls", "bounces: there is no MX and no address"),
    QT_TRANSLATE_NOOP("mailtls", "not known: the resolver used for this check did not answer"),
    QT_TRANSLATE_NOOP("mailtls", "not known: the check was cancelled"),
    QT_TRANSLATE_NOOP("mailtls", "delivers only if it does not validate DNSSEC: the MX answer is bogus"),
    QT_TRANSLATE_NOOP("mailtls", "defers: the MX lookup fails, so it cannot find where to deliver"),
    QT_TRANSLATE_NOOP("mailtls", "defers: it validates DNSSEC and gets no usable MX answer"),
    QT_TRANSLATE_NOOP("mailtls", "not checked: sessions were skipped"),
    QT_TRANSLATE_NOOP("mailtls", "defers: no MX address to connect to"),
    QT_TRANSLATE_NOOP("mailtls", "defers: none of the %1 MX addresses answered on port 25 (from here)"),
    QT_TRANSLATE_NOOP("mailtls", "delivers over TLS: the one MX address negotiates it"),
    QT_TRANSLATE_NOOP("mailtls", "delivers over TLS: all %1 MX addresses negotiate it"),
    QT_TRANSLATE_NOOP("mailtls", "delivers over TLS: %1 of %2 MX addresses answered, all with TLS"),
    QT_TRANSLATE_NOOP("mailtls", "delivers, but in cleartext to %1 of %2 answering MX addresses (no TLS there)"),
    QT_TRANSLATE_NOOP("mailtls", "delivers without authentication: no MX host has usable DANE records in a signed zone, so it "
                                 "falls back to opportunistic TLS"),
    QT_TRANSLATE_NOOP("mailtls", "not known: sessions were skipped, so no served chain was matched"),
    QT_TRANSLATE_NOOP("mailtls", "delivers with DANE: every MX host matches its TLSA records"),
    QT_TRANSLATE_NOOP("mailtls", "delivers with DANE through %1; skips %2"),
    QT_TRANSLATE_NOOP("mailtls", "delivers only through %1 (no DANE there); skips %2"),
    QT_TRANSLATE_NOOP("mailtls", "defers all mail: the TLSA or address answers of %1 are bogus or fail"),
    QT_TRANSLATE_NOOP("mailtls", "defers all mail: the served certificates of %1 do not match the TLSA records"),
    QT_TRANSLATE_NOOP("mailtls", "defers all mail: no address of %1 answered on port 25 (from here)"),
    QT_TRANSLATE_NOOP("mailtls", "defers all mail: the enforced policy refuses every MX host (%1), and %2 did not answer"),
    QT_TRANSLATE_NOOP("mailtls", "defers all mail: the enforced policy refuses every MX host (%1)"),
    QT_TRANSLATE_NOOP("mailtls", "delivers as an opportunistic sender: no MTA-STS policy is published"),
    QT_TRANSLATE_NOOP("mailtls", "delivers as if there were no policy: the published one cannot be used (senders that cached "
                                 "an older policy keep enforcing that one)"),
    QT_TRANSLATE_NOOP("mailtls", "delivers without checks: the policy's mode is none"),
    QT_TRANSLATE_NOOP("mailtls", "delivers even if checks fail (testing mode), and reports the failures"),
    QT_TRANSLATE_NOOP("mailtls", "not known: sessions were skipped, so certificates were not checked"),
    QT_TRANSLATE_NOOP("mailtls", "delivers: every MX host passes the enforced policy"),
    QT_TRANSLATE_NOOP("mailtls", "delivers through %1; refuses %2; %3 did not answer"),
    QT_TRANSLATE_NOOP("mailtls", "delivers through %1; refuses %2"),
    QT_TRANSLATE_NOOP("mailtls", "delivers through %1; %2 did not answer"),
    QT_TRANSLATE_NOOP("mailtls", "delivers through %1"),
    // An opportunistic sender's reason, inside "defers like an opportunistic sender: ...".
    QT_TRANSLATE_NOOP("mailtls", "defers like an opportunistic sender: %1"),
    QT_TRANSLATE_NOOP("mailtls", "no MX address to connect to"),
    QT_TRANSLATE_NOOP("mailtls", "none of the %1 MX addresses answered on port 25 (from here)"),
};

// `line` (one of core's verdict lines) in the user's language.
QString verdictLineText(const QString &line, int depth = 0)
{
    struct Sentence {
        const char *source;
        QRegularExpression pattern;   // the sentence with (.+?) for each %N
        QList<int> numbers;           // which %N each capture is
    };
    static const QList<Sentence> sentences = [] {
        QList<Sentence> out;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        for (const char *source : kVerdictSentences) {
            const QString text = QString::fromUtf8(source);
            QString pattern = QStringLiteral("^");
            QList<int> numbers;
            qsizetype last = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                pattern += QRegularExpression::escape(text.mid(last, m.capturedStart() - last)) + QStringLiteral("(.+?)");
                numbers << m.captured(1).toInt();
                last = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(text.mid(last)) + QLatin1Char('$');
            out.append({source, QRegularExpression(pattern), numbers});
        }
        return out;
    }();
    if (depth > 2)
        return line;
    for (const Sentence &s : sentences) {
        const QRegularExpressionMatch m = s.pattern.match(line);
        if (!m.hasMatch())
            continue;
        const QString translated = Cli::tr(s.source);
        if (translated == QString::fromUtf8(s.source))
            return line;   // no translation: exactly as core wrote it
        // Each %N once, left to right, so a host name with a percent sign is not read as one.
        QString out;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(translated); it.hasNext();) {
            const QRegularExpressionMatch p = it.next();
            out += translated.mid(last, p.capturedStart() - last);
            const int index = int(s.numbers.indexOf(p.captured(1).toInt()));
            out += index < 0 ? p.captured(0) : verdictLineText(m.captured(index + 1), depth + 1);
            last = p.capturedEnd();
        }
        return out + translated.mid(last);
    }
    return line;
}

class Printer
{
public:
    explicit Printer(bool color) : color_(color) {}

    QString paint(const QString &text, const char *sgr) const { return color_ ? styled(text, sgr) : text; }
    QString heading(const QString &title) const { return paint(title, "1") + QLatin1Char('\n'); }

    QString verdictWord(DeliveryVerdict v) const
    {
        switch (v) {
        case DeliveryVerdict::Delivers: return paint(fit(Cli::tr("delivers"), 11), "32");
        case DeliveryVerdict::DeliversUnprotected: return paint(fit(Cli::tr("unprotected"), 11), "33");
        case DeliveryVerdict::Defers: return paint(fit(Cli::tr("DEFERS"), 11), "1;31");
        case DeliveryVerdict::Unknown: break;
        }
        return paint(fit(Cli::tr("unknown"), 11), "2");
    }

    // `text` padded to `columns` terminal columns (CJK takes two a character); never cut.
    static QString fit(const QString &text, int columns)
    {
        return text + QString(qMax(0, columns - displayColumns(text)), QLatin1Char(' '));
    }

    static QString senderLabel(const QString &sender)
    {
        if (sender == QLatin1String("dane"))
            return QStringLiteral("DANE");
        if (sender == QLatin1String("mta-sts"))
            return QStringLiteral("MTA-STS");
        if (sender == QLatin1String("opportunistic"))
            return Cli::tr("opportunistic");
        return sender;
    }

    QString verdicts(const DomainReport &r) const
    {
        QString out = heading(Cli::tr("Would a sender deliver to %1?").arg(r.domain));
        for (const SenderVerdict &v : r.verdicts)
            out += QStringLiteral("  %1 %2  %3\n").arg(fit(senderLabel(v.sender), 13), verdictWord(v.verdict), verdictLineText(v.line));
        return out + QLatin1Char('\n');
    }

    static QString lookupState(const DnsLookup &l)
    {
        if (l.name.isEmpty())
            return Cli::tr("not looked up");   // a null MX or no such domain: nothing to ask
        if (!l.answered)
            return l.error.isEmpty() ? Cli::tr("no answer") : shownPhrase(l.errorPhrase, l.error);
        QString s = l.rcode == QLatin1String("NOERROR") ? dnssecStatusName(l.dnssec)
                                                       : QStringLiteral("%1, %2").arg(l.rcode, dnssecStatusName(l.dnssec));
        if (!l.whyBogus.isEmpty())
            s += QStringLiteral(": %1").arg(l.whyBogus);
        return s;
    }

    QString mxSection(const DomainReport &r) const
    {
        QString out = heading(Cli::tr("MX (%1)").arg(lookupState(r.mx)));
        if (r.nullMx)
            return out + Cli::tr("  null MX (RFC 7505): the domain accepts no mail\n\n");
        if (r.implicitMx)
            out += Cli::tr("  no MX records: the domain's own addresses stand in (RFC 5321 §5.1)\n");
        if (r.hosts.isEmpty())
            return out + Cli::tr("  no MX host\n\n");
        for (const MxHost &h : r.hosts) {
            QString line = QStringLiteral("  %1 %2").arg(h.implicit ? QStringLiteral("  -") : QString::number(h.preference).rightJustified(3), h.name);
            if (!h.checked) {
                out += line + Cli::tr("  (not checked)\n");
                continue;
            }
            QStringList aState;
            if (h.a.hasData() || !h.a.answered || isFailure(h.a))
                aState << QStringLiteral("A %1").arg(lookupState(h.a));
            if (h.aaaa.hasData() || isFailure(h.aaaa))
                aState << QStringLiteral("AAAA %1").arg(lookupState(h.aaaa));
            if (!h.a.cnameChain.isEmpty())
                aState << Cli::tr("via CNAME %1").arg(h.a.cnameChain.join(QStringLiteral(" -> ")));
            out += line + QStringLiteral("  (%1)\n").arg(aState.join(QStringLiteral(", ")));
            if (h.addresses.isEmpty())
                out += Cli::tr("        no address\n");
            for (const MxAddressCheck &a : r.addresses)
                if (a.mx == h.name)
                    out += QStringLiteral("        %1\n").arg(addressLine(a));
            if (r.sessionsSkipped)
                for (const QString &a : h.addresses)
                    out += Cli::tr("        %1  (not connected: --no-sessions)\n").arg(a);
            if (h.addressesNotChecked > 0)
                out += Cli::tr("        and %1 more address(es), not checked\n").arg(h.addressesNotChecked);
        }
        return out + QLatin1Char('\n');
    }

    static bool isFailure(const DnsLookup &l)
    {
        return !l.answered || (l.rcode != QLatin1String("NOERROR") && l.rcode != QLatin1String("NXDOMAIN"));
    }

    QString addressLine(const MxAddressCheck &a) const
    {
        const Report &s = a.session;
        QString line = a.address.leftJustified(16) + QLatin1Char(' ');
        if (!s.outcome.connected)
            return line + paint(Cli::tr("no connection: %1").arg(shownPhrase(s.outcome.errorPhrase, s.outcome.error)), "31");
        if (!s.smtp.starttlsOffered)
            return line + paint(Cli::tr("no STARTTLS"), "1;31");
        if (!s.tls.established)
            return line + paint(Cli::tr("TLS failed: %1").arg(s.tls.error.isEmpty() ? s.tls.alert : shownPhrase(s.tls.errorPhrase, s.tls.error)), "1;31");
        QStringList parts;
        parts << QStringLiteral("%1 %2").arg(s.tls.version, s.tls.cipher.iana.isEmpty() ? s.tls.cipher.openssl : s.tls.cipher.iana);
        if (!s.certificates.isEmpty()) {
            const Certificate &leaf = s.certificates.first();
            parts << Cli::tr("CN=%1 until %2").arg(leaf.commonName(), leaf.notAfter().date().toString(Qt::ISODate));
        }
        parts << (a.chainTrusted ? Cli::tr("trusted") : paint(Cli::tr("untrusted"), "33"));
        parts << (a.nameMatches ? Cli::tr("name ok") : paint(Cli::tr("name mismatch"), "33"));
        if (a.dane.attempted)
            parts << (a.dane.verified ? paint(Cli::tr("DANE ok"), "32") : paint(Cli::tr("DANE FAILS"), "1;31"));
        return line + parts.join(QStringLiteral(", "));
    }

    QString tlsaSection(const DomainReport &r) const
    {
        QString out = heading(Cli::tr("DANE (TLSA records)"));
        bool any = false;
        for (const MxHost &h : r.hosts) {
            if (!h.checked || (h.tlsa.records.isEmpty() && !isFailure(h.tlsa) && h.tlsa.dnssec != DnssecStatus::Bogus))
                continue;
            any = true;
            out += QStringLiteral("  %1  (%2)\n").arg(h.tlsa.name.isEmpty() ? QStringLiteral("_25._tcp.") + h.name : h.tlsa.name,
                                                    lookupState(h.tlsa));
            for (int i = 0; i < h.tlsaRecords.size(); ++i) {
                const TlsaRecord &t = h.tlsaRecords.at(i);
                QStringList matchedBy;
                for (const MxAddressCheck &a : r.addresses)
                    if (a.mx == h.name && a.dane.recordDepths.value(i, -1) >= 0)
                        matchedBy << Cli::tr("%1 (depth %2)").arg(a.address).arg(a.dane.recordDepths.at(i));
                QString text = t.text();
                if (text.size() > 40)
                    text = text.left(39) + QChar(0x2026);
                bool compared = false;   // a served chain was matched against this set
                for (const MxAddressCheck &a : r.addresses)
                    compared = compared || (a.mx == h.name && a.dane.attempted);
                const QString state = !matchedBy.isEmpty() ? Cli::tr("matched by %1").arg(matchedBy.join(QStringLiteral(", ")))
                    : compared                             ? Cli::tr("matches no served certificate")
                    : h.tlsa.dnssec != DnssecStatus::Secure ? Cli::tr("not compared: the records are not secure")
                                                            : Cli::tr("not compared: no certificate was served");
                out += QStringLiteral("    %1  %2 %3\n").arg(text, tlsaUsageName(t.usage), state);
            }
            for (const QString &u : h.tlsaUnparsed)
                out += Cli::tr("    %1  (cannot be read)\n").arg(u);
        }
        if (!any)
            out += Cli::tr("  none published\n");
        return out + QLatin1Char('\n');
    }

    QString stsSection(const DomainReport &r) const
    {
        const StsFacts &s = r.sts;
        QString out = heading(QStringLiteral("MTA-STS"));
        out += QStringLiteral("  _mta-sts.%1 TXT (%2)\n").arg(r.domain, lookupState(s.txt));
        for (const QString &t : s.txt.records)
            out += QStringLiteral("    \"%1\"\n").arg(t);
        const StsPolicyFetch &f = s.fetch;
        if (f.attempted) {
            QString state;
            if (f.httpStatus)
                state = QStringLiteral("HTTP %1%2, %3").arg(f.httpStatus)
                            .arg(f.contentType.isEmpty() ? QString() : QStringLiteral(" ") + f.contentType)
                            .arg(f.certificateValid ? Cli::tr("certificate valid")
                                                    : Cli::tr("certificate NOT valid: %1").arg(f.certificateError));
            else
                state = shownPhrase(f.errorPhrase, f.error);
            out += Cli::tr("  policy %1%2\n    %3\n").arg(f.url, f.address.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.address), state);
            if (!f.redirectLocation.isEmpty())
                out += Cli::tr("    redirects to %1 (not followed)\n").arg(f.redirectLocation);
        }
        if (s.policyParsed) {
            const StsPolicyText &p = s.policy;
            out += QStringLiteral("    mode %1, max_age %2\n").arg(p.mode.isEmpty() ? Cli::tr("(none)") : p.mode)
                       .arg(p.maxAge >= 0 ? QString::number(p.maxAge) : QStringLiteral("(none)"));
            for (const QString &m : p.mx) {
                QStringList covers;
                for (const MxHost &h : r.hosts)
                    if (stsPatternMatches(m, h.name))
                        covers << h.name;
                out += QStringLiteral("    mx: %1  %2\n").arg(m, covers.isEmpty() ? Cli::tr("(matches no MX host)")
                                                                            : Cli::tr("covers %1").arg(covers.join(QStringLiteral(", "))));
            }
        }
        return out + QLatin1Char('\n');
    }

    QString tlsRptSection(const DomainReport &r) const
    {
        QString out = heading(QStringLiteral("TLS-RPT"));
        out += QStringLiteral("  _smtp._tls.%1 TXT (%2)\n").arg(r.domain, lookupState(r.tlsRpt.txt));
        for (const QString &t : r.tlsRpt.txt.records)
            out += QStringLiteral("    \"%1\"\n").arg(t);
        return out + QLatin1Char('\n');
    }

private:
    bool color_;
};

} // namespace

int runDomainCommand(const QStringList &args)
{
    DomainOptions options;
    CliSettings settings;
    QString error;
    bool records = false;
    if (!parseArgs(args, &options, &settings, &records, &error)) {
        printError(kCommand, error + QLatin1Char(' ') + Cli::tr("(try '%1 --help')").arg(QStringLiteral("mailtls domain")));
        return ExitUsage;
    }
    if (settings.showHelp) {
        writeOut(settings.helpText);
        return ExitOk;
    }
    const bool jsonToStdout = settings.jsonPath == QLatin1String("-");
    const bool progress = !settings.quiet && ::isatty(STDERR_FILENO) == 1;

    CancelToken cancel;
    DomainReport report;
    {
        InterruptGuard guard(cancel);
        DomainEvents events;
        if (progress) {
            events.phase = [](const QString &phase) {
                if (phase != QLatin1String("done"))
                    writeErr(eraseLine() + QStringLiteral("  %1...").arg(phase));
                else
                    writeErr(eraseLine());
            };
        }
        report = runDomainCheck(options, cancel, events);
    }
    if (report.errorKind == ErrorKind::Cancelled || cancel.isCancelled()) {
        printError(QString(), Cli::tr("interrupted"));
        return ExitInterrupted;
    }
    if (report.errorKind == ErrorKind::Usage || report.errorKind == ErrorKind::FileUnreadable ||
        report.errorKind == ErrorKind::BadFormat) {
        printError(kCommand, shownPhrase(report.errorPhrase, report.error));
        return ExitUsage;
    }

    bool written = true;
    if (!settings.jsonPath.isEmpty()) {
        const QByteArray bytes = domainReportToJsonBytes(report);
        if (jsonToStdout) {
            writeOut(QString::fromUtf8(bytes));
        } else if (!writeOutputFile(settings.jsonPath, bytes, &error)) {
            printError(kCommand, Cli::tr("cannot write --json %1: %2").arg(settings.jsonPath, error));
            written = false;
        }
    }
    if (!settings.htmlPath.isEmpty()) {
        Error htmlError;
        if (!writeHtmlFile(settings.htmlPath, domainReportToHtml(report), &htmlError)) {
            printError(kCommand, Cli::tr("cannot write --html %1: %2").arg(settings.htmlPath, shownMessage(htmlError)));
            written = false;
        }
    }
    if (!settings.pdfPath.isEmpty()) {
        QByteArray bytes;
        Error pdfError;
        if (!pdf::domainReportToPdf(report, HtmlReportOptions(), &bytes, &pdfError) ||
            !pdf::writePdfFile(settings.pdfPath, bytes, &pdfError)) {
            printError(kCommand, Cli::tr("cannot write --pdf %1: %2").arg(settings.pdfPath, shownMessage(pdfError)));
            written = false;
        }
    }
    if (!jsonToStdout) {
        const bool color = !settings.noColor && stdoutWantsColor();
        Printer p(color);
        QString out;
        if (!settings.quiet) {
            out += p.heading(Cli::tr("Domain %1").arg(report.domain));
            out += Cli::tr("  resolver %1, trust anchor %2, %3 s\n\n")
                       .arg(report.resolver.isEmpty() ? QStringLiteral("-") : report.resolver,
                            report.trustAnchor.isEmpty() ? QStringLiteral("-") : report.trustAnchor)
                       .arg(double(report.durationMs) / 1000.0, 0, 'f', 1);
        }
        if (report.errorKind != ErrorKind::None)
            out += QStringLiteral("  %1\n\n").arg(shownPhrase(report.errorPhrase, report.error));
        out += p.verdicts(report);
        if (!settings.quiet) {
            out += p.mxSection(report) + p.tlsaSection(report) + p.stsSection(report) + p.tlsRptSection(report);
            PrinterOptions po;
            po.color = color;
            out += ReportPrinter(po).findingsSection(report.findings);
        }
        if (records && report.errorKind == ErrorKind::None && !report.nullMx && !report.hosts.isEmpty()) {
            DomainRecords published;
            Error recordsError;
            if (buildDomainRecords(domainRecordsInputFor(report), &published, &recordsError))
                out += p.heading(Cli::tr("Records to publish (the MX set and the keys served now)")) +
                       domainRecordsText(published) + QLatin1Char('\n');
            else
                out += Cli::tr("  no records: %1\n").arg(shownMessage(recordsError));
        }
        writeOut(out);
    }
    if (!written)
        return ExitUsage;
    if (report.errorKind != ErrorKind::None) {
        printError(kCommand, shownPhrase(report.errorPhrase, report.error));   // exit 3: one line on stderr says why (CONTRACTS.md)
        return ExitUnreachable;
    }
    return failsOn(report.findings, settings) ? ExitFindings : ExitOk;
}

} // namespace mailtls::cli
