// Exim main-log lines and X= values: any text, bounded by limits::kLogLineChars.

#include <QString>

#include <cstdint>

#include "logs/exim_log.h"
#include "logs/log_inventory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    EximLogLine line;
    parseEximLogLine(text, &line);
    EximTls tls;
    parseEximTls(text, &tls);
    EximHost host;
    parseEximHost(text, &host);
    classifyTlsFailure(text);
    LogAnalyzer analyzer;
    for (const QString &l : text.split(QLatin1Char('\n')))
        analyzer.feed(LogFormat::EximMainlog, l);
    analyzer.inventory();
    return 0;
}
