#pragma once

#include "model/finding.h"
#include "model/report.h"

namespace mailtls::core {

// Findings that follow from one session's SMTP and TLS facts (not the certificates).
Findings sessionFindings(const Report &report);

} // namespace mailtls::core
