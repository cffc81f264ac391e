#pragma once

// The one findings pipeline every kind of work ends in: trust store -> chain analysis -> rules
// -> the expected certificate -> most severe first -> advice. Engines gather facts and never
// judge; jobs (core/jobs) call these on what the engines gathered.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "diagnose/refusal_hint.h"
#include "model/finding.h"
#include "model/report.h"

namespace mailtls::core {

struct DiagnosisOptions {
    QString caFile;           // trust anchors; empty: the system store
    QString servername;       // the name the certificate must carry; empty: no name check
    QString expectCertFile;   // cert.differs_from_file when the served leaf is not this file's
    QDateTime now;            // the moment to judge dates at; invalid: the current time
    QString ehloName;         // the name sent in EHLO (for a refusal that names it)
};

struct Diagnosis {
    Findings findings;        // most severe first, every fix filled in
    QStringList notes;        // for the transcript ("cannot compare with --expect-cert: ...")
    RefusalHint refusal;      // a session: what the reply that refused a step most likely means
};

// Most severe first (stable: equal severities keep the rules' order), then the Exim and Postfix
// fixes and their consequences from the advice table. Every pipeline ends here.
void finishFindings(Findings *findings);

// A session: the SMTP/TLS rules, and when a chain was served, the certificate rules on it and
// the comparison with the expected certificate.
Diagnosis diagnoseSession(const Report &report, const DiagnosisOptions &options);

// A scan: the matrix rules (when the scan could run at all), the certificate rules over every
// chain it collected (a finding raised for two chains is reported once, naming both types) and
// the expected certificate compared with the served chain of the same key type.
Diagnosis diagnoseScan(const Report &report, const DiagnosisOptions &options);

} // namespace mailtls::core
