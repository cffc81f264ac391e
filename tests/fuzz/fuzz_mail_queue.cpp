// Queue listings: exim -bp, postqueue -p and postqueue -j text, bounded by base/limits.h.

#include <QString>

#include <cstdint>

#include "logs/mail_queue.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtls::core;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    parseMailQueueText(text);
    qint64 n = 0;
    parseQueueAge(text, &n);
    parseQueueSize(text, &n);
    return 0;
}
