#include "diagnose/findings_pipeline.h"

#include "diagnose/advice.h"
#include "diagnose/certificate_rules.h"
#include "diagnose/scan_rules.h"
#include "diagnose/session_rules.h"
#include "x509/certificate_loader.h"
#include "x509/chain_analysis.h"
#include "x509/trust_store.h"

namespace mailtls::core {

namespace {

TrustStore trustFor(const DiagnosisOptions &options)
{
    // An unreadable CA file leaves the store invalid: every chain is untrusted.
    return options.caFile.isEmpty() ? TrustStore::systemDefault() : TrustStore::fromFile(options.caFile, nullptr);
}

QDateTime nowOf(const DiagnosisOptions &options)
{
    return options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
}

// cert.differs_from_file against `served`, or a note saying why the file could not be read.
void compareWithExpected(const QList<CertificateChain> &servedChains, const QString &expectFile, Diagnosis *out,
                         bool noteWhenEmpty)
{
    const CertificateLoadResult expected = loadCertificateFiles(QStringList{expectFile});
    if (!expected.ok() || expected.certificates.isEmpty()) {
        if (!expected.ok() || noteWhenEmpty)
            out->notes << QStringLiteral("cannot compare with --expect-cert: %1")
                              .arg(expected.ok() ? QStringLiteral("no certificate in the file") : expected.errorText());
        return;
    }
    // A server may serve RSA and ECDSA side by side: compare like with like.
    const QString expectedType = expected.certificates.first().key().type;
    CertificateChain served = servedChains.first();
    for (const CertificateChain &chain : servedChains)
        if (!chain.isEmpty() && chain.first().key().type == expectedType)
            served = chain;
    out->findings << expectedCertificateFindings(served, expected.certificates, expectFile);
}

// IMAP, POP3, ManageSieve: the server behind them is Dovecot, not Exim or Postfix.
bool accessDialect(const QString &dialect)
{
    return dialect == QLatin1String("imap") || dialect == QLatin1String("pop3") || dialect == QLatin1String("sieve");
}

// Mail clients log in here (IMAP, POP3, ManageSieve, submission on 587 or 465): they verify the
// certificate, where sending MTAs mostly do not.
bool mailClientsConnect(const Report &report)
{
    const int port = report.target.port;
    return accessDialect(report.target.dialect) || port == 587 || port == 465;
}

} // namespace

void finishFindings(Findings *findings)
{
    sortBySeverity(findings);
    applyAdvice(findings);
}

Diagnosis diagnoseSession(const Report &report, const DiagnosisOptions &options)
{
    Diagnosis out;
    out.findings = sessionFindings(report);
    if (!report.outcome.refusal.isEmpty())
        out.refusal = refusalHint(report.outcome.refusal.reply, report.outcome.refusal.step, options.ehloName);
    if (!report.certificates.isEmpty()) {
        const QDateTime now = nowOf(options);
        const ChainAnalysis analysis = analyzeChain(report.certificates, trustFor(options), now);
        CertificateCheckOptions check;
        check.servername = options.servername;
        check.now = now;
        check.mailClients = mailClientsConnect(report);
        out.findings << certificateFindings(report.certificates, analysis, check);
        if (!options.expectCertFile.isEmpty())
            compareWithExpected({report.certificates}, options.expectCertFile, &out, false);
    }
    finishFindings(&out.findings);
    if (accessDialect(report.target.dialect))
        applyDovecotAdvice(&out.findings);
    return out;
}

Diagnosis diagnoseScan(const Report &report, const DiagnosisOptions &options)
{
    Diagnosis out;
    const ScanResult &scan = report.scan;
    const OutcomeClass stopped = report.outcome.errorClass();
    const bool ran = stopped == OutcomeClass::None || stopped == OutcomeClass::Cancelled;
    if (ran) {
        ScanRuleContext context;
        context.rateLimited = scan.rateLimited;
        context.retries = scan.retries;
        context.busyReason = scan.busyReason;
        context.noGreetingRetries = scan.noGreetingRetries;
        context.noGreetingReason = scan.noGreetingReason;
        context.starttls = !report.target.implicitTls && report.target.dialect != QLatin1String("none");
        context.dialect = report.target.dialect;
        out.findings = scanFindings(scan, context);
    }
    // A scan that stopped because the server offers no STARTTLS still says so, as a session does.
    if (report.outcome.errorKind == ErrorKind::StarttlsUnavailable && report.outcome.error.contains(QLatin1String("does not offer"))
        && !hasFinding(out.findings, QStringLiteral("starttls.not_offered")))
        out.findings << scanStarttlsNotOffered(report.outcome.error);
    if (ran && !scan.servedChains.isEmpty()) {
        const TrustStore trust = trustFor(options);
        const QDateTime now = nowOf(options);
        CertificateCheckOptions check;
        check.servername = options.servername;
        check.now = now;
        check.mailClients = mailClientsConnect(report);
        Findings merged;
        for (int i = 0; i < scan.servedChains.size(); ++i) {
            const CertificateChain &chain = scan.servedChains.at(i);
            const QString type = scan.certificateTypes.value(i);
            const Findings found = certificateFindings(chain, analyzeChain(chain, trust, now), check);
            for (Finding f : found) {
                bool isNew = true;
                for (Finding &existing : merged) {
                    if (existing.id == f.id) {
                        existing.evidence += QStringLiteral("\n(%1 certificate) %2").arg(type, f.evidence);
                        isNew = false;
                        break;
                    }
                }
                if (!isNew)
                    continue;
                if (scan.servedChains.size() > 1 && !type.isEmpty())
                    f.evidence = QStringLiteral("(%1 certificate) %2").arg(type, f.evidence);
                merged << f;
            }
        }
        out.findings << merged;
    }
    if (!options.expectCertFile.isEmpty() && !scan.servedChains.isEmpty())
        compareWithExpected(scan.servedChains, options.expectCertFile, &out, true);
    finishFindings(&out.findings);
    if (accessDialect(report.target.dialect))
        applyDovecotAdvice(&out.findings);
    return out;
}

} // namespace mailtls::core
