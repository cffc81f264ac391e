#include "report_printer.h"

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
    const QString dialect = t.dialect.toUpper();
    if (t.dialect == QLatin1String("none") || t.dialect.isEmpty())
        return t.implicitTls ? QStringLiteral("TLS only, no mail protocol") : QStringLiteral("no mail protocol");
    if (t.implicitTls)
        return QStringLiteral("%1 inside implicit TLS").arg(dialect);
    return QStringLiteral("%1 with STARTTLS").arg(dialect);
}

int severityRank(Severity s) { return int(s); }

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
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
    return QStringLiteral("  ") + label.leftJustified(labelWidth) + value + QLatin1Char('\n');
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
    static const char *const meaning[] = {
        "accepts legacy servers",
        "rejects keys weaker than 80 bits, e.g. RSA/DH under 1024 bits",
        "rejects keys weaker than 112 bits, e.g. RSA/DH under 2048 bits",
        "rejects keys weaker than 128 bits, e.g. RSA/DH under 3072 bits",
        "rejects keys weaker than 192 bits, e.g. RSA/DH under 7680 bits",
        "rejects keys weaker than 256 bits, e.g. RSA/DH under 15360 bits",
    };
    const int index = std::clamp(level, 0, 5);
    return QStringLiteral("client ran at OpenSSL security level %1 (%2)").arg(level).arg(QLatin1String(meaning[index]));
}

QString ReportPrinter::secondsText(qint64 ms)
{
    return QStringLiteral("+%1.%2s").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString ReportPrinter::targetSection(const Target &t) const
{
    QString out = heading(QStringLiteral("Target"));
    out += field(QStringLiteral("Host"), t.host);
    out += field(QStringLiteral("Port"), QString::number(t.port));
    if (!t.address.isEmpty() && t.address != t.host)
        out += field(QStringLiteral("Address"), t.address);
    out += field(QStringLiteral("Mode"), modeText(t));
    out += field(QStringLiteral("SNI"), t.sni.isEmpty() ? QStringLiteral("none sent") : t.sni);
    if (!t.servername.isEmpty() && t.servername != t.sni)
        out += field(QStringLiteral("Certificate name"), t.servername);
    return out + QLatin1Char('\n');
}

QString ReportPrinter::transcriptHeading() const
{
    return heading(QStringLiteral("Transcript"));
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
        out += QStringLiteral("  (nothing was exchanged)\n");
    return out + QLatin1Char('\n');
}

QString ReportPrinter::tlsSection(const Report &report) const
{
    const TlsFacts &t = report.tls;
    QString out = heading(QStringLiteral("TLS"));
    if (!t.attempted) {
        QString why = QStringLiteral("the session ended before TLS");
        if (!report.smtp.starttlsReply.isEmpty() && !report.smtp.starttlsAccepted)
            why = QStringLiteral("STARTTLS was refused: %1").arg(report.smtp.starttlsReply);
        else if (!report.smtp.banner.isEmpty() && !report.smtp.starttlsOffered)
            why = QStringLiteral("the server does not offer STARTTLS");
        out += QStringLiteral("  not attempted: ") + paint(why, kYellow) + QLatin1Char('\n');
        return out + QLatin1Char('\n');
    }
    if (!t.established) {
        const QString why = t.error.isEmpty() ? QStringLiteral("handshake failed") : t.error;
        out += field(QStringLiteral("Handshake"), paint(QStringLiteral("failed: ") + why, kRed));
        if (!t.alert.isEmpty()) {
            QString alert = t.alert;
            if (t.alertDirection == QLatin1String("received"))
                alert += QStringLiteral(" (sent by the server)");
            else if (t.alertDirection == QLatin1String("sent"))
                alert += QStringLiteral(" (sent by us)");
            out += field(QStringLiteral("Alert"), alert);
        }
        if (!t.version.isEmpty())
            out += field(QStringLiteral("Protocol"), t.version);
    } else {
        out += field(QStringLiteral("Protocol"), t.version.isEmpty() ? QStringLiteral("?") : t.version);
        QString cipher = t.cipher.iana.isEmpty() ? t.cipher.openssl : t.cipher.iana;
        QStringList aside;
        if (!t.cipher.openssl.isEmpty() && t.cipher.openssl != cipher)
            aside << QStringLiteral("OpenSSL %1").arg(t.cipher.openssl);
        if (t.cipher.code != 0)
            aside << QStringLiteral("code %1").arg(t.cipher.codeHex());
        if (!aside.isEmpty())
            cipher += QStringLiteral("  (%1)").arg(aside.join(QLatin1String(", ")));
        out += field(QStringLiteral("Cipher"), cipher);
    }
    if (!t.group.isEmpty())
        out += field(QStringLiteral("Key exchange group"), t.group);
    if (!t.tempKeyType.isEmpty())
        out += field(QStringLiteral("Server temp key"),
                     t.tempKeyBits > 0 ? QStringLiteral("%1 %2 bits").arg(t.tempKeyType).arg(t.tempKeyBits)
                                       : t.tempKeyType);
    if (!t.peerSignatureType.isEmpty())
        out += field(QStringLiteral("Peer signature"),
                     t.peerSignatureDigest.isEmpty()
                         ? t.peerSignatureType
                         : QStringLiteral("%1 with %2").arg(t.peerSignatureType, t.peerSignatureDigest));
    if (t.established)
        out += field(QStringLiteral("Compression"), t.compression.isEmpty() ? QStringLiteral("none") : t.compression);
    if (t.verifyCode >= 0) {
        const QString verdict = t.verifyOk
            ? paint(QStringLiteral("ok"), kGreen)
            : paint(QStringLiteral("failed: code %1 (%2)").arg(t.verifyCode).arg(t.verifyMessage), kRed);
        out += field(QStringLiteral("Verification"), verdict);
    } else if (t.established) {
        out += field(QStringLiteral("Verification"), QStringLiteral("not checked"));
    }
    if (t.clientCertificateRequested)
        out += field(QStringLiteral("Client certificate"),
                     t.clientCertificateSent ? QStringLiteral("requested by the server, sent")
                                             : QStringLiteral("requested by the server, none sent"));
    if (t.sessionReused)
        out += field(QStringLiteral("Session"), QStringLiteral("resumed"));
    out += QStringLiteral("  Note: ") + securityLevelNote(t.securityLevel) + QLatin1Char('\n');
    return out + QLatin1Char('\n');
}

QString ReportPrinter::capabilitySection(const SmtpFacts &smtp) const
{
    if (smtp.ehloBeforeTls.isEmpty() || smtp.ehloAfterTls.isEmpty())
        return QString();
    const QList<CapabilityChange> changes = compareCapabilities(smtp.ehloBeforeTls, smtp.ehloAfterTls);
    int width = 10;
    int beforeWidth = 10;
    for (const CapabilityChange &c : changes) {
        width = qMax(width, int(qMin<qsizetype>(c.keyword.size(), 24)));
        beforeWidth = qMax(beforeWidth, int(qMin<qsizetype>(c.before.size(), 30)));
    }
    auto cell = [](const QString &params) {
        return params.isNull() ? QStringLiteral("-") : params.isEmpty() ? QStringLiteral("yes") : params;
    };
    QString out = heading(QStringLiteral("EHLO before and after STARTTLS"));
    out += QStringLiteral("    %1  %2  %3\n")
               .arg(QStringLiteral("keyword").leftJustified(width), QStringLiteral("before TLS").leftJustified(beforeWidth),
                    QStringLiteral("after TLS"));
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
                           .arg(QLatin1String(mark), c.keyword.leftJustified(width), cell(c.before).leftJustified(beforeWidth),
                                cell(c.after));
        if (c.kind == CapabilityChange::Kind::Removed && c.keyword == QLatin1String("STARTTLS"))
            line += QStringLiteral("   (expected: not offered again inside TLS)");
        else if (c.kind != CapabilityChange::Kind::Same)
            ++changed;
        out += (color ? paint(line, color) : line) + QLatin1Char('\n');
    }
    out += changed == 0 ? QStringLiteral("  Nothing changed but STARTTLS itself.\n")
                        : QStringLiteral("  %1 keyword(s) changed with TLS (+ added, - removed, ~ other parameters).\n").arg(changed);
    return out + QLatin1Char('\n');
}

QString ReportPrinter::handshakeSection(const QList<HandshakeMessage> &messages) const
{
    QString out = heading(QStringLiteral("Handshake"));
    if (messages.isEmpty())
        return out + QStringLiteral("  (no handshake messages recorded)\n\n");
    int timeWidth = 4, typeWidth = 4, lengthWidth = 6;
    for (const HandshakeMessage &m : messages) {
        timeWidth = qMax(timeWidth, int(secondsText(m.tMs).size()));
        typeWidth = qMax(typeWidth, int(m.type.size()));
        lengthWidth = qMax(lengthWidth, int(QString::number(m.length).size()));
    }
    auto row = [&](const QString &time, const QString &dir, const QString &type, const QString &length,
                   const QString &summary) {
        return (time.leftJustified(timeWidth) + QStringLiteral("  ") + dir.leftJustified(3)
                + QStringLiteral("  ") + type.leftJustified(typeWidth) + QStringLiteral("  ")
                + length.rightJustified(lengthWidth) + QStringLiteral("  ") + summary)
                   .trimmed()
                   .prepend(QStringLiteral("  "))
            + QLatin1Char('\n');
    };
    out += paint(row(QStringLiteral("Time"), QStringLiteral("Dir"), QStringLiteral("Type"), QStringLiteral("Length"),
                     QStringLiteral("Summary"))
                     .chopped(1),
                 kDim)
        + QLatin1Char('\n');
    // Long summaries (a ClientHello lists a lot) wrap inside the summary column.
    const int summaryColumn = 2 + timeWidth + 2 + 3 + 2 + typeWidth + 2 + lengthWidth + 2;
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
    QString out = heading(chain.isEmpty() ? QStringLiteral("Certificate chain")
                                          : QStringLiteral("Certificate chain (%1)")
                                                .arg(plural(int(chain.size()), "certificate", "certificates")));
    if (chain.isEmpty())
        return out + QStringLiteral("  No certificate was served.\n\n");
    const int labelWidth = 14;
    auto sub = [&](const QString &label, const QString &value) {
        return QStringLiteral("      ") + label.leftJustified(labelWidth) + value + QLatin1Char('\n');
    };
    const QDateTime current = now();
    for (int i = 0; i < chain.size(); ++i) {
        const Certificate &c = chain.at(i);
        out += QStringLiteral("  ") + paint(QStringLiteral("#%1").arg(i), kBold) + QStringLiteral("  ")
            + paint(c.subject(), kBold) + QLatin1Char('\n');
        out += sub(QStringLiteral("Issuer"), c.issuer());
        out += sub(QStringLiteral("Serial"), c.serialHex());
        QString validity = QStringLiteral("%1 to %2").arg(utcText(c.notBefore()), utcText(c.notAfter()));
        if (c.notBefore().isValid() && current < c.notBefore()) {
            const qint64 days = (current.secsTo(c.notBefore()) + 86399) / 86400;
            validity += QLatin1Char(' ') + paint(QStringLiteral("(not valid yet: starts in %1)")
                                                     .arg(plural(int(days), "day", "days")), kRed);
        } else if (c.notAfter().isValid()) {
            const qint64 secs = current.secsTo(c.notAfter());
            if (secs < 0) {
                validity += QLatin1Char(' ') + paint(QStringLiteral("(EXPIRED %1 ago)")
                                                         .arg(plural(int(-secs / 86400), "day", "days")), kRed);
            } else {
                const int days = int(secs / 86400);
                const QString left = QStringLiteral("(%1 left)").arg(plural(days, "day", "days"));
                validity += QLatin1Char(' ') + (days < 30 ? paint(left, kYellow) : left);
            }
        }
        out += sub(QStringLiteral("Valid"), validity);
        out += sub(QStringLiteral("Key"), keyInfoText(c.key()));
        out += sub(QStringLiteral("Signature"), c.signatureAlgorithm());
        const QStringList sans = c.subjectAltNames();
        if (!sans.isEmpty()) {
            // Long SAN lists wrap under the value column.
            const QString text = sans.join(QLatin1String(", "));
            const QString body = wrapped(text, 6 + labelWidth);
            out += sub(QStringLiteral("SAN"), body.mid(6 + labelWidth).chopped(1));
        } else {
            out += sub(QStringLiteral("SAN"), QStringLiteral("none"));
        }
        out += sub(QStringLiteral("SHA-256"), c.sha256Fingerprint());
        out += sub(QStringLiteral("Subject hash"), c.subjectHash());
        QStringList flags;
        if (c.isCa())
            flags << QStringLiteral("CA");
        if (c.isSelfSigned())
            flags << QStringLiteral("self-signed");
        out += sub(QStringLiteral("Flags"), flags.isEmpty() ? QStringLiteral("end entity") : flags.join(QLatin1String(", ")));
    }
    return out + QLatin1Char('\n');
}

QString ReportPrinter::findingsSection(const Findings &findings) const
{
    if (findings.isEmpty())
        return heading(QStringLiteral("Findings")) + QStringLiteral("  No findings.\n\n");
    QString out = heading(QStringLiteral("Findings (%1)").arg(findings.size()));
    // Most serious first; the rules' order within one severity is kept.
    Findings sorted = findings;
    sortBySeverity(&sorted);
    const int indent = 2 + 10 + 1;
    const QString pad(indent, QLatin1Char(' '));
    for (const Finding &f : sorted) {
        out += QStringLiteral("  ") + severityTag(f.severity) + QLatin1Char(' ') + paint(f.id, kBold)
            + QStringLiteral("  ") + f.title + QLatin1Char('\n');
        if (!f.detail.isEmpty())
            out += wrapped(f.detail, indent);
        if (!f.evidence.isEmpty())
            out += wrapped(QStringLiteral("Evidence: ") + f.evidence, indent);
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
        parts << QStringLiteral("interrupted");
    } else if (kind == OutcomeClass::Connect || kind == OutcomeClass::Timeout || kind == OutcomeClass::Protocol) {
        parts << QStringLiteral("failed: %1").arg(report.outcome.error.isEmpty() ? outcomeWord(report.outcome.errorKind)
                                                                                 : report.outcome.error);
    } else if (kind == OutcomeClass::Usage) {
        // Our own settings were refused locally (cipher list, client key): not the server's fault.
        parts << QStringLiteral("stopped: %1").arg(report.outcome.error);
    }
    const TlsFacts &t = report.tls;
    if (kind == OutcomeClass::Usage) {
        // nothing to say about the server's TLS
    } else if (t.established) {
        parts << QStringLiteral("%1 %2").arg(t.version, t.cipher.iana.isEmpty() ? t.cipher.openssl : t.cipher.iana);
        if (t.verifyCode >= 0)
            parts << (t.verifyOk ? QStringLiteral("certificate verified")
                                 : QStringLiteral("certificate not verified (code %1)").arg(t.verifyCode));
    } else if (t.attempted) {
        parts << (t.alert.isEmpty() ? QStringLiteral("TLS handshake failed")
                                    : QStringLiteral("TLS handshake failed (%1)").arg(t.alert));
    } else if (report.outcome.connected && parts.isEmpty()) {
        const Refusal &refusal = report.outcome.refusal;
        if (refusal.step == QLatin1String("starttls"))
            parts << QStringLiteral("no TLS (STARTTLS refused: %1)").arg(refusal.reply);
        else
            parts << (report.smtp.starttlsOffered ? QStringLiteral("no TLS") : QStringLiteral("no TLS (STARTTLS not offered)"));
    }
    const bool failed = kind != OutcomeClass::None && kind != OutcomeClass::Tls;
    if (report.findings.isEmpty()) {
        if (!failed)
            parts << QStringLiteral("no findings");
    } else {
        QMap<int, int> counts;
        for (const Finding &f : report.findings)
            ++counts[-severityRank(f.severity)];
        QStringList bySeverity;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            bySeverity << QStringLiteral("%1 %2").arg(it.value()).arg(severityName(Severity(-it.key())));
        parts << QStringLiteral("%1 (%2)")
                     .arg(plural(int(report.findings.size()), "finding", "findings"), bySeverity.join(QLatin1String(", ")));
    }
    QString line = paint(where, kBold) + QStringLiteral(": ") + parts.join(QLatin1String(", ")) + QLatin1Char('\n');
    // Why the server refused, as far as its reply tells (diagnose/refusal_hint.h).
    if (!report.outcome.refusal.hint.isEmpty())
        line += QStringLiteral("  likely: %1\n").arg(report.outcome.refusal.hint);
    return line;
}

QString ReportPrinter::afterTranscript(const Report &report) const
{
    QString out;
    // Without a connection there is nothing to say about TLS, and "No findings." would read
    // as a clean bill of health.
    out += capabilitySection(report.smtp);
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
    QString out = heading(QStringLiteral("Scan"));
    if (!scan.present)
        return out + QStringLiteral("  No scan ran.\n\n");
    static const QStringList versions = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3"), QStringLiteral("TLSv1"),
                                         QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    static const QStringList legacy = {QStringLiteral("SSLv2"), QStringLiteral("SSLv3")};
    out += QStringLiteral("  Protocols\n");
    for (const QString &v : versions) {
        QString state;
        if (!scan.protocols.contains(v))
            state = paint(QStringLiteral("not tested"), kDim);
        else if (scan.protocols.value(v))
            state = legacy.contains(v) ? paint(QStringLiteral("accepted"), kRed) : paint(QStringLiteral("accepted"), kGreen);
        else
            state = v == QLatin1String("TLSv1.3") ? paint(QStringLiteral("not accepted"), kYellow) : QStringLiteral("not accepted");
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
        QString order = QStringLiteral("client's order");
        if (scan.serverPreference.contains(v) && scan.serverPreference.value(v))
            order = QStringLiteral("server's order");
        else if (!scan.serverPreference.contains(v))
            order = QStringLiteral("order not tested");
        out += QLatin1Char('\n') + QStringLiteral("  %1 suites (%2, %3)\n").arg(v).arg(suites.size()).arg(order);
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
    out += field(QStringLiteral("Groups"), scan.groups.isEmpty() ? QStringLiteral("none found") : scan.groups.join(QLatin1String(", ")));
    out += field(QStringLiteral("DH prime"), scan.dhBits > 0 ? QStringLiteral("%1 bits (smallest seen)").arg(scan.dhBits)
                                                             : QStringLiteral("no DHE suite accepted"));
    out += field(QStringLiteral("Certificate types"),
                 scan.certificateTypes.isEmpty() ? QStringLiteral("none seen") : scan.certificateTypes.join(QLatin1String(", ")));
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
            case CheckState::Yes: return QStringLiteral("yes");
            case CheckState::No: return QStringLiteral("no");
            case CheckState::NotApplicable: return QStringLiteral("n/a");
            case CheckState::Untested: break;
            }
            return QStringLiteral("not tested");
        };
        out += field(QStringLiteral("Hygiene"),
                     QStringLiteral("secure renegotiation %1, client renegotiation %2, fallback SCSV %3, downgrade sentinel %4, "
                                    "EMS %5, ETM %6")
                         .arg(word(h.secureRenegotiation), word(h.clientRenegotiation), word(h.fallbackScsv),
                              word(h.downgradeSentinel), word(h.extendedMasterSecret), word(h.encryptThenMac)));
    }
    QString cost = QStringLiteral("%1 connections, %2 handshakes").arg(scan.connections).arg(scan.handshakes);
    if (scan.retries > 0)
        cost += QStringLiteral(", %1 retries after busy answers").arg(scan.retries);
    out += field(QStringLiteral("Cost"), cost + QStringLiteral(" in %1 s").arg(report.durationMs / 1000.0, 0, 'f', 1));
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
        parts << QStringLiteral("interrupted");
    else if (kind != OutcomeClass::None)
        parts << QStringLiteral("failed: %1").arg(report.outcome.error.isEmpty() ? outcomeWord(report.outcome.errorKind)
                                                                                 : report.outcome.error);
    if (report.scan.present && (kind == OutcomeClass::None || kind == OutcomeClass::Cancelled)) {
        QStringList versions;
        int suites = 0;
        for (auto it = report.scan.protocols.cbegin(); it != report.scan.protocols.cend(); ++it)
            if (it.value()) {
                versions << it.key();
                suites += int(report.scan.ciphers.value(it.key()).size());
            }
        parts << (versions.isEmpty() ? QStringLiteral("no TLS version accepted")
                                     : QStringLiteral("%1; %2 suite/version pairs").arg(versions.join(QLatin1Char(' '))).arg(suites));
        parts << QStringLiteral("%1 connections").arg(report.scan.connections);
    }
    if (kind == OutcomeClass::None)
        parts << (report.findings.isEmpty() ? QStringLiteral("no findings") : plural(int(report.findings.size()), "finding", "findings"));
    return paint(where, kBold) + QStringLiteral(": ") + parts.join(QLatin1String(", ")) + QLatin1Char('\n');
}

} // namespace mailtls::cli
