#include "logs/syslog_line.h"

namespace mailtls::core {

namespace {

int digits(QStringView s, int from, int count)
{
    if (from + count > s.size())
        return -1;
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = s.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

int monthOf(QStringView name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

// "HH:MM:SS" at `at`.
QTime timeAt(QStringView s, int at)
{
    if (at + 8 > s.size() || s.at(at + 2) != QLatin1Char(':') || s.at(at + 5) != QLatin1Char(':'))
        return QTime();
    const int h = digits(s, at, 2), m = digits(s, at + 3, 2), sec = digits(s, at + 6, 2);
    if (h < 0 || m < 0 || sec < 0)
        return QTime();
    return QTime(h, m, sec);
}

} // namespace

QString internLogText(QStringView value)
{
    thread_local QString seen[16];
    thread_local int next = 0;
    for (const QString &s : seen) {
        if (s == value)
            return s;
    }
    seen[next] = value.toString();
    const QString &kept = seen[next];
    next = (next + 1) % 16;
    return kept;
}

QDateTime localLogTime(QDate date, QTime time)
{
    thread_local qint64 cachedKey = -1;
    thread_local int cachedOffset = 0;
    const qint64 key = date.toJulianDay() * 24 + time.hour();
    if (key != cachedKey) {
        cachedOffset = QDateTime(date, QTime(time.hour(), 0)).offsetFromUtc();
        cachedKey = key;
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, cachedOffset);
}

int readIsoTimestamp(QStringView s, QDateTime *out)
{
    // YYYY-MM-DDTHH:MM:SS
    if (s.size() < 19 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-')
        || (s.at(10) != QLatin1Char('T') && s.at(10) != QLatin1Char(' ')))
        return 0;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const QTime t = timeAt(s, 11);
    const QDate date(year, month, day);
    if (year < 0 || !date.isValid() || !t.isValid())
        return 0;
    int i = 19;
    int ms = 0;
    if (i < s.size() && s.at(i) == QLatin1Char('.')) {
        int scale = 100, n = 0;
        ++i;
        while (i < s.size() && s.at(i).isDigit()) {
            if (n++ < 3) {
                ms += (s.at(i).unicode() - '0') * scale;
                scale /= 10;
            }
            ++i;
        }
        if (n == 0)
            return 0;
    }
    const QTime withMs = t.addMSecs(ms);
    if (i < s.size() && s.at(i) == QLatin1Char('Z')) {
        *out = QDateTime(date, withMs, Qt::UTC);
        return i + 1;
    }
    if (i < s.size() && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-'))) {
        const int sign = s.at(i) == QLatin1Char('-') ? -1 : 1;
        const int hh = digits(s, i + 1, 2);
        int mm = -1, len = 0;
        if (hh >= 0 && i + 3 < s.size() && s.at(i + 3) == QLatin1Char(':')) {
            mm = digits(s, i + 4, 2);
            len = 6;
        } else if (hh >= 0) {
            mm = digits(s, i + 3, 2);
            len = 5;
        }
        if (hh < 0 || mm < 0 || hh > 23 || mm > 59)
            return 0;
        *out = QDateTime(date, withMs, Qt::OffsetFromUTC, sign * (hh * 3600 + mm * 60));
        return i + len;
    }
    *out = localLogTime(date, withMs);
    return i;
}

QDateTime parseIsoTimestamp(QStringView text)
{
    QDateTime t;
    const int n = readIsoTimestamp(text, &t);
    return n > 0 && n == text.size() ? t : QDateTime();
}

bool parseSyslogLine(QStringView s, int year, SyslogLine *out)
{
    SyslogLine e;
    int i = 0;
    if (s.size() >= 16 && s.at(3) == QLatin1Char(' ') && monthOf(s.left(3)) > 0) {
        // "Mar  5 08:09:10 " or "Mar 15 08:09:10 "
        const int day = s.at(4) == QLatin1Char(' ') ? digits(s, 5, 1) : digits(s, 4, 2);
        const QTime t = timeAt(s, 7);
        const QDate date(year, monthOf(s.left(3)), day);
        if (day < 0 || !t.isValid() || !date.isValid() || s.at(6) != QLatin1Char(' '))
            return false;
        e.time = localLogTime(date, t);
        i = 15;
    } else {
        i = readIsoTimestamp(s, &e.time);
        if (i == 0)
            return false;
    }
    if (i >= s.size() || s.at(i) != QLatin1Char(' '))
        return false;
    ++i;
    const int hostEnd = int(s.indexOf(QLatin1Char(' '), i));
    if (hostEnd <= i)
        return false;
    e.host = internLogText(s.mid(i, hostEnd - i));
    i = hostEnd + 1;
    // "ident[pid]: " or "ident: "
    const int colon = int(s.indexOf(QLatin1String(": "), i));
    if (colon <= i)
        return false;
    QStringView tag = s.mid(i, colon - i);
    if (tag.contains(QLatin1Char(' ')))
        return false;
    if (tag.endsWith(QLatin1Char(']'))) {
        const int open = int(tag.lastIndexOf(QLatin1Char('[')));
        if (open <= 0)
            return false;
        bool ok = false;
        e.pid = tag.mid(open + 1, tag.size() - open - 2).toLongLong(&ok);
        if (!ok)
            return false;
        tag = tag.left(open);
    }
    e.ident = internLogText(tag);
    e.message = s.mid(colon + 2);
    *out = e;
    return true;
}

} // namespace mailtls::core
