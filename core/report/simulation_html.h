#pragma once

// A simulation ("will partner P connect to server S?") as one self-contained HTML document, laid
// out for the partner's admin: the verdict first (connects or not, the version and suite it
// would get, the reason in one sentence, the Exim and Postfix fix), then how the verdict was
// reached, the partner's offer, the server's side, what was offered against what was accepted,
// and the live handshake that checked the prediction. Every text from the server or a report
// is escaped. HtmlReportOptions::print gives the flavour pdf/pdf_report.h lays out.

#include <QString>

#include "diagnose/simulator.h"
#include "report/html_report.h"

namespace mailtls::core {

QString simulationToHtml(const SimulationResult &result, const HtmlReportOptions &options = HtmlReportOptions());

} // namespace mailtls::core
