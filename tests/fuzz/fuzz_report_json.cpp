// Saved reports and workspaces the window and `simulate --report` open: any bytes.

#include <QByteArray>

#include <cstdint>

#include "report/json_report.h"
#include "report/workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Report report;
    Error error;
    reportFromJson(bytes, &report, &error);
    Workspace workspace;
    workspaceFromJson(bytes, &workspace, &error);
    return 0;
}
