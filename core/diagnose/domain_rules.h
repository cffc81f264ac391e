#pragma once

// The domain view's judgement: what the gathered facts of a domain (model/domain_report.h)
// mean for the three kinds of sending MTA, as findings (mx.*, dane.*, mtasts.*, tlsrpt.*) and
// one verdict line per kind. Each address's own session findings stay in its session report;
// these rules look across the addresses, the DNS answers and the policy.

#include <QDateTime>

#include "model/domain_report.h"

namespace mailtls::core {

// Fills report->findings (most severe first, fixes written by diagnose/advice) and
// report->verdicts (opportunistic, dane, mta-sts). Replaces what was there.
void diagnoseDomain(DomainReport *report);

// The TLSA record a served leaf would need ("3 1 1 HEX"), empty for a null certificate.
QString daneEeRecordFor(const Certificate &leaf);

} // namespace mailtls::core
