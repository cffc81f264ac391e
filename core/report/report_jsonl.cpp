#include "report/report_jsonl.h"

#include <QFile>

#include "base/limits.h"
#include "report/json_report.h"

namespace mailtls::core {

namespace {

// The indented writer's output without its layout: whitespace outside strings dropped. Inside
// a string every control character is escaped, so a raw line break is always layout.
QByteArray compact(const QByteArray &indented)
{
    QByteArray out;
    out.reserve(indented.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : indented) {
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '"')
            inString = true;
        out.append(c);
    }
    return out;
}

} // namespace

QByteArray reportToJsonLine(const Report &report)
{
    QByteArray line = compact(reportToJsonBytes(report));
    line.append('\n');
    return line;
}

bool readReportLines(const QString &path, const std::function<void(int line, const Report &report)> &onReport,
                     QList<Phrase> *problems, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "%1: %2").arg(path, file.errorString()));
    const qint64 limit = limits::kReportFileBytes;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        QByteArray line = file.readLine(limit + 2);
        if (line.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "%1:%2: %3").arg(path).arg(number).arg(file.errorString()));
        if (line.size() > limit && !line.endsWith('\n')) {
            // Skip the rest of an overlong line without keeping it.
            while (!file.atEnd()) {
                const QByteArray more = file.readLine(1024 * 1024);
                if (more.isEmpty() || more.endsWith('\n'))
                    break;
            }
            problems->append(phrase("Errors", "%1:%2: %3").arg(path).arg(number)
                                 .arg(phrase("Errors", "longer than %1 bytes, skipped").arg(limit)));
            continue;
        }
        const bool complete = line.endsWith('\n');
        const QByteArray text = line.trimmed();
        if (text.isEmpty())
            continue;
        Report report;
        Error parseError;
        if (!reportFromJson(text, &report, &parseError)) {
            const Phrase why = complete ? messageOf(parseError)
                                        : phrase("Errors", "%1 (the line is cut)").arg(messageOf(parseError));
            problems->append(phrase("Errors", "%1:%2: %3").arg(path).arg(number).arg(why));
            continue;
        }
        onReport(number, report);
    }
    return true;
}

} // namespace mailtls::core
