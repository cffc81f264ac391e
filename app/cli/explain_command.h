#pragma once

// `mailtls explain SUITE...`: a cipher suite taken apart (core/explain/suite_explainer), the
// same breakdown the workbench's Suite Explainer shows. Exit 0 when every suite is known,
// 2 for an unknown one (close names suggested on stderr) or bad arguments.

#include <QString>
#include <QStringList>

namespace mailtls::cli {

QString explainHelpText();
// `args` starts with "explain" (the subcommand sees itself as argv[0]).
int runExplainCommand(const QStringList &args);

} // namespace mailtls::cli
