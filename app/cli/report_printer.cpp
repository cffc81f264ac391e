#include "report_printer.h"

#include "cli_tr.h"
#include "console.h"

#include <QMap>

#include "model/capabilities.h"

#include <algorithm>

using namespace mailtls::core;

namespace mailtls::cli {

namespace {

const char *const kBold = "1";
const char *const kDim = "2";
const char *const kRed = "31";
const char *const kBoldRed = "1;31";
const char *const kGreen = "32";
const char *const kYellow = "33";
const char *const kBlue = "34";
const char *const kMagenta = "35";
const char *const kCyan = "36";

QString utcText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("?");
}

QString modeText(const Target &t)
{
    const QString dialect = t.dialect == QLatin1String("sieve") ? QStringLiteral("ManageSieve") : t.dialect.toUpper();
    if (t.dialect == QLatin1String("none") || t.dialect.isEmpty())
        return t.implicitTls ? Cli::tr("TLS only, no mail protocol") : Cli::tr("no mail protocol");
    if (t.implicitTls)
        return Cli::tr("%1 inside implicit TLS").arg(dialect);
    return Cli::tr("%1 with STARTTLS").arg(dialect);
}

int severityRank(Severity s) { return int(s); }

// Counts in words; the translations give each language its own forms.
QString certificatesText(int n)
{
    return n == 1 ? Cli::tr("1 certificate") : Cli::tr("%1 certificates").arg(n);
}

QString daysText(int n)
{
    return n == 1 ? Cli::tr("1 day") : Cli::tr("%1 days").arg(n);
}

QString findingsText(int n)
{
    return n == 1 ? Cli::tr("1 finding") : Cli::tr("%1 findings").arg(n);
}

// `text` padded to exactly `columns` terminal columns (the column is as wide as its widest
// cell, headings included).
QString padded(const QString &text, int columns)
{
    return text + QString(qMax(0, columns - displayColumns(text)), QLatin1Char(' '));
}

} // namespace

ReportPrinter::ReportPrinter(PrinterOptions options) : options_(std::move(options)) {}

QDateTime ReportPrinter::now() const
{
    return options_.now.isValid() ? options_.now : QDateTime::currentDateTimeUtc();
}

QString ReportPrinter::paint(const QString &text, const char *ansi) const
{
    if (!options_.color || text.isEmpty())
        return text;
    return styled(text, ansi);
}

QString ReportPrinter::heading(const QString &title) const
{
    return paint(title, kBold) + QLatin1Char('\n');
}

QString ReportPrinter::field(const QString &label, const QString &value, int labelWidth) const
{
    return QStringLiteral("  ") + padColumns(label, labelWidth) + value + QLatin1Char('\n');
}

QString ReportPrinter::wrapped(const QString &text, int indent) const
{
    const int room = qMax(20, options_.width - indent);
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > room) {
                out += pad + line + QLatin1Char('\n');
                line.clear();
            }
            line += line.isEmpty() ? word : QLatin1Char(' ') + word;
        }
        out += pad + line + QLatin1Char('\n');
    }
    return out;
}

QString ReportPrinter::severityTag(Severity severity) const
{
    const QString tag = (QLatin1Char('[') + severityName(severity).toUpper() + QLatin1Char(']')).leftJustified(10);
    switch (severity) {
    case Severity::Critical: return paint(tag, kBoldRed);
    case Severity::High: return paint(tag, kRed);
    case Severity::Medium: return paint(tag, kYellow);
    case Severity::Low: return paint(tag, kCyan);
    case Severity::Info: return paint(tag, kDim);
    }
    return tag;
}

QString ReportPrinter::securityLevelNote(int level)
{
    static const int bits[] = {0, 80, 112, 128, 192, 256};
    static const int rsaBits[] = {0, 1024, 2048, 3072, 7680, 15360};
    const int index = std::clamp(level, 0, 5);
    const QString meaning = index == 0 ? Cli::tr("accepts legacy servers")
                                       : Cli::tr("rejects keys weaker than %1 bits, e.g. RSA/DH under %2 bits")
                                             .arg(bits[index]).arg(rsaBits[index]);
    return Cli::tr("client ran at OpenSSL security level %1 (%2)").arg(level).arg(meaning);
}

QString ReportPrinter::secondsText(qint64 ms)
{
    return QStringLiteral("+%1.%2s").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString ReportPrinter::targetSection(const Target &t) const
{
    QString out = heading(Cli::tr("Target"));
    out += field(Cli::tr("Host"), t.host);
    out += field(Cli::tr("Port"), QString::number(t.port));
    if (!t.address.isEmpty() && t.address != t.host)
        out += field(Cli::tr("Address"), t.address);
    out += field(Cli::tr("Mode"), modeText(t));
    out += field(QStringLiteral("SNI"), t.sni.isEmpty() ? Cli::tr("none sent") : t.sni);
    if (!t.servername.isEmpty() && t.servername != t.sni)
        out += field(Cli::tr("Certificate name"), t.servername);
    return out + QLatin1Char('\n');
}

QString ReportPrinter::transcriptHeading() const
{
    return heading(Cli::tr("Transcript"));
}

QString ReportPrinter::transcriptLine(const TranscriptLine &line) const
{
    QString marker = lineDirectionCode(line.dir) + QLatin1Char(':');
    QString text = line.text;
    switch (line.dir) {
    case LineDirection::Client:
        marker = paint(marker, kCyan);
        text = paint(text, kCyan);
        break;
    case LineDirection::Server: break;
    case LineDirection::Tls:
        marker = paint(marker, kMagenta);
        text = paint(text, kMagenta);
        break;
    case LineDirection::Note:
        marker = paint(marker, kDim);
        text = paint(text, kDim);
        break;
    }
    return QStringLiteral("  ") + paint(secondsText(line.tMs), kDim) + QStringLiteral("  ") + marker
        + QLatin1Char(' ') + text + QLatin1Char('\n');
}

QString ReportPrinter::transcriptSection(const QList<TranscriptLine> &lines) const
{
    QString out = transcriptHeading();
    for (const TranscriptLine &line : lines)
        out += transcriptLine(line);
    if (lines.isEmpty())
        out += QStringLiteral("  ") + Cli::tr("(nothing was exchanged)") + QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

QString ReportPrinter::tlsSection(const Report &report) const
{
    const TlsFacts &t = report.tls;
    QString out = heading(QStringLiteral("TLS"));
    if (!t.attempted) {
        QString why = Cli::tr("the session ended before TLS");
        if (!report.smtp.starttlsReply.isEmpty() && !report.smtp.starttlsAccepted)
            why = Cli::tr("STARTTLS was refused: %1").arg(report.smtp.starttlsReply);
        else if (!report.smtp.banner.isEmpty() && !report.smtp.starttlsOffered)
            why = Cli::tr("the server does not offer STARTTLS");
        out += QStringLiteral("  ") + Cli::tr("not attempted: ") + paint(why, kYellow) + QLatin1Char('\n');
        return out + QLatin1Char('\n');
    }
    if (!t.established) {
        const QString why = t.error.isEmpty() ? Cli::tr("handshake failed") : shownPhrase(t.errorPhrase, t.error);
        out += field(Cli::tr("Handshake"), paint(Cli::tr("failed: ") + why, kRed));
        if (!t.alert.isEmpty()) {
            QString alert = t.alert;
            if (t.alertDirection == QLatin1String("received"))
                alert += Cli::tr(" (sent by the server)");
            else if (t.alertDirection == QLatin1String("sent"))
                alert += Cli::tr(" (sent by us)");
            out += field(Cli::tr("Alert"), alert);
        }
        if (!t.version.isEmpty())
            out += field(Cli::tr("Protocol"), t.version);
    } else {
        out += field(Cli::tr("Protocol"), t.version.isEmpty() ? QStringLiteral("?") : t.version);
        QString cipher = t.cipher.iana.isEmpty() ? t.cipher.openssl : t.cipher.iana;
        QStringList aside;
        if (!t.cipher.openssl.isEmpty() && t.cipher.openssl != cipher)
            aside << QStringLiteral("OpenSSL %1").arg(t.cipher.openssl);
        if (t.cipher.code != 0)
            aside << Cli::tr("code %1").arg(t.cipher.codeHex());
        if (!aside.isEmpty())
            cipher += QStringLiteral("  (%1)").arg(aside.join(QLatin1String(", ")));
        out += field(Cli::tr("Cipher"), cipher);
    }
    if (!t.group.isEmpty())
        out += field(Cli::tr("Key exchange group"), t.group);
    if (!t.tempKeyType.isEmpty())
        out += field(Cli::tr("Server temp key"),
                     t.tempKeyBits > 0 ? Cli::tr("%1 %2 bits").arg(t.tempKeyType).arg(t.tempKeyBits)
                                       : t.tempKeyType);
    if (!t.peerSignatureType.isEmpty())
        out += field(Cli::tr("Peer signature"),
                     t.peerSignatureDigest.isEmpty()
                         ? t.peerSignatureType
                         : Cli::tr("%1 with %2").arg(t.peerSignatureType, t.peerSignatureDigest));
    if (t.established)
        out += field(Cli::tr("Compression"), t.compression.isEmpty() ? Cli::tr("none") : t.compression);
    if (t.verifyCode >= 0) {
        const QString verdict = t.verifyOk
            ? paint(Cli::tr("ok"), kGreen)
            : paint(Cli::tr("failed: code %1 (%2)").arg(t.verifyCode).arg(t.verifyMessage), kRed);
        out += field(Cli::tr("Verification"), verdict);
    } else if (t.established) {
        out += field(Cli::tr("Verification"), Cli::tr("not checked"));
    }
    if (t.clientCertificateRequested)
        out += field(Cli::tr("Client certificate"),
                     t.clientCertificateSent ? Cli::tr("requested by the server, sent")
                                             : Cli::tr("requested by the server, none sent"));
    if (t.sessionReused)
        out += field(Cli::tr("Session"), Cli::tr("resumed"));
    out += QStringLiteral("  ") + Cli::tr("Note: ") + securityLevelNote(t.securityLevel) + QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

QString ReportPrinter::capabilitySection(const SmtpFacts &smtp, const QString &dialect) const
{
    if (smtp.ehloBeforeTls.isEmpty() || smtp.ehloAfterTls.isEmpty())
        return QString();
    const QList<CapabilityChange> changes = compareCapabilities(smtp.ehloBeforeTls, smtp.ehloAfterTls);
    int width = qMax(10, displayColumns(Cli::tr("keyword")));
    int beforeWidth = qMax(10, displayColumns(Cli::tr("before TLS")));
    for (const CapabilityChange &c : changes) {
        width = qMax(width, int(qMin<qsizetype>(c.keyword.size(), 24)));
        beforeWidth = qMax(beforeWidth, int(qMin<qsizetype>(c.before.size(), 30)));
    }
    auto cell = [](const QString &params) {
        return params.isNull() ? QStringLiteral("-") : params.isEmpty() ? Cli::tr("yes") : params;
    };
    const bool accessDialect = dialect == QLatin1String("imap") || dialect == QLatin1String("pop3") || dialect == QLatin1String("sieve");
    QString out = heading(accessDialect ? Cli::tr("Capabilities before and after STARTTLS") : Cli::tr("EHLO before and after STARTTLS"));
    out += QStringLiteral("    %1  %2  %3\n")
               .arg(padded(Cli::tr("keyword"), width), padded(Cli::tr("before TLS"), beforeWidth),
                    Cli::tr("after TLS"));
    int changed = 0;
    for (const CapabilityChange &c : changes) {
        const char *mark = "  ";
        const char *color = nullptr;
        switch (c.kind) {
        case CapabilityChange::Kind::Same: break;
        case CapabilityChange::Kind::Added: mark = "+ "; color = kGreen; break;
        case CapabilityChange::Kind::Removed: mark = "- "; color = kYellow; break;
        case CapabilityChange::Kind::Changed: mark = "~ "; color = kYellow; break;
        }
        QString line = QStringLiteral("  %1%2  %3  %4")
                           .arg(QLatin1String(mark), c.keyword.leftJustified(width), padded(cell(c.before), beforeWidth),
                                cell(c.after));
        if (c.kind == CapabilityChange::Kind::Removed && (c.keyword == QLatin1String("STARTTLS") || c.keyword == QLatin1String("STLS")))
            line += QStringLiteral("   ") + Cli::tr("(expected: not offered again inside TLS)");
        else if (c.kind != CapabilityChange::Kind::Same)
            ++changed;
        out += (color ? paint(line, color) : line) + QLatin1Char('\n');
    }
    out += changed == 0 ? QStringLiteral("  ") + Cli::tr("Nothing changed but STARTTLS itself.") + QLatin1Char('\n')
                        : QStringLiteral("  ") + Cli::tr("%1 keyword(s) changed with TLS (+ added, - removed, ~ other parameters).").arg(changed) + QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

QString ReportPrinter::handshakeSection(const QList<HandshakeMessage> &messages) const
{
    QString out = heading(Cli::tr("Handshake"));
    if (messages.isEmpty())
        return out + QStringLiteral("  ") + Cli::tr("(no handshake messages recorded)") + QStringLiteral("\n\n");
    int timeWidth = qMax(4, displayColumns(Cli::tr("Time")));
    int dirWidth = qMax(3, displayColumns(Cli::tr("Dir")));
    int typeWidth = qMax(4, displayColumns(Cli::tr("Type")));
    int lengthWidth = qMax(6, displayColumns(Cli::tr("Length")));
    for (const HandshakeMessage &m : messages) {
        timeWidth = qMax(timeWidth, int(secondsText(m.tMs).size()));
        typeWidth = qMax(typeWidth, int(m.type.size()));
        lengthWidth = qMax(lengthWidth, int(QString::number(m.length).size()));
    }
    auto row = [&](const QString &time, const QString &dir, const QString &type, const QString &length,
                   const QString &summary) {
        return (padded(time, timeWidth) + QStringLiteral("  ") + padded(dir, dirWidth)
                + QStringLiteral("  ") + padded(type, typeWidth) + QStringLiteral("  ")
                + QString(qMax(0, lengthWidth - displayColumns(length)), QLatin1Char(' ')) + length
                + QStringLiteral("  ") + summary)
                   .trimmed()
                   .prepend(QStringLiteral("  "))
            + QLatin1Char('\n');
    };
    out += paint(row(Cli::tr("Time"), Cli::tr("Dir"), Cli::tr("Type"), Cli::tr("Length"),
                     Cli::tr("Summary"))
                     .chopped(1),
                 kDim)
        + QLatin1Char('\n');
    // Long summaries (a ClientHello lists a lot) wrap inside the summary column.
    const int summaryColumn = 2 + timeWidth + 2 + dirWidth + 2 + typeWidth + 2 + lengthWidth + 2;
    auto summaryText = [&](const QString &summary) {
        if (summary.size() + summaryColumn <= options_.width)
            return summary;
        return wrapped(summary, summaryColumn).mid(summaryColumn).chopped(1);
    };
    for (const HandshakeMessage &m : messages) {
        const QString arrow = m.dir == QLatin1String("C") ? QStringLiteral("C→S")
            : m.dir == QLatin1String("S")                 ? QStringLiteral("S→C")
                                                          : m.dir;
        QString line = row(secondsText(m.tMs), arrow, m.type, QString::number(m.length), summaryText(m.summary));
        if (m.type == QLatin1String("Alert"))
            line = paint(line.chopped(1), kRed) + QLatin1Char('\n');
        out += line;
    }
    return out + QLatin1Char('\n');
}

QString ReportPrinter::certificateSection(const CertificateChain &chain) const
{
    QString out = heading(chain.isEmpty() ? Cli::tr("Certificate chain")
                                          : Cli::tr("Certificate chain (%1)")
                                                .arg(certificatesText(int(chain.size()))));
    if (chain.isEmpty())
        return out + QStringLiteral("  ") + Cli::tr("No certificate was served.") + QStringLiteral("\n\n");
    const int labelWidth = 14;
    auto sub = [&](const QString &label, const QString &value) {
        return QStringLiteral("      ") + padColumns(label, labelWidth) + value + QLatin1Char('\n');
    };
    const QDateTime current = now();
    for (int i = 0; i < chain.size(); ++i) {
        const Certificate &c = chain.at(i);
        out += QStringLiteral("  ") + paint(QStringLiteral("#%1").arg(i), kBold) + QStringLiteral("  ")
            + paint(c.subject(), kBold) + QLatin1Char('\n');
        out += sub(Cli::tr("Issuer"), c.issuer());
        out += sub(Cli::tr("Serial"), c.serialHex());
        QString validity = Cli::tr("%1 to %2").arg(utcText(c.notBefore()), utcText(c.notAfter()));
        if (c.notBefore().isValid() && current < c.notBefore()) {
            const qint64 days = (current.secsTo(c.notBefore()) + 86399) / 86400;
            validity += QLatin1Char(' ') + paint(Cli::tr("(not valid yet: starts in %1)")
                                                     .arg(daysText(int(days))), kRed);
        } else if (c.notAfter().isValid()) {
            const qint64 secs = current.secsTo(c.notAfter());
            if (secs < 0) {
                validity += QLatin1Char(' ') + paint(Cli::tr("(EXPIRED %1 ago)")
                                                         .arg(daysText(int(-secs / 86400))), kRed);
            } else {
                const int days = int(secs / 86400);
                const QString left = Cli::tr("(%1 left)").arg(daysText(days));
                validity += QLatin1Char(' ') + (days < 30 ? paint(left, kYellow) : left);
            }
        }
        out += sub(Cli::tr("Valid"), validity);
        out += sub(Cli::tr("Key"), keyInfoText(c.key()));
        out += sub(Cli::tr("Signature"), c.signatureAlgorithm());
        const QStringList sans = c.subjectAltNames();
        if (!sans.isEmpty()) {
            // Long SAN lists wrap under the value column.
            const QString text = sans.join(QLatin1String(", "));
            const QString body = wrapped(text, 6 + labelWidth);
            out += sub(QStringLiteral("SAN"), body.mid(6 + labelWidth).chopped(1));
        } else {
            out += sub(QStringLiteral("SAN"), Cli::tr("none"));
        }
        out += sub(QStringLiteral("SHA-256"), c.sha256Fingerprint());
        out += sub(Cli::tr("Subject hash"), c.subjectHash());
        QStringList flags;
        if (c.isCa())
            flags << QStringLiteral("CA");
        if (c.isSelfSigned())
            flags << Cli::tr("self-signed");
        out += sub(Cli::tr("Flags"), flags.isEmpty() ? Cli::tr("end entity") : flags.join(QLatin1String(", ")));
    }
    return out + QLatin1Char('\n');
}

QString ReportPrinter::findingsSection(const Findings &findings) const
{
    if (findings.isEmpty())
        return heading(Cli::tr("Findings")) + QStringLiteral("  ") + Cli::tr("No findings.") + QStringLiteral("\n\n");
    QString out = heading(Cli::tr("Findings (%1)").arg(findings.size()));
    // Most serious first; the rules' order within one severity is kept.
    Findings sorted = findings;
    sortBySeverity(&sorted);
    const int indent = 2 + 10 + 1;
    const QString pad(indent, QLatin1Char(' '));
    for (const Finding &f : sorted) {
        out += QStringLiteral("  ") + severityTag(f.severity) + QLatin1Char(' ') + paint(f.id, kBold)
            + QStringLiteral("  ") + shownTitle(f) + QLatin1Char('\n');
        if (!f.detail.isEmpty())
            out += wrapped(shownDetail(f), indent);
        if (!f.evidence.isEmpty())
            out += wrapped(Cli::tr("Evidence: ") + f.evidence, indent);
        auto fixLines = [&](const QString &label, const QString &fix) {
            if (fix.isEmpty())
                return;
            const QStringList lines = fix.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i)
                out += pad + (i == 0 ? label : QString()).leftJustified(9) + paint(lines.at(i), kBlue)
                    + QLatin1Char('\n');
        };
        fixLines(QStringLiteral("Exim:"), f.fixExim);
        fixLines(QStringLiteral("Postfix:"), f.fixPostfix);
        fixLines(QStringLiteral("DNS:"), f.fixDns);
        fixLines(QStringLiteral("Dovecot:"), f.fixDovecot);
    }
    return out + QLatin1Char('\n');
}

QString ReportPrinter::summaryLine(const Report &report) const
{
    const Target &target = report.target;
    QString where = target.host.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
        : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
    QStringList parts;
    const OutcomeClass kind = report.outcome.errorClass();
    if (kind == OutcomeClass::Cancelled) {
        parts << Cli::tr("interrupted");
    } else if (kind == OutcomeClass::Connect || kind == OutcomeClass::Timeout || kind == OutcomeClass::Protocol) {
        parts << Cli::tr("failed: %1").arg(report.outcome.error.isEmpty() ? outcomeWord(report.outcome.errorKind)
                                                                          : shownPhrase(report.outcome.errorPhrase, report.outcome.error));
    } else if (kind == OutcomeClass::Usage) {
        // Our own settings were refused locally (cipher list, client key): not the server's fault.
        parts << Cli::tr("stopped: %1").arg(shownPhrase(report.outcome.errorPhrase, report.outcome.error));
    }
    const TlsFacts &t = report.tls;
    if (kind == OutcomeClass::Usage) {
        // nothing to say about the server's TLS
    } else if (t.established) {
        parts << QStringLiteral("%1 %2").arg(t.version, t.cipher.iana.isEmpty() ? t.cipher.openssl : t.cipher.iana);
        if (t.verifyCode >= 0)
            parts << (t.verifyOk ? Cli::tr("certificate verified")
                                 : Cli::tr("certificate not verified (code %1)").arg(t.verifyCode));
    } else if (t.attempted) {
        parts << (t.alert.isEmpty() ? Cli::tr("TLS handshake failed")
                                    : Cli::tr("TLS handshake failed (%1)").arg(t.alert));
    } else if (report.outcome.connected && parts.isEmpty()) {
        const Refusal &refusal = report.outcome.refusal;
        if (refusal.step == QLatin1String("starttls"))
            parts << Cli::tr("no TLS (STARTTLS refused: %1)").arg(refusal.reply);
        else
            parts << (report.smtp.starttlsOffered ? Cli::tr("no TLS") : Cli::tr("no TLS (STARTTLS not offered)"));
    }
    const bool failed = kind != OutcomeClass::None && kind != OutcomeClass::Tls;
    if (report.findings.isEmpty()) {
        if (!failed)
            parts << Cli::tr("no findings");
    } else {
        QMap<int, int> counts;
        for (const Finding &f : report.findings)
            ++counts[-severityRank(f.severity)];
        QStringList bySeverity;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            bySeverity << QStringLiteral("%1 %2").arg(it.value()).arg(severityName(Severity(-it.key())));
        parts << QStringLiteral("%1 (%2)")
                     .arg(findingsText(int(report.findings.size())), bySeverity.join(QLatin1String(", ")));
    }
    QString line = paint(where, kBold) + QStringLiteral(": ") + parts.join(QLatin1String(", ")) + QLatin1Char('\n');
    // Why the server refused, as far as its reply tells (diagnose/refusal_hint.h).
    if (!report.outcome.refusal.hint.isEmpty())
        line += QStringLiteral("  ")
            + Cli::tr("likely: %1").arg(shownPhrase(report.outcome.refusal.hintPhrase, report.outcome.refusal.hint))
            + QLatin1Char('\n');
    return line;
}

QString ReportPrinter::afterTranscript(const Report &report) const
{
    QString out;
    // Without a connection there is nothing to say about TLS, and "No findings." would read
    // as a clean bill of health.
    out += capabilitySection(report.smtp, report.target.dialect);
    if (report.outcome.connected || report.tls.attempted)
        out += tlsSection(report);
    if (report.tls.attempted) {
        out += handshakeSection(report.handshake);
        out += certificateSection(report.certificates);
    }
    const OutcomeClass kind = report.outcome.errorClass();
    const bool cutShort = kind != OutcomeClass::None && kind != OutcomeClass::Tls;
    if (!report.findings.isEmpty() || (report.outcome.connected && !cutShort))
        out += findingsSection(report.findings);
    out += summaryLine(report);
    return out;
}

QString ReportPrinter::render(const Report &report) const
{
    return targetSection(report.target) + transcriptSection(report.transcript) + afterTranscript(report);
}

QString ReportPrinter::scanSection(const Report &report) const
{
    const ScanResult &scan = report.scan;
    QString out = heading(Cli::tr("Scan"));
    if (!scan.present)
        return out + QStringLiteral("  ") + Cli::tr("No scan ran.") + QStringLiteral("\n\n");
    static const QStringList versions = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                                         QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    static const QStringList legacy = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3")};
    out += QStringLiteral("  ") + Cli::tr("Protocols") + QLatin1Char('\n');
    for (const QString &v : versions) {
        QString state;
        if (!scan.protocols.contains(v))
            state = paint(Cli::tr("not tested"), kDim);
        else if (scan.protocols.value(v))
            state = legacy.contains(v) ? paint(Cli::tr("accepted"), kRed) : paint(Cli::tr("accepted"), kGreen);
        else
            state = v == QLatin1String("TLSv1.3") ? paint(Cli::tr("not accepted"), kYellow) : Cli::tr("not accepted");
        out += QStringLiteral("    ") + v.leftJustified(10) + state + QLatin1Char('\n');
    }
    auto gradeText = [this](const QString &grade) {
        const QString g = grade.leftJustified(11);
        if (grade == QLatin1String("insecure"))
            return paint(g, kBoldRed);
        if (grade == QLatin1String("weak"))
            return paint(g, kYellow);
        if (grade == QLatin1String("strong"))
            return paint(g, kGreen);
        return g;
    };
    for (int i = int(versions.size()) - 1; i >= 0; --i) {
        const QString &v = versions.at(i);
        const QList<SuiteInfo> suites = scan.ciphers.value(v);
        if (suites.isEmpty())
            continue;
        QString order = Cli::tr("client's order");
        if (scan.serverPreference.contains(v) && scan.serverPreference.value(v))
            order = Cli::tr("server's order");
        else if (!scan.serverPreference.contains(v))
            order = Cli::tr("order not tested");
        out += QLatin1Char('\n') + QStringLiteral("  ") + Cli::tr("%1 suites (%2, %3)").arg(v).arg(suites.size()).arg(order) + QLatin1Char('\n');
        int nameWidth = 0;
        for (const SuiteInfo &s : suites)
            nameWidth = qMax(nameWidth, int(s.iana.size()));
        for (const SuiteInfo &s : suites) {
            const QString code = s.code != 0 ? suiteCodeHex(s.code)
                                             : QString();
            out += QStringLiteral("    ") + code.leftJustified(8) + gradeText(s.grade) + s.iana.leftJustified(nameWidth + 2)
                + paint(s.openssl, kDim) + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n');
    out += field(Cli::tr("Groups"), scan.groups.isEmpty() ? Cli::tr("none found") : scan.groups.join(QLatin1String(", ")));
    out += field(Cli::tr("DH prime"), scan.dhBits > 0 ? Cli::tr("%1 bits (smallest seen)").arg(scan.dhBits)
                                                             : Cli::tr("no DHE suite accepted"));
    out += field(Cli::tr("Certificate types"),
                 scan.certificateTypes.isEmpty() ? Cli::tr("none seen") : scan.certificateTypes.join(QLatin1String(", ")));
    for (int i = 0; i < scan.servedChains.size() && i < scan.certificateTypes.size(); ++i) {
        const CertificateChain &chain = scan.servedChains.at(i);
        if (!chain.isEmpty())
            out += field(QString(), QStringLiteral("%1: %2 (%3)").arg(scan.certificateTypes.at(i), chain.first().subject(),
                                                                       keyInfoText(chain.first().key())));
    }
    if (scan.hygiene.present) {
        // One word per check (the evidence is in --json and the findings).
        const HygieneResult &h = scan.hygiene;
        const auto word = [](const HygieneCheck &c) {
            switch (c.state) {
            case CheckState::Yes: return Cli::tr("yes");
            case CheckState::No: return Cli::tr("no");
            case CheckState::NotApplicable: return QStringLiteral("n/a");
            case CheckState::Untested: break;
            }
            return Cli::tr("not tested");
        };
        out += field(Cli::tr("Hygiene"),
                     QStringLiteral("secure renegotiation %1, client renegotiation %2, fallback SCSV %3, downgrade sentinel %4, "
                                    "EMS %5, ETM %6")
                         .arg(word(h.secureRenegotiation), word(h.clientRenegotiation), word(h.fallbackScsv),
                              word(h.downgradeSentinel), word(h.extendedMasterSecret), word(h.encryptThenMac)));
        // Known attacks (scan/attack_probes.h): "yes" is vulnerable.
        out += field(Cli::tr("Attacks"),
                     Cli::tr("heartbleed leak %1, CCS injection accepted %2, ROBOT oracle %3, ticketbleed leak %4")
                         .arg(word(h.heartbleedLeak), word(h.ccsInjectionAccepted), word(h.robotOracle), word(h.ticketbleedLeak)));
        // Resumption, OCSP stapling and 0-RTT (scan/resumption_probes.h).
        const auto lifetime = [](qint64 seconds) {
            return seconds < 0 ? QString() : seconds == 0 ? Cli::tr(" (no lifetime hint)") : Cli::tr(" (lifetime %1 s)").arg(seconds);
        };
        out += field(Cli::tr("Resumption"),
                     Cli::tr("session id %1, ticket %2%3, TLS 1.3 ticket %4%5")
                         .arg(word(h.sessionIdResumption), word(h.ticketResumption), lifetime(h.ticketLifetime),
                              word(h.tls13Resumption), lifetime(h.tls13TicketLifetime)));
        QString staple = h.ocspStapling.state == CheckState::No ? Cli::tr("none") : word(h.ocspStapling);
        if (h.ocspStapling.state == CheckState::Yes) {
            staple = h.ocspStatus.isEmpty() ? Cli::tr("unusable (see --json)") : h.ocspStatus;
            if (h.ocspThisUpdate.isValid())
                staple += Cli::tr(", this update %1").arg(h.ocspThisUpdate.toString(Qt::ISODate));
            if (h.ocspNextUpdate.isValid())
                staple += Cli::tr(", next update %1%2")
                              .arg(h.ocspNextUpdate.toString(Qt::ISODate),
                                   h.ocspNextUpdate < QDateTime::currentDateTimeUtc() ? Cli::tr(" (passed)") : QString());
        }
        if (h.mustStaple)
            staple += Cli::tr("; the certificate is must-staple");
        out += field(Cli::tr("OCSP staple"), staple);
        QString early = word(h.earlyData);
        if (h.earlyData.state == CheckState::Yes)
            early = Cli::tr("accepted");
        else if (h.earlyData.state == CheckState::No)
            early = h.tls13MaxEarlyData == 0 ? Cli::tr("not offered") : Cli::tr("rejected");
        out += field(Cli::tr("0-RTT"), early);
    }
    if (scan.starttls.present) {
        // STARTTLS's own weaknesses (scan/starttls_probes.h): one word each, the evidence in
        // --json and in the findings.
        const StartTlsChecks &c = scan.starttls;
        const auto word = [](const HygieneCheck &check) {
            switch (check.state) {
            case CheckState::Yes: return Cli::tr("yes");
            case CheckState::No: return Cli::tr("no");
            case CheckState::NotApplicable: return QStringLiteral("n/a");
            case CheckState::Untested: break;
            }
            return Cli::tr("not tested");
        };
        out += field(QStringLiteral("STARTTLS"),
                     Cli::tr("role %1: MAIL before TLS %2, AUTH before TLS %3, command injection %4")
                         .arg(c.role, word(c.mailBeforeTls), word(c.authBeforeTls), word(c.commandInjection)));
        if (c.bytesAfter220 > 0)
            out += field(QString(), Cli::tr("%1 byte(s) of cleartext after the 220 to STARTTLS").arg(c.bytesAfter220));
    }
    QString cost = Cli::tr("%1 connections, %2 handshakes").arg(scan.connections).arg(scan.handshakes);
    if (scan.retries > 0)
        cost += Cli::tr(", %1 retries after busy answers").arg(scan.retries);
    out += field(Cli::tr("Cost"), cost + Cli::tr(" in %1 s").arg(report.durationMs / 1000.0, 0, 'f', 1));
    return out + QLatin1Char('\n');
}

QString ReportPrinter::scanSummaryLine(const Report &report) const
{
    const Target &target = report.target;
    const QString where = target.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
                                                                 : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
    QStringList parts;
    const OutcomeClass kind = report.outcome.errorClass();
    if (kind == OutcomeClass::Cancelled)
        parts << Cli::tr("interrupted");
    else if (kind != OutcomeClass::None)
        parts << Cli::tr("failed: %1").arg(report.outcome.error.isEmpty() ? outcomeWord(report.outcome.errorKind)
                                                                          : shownPhrase(report.outcome.errorPhrase, report.outcome.error));
    if (report.scan.present && (kind == OutcomeClass::None || kind == OutcomeClass::Cancelled)) {
        QStringList versions;
        int suites = 0;
        for (auto it = report.scan.protocols.cbegin(); it != report.scan.protocols.cend(); ++it)
            if (it.value()) {
                versions << it.key();
                suites += int(report.scan.ciphers.value(it.key()).size());
            }
        parts << (versions.isEmpty() ? Cli::tr("no TLS version accepted")
                                     : Cli::tr("%1; %2 suite/version pairs").arg(versions.join(QLatin1Char(' '))).arg(suites));
        parts << Cli::tr("%1 connections").arg(report.scan.connections);
    }
    if (kind == OutcomeClass::None)
        parts << (report.findings.isEmpty() ? Cli::tr("no findings") : findingsText(int(report.findings.size())));
    return paint(where, kBold) + QStringLiteral(": ") + parts.join(QLatin1String(", ")) + QLatin1Char('\n');
}

} // namespace mailtls::cli
