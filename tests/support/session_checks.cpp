#include "session_checks.h"

#include <QDebug>

#include "jobs/session_job.h"
#include "test_pki.h"

namespace mailtls::test {

namespace {

QString directionCode(core::LineDirection dir)
{
    switch (dir) {
    case core::LineDirection::Client: return QStringLiteral("C");
    case core::LineDirection::Server: return QStringLiteral("S");
    case core::LineDirection::Tls: return QStringLiteral("tls");
    case core::LineDirection::Note: return QStringLiteral("note");
    }
    return QStringLiteral("?");
}

} // namespace

core::SessionOptions localSessionOptions(quint16 port)
{
    core::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.dialect = QStringLiteral("smtp");
    o.caFile = TestPki::instance().caFile();
    o.servername = TestPki::leafCommonName();
    o.ehloName = QStringLiteral("mailtls.test");
    o.timeoutMs = 10000;
    return o;
}

core::Report runSession(const core::SessionOptions &options)
{
    const core::Report report = core::runSession(options, core::CancelToken());
    // MAILTLS_DUMP_REPORTS=1 prints every report, for writing and debugging tests.
    if (qEnvironmentVariableIntValue("MAILTLS_DUMP_REPORTS") > 0)
        qInfo().noquote() << describeReport(report);
    return report;
}

QString describeReport(const core::Report &r)
{
    QStringList out;
    out << QStringLiteral("== outcome: connected=%1 completed=%2 errorKind='%3' error='%4' (%5 ms)")
               .arg(r.outcome.connected).arg(r.outcome.completed).arg(core::outcomeWord(r.outcome.errorKind), r.outcome.error)
               .arg(r.durationMs);
    const core::TlsFacts &t = r.tls;
    out << QStringLiteral("== tls: attempted=%1 established=%2 version=%3 cipher=%4/%5/%6 group=%7 temp=%8 %9")
               .arg(t.attempted).arg(t.established).arg(t.version, t.cipher.iana, t.cipher.openssl,
                                                         t.cipher.codeHex(), t.group, t.tempKeyType)
               .arg(t.tempKeyBits);
    out << QStringLiteral("== tls: sig=%1/%2 verify ok=%3 code=%4 '%5' alert=%6 %7 error='%8' certReq=%9")
               .arg(t.peerSignatureType, t.peerSignatureDigest).arg(t.verifyOk).arg(t.verifyCode)
               .arg(t.verifyMessage, t.alertDirection, t.alert, t.error)
               .arg(t.clientCertificateRequested);
    out << QStringLiteral("== smtp: starttlsOffered=%1 accepted=%2 authBefore=[%3] authAfter=[%4]")
               .arg(r.smtp.starttlsOffered).arg(r.smtp.starttlsAccepted)
               .arg(r.smtp.authBeforeTls.join(QLatin1Char(' ')), r.smtp.authAfterTls.join(QLatin1Char(' ')));
    for (int i = 0; i < r.certificates.size(); ++i) {
        const core::KeyInfo key = r.certificates.at(i).key();
        out << QStringLiteral("== cert %1: %2 (issuer %3) key %4 %5 %6")
                   .arg(i).arg(r.certificates.at(i).subject(), r.certificates.at(i).issuer(), key.type)
                   .arg(key.bits).arg(key.curve);
    }
    for (const core::HandshakeMessage &m : r.handshake)
        out << QStringLiteral("== hs %1 %2 (%3): %4").arg(m.dir, m.type).arg(m.length).arg(m.summary);
    for (const core::TranscriptLine &line : r.transcript)
        out << QStringLiteral("%1 %2 %3").arg(line.tMs, 6).arg(directionCode(line.dir), -4).arg(line.text.left(300));
    for (const core::Finding &f : r.findings)
        out << QStringLiteral("== finding %1 [%2]: %3").arg(f.id, core::severityName(f.severity), f.title);
    return out.join(QLatin1Char('\n'));
}

QStringList findingIds(const core::Report &report)
{
    QStringList ids;
    for (const core::Finding &f : report.findings)
        ids << f.id;
    return ids;
}

QStringList findingIdsWithPrefix(const core::Report &report, const QStringList &prefixes)
{
    QStringList ids;
    for (const core::Finding &f : report.findings) {
        for (const QString &prefix : prefixes) {
            if (f.id.startsWith(prefix)) {
                ids << f.id;
                break;
            }
        }
    }
    return ids;
}

int transcriptIndexOf(const core::Report &report, core::LineDirection dir, const QString &prefix, int from)
{
    for (int i = qMax(0, from); i < report.transcript.size(); ++i) {
        const core::TranscriptLine &line = report.transcript.at(i);
        if (line.dir == dir && line.text.startsWith(prefix))
            return i;
    }
    return -1;
}

int firstLineOf(const core::Report &report, core::LineDirection dir)
{
    return transcriptIndexOf(report, dir, QString());
}

bool transcriptContains(const core::Report &report, const QString &needle)
{
    for (const core::TranscriptLine &line : report.transcript)
        if (line.text.contains(needle))
            return true;
    return false;
}

QString transcriptText(const core::Report &report)
{
    QStringList lines;
    for (const core::TranscriptLine &line : report.transcript)
        lines << directionCode(line.dir) + QLatin1Char(' ') + line.text;
    return lines.join(QLatin1Char('\n'));
}

bool handshakeHas(const core::Report &report, const QString &dir, const QString &type)
{
    for (const core::HandshakeMessage &m : report.handshake)
        if (m.dir == dir && m.type == type)
            return true;
    return false;
}

} // namespace mailtls::test
