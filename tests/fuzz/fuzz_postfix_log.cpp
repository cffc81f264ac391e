// Postfix lines in every framing the analyzer reads (classic and RFC 3339 syslog, journald
// JSON), through the parser and the per-process state of the inventory.

#include <QString>

#include <cstdint>

#include "logs/log_inventory.h"
#include "logs/postfix_log.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    PostfixLogLine line;
    parsePostfixLogLine(text, 2026, &line);
    LogAnalyzer analyzer;
    analyzer.setYear(2026);
    const LogFormat format = size > 0 && data[0] == '{' ? LogFormat::JournalJson : LogFormat::PostfixSyslog;
    for (const QString &l : text.split(QLatin1Char('\n')))
        analyzer.feed(format, l);
    analyzer.inventory();
    detectLogFormat(text.split(QLatin1Char('\n')));
    return 0;
}
