#pragma once

// `mailtls explain --json`: one object per suite explained.

#include <QJsonObject>

#include "explain/suite_explainer.h"

namespace mailtls::core {

QJsonObject explanationToJson(const SuiteExplanation &e);

} // namespace mailtls::core
